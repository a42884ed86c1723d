"""Signing a decree that yields is the yielding: "A decree Assad signed Thursday that lifted emergency law" is Assad's
concession of Thursday, not an agreement.

"signed" is read as an agreement (two parties sign a deal); a decree is one ruler's act, and what it does is the act
of the day: a decree that lifts a law, frees prisoners or grants citizenship is a concession (CAMEO 08). The row keeps
the signing's date and signer, and takes the type of the concession the decree's clause names; the concession's own
row, if the sentence made one, is the same act and goes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .triggers import retyped

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event
    from .extract import _SentenceState

_SIGNED = frozenset({"signed", "signs", "sign", "signing", "issued", "issues", "issue", "issuing"})
# "a decree Assad signed", "signed a decree", "signed a presidential decree", "issued a legislative decree"
_DECREE_BEFORE = re.compile(r"\bdecrees?\b(?:\s+(?:[\w'’.-]+\s+){0,4}?)?\s*$")
_DECREE_AFTER = re.compile(r"\s+(?:(?:an?|the|two|three|new)\s+)?(?:[\w-]+\s+){0,2}?decrees?\b")
_WINDOW = 120  # characters after the decree in which its clause names what it does


def _own_verb(st: _SentenceState, e: Event, verb: str) -> tuple[int, int] | None:
    """The span of the event's own "signed"/"issued" in the sentence: the only one, or of several the one whose
    nearest actor before it is a party of the event ("Assad signed a decree lifting ..., and Russia and Turkey signed
    an energy agreement": the second is Russia's and Turkey's); None when no one is."""
    sent = st.sent
    spans = [m.span() for m in re.finditer(r"\b%s\b" % re.escape(verb), st.low[sent.start:sent.end])]
    spans = [(sent.start + a, sent.start + b) for a, b in spans]
    if len(spans) < 2:
        return spans[0] if spans else None
    parties = {*e.actors, e.actor1} - {None}  # (no actor1: a mention with no country is no party)
    mentions = sent.actors  # (the sentence's share of the article's mentions, in text order)
    starts = [m.start for m in mentions]
    for lo, hi in spans:
        k = bisect_right(starts, lo) - 1
        while k >= 0 and mentions[k].end > lo:
            k -= 1
        if k >= 0 and (mentions[k].name in parties or mentions[k].country in parties):
            return lo, hi
    return None


def decreed_yields(st: _SentenceState) -> None:
    """Retype an agreement (or a bare dated act) read from signing or issuing a decree as the concession its clause names ("A decree Assad
    signed Thursday that lifted emergency law", "signed a decree lifting the state of emergency")."""
    events, low, sent = st.builder.events, st.low, st.sent
    for i in range(st.first, len(events)):
        e = events[i]
        verb = (e.trigger or "").lower()
        if e.event_type not in ("agreement", "other") or verb not in _SIGNED:
            continue
        at = _own_verb(st, e, verb)
        if at is None:
            continue
        lo, hi = at
        before = _DECREE_BEFORE.search(low, max(sent.start, lo - 40), lo)
        after = _DECREE_AFTER.match(low, hi, sent.end)
        if before is None and after is None:
            continue
        decree_end = after.end() if after is not None else before.start() + len("decree")
        yielded = next((q for q in st.preds if q.type == "concede" and not q.negated and not q.quoted
                        and decree_end <= q.trigger.start <= decree_end + _WINDOW), None)
        if yielded is None:
            continue
        events[i] = retyped(e, "concede", trigger=yielded.trigger.text, trigger_char_start=yielded.trigger.start)
        for j in range(len(events) - 1, st.first - 1, -1):
            if j != i and events[j].event_type == "concede" and (events[j].trigger or "").lower() \
                    == yielded.trigger.text.lower():
                del events[j]
                break
        return  # (one decree a sentence)
