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

from ..cue_words import break_class
from .cues import COUNT_NUMBER, COUNT_QUANTITY, CUES, PUNCT_BREAK
from .dating import onset_subordinator
from .predicates import Predicate
from ..last_match import last_match
from ..model import Mention

# The four tests of an act over a span, public because ``since_then`` asks them of a "Since then" sentence too.
# the perfect or the perfect progressive right before the verb: "has barred", "have long resisted", "have been
# fleeing", "has not allowed" (a predicate may start at its auxiliary: its group is read from ``p.start``)
SPAN_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:not|never|also|long|already|repeatedly|largely|mostly|\w+ly)\s+)*"
                          r"(?:been\s+)?$")
# a counted participant makes the act a tally: a figure or a count word of the tallies (``cues.COUNT_QUANTITY``: "more
# than 2,700 people", "hundreds", "at least 700 civilians", "tens of thousands", "many"); a number word only before a
# magnitude or a noun of people (``_COUNTED``: "forty thousand", "two people"; not "one foreign journalist")
_COUNTED = r"hundred|thousand|million|people|civilians|protesters|soldiers|refugees"
SPAN_COUNT = re.compile(rf"\b(?:\d[\d,.]*|{COUNT_QUANTITY}|(?:{COUNT_NUMBER})\s+(?:{_COUNTED}))\b")
# a comparison: a superlative or an ordinal after a determiner ("the first team Syria has allowed in since ...", "its
# biggest loss since ..."), not "most foreign media"
SPAN_COMPARISON = re.compile(r"\b(?:the|its|their|his|her|a)\s+(?:%s)\b"
                             % "|".join(re.escape(w) for w in CUES["comparison_since"]))
# a perfect verb and its object's determiner right before an act noun ("have contrived an uneasy informal truce",
# "has maintained a ceasefire"), not a noun of a phrase ("has allowed opponents of Assad to meet")
_PERFECT_OBJECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:not|never|also|long|\w+ly)\s+)*(?!been\b)[a-z]{3,}\s+"
                             r"(?:an?|the|their|its|his|her)\s+(?:[\w-]+\s+){0,3}$")
# a clause of its own between the act and "since": a relative or subordinate word, or another auxiliary
_OTHER_CLAUSE = re.compile(r"\b(?:where|which|who|whom|whose|that|when|while|because|although|has|have|had|is|are|was|"
                           r"were)\b")
# a verb of becoming or being: a state over the span ("has grown increasingly critical of Assad", "has become", "has
# been quiet"), a stance with no day it began (the construction row turned-critical-grown-of-2)
SPAN_STATE = re.compile(r"(?:grown|become|turned|remained|stayed|been|gotten|got)\b")
# where the act's clause opens: the sentence's start, a clause break or a reporting "says/said" (the count of "The UN
# says 2,200 people have been killed" is the toll's subject)
_CLAUSE_OPEN = re.compile(break_class(r",;:()\"“”") + r"|\s[—–-]\s|\b(?:says?|said|estimates?|estimated)\b")


def since_onset_act(low: str, start: int, mention: Mention, preds: list[Predicate]) -> Predicate | None:
    """The act that the dated "since" clause of onset holding ``mention`` opens the span of (``start``: the
    sentence's start): the predicate right before "since" in its clause, a verb in the perfect or the perfect
    progressive, with no counted participant (a tally) and no comparison; None when there is none."""
    sub = onset_subordinator(low, start, mention)
    if sub is None or not sub.group().startswith("since"):
        return None
    return _perfect_before(low, start, sub.start(), preds)


# "since" opening a phrase of onset: a noun phrase, a gerund or a clause whose own act the date dates
_SINCE = re.compile(r"\bsince\s+")
# a bare date right after "since" ("since March", "since early 2008") dates the act itself, through the other passes
_BARE = re.compile(r"(?:(?:last|early|late|mid-?|the\s+end\s+of|the\s+start\s+of)\s*)?")
_REACH = 90  # characters from "since" to the date: the phrase of onset, not a later clause


def since_phrase_act(low: str, start: int, mention: Mention, preds: list[Predicate],
                     onset: Predicate | None = None) -> Predicate | None:
    """The act in the perfect over a span opened by a "since" phrase whose own act ``mention`` dates ("Israel and
    Hezbollah have contrived an uneasy informal truce since Israel's last major incursion into the country in 2006",
    "The Baath Party has banned opposition ... since seizing power in a coup 48 years ago", "have battled ... since
    the Arab League said on November 2 that ..."): the act began when the span did (rule 26 of events_gold.md; the
    gold's "certain start"), so it takes the onset's date, as ``since_onset_act`` gives it for a clause of onset. A
    tally over the span, a comparison ("the first ... since"), a state ("has been quiet") and a bare date ("since
    March": the act's own date, read elsewhere) give None. ``onset``, the act the date dated, must be inside the
    phrase."""
    since = last_match(_SINCE, low, max(start, mention.start - _REACH), mention.start)
    if since is None or PUNCT_BREAK.search(low, since.end(), mention.start) \
            or _BARE.fullmatch(low, since.end(), mention.start) \
            or onset is not None and not since.end() <= onset.trigger.start < mention.start:
        return None
    return _perfect_before(low, start, since.start(), preds)


def since_span_act(low: str, start: int, mention: Mention, preds: list[Predicate],
                   onset: Predicate | None = None) -> Predicate | None:
    """Does a "since" clause or phrase of onset holding ``mention`` date an act over the span it opens? That act
    (``since_onset_act`` for a clause, "since unrest began in March"; else ``since_phrase_act`` for a phrase, "since
    seizing power in a coup 48 years ago", with ``onset`` inside it when given), or None."""
    return since_onset_act(low, start, mention, preds) or since_phrase_act(low, start, mention, preds, onset)


def _perfect_before(low: str, start: int, since_at: int, preds: list[Predicate]) -> Predicate | None:
    """The predicate right before the "since" at ``since_at`` in its clause, a verb in the perfect or the perfect
    progressive (or an act noun, the object of one), with no counted participant (a tally) and no comparison; None when there is none."""
    before = [p for p in preds if p.form in ("verb", "noun") and not p.embedded and not p.passive
              and p.trigger.end <= since_at and not PUNCT_BREAK.search(low, p.trigger.end, since_at)]
    if not before:
        return None
    p = max(before, key=lambda q: q.trigger.start)
    if _OTHER_CLAUSE.search(low, p.trigger.end, since_at):
        return None  # "has broadened an assault against towns where demonstrators have been demanding his removal since
        # ...": the span is another clause's
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(low, start, min(p.start, p.trigger.start))]
    clause = max(opens, default=start)
    # the object of a perfect verb the lexicon does not know: "have contrived an uneasy informal truce"
    object_of = _PERFECT_OBJECT.search(low, max(clause, p.trigger.start - 60), p.trigger.start)
    if p.form == "noun" and (p.owned or object_of is None):
        return None
    if object_of is None and not SPAN_PERFECT.search(low, max(clause, p.start - 40), p.trigger.start) \
            and not SPAN_PERFECT.search(low, max(clause, p.start - 40), p.start):
        return None
    if SPAN_STATE.match(low, p.trigger.start) or SPAN_STATE.match(low, p.start) \
            or low.startswith("been", p.trigger.start - 5) and not p.trigger.text.lower().split()[0].endswith("ing"):
        return None  # ("has been barred" is passive and the predicate says so; "has been fleeing" is progressive)
    if SPAN_COUNT.search(low, clause, since_at) or SPAN_COMPARISON.search(low, clause, since_at):
        return None
    return p
