"""A present-tense saying about one act the story dates: the day's saying, not a standing position.

Rule 6 reads a saying in the simple present in the body of wire or web copy as a position held over time ("Syria
blames the violence on armed groups"): undated. The lead decided in the thirty-first session (``events_gold.md``, rule
6's last paragraph) that a present saying whose content is **one act the story dates** is a response to that act and
news of the day: "Both the LCC and the Observatory blame the pro-government Shabiha militia for the attack" (the attack
of the night before), "The White House says the killing in Damascus of three top figures ... on Wednesday showed
Assad was losing control". So ``one_dated_act`` holds when the clause after the verb names a single act by a definite
noun ("the attack", "the bombing", "Friday's massacre") and either gives it a day there or follows an act of force
the story has already dated. Not a month's or a campaign's acts: "the violence", "the unrest", "the deaths", "the
killings", "such attacks", "crimes against humanity this month" stay standing.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Event, Mention
from .predicates import FORCE_TYPES

# one act, by a definite singular noun: "the attack", "the car bomb attack", "Friday's massacre", "the killing of ..."
_ONE_ACT = re.compile(
    r"\b(?:the|this|that|yesterday's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|killing|massacre|bombing|shooting|blast|explosion|ambush|assassination|raid)"
    r"(?![\w-])(?!\s+(?:on|against)\s+(?:protesters|civilians|demonstrators)\b)")
# a clause's end: a sentence end, a semicolon, a line end
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\n")
_DAY_PRECISION = frozenset({"day", "partofday", "time"})


def one_dated_act(low: str, after: int, earlier: Sequence[Event], mentions: Sequence[Mention] = ()) -> bool:
    """Does the clause from ``after`` (a present saying's verb end) name one act the story dates: a definite singular
    act noun, with a day of its own in the clause (``mentions``) or after an act of force dated to a day in the story
    (``earlier``, the article's events so far)?"""
    end = _CLAUSE_END.search(low, after, after + 400)
    stop = end.start() if end else min(len(low), after + 400)
    act = _ONE_ACT.search(low, after, stop)
    if act is None:
        return False
    if any(act.end() <= m.start < stop and m.precision in _DAY_PRECISION and m.date_start is not None
           for m in mentions):
        return True  # "says the killing in Damascus of three top figures ... on Wednesday showed ..."
    return any(e.event_type in FORCE_TYPES and e.precision in _DAY_PRECISION and e.date_basis == "explicit"
               for e in earlier)
