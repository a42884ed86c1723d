"""The date an event takes from two months joined by "or".

"Assad said there would be elections in February or March" (a story of November 2011): the text fixes neither
month, only the year both lie in, so the elections are dated 2012 at year precision, as the development gold dates
them (fresh28 t17-reuters-209#2, fresh41 t17-reuters-233#21: "held at year precision (the month is not certain)"),
not by the first month. The timexes stay two months (``temporal.either``, the TimeML view); the event takes one date,
the shared year, with the words of both ("February or March") as its ``date_text``; the second month dates nothing of
its own. Two months across a new year ("December or January") share no year: the event keeps the first month.
"""

from __future__ import annotations

import dataclasses

from ..model import Mention
from ..temporal.either import either_pair
from ..temporal.points import Point


def either_years(text: str, low: str, timexes: list[Mention]) -> tuple[dict[int, Mention], set[int]]:
    """For the timexes of one sentence (in text order): the year point each disjunction's first month gives its
    event (by ``id`` of the mention), and the ids of the second months, which date nothing of their own."""
    years: dict[int, Mention] = {}
    seconds: set[int] = set()
    for first, second in zip(timexes, timexes[1:]):
        if not either_pair(low, first, second) or first.date_start.year != second.date_start.year:
            continue
        point = Point.of(first.date_start, "year")
        years[id(first)] = dataclasses.replace(
            first, end=second.end, text=text[first.start:second.end], value=point.value, precision=point.precision,
            date_start=point.start, date_end=point.end, mod=None, rule="either_year/" + first.rule)
        seconds.add(id(second))
    return years, seconds
