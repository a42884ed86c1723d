"""The day of a live page's entry, when it is not the page's: an entry past a midnight the page crossed
(``entry_stamp/past_midnight``) or under a stamp that writes its day ("Posted at 12:05 14 Mar": ``entry_stamp/stamp_day``).

An act the entry tells with no date of its own words is the day's news as any statement is, and the day is the
entry's, not the page's: "0040: Troops entered Homs." above the turn of a page started at 2310 is of the day after.
The entry's own deictic words ("yesterday", "on Tuesday", "last night") count from its day too
(``temporal.resolve.Resolver.enter``: flagged ``entry_day``), so what is still to come is what comes after the
entry's day, not the page's (``now``: "0040: Troops shelled Homs this morning" is done, not planned). The events
passes read ``now`` through ``extract._Builder.day_at`` for every judgment against the story's day (the report lag, the
speech going on, the news week, "in two days").
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from ..model import Mention
from ..temporal.entry_stamps import is_entry_stamp, other_day


class EntryDays:
    """The entry stamps of one article, to ask which entry a position is in and whether its day is another."""

    def __init__(self, mentions: list[Mention], page_day: dt.date | None):
        self.stamps = sorted((m for m in mentions if is_entry_stamp(m)), key=lambda m: m.start)
        self.starts = [m.start for m in self.stamps]
        self.page_day = page_day

    def stamp_of_other_day(self, pos: int) -> Mention | None:
        """The stamp of the entry that holds ``pos`` when it dates that entry to a day other than the page's (a
        ``Mention``; the day itself is ``entry_stamps.other_day``'s)."""
        i = bisect_right(self.starts, pos)
        if not i:
            return None
        stamp = self.stamps[i - 1]
        return stamp if other_day(stamp, self.page_day) is not None else None

    def now(self, pos: int) -> dt.date | None:
        """The day the entry that holds ``pos`` was written on: its stamp's when that is another day than the page's,
        else the page's."""
        stamp = self.stamp_of_other_day(pos)
        return self.page_day if stamp is None else stamp.date_start
