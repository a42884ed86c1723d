"""The date an event takes from two months joined by "or".

"Assad said there would be elections in February or March" (a story of November 2011): the text fixes neither
month, only the year both lie in, so the elections are dated 2012 at year precision, as the development gold dates
them (fresh28 t17-reuters-209#2, fresh41 t17-reuters-233#21: "held at year precision (the month is not certain)"),
not by the first month. The timexes stay two months (``temporal.either``, the TimeML view); the event takes one date,
the shared year, with the words of both ("February or March") as its ``date_text``; the second month dates nothing of
its own. Two months across a new year ("late December or early January") share no year, and the table has no
unit that holds both: the event is dated as a span is, by where it starts (the first month), once, not once by each
month.
"""

from __future__ import annotations

import dataclasses

from ..model import Mention
from ..temporal.either import either_pair
from ..temporal.points import Point


def either_years(text: str, low: str, timexes: list[Mention]) -> tuple[dict[int, Mention], set[int]]:
    """For the timexes of one sentence (in text order): the date each disjunction's first month gives its event (by
    ``id`` of the mention: the shared year, or the first month across a new year), with the words of both, and the
    ids of the second months, which date nothing of their own."""
    years: dict[int, Mention] = {}
    seconds: set[int] = set()
    for first, second in zip(timexes, timexes[1:]):
        if not either_pair(low, first, second):
            continue
        words = dict(end=second.end, text=text[first.start:second.end])
        if first.date_start.year != second.date_start.year:
            years[id(first)] = dataclasses.replace(first, **words, rule="either_first/" + first.rule)
        else:
            point = Point.of(first.date_start, "year")
            years[id(first)] = dataclasses.replace(first, **words, value=point.value, precision=point.precision,
                                                   date_start=point.start, date_end=point.end, mod=None,
                                                   rule="either_year/" + first.rule)
        seconds.add(id(second))
    return years, seconds
