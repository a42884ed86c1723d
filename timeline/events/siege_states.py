"""A place held under siege by armed forces, told as a present state in the passive: "Khalidiya is totally besieged by
the military", "the town of Tafas, ... which remains encircled by tanks", "the roads out of Homs are blocked by the
Syrian army". ``predicates`` reads a simple present passive with "by" as a state, no event ("is supported by Russian
forces"); a siege the forces hold is their act of the day (events_gold.md rule 28: forces that surround, encircle,
besiege, cordon off or blockade a place are `military`; events_gold_fresh32 t17-reuters-30#5 and t17-reuters-199#26,
fresh33 t17-bbc-233#12, each dated to the story's day or its siege's onset). Only when the "by" phrase ends in an armed
force (the ``by_forces`` definition of event_triggers.tsv): not "surrounded by US military bases", "is blocked by
Russia and China", "is surrounded by mountains".
"""

from __future__ import annotations

import re

from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .triggers import DEFINED, first_words, patterns

# the "by <forces>" phrase as a row that writes {=by_forces} reads once loaded
_AGENT = "(?:" + DEFINED["by_forces"] + ")"
# the verbs of a siege, read from the trigger rows of event_triggers.tsv that take them: the passive participles (the
# "-ed" first words) of the row of besieging (the one that opens with "besieged") and of the "... by <forces>" row
# (surrounded, encircled, blockaded, blocked, cordoned and sealed off); a verb added to that row is a siege's here too
SIEGE_VERBS = frozenset(word for _, _, pattern in patterns()
                        if _AGENT in pattern or "besieged" in first_words(pattern)
                        for word in first_words(pattern) if word.endswith("ed"))

# "by" and at most four words, then the armed force that ends the phrase ("by the Syrian army", "by troops and secret
# police", "by government forces"; not "by US military bases": a thing, not the force); one definition with the trigger
# row of a siege in the passive
_BY_FORCES = re.compile(DEFINED["by_forces"])


def held_by_forces(low: str, first: str, end: int) -> bool:
    """Is the passive participle ``first`` (its trigger ending at ``end`` in ``low``) a verb of siege whose "by" phrase
    names armed forces? Then its present passive is the siege the forces hold, an act, not a state."""
    return first in SIEGE_VERBS and _BY_FORCES.match(low, end) is not None


# ---- a cordon of no inhabited place ----------------------------------------------------------------------------
# Cordoning or sealing off a place is a siege (rule 28) when the place is one people live in: "security forces who
# cordoned off many areas" (events_gold_fresh34 t17-bbc-166#28), "troops sealed off districts in the city" (events_gold_blind
# t17-reuters-173#9), "the town of Rastan was sealed off by the army". Police who cordon off a bomb site, the scene of a
# blast or the street outside an embassy secure it: no siege, no act of force ("A bomb also exploded near a police
# station ... The site was quickly cordoned off by security forces", audit t17-bbc-172). So the military reading of
# "cordoned off" (active or passive) and of "sealed off by <forces>" wants an inhabited place as what is cut off: a noun
# of the cue row ``cordoned_place`` (``populated_place``, the places a bombardment hits too, ``predicates._POPULATED``,
# and its own: not a single "area", a blast's site), or a place the gazetteer or place_names.txt knows.
_CORDON = re.compile(r"(?:cordon|seal)(?:ed|ing|s)?\s+off$")
_INHABITED = "(?:" + phrase_alternation(CUES["cordoned_place"]) + ")"
# the object of the active verb: "the Baba Amr district", "many areas", "parts of the city", "the village of Tremseh"
_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|many|several|some|all|key|entire|whole|much\s+of|parts\s+of)\s+)*"
                     rf"(?:[\w'’-]+\s+){{0,2}}?{_INHABITED}(?![\w-])", re.I)
# the subject of the passive, right before its verb: "the town was", "several villages have been"
_SUBJECT = re.compile(rf"\b{_INHABITED}\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains|remained)"
                      r"\s+(?:[a-z]+ly\s+)?$", re.I)
# a name before the passive's verb ("Rastan was sealed off", "the town of Rastan was") or after the active verb
_NAME_BEFORE = re.compile(r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al-|el-)?[A-Z][\w'’.\-]*){0,2})\s+(?:was|were|is|are|"
                          r"has\s+been|have\s+been|had\s+been|remains|remained)\s+(?:[a-z]+ly\s+)?$")
_NAME_AFTER = re.compile(r"\s+(?:the\s+)?(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al-|el-)?[A-Z][\w'’.\-]*){0,2})")
_REACH = 80  # characters before the verb where the passive's subject ends


def unpeopled_cordon(text: str, floor: int, start: int, end: int) -> bool:
    """Is the trigger ``text[start:end]`` a cordon ("cordoned off", "sealed off") of no inhabited place (see above)? The
    passive's subject is read back to ``floor`` (the sentence's start), the active's object after ``end``."""
    if _CORDON.search(text, start, end) is None:
        return False  # (asked of every military trigger: the cheap test first, the import below only for a cordon)
    from .places import known_named_place  # (places imports predicates, which imports this module: read when asked)
    lo = max(floor, start - _REACH)
    if text.startswith(" by ", end):  # the passive: what was cut off is its subject
        named = _NAME_BEFORE.search(text, lo, start)
        return _SUBJECT.search(text, lo, start) is None \
            and (named is None or known_named_place(named.group("place")) is None)
    named = _NAME_AFTER.match(text, end)
    return _OBJECT.match(text, end) is None and (named is None or known_named_place(named.group("place")) is None)
