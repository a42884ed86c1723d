"""Where a saying was given, when its own verb places it: "Mr Ford said in Washington", "told reporters in London",
"told Reuters in Turkey last month", "told al Jazeera from Erbil in northern Iraq".

The place belongs to the saying only (the row whose trigger is the verb of saying), not to what the speaker reports:
"a senior European diplomat told reporters in Washington that EU nations are preparing sanctions" places the telling,
not the sanctions. "said" takes the place at once (or after its day: "said on Tuesday in Paris"); "told" after its
addressee of up to three words ("reporters", "Reuters", "NBC news", "the BBC"), none of them "that". The place must be
one the gazetteer or ``place_names.txt`` knows (``known_place``), or one placed by a known place right after it
("from Erbil in northern Iraq", "in Bali, Indonesia"), and no possessive: not "said in Turkey's strongest
warning yet", "said in a statement", "said in March".

A saying told to the Security Council is given where the council sits: "Mrs Clinton told the UN Security Council
that ...", "Mr Annan told the Security Council on Tuesday that ...", "Maj Gen Robert Mood told the UN Security Council
that observers were targeted" are at the United Nations (the development gold places all three there: fresh20
t17-bbc-186#20, fresh30 t17-bbc-305#15, t17-bbc-57#15; no "told the Security Council" row is unplaced), and "told the UN
Security Council meeting in New York" at the place the meeting is given (fresh31 t17-bbc-242#5). Not a letter to it
("wrote to the Security Council": written, not told there), nor a saying about it ("told reporters the Security
Council should act").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CUES
from .places import COUNCIL_NAME, PLACE_NAME, known_place, named_place
from .seat_places import council_place

if TYPE_CHECKING:
    from .predicates import Predicate

_PLACE = PLACE_NAME
_DAY = r"(?:\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day)?"
# "said in Washington", "says from Cairo", "said on Tuesday in Paris"
_SAID_IN = re.compile(_DAY + r"\s+(?:in|from)\s+(?:the\s+)?" + _PLACE)
# "told reporters in London", "told Reuters in Turkey", "told al Jazeera from Erbil": an addressee of 1-3 words first
_TOLD_IN = re.compile(r"(?:\s+(?!that\b|in\b|from\b)[\w.'’-]+){1,3}?" + _DAY + r"\s+(?:in|from)\s+(?:the\s+)?" + _PLACE)
# a place placed by a known one after it: "from Erbil in northern Iraq", "in Bali, Indonesia"
_PLACED_BY = re.compile(r"(?:,\s+|\s+in\s+(?:(?:%s)\s+)?)(?:the\s+)?(?P<region>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)?)"
                        % "|".join(CUES["compass"]))
# "told the UN Security Council (meeting in New York)": where the council sits, or the place its meeting is given
# (``seat_places.council_place``)
_TOLD_COUNCIL = re.compile(r"\s+(?:a\s+|the\s+)?" + COUNCIL_NAME + r"(?![\w'’-])")
_VERBS = {"said": _SAID_IN, "says": _SAID_IN, "say": _SAID_IN,
          "told": _TOLD_IN, "tells": _TOLD_IN, "telling": _TOLD_IN}


def said_place(text: str, sentence_end: int, p: Predicate | None) -> str | None:
    """The place the verb of saying that triggers ``p`` names for itself, if it does."""
    if p is None:
        return None
    verb = text[p.trigger.start:p.trigger.end].split()
    pattern = _VERBS.get(verb[-1].lower()) if verb else None
    if pattern is _TOLD_IN and (council := _TOLD_COUNCIL.match(text, p.trigger.end, sentence_end)):
        return council_place(text, council.end(), sentence_end) or "United Nations"  # (a "told" verb of ``_VERBS``)
    m = pattern.match(text, p.trigger.end, sentence_end) if pattern else None
    if m is None:
        return None
    place = named_place(m.group("place"))
    if not place:
        return None
    if known_place(place):
        return place
    region = _PLACED_BY.match(text, m.end("place"), sentence_end)
    return place if region and known_place(region.group("region").rstrip(".,")) else None
