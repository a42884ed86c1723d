"""The agent of an act of force told by an "-ing" participle right after the actor it describes: "exchanges between
Syrian forces shooting at refugees and Jordanian soldiers" (events_gold_fresh31 t17-bbc-2#6), "video showed rebel
fighters capturing a tank in the Sakhour district" (fresh14 t17-bbc-195#11).

The predicate reader takes such a word for a participle embedded under the clause's verb, whose subject is the
clause's; the noun it modifies stands right before it, with nothing between, and does the act (as "Syrian forces
shot at refugees" says). Read only for an act of force (military, assault, coerce, mobilize) whose first word ends in
"-ing" and an actor that is no place ("protesters in Homs facing tanks": Homs is where), not one owned by a "'s" after
it nor one of a "the ... of" phrase ("the killing of ..." is ``roles``' gerund reading).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate

_REPORT_OF = re.compile(r"\b(?:reports?|news|accounts?|claims?)\s+of\s+(?:the\s+)?$")


def participle_head(p: Predicate, before: list[ActorMention], low: str) -> ActorMention | None:
    """The actor right before ``p``, a participle of an act of force ("Syrian forces shooting at refugees"), that does
    it; None when ``p`` is no such participle or no actor stands right before it."""
    if p.form != "verb" or not p.embedded or p.passive or p.negated or p.quoted or p.family not in FORCE_FAMILIES:
        return None
    if not p.trigger.text.lower().split()[0].endswith("ing"):
        return None
    head = next((a for a in reversed(before) if a.end <= p.trigger.start), None)
    if head is None or head.placed or low[head.end:p.trigger.start] != " ":
        return None
    if _REPORT_OF.search(low, max(0, head.start - 30), head.start):
        return None  # "bulletins carried reports of Syrian forces inflicting heavy losses": an act a report tells, read
        # with the sayings (events_gold_fresh29 t17-bbc-254 gives it no row)
    return head
