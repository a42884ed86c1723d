"""A leader's "we" in a remarks transcript: his state's act, or the leaders' meeting (events_gold.md rule 30, answer (k)).

In a remarks transcript a leader's "we" telling an act of state or a joint position -- agreeing, deciding, committing,
cooperating, concurring, affirming, reaffirming or confirming a position both sides hold, aid, a charge -- is his
state, with the counterpart state ("we concurred to monitor closely ... and strongly oppose the attempt to change the
status quo by force", "we affirmed that our two countries' basic position on Taiwan remains to be unchanged": Japan to
the United States, said by Prime Minister Kishida); a "we" telling the meeting itself ("we met", "we discussed") is the
leaders, and "I affirmed" the speaker. The families of an act of state are ``predicates.STATE_FAMILIES``; a joint
position is told by the verb right after "we" (``joint_position``), and reaches what that verb governs ("we concurred
to monitor ... and strongly oppose": the opposition too), whatever its type (a statement, a demand, a threat);
``acts_as_state`` asks both.

A name in an opening phrase before the "we" is no subject ("in order to expand and deepen Japan-U.S. economic
cooperation, we agreed to hold ...": the speaker's state agreed, not the United States; ``opening_names``).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..actors import ActorMention
from .predicates import STATE_FAMILIES, Predicate

# "we" and the verb of a position both sides take ("we affirmed", "we also concurred", "we have agreed"), with what it
# governs up to ``p`` in its sentence ("we concurred to monitor closely ... and strongly oppose", "we decided to issue a
# joint statement")
_JOINT = re.compile(r"(?<![\w'’])we\s+(?:(?:also|further|both|all|have|had|jointly|then|again|once\s+again|today)\s+)*"
                    r"(?:(?:re)?affirm\w*|(?:re)?confirm\w*|concur\w*|agree[ds]?|agreeing|decided?|deciding|commit\w*|"
                    r"reiterat\w*)\b[^.!?]*$")


def joint_position(p: Predicate, low: str) -> bool:
    """Is ``p``, whose subject is "we" (``roles.we_subject``), told by a verb of a joint position after that "we" ("we
    affirmed", "we also concurred to ... and strongly oppose"), ``p`` being that verb or one it governs?"""
    return _JOINT.search(low, max(0, p.trigger.start - 300), p.trigger.end) is not None


def acts_as_state(p: Predicate, low: str) -> bool:
    """Is ``p``, whose subject is a leader's "we", his state's act: an act of state (``STATE_FAMILIES``) or a joint
    position (``joint_position``), not the meeting ("we discussed")? The one test of it for both readers of a
    transcript's "we" in ``_Builder._parties`` (after an opening phrase that names parties, and with no name)."""
    return p.family in STATE_FAMILIES or joint_position(p, low)


def opening_names(we: tuple[int, int] | None, agents: Sequence[ActorMention], low: str, closed: bool = False) -> bool:
    """Are all the ``agents`` a role reader found for a verb whose subject is a plain "we" (``we``) named before that
    "we" ("Through the G7 Partnership ..., we are collaborating")? They are then no subject; the "we" is. With
    ``closed``, only in an opening phrase a comma closes ("in order to deepen Japan-U.S. economic cooperation, we
    agreed"), as a transcript's speaker needs: not a fronted object ("the thrust of what you're saying we agree with":
    the one spoken to is what is agreed with); a joint statement's "we" is its authors wherever its names stand."""
    if we is None or we[0] != we[1] or not agents or any(a.end > we[0] for a in agents):
        return False
    return not closed or "," in low[max(a.end for a in agents):we[0]]
