"""An act of force or a protest whose own clause names a town before its trigger: done at that town.

"Tanks and snipers have battled to cow protesters and hunt army defectors in Homs, killing more than 100" (fresh4
t17-reuters-301#25), "Activists in Homs, Syria's third largest city, said at least six inhabitants were killed in raids"
(fresh17 t17-reuters-252#7), "Iranian protesters who took to rooftops in Tehran chanting" (fresh10 t17-reuters-133#7),
"spent harrowing days under fire in the Baba Amr area of Homs and here reports on citizens subjected to a relentless
artillery barrage" (fresh16 t17-bbc-49#1): the development sets place the act at the town the clause names, though
the name stands before the trigger. ``places.clause_place`` reads the phrases after the trigger (and before it only the
named form, "in the besieged Syrian city of Deraa"); this pass reads, for an act left unplaced, the nearest "in/at X"
before the trigger in its clause.

Only a town or city the gazetteer or ``place_names.txt`` knows, not a country ("the crackdown in Syria" says too
little; "used in Iran to crush" is left), and a capital only of the act's parties' states ("the Syrian Observatory in
London said troops killed ..." is where the monitor sits); not a saying, nor a movement of troops (their place is where they go), nor a phrase cut off from the trigger by
another clause (";", a dash, "who", "which", "where", "while", "but", "after", "when", "since", a quotation).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import break_class
from ..actors.gazetteer import GAZETTEER
from ..last_match import last_match
from .capital_places import party_states
from .places import TOWN_NAME, known_named_place

if TYPE_CHECKING:
    from ..model import Event

WINDOW = 150  # characters before the trigger in which the phrase must stand
# "in Homs", "at Deraa", "in the Baba Amr area of Homs" (the city: a district is written as its city)
_IN_PLACE = re.compile(r"(?<![\w-])(?:in|at)\s+(?:the\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:area|district|quarter|neighbou?rhood)"
                       r"\s+of\s+)?" + TOWN_NAME + r"(?![\w'’-])")
# what cuts the phrase off from the trigger's clause
_CUT = re.compile(break_class(r";:()\"“”—") + r"|\s--?\s|(?<![\w-])(?:who|which|where|whose|while|but|after|when"
                  r"|since|before|whereas)"
                  r"(?![\w-])")


def place_before(e: Event) -> str | None:
    """The town of the last "in/at X" before ``e``'s trigger in its clause, if it is one."""
    at = e.trigger_offset()
    if at < 0:
        return None
    lo = max(0, at - WINDOW)
    found = last_match(_IN_PLACE, e.sentence, lo, at)
    if found is None or _CUT.search(e.sentence, found.end(), at):
        return None
    place = known_named_place(found.group("place"))
    entry = GAZETTEER.get(place) if place else None
    if place is None or entry is not None and entry.kind == "country" and (
            entry.form != "capital" or entry.country not in party_states(e)):
        return None  # a country; a capital of no party ("the Observatory in London")
    return place

