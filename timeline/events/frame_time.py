"""The time a saying is told at, right after its verb: "said on Wednesday", "told reporters on Thursday", "said late
Friday", and the time of day beside the day or alone, "said at 10:30 on Wednesday", "said on Wednesday at 10:30 GMT",
"said on Wednesday afternoon", "said at 10 a.m. local time on Wednesday", "said at 0800 GMT".

The one reading of a saying's own time (``frame_day``): what the frame reports starts after it (so its pronoun subject
is the speaker's, "Turkey said at 10:30 on Wednesday it would impose sanctions": Turkey's plan), an unnamed source with
such a time keeps it, a closing frame looks past it, and a bare subject may follow it ("said Saturday government forces
had ..."). Until the forty-sixth session's ``time52`` a clock beside the day ended the reading at the verb, so the
reported clause began with the clock, its pronoun was read as no one's and the saying's time dated the plan.
"""

from __future__ import annotations

import re

from ..temporal.grammar import CLOCK_TIME, TZ, unnamed
from ..temporal.lexicon import WEEKDAYS

# the weekday names of the lexicon as a regular expression's alternatives, longest first ("tuesday" before "tues")
WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# a saying's clock, lower case ("at 10:30", "at 10 a.m. local time", "at 0800 GMT", "shortly after noon", "at 10 a.m. (0700 GMT)"):
# the time-of-day forms of the temporal grammar's "clock" rule (``grammar.CLOCK_TIME``, so the two cannot drift), after a
# preposition of the time a verb is done at, with a zone and a zone's clock in brackets
CLOCK = (r"(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+"
         r"(?:(?:about|around|approximately)\s+)?"
         + unnamed(CLOCK_TIME)
         + r"(?:\s+%s)?(?:\s*\((?:[01]?\d|2[0-3]):?[0-5]\d\s+%s\))?" % (TZ, TZ))
# the day, with a clock before or after it or a part of the day after it, or a clock alone (the story's day); not a day
# a comma follows ("said Saturday, adding") nor one that owns a noun ("said Wednesday's talks")
SAID_TIME = (r"(?:(?:%s\s+)?(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:%s|today|yesterday|tonight|"
             r"(?:earlier\s+)?this\s+week|last\s+week)\b(?:\s+(?:morning|afternoon|evening|night)\b)?"
             r"(?:\s+%s)?|%s)" % (CLOCK, WEEKDAY, CLOCK, CLOCK))
FRAME_DAY = re.compile(r"\s+%s(?!\s*,|['’]s)" % SAID_TIME)
ADDRESSEE = re.compile(r"(?:\s+(?:reporters|journalists|the\s+press|the\s+media|reuters|parliament|lawmakers|"
                       r"(?:a|the)\s+news\s+(?:conference|briefing)))?")


def frame_day(low: str, end: int) -> tuple[int, int] | None:
    """The day (and time) right after a saying verb that ends at ``end``, past its addressee ("said on Wednesday",
    "told reporters on Thursday", "said late Friday", "said at 10:30 on Wednesday"): its span (from the space before
    it), or None."""
    day = FRAME_DAY.match(low, ADDRESSEE.match(low, end).end())
    return day.span() if day is not None else None
