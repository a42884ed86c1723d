"""Datelines: where and when a wire story was filed.

    WASHINGTON, August 30. /TASS/.          IGORA /Leningrad Region/, December 26. /TASS/.
    BEIRUT (Reuters) -                      WASHINGTON (AP) —
    PARIS, Jan 5 (AFP) -                    MOSCOW, Dec. 1, 2018 (Reuters) -
    NAIROBI, Kenya (AP) _                   NICOSIA, August 8 (Xinhua) --
    SANAA/CAIRO (Reuters) -                 MIAMI _          (Undated)
    BEIRUT | Mon Mar 21, 2011 3:30 pm GMT BEIRUT (Reuters) -     (a Reuters web header)
    MOSCOW, August 30. Russian ...          UNITED NATIONS, Sept 5 - The ...   (no agency)

``parse_dateline(text)`` finds the first one near the top of the text, even
behind a headline or a photo caption, and says where the story body begins.
A dateline signed by an agency may stand anywhere in the opening; one with
no agency ("MIAMI _", "WASHINGTON --") must open a line, and one with no
place ("(Reuters) -") must open a line or follow a date or time stamp, so
that "(Reuters)" in a sentence is not taken for one. One with no agency that
runs on into its story ("MOSCOW, August 30. Russian ...", "UNITED NATIONS,
Sept 5 - The ...") reads like the start of a sentence, so it needs a place in
capitals, a day, and ". " before a capital or a dash, and it must open the
text or the line after its title: "Moscow, August 30 is ..." and "On August
30, ..." are not datelines. A Reuters web header or time stamp before the dateline ("Wed May 4, 2011 2:20 pm BST") gives the
date the dateline leaves out.
"""

from __future__ import annotations

import re
from importlib import resources

from .model import Dateline
from .temporal.lexicon import MONTHS, WEEKDAYS, alternation

SEARCH_LIMIT = 2500  # characters from the top in which a dateline may stand


def _agencies() -> list[str]:
    text = resources.files("timeline.resources").joinpath("agencies.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


AGENCY = alternation(_agencies())
_MONTH = "(?:" + "|".join(sorted({w.capitalize() for w in MONTHS} | {w.upper() for w in MONTHS}, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(sorted({w.capitalize() for w in WEEKDAYS}, key=len, reverse=True)) + r")\.?"
# An upper-case place: WASHINGTON, DAR ES SALAAM, O'SMACH, THE HAGUE, UNITED NATIONS
_TZ = r"(?:GMT|UTC|BST|[ECMP][SD]T|IST|CET|CEST|EET|EEST|MSK|JST|HKT|SGT|AE[SD]T)"
_PLACE = rf"(?<![A-Za-z])(?!{_TZ}\b)(?P<place>[A-Z][A-Z'’.\-]*+(?:[ \-/][A-Z][A-Z'’.\-]*+){{0,3}})(?![A-Za-z])"
_REGION = r"(?:\s*/(?P<region>[^/\n]{1,60})/)?"
_SUBWORD = r"[A-Z][a-zA-Z]*+\.?(?:[A-Z][a-zA-Z]*+\.?){0,3}"
_SUB = rf"(?:,\s*(?P<sub>{_SUBWORD}(?:[ \-]{_SUBWORD}){{0,3}}))?"
_DAY = (rf"(?P<date>(?:(?P<weekday>{_WEEKDAY}),?\s*)?(?P<month>{_MONTH})\s*(?P<day>\d{{1,2}})"
        rf"(?:,\s*(?P<year>\d{{4}}))?)")
_DATE = rf"(?:,?\s*{_DAY})?"

_TASS = re.compile(rf"{_PLACE}{_REGION}{_SUB}{_DATE}\s*\.?\s*/(?P<agency>(?:ITAR-)?TASS)/\s*\.?")
_PAREN = re.compile(rf"(?:{_PLACE}{_REGION}{_SUB}{_DATE}\s*)?\(\s*(?P<agency>{AGENCY})\s*\)[\"”]?\s*(?:--|[-–—_:])")
_PLAIN = re.compile(rf"(?m:^)[ \t]*{_PLACE}{_SUB}{_DATE}\s*(?:--|[—–_])")
# "MOSCOW, August 30. Russian ...", "UNITED NATIONS, Sept 5 - The ...": no agency, so a day and a
# terminator are required (". " before a capital, or a dash), and it must open the story.
_BARE = re.compile(rf"[ \t]*{_PLACE}{_SUB},[ \t]*{_DAY}(?:\.(?=\s+[A-Z\"“‘'])|[ \t]*(?:--|[—–]|-(?=\s)))")
# "BEIRUT | Mon Mar 21, 2011 3:30 pm GMT", "ANKARA, Sept 21 | Wed Sep 21, ...", "Wed May 4, 2011 2:20 pm BST"
_PIPE = re.compile(
    rf"(?:{_PLACE}(?:,\s*[A-Z][a-zA-Z.]*)?)?(?:,?\s*{_MONTH}\s*\d{{1,2}})?\s*\|?\s*"
    rf"(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<month>{_MONTH})\s+"
    rf"(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})\s+\d{{1,2}}:\d{{2}}\s*[ap]m\s+[A-Z]{{2,4}}")
_UNDATED = re.compile(r"(?m:^)\s*(?P<undated>\(Undated\))")
# What may stand before a dateline with no place on its line: nothing, or a date or time stamp.
_STAMP_END = re.compile(rf"(?:\b{_TZ}|\d)\s*$")
_PARTICLES = {"es", "de", "del", "da", "al", "el", "la", "le", "of", "the", "du", "di", "van", "von", "on", "upon"}


def _place_name(raw: str | None) -> str | None:
    """'WASHINGTON' -> 'Washington', 'DAR ES SALAAM' -> 'Dar es Salaam'."""
    if not raw:
        return None
    words = re.split(r"(\s+|-|/)", raw.strip())
    out = []
    for i, word in enumerate(words):
        if not word.strip() or word in "-/":
            out.append(word)
        elif i > 0 and word.lower() in _PARTICLES:
            out.append(word.lower())
        elif len(word) <= 3 and word.endswith(".") or (len(word) <= 3 and "." in word):
            out.append(word)  # N.Y., D.C.
        else:
            # O'SMACH -> O'Smach
            out.append("'".join(part[:1].upper() + part[1:].lower() for part in word.split("'")))
    return "".join(out)


def _fields(match: re.Match) -> dict:
    g = match.groupdict()
    month = MONTHS.get(g["month"].rstrip(".").lower()) if g.get("month") else None
    day = int(g["day"]) if g.get("day") else None
    if month and day and not 1 <= day <= 31:
        month = day = None
    weekday = g.get("weekday")
    return {
        "place": _place_name(g.get("place")),
        "agency": g.get("agency"),
        "date_text": g.get("date").strip() if g.get("date") else None,
        "year": int(g["year"]) if g.get("year") else None,
        "month": month,
        "day": day if month else None,
        "weekday": WEEKDAYS.get(weekday.rstrip(".").lower()) if weekday else None,
    }


def _looks_like_place(match: re.Match) -> bool:
    place = match.group("place")
    if place is None:
        return True
    # A shouted headline is not a place.
    return len(place) <= 40 and place.strip(".-'’/") != ""


def _opens_story(match: re.Match, head: str) -> bool:
    """A dateline with no place ("(Reuters) -") opens its line or follows a date stamp."""
    if match.group("place") is not None:
        return True
    before = head[head.rfind("\n", 0, match.start()) + 1:match.start()]
    return not before.strip() or _STAMP_END.search(before) is not None


def _opening_lines(head: str, count: int = 2) -> list[int]:
    """Where the first ``count`` lines with text begin: the story, or a title and the story."""
    starts = []
    for line in re.finditer(r"(?m)^[^\n]*\S", head):
        starts.append(line.start())
        if len(starts) == count:
            break
    return starts


def _bare(head: str) -> re.Match | None:
    """A dateline with neither agency nor line of its own ("MOSCOW, August 30. Russian ..."), which
    looks like the start of many a sentence: only the first line, or the line after a title, may open with one."""
    for start in _opening_lines(head):
        match = _BARE.match(head, start)
        if match and _looks_like_place(match) and len(match.group("place")) >= 3:
            return match
    return None


def _body_start(text: str, end: int) -> int:
    """The first character of the story after a dateline ending at ``end``."""
    while end < len(text) and text[end] in " \t\r\n-–—_:":
        end += 1
    return end


def parse_dateline(text: str) -> Dateline | None:
    """The dateline near the top of ``text``, or None."""
    head = text[:SEARCH_LIMIT]
    found: re.Match | None = None
    for pattern in (_TASS, _PAREN):
        for match in pattern.finditer(head):
            if _looks_like_place(match) and _opens_story(match, head):
                if found is None or match.start() < found.start():
                    found = match
                break
    if found is None:
        found = _bare(head)
    if found is None:
        for match in _PLAIN.finditer(head):
            if _looks_like_place(match) and len(match.group("place")) >= 3:
                found = match
                break
    if found is None:
        undated = _UNDATED.match(head)
        if undated:
            start, end = undated.span("undated")
            return Dateline(start=start, end=end, body_start=_body_start(text, end), place=None, agency=None)
        return None
    fields = _fields(found)
    start = found.start("place") if found.group("place") else found.start()
    end = found.end()
    body_start = _body_start(text, end)
    # A Reuters web header (or bare time stamp) before the dateline carries the full date.
    if fields["year"] is None:
        for pipe in _PIPE.finditer(head, 0, start + 1):
            pipe_fields = _fields(pipe)
            if fields["month"] is None or (fields["month"], fields["day"]) == (pipe_fields["month"], pipe_fields["day"]):
                for key in ("year", "month", "day", "weekday", "date_text"):
                    fields[key] = pipe_fields[key]
                fields["date_text"] = pipe.group(0)[pipe.start("weekday") - pipe.start():].strip()
                if fields["place"] is None:
                    fields["place"] = pipe_fields["place"]
                fields["stamp_start"] = pipe.start() + len(pipe.group(0)) - len(pipe.group(0).lstrip())
            break
    return Dateline(start=start, end=end, body_start=body_start, **fields)
