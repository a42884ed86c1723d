"""The purpose of working with a partner is a second act of the worker's; joint work committed to beside an
arrangement is cooperation beside the agreement.

"Britain will work with donors such as Norway and Canada to provide humanitarian aid to Sudan" tells of planned
cooperation and of planned aid, Britain to Sudan, of the same status and day as the cooperation. Run by
``extract._sentence_events`` after the sentence's main event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .basis import CONSULT
from .cues import CUES
from .predicates import AGREED_TO, AND_COOPERATION, FORCE_FAMILIES, HOSTILE
from .triggers import DEFINED

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# what lies between a verb of working with a partner and the infinitive of its purpose: the partners, no clause break
_JOINT_PURPOSE = re.compile(run_class(r",;:()\"“”—–") + r"*?\sto\s+")
# a union of the groups the subject names, with no partner ("joined together": event_triggers.tsv's ``union``, the verbs
# of its cooperate row)
_UNION = re.compile(DEFINED["union"])


def purpose_of_joint_work(st: _SentenceState, is_event: Callable[..., bool]) -> None:
    """The purpose of working with a partner is a second act of the worker's, of the same status and day: "Britain
    will work with donors such as Norway and Canada to provide humanitarian aid to Sudan" (planned cooperation, and
    planned aid, Britain to Sudan). Only an act of another family than the cooperation, a consultation, a statement
    (the purpose of a call, "spoke with Macron to discuss aid", is no row in the gold sets) or force ("to fight
    poverty", "to combat terrorism": a cause, no act of war), with a party of its own besides the partners (not "will
    continue to work with Israel to expand deliveries by land": events_gold_fresh6.md codes the work alone), and only its infinitive
    right after the partners, with no verb between. ``is_event`` is the driver's test of an undated act
    (``extract._is_event``)."""
    if st.heading:
        return
    builder, low = st.builder, st.low
    for e in list(builder.events[st.first:]):
        if e.event_type != "cooperate" or e.actor1 is None and (e.date_char_start is None or not _UNION.fullmatch(e.trigger or "")):
            continue  # (an unnamed group's dated union may have a purpose: see below; not "coordinated calls from the
            # United States and European Union on Thursday for Assad to step down", a noun's modifier)
        p = st.verb_of(e)
        if p is None:
            continue
        for q in st.preds:
            if q.trigger.start <= p.end:
                continue
            if q.form in ("verb", "report") and not _JOINT_PURPOSE.fullmatch(low, p.end, q.start):
                break  # the first verb after the cooperation is its purpose, or there is none
            if q.form != "verb" or not q.embedded or q.quoted or q.negated or q.topic \
                    or q.family in (CONSULT, "statement", "cooperate") or q.family in FORCE_FAMILIES \
                    or q.trigger.start in st.claimed_starts:
                # (not an act of force: "committed to explore delivering new World Bank resources to fight poverty")
                break
            act = replace(q, embedded=False, status=e.status, rule=f"purpose of joint work {q.rule}")
            if e.actor1 is None:
                # "Syria's main opposition groups joined together Sunday to call on the international community to
                # take action" (events_gold_blind 94#1, #2): the unnamed groups' union and their call, both of the
                # day the date gives the union; a dated act needs no named agent
                mention, basis = st.day_of(e)
                st.record(act, mention, basis=basis)
                break
            partners = set(e.actors) - {e.actor1}
            if not is_event(act, st.sent, builder, e.actor1) \
                    or not [n for n in builder.parties(st.sent, act)[1] if n not in partners and n != e.actor1]:
                break  # (only with a party of its own: "will continue to work with Israel to expand deliveries by
                # land" is the work with Israel alone, events_gold_fresh6.md)
            mention, basis = st.day_of(e)
            event = st.record(act, mention, basis=basis, agent=e.actor1)
            if event is not None:
                builder.amend(event, actors=tuple(n for n in event.actors if n not in partners),
                              actor2=None if event.actor2 in partners else event.actor2)
            break


# words after the second object's verb that name the joint work it keeps up ("continuing to build on existing
# frameworks of cooperation", "to deepen their coordination on migration")
_JOINT_NOUN = re.compile((run_class(r";:.!?") +
                         r"{0,60}?\b(?:%s)\b") % "|".join((*CUES["joint_work_object"], "partnership", "partnerships")))


def committed_joint_work(st: _SentenceState) -> None:
    """A commitment with two objects, a concrete arrangement and joint work kept up, is an agreement and cooperation:
    "The three countries committed to meeting again this summer and continuing to build on existing frameworks of
    cooperation" (the agreement to meet, the planned meeting, and the cooperation, events_gold.md rule 7 (b) and (e)),
    "agreed to hold talks next month and to deepen their cooperation on border security". The cooperation is the
    agreement's actors' and day's. Not when the second object is a hostile act's ("agreed to impose new sanctions and
    to maintain coordination on the embargo")."""
    if st.heading:
        return
    builder, low = st.builder, st.low
    for e in list(builder.events[st.first:]):
        if e.event_type != "agreement" or e.actor1 is None or not e.trigger \
                or e.trigger.split()[0] not in AGREED_TO:
            continue
        p = next((q for q in st.preds if q.type == "agreement" and q.trigger.text == e.trigger), None)
        if p is None:
            continue
        second = AND_COOPERATION.match(low, p.end)
        if second is None or _JOINT_NOUN.match(low, second.end()) is None or any(
                p.end < q.trigger.start <= second.end() + 80 and q.family in HOSTILE for q in st.preds):
            continue
        mention, basis = st.day_of(e)
        event = st.record(replace(p, type="cooperate", rule="committed to joint work"), mention, basis=basis,
                          agent=e.actor1, claim=False)
        builder.amend(event, actors=e.actors, actor2=e.actor2)


def commitment_of_the_day(st: _SentenceState) -> None:
    """A commitment dated only by the time of what it commits to is also a commitment made on the day it is reported:
    "The two leaders ... committed to work towards a significant further increase in scheduled passenger flights early
    next year" is the planned work of early next year and the leaders' commitment of the readout's day (as "committed
    to meeting again this summer" is a planned meeting and an agreement of the day, events_gold.md rule 7 (e)). Only a
    future date after the commitment's verb, in its clause; the commitment keeps the actors and type of the planned
    row."""
    if st.heading:
        return
    builder = st.builder
    for e in list(builder.events[st.first:]):
        if e.status != "planned" or e.event_type not in ("cooperate", "agreement") or e.actor1 is None \
                or not e.trigger or e.trigger.split()[0] not in AGREED_TO or e.date_char_start is None:
            continue
        p = next((q for q in st.preds if q.trigger.text == e.trigger and q.type == e.event_type), None)
        if p is None or p.status == "planned" or e.date_char_start < p.end \
                or st.low.find(";", p.end, e.date_char_start) >= 0:
            continue  # ("will commit to ...": the commitment itself is planned)
        if any(o.event_type == e.event_type and o.status == "reported" and o.trigger == e.trigger
               for o in builder.events[st.first:]):
            continue
        event = st.record(p, basis=st.basis(p), agent=e.actor1, claim=False)
        if event is not None:  # its parties are those who commit (not "the people of the United States" of a clause
            # before it)
            builder.amend(event, actors=tuple(n for n in (event.actor1, event.actor2) if n is not None))


# "between U.S. and EU government officials": the two sides a joint body is formed between, right after its noun
_BETWEEN = re.compile(run_class(r",;:.!?()") + r"{0,60}?\bbetween\s+(?:the\s+)?")
_AND = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?")


def joint_body_sides(st: _SentenceState) -> None:
    """Joint work a joint statement's "we" undertakes "between" two named sides is those sides': "We intend to form a
    transatlantic sprint between U.S. and EU government officials" is the United States' and the European Union's
    (events_gold_fresh13 von der Leyen #55, rule 9 (a): unnamed officials of a named state or union), not the two
    signing leaders'. Only when both sides are named right after "between"."""
    if st.heading:
        return
    builder, low = st.builder, st.low
    for k in range(st.first, len(builder.events)):
        e = builder.events[k]
        if e.event_type != "cooperate" or e.actor1 not in builder.signatories:
            continue
        p = st.verb_of(e)
        if p is None:
            continue
        m = _BETWEEN.match(low, p.end)
        if m is None:
            continue
        first = next((a for a in st.sent.actors if a.start == m.end()), None)
        joint = _AND.match(low, first.end) if first is not None else None
        second = next((a for a in st.sent.actors if joint is not None and a.start == joint.end()), None)
        if second is None or second.name == first.name:
            continue
        builder.events[k] = replace(e, actor1=first.name, actor2=second.name, actors=(first.name, second.name))
