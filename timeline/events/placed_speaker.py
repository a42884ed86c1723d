"""Where a saying was given, when its speaker is written with a place: "Louay Hussein, an activist in Damascus, said",
"The Iranian consul in Damascus said", "residents in Jisr al-Shughour have accused", '..., said activist Omar Shaker
in Homs.'

A person (or a group of people) described by the town they are in speaks from there, and the development gold places
such a saying at that town (fresh16 t17-reuters-27 `#7`, `#8`, fresh30 t17-bbc-201 `#3`, t17-bbc-112 `#21`; no row
of a speaker so described is left unplaced). The place belongs to the speaker's own verb only (the row whose trigger
is the verb right after the speaker, or the "said" right before an inverted one), not to what the speaker reports:
"Witnesses in Deraa said tanks were still positioned" places no act of the tanks. The speaker is a person noun of
``_SPEAKERS``, with up to three capitalised words of a name after it ("activist Omar Shaker"); not "an organizer of a
conference taking place in Turkey" (the place is the conference's), not "officials in Damascus" as an object.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .places import PLACE_NAME, known_named_place
from .predicates import SPEECH

if TYPE_CHECKING:
    from .predicates import Predicate

_SPEAKERS = (r"(?i:activists?|residents?|witness(?:es)?|consul(?:-general)?|ambassador|envoy|officials?|"
             r"spokes(?:man|woman|person)|diplomats?|correspondents?|lawyers?|doctors?|clerics?|dissidents?|"
             r"campaigners?|journalists?|opposition\s+figures?)")
_NAME = r"(?:\s+[A-Z][\w'’.\-]*){0,3}?"  # "activist Omar Shaker"
_FULL_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:al-)?[A-Z][\w'’.\-]*){0,3}"  # "Abu Rami", "Omar Idlibi"
_PLACE = PLACE_NAME
# "an activist in Damascus", "The Iranian consul in Damascus", "residents in Jisr al-Shughour"
_PLACED = re.compile(r"(?<![\w-])" + _SPEAKERS + _NAME + r"\s+in\s+(?:the\s+)?" + _PLACE)
# what may stand between the speaker and its verb: ", said", " said", " have accused", " also blamed", the
# speaker's name in apposition (", Omar Idlibi, said")
_GAP = re.compile(r"(?:,\s+" + _FULL_NAME + r",)?\s*(?:,\s*)?(?:(?:also|have|has|had)\s+){0,2}")
# '..., said activist Omar Shaker in Homs.', '..., said Abu Rami, an activist in Homs.': an inverted speaker after
# "said" / "says"
_INVERTED = re.compile(r"\s+(?:" + _FULL_NAME + r",\s+)?(?:(?:the|an?)\s+)?" + _SPEAKERS + _NAME
                       + r"\s+in\s+(?:the\s+)?" + _PLACE + r"\s*(?:[.,;]|$)")
_SAYS = re.compile(r"(?:said|says)$")
SPEAKER_REACH = 120  # characters before the verb in which its speaker phrase is looked for


def placed_speaker(text: str, sent_start: int, sent_end: int, p: Predicate | None) -> str | None:
    """The place the speaker of the saying triggered by ``p`` is written with, if it is a known place."""
    if p is None or p.family not in SPEECH:
        return None
    start = p.trigger.start
    for m in _PLACED.finditer(text, max(sent_start, start - SPEAKER_REACH), start):
        gap = _GAP.fullmatch(text, m.end(), start)
        if gap is not None:
            return known_named_place(m.group("place"))
    if _SAYS.search(text, p.trigger.start, p.trigger.end):
        m = _INVERTED.match(text, p.trigger.end, sent_end)
        if m is not None:
            return known_named_place(m.group("place"))
    return None
