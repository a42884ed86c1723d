"""A meeting's pair told by one of its two: "Turkey's Ahmet Davutoglu said the pair discussed "concrete steps" for
Damascus to halt the killing" (events_gold_fresh17 t17-bbc-173#5: Davutoglu's talks with Assad), "Mr Annan said the
pair had agreed a new approach to ending the violence" (audit t17-bbc-116, the agreement with Assad).

A named speaker reports a consultation or an agreement whose subject is the two who met ("the pair", "the two men",
"both men"): the speaker is one of them, so the act is the speaker's (events_gold.md rule 18: the act a named party
says was done is a row of its own beside the saying), the other the party of the speaker's latest call, meeting or
visit in the story. No pass gave the act an agent, since "the pair" names no actor, so ``_is_event`` dropped it; "they"
already resolves ("Elaraby said they had agreed on a series of measures", audit t17-reuters-151). Not a plan, a
passive, a negated or quoted act, nor a subject of more than two ("the conference had agreed": who agreed is not told).
Nor when the story's latest call, meeting or visit is one the speaker had no part in: "Lavrov met Clinton in Geneva on
Monday. Kofi Annan said the two men had agreed on a new approach" tells of Lavrov and Clinton, whom counted.py and the
plural subject of roles already read as the meeting's parties (``speaker_of_pair``).
Read by ``extract._saying_events`` for the frame's reported act.
"""

from __future__ import annotations

import re

from .basis import CONSULT
from .predicates import Predicate

# the reported clause opens with the pair as its subject, then the verb group
_PAIR = re.compile(r"[\s,]*(?:that\s+)?(?:the\s+pair|the\s+two(?:\s+men|\s+leaders|\s+ministers)?|both\s+men)"
                   r"\s+(?:(?:had|have|has|also|then|later|earlier)\s+)*$")
_FAMILIES = frozenset({CONSULT, "agree"})


def pair_act(low: str, content: tuple[int, int], p: Predicate) -> bool:
    """Is ``p``, the reported act of the frame, a consultation or agreement done by "the pair" that opens the reported
    clause ``content`` (module doc)? (An embedded act the caller records for no one.)"""
    return p.form == "verb" and p.family in _FAMILIES and p.status == "reported" and not (
        p.passive or p.negated or p.quoted or p.topic) \
        and content[0] <= p.start < content[1] and _PAIR.fullmatch(low, content[0], p.start) is not None


def speaker_of_pair(events, speaker: str | None) -> bool:
    """May the speaker be one of "the pair": the story so far (``events``) tells no call, meeting or visit, or its latest
    has the speaker among its parties (module doc)?"""
    latest = next((e for e in reversed(events) if e.event_family == CONSULT), None)
    return speaker is not None and (latest is None or speaker in latest.actors)


def pair_counterpart(events, speaker: str, act=None) -> str | None:
    """The other party of the speaker's latest call, meeting or visit among ``events`` (the story's so far), ``act``
    (the pair's own, just recorded) apart."""
    for e in reversed(events):
        if e is not act and e.event_family == CONSULT and speaker in e.actors:
            return next((a for a in e.actors if a != speaker), None)
    return None
