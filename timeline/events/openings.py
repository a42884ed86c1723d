"""A visit named in an opening phrase the sentence builds on is an event of its own.

"Building on the Vice President's visit to Palawan, where she launched new initiatives ..., the Vice President and
President Marcos discussed ...": the visit to Palawan is an act its owner made, undated when the phrase gives no day
(events_gold_fresh9.md, rule 1 (c)). Run by ``extract._sentence_events`` after the sentence's main event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# an opening phrase that builds on or follows an earlier act: "Building on the Vice President's visit to Palawan, ..."
_BUILDING_ON = re.compile(r"[\s\"“—–-]*(?:building\s+(?:up)?on|following\s+(?:up\s+)?on|following|after)\s+(?:the\s+)?")


def opening_visit(st: _SentenceState) -> None:
    """A visit its owner made, named in an opening phrase the sentence builds on ("Building on the Vice President's visit
    to Palawan, where she launched new initiatives ..., the Vice President and President Marcos discussed ..."): an event
    of its own, undated when the phrase gives no day (events_gold_fresh9.md, rule 1 (c))."""
    if st.heading:
        return
    done, low, sent = st.done(), st.low, st.sent
    opening = _BUILDING_ON.match(low, sent.start)
    if opening is None:
        return
    comma = low.find(",", opening.end(), sent.end)
    for p in st.preds:
        if p.type != "visit" or p.form != "noun" or not p.owned or p.quoted or p.status != "reported" \
                or p.trigger.start in done or not opening.end() <= p.trigger.start < (comma if comma > 0 else sent.end):
            continue
        # (a visit of one of the day's meeting is no retelling of that meeting: not ``extract._is_event``'s test)
        if st.builder.parties(sent, p)[0]:
            st.record(p, basis=undated())
