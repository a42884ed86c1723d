"""A saying whose subject is a group named by its blame ("Critics have said the mission has done nothing", "Opponents
say he has played on sectarian fears", "Many of Assad's opponents say his reform promises are hollow"): an accusation
by accusers the text does not name (``actor1`` None), of the one it owns them ("Assad's opponents") or of the first
actor of what they say. In the present or the perfect it is a standing charge with no day (events_gold.md rule 6);
a past saying takes the day it was reported, as any saying does.

The development sets code these rows so (events_gold_fresh10 168#11, fresh11 216#15 and bbc-185#4; fresh4 157#20
names the opponents "Syrian opposition"). The nouns are data (``event_cues.tsv``: ``blamer_noun``); an unnamed
source ("activists say", "residents said", "Activists accused the regime of ...") is no accuser named by its blame,
and stays as it was read (events_gold.md rule 9 (b), (c): its accusation is a row only of a state the text gives).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.gazetteer import phrase_alternation
from .cues import CUES

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the whole subject, from the sentence's start to the reporting verb: "Critics have said", "But his critics say",
# "Many of Assad's opponents say", "Some opponents of the government argue"
_SUBJECT = re.compile(
    r"[\s\"“]*(?:(?:but|yet|however|still|meanwhile)\s*,?\s+)?(?:(?:many|some|most|other|several)\s+(?:of\s+)?)?"
    r"(?:(?:the|his|her|its|their|[a-z][\w.-]*['’]s?)\s+)?(?:[a-z][\w-]*\s+)?"
    rf"(?P<head>{phrase_alternation(CUES['blamer_noun'])})"
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*){0,2})?"
    r"\s+(?:(?:have|has|had|long|also|often|repeatedly|widely|privately|publicly)\s+)*$")
_OBJECT_END = re.compile(r",|;|\b(?:of|for|over|that|and|after|because)\b")
# a present or perfect saying: no day of its own (a standing charge)
_STANDING = re.compile(r"(?:say|says|argue|argues|contend|contends|claim|claims|complain|complains|charge|charges|"
                       r"allege|alleges|insist|insists|believe|believes)$")
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:(?:long|also|often|repeatedly|widely)\s+)*$")


def blamers_saying(st: _SentenceState) -> None:
    """The accusation of a reporting verb whose subject is a group of accusers no one names (module doc)."""
    builder, sent, low = st.builder, st.sent, st.low
    if "accuse" in st.families or any(e.event_family == "accuse" for e in builder.events[st.first:]):
        return
    for p in st.preds:
        if not p.reporting or p.quoted or p.negated or p.embedded:
            continue
        subject = _SUBJECT.fullmatch(low, sent.start, p.start)
        if subject is None:
            continue
        made = [e for e in builder.events[st.first:] if e.trigger == p.trigger.text and e.event_type == "statement"]
        verb = low[p.trigger.start:p.trigger.end].split(" ")[0]
        if made:  # a dated saying, already made with no speaker ("Critics said on Monday ..."): the accusation of its day
            if made[-1] is not builder.events[-1] or made[-1].actor1 is not None:
                return
            said = builder.events.pop()
            mention = next((d for d in st.dates if d.start == said.date_char_start), None)
            day = {"mention": mention, "basis": said.date_basis}
        elif _STANDING.fullmatch(verb) or _PERFECT.search(low, max(sent.start, p.start - 30), p.trigger.start):
            day = {"mention": None, "basis": "undated"}
        else:
            day = st.on_day(st.basis(p))
        owner = [a for a in sent.actors if sent.start <= a.start and a.end <= subject.start("head")]
        said = [a for a in sent.actors if a.start >= p.trigger.end]
        target = owner[-1].name if owner else said[0].name if said else None
        event = st.record(replace(p, type="accuse", rule="blamers' saying"), **day)
        builder.amend(event, actor1=None, actor2=target, actors=(target,) if target else ())
        return


def unnamed_accusers(st: _SentenceState) -> None:
    """An accusing verb whose subject is a group named by its blame ("Critics accused the government of stalling"): the
    accusation, by accusers the text does not name, of the actor after the verb; its day is that of any act the
    sentence reports (the report day for a simple past). Not an unnamed source's ("Activists accused the regime of
    deploying tanks"): an unnamed source's accusation is a row only of the state the text gives it (events_gold.md,
    rule 9 (c)), and no one is given here."""
    builder, sent, low = st.builder, st.sent, st.low
    if "accuse" in st.families or any(e.event_family == "accuse" for e in builder.events[st.first:]):
        return
    for p in st.preds:
        if p.type != "accuse" or p.form != "verb" or p.quoted or p.negated or p.embedded or p.passive or p.topic \
                or p.status != "reported" or p.trigger.start in st.claimed_starts:
            continue
        if _SUBJECT.fullmatch(low, sent.start, p.start) is None:
            continue
        stop = _OBJECT_END.search(low, p.trigger.end, sent.end)  # the accused: the verb's object, before "of", "for"
        accused = [a for a in sent.actors if p.trigger.end <= a.start < (stop.start() if stop else sent.end)]
        target = accused[0].name if accused else None
        event = st.record(replace(p, rule="unnamed accusers"), **st.on_day(st.basis(p)))
        builder.amend(event, actor1=None, actor2=target, actors=(target,) if target else ())
        return
