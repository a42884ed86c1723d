"""A verb of discussing done by phone is a call.

Agency copy tells a phone call by what was discussed: "Cavusoglu discussed the situation in Syria with his Russian
counterpart over the phone", "Putin and Lukashenko exchanged views on integration during a telephone conversation".
The talks verb then names the call itself (events_gold.md: "X and Y discussed Z" during a call is the call, not a
new row), so it is typed ``call``. The means must stand in the verb's own clause, before any comma, semicolon or
reporting verb ("discussed the draft, which Lavrov had raised by phone" is not: the comma closes the clause).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.gazetteer import phrase_alternation, word_list
from .predicates import Predicate

_MEDIA = re.compile(r"\b(?:" + phrase_alternation(word_list("phone_media.txt")) + r")\b")
_CLAUSE_END = re.compile(r"[,;:.!?\"“”]|\s(?:but|while|whereas|which|who|after|before)\s")
_DISCUSSING = re.compile(r"discuss(?:ed|es)?|exchanged\s+views|exchange\s+views|exchanges\s+views")


def by_phone(low: str, p: Predicate, end: int) -> Predicate:
    """``p`` typed ``call`` when it is a verb of discussing whose clause (up to ``end``) names a phone as its means."""
    if p.form != "verb" or p.type != "talks" or not _DISCUSSING.fullmatch(p.trigger.text.lower()):
        return p
    stop = _CLAUSE_END.search(low, p.trigger.end, end)
    if _MEDIA.search(low, p.trigger.end, stop.start() if stop is not None else end) is None:
        return p
    return replace(p, type="call", rule=f"by phone {p.rule}")
