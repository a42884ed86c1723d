"""A state's force against protesters is not aimed at its own leader the protest is against.

"Syrian forces shot dead at least six people protesting against President Bashar al-Assad on Friday", "Syrian troops and
police shot dead at least eight people protesting against Assad", "the military stormed it two months ago to try to
crush street protests calling for Assad to quit": the leader is named as the protest's target, and the role readers
take him as the shooting's (``Syria -> Bashar al-Assad``). The development sets code those rows with no ``actor2``
(the victims are unnamed people, rule 2), and ``participants`` the state alone: fresh7 t17-reuters-205#3, fresh11
t17-reuters-216#1, fresh13 t17-reuters-192#5, fresh33 t17-reuters-117#13 (a random wire set), four of four. So a
``military`` or ``assault`` row of a state whose ``actor2`` is that state's own leader (the state the person acts for,
``_Builder.state_of_person``) named after a protest word of the sentence loses that ``actor2``, and the leader leaves
its cast. Not a leader the sentence names otherwise ("troops loyal to the army chief detained President X": a coup,
``coerce``, whose target is the leader), nor another state's leader.
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


def without_own_leader(events: list[Event], state_of_person: Callable[[str], str | None]) -> list[Event]:
    """``events`` with each act of force's own leader, the protest's target, dropped as its ``actor2`` (module doc)."""
    out = []
    for e in events:
        if e.event_type in FORCE_TYPES and e.actor1 is not None and e.actor2 is not None \
                and country_entry(e.actor1) is not None and state_of_person(e.actor2) == e.actor1 \
                and _after_protest(e.sentence, e.actor2):
            e = replace(e, actor2=None, actors=tuple(a for a in e.actors if a != e.actor2))
        out.append(e)
    return out


def _after_protest(sentence: str, leader: str) -> bool:
    """Is ``leader`` (by his surname, without its article: "Assad" of "Bashar al-Assad") named after a protest word of
    ``sentence``?"""
    at = _PROTEST.search(sentence)
    surname = leader.split()[-1].split("-")[-1]
    return at is not None and re.search(r"\b%s\b" % re.escape(surname), sentence[at.end():]) is not None
