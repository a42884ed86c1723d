"""An act told over a span that a dated "since" clause of onset opens (rule 26 of events_gold.md).

"Syria has barred most foreign media since unrest began in March", "Turkey has allowed opponents of Assad to meet
in Turkish cities since anti-Assad protests started in March", "refugees have been fleeing since the crackdown
started last week": the act began when the span did, so it takes the onset's date at the onset's precision. A tally
over the span ("more than 5,000 people have been killed since the uprising began in March", "security forces have
killed at least 700 civilians since ...": a count of deaths, arrests or refugees) is no single act and stays undated
(rule 20), as does an act whose "since" clause has no date ("since the uprising began": no date, nothing to do) and a
comparison ("the first team Syria has allowed in since a crackdown began in March", ``comparison_since``).
"""

from __future__ import annotations

import re

from .cues import COUNT_NUMBER, COUNT_QUANTITY, CUES
from .dating import _ONSET, _SUB_BREAK, _subordinate
from .predicates import Predicate
from ..model import Mention

# the perfect or the perfect progressive right before the verb: "has barred", "have long resisted", "have been
# fleeing", "has not allowed" (a predicate may start at its auxiliary: its group is read from ``p.start``)
_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:not|never|also|long|already|repeatedly|largely|mostly|\w+ly)\s+)*"
                      r"(?:been\s+)?$")
# a counted participant makes the act a tally: a figure or a count word of the tallies (``cues.COUNT_QUANTITY``: "more
# than 2,700 people", "hundreds", "at least 700 civilians", "tens of thousands", "many"); a number word only before a
# magnitude or a noun of people (``_COUNTED``: "forty thousand", "two people"; not "one foreign journalist")
_COUNTED = r"hundred|thousand|million|people|civilians|protesters|soldiers|refugees"
_COUNT = re.compile(rf"\b(?:\d[\d,.]*|{COUNT_QUANTITY}|(?:{COUNT_NUMBER})\s+(?:{_COUNTED}))\b")
# a comparison: a superlative or an ordinal after a determiner ("the first team Syria has allowed in since ...", "its
# biggest loss since ..."), not "most foreign media"
_COMPARISON = re.compile(r"\b(?:the|its|their|his|her|a)\s+(?:%s)\b" % "|".join(re.escape(w) for w in CUES["comparison_since"]))
# a verb of becoming or being: a state over the span ("has grown increasingly critical of Assad", "has become", "has
# been quiet"), a stance with no day it began (the construction row turned-critical-grown-of-2)
_STATE = re.compile(r"(?:grown|become|turned|remained|stayed|been|gotten|got)\b")
# where the act's clause opens: the sentence's start, a clause break or a reporting "says/said" (the count of "The UN
# says 2,200 people have been killed" is the toll's subject)
_CLAUSE_OPEN = re.compile(r"[,;:()\"“”]|\s[—–-]\s|\b(?:says?|said|estimates?|estimated)\b")


def since_onset_act(low: str, start: int, mention: Mention, preds: list[Predicate]) -> Predicate | None:
    """The act that the dated "since" clause of onset holding ``mention`` opens the span of (``start``: the
    sentence's start): the predicate right before "since" in its clause, a verb in the perfect or the perfect
    progressive, with no counted participant (a tally) and no comparison; None when there is none."""
    sub = _subordinate(low, start, mention)
    if sub is None or not sub.group().startswith("since") or _ONSET.search(low, sub.end(), mention.start) is None:
        return None
    before = [p for p in preds if p.form == "verb" and not p.embedded and not p.passive and p.trigger.end <= sub.start()
              and not _SUB_BREAK.search(low, p.trigger.end, sub.start())]
    if not before:
        return None
    p = max(before, key=lambda q: q.trigger.start)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(low, start, p.start)]
    clause = max(opens, default=start)
    if not _PERFECT.search(low, max(clause, p.start - 40), p.trigger.start) and not _PERFECT.search(
            low, max(clause, p.start - 40), p.start):
        return None
    if _STATE.match(low, p.trigger.start) or _STATE.match(low, p.start) or low.startswith("been", p.trigger.start - 5) \
            and not p.trigger.text.lower().split()[0].endswith("ing"):
        return None  # ("has been barred" is passive and the predicate says so; "has been fleeing" is progressive)
    if _COUNT.search(low, clause, sub.start()) or _COMPARISON.search(low, clause, sub.start()):
        return None
    return p
