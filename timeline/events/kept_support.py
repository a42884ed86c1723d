"""Support kept up beside the clause's act, in a "while" participle: "We condemn Russia ..., and will continue imposing
economic costs on Russia, while maintaining our unwavering support for Ukraine", "Even while maintaining support for
Lebanese Hezbollah and Palestinian Hamas militants, Assad has kept Syria's border with Israel quiet".

The participle pass (``extract._participle_acts``) leaves support after a clause alone, as it is often a topic ("...
discussing how we can work together ..., supporting Ukraine"); a light verb of keeping ("maintaining", event_cues.tsv
``light``) under "while" is no topic but a second act of the clause's own subject, going on at its time: the support of
the subject of the main clause (of its event, after it; of the subject after the phrase's comma, when the phrase opens
the sentence). The development sets code it so (fresh15 Trudeau joint statement #42).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .clauses import opening_subject
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "while" (or "even while") right before the light verb, after a comma or opening the sentence
_WHILE = re.compile(r"(?:,\s*|^[\s\"“]*)(?:even\s+)?while\s+$")  # (on the lowered text)
_KEEPING = frozenset({"maintaining", "continuing"})  # (of the light verbs, event_cues.tsv ``light``)


def kept_support(st: _SentenceState, is_event: Callable) -> None:
    """The support a "while maintaining ..." phrase keeps up (module doc), when the sentence has none yet."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or "support" in st.families:
        return
    for q in st.preds:
        verb = low[q.start:q.trigger.start].split()[:1]
        if q.type != "support" or q.rule != "light verb" or q.quoted or q.negated \
                or q.trigger.start in st.claimed_starts or not verb or verb[0] not in _KEEPING:
            continue
        opening = _WHILE.match(low[sent.start:q.start]) is not None
        if not opening and not _WHILE.search(low, max(sent.start, q.start - 20), q.start):
            continue
        if opening:
            agent, day, basis = opening_subject(q, sent, low), None, undated()
        else:
            head = next((e for e in builder.events[st.first:] if e.trigger is not None), None)
            if head is None:
                continue
            agent = head.actor1
            day, basis = st.day_of(head)  # the head's day and basis (an undated head's with its reason)
        if agent is None:
            continue
        if is_event(q, sent, builder, agent):
            event = st.record(q, day, basis=basis, agent=agent)
            if event is not None:  # its parties are the keeper and the kept, not the main clause's target ("We condemn
                # Russia ..., while maintaining our unwavering support for Ukraine": Russia is no party of the support)
                builder.amend(event, actors=tuple(x for x in (event.actor1, event.actor2) if x))
            return
