"""Officials named only as the government's are the state the story is about.

"Government officials had earlier denied there had been a defection", "but government officials say it is the rebel
fighters who are exploiting ...": in copy about one state, officials of "the government" with no state named are that
state's, as "Syrian officials" and "U.S. officials" are (events_gold.md rule 13's clarification of rule 9: "a speaker
that resolves to an actor ('the opposition', 'U.S. officials') is that actor"; events_gold_fresh14 t17-bbc-195#16).
Read as ``govref`` reads a bare "the government": the story's country (``forces.story_country``, handed in), only where a subject
stands (the sentence's or a clause's opening, after a conjunction or a verb of saying: ``forces.SUBJECT_BEFORE``) and
only when the sentence names no other state before it ("UK government officials have decided", "In Libya ...
government officials"); not an object ("He has sent government officials to try to placate Deraa", "sanctions on
senior government officials"), nor the owner of a noun ("government officials' cars were hit":
``govref.subject_follows``).
"""

from __future__ import annotations

import re

from .forces import SUBJECT_BEFORE
from .govref import other_state, subject_follows
from .mention import ActorMention, in_text_order, overlaps
from .names import canonical_key
from .scan import sentence_starts

_OFFICIALS = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?:(?:[Ss]enior|[Tt]op)\s+)?[Gg]overnment\s+officials(?![\w-])")


def government_officials(text: str, mentions: list[ActorMention], story: str | None) -> list[ActorMention]:
    """``mentions`` with "government officials" in a subject's place added as the story's country (``story``:
    ``forces.story_country``), in text order."""
    if story is None:
        return mentions
    found = list(_OFFICIALS.finditer(text))
    if not found:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    starts = sentence_starts(text)
    added = []
    for m in found:
        start, end = m.start(), m.end()
        if overlaps(taken, start, end) or not SUBJECT_BEFORE.search(text, max(0, start - 40), start) \
                or not subject_follows(text, end, False):
            continue
        if other_state(text, start, story, starts, mentions):
            continue
        added.append(ActorMention(start, end, text[start:end], story, canonical_key(story), "country", "officials",
                                  story, "description"))
    return in_text_order(mentions + added) if added else mentions
