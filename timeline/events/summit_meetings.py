"""A meeting verb or noun whose meeting the text names a summit: "proposed a summit meeting in a third country",
"the first Global COVID-19 Summit convened by the United States on September 22, 2021", "the next Quad Leaders'
Summit to be hosted by India in 2024", "we're going to meet with ... our fellow Quad partners, Australia and India,
for our fourth Leaders' Summit".

The summit noun there is no venue of another act (events_gold.md rule 10: "at", "on the margins of", "during" a
summit): the meeting the verb tells is the summit itself, so the row is a `summit` (a leaders' meeting of several
states, resources/event_types.csv), as "held a summit" is. Only the participle right after the summit's name
("Summit convened by", "Summit to be hosted by", "summit meeting") or a purpose "for ... summit" after the meeting
verb in its clause; "met Xi at the G20 summit", "met on the sidelines of the summit" stay meetings at a venue, and
"the World Cup being hosted by Qatar" names no summit.
"""

from __future__ import annotations

import re

from ..cue_words import run_class

# the summit's name right before the participle or the noun ("Summit convened by", "Summit, which will be hosted by",
# "Summit to be hosted by", "summit meeting"); searched over a short slice that ends at the trigger
_NAMED_BEFORE = re.compile(r"\bsummit,?\s(?:(?:to\s+be|will\s+be|was|is|being|(?:that|which)\s+(?:will\s+be|was|is))\s)?$")
# a purpose after a meeting verb, in its clause: "meet ... for our fourth Leaders' Summit" (no full stop, semicolon
# or colon between; the first "for" after the verb, and no preposition between it and the summit: not "met for a
# preparatory session for the summit", nor "at" or "during" a summit, its venue)
_FOR_SUMMIT = re.compile(r"(?:(?!\bfor\s)" + run_class(r".;:!?") +
                         r"){0,100}?\bfor\s+(?:our|the|a|an|their|this|next|its)\s+"
                         r"(?:(?!(?:of|for|to|at|in|on|with|ahead|before|after)\s)[\w'’-]+\s){0,4}?summit\b")
_PARTICIPLES = frozenset({"hosted", "convened", "held", "meeting"})
_MEET_VERBS = frozenset({"meet", "meets", "met", "meeting", "convene", "convenes", "convened", "convening"})


def names_summit(low: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Whether the meeting trigger at ``start:end`` (``low`` the lower-cased text, in the sentence ``sent_start:
    sent_end``) is a summit the text names: its participle or noun right after the summit's name, or a meeting verb
    with "for ... summit" after it in its clause."""
    words = low[start:end].split()
    if not words:
        return False
    if words[0] in _PARTICIPLES and _NAMED_BEFORE.search(low, max(sent_start, start - 30), start):
        return True
    return words[-1] in _MEET_VERBS and _FOR_SUMMIT.match(low, end, sent_end) is not None
