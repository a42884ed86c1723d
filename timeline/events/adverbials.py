"""Acts of an adverbial clause with a named subject of its own: "The European Union widened sanctions against Assad
after China and Russia blocked an attempt by Western powers to bring about a U.N. Security Council resolution" (a
rejection by China and Russia), "Bahrain ... joined growing condemnation of Syria when Foreign Minister Sheikh Khaled
al-Khalifa announced the recall of his country's ambassador" (his sanction).

One reader finds such a clause (``subordinate_clause``): the nearest subordinator before the verb
(``subordinate_opener`` in ``event_cues.tsv``; ``subordinate_same_time`` are those of a clause at the time of the act
before it), then its subject, then the verb group (``subordinate_group``: auxiliaries, adverbs of time or aspect; an
aspect verb before "to", ``subordinate_aspect``), with no clause break between. Two rules read what it finds.

An adverbial clause whose subject is made only of named actors ("China and Russia", "Foreign Minister Sheikh Khaled
al-Khalifa") is their act (``adverbial_clause``). A clause whose subject is a pronoun or a common noun ("after he
met", "when security forces opened fire") is left to the other rules.

Acts of force in a subordinate clause with a subject of its own (``subordinate_force_acts``: "..., after Syrian
forces killed six people", "while Assad's military continued to storm restive cities") are read by a rule of their
own, which also types them by the victims of the main clause; an act of force named by a noun with its agent in a
phrase of another time ("Rebels withdrew from Baba Amr after weeks of shelling from government forces") by
``force_phrase_acts``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..cue_words import break_class, run_class
from ..actors.gazetteer import phrase_alternation
from ..last_match import last_match
from .basis import CONSULT
from .cues import CUES, PRONOUNS
from .past_narrative import past_narrative
from .predicates import FORCE_FAMILIES
from .relative_day import measured_clause
from .relatives import ClauseAct
from .undated_why import RECALLED, undated

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from ..model import Mention
    from .extract import Sentence, _SentenceState
    from .predicates import Predicate

_SAME = frozenset(CUES["subordinate_same_time"])
REACH = 100  # characters before the verb in which its subordinator is looked for
_OPENER = re.compile(r"(?<![\w'’-])(?:%s)\s+" % phrase_alternation(CUES["subordinate_opener"]))
_REST = re.compile((r"(?P<subject>" + run_class(r",;:()\"“”—–") + r"{2,80}?)(?P<group>(?:\s+(?:%s|(?:%s)\s+to))*)\s+")
                   % (phrase_alternation(CUES["subordinate_group"]), phrase_alternation(CUES["subordinate_aspect"])))


@dataclass(frozen=True, slots=True)
class Subordinate:
    """A subordinate clause before its verb: ``kind`` "same_time" ("when", "while", "as") or "other_time" ("after",
    "before", "since", ...), ``at`` where its subordinator starts, ``subject`` the span of its subject and ``actors``
    the actors inside that span, in text order."""

    kind: str
    at: int
    subject: tuple[int, int]
    actors: tuple[ActorMention, ...]


def subordinate_clause(q: Predicate, sent: Sentence, low: str) -> Subordinate | None:
    """The subordinate clause ``q``'s verb heads: the nearest subordinator before it (within ``REACH``) followed by a
    subject and a verb group up to the verb ("after ... when X announced" is the "when" clause's); None if there is
    none."""
    for sub in reversed(list(_OPENER.finditer(low, max(sent.start, q.start - REACH), q.start))):
        m = _REST.fullmatch(low, sub.end(), q.start)
        if m is None:
            continue
        pos, end = m.span("subject")
        actors = tuple(sorted((a for a in sent.actors if pos <= a.start and a.end <= end), key=lambda a: a.start))
        kind = "same_time" if sub.group().split()[0] in _SAME else "other_time"
        return Subordinate(kind, sub.start(), (pos, end), actors)
    return None


_DATE_GAP = re.compile(r"\s*,?\s*")


def date_before(dates: list[Mention], low: str, at: int) -> Mention | None:
    """The date that ends right before the subordinator at ``at``, with nothing but spaces and a comma between ("Since
    2005, when Washington withdrew", "the previous Friday when security forces killed"): the time a clause of the same
    time is of; None if there is none."""
    return next((m for m in dates if m.end <= at and _DATE_GAP.fullmatch(low, m.end, at)), None)


def same_time_day(q: Predicate, sent: Sentence, dates: list[Mention], low: str) -> Mention | None:
    """The date right before the "when", "while" or "as" of a clause ``q`` heads ("signaled its support earlier this
    month when Juppe shook hands with its leader", "the previous Friday when security forces killed"): a clause of the
    same time as the date it follows takes it; None when ``q`` heads no such clause or no date ends right before it."""
    clause = subordinate_clause(q, sent, low)
    if clause is None or clause.kind != "same_time" or low.startswith("as", clause.at):
        return None  # ("was widely reported last month as evidence that ...": "as" before a noun is no subordinator)
    return date_before(dates, low, clause.at)


# the phrase of the same time that follows a verb and its object: "shot dead at least 11 people during mass protests",
# "fired tear gas at a rally", "shelled the city amid talks": up to the act noun, no comma or clause between
_DURING_PHRASE = re.compile(r"(?:(?![,;:\"“”(]|\b(?:and|but|who|which|that|after|before|since|when|while|as)\b)[^.])*?"
                            r"\b(?:during|amid|amidst|at)\s+(?:(?:the|a|an|its|his|her|their|[a-z]+['’]s)\s+)?"
                            r"(?:[\w-]+\s+){0,3}?$")
# between the act noun and the day that dates it: "protests on Friday", "a rally in Homs on Friday", "a visit by a U.N.
# humanitarian team on Monday", "protesting against President Bashar al-Assad on Friday": up to two short phrases of
# place, agent or target (each word a run of non-space characters, so no two whitespace quantifiers meet)
_GAP_WORD = r"(?!(?:on|and|but|or|who|which|that|when|while|after|before|since|as|to)\b)[\w.'’-]+"
_NOUN_DAY_GAP = re.compile(r"(?:\s+(?:in|near|outside|across|against|by|of)(?:\s+%s){1,5}){0,2}\s+(?:on\s+|early\s+|late\s+)?"
                           % _GAP_WORD)
# the object of an act between its verb and a present participle that describes it: "shot dead at least six people
# protesting", "arrested dozens of students demonstrating"
_OBJECT_BEFORE_PARTICIPLE = re.compile(r"(?:\s+%s){1,6}\s+$" % _GAP_WORD)


def during_heads(p: Predicate, m: Mention, preds: list[Predicate], low: str) -> list[Predicate]:
    """The predicates whose phrase of the same time the act noun ``p``, dated by ``m``, heads ("Syrian forces shot
    dead at least 11 people during mass protests on Friday": the killing is of the protests' Friday; verbs, as
    ``during_phrase`` reads them), when ``m`` is a day right after the noun (a date that dates the noun, in the dating
    passes); none otherwise. Found once per date; each takes the day when it is recorded with none of its own
    (``_SentenceState.record``)."""
    if m.start < p.trigger.end or m.precision != "day" or not _NOUN_DAY_GAP.fullmatch(low, p.trigger.end, m.start):
        return []
    if p.form == "verb":
        return [q for q in preds if object_participle(q, p, low)]
    if p.form != "noun":
        return []
    return [q for q in preds if during_phrase(q, p, low)]


def object_participle(q: Predicate, p: Predicate, low: str) -> bool:
    """Is ``p`` a present participle describing the object of ``q``'s act of force ("Syrian forces shot dead at least
    six people protesting against President Bashar al-Assad on Friday": the shooting is of the protest's Friday)?"""
    return p.rule == "participle" and low.endswith("ing", p.trigger.start, p.trigger.end) and q.form == "verb" \
        and q.family in FORCE_FAMILIES and not (q.quoted or q.negated or q.passive) and 0 < p.trigger.start - q.trigger.end <= 60 \
        and _OBJECT_BEFORE_PARTICIPLE.fullmatch(low, q.trigger.end, p.trigger.start) is not None


def during_phrase(q: Predicate, p: Predicate, low: str) -> bool:
    """Does the act noun ``p`` head a phrase of the same time after ``q``'s verb and its object ("shot dead at least 11
    people during mass protests")?"""
    return p.form == "noun" and q.form == "verb" and 0 < p.trigger.start - q.trigger.end <= 80 \
        and _DURING_PHRASE.fullmatch(low, q.trigger.end, p.trigger.start) is not None


# the acts a clause whose subject is a pronoun the actors resolved is read for here: blame ("was jailed for eight years
# after he criticized the state": his charge); other acts of "after he met" are left to the rules of "he"
_PRONOUN_TYPES = frozenset(CUES["clause_blame_type"])
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")


def adverbial_clause(q: Predicate, sent: Sentence, low: str) -> ClauseAct | None:
    """Kind "same_time" when ``q`` heads an adverbial clause of the same time as the act before it ("when", "while"),
    "other_time" of another time ("after", "before", "since", ...), with the names of its subject, made of the actors
    named (all of them), and where its subordinator starts; None otherwise."""
    if q.form not in ("verb", "report") or not q.embedded or q.quoted or q.topic or q.passive or q.negated \
            or q.rule == "participle":
        return None
    clause = subordinate_clause(q, sent, low)
    if clause is None:
        return None
    pos, end = clause.subject
    names = []
    last = None
    for a in clause.actors:
        if last is not None and (a.start, a.end) == last:
            names.append(a.name)  # "While the two men held talks": a counted description is one mention per person
            continue  # counted back to, all on the one span
        last = (a.start, a.end)
        if _JOIN.fullmatch(low, pos, a.start) is None or a.text.lower() in PRONOUNS and q.type not in _PRONOUN_TYPES:
            return None  # (a name or a noun of armed forces, not a pronoun: "after he criticized the state" is left to the rules of "he")
        names.append(a.name)
        pos = a.end
    if pos != end or not names:
        return None  # a subject not all named ("after security forces opened fire")
    return ClauseAct(clause.kind, tuple(dict.fromkeys(names)), subordinator_start=clause.at)


# an adverbial clause with no subject, its verb a perfect participle: "has stepped up his criticism of Assad after
# having embraced him in recent years", "After having earlier agreed to Mr Annan's plan, Damascus ... called for"; or
# a gerund after "after": "the Arab League met after suspending Syria's membership", "Syrian forces rounded up dozens
# of people ..., a day after shooting dead 22 people" (the main clause's subject did it, at another time)
_SUBJECTLESS_PERFECT = re.compile(r"(?<![\w'’-])(?:after|before|since)\s+having\s+(?:(?:[a-z]+ly|earlier)\s+)?$")
_SUBJECTLESS_GERUND = re.compile(r"(?<![\w'’-])after\s+$")


def subjectless_clause(q: Predicate, sent: Sentence, low: str) -> ClauseAct | None:
    """Kind "other_time", the subject the main clause's (``where_subject`` ""), when ``q`` heads an adverbial clause of
    another time with no subject and a perfect participle ("after having embraced him") or a gerund after "after"
    ("after suspending Syria's membership"); None otherwise (a clause with a subject of its own is
    ``adverbial_clause``'s; a gerund read as a noun, "after meeting Obama", is the occasion readers')."""
    if q.form != "verb" or not q.embedded or q.quoted or q.topic or q.passive or q.negated or q.start <= sent.start:
        return None
    m = _SUBJECTLESS_PERFECT.search(low, max(sent.start, q.start - 40), q.start)
    if m is None and q.gerund(low) and q.family != CONSULT:
        m = _SUBJECTLESS_GERUND.search(low, max(sent.start, q.start - 10), q.start)  # (not talks or a meeting: "after
        # holding talks with the troops" is the occasion of the act, read by ``occasions`` when it names a party)
    if m is None:
        return None
    return ClauseAct("other_time", (), where_subject="", subordinator_start=m.start())


_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:%s)\s+$" % phrase_alternation(CUES["force_clause_not_subject"]))  # "troops loyal to
# President Assad"
_CLAUSE_END = re.compile(break_class(r",;:") + r"|\s(?:while|but|and\s+(?:the|a|an|his|her|their|its)\s)|$")


def subordinate_force_acts(st: _SentenceState, is_event: Callable[..., bool]) -> None:
    """An act of force in a subordinate clause with a subject of its own beside the sentence's event: "France urged
    Syria on Thursday to open up to dialogue ..., after Syrian forces killed six people in an attack on protesters",
    "the Syrian National Council said it could not engage in talks while Assad's military continued to storm
    restive cities and towns": the act of the actor that ends right before the verb group, dated by a date of the
    clause ("after security forces fired on demonstrators on Friday") or one no act took right before it ("the
    previous Friday when security forces killed at least 70 protesters"), or, in a clause of the same time hung on a
    toll, by the toll's time ("at least two people were killed as Syrian forces opened fire on mourners": the day the
    toll is reported, ``toll_time``), else undated; its counterpart is in the clause. Not a passive ("were fired
    on"), a plan ("vowed to continue his crackdown"), a noun another verb takes ("condemned Assad's crackdown"), nor a
    relative clause's act ("who stormed his home"). ``is_event`` is the driver's test of an undated act
    (``extract._is_event``)."""
    if st.heading:
        return
    builder, sent, low = st.builder, st.sent, st.low
    made: list[tuple[int, int]] = []  # (subordinator, trigger end) of the acts of clauses of the same time recorded here
    for q in st.preds:
        if q.family not in FORCE_FAMILIES or q.form != "verb" or not q.embedded or q.negated or q.passive \
                or q.topic or q.rule in ("participle", "light verb") or q.status != "reported" \
                or q.trigger.start in st.claimed_starts:
            continue  # (a noun a verb takes: "has fiercely criticized Assad's crackdown" is no crackdown of the critic)
        q = replace(q, quoted=False)  # a quoted act of force is what the witness saw (speech._witnessed)
        if q.trigger.start in builder.trigger_starts:
            continue  # the sentence's own event already (by offset: "killed ..., after Syrian forces killed" is two)
        clause = subordinate_clause(q, sent, low)
        if clause is None:
            continue
        start, end = clause.subject
        subject = subject_actors(clause, low)
        unnamed = not subject and unnamed_measured(low, sent, q, clause)
        if not unnamed and (not subject or _NOT_SUBJECT_BEFORE.search(low, start, subject[0].start)):
            continue  # "who stormed his home", "after failing to storm": no subject of its own
        agent = None if unnamed else max(subject, key=lambda a: a.end - a.start).name
        if st.has_row(q.family, agent, agentless=unnamed) and not (subject and any(
                at == clause.at and _CONJUNCT_SUBJECT.fullmatch(low, end_of, subject[0].start) for at, end_of in made)):
            continue  # (but "when tanks shelled the central town of Rastan and security forces stormed Hirak": a second
            # act of the clause with a subject of its own is another act of the same time, its own row)
        if not is_event(q, sent, builder, agent or low[start:end]):
            continue
        close = _CLAUSE_END.search(low, q.trigger.end, sent.end).start()
        day = next((d for d in st.dates if q.trigger.end <= d.start < close), None)
        if day is None and clause.kind == "same_time":  # "killed on Tuesday when tanks shelled the town"
            day = date_before(st.dates, low, clause.at)
        toll = toll_time(st.dates, low, sent.start, clause, past_narrative(builder)) if day is None else None
        if toll is not None:  # "at least two people were killed as Syrian forces opened fire": the toll's time
            day, basis = toll
        else:
            basis = st.basis(q) if day is None else day.date_basis
        if q.type == "military" and (victims_killed(low, sent.start, clause.at)
                                     or _KILLING_AFTER.match(low, q.trigger.end, sent.end)):
            q = replace(q, type="assault", rule="victims of the clause")  # "up to 20 civilians were killed when
            # troops opened fire", "when soldiers opened fire, killing one person": violence against civilians
        event = st.record(q, day, basis=basis, agent=agent)
        if unnamed and event is not None:  # "a day after rebels captured Zlitan": no named agent
            inside = [a.name for a in sent.actors if end <= a.start < close]
            builder.amend(event, actor1=None, actor2=inside[0] if inside else None, actors=tuple(dict.fromkeys(inside)))
            continue
        if event is not None and event.actor1 is not None and clause.kind == "same_time":
            made.append((clause.at, q.trigger.end))
            _toll_of_clause(builder.events, st.first, event, clause.at)
        if event is not None and event.actor2 is not None and not any(
                a.name == event.actor2 and clause.at <= a.start < close for a in sent.actors):
            # the counterpart is in the clause: not "Alex Fishman ... after the Syrian army stormed into Deraa"
            builder.amend(event, actor2=None, actors=tuple(n for n in event.actors if n != event.actor2))


def toll_time(dates: list[Mention], low: str, start: int, clause: Subordinate | None,
              narrative: bool = False) -> tuple[Mention | None, str] | None:
    """(the date, the basis) of an act of force in a clause of the same time hung on a toll (``toll_clause``): the
    date of the toll's own clause ("12 civilians were killed in raids by government forces on Saturday while two
    army defectors died when they clashed with the army": Saturday), else the day the toll is reported, as the toll
    itself is ("Activists say at least two people were killed as Syrian forces opened fire on mourners"), unless the
    toll goes on with a past narrative (``narrative``, ``past_narrative``: "In late March, the army's fourth armored
    division ... was sent in to crush the emboldened protesters. Dozens of people were killed, as tanks shelled
    residential areas", in a story a year on): no day the text gives. None when ``clause`` is no such clause."""
    toll = toll_clause(low, start, clause) if clause is not None else None
    if toll is None:
        return None
    day = toll_day(dates, low, toll, clause.at)
    if day is not None:
        return day, day.date_basis
    return (None, undated(RECALLED)) if narrative else (None, "report")


def toll_clause(low: str, start: int, clause: Subordinate) -> re.Match | None:
    """The toll a clause of the same time hangs on: the last report before its subordinator, in the sentence from
    ``start``, of victims killed or wounded in the simple past (``victims_killed``: "12 civilians were killed in
    raids on Saturday while ...", "A youth riding a motorbike was later killed in Saqba when ...", "five people were
    killed and 15 wounded in ... Palmyra, when ..."), with no clause break between it and the subordinator but another
    clause of the same time; None for another clause ("10 people were killed in Homs; troops arrested dozens when
    they stormed ..."), a clause of another time ("after", "since") or a toll in the perfect ("have been killed", a
    count over a span the text does not bound)."""
    if clause.kind != "same_time":
        return None
    found = last_match(_VICTIMS_KILLED, low, start, clause.at)
    if found is None or _PERFECT_TOLL.search(found.group()) or _toll_clause_ends(low, found.end(), clause.at):
        return None
    return found


_PERFECT_TOLL = re.compile(r"\bbeen\b")


def toll_day(dates: list[Mention], low: str, toll: re.Match, at: int) -> Mention | None:
    """The date of a toll's own clause (``toll_clause``), after its verb and before the subordinator at ``at`` with
    no clause break between ("were killed in security force raids on Saturday while two army defectors died when"),
    or None: a clause of the same time on it is of that day."""
    return next((m for m in reversed(dates) if toll.end() <= m.start and m.end <= at
                 and not _toll_clause_ends(low, toll.end(), m.start)), None)


# what ends a toll's clause before a clause of the same time on it: a clause break, or a comma that opens no such clause
# (", when Assad's forces opened fire" goes on with it)
_TOLL_CLAUSE_BREAK = re.compile(break_class(r";:()\"“”") + r"|\s[—–-]\s|,\s+(?!while\b|when\b|as\b)")


def _toll_clause_ends(low: str, lo: int, hi: int) -> bool:
    """Does a toll's clause end between ``lo`` and ``hi`` (``_TOLL_CLAUSE_BREAK``, read on the whole text so that the
    word after a comma at ``hi`` is seen)?"""
    found = _TOLL_CLAUSE_BREAK.search(low, lo)
    return found is not None and found.start() < hi


def _toll_of_clause(events: list, first: int, act, at: int) -> None:
    """Take out the main clause's act of force of the same day with no actor on either side when a clause of the same
    time names the force that did it: "at least five people were killed on Tuesday when tanks shelled the central town of
    Rastan", "at least 100 people have been killed over the past two days as troops intensified operations". The killing
    is told by its toll and the clause says whose act it was: rule 2 of events_gold.md takes an agent the text names "in
    the clause", and rule 20 gives the figure to the row with a named agent, the clause's ``act`` (events_gold_fresh3
    t17-reuters-186#7, events_gold_fresh21 t17-bbc-244#3: one row, the state's), which is then the one event of the
    killing (before, the toll took the clause's agent and stood beside the clause's row: two rows of one act). ``at`` is
    where the clause's subordinator stands."""
    events[first:] = [e for e in events[first:] if e is act or e.actors or e.event_family not in FORCE_FAMILIES
                      or e.event_date != act.event_date or e.trigger_char_start is None or e.trigger_char_start >= at]


# between the verb of a clause's first act and the subject of a second one: "when tanks shelled the central town of
# Rastan and security forces stormed Hirak" (its object, then "and", perhaps "the")
_CONJUNCT_SUBJECT = re.compile(run_class(r",;:.") + r"{0,60}?\sand\s+(?:the\s+)?")


# the main clause reports the dead or wounded as victims ("up to 20 civilians were killed", "A youth ... was later killed")
_VICTIMS_KILLED = re.compile(r"\b(?:%s|%s)\s+(?:[\w-]+\s+){0,6}?(?:were|was|been)\s+(?:(?:later|then|also|[a-z]+ly)\s+)?"
                             r"(?:%s)\b" % (phrase_alternation(CUES["victim"]),
                                            phrase_alternation(CUES["victim_person"]),
                                            phrase_alternation(CUES["victims_killed_verb"])))


def victims_killed(low: str, start: int, end: int) -> bool:
    """Do ``low[start:end]`` report civilians or other people no force is as killed or wounded ("up to 20 civilians were
    killed", "where at least 12 civilians have been killed")? The act of force that killed them is then an assault."""
    return _VICTIMS_KILLED.search(low, start, end) is not None


_KILLING_AFTER = re.compile(r"[^.;]{0,60}?,\s+(?:%s)\s+(?:[\w-]+\s+){0,4}?(?:%s)\b"
                            % (phrase_alternation(CUES["killing_after_verb"]), phrase_alternation(CUES["victim"])))


_UNNAMED_SUBJECT = re.compile(r"(?:(?:the|some|armed|suspected|masked|unidentified|[a-z]+ist|rebel|opposition)\s+){0,2}"
                              r"(?:%s)" % phrase_alternation(CUES["unnamed_force_agent"]))


def unnamed_measured(low: str, sent: Sentence, q: Predicate, clause: Subordinate) -> bool:
    """Is ``q`` the act of force of a measured clause ("a day after rebels captured Zlitan", "hours after gunmen
    stormed the embassy", ``relative_day.measured_clause``) whose subject is a common noun of armed men no actor names
    (``unnamed_force_agent``)? The act is told all the same, of no named agent (as the gold sets code an unnamed
    crowd)."""
    start, end = clause.subject
    return not clause.actors and _UNNAMED_SUBJECT.fullmatch(low, start, end) is not None \
        and measured_clause(low, sent, q) is not None


_ARMED_AFTER = re.compile(r"(?:\s+(?:%s)){1,2}" % phrase_alternation(CUES["armed_force"]))


def subject_actors(clause: Subordinate, low: str) -> list[ActorMention]:
    """The actors that make the clause's subject: those that end right before its verb group, or the one its armed
    forces follow ("after NATO warplanes struck Tripoli": NATO)."""
    end = clause.subject[1]
    subject = [a for a in clause.actors if a.end == end]
    if not subject and clause.actors and _ARMED_AFTER.fullmatch(low, clause.actors[-1].end, end):
        subject = [clause.actors[-1]]
    return subject


# "after intense shelling by government forces", "following weeks of shelling from Syrian troops", "after air strikes
# by NATO": a phrase of another time headed by an act of force with its agent (cues: force_phrase_opener)
_FORCE_PHRASE = re.compile(r"(?<![\w'’-])(?:%s)\s+(?:(?:a|an|the|heavy|intense|fierce|sustained|relentless|renewed|"
                           r"repeated|days|weeks|months|hours|nights|of|several|two|three|four|five)\s+){0,4}$"
                           % phrase_alternation(CUES["force_phrase_opener"]))


# a word before a noun of an act of force that makes it a fear, a wish, a plan or a hypothesis ("opposes a military
# intervention by NATO", "prepared for any attack by Israel"): the noun is no act done (cues: unreal_noun_context)
_UNREAL_BEFORE = re.compile(r"(?<![\w'’-])(?:%s)(?![\w-])" % phrase_alternation(CUES["unreal_noun_context"]))


def unreal_force_noun(p: Predicate, low: str, start: int) -> bool:
    """Is ``p`` a noun of an act of force that a word before it in its own clause (from ``start``, the sentence's start,
    or the last comma, relative pronoun or subordinator before it) makes a fear, a wish, a plan or a hypothesis
    ("prepared for any attack by Israel", "they feared a new offensive by the army")? Not a word of another clause
    ("Russia and China, which fear Western intervention, vetoed resolutions condemning the violent crackdown by Mr
    Assad's government": the crackdown is told as done)."""
    if p.form != "noun" or p.family not in FORCE_FAMILIES and p.type != "assault":
        return False
    for m in _CLAUSE_OR_COMMA.finditer(low, start, p.trigger.start):
        start = m.end()
    return _UNREAL_BEFORE.search(low, start, p.trigger.start) is not None


# where the noun's own clause starts: a comma, a dash, a relative pronoun or a subordinator (not "that" or a saying: the
# content of "warned that an attack by Israel would ..." is the warning's) (cues: unreal_clause_start)
_CLAUSE_OR_COMMA = re.compile(break_class(r",;:\n") + r"|\s[—–]\s|\s--?\s|(?<![\w'’-])(?:%s)(?![\w-])"
                              % phrase_alternation(CUES["unreal_clause_start"]))


def force_phrase_acts(st: _SentenceState, is_event: Callable[..., bool], agent_of: Callable[..., ActorMention | None]) -> None:
    """An act of force named by a noun with its agent in a phrase of another time beside the sentence's event: "Rebels
    withdrew from Baba Amr after weeks of shelling from government forces" (the shelling by Syria, of no day of its
    own: undated), "The Free Syrian Army withdrew after intense shelling by tanks and jet fighters". Those who withdrew
    after it are whom it hit (the retreat's agent its counterpart). ``agent_of`` names the agent of the noun
    (``roles.gerund_agent`` for an "-ing" noun, else the owner after "by"); ``is_event`` is the driver's test.

    A noun with its "by" agent outside such a phrase is the agent's act too when the sentence tells it as done
    ("vetoed resolutions condemning the violent crackdown by Mr Assad's government", "a violent crackdown by Syria's
    government has killed 2,000 people"): undated, and only when no word before it makes it a fear, a wish, a plan or
    a hypothesis (``_UNREAL_BEFORE``: "oppose a military intervention by NATO", "any attack by Israel") and the
    sentence has no act of that family by that agent already ("killed in the crackdown by Syrian forces")."""
    if st.heading or not st.made:
        return
    builder, sent, low = st.builder, st.sent, st.low
    for q in st.preds:
        if q.family not in FORCE_FAMILIES and q.type != "assault" or q.negated or q.topic or q.quoted \
                or st.taken(q.trigger.start):
            continue
        phrase = _FORCE_PHRASE.search(low, max(sent.start, q.trigger.start - 60), q.trigger.start) is not None
        if not phrase and (q.form != "noun" or unreal_force_noun(q, low, sent.start)):
            continue  # neither after a phrase of another time nor a noun the sentence tells as done
        agent = agent_of(q, sent, low)
        if agent is None or not is_event(q, sent, builder, agent.name):
            continue
        if not phrase and any(e.event_family == q.family and e.actor1 == agent.name and e.char_start == sent.start
                              for e in builder.events[st.first:]):
            continue  # "have been killed in the crackdown by Syrian forces": the killing already is Syria's act
        retreat = next((e for e in builder.events[st.first:] if e.event_type == "retreat" and e.actor1
                        and e.char_start == sent.start), None)
        event = st.record(q, None, basis=undated(), agent=agent.name)
        if event is not None and not phrase and event.actor2 and builder.state_of_person(event.actor2) == agent.name:
            # "the violent crackdown by Mr Assad's government": the agent's own leader is no one it acts on
            builder.amend(event, actor2=None, actors=tuple(a for a in event.actors if a != event.actor2))
        if event is not None and retreat is not None and retreat.actor1 != agent.name:
            builder.amend(event, actor2=retreat.actor1, actors=tuple(dict.fromkeys(event.actors + (retreat.actor1,))))
