"""A live page's entry stamps: the time each entry was posted, opening its paragraph.

A live blog is a run of entries, each opening with the time it was posted: BBC pages of 2011-12 "1419: Syrian state TV
says ...", "1145 GMT: ..."; newer BBC and Reuters pages "14:19 ..." or the time on a line of its own; the Guardian
"2.19pm GMT" on a line of its own ("Updated at 2.19pm GMT" under an entry); Al Jazeera "14:19 GMT - ...". A White
House transcript opens and closes on one ("1:14 P.M. EDT" on a line of its own). The stamp is when the page said it,
not when its entry's acts were done: a TIME on the page's day (the anchor's), whatever day an earlier entry named, and
it dates no act (``is_entry_stamp``: the events leave it out; the entry's acts are dated by their own words or, with
none, by the page's day as any statement is). ``timeline dates`` lists it.

A stamp is a clock time (a colon or a dot; am/pm; a zone; four digits before a zone or a colon, "1419:") that opens a
line (or the story, right after a wire dateline's dash on the dateline's line: "BEIRUT, March 10 (Reuters) - 0040:
Syrian forces ...", ``_after_dateline``; "- 1,000 people" and "- At 0040 GMT troops" are no stamps), after nothing, "Updated at" or "Posted at" (BBC), with or without its day before or after it ("Posted at 12:05 14
Mar", "14 Mar 2024 12:05": a TIME of that day, ``entry_stamp/stamp_day``, its year the one nearest the page's day when
it writes none), and ends the line or is followed by ":", a dash or the entry's text (a capital,
a quote or a digit; not a day word, as "14:19 GMT Monday" is a time of that day). A clock time inside a sentence
("at 11:45 on Monday", "1400 GMT on Monday") is no stamp and keeps the clock rule's reading.

Four digits and a colon ("1645:", "2010:") may open a line of a chronology of years ("2011: Protests erupt"): the text's
four-digit openers are stamps only when every one of them is a clock time (no "1970:", "1982:") and one of them can be
no year (below 1500, as the grammar reads years: "1419:", "0930:") or the text has a stamp of another form; else the
grammar reads them as it did.

Midnight: two consecutive entries are taken to be less than twelve hours apart, so a step of more than twelve hours
between stamps crosses a midnight: up the clock ("0010:" then "2350:", a page read newest-first), the entries from there
on are of the day before; down ("2350:" then "0010:", oldest-first), of the day after. The page's day, the anchor, is
the day of its earliest entry (a live page's date is the day it was started): in a page read newest-first that runs
past midnight the entries above the turn are of the day after the anchor. The stamps move, and so do the entry's acts
that no words of their own date (``events.entry_days``, as a dated stamp's entry's do) and the entry's own deictic
words ("yesterday", "on Tuesday", "last night": ``resolve.Resolver.enter``, flagged ``entry_day``); a date that names
its day ("on March 14") does not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from .grammar import TZ, Candidate, scan
from .lexicon import MONTHS, WEEKDAYS

RULE = "entry_stamp"
DAY_MINUTES = 24 * 60
_ZONE = rf"(?:{TZ}|eest|eet|et(?![a-z]))"
# A stamp's own day, before or after its clock: "Posted at 12:05 14 Mar", "14 Mar 2024 12:05" (BBC, Reuters pages)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FORM = (
    r"[ \t]*(?:(?:updated|posted)\s+at\s+)?"
    r"(?:(?P<day0>3[01]|[12]\d|0?[1-9])[ \t]+(?P<month0>" + _MONTH + r")\.?(?:[ \t]+(?P<year0>\d{4}))?,?[ \t]+"
    r"(?=\d)(?!\d{4}[ \t]*:))?"
    r"(?P<clock>(?P<hour>1[0-2]|0?\d)(?:[:.](?P<minute>[0-5]\d))?[ \t]*(?P<ampm>[ap])\.?m\b\.?"  # "2.19pm", "1:14 P.M."
    r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:])"  # "14:19"
    r"|(?P<four>\d{4})(?=[ \t]*(?:" + _ZONE + r"|:)))"  # "1145 GMT", "1419:"
    r"(?:[ \t]+(?P<zone>" + _ZONE + r"))?"
    r"(?:,?[ \t]+(?P<day1>3[01]|[12]\d|0?[1-9])[ \t]+(?P<month1>" + _MONTH + r")\.?(?:[ \t]+(?P<year1>\d{4}))?"
    r"(?![\w:]))?"
    r"(?P<after>[ \t]*(?:$|[:\-\u2013\u2014](?=\s)|(?=[ \t]\S)))")
_STAMP = re.compile("^" + _FORM, re.M)  # opening a line
_STAMP_HERE = re.compile(_FORM, re.M)  # right after a wire dateline's dash (``_after_dateline``)
_DASH = re.compile(r"(?:--|[-\u2013\u2014_:.])(?=[ \t]*(?:\d|updated|posted))")  # a dateline's end, a stamp's form next
_DAY_WORD = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, set(WEEKDAYS) | set(MONTHS)), key=len, reverse=True))}"
                       r"|today|tonight|yesterday|tomorrow|on)\b")
_BLANKS = re.compile(r"[ \t]*")
_ENTRY_TEXT = re.compile(r"[\"'\u201c\u2018(]?[A-Z0-9]")


@dataclass(frozen=True, slots=True)
class Stamp:
    start: int  # of the day it writes before its clock, else of the clock (past "Updated at", "Posted at")
    end: int  # past the day it writes after its clock, else past its zone or its clock (``_end``)
    minutes: int  # after midnight
    days: int = 0  # days after the page's day (past a midnight the page crossed)
    day: tuple[int, int, int | None] | None = None  # the day the stamp writes (month, day, year or None), if it does


def _minutes(m: re.Match) -> int | None:
    if m["four"]:
        hour, minute = int(m["four"][:2]), int(m["four"][2:])
        return hour * 60 + minute if hour < 24 and minute < 60 else None
    if m["hour24"]:
        return int(m["hour24"]) * 60 + int(m["minute24"])
    hour = int(m["hour"]) % 12 + (12 if m["ampm"] == "p" else 0)
    return hour * 60 + int(m["minute"] or 0)


def _opens_entry(text: str, low: str, m: re.Match) -> bool:
    """Is what follows the clock the end of its line, a separator, or an entry's text (not a day of the clock's)?"""
    at = m.end("after")
    if m["after"].strip() or at >= len(low) or low[at] == "\n":
        return True  # ":" or a dash, or the end of the line
    at = _BLANKS.match(low, at).end()
    if _DAY_WORD.match(low, at):
        return False  # "14:19 GMT Monday", "11:45 on Monday": the clock of a day, the clock rule's
    return _ENTRY_TEXT.match(text, at) is not None


def _bare_four(m: re.Match) -> bool:
    """Four digits before a colon, no zone ("1419:", "2011:"): a stamp, or a year of a chronology (module note)."""
    return bool(m["four"]) and not m["zone"]


def _found(text: str, low: str, start: int, end: int) -> list[tuple[re.Match, int | None]]:
    found = [m for m in _STAMP.finditer(low, start, end) if _opens_entry(text, low, m)]
    lead = _after_dateline(text, low, start, end)
    if lead is not None and _opens_entry(text, low, lead):
        found = sorted(found + [lead], key=lambda m: m.start())
    return [(m, _minutes(m)) for m in found]


def _after_dateline(text: str, low: str, start: int, end: int) -> re.Match | None:
    """A stamp right after a wire dateline's dash, on the dateline's line ("BEIRUT, March 10 (Reuters) - 0040: Syrian
    forces shelled ..."): it opens the first entry as a stamp opening a line does (one on the next line is one)."""
    from ..dateline import SEARCH_LIMIT, parse_dateline  # (here: the dateline module reads the temporal lexicon)

    head = min(end, SEARCH_LIMIT + 100)  # (the dashes, blanks and colons past the dateline's end, too)
    if not any((m := _STAMP_HERE.match(low, dash.end(), end)) and _opens_entry(text, low, m)
               for dash in _DASH.finditer(low, 0, head)):  # (from the top: the story may start past the dash)
        return None  # no stamp after a dash in the head (most stories): no dateline to read
    dateline = parse_dateline(text)
    if dateline is None or not start <= dateline.body_start < end or "\n" in text[dateline.end:dateline.body_start]:
        return None
    return _STAMP_HERE.match(low, dateline.body_start, end)


def entry_stamps(text: str, low: str, start: int = 0, end: int | None = None) -> list[Stamp]:
    """The entry stamps of ``text[start:end]`` (``low`` is ``grammar.lower(text)``), in text order."""
    end = len(text) if end is None else end
    found = _found(text, low, start, end)
    if not found:
        return []
    fours = [(m, minutes) for m, minutes in found if _bare_four(m)]
    other_form = len(fours) < len(found)  # a stamp of another form ("14:19", "1145 GMT") on the page
    four_ok = all(minutes is not None for _, minutes in fours) and (
        other_form or any(int(m["four"]) < 1500 for m, _ in fours))
    stamps = [Stamp(m.start("day0") if m["day0"] else m.start("clock"), _end(m), minutes, day=_written_day(m))
              for m, minutes in found if minutes is not None and (four_ok or not _bare_four(m))]
    return _past_midnight(stamps)


def _end(m: re.Match) -> int:
    """Where a stamp ends: past its day, its zone or its clock, whichever it writes last."""
    return next(m.end(group) for group in ("year1", "month1", "zone", "clock") if m[group])


def _written_day(m: re.Match) -> tuple[int, int, int | None] | None:
    """The day a stamp writes with its clock, "14 Mar" or "14 Mar 2024" (month, day, year or None)."""
    for n in "01":
        if m["day" + n]:
            year = m["year" + n]
            return MONTHS[m["month" + n]], int(m["day" + n]), int(year) if year else None
    return None


def _past_midnight(stamps: list[Stamp]) -> list[Stamp]:
    """``stamps`` with the days each is after the page's day: a step of more than twelve hours crosses a midnight;
    the page's day is its earliest entry's."""
    days, day = [], 0
    for before, stamp in zip([None] + stamps, stamps):
        if before is not None and abs(stamp.minutes - before.minutes) > DAY_MINUTES // 2:
            day += 1 if stamp.minutes < before.minutes else -1
        days.append(day)
    first = min(days, default=0)
    return [Stamp(s.start, s.end, s.minutes, d - first, s.day) for s, d in zip(stamps, days)]


def candidates(text: str, low: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """``grammar.scan``'s candidates of ``text[start:end]`` and its entry stamps, in text order: the text between
    stamps is scanned on its own, so no expression runs into a stamp ("March 10" on the line above "1645:" is no
    "March 10 1645")."""
    end = len(text) if end is None else end
    at = start
    for stamp in entry_stamps(text, low, start, end):
        yield from scan(text, at, stamp.start, low=low)
        yield Candidate(stamp.start, stamp.end, RULE, _slots(stamp))
        at = stamp.end
    yield from scan(text, at, end, low=low)


def _slots(stamp: Stamp) -> dict[str, str]:
    """A stamp's candidate slots: its minutes and days, and the month, day and year it writes (those it writes)."""
    slots = {"minutes": str(stamp.minutes), "days": str(stamp.days)}
    if stamp.day is not None:
        month, day, year = stamp.day
        slots |= {"month": str(month), "day": str(day)} | ({} if year is None else {"year": str(year)})
    return slots


def is_entry_stamp(mention) -> bool:
    """Is ``mention`` (a ``model.Mention``) a live page's entry stamp: the time its entry was posted, no act's date?"""
    return mention.rule.startswith(RULE + "/")


def other_day(stamp, page_day: dt.date | None) -> dt.date | None:
    """The day of the live page's entry ``stamp`` (a ``model.Mention`` of ``is_entry_stamp``) opens when it is another
    than the page's ``page_day`` (past a midnight the page crossed, or a day the stamp writes), else None: the one
    test both the resolver's deictic words (``resolve.Resolver.enter``) and the entry's undated acts
    (``events.entry_days``) take their entry's day from."""
    day = stamp.date_start
    return day if day is not None and page_day is not None and day != page_day else None
