"""A seat of government that acts is its state: ``actor1`` "White House" -> "United States", "Kremlin" -> "Russia".

Wire copy names a government by its seat ("This would include the departure of Syrian President Bashar al-Assad, the
White House said", "the White House has made clear it has no plans to put troops on the ground", "By standing up for
Damascus, the Kremlin is telling the world ..."), and the development sets write the state as the actor every time
(fresh29 t17-bbc-254#3, fresh17 t17-reuters-172#5, fresh15 t17-bbc-143#2; no gold row has a seat of government as an
actor). The seats are ``resources/government_seats.txt``; the state is the country ``organizations.csv`` gives the
seat. Only the actor that acts changes: a seat as ``actor2`` is mostly a venue the reader took for a counterpart
("convened a meeting at the White House"), which the state would not mend. Applied to the output, after every pass
that reads ``actor1`` against the sentence's mentions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.gazetteer import GAZETTEER, word_list

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event

SEAT_STATES: dict[str, str] = {seat: GAZETTEER[seat].country for seat in word_list("government_seats.txt")
                               if seat in GAZETTEER and GAZETTEER[seat].country}


def seat_states(events: list[Event]) -> list[Event]:
    """``events`` with a seat of government as ``actor1`` written as its state (in ``actors`` too, once)."""
    out = []
    for e in events:
        state = SEAT_STATES.get(e.actor1 or "")
        if state is None:
            out.append(e)
            continue
        actors = tuple(dict.fromkeys(state if a == e.actor1 else a for a in e.actors))
        out.append(replace(e, actor1=state, actor2=None if e.actor2 == state else e.actor2, actors=actors))
    return out
