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


def outside_pull_quotes(events: Sequence[Event], text: str) -> list[Event]:
    """``events`` without those whose trigger, or whose date when no trigger typed them, stands in a pull quote."""
    spans = pull_quote_spans(text) if "End Quote" in text else []
    if not spans:
        return list(events)

    def inside(event: Event) -> bool:
        at = event.trigger_char_start if event.trigger else event.date_char_start
        return at is not None and any(start <= at < end for start, end in spans)

    return [e for e in events if not inside(e)]
