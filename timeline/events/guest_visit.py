"""The guest's visit of the day, named by a demonstrative in a remarks transcript.

In remarks given at the host's ("Oval Office", "East Room": the White House), "this visit" is the visit the guest is
on: "I very much welcome this visit" (the guest, events_gold_fresh11 Albanese #19), "This visit to Washington, your
first trip outside Ukraine since February, comes as ..." (the host, of the guest). The visitor is the speaker whose
state is not the venue's; the visit goes to the venue's state, on the transcript's day, where the remarks are given.
One row per guest and day: a later "This visit also falls on the 300-day mark", or the guest's own "This visit to the
United States became, really, a historic one", retells it.

Not: a visit of a third party ("this visit by Secretary Blinken", "this visit of the Pope"), one to a place of another
state ("this visit to Kyiv", said at the White House), one in a reporter's question, a planned one or another noun
("this visiting delegation"), nor any visit when the header names no venue or the speakers' states do not tell the
guest from the host (two guests, no host among the speakers).

Called from ``extract._sentence_events``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .visited import place_country, visited_countries

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# an adjective the visit noun may have after its determiner ("this historic visit", "your first visit")
_ADJECTIVE = r"(?:(?:first|historic|important|official|state|great|wonderful|special)\s+)?"
# the demonstrative right before the noun ("this visit", "this historic visit"): the visit the speakers are on
_THIS = re.compile(rf"\bthis\s+{_ADJECTIVE}$")
_THIS_REACH = 30  # characters before the noun
# the guest's own, said to him: "your visit to Germany", "your first visit" (the host speaking; a possessive name,
# "President Biden's first visit to Japan", is an owned act rule 11 gives no row undated: ``owned_acts``)
_YOURS = re.compile(rf"\byour\s+{_ADJECTIVE}$")
# a visit of someone named after it: "this visit by Secretary Blinken", "this visit of the Pope"
_BY_OTHER = re.compile(r"\s+(?:by|of)\s")


def guest_and_host(builder) -> tuple[str, str] | None:
    """The guest of a remarks transcript and the state they visit: the one speaker whose state is not that of the
    header's venue, when one speaker is of the venue's state (the host); else None."""
    host = place_country(builder.header, builder.text)
    if host is None:
        return None
    states = builder.speaker_countries
    if host not in states.values():
        return None
    guests = [name for name, state in states.items() if state != host]
    if len(guests) != 1:
        return None
    return guests[0], host


def guest_visit(st: _SentenceState) -> None:
    """The guest's visit of the day, at the first "this visit" of a speaker's turn (see the module docstring)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or not builder.labels or builder.header is None or (today := builder.day_at(sent.start)) is None:
        return
    speaker = builder._turn_speaker(sent.start)
    if speaker is None:
        return  # a reporter's question, or the header before the first turn
    found = guest_and_host(builder)  # the transcript's, the same for every predicate
    if found is None:
        return
    guest, host = found
    done = st.done()
    for p in st.preds:
        if p.type != "visit" or p.form != "noun" or p.quoted or p.negated or p.trigger.start in done \
                or p.trigger.text.lower() != "visit" or _BY_OTHER.match(low, p.trigger.end) \
                or not (_THIS.search(low, max(sent.start, p.trigger.start - _THIS_REACH), p.trigger.start)
                        or _guests(st, p, guest, speaker)):
            continue
        if any(e.event_type == "visit" and e.actor1 == guest and e.status == "reported"
               and e.date_start == today for e in builder.events):
            return  # the visit told again ("This visit also falls on ...")
        if any(c != host for c in visited_countries(builder.text, sent.end, p, builder.header)):
            continue  # "this visit to Kyiv", said at the White House: another visit
        event = st.record(p, basis="dateline", agent=guest, lends_day=False)
        if event is not None:
            builder.amend(event, actor2=host, actors=(guest, host),
                          location=event.location or builder.header,
                          location_basis=event.location_basis or "header")
        return


def _guests(st: _SentenceState, p, guest: str, speaker: str) -> bool:
    """Does the host name the guest's visit of the day to him: "on the historic occasion of your visit to Germany"? The
    host speaks (not the guest), and no date in the sentence places the visit elsewhere in time ("your visit last
    year")."""
    if speaker == guest or st.dates:
        return False
    return _YOURS.search(st.low, max(st.sent.start, p.trigger.start - _THIS_REACH), p.trigger.start) is not None
