"""An act told in a "where" clause after a place: done at that place.

"Syria's principal port of Latakia, where the military deployed three months ago", "in Bahrain, where Saudi forces
intervened in March", "particularly Bahrain where Saudi Arabia helped a Sunni monarchy put down protests", "the
Golan Heights where he had penetrated from Syria on Sunday", "the eastern city of Deir al-Zour, where more than 60
civilians are said to have been killed": the relative adverb says where the clause's act happened, and the
development sets place it there (fresh3 t17-reuters-240#2, -75#5, fresh15 -113#17, fresh7 -275#3, fresh17
t17-bbc-173#22). The clause names no place of its own after its verb, so ``places.clause_place`` finds none.

Not placed: the act of the sentence's main clause (outside the "where" clause: "NATO ... said Damascus should draw
lessons from Libya, where NATO-backed rebels won"), a saying inside the clause, whose speaker may be elsewhere
("Syria, where a rights group said on Tuesday 400 people have been killed"), nor the act such a saying reports
(placed by its own words only: events_gold_fresh14 t17-reuters-106#1 has no place), a call, an act that has a place, and a
"where" that is no relative adverb of a place ("a situation where", "Where ...?").

The same holds for an act of force whose object is the place a relative clause hangs on: "the Golan Heights, which
Israel captured from Syria in the 1967 Arab-Israeli war and later annexed" (fresh7 t17-reuters-275#7, #8).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import greedy_run, run_class
from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .places import PLACE_NAME, known_named_place
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:
    from ..model import Event

# what a place is, in apposition before its clause: "Hama, a northern city where in 1982 the forces of president Hafez
# al-Assad ...", "Jisr al-Shughour - a town that was retaken by the army at the weekend" (fresh22 t17-bbc-163#3)
_APPOSED = (r"(?:,\s+|\s+-{1,2}\s+)(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:city|town|village|port|suburb|district|province|region|area|stronghold|bastion)\s+")
# the place and the clause: "Latakia, where ...", "in the eastern city of Deir al-Zour, where ...", "Bahrain where ...",
# "Hama, a northern city where ..."
_WHERE = re.compile(PLACE_NAME + r"(?:,?\s+|" + _APPOSED + r")where\s+"
                    r"(?P<clause>" + run_class(r",;:()\"“”—") + r"+)")
# a place that a relative clause in apposition says was taken or hit: "Jisr al-Shughour - a town that was retaken by the
# army at the weekend" (fresh22 t17-bbc-163#3), "Rastan, a town which has been shelled for a week" (the participles:
# ``force_on_apposed_place`` in ``event_cues.tsv``)
_APPOSED_HIT = re.compile(PLACE_NAME + _APPOSED
                          + r"(?:that|which)\s+(?P<clause>(?:was|were|has\s+been|had\s+been|is\s+being|was\s+being)\s+"
                          r"(?:[a-z]+ly\s+)?(?:re)?(?:" + phrase_alternation(CUES["force_on_apposed_place"]) + r")"
                          r"\b" + greedy_run(r",;:()\"“”—") + r")")
# a place that is the scene of an act told by its noun: "Hama, scene of a 1982 massacre by the military" (fresh11
# t17-reuters-216#9), "the city of Hama, the scene of ... a brutal crackdown in 1982"
_SCENE_OF = re.compile(PLACE_NAME + r",\s+(?:the\s+)?(?:scene|site)\s+of\s+"
                       r"(?P<clause>" + run_class(r";:()\"“”—") + r"+?)(?=[,.;]|$)")
# a place that is the object of a verb of taking territory in a relative clause after it: "the Golan Heights, which
# Israel captured from Syria in the 1967 Arab-Israeli war and later annexed" (fresh7 t17-reuters-275#7, #8)
_WHICH_TAKEN = re.compile(PLACE_NAME + r",?\s+(?:which|that)\s+"
                          r"(?P<clause>(?:[A-Z][\w'’-]*\s+){1,3}(?:had\s+)?(?:captured|seized|occupied|annexed|overran|"
                          r"retook|recaptured)\b" + greedy_run(r",;:()\"“”—") + r")")
# a verb of saying in the clause before the act ("where a rights group said ...", "where residents say ...")
_SAYING_IN = re.compile(r"\b(?:said|says|say|told|reported|reports|estimates|estimated)\b")
# each clause after a place, and the families of the acts it places (None: any act)
_CLAUSES = ((_WHERE, None), (_WHICH_TAKEN, FORCE_FAMILIES), (_APPOSED_HIT, FORCE_FAMILIES),
            (_SCENE_OF, FORCE_FAMILIES | {"protest"}))


def where_place(e: Event) -> str | None:
    """The place of the first "<place>, where ..." clause (or, for an act of force, "<place>, which Israel captured")
    that holds ``e``'s trigger, if one does (which acts may be so placed: ``place_reader``)."""
    at = e.trigger_offset()
    for clause, families in _CLAUSES:
        if families is not None and e.event_family not in families:
            continue
        m = next((m for m in clause.finditer(e.sentence) if m.start("clause") <= at < m.end("clause")), None)
        if m is not None and _SAYING_IN.search(e.sentence, m.start("clause"), at):
            continue  # "Syria, where a rights group said on Tuesday 400 people have been killed by security
            # forces": an act a saying in the clause reports is placed by its own words only (fresh14 106#1)
        place = known_named_place(m.group("place")) if m is not None else None
        if place is not None:
            return place
    return None
