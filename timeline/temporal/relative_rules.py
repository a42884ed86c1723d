"""Dates relative to the anchor or to the last date: clock times, "today",
weekdays, "two days ago", "last week", "the next day", the weekend (a method
family of ``Resolver``)."""

from __future__ import annotations

import datetime as dt
import re

from .direction import FUTURE, PAST, looks_ahead
from .grammar import DAY, MONTH, WEEKDAY
from .lexicon import (GENERIC_TODAY, OVERNIGHT_KIND, OVERNIGHT_MANNER, PARTS_OF_DAY, UNITS, WEEKDAY_TITLES, WEEKDAYS,
                      number_value)
from .points import UNIT_GRAN, Point, nearest_day, shift_date
from .shared import (AHEAD, ANAPHORIC, APPROX_MODS, BACK, NO_ANTECEDENT, TIME_UNITS, UNDERSPECIFIED, Resolved,
                     coarser, norm)

# The day a clock time names after a parenthesis or a time zone: "06:00 (03:00 GMT) on 12 April",
# "06:00 local time on Thursday".
_FOLLOWING_DAY = re.compile(rf"\s*(?:\([^()]{{1,25}}\)\s*)?,?\s*on\s+(?:(?P<weekday>{WEEKDAY})|(?P<dday>{DAY})\s+"
                            rf"(?P<dmonth>{MONTH})|(?P<month>{MONTH})\s*(?P<day>{DAY}))(?![\w-])")
# a clock alone in its brackets, "shelled Homs (1419 GMT) on Monday": the brackets' close, after which the day follows
_IN_BRACKETS = re.compile(r"\(\s*$")
_BRACKETS_CLOSE = re.compile(r"\s*\)")
_PROGRAMME = re.compile(r"Today\s+(?:programme|program|show)\b")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_DATE_PREPOSITION = re.compile(r"\b(?:on|by|until|since|from|before|after)\s+$")
_WORDS_BEFORE = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_NEGATION = re.compile(r"\b(?:not|never|cannot|no)\b|n['’]t\b")


class RelativeRules:
    """Deictic expressions count from the anchor (in a live page's entry of another day, from the entry's day:
    ``Resolver._today``), anaphoric ones from the last date mentioned."""

    def _antecedent(self, gran: str) -> Point | None:
        """The last date mentioned, as the base of an anaphoric day ("the day before", "a day later"): a
        quarter or a year is none ("... a disputed 2009 election. ... lifted the emergency the day before"
        is no day of 2009); the anchor is used instead, flagged as having no antecedent. A month still
        is: "in October ... that same day" is a day of October (``_in_month``)."""
        if self.ref is not None and gran in ("day", "partofday", "time") and coarser(self.ref.gran, "season"):
            return None
        return self.ref

    def _counted_from(self, gran: str, anaphoric: bool) -> tuple[Point, str, tuple[str, ...]] | None:
        """What an expression of grain ``gran`` counts from, how, and its flags: an anaphoric one ("a day later")
        from its antecedent (``_antecedent``), else from the anchor (an anaphoric one flagged as having no
        antecedent); None with neither."""
        ref = self._antecedent(gran)
        if anaphoric and ref is not None:
            return ref, "anaphoric", ()
        if self.page_day is not None:
            return Point("day", self._today()), "anchor", (NO_ANTECEDENT,) if anaphoric else ()
        return None

    # -- clock times ----------------------------------------------------------
    def _day_ref(self, s: dict) -> tuple[Point | None, str]:
        """The day a clock time belongs to: the day it names (also after a parenthesis: "06:00 (03:00 GMT)
        on 12 April"), else the last day the text mentioned ("killed on Oct. 23 ... at 10 p.m."), else the
        anchor."""
        if "deictic" in s:
            return self._deictic_point(s["deictic"])
        if "weekday" in s:
            r = self._weekday_point(WEEKDAYS[s["weekday"]], None)
            return (r.point, r.how)
        if "month" in s:
            r = self._date(self._month_num(s["month"]), int(re.match(r"\d+", s["day"]).group()), None, None)
            return (r.point, r.how)
        following = self._following_day(self._bracketed_end(self._cand.start, self._cand.end))
        if following:  # "by 06:00 (03:00 GMT) on 12 April", "shelled Homs (1419 GMT) on Monday"
            return following
        if self.ref is not None and self.ref.gran in ("day", "partofday", "time"):
            return Point("day", self.ref.start), "last_day"
        if self.page_day is None:
            return None, "no_anchor"
        return Point("day", self._today()), "anchor"

    def _bracketed_end(self, start: int, end: int) -> int:
        """Where the day a clock from ``start`` to ``end`` belongs to may follow: past its closing bracket when it
        stands alone in brackets inside a sentence ("shelled Homs (1419 GMT) on Monday", a wire story's clock of the
        act, whose day the words after the bracket give), else at its end."""
        if _IN_BRACKETS.search(self.low, max(0, start - 3), start) is None:
            return end
        close = _BRACKETS_CLOSE.match(self.low, end)
        return end if close is None else close.end()

    def _following_day(self, at: int) -> tuple[Point | None, str] | None:
        """The day named right after ``at`` ("(03:00 GMT) on 12 April", "on Monday"), as ``_day_ref`` gives it;
        None when no day follows."""
        following = _FOLLOWING_DAY.match(self.low, at)
        if following is None:
            return None
        return self._day_ref({k: v for k, v in following.groupdict().items() if v} if not following["dday"] else
                             {"month": following["dmonth"], "day": following["dday"]})

    def _clock(self, s: dict) -> Resolved:
        if "noon" in s:
            word = norm(s["noon"])
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

    def _entry_stamp(self, s: dict) -> Resolved | None:
        """A live page's entry stamp (``entry_stamps``): its clock on the day it writes ("Posted at 12:05 14 Mar"),
        else on the page's day, the anchor's (or the day after it, past a midnight the page crossed), not on the last
        day an earlier entry named."""
        minutes, days = int(s["minutes"]), int(s["days"])
        clock = f"{minutes // 60:02d}:{minutes % 60:02d}"
        if "month" in s:  # "Posted at 12:05 14 Mar", "14 Mar 2024 12:05": the day it writes (its year, or the one
            # that puts the day nearest the page's)
            month, day = int(s["month"]), int(s["day"])
            if "year" in s:
                written = dt.date(int(s["year"]), month, day)
            elif self.page_day is not None:
                written = nearest_day(self.page_day, month, day)
                if written is None:
                    return None  # "31 Feb": no such day
            else:
                return Resolved("TIME", f"XXXX-{month:02d}-{day:02d}T{clock}", how="no_anchor")
            point = Point("time", written, clock)
            return Resolved("TIME", point.value, point, how="stamp_day")
        if self.page_day is None:
            return Resolved("TIME", f"XXXX-XX-XXT{clock}", how="no_anchor")
        point = Point("time", self.page_day + dt.timedelta(days=days), clock)
        return Resolved("TIME", point.value, point, how="past_midnight" if days else "page_day")

    def _part_of_day(self, s: dict) -> Resolved:
        """"By mid afternoon, official sources were saying ...", "sparked a sell-off mid-morning": that part of
        the day a clock time would belong to (``_day_ref``: a day named right after it, else the last day
        mentioned, else the anchor; also a day after one noun: "in mid-afternoon trading on Monday"), its early /
        late / mid as the mod (TimeBank PRI19980306.2000.1675: 1998-03-06TAF, MID)."""
        part = PARTS_OF_DAY[s["part"]]
        mod = self._mod({"mod": s["part_mod"]})
        noun = _NEXT_WORD.match(self.low, self._cand.end)
        day, how = (noun and self._following_day(noun.end())) or self._day_ref({})
        if day is None:
            return Resolved("TIME", f"XXXX-XX-XXT{part}", mod=mod, how=how)
        point = Point("partofday", day.start, part)
        return Resolved("TIME", point.value, point, mod=mod, how=how)

    def _day_count(self, s: dict) -> Resolved:
        return self._clock({"hour": s["hour"], "ampm": "pm" if s["part"] != "morning" else "am"})

    # -- deictic words and weekdays ---------------------------------------------
    def _deictic_point(self, word: str) -> tuple[Point | None, str]:
        if self.page_day is None:
            return None, "no_anchor"
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
        return Point("day", self._today() + dt.timedelta(days=offset)), word

    def _deictic(self, s: dict) -> Resolved:
        """"today", "yesterday morning", "mid-afternoon yesterday", "tomorrow's vote"; "today's world" is
        generic, not a day."""
        word = s["deictic"]
        if word == "today" and _PROGRAMME.match(self.text, self._cand.start):
            return None  # "the BBC's Today programme": a title, no day
        if word == "today" and self.low.startswith("'s", self._cand.end):
            following = re.match(r"'s\s+([a-z]+)", self.low[self._cand.end:self._cand.end + 30])
            if following and following[1] in GENERIC_TODAY:
                return None
        day, how = self._deictic_point(word)
        part_word = s.get("part") or s.get("part_before")  # "yesterday afternoon", "mid-afternoon yesterday"
        part = PARTS_OF_DAY.get(part_word) if part_word else ("NI" if word == "tonight" else None)
        mod = self._mod(s) or self._mod({"mod": s.get("part_mod")})
        if part:
            if day is None:
                return Resolved("TIME", f"XXXX-XX-XXT{part}", mod=mod, how=how)
            point = Point("partofday", day.start, part)
            return Resolved("TIME", point.value, point, mod=mod, how=how)
        if day is None:
            return Resolved("DATE", "XXXX-XX-XX", mod=mod, how=how)
        return Resolved("DATE", day.value, day, mod=mod, how=how)

    def _overnight(self, s: dict) -> Resolved:
        """"overnight" alone: the night before the anchor day ("struck targets in Gaza overnight", in a story of
        Sunday: Saturday night, TNI, as TimeBank marks it and as "last night" reads), or the anchor's own night in a
        clause about what is to come ("will march overnight"). Not how fast something happened ("almost overnight",
        "will not change overnight": a word of ``OVERNIGHT_MANNER`` before it, or a negation in its clause), nor a
        kind of thing ("an overnight curfew", "overnight rates": a noun of ``OVERNIGHT_KIND`` after it; "the overnight
        raid" is last night's)."""
        start, end = self._cand.start, self._cand.end
        before = _WORDS_BEFORE.findall(self.low, max(0, start - 60), start)
        if before and before[-1] in OVERNIGHT_MANNER:
            return None
        clause = re.split(r"[.;:!?]|,\s", self.low[max(0, start - 80):start])[-1]
        if _NEGATION.search(clause):
            return None  # "the crisis will not be solved overnight", "no one expects it to end overnight"
        after = _NEXT_WORD.match(self.text, end)
        if after is not None and after.group(1).lower() in OVERNIGHT_KIND:
            return None
        if self.page_day is None:
            return Resolved("TIME", "XXXX-XX-XXTNI", how="no_anchor")
        ahead = self.direction == FUTURE
        point = Point("partofday", self._today() - dt.timedelta(days=0 if ahead else 1), "NI")
        return Resolved("TIME", point.value, point, how="anchor_" + ("future" if ahead else "past"), sets_ref=False)

    def _eve(self, s: dict) -> Resolved:
        """ "on the eve" alone, as agency copy writes it ("On the eve, Lavrov held talks with ..."): the day before the
        story's, as "yesterday" (the eve of a named occasion, "on the eve of the summit", is no date of its own)."""
        if self.page_day is None:
            return Resolved("DATE", "XXXX-XX-XX", how="no_anchor")
        point = Point("day", self._today() - dt.timedelta(days=1))
        return Resolved("DATE", point.value, point, how="eve")

    def _deictic2(self, s: dict) -> Resolved:
        if self.page_day is None:
            return Resolved("DATE", "XXXX-XX-XX", how="no_anchor")
        offset = -2 if s["deictic"] == "yesterday" else 2
        point = Point("day", self._today() + dt.timedelta(days=offset))
        return Resolved("DATE", point.value, point, how=s["dir"] + "_" + s["deictic"])

    def _weekday_point(self, weekday: int, rel: str | None) -> Resolved:
        rel = norm(rel) if rel else None
        if rel in ANAPHORIC or rel in ("the next",):
            base = self.ref.start if self.ref is not None else self._today()
            how = "anaphoric" if self.ref is not None else "anchor"
            flags = () if self.ref is not None else (NO_ANTECEDENT,)
        else:
            base, how, flags = self._today(), "", ()
        if base is None:
            return Resolved("DATE", f"XXXX-WXX-{weekday + 1}", how="no_anchor")
        delta = weekday - base.weekday()
        ahead = delta + 7 if delta < 0 else delta  # the day itself or the next one of its name
        behind = delta - 7 if delta > 0 else delta  # the day itself or the last one of its name
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
        elif self.low.startswith(("'s", "’s"), self._cand.end):
            if looks_ahead(self.text, self._cand.start, self._cand.end, low=self.low):
                # "flew in ... for Friday's wedding", "ahead of Sunday's vote", "is to meet ... during Wednesday's
                # meeting": the event the clause looks ahead to
                days, how = ahead, "possessive_ahead"
            else:
                # "Wednesday's ruling": a possessive weekday names an event already
                # reported, so it is the latest such day, whatever the clause's tense.
                days, how = behind, "possessive_past"
        else:
            d = self.direction
            if d == FUTURE:
                days, how = ahead, "future"
            else:
                days, how = behind, ("past" if d == PAST else "default_past")
        point = Point("day", base + dt.timedelta(days=days))
        return Resolved("DATE", point.value, point, how=how, flags=flags)

    def _weekday_of_week(self, weekday: int, week: str) -> Resolved:
        """"Tuesday next week", "Friday of last week": that day of the week before, of or after the anchor's."""
        shift = {"last": -1, "this": 0, "next": 1}[week]
        today = self._today()
        monday = today - dt.timedelta(days=today.weekday())
        point = Point("day", monday + dt.timedelta(days=7 * shift + weekday))
        return Resolved("DATE", point.value, point, how=f"{week}_week")

    def _weekday(self, s: dict) -> Resolved:
        following = _NEXT_WORD.match(self.text, self._cand.end)
        if following and following[1][0].isupper() and following[1].lower() in WEEKDAY_TITLES \
                and "rel" not in s and "part" not in s and not _DATE_PREPOSITION.search(self.low, max(0, self._cand.start - 10), self._cand.start):
            return None  # "Britain's Sunday Times newspaper": a title ("on Sunday Times Square" is a day)
        rel, start = s.get("rel"), None
        if rel in ("that", "following") and _POSSESSIVE.match(self.text, self._cand.end):
            # "said that Monday's assault was the worst", "following Monday's violence": a conjunction or a
            # preposition before a plain weekday, not "that Monday" or "the following Monday"
            rel, start = None, self.low.index(s["weekday"], self._cand.start)
        if "week" in s and "rel" not in s and self.page_day is not None:
            r = self._weekday_of_week(WEEKDAYS[s["weekday"]], s["week"])
        else:
            r = self._weekday_point(WEEKDAYS[s["weekday"]], rel)
        r.start = start
        mod = self._mod(s)
        if "part" in s:
            part = PARTS_OF_DAY[s["part"]]
            if r.point is None:
                return Resolved("TIME", f"XXXX-WXX-{WEEKDAYS[s['weekday']] + 1}T{part}", mod=mod, how=r.how,
                                start=start)
            point = Point("partofday", r.point.start, part)
            return Resolved("TIME", point.value, point, mod=mod, how=r.how, start=start)
        r.mod = mod
        return r

    def _weekday_set(self, s: dict) -> Resolved:
        word = s.get("weekday") or s.get("weekday2") or s["weekdays"][:-1]
        value = f"XXXX-WXX-{WEEKDAYS[word] + 1}"
        part = s.get("part") or (s["parts"][:-1] if "parts" in s else None)
        if part:
            value += "T" + PARTS_OF_DAY[part]
        return Resolved("SET", value, how="every")


    # -- ago, later, relative units -----------------------------------------------
    def _amount(self, s: dict) -> tuple[float | None, str]:
        if "plural" in s:
            return None, UNITS[s["plural"]]
        number = number_value(s["num"])
        return number, UNITS[norm(s["unit"])]

    def _ago(self, s: dict) -> Resolved:
        n, unit = self._amount(s)
        direction_word = norm(s["dir"])
        mod = self._approx(s)
        forward = direction_word in ("later", "after", "from now", "hence")
        anaphoric = direction_word in ("earlier", "later", "before", "after", "previously", "prior")
        if n is None:
            value = "FUTURE_REF" if forward else "PAST_REF"
            return Resolved("DATE", value, mod=mod, how="vague")
        if unit in TIME_UNITS:
            base = self._base() if anaphoric else (Point("day", self._today()) if self.page_day is not None else None)
            if base is None:
                return Resolved("TIME", "XXXX-XX-XX", mod=mod, how="no_anchor")
            hours = n * {"TH": 1, "TM": 1 / 60, "TS": 1 / 3600}[unit]
            day = base.start + dt.timedelta(days=round(hours / 24) * (1 if forward else -1))
            point = Point("day", day)
            return Resolved("DATE", point.value, point, mod=mod, how="hours")
        if unit == "Y" and n == 1 and not forward and self.topic_quarter is not None:
            # Financial news: "a year ago" is the same quarter a year before, or the year before when the sentence
            # reports a longer period ("For the nine months, ... a year earlier").
            if self._months_period():
                point = self._year_before_topic()
                return Resolved("DATE", point.value, point, mod=mod, how="months_period", sets_ref=False)
            point = self.topic_quarter.shift(-4)
            return Resolved("DATE", point.value, point, mod=mod, how="topic_quarter", sets_ref=False)
        counted = self._counted_from(UNIT_GRAN[unit], anaphoric)
        if counted is None:
            return Resolved("DATE", UNDERSPECIFIED.get(UNIT_GRAN[unit], "XXXX"), mod=mod, how="no_anchor")
        base, how, flags = counted
        gran = UNIT_GRAN[unit]
        if gran == "weekend":
            gran = "week"
        # Count in the unit of the expression; keep a coarser antecedent's grain
        # ("the third quarter ... a year earlier" is the quarter a year before).
        if how == "anaphoric" and coarser(base.gran, gran):
            gran = base.gran
        if gran == "week" and n != int(n):
            gran = "day"
        steps = n if forward else -n
        day = shift_date(base.start, steps, unit if unit != "WE" else "W")
        point = Point.of(day, gran, base.code if gran == "season" else "")
        return Resolved("DATE", point.value, point, mod=mod, how=how, sets_ref=how != "anaphoric", flags=flags)

    def _unit_rel(self, s: dict) -> Resolved:
        """"last week", "this year", "the next day", "the year before", "the latest quarter"."""
        rel = norm(s["rel"])
        unit = s["unit"]
        mod = self._mod(s)
        after = norm(s["after"]) if "after" in s else None
        if unit in ("time", "moment"):
            return None  # "this time", "that moment": rarely a date
        if unit == "period" and rel not in ("the latest", "latest", "the same", "this", "that", "the most recent"):
            return None
        if unit == "day" and rel == "the" and not after:
            return None
        if rel == "the full":
            rel = "the"
        if unit == "year" and rel == "the" and re.match(r"\s+end(?:ed|ing)\b", self.low[self._cand.end:self._cand.end + 10]):
            # "the (fiscal) year ended March 31": a year-long period named by its end (DURATION)
            return Resolved("DURATION", "P1Y", how="year_ended")
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
            ended = self._quarter_ended() if rel in ("the", "that", "this") else None
            if ended is not None:
                # "the quarter ended Sept. 30" names the reporting quarter itself
                return Resolved("DATE", ended.value, ended, mod=mod, how="quarter_ended")
            if rel in ("current", "the current") and self.page_day is not None:
                point = Point.of(self._today(), "quarter")
                return Resolved("DATE", point.value, point, mod=mod, how="current_quarter", sets_ref=False)
            if rel == "the same" and topic is None and unit == "quarter":
                return None  # "Video footage from the same quarter showed ...": with no quarter the story reports on,
                # "the same quarter" is the district named before it, not a time (financial copy names its quarter)
            if rel in ("the", "this", "that", "the same") and topic is not None:
                base, how, step = topic, "topic_quarter", 0
            elif rel in ("the", "the latest", "latest", "the most recent") and self.page_day is not None:
                base, how, step = self._latest_quarter(), "latest_quarter", 0
            elif anaphoric and topic is not None:
                base, how = topic, "topic_quarter"
            elif self.page_day is not None:
                base, how = Point.of(self._today(), "quarter"), "anchor"
            else:
                return Resolved("DATE", "XXXX-QX", mod=mod, how="no_anchor")
            point = base.shift(step)
            return Resolved("DATE", point.value, point, mod=mod, how=f"{how}_{rel.replace(' ', '_')}",
                            sets_ref=how == "anchor")
        counted = self._counted_from(gran, anaphoric)
        if counted is None:
            if part:
                return Resolved("TIME", f"XXXX-XX-XXT{part}", mod=mod, how="no_anchor")
            return Resolved("DATE", UNDERSPECIFIED.get(gran, "XXXX"), mod=mod, how="no_anchor")
        base, how, flags = counted
        if unit == "weekend" and step == 0:
            return self._weekend(base, mod)
        if how == "anaphoric" and gran == "day" and base.gran == "month":
            return self._in_month(base, part, mod, f"{how}_{rel.replace(' ', '_')}", flags)
        if part:
            # "this morning", "last night", "the next morning"
            day = base.start + dt.timedelta(days=step)
            point = Point("partofday", day, part)
            return Resolved("TIME", point.value, point, mod=mod, how=how, sets_ref=how != "anaphoric",
                            flags=flags)
        point = base.coarsen(gran) if (coarser(gran, base.gran) or gran == base.gran) else Point.of(base.start, gran)
        point = point.shift(step) if step else point
        if s.get("fiscal") and gran == "year":
            how += "_fiscal"
        return Resolved("DATE", point.value, point, mod=mod, how=f"{how}_{rel.replace(' ', '_')}",
                        sets_ref=how != "anaphoric", flags=flags)

    @staticmethod
    def _in_month(month: Point, part: str | None, mod: str | None, how: str, flags: tuple[str, ...]) -> Resolved:
        """A day counted from a month ("killed last October ... crossed out that same day", "in March 2012 ...
        the next day"): a day of that month whose number the text does not give, TimeML's 1998-10-XX (the
        TimeBank gold of APW19990206.0090), not the month's first day; its calendar span is the month's."""
        if part:
            return Resolved("TIME", f"{month.value}-XXT{part}", month, mod=mod, how=how, sets_ref=False, flags=flags)
        return Resolved("DATE", f"{month.value}-XX", month, mod=mod, how=how, sets_ref=False, flags=flags)

    def _weekend(self, base: Point, mod: str | None) -> Resolved:
        d = self.direction
        weekend = Point.of(base.start, "weekend")
        if d == FUTURE and weekend.end < base.start:
            weekend = weekend.shift(1)
        elif d != FUTURE and weekend.start > base.start:
            weekend = weekend.shift(-1)
        return Resolved("DATE", weekend.value, weekend, mod=mod, how="weekend_" + (d or "past"))
