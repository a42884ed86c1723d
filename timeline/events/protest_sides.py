"""A protest's protesters are people, never a state: a state read as a protest's agent is its side, not its actor1.

Rule 22 of events_gold.md codes a protest row with ``actor1`` null unless the protesters are named (rule 13: a named
group or person, "Syrian Kurds", "Salma"), and ``actor2`` the target as written, else the state whose places the
protests are in. The subject of a protest is often the state's people or its places ("Syrians taking refuge in
Bashabsheh held a protest", "Syrian protesters took to the streets", "the revolt ... reached Syria on Friday",
"Elsewhere in Syria, ... anti-government protests"), which the actor passes read as the country (a demonym, a place);
no development row codes a state as the protesters of a Timeline17 story (fresh5 t17-reuters-294#3, fresh19
t17-bbc-39#3, fresh31 t17-bbc-2#2 are null). So a protest's country ``actor1`` is dropped, and becomes its ``actor2``
when it has none (the state whose people or places protest). Not a state's own rally ("Damascus held a rally to mark
the anniversary of the ruling Baath Party", fresh15 t17-bbc-235#17; "the United States rallied allies and partners",
fresh24 #12): one rally, or rallying, is what a state's government organises or does, where rallies, protests and
demonstrations are its people's.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.gazetteer import GAZETTEER
from ..model import Event

_STATE_RALLY = frozenset({"rally", "rallied", "rallying"})


def _state(name: str | None) -> bool:
    entry = GAZETTEER.get(name) if name else None
    return entry is not None and entry.kind == "country" and entry.name == name


def protest_sides(events: list[Event]) -> list[Event]:
    """``events`` with each protest's state ``actor1`` moved to its side (``actor2`` when it has none)."""
    out = []
    for e in events:
        if e.event_type == "protest" and _state(e.actor1) and (e.trigger or "").lower() not in _STATE_RALLY:
            e = replace(e, actor1=None, actor2=e.actor2 or e.actor1)
        out.append(e)
    return out
