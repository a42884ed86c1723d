"""Calendar units and their TimeML values.

A ``Point`` is one calendar unit at some granularity: the year 2017, the
quarter 2018-Q3, the ISO week 2018-W35, the day 2018-08-27, the morning of
that day. It knows its TimeML value, the calendar days it covers, and how to
move by whole units. Nothing here reads a clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

# Granularities, coarse to fine, with the precision name the events table uses.
PRECISION = {
    "millennium": "century", "century": "century", "decade": "decade", "year": "year", "half": "half",
    "quarter": "quarter", "season": "season", "month": "month", "week": "week", "weekend": "week",
    "day": "day", "partofday": "time", "time": "time",
}
# Season codes and the month each begins in (meteorological seasons; winter
# YYYY-WI is December of YYYY-1 to February of YYYY).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
                   6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise OverflowError("date out of range")
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def years_round(anchor: dt.date, month: int, day: int) -> list[dt.date]:
    """The day ``month``/``day`` in the year before ``anchor``'s, its year and the year after, oldest first: those
    the calendar has (no 29 February in a year without one)."""
    days = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    return days


def nearest_day(to: dt.date, month: int, day: int) -> dt.date | None:
    """The day ``month``/``day`` nearest ``to`` (``years_round``; of two as near, the earlier), or None when the
    calendar has it in none of those years ("31 February")."""
    return min(years_round(to, month, day), key=lambda d: abs((d - to).days), default=None)


def iso_week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Point:
    """One calendar unit. ``start`` is its first day; ``code`` carries the
    season (SU), the part of day (MO, AF, EV, NI) or the clock time (15:00)."""

    gran: str
    start: dt.date
    code: str = ""

    # -- construction -----------------------------------------------------
    @classmethod
    def of(cls, day: dt.date, gran: str, code: str = "") -> "Point":
        """The unit of granularity ``gran`` that contains ``day``."""
        if gran in ("day", "partofday", "time"):
            return cls(gran, day, code)
        if gran == "week":
            return cls(gran, iso_week_start(day))
        if gran == "weekend":
            return cls(gran, iso_week_start(day) + dt.timedelta(days=5))
        if gran == "month":
            return cls(gran, day.replace(day=1))
        if gran == "quarter":
            return cls(gran, dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1))
        if gran == "half":
            return cls(gran, dt.date(day.year, 1 if day.month <= 6 else 7, 1))
        if gran == "season":
            season = code or SEASON_OF_MONTH[day.month]
            year = day.year
            if season == "WI" and day.month == 12:
                year += 1
            return cls.season(year, season)
        if gran == "year":
            return cls(gran, dt.date(day.year, 1, 1))
        if gran == "decade":
            return cls(gran, dt.date(max(1, day.year // 10 * 10), 1, 1))
        if gran == "century":
            return cls(gran, dt.date(max(1, day.year // 100 * 100), 1, 1))
        if gran == "millennium":
            return cls(gran, dt.date(max(1, day.year // 1000 * 1000), 1, 1))
        raise ValueError(f"unknown granularity {gran!r}")

    @classmethod
    def season(cls, year: int, code: str) -> "Point":
        month = SEASON_START[code]
        start_year = year - 1 if code == "WI" else year
        return cls("season", dt.date(start_year, month, 1), code)

    @classmethod
    def quarter(cls, year: int, number: int) -> "Point":
        return cls("quarter", dt.date(year, 3 * (number - 1) + 1, 1))

    @classmethod
    def half(cls, year: int, number: int) -> "Point":
        return cls("half", dt.date(year, 1 if number == 1 else 7, 1))

    # -- reading ------------------------------------------------------------
    @property
    def year(self) -> int:
        if self.gran == "season" and self.code == "WI":
            return self.start.year + 1
        if self.gran in ("week", "weekend"):
            return self.start.isocalendar()[0]
        return self.start.year

    @property
    def precision(self) -> str:
        return PRECISION[self.gran]

    @property
    def value(self) -> str:
        """The TimeML value: 2017, 2018-Q3, 2018-W35, 2018-08-27TMO, 201 (the 2010s)..."""
        s, g = self.start, self.gran
        if g == "day":
            return s.isoformat()
        if g == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if g == "year":
            return f"{s.year:04d}"
        if g == "week":
            year, week, _ = s.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if g == "weekend":
            year, week, _ = s.isocalendar()
            return f"{year:04d}-W{week:02d}-WE"
        if g == "quarter":
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if g == "half":
            return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
        if g == "season":
            return f"{self.year:04d}-{self.code}"
        if g in ("partofday", "time"):
            return f"{s.isoformat()}T{self.code}"
        if g == "decade":
            return f"{s.year // 10:03d}"
        if g == "century":
            return f"{s.year // 100:02d}"
        if g == "millennium":
            return f"{s.year // 1000:01d}"
        raise ValueError(g)

    @property
    def end(self) -> dt.date:
        """The last calendar day the unit covers."""
        s, g = self.start, self.gran
        one = dt.timedelta(days=1)
        if g in ("day", "partofday", "time"):
            return s
        if g == "week":
            return s + dt.timedelta(days=6)
        if g == "weekend":
            return s + one
        if g == "month":
            return add_months(s, 1) - one
        if g in ("quarter", "season"):
            return add_months(s, 3) - one
        if g == "half":
            return add_months(s, 6) - one
        if g == "year":
            return dt.date(s.year, 12, 31)
        if g == "decade":
            return dt.date(min(9999, s.year + 9), 12, 31)
        if g == "century":
            return dt.date(min(9999, s.year + 99), 12, 31)
        if g == "millennium":
            return dt.date(min(9999, s.year + 999), 12, 31)
        raise ValueError(g)

    # -- moving -------------------------------------------------------------
    def shift(self, n: int) -> "Point":
        """The unit ``n`` steps later (earlier when negative), at the same granularity."""
        g = self.gran
        if g in ("day", "partofday", "time"):
            return Point(g, self.start + dt.timedelta(days=n), self.code)
        if g in ("week", "weekend"):
            return Point(g, self.start + dt.timedelta(weeks=n), self.code)
        months = {"month": 1, "quarter": 3, "season": 12, "half": 6, "year": 12,
                  "decade": 120, "century": 1200, "millennium": 12000}[g]
        return Point(g, add_months(self.start, months * n), self.code)

    def coarsen(self, gran: str) -> "Point":
        """The unit of granularity ``gran`` that contains this one's first day."""
        return Point.of(self.start, gran)


def shift_date(day: dt.date, n: float, unit: str) -> dt.date:
    """Move a day by ``n`` units (TimeML unit letters: D, W, M, Q, Y, E, C, WE, F, H)."""
    if unit in ("D", "WE"):
        return day + dt.timedelta(days=round(n))
    if unit == "W":
        return day + dt.timedelta(days=round(7 * n))
    if unit == "F":
        return day + dt.timedelta(days=round(14 * n))
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "E": 120, "C": 1200, "L": 12000}[unit]
    return add_months(day, round(months * n))


UNIT_GRAN = {"D": "day", "W": "week", "WE": "weekend", "F": "week", "M": "month", "Q": "quarter",
             "H": "half", "Y": "year", "E": "decade", "C": "century", "L": "millennium",
             "TH": "time", "TM": "time", "TS": "time"}


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, n: int | None, weekday: int) -> dt.date:
    """The n-th ``weekday`` (0 = Monday) of a month; ``n=None`` is the last one."""
    if n is None:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday(rule: str, year: int) -> Point:
    """The day (or ISO week) a holiday rule of ``time_words.tsv`` names in ``year``.

    Rules: ``MM-DD`` (a fixed day), ``MM/N/W[+D]`` (the N-th weekday W of
    month MM, N=L for the last, D days after it), ``easter+N`` / ``easter-N``;
    a trailing `` week`` gives the ISO week containing that day.
    """
    spec, _, unit = rule.partition(" ")
    if spec.startswith("easter"):
        day = easter(year) + dt.timedelta(days=int(spec[6:] or 0))
    elif "/" in spec:
        month, n, rest = spec.split("/")
        weekday, _, extra = rest.partition("+")
        day = nth_weekday(year, int(month), None if n == "L" else int(n), int(weekday))
        day += dt.timedelta(days=int(extra or 0))
    else:
        month, dom = spec.split("-")
        day = dt.date(year, int(month), int(dom))
    return Point.of(day, unit or "day")
