"""Quarters, halves and seasons, and the conventions of financial news ("the
latest quarter", "the year-ago period") (a method family of ``Resolver``)."""

from __future__ import annotations

import datetime as dt
import re

from .direction import FUTURE, PAST, after_since, sentence_span
from .lexicon import MONTHS, ORDINALS, SEASONS, year_value
from .points import Point, add_months
from .shared import AHEAD, BACK, Resolved, coarser, norm


# A reporting period of several months other than a quarter ("the nine months", "the first six months"): a year-ago
# comparison in its sentence is that period a year before, told at the year's grain, not the story's quarter.
_MONTHS_PERIOD = re.compile(r"\b(?:six|eight|nine|ten|eleven|twelve|[24-9]|1[0-2])(?:\s+months\b|-month\s+period\b)")
_ENDED = re.compile(r"\s+end(?:ed|ing)\s+(?P<month>[a-z]+\.?)\s+(?P<day>\d{1,2})(?!\d)(?:,\s+(?P<year>\d{4}))?")


class PeriodRules:
    """Quarters and halves follow the reporting period of the story (``topic_quarter``)."""

    # -- quarters, halves, seasons ----------------------------------------------
    def _quarter(self, s: dict) -> Resolved:
        if "qnum" in s:
            number, unit, year_text, rel = int(s["qnum"]), "quarter", s.get("year3"), None
        elif "unit2" in s:
            # "the 1988 quarter", "last year's quarter": the quarter being reported, in that year
            unit = "quarter" if s["unit2"] in ("quarter", "period") else "half"
            topic = self.topic_quarter or (self._latest_quarter() if self.page_day else None)
            number = (topic.start.month - 1) // 3 + 1 if topic else None
            if unit == "half":
                number = 1 if (number or 1) <= 2 else 2
            year_text, rel = s.get("year4"), s.get("rel3")
            if number is None:
                return Resolved("DATE", year_text or "XXXX", how="no_topic")
        else:
            unit = s["unit"]
            ordinal = norm(s["ordinal"])
            number = ORDINALS.get(ordinal) or int(ordinal[0])
            if unit == "half":
                number = 2 if number >= 2 else 1
            year_text = s.get("year") or s.get("fyear") or s.get("year2")
            rel = s.get("rel") or s.get("rel2")
        make = Point.quarter if unit == "quarter" else Point.half
        if year_text and "unit2" in s and s["unit2"] == "period" and self._months_period():
            # "In the first nine months, net was ... in the 1988 period": the nine months of 1988
            point = Point.of(dt.date(int(year_text), 1, 1), "year")
            return Resolved("DATE", point.value, point, how="months_period", sets_ref=False)
        if year_text:
            point = make(int(year_text), number)
            # "the 1988 period" compares with the quarter being reported; it does not become it
            return Resolved("DATE", point.value, point, how="explicit", sets_ref="unit2" not in s)
        if self.page_day is None:
            letter = "Q" if unit == "quarter" else "H"
            return Resolved("DATE", f"XXXX-{letter}{number}", how="no_anchor")
        year = self._placed_from(rel).year  # (rel: this, last, next, the) "the first quarter of last year" from the
        # day it is said on; a bare "the third quarter" is the latest begun by the page's
        if rel == "last":
            year, how = year - 1, "last_year"
        elif rel == "next":
            year, how = year + 1, "next_year"
        elif rel in ("this", "the"):
            how = "this_year"
        else:
            # The latest such quarter that has begun by the anchor; the coming one if the text looks ahead.
            if make(year, number).start > self.page_day and self.direction != FUTURE:
                year -= 1
            how = "latest"
        point = make(year, number)
        return Resolved("DATE", point.value, point, how=how)

    def _quarter_ended(self) -> Point | None:
        """"the quarter ended Sept. 30": the three months before that day, as the
        calendar quarter that holds most of them (the quarter of the day 45 days
        earlier: July 31 -> the second quarter)."""
        match = _ENDED.match(self.low, self._cand.end)
        if match is None or self.page_day is None:
            return None
        month = MONTHS[match["month"].rstrip(".")]
        day = int(match["day"])
        end = self._date(month, day, int(match["year"]) if match["year"] else None, None).point
        if end is None:
            return None
        return Point.of(end.start - dt.timedelta(days=45), "quarter")

    def _months_period(self) -> bool:
        """Whether the candidate's sentence reports a period of several months that is no quarter ("For the nine
        months, net ... compared with ... a year earlier")."""
        s, e = sentence_span(self.text, self._cand.start, self._cand.end)
        return _MONTHS_PERIOD.search(self.low, s, e) is not None

    def _year_before_topic(self) -> Point | None:
        """The year before the story's quarter (or the latest quarter), for a year-ago comparison of a months period."""
        base, _ = self._topic_or_latest_quarter()
        return Point.of(add_months(base.start, -12), "year") if base is not None else None

    def _latest_quarter(self) -> Point:
        """The last full quarter before the anchor: the one a company reports on."""
        return Point.of(self._today(), "quarter").shift(-1)

    def _topic_or_latest_quarter(self) -> tuple[Point | None, str]:
        if self.topic_quarter is not None:
            return self.topic_quarter, "topic_quarter"
        if self.page_day is not None:
            return self._latest_quarter(), "latest_quarter"
        return None, "no_anchor"

    def _same_period(self, s: dict) -> Resolved:
        if s["unit"] in ("quarter", "period"):
            base, how = self._topic_or_latest_quarter()
        elif self.page_day is not None:
            base, how = Point.of(self._today(), s["unit"]), "anchor"
        else:
            base, how = None, "no_anchor"
        if base is None:
            return Resolved("DATE", "XXXX", how=how)
        point = Point.of(add_months(base.start, -12), base.gran)
        return Resolved("DATE", point.value, point, how=how + "_year_before", sets_ref=False)

    def _season(self, s: dict) -> Resolved:
        code = SEASONS[s["season"]]
        rel = norm(s["rel"]) if "rel" in s else None
        mod = self._mod(s)
        if "year" in s:
            point = Point.season(year_value(s["year"]), code)
            return Resolved("DATE", point.value, point, mod=mod, how="explicit")
        if rel is None and s["season"] == "fall":
            return None  # "fall" the verb
        if rel == "that" and self.ref is not None or rel == "the" and self.ref is not None \
                and not after_since(self.low, self._cand.start):
            # "In 2009 ... that summer", "the summer": the season of the last date mentioned; not after "since" ("has
            # shelled the city since the summer" under a dateline of January 2012: last summer, the tense's reading)
            point = Point.season(self.ref.year, code)
            return Resolved("DATE", point.value, point, mod=mod, how="anaphoric")
        if self.page_day is None:
            return Resolved("DATE", f"XXXX-{code}", mod=mod, how="no_anchor")
        current = Point.of(self._placed_from(rel), "season")  # "last summer" from the day it is said on
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
        if "ordinal" in s and self.page_day is not None:
            point = Point.quarter(self._today().year - 1, ORDINALS[s["ordinal"]])
            return Resolved("DATE", point.value, point, how="ordinal_year_before", sets_ref=False)
        if head == "year" and (self.topic_quarter is not None or s.get("unit")):
            if s.get("unit") != "quarter" and self._months_period():
                point = self._year_before_topic()
                if point is not None:
                    return Resolved("DATE", point.value, point, how="months_period_year_before", sets_ref=False)
            base, how = self._topic_or_latest_quarter()
        else:
            base, how = self._base(), "ref"
            if base is not None and coarser(head if head != "week" else "week", base.gran):
                base = base.coarsen(head)
        if base is None:
            return Resolved("DATE", "XXXX", how="no_anchor")
        back = {"year": 12, "quarter": 3, "month": 1}.get(head)
        if back is None:
            point = Point(base.gran, base.start - dt.timedelta(weeks=1), base.code)
        else:
            point = Point.of(add_months(base.start, -back), base.gran, base.code)
        return Resolved("DATE", point.value, point, how=f"{how}_minus_{head}", sets_ref=False)

