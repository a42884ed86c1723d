"""An unplaced event placed by a phrase of its own sentence (the one loop of ``place_reader`` and of
``seat_places``' council sittings: an event placed so has the location basis "clause"), and a place an act of a
subordinate clause borrowed from the sentence's other clause (``borrowed_place``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event


def borrowed_place(e: Event, text: str, start: int, end: int) -> bool:
    """Is ``e``'s place one its own clause ``text[start:end]`` does not name, so that the sentence's other clause gave
    it ("Protesters marched in Hama, which was shelled by Syrian troops": the shelling's clause names no Hama)? The
    one test of the passes that build an act of a subordinate clause and clear the place it borrowed
    (``agent_passives``, ``victim_clauses``, ``extract``'s relative clauses)."""
    return bool(e.location) and e.location not in text[start:end]


def place_by_clause(events: list[Event], place_of: Callable[[Event], str | None]) -> list[Event]:
    """The events with each unplaced one placed at ``place_of(event)`` (None: left unplaced)."""
    out = []
    for e in events:
        place = place_of(e) if e.location is None else None
        out.append(e if place is None else replace(e, location=place, location_basis="clause"))
    return out
