"""A saying whose subject is a group named by its blame ("Critics have said the mission has done nothing", "Opponents
say he has played on sectarian fears", "Many of Assad's opponents say his reform promises are hollow"): an accusation
by accusers the text does not name (``actor1`` None), of the one it owns them ("Assad's opponents") or of the first
actor of what they say. In the present or the perfect it is a standing charge with no day (events_gold.md rule 6);
a past saying takes the day it was reported, as any saying does.

The development sets code these rows so (events_gold_fresh10 168#11, fresh11 216#15 and bbc-185#4; fresh4 157#20
names the opponents "Syrian opposition"). The nouns are data (``event_cues.tsv``: ``blamer_noun``); an unnamed
source that only says ("activists say", "residents said") is no accuser, and stays as it was read (events_gold.md
rule 9 (b)). An accusing verb of any group no one names ("Activists accused the regime of deploying tanks", "Some
accused Hariri of being behind the demonstrations") is the group's accusation, with ``actor1`` None, when the accused
is named (rule 13, adopted after rule 9 (c) was read as barring it: fresh11 bbc-234#13, fresh14 106#6); with no
one named on either side it is no row.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import run_class
from ..actors.gazetteer import phrase_alternation
from .analysts import COMMENTARY
from .aspect import present_perfect_before
from .cues import BE, CUES, GROUP_QUANTIFIER, MODALS, SUBJECT_LINK, SUBJECT_TO_VERB
from .undated_why import PERFECT, STANDING, undated

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event
    from .extract import _SentenceState
    from .predicates import Predicate

def _subject(head: str) -> str:
    """The pattern of a whole subject up to its reporting verb, its head noun one of the alternation ``head``."""
    return (rf"[\s\"“]*(?:(?:{SUBJECT_LINK})\s*,?\s+)?(?:(?:{GROUP_QUANTIFIER})\s+(?:of\s+)?)?"
            r"(?:(?:the|his|her|its|their|[a-z][\w.-]*['’]s?)\s+)?(?:[a-z][\w-]*\s+)?"
            rf"(?P<head>{head})"
            r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*){0,2})?"
            r"\s+(?:(?:%s)\s+)*$" % SUBJECT_TO_VERB)


_BLAMER_HEAD = phrase_alternation(CUES["blamer_noun"])
# the whole subject, from the sentence's start to the reporting verb: "Critics have said", "But his critics say",
# "Many of Assad's opponents say", "Some opponents of the government argue"
_SUBJECT = re.compile(_subject(_BLAMER_HEAD))
# the same subject headed by a group no one names, or a bare "Some" / "Others": the subject of an accusing verb only,
# perhaps after an opening phrase up to its comma ('Using words like "disgusted" and "appalled", Western diplomats
# accused Russia and China of holding the council hostage', "In Homs, activists accused the army of ...")
_GROUP_SUBJECT = re.compile(r"(?:" + run_class(r",;:()") + r"{1,100},\s*)?" + _subject(
    r"(?<![\w-])(?:some|others)(?=\s)|%s|%s" % (phrase_alternation((*CUES["unnamed_source"], *CUES["state_group"])),
                                                 _BLAMER_HEAD)))
# any other subject that is a plain noun phrase, perhaps after an opening phrase up to its comma: "Some figures inside
# Syria privately criticize", "Yemeni tribal figures close to Riyadh have expressed frustration with", "The narrator
# accused", "Tens of thousands of Egyptians in Tahrir Square ... accused" (its words checked by ``_plain_subject``)
_PLAIN_SUBJECT = re.compile((r"(?:" + run_class(r",;:()\"“”") + rf"{{1,100}},\s*)?(?:(?:{SUBJECT_LINK})\s*,?\s+)?"
                            r"(?P<np>(?:[a-z][\w.'’-]*\s+){0,9}?[a-z][\w.'’-]*)\s+(?:(?:%s)\s+)*$") % SUBJECT_TO_VERB)
# words a plain subject does not hold: pronouns (an accuser the text has named: "It has also accused Turkey"), words of
# a clause (a verb, a relative, a conjunction of clauses), and the head of a document ("The draft ... condemns": no act
# of its sponsors; "a report by Human Rights Watch accused": its author's, named)
_NOT_PLAIN = frozenset(CUES["speaker_pronoun"]) | frozenset(CUES["person_pronoun"]) | frozenset(CUES["body_pronoun"]) \
    | frozenset(CUES["document_subject"]) | BE | MODALS | frozenset(
        "you this that these those who whom which whose what when while where as if because although though since "
        "said says say told not no to by report reports".split())
_OBJECT_END = re.compile(r",|;|\b(?:of|for|over|that|and|after|because)\b")
# an apposition that names the accused after a comma ("accused Alawite militiamen, known as shabiha and fiercely loyal
# to the Assads, of helping the security forces"): the name it gives is still the verb's object
_NAMING_APPOSITION = re.compile(r",\s*(?:(?:also|locally|widely|commonly)\s+)?(?:known\s+as|called|dubbed|nicknamed)\s+")
# a present saying: no day of its own (a standing charge; the perfect is ``aspect.present_perfect_before``)
_STANDING = re.compile(r"(?:say|says|argue|argues|contend|contends|claim|claims|complain|complains|charge|charges|"
                       r"allege|alleges|insist|insists|believe|believes)$")
# a present accusing verb: a standing charge, no day ("Some figures inside Syria privately criticize the opposition")
_STANDING_ACCUSING = re.compile(r"(?:accuse|accuses|blame|blames|criticize|criticizes|criticise|criticises|condemn|"
                                r"condemns|charge|charges|denounce|denounces)$")


def blamers(st: _SentenceState) -> None:
    """The accusation of a sentence whose subject is a group named by its blame, by accusers the text does not name
    (``actor1`` None), when the sentence has none yet: of a reporting verb (``_saying``, module doc), else of an
    accusing verb ("Critics accused the government of stalling": ``_accusing``). Each reading takes the first
    predicate of its kind after such a subject; the saying goes first, and the accusing verb is read when the saying
    is already a speaker's or is not the sentence's last event."""
    builder, sent, low = st.builder, st.sent, st.low
    if "accuse" in st.families or st.has_row("accuse"):
        return
    saying = accusing = None
    for p in st.preds:
        if p.quoted or p.negated or p.embedded:
            continue
        says, accuses = saying is None and p.reporting, accusing is None and _accuses(st, p)
        subject = _SUBJECT.fullmatch(low, sent.start, p.start) if says or accuses else None
        if subject is not None:
            saying = (p, subject) if says else saying
            accusing = (p, True) if accuses else accusing
        elif accuses and (_GROUP_SUBJECT.fullmatch(low, sent.start, p.start) or _plain_subject(st, p)):
            accusing = (p, False)
    event, target = _saying(st, *saying) if saying is not None else (None, None)
    if event is None and accusing is not None:  # (no saying was made: the sentence is as the guard above read it)
        event, target = _accusing(st, *accusing)
    builder.amend(event, actor1=None, actor2=target, actors=(target,) if target else ())


def _accuses(st: _SentenceState, p: Predicate) -> bool:
    """Is ``p`` an accusing verb of this sentence that no pass has taken, reported as an act ("accused", not passive
    nor a topic)?"""
    return p.type == "accuse" and p.form == "verb" and not p.passive and not p.topic and p.status == "reported" \
        and p.trigger.start not in st.claimed_starts


def _plain_subject(st: _SentenceState, p: Predicate) -> bool:
    """Is the subject of the accusing verb ``p`` a plain noun phrase that names no one the finder reads as its agent
    ("Some figures inside Syria privately criticize the opposition in exile", "The narrator accused the government of
    ethnic cleansing"): the accusers are a group the text does not name (events_gold.md rule 13), however it calls
    them, and not only by the nouns of ``_GROUP_SUBJECT``? Not a pronoun, a document or a clause (``_NOT_PLAIN``)."""
    m = _PLAIN_SUBJECT.fullmatch(st.low, st.sent.start, p.start)
    if m is None or _NOT_PLAIN & set(m.group("np").split()) or COMMENTARY.search(m.group("np")):
        return False  # (the press and its commentators: their criticism is comment, no act of a party, events_gold.md
        # rule 24; events_gold_fresh13 t17-bbc-276, a press review: "papers in Lebanon criticised Mr Assad's visit" gives
        # no row; ``analysts.COMMENTARY``, of ``analyst_speakers.txt``)
    return not st.builder.parties(st.sent, p)[0]


def _saying(st: _SentenceState, p: Predicate, subject: re.Match) -> tuple[Event | None, str | None]:
    """The accusation of the reporting verb ``p`` after a subject named by its blame (module doc), and the accused:
    the one who owns the accusers ("Assad's opponents"), else the first actor of what they say. None when ``p`` was
    already made a saying of a speaker, or one that is not the sentence's last event: no event."""
    builder, sent, low = st.builder, st.sent, st.low
    made = [e for e in builder.events[st.first:] if e.trigger == p.trigger.text and e.event_type == "statement"]
    verb = low[p.trigger.start:p.trigger.end].split(" ")[0]
    if made:  # a dated saying, already made with no speaker ("Critics said on Monday ..."): the accusation of its day
        if made[-1] is not builder.events[-1] or made[-1].actor1 is not None:
            return None, None
        mention, basis = st.day_of(builder.events.pop())
        day = {"mention": mention, "basis": basis}
    elif _STANDING.fullmatch(verb) or present_perfect_before(low, p.trigger.start):
        day = {"mention": None, "basis": undated(STANDING if _STANDING.fullmatch(verb) else PERFECT)}
    else:
        day = st.on_day(st.basis(p))
    owner = [a for a in sent.actors if sent.start <= a.start and a.end <= subject.start("head")]
    reported = [a for a in sent.actors if a.start >= p.trigger.end]
    target = owner[-1].name if owner else reported[0].name if reported else None
    return st.record(replace(p, type="accuse", rule="blamers' saying"), **day), target


def _accusing(st: _SentenceState, p: Predicate, by_blame: bool) -> tuple[Event | None, str | None]:
    """The accusation of the accusing verb ``p`` after a subject named by its blame (``by_blame``) or by a group no one
    names ("Activists accused the regime of deploying tanks"), and the accused: the actor after the verb; its day is
    that of any act the sentence reports (the report day for a simple past). A group's accusation of no named actor is
    no row (events_gold.md rule 13: neither side named)."""
    sent, low = st.sent, st.low
    stop = _OBJECT_END.search(low, p.trigger.end, sent.end)  # the accused: the verb's object, before "of", "for"
    if stop and stop.group() == "," and (naming := _NAMING_APPOSITION.match(low, stop.start())):
        stop = _OBJECT_END.search(low, naming.end(), sent.end)
    accused = [a for a in sent.actors if p.trigger.end <= a.start < (stop.start() if stop else sent.end)]
    if not accused and not by_blame:
        return None, None
    verb = low[p.trigger.start:p.trigger.end].split(" ")[0]
    if _STANDING_ACCUSING.fullmatch(verb) or present_perfect_before(low, p.trigger.start):
        day = {"mention": None, "basis": undated(STANDING if _STANDING_ACCUSING.fullmatch(verb) else PERFECT)}  # "residents ... have accused Alawite militiamen": a standing charge,
        # as the blamers' saying is (events_gold_fresh16 27#7, fresh11 bbc-185#4)
    else:
        day = st.on_day(st.basis(p))
    return st.record(replace(p, rule="unnamed accusers"), **day), accused[0].name if accused else None
