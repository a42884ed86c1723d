"""The purpose of working with a partner is a second act of the worker's.

"Britain will work with donors such as Norway and Canada to provide humanitarian aid to Sudan" tells of planned
cooperation and of planned aid, Britain to Sudan, of the same status and day as the cooperation. Run by
``extract._sentence_events`` after the sentence's main event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .basis import CONSULT
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# what lies between a verb of working with a partner and the infinitive of its purpose: the partners, no clause break
_JOINT_PURPOSE = re.compile(r"[^,;:()\"“”—–]*?\sto\s+")


def purpose_of_joint_work(st: _SentenceState, is_event: Callable[..., bool]) -> None:
    """The purpose of working with a partner is a second act of the worker's, of the same status and day: "Britain
    will work with donors such as Norway and Canada to provide humanitarian aid to Sudan" (planned cooperation, and
    planned aid, Britain to Sudan). Only an act of another family than the cooperation, a consultation, a statement
    (the purpose of a call, "spoke with Macron to discuss aid", is no row in the gold sets) or force ("to fight
    poverty", "to combat terrorism": a cause, no act of war), with a party of its own besides the partners (not "will
    continue to work with Israel to expand deliveries by land": events_gold_fresh6.md codes the work alone), and only its infinitive
    right after the partners, with no verb between. ``is_event`` is the driver's test of an undated act
    (``extract._is_event``)."""
    if st.heading:
        return
    builder, low = st.builder, st.low
    for e in list(builder.events[st.first:]):
        if e.event_type != "cooperate" or e.actor1 is None:
            continue
        p = next((q for q in st.preds if q.form == "verb" and q.trigger.text == e.trigger), None)
        if p is None:
            continue
        for q in st.preds:
            if q.trigger.start <= p.end:
                continue
            if q.form in ("verb", "report") and not _JOINT_PURPOSE.fullmatch(low, p.end, q.start):
                break  # the first verb after the cooperation is its purpose, or there is none
            if q.form != "verb" or not q.embedded or q.quoted or q.negated or q.topic \
                    or q.family in (CONSULT, "statement", "cooperate") or q.family in FORCE_FAMILIES \
                    or q.trigger.start in st.claimed_starts:
                # (not an act of force: "committed to explore delivering new World Bank resources to fight poverty")
                break
            act = replace(q, embedded=False, status=e.status, rule=f"purpose of joint work {q.rule}")
            partners = set(e.actors) - {e.actor1}
            if not is_event(act, st.sent, builder, e.actor1) \
                    or not [n for n in builder.parties(st.sent, act)[1] if n not in partners and n != e.actor1]:
                break  # (only with a party of its own: "will continue to work with Israel to expand deliveries by
                # land" is the work with Israel alone, events_gold_fresh6.md)
            mention, basis = st.day_of(e)
            event = st.record(act, mention, basis=basis, agent=e.actor1)
            if event is not None and event is builder.events[-1]:
                builder.amend(event, actors=tuple(n for n in event.actors if n not in partners),
                              actor2=None if event.actor2 in partners else event.actor2)
            break
