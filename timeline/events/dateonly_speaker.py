"""A date-only row of a transcript turn whose clause opens with the speaker's "we" or "I": the speaker's side acts.

A date no predicate took makes an "other" row (``extract._date_only_events``), whose agent is an actor the text names
where an agent stands, else none (``dateonly_agent``; events_gold.md rule 2). In a remarks transcript the turn's label
names who "I" and "we" are, so a clause that opens with them names its agent: "And today, we're taking our alliance even
further with doubling down on cooperation on technology and science" (events_gold_fresh11, the United States), "Also,
together with President Biden, we will later make tomorrow's Quad Summit a sure success" (fresh23, Japan), "We had a very
good negotiation and talks about our strategic steps" (fresh24). The "we" of a leader is his state (rule 30, answer
(k): an act of state), as the rows a date alone makes mostly tell ("doubling down on cooperation", "make ... a sure
success"); "I" is the speaker. Only the clause's opening subject counts (after "And", "So", an opening phrase closed by
a comma): "what we have done" or "the visas we issued" inside the clause names the agent of another verb. Not in a
reporter's question (``turn_speaker`` gives no one there).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Mapping

from ..model import Event

# the clause's opening subject: "we" or "I" after a label, conjunctions and opening phrases each closed by a comma
_OPENING_SUBJECT = re.compile(
    r"^(?:[A-Z][A-Z .'’-]*:\s*(?:\([^)]*\)\s*)?)?(?:(?:and|so|but|now|also|then|well)\b[ ,]*)*(?:[^,.;:!?—–]{1,80},\s*)*"
    r"(?:(?:and|so|but|now|also|then|well)\b[ ,]*)*(?P<who>we|i)(?=\s|['’])", re.IGNORECASE)


def dateonly_speaker(events: list[Event], turn_speaker: Callable[[int], str | None],
                     states: Mapping[str, str]) -> list[Event]:
    """``events`` with each date-only row of a speaker's turn that has no agent and whose sentence opens with the
    speaker's "we" (his state, ``states``, else himself) or "I" (himself) given that agent."""
    out = []
    for e in events:
        out.append(_spoken(e, turn_speaker, states) or e)
    return out


def _spoken(e: Event, turn_speaker: Callable[[int], str | None], states: Mapping[str, str]) -> Event | None:
    if e.event_type != "other" or e.trigger is not None or e.actor1 is not None:
        return None
    speaker = turn_speaker(e.char_start)
    if speaker is None:
        return None
    m = _OPENING_SUBJECT.match(e.sentence)
    if m is None:
        return None
    agent = states.get(speaker, speaker) if m.group("who").lower() == "we" else speaker
    if agent == e.actor2:
        return None
    return replace(e, actor1=agent, actors=tuple(dict.fromkeys((agent, *e.actors))))
