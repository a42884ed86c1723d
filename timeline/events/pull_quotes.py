"""BBC pull quotes: a quote the web page prints large beside the story, which gives no event.

A scraped BBC page runs the pull quote into the text as a line of its own that ends on the page's "End Quote" marker,
with the speaker's name and title and the next story sentence glued after it ('(Iran) is actively engaged in
supporting the (Syrian) government in perpetrating the violence" End Quote Susan Rice US Ambassador to UN "Their
common strategic goals ...'). The quote retells a saying the story tells in its own place, or one it leaves out: page
furniture, which the gold sets give no row (BBC convention 1 of events_gold_bbc.md; fresh14, fresh30, fresh31,
fresh33). An act whose trigger (or, for a date alone, whose date) stands in the quote is no event; the name, title
and story sentence after the marker are read as before (where the story sentence starts after the title is not
known, so the part is not cut out of its sentence).

The quote runs from its line's start to the marker ("... steps\" End Quote"); when the marker opens its line, the
line before is the quote if it ends one it never opened ('The bathrooms are dirty, and the water is so hot."' then
"End Quote Ahmad Syrian refugee, ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Event

_MARKER = re.compile(r"^([^\n]*?)\bEnd Quote\b", re.MULTILINE)
_QUOTES = '"“”'


def pull_quote_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the pull quotes in ``text``, each through its "End Quote" marker."""
    spans = []
    for m in _MARKER.finditer(text):
        start = m.start()
        if not m.group(1).strip() and start > 0:
            line_start = text.rfind("\n", 0, start - 1) + 1
            line = text[line_start:start - 1].rstrip()
            if line[-1:] in _QUOTES and sum(line.count(q) for q in _QUOTES) % 2 == 1:
                start = line_start
        spans.append((start, m.end()))
    return spans


# a pull quote the page prints with no "End Quote" marker: a line that ends on a closing quote it never opened, glued to
# the next story sentence ('Recourse to the UN is a scenario long espoused by much of the Syrian opposition ... the rest
# of the country" He argued that ...'), whose words the story prints again in their own place (``repeated_quote_spans``)
_UNMARKED = re.compile(r"^([^\n\"“”]{60,400}?)[\"”][ \t]+(?=[A-Z])", re.MULTILINE)
_REPEAT_KEY = 80  # the characters of the quote's opening that must stand again elsewhere in the text


def repeated_quote_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the unmarked pull quotes in ``text`` (``_UNMARKED``) whose first ``_REPEAT_KEY``
    characters the text prints again: the story's own sentence, which the quote repeats, keeps its events."""
    spans = []
    for m in _UNMARKED.finditer(text):
        key = m.group(1)[:_REPEAT_KEY]
        if text.find(key, m.end()) >= 0 or text.rfind(key, 0, m.start()) >= 0:
            spans.append((m.start(), m.end(1) + 1))
    return spans


def outside_pull_quotes(events: Sequence[Event], text: str) -> list[Event]:
    """``events`` without those whose trigger, or whose date when no trigger typed them, stands in a pull quote, marked
    ("End Quote") or repeated (``repeated_quote_spans``)."""
    spans = (pull_quote_spans(text) if "End Quote" in text else []) + repeated_quote_spans(text)
    if not spans:
        return list(events)

    def inside(event: Event) -> bool:
        at = event.trigger_char_start if event.trigger else event.date_char_start
        return at is not None and any(start <= at < end for start, end in spans)

    return [e for e in events if not inside(e)]
