"""The act a second, coordinated saying reports: "Activists accused the regime of deploying tanks and helicopter
gunships to the capital, and claimed that rebels had shot down one helicopter".

The sentence's main act is the first verb (the accusation); the saying coordinated with it ("and claimed that", "and
said") is the same speaker's, folded into that act (one saying row per speech, events_gold.md rule 18), but the act it
reports is a row of its own, of its own subject and dated only by its own words (rule 18: a claim's day does not date
the act claimed; fresh11 bbc-234#15). The clause readers take no act there: the saying is neither the sentence's frame
nor a clause coordinated with a subject of its own (``clauses.coordinate_subject``). Among the last passes of a
sentence (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .predicates import SPEECH

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the saying opens a coordinated clause of the subject before it: "..., and claimed that", "and said"
_AND_BEFORE = re.compile(r"(?:,\s*)?\band\s+(?:(?:also|later|then)\s+)?$")
# between the saying and the act: "that", then the act's own subject and auxiliaries, no clause break
_SUBJECT = re.compile(r"\s+(?:that\s+)?(?P<subject>" + run_class(r",;:\"“”") + r"{2,60}?)\s+$")


def second_saying_act(st: _SentenceState, is_event) -> None:
    """The act the saying coordinated after the main act reports (module doc), when no pass has made it: the first
    verb after the saying (embedded by it), an act of another family, with an actor named in its subject."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.frame is not None:
        return
    # the first act: the main one, or one a pass has made (the accusation of unnamed accusers, ``blamers``)
    main = st.main or next((p for p in st.preds if p.form == "verb" and not p.embedded
                            and p.trigger.start in st.claimed_starts), None)
    if main is None:
        return
    for i, r in enumerate(st.preds):
        if not r.reporting or r.embedded or r.quoted or r.start <= main.end \
                or _AND_BEFORE.search(low, main.end, r.start) is None:
            continue
        act = next((q for q in st.preds[i + 1:] if q.form == "verb"), None)
        if act is None or act.reporting or act.quoted or act.negated or act.type in SPEECH \
                or act.trigger.start in st.claimed_starts or act.family in st.families:
            return
        subject = _SUBJECT.fullmatch(low, r.end, act.start)
        if subject is None or not any(subject.start("subject") <= a.start and a.end <= subject.end("subject")
                                      for a in sent.actors):
            return
        if is_event(act, sent, builder):
            st.record(act, basis=st.basis(act))
        return
