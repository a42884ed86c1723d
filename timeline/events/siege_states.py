"""A place held under siege by armed forces, told as a present state in the passive: "Khalidiya is totally besieged by
the military", "the town of Tafas, ... which remains encircled by tanks", "the roads out of Homs are blocked by the
Syrian army". ``predicates`` reads a simple present passive with "by" as a state, no event ("is supported by Russian
forces"); a siege the forces hold is their act of the day (events_gold.md rule 28: forces that surround, encircle,
besiege, cordon off or blockade a place are `military`; events_gold_fresh32 t17-reuters-30#5 and t17-reuters-199#26,
fresh33 t17-bbc-233#12, each dated to the story's day or its siege's onset). Only when the "by" phrase ends in an armed
force (the ``by_forces`` definition of event_triggers.tsv): not "surrounded by US military bases", "is blocked by
Russia and China", "is surrounded by mountains".
"""

from __future__ import annotations

import re

from .triggers import DEFINED, first_words, patterns

# the "by <forces>" phrase as a row that writes {=by_forces} reads once loaded
_AGENT = "(?:" + DEFINED["by_forces"] + ")"
# the verbs of a siege, read from the trigger rows of event_triggers.tsv that take them: the passive participles (the
# "-ed" first words) of the row of besieging (the one that opens with "besieged") and of the "... by <forces>" row
# (surrounded, encircled, blockaded, blocked, cordoned and sealed off); a verb added to that row is a siege's here too
SIEGE_VERBS = frozenset(word for _, _, pattern in patterns()
                        if _AGENT in pattern or "besieged" in first_words(pattern)
                        for word in first_words(pattern) if word.endswith("ed"))

# "by" and at most four words, then the armed force that ends the phrase ("by the Syrian army", "by troops and secret
# police", "by government forces"; not "by US military bases": a thing, not the force); one definition with the trigger
# row of a siege in the passive
_BY_FORCES = re.compile(DEFINED["by_forces"])


def held_by_forces(low: str, first: str, end: int) -> bool:
    """Is the passive participle ``first`` (its trigger ending at ``end`` in ``low``) a verb of siege whose "by" phrase
    names armed forces? Then its present passive is the siege the forces hold, an act, not a state."""
    return first in SIEGE_VERBS and _BY_FORCES.match(low, end) is not None
