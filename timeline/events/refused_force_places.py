"""Where a refused military act would happen is not the refusal's counterpart (events_gold.md rule 38).

"NATO ruled out the possibility of military intervention in Syria", "we reject any military action in Syria",
"Moscow says it will not back intervention against Syria": the role readers take the state after the act noun's
"in" / "against" as the counterpart of the refusal. Rule 38 gives a refusal of military action or intervention in or
against a state the party whose proposal is refused when the sentence names it, else none; the state where the act
would happen is not the target (it is the row's place at most). So a ``reject`` loses a counterpart that follows an
intervention or armed act noun ("military intervention", "military action", "the use of force", "foreign troops")
and its "in", "inside", "into" or "against"; one named before that noun (a proposer: "rejected NATO's intervention
in Libya") is kept. The who39 / extra39 census of DEV rows where the extractor gave a counterpart the gold does not
found this in 6 rows of 6 documents in 5 sets (check ``t17-reuters-156#1``, fresh ``190#17``, fresh18 ``bbc-253#9``,
fresh32 ``reuters-164#1``, ``210#1``, fresh33 ``236#2``), and no refusal whose gold counterpart stood there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate

# a military act noun or verb, then the preposition of where or whom it would be done to, then at most a few words of
# the place's phrase ("in the north of", "against the fellow Arab country of")
_ACT_THEN_PLACE = re.compile(
    r"(?:intervention|intervening(?:\s+militarily)?|military\s+action|armed\s+action|(?:use\s+of\s+)?(?:military\s+)?force"
    r"|military\s+(?:strikes?|operations?|involvement)|troops|soldiers|boots\s+on\s+the\s+ground)"
    r"(?:\s+(?:as|like|such\s+as))?\s+(?:in|inside|into|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$")


def refused_act_place(p: Predicate, low: str, start: int) -> bool:
    """Does the counterpart starting at ``start`` stand where (or whom) the refused military act of the ``reject``
    predicate ``p`` would be done, after that act's noun and preposition (module doc)?"""
    if p.type != "reject" or start < p.end:
        return False
    return _ACT_THEN_PLACE.search(low, p.end, start) is not None


def without_refused_act_places(p: Predicate, low: str, counterparts: list[ActorMention]) -> list[ActorMention]:
    """``counterparts`` less those that stand where the refused act would happen (module doc)."""
    return [a for a in counterparts if not refused_act_place(p, low, a.start)]
