"""The counterpart of a hostile act done by several agents: the target it is done to, not the second agent.

"The leaders condemned Russia's unprovoked invasion", "The United States and the EU have urged Assad to step down",
"We call on Russia to end the onslaught": the first agent is ``actor1`` and the party the act is aimed at is
``actor2``, as the gold files code it when the target is one of the cast (in 79 of the 89 development rows of an
act of several agents whose first counterpart is among the participants, actor2 is that counterpart; the rule moved
16 rows of 9 sets, each to the gold's actor2); the co-agents stay in the cast. Hostile acts (accusations,
demands, threats, sanctions) and, since the thirty-fifth session, points of support or work ("The leaders reaffirmed
their support for Iraq", "the two leaders commended Kenya for its leadership", "We are united in our support for
Ukraine", "We will continue to work with Israel", "the two permanent members have backed Mr Annan's peace mission"):
the files code the party supported as ``actor2`` (rules 25, 34: the counterpart "when the point is addressed to or
about them"); the extension moved 14 scored rows of 11 sets, each to the gold's actor2, and none away from it. A
statement's or an agreement's object is as often its topic ("welcomed the signing of an MoU between ... India's
Ministry", "committed to working through the G7"), which the files leave out of the cast, and stays out.
Only a target the act names right after its trigger counts, as its object ("condemned Russia's", "urged Assad to",
"called on Syria to", "imposed sanctions against Damascus"); an actor that only modifies the object ("condemned the UN
resolution", "call on all UN Member States", "urge Security Council unity"), one further on ("urged the international
community to speak with one voice on Syria", "urged dialogue with Damascus") or one inside a phrase ("the launch by the
DPRK") leaves the co-agent as ``actor2``, which the files also code for a joint act with no target in the cast.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..actors import ActorMention
    from .predicates import Predicate

DIRECTED = frozenset({"accuse", "demand", "threaten", "sanction"})
# a joint statement's points of support or work whose object is the party backed or worked with ("reaffirmed their
# support for Iraq", "commended Kenya for", "will continue to work with Israel")
POINTS = frozenset({"support", "cooperate"})
# between the trigger and its object: at most a preposition and "the" ("condemned Russia's", "called on the
# Houthis", "sanctions against Damascus", "urge the DPRK")
_GAP = re.compile(r"\s+(?:(?:on|against|upon)\s+)?(?:the\s+)?")
# the same for a point: also "support for", "commitment to", "work with", "support of"
_POINT_GAP = re.compile(r"\s+(?:(?:on|against|upon|for|to|with|of)\s+)?(?:the\s+)?")
# a possessive: "support for Lebanon's sovereignty" (Lebanon), not "support for Yemen's Presidential Leadership
# Council" (the state's named body, which the files code when it is named)
_OWNER = re.compile(r"['’]s?\s+")
# after the object: a possessive, an infinitive or a preposition of the act, or the clause's end (not a noun the
# name modifies: "the UN resolution", "Security Council unity")
_AFTER = re.compile(r"(?:['’]s?\s|\s+(?:to|for|over|of|and|in|on|at|until|after|before)\b|\s*[,.;:]|\s*$)")


def may_have_joint_target(p: Predicate, agents: list[str]) -> bool:
    """Is ``p`` an active hostile act or point of support or work that several agents (``agents``) do, which alone may
    have a ``joint_target``? A test of the predicate, asked first: the counterparts ``joint_target`` reads cost a copy
    of the sentence's roles."""
    return len(agents) >= 2 and (p.type in DIRECTED or p.type in POINTS) and not p.reporting and not p.passive


def joint_target(p: Predicate, text: str, low: str, agents: list[str], counterparts: list[ActorMention]) -> str | None:
    """The name of the target of ``p`` when several agents do it (``agents``: their names) and it is a hostile act
    or a point of support or work whose object, right after its trigger, is a named party; else None. ``text`` is the
    document (``low`` lower-cased), read for a name after a possessive."""
    if not may_have_joint_target(p, agents):
        return None
    for a in counterparts:
        if a.name in agents or a.placed or a.start < p.trigger.end:
            continue
        point = p.type not in DIRECTED
        gap = (_POINT_GAP if point else _GAP).match(low, p.trigger.end)
        if gap is not None and gap.end() == a.start and _AFTER.match(low, a.end):
            if point and (own := _OWNER.match(low, a.end)) is not None and text[own.end():own.end() + 1].isupper():
                return None  # "support for Yemen's Presidential Leadership Council": the state's named body, not it
            return a.name
        return None  # (the first counterpart after the trigger only)
    return None
