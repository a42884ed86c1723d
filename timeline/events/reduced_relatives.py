"""Dates in a reduced relative on a noun: they date the participle's act, not the main act.

"insisting on a full Israeli withdrawal from the Golan Heights occupied in 1967": 1967 is the occupation's year, a
participle on "the Golan Heights" the lexicon does not read, neither the withdrawal's nor the insisting's.
``dating.attach`` lets such a date reach no predicate before the participle. Only a year, a decade or a month: a day
near the news ("condemned a UN General Assembly resolution passed on Friday") still dates the reaction to it.

Near-misses that keep their date: the act's own verb before its date ("Russia vetoed in October a resolution"); a
participle that is itself a predicate (``dating._holders`` reads those: "the treaty signed in 2010"); a participle
right after an act's noun ("the talks held in March", "the plan presented in March": the act's own phrase); an -ed
verb of a subordinate clause ("since the fighting ... intensified"), of a clause with no verb before it ("Fighting ...
intensified in July"), or with no passive ("erupted", "continued").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import break_class
from .cues import AUXILIARY, BE, HAVE

if TYPE_CHECKING:
    from ..model import Mention
    from .predicates import Predicate

# a participle right before the date, perhaps with its preposition: "occupied in 1967", "seized since 2014"
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w’'-])([a-z]{3,}ed|taken|held|won|lost|built|drawn|fought|begun|seen|given|"
                                r"brought|caught|driven|stolen)\s+(?:(?:early|late)\s+)?(?:on|in|at|during|since|over)?"
                                r"\s*$")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+(?:[a-z]+ly\s+)?$")
# what before the participle makes it a finite verb or a verb group's, not a noun's modifier ("was occupied in",
# "they occupied in", "and occupied in")
_NOT_A_NOUN = BE | HAVE | AUXILIARY | frozenset(
    "he she it they we i you who which that whom and or but then also not never first later finally eventually "
    "initially already again last just once".split())
_NEED = re.compile(r"eed$")  # "need", "speed", "indeed": no participle
# verbs with no passive, so no reduced relative: after a noun they are its finite verb ("protests ... first erupted in
# mid-March", "criticism of the Assad regime continued on Friday")
_INTRANSITIVE = frozenset("erupted happened occurred intensified escalated emerged arrived died resigned collapsed "
                          "continued worsened flared surged appeared existed expired rallied remained returned landed "
                          "failed".split())
# a subordinator between the clause's last break and the participle: the participle is that clause's finite verb
# ("since the fighting in Damascus and elsewhere intensified on 15 July")
_SUBORDINATOR = re.compile(r"\b(?:since|after|before|when|until|as|because|while|once|though|although|if|where|whereas)\b")
_CLAUSE_START = re.compile(break_class(r",;:()") + r"|\s[—–-]\s")
# a date near the news is no background: "condemned a UN General Assembly resolution passed on Friday" keeps the
# condemnation on Friday; the rule is for a year, a decade or a month ("occupied in 1967", "published last month")
_COARSE = re.compile(r"\d{2}(?:\d{2}|\dX|XX)(?:-\d{2})?")

_LOOK_BACK = 100  # characters before the date searched for the participle


def reduced_relative(text: str, low: str, mention: Mention, preds: list[Predicate]) -> int | None:
    """Where a reduced relative that holds the date starts: a participle right before the date that modifies the
    noun before it ("the Golan Heights occupied in 1967") and is no predicate's word; None when there is none."""
    if not _COARSE.fullmatch(mention.value or ""):
        return None
    lo = max(0, mention.start - _LOOK_BACK)
    m = _PARTICIPLE_BEFORE.search(low, lo, mention.start)
    if m is None or _NEED.search(m.group(1)) or m.group(1) in _INTRANSITIVE or not text[m.start(1)].islower():
        return None
    start = m.start(1)
    noun = _WORD_BEFORE.search(low, lo, start)
    if noun is None or noun.group(1) in _NOT_A_NOUN:
        return None
    breaks = [b.end() for b in _CLAUSE_START.finditer(low, lo, start)]
    if _SUBORDINATOR.search(low, breaks[-1] if breaks else lo, start):
        return None
    if not any(p.form != "noun" and p.trigger.end <= noun.start(1) for p in preds):
        return None  # no verb before its noun: the -ed word is the clause's own verb ("International criticism ... continued")
    for p in preds:
        if p.trigger.start <= start < p.trigger.end or p.start <= start < p.trigger.start:
            return None  # the participle is a predicate's own word ("the treaty signed in 2010": dating's holders)
        if p.trigger.end == noun.end(1):
            return None  # right after an act's noun: "the talks held on Monday", the act's own phrase
    return start


def before(p: Predicate, relative: int | None) -> bool:
    """Is ``p`` before the reduced relative that starts at ``relative`` (so the relative's date is not its)?"""
    return relative is not None and p.trigger.end <= relative
