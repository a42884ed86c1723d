"""Readers' comments: where a scraped page's comment section begins.

Pages scraped whole carry the readers' comments under the story ("10th March 2012 - 11:19 In ten years
we'll be looking back at this in shame ...", "At 08:52 13th Jun 2012, smartsceptic wrote: ..."). Read as
story, each comment is a statement or an accusation on the article's date, by whoever it names, and its
dates land a year off (a comment posted after the article speaks of days the article's anchor does not
know). From the first line that opens a comment section on (``resources/comment_markers.txt``), the
text gives no events and no actors; its dates are still listed by ``timeline dates``, and articles.csv
flags the cut.

    >>> comments_start("Assad spoke on Friday.\\n10th March 2012 - 11:19 What a shame.")
    23
    >>> comments_start("Assad spoke on Friday.") is None
    True
"""

from __future__ import annotations

import re
from importlib import resources


def _load() -> str:
    text = resources.files("timeline.resources").joinpath("comment_markers.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return "|".join(f"(?:{line})" for line in lines)


_MARKER = _load()
_SECTION = re.compile(rf"^[ \t]*(?=(?:{_MARKER}))", re.M)


def comments_start(text: str) -> int | None:
    """The offset of the first line that opens a readers' comment section, or None."""
    m = _SECTION.search(text)
    return m.end() if m else None
