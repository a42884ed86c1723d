"""Who elects whom: the roles of an election in a body.

An election of countries to a body ("Kuwait was among 15 nations elected on Friday to the U.N. Human Rights Council",
"the Gulf emirate was elected along with India", "Elected for the ... group were Austria and Italy") is done by the
body that votes, not by the countries elected (events_gold_fresh.md, UN elections): ``actor1`` is the electing body
the sentence names ("In a General Assembly vote"), else the one the story names, and ``actor2`` the first country
elected; the body elected to is no participant. The electing bodies are ``elector`` in ``event_cues.tsv``, and
the places they sit ``elector_seat``: a story filed from there places the election there.
"""

from __future__ import annotations

from .cues import CUES
from .predicates import Predicate
from .senses import ELECTED

ELECTORS = frozenset(CUES["elector"])
ELECTOR_SEATS = frozenset(CUES["elector_seat"])  # where they sit: an election there is located at a dateline there


def is_election(p: Predicate | None) -> bool:
    return p is not None and p.type == "other" and p.trigger.text in ELECTED


def election_roles(names: list[str], sentence: list[str], countries: set[str],
                   story_bodies: list[str]) -> tuple[list[str], str | None, str | None]:
    """(participants, actor1, actor2) of an election whose clause names ``names`` and whose sentence ``sentence``;
    ``countries`` are the article's country names, ``story_bodies`` the electing bodies the article names, in order.
    The countries elected are the clause's, else the sentence's ("the Gulf emirate was elected along with India")."""
    body = next((n for n in names + sentence if n in ELECTORS), None) or next(iter(story_bodies), None)
    elected = [n for n in names if n in countries] or list(dict.fromkeys(n for n in sentence if n in countries))
    members = ([body] if body else []) + elected
    return members, body, elected[0] if elected else None
