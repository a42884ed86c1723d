"""An announcement of an act of the speaker's own side is that act, no statement beside it.

"We are announcing today also that we will assist Jamaica in COVID recovery" tells of planned aid, not of a statement
about it (events_gold_fresh6.md: an announcement of intent is the planned act). The statement of "announce" is
dropped when the sentence makes an event of the speaker's side after the verb (``announcement_of_act``), and the
statement of any saying beside a planned sanction or provision of the speaker's side (``saying_beside_planned_act``:
events_gold.md rule 12, the saying's day goes in the note); among the last passes of a sentence
(``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .basis import CONSULT

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event
    from .extract import _SentenceState

_ANNOUNCING_VERB = re.compile(r"announc(?:e|es|ed|ing)")


def saying_beside_planned_act(st: _SentenceState) -> None:
    """A saying of the sentence beside a planned sanction of the sayer's own side, or beside a planned provision it
    reports, is no row of its own (events_gold.md rules 12, 14: the saying's day goes in the note)."""
    builder = st.builder
    made = builder.events[st.first:]
    if not any(e.status == "planned" and e.event_type in ("sanction", "aid") for e in made):
        return  # (most sentences: nothing planned for a saying to stand beside; the checks below are dearer)
    for said in made:
        if said.event_type != "statement" or said.actor1 is None or said.trigger is None:
            continue
        side = _side(st, said)
        low = said.sentence.lower()
        at = _verb_at(low, said)
        if any(e.status == "planned" and e.actor1 in side and (e.event_type == "sanction" or e.event_type == "aid" and (
                at >= 0 and e.trigger and low.find(e.trigger.lower(), at + 1) > at)) for e in made):
            # "The United States is considering sanctions against Syrian government officials ..., a U.S. official said
            # on Monday": the planned sanction, the saying's day no row of its own (events_gold.md rules 12, 14); and a
            # provision so announced ("On Friday the British government confirmed it would provide more communications
            # equipment to the rebels next month": one planned aid, rule 14), when the saying reports it, after its
            # verb (not "would provide ... the Strategy, which President Biden released on March 24")
            builder.events.remove(said)


def announcement_of_act(st: _SentenceState) -> None:
    """A speaker's announcement of an act of the speaker's own side that the sentence also gives as an event is that
    act, no statement of its own ("we are announcing today also that we will assist Jamaica in COVID recovery", "the
    United States — and I am announcing today — will be investing $20 million to assist ..."; events_gold_fresh6.md:
    an announcement of intent is the planned act). (After ``saying_beside_planned_act``.)"""
    builder = st.builder
    made = builder.events[st.first:]
    for said in made:
        if said.event_type != "statement" or said.actor1 is None or said.trigger is None \
                or not _ANNOUNCING_VERB.fullmatch(said.trigger.lower()):
            continue
        side = _side(st, said)
        low = said.sentence.lower()
        at = _verb_at(low, said)
        if at < 0 or low.startswith(" by ", at + len(said.trigger)):
            continue  # "our joint Task Force on Energy Security announced by Presidents Biden and von der Leyen"
        # (what is announced comes after the verb: not "we are partnering ... under our Task Force announced ...")
        if any(e is not said and e.event_family not in ("statement", CONSULT) and e.actor1 in side and e.trigger
               and low.find(e.trigger.lower(), at + 1) > at for e in made):
            builder.events.remove(said)


def _verb_at(low: str, said: Event) -> int:
    """Where in its sentence (``low``) the verb of the statement ``said`` stands, or -1: the start of the predicate
    it was made of, which ``extract._Builder.add`` keeps ("Britain said on Thursday it would provide ..., and a French
    official said that France was studying the request": Britain's is the first "said", whichever saying was made
    first or became a row at all)."""
    at = said.extra.get("at")
    if at is None:
        return -1
    at -= said.char_start
    verb = said.trigger.lower()
    return at if 0 <= at and low.startswith(verb, at) else -1


def _side(st: _SentenceState, said: Event) -> set[str]:
    """The sayer of ``said`` and, for a person, the person's state."""
    return {said.actor1, st.builder.state_of_person(said.actor1)} - {None}
