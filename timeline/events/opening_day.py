"""An opening time phrase whose noun takes a clause of its own: "On the day he declared an amnesty for political
prisoners, activists said security forces killed dozens of civilians in Rastan".

The phrase's verb is the time's, no verb of the main clause: the reporting verb after its comma frames the sentence
(``speech.frame_and_content``, ``DAY_OF_CLAUSE``), and the phrase's act is an event of its own beside what the frame
reports (``opening_day_act``: Assad's amnesty as well as the killings the activists report).
"""

from __future__ import annotations

import re

from ..cue_words import run_class
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "On the day he declared ...", "On the same day the army stormed ...", "In the week that Syria agreed ...": a
# preposition, "the", a time noun, its clause (up to the comma the caller gives)
DAY_OF_CLAUSE = re.compile(r"(?:on|in|during)\s+the\s+(?:same\s+|very\s+)?(?:day|night|morning|afternoon|evening|week|"
                           r"eve)\s+(?:that\s+|when\s+)?(?:he|she|they|it|the\s+\w+|[a-z]+)\s+" +
                           run_class(r",;:\"“”") + r"{3,120}")


def opening_end(low: str, start: int, end: int) -> int:
    """Where the main clause opens after an opening time phrase with a clause of its own (its comma + 1), else
    ``start``."""
    if DAY_OF_CLAUSE.match(low, start) is None:
        return start
    comma = low.find(",", start, end)
    return comma + 1 if comma > 0 and DAY_OF_CLAUSE.fullmatch(low, start, comma) else start


def opening_day_act(st: _SentenceState, is_event: Callable) -> None:
    """The act of an opening "On the day he declared an amnesty," (its first verb, reported, not a saying), when no
    pass made it: of the subject of its own clause, on the day a report takes."""
    if st.heading:
        return
    low, sent = st.low, st.sent
    end = opening_end(low, sent.start, sent.end)
    if end == sent.start:
        return
    q = next((p for p in st.preds if sent.start <= p.trigger.start < end and p.form == "verb" and not p.quoted
              and not p.reporting and not p.negated and p.status == "reported"), None)
    if q is None or q.trigger.start in st.claimed_starts or not is_event(q, sent, st.builder) \
            or any(e.trigger == q.trigger.text and e.char_start == sent.start for e in st.builder.events[st.first:]):
        return
    st.record(q, **st.on_day(st.basis(q)))
