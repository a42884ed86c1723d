"""The week an act takes from a short span that ends on the story's day and has no certain first day.

"shot dead at least eight people ... in the last 48 hours" (a Saturday story), "senior officials ... have engaged in
intensive talks over the last 48 hours", "Negotiations ... over the past few days", "Killings have worsened sharply
in the past week": the act happened somewhere in a span of a few days up to a week that ends on the anchor.
events_gold.md, "Spans": a multi-day event is dated by its first day when that day is certain (``dating.past_span``:
"the last two days"), else by the ISO week ("Over the last 48 hours" ending Fri 2024-08-16 = 2024-W33): the week the
span ends in, the anchor's. The timex keeps its TimeML value ("the past week" is the previous ISO week, "the last 48
hours" a DURATION PT48H); this is the date an event takes from it.

Only a span of the clause's act ("in / over / during / for the past ...", ``dating.act_span``, as ``past_span``
reads it), not a noun's ("the toll of the past week"), and only up to a week: a longer span ("over the past year", "over the past
month") says how long the act has gone on, not when (``dating.span_back``), and 24 hours or less is no multi-day
span. A saying over such a span keeps the day an undated saying takes (``extract._Builder.add``): "Amnesty
International put the death toll in and around Deraa in the past week at 55" is the day's report; and a span that
dates no predicate, only a row of its own ("dozens have now been killed over the past week": a toll; "have fled ...
in the past week"), stays undated as before, and one that was a DURATION makes no row, as before (``was_duration``;
the development gold has as many such rows without a date as with).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..cue_words import break_class
from ..last_match import last_match
from ..model import Mention
from ..temporal.points import Point
from .cues import FINITE_AUXILIARY
from .dating import act_span, span_back

RULE = "recent_span/week"  # from "the past week", "the last week" (a DATE)
SPAN_RULE = "recent_span/span"  # from "the last 48 hours", "the past few days" (a DURATION)
_HOURS = re.compile(r"PT(\d+)H")
_LONGEST_HOURS = 7 * 24
# a count's noun before the span with no clause break between: the span is the count's ("brought to at least nine the
# number of people killed while protesting against Assad in the last 48 hours", "a sharp rise in the number of refugees
# coming over the border in the past week"): a tally over the span, no act of its own (events_gold.md rules 26, 31)
_COUNT_NOUN = re.compile(r"\b(?:number|toll|tally)\b")
_COUNT_REACH = 100  # characters back from the span to the count's noun
# what ends the count's phrase before the span: a clause break or a finite auxiliary ("the toll was ... in the past week":
# the span is the clause's)
_COUNT_PHRASE_END = re.compile(break_class(r",;:()\"“”") + rf"|\b(?:{FINITE_AUXILIARY})\b")


def _short_span(mention: Mention) -> bool:
    """Is the timex a span back from the anchor of more than a day and at most a week, with no certain first day?"""
    if mention.type == "DATE":
        return span_back(mention) and mention.precision == "week"  # "the past week", "the last week"
    if mention.type != "DURATION" or mention.mod is not None:
        return False
    if mention.value == "PXD":  # "the past few days", "the last several days"
        return True
    m = _HOURS.fullmatch(mention.value)
    return m is not None and 24 < int(m.group(1)) <= _LONGEST_HOURS  # "the last 48 hours", not "the last 24 hours"


def tally_span(low: str, mention: Mention) -> bool:
    """Is the span in the phrase of a count ("the number of people killed ... in the last 48 hours", "the death toll
    in and around Deraa in the past week")? It is the count's, and dates no act in that phrase."""
    lo = max(0, mention.start - _COUNT_REACH)
    count = last_match(_COUNT_NOUN, low, lo, mention.start)
    return count is not None and not _COUNT_PHRASE_END.search(low, count.end(), mention.start)


def recent_span(low: str, mention: Mention, anchor: dt.date | None) -> Mention | None:
    """The mention dated by the ISO week of the anchor when it is such a span (the module docstring), else None.
    ``anchor``: the day the span ends, the story's, or the saying's that reports it (``saying_day``)."""
    if anchor is None or not _short_span(mention) or not act_span(low, mention) or tally_span(low, mention):
        return None
    point = Point.of(anchor, "week")
    return dataclasses.replace(mention, type="DATE", value=point.value, precision=point.precision,
                               date_start=point.start, date_end=point.end, direction="past",
                               rule=RULE if mention.type == "DATE" else SPAN_RULE)


def is_recent_span(mention: Mention) -> bool:
    """Is this a date ``recent_span`` gave?"""
    return mention.rule in (RULE, SPAN_RULE)


def was_duration(mention: Mention) -> bool:
    """Is this a date ``recent_span`` gave a DURATION ("the last several days")? Such a span was never a date, so one
    that dates no predicate makes no row of its own, as before ("Hundreds of troops have defected in the last several
    days": no act to date)."""
    return mention.rule == SPAN_RULE
