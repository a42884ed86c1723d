"""What the rule families of the resolver share: the ``Resolved`` record and
the word tables that say how a modifier or a relative word reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .points import Point

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
# TimeML values of a unit whose place in time is unknown (no anchor): "last week" -> XXXX-WXX.
UNDERSPECIFIED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                  "quarter": "XXXX-QX", "season": "XXXX-XX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX",
                  "century": "XX", "millennium": "X", "time": "XXXX-XX-XX"}
# The flag of an anaphor ("the next day", "a year earlier") read before any date was mentioned.
NO_ANTECEDENT = "no_antecedent: no earlier date in the text, counted from the anchor"
# Relative words: which way they move from the anchor or the last date.
BACK = {"last", "past", "previous", "the past", "the last", "the previous", "this past", "the prior",
        "the preceding", "the most recent", "latest", "the latest"}
AHEAD = {"next", "coming", "the next", "the coming", "following", "the following", "this coming"}
SAME = {"this", "current", "the current", "the present", "the same", "that", "the"}
ANAPHORIC = {"the previous", "the following", "the prior", "the preceding", "the same", "that same", "that", "following",
             "previous"}

# A count or a plural noun right before "a year" makes a rate ("$1.76 a year", "four flights a
# week"), not a period; function words ending in -s ("as long as a month") do not.
RATE_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|cents?|dollars?|percent|times|once|twice|"
                         r"thrice|(?!(?:as|was|is|has|does|this|its|his|hers|ours|us|yes|thus|plus|less|unless|across|"
                         r"perhaps|always|towards|besides|whereas)\s)[a-z]+s))\s+\Z")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


@dataclass(slots=True)
class Resolved:
    """What a rule method returns: the TimeML type and value, the calendar unit(s)
    behind the value, and how it was reached (``how`` becomes part of ``Mention.rule``)."""

    type: str
    value: str
    point: Point | None = None
    end_point: Point | None = None  # for ranges
    mod: str | None = None
    how: str = ""
    flags: tuple[str, ...] = ()
    sets_ref: bool = True  # False for values counted from the last date (they do not move it)
    start: int | None = None  # a later start than the candidate's, when a leading word is not part of the timex


def coarser(a: str, b: str) -> bool:
    """Whether granularity ``a`` is coarser than ``b`` (a year is coarser than a month)."""
    order = ["time", "partofday", "day", "weekend", "week", "month", "season", "quarter", "half", "year",
             "decade", "century", "millennium"]
    return order.index(a) > order.index(b)
