"""Dates inside a clause that draws a comparison: they date that clause, not the main act.

"have vetoed two UN Security Council resolutions ..., as happened in Libya last year": last year is the comparison's
(Libya), not the vetoes'. ``dating.attach`` lets such a date reach no predicate before the comparison nor one after it
across a comma; where a rule gives the date a row of its own it still makes one.

Near-misses that keep their date: the act's own date before the comparison ("vetoed a resolution on Syria in
October, as they did on Libya last year"); a temporal "as" ("as protests erupted in March": no pro-verb, no
"happened").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import break_class, run_class

if TYPE_CHECKING:
    from ..model import Mention
    from .predicates import Predicate

# a comparison the date sits in: "as happened in Libya last year", "as had happened in", "as Moscow did in 2011",
# "as in Libya in 2011", "as was the case in", "like in 2011", "as with Iraq in 2003"; no comma or clause break between
# its opener and the date (not "as well as in")
_COMPARISON = re.compile(r"(?<![\w’'-])(?<!\bwell\s)(?<!\bsuch\s)(?:just\s+)?(?:"
                         r"as\s+(?:(?:has|had|have|it|also|once)\s+)?(?:happened|occurred)"
                         r"|as\s+(?:[\w’'-]+\s+){1,3}?did"
                         r"|as\s+was\s+the\s+case"
                         r"|(?:as|like)\s+(?:in|with|during))"
                         r"\b" + run_class(r",;:()\"“”.!?—–") + r"{0,60}$")
_LOOK_BACK = 100  # characters before the date searched for the clause's opener
_BREAK_AFTER = re.compile(break_class(r",;:()—–") + r"|\s--?\s")


def comparison(low: str, mention: Mention) -> int | None:
    """Where a comparison that holds the date opens ("as happened in Libya last year"); None when there is none."""
    m = _COMPARISON.search(low, max(0, mention.start - _LOOK_BACK), mention.start)
    return m.start() if m else None


def outside(low: str, mention: Mention, p: Predicate, compared: int | None) -> bool:
    """Is ``p`` outside the comparison that opens at ``compared`` and holds the date: before it, or after the date
    across a comma?"""
    if compared is None:
        return False
    if p.trigger.end <= compared:
        return True
    return p.trigger.start >= mention.end and _BREAK_AFTER.search(low, mention.end, p.trigger.start) is not None
