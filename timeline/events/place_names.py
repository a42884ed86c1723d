"""One name per place in ``location``: a place the text names by a short or formal form is written as its gazetteer
name ("the UAE" -> "United Arab Emirates", "Britain" -> "United Kingdom", "the Kingdom of Saudi Arabia" -> "Saudi
Arabia", "the UN" -> "United Nations"), and a room of the White House by the house ("in the Oval Office" -> "White
House", as ``places.header_venue`` reads a transcript's header line).

So a user who filters the chronology by place finds "the UAE" and "the United Arab Emirates" under one name, and the
gold's spelling (the development sets write the full name: fresh4 UAE rows, fresh21 t17-bbc-236#8, fresh16 Oval
Office). Only the names of countries, of the United Nations and of its bodies change ("the Security Council" -> "UN
Security Council"): another organisation's alias names a body, not a place ("the Pentagon" stays as written). The
two organs that sit at the UN's seat are a place by that seat: "voted for it on Friday in the General Assembly", "is
expected to be voted on at the Security Council on Friday" are at the "United Nations", as the development gold writes
every council and assembly act it places (fresh t17-reuters-180#15, #5; fresh30 t17-bbc-201#12; 94 rows at the United
Nations, one at the council: fresh6 t17-reuters-207#9).
Applied last, to the output: the passes that compare a location with its sentence ("is it named here?") read the form
the text wrote.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.gazetteer import GAZETTEER
from .places import WHITE_HOUSE_ROOMS

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event


_AT_THE_SEAT = frozenset({"UN Security Council", "UN General Assembly"})  # the organs that sit at the UN's seat


def canonical_place(place: str) -> str:
    """The one name of ``place``: "United Nations" for the Security Council or the General Assembly (which sit at its
    seat), the gazetteer name of an alias of a country, of the United Nations or of another UN body,
    "White House" for a room of it, else ``place`` as written."""
    bare = place[4:] if place.startswith("the ") else place
    if bare in WHITE_HOUSE_ROOMS:
        return "White House"
    entry = GAZETTEER.get(bare)
    if entry is not None and entry.name in _AT_THE_SEAT:
        return "United Nations"
    if entry is None or entry.form != "alias":
        return place
    if entry.kind == "country" or entry.name == "United Nations" or entry.name.startswith("UN "):
        return entry.name
    return place


def name_places(events: list[Event]) -> list[Event]:
    """The events with each location written by its one name (``canonical_place``)."""
    out = []
    for e in events:
        name = canonical_place(e.location) if e.location else None
        out.append(e if name == e.location else replace(e, location=name))
    return out
