"""A joint statement's declared joint resolve, told by an adjective or a noun instead of a point verb: "We are
determined to align our collective efforts", "We are resolute in our determination to uphold regional security", "We
are united in our resolve to disrupt the illicit production ... of synthetic opioids", "We are unified in our intent to
ensure that no such egregious acts are ever perpetrated again", "We stand together in continuing to protect our
businesses ... from unfair trade practices", "The United States and Canada remain committed partners in advancing the
principles of the Declaration".

The development sets read a resolve to joint work as "we are committed to" is read (events_gold.md rule 7 (b);
fresh15 Trudeau #64, #68, fresh19 Camp David #2, fresh27 TTC #5): the authors' `cooperate` of the statement's day, the
other author its counterpart. The verb after "to" is often of no type ("align", "disrupt", "protect"), so the sentence
had no row. A resolve to a cause ("to uphold regional security", "to ensure", "to defend our shared values": the
``committed_cause`` words) gives no row here: the sets disagree (fresh19 #18, #73 code `support` with no counterpart,
fresh13 von der Leyen gives "we are united in our resolve to defend our shared values" no row, and
``shared_stances.jsonl`` pins that). Only in a joint statement of two or more authors, for a sentence with no row whose
clause opens with the authors (``joint_plans.authors_at``); not a negated or conditional resolve, and not the resolve of
one party ("Assad is determined to stay in office": no authors).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CONDITION, CUES
from .joint_plans import authors_at
from .predicates import Predicate
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_ADVERBS = r"(?:(?:also|all|both|jointly|again|firmly|fully|equally|now|further|collectively|steadfastly)\s+)*"
_OWN = r"(?:our|their)\s+(?:(?:shared|common|joint|firm|collective)\s+)?"
# the resolve after the authors, up to the first verb of what they resolve to do ("continuing to" keeps it going on)
_RESOLVE = re.compile(
    r"\s+" + _ADVERBS + r"(?P<resolve>(?:are|remain)\s+" + _ADVERBS
    + r"(?:determined\s+to|resolved\s+to|resolute\s+in\s+" + _OWN + r"(?:determination|resolve)\s+to"
    r"|(?:united|unified)\s+in\s+" + _OWN + r"(?:resolve|determination|intent|intention)\s+to"
    r"|committed\s+partners\s+in)"
    r"|stand\s+(?:together|united|side\s+by\s+side)\s+in)\s+(?:continuing\s+to\s+)?(?P<verb>[a-z]+)\b")
# a resolve to a cause, not joint work (predicates' ``committed_cause``: "to uphold regional security", "to ensure")
_CAUSE = frozenset(CUES["committed_cause"])


def joint_resolve(st: _SentenceState) -> None:
    """The joint statement authors' declared resolve to joint work of a sentence with no row (module doc): `cooperate`
    with the other author, of the statement's day."""
    builder, sent, low = st.builder, st.sent, st.low
    if len(builder.signatories) < 2 or st.heading or st.made or len(builder.events) > st.first:
        return
    found = authors_at(st, _RESOLVE)
    if found is None or CONDITION.search(low, sent.start, sent.end):
        return
    actors, m = found
    if m.group("verb") in _CAUSE:
        return  # (a cause, not joint work: the sets disagree, module doc)
    kind = "cooperate"
    start, end = m.span("resolve")
    trigger = Trigger(start, end, builder.text[start:end], kind, "V")
    p = Predicate(trigger, kind, "verb", "reported", start, rule="joint resolve")
    # (a declaration of the statement's day, as a point is: not a stance going on, "are" notwithstanding)
    event = st.record(p, **st.on_day("report"), agent=actors[0], claim=False)
    if event is not None:
        builder.amend(event, actor1=actors[0], actor2=actors[1], actors=tuple(dict.fromkeys(actors)))
