"""An act of force in a sentence that tells the fight for a town: done in that town.

"But a fierce battle is taking place for control of Aleppo, Syria's commercial center, after rebels launched a major
offensive at the weekend" (the offensive: Aleppo), "The key battle is now being waged for control of Aleppo in the
north" (Aleppo), "the government has now regained control of most areas of Damascus which had been captured by rebels
last week" (the capture: Damascus), "Ukraine has won the battle of Kyiv": wire copy names the town once, as what the
fight is for, and tells the acts of the fight around it; the development gold places them there (fresh31
t17-bbc-131#5, #6, fresh19 t17-bbc-298#6, fresh24's Kyiv). ``places`` reads a verb's object ("took control of
Rastan"), ``force_noun_places`` a noun's ("the assault on Homs"); this reads the phrase anywhere in the act's sentence
when the act has no place of its own.

Only acts of force (a saying about the battle is told elsewhere: "Syrian officials dismissed claims ... the battle for
the capital"), only a known place ("the battle for hearts and minds", "control of the country": no place), and only
one place: a sentence that tells two fights ("battles for control of Aleppo and Damascus") places nothing.
"""

from __future__ import annotations

import re

from .places import PLACE_NAME, known_named_place

# "control of/over (most areas of | much of | parts of | all of) X", "battle / fight(ing) / struggle for (control of) X",
# "battle of X", "the fight over X"
_SHARE = r"(?:(?:most|much|all|parts|part|areas|some|many|large\s+parts|most\s+areas|most\s+parts)\s+of\s+)?"
_FIGHT = re.compile(
    r"(?<![\w-])(?:(?i:control)\s+(?:of|over)\s+" + _SHARE
    + r"|(?i:battles?|fight(?:ing)?|struggle)\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:\w+\s+){0,3})?"
    r"(?:for|over)\s+(?:(?i:control)\s+(?:of|over)\s+)?" + _SHARE
    + r"|(?i:battle)\s+of\s+)"
    r"(?:the\s+(?:city|town|capital|port|province)\s+of\s+)?" + PLACE_NAME)


def fought_place(sentence: str) -> str | None:
    """The one known place ``sentence`` tells a fight for, if it tells one."""
    places = {p for m in _FIGHT.finditer(sentence) if (p := known_named_place(m.group("place")))}
    return places.pop() if len(places) == 1 else None

