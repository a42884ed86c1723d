"""The record an actor mention is reported as."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from .names import canonical_key

KINDS = ("person", "country", "organization", "group")
BASES = ("name", "surname", "pronoun", "description", "counterpart", "metonym", "demonym", "alias")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor, with in-article coreference already resolved.

    ``text`` is ``article_text[start:end]``: the whole noun phrase ("Russian
    Foreign Minister Sergei Lavrov", "Russian forces", "he"). ``surface`` is the
    name as written in this mention, without title ("Sergey Lavrov", "Lavrov",
    "Moscow"); ``name`` is the display name the article uses for the actor
    ("Sergei Lavrov" for every mention of him) and ``key`` its cross-article
    identity (``canonical_key``). ``role`` is a person's title ("Foreign
    Minister"); for a demonym mention it is the noun that made it an actor
    ("forces"). ``flags``: "location" (after in/at/from/to..., a place rather
    than an actor), "member" (a state's demonym before a noun of its firms or
    people: "sanctions on 15 Chinese companies": the firms' state, the target of
    a hostile act, never an agent; no place either), "dateline" (the story's
    dateline), "possessive" ("Russia's"), "reporter" (a journalist of the story:
    "The BBC's Jim Muir in Beirut says"; set by ``events.reporters.journalists``:
    what a reporter says is the story's own telling, never an act of his),
    "subject" (a person in subject position: opens its sentence or is followed
    by a verb), "scene" (bare forces owned by the state the story is set in, ``placedstate``: no evidence of the
    story's country), "unresolved" (a description no earlier mention matched; ``name``
    is then built from role and country). ``org``: for such a description, the organisation whose office
    it names ("the Arab League's envoy": Arab League), which the holder acts for.
    """

    start: int
    end: int
    text: str
    name: str
    key: str
    kind: str  # person | country | organization | group
    role: str | None
    country: str | None
    basis: str  # name | surname | pronoun | description | counterpart | metonym | demonym | alias
    surface: str = ""
    flags: tuple[str, ...] = ()
    org: str | None = None

    @property
    def placed(self) -> bool:
        """Does the mention name no party of its clause: a place ("location") or the state of a member noun
        ("member")? Either may be the target of a hostile act or the place visited, never an agent."""
        return "location" in self.flags or "member" in self.flags


def state_description(start: int, end: int, phrase: str, state: str, role: str | None,
                      flags: tuple[str, ...] = ()) -> ActorMention:
    """A mention of ``state`` by a phrase that describes it, ``phrase`` at ``start:end`` ("the Assad regime", "Assad's
    forces", "security forces", "Authorities in Damascus"): kind "country", basis "description", ``role`` the noun that
    made the phrase the state's ("regime", "forces"), its country the state itself."""
    return ActorMention(start, end, phrase, state, canonical_key(state), "country", role, state, "description", "", flags)


def state_of(m: ActorMention, of: tuple[str, ...] = KINDS) -> str | None:
    """The state ``m`` stands for: a country's own name, else the country of an actor of one of the kinds ``of``, if
    known: a person's nationality, an organisation's or group's base ("Hezbollah": Lebanon; which is why a state a
    person or country stands for, as in ``counted`` and ``govref``, takes ``of=("person",)``).

    Use it where a mention of any kind may stand for a state (a speaker's side, a pair's states, a body's home). A
    person's state here is only the country the article gave the mention; ``people.own_state`` (people only) also
    asks ``people.csv`` ("Putin" is Russia's), for a person whose state is wanted even when the article does not say
    it (a leader's forces, government or owned act). Not one function: the two answer differently for a listed person
    the article gives no country, and each caller's rows rest on its answer."""
    return m.name if m.kind == "country" else m.country if m.kind in of else None


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``[start, end)`` overlap one of ``spans``?"""
    return any(s < end and start < e for s, e in spans)


class SpanIndex:
    """``overlaps`` (and ``holds``) for many questions about one list of spans (an article's place names asked about each of its
    names: a pass over all of them per name was quadratic in a long article): the spans by start, with the furthest
    end reached so far; ``[start, end)`` overlaps one iff a span that starts before ``end`` reaches past ``start``."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Does one span hold all of ``[start, end)``: a span that starts at or before ``start`` reaches ``end``?"""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def in_text_order(mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` in text order, the longer of two at one start first (as coreference and aliases leave them):
    every pass that adds mentions returns them in this one order, so no pass decides it by running last."""
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def by_start(mentions: list[ActorMention]) -> dict[int, list[ActorMention]]:
    """The mentions by where they start, each start's in the order given."""
    index: dict[int, list[ActorMention]] = {}
    for m in mentions:
        index.setdefault(m.start, []).append(m)
    return index
