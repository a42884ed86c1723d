"""A state news agency named with no state: "The official news agency said troops had arrested ...", "..., the
state news agency said".

Wire copy on one country names its state news agency once by name ("Syria's state news agency SANA") or not at all,
and then as "the official news agency", "the state news agency", "the official state news agency". The gold sets
code such a bare agency as the story's agency (events_gold_blind.md: "The official Syrian news agency" = SANA;
blind t17-reuters-173#10: "The official news agency said troops had arrested ..." = SANA's statement). A bare one is
read only where it speaks, a verb of saying right after it ("The state news agency said", "the official news
agency reported"), not where it is spoken to ("told the official news agency IRNA") or cited ("on the official news
agency"); and only as the agency of the story's country (``forces.story_country``) when
``resources/organizations.csv`` lists one (a government organisation of that country with a "news agency" alias).
An agency named after the noun ("the official news agency SANA", "the state news agency, Sana,") is found by its name
before this pass and left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import SPEECH_VERBS, opening_first, rows
from .mention import ActorMention, in_text_order, overlaps
from .names import canonical_key

# (the look-behind after the first letter: ``gazetteer.opening_first``)
_BARE = re.compile(opening_first("[Tt]", 1, r"[\w'’-]")
                   + r"he[ ]+(?:(?:official|state|state-run|state-owned|government|government-run)[ ]+){1,2}"
                   r"news[ ]+agency(?![\w-])")
_SPEAKS = re.compile(r",?[ ]+(?:(?:also|later|earlier|further|then|has|had)[ ]+)?(?:reported|reports|quoted|quotes|%s)"
                     % SPEECH_VERBS)


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    """country -> its state news agency (the government organisations with a "news agency" alias)."""
    out: dict[str, str] = {}
    for row in rows("organizations.csv"):
        if row["kind"] == "government" and "news agency" in row["aliases"].lower() and row["country"]:
            out.setdefault(row["country"], row["name"])
    return out


def agency_references(text: str, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``mentions`` with the bare state news agencies that speak added as the story's agency, in text order;
    ``country``: the story's (``forces.story_country``)."""
    agency = _agencies().get(country) if country else None
    if agency is None:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = [ActorMention(m.start(), m.end(), m.group(), agency, canonical_key(agency), "organization", None, country,
                          "description", "", ("subject",))
             for m in _BARE.finditer(text) if not overlaps(taken, m.start(), m.end()) and _SPEAKS.match(text, m.end())]
    if not added:
        return mentions
    return in_text_order(mentions + added)
