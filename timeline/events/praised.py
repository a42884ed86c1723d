"""A speaker's praise of a person in a remarks transcript: the speaker's support of the one praised.

Speakers in a transcript praise people by describing them: "I will say that Aleksey Navalny has been a brave leader
who stood up against corruption" (Harris), "Margot Friedländer, you are a voice of conscience and healing" (Biden, to
a guest in the audience), "he's shown great leadership" (Albanese, of Secretary Kerry). The gold sets give each a
`support` row of the speaker to the person praised (fresh17 Harris #14, fresh16 Biden #10, fresh11 Albanese #23;
events_gold.md rule 30: a speaker's sayings give one row per type and counterpart in a turn). The lexicon's praise
rows (event_triggers.tsv, "a speaker's praise of a person") type such a clause `support`, but the clause's subject,
the person praised, is read as its agent ("Aleksey Navalny -> None").

So a `support` row typed by a praise trigger is, in a transcript, the turn's speaker's support of the person praised:
the clause's named subject, or for "you are ..." the person named just before it in the sentence (a guest addressed
by name; else the "you" is the other speaker). Praise of the other speaker or of a speaker's state is left out: the
turn's thanks or support to that party is its row (rule 30; "you have been an extraordinarily courageous leader", fresh17,
folds into Harris's thanks). Outside a transcript, and in a reporter's question, a praise trigger gives no row: who
praises is a reported speaker, whose saying the speech rule reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Callable, Mapping, Sequence

from ..actors.mention import ActorMention
from ..model import Event
from .triggers import DEFINED

# the lexicon's praise row (event_triggers.tsv, ``{=praise}``): a description of a leader, a voice, a champion, or
# leadership or courage shown; the trigger of a row it typed is its whole match
_PRAISE = re.compile(DEFINED["praise"])


def praised(events: list[Event], speakers: Sequence[str], states: Mapping[str, str],
            turn_speaker: Callable[[int], str | None], mentions: Sequence[ActorMention],
            starts: Sequence[int]) -> list[Event]:
    """``events`` with each praise row (see the module docstring) made the turn's speaker's support of the person
    praised, or left out (outside a transcript or in a reporter's question, where ``turn_speaker`` gives no one; praise
    of a speaker's state; ``_praised`` gives no speaker)."""
    out = []
    for e in events:
        if e.event_type != "support" or e.trigger_char_start is None or not _PRAISE.fullmatch((e.trigger or "").lower()):
            out.append(e)
            continue
        speaker = turn_speaker(e.trigger_char_start)
        party = _praised(e, speakers, mentions, starts) if speaker is not None else None
        if party is None or party in states.values():
            continue
        out.append(replace(e, actor1=speaker, actor2=party, actors=(speaker, party)))
    return out


def _praised(e: Event, speakers: Sequence[str], mentions: Sequence[ActorMention], starts: Sequence[int]) -> str | None:
    """The person praised, never a speaker: the clause's subject that the row took as agent, unless it is a speaker
    ("you" read as the other speaker), when it is the person named last before the trigger in the sentence who is no
    speaker."""
    if e.actor1 is not None and e.actor1 not in speakers:
        return e.actor1
    before = mentions[bisect_left(starts, e.char_start):bisect_left(starts, e.trigger_char_start)]
    named = [m.name for m in before if m.kind == "person" and "location" not in m.flags and m.name not in speakers]
    return named[-1] if named else None
