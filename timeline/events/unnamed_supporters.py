"""Support (and a demand, a sanction or aid of states) by a group the text does not name: "Largely Sunni Gulf states
backed the monarchy", "More Gulf Arab nations have withdrawn their ambassadors from Syria", "Top generals,
ambassadors and some tribes endorsed the goals of Yemen's protesters", "as crowds welcomed a U.N. humanitarian team",
"The world welcomed the British-trained eye doctor in 2000".

An undated predicate is an event only when an actor does it (``extract._is_event``), so a support verb whose subject
is a group no one names gave no row. events_gold.md rule 13 codes an accusation, demand or support by an unnamed group
as a row with ``actor1`` null when what it is given to is named (fresh5 294#2, fresh4 167#5, fresh13 46#31), and no
row when neither side is named ("Arab states endorsed it"). The subject is a group noun (``supporter_group`` of
``event_cues.tsv``, with its modifiers: "largely Sunni Gulf states", "Western nations") right before the verb group
(a progressive's too: "Western powers have been tightening sanctions on Syria"), or "the world"; the supported is the first actor of the verb's object. Not a support quoted, negated, passive ("backed
by Iran": the backer named in the "by" phrase is the agent, as any passive reads) or held possible ("Western nations
might back"), nor one inside a relative clause ("Christians who supported the uprising"): a description of the group.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import break_class
from ..actors.gazetteer import DEMONYMS, phrase_alternation
from .agentless import crowd_demander
from .cues import CUES, MODAL_GROUP, SUBJECT_TO_VERB

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState
    from .predicates import Predicate

# support, and a demand on a named actor ("Many Western powers have urged President Assad to stand down", "Western
# leaders called on Assad to step down": events_gold.md rule 13 names "The West has urged" among its instances); a
# sanction or aid of a group of states on a named one ("More Gulf Arab nations have withdrawn their ambassadors from
# Syria", events_gold_fresh30 t17-bbc-204#1; "Western powers lent air support to Libyan rebels", fresh4
# t17-reuters-301#12; "Western countries have tightened sanctions on Syria", audit t17-reuters-289): an unnamed group's
# act on a named one is a row with actor1 null (rule 2), as "Gulf states say they are expelling Syria's ambassadors" is
_TYPES = ("support", "demand", "sanction", "aid")
# the kinds only a group of states does (``state_group``): a crowd's demand is agentless.crowd_demand's
_STATE_ACTS = frozenset({"demand", "sanction", "aid"})
_GROUP = phrase_alternation(CUES["supporter_group"])
_STATES = frozenset(CUES["state_group"])
# the group right before the verb group: its head noun, or "the world" / "the international community", then only
# auxiliaries and adverbs (``cues.SUBJECT_TO_VERB``: "have largely", "also"; and "still", "all", "both"), and the
# be-forms of a progressive ("Western powers have been tightening sanctions on Syria", "European powers are campaigning
# for a ... UN Security Council resolution": the act as it goes on; the reader marks a passive, which ``_reads`` leaves out)
_SUBJECT = re.compile(r"(?<![\w'’-])(?:(?P<head>%s)|the\s+(?:world|international\s+community|west))"
                      r"(?:\s+(?:%s|still|all|both|been|are|were|is|was))*\s+$" % (_GROUP, SUBJECT_TO_VERB))
# the word before the head that makes it no subject of its own: a preposition or a relative ("most of the Gulf
# states", "with Arab nations"), or a possessive that names the group's owner ("Assad's supporters" is his camp)
_NOT_SUBJECT = re.compile(r"(?:\b(?:of|with|by|for|to|from|among|against|who|that|which)|['’]s)\s+"
                          r"(?:[\w-]+\s+){0,3}$")
_MODAL = re.compile(r"\b(?:%s)\s+(?:[a-z]+\s+)?$" % MODAL_GROUP)
# the end of the verb's object: the supported is named before it ("endorsed it at the Cairo meeting": no one named)
_OBJECT_END = re.compile(break_class(r",;:(") + r"|\s(?:as|but|while|because|after|when|and|who|which|that|at|in|on"
                         r"|during|since|"
                         r"over|from)\s")
# a sanction's target follows "on", "from" or "against" ("tightened sanctions on Syria", "withdrawn their ambassadors
# from Syria"): its object runs past them
_SANCTION_END = re.compile(break_class(r",;:(") + r"|\s(?:as|but|while|because|after|when|and|who|which|that|at|in"
                           r"|during|since|"
                           r"over)\s")


_THAT = re.compile(r"\s+that(?=\s)")
# a clause of an earlier time or a cause, opened right before the crowd's demand ("since protesters demanded")
_TIME_CLAUSE = re.compile(r"(?<![\w'’-])(?:since|after|before|until|till|because)\s+(?:[\w'’-]+\s+){0,6}$")


def unnamed_supporters(st: _SentenceState) -> None:
    """A support verb of the sentence that no pass made an event, whose subject is a group no one names and whose
    object names an actor: the group's support, ``actor1`` None, the supported its counterpart (module doc)."""
    for kind in _TYPES:
        if kind not in st.families:
            _unnamed_group_act(st, kind)


def _unnamed_group_act(st: _SentenceState, kind: str) -> None:
    """The first ``kind`` verb of the sentence that no pass made an event, by a group no one names on a named actor."""
    builder, sent, low = st.builder, st.sent, st.low
    for p in st.preds:
        if p.type != kind or not _reads(p, builder.text, low, sent.start) or st.taken(p.trigger.start):
            continue
        start = p.trigger.end
        if kind == "demand" and (that := _THAT.match(low, start)) is not None:
            start = that.end()  # "people demanded that Mr Assad resign": the one asked opens the clause asked for
        stop = (_SANCTION_END if kind == "sanction" else _OBJECT_END).search(low, start, sent.end)
        end = stop.start() if stop is not None else sent.end
        supported = [a for a in sent.actors if start <= a.start < end and "dateline" not in a.flags]
        if not supported:
            continue  # neither side named: no row (rule 13)
        mention = st.dated.get(p.trigger.start) or next(
            (d for d in st.undated_dates if p.trigger.end <= d.start <= end + 40 and d.end <= sent.end), None)
        day = {"mention": mention, "basis": mention.date_basis} if mention is not None else st.on_day(st.basis(p))
        event = st.record(p, **day)
        name = _supported(supported[0], low)
        builder.amend(event, actor1=None, actor2=name, actors=(name,))
        return


# a country's name or demonym before a noun of its dissenters: "the goals of Yemen's anti-government protesters"
_DISSENTERS = re.compile(r"(?:['’]s)?\s+(?:(?:anti-government|pro-democracy|anti-regime|young|peaceful)\s+)*"
                         r"(?:protesters|protestors|demonstrators|opposition|dissidents)(?![\w-])")


def _supported(actor, low: str) -> str:
    """The name of the supported ``actor``; a country named as the owner of its dissenters ("Yemen's anti-government
    protesters") is their side, that country's opposition, as the gold sets code it (fresh5 294#2 "Yemeni
    opposition", fresh4 "Assad's foes" = Syrian opposition), not the state they rise against."""
    demonym = DEMONYMS.get(actor.name)
    if actor.kind == "country" and demonym and _DISSENTERS.match(low, actor.end):
        return f"{demonym} opposition"
    return actor.name


def _reads(p: Predicate, text: str, low: str, floor: int) -> bool:
    """Is ``p`` an active, reported support verb, neither quoted nor negated nor held possible, right after a group
    subject the text does not name? (``p``'s type is one of ``_TYPES``: the caller's ``kind``.)"""
    if p.type == "demand" and p.rule == "participle":
        return False  # "killed 13 protesters calling for the end of Assad's rule": the participle describes the group
    if p.form != "verb" or p.passive or p.quoted or p.negated or p.topic \
            or p.status != "reported":
        return False
    before = low[max(floor, p.start - 80):p.start]
    if _MODAL.search(before):
        return False
    if p.type == "demand" and crowd_demander(p, text, low, floor):
        return _TIME_CLAUSE.search(before) is None  # a crowd's demand in a clause that is not the sentence's own ("But once security forces opened
        # fire on peaceful demonstrations, people demanded that Mr Assad resign", "..., as tens of thousands of people
        # called on President Bashar al-Assad to step down"): no pass read it, as crowd_demand reads the main clause's;
        # not in a clause of an earlier time or a cause ("refugee arrivals have tripled since protesters demanded
        # Assad's removal": the uprising's start, background)
    subject = _SUBJECT.search(before)
    if subject is None:
        return False
    if p.type in _STATE_ACTS and subject.group("head") is not None and subject.group("head").split()[-1] not in _STATES:
        return False  # a crowd's demand is agentless.crowd_demand's, with its own tests ("since protesters demanded"); a
        # sanction or aid is a state's
    return not _NOT_SUBJECT.search(before, 0, subject.start())
