"""Force held in reserve for a contingency: a reported clause that says the speaker's side will or would use force only
in case of an attack, in a new war, or against foreign invaders is a threat, not a statement or a plan.

"Israel ... has said it will target all of Lebanon in any new conflict" (events_gold_fresh30 t17-reuters-59#12),
"Damascus ... said it would not use them against its own people, only against foreign invaders" (fresh29
t17-bbc-254#19), "Damascus said they would not be deployed inside Syria but would be against foreign attack" (fresh14
t17-bbc-195#2), "Syria would never use them against its civilians but only \"in case of external aggression\"": each
names the harm the speaker's side would do and the hostile contingency that would bring it about, which is what a
threat says (events_gold.md rule 19: a harm the speaker's side would bring about; CAMEO 138, threaten with military
force). An "if" condition is read elsewhere (``conditions.warns_of_harm``, ``PredicateReader.conditional``); this is the
contingency told by a phrase instead. Only under a modal of will or would before the phrase ("will", "would", "'ll",
"shall"), and not a contingency of relief ("would send aid in the event of a flood": no hostile noun) nor a past
counterfactual ("would have attacked in the event of ...").
"""

from __future__ import annotations

import re

# a hostile contingency: an attack, aggression, invasion, intervention or war that would set the force off
_HOSTILE = r"(?:attacks?|aggression|invasion|invaders|intervention|aggressors?|war|conflict|assault|strikes?)"
_CONTINGENCY = re.compile(
    r"(?<![\w'’])(?:in\s+(?:the\s+)?(?:event|case)\s+of\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?" + _HOSTILE
    + r"|in\s+any\s+(?:new\s+|future\s+|other\s+|fresh\s+)?(?:war|conflict|confrontation)"
    r"|against\s+(?:any\s+)?(?:(?:foreign|external|outside|possible|potential)\s+)+" + _HOSTILE + r")(?![\w'’-])")
_WILL = re.compile(r"(?<![\w'’])(?:will|would|shall)(?![\w'’])|['’]ll(?![\w'’])")
_COUNTERFACTUAL = re.compile(r"(?<![\w'’])would\s+(?:not\s+|never\s+)?have\s+[a-z]+ed(?![\w'’])")


def contingent_force(low: str, start: int, end: int) -> bool:
    """Does ``low[start:end]`` (a reported clause) hold force in reserve for a hostile contingency (module doc)?"""
    m = _CONTINGENCY.search(low, start, end)
    if m is None:
        return False
    will = _WILL.search(low, start, m.start())
    return will is not None and _COUNTERFACTUAL.search(low, will.start(), m.start()) is None
