"""The meeting or talks a stay is for is an event of the one who stays.

"Mr Annan, in Doha for a meeting with Arab League members, warned ...", "Walid Muallem, in Russia for talks, said",
"He is due in Washington for talks with President Obama": the purpose phrase names a meeting held where the stay is
(``places.stay_purpose`` finds the phrase and its place; ``predicates`` marks the noun, rule "stay purpose"). The
meeting is made beside the clause's own act, on that act's day (the day of the report for "in Doha for", the planned
day of the stay for "is due in"), with its "with" partners and the stay's place. A journey for talks ("is to travel
to Moscow this weekend for talks", "arrived in Damascus for two days of negotiations": ``places.journey_purpose``) makes
the talks of the traveller its visit names, on the visit's day, with the host when no "with" names a partner. Run by
``extract._sentence_events`` after the sentence's main event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import break_class
from .places import journey_purpose

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event
    from .extract import _SentenceState
    from .predicates import Predicate

_WITH = re.compile(r"\s+with\s+")
_BREAK = re.compile(break_class(r",;:()\"“”—–") + r"|\s(?:and|but|who|which|that)\s")


def _own_clause(st: _SentenceState, e: Event, stay: Predicate) -> bool:
    """Is ``e`` an act of the stay's own clause: the saying itself, or an act on the same side of the reporting verb as
    the stay ("Muallem, in Moscow for talks with Lavrov, said rebels attacked ... on Monday": the attack, which the
    clause reader may give the speaker, is no day of the talks)? An event is placed by the predicates whose trigger
    it has (events keep no position). The side of the verb, not the reading's content: the content of "X, in Russia
    for talks, said ..." can be read as the words before "said", as in '"...," said X'."""
    frame = st.frame
    if frame is None:
        return True
    starts = [q.trigger.start for q in st.preds if q.trigger.text == e.trigger]
    after = stay.trigger.start > frame.trigger.start
    return not starts or any(s == frame.trigger.start or (s > frame.trigger.start) == after for s in starts)


def stay_meetings(st: _SentenceState) -> None:
    """The meeting a stay of the sentence is for, of the clause's day: the day of the sentence's first event of the
    one who stays in the stay's own clause (the saying, the warning, the visit; not an act the saying reports), else
    the date of the saying, else the day its own clause would take."""
    if st.heading:
        return
    builder, sent = st.builder, st.sent
    for p in st.preds:
        if p.rule != "stay purpose" or p.trigger.start in st.claimed_starts \
                or any(e.event_type == p.type and e.trigger == p.trigger.text for e in builder.events[st.first:]):
            continue  # (dated by a date of its own: "in Washington for talks on Monday" is that date's event)
        journey = journey_purpose(st.text, sent.start, p.trigger.start)
        visit = next((e for e in builder.events[st.first:] if e.event_type == "visit" and e.actor1
                      and e.char_start == sent.start), None) if journey else None
        if journey and visit is None:
            continue  # "will go on to Washington for talks": no journey of a named traveller read
        agents = [visit.actor1] if visit is not None else builder.parties(sent, p)[0]
        if not agents:
            continue
        # the partners are those the purpose phrase meets "with", up to a clause break (not the object of the clause's
        # own verb: "..., urged Syria to")
        partners = []
        m = _WITH.match(st.low, p.trigger.end)
        if m is not None:
            close = _BREAK.search(st.low, m.end(), sent.end)
            close = close.start() if close is not None else sent.end
            partners = list(dict.fromkeys(a.name for a in sent.actors if m.end() <= a.start < close and not a.placed
                                          and a.name not in agents))
        if not partners and visit is not None and visit.actor2:
            partners = [visit.actor2]  # "is to travel to Moscow for talks": talks with the host (events_gold_bbc 97#24)
        prior = visit or next((e for e in builder.events[st.first:] if e.actor1 == agents[0] and e.char_start == sent.start
                               and _own_clause(st, e, p)), None)
        frame = st.frame
        if prior is not None:
            mention, basis = st.day_of(prior)
        elif frame is not None and frame.trigger.start in st.dated:
            mention = st.dated[frame.trigger.start]  # "..., in Moscow for talks, said on Tuesday he would ...": Tuesday
            basis = mention.date_basis
        else:
            day = st.on_day(st.basis(p))
            mention, basis = day["mention"], day["basis"]
        event = st.record(replace(p, topic=False), mention, basis=basis, agent=agents[0])
        builder.amend(event, actor2=partners[0] if partners else None, actors=tuple(dict.fromkeys([agents[0]] + partners)))
