"""An act over a span that "Since then" opens, the "then" being the date the sentence before gave.

"In June, Erdogan offered him an unspecified guarantee if he left Libya but received no answer. Since then Turkey has
stepped up support for the Libyan rebels": the "then" is June, and the act over the span began then, so it takes that
date at its precision, as an act over a span a dated "since" clause opens does (rule 26 of events_gold.md,
``since_onset``; the fresh30 row ``t17-reuters-310#8`` reads it so). Only a sentence that opens on "Since then" and
only its own act in the perfect: a tally over the span ("Since then, daily casualty figures have roughly doubled"), a
state ("has been quiet", "has grown more critical"), a comparison, and a "since then" inside a later clause ("Russia
vetoed ..., but since then the Arab League has suspended Syria": a point act after the onset) stay as they were. The
date is the one an act of the sentence right before was dated by its own words (``Event.date_basis`` explicit); with
none there, the act keeps the reading it had (rule 26: an undated onset dates nothing).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import break_class
from .since_onset import SPAN_COMPARISON, SPAN_COUNT, SPAN_PERFECT, SPAN_STATE

if TYPE_CHECKING:
    from ..model import Event
    from .extract import Sentence
    from .predicates import Predicate

# "Since then", "And since then,", "But since then" opening the sentence
_OPENS = re.compile(r"[\s\"“]*(?:(?:and|but)\s+)?since\s+then\b\s*,?")
# a clause break between the opening and the act: the act is another clause's ("Since then, as violence grew, ...")
_BREAK = re.compile(break_class(r";:()\"“”") + r"|\s[—–-]\s|\b(?:who|which|that|where|when|while|because|although|as"
                    r"|after|before)\b")


def since_then_act(low: str, sent: Sentence, p: Predicate) -> bool:
    """Is ``p`` the act in the perfect of a sentence that opens on "Since then" (its main verb, first after the
    opening, no tally, state or comparison)?"""
    opening = _OPENS.match(low, sent.start)
    if opening is None or p.passive or p.trigger.start < opening.end():
        return False  # (the reader takes the opening "Since" for a subordinate clause's: ``embedded`` says nothing here)
    if p.form != "verb" and not (p.form == "noun" and not p.owned and p.start < p.trigger.start):
        return False  # (an act noun only as a light verb's object: "has stepped up support")
    if _BREAK.search(low, opening.end(), p.start):
        return False
    if not (SPAN_PERFECT.search(low, max(opening.end(), p.start - 40), p.trigger.start)
            or SPAN_PERFECT.search(low, max(opening.end(), p.start - 40), p.start)):
        return False
    if SPAN_STATE.match(low, p.trigger.start) or SPAN_STATE.match(low, p.start):
        return False
    return not (SPAN_COUNT.search(low, opening.end(), p.trigger.start)
                or SPAN_COMPARISON.search(low, opening.end(), p.trigger.start))


def then_event(dated: tuple[int, Event] | None, sentences: int) -> Event | None:
    """The event of the sentence right before (``sentences`` - 1) that its own words dated, from ``dated``, the
    latest such event with its sentence's number; None when that sentence dated none."""
    if dated is None or dated[0] != sentences - 1:
        return None
    event = dated[1]
    return event if event.date_start is not None and event.status == "reported" \
        and event.precision in ("time", "day", "week", "month", "year") else None  # (a unit ``Point.of`` counts in)
