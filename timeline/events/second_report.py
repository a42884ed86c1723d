"""The act of a second reported clause: "The committees said that more than 200 tanks had been deployed, and that
security forces were carrying out raids and detaining residents".

A reporting verb may report two clauses, the second opened by "and that" ("said X and that Y", "told reporters that
... and that ..."). The sentence reader takes one act from what the frame reports (``speech.read_sentence``: the
frame typed by it, or its ``reported`` act), and the second clause's verb reads as embedded by its "that", which is the
frame's own, so no pass made its act a row. The act a named speaker reports is a row of its own subject, dated by its
own words only (events_gold.md rule 18: one saying row per speech, the act claimed its own row; t17-bbc-173#24,
t17-bbc-62#9). Among the passes after the saying (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .cues import SUBORDINATORS
from .predicates import FORCE_FAMILIES, SPEECH

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState


def second_that(joins: str) -> re.Pattern:
    """The "and that" (``joins``: the words before "that", a regex) opening a second reported clause: not "and that is ..."
    or "and that would ...", where "that" is the subject of a clause of the speaker's own ("and that is really the
    most effective mechanism"). One pattern for ``second_report`` ("and") and ``second_speech`` ("and", "but",
    "and also")."""
    return re.compile(rf"(?:,\s*|\s){joins}\s+that\s+(?!(?:is|was|would|will|has|had|could|can|may|might|must|should"
                      r"|includes?|means?|led|leads?|seems?)\b)")


_SECOND_THAT = second_that("and")
# the words between "that" and the clause's verb: its subject and auxiliaries, no clause break or quotation
_CLAUSE_HEAD = re.compile(run_class(r";:\"“”()") + r"{2,90}")


def second_reported_act(st: _SentenceState, is_event) -> None:
    """The act heading the second reported clause (module doc), when no pass has made it and, for an act of force, no
    row of force came from the sentence before: the first verb after "and that", with no subordinator, "to" or comma before it in its clause and a named actor other than the speaker in its
    subject (the speaker's own act, "and that we shall work together", is what the saying itself does), an act of no
    speech family, not negated or quoted, that an actor does (``is_event``). The frame opens the sentence, or an unnamed
    source does ("Opposition activists said the district had been hit ..., and that army snipers had been deployed").
    """
    builder, sent, low, reading = st.builder, st.sent, st.low, st.reading
    frame = st.frame or reading.source
    if frame is None or st.frame is not None and (reading.content is None or reading.content[0] < frame.end):
        return  # an opening frame only: "..., and that ...", he said" is a quotation's
    seconds = list(_SECOND_THAT.finditer(low, frame.end, sent.end))
    if not seconds:
        return  # no "and that" (most frames): the costly speaker lookup is not needed
    speaker = builder.parties(sent, frame)[0] if st.frame is not None else []
    done = {p.trigger.start for p in (reading.taken, reading.main) if p is not None}  # (made rows, not claimed)
    for m in seconds:
        act = next((q for q in st.preds if q.form == "verb" and q.start >= m.end()), None)
        if act is None or act.reporting or act.quoted or act.negated or act.topic or act.type in SPEECH \
                or act.trigger.start in st.claimed_starts or act.trigger.start in done \
                or act.family in FORCE_FAMILIES and any(e.event_family in FORCE_FAMILIES for e in builder.events[st.first:]):
            continue  # (a second clause of force goes on telling the operation the first told: "more than 200 tanks had
            # been deployed in the center, and that security forces were carrying out raids", one row of force)
        head = low[m.end():act.start]
        if not _CLAUSE_HEAD.fullmatch(head) or "," in head \
                or any(w in SUBORDINATORS or w == "to" for w in re.findall(r"[a-z]+", head)):
            continue
        if not any(m.end() <= a.start and a.end <= act.start and a.name not in speaker for a in sent.actors):
            continue
        act = replace(act, embedded=False)
        if is_event(act, sent, builder):
            st.record(act, **st.on_day(st.basis(act)))
