"""The act a concessive clause grants: "Although he has helped arm Hezbollah guerrillas in Lebanon ..., he has
maintained the calm on the Israeli-Syrian border", "Hariri accused Syria of killing his father and although he mended
fences ... with Damascus in 2009, relations remain edgy".

"Although" and "though" grant what their clause says as a fact, so its act is its subject's, a row of its own beside
the sentence's event (events_gold_fresh14 19#15, 106#14). The main clause keeps the sentence's event; this pass adds
the granted act when the clause opens with its subject (a name or a pronoun) and its verb group right before the act's
verb, and the act is no plain saying, no act of force (those are ``adverbials.subordinate_force_acts``'s), no plan and
not negated. It is dated by its own words, else as any act
(a perfect in the body is undated). Among the last passes of a sentence (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "although" / "though", its subject, and the verb group up to the act's verb
_GRANTED = re.compile(r"(?<![\w'’-])(?:although|though)\s+(?P<subject>(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)\s+"
                      r"(?:(?:has|have|had|also|already|long|repeatedly|once|previously|since)\s+)*$")
_PRONOUNS = frozenset({"he", "she", "it", "they"})


def granted_acts(st: _SentenceState, is_event) -> None:
    """The act of each concessive clause of the sentence (module doc) that no pass has made. ``is_event`` is the
    driver's test of an undated act (``extract._is_event``)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or low.find("though", sent.start, sent.end) < 0:
        return  # (no "although" or "though" in the sentence: no concessive clause, as in most)
    for q in st.preds:
        if q.form != "verb" or q.negated or q.passive or q.topic or q.quoted or q.reporting \
                or q.type == "statement" or q.family in FORCE_FAMILIES or q.status != "reported" \
                or st.taken(q.trigger.start):
            continue
        if q.type == "reject" and q.trigger.text.endswith(" to"):
            continue  # "though he declined to predict how many might come": a refusal is read by what it refuses, which
            # only the main clause's reading weighs
        if any(p is not q and q.start <= p.trigger.start < q.trigger.start for p in st.preds):
            continue  # "although Russia has opposed sanctions": the verb is an act of its own (a rejection), no light verb
        m = _GRANTED.search(low, max(sent.start, q.start - 90), q.start)
        if m is None:
            continue
        subject = m.group("subject")
        named = [a for a in sent.actors if a.end == m.end("subject")
                 and low[m.start("subject"):a.start] in ("", "the ")]  # the whole subject (not "he noted that Syria")
        if not named and subject not in _PRONOUNS:
            continue
        agent = named[0].name if named else None
        if st.has_row(q.family, agent):  # (a pronoun's act: a row of the family by anyone)
            continue
        if not is_event(q, sent, builder, agent):
            continue
        day = st.dated.get(q.trigger.start)
        st.record(q, day, basis=day.date_basis if day is not None else st.basis(q), agent=agent)
