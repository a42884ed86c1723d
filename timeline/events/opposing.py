"""The subject "resistance from X (and Y)" of a verb of rejecting ("Resistance from Russia and China has so far
obstructed U.S. and European efforts", fresh5 259#18: Russia's and China's reject): a noun of opposing whose "from"
phrase names who opposes, heading the verb's clause. ``roles`` makes them the verb's agents. (No owned noun act:
the clause tells the resistance as done, with its own verb.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..last_match import last_match

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate


# a noun of opposing and its "from" ("resistance from", "objections from the")
_OPPOSING_FROM = re.compile(r"(?<![\w-])(?:resistance|opposition|objections?)\s+from\s+(?:the\s+)?")


def opposing_subject(p: Predicate, actors: list[ActorMention], low: str, floor: int) -> list[ActorMention]:
    """The actors of the subject "resistance from X (and Y)" of the rejecting verb ``p`` ("Resistance from Russia and
    China has so far obstructed U.S. and European efforts", fresh5 259#18: Russia's and China's reject): the
    resistance is theirs, and the clause tells it as done; [] when the verb's subject is no such phrase."""
    if p.form != "verb" or p.passive or p.family != "reject":
        return []
    m = last_match(_OPPOSING_FROM, low, max(floor, p.start - 120), p.start)
    if m is None or not _HEADS_CLAUSE.fullmatch(low, floor, m.start()):
        return []  # (not "Despite opposition from Russia, the United States blocked ...": no subject)
    group, at = [], m.end()
    for a in sorted((a for a in actors if m.end() <= a.start and a.end <= p.start), key=lambda a: a.start):
        if not _LIST_GAP.fullmatch(low, at, a.start) if group else a.start != at:
            return []
        group.append(a)
        at = a.end
    return group if group and _VERB_GROUP_GAP.fullmatch(low, at, p.start) else []


_LIST_GAP = re.compile(r",?\s+and\s+(?:the\s+)?|,\s+")
_HEADS_CLAUSE = re.compile(r"[\s\"“]*(?:(?:but|and|yet)\s+)?(?:(?:the|stiff|strong|fierce|continued|persistent)\s+)*")
_VERB_GROUP_GAP = re.compile(r"(?:\s+[a-z]+){0,4}\s+")  # "has so far", "have repeatedly": no comma, no clause
