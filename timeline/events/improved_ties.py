"""An effort to improve ties with a named party: "Since 2008, Paris has sought to improve ties with Damascus", "Since
2005, when Washington withdrew its ambassador to Damascus ..., Assad has engineered a rapprochement with the West".

events_gold.md rule 17: such an effort is ``cooperate`` only when the text dates it (a date, or the certain start a
"since" gives, as rule 11 reads it); an undated effort ("as he sought to improve relations with the United States")
is background, no row. The trigger rows are in ``event_triggers.tsv``; a date in reach dates them as it dates any
act (``dating.attach``: "which has sought to improve its relations with the country since 2008"). A "Since 2008,"
that opens the sentence frames its perfect main clause and dates no predicate, so this pass gives it to the effort:
the year the effort is told to have begun. An effort with no date is no event (``undated_effort``, read by
``extract._is_event``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .triggers import DEFINED

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState
    from .predicates import Predicate

# (the verbs of event_triggers.tsv's improve-ties cooperate row, ``improve_effort``, or a rapprochement)
_EFFORT = re.compile(rf"(?:{DEFINED['improve_effort']}|[a-z]+\s+(?:[a-z]+\s+){{0,2}}?rapprochement)\b")
# the sentence opens with the "since" of the date (perhaps after a quote mark)
_OPENING_SINCE = re.compile(r"[\s\"“]*since\s+$")


def undated_effort(p: Predicate) -> bool:
    """Is ``p`` an effort to improve ties (module doc), which is a row only when dated?"""
    return p.type == "cooperate" and p.form == "verb" and _EFFORT.match(p.trigger.text.lower()) is not None


def improved_ties(st: _SentenceState) -> None:
    """The effort to improve ties of a sentence opened by "Since <date>,", dated by that start (module doc)."""
    sent, low = st.sent, st.low
    since = next((m for m in st.dates if _OPENING_SINCE.fullmatch(low, sent.start, m.start)), None)
    if since is None:
        return
    for p in st.preds:
        if p.trigger.start < since.end or not undated_effort(p) or p.quoted or p.negated or p.embedded \
                or st.taken(p.trigger.start):
            continue
        st.record(p, since, basis=since.date_basis)
        return
