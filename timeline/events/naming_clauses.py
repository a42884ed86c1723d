"""A charge told in a naming clause inside another clause's act: "The tycoon, who has been under U.S. sanctions since 2008
for what Washington calls public corruption", "Turkey, which has been enraged by what it describes as brutal killings
south of its border".

The clause "what X calls <a name of wrongdoing>" is X's own charge (``senses.names_condemnation`` types its verb
accuse), but it stands inside an adjunct or an object of the sentence's act, so the passes that take a clause's head
leave it: the sanction is the sentence's event, and the charge none. The development sets code it as a row of its own
(events_gold_fresh7 t17-reuters-6#10: accuse, the United States of Makhlouf; events_gold_blind t17-reuters-94#13:
accuse, Turkey), with no day of its own when the naming verb is in the present (a standing charge, rule 6). The namer
is the actor that ends right before the verb ("what Washington calls"), or, for "it", "he", "she" or "they", the
nearest actor before "what" ("Turkey, which has been enraged by what it describes"). A naming the speaker rejects
("rejecting what they called any interference") is no charge already (``senses.names_condemnation``), and a "they"
that stands for a group an unnamed subject is (``unnamed_sayers.same_they``) names no namer. Among the last
passes of a sentence (``extract._sentence_events``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .senses import NAMING_VERBS, VERDICT_VERBS, WHAT_NAMER
from .unnamed_sayers import same_they
from .undated_why import STANDING, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_PRONOUN_NAMERS = frozenset({"it", "he", "she", "they"})
# the naming verbs (event_cues.tsv naming_verb, which adds "describing": "what they are describing as") and
# "calls"/"called"
_NAMING = NAMING_VERBS | VERDICT_VERBS | {"calls", "called"}
_PRESENT = frozenset({"calls", "describes", "describe", "terms", "dubs", "sees", "considers", "consider"})


def naming_clause_charges(st: _SentenceState, is_event) -> None:
    """The accusation of a naming verb in a "what X calls ..." clause that no pass has taken (module doc)."""
    builder, sent, low = st.builder, st.sent, st.low
    made = builder.events[st.first:]
    for p in st.preds:
        verb = p.trigger.text.split()[0].lower()
        if p.type != "accuse" or verb not in _NAMING or p.quoted or p.negated or p.trigger.start in st.claimed_starts:
            continue
        what = WHAT_NAMER.search(low, max(sent.start, p.trigger.start - 50), p.trigger.start)
        if what is None:
            continue
        namer = what.group("namer")
        if namer == "they" and same_they(low, what.start("namer"), sent.start, sent.actors):
            continue  # "Gulf Arab states said they were expelling ... over what they described as": the unnamed group's
            # charge, no actor's (unnamed_sayers)
        if namer in _PRONOUN_NAMERS:  # "he"/"she" a person, "it" no person, "they" anyone: the nearest before
            before = [a for a in sent.actors if a.end <= what.start()
                      and (namer == "they" or (a.kind == "person") == (namer != "it"))]
            accuser = before[-1] if before else None
        else:
            accuser = next((a for a in sent.actors if a.start == what.start("namer")
                            and a.end == what.start("namer") + len(namer)), None)
        if accuser is None:
            continue
        if any(e.event_family == "accuse" and e.actor1 == accuser.name for e in made):
            continue  # "The Syrian government says ... killed combating what it calls \"armed gangs\"": its charge is made
        if is_event(p, sent, builder, accuser.name):
            st.record(p, agent=accuser.name, **_day(st, made, verb, p))


def _day(st: _SentenceState, made: list, verb: str, p) -> dict:
    """A naming in the present is a standing charge, undated (rule 6); one in the past was made when the act of its
    sentence was ("vowed on Thursday to crush what it described as armed terrorists"), else on its report's day."""
    if verb in _PRESENT:
        return {"basis": undated(STANDING)}
    dated = next((e for e in made if e.event_date is not None), None)
    if dated is not None:
        mention, basis = st.day_of(dated)
        return {"mention": mention, "basis": basis}
    return st.on_day(st.basis(p))
