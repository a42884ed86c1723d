"""In a press conference, a speaker's answer aimed at no one named is aimed at the party the reporter's question names.

A reporter asks about one party ("Overnight, we learned that North Korea tested two ballistic missiles. What, if any,
actions will you take? And what is your red line on North Korea?"), and the speaker's answer tells what he will do
about it without naming it again: "if they choose to escalate, we will respond accordingly" (a threat), "it has to
be conditioned upon the end result of denuclearization" (his position). The answer's words are about the question's
party, so a threat, a charge, a demand, a refusal or a statement of the speaker's (or his state's) that names no
counterpart takes the one party the question names as its counterpart (events_gold_fresh25 ``#10``, ``#11``: North
Korea; the speech rule's "one row per type and counterpart").

Only when the question names exactly one party besides the speaker and his state (a question naming two, "Do you
agree with President Xi that China ...", or none, "Will you run again?", gives no one), and only in the turn that
answers it (the turn whose label follows the question; the answer's later paragraphs are that turn). A party the
answer's sentence names itself keeps the act to the roles (a third party named in the clause may be whom it is aimed
at, as ``turn_counterparts`` reads it). Acts between parties (a meeting, talks, aid, support, cooperation) are left to
their own readers: what they are with is what the words name or the other speaker (``turn_counterparts``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Callable, Mapping, Sequence

from ..actors.mention import ActorMention
from ..model import Event

# a speaker's own aimed acts: what they are aimed at is what the words are about
_AIMED = frozenset({"threaten", "accuse", "demand", "reject", "statement"})


def asked_counterparts(events: list[Event], questions: Sequence[int], label_starts: Sequence[int],
                       label_lines: Sequence[int], turn_speaker: Callable[[int], str | None],
                       states: Mapping[str, str], mentions: Sequence[ActorMention],
                       starts: Sequence[int]) -> list[Event]:
    """``events`` with each aimed act (``_AIMED``) of a speaker's answer that names no counterpart given the one party
    the question it answers names (``questions``: where the "Q" lines begin; ``label_starts`` / ``label_lines``: where
    the speakers' labels and their lines begin; ``states``: a speaker's state or body; ``mentions``: the article's
    actor mentions in text order, ``starts`` their starts)."""
    if not questions or not label_lines:
        return events
    return [_asked(e, questions, label_starts, label_lines, turn_speaker, states, mentions, starts) or e
            for e in events]


def _asked(e: Event, questions: Sequence[int], label_starts: Sequence[int], label_lines: Sequence[int],
           turn_speaker: Callable[[int], str | None], states: Mapping[str, str], mentions: Sequence[ActorMention],
           starts: Sequence[int]) -> Event | None:
    if e.event_type not in _AIMED or e.actor1 is None or e.actor2 is not None or e.trigger_char_start is None \
            or any(n != e.actor1 for n in e.actors):
        return None
    speaker = turn_speaker(e.trigger_char_start)
    own = {speaker, states.get(speaker)} - {None}
    if speaker is None or e.actor1 not in own:
        return None
    k = bisect_right(label_lines, e.trigger_char_start) - 1  # the label of the answer's turn
    q = bisect_right(questions, label_lines[k]) - 1  # the last question before it
    if q < 0 or (k > 0 and questions[q] < label_lines[k - 1]):
        return None  # no question right before this turn: an opening statement, or a turn after another speaker's
    asked_end = label_starts[k]
    asked = {m.name for m in mentions[bisect_left(starts, questions[q]):bisect_left(starts, asked_end)]
             if not m.placed} - own
    if len(asked) != 1:
        return None
    in_sentence = {m.name for m in mentions[bisect_left(starts, e.char_start):bisect_left(starts, e.char_end)]
                   if not m.placed}
    if in_sentence - own:
        return None  # the answer names a party of its own
    (party,) = asked
    return replace(e, actor2=party, actors=tuple(dict.fromkeys((*e.actors, party))))
