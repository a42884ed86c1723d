"""A person's act is not aimed at the person's own state, nor a state's act at its own leader.

"Assad sent tanks and troops into several cities", "The United Nations says Assad's crackdown has killed 3,000 people
across Syria", "President Bashar al-Assad has tried brute force and political concession ... to quell protests in
Syria": the role readers take the state the act happens in (a place phrase, bare forces of the story's state) as its
counterpart (``Bashar al-Assad -> Syria``). The development sets give a listed person's own state as ``actor2`` in 2
of their 633 rows whose ``actor1`` is a person people.csv lists and that have an ``actor2`` (a leader praising his own
soldiers, a ruler leaving his country), and the extractor did so in 25 matched rows, 24 of them wrong (the
thirty-ninth session's census, ``who39``). So a row whose ``actor1`` is a person and whose ``actor2`` is the state that
person acts for (``_Builder.state_of_person``) loses that ``actor2``, and the state leaves its cast unless it is a
party in its own right (it is not: the person stands for it).

The other way round, a state's act is not aimed at its own leader ("Syria could slip into civil war ... if there is no
rapprochement between President Bashar al-Assad and an uprising", "Tanks and troops deployed in Homs after large
anti-Assad protests": ``Syria -> Bashar al-Assad``): the development sets code it in 2 of their 539 rows whose
``actor2`` is a listed person with an ``actor1``, both a state's rally for its leader (``support``, kept); the
extractor did in 10 matched rows, 9 wrong. The leader loses ``actor2`` but stays in the cast: where such a row is
wrong the text most often names the leader as the one acting ("Iran had hoped the Arab Spring, something Supreme
Leader Ayatollah Ali Khamenei dubbed ...": the gold's ``actor1`` is Khamenei).

Except where the state's act is force against protesters, the leader named as the protest's target (the older reading,
once ``own_leader_targets``): "Syrian forces shot dead at least six people protesting against President Bashar
al-Assad on Friday", "Syrian troops and police shot dead at least eight people protesting against Assad", "the military
stormed it two months ago to try to crush street protests calling for Assad to quit". The development sets code those
rows with no ``actor2`` (the victims are unnamed people, rule 2) and ``participants`` the state alone: fresh7
t17-reuters-205#3, fresh11 t17-reuters-216#1, fresh13 t17-reuters-192#5, fresh33 t17-reuters-117#13 (a random wire
set), four of four. So a ``military`` or ``assault`` row of a state against its own leader, named after a protest word
of the sentence, loses the leader from its cast too (support or not, and whatever ``country_entry`` says of him: the
older reading's own terms, kept). Not a leader the sentence names otherwise ("troops loyal to the army chief detained
President X": a coup, ``coerce``, whose target is the leader), nor another state's leader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..actors.gazetteer import country_entry
from ..model import Event
from .predicates import FORCE_TYPES

# a protest word: "protests against", "protesting against", "demonstrators demanding", "the uprising against"
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|uprising\w*|marche[rs]\w*)\b", re.I)


def without_own_state(events: list[Event], state_of_person: Callable[[str], str | None]) -> list[Event]:
    """``events`` with each person's own state dropped as the ``actor2`` of that person's act, and each state's own
    leader as the ``actor2`` of the state's act other than support, leaving its cast too when the act is force
    against protesters (module doc)."""
    out = []
    for e in events:
        if e.actor1 is not None and e.actor2 is not None:
            if country_entry(e.actor1) is None:
                if state_of_person(e.actor1) == e.actor2:  # a person's act at the person's own state
                    e = _untargeted(e, leaves_cast=True)
            elif state_of_person(e.actor2) == e.actor1:  # a state's act at the state's own leader
                if e.event_type in FORCE_TYPES and _after_protest(e.sentence, e.actor2):
                    e = _untargeted(e, leaves_cast=True)
                elif e.event_family != "support" and country_entry(e.actor2) is None:
                    e = _untargeted(e, leaves_cast=False)
        out.append(e)
    return out


def _untargeted(e: Event, leaves_cast: bool) -> Event:
    """``e`` without its ``actor2``, which leaves its cast too when ``leaves_cast``."""
    if not leaves_cast:
        return replace(e, actor2=None)
    return replace(e, actor2=None, actors=tuple(a for a in e.actors if a != e.actor2))


def _after_protest(sentence: str, leader: str) -> bool:
    """Is ``leader`` (by his surname, without its article: "Assad" of "Bashar al-Assad") named after a protest word of
    ``sentence``?"""
    at = _PROTEST.search(sentence)
    surname = leader.split()[-1].split("-")[-1]
    return at is not None and re.search(r"\b%s\b" % re.escape(surname), sentence[at.end():]) is not None
