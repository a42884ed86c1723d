"""A speaker's own country as the subject of a backing in a transcript: the state's act, or the speaker's saying.

"The United States is here today to reaffirm our commitment to NATO", "Japan welcomes the launch of the Indo-Pacific
Economic Framework", "The United States has been proud to welcome more than 221,000 Ukrainians" name the state as the
agent, and the state acts (events_gold.md rule 15: the leader is the actor only when the clause names him; rule 30
(k): a leader's act of state is his state's; events_gold_fresh12 #24, fresh23 #28, fresh24 #18). Told under the
speaker's own saying ("And I want to reiterate: The United States fully, fully, fully supports Sweden's membership in
NATO", "Let me be clear: the United States stands with you"), the reiteration is the speaker's (events_gold_check
Kristersson #3), as a leader's "we're going to stick with you" is; so is the state's standing backing told in the
present ("The United States is standing with you": the speaker's support in that turn, events_gold_fresh10 Zelenskyy
#5, folded into it).
"""

from __future__ import annotations

import re

# the speaker's saying frame before the state's name in its sentence: "I want to reiterate:", "I can tell you that",
# "let me be clear:"
_OWN_SAYING = re.compile(r"\b(?:I(?:[’']m)?|me)\s+(?:[\w’']+\s+){0,3}?(?:reiterat|repeat|say|stress|emphasi[sz]|underscor|underlin|"
                         r"tell|assur|be\s+clear|make\s+(?:it\s+)?clear|want\s+you\s+to\s+know)", re.IGNORECASE)

# a standing backing told in the present: "stands with", "is standing with", "supports", "backs"
_STANDING = re.compile(r"(?:stands?|standing|supports?|backs?)\b", re.IGNORECASE)


def speaker_voiced(text: str, sentence_start: int, agent_start: int, trigger: str) -> bool:
    """Is a backing whose agent (the speaker's own country) starts at ``agent_start`` the speaker's: told under the
    speaker's own saying frame, between ``sentence_start`` and the agent ("And I want to reiterate: The United States
    ..."), or a standing backing in the present (``trigger``: "is standing with you")?"""
    return _OWN_SAYING.search(text, sentence_start, agent_start) is not None or _STANDING.match(trigger) is not None
