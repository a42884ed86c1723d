"""From a candidate expression to a TimeML value, against an explicit anchor.

Every value is explainable: the Mention records the rule (``weekday/past``,
``month_day/nearest``), the anchor it was resolved against, the direction
read from the sentence, and flags for anything doubtful (a weekday that
contradicts its date, an anaphor with no antecedent, no anchor at all).

Deictic expressions ("yesterday", "last week", "two days ago") count from
the anchor (the article's date), or in a live page's entry of another day
than the page's, from the entry's day (``_today``, ``enter``). Anaphoric ones
("the next day", "a year earlier", "the same month") count from the last date
the text mentioned, as TimeML does; with none mentioned yet, they fall back to
the anchor.
"""

from __future__ import annotations

import datetime as dt

from ..model import Mention
from .amount_rules import AmountRules
from .calendar_rules import CalendarRules
from .direction import FUTURE, PAST, direction, firm_past
from .entry_stamps import other_day
from .grammar import Candidate
from .lexicon import MONTHS
from .period_rules import PeriodRules
from .points import Point, years_round
from .relative_rules import RelativeRules
from .shared import AHEAD, APPROX_MODS, BACK, MODS, Resolved, norm


# A bare month or month-day read as past reaches back at most ten months when
# the same date also comes within the next two (see ``Resolver._year_for``).
PAST_REACH_DAYS = 300
FUTURE_REACH_DAYS = 62
WEEKDAY_PAST_REACH_DAYS = 420  # a weekday with its month-day fits last year's date at most this far back
WEEK_OF_NEWS_DAYS = 21  # ... and only when this year's date is more than three weeks back
UNTENSED_PAST_BIAS = 1.5  # with no tense, a past date up to 1.5 times as far as the future one wins


class Resolver(CalendarRules, RelativeRules, PeriodRules, AmountRules):
    """Resolves the candidates of one text, in order, keeping the last date for anaphora.

    The rule methods (``_<rule name>``, one per grammar rule) live in the
    family classes it inherits from; the helpers they share are here. A rule
    reads the day it counts from through ``_today`` (the page's anchor, or in a
    live page's entry of another day, the entry's: "last month", "next June",
    "on the 10th", "the same week last year"); only a date that names its day
    or its month ("on March 14", "in June", "the third quarter", "the
    nineties") or the stamp itself reads ``page_day``, the page's anchor, by
    that name. There is no ``anchor`` attribute, so a new rule has to choose.
    """

    def __init__(self, text: str, low: str, anchor: dt.date | None, day_first: bool | None = None):
        self.text = text
        self.low = low
        self.page_day = anchor  # the page's anchor: for dates that name their day; deictic rules read ``_today``
        self.day_first = day_first  # the order the article writes numbers-only dates in, when it shows one
        self.ref: Point | None = None  # the last date mentioned
        self.entry_day: dt.date | None = None  # the day of the live page's entry being read, when not the anchor's
        self.entry_flag = ""  # what a mention counted from that day is flagged with (``enter``)
        self._entry_read = False  # did the candidate being resolved count from ``entry_day`` (``_today``)?
        self.topic_quarter: Point | None = None  # the reporting period of financial news ("the third quarter")

    # -- entry point ----------------------------------------------------------
    def resolve(self, cand: Candidate) -> Mention | None:
        handler = getattr(self, "_" + cand.rule)
        self._dir: str | None | bool = False  # computed lazily
        self._cand = cand
        self._entry_read = False
        try:
            result = handler(cand.slots)
            if result is None:
                return None
            point, end_point = result.point, result.end_point
            first, last = (point.start, (end_point or point).end) if point else (None, None)
        except (ValueError, OverflowError):
            return None  # "February 30", a year out of range (near year 1 or 9999): not a date
        flags = result.flags
        if point is None and result.type in ("DATE", "TIME") and self.page_day is None and not result.value.endswith("_REF"):
            if "unresolved" not in " ".join(flags):
                flags = flags + ("unresolved: no anchor date (no dateline, metadata or --reference-date)",)
        if point is not None and result.type in ("DATE", "TIME") and result.sets_ref:
            self.ref = point if end_point is None else end_point
        if point is not None and point.gran == "quarter" and result.sets_ref \
                and (self.page_day is None or point.end < self.page_day):
            self.topic_quarter = point  # a quarter not over yet ("into the fourth quarter") is no reported period
        direction_ = self._dir if isinstance(self._dir, str) else "none"
        start = cand.start if result.start is None else result.start
        anchor = self.page_day
        if self._entry_read and point is not None:  # counted from the live entry's day: say so, and name it the anchor
            anchor, flags = self.entry_day, flags + (self.entry_flag,)
        return Mention(
            start=start, end=cand.end, text=self.text[start:cand.end],
            type=result.type, value=result.value,
            precision=point.precision if point else "none",
            date_start=first,
            date_end=last,
            mod=result.mod, anchor=anchor, rule=f"{cand.rule}/{result.how}" if result.how else cand.rule,
            direction=direction_, flags=flags,
        )

    # -- a live page's entries ---------------------------------------------------
    def enter(self, stamp: Mention) -> None:
        """Read on in the live page's entry ``stamp`` opens (``entry_stamps``): when it is of another day than the
        page's anchor (past a midnight the page crossed, or under a stamp that writes its day: ``other_day``, as
        ``events.entry_days`` asks it), the entry's own deictic words ("yesterday", "on Tuesday", "last night", "last
        month", "on the 10th") count from that day (``_today``); dates that name their day ("on March 14") do not
        move. An entry on the page's day counts from the anchor. A stamp that resolves to no day ("Posted at 12:05 31
        Feb") is no stamp and is not entered: the entry before it goes on, as in ``events.entry_days``."""
        day = other_day(stamp, self.page_day)
        if day is None:
            self.entry_day, self.entry_flag = None, ""
            return
        self.entry_day = day
        self.entry_flag = (f"entry_day: counted from its live entry's day, {day.isoformat()} (stamp {stamp.text}), "
                           f"not the page's, {self.page_day.isoformat()}")

    def _today(self) -> dt.date | None:
        """The day deictic words count from, the one accessor the rules read it through: the page's anchor, or the
        day of the live page's entry being read when it is another (``enter``; noted, so the mention is flagged with
        it and takes that day as its anchor)."""
        if self.entry_day is None:
            return self.page_day
        self._entry_read = True
        return self.entry_day

    def _placed_from(self, rel: str | None) -> dt.date:
        """The day a named period of the year ("Christmas", "summer", "the first quarter") is placed from: the day it
        is said on (``_today``) when a relative word places it ("last Christmas", "next summer", "the first quarter of
        last year"), else the page's (a bare "Christmas" or "in summer" is named, as a month is). Only with an
        anchor."""
        return self._today() if rel in BACK or rel in AHEAD or rel == "this" else self.page_day

    # -- helpers ----------------------------------------------------------------
    @property
    def direction(self) -> str | None:
        if self._dir is False:
            self._dir = direction(self.text, self._cand.start, self._cand.end, low=self.low)
        return self._dir

    def _base(self) -> Point | None:
        """The point anaphora count from: the last date mentioned, else the anchor."""
        if self.ref is not None:
            return self.ref
        return Point.of(self._today(), "day") if self.page_day is not None else None

    def _year_for(self, month: int, day: int | None, how_dir: str | None) -> tuple[int, str]:
        """The year of a month (and day) the text gives without one.

        The tense of the clause chooses between the latest such day on or
        before the anchor and the first one on or after it ("said on Aug. 6"
        vs "payable Dec. 7"). Past tense does not reach back more than ten
        months when the same date comes within the next two: news gives the
        year of a date that old, so "extended to Nov. 16" written on Oct. 30
        is the coming Nov. 16 (the past tense dates the extending, not the
        day), unless the past is beyond doubt (``firm_past``: "since March",
        "the uprising began in March", "In August, the EU imposed"). With no tense the nearer candidate wins, with a lean to the
        past (``UNTENSED_PAST_BIAS``).
        """
        a = self.page_day
        candidates = years_round(a, month, day or 1)
        if not candidates:
            raise ValueError("no such day")
        ref = a.replace(day=1) if day is None else a  # whole months: the anchor's month is both
        past = max((c for c in candidates if c <= ref), default=None)
        future = min((c for c in candidates if c >= ref), default=None)
        if how_dir == PAST and past is not None:
            if (ref - past).days > PAST_REACH_DAYS and future is not None and (future - ref).days <= FUTURE_REACH_DAYS \
                    and not firm_past(self.text, self.low, self._cand.start, self._cand.end):
                return future.year, "past_too_far"
            return past.year, "past"
        if how_dir == FUTURE and future is not None:
            return future.year, "future"
        if past is not None and future is not None:
            # No tense: news tells the past more than the future, so the past
            # candidate wins unless the future one is under two-thirds as far.
            if (ref - past).days <= UNTENSED_PAST_BIAS * (future - ref).days:
                return past.year, "nearest_past"
            return future.year, "nearest_future"
        best = min(candidates, key=lambda c: (abs((c - ref).days), c))
        return best.year, "nearest"

    def _mod(self, slots: dict) -> str | None:
        mod = slots.get("mod")
        return MODS.get(norm(mod).rstrip("-").strip()) if mod else None

    @staticmethod
    def _approx(slots: dict) -> str | None:
        approx = slots.get("approx")
        return APPROX_MODS.get(norm(approx)) if approx else None

    def _date(self, month: int, day: int, year: int | None, weekday: int | None) -> Resolved:
        if year is not None:
            point = Point("day", dt.date(year, month, day))
            flags = ()
            if weekday is not None and point.start.weekday() != weekday:
                flags = ("weekday_mismatch",)
            return Resolved("DATE", point.value, point, how="explicit", flags=flags)
        dt.date(2000, month, day)  # raises for a day no month has (Feb 30)
        if self.page_day is None:
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", how="no_anchor")
        if weekday is not None:
            # "Monday, August 27": the year, near the anchor, where the weekday fits.
            dates = years_round(self.page_day, month, day)  # (no Feb 29 in a year without one)
            fits = [d for d in dates if d.weekday() == weekday]
            if fits:
                best = min(fits, key=lambda d: abs((d - self.page_day).days))
                if abs((best - self.page_day).days) <= 200:
                    return Resolved("DATE", best.isoformat(), Point("day", best), how="weekday_fit")
                # "after Friday prayers on 18 March" in a backgrounder of April 2012: only 2011's 18 March was a
                # Friday; when this year's date is weeks back already, the story is told of last year's date its
                # weekday names (a date of the last three weeks keeps its year: the weekday is the slip)
                past = max((d for d in fits if d <= self.page_day), default=None)
                if past is not None and (self.page_day - past).days <= WEEKDAY_PAST_REACH_DAYS \
                        and self._weeks_back(dates) and self.direction != FUTURE:
                    return Resolved("DATE", past.isoformat(), Point("day", past), how="weekday_fit_past")
        year, how = self._year_for(month, day, self.direction)
        point = Point("day", dt.date(year, month, day))
        flags = ("weekday_mismatch",) if weekday is not None and point.start.weekday() != weekday else ()
        return Resolved("DATE", point.value, point, how=how, flags=flags)

    def _weeks_back(self, dates: list[dt.date]) -> bool:
        """Whether the nearest past one of a month-day's ``dates`` (this year's or last year's) is more than three
        weeks before the anchor: no date of the week's news."""
        past = max((d for d in dates if d <= self.page_day), default=None)
        return past is None or (self.page_day - past).days > WEEK_OF_NEWS_DAYS

    @staticmethod
    def _month_num(word: str) -> int:
        return MONTHS[word.rstrip(".").lower()]

    @staticmethod
    def _full_year(text: str, near: int | None = None) -> int:
        year = int(text)
        if len(text) == 2:
            century = (near or 2000) // 100 * 100
            candidates = [century - 100 + year, century + year, century + 100 + year]
            year = min(candidates, key=lambda y: abs(y - (near or 2000)))
        return year

