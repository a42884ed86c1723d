"""The point an event takes from "nearly N units ago".

"a brutal crackdown by his father nearly 30 years ago" (a story of July 2011), "Just under two weeks ago it negotiated
a peace plan" (a Friday story): the time gone by is less than N units and more than N - 1 (else the writer would
have said "nearly N - 1"), so the act is in the last of those N units, not N whole units before the anchor. The
timex keeps its TimeML value (anchor - N units, ``mod`` APPROX or LESS_THAN, as the temporal rules read it); the
event is dated by the middle of that last unit, anchor - (N - 1/2) units, at the expression's precision (1981 -> 1982
for "nearly 30 years ago" from 2011-07-13; 2011-W43 -> 2011-W44 for "just under two weeks ago" from 2011-11-11). Only
an amount counted back from the anchor ("ago"), not one counted from another date ("nearly two weeks earlier"), nor
"about", "some" or "around", which leave the point where it is; days and hours are left as they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..model import Mention
from ..temporal.lexicon import number_value
from ..temporal.points import Point, add_months, shift_date

# the words that put the point short of N units ("nearly", "almost", "just under"), the amount and the unit
_NEARLY_AGO = re.compile(r"(?:nearly|almost|just\s+under|close\s+to)\s+"
                         r"(?P<num>an?|[\w-]+)\s+(?P<unit>weeks?|months?|years?|decades?|centur(?:y|ies))\s+ago", re.I)
# half a week and half a month, in days; a year, a decade, a century move by N - 1/2 units (``shift_date``, in months)
_HALF_DAYS = {"week": 3, "month": 15}
_TIMEML_UNIT = {"year": "Y", "decade": "E", "century": "C"}


def nearly_ago(mention: Mention) -> Mention | None:
    """The date an event takes from a "nearly N units ago" timex (the module docstring): the mention with its point
    moved to anchor - (N - 1/2) units, at its own precision; None when it is no such timex."""
    if mention.type != "DATE" or mention.anchor is None or not mention.rule.startswith("ago/anchor"):
        return None
    m = _NEARLY_AGO.fullmatch(mention.text)
    if m is None:
        return None
    n = number_value(m.group("num").lower())
    if n is None or n != int(n) or n < 2:
        return None  # (not "nearly a year ago": its last unit is the story's own year, month or week)
    unit = m.group("unit").lower().rstrip("s").replace("centurie", "century")
    if mention.precision != unit:
        return None  # (a precision the rules chose otherwise is left as read)
    try:
        if unit == "week":
            day = mention.anchor - dt.timedelta(weeks=int(n)) + dt.timedelta(days=_HALF_DAYS[unit])
        elif unit == "month":
            day = add_months(mention.anchor, -int(n)) + dt.timedelta(days=_HALF_DAYS[unit])
        else:
            day = shift_date(mention.anchor, 0.5 - n, _TIMEML_UNIT[unit])
    except (OverflowError, ValueError):
        return None
    point = Point.of(day, unit)
    if point.value == mention.value:
        return None
    return dataclasses.replace(mention, value=point.value, date_start=point.start, date_end=point.end,
                               rule="nearly_ago/" + mention.rule)
