"""Signing a decree that yields is the yielding: "A decree Assad signed Thursday that lifted emergency law" is Assad's
concession of Thursday, not an agreement.

"signed" is read as an agreement (two parties sign a deal); a decree is one ruler's act, and what it does is the act
of the day: a decree that lifts a law, frees prisoners or grants citizenship is a concession (CAMEO 08). The row keeps
the signing's date and signer, and takes the type of the concession the decree's clause names; the concession's own
row, if the sentence made one, is the same act and goes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .triggers import event_type as type_info

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_SIGNED = frozenset({"signed", "signs", "sign", "signing", "issued", "issues", "issue", "issuing"})
# "a decree Assad signed", "signed a decree", "signed a presidential decree", "issued a legislative decree"
_DECREE_BEFORE = re.compile(r"\bdecrees?\b(?:\s+(?:[\w'’.-]+\s+){0,4}?)?\s*$")
_DECREE_AFTER = re.compile(r"\s+(?:(?:an?|the|two|three|new)\s+)?(?:[\w-]+\s+){0,2}?decrees?\b")
_WINDOW = 120  # characters after the decree in which its clause names what it does


def decreed_yields(st: _SentenceState) -> None:
    """Retype an agreement (or a bare dated act) read from signing or issuing a decree as the concession its clause names ("A decree Assad
    signed Thursday that lifted emergency law", "signed a decree lifting the state of emergency")."""
    events, low, sent = st.builder.events, st.low, st.sent
    for i in range(st.first, len(events)):
        e = events[i]
        verb = (e.trigger or "").lower()
        if e.event_type not in ("agreement", "other") or verb not in _SIGNED:
            continue
        at = re.search(r"\b%s\b" % re.escape(verb), low[sent.start:sent.end])
        if at is None:
            continue
        lo, hi = sent.start + at.start(), sent.start + at.end()
        before = _DECREE_BEFORE.search(low, max(sent.start, lo - 40), lo)
        after = _DECREE_AFTER.match(low, hi, sent.end)
        if before is None and after is None:
            continue
        decree_end = after.end() if after is not None else before.start() + len("decree")
        yielded = next((q for q in st.preds if q.type == "concede" and not q.negated and not q.quoted
                        and decree_end <= q.trigger.start <= decree_end + _WINDOW), None)
        if yielded is None:
            continue
        info = type_info("concede")
        cameo, plover = info.codes(e.status)
        events[i] = replace(e, event_type="concede", event_family=info.family, cameo=cameo, plover=plover,
                            trigger=yielded.trigger.text)
        for j in range(len(events) - 1, st.first - 1, -1):
            if j != i and events[j].event_type == "concede" and (events[j].trigger or "").lower() \
                    == yielded.trigger.text.lower():
                del events[j]
                break
        return  # (one decree a sentence)
