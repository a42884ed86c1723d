"""The call, meeting or talks of an opening phrase: before a saying, "After talks with his Russian counterpart,
Mr Muallem said ...", "Speaking after a meeting with Kofi Annan, the minister said ..." (``occasion_before_saying``,
a pass of the driver over a sentence with a reporting verb); dated, "At his last meeting with President Assad in
Damascus on 9 July, the two men agreed ..." (``occasion_opening``, read by ``extract._Builder.add`` for the day of
an act with no date of its own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import break_class
from .basis import CONSULT
from .clauses import OPENING_PARTICIPLE, opening_subject
from .roles import fronted_occasion

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event
    from .extract import Sentence, _Builder, _SentenceState
    from .predicates import Predicate


# a relative clause of an occasion: "Saturday's vote at the Arab League, in which Lebanon was one of only two countries
# to oppose ...", "the meeting on Monday, at which Russia agreed ...", "Friday's talks, during which ..."
_WHICH_OCCASION = re.compile(r",\s+(?:in|at|during)\s+which\s")
_POSSESSIVE_DAY = re.compile(r"['’]s\s")  # "Saturday's vote"
_OCCASION_REACH = 60  # characters from the occasion's date to the comma of its relative clause
_RETOLD_OCCASION = re.compile(r"\b(?:the|this|that|these|those)\s+$")
_AT_OCCASION = re.compile(r"[\s\"“]*(?:at|during|in)\s")  # "At his last meeting with ... on 9 July, ..."


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
    if p is None or p.trigger.start in st.claimed_starts or st.has_row(CONSULT):
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
        event = st.record(p, day, basis=day.date_basis, agent=agents[0])
    else:
        event = st.record(p, **st.on_day(st.basis(frame)), agent=agents[0])
    if p.form == "verb" and counterparts:
        builder.amend(event, actor2=counterparts[0], actors=tuple(dict.fromkeys(agents + counterparts)))


# the phrase that closes a saying with the talks or meeting it followed: "he said after talks in Geneva", "admitted on
# Monday, after talks with Turkey's Prime Minister", "said following two days of talks with President Assad"; no
# determiner before the noun ("after the talks" retells talks told before)
_AFTER_OCCASION = re.compile(r"(?<![\w'’-])(?:after|following)\s+(?:(?:[\w-]+\s+){1,2}?(?:days?|hours?|rounds?|weeks?)\s+of\s+)?$")
# what may stand between the reporting verb and that phrase: its audience ("told reporters"), a date ("on Monday", "late
# on Tuesday") and a comma
_SAYING_TO_AFTER = re.compile(r"[\s,]*(?:(?:reporters|journalists|the\s+press|a\s+news\s+conference)\s+)?"
                              r"(?:(?:on|late|early|last|this)(?:\s+[\w-]+){1,3}?)?[\s,]*")
_OCCASION_PHRASE_END = re.compile(break_class(r",;:\"“”") + r"|(?<![\w'’])(?:that|and|but|saying|where|which"
                                  r"|who)(?![\w'’])")


def occasion_after_saying(st: _SentenceState) -> None:
    """The talks or meeting a saying followed, named in a phrase right after its reporting verb ("he said after talks in
    Geneva", "But he admitted on Monday, after talks with Turkey's Prime Minister Recep Tayyip Erdogan in Ankara, that
    ..."): the speaker's, with the phrase's "with" object, of the saying's day, as the opening phrase's is
    (``occasion_before_saying``; events_gold_bbc 111#2 "Speaking after talks with EU chiefs in Beijing, he said": the
    talks dated by the statement made after them, rule 1 (b)). None when the sentence has a call or meeting already,
    or the phrase retells the latest one of the same parties."""
    if st.heading:
        return
    builder, sent, low, frame = st.builder, st.sent, st.low, st.frame
    if st.has_row(CONSULT):
        return
    saying = next((e for e in builder.events[st.first:] if e.char_start == sent.start and e.trigger
                   and e.actor1 and low.startswith(e.trigger.lower(), frame.trigger.start)), None)
    if saying is None:
        return
    for q in st.preds:
        if q.family != CONSULT or q.type == "summit" or q.form != "noun" or q.quoted or q.owned \
                or q.trigger.start < frame.trigger.end or q.trigger.start in st.claimed_starts:
            continue
        after = _AFTER_OCCASION.search(low, frame.trigger.end, q.trigger.start)
        if after is None or _SAYING_TO_AFTER.fullmatch(low, frame.trigger.end, after.start()) is None:
            continue
        stop = _OCCASION_PHRASE_END.search(low, q.trigger.end, sent.end)
        close = stop.start() if stop is not None else sent.end
        # the "with" object ("after talks with Ashton"), or a gerund's own object ("after meeting Mr Annan")
        with_ = q.trigger.end if q.trigger.text.endswith("ing") else low.find(" with ", q.trigger.end, close)
        # (the person before the body a title names: "UN-Arab League envoy Kofi Annan" is Annan), then the noun's own
        # parties past an "and" that cut the phrase, as the opening phrase's are read ("after talks with China and
        # Iran": Iran too; "after talks with UN and Arab League special envoy Kofi Annan": Annan)
        counterparts = list(dict.fromkeys([a.name for a in sorted(sent.actors, key=lambda a: a.kind != "person")
                                           if with_ >= 0 and with_ <= a.start < close and not a.placed]
                                          + builder.parties(sent, q)[1]))
        counterparts = [n for n in counterparts if n != saying.actor1]
        agents = [saying.actor1]
        source = builder.last_consult
        if source is not None and set(agents + counterparts) <= set(source.actors):
            return  # "... met Lavrov in Moscow on Tuesday. Davutoglu said after the meeting ...": that meeting
        day = st.dated.get(frame.trigger.start)
        # (a frame of the saying, not the story's call or meeting: the sentences after it do not retell it)
        if day is not None:
            event = st.record(q, day, basis=day.date_basis, agent=agents[0], lends_day=False)
        else:
            event = st.record(q, **st.on_day(st.basis(frame)), agent=agents[0], lends_day=False)
        if event is not None:
            builder.amend(event, actor2=counterparts[0] if counterparts else None,
                          actors=tuple(dict.fromkeys(agents + counterparts)))
        return


def occasion_opening(builder: _Builder, sent: Sentence, p: Predicate) -> Event | None:
    """The call, meeting or talks an opening phrase "at / during / in" dates to a day ("At his last meeting with
    President Assad in Damascus on 9 July, the two men agreed ...", "During their talks in Geneva on Monday, Lavrov
    and Blinken agreed ..."): what the main clause after its comma does with no date of its own was done there."""
    low = builder.low
    if not _AT_OCCASION.match(low, sent.start):
        return None
    q = next((q for q in sent.reading.predicates if q.family == CONSULT and q.form == "noun"
              and q.trigger.end <= p.trigger.start and fronted_occasion(q, sent.reading, low)), None)
    comma = low.find(",", q.trigger.end, sent.end) if q is not None else -1
    if comma < 0 or comma > p.trigger.start:
        return None
    return next((e for e in reversed(builder.events) if e.char_start == sent.start and e.event_family == CONSULT
                 and e.date_basis == "explicit" and e.precision in ("day", "time") and e.date_start is not None
                 and e.date_char_start is not None and q.trigger.end <= e.date_char_start < comma), None)


def occasion_relative(low: str, sent: Sentence, p: Predicate, dates: list) -> object | None:
    """The date of the occasion a relative clause "in / at / during which" hangs from, when ``p`` is that clause's act
    and has no date of its own ("But Saturday's vote at the Arab League, in which Lebanon was one of only two
    countries to oppose Syria's suspension, exposed ...": Lebanon opposed it at the vote, on Saturday; "the meeting on
    Monday, at which Russia agreed to ..."): a day date (``dates``: the sentence's) in the noun phrase right before the
    clause's comma, no comma between; ``p`` in the clause, before its closing comma. None otherwise."""
    if p.reporting:
        return None  # "its crackdown on protesters, in which the United Nations said ...": a report of it, not an act at it
    for m in _WHICH_OCCASION.finditer(low, sent.start, p.trigger.start):
        if "," in low[m.end():p.trigger.start]:
            continue  # the relative clause closed before ``p``: "..., in which ..., exposed" is the main clause's
        day = next((d for d in dates if d.resolved and d.precision in ("day", "time") and d.end <= m.start()
                    and m.start() - d.end <= _OCCASION_REACH and "," not in low[d.end:m.start()]
                    and (_POSSESSIVE_DAY.match(low, d.end) or not low[d.end:m.start()].strip())), None)
        # (the occasion's own date: "Saturday's vote ..., in which", "the vote on Tuesday, in which"; not a date of
        # another verb before the noun: "faced condemnation on Monday for its crackdown on protesters, in which")
        if day is not None:
            return day
    return None
