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
from .govref import subject_follows
from .mention import ActorMention
from .officials import story_officials

_OFFICIALS = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?:(?:[Ss]enior|[Tt]op)\s+)?[Gg]overnment\s+officials(?![\w-])")


def government_officials(text: str, mentions: list[ActorMention], story: str | None) -> list[ActorMention]:
    """``mentions`` with "government officials" in a subject's place added as the story's country (``story``:
    ``forces.story_country``), in text order."""
    if story is None:
        return mentions

    def subject(start: int, end: int) -> bool:
        return SUBJECT_BEFORE.search(text, max(0, start - 40), start) is not None and subject_follows(text, end, False)
    return story_officials(text, mentions, story, _OFFICIALS, subject)
