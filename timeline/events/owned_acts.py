"""Owned noun acts (``events_gold.md`` rule 11): an act told as a noun with its agent as owner ("Syria's assault on
Homs", "Fico's visit to Moscow", "a threat by Syria to deal firmly", "the violent crackdown by Mr Assad's government",
"Assad, whose crackdown on protests") is an event only when the text dates it: a date of its own phrase or sentence
that the dating passes gave it ("Saturday's decision", "Assad's crackdown has killed 3,000 people since March"). An
undated one is background that no date can place, repeated in every story that names it, and gives no event, even as
the object of a reaction ("condemning the violent crackdown by Mr Assad's government": the veto's event names the
target); a clause that tells the same act keeps its own event.

The owner is a possessive that determines the noun (``nouns.determines``: "Syria's ongoing crackdown", "the regime's crackdown";
not "The league's foreign ministers are meeting", whose possessive determines the ministers) or the actor right after
"by" (``nouns.NOUN_BY``). Out of scope, as the rule is worded: an attributive owner ("U.S. calls for", "an Arab League
statement"), a relative clause whose subject makes the noun ("a visit that Erdogan is expected to make": a clause
tells it), and nouns with no owner. ``_SentenceState.record`` (extract.py) asks ``undated_owned_act`` of every
undated act the passes of undated acts would make; ``_relative_clause_acts`` drops a noun after "whose" that no date dates the same way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import AUXILIARY, BE, HAVE
from .nouns import NOUN_BY, determines

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate


_VERB_GROUP = AUXILIARY | BE | HAVE  # ("the league's foreign ministers are meeting": a clause, no owned noun)
_POSSESSIVE = re.compile(r"\w['’]s?(?=\s)")  # "Syria's", "Cyprus'", "the regime's": its apostrophe


def owned_by_agent(p: Predicate, actors: list[ActorMention], low: str) -> bool:
    """Is the noun ``p`` owned by its agent: a possessive actor determining it ("Syria's assault"), or a named actor
    right after "by" ("the crackdown by Mr Assad's government")?"""
    if p.form != "noun" or not p.owned:
        return False
    start = p.trigger.start
    for m in _POSSESSIVE.finditer(low, max(0, start - 60), start):
        if determines(low, m.start() + 1, start) and not any(w in _VERB_GROUP for w in low[m.end():start].split()):
            return True
    by = NOUN_BY.match(low, p.trigger.end)
    return by is not None and any(a.start == by.end() for a in actors)


def undated_owned_act(p: Predicate, actors: list[ActorMention], low: str, mention: object | None) -> bool:
    """Is ``p`` an owned noun act (``owned_by_agent``) that no date mention dates (``mention`` is the date the pass
    found for it, None when there is none)? Then it gives no event (rule 11)."""
    return mention is None and owned_by_agent(p, actors, low)

