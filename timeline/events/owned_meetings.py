"""A meeting told as a noun of the parties a readout or joint statement is about: "They reflected on their first
meeting in November 2021 in Paris", "Reflecting on their meetings in London on June 9 and 10, 2025", "Today's
meetings built on ...", "They looked forward to meeting again at the June Summit of the Americas", "The three
countries committed to meeting again this summer".

The meeting's noun (or the gerund a commitment governs) names no one, so ``roles`` finds no agent and the row had
no ``actor1``, though the text says whose meeting it is: the owner "their" (or the day's "Today's") and the subject
of "committed to meeting" are the plural subject that names no one, which in a joint statement is its authors and in
a readout the parties of the call or meeting it reports (``extract._Builder._parties``, "They committed to ...").
Rule 11 of events_gold.md counts "their talks" among the owned acts, whose owner is the agent. Only for a call,
meeting, talks or summit; not in a transcript (whose "our summit" is the alliance's, not the speakers'), and not
where an actor the parties do not hold is named before the noun in its sentence (whose "their" it may be).
"""

from __future__ import annotations

import re

from ..cue_words import run_class

# the owner right before the noun, past its modifiers and date words ("their first meeting", "their June 15, 2021
# summit meeting", "Today's meetings"); no verb, preposition or article between
_OWNER = re.compile(r"(?:^|[^\w'’])(?P<owner>their|today['’]s|yesterday['’]s)\s+"
                    r"(?:(?!(?:at|in|on|of|to|with|for|by|from|and|or|the|a|an|was|were|is|are|has|had|have|be|been)\s)"
                    r"[\w,.’'–-]+\s+){0,5}$")
# a commitment that governs the meeting ("committed to meeting again", "looked forward to meeting again at the June
# Summit of the Americas", "agreed to meet")
_COMMITTED = re.compile(r"\b(?:committed|commit|commits|agreed|agree|agrees|look(?:ed|s)?\s+forward|planned|plan|plans|"
                        r"intend|intends|intended|decided|pledged|resolved)\s+to\s+"
                        r"(?:(?:meet|meeting|reconvene|reconvening|convene|convening)\b" + run_class(r",;.:") +
                        r"{0,40})?$")
# the plural subject right before the commitment: "They", "The leaders", "The three countries", or none (a line of a
# joint statement's list)
_PLURAL_SUBJECT = re.compile(r"(?:^|[\s;:])(?:they|the\s+(?:two|three|four|five)?\s*(?:leaders|sides|countries|governments|"
                             r"nations|parties|presidents|ministers))\s+(?:also\s+|further\s+)?$")


def owned_meeting(low: str, sent_start: int, trigger_start: int) -> str | None:
    """How the meeting whose trigger starts at ``trigger_start`` (in the sentence starting at ``sent_start``; ``low``
    the lower-cased text) is owned: "their" ("their first meeting"), "day" ("Today's meetings"), "committed" (a
    plural subject's commitment governs it: "The three countries committed to meeting again"), or None."""
    pre = low[sent_start:trigger_start]
    owner = _OWNER.search(pre)
    if owner is not None:
        return "their" if owner.group("owner") == "their" else "day"
    m = _COMMITTED.search(pre)
    subject = _PLURAL_SUBJECT.search(pre, 0, m.start()) if m is not None else None
    return "committed" if subject is not None and subject.end() == m.start() else None
