"""The day a span back in a reported clause ends on: the saying's own day, when the saying has one.

"Syrian opposition group Sawasiah said on Sunday 113 civilians had been killed in the last week" (a Monday story):
"the last week" counts back from the Sunday of the saying, not from the story's day, so the act is dated by the ISO
week Sunday ends (events_gold_fresh36 t17-reuters-151#10: 2011-W36, not the story's 2011-W37; events_gold.md
"Spans"). Likewise the certain first day of a counted span ("said on Sunday that troops had shelled the town for the
past three days": the three days before Sunday). The saying's day is read as every saying's day is, right after its
verb past its addressee (``frame_time.frame_day``: "said on Sunday", "told reporters on Thursday"), for the frame of the
sentence (inside what it reports: a span of the frame's own clause, "Over the past week, Turkey said on Sunday ...",
keeps the story's day) or an unnamed source's verb, whose clause is all reported ("activists said on Friday").
"""

from __future__ import annotations

import datetime as dt

from ..model import DAY_PRECISIONS, Mention
from .frame_time import frame_day
from .speech import SentenceReading


def saying_day(low: str, reading: SentenceReading, mention: Mention, timexes: list[Mention]) -> dt.date | None:
    """The day of the saying whose reported clause holds ``mention`` ("said on Sunday 113 civilians had been killed in
    the last week": that Sunday), when the saying has a day of its own that a timex of the sentence (``timexes``)
    resolves to a single day (or a time of one); else None."""
    for verb in (reading.frame, reading.source):
        if verb is None:
            continue
        day = frame_day(low, verb.trigger.end)
        if day is None or day[0] <= mention.start < day[1]:
            continue
        content = reading.content
        if verb is reading.frame and (content is None or not content[0] <= mention.start < content[1]):
            continue  # (the frame's own clause: "Over the past week, Turkey said on Sunday" counts from the story's day)
        said = next((m for m in timexes if day[0] <= m.start < day[1] and m.precision in DAY_PRECISIONS and m.resolved),
                    None)  # (a clock of the day too: "said at 10:30 on Sunday")
        if said is not None:
            return said.date_start
    return None
