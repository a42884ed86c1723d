"""An act of force or a protest "in the capital": at the capital the story last placed something in.

"they had sent hundreds of fighters to the capital last week", "deploying tanks and helicopter gunships to the
capital", "stepped up security in Kurdish areas in the capital", "a car bomb had exploded in the center of the
capital": wire and web copy name the capital once ("in Damascus", "the Syrian capital Damascus") and then call it
"the capital". The development sets place such acts at that city (fresh4 t17-reuters-157#11, fresh11 t17-bbc-234#12,
#14, #15: Damascus). Only acts of force and protests, whose place the clause tells; not a saying about the capital
(fresh11 t17-bbc-234#13, "Activists accused the regime of deploying tanks ... to the capital": no place), nor "the
capital, Damascus" or "the capital Tripoli", which name it there (``places``). The capital is the last one the text
names as a place before the phrase ("in Damascus", "to Tripoli", "the Syrian capital Damascus"), not one that stands
for its government ("Washington said", "Moscow blocked"), and the capital of the act's parties when the gazetteer
knows their state ("Free Syrian Army fighters fired ... on the northern edge of the capital" after "Speaking earlier in
Rabat, Turkish Foreign Minister ...": Damascus or nothing, audit t17-reuters-289).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from ..actors.gazetteer import GAZETTEER, phrase_alternation
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:
    from ..model import Event

_THE_CAPITAL = re.compile(r"\b(?:[Ii]n|into|to|on|around|near|of|for|across|through|outside)\s+the\s+(?:[A-Z][a-z]+\s+)?"
                          r"capital(?!['’]s\b)(?!\s*,?\s+[A-Z])\b")
# the acts whose place the clause tells (``capital_places``, ``town_places``, ``seat_places``)
PLACED_FAMILIES = FORCE_FAMILIES | {"protest"}


@lru_cache(maxsize=1)
def _named_capital() -> re.Pattern:
    """A capital named as a place: after a preposition of place or the noun "capital" ("in Damascus", "the Syrian
    capital Damascus", "the capital, Tripoli")."""
    names = [s for s, e in GAZETTEER.items() if e.kind == "country" and e.form == "capital" and s[:1].isupper()]
    return re.compile(r"\b(?:in|at|to|into|from|near|around|outside|of|capital,?)\s+(?:the\s+)?(?P<capital>%s)(?![\w-])"
                      % phrase_alternation(names))


def named_capitals(text: str) -> tuple[list[int], list[str]]:
    """The end and the name of each capital ``text`` names as a place, in order: read once per article. The name with
    its white space made single ("Buenos\nAires" is "Buenos Aires"): ``phrase_alternation`` lets a space in a name
    match any run of it, and the gazetteer knows the name with one space."""
    ends, capitals = [], []
    for m in _named_capital().finditer(text):
        ends.append(m.end())
        capitals.append(" ".join(m.group("capital").split()))
    return ends, capitals


def _last_capital(named: tuple[list[int], list[str]], end: int, states: set[str]) -> str | None:
    """The last capital named as a place before ``end`` (``named``: ``named_capitals`` of the text); of one of
    ``states`` when the act's parties belong to any (the Free Syrian Army's capital is Damascus, not the Rabat a
    minister spoke in), else none."""
    ends, capitals = named
    for i in range(bisect_right(ends, end) - 1, -1, -1):
        if not states or GAZETTEER[capitals[i]].country in states:
            return capitals[i]
    return None


def party_states(e: Event) -> set[str]:
    """The states the act's parties belong to, where the gazetteer knows them."""
    return {entry.country for name in e.actors if (entry := GAZETTEER.get(name)) is not None and entry.country}


def capital_place(e: Event, named: Callable[[], tuple[list[int], list[str]]]) -> str | None:
    """The capital "the capital" of ``e``'s sentence refers back to, if the sentence says it (``named``: the text's
    ``named_capitals``, read when first asked)."""
    m = _THE_CAPITAL.search(e.sentence)
    return None if m is None else _last_capital(named(), e.char_start + m.start(), party_states(e))
