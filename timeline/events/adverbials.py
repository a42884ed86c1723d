"""Acts of an adverbial clause with a named subject of its own: "The European Union widened sanctions against Assad
after China and Russia blocked an attempt by Western powers to bring about a U.N. Security Council resolution" (a
rejection by China and Russia), "Bahrain ... joined growing condemnation of Syria when Foreign Minister Sheikh Khaled
al-Khalifa announced the recall of his country's ambassador" (his sanction).

The clause's verb follows a subordinator (``adverbial_same_time``, ``adverbial_other_time`` in ``event_cues.tsv``)
and a subject made only of named actors ("China and Russia", "Foreign Minister Sheikh Khaled al-Khalifa"), with at
most a few words of time or aspect between (``relative_act_lead``). A clause whose subject is a pronoun or a common
noun ("after he met", "when security forces opened fire") is left to the other rules.

Acts of force in a subordinate clause with a subject of its own (``subordinate_force_acts``: "..., after Syrian
forces killed six people", "while Assad's military continued to storm restive cities") are read by a rule of their
own, which also types them by the victims of the main clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.gazetteer import phrase_alternation
from .cues import CUES, PRONOUNS
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Sentence, _SentenceState
    from .predicates import Predicate

_SAME = frozenset(CUES["adverbial_same_time"])
_LEAD = "|".join(sorted(CUES["relative_act_lead"], key=len, reverse=True))
_WORDS = "|".join(sorted(_SAME | frozenset(CUES["adverbial_other_time"]), key=len, reverse=True))
_SUBORDINATOR = re.compile(rf"(?:^|(?<=[\s,(]))(?:{_WORDS})\s+")
_REST = re.compile(rf"(?P<subject>[^,;:()]{{2,80}}?)\s+(?P<lead>(?:(?:{_LEAD}|did)\s+)*)")
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")


def adverbial_clause(q: Predicate, sent: Sentence, low: str) -> tuple[str, tuple[str, ...], int] | None:
    """("same_time", names, at) when ``q`` heads an adverbial clause of the same time as the act before it ("when",
    "while"), ("other_time", names, at) of another time ("after", "before", "since", ...), its subject made of the
    actors named (all of them), ``at`` where its subordinator starts; None otherwise."""
    if q.form not in ("verb", "report") or not q.embedded or q.quoted or q.topic or q.passive or q.negated \
            or q.rule == "participle":
        return None
    subordinators = list(_SUBORDINATOR.finditer(low, max(sent.start, q.start - 100), q.start))
    if not subordinators:
        return None
    sub = subordinators[-1]  # the nearest: "after ... when X announced" is the "when" clause's
    m = _REST.fullmatch(low, sub.end(), q.start)
    if m is None:
        return None
    pos, end = m.start("subject"), m.end("subject")
    names = []
    for a in sorted((a for a in sent.actors if pos <= a.start and a.end <= end), key=lambda a: a.start):
        if _JOIN.fullmatch(low, pos, a.start) is None or a.text.lower() in PRONOUNS:
            return None  # (a name or a noun of armed forces, not a pronoun: "after he criticized the state" is left to the rules of "he")
        names.append(a.name)
        pos = a.end
    if pos != end or not names:
        return None  # a subject not all named ("after security forces opened fire")
    return ("same_time" if sub.group().split()[0] in _SAME else "other_time"), tuple(dict.fromkeys(names)), sub.start()


# a subordinate clause of its own subject ("after Syrian forces killed six people", "while Assad's military continued to
# storm restive cities"): the subordinator, then the subject, then the verb group (auxiliaries, adverbs, an aspect
# verb before "to"), with no clause break between
_FORCE_CLAUSE = re.compile(r"\b(?P<opener>%s)\s+(?P<subject>[^,;:()\"“”—–]{2,60}?)(?P<group>(?:\s+(?:%s|(?:%s)\s+to))*)\s+$"
                           % (phrase_alternation(CUES["force_clause_opener"]), phrase_alternation(CUES["force_clause_group"]),
                              phrase_alternation(CUES["force_clause_aspect"])))
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:%s)\s+$" % phrase_alternation(CUES["force_clause_not_subject"]))  # "troops loyal to
# President Assad"
_CLAUSE_END = re.compile(r"[,;:]|\s(?:while|but|and\s+(?:the|a|an|his|her|their|its)\s)|$")


def subordinate_force_acts(st: _SentenceState, is_event: Callable[..., bool]) -> None:
    """An act of force in a subordinate clause with a subject of its own beside the sentence's event: "France urged
    Syria on Thursday to open up to dialogue ..., after Syrian forces killed six people in an attack on protesters",
    "the Syrian National Council said it could not engage in talks while Assad's military continued to storm
    restive cities and towns": the act of the actor that ends right before the verb group, dated by a date of the
    clause ("after security forces fired on demonstrators on Friday") or one no act took right before it ("the
    previous Friday when security forces killed at least 70 protesters"), else undated; its counterpart is in the
    clause. Not a passive ("were fired on"), a plan ("vowed to continue his crackdown"), a noun another verb takes
    ("condemned Assad's crackdown"), nor a relative clause's act ("who stormed his home"). ``is_event`` is the
    driver's test of an undated act (``extract._is_event``)."""
    if st.heading:
        return
    builder, sent, low = st.builder, st.sent, st.low
    for q in st.preds:
        if q.family not in FORCE_FAMILIES or q.form != "verb" or not q.embedded or q.negated or q.passive \
                or q.topic or q.rule in ("participle", "light verb") or q.status != "reported" \
                or q.trigger.start in st.claimed_starts:
            continue  # (a noun a verb takes: "has fiercely criticized Assad's crackdown" is no crackdown of the critic)
        q = replace(q, quoted=False)  # a quoted act of force is what the witness saw (speech._witnessed)
        if q.trigger.start in builder.trigger_starts:
            continue  # the sentence's own event already (by offset: "killed ..., after Syrian forces killed" is two)
        m = _FORCE_CLAUSE.search(low, max(sent.start, q.start - 80), q.start)
        while m is not None:  # the nearest subordinator: the last match that starts inside the one before's subject
            nearer = _FORCE_CLAUSE.search(low, m.start("subject"), q.start)
            if nearer is None:
                break
            m = nearer
        if m is None:
            continue
        end = m.end("subject")
        subject = [a for a in sent.actors if m.start("subject") <= a.start and a.end == end]
        if not subject or _NOT_SUBJECT_BEFORE.search(low, m.start("subject"), subject[0].start):
            continue  # "who stormed his home", "after failing to storm": no subject of its own
        agent = max(subject, key=lambda a: a.end - a.start).name
        if any(e.actor1 == agent and e.event_family == q.family for e in builder.events[st.first:]):
            continue
        if not is_event(q, sent, builder, agent):
            continue
        close = _CLAUSE_END.search(low, q.trigger.end, sent.end).start()
        day = next((d for d in st.dates if q.trigger.end <= d.start < close), None)
        if day is None and m.group("opener") in _AT_ONCE:  # "killed on Tuesday when tanks shelled the town"
            day = next((d for d in st.dates if 0 <= m.start() - d.end <= 3), None)
        basis = st.basis(q) if day is None else "explicit" if day.resolved else "unresolved"
        if q.type == "military" and (_VICTIMS_KILLED.search(low, sent.start, m.start())
                                     or _KILLING_AFTER.match(low, q.trigger.end, sent.end)):
            q = replace(q, type="assault", rule="victims of the clause")  # "up to 20 civilians were killed when
            # troops opened fire", "when soldiers opened fire, killing one person": violence against civilians
        event = builder.add(sent, q, day, basis=basis, agent=agent)
        if event is not None and event.actor2 is not None and not any(
                a.name == event.actor2 and m.start() <= a.start < close for a in sent.actors):
            k = builder.events.index(event)  # the counterpart is in the clause: not "Alex Fishman ... after the
            # Syrian army stormed into Deraa"
            builder.events[k] = replace(event, actor2=None, actors=tuple(n for n in event.actors if n != event.actor2))
        st.claimed_starts.add(q.trigger.start)
        st.made = True


_AT_ONCE = frozenset(CUES["at_once_opener"])  # openers of a clause at the time of the main one
# the main clause reports the dead or wounded as victims ("up to 20 civilians were killed", "A youth ... was later killed")
_VICTIMS_KILLED = re.compile(r"\b(?:%s|%s)\s+(?:[\w-]+\s+){0,6}?(?:were|was|been)\s+(?:(?:later|then|also|[a-z]+ly)\s+)?"
                             r"(?:%s)\b" % (phrase_alternation(CUES["victim"]),
                                            phrase_alternation(CUES["victim_person"]),
                                            phrase_alternation(CUES["victims_killed_verb"])))
_KILLING_AFTER = re.compile(r"[^.;]{0,60}?,\s+(?:%s)\s+(?:[\w-]+\s+){0,4}?(?:%s)\b"
                            % (phrase_alternation(CUES["killing_after_verb"]), phrase_alternation(CUES["victim"])))
