"""Calendar dates: ISO and slash dates, month-days, ranges, months, years,
decades and centuries (a method family of ``Resolver``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .direction import FUTURE, PAST, after_since
from .lexicon import HOLIDAYS, ORDINALS, WEEKDAYS, ordinal_value, year_value
from .numeric_dates import ASSUMED, NAMES, month_day
from .points import Point, add_months, holiday
from .shared import AHEAD, ANAPHORIC, BACK, Resolved, coarser, norm

DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
           "eighties": 8, "nineties": 9}
# "March" the noun: "the March for Life", "March of the Combatant Mothers", "a March on Washington".
_BEFORE_THAT = re.compile(r"\b(?:before\s+that|before\s+then|prior\s+to\s+that|earlier\s+than\s+that)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n")


def _sentence_start(low: str, pos: int) -> int:
    """Where the sentence that holds ``pos`` starts (roughly: after the last sentence end within 400 characters)."""
    lo = max(0, pos - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(low, lo, pos)]
    return ends[-1] if ends else lo


# The day of its month on which a part of a month begins ("mid-March", "late March"): a "since" date of a part
# still ahead in the anchor's month is last year's.
_PART_BEGINS = {"MID": 11, "END": 21}
_MARCH_NOUN = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]")



# Words after which a bare "May" or "March" is the month ("in May", "since March", "by May").
_MONTH_CONTEXT = re.compile(r"\b(?:in|since|by|until|till|from|to|through|during|before|after|between|and|or|of|"
                            r"early|late|mid|last|next|this|that|until|around|till|starting|beginning|"
                            r"each|every|throughout|as of|the|this|last)\s+\Z")

# A four-digit number after these is a label, not a year: "UNSCR 1701", "Resolution 1559", "No. 1989".
_NUMBERED = re.compile(
    r"(?:\b(?!FY\s)[A-Z]{2,}[A-Z0-9]*|\b(?:[Rr]esolutions?|[Nn]o\.|[Nn]umbers?|[Aa]rticle|[Cc]hapter|[Ss]ection|[Ff]light|"
    r"[Rr]oute|[Pp]age|[Rr]oom|[Mm]odel|[Hh]ighway|[Ii]nterstate|[Dd]ecree|[Oo]rder|[Pp]aragraph|[Bb]ill|[Ll]aw)"
    r")\s+\Z")

class CalendarRules:
    """Absolute and near-absolute dates; the year of a bare month-day comes from the anchor."""

    # -- absolute dates -------------------------------------------------------
    def _iso(self, s: dict) -> Resolved:
        day = dt.date(int(s["year"]), int(s["month"]), int(s["day"]))
        if "hour" in s:
            point = Point("time", day, f"{s['hour']}:{s['minute']}")
            return Resolved("TIME", point.value, point, how="explicit")
        return Resolved("DATE", day.isoformat(), Point("day", day), how="explicit")

    def _slash_date(self, s: dict) -> Resolved:
        """"10/30/89", "30/10/1989": the order as ``numeric_dates.month_day`` reads it, else month first (US copy,
        TimeBank), flagged."""
        year = self._full_year(s["year"], self.page_day.year if self.page_day else None)
        first, second = int(s["first"]), int(s["second"])
        read = month_day(first, second, self.day_first)
        if read is None:
            return replace(self._date(first, second, year, None), flags=(ASSUMED,))
        return self._date(read[0], read[1], year, None)

    def _numeric_day(self, s: dict) -> Resolved | None:
        """"on 14/3", "since 3/14": a day of the month in numbers alone, read only when a part above 12 or the
        article's metadata date settles the order (``numeric_dates``); the year as a bare month-day's."""
        read = month_day(int(s["first"]), int(s["second"]), self.day_first)
        if read is None or self.low[self._cand.start:self._cand.end] in NAMES:
            return None  # "on 3/4": 3 April or 4 March? (``timeline dates`` says why it was left)
        month, day, order = read
        resolved = self._date(month, day, None, None)
        return replace(resolved, how=f"{order}_{resolved.how}")

    def _date_mdy(self, s: dict) -> Resolved:
        month = self._month_num(s["month"])
        day = ordinal_value(s["day"]) if s["day"][0].isalpha() else int(re.match(r"\d+", s["day"]).group())
        year = int(s["year"]) if "year" in s else None
        weekday = WEEKDAYS[s["weekday"]] if "weekday" in s else None
        resolved = self._date(month, day, year, weekday)
        if "prayers" in s:  # "Friday prayers on 18 March": the timex is the date; the weekday only checked its year
            # the date follows the prayers slot and the grammar's separator (spaces and at most one comma: "prayers
            # on, 18 March")
            after = self.low.index(s["prayers"], self._cand.start) + len(s["prayers"])
            date = self.low[after:self._cand.end].lstrip().removeprefix(",").lstrip()
            resolved = replace(resolved, start=self._cand.end - len(date))
        return resolved

    _date_dmy = _date_paren = _date_mdy

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
            point = Point("month", dt.date(year_value(year), month, 1))
            return Resolved("DATE", point.value, point, mod=mod, how="explicit")
        if rel in ANAPHORIC and self.ref is not None:
            point = Point("month", dt.date(self.ref.year, month, 1))
            return Resolved("DATE", point.value, point, mod=mod, how="anaphoric")
        if self.page_day is None:
            return Resolved("DATE", f"XXXX-{month:02d}", mod=mod, how="no_anchor")
        if rel in BACK:
            today = self._today()
            year, how = today.year - (1 if month >= today.month else 0), "last"
            if self.ref is not None and self.ref.start <= dt.date(year, month, 1) and _BEFORE_THAT.search(
                    self.low, _sentence_start(self.low, self._cand.start), self._cand.start):
                # "Before that, last November, we met in Bali. And before that, ... last May.": the May before that
                # November, not the latest May before the anchor
                year, how = self.ref.start.year - (1 if month >= self.ref.start.month else 0), "last_before_that"
        elif rel in AHEAD:
            today = self._today()
            year, how = today.year + (1 if month <= today.month else 0), "next"
        elif rel in ("this",):
            year, how = self._today().year, "this"
        else:
            year, how = self._year_for(month, None, self.direction)
            if (year, month) == (self.page_day.year, self.page_day.month) and self.page_day.day < _PART_BEGINS.get(mod, 1) \
                    and after_since(self.low, self._cand.start):
                # "since late March" written on March 4: that part of this March has not begun, so last year's
                year, how = year - 1, "since_part_ahead"
        point = Point("month", dt.date(year, month, 1))
        return Resolved("DATE", point.value, point, mod=mod, how=how)

    def _ordinal_day(self, s: dict) -> Resolved | None:
        """A day of the month by its ordinal alone. "the 20th of next month" (last, this; the same, the following,
        the previous: of the last month mentioned) is that day of that month. A bare "on the 10th", "by the 28th" is
        the day of the anchor's month, or, as a bare weekday reads, of the next month when the clause looks ahead and
        the day has passed, of the month before when it looks back (or has no tense) and the day is still to come."""
        day = int(re.match(r"\d+", s.get("day") or s["bare"]).group())
        if "mrel" in s:
            rel = norm(s["mrel"])
            step = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(rel, 0)
            if rel.startswith("the ") and self.ref is not None and not coarser(self.ref.gran, "month"):
                month, how = self.ref.coarsen("month"), "anaphoric"  # "the 3rd of the following month"
            elif self.page_day is not None:
                month, how = Point.of(self._today(), "month"), "anchor"
            else:
                return Resolved("DATE", f"XXXX-XX-{day:02d}", how="no_anchor")
            point = Point("day", month.shift(step).start.replace(day=day))  # "the 31st of next month" in February:
            # no such day (ValueError: no date)
            return Resolved("DATE", point.value, point, how=f"{how}_{rel.replace(' ', '_')}")
        if self.page_day is None:
            return Resolved("DATE", f"XXXX-XX-{day:02d}", how="no_anchor")
        direction_, today = self.direction, self._today()
        if day == today.day:
            step, how = 0, "same_day"
        elif direction_ == FUTURE:
            step, how = (0 if day > today.day else 1), "future"
        else:
            step, how = (0 if day < today.day else -1), ("past" if direction_ == PAST else "default_past")
        month = Point.of(today, "month")
        while True:  # "on the 31st" in a month of 30 days: the nearest month that has one, the same way
            month = month.shift(step)
            try:
                point = Point("day", month.start.replace(day=day))
                break
            except ValueError:
                step = step or (1 if direction_ == FUTURE else -1)
        return Resolved("DATE", point.value, point, how=how)

    def _week_of(self, s: dict) -> Resolved:
        """"the week of March 6": the ISO week that contains that day."""
        day = self._date_mdy(s)
        if day.point is None:
            return Resolved("DATE", "XXXX-WXX", how=day.how)
        point = day.point.coarsen("week")
        return Resolved("DATE", point.value, point, how=day.how)

    def _month(self, s: dict) -> Resolved:
        """"August", "last October", "mid-August": the year from the anchor and the tense.

        "March" followed by "of/for/on" and a capitalised name is the noun
        (a demonstration), not the month."""
        if s["month"] == "march" and _MARCH_NOUN.match(self.text, self._cand.end):
            return None
        rel = norm(s["rel"]) if "rel" in s else None
        if s["month"] in ("may", "march") and not rel and "mod" not in s and "yrel" not in s \
                and not _MONTH_CONTEXT.search(self.low, max(0, self._cand.start - 14), self._cand.start):
            return None  # "May said", "March on": a bare May or March is a month only after "in", "since", ...
        if "yrel" in s and self.page_day is not None:
            # "June last year", "January this year": the year is given relative to the anchor
            year = self._today().year + {"last": -1, "this": 0, "next": 1}[s["yrel"]]
            return self._month_point(self._month_num(s["month"]), str(year), self._mod(s))
        return self._month_point(self._month_num(s["month"]), None, self._mod(s), rel)

    def _month_year(self, s: dict) -> Resolved:
        return self._month_point(self._month_num(s["month"]), s["year"], self._mod(s))


    # -- years, decades, centuries ------------------------------------------------
    def _year(self, s: dict) -> Resolved:
        if _NUMBERED.search(self.text, max(0, self._cand.start - 24), self._cand.start):
            return None  # "UNSCR 1701", "Resolution 1559", "Flight 1549": a number, not a year
        point = Point("year", dt.date(int(s["year"]), 1, 1))
        mod = self._mod(s)
        if "open" in s:  # "1994 or later", "1990 and beyond"; "1985 or earlier"
            mod = "ON_OR_BEFORE" if s["open"].endswith("earlier") else "ON_OR_AFTER"
        return Resolved("DATE", point.value, point, mod=mod, how="explicit")

    def _decade(self, s: dict) -> Resolved:
        text = s["decade"]
        if text.startswith("'"):
            digits = int(text[1])
            if self.page_day is None:
                return Resolved("DATE", f"XX{digits}", mod=self._mod(s), how="no_anchor")
            base = self.page_day.year
            century = base // 100 * 100
            year = century + digits * 10
            if year > base + 10:
                year -= 100
        else:
            year = int(text[:4])
        point = Point("decade", dt.date(year, 1, 1))
        return Resolved("DATE", point.value, point, mod=self._mod(s), how="explicit")

    def _decade_words(self, s: dict) -> Resolved:
        """"the nineties": the latest such decade that has begun by the anchor."""
        tens = DECADES[s["tens"]]
        if self.page_day is None:
            return Resolved("DATE", f"XX{tens}", mod=self._mod(s), how="no_anchor")
        year = self.page_day.year // 100 * 100 + tens * 10
        if year > self.page_day.year:
            year -= 100
        point = Point("decade", dt.date(year, 1, 1))
        return Resolved("DATE", point.value, point, mod=self._mod(s), how="latest")

    def _year_words(self, s: dict) -> Resolved:
        """"nineteen ninety-six", "the year two thousand"."""
        point = Point("year", dt.date(year_value(s.get("spelled") or s["spelled2"]), 1, 1))
        return Resolved("DATE", point.value, point, how="words")

    def _year_end(self, s: dict) -> Resolved:
        """"by year-end", "since year-end": the end of the anchor's year (TimeML: the
        year with mod END), or of the year before when the clause looks back."""
        mod = "APPROX" if "approx" in s else "END"
        if self.page_day is None:
            return Resolved("DATE", "XXXX", mod=mod, how="no_anchor")
        year = self._today().year
        before = self.low[max(0, self._cand.start - 8):self._cand.start]
        if before.endswith(("since ", "at ")) or (self.direction == PAST and not before.endswith("by ")):
            year -= 1
        point = Point("year", dt.date(year, 1, 1))
        return Resolved("DATE", point.value, point, mod=mod, how="year_end")

    def _holiday(self, s: dict) -> Resolved:
        """"Thanksgiving Day", "last Christmas", "Easter week": the holiday's day in the
        year chosen like a bare month-day's (relative word, else tense, else nearest)."""
        rule = HOLIDAYS[norm(s["holiday"])]
        rel = norm(s["rel"]) if "rel" in s else None
        if self.page_day is None:
            return Resolved("DATE", "XXXX-XX-XX", how="no_anchor")
        now = self._placed_from(rel)  # "last Christmas" from the day it is said on, a bare "Christmas" the page's
        points = [holiday(rule, y) for y in (now.year - 1, now.year, now.year + 1)]
        past = [p for p in points if p.start <= now]
        future = [p for p in points if p.end >= now]
        if rel in BACK:
            point, how = max((p for p in points if p.end < now), key=lambda p: p.start), "last"
        elif rel in AHEAD:
            point, how = min((p for p in points if p.start > now), key=lambda p: p.start), "next"
        elif rel == "this":
            point, how = points[1], "this"
        else:
            d = self.direction
            if d == PAST and past:
                point, how = past[-1], "past"
            elif d == FUTURE and future:
                point, how = future[0], "future"
            else:
                point, how = min(points, key=lambda p: abs((p.start - now).days)), "nearest"
        return Resolved("DATE", point.value, point, how=how)

    def _century(self, s: dict) -> Resolved:
        n = ORDINALS.get(norm(s["ordinal"])) or int(re.match(r"\d+", s["ordinal"]).group())
        if not 1 <= n <= 21:
            return None
        point = Point("century", dt.date(max(1, (n - 1) * 100), 1, 1))
        return Resolved("DATE", f"{n - 1:02d}", point, mod=self._mod(s), how="explicit")

