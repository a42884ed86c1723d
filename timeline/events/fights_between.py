"""A fight told as a noun with both its sides named: "Clashes between rebel fighters and the army were reported in
several other parts of the country", "fierce fighting between the army and rebels raged in Aleppo".

An undated noun is no event unless an agent owns it (``extract._is_event``, events_gold.md rule 11); but a fight noun
whose two sides "between" names is the clause "rebels and the army clashed" told as a noun: the sides are its agent
and counterpart, and the gold codes it so (events_gold_fresh12 t17-bbc-249#11: military, Syrian rebels -> Syria,
undated). One side named is not enough ("clashes between troops and protesters" of an unnamed crowd: rule 20's "no
side named" reads each side), and a fight only feared, prevented or ended is none ("fears of clashes between",
"to end the fighting between", "could lead to clashes between": ``_HELD_OFF``). The passive of its reporting may stand
between noun and sides ("clashes were reported between armed rebels and government forces in the towns of ...": audit
t17-bbc-305), and a fight noun heading an absolute "with" clause is no topic of its "with" ("casualties have once again
been reported in Syria, with clashes between rebel fighters and forces loyal to President Bashar al-Assad": fresh22
t17-bbc-149#1, the lead's news of the day); after any other preposition it stays the setting of another act ("caught in
crossfire during a battle between the Syrian army and opposition fighters": fresh21 t17-bbc-67, no row).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from .cues import CUES
from .roles import REPORTED_BETWEEN

if TYPE_CHECKING:  # pragma: no cover
    from .predicates import Predicate

_FIGHT_NOUNS = frozenset({"clashes", "clash", "fighting", "battles", "battle", "gunbattle", "gunbattles", "fight",
                          "fights", "hostilities"})
# what holds a fight off in the words just before its noun (its own noun phrase and the verb or noun taking it): feared,
# risked, prevented, ended, stopped, possible, a call for its end
_HELD_OFF = re.compile(r"(?<![\w-])(?:fears?|feared|fearing|risks?|danger|threat|spectre|specter|prospect|possibility|"
                       r"possible|potential|prevent|prevents|prevented|preventing|avoid|avoided|avoiding|end|ended|ending|"
                       r"ends|stop|stopped|stopping|halt|halted|halting|ceasefire|truce|could|would|might|may|lead\s+to|"
                       r"led\s+to|spark|sparked|provoke|provoked|without|no|any|calls?\s+for|urged?|warned?|warning)"
                       r"(?![\w-])(?:\s+(?:of|to|the|an?|further|more|new|renewed|fresh|heavy|fierce|armed|violent|"
                       r"sectarian|deadly|open|all|any))*\s*$")
_POSSIBILITY = frozenset(CUES["possibility"])
# the modifiers of a fight noun, passed over back to the word that may hold it off ("fears of fresh heavy clashes")
_MODIFIERS = re.compile(r"(?:(?:fierce|heavy|sporadic|intense|renewed|fresh|new|deadly|bloody|violent|armed|the|some|"
                        r"street)\s+)*$")


def held_off(before: str) -> bool:
    """Is a fight noun held off (``_HELD_OFF``) by ``before``, the words before it, its modifiers passed over?"""
    return _HELD_OFF.search(before, 0, _MODIFIERS.search(before).start()) is not None
# the fight noun's sides by "between", right after it (an auxiliary and verb, or a day, may come between; or a passive
# of its reporting: "clashes were reported between armed rebels and government forces in the towns of ...")
_BETWEEN = re.compile(r"\s+(?:(?:have\s+|had\s+)?[a-z]+\s+|%s\s+)?(?:(?:on|late\s+on|early\s+on)\s+[a-z]+day\s+)?"
                      r"between\s" % REPORTED_BETWEEN)
# an absolute "with" clause after the main clause that the fight noun heads, its sides by "between" right after it ("A
# number of casualties have once again been reported in Syria, with clashes between rebel fighters and forces loyal to
# President Bashar al-Assad in many parts of the country": the fight goes with the clause, told as the clause is); not
# "with clashes increasing between ..." (a trend, ``_BETWEEN`` after a word is for the noun's own verb)
_WITH_FIGHT = re.compile(r",\s+with\s+(?:(?:fierce|heavy|sporadic|intense|renewed|fresh|new|deadly|bloody|violent|armed|"
                         r"street)\s+)*$")


def fight_between(p: Predicate, low: str, floor: int, parties: Callable[[], tuple]) -> bool:
    """Is ``p`` a fight noun whose two sides "between" names (the agents and counterparts ``parties()`` gives as
    ``roles`` read them, each one actor), told as having happened: not quoted, negated, planned, nor held off by the
    words before it (from ``floor``, its sentence's start)? ``parties`` is called only once the cheap tests pass (it
    is asked of every unowned noun)."""
    if p.type != "military" or p.form != "noun" or p.quoted or p.negated or p.status != "reported":
        return False
    if p.trigger.text.split()[0] not in _FIGHT_NOUNS:
        return False
    if not _BETWEEN.match(low, p.trigger.end, p.trigger.end + 60):
        return False  # the sides by "between" only: "clashes with the army" names one side's foe, not a pair
    agents, counterparts = parties()[:2]
    if not agents or not counterparts:
        return False
    if held_off(low[max(floor, p.trigger.start - 60):p.trigger.start]):
        return False
    words = re.findall(r"[a-z]+", low[p.trigger.end:p.trigger.end + 200].split(".")[0])
    return not any(w in _POSSIBILITY and w != "may" for w in words[:12])  # "clashes between ... could erupt"


def with_fight(q: Predicate, low: str, floor: int) -> bool:
    """Is the fight noun ``q`` (a topic after its "with") the head of an absolute "with" clause, its sides by "between"
    right after it (``_WITH_FIGHT``)? Not one after another preposition: "caught in crossfire during a battle between
    the Syrian army and opposition fighters" is the setting of another act (events_gold_fresh21 t17-bbc-67: no row)."""
    return q.trigger.text.split()[0] in _FIGHT_NOUNS and low.startswith(" between ", q.trigger.end) \
        and _WITH_FIGHT.search(low, max(floor, q.trigger.start - 60), q.trigger.start) is not None


def fight_rows(st, is_event) -> None:
    """The row of a fight noun with both sides named that no pass before took, in a sentence with no act of force of its
    own: beside a reporting verb ("Clashes between rebel fighters and the army were reported in ...", "Clashes between
    Syrian security forces and armed rebels have spilled across the border, witnesses said") or as what goes with the
    clause ("Casualties have been reported, with clashes between rebel fighters and forces loyal to Assad"). Undated
    unless a pass before dated it (``st.basis``)."""
    if st.heading or "military" in st.families or not any(q.type == "military" and q.form == "noun" for q in st.preds):
        return
    done = st.done()
    for q in st.preds:
        if q.trigger.start in done or q.type != "military" or q.form != "noun":
            continue
        if q.topic:
            if not with_fight(q, st.low, st.sent.start):
                continue
            q = replace(q, topic=False, rule="with fight")
        if is_event(q, st.sent, st.builder):
            basis = "report" if q.rule == "with fight" and st.news(q) is not None else st.basis(q)
            st.record(q, **st.on_day(basis))  # (the lead's with-clause: the fight told as the day's news, as its clause is)
            return
