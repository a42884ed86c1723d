"""An act a speaker recalls in a remarks transcript: no day of its own.

A remarks transcript ("PRESIDENT BIDEN: ...") is dated the day the remarks were given, and what its speakers say
and do in the present is of that day ("I want to thank you", "I support Ukraine to the end"). An act they tell in
the simple past or the present perfect with no date of its own is one they recall ("We also launched a $698
million ... compact", "you've imposed significant costs on Russia", "Second, we launched unprecedented cooperation
on cybersecurity"): it happened, on some earlier day the text does not give (events_gold.md rule 1: a past act with
no date is unresolved). A word of the day itself keeps it the day's ("I'm pleased that we've just signed", "we
agreed here", ``same_day_words.txt``), and so does the meeting or the talks the remarks are given at ("this is the
third time we met"). What the speakers themselves said, backed or agreed to in the past is left the day's: after a
meeting ("Remarks ... in Joint Press Conference") it is what they said at it ("I reiterated my request", "we
affirmed"); what someone else said in the past is recalled ("Secretary Yellen said recently").
"""

from __future__ import annotations

import re

from ..cue_words import run_class
from ..actors.gazetteer import word_list
from ..temporal.direction import past_form
from .aspect import present_perfect_before
from .predicates import STATE_FAMILIES, Predicate

_SAME_DAY = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                           for w in sorted(word_list("same_day_words.txt"), key=len, reverse=True))
                       + r")\b")
_WORD = re.compile(r"[a-z]+")
# the perfect before the verb group: "we've", "have also", "has"
# what makes a past participle no simple past: an auxiliary of the passive, a modal, "to"
_NOT_SIMPLE = re.compile(r"(?:[’'](?:re|s|m)|\b(?:is|are|am|be|been|being|will|would|can|could|shall|should|may|might|must|to|"
                         r"had)|[’']d)\s+(?:[a-z]+ly\s+|also\s+|not\s+)*$")
# what the side managed in the past: "we've been able to work together", "we were able to get it done" (a base form)
_MANAGED = re.compile(r"\b(?:been|were|was)\s+able\s+to\s+(?:[a-z]+ly\s+|also\s+)*$")
DAY_OF_REMARKS = frozenset({"meeting", "talks"})  # the occasion the remarks are given at
# what a speaker's "we" did as a state, or where they went: recalled when told in the past ("we launched", "you've
# imposed", "I visited Mumbai"); a speaker's past speech, support or agreement ("I reiterated my request", "President
# Biden strongly supported my determination", "we ... agreed that") is as often what was said at the talks of the day,
# told after them, and keeps the day
# a speaker's own past agreement is what they agreed at the meeting of the day ("we affirmed"), so not recalled
STATE_ACTS = STATE_FAMILIES - {"agree"}
# the simple past of agreeing, which ``predicates._agreed_to`` types by what was agreed on: still an agreeing
_AGREEING = re.compile(r"(?:agreed|concurred)")


def _past(low: str, p: Predicate) -> bool:
    """Is the verb group of ``p`` a simple past ("we launched", "you blunted"), a present perfect ("you've
    imposed", "have committed") or a past of managing ("we've been able to work", ``_MANAGED``)?"""
    if p.form == "noun" and p.start == p.trigger.start:
        return False  # a noun with no verb of its own ("thank you for your leadership")
    m = _WORD.match(low, p.start)
    if m is None:
        return False
    word = m.group()
    if _MANAGED.search(low, max(0, p.start - 40), p.start):
        return True
    if not past_form(word):
        return False
    if present_perfect_before(low, p.start):
        return True
    return word not in ("was", "were", "had", "did") and _NOT_SIMPLE.search(low[max(0, p.start - 30):p.start]) is None


def recalled(low: str, sentence: tuple[int, int], p: Predicate, by_speaker: bool) -> bool:
    """Is ``p``, an act told in a remarks transcript with no date of its own, one the speaker recalls: a simple past
    or present perfect with no word of the day in its ``sentence``, of a state act or a visit when a speaker (or
    their state, ``by_speaker``) did it, of any act but the meeting or talks of the day when someone else did
    ("former President Obama warned the incoming President Trump", "Secretary Yellen said recently")? After an
    opening clause of another time ("When the full-scale invasion started, U.S. officials said ..."), any past act
    of the sentence is recalled, a speaker's saying too."""
    if p.type in DAY_OF_REMARKS or p.status != "reported" or not _past(low, p):
        return False
    if by_speaker and p.family not in STATE_ACTS and p.type != "visit" and not _then_opening(low, sentence[0], p):
        return False
    if by_speaker and _AGREEING.fullmatch(p.trigger.text.lower()) and not _then_opening(low, sentence[0], p):
        return False  # "we agreed to keep close touch", "we concurred on cooperation in economic security": the
        # agreeing is the speaker's at the meeting of the day, whatever what was agreed is typed as (joint work)
    return _SAME_DAY.search(low, sentence[0], sentence[1]) is None


# an opening clause of another time: "When the full-scale invasion started, ...", "Back when we met in Vilnius, ..."
# (after a speaker's label, "PRESIDENT ZELENSKYY: When ...")
_WHEN_OPENS = re.compile(r"(?:[a-z.’'-]+(?:[ ][a-z.’'-]+){0,4}:)?[\s\"“]*(?:and\s+|but\s+|so\s+)?(?:back\s+)?when\s+"
                         r"(?P<clause>" + run_class(r",;:.") + r"{3,100}),")


def _then_opening(low: str, start: int, p: Predicate) -> bool:
    """Does the sentence open with a "when" clause in the past, before ``p`` ("When the full-scale invasion started,
    U.S. officials said")? It names the time of the acts after it: not the day of the remarks."""
    m = _WHEN_OPENS.match(low, start)
    if m is None or p.trigger.start < m.end():
        return False
    return any(past_form(w) for w in _WORD.findall(m.group("clause")))
