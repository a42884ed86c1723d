"""Comparisons of figures: "Syrian crude oil output was around 400,000 bpd in 2010 compared with a peak of around
600,000 bpd in the 1990s". The dates of such a sentence date the figures it compares, not acts: a date there with no
act of its own is no event (``extract._date_only_events``). The measure nouns and the comparing words are data
(``event_cues.tsv``: figure_nouns, figure_comparison)."""

from __future__ import annotations

import re

from ..actors.gazetteer import phrase_alternation
from .cues import CUES

_MEASURE = re.compile(r"\b(?:%s)\b" % phrase_alternation(CUES["figure_nouns"]))
_COMPARED = re.compile(r"\b(?:%s)\b" % phrase_alternation(CUES["figure_comparison"]))
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|percent|per\s+cent|million|billion|bpd|barrels|tonnes|tons)?")


def figures_compared(low: str, start: int, end: int) -> bool:
    """Does the sentence ``low[start:end]`` compare figures: a measure noun, a number before the comparing words and
    one after them?"""
    compared = _COMPARED.search(low, start, end)
    if compared is None or _MEASURE.search(low, start, end) is None:
        return False
    numbers = [m for m in _FIGURE.finditer(low, start, end) if not _year(m.group())]
    return any(m.end() <= compared.start() for m in numbers) and any(m.start() >= compared.end() for m in numbers)


def _year(number: str) -> bool:
    """A bare year ("2010"), which dates a figure and is none."""
    return re.fullmatch(r"(?:1[89]|20)\d\d", number.strip()) is not None
