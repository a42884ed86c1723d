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
from ..cue_words import PAST_VERB, run_class
from .predicates import SPEECH_ACTS
from .roles import coordinated_acts
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# a relative pronoun and a few auxiliaries right before a verb ("which also condemned", "who has urged")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:also\s+|has\s+|had\s+|have\s+)*$")
# a relative clause on the object with a subject of its own, set off by a comma: ", which Israel captured"
_OBJECT_RELATIVE = re.compile(r",\s+(?:which|that|whom)\s+(?P<subject>" + run_class(r",;:()\"“”") +
                              r"{2,60}?)\s+(?:has\s+|had\s+|have\s+)?$")
# the second verb of such a clause: the first one's object and adjuncts, then "and" and an adverb of a later time
_AND_LATER = re.compile(run_class(r",;:()\"“”—–") + r"*?\s+and\s+(?P<later>(?:later|then|subsequently|eventually)\s+)?")


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


def relative_second_acts(st: _SentenceState) -> None:
    """The second verb of a relative clause on an object with a subject of its own ("the Golan Heights, which Israel
    captured from Syria in the 1967 Arab-Israeli war and later annexed in a move not recognized internationally"): an
    act of another kind by the same subject on the same object, with the first act's counterpart; of the first act's
    day unless an adverb of a later time stands after "and" ("later annexed": undated)."""
    builder, low, preds, sent = st.builder, st.low, st.preds, st.sent
    made = builder.events[st.first:]
    for i, p in enumerate(preds):
        if p.form != "verb" or not p.embedded or p.quoted or p.passive or p.negated \
                or _OBJECT_RELATIVE.search(low, max(sent.start, p.start - 70), p.trigger.start) is None:
            continue
        event = next((e for e in made if e.trigger == p.trigger.text and e.actor1 is not None), None)
        if event is None:
            continue
        q = next((q for q in preds[i + 1:] if q.start > p.end), None)
        if q is None or q.form != "verb" or q.quoted or q.passive or q.negated or q.family in (p.family, "statement") \
                or not PAST_VERB.fullmatch(q.trigger.text.split()[0]):
            continue
        m = _AND_LATER.fullmatch(low, p.end, q.start)
        if m is None or q.trigger.start in st.claimed_starts or any(e.trigger == q.trigger.text for e in builder.events[st.first:]):
            continue
        mention, basis = (None, undated()) if m.group("later") else st.day_of(event)
        made_q = st.record(replace(q, embedded=False, rule="coordinated " + q.rule), mention, basis=basis,
                           agent=event.actor1)
        if made_q is not None:
            builder.amend(made_q, actors=event.actors, actor2=event.actor2)
