"""A need the speaker states before a "that" clause: "said it was important that action followed".

``speech.obligation`` reads a demand with no subject of its own inside the reported clause ("it is time for the world
to act", "it is essential it be given immediate access": ``demand_impersonal``). When the need is followed by "that",
the reported clause opens after the "that" (``speech.frame_and_content``), so the words that make it a demand stand
between the saying verb and the clause: "The ICRC says it is vital that aid reach the wounded", "Davutoglu said on
Friday it was important that action followed" (events_gold_fresh21 t17-reuters-229#5). The speaker asks for what the
clause says, a demand, as "there must be no repeat" asks. Only "it" as subject ("X is important that" is no English;
"the talks were important" is an opinion, no ask) and only the words right before the clause.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .predicates import Predicate
from .triggers import Trigger

# "it is essential that", "it was absolutely vital that", "it's important that": in the reported clause, or ending the words
# before it; not the speaker's own side as the clause's subject ("it's important that we proceed with discussions": a
# resolve, no ask of anyone)
_NEED_THAT = re.compile(r"(?<![\w'’])it(?:\s+(?:is|was)|['’]s)\s+(?:(?:absolutely|very|also|now|still|equally|most)\s+)?"
                        r"(?:%s)\s+that(?![\w'’])(?!\s+(?:we|i|our|my)(?![\w'’]))" % phrase_alternation(CUES["need_adjectives"]))
_REACH = 60  # characters back from the clause: the phrase and a few spaces


def stated_need(low: str, content: tuple[int, int], frame: Predicate | None) -> Predicate | None:
    """The demand a need stated in the reported clause ``content``, or between ``frame`` (the saying verb) and it, makes,
    or None. Before the clause, the predicate starts at the clause (the act the saying reports is there) and its trigger
    is the need's words."""
    m = _NEED_THAT.search(low, *content)  # "told reporters that it was absolutely essential that the monitors stay"
    if m is not None:
        t = Trigger(m.start(), m.end(), m.group(), "demand", "V")
        return Predicate(t, "demand", "verb", "reported", m.start(), rule="obligation")
    if frame is None or frame.end > content[0]:
        return None
    # (searched on into the clause, so that its first word is seen; only the words right before the clause)
    m = _NEED_THAT.search(low, max(frame.end, content[0] - _REACH), content[1])
    if m is None or m.end() > content[0] or low[m.end():content[0]].strip():
        return None
    t = Trigger(m.start(), m.end(), m.group(), "demand", "V")
    return Predicate(t, "demand", "verb", "reported", content[0], rule="obligation")
