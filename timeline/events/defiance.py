"""An act the speaker says will go on despite others' pressure: a refusal of what the pressure asks.

"Syrian President Bashar al-Assad said the crackdown ... would continue in the face of pressure from the Arab League to
end it" (events_gold_check t17-reuters-162#1: reject, "defiance of its demand"), "was quoted ... as saying he would press
on with a crackdown ... despite increased pressure from the Arab League" (t17-reuters-209), "said it intended to continue
selling weapons to Syria, despite calls from the United States for Moscow to halt its weapons trade" (t17-reuters-143):
the speaker refuses the demand the pressure makes. The audit sample has these three sentences in three documents, none
typed a refusal before.

Read in a reported clause: a continuation the speaker's side means to carry on ("would continue", "will press on with",
"intended to continue", "is determined to go ahead"), then, in the same clause, "despite", "in the face of", "regardless
of" or "in defiance of" others' pressure, calls, demands, criticism or sanctions. Not an act told as having gone on ("the
violence continued despite calls for a ceasefire": a report, no one refuses), nor a continuation despite a harm ("would
continue despite the crackdown": no demand refused).
"""

from __future__ import annotations

import re

# the speaker's side means to carry an act on: a modal or a verb of intent, then a verb of going on
_GOING_ON = re.compile(r"(?<![\w'’])(?:will|would|shall|(?:intends?|intended|plans?|planned|is\s+determined|was\s+determined|"
                       r"vowed|vows|pledged|pledges)\s+to)\s+(?:(?:still|also|now|firmly)\s+)?"
                       r"(?:continue|press\s+on|press\s+ahead|go\s+ahead|go\s+on|carry\s+on|persist|proceed|keep\s+up|"
                       r"keep\s+going|not\s+stop|never\s+stop|not\s+halt)(?![\w'’])")
# others' pressure defied, in the same clause (no clause break between)
_DEFYING = re.compile(r"(?<![\w'’])(?:despite|in\s+spite\s+of|in\s+the\s+face\s+of|regardless\s+of|in\s+defiance\s+of|"
                      r"defying)\s+(?:the\s+|an?\s+|growing\s+|increased\s+|mounting\s+|international\s+|western\s+|"
                      r"arab\s+|[\w-]+['’]s?\s+)*(?:pressure|pressures|calls?|demands?|criticism|sanctions|condemnation|"
                      r"objections|appeals?|warnings?|ultimatum)(?![\w'’])")


def defiance(low: str, content: tuple[int, int]) -> list[tuple[re.Match, re.Match]]:
    """Each going-on of the reported clause ``content`` with the words of others' pressure it defies (module doc); the
    caller tests the going-on's subject (the speaker's side, or no actor: "the crackdown would continue")."""
    found = []
    for going in _GOING_ON.finditer(low, *content):
        m = _DEFYING.search(low, going.end(), content[1])
        if m is not None and not re.search(r"[;:]|\bbut\b", low[going.end():m.start()]):
            found.append((going, m))
    return found


def defying_words(text: str) -> bool:
    """Are these the words of others' pressure defied ("despite increased pressure"), a refusal ``defiance`` read?"""
    return _DEFYING.fullmatch(text.lower()) is not None
