"""A joint statement's point on a need or an importance: "The two sides stressed the need to support Afghanistan's
security", "They also underscored the importance of continuing to support humanitarian assistance to Afghanistan",
"They underscored the importance of continuing to strengthen their strategic partnership".

The sentence reader takes the act under "the need to" / "the importance of" as the clause's main predicate (a support,
a cooperation) and the extractor then drops it as no act of the day (only needed), so the sentence gave no row at all
while the same verb with an object of no act ("stressed the need to address the threat") gave the authors' statement.
The development sets code each such point of a joint statement as its authors' row of the day: a `statement` for a
policy's importance or a need, a `support` for the importance of the partnership (events_gold_fresh18 Jeddah notes:
"affirmed/underscored/stressed the importance of" or "the need for" a policy = statement; fresh15 Trudeau #61), which
is the type the reader already gives the verb (``predicates``: the "evaluation" rule, which leaves the importance of
joint work on a policy a statement: "the importance of continued cooperation on the advancement of ..."). So in a joint statement a
sentence with no row whose reporting verb has such an object gives that verb's row. Not "noted" (events_gold.md
rule 3: no row of its own), not a negated or quoted verb. Rule 25 (twenty-second session) reads a readout's points as
a joint statement's, so a readout's sentence is read so too ("They stressed the importance of responsibly managing
competitive aspects of the relationship, preventing conflict, ... cooperating on areas of shared interest":
events_gold_fresh5 Woodside #33, which gave no row: the reader's main predicate was the embedded "cooperating");
wire copy is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from .cues import CUES

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the reporting verb's object: "the need to/for", "the (continued/critical) importance of", "the necessity of"
_NEED = re.compile(r"\s+(?:(?:also|further|again|once\s+again)\s+)?the\s+(?:[a-z-]+\s+)?"
                   r"(?:need\s+(?:to|for)|importance\s+of|necessity\s+(?:to|of)|urgency\s+of)\s")
_NOTING = frozenset(CUES["noting"])  # "noted", "took note": a point retold, no row (events_gold.md rule 3)


def need_points(st: _SentenceState, is_event: Callable) -> None:
    """The authors' point of a joint statement's sentence that has no row, on a need or an importance (module doc)."""
    builder, sent, low = st.builder, st.sent, st.low
    if not builder.readout_or_joint or st.heading or st.made:
        return
    for q in st.preds:
        if not q.reporting or q.type not in ("statement", "support") or q.embedded or q.quoted or q.negated \
                or q.trigger.text.lower() in _NOTING or not _NEED.match(low, q.trigger.end):
            continue
        q = replace(q, form="verb")  # no frame here: the verb's own act, as a point beside another act is
        if is_event(q, sent, builder):  # (``extract._coordinated_acts``)
            event = st.record(q, **st.on_day(st.basis(q)), claim=False)
            if not builder.signatories:
                builder.principal_pair(event)  # a readout's point: rule 25's actor2 only ("..., upholding the UN Charter")
        return
