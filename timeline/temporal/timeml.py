"""The TimeML view of our mentions: what a TIMEX3 annotation of the same text has.

``find_mentions`` returns a range ("August 24-27", "from 1991 to 1997") as
one mention with an interval value (``2018-08-24/2018-08-27``) and the flag
``range``, because an event dated by a range needs both ends. TimeML has no
interval values: an annotator tags each end as its own TIMEX3 ("Aug. 26" and
"Oct. 20"; "April 24" and "25"). ``timeml_mentions`` splits ranges that way,
so scoring against TimeML gold and writing TimeML see the same timexes.

"Three days later" is one DATE mention too (an event it dates needs the
day), but TimeML tags the amount alone as a DURATION and leaves "later" out
as a signal: TimeBank does so in all four documents with one ("Three days",
"A few days", "over an hour", "a minute and a half" later), against none.
"A year earlier" stays a DATE, as TimeBank tags it (financial news's
year-ago period and "a year earlier" after a date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import Mention
from .points import Point

# Between the two ends of a range: "24-27", "Aug. 26 to Oct. 20", "April 24 and 25".
# "later" after an amount ("three days later"): a TimeML signal, outside the TIMEX3.
_LATER = re.compile(r"\s+later$", re.I)
_SEPARATOR = re.compile(r"\s*(?:-|\u2013|\u2014)\s*|\s+(?:to|through|until|till|and)\s+", re.I)


def timeml_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions as TimeML would annotate them: each range split into its two ends.

    Each end keeps the range's rule and flags (``range`` among them); its
    value, precision and dates are those of that end alone. A range whose
    text cannot be split at a separator is kept whole.
    """
    result: list[Mention] = []
    for mention in mentions:
        if "range" in mention.flags and "/" in mention.value:
            result.extend(_split(mention))
        elif mention.rule.startswith("ago/") and (later := _LATER.search(mention.text)):
            result.append(_amount(mention, later.start()))
        else:
            result.append(mention)
    return result


def _amount(mention: Mention, later: int) -> Mention:
    """ "Three days later" as TimeML tags it: the DURATION "Three days", "later" (at ``later``) left out (a signal).

    The amount is read by the grammar itself; a mention whose amount reads as no one DURATION ("Days later",
    a bare plural) is kept whole.
    """
    from . import find_mentions  # the package imports this module: import at call time

    head = mention.text[:later]
    found = find_mentions(head, mention.anchor)
    if len(found) != 1 or found[0].type != "DURATION":
        return mention
    amount = found[0]
    return replace(amount, start=mention.start + amount.start, end=mention.start + amount.end,
                   rule=amount.rule + "+later_signal")


def _split(mention: Mention) -> list[Mention]:
    first_value, last_value = mention.value.split("/", 1)
    separator = _SEPARATOR.search(mention.text)
    if separator is None:
        return [mention]
    cut, resume = mention.start + separator.start(), mention.start + separator.end()
    first = replace(mention, end=cut, text=mention.text[:separator.start()], value=first_value,
                    date_end=_end(first_value, mention.date_start))
    last = replace(mention, start=resume, text=mention.text[separator.end():], value=last_value,
                   date_start=_start(last_value, mention.date_end))
    return [first, last]


def _point(value: str) -> Point | None:
    """The day, month or year a simple TimeML date value names."""
    match = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    gran = "day" if match[3] else ("month" if match[2] else "year")
    return Point(gran, dt.date(year, month, day))


def _end(value: str, fallback: dt.date | None) -> dt.date | None:
    point = _point(value)
    return point.end if point else fallback


def _start(value: str, fallback: dt.date | None) -> dt.date | None:
    point = _point(value)
    return point.start if point else fallback
