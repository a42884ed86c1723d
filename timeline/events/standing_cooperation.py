"""A leader's "our cooperation" as the subject of what it is doing, in a transcript: "Also, our cooperation recently is
improving all the time" (events_gold_fresh12 Nauseda #2), "The — the other area of our cooperation is, of course, in
working on natural disasters" (fresh11 Albanese #24), "Our cooperation has been particularly vital in organizing the
global response", "A symbol of how our space cooperation is taking off".

The noun of joint work owned by "our" is an owned noun act, which gets no row undated (rule 11: "our cooperation" named
as an object, "to strengthen our cooperation", is background); but as the subject of a finite verb that says how the
work goes it tells the work itself, and the gold sets code it: the standing cooperation of the speaker's state with the
other speaker's, undated (present or perfect with no day: rules 5, 6). Read only in a transcript whose speaker speaks
for a known state, with the noun at the head of its clause (the sentence's opening, or after "how" or "of"); not a
negated verb ("our cooperation is not where it should be"), nor where the sentence has a cooperation row already.
Among the last passes of a sentence (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .predicates import Predicate
from .triggers import Trigger
from .undated_why import STANDING, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_SUBJECT = re.compile(r"(?<![\w'’-])our\s+(?:[\w-]+\s+){0,2}?(?P<noun>cooperation|co-operation|collaboration)\s+"
                      r"(?:(?:recently|now|really|also|already|truly|still|just|only)\s+)?"
                      r"(?:is|are|has|have|continues|keeps|grows|grew|remains|was)\b(?!\s+(?:not|never)\b|n['’]t)")
# what may stand right before "our": the sentence's opening words ("Also,", "And", "So"), or "how" / "of"
_OPENING = re.compile(r"[\s\"“—–-]*(?:(?:and|so|but|well|also|now|indeed|again)[\s,]+)*")
_BEFORE = re.compile(r"(?:how|of)\s+$")


def standing_cooperation(st: _SentenceState, is_event: Callable) -> None:
    """The cooperation of the speaker's state with the other speaker's that "our cooperation is ..." tells (module)."""
    builder, sent, low = st.builder, st.sent, st.low
    if not builder.labels or "cooperate" in st.families:
        return
    for m in _SUBJECT.finditer(low, sent.start, sent.end):
        if not (_OPENING.fullmatch(low, _past_label(builder, sent.start, m.start()), m.start())
                or _BEFORE.search(low, max(sent.start, m.start() - 6), m.start())):
            continue
        speaker = builder._turn_speaker(sent.start)
        country = builder.speaker_countries.get(speaker) if speaker is not None else None
        if country is None:
            continue
        others = [builder.speaker_countries.get(name) for _, name in builder.labels if name != speaker]
        other = next((c for c in others if c is not None and c != country), None)
        start, end = m.start("noun"), m.end("noun")
        trigger = Trigger(start, end, st.text[start:end], "cooperate", "V")
        p = Predicate(trigger, "cooperate", "verb", "reported", start, rule="standing cooperation")
        if not is_event(p, sent, builder, country):
            continue
        event = st.record(p, basis=undated(STANDING), agent=country)
        builder.amend(event, actor1=country, actor2=other,
                      actors=tuple(dict.fromkeys(n for n in (country, other) if n is not None)))
        return


def _past_label(builder, start: int, end: int) -> int:
    """Where the sentence's words begin: past a speaker's label ("PRESIDENT NAUSEDA: Also, our cooperation ...")."""
    colon = builder.low.rfind(":", start, end)
    return colon + 1 if colon >= 0 and any(start <= s < colon for s in builder.label_starts) else start
