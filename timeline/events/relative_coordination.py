"""The acts of other kinds coordinated with a speech act of a relative or adverbial clause.

"passed UNSCR 2722, which also condemned these attacks and demanded that they cease": the relative clause's
condemnation is an event of the sentence, and so is the demand coordinated with it, its subject's, of its day;
"While Turkey has urged Assad to implement reforms and has added its voice to growing international condemnation
..., Iran has supported the Syrian regime": the same after an adverbial clause's speech act
(``adverbials.adverbial_clause``). ``extract._sentence_events`` runs this pass once, after the acts of relative and
adverbial clauses (``extract._relative_clause_acts``), whose speech acts it reads too. (Where a
comma-set relative clause opens and whose act its verb is: ``relatives.py``, which the clause readers import, so
this pass, which reads them, is a module of its own.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .adverbials import adverbial_clause
from .predicates import SPEECH_ACTS
from .roles import coordinated_acts

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# a relative pronoun and a few auxiliaries right before a verb ("which also condemned", "who has urged")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:also\s+|has\s+|had\s+|have\s+)*$")


def relative_coordinated(st: _SentenceState) -> None:
    """The acts of other kinds coordinated with a speech act of a relative clause that is an event of the sentence
    ("passed UNSCR 2722, which also condemned these attacks and demanded that they cease"): its subject's too, of the
    same day (the coordinated verb of a main clause is ``extract._coordinated_acts``'s)."""
    builder, low, preds, made = st.builder, st.low, st.preds, st.builder.events[st.first:]
    for p in preds:
        if p.form != "verb" or not p.embedded or p.quoted or p.type not in SPEECH_ACTS \
                or not (_RELATIVE_BEFORE.search(low, max(st.sent.start, p.start - 24), p.trigger.start)
                        or adverbial_clause(p, st.sent, low) is not None):
            continue  # (an adverbial clause's too: "While Turkey has urged Assad to implement reforms and has added its
            # voice to growing international condemnation ..., Iran has supported the Syrian regime")
        event = next((e for e in made if e.trigger == p.trigger.text and e.actor1 is not None), None)
        if event is None:
            continue
        for q in coordinated_acts(p, preds, low):
            if q.trigger.start in st.claimed_starts or any(e.trigger == q.trigger.text for e in builder.events[st.first:]):
                continue
            # the day of the act it is coordinated with, and as undated ("After Britain urged Syria to halt the violence
            # and accused its forces of war crimes, Damascus recalled its envoy")
            mention, basis = st.day_of(event)
            made_q = st.record(replace(q, embedded=False, rule="coordinated " + q.rule), mention, basis=basis,
                               agent=event.actor1)
            builder.amend(made_q, actors=(event.actor1,), actor2=None)
