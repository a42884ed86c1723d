"""A site's menu that opens a page's text, recognised by its shape: a run of short section names.

A web page's text copied from a browser, or scraped without its markup, opens with the site's menu: "Skip to content
/ Accessibility Help / BBC Account / Home / News / Sport / Weather / ..." one name a line, or "Home | News | Sport |
World" on one line. ``lead_furniture`` finds a menu only when another page of the set opens with the same words, so a
page built alone was named in the list by its menu ("Skip to content"), and the plain-text reader took such a line
for its title. Section names are short (at most ``MAX_WORDS`` words), end in no punctuation a sentence or a headline
with a colon would, and come ``MIN_RUN`` or more in a row: a story's hard-wrapped lines hold more words, and the
venue and time lines of a transcript ("Oval Office", "3:35 P.M. EDT") are two. On one line, ``MIN_RUN`` or more short
names parted by "|", "•", "·", "›" or "»" are one.

It moves only where the title and the lead (the name the page shows for an article) are read: the events are read
from the whole text as before.
"""

from __future__ import annotations

import re

MIN_RUN = 4  # names in a row: "Oval Office" and "3:35 P.M. EDT" open a transcript, two lines
MAX_WORDS = 3  # "Entertainment & Arts", "US & Canada", "World News TV"
MAX_CHARS = 30
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_SEPARATOR = re.compile(r"\s+[|•·›»]\s+")
_ENDS = tuple('.!?:;,"”\'’')  # a sentence, a headline's "Syria crisis:", a quotation


def _name(part: str) -> bool:
    part = part.strip()
    return (0 < len(part) <= MAX_CHARS and len(part.split()) <= MAX_WORDS and not part.endswith(_ENDS)
            and any(c.isalpha() for c in part))


def _menu_line(line: str) -> bool:
    """A whole menu on one line: MIN_RUN names or more parted by a separator."""
    parts = _SEPARATOR.split(line.strip(" \t\r\n|•·›»"))
    return len(parts) >= MIN_RUN and all(_name(p) for p in parts)


def _headline_like(line: str) -> bool:
    """A short line in sentence case ("Syria ceasefire holds"): a lower-case word of four letters or more, which menu
    names, capitalised ("Middle East", "US & Canada"), rarely hold at the run's end."""
    return any(w[:1].islower() and len(w) >= 4 for w in line.split())


def menu_end(text: str, start: int = 0) -> int:
    """Where the text after a menu that opens ``text[start:]`` starts (the start of the line after it); ``start`` when
    it opens with none. Blank lines inside the run are passed over; a last short line in sentence case is the page's
    headline, not the menu's (``_headline_like``)."""
    names, end, last = 0, start, None  # names counted; where the run ends; the last name line (start, text)
    for match in _LINE.finditer(text, start):
        line = match.group()
        if match.start() >= len(text):
            break
        if not line.strip():
            continue
        if _menu_line(line):
            names, last = names + MIN_RUN, None
        elif _name(line):
            names, last = names + 1, (match.start(), line)
        else:
            break
        end = match.end()
    if last is not None and _headline_like(last[1]):
        names, end = names - 1, last[0]
    return end if names >= MIN_RUN else start
