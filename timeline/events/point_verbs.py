"""A readout's or joint statement's point told by a verb the trigger lexicon does not read as a saying.

Rule 25 (events_gold.md, decided in the twenty-second session): in a White House readout or joint statement a point
the principal makes by a point verb, in a sentence or clause of its own, is a row of its own, dated the call's or
meeting's day. The lexicon reads "raised concerns" / "raised objections", "made clear" and "highlighted the
partnership", but not the same verbs with another object, which in a readout are points all the same: "President
Biden raised Russia's brutal war against Ukraine" (dev Xi 2022 #14), "The President also raised the humanitarian
crisis in Gaza" (dev Netanyahu #4), "He raised specific transnational challenges" (dev Xi 2021 #10), "He was clear
about the need to protect American workers" (#5), "and communicated the continued determination of the United States
to uphold our commitments" (#6), "They highlighted their dedication to ending the pandemic" (dev Macron #5), "The two
sides highlighted the joint efforts through the Terrorist Financing Targeting Center" (audit Jeddah communique). In
wire copy the same verbs are mostly no saying ("has raised salaries", "raised fears", "the event highlighted how
hard it was"), so they stay out of the lexicon and are read here, in readouts (title "Readout ...") and joint
statements only, and only with the principal as the clause's subject: a name the actor reader found, a pronoun, or a
description of the principals ("The President", "The two leaders", "Both sides"), right before the verb. Not
"concerns raised by", not "shortages ... have highlighted the importance of" (no principal), not a verb whose clause
already has a row (``raised concerns`` and the relationship's "highlighted" are the lexicon's). The row is a
`statement` of the day (the sentence's own day, as every point of the call).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .predicates import Predicate
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the point verbs the lexicon leaves to this pass (the lexicon's own readings of them win: their trigger starts a row)
_VERB = re.compile(r"\b(?:raised|highlighted|communicated|(?:was|were)\s+clear(?=\s+(?:about|that|on|with)\b))")
# what the lexicon reads already ("raised (her deep) concerns", "raised U.S. objections"), and what is no point
# ("raised the possibility": a question of the clause's, not the principal's)
_LEXICON_OBJECT = re.compile(r"raised\s+(?:[\w.’'-]+\s+){0,2}?(?:concerns?|objections?)\b")
# the clause's subject right before the verb: a pronoun or a description of the principals, at the clause's opening
# (the sentence's, or after ", and" / "and"); a named principal is read from the actors (``_named_subject``)
_PRINCIPALS = (r"(?:he|she|they|we|the\s+(?:vice\s+)?president|the\s+(?:two\s+)?leaders|both\s+leaders|the\s+(?:two\s+)?sides|"
               r"both\s+sides|the\s+(?:u\.s\.|american)\s+side)")
_ADVERBS = r"(?:\s+(?:also|again|further|once\s+again))?"
_DESCRIBED = re.compile(r"(?:^|,?\s+and\s+)" + _PRINCIPALS + _ADVERBS + r"\s+$")
_ADVERB = re.compile(_ADVERBS + r"\s+$")
# a second verb phrase of the sentence's subject: "He also discussed ..., and communicated ..."
_CONJUNCT = re.compile(r",?\s+and" + _ADVERBS + r"\s+$")
_OPENING = re.compile(_PRINCIPALS + r"\s")


def point_verb_rows(st: _SentenceState, is_event: Callable) -> None:
    """The principal's statement of each point verb of the sentence the lexicon does not read (module docstring)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or not (builder.signatories or (builder.article.title or "").lower().startswith("readout")):
        return
    for m in _VERB.finditer(low, sent.start, sent.end):
        start = m.start()
        if start in builder.trigger_starts or start in st.claimed_starts or _LEXICON_OBJECT.match(low, start):
            continue
        if not _principal_subject(st, start):
            continue  # ("concerns raised by some council members", "shortages ... have highlighted")
        stop = _clause_end(low, m.end(), sent.end)
        if any(e.char_start == sent.start and e.trigger_char_start is not None
               and start <= e.trigger_char_start < stop for e in builder.events[st.first:]):
            continue  # the clause has its row ("highlighted U.S. ... efforts to mobilize")
        trigger = Trigger(start, m.end(), st.text[start:m.end()], "statement", "V")
        p = Predicate(trigger, "statement", "verb", "reported", start, rule="readout point")
        if is_event(p, sent, builder):
            st.record(p, **st.on_day(st.basis(p)))


def _principal_subject(st: _SentenceState, start: int) -> bool:
    """Is the verb at ``start`` the principal's: its clause's subject named or described right before it, or the
    sentence's opening subject when the verb is a second verb phrase of it ("He also discussed ..., and
    communicated ...")?"""
    before = st.low[st.sent.start:start]
    if _named_subject(st, start) or _DESCRIBED.search(before):
        return True
    return _CONJUNCT.search(before) is not None and (
        _OPENING.match(before) is not None or any(a.start == st.sent.start for a in st.sent.actors))


def _named_subject(st: _SentenceState, start: int) -> bool:
    """Does a name the actor reader found end right before the verb, at the opening of its clause ("President Biden
    raised", "The Vice President and President Marcos also highlighted")?"""
    low = st.low
    for a in st.sent.actors:
        if a.end <= start and _ADVERB.fullmatch(low, a.end, start):
            opening = low[st.sent.start:a.start].rstrip()
            return opening == "" or opening.endswith((",", "and", "and the", "the")) or opening.endswith(".")
    return False


def _clause_end(low: str, start: int, end: int) -> int:
    """Where the point's clause ends: the next ", and" + a verb, a semicolon, or the sentence's end."""
    m = re.compile(r";|,\s+and\s+(?:[\w.’'-]+\s+){0,6}?[a-z]+ed\b").search(low, start, end)
    return m.start() if m else end
