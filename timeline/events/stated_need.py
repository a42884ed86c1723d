"""A need the speaker states with "it" before a clause of its own: "said it was important that action followed".

The speaker asks for what the clause says, a demand, as "there must be no repeat" asks: "The ICRC says it is essential
it be given immediate access" (events_gold_fresh30 t17-bbc-57), "Davutoglu said on Friday it was important that action
followed" (events_gold_fresh21 t17-reuters-229#5), "now it's important that they become executable" (a remarks turn,
events_gold_fresh12; ``turn_charges``). The clause must have a subject of its own: after "that" (any of
``need_adjectives``), or, for the strong ones ("essential", "vital", "crucial", "imperative"), a pronoun or determiner
right after ("it is essential it be given") or "for X to" ("it is vital for the regime to let them in"). Not "it is
essential to keep the campaign peaceful" (the speaker's view of a course, no one asked: audit t17-reuters-305), not
"the talks were important" (an opinion, no "it"), not "it is important that we ..." (the speaker's own side resolves).
"Made it" states the need as "it is" does ("has made it vital that the council acts", "making it essential for Damascus
to"), and "for" takes no speaker's own side ("it is vital for us to": a resolve, as "that we" is).

When the need is followed by "that", the reported clause opens after the "that" (``speech.frame_and_content``), so the
words that make it a demand stand between the saying verb and the clause; they are read there too, but only right
before the clause.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .predicates import Predicate
from .triggers import Trigger

_OWN_SIDE = r"(?!\s+(?:we|i|our|my)(?![\w'’]))"  # "it's important that we proceed": a resolve, no ask of anyone
# "it is essential that", "it was absolutely vital that", "it's important that"; "it is essential it be given", "it is
# vital for the regime to let them in"
_NEED = re.compile(
    r"(?<![\w'’])(?:it(?:\s+(?:is|was)|['’]s)|(?:made|makes|make|making)\s+it)\s+"
    r"(?:(?:absolutely|very|also|now|still|equally|most)\s+)?"
    r"(?:(?:%s)\s+that(?![\w'’])%s"
    r"|(?:%s)(?:\s+for\s+(?!(?:us|me|ourselves|myself)(?![\w'’]))(?:[\w'’-]+\s+){1,6}?to(?=\s)|%s(?=\s+(?:it|they|he|she|you|the|all|both|its|their|his|her|this|"
    r"these|those|every|each|any|no)\s)))"
    % (phrase_alternation(CUES["need_adjectives"]), _OWN_SIDE, phrase_alternation(CUES["need_strong_adjectives"]), _OWN_SIDE))
_REACH = 60  # characters back from the clause: the phrase and a few spaces


def stated_need(low: str, content: tuple[int, int], frame: Predicate | None) -> Predicate | None:
    """The demand a need stated in the reported clause ``content``, or between ``frame`` (the saying verb) and it, makes,
    or None. Before the clause, the predicate starts at the clause (the act the saying reports is there) and its trigger
    is the need's words."""
    m = _NEED.search(low, *content)  # "told reporters that it was absolutely essential that the monitors stay"
    if m is not None:
        t = Trigger(m.start(), m.end(), m.group(), "demand", "V")
        return Predicate(t, "demand", "verb", "reported", m.start(), rule="obligation")
    if frame is None or frame.end > content[0]:
        return None
    # (searched on into the clause, so that its first word is seen; only the words right before the clause)
    m = _NEED.search(low, max(frame.end, content[0] - _REACH), content[1])
    if m is None or m.end() > content[0] or low[m.end():content[0]].strip():
        return None
    t = Trigger(m.start(), m.end(), m.group(), "demand", "V")
    return Predicate(t, "demand", "verb", "reported", content[0], rule="obligation")
