"""An act of force or a protest that no clause reader placed, in a sentence that names one town: at that town.

"Syrian troops and militiamen ... killed 16 people in attacks in the city of Homs on Tuesday" (fresh32 t17-reuters-30),
"A youth riding a motorbike was later killed in Saqba when he approached a roadblock and soldiers opened fire on him"
(fresh32 t17-reuters-199), "whose car was ambushed in Hama by gunmen" (fresh28 t17-bbc-115), "the elder Assad crushed an
armed revolt by the group in the city of Hama in 1982" (fresh40 t17-reuters-50): the readers of ``places`` and the
passes after them each take one wording (a phrase after the trigger, a "city of X" before it, "in X" before it in its
clause); the wordings they miss are many (a topic noun before "in X", the trigger's noun, a clause between), and the
census of the thirty-eighth session found the place named in the sentence the largest cause of a missing place. The
development sets place an act of force or a protest at the town its sentence names when it names one, wherever the
phrase stands.

Only a town the text names as a place (after a preposition of place or "city/town/port of") that ``place_names.txt``
knows and the gazetteer does not: no country ("used in Iran to crush" says too little) and no capital, which stands as
often for the government or for where a witness or a conference sits ("The government in Damascus says it is fighting",
"A witness in Damascus told Reuters he saw 40 tanks", "the opposition conference in Damascus": fresh35 t17-bbc-297,
fresh t17-reuters-190, fresh40 t17-reuters-50, none placed); only when the sentence names exactly one such town; not a
saying ("Witnesses in Deraa said"), nor a movement of troops, which goes somewhere ("A witness in Hama told Reuters he
saw dozens of tanks heading north", as ``before_places`` leaves it; "Security forces, seen here in the eastern province
of Deir al-Zour, have used tanks to enter towns" is a caption's place, audit t17-bbc-296). Run before
``district_places``, which writes a district as its city.
"""

from __future__ import annotations

from ..actors.gazetteer import GAZETTEER
from .places import known_named_place, place_phrases


def sole_town(sentence: str) -> str | None:
    """The one town ``sentence`` names as a place, if it names exactly one (see the module's doc)."""
    towns = {place for raw in place_phrases(sentence, 0, len(sentence))
             if (place := known_named_place(raw)) is not None and GAZETTEER.get(place) is None}
    return next(iter(towns)) if len(towns) == 1 else None

