"""Dates written in numbers alone: "on 14/3", "on 3/14", "4/3/2024".

Two numbers parted by a slash read month first in US copy ("3/14" is March 14, as TimeBank's gold reads every
"10/30/89") and day first in most of the world ("14/3" is 14 March). A careful reader takes the order only from
what settles it: a part above 12 (it can only be the day), or the order the article's own metadata date is
written in ("30/08/2018": day first; "08/30/2018": month first; "30.08.2018": day first, as dots part dates only
in the countries that write the day first). With a year ("4/3/2024") and nothing to settle it, the date is read
month first, as news in English (and TimeBank) writes it, and flagged. Without a year ("on 3/4") and nothing to
settle it, it is left unread: "3 April or 4 March" is no date to put an event on, and ``timeline dates`` says why
(``left_unread``). "9/11" is the name of the 2001 attacks, never a day of the story's year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..model import Mention
from .grammar import lower, scan

# A metadata date written in numbers: two numbers and a four-digit year, parted by slashes or by dots
_PUBLISHED = re.compile(r"\s*(\d{1,2})([/.])(\d{1,2})\2\d{4}\b")
# Numbers that name an event, not a day: the attacks of 11 September 2001
NAMES = frozenset({"9/11"})
LEFT = "numeric_day/left"  # the rule of a ``left_unread`` line
ASSUMED = "numeric_order: month first, as US copy writes it (nothing in the article says which)"


def order_shown(published: str | None) -> bool | None:
    """Whether the article's metadata date shows its dates written day first (True) or month first (False), or
    None when it shows neither (an ISO date, a written one, "03/04/2019" that reads either way)."""
    match = _PUBLISHED.match(published or "")
    if match is None:
        return None
    if match[2] == ".":
        return True
    first, second = int(match[1]), int(match[3])
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


def month_day(first: int, second: int, day_first: bool | None) -> tuple[int, int, str] | None:
    """The month, the day and why, of two numbers parted by a slash: day first when the first cannot be a month,
    month first when the second cannot be one, else as ``day_first`` says; None when nothing says (or neither can
    be a month)."""
    if first > 12 and second > 12:
        return None
    if first > 12:
        return second, first, "day_first_by_size"
    if second > 12:
        return first, second, "month_first_by_size"
    if day_first is None:
        return None
    return (second, first, "day_first_as_metadata") if day_first else (first, second, "month_first_as_metadata")


def left_unread(text: str, anchor: dt.date | None, *, day_first: bool | None = None,
                found: Iterable[Mention] | None = None) -> list[Mention]:
    """The days of the month in numbers alone ("on 3/4": ``numeric_day``) that ``find_mentions`` leaves unread, each
    as a Mention of no type whose one flag says why: the lines ``timeline dates`` adds, so that a user who wrote
    "on 3/4" learns why it dates nothing and what to write instead. A day whose order is settled but which the
    calendar lacks ("on 31/2") is left too, and said so. ``found``: what ``find_mentions`` gave for the text, when
    the caller has it (``timeline dates``: not read again)."""
    if "/" not in text:
        return []
    if found is None:
        from . import find_mentions

        found = find_mentions(text, anchor, day_first=day_first)
    low = lower(text)
    read = {(m.start, m.end) for m in found}
    left = []
    for cand in scan(text, low=low):
        if cand.rule != "numeric_day" or (cand.start, cand.end) in read:
            continue
        written = text[cand.start:cand.end]
        first, second = int(cand.slots["first"]), int(cand.slots["second"])
        if written in NAMES:
            why = f"{written} names the attacks of 11 September 2001, not a day of the story's year"
        elif first > 12 and second > 12:
            why = "neither number can be a month"
        elif (read_as := month_day(first, second, day_first)) is not None:
            why = f"{written} reads as {_day(read_as[0], read_as[1])}, which the calendar does not have"
        else:
            why = (f"{_day(first, second)} (month first, as US copy writes it) or {_day(second, first)} (day first)? "
                   "No part is above 12, no year is given, and the article's metadata date is not written in "
                   "numbers to show the order: write the month's name")
        left.append(Mention(start=cand.start, end=cand.end, text=written, type="", value="", anchor=anchor,
                            rule=LEFT, flags=(why,)))
    return left


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _day(month: int, day: int) -> str:
    return f"{day} {_MONTHS[month - 1]}"
