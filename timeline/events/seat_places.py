"""A dated act of the UN's organs in a story filed from UNITED NATIONS: at the United Nations (events_gold.md rule 23).

A Reuters story filed from UNITED NATIONS tells the council's week: "Russia on Friday proposed putting to a vote a
rival resolution", "The council had scheduled an informal closed-door meeting of ambassadors ... on Thursday", "Earlier
this week, Churkin told reporters", "Russia and China had backed an August 3 statement by the Security Council", "Last
month Russia and China joined forces to veto a European-drafted Security Council resolution". The dateline places the
acts of the story's own day (``dateline_venue``); these, dated to another day the story gives, were done at the same
seat: the council sits there, its envoys speak to reporters there, its resolutions are voted there (blind
t17-reuters-314#5-#13, fresh13 t17-reuters-192#7, #8, #20, fresh4 t17-reuters-282#5; audit t17-reuters-107, -17).

Only a dated act (an undated standing position, "Russia and China have repeatedly complained", stays unplaced), not
an act of force or a protest (told as done on the ground: "Syrian forces shot dead ..."), and only one whose clause
names the seat's business: the council or the General Assembly, a veto, a vote, a draft or resolution, a meeting of
ambassadors, telling reporters. An act with no such word ("Syria told a closed meeting of Asian U.N. members on May
11", "Syrian Ambassador Bashar Ja'afari denied at the time", "Kuwait stepped into the race last week": fresh
t17-reuters-180#10, #12, #3, unplaced) is left as it is.

``place_council_sittings`` places the council's own dated meetings and talks at the United Nations in a story filed
from anywhere (the council sits at the seat, whatever the dateline).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.gazetteer import GAZETTEER
from .capital_places import PLACED_FAMILIES
from .clause_places import place_by_clause
from .places import PLACE_NAME, known_named_place

if TYPE_CHECKING:
    from ..model import Event

_SEAT_BUSINESS = re.compile(r"\b(?:Security\s+Council|General\s+Assembly|vetoe?[ds]?|veto(?:ing)?|vot(?:e|es|ed|ing)"
                            r"|(?:draft\s+)?resolutions?|closed-door|told\s+reporters|envoys|ambassadors)\b")
_THE_COUNCIL = re.compile(r"\b[Cc]ouncil\b")  # "the council": the Security Council in a story about it alone
_SECURITY_COUNCIL = re.compile(r"\bSecurity\s+Council\b")
_OTHER_COUNCIL = re.compile(r"\b(?:Rights\s+Council|council\s+of\s+human\s+rights|rights\s+council)\b", re.I)
_STANDING = re.compile(r"\b(?:repeatedly|always|long|often|traditionally)\b")  # "have repeatedly complained"


def seat_venue(venue: str | None) -> str | None:
    """The venue when it is an international body's seat ("United Nations"), else None."""
    entry = GAZETTEER.get(venue) if venue else None
    return venue if entry is not None and entry.kind == "organization" else None


def place_seat_acts(events: list[Event], text: str, venue: str | None) -> list[Event]:
    """The events with each unplaced act of a body's business, dated to a day other than the dateline's, placed at the
    seat the dateline names (the dateline's own day is ``dateline_venue``'s, which has judged those acts already)."""
    seat = seat_venue(venue)
    if seat is None:
        return events
    council = bool(_SECURITY_COUNCIL.search(text)) and not _OTHER_COUNCIL.search(text)  # which council "the council" is
    out = []
    for e in events:
        if e.location is None and e.date_start is not None and e.date_basis != "dateline" \
                and e.event_family not in PLACED_FAMILIES and e.status == "reported" \
                and (_SEAT_BUSINESS.search(e.sentence) or council and _THE_COUNCIL.search(e.sentence)) \
                and not _STANDING.search(e.sentence):
            e = replace(e, location=seat, location_basis="dateline")
        out.append(e)
    return out


_SITTINGS = frozenset({"meeting", "talks"})


def place_council_sittings(events: list[Event]) -> list[Event]:
    """The events with each dated meeting or talks of the Security Council itself placed at the United Nations, in
    any story: "The UN Security Council began negotiations on Wednesday" (fresh21 t17-bbc-88#10), "The Security Council
    will discuss the issue on Thursday" (fresh31 t17-bbc-27#8); the development gold places every such row there (7
    rows in blind, fresh13, fresh21, fresh30, fresh31; none unplaced). The council sits at the UN's seat, wherever the
    story is filed; an undated sitting ("the council has discussed Syria for months") and a meeting of its members
    elsewhere (the clause names that place, and the event has it) are left as they are; "the UN Security Council in New
    York" is at New York (audit t17-bbc-116)."""
    return place_by_clause(events, lambda e: _sitting_place(e.sentence) if e.date_start is not None
                           and e.event_type in _SITTINGS and e.actor1 and _SECURITY_COUNCIL.search(e.actor1) else None)


# a sitting's place right after the council's name: "the UN Security Council in New York", "a Security Council meeting
# in Geneva", "told the Security Council session in the Hague"
_SITTING_IN = re.compile(r"(?:\s+(?:meeting|session|debate))?\s+in\s+(?:the\s+)?" + PLACE_NAME)


def council_place(text: str, after: int, end: int) -> str | None:
    """Where the Security Council whose name ends at ``after`` sits, if a sitting's place follows the name (within
    ``end``): the known place it names, else the United Nations; None if no "in" place follows. The one reader of
    "Security Council (meeting | session | debate) in PLACE" (``place_council_sittings``, ``said_place``'s "told the
    Security Council")."""
    m = _SITTING_IN.match(text, after, end)
    return None if m is None else known_named_place(m.group("place")) or "United Nations"


def _sitting_place(sentence: str) -> str:
    """Where the council sits: the place its sentence gives it ("brief the UN Security Council in New York"), else
    the United Nations."""
    return next((place for m in _SECURITY_COUNCIL.finditer(sentence)
                 if (place := council_place(sentence, m.end(), len(sentence)))), "United Nations")
