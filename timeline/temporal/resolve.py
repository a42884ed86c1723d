"""From a candidate expression to a TimeML value, against an explicit anchor.

Every value is explainable: the Mention records the rule (``weekday/past``,
``month_day/nearest``), the anchor it was resolved against, the direction
read from the sentence, and flags for anything doubtful (a weekday that
contradicts its date, an anaphor with no antecedent, no anchor at all).

Deictic expressions ("yesterday", "last week", "two days ago") count from
the anchor (the article's date). Anaphoric ones ("the next day", "a year
earlier", "the same month") count from the last date the text mentioned,
as TimeML does; with none mentioned yet, they fall back to the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Mention
from .direction import FUTURE, PAST, PRESENT, direction
from .grammar import Candidate
from .lexicon import MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, FREQUENCIES, number_value
from .points import UNIT_GRAN, Point, add_months, shift_date

TIME_UNITS = {"TH": "H", "TM": "M", "TS": "S"}
MODS = {
    "early": "START", "earlier": "START", "beginning of": "START", "the beginning of": "START",
    "start of": "START", "the start of": "START", "the turn of": "START",
    "late": "END", "later": "END", "end of": "END", "the end of": "END",
    "mid": "MID", "middle of": "MID", "the middle of": "MID", "the early": "START", "the late": "END",
}
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "nearly": "APPROX",
    "almost": "APPROX", "some": "APPROX", "close to": "APPROX", "the better part of": "APPROX",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN",
    "just over": "MORE_THAN", "well over": "MORE_THAN", "little more than": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN", "only": None,
}
FUZZY = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the immediate future": "FUTURE_REF",
}
# Relative words: which way they move from the anchor or the last date.
BACK = {"last", "past", "previous", "the past", "the last", "the previous", "this past", "the prior",
        "the preceding", "the most recent", "latest", "the latest"}
AHEAD = {"next", "coming", "the next", "the coming", "following", "the following", "this coming"}
SAME = {"this", "current", "the current", "the present", "the same", "that", "the"}
ANAPHORIC = {"the previous", "the following", "the prior", "the preceding", "the same", "that", "following",
             "previous"}


_RATE_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|cents?|dollars?|percent|times|once|twice|"
                          r"thrice|[a-z]+s))\s+\Z")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


@dataclass(slots=True)
class Resolved:
    type: str
    value: str
    point: Point | None = None
    end_point: Point | None = None  # for ranges
    mod: str | None = None
    how: str = ""
    flags: tuple[str, ...] = ()
    sets_ref: bool = True  # False for values counted from the last date (they do not move it)


class Resolver:
    """Resolves the candidates of one text, in order, keeping the last date for anaphora."""

    def __init__(self, text: str, low: str, anchor: dt.date | None):
        self.text = text
        self.low = low
        self.anchor = anchor
        self.ref: Point | None = None  # the last date mentioned
        self.topic_quarter: Point | None = None  # the reporting period of financial news ("the third quarter")

    # -- entry point ----------------------------------------------------------
    def resolve(self, cand: Candidate) -> Mention | None:
        handler = getattr(self, "_" + cand.rule)
        self._dir: str | None | bool = False  # computed lazily
        self._cand = cand
        try:
            result = handler(cand.slots)
        except (ValueError, OverflowError):
            return None  # "February 30", a year out of range: not a date
        if result is None:
            return None
        point, end_point = result.point, result.end_point
        flags = result.flags
        if point is None and result.type in ("DATE", "TIME") and self.anchor is None and not result.value.endswith("_REF"):
            if "unresolved" not in " ".join(flags):
                flags = flags + ("unresolved: no anchor date (no dateline, metadata or --reference-date)",)
        if point is not None and result.type in ("DATE", "TIME") and result.sets_ref:
            self.ref = point if end_point is None else end_point
        if point is not None and point.gran == "quarter" and result.sets_ref:
            self.topic_quarter = point
        direction_ = self._dir if isinstance(self._dir, str) else "none"
        return Mention(
            start=cand.start, end=cand.end, text=self.text[cand.start:cand.end],
            type=result.type, value=result.value,
            precision=point.precision if point else "none",
            date_start=point.start if point else None,
            date_end=(end_point or point).end if point else None,
            mod=result.mod, anchor=self.anchor, rule=f"{cand.rule}/{result.how}" if result.how else cand.rule,
            direction=direction_, flags=flags,
        )

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
        return Point.of(self.anchor, "day") if self.anchor else None

    def _year_for(self, month: int, day: int | None, how_dir: str | None) -> tuple[int, str]:
        """The year of a month (and day) the text gives without one."""
        a = self.anchor
        candidates = []
        for year in (a.year - 1, a.year, a.year + 1):
            try:
                candidates.append(dt.date(year, month, day or 1))
            except ValueError:
                continue
        if not candidates:
            raise ValueError("no such day")
        if day is None:
            # Whole months: the anchor's month counts as both past and future.
            ref = a.replace(day=1)
            if how_dir == PAST:
                best = max((c for c in candidates if c <= ref), default=candidates[0])
                return best.year, "past"
            if how_dir == FUTURE:
                best = min((c for c in candidates if c >= ref), default=candidates[-1])
                return best.year, "future"
        else:
            if how_dir == PAST:
                best = max((c for c in candidates if c <= a), default=candidates[0])
                return best.year, "past"
            if how_dir == FUTURE:
                best = min((c for c in candidates if c >= a), default=candidates[-1])
                return best.year, "future"
        ref = a.replace(day=1) if day is None else a
        best = min(candidates, key=lambda c: (abs((c - ref).days), c))
        return best.year, "nearest"

    def _mod(self, slots: dict) -> str | None:
        mod = slots.get("mod")
        return MODS.get(_norm(mod).rstrip("-").strip()) if mod else None

    @staticmethod
    def _approx(slots: dict) -> str | None:
        approx = slots.get("approx")
        return APPROX_MODS.get(_norm(approx)) if approx else None

    def _date(self, month: int, day: int, year: int | None, weekday: int | None) -> Resolved:
        if year is not None:
            point = Point("day", dt.date(year, month, day))
            flags = ()
            if weekday is not None and point.start.weekday() != weekday:
                flags = ("weekday_mismatch",)
            return Resolved("DATE", point.value, point, how="explicit", flags=flags)
        dt.date(2000, month, day)  # raises for a day no month has (Feb 30)
        if self.anchor is None:
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", how="no_anchor")
        if weekday is not None:
            # "Monday, August 27": the year, near the anchor, where the weekday fits.
            fits = []
            for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1):
                try:
                    d = dt.date(y, month, day)
                except ValueError:
                    continue
                if d.weekday() == weekday:
                    fits.append(d)
            if fits:
                best = min(fits, key=lambda d: abs((d - self.anchor).days))
                if abs((best - self.anchor).days) <= 200:
                    return Resolved("DATE", best.isoformat(), Point("day", best), how="weekday_fit")
        year, how = self._year_for(month, day, self.direction)
        point = Point("day", dt.date(year, month, day))
        flags = ("weekday_mismatch",) if weekday is not None and point.start.weekday() != weekday else ()
        return Resolved("DATE", point.value, point, how=how, flags=flags)

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

    # -- absolute dates -------------------------------------------------------
    def _iso(self, s: dict) -> Resolved:
        day = dt.date(int(s["year"]), int(s["month"]), int(s["day"]))
        if "hour" in s:
            point = Point("time", day, f"{s['hour']}:{s['minute']}")
            return Resolved("TIME", point.value, point, how="explicit")
        return Resolved("DATE", day.isoformat(), Point("day", day), how="explicit")

    def _slash_date(self, s: dict) -> Resolved:
        year = self._full_year(s["year"], self.anchor.year if self.anchor else None)
        return self._date(int(s["month"]), int(s["day"]), year, None)

    def _date_mdy(self, s: dict) -> Resolved:
        month = self._month_num(s["month"])
        day = int(re.match(r"\d+", s["day"]).group())
        year = int(s["year"]) if "year" in s else None
        weekday = WEEKDAYS[s["weekday"]] if "weekday" in s else None
        return self._date(month, day, year, weekday)

    _date_dmy = _date_mdy

    def _range(self, first: Resolved, last: Resolved, how: str) -> Resolved:
        if first.point and last.point and last.point.start < first.point.start:
            last = Resolved(last.type, last.value, last.point.shift(1) if last.point.gran == "month" else
                            Point(last.point.gran, add_months(last.point.start, 12)), how=last.how)
        if first.point is None or last.point is None:
            return Resolved(first.type, first.value, how="no_anchor", flags=("range",))
        return Resolved(first.type, f"{first.value}/{last.point.value}", first.point, last.point,
                        how=how, flags=("range",) + first.flags + last.flags)

    def _range_md(self, s: dict) -> Resolved:
        month = self._month_num(s["month"])
        month2 = self._month_num(s["month2"]) if "month2" in s else month
        day = int(re.match(r"\d+", s["day"]).group())
        day2 = int(re.match(r"\d+", s["day2"]).group())
        year = int(s["year"]) if "year" in s else None
        if year is None and month2 == month and day2 <= day:
            return None
        first = self._date(month, day, year, None)
        year2 = first.point.start.year if first.point and "year" not in s else year
        last = self._date(month2, day2, year2, None)
        return self._range(first, last, first.how)

    _range_dm = _range_md

    def _range_months(self, s: dict) -> Resolved:
        first = self._month_point(self._month_num(s["month"]), s.get("year"), None)
        last = self._month_point(self._month_num(s["month2"]), s.get("year") or
                                 (str(first.point.start.year) if first.point else None), None)
        return self._range(first, last, first.how)

    def _range_years(self, s: dict) -> Resolved:
        y1 = int(s["year"])
        y2 = int(s["year2"]) if len(s["year2"]) == 4 else y1 // 100 * 100 + int(s["year2"])
        if not y1 < y2 <= y1 + 100:
            return None
        first, last = Point.of(dt.date(y1, 1, 1), "year"), Point.of(dt.date(y2, 1, 1), "year")
        return Resolved("DATE", f"{first.value}/{last.value}", first, last, how="explicit", flags=("range",))

    def _month_point(self, month: int, year: str | None, mod: str | None, rel: str | None = None) -> Resolved:
        if year:
            point = Point("month", dt.date(int(year), month, 1))
            return Resolved("DATE", point.value, point, mod=mod, how="explicit")
        if rel in ANAPHORIC and self.ref is not None:
            point = Point("month", dt.date(self.ref.year, month, 1))
            return Resolved("DATE", point.value, point, mod=mod, how="anaphoric")
        if self.anchor is None:
            return Resolved("DATE", f"XXXX-{month:02d}", mod=mod, how="no_anchor")
        if rel in BACK:
            year, how = self.anchor.year - (1 if month >= self.anchor.month else 0), "last"
        elif rel in AHEAD:
            year, how = self.anchor.year + (1 if month <= self.anchor.month else 0), "next"
        elif rel in ("this",):
            year, how = self.anchor.year, "this"
        else:
            year, how = self._year_for(month, None, self.direction)
        point = Point("month", dt.date(year, month, 1))
        return Resolved("DATE", point.value, point, mod=mod, how=how)

    def _month_year(self, s: dict) -> Resolved:
        return self._month_point(self._month_num(s["month"]), s["year"], self._mod(s))

    def _month(self, s: dict) -> Resolved:
        rel = _norm(s["rel"]) if "rel" in s else None
        return self._month_point(self._month_num(s["month"]), None, self._mod(s), rel)

    # -- clock times ----------------------------------------------------------
    def _day_ref(self, s: dict) -> tuple[Point | None, str]:
        """The day a clock time or part of day belongs to."""
        if "deictic" in s:
            return self._deictic_point(s["deictic"])
        if "weekday" in s:
            r = self._weekday_point(WEEKDAYS[s["weekday"]], None)
            return (r.point, r.how)
        if "month" in s:
            r = self._date(self._month_num(s["month"]), int(re.match(r"\d+", s["day"]).group()), None, None)
            return (r.point, r.how)
        if self.anchor is None:
            return None, "no_anchor"
        return Point("day", self.anchor), "anchor"

    def _clock(self, s: dict) -> Resolved:
        if "noon" in s:
            word = _norm(s["noon"])
            hour, minute = (12, 0) if word in ("noon", "midday") else (24, 0)
        elif "hhmm" in s:
            hour, minute = int(s["hhmm"]), int(s["mm"])
        elif "oclock" in s:
            hour, minute = int(s["oclock"]), 0
        elif "hour24" in s:
            hour, minute = int(s["hour24"]), int(s["minute24"])
        else:
            hour, minute = int(s["hour"]), int(s.get("minute") or 0)
            ampm = s["ampm"][0]
            if hour > 12:
                return None
            if ampm == "p" and hour < 12:
                hour += 12
            elif ampm == "a" and hour == 12:
                hour = 0
        if s.get("part") in ("afternoon", "evening") and hour < 12:
            hour += 12
        day, how = self._day_ref(s)
        clock = f"{hour:02d}:{minute:02d}"
        mod = self._approx(s) if s.get("approx") in APPROX_MODS else None
        if day is None:
            return Resolved("TIME", f"XXXX-XX-XXT{clock}", mod=mod, how=how)
        point = Point("time", day.start, clock)
        return Resolved("TIME", point.value, point, mod=mod, how=how)

    def _day_count(self, s: dict) -> Resolved:
        return self._clock({"hour": s["hour"], "ampm": "pm" if s["part"] != "morning" else "am"})

    # -- deictic words and weekdays ---------------------------------------------
    def _deictic_point(self, word: str) -> tuple[Point | None, str]:
        if self.anchor is None:
            return None, "no_anchor"
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
        return Point("day", self.anchor + dt.timedelta(days=offset)), word

    def _deictic(self, s: dict) -> Resolved:
        word = s["deictic"]
        day, how = self._deictic_point(word)
        part = PARTS_OF_DAY.get(s["part"]) if "part" in s else ("NI" if word == "tonight" else None)
        mod = self._mod(s)
        if part:
            if day is None:
                return Resolved("TIME", f"XXXX-XX-XXT{part}", mod=mod, how=how)
            point = Point("partofday", day.start, part)
            return Resolved("TIME", point.value, point, mod=mod, how=how)
        if day is None:
            return Resolved("DATE", "XXXX-XX-XX", mod=mod, how=how)
        return Resolved("DATE", day.value, day, mod=mod, how=how)

    def _deictic2(self, s: dict) -> Resolved:
        if self.anchor is None:
            return Resolved("DATE", "XXXX-XX-XX", how="no_anchor")
        offset = -2 if s["deictic"] == "yesterday" else 2
        point = Point("day", self.anchor + dt.timedelta(days=offset))
        return Resolved("DATE", point.value, point, how=s["dir"] + "_" + s["deictic"])

    def _weekday_point(self, weekday: int, rel: str | None) -> Resolved:
        rel = _norm(rel) if rel else None
        if rel in ANAPHORIC or rel in ("the next",):
            base = self.ref.start if self.ref is not None else self.anchor
            how = "anaphoric" if self.ref is not None else "anchor"
        else:
            base, how = self.anchor, ""
        if base is None:
            return Resolved("DATE", f"XXXX-WXX-{weekday + 1}", how="no_anchor")
        delta = weekday - base.weekday()
        if rel in BACK or rel in ("the previous", "previous"):
            days = delta - 7 if delta >= 0 else delta
            how = how or "last"
        elif rel in AHEAD or rel in ("the next", "the following", "following"):
            days = delta + 7 if delta <= 0 else delta
            how = how or "next"
        elif rel == "this":
            days = delta
            how = "this_week"
        elif rel == "that":
            days = delta
            how = how or "same_week"
        elif delta == 0:
            days, how = 0, "same_day"
        else:
            d = self.direction
            if d == FUTURE:
                days, how = (delta + 7 if delta < 0 else delta), "future"
            else:
                days, how = (delta - 7 if delta > 0 else delta), ("past" if d == PAST else "default_past")
        point = Point("day", base + dt.timedelta(days=days))
        return Resolved("DATE", point.value, point, how=how)

    def _weekday(self, s: dict) -> Resolved:
        r = self._weekday_point(WEEKDAYS[s["weekday"]], s.get("rel"))
        mod = self._mod(s)
        if "part" in s:
            part = PARTS_OF_DAY[s["part"]]
            if r.point is None:
                return Resolved("TIME", f"XXXX-WXX-{WEEKDAYS[s['weekday']] + 1}T{part}", mod=mod, how=r.how)
            point = Point("partofday", r.point.start, part)
            return Resolved("TIME", point.value, point, mod=mod, how=r.how)
        r.mod = mod
        return r

    def _weekday_set(self, s: dict) -> Resolved:
        word = s.get("weekday") or s.get("weekday2") or s["weekdays"][:-1]
        value = f"XXXX-WXX-{WEEKDAYS[word] + 1}"
        part = s.get("part") or (s["parts"][:-1] if "parts" in s else None)
        if part:
            value += "T" + PARTS_OF_DAY[part]
        return Resolved("SET", value, how="every")

    # -- quarters, halves, seasons ----------------------------------------------
    def _quarter(self, s: dict) -> Resolved:
        if "qnum" in s:
            number, unit, year_text, rel = int(s["qnum"]), "quarter", s.get("year3"), None
        elif "unit2" in s:
            # "the 1988 quarter", "last year's quarter": the quarter being reported, in that year
            unit = "quarter" if s["unit2"] in ("quarter", "period") else "half"
            topic = self.topic_quarter or (self._latest_quarter() if self.anchor else None)
            number = (topic.start.month - 1) // 3 + 1 if topic else None
            if unit == "half":
                number = 1 if (number or 1) <= 2 else 2
            year_text, rel = s.get("year4"), s.get("rel3")
            if number is None:
                return Resolved("DATE", year_text or "XXXX", how="no_topic")
        else:
            unit = s["unit"]
            ordinal = _norm(s["ordinal"])
            number = ORDINALS.get(ordinal) or int(ordinal[0])
            if unit == "half":
                number = 2 if number >= 2 else 1
            year_text = s.get("year") or s.get("fyear") or s.get("year2")
            rel = s.get("rel") or s.get("rel2")
        make = Point.quarter if unit == "quarter" else Point.half
        if year_text:
            point = make(int(year_text), number)
            return Resolved("DATE", point.value, point, how="explicit")
        if self.anchor is None:
            letter = "Q" if unit == "quarter" else "H"
            return Resolved("DATE", f"XXXX-{letter}{number}", how="no_anchor")
        year = self.anchor.year
        if rel == "last":
            year, how = year - 1, "last_year"
        elif rel == "next":
            year, how = year + 1, "next_year"
        elif rel in ("this", "the"):
            how = "this_year"
        else:
            # The latest such quarter that has begun by the anchor; the coming one if the text looks ahead.
            if make(year, number).start > self.anchor and self.direction != FUTURE:
                year -= 1
            how = "latest"
        point = make(year, number)
        return Resolved("DATE", point.value, point, how=how)

    def _latest_quarter(self) -> Point:
        """The last full quarter before the anchor: the one a company reports on."""
        return Point.of(self.anchor, "quarter").shift(-1)

    def _topic_or_latest_quarter(self) -> tuple[Point | None, str]:
        if self.topic_quarter is not None:
            return self.topic_quarter, "topic_quarter"
        if self.anchor is not None:
            return self._latest_quarter(), "latest_quarter"
        return None, "no_anchor"

    def _same_period(self, s: dict) -> Resolved:
        if s["unit"] in ("quarter", "period"):
            base, how = self._topic_or_latest_quarter()
        elif self.anchor is not None:
            base, how = Point.of(self.anchor, s["unit"]), "anchor"
        else:
            base, how = None, "no_anchor"
        if base is None:
            return Resolved("DATE", "XXXX", how=how)
        point = Point.of(add_months(base.start, -12), base.gran)
        return Resolved("DATE", point.value, point, how=how + "_year_before", sets_ref=False)

    def _season(self, s: dict) -> Resolved:
        code = SEASONS[s["season"]]
        rel = _norm(s["rel"]) if "rel" in s else None
        mod = self._mod(s)
        if "year" in s:
            point = Point.season(int(s["year"]), code)
            return Resolved("DATE", point.value, point, mod=mod, how="explicit")
        if rel is None and s["season"] == "fall":
            return None  # "fall" the verb
        if rel in ("that", "the") and self.ref is not None:
            point = Point.season(self.ref.year, code)
            return Resolved("DATE", point.value, point, mod=mod, how="anaphoric")
        if self.anchor is None:
            return Resolved("DATE", f"XXXX-{code}", mod=mod, how="no_anchor")
        current = Point.of(self.anchor, "season")
        this = Point.season(current.year, code)
        if rel in BACK:
            point = this if this.start < current.start else this.shift(-1)
            how = "last"
        elif rel in AHEAD:
            point = this if this.start > current.start else this.shift(1)
            how = "next"
        elif rel == "this":
            point, how = this, "this"
        else:
            d = self.direction
            if d == PAST and this.start > current.start:
                point, how = this.shift(-1), "past"
            elif d == FUTURE and this.start < current.start:
                point, how = this.shift(1), "future"
            else:
                point, how = this, "this"
        return Resolved("DATE", point.value, point, mod=mod, how=how)

    def _year_ago(self, s: dict) -> Resolved:
        """"year-ago", "the year-earlier period", "the year-ago third quarter"."""
        head = s["head"]
        if "ordinal" in s and self.anchor is not None:
            point = Point.quarter(self.anchor.year - 1, ORDINALS[s["ordinal"]])
            return Resolved("DATE", point.value, point, how="ordinal_year_before", sets_ref=False)
        if head == "year" and (self.topic_quarter is not None or s.get("unit")):
            base, how = self._topic_or_latest_quarter()
        else:
            base, how = self._base(), "ref"
            if base is not None and _coarser(head if head != "week" else "week", base.gran):
                base = base.coarsen(head)
        if base is None:
            return Resolved("DATE", "XXXX", how="no_anchor")
        back = {"year": 12, "quarter": 3, "month": 1}.get(head)
        if back is None:
            point = Point(base.gran, base.start - dt.timedelta(weeks=1), base.code)
        else:
            point = Point.of(add_months(base.start, -back), base.gran, base.code)
        return Resolved("DATE", point.value, point, how=f"{how}_minus_{head}", sets_ref=False)

    # -- ago, later, relative units -----------------------------------------------
    def _amount(self, s: dict) -> tuple[float | None, str]:
        if "plural" in s:
            return None, UNITS[s["plural"]]
        number = number_value(s["num"])
        return number, UNITS[_norm(s["unit"])]

    def _ago(self, s: dict) -> Resolved:
        n, unit = self._amount(s)
        direction_word = _norm(s["dir"])
        mod = self._approx(s)
        forward = direction_word in ("later", "after", "from now", "hence")
        anaphoric = direction_word in ("earlier", "later", "before", "after", "previously", "prior")
        if n is None:
            value = "FUTURE_REF" if forward else "PAST_REF"
            return Resolved("DATE", value, mod=mod, how="vague")
        if unit in TIME_UNITS:
            base = self._base() if anaphoric else (Point("day", self.anchor) if self.anchor else None)
            if base is None:
                return Resolved("TIME", "XXXX-XX-XX", mod=mod, how="no_anchor")
            hours = n * {"TH": 1, "TM": 1 / 60, "TS": 1 / 3600}[unit]
            day = base.start + dt.timedelta(days=round(hours / 24) * (1 if forward else -1))
            point = Point("day", day)
            return Resolved("DATE", point.value, point, mod=mod, how="hours")
        if unit == "Y" and n == 1 and not forward and self.topic_quarter is not None:
            # Financial news: "a year ago" is the same quarter a year before.
            point = self.topic_quarter.shift(-4)
            return Resolved("DATE", point.value, point, mod=mod, how="topic_quarter", sets_ref=False)
        if anaphoric and self.ref is not None:
            base, how = self.ref, "anaphoric"
        elif self.anchor is not None:
            base, how = Point("day", self.anchor), "anchor"
        else:
            return Resolved("DATE", "XXXX", mod=mod, how="no_anchor")
        gran = UNIT_GRAN[unit]
        if gran == "weekend":
            gran = "week"
        # Count in the unit of the expression; keep a coarser antecedent's grain
        # ("the third quarter ... a year earlier" is the quarter a year before).
        if how == "anaphoric" and _coarser(base.gran, gran):
            gran = base.gran
        if gran == "week" and n != int(n):
            gran = "day"
        steps = n if forward else -n
        day = shift_date(base.start, steps, unit if unit != "WE" else "W")
        point = Point.of(day, gran, base.code if gran == "season" else "")
        return Resolved("DATE", point.value, point, mod=mod, how=how, sets_ref=how != "anaphoric")

    def _unit_rel(self, s: dict) -> Resolved:
        """"last week", "this year", "the next day", "the year before", "the latest quarter"."""
        rel = _norm(s["rel"])
        unit = s["unit"]
        mod = self._mod(s)
        after = _norm(s["after"]) if "after" in s else None
        if unit in ("time", "moment"):
            return None  # "this time", "that moment": rarely a date
        if unit == "period" and rel not in ("the latest", "latest", "the same", "this", "that", "the most recent"):
            return None
        if unit == "day" and rel == "the" and not after:
            return None
        part = PARTS_OF_DAY.get(unit) if unit in ("morning", "afternoon", "evening", "night") else None
        gran = "quarter" if unit == "period" else ("day" if part else unit)
        day_like = gran == "day"
        anaphoric = (rel in ANAPHORIC or after is not None or (rel in ("the", "the next") and day_like))
        if after in ("before", "earlier", "ago", "before that") or rel in BACK:
            step = -1
        elif after in ("after", "later") or rel in AHEAD:
            step = 1
        else:
            step = 0
        if gran == "quarter":
            topic = self.topic_quarter
            if rel in ("the", "the latest", "latest", "the most recent", "this", "that", "the same",
                       "current", "the current") and topic is not None:
                base, how, step = topic, "topic_quarter", 0
            elif rel in ("the", "the latest", "latest", "the most recent") and self.anchor is not None:
                base, how, step = self._latest_quarter(), "latest_quarter", 0
            elif anaphoric and topic is not None:
                base, how = topic, "topic_quarter"
            elif self.anchor is not None:
                base, how = Point.of(self.anchor, "quarter"), "anchor"
            else:
                return Resolved("DATE", "XXXX-QX", mod=mod, how="no_anchor")
            point = base.shift(step)
            return Resolved("DATE", point.value, point, mod=mod, how=f"{how}_{rel.replace(' ', '_')}",
                            sets_ref=how == "anchor")
        if anaphoric and self.ref is not None:
            base, how = self.ref, "anaphoric"
        elif self.anchor is not None:
            base, how = Point("day", self.anchor), "anchor"
        elif part:
            return Resolved("TIME", f"XXXX-XX-XXT{part}", mod=mod, how="no_anchor")
        else:
            return Resolved("DATE", "XXXX", mod=mod, how="no_anchor")
        if unit == "weekend" and step == 0:
            return self._weekend(base, mod)
        if part:
            # "this morning", "last night", "the next morning"
            day = base.start + dt.timedelta(days=step)
            point = Point("partofday", day, part)
            return Resolved("TIME", point.value, point, mod=mod, how=how, sets_ref=how != "anaphoric")
        point = base.coarsen(gran) if (_coarser(gran, base.gran) or gran == base.gran) else Point.of(base.start, gran)
        point = point.shift(step) if step else point
        if s.get("fiscal") and gran == "year":
            how += "_fiscal"
        return Resolved("DATE", point.value, point, mod=mod, how=f"{how}_{rel.replace(' ', '_')}",
                        sets_ref=how != "anaphoric")

    def _weekend(self, base: Point, mod: str | None) -> Resolved:
        d = self.direction
        weekend = Point.of(base.start, "weekend")
        if d == FUTURE and weekend.end < base.start:
            weekend = weekend.shift(1)
        elif d != FUTURE and weekend.start > base.start:
            weekend = weekend.shift(-1)
        return Resolved("DATE", weekend.value, weekend, mod=mod, how="weekend_" + (d or "past"))

    # -- durations and sets -------------------------------------------------------
    def _duration_value(self, n: float | None, unit: str) -> str:
        if unit == "WE":
            unit = "WE"
        time_unit = TIME_UNITS.get(unit)
        letter = time_unit or unit
        prefix = "PT" if time_unit else "P"
        if n is None:
            return f"{prefix}X{letter}"
        if n != int(n):
            # 1.5 years -> P18M, 5.5 hours -> PT5H30M, half a day -> PT12H
            if unit == "Y":
                return f"P{round(n * 12)}M"
            if unit == "TH":
                hours, minutes = int(n), round((n - int(n)) * 60)
                return f"PT{hours}H{minutes}M" if hours else f"PT{minutes}M"
            if unit == "D":
                return f"PT{round(n * 24)}H"
            if unit == "W":
                return f"P{round(n * 7)}D"
            if unit == "M":
                return f"P{round(n * 30)}D"
            if unit == "E":
                return f"P{round(n * 10)}Y"
            return f"P{n:g}{letter}"
        if unit == "F":
            return f"P{int(n) * 2}W"
        if unit == "WE":
            return f"P{int(n)}WE"
        return f"{prefix}{int(n)}{letter}"

    def _duration(self, s: dict) -> Resolved:
        n, unit = self._amount(s)
        mod = self._approx(s)
        if mod is None and "orso" in s:
            mod = "APPROX" if "so" in s["orso"] else ("EQUAL_OR_MORE" if "more" in s["orso"] else None)
            if "half" in s["orso"] and n is not None:
                n += 0.5
        num = s.get("num", "").lower()
        if num in ("a", "an"):
            if s.get("det") or unit == "TS":
                return None  # "the a year", "a second term"
            if _RATE_BEFORE.search(self.low, max(0, self._cand.start - 25), self._cand.start):
                return None  # "$1.76 a year", "four flights a week": a rate, not a period
        return Resolved("DURATION", self._duration_value(n, unit), mod=mod, how="amount")

    def _duration_adj(self, s: dict) -> Resolved:
        num = s["num"]
        n = 0.5 if num.lower() == "half" else number_value(num)
        unit = UNITS[_norm(s["unit"])]
        return Resolved("DURATION", self._duration_value(n, unit), how="adjective")

    def _duration_plural(self, s: dict) -> Resolved:
        plural = s.get("plural") or s.get("plural2")
        unit = UNITS[plural]
        rel = _norm(s["rel"]) if "rel" in s else None
        if rel in ("recent", "the recent", "past", "the past") and unit == "Y":
            return Resolved("DATE", "PAST_REF", how="recent_years")
        return Resolved("DURATION", self._duration_value(None, unit), how="vague")

    def _duration_vague(self, s: dict) -> Resolved:
        return Resolved("DURATION", "PXX", how="vague")

    def _set(self, s: dict) -> Resolved:
        if "freq" in s:
            return Resolved("SET", FREQUENCIES[_norm(s["freq"])], how="frequency")
        unit = UNITS[_norm(s["unit"])]
        num = s.get("num")
        if num and num.lower() == "other":
            n = 2.0
        else:
            n = number_value(num) if num else 1.0
        return Resolved("SET", self._duration_value(n, unit), how="every")

    # -- years, decades, centuries ------------------------------------------------
    def _year(self, s: dict) -> Resolved:
        point = Point("year", dt.date(int(s["year"]), 1, 1))
        return Resolved("DATE", point.value, point, mod=self._mod(s), how="explicit")

    def _decade(self, s: dict) -> Resolved:
        text = s["decade"]
        if text.startswith("'"):
            digits = int(text[1])
            base = self.anchor.year if self.anchor else 2000
            century = base // 100 * 100
            year = century + digits * 10
            if year > base + 10:
                year -= 100
        else:
            year = int(text[:4])
        point = Point("decade", dt.date(year, 1, 1))
        return Resolved("DATE", point.value, point, mod=self._mod(s), how="explicit")

    def _century(self, s: dict) -> Resolved:
        n = ORDINALS.get(_norm(s["ordinal"])) or int(re.match(r"\d+", s["ordinal"]).group())
        if not 1 <= n <= 21:
            return None
        point = Point("century", dt.date(max(1, (n - 1) * 100), 1, 1))
        return Resolved("DATE", f"{n - 1:02d}", point, mod=self._mod(s), how="explicit")

    def _fuzzy(self, s: dict) -> Resolved:
        return Resolved("DATE", FUZZY[_norm(s["word"])], how="reference")


def _coarser(a: str, b: str) -> bool:
    order = ["time", "partofday", "day", "weekend", "week", "month", "season", "quarter", "half", "year",
             "decade", "century", "millennium"]
    return order.index(a) > order.index(b)
