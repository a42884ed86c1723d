"""A speaker of a remarks transcript telling of their own saying: the transcript's speech, no row.

A transcript is what its speakers say; the gold sets give its sayings no rows of their own ("the speakers tell their
own acts inside the remarks (speech rule), no saying rows": events_gold_fresh14.md, as the dev, check, blind and
fresh7-fresh17 remarks). A speaker still says that they say, have said or will say: "Let me say one thing.", "I've
said that all during this debate, and I continue to say it.", "as I have said, ...", "I think I said to you — I know
I said to others — that Putin was making a mistake", "General Secretary, I should say", "I've shared that history
with millions of Americans", "everything we've been saying", and of the one they speak to: "you say in that speech",
"I think you said it, and I agree". The extractor made each a ``statement`` row of the day.

So in a transcript a statement typed by a plain verb of saying (``_SAYING``) whose subject is the first or second
person ("I", "we", "you", "let me") is no row, unless dated by its own words (``explicit``): "as I said yesterday at
the American Cemetery", "eight years ago ... you had said" tell a saying of another day, which the gold keeps (fresh10
Zelenskyy #3, fresh7 Modi #8). Sayings of a third party ("Secretary Yellen said recently", "President Barack Obama
said") and statements typed by what they do (an apology, congratulations, a proposal, "I send my greetings") stay.
"""

from __future__ import annotations

import re

from ..model import Event

# plain verbs of saying, as the trigger of a statement row
_SAYING = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "telling", "shared", "made clear",
                     "make clear", "answered"})
# the first or second person right before the verb, with at most three words of its verb group between ("I can say",
# "I've said", "we've been saying", "I have made clear", "I think I said", "you say", "Let me say")
_PERSON = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Ll]et\s+me)(?:[’'](?:ve|ll|d|m|re))?(?:\s+[a-z]+){0,3}\s+$")


def turn_sayings(events: list[Event], labels: list[tuple[int, str]]) -> list[Event]:
    """``events`` of a transcript (``labels``: its turn labels; none outside one) without its speakers' own undated
    sayings (see the module docstring)."""
    if not labels:
        return events
    return [e for e in events if not _own_saying(e)]


def _own_saying(e: Event) -> bool:
    if e.event_type != "statement" or e.date_basis == "explicit" or e.trigger_char_start is None \
            or (e.trigger or "").lower() not in _SAYING:
        return False
    return _PERSON.search(e.sentence[:max(0, e.trigger_offset())]) is not None
