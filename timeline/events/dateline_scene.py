"""Does a story's body name its dateline city as the scene of what it tells, or only as a government?

A bureau dateline ("ANKARA (Reuters) -") names where the reporter filed; ``places.dateline_venue`` takes it for the
story's venue when the body names the city again. Wire copy names a capital again mostly as its government: "Ankara
has parted ways with President Bashar al-Assad", "ties between Ankara and Tehran", "Tehran's growing isolation",
"time for Tehran to rethink", or in a name ("the University of Tehran", "Beirut's daily as-Safir"). None of those
sets the story there, and the development gold leaves the acts of such stories unplaced (fresh28 t17-reuters-152,
fresh5 -58, fresh21 -229 under ANKARA; fresh15 -113 under TEHRAN; fresh19 -135 under BEIRUT). A mention sets the
scene when a place preposition governs it ("Crowds camped out in London", "met Ghalioun in Paris", "Across London",
"travels to Arbil"), when it stands after "capital" ("the Libyan capital Tripoli") or when a determiner makes it a
modifier of a noun ("At a Brussels summit", "the Geneva session", "his Geneva office", "The London marine insurance
market", "a Washington, D.C., audience").
"""

from __future__ import annotations

import re

# a place preposition, "capital" or "city", right before the name ("in Paris", "the Libyan capital Tripoli", "in the
# hills above Beirut"), or before another place the name is joined to ("strategic planners in Beijing and Moscow")
_BEFORE = re.compile(
    r"(?<![\w-])(?i:in|at|across|around|near|outside|inside|into|to|within|throughout|above|capital|city)\s"
    r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?,?\s(?:and|or)\s)?$")  # (only a capitalised name joined before it)
_REACH = 48  # characters before the name in which ``_BEFORE`` is searched (its longest match and a little)
# a determiner right before the name, which then modifies a noun after it ("a Brussels summit", "his Geneva office";
# not "that", which as often opens a clause: "the clearest sign yet that Ankara has parted ways")
_DETERMINER = re.compile(r"(?<![\w-])(?:a|an|the|his|her|its|their|our|this)\s$", re.I)
_MODIFIES = re.compile(r"(?:,\s[A-Z.]{2,6},)?\s[a-z]")  # "Geneva session", "Washington, D.C., audience"


def sets_scene(body: str, start: int, end: int) -> bool:
    """Does the mention ``body[start:end]`` of the dateline's place name where the story happens?"""
    before = body[max(0, start - _REACH):start]
    if _BEFORE.search(before):
        return True
    return bool(_DETERMINER.search(before)) and _MODIFIES.match(body, end) is not None
