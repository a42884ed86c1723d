"""A saying coordinated with an act in the present perfect, sharing its "have": "The Russians, South Africans and
Indians have urged dialogue with Damascus and said that Assad needs time to implement promised reforms". The saying is
the act's subject's own, as undated as the perfect (events_gold.md rules 5, 35; fresh28 t17-reuters-44#17: a statement
of Russia beside the demand, unresolved; rule 19: a saying in the same speech as a row of another type keeps a
``statement`` row of its own, beside a ``statement`` it folds into it). The clause readers take the reporting verb as
the frame of what follows, so no row was made of it; and ``aspect.under_perfect`` reads no reporting verb (a lone "has
told reporters" is the day's news), so this pass makes the row, the main act's agent its speaker. Among the last passes
of a sentence (``extract._sentence_events``), after ``second_saying``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .undated_why import PERFECT, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "have" / "has" right before the main act's participle (an adverb between: "have repeatedly urged")
_HAVE = re.compile(r"\b(?:have|has)\s+(?:(?:also|repeatedly|long|already|[a-z]+ly)\s+)?$")
# only "and" (no comma, no subject of its own) between the main act's words and the saying
_AND_SAID = re.compile(r"\s+and\s+$")
_SAID = frozenset({"said"})


def shared_have_saying(st: _SentenceState, is_event) -> None:
    """The saying "and said" after a perfect's act of the same subject (module doc), as an undated statement of that
    act's agent, when the sentence has no row of it yet."""
    main, low = st.main, st.low
    if main is None or main.reporting or main.quoted or main.form != "verb":
        return
    if _HAVE.search(low, max(st.sent.start, main.start - 30), main.start) is None:
        return
    head = next((e for e in st.builder.events[st.first:] if e.trigger and e.char_start == st.sent.start
                 and e.trigger.lower() == low[main.trigger.start:main.trigger.end]), None)
    if head is None or head.event_date is not None or head.actor1 is None or head.event_type == "statement" \
            or any(e.event_type == "statement" and e.actor1 == head.actor1 and e.char_start == st.sent.start
                   for e in st.builder.events[st.first:]):
        return  # a saying beside a saying folds into it (rule 19's speech rule; one saying row per speech, rule 18)
    for r in st.preds:
        if not r.reporting or r.quoted or r.trigger.start <= main.trigger.end \
                or low[r.trigger.start:r.trigger.end] not in _SAID:
            continue
        gap = low[main.trigger.end:r.trigger.start]
        if any(ch in gap for ch in ",;:\"“”()") or not _AND_SAID.search(gap):
            return  # a clause break, or a subject of its own before the saying
        if r.trigger.start in st.claimed_starts:
            return
        st.record(r, basis=undated(PERFECT), agent=head.actor1)
        return
