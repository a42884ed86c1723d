"""In one speaker's turn of a remarks transcript, an act to a leader and the same act to his state: one row.

The speech rule gives "one row per act and per other type or other addressee, for each speaker", and rule 30's
reading (a) of the twenty-fourth session (``events_gold.md``) takes a leader and his state as one counterpart: a
speaker who accuses Putin and then Russia in one turn made one accusation. The relabelled development transcripts
fold such rows into the turn's first: "And I'm thankful for the vital support and leadership of the United States of
America" then "I am extremely thankful to Mr. President Biden ... for the vital support" (fresh17 #33 into #27), "our
alliance ... has never been more important" then "I thank you, Mr. President, for the work that you've done" (fresh11
#14 into #13), "I want to thank every leader across Germany's government" then "So, thank you again for this award"
to President Steinmeier (fresh16 #16 into #14), "I send my greetings to the ... people of the United States" then
"Today, we're proposing something similar" to President Biden (fresh14 #19 into #11).

So a row of a transcript turn whose ``actor2`` is a leader (a head of state or government, or a monarch) and an
earlier row of the same turn, type and ``actor1`` whose ``actor2`` is his state, or the other way round, is the
earlier row, unless the later one is dated by its own words to another day ("as I said yesterday"). Only a leader:
a vice president or a minister and their state stay two counterparts (fresh17 keeps Zelenskyy's thanks to Vice
President Harris, #26, beside his thanks to the United States, #27: whether a vice president is her state's leader
was left open). Two states, two people, or one counterpart named twice are left as they are (rows to one
counterpart twice in a turn are outside the reading: fresh12 #1/#3), and so are rows of different turns.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from ..actors.gazetteer import TITLES
from ..actors.mention import ActorMention
from ..actors.people import PEOPLE, person_key
from ..model import Event
from .turn_repeats import repeat_kind

# title kinds of a state's leader (titles.csv: "leader" is a head of state or government)
_LEADER_KINDS = frozenset({"leader", "monarch"})


def leader_states(mentions: Iterable[ActorMention], state_of: Callable[[str], str | None]) -> dict[str, str]:
    """Each person of ``mentions`` who is a leader, with their state (``state_of``): one a mention titles a leader
    ("President Biden", "Mr. President"; not "Vice President Harris"), or, titled nowhere in the article, one people.csv
    lists under a leader's titles only ("Putin": President, Prime Minister)."""
    roles: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person":
            roles.setdefault(m.name, set()).update([m.role] if m.role else [])
    out = {}
    for name, titles in roles.items():
        if _leads(name, titles) and (state := state_of(name)) is not None:
            out[name] = state
    return out


def _leads(name: str, titles: set[str]) -> bool:
    if titles:
        return any((t := TITLES.get(title.lower())) is not None and t.kind in _LEADER_KINDS for title in titles)
    words = person_key(name).split()
    listed = [p for p in PEOPLE.get(words[-1], ()) if person_key(p.name) == person_key(name)] if words else []
    return len(listed) == 1 and bool(listed[0].titles) and all(
        (t := TITLES.get(title.lower())) is not None and t.kind in _LEADER_KINDS for title in listed[0].titles)


def fold_leader_states(events: list[Event], turn_of: Callable[[int], int | None],
                       leaders: Mapping[str, str]) -> list[Event]:
    """``events`` without a turn's later row to a leader or his state that the turn's earlier row of the same type and
    ``actor1`` gave the other (``turn_of``: the transcript turn a position is in, None outside one; ``leaders``: each
    leader's state). See the module docstring."""
    if not leaders:
        return events
    first: dict[tuple, Event] = {}  # (turn, type, actor1, counterpart's state) -> the turn's first such row
    dropped: set[int] = set()
    for e in sorted(events, key=lambda e: e.char_start):
        if e.actor1 is None or e.actor2 is None or e.trigger_char_start is None:
            continue
        turn = turn_of(e.trigger_char_start)
        if turn is None:
            continue
        key = (turn, e.event_type, e.actor1, leaders.get(e.actor2, e.actor2))
        kept = first.setdefault(key, e)
        if kept is e or kept.actor2 == e.actor2:
            continue  # the turn's first, or one counterpart named again: not this reading's
        if "explicit" in (e.date_basis, kept.date_basis) and e.event_date != kept.event_date:
            continue  # another day's act, told by its own date words ("as I said yesterday at the American Cemetery,
            # the Ukrainian people have been incredibly brave" then "I apologize for ... those weeks": fresh10)
        if None not in (kinds := (repeat_kind(kept), repeat_kind(e))) and kinds[0] != kinds[1]:
            continue  # a thanks beside a commitment: two acts ("The United States fully, fully, fully supports
            # Sweden's membership in NATO" then "I want to thank you, Mr. Prime Minister": check Kristersson #5)
        dropped.add(id(e))
    return [e for e in events if id(e) not in dropped]
