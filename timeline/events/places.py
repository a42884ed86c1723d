"""Where an event happened: a place phrase attached to its predicate.

"held talks in Sochi", "met ... in Jakarta", "at the UN Security Council".
Only a phrase right after the predicate (or beside the date) counts, and not
one that hangs on a noun ("the situation in Idlib", "troops in Syria"):
those say what the event was about, not where it was.
"""

from __future__ import annotations

import re

from ..temporal.lexicon import MONTHS, WEEKDAYS

WINDOW_AFTER_TRIGGER = 90  # characters after the predicate in which its place phrase may stand
WINDOW_AROUND_DATE = 40

_PLACE_PP = re.compile(
    r"(?<![\w-])(?P<prep>in|at)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’.\-]*)(?:\s+(?:of|de|del|es|al|la|el|on|upon|am)?\s*[A-Z][\w'’.\-]*){0,4})"
)
# Nouns a place phrase hangs on when it is the topic, not the venue.
_TOPIC_NOUNS = re.compile(
    r"(?:situation|crisis|conflict|war|offensive|operation|province|region|escalation|violence|civilians|"
    r"militants|terrorists|troops|forces|presence|interests|peace|settlement|reconciliation|attacks?|"
    r"strikes?|fighting|clashes|elections?|developments|events|stability|security|infrastructure|"
    r"people|population|refugees|groups?|units|zone|areas?|positions|bases?|targets?|embassy|role|"
    r"policy|involvement|investments?|operations|sanctions|spill|situation)\s*$",
    re.IGNORECASE,
)
_NOT_PLACES = {w.capitalize() for w in list(MONTHS) + list(WEEKDAYS)} | {"The", "A", "An", "This", "That", "Our"}


def place_near(text: str, lo: int, hi: int, sentence_end: int) -> tuple[str, int] | None:
    """The first venue phrase starting in text[lo:hi] (not past the sentence end)."""
    for match in _PLACE_PP.finditer(text, lo, min(sentence_end, hi + 60)):
        if match.start() >= hi:
            break
        place = match.group("place").rstrip(".,")
        words = place.split()
        for k, word in enumerate(words):  # "the State Department on Monday": the place ends before the date
            if k and (word in _NOT_PLACES or word.lower() in ("on", "upon")):
                place = " ".join(words[:k])
                break
        first = place.split()[0]
        if first in _NOT_PLACES or re.fullmatch(r"[\d\W]+", place):
            continue
        before = text[max(0, match.start() - 30):match.start()]
        if _TOPIC_NOUNS.search(before):
            continue
        return place, match.start("place")
    return None
