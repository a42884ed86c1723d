"""An outside commentator's saying has no place from the dateline.

Wire copy asks analysts, scholars and exiles for comment, by telephone or from their own desks: "said Joshua Landis, a
Syria expert at the University of Oklahoma", "Hugh Pope, an analyst at International Crisis Group, said", "said Rime
Allaf, Associate Fellow in Chatham House", "Walid Saffour, the London-based president of the Syrian Human Rights
Committee". The dateline names where the reporter filed, not where they spoke (the gold leaves such rows without a
place: events_gold_fresh4, _fresh5, _fresh7, _fresh13, _fresh15). A speaker "based" in the dateline's own city is
there: "Paris-based Burhan Ghalioun ... told France 24 television" in a story filed from Paris keeps Paris.

Only the speaker's own description counts: the words right before their name ("Syria expert Joshua Landis", "The
London-based Syrian Observatory") and the apposition after it, not a word elsewhere in the sentence ("Walid
al-Moualem said that foreign experts would not be allowed in": a minister, no commentator).
"""

from __future__ import annotations

import re

from ..actors.mention import ActorMention
from .appositions import APPOSITION_AFTER

# the appositive or title of a commentator: "a Syria expert at", "an analyst at", "an associate professor at",
# "Associate Fellow in", "a Syrian-born scholar in", "of London's Chatham House think-tank"
_COMMENTATOR = re.compile(r"\b(?:analyst|expert|scholar|professor|[Ff]ellow|researcher|think[- ]tank)s?\b")
# "the London-based president", "British-based opposition activist", "the New York-based group"; a leading article is
# no part of the base ("The London-based Syrian Observatory": London)
_BASED = re.compile(r"(?<![\w-])(?:(?:The|A|An)\s+)?(?P<base>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-based\b")
# the words before a name that describe it, within its clause: "said Syria expert ", "Paris-based dissident "
_BEFORE = re.compile(r"(?:[\w.'’-]+[ ]+){1,5}$")


def _descriptions(text: str, mention: ActorMention, start: int, end: int) -> list[str]:
    """The words right before the mention (within its clause) and the apposition right after it."""
    clause = max([start] + [text.rfind(c, start, mention.start) + 1 for c in ",;:\"“”("])
    out = []
    before = _BEFORE.search(text, clause, mention.start)
    if before:
        out.append(before.group())
    after = APPOSITION_AFTER.match(text, mention.end, end)  # (``appositions``)
    if after:
        out.append(after.group("apposition"))
    return out


def commentator(text: str, start: int, end: int, actors: list[ActorMention], actor1: str | None,
                dateline_place: str | None) -> bool:
    """Is the speaker (``actor1``, named in the sentence ``text[start:end]``) described as an outside commentator, or
    as based elsewhere than the dateline's place?"""
    descriptions = [d for a in actors if a.name == actor1 and start <= a.start < end
                    for d in _descriptions(text, a, start, end)]
    if any(_COMMENTATOR.search(d) for d in descriptions):
        return True
    places = [part.strip().lower() for part in (dateline_place or "").split("/")]
    return any(m.group("base").lower() not in places for d in descriptions for m in _BASED.finditer(d))
