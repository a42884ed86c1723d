"""In a readout of a call or meeting of two principals, one principal's point that names no counterpart is made to the other.

A readout ("Readout of President Biden's Call with Prime Minister X of Y") tells what each of the two principals
said to the other, point by point: "President Biden underscored that the United States will continue to compete
vigorously with the PRC", "He reiterated the importance of freedom of navigation", "The President also raised the
humanitarian crisis in Gaza". The clause names the principal alone (and perhaps the principal's own state), so the row
had no ``actor2``; the development sets give such a point the other principal, the person the title names (rule 25:
"the counterpart as ``actor2`` when the point is addressed to or about them"): of the statements of a readout's
principal with no counterpart read, 21 name that person, 9 the person's state (and the sentence names the state:
"extended condolences to the Israeli people", "congratulations to the Mexican people"), 4 a third party the sentence
names ("concerns about the conflict in Sudan"), 2 no one. The state and the third party are the reader of the clause's
roles to find, so this pass leaves a sentence that names them alone.

So in a readout whose call or meeting (its first row of the consult family) has exactly two parties, both persons and
no third person in the title (a trilateral), a statement (``_TO_OTHER``) whose ``actor1`` is one of them, and whose
sentence names no actor but that principal and that principal's own state (a place aside: a city, or the other
principal's own country) and no people by its demonym, gets the other principal as ``actor2``, when that principal is
a head of state or government (a point to a national security advisor: the gold gives the advisor's state, dev
Hanegbi, fresh4 Doval). Not a support or an aid, which the sets give the other's state or no one more often than the
person (support: 3 person, 4 none, 1 state among the rows this reading would move); not a demand (the one it would
move has "all parties" as its addressees); not a meeting, talks or summit (the call itself, or a meeting still to
come, has its own parties).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Callable, Sequence

from ..actors.gazetteer import GAZ_RE, GAZETTEER, TITLES, demonym_state
from ..actors.mention import ActorMention
from ..actors.recognize import find_candidates
from ..model import Event
from .predicates import CONSULT_TYPES
from .readout_topics import is_readout

# the point types the development readouts give the other principal when the sentence names no one else
_TO_OTHER = frozenset({"statement"})


def readout_counterparts(events: list[Event], title: str | None, state_of: Callable[[str], str | None],
                         mentions: Sequence[ActorMention], starts: Sequence[int]) -> list[Event]:
    """``events`` with each point of a readout's principal that names no counterpart given the other principal as
    ``actor2`` (module docstring; ``state_of``: a person's state, ``mentions``: the article's actor mentions in text
    order, ``starts`` their starts)."""
    if not is_readout(title):
        return events
    principals = _principals(events)
    people = {m.name for m in mentions if m.kind == "person"}
    if principals is None or not set(principals) <= people or _third_in_title(title, principals, people):
        return events  # (a call with an agency's head: "Finer's Call with UN Relief and Works Agency ...")
    return [_to_other(e, principals, state_of, mentions, starts) or e for e in events]


def _third_in_title(title: str, principals: tuple[str, str], people: set[str]) -> bool:
    """Does the title name a person of the article who is neither principal ("Vice President Harris's Trilateral
    Meeting with President Marcos of the Philippines and Prime Minister Kishida of Japan": whom a point is made to is
    not known)?"""
    sc, bare, _ = find_candidates(title)
    words = {w for r in sc.raws + bare if r.kind == "person" for w in r.surface.split()}
    return any(w in name.split() for name in people - set(principals) for w in words)


def _principals(events: list[Event]) -> tuple[str, str] | None:
    """The two parties of the readout's call or meeting: its first row of the consult family, when it has two."""
    first = min((e for e in events if e.event_type in CONSULT_TYPES and e.actor1 is not None),
                key=lambda e: e.char_start, default=None)
    if first is None or len(first.actors) != 2:
        return None
    return first.actors[0], first.actors[1]


def _to_other(e: Event, principals: tuple[str, str], state_of: Callable[[str], str | None],
              mentions: Sequence[ActorMention], starts: Sequence[int]) -> Event | None:
    if e.event_type not in _TO_OTHER or e.actor1 not in principals or e.actor2 is not None \
            or any(n != e.actor1 for n in e.actors):
        return None
    other = principals[1] if e.actor1 == principals[0] else principals[0]
    if not _leader(other, mentions):
        return None  # a point to a national security advisor: the gold gives the advisor's state (dev Hanegbi, fresh4
        # Doval: rule 30 (h), a state and the officials who speak for it are one counterpart)
    own = state_of(e.actor1)
    in_sentence = mentions[bisect_left(starts, e.char_start):bisect_left(starts, e.char_end)]
    if any(m.name not in (e.actor1, own) and ("location" not in m.flags or m.name != state_of(other) and _a_country(m))
           for m in in_sentence) \
            or any(_demonym_of(m, e.sentence) not in (None, own) for m in GAZ_RE.finditer(e.sentence)):
        return None  # "expressed his congratulations to the Mexican people", "concern about ... further Russian
        # aggression in Ukraine", "raised her deep concerns about the conflict in Sudan": whom the point is to or about
        # is the party the sentence names (fresh, blind: the gold gives that state); not a city where something
        # happens, nor the other principal's own country as a place ("discussed upcoming talks in Cairo", "the cases
        # of American citizens who are wrongfully detained ... in China": the point is still made to the other)
    return replace(e, actor2=other, actors=(e.actor1, other))


def _leader(name: str, mentions: Sequence[ActorMention]) -> bool:
    """Is the person ``name`` a head of state or government by a title the article gives them ("President",
    "Prime Minister", "General Secretary", "King"), not an official ("National Security Advisor")?"""
    return any(m.name == name and m.role and (title := TITLES.get(m.role.lower())) is not None
               and title.kind in ("leader", "monarch") for m in mentions)


def _a_country(m: ActorMention) -> bool:
    """Does ``m`` name a country by its name ("in Sudan"), not by a city or region of it ("in Cairo")?"""
    entry = GAZETTEER.get(m.text)
    return entry is not None and entry.kind == "country" and entry.form in ("name", "alias")


def _demonym_of(m: re.Match, sentence: str) -> str | None:
    """The country a gazetteer hit of ``sentence`` names by its demonym or their plural ("Mexican", "Russians"), if it
    starts a word."""
    if m.start() and sentence[m.start() - 1].isalnum():
        return None
    return demonym_state(m.group(), plural=True)
