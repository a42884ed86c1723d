""""Last week" in a story published on a Sunday: the ISO week that Sunday closes (the build's reading only).

The event gold's ruling (``tests/data/events_gold.md``, "Relative dates", the lead in the thirty-first session): in a
story published on a Sunday, "last week" is the working week just past, which is the ISO week now ending, not the one
before it ("Syria rejected the plan last week" in a Sunday 2011-10-09 story: 2011-W40). The temporal engine counts one
week back from the anchor's ISO week, which is TimeML's reading in three of TempEval-3's four such timexes
(APW19980301.0720, Sunday 1998-03-01: "last week" = 1998-W08 three times; APW19980322.0749 alone reads 1998-W12 on
Sunday 1998-03-22), so the engine keeps it and ``timex``/TempEval scoring are unchanged; ``pipeline.process_article``
applies this pass to the mentions the events are dated from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..model import Mention
from .points import Point

# the unit_rel resolutions of a week counted one back from the anchor: "last week", "the past week", "this past week"
_BACK_FROM_ANCHOR = {"unit_rel/anchor_last", "unit_rel/anchor_past", "unit_rel/anchor_the_last",
                     "unit_rel/anchor_the_past", "unit_rel/anchor_this_past"}
_WEEK = re.compile(r"\d{4}-W\d\d$")


def sunday_week(mention: Mention, anchor: dt.date | None) -> Mention:
    """``mention`` read as the ISO week ``anchor`` ends when it is "last week" in a Sunday story; else unchanged."""
    if anchor is None or anchor.weekday() != 6 or mention.rule not in _BACK_FROM_ANCHOR \
            or not _WEEK.match(mention.value):
        return mention
    week = Point.of(anchor, "week")
    if mention.value != week.shift(-1).value:
        return mention
    return dataclasses.replace(mention, value=week.value, date_start=week.start, date_end=week.end,
                               rule=mention.rule + "/sunday")


def sunday_weeks(mentions: list[Mention], anchor: dt.date | None) -> list[Mention]:
    """Every mention through ``sunday_week``, against the day it was counted from: ``anchor``, or in a live page's
    entry of another day, the entry's (``Mention.anchor``, flagged ``entry_day``)."""
    if anchor is None:
        return mentions
    return [sunday_week(m, m.anchor or anchor) for m in mentions]
