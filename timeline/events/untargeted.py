"""An act with no target named in its clause is at the story's state, unless its sentence says otherwise: one pass,
a rule a type (the modules' docstrings give each rule and the rows it was drawn from): a sanction or a suspended mission
(``sanction_targets``, which may take another state its object names), a protest (``protest_targets``), the story's
rebels' act of force (``rebel_targets``), a saying that charges the state by a noun of its government
(``charged_state``, which may replace the addressee as ``actor2``), a condemnation of "the violence" or a demand for
its end (``condemned_violence``; for a charge, when ``charged_state`` found none). Run in a story that is no readout,
joint statement or transcript.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from ..actors import ActorMention
from ..model import Event
from .charged_state import charged_target
from .condemned_violence import violence_target
from .predicates import FORCE_TYPES
from .protest_targets import protest_target
from .rebel_targets import rebel_target
from .sanction_targets import sanction_target


@dataclass(frozen=True)
class Story:
    """What a rule reads beyond its row: the story's country (``forces.story_country``, or None), the article's actor
    mentions in text order and their starts, ``_Builder.state_of_person``, the article's text and its lower case."""

    country: str | None
    mentions: list[ActorMention]
    starts: list[int]
    state_of_person: Callable[[str], str | None]
    text: str
    low: str

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        """The mentions that start from ``start`` up to ``end`` (a row's sentence, looked up, not scanned for)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def own_act(self, e: Event) -> bool:
        """Is the row's agent the story's state, or a person who acts for it (no act of its own at itself)?"""
        return e.actor1 is not None and self.country in (e.actor1, self.state_of_person(e.actor1))


def _charged_or_violence(e: Event, story: Story) -> str | None:
    return charged_target(e, story) or violence_target(e, story)


# each type's rule: the row's target, or None (the types are disjoint, so no row is read by two rules)
RULES: dict[str, Callable[[Event, Story], str | None]] = {
    "sanction": sanction_target, "retreat": sanction_target,  # (a retreat only when it suspends a mission)
    "protest": protest_target, **dict.fromkeys(FORCE_TYPES, rebel_target),
    "accuse": _charged_or_violence, "demand": violence_target}


def aim_untargeted(events: list[Event], story: Story) -> list[Event]:
    """``events`` with each row its type's rule finds a target for aimed at it (``Event.aimed_at``)."""
    out = []
    for e in events:
        rule = RULES.get(e.event_type)
        target = rule(e, story) if rule is not None else None
        out.append(e if target is None else e.aimed_at(target))
    return out
