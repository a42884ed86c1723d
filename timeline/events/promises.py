"""A promise of a concrete act is that act, planned: no statement of its own.

"Assad has promised a national dialogue" tells of planned talks whose promiser is Assad; events_gold.md rule 4 codes
it as that planned row only ("dated only if the text dates the promised act"), as it codes "promised to hold a
parliamentary election in February" as the planned election. The promise stays a statement when it names no act the
sentence makes an event of ("Assad promised reforms", "promised to replace emergency law"). The verbs of promising are
a cue list (``event_cues.tsv``, ``promise_verb``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import greedy_run
from .cues import CUES

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

PROMISES = frozenset(CUES["promise_verb"])
# what a promise names: "to" and its infinitive clause up to a clause break, or a noun object of at most four words
# before its head ("promised (a national) dialogue", "promised (free parliamentary) elections")
_TO_CLAUSE = re.compile(r"\s+to\s+[a-z]" + greedy_run(r",;:.()\"“”"))
_NOUN_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,4}")


def promised_acts(st: _SentenceState) -> None:
    """Drop the statement of a verb of promising whose object is a planned event of the same promiser that the
    sentence made ("Assad has promised a national dialogue on political reforms": the planned talks; "On Sunday the
    king promised to hold talks with the opposition": the planned talks). The dated form was already read so
    (``extract._dated_promise``); this is the undated one, and the one whose date is the promise's."""
    events, low, sent = st.builder.events, st.low, st.sent
    planned = [e for e in events[st.first:] if e.status == "planned" and e.trigger and e.actor1]
    if not planned:
        return
    for i in range(len(events) - 1, st.first - 1, -1):
        e = events[i]
        if e.event_type != "statement" or (e.trigger or "").lower() not in PROMISES or e.actor1 is None:
            continue
        at = re.search(r"\b%s\b" % re.escape(e.trigger.lower()), low[sent.start:sent.end])
        if at is None:
            continue
        end = sent.start + at.end()
        to = _TO_CLAUSE.match(low, end)
        for q in planned:
            if q.actor1 != e.actor1 or q is e:
                continue
            if to is not None:
                found = low.find(q.trigger.lower(), end, to.end()) >= 0
            else:
                head = low.find(q.trigger.lower(), end, sent.end)
                found = head >= 0 and _NOUN_OBJECT.fullmatch(low, end, head) is not None
            if found:
                del events[i]
                break
