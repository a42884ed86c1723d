"""Two months joined by "or": "in February or March", "May or June 2012", "late December or early January".

The text fixes neither month, only where both lie. The grammar reads each month as its own timex, and so does the
TimeML view: TBAQ has no disjunction of two named dates, and tags the two ends of every range and conjunction of
them each as its own TIMEX3 ("April 24" and "25", "June 1998" and ...), so two timexes it is. What the disjunction
adds is the year the two share (``share_year``): a year after the second month is the first's too ("May or June
2012": 2012-05, not the May before the anchor), and the second month comes after the first ("December or January":
the January after that December). An event such a pair dates takes what both months share, the year at year
precision (``events.either_dates``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..model import Mention
from .grammar import MONTH_FULL
from .points import Point

# between the two months: "or" alone (an early / late / mid of the second is inside its timex)
_OR = re.compile(r"\s+or\s+")
# a month the text gives no year or relative word of its own: "February", "late December", "mid-March"
_BARE_MONTH = re.compile(rf"(?:(?:early|late|mid)(?:-|\s+))?{MONTH_FULL}", re.I)


def _month(m: Mention) -> bool:
    """Is ``m`` a resolved date of month precision the grammar read as a month name, with or without a year
    ("February", "May 2012")?"""
    return m.type == "DATE" and m.precision == "month" and m.date_start is not None \
        and m.rule.startswith(("month/", "month_year/"))


def either_pair(low: str, first: Mention, second: Mention) -> bool:
    """Are ``first`` and ``second`` two months joined by "or" ("February or March", "late December or early
    January 2012")?"""
    return _month(first) and _month(second) and _OR.fullmatch(low, first.end, second.start) is not None


def _in_year(m: Mention, year: int, how: str) -> Mention:
    """``m``, a month, moved to that month of ``year``, its rule's family kept and ``how`` after it
    ("month/either_year")."""
    point = Point("month", dt.date(year, m.date_start.month, 1))
    return dataclasses.replace(m, value=point.value, date_start=point.start, date_end=point.end,
                               rule=f"{m.rule.split('/')[0]}/{how}")


def share_year(low: str, first: Mention, second: Mention) -> tuple[Mention, Mention]:
    """The two months of a disjunction (``either_pair``) in the years they share: the year given after the second
    is the first's too, unless the first comes later in the calendar ("December or January 2012": December 2011);
    with no year given, the second month is the first after the first month. A month with a year or a relative word
    of its own ("last May") keeps it."""
    if not _BARE_MONTH.fullmatch(first.text):
        return first, second
    a, b = first.date_start.month, second.date_start.month
    if second.rule.startswith("month_year/"):
        year = second.date_start.year - (1 if a > b else 0)
        if year != first.date_start.year:
            first = _in_year(first, year, "either_year")
    elif _BARE_MONTH.fullmatch(second.text):
        year = first.date_start.year + (1 if b < a else 0)
        if year != second.date_start.year:
            second = _in_year(second, year, "either_after")
    return first, second
