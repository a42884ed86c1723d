"""A host's welcome of a guest to the host's own country or city is the host's side of a meeting: "Prime Minister
Narendra Modi welcomed United States President Joseph R. Biden, Jr., to India today", "as she welcomed the
organization's Secretary General, Nabil al-Araby, to Berlin" (events_gold_fresh22 India-US `#1`, events_gold_bbc
111#12). The lexicon's meeting row of "welcomed ... to" knows fixed venues only ("to the White House", "to the
Kremlin"); a place after "to" needs the gazetteer, so it is read here and the verb's support becomes a meeting.

Only a named guest (a person, or a state standing for its leader: an actor that is no place and no member's demonym)
between the verb and "to", and a place the gazetteer knows right after it; not "welcomed the decision to", "welcomed
refugees to Germany" (no guest named), "welcomed Finland to NATO" (a body, no place).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention

_NOT_GUEST = frozenset({"location", "member", "possessive"})  # a place, a demonym of people, an owner
_WELCOMED = frozenset({"welcomed", "welcomes", "welcome", "welcoming"})
# a subordinate clause the welcome heads ("Speaking as she welcomed ... to Berlin, she said"): no pass makes a row of
# a meeting there, and the saying keeps the welcome's support and its counterpart (events_gold_bbc 111#12)
_SUBORDINATE = re.compile(r"\b(?:as|while|when)\s+(?:[\w.’'-]+\s+){1,3}$", re.I)
# the guest (at most eight words, commas kept: "the organization's Secretary General, Nabil al-Araby,"), "to", then a
# capitalised place name of up to three words
_TO_PLACE = re.compile(r"(?:\s+[\w.,'’-]+){1,8}?\s+to\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)(?=[\s,.;:]|$)")


def welcomed_to_place(word: str, text: str, end: int, stop: int, actors: list[ActorMention]) -> bool:
    """Is the verb ``word`` (ending at ``end``; ``stop`` the sentence's end) a welcome of a named guest to a place the
    gazetteer knows ("welcomed ... Biden, Jr., to India today")?"""
    if word not in _WELCOMED or _SUBORDINATE.search(text, max(0, end - len(word) - 40), end - len(word)):
        return False
    m = _TO_PLACE.match(text, end, stop)
    if m is None:
        return False
    from .places import known_place  # (places reads the predicate modules)
    place = m.group("place").rstrip(".,")
    if not known_place(place):
        return False
    guest_end = m.start("place") - 3  # (before " to ")
    return any(end < a.start and a.end <= guest_end and not _NOT_GUEST & set(a.flags) for a in actors)
