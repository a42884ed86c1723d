"""An unplaced event placed by a phrase of its own sentence: the one loop the clause-placing passes share.

Each pass reads its phrase and gives the place it names (``capital_places``: "in the capital"; ``town_places``: "in the
town"; ``force_noun_places``: a force noun's object, "the shelling of Homs"; ``part_places``: "in parts of Homs", "near
Aleppo"; ``where_places``: "Latakia, where ..."); an event placed so has the location basis "clause".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event


def place_by_clause(events: list[Event], place_of: Callable[[Event], str | None]) -> list[Event]:
    """The events with each unplaced one placed at ``place_of(event)`` (None: left unplaced)."""
    out = []
    for e in events:
        place = place_of(e) if e.location is None else None
        out.append(e if place is None else replace(e, location=place, location_basis="clause"))
    return out
