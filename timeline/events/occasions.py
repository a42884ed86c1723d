"""The call, meeting or talks of an opening phrase before a saying: "After talks with his Russian counterpart,
Mr Muallem said ...", "Speaking after a meeting with Kofi Annan, the minister said ..." (``occasion_before_saying``,
a pass of the driver over a sentence with a reporting verb).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .basis import CONSULT
from .clauses import OPENING_PARTICIPLE, opening_subject
from .roles import fronted_occasion

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState


_RETOLD_OCCASION = re.compile(r"\b(?:the|this|that|these|those)\s+$")


def occasion_before_saying(st: _SentenceState) -> None:
    """The call, meeting or talks of an opening phrase before a saying, with no date of its own ("After talks with
    his Russian counterpart, Mr Muallem said ...", "Speaking after a meeting with Kofi Annan, the minister said
    ..."): the speaker's, with the phrase's "with" object (``roles._fronted_occasion``), of the saying's day. A dated
    one is the date's act; one that retells the latest call or meeting of the same parties is that one."""
    if st.heading:
        return
    builder, sent, low, frame, reading = st.builder, st.sent, st.low, st.frame, st.reading
    p = next((q for q in st.preds if q.family == CONSULT and q.type != "summit" and q.end <= frame.start
              and not q.quoted and (q.form == "noun" and fronted_occasion(q, reading, low)
                                    or q.form == "verb" and q.rule == "participle"
                                    and OPENING_PARTICIPLE.fullmatch(low, sent.start, q.start))), None)
    if p is None or p.trigger.start in st.claimed_starts or any(e.event_family == CONSULT for e in builder.events[st.first:]):
        return
    if p.form == "verb":
        # "Speaking after talks with his Russian counterpart, Mr Muallem said": the subject after the phrase's comma,
        # with those the phrase names
        agent, comma = opening_subject(p, sent, low), low.find(",", p.end, sent.end)
        agents = [agent] if agent else []
        counterparts = list(dict.fromkeys(a.name for a in sent.actors if p.start <= a.start < comma and not a.placed
                                          and a.name != agent))
    else:
        agents, counterparts, _ = builder.parties(sent, p)
    if not agents or not counterparts and _RETOLD_OCCASION.search(low, sent.start, p.trigger.start):
        return  # ("After the meeting, Churkin said": a meeting told before, perhaps of others)
    source = builder.last_consult
    if source is not None and set(agents + counterparts) <= set(source.actors):
        return  # "... held talks with Lavrov in Moscow on Tuesday. After the talks, Muallem said ...": those talks
    # of the saying's day: the date that dates the saying, else the day a report takes
    day = st.dated.get(frame.trigger.start)
    if day is not None:
        event = st.record(p, day, basis="explicit" if day.resolved else "unresolved", agent=agents[0])
    else:
        event = st.record(p, **st.on_day(st.basis(frame)), agent=agents[0])
    if p.form == "verb" and event is not None and event is builder.events[-1] and counterparts:
        builder.amend(event, actor2=counterparts[0], actors=tuple(dict.fromkeys(agents + counterparts)))
