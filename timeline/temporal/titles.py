"""Time words that are part of a programme's or a film's title, not a time.

"Baker said on ABC-TV's "This Week" that ...", "Gonzalez said on CBS's
''60 Minutes''", "the CBS news program 60 Minutes", "Gary Cooper in the
film ``High Noon''": the capitalized "Week", "Minutes" and "Noon" name a
show, as "the Sunday Times" names a newspaper (``relative_rules``). A
candidate is such a title when a broadcaster (ABC, CBS, NBC, CNN, PBS, NPR,
BBC, Fox, with "News", "TV" or "Radio" and a possessive) or a word for a show
("program", "show", "film", "movie", "series") comes right before it, through
an opening quote and at most two capitalized words of the title ("High"), and
the candidate itself capitalizes a word that is lower case in running text
(a unit or a part of the day, not a weekday or a month: "told CNN Sunday" is
a day). TimeML tags expressions that refer to a time; a title refers to a
show.
"""

from __future__ import annotations

import re

from .lexicon import MONTHS, WEEKDAYS

_CUE = re.compile(
    r"(?:\b(?:ABC|CBS|NBC|CNN|PBS|NPR|BBC|Fox)(?:[- ](?:News|TV|Radio|television))?(?:'s|'|\u2019s|\u2019)?"
    r"|\b(?:[Pp]rogram(?:me)?|[Ss]how|[Ff]ilm|[Mm]ovie|[Ss]eries))"
    r"\s*(?:``|''|[\"\u201c'])?\s*(?:[A-Z][\w'-]*\s+){0,2}$")
_WORD = re.compile(r"[A-Za-z]+")
_PROPER = set(MONTHS) | set(WEEKDAYS)


def in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is (part of) a programme or film title after its broadcaster or kind."""
    words = _WORD.findall(text[start:end])
    if not any(w[0].isupper() and w.lower() not in _PROPER and w.lower() != "this" for w in words):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return _CUE.search(text, max(0, start - 40), start) is not None
