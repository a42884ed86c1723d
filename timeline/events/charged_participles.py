"""A charge laid on the clause's subject in a perfect passive participle: "She is now in hiding in Syria, having been
accused of being a foreign agent", "Hezbollah, having been blamed for the attack, denied any role".

The clause's own act is another ("is in hiding", "denied"); the participle tells that someone charged its subject
before. The passive's predicate starts at "been", so the participle pass (``extract._participle_acts``, "-ing" verbs
only) never reads it, and the main clause's pass takes only its own head. The development sets code it as an
accusation of that subject by an accuser the text does not name (events_gold.md rule 13: ``actor1`` null when the
target is named; events_gold_fresh21 t17-bbc-90#8), with no day of its own (the perfect participle: background).
The accuser is the actor after "by" when the text names one ("having been criticised by rights groups"). Not an
accusation verb, a negated one or one in a quote: no row; nor when the subject is no named actor (rule 13: neither
side named).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .undated_why import PERFECT, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# ", having been" right before the passive's "been" (on the lowered text; "after having been" too)
_HAVING = re.compile(r",\s*(?:after\s+)?having\s+$")


def charged_participles(st: _SentenceState) -> None:
    """The accusation a ", having been accused of ..." participle lays on the clause's subject (module doc)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or "accuse" in st.families:
        return  # (a pass before took the charge: "Hezbollah, having been blamed for the attack, denied ...")
    for q in st.preds:
        if q.type != "accuse" or q.form != "verb" or not q.passive or q.quoted or q.negated \
                or q.trigger.start in st.claimed_starts or not low.startswith("been", q.start) \
                or not _HAVING.search(low, max(sent.start, q.start - 24), q.start):
            continue
        agents, counterparts, _ = builder.parties(sent, q)
        if agents or counterparts:  # (the charged subject is the passive's counterpart; the accuser, after "by")
            st.record(q, basis=undated(PERFECT))
