"""Attacks on a state's forces by armed men the text does not name: "Syria blames the violence on foreign-backed armed
groups who it says have killed more than 1,100 soldiers and police", "state television said unidentified gunmen killed
a member of the security forces", "It added an armed group had attacked a military base". The gold sets code the
passive toll of the state's forces as its military row with no agent ("more than 120 police and soldiers have been
killed": actor1 null, the state actor2; ``agentless.agentless_act``), and the same act told in the active with an
unnamed armed subject the same way (events_gold.md rule 20: no side named is no agent; fresh12 t17-reuters-198#12).
An undated predicate is an event only when an actor does it (``extract._is_event``), so these made no row.

The subject is the head of an unnamed armed group (``unnamed_armed`` in ``event_cues.tsv``: "gunmen", "armed groups",
"terrorist groups", "militants"), right before the verb group or its relative pronoun ("who it says have killed",
"which they say have killed", after a "backed by ..." modifier), or before a first predicate and "and" ('"armed terrorist
groups" are responsible for ... and have also killed'); the act is fighting (military); the victim is an armed force of a state the text names right after the verb (a count
and "members of the" may stand between). Not a crowd's victims ("gunmen loyal to Saleh opened fire on demonstrators":
no force attacked; rule 20 leaves an attack on unnamed people by an unnamed agent), nor a quoted or negated act.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import break_class, run_class
from ..actors.gazetteer import phrase_alternation
from .cues import CUES, FORCE_HEAD_END
from .adverbials import subordinate_clause, toll_time
from .past_narrative import past_narrative
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate

_HEADS = phrase_alternation(CUES["unnamed_armed"])
# the subject's head at the end of the text before the verb group: 'armed groups who it says have', '"armed terrorist
# groups" killed', 'an armed group had', 'unidentified gunmen'
# groups backed by others before their "who" ("armed groups backed by Islamists and outside powers, who they say have
# killed", audit t17-reuters-211, -260), or a first predicate of theirs before "and" ('"armed terrorist groups" are
# responsible for civilian deaths ... and have also killed': events_gold_fresh17 t17-reuters-252#11), or the "they"
# of a clause of time right after the group ("two army defectors died when they clashed with the army":
# events_gold_check t17-reuters-162#6, fresh28 209#7; no comma between, so the "they" is the group's), or a first act of
# theirs and "and" ('"terrorist groups" had burnt police buildings and killed members of the security forces': the
# killing is theirs as the first act is; not a group "in", "from" or "of" a place, whose words are no verb)
_SUBJECT = re.compile((r"(?<![\w-])(?:%s)[\"”']?(?:\s+(?:backed|supported|funded|armed|sponsored)\s+by\s+" +
                      run_class(r",.;:\"“”()") + r"{1,50}?,?"
                      r"(?=\s+(?:who|which|that)\s))?"
                      r"(?:\s+(?:who|which|that)(?:\s+(?:it|they|he|she|authorities|officials)"
                      r"\s+(?:says?|said))?|\s+(?:are|were|is|was)\s+" + run_class(r".;:\"“”()") + r"{1,90}?\s+and"
                      r"|\s+" + run_class(r".;:,\"“”()") + r"{1,40}?\s+(?:when|as|after|while)\s+they"
                      r"|\s+(?:(?:have|has|had)\s+)?(?!and\b|or\b|in\b|from\b|of\b|who\b|which\b|that\b)[a-z]+\s+"
                      + run_class(r".;:,\"“”()") + r"{1,50}?\s+and)?"
                      r"(?:\s+(?:have|has|had|also|reportedly|allegedly|then))*\s+$") % _HEADS)
# the words that may stand before the victim of an act of force, each a word of its own: an article, a count,
# "members of the", "some" (``named_victims`` reads the same, with "one" or "its" where each of its readers takes it)
VICTIM_LEAD_WORDS = (r"a|an|the|some|at\s+least|more\s+than|about|nearly|over|[\d,]+|two|three|four|five|six|seven|"
                     r"eight|nine|ten|dozens|scores|hundreds|members?|of|several")
# between the verb and its victim: "on" (or the "with" of a clash or an exchange of fire: "clashed with the army"), then
# those words, "one" and "its"
_TO_VICTIM = re.compile(r"(?:\s+(?:on|at|upon|with))?(?:\s+(?:" + VICTIM_LEAD_WORDS + r"|one|its))*\s+")
_OBJECT_END = re.compile(break_class(r",;:.()\"“”") + r"|\s(?:in|near|at|on|since|during|after|when|while|who|which)\s")


def victim_force(p: Predicate, actors: list[ActorMention], low: str, floor: int) -> ActorMention | None:
    """The state's force that ``p``, an act of force of an armed group the text does not name, is done to; None when
    ``p`` is no such act."""
    span = _object_span(p, low, floor)
    return None if span is None else _force_in(span, p, actors, low)


def _force_in(span: tuple[int, int], p: Predicate, actors: list[ActorMention], low: str) -> ActorMention | None:
    """The state's force named in ``p``'s victim span (``_object_span``)."""
    return next((a for a in actors if p.trigger.end < a.start < span[1] and not a.placed
                 and FORCE_HEAD_END.search(low, a.start, a.end)), None)  # ("1,100 soldiers and police": the police; a
    # mention may hold the "the" that _TO_VICTIM passed over: "clashed with the army")


def _object_span(p: Predicate, low: str, floor: int) -> tuple[int, int] | None:
    """Where the victim of ``p`` may stand (after the verb and ``_TO_VICTIM``'s words, up to ``_OBJECT_END``) when
    ``p`` is an act of force, reported as done, of an armed group the text does not name (``_SUBJECT``); else None."""
    if p.form != "verb" or p.passive or p.negated or p.quoted or p.status != "reported" \
            or p.family not in FORCE_FAMILIES:
        return None
    if not _SUBJECT.search(low, max(floor, p.start - 150), p.start):
        return None
    to = _TO_VICTIM.match(low, p.trigger.end)
    at = to.end() if to else p.trigger.end
    stop = _OBJECT_END.search(low, at, at + 50)
    return at, stop.start() if stop else min(len(low), at + 50)


# a post, base or building of a state's forces (``force_post``), maybe "government"'s: "a police post", "a military base"
_POST = re.compile(r"(?:(?:government|regime|state)\s+)?(?:%s)(?![\w-])" % phrase_alternation(CUES["force_post"]))


def _post_in(span: tuple[int, int], actors: list[ActorMention], low: str) -> bool:
    """Is the victim span (``_object_span``) of an unnamed armed group's act of force a post, base or building of a
    state's forces that no actor names ("gunmen who attacked a police post", "an armed group had attacked a military
    base")? The story's state is its counterpart (``unnamed_attack_rows``); not a post an actor owns or places ("a
    Turkish military base": the words before the noun are no ``_TO_VICTIM`` word)."""
    return _POST.match(low, span[0]) is not None and not any(span[0] <= a.start < span[1] for a in actors)


def unnamed_attack_rows(st) -> None:
    """The rows of such acts that no pass made: in a relative clause ("armed groups who it says have killed more than
    1,100 soldiers and police") or a reported one. ``st`` is extract's sentence state; the agent is unnamed (actor1
    null), the state whose force it is the counterpart."""
    made = {e.trigger for e in st.builder.events[st.first:] if e.event_family in FORCE_FAMILIES}
    for q in st.preds:
        if q.trigger.start in st.claimed_starts or q.trigger.text in made:
            continue
        span = _object_span(q, st.low, st.sent.start)
        if span is None:
            continue
        victim = _force_in(span, q, st.sent.actors, st.low)
        name = victim.name if victim is not None else None
        if name is None and _post_in(span, st.sent.actors, st.low):
            name = st.builder.story_country  # "gunmen who attacked a police post": the story's state's (rule 20)
        if name is None:
            continue
        if any(e.event_family in FORCE_FAMILIES and e.actor1 is None and e.actor2 == name
               for e in st.builder.events[st.first:]):
            continue  # 'armed gangs had torched a police station and killed three members of the security forces': the
            # second act of one unnamed attack on the same force is no second row
        # (fighting, as the gold sets code a state's forces killed: "have killed more than 120 members of the security
        # forces" is no assault on the defenceless)
        toll = toll_time(st.dates, st.low, st.sent.start, subordinate_clause(q, st.sent, st.low),
                         past_narrative(st.builder))
        day, basis = toll if toll is not None else (None, st.basis(q))  # ("12 civilians were killed in raids on
        # Saturday while two army defectors died when they clashed with the army": that Saturday, ``toll_time``)
        event = st.record(replace(q, type="military", embedded=False, rule="unnamed attackers"), day, basis=basis)
        if event is not None:
            st.builder.amend(event, actor1=None, actor2=name, actors=(name,))
            made.add(q.trigger.text)
