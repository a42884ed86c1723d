"""A relative named only by a family noun of a known person: "Assad's father", "his late father".

Syria copy retells the 1982 Hama crackdown as "Assad's father crushed an armed Islamist revolt in 1982", "a
crackdown by Assad's father", "since his late father seized power 41 years ago", often with no name for him in
the story. The owner ("Assad's", or "his" resolved to Bashar al-Assad by coreference) is then taken for the actor,
or no one is. A possessive person mention right before a family noun (optionally "late") with no name after it
("his father, Hafez" is named by ``coref``), as the agent of an act (a verb after it, or "by" before it), is the
relative ``resources/kin_facts.csv`` gives for that person and noun; the mention then spans the whole phrase. Only the relatives the file lists: a family noun of anyone else
("Hariri accused Syria of killing his father") is left as it is.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .gazetteer import rows
from .mention import ActorMention
from .names import canonical_key

# after the owner: "'s" (none after "his"), an adjective or two, the family noun
_KIN_AFTER = re.compile(r"(?:['’]s)?[ ](?:(?:late|strongman|formidable|elder|younger)[ ])?(?P<noun>[a-z-]+)\b")
_NAMED_AFTER = re.compile(r",?[ ](?:the[ ]late[ ]|former[ ]|President[ ])?[A-Z]")  # "his father, Hafez al-Assad"
# the phrase as the agent of an act: a verb after it ("crushed", "brutally suppressed", "sent in troops"; not "died",
# whose clause is background to another's act: "Assad, who was elected when his father died in 2000, had stalled"),
# or "by" before it ("a brutal crackdown by his father"). As an object ("succeeded his father", "under Assad's
# father") the owner's own clause is read as before.
_VERB_AFTER = re.compile(r"[ ](?:[a-z]+ly[ ])?(?!died\b)(?:[a-z]+ed|sent|took|seized|led|ran|held|won|began|built|"
                         r"fought|made)\b")
_BY_BEFORE = re.compile(r"\bby[ ]$")


@lru_cache(maxsize=1)
def _facts() -> dict[tuple[str, str], tuple[str, str | None]]:
    return {(row["person"], row["noun"]): (row["relative"], row.get("country") or None) for row in rows("kin_facts.csv")}


def kin_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each listed relative named by a family noun of its person (module doc) in place of the
    person's possessive mention."""
    facts = _facts()
    out: list[ActorMention] = []
    for m in mentions:
        if m.kind == "person" and "possessive" in m.flags:
            kin = _KIN_AFTER.match(text, m.end)
            fact = facts.get((m.name, kin.group("noun"))) if kin is not None else None
            end = kin.end() if kin is not None else m.end
            verb = _VERB_AFTER.match(text, end)
            agent = verb is not None or _BY_BEFORE.search(text, max(0, m.start - 4), m.start)
            if fact is not None and agent and not _NAMED_AFTER.match(text, end):
                relative, country = fact
                flags = ("subject",) if verb else ()
                m = dataclasses.replace(m, end=end, text=text[m.start:end], name=relative, key=canonical_key(relative),
                                        role=None, country=country, basis="description", surface=text[m.start:end],
                                        flags=flags)
        out.append(m)
    return out
