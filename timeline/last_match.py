"""``last_match``: the last match of a pattern in a stretch of text, for the passes that read back from a point (the
nearest "since", aside opening, passive group or toll before a date or a verb)."""

from __future__ import annotations

import re
from collections import deque


def last_match(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """The last of ``pattern.finditer(text, pos, endpos)``, or None when there is none: the last of the non-overlapping
    matches read from ``pos``, not a search backwards from ``endpos`` (a match that overlaps an earlier one is not
    found, as the loops it replaces did not find it)."""
    last = deque(pattern.finditer(text, pos, endpos), maxlen=1)
    return last[0] if last else None
