"""An act of force told by its noun with a place as its object: done at that place.

"the attack on Baba Amr began", "a repeat of the 1982 crackdown on the city of Hama", "Israel's offensive against Gaza
in 2008", "intermittent shelling of Tel Kelakh", "The aerial bombardment of Aleppo intensified", "renewed shelling of
the opposition stronghold of Homs" (audit t17-bbc-203, t17-reuters-238, -60, -260, t17-bbc-304, -233), "repulsed a
government assault on the besieged city of Misrata" (fresh5 t17-reuters-212#7), "a rebel attack on Aleppo's
international airport" (fresh10 t17-bbc-97#17): the noun's object is where the act was done.
``places.force_object_place`` reads the object of a verb of force; a noun's object, after "on", "against" or "of",
was left unread.

Not placed: an act whose trigger is not that noun (a saying, a demand: "called for an end to the assault on Homs" is
the call's topic, and the call is no act of force), an act that has a place, an object that is no known place ("the
attack on Hezbollah", "an attack on a Turkish ship heading for Gaza": the first word after the preposition must
begin the place or its "the (besieged) city of"), and "of" after a noun whose "of" names the doer ("the attack of the
rebels"): only shelling, bombardment, siege, invasion and capture take their place with "of".
"""

from __future__ import annotations

import re

from .places import known_named_place

_NOUN_ON = r"(?:attacks?|assaults?|offensive|crackdown|raids?|strikes?|air\s*strikes?|onslaught|operation|bombings?|incursion|advance)"
_NOUN_OF = r"(?:shelling|bombardment|siege|invasion|capture)"
_MODS = (r"(?:(?!(?:a|an|the|and|or|of|on|in|for|with|to|from|by|at|as|that|against|over|into|under)\s)"
         r"(?:[a-z'’-]+|[A-Z][a-z]+(?:i|an|ese|ish))\s+){0,4}?")
_OBJECT = re.compile(
    r"(?<![\w-])(?:(?i:" + _NOUN_ON + r")\s+(?:on|against)|(?i:" + _NOUN_OF + r")\s+of)\s+"  # (the noun may open the sentence)
    r"(?:the\s+(?:" + _MODS + r"(?:city|town|village|port|capital|stronghold|region|province)(?:\s+of\s+|,\s+))?)?"
    r"(?P<place>[A-Z][\w.\-]*(?:\s+(?:al|el|ad|ar|as|ash|at|az|an)?-?\s*[A-Z][\w.\-]*){0,2})(?:['’]s\b|(?=[\s,.;:)]|$))")
SLACK = 5  # characters after the trigger in which the noun may still begin ("assault" of "repulsed a government assault")


def noun_object_place(sentence: str, start: int, end: int) -> str | None:
    """The known place the force noun of the trigger at ``sentence[start:end]`` takes as its object, if it does."""
    m = _OBJECT.search(sentence, start, min(len(sentence), end + 120))
    return known_named_place(m.group("place")) if m is not None and m.start() <= end + SLACK else None

