"""An infinitive inside the subject, which a date after the clause's verb does not reach (``dating.attach``), though few
words lie between: "Efforts to persuade Syria's government to halt the crackdown have had little
effect in the past week" (events_gold_fresh17 t17-bbc-173): the date is in the predicate of the clause, after its
finite verb ("have had"), and the infinitive hangs off the subject's noun ("efforts to ..."): it is no act of that
date (nor of any: what the efforts were for). Only when no finite verb comes before the infinitive in its sentence
(else it is the complement of that verb, "Russia moved to block the draft on Monday": the move's, and the date after
it is the attach's to weigh).
"""

from __future__ import annotations

import re

from ..model import Mention
from .cues import FINITE_AUXILIARY
from .predicates import Predicate

_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?$")
# a finite verb group: a finite auxiliary, or a saying in the present or past
_FINITE = re.compile(rf"\b(?:{FINITE_AUXILIARY}|says|said)\b")


def subject_infinitive(low: str, start: int, mention: Mention, p: Predicate, preds: list[Predicate]) -> bool:
    """Is ``p`` an infinitive inside the subject of the clause whose predicate holds ``mention`` (the module
    docstring)? ``start``: the sentence's start."""
    if p.trigger.end > mention.start or p.form != "verb" or not _TO_BEFORE.search(low, max(start, p.start - 16), p.start):
        return False
    if _FINITE.search(low, start, p.start) or any(
            q.form in ("verb", "report") and not q.embedded and q.trigger.end <= p.start for q in preds):
        return False  # (the complement of a verb before it: "Russia moved to block ...")
    return bool(_FINITE.search(low, p.trigger.end, mention.start))
