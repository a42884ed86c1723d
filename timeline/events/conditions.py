"""Conditions and the harm they foretell: when is a reported clause a warning?

"said his country would descend into civil war if he were forced to quit" warns of harm under a condition. Not every
"if" is a condition ("even if there is a civil war", "asked if a massacre was possible", "if not directed by,
certainly influenced by"), a past conditional is a counterfactual ("the massacre would have happened"), and harm named
inside the condition is what the act answers, not what it threatens ("contingency plans to create buffer zones ...
if the bloodshed worsens"). Word lists in ``event_cues.tsv``.
"""

from __future__ import annotations

import re

from .cues import CONDITION, PHRASE_CLOSE, phrases

_HARM = phrases("harm")
_NONE = phrases("condition_none")
_COUNTERFACTUAL = phrases("counterfactual")
_CONCESSION = re.compile(r"if\s+not\s+[^,;.]{1,40},\s+" + phrases("concession_hedge").pattern)


def conditions(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the real conditions of ``low[start:end]``: from the condition word to the end of its clause."""
    spans = []
    skip = [m.span() for m in _NONE.finditer(low, start, end)]
    for m in CONDITION.finditer(low, start, end):
        if any(a <= m.start() < b for a, b in skip) or _CONCESSION.match(low, m.start(), end):
            continue
        stop = PHRASE_CLOSE.search(low, m.end(), end)
        spans.append((m.start(), stop.start() if stop else end))
    return spans


def warns_of_harm(low: str, start: int, end: int) -> bool:
    """Does ``low[start:end]`` foretell harm under a condition ("would descend into civil war if he were forced to
    quit", "if we let things slide, we will be at the brink of a civil war")?"""
    if _COUNTERFACTUAL.search(low, start, end):
        return False
    spans = conditions(low, start, end)
    return bool(spans) and any(not any(a <= h.start() < b for a, b in spans) for h in _HARM.finditer(low, start, end))
