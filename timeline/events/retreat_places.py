"""Where a withdrawal of forces was done: the place they withdrew from.

"was forced to withdraw Syrian troops from Lebanon in April 2005" (fresh4 t17-reuters-167#22: Lebanon), "insisting on a
full Israeli withdrawal from the Golan Heights" (#15: Golan Heights), "Rebels from the Free Syrian Army withdrew from
Baba Amr" (bbc t17-bbc-102#6), "the rebel Free Syrian Army said it was withdrawing from the Baba Amr district of Homs"
(audit t17-bbc-8): the development sets place a pull-out where the forces were. ``places.clause_place`` reads a
retreat's "in/at X" only. Only a withdrawal of the agent itself or of its forces (nothing, or a forces noun, between the
trigger and "from"): not an envoy's or staff's ("withdrew its ambassador from Damascus" is a diplomatic act done at
home), and the place must be one the gazetteer or ``place_names.txt`` knows; of "the X district of Y" the city Y,
as the sets place an act in a district at its city (``part_places``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .places import PLACE_NAME, known_named_place

if TYPE_CHECKING:
    from .predicates import Predicate

_WITHDRAW = re.compile(r"(?:withdr[ae]w|withdraw|pull(?:ed|s|ing)?\s+out|pull-?out)", re.I)
# the forces withdrawn, if named between the verb and "from": "Syrian troops", "its forces", "all its fighters"
_FORCES = (r"(?:(?:its|their|his|all|the|some|most|remaining|[A-Z][a-z]+(?:n|i|ese|ish))\s+){0,3}"
           r"(?:troops|forces|soldiers|fighters|tanks|units|army|militias?|rebels)\s+")
_FROM = re.compile(r"\s+(?:%s)?from\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)?\s+(?:district|area|quarter)\s+of\s+)?"
                   % _FORCES + PLACE_NAME)


def retreat_place(text: str, sentence_end: int, p: Predicate | None) -> str | None:
    """The known place a withdrawal at ``p`` pulls its forces out of, when "from X" follows its trigger."""
    if p is None or p.type != "retreat" or not _WITHDRAW.match(p.trigger.text):
        return None
    m = _FROM.match(text, p.trigger.end, sentence_end)
    return known_named_place(m.group("place")) if m else None
