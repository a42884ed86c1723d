"""A promise to yield is the yielding, planned: "Syria pledged to end violence against protesters, pull back its tanks,
release political prisoners" is Syria's planned concession, no pledge of aid and no saying of its own.

events_gold.md rule 4: the promise of a concrete act is a ``planned`` row of the promised act's type, the promiser its
``actor1``, dated only if the text dates the promised act. ``promises.promised_acts`` drops the saying when the sentence
made the planned act; a concession or retreat in the promise's infinitive clause was made no event when the clause
reading took the verb of promising as the act (a pledge read as aid: "pledged $50 million"; a promise as a saying),
nor when it stands after the first item of a list ("to end violence ..., pull back its tanks, release ..."). This pass
makes that act, once per promise (the list is one promise).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import run_class
from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the verb of promising, an adverbial or a day between it and "to", and the infinitive clause up to a break that
# ends the promise (a semicolon, a colon, a bracket, a quotation, ", but", ", while", ", which") (cues: promise_to_verb)
_PROMISE_TO = re.compile((r"\b(?P<verb>%s)\s+(?:(?:on\s+[a-z]+|again|publicly|repeatedly|also|last\s+week|this\s+week)\s+)?"
                         r"to\s+(?P<clause>(?:(?!,\s+(?:but|while|which|who|although|though|as)\b)" +
                         run_class(r";:()\"“”") + r")+)")
                         % phrase_alternation(CUES["promise_to_verb"]))


def promised_yields(st: _SentenceState, is_event) -> None:
    """Make the planned concession or retreat that a verb of promising names in its infinitive clause, when the
    sentence made none, and drop the promise's own row (its saying, or the aid a pledge was read as): the promise is
    the planned act. ``is_event``: extract's ``_is_event``."""
    if not any(q.family == "concede" for q in st.preds):
        return  # (a promise is read only for a concession or retreat in its clause: most sentences have none)
    builder, low, sent = st.builder, st.low, st.sent
    events = builder.events
    for m in _PROMISE_TO.finditer(low, sent.start, sent.end):
        lo, hi = m.start("clause"), m.end("clause")
        yields = [q for q in st.preds if q.family == "concede" and lo <= q.trigger.start < hi and not q.negated
                  and not q.quoted and not q.reporting]
        if not yields:
            continue
        own = next((i for i in range(st.first, len(events)) if events[i].trigger
                    and events[i].trigger.lower() == m.group("verb") and events[i].event_type in ("statement", "aid")),
                   None)  # (the sentence's events: their span is the sentence's, which holds the verb)
        if own is None or events[own].actor1 is None:
            continue  # (no promise row of a named promiser: "the promise to withdraw" as a noun)
        made = {e.trigger.lower() for e in events[st.first:] if e.trigger}
        if any(q.trigger.text.lower() in made for q in yields):
            continue  # the sentence made the planned act already ("promised to release them on Friday")
        # a list of yields with a concession in it is a concession ("pull back its tanks, release political prisoners":
        # the list is one promise, of what the other side asked); a retreat alone is a retreat
        q = next((y for y in yields if y.type == "concede"), yields[0])
        p = replace(q, status="planned", form="verb", embedded=False, topic=False, rule="promised yield")
        if not is_event(p, sent, builder):
            continue
        promiser = events[own].actor1
        event = st.record(p, basis=undated(), agent=promiser)
        if event is None:
            continue
        del events[own]
