"""Which predicate a date dates.

A date mention dates the nearest predicate of its clause, counting words (an
actor's name is one word: "met with Assistant Secretary of State ... James
Jeffrey on Monday, August 27" is a meeting four words from its date). A
reporting verb, a noun not beside the date, a topic noun and a subordinate
predicate are taken only when nothing better is as near; a date never
reaches across a clause break or into a subordinate clause that has no
predicate of its own ("will visit Albania ... since Tirana split with Moscow
in 1961"). A date that modifies a noun dates that noun ("the June 20
terrorist attack", "today's announcement"; ``prenominal``), and a deadline
("by August 12") is not the day of a reported act (``is_deadline``).
"""

from __future__ import annotations

import re

from ..model import Mention
from .predicates import Predicate

CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\s-\s")  # a date does not reach a predicate across these
CROSS_CLAUSE_PENALTY = 100
STATEMENT_PENALTY = 3  # words: a date beside both a reporting verb and another predicate dates the other one
_GAP_WORD = re.compile(r"[\w’'-]+")


def distance(text: str, a_start: int, a_end: int, b_start: int, b_end: int,
              names: tuple[tuple[int, int], ...] = ()) -> int:
    """Words between two spans, an actor's name counting as one word ("met with Assistant Secretary
    of State ... James Jeffrey on Monday": the meeting is four words from its date); a clause break
    between them counts as many."""
    lo, hi = (a_end, b_start) if a_end <= b_start else (b_end, a_start)
    if hi <= lo:
        return 0
    gap = 0
    pos = lo
    for s, e in names:
        if e <= lo or s >= hi:
            continue
        gap += len(_GAP_WORD.findall(text, pos, max(pos, s))) + 1
        pos = max(pos, e)
    gap += len(_GAP_WORD.findall(text, pos, hi))
    if CLAUSE_BREAK.search(text, lo, hi):
        gap += CROSS_CLAUSE_PENALTY
    return gap


_PRENOMINAL_STOP = frozenset(
    "a an the and or but of in on at to for from with by as that which who when while after before than "
    "is are was were be been has have had will would can could may might must should said says told "
    "following during amid despite since until over about against under into through "
    "he she it they we i you".split())  # "said on Tuesday he has visited Syria": a clause, not a noun
_SUP = re.compile(r"(?:<sup>\w+</sup>|st|nd|rd|th)?")
_TO_VERB = re.compile(r"\s+to\s+")
_WORD_AFTER = re.compile(r"\s*([’']s\s+)?([a-z][\w-]*)")


def prenominal(text: str, low: str, mention: Mention, preds: list[Predicate]) -> Predicate | bool:
    """A date that modifies a noun ("the June 20 terrorist attack", "the planned January 9 protests",
    "today's announcement") dates that noun: its predicate when the noun is one, else True (a noun the
    lexicon does not know: "Guatemala's June 25th general elections"); False when the date is no modifier."""
    pos = _SUP.match(low, mention.end).end()
    m = _WORD_AFTER.match(low, pos)
    if m is None or text[pos:pos + 1] in ",.;:" or (m.group(2) in _PRENOMINAL_STOP and not m.group(1)):
        return False
    window = m.start(2) + 40
    for p in preds:
        if m.start(2) <= p.trigger.start <= window and p.form == "noun" or (
                p.trigger.start == m.start(2) and p.form != "noun" and p.rule == "light verb"):
            return p
    for p in preds:
        if p.trigger.start == m.start(2) and p.form in ("verb", "report"):
            return False  # "... in September 2024 provide": the clause's verb follows
    to = _TO_VERB.match(low, m.end(2))
    if to is not None:  # "Saturday's decision to suspend Damascus": the decision is the suspension
        found = next((p for p in preds if p.trigger.start == to.end() and p.form != "noun"), None)
        if found is not None:
            return found
    return True


REACH = 18  # words (after penalties) beyond which a predicate is too far for a date to date it
NOUN_PENALTY = 6  # a date dates a noun only beside it ("negotiations on August 24")
NOUN_BESIDE = 3  # words: "the June 20 terrorist attack", "meetings in London on June 9"
EMBEDDED_PENALTY = 8  # "met with X today to discuss": "today" dates the meeting
_VERBAL = re.compile(r"\b(?:that|which|who|whom|is|are|was|were|has|have|had|will|would|be|been|to|since|when|while|"
                     r"after|before|because|as)\b")
SUBORDINATE_PENALTY = 10  # a subordinate clause between them: the date is that clause's
_SUBORDINATE = re.compile(r"\b(?:since|when|whenever|after|before|because|while|although|though|unless|until|which|"
                          r"who|whom|whose|where)\b")
_NEXT_VERB_PHRASE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:[a-z]+\s+)?$")
TOPIC_PENALTY = 4  # "reflecting on their meetings in London on June 9": only a date in the noun's own phrase


def attach(text: str, mention: Mention, preds: list[Predicate],
           names: tuple[tuple[int, int], ...] = ()) -> Predicate | None:
    """The predicate a date dates: the nearest in its clause; a reporting verb, a noun not beside the
    date, a topic noun or a subordinate predicate only when nothing better is as near; None when
    nothing is within reach (``names``: the actor spans, each one word)."""
    best, best_key = None, None
    for p in preds:
        d = distance(text, mention.start, mention.end, p.trigger.start, p.trigger.end, names)
        penalty = 0
        if p.topic and not p.owned:
            if _VERBAL.search(text.lower(), min(mention.end, p.trigger.end), max(mention.start, p.trigger.start)):
                continue  # "the goals of the special military operation": a topic, dated only in its own phrase
            penalty = TOPIC_PENALTY
        if p.type == "statement" or p.reporting:
            penalty += STATEMENT_PENALTY
        if p.form == "noun" and d > NOUN_BESIDE and (p.trigger.start > mention.start or d > 14 or _VERBAL.search(
                text.lower(), p.trigger.end, mention.start)):
            penalty += NOUN_PENALTY  # not in the noun's own phrase ("meetings in London on June 9 and 10")
        if p.embedded:
            penalty += EMBEDDED_PENALTY
        lo, hi = min(mention.end, p.trigger.end), max(mention.start, p.trigger.start)
        if hi == mention.start:  # the date's own preposition ("before the end of next week") opens no clause
            hi = text.rfind(" ", lo, max(lo, hi - 1)) + 1 or hi
        if _SUBORDINATE.search(text.lower(), lo, hi):
            penalty += SUBORDINATE_PENALTY  # "will visit Albania ... since Tirana split with Moscow in 1961"
        elif p.trigger.start >= mention.end and _NEXT_VERB_PHRASE.search(text.lower(), mention.end, p.trigger.start):
            penalty += SUBORDINATE_PENALTY  # "ruled out ... intervention Monday but said": the next verb phrase's
        key = (d + penalty, p.trigger.start)
        if best_key is None or key < best_key:
            best, best_key = p, key
    if best_key is not None and best_key[0] > REACH:
        return None
    return best


def is_since(low: str, mention: Mention) -> bool:
    """ "since October 7", "since 2008": where a state or a series begins; it is not the day of an act
    of speech ("expressed his condolences for the loss of 103 UNRWA staff since October 7")."""
    return bool(re.search(r"\bsince\s+$", low[max(0, mention.start - 8):mention.start]))


def is_deadline(low: str, mention: Mention) -> bool:
    """ "by August 12, 2025", "until Tuesday", "before the end of next week": a deadline, not when it happened."""
    return bool(re.search(r"(?:\bby|\buntil|\btill|\bbefore|no\s+later\s+than)\s+$", low[max(0, mention.start - 16):mention.start]))
