"""Where an act was done when its sentence tells the trip it was done on: at the trip's destination.

"Turkish Prime Minister Recep Tayyip Erdogan, on a trip to China, said the incidents were a 'clear violation'"
(fresh17 t17-bbc-75#23: China), "On this trip to Munich, I have worked with our allies" (fresh17 wh-2024-02-17 #20:
Munich), "Paolo Scaroni said during a visit to Tripoli" (audit t17-reuters-171, which the Ras Lanuf dateline placed),
"Ban Ki-moon told reporters during a visit to Colombia's coastal city of Cartagena" (audit t17-reuters-131),
"Speaking during a visit to the Libyan capital Tripoli, NATO Secretary-General Anders Fogh Rasmussen said" (audit
t17-reuters-156, -210). Rule 8 of events_gold.md: a visit placed by a country or a city has that place, and what was
said or done at it has it too. ``places.clause_place`` reads a visit's own destination; the trip told as the frame of
another act was left unread (``speaker_place`` reads "Speaking ... in/to X," only when a plain name follows "to").

Three frames, the trip's noun ("trip", "visit", "tour") after "on" or "during" and a determiner:
- an opening one, for the sentence's own acts (not those a speaker reports): "During my trip to Syria,", "On this trip to
  Munich,", "Speaking on a visit to Istanbul,", "On Sunday, during a visit to Ankara,";
- an aside on the subject, for the verb right after it: "Erdogan, on a trip to China, said", "Shaaban, speaking on a
  trip to Moscow on Monday, gave";
- one after a verb of saying (and the addressee of "told"): "said during a visit to Tripoli", "told reporters during a
  visit to ...", "stated during a visit to Tehran".
The destination is read as a visit's is (``places.destination``: "the Libyan capital Tripoli" is Tripoli); a country
is a place ("on a trip to China"). Not placed: a call (no venue), a visit (its own destination places it), an act of
force (done where the forces are, not where a visitor was), a trip that is what was said ("said a visit to Moscow was
planned": no "on"/"during" frame), one still to come ("ahead of a visit to", "before his trip to").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .places import NOT_VISIT_VENUES, SAYING_TRIGGER, destination
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:
    from .predicates import Predicate

# "on a trip", "during his two-day visit", "on this tour": the frame up to its noun (the destination follows it)
_TRIP = (r"(?:on|during)\s+(?:a|an|his|her|their|its|this|the|my|our)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:trip|visit|tour)(?=\s+to\s)")
_OPENING = re.compile(r"[\s\"“]*(?:On\s+[A-Z][a-z]+day,\s+)?(?:Speaking\s+(?:while\s+)?(?=[od])|(?=[OD]))(?i:%s)" % _TRIP)
# the aside: the frame after a comma, its destination and perhaps its day, a comma, then the verb (one word before it:
# "also", "has")
_ASIDE = re.compile(r",\s+(?:speaking\s+)?(?:while\s+)?%s" % _TRIP)
_ASIDE_END = re.compile(r"[^,;.]{0,40},\s+(?:[\w-]+\s+)?$")
# after the verb of saying: "said during", "told reporters during" (an addressee of one to three words, not "that")
_TOLD = re.compile(r"(?:\s+(?!that\b|on\b|during\b)[\w.'’-]+){1,3}?\s+%s" % _TRIP)
_SAID = re.compile(r"\s+%s" % _TRIP)
_OPENING_END = re.compile(r"[^,;.]{0,60},")


def trip_place(text: str, sent_start: int, sent_end: int, p: Predicate | None, reported: bool) -> str | None:
    """The destination of the trip that frames the act of ``p`` in the sentence ``text[sent_start:sent_end]`` (an
    opening frame, an aside on its subject, or one after its verb of saying), if one does."""
    if p is None or p.type in ("call", "visit") or p.family in FORCE_FAMILIES:
        return None
    verb = p.trigger.text.split(" ")[0].lower()
    if SAYING_TRIGGER.match(verb):
        after = (_TOLD if verb in ("told", "tells") else _SAID).match(text, p.trigger.end, sent_end)
        found = after and _destination(text, after.end(), sent_end)
        if found:
            return found
    low = max(sent_start, p.trigger.start - 160)
    for m in _ASIDE.finditer(text, low, p.trigger.start):
        found = _destination(text, m.end(), p.trigger.start)
        if found and _ASIDE_END.search(text, m.end(), p.trigger.start):
            return found
    m = None if reported else _OPENING.match(text, sent_start, sent_end)
    if m is not None and m.end() < p.trigger.start:
        found = _destination(text, m.end(), sent_end)
        return found if found and _OPENING_END.match(text, m.end(), p.trigger.start) else None
    return None


def _destination(text: str, end: int, limit: int) -> str | None:
    """The place the trip's noun ending at ``end`` goes to (a visit's destination; a country counts)."""
    return destination(text, end, limit, NOT_VISIT_VENUES)
