"""A sentence the article prints again word for word gives its rows once, at its first telling.

A scraped page repeats a lead, a paragraph or a pull quote ("The Bush administration officially praised the Taliban for
helping to eradicate Afghanistan's poppy crop about 6 months before the Sept 11 attacks." twice in one Reuters page; a
joint statement's "Cooperation on mid- and long-term strategic semiconductor issues will begin in the relevant TTC
working groups ..." in two of its sections): the same words tell the same act, and the chronology says it once. The
rows of a sentence whose text (spaces and quote marks aside) an earlier sentence of the article that kept rows already
has are dropped, so the kept rows point at the first telling. A short sentence is said again as a new act ("Thank you
very much." in a transcript's every turn), so only a sentence of ``_MIN_WORDS`` words or more counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Event

_MIN_WORDS = 8
_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _key(sentence: str) -> str | None:
    """The sentence's text as its repeat must match it, or None for a sentence too short to count."""
    words = _SPACE.sub(" ", sentence.translate(_QUOTE_MARKS)).strip()
    return words if words.count(" ") + 1 >= _MIN_WORDS else None


def once_per_sentence(events: Sequence[Event]) -> list[Event]:
    """``events`` without the rows of a sentence an earlier sentence of the article (one that kept rows) repeats word
    for word."""
    keys = [_key(e.sentence) for e in events]  # (once per event, for both passes)
    first: dict[str, int] = {}  # a sentence's text -> where its first telling with rows starts
    for e, key in zip(events, keys):
        if key is not None and e.char_start < first.get(key, e.char_start + 1):
            first[key] = e.char_start
    return [e for e, key in zip(events, keys) if key is None or first[key] == e.char_start]
