"""The day of an act told as done "overnight": the story's own day.

The temporal engine reads a bare "overnight" in a past clause as the night before the anchor day (``TNI`` of the day
before, as TimeBank marks it and as "last night" reads: ``relative_rules._overnight``, rule ``overnight/anchor_past``).
The timex keeps that value; the *event* it dates is put on the anchor day, the day the night ends on and the story
reports it ("The Syrian army deployed overnight in the flashpoint city of Homs, witnesses said"; "Sit-ins and protests
were reportedly held overnight around Damascus"). That is the lead's decision of the thirty-second session
(events_gold.md "Relative dates": "overnight" with no weekday = the anchor, four of the development sets' five
"overnight" rows; the fifth, in a story whose lead tells the eve's news, keeps the eve: ``night_ends_on``). An
"overnight" with a weekday ("overnight on Friday") is the weekday rule's, and a coming night
("will march overnight", ``overnight/anchor_future``) is already the anchor's: neither is read here.
"""

from __future__ import annotations

from datetime import date

from ..model import Mention

PAST_NIGHT = "overnight/anchor_past"  # the engine's rule for a bare "overnight" in a past clause


def lead_days(dates) -> frozenset:
    """The days the story's lead names for its news ("on Friday"), out of its date mentions ``dates``: a day or a time
    resolved, not a bare "overnight" itself."""
    return frozenset(m.date_start for m in dates if m.resolved and m.precision in ("day", "time") and m.rule != PAST_NIGHT)


def night_ends_on(mention: Mention, anchor: date | None, days: frozenset = frozenset()) -> date | None:
    """The anchor day when ``mention`` is a bare past "overnight" read as the night before it (the event's day is the
    day that night ends on), else None. Not when the story's lead names the day before the anchor as its news day and
    not the anchor (``days``, ``lead_days``): a story filed after midnight that tells the eve's news ("AMMAN, Sat Jul 23, 4:44 am
    EDT - Syrian forces shot dead at least 11 people during mass protests on Friday ... Five civilians were killed
    overnight in Homs", counted in Friday's toll) keeps the night with that day (events_gold_fresh11 ``216#3``)."""
    if anchor is None or mention.rule != PAST_NIGHT or not mention.resolved or mention.date_start is None:
        return None
    if (anchor - mention.date_start).days != 1:
        return None
    if mention.date_start in days and anchor not in days:
        return None
    return anchor
