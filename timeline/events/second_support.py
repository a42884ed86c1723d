"""A readout's second point of support, told in the same sentence after another point: a row of its own.

Rule 25 (events_gold.md, its readings): in a readout or joint statement, points of different kinds or to different
counterparts coordinated in one sentence are a row each; two points of one kind to one counterpart are one. The
extractor made a row of the sentence's first point and then none of a second point of support, which the lexicon
reads but the coordination passes fold into the first ("The two sides reiterated their commitment to preserving the
... territorial integrity of Syria and expressed their support for the efforts of the Special Envoy ...",
events_gold_fresh18 Jeddah #66; "We also commit to strengthening cooperation ... and reaffirm a shared commitment to
the immediate resolution of the issues of abductees", fresh19 Camp David #38; "underscored the need to strengthen and
reform the multilateral system ... and remain committed to a comprehensive UN reform agenda", fresh22 India #16;
"reiterated the United States commitment to upholding international rules ..., and reiterated the United States
commitment to the defense of the Philippines", fresh9 Marcos #8; "is committed to deepening our strategic partnership
through cooperation ... and to supporting Uzbekistan's independence", fresh11 Uzbekistan #3; "commended the efforts
... in Sudan, and expressed their satisfaction with the active role of the Quad for Sudan", fresh18 Jeddah #79).

So in a readout or joint statement (``_Builder.readout_or_joint``), after the sentence's other passes: a clause opened
by "and" (or ", and") and a verb of a readout's point, or "and to" after a commitment ("committed to X and to
supporting Y"), whose first support predicate (a ``support`` the lexicon reads: "support", "commitment", "committed
to", "satisfaction") lies within its first words and has no row, gives that support's row, when the sentence already
has a row before the clause and none inside it; the row is dropped again when a row of the sentence before it is of the
same type and counterpart (one kind to one counterpart: one row). Wire copy and transcripts are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from .cues import CUES, phrase_alternation

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the verbs that open a readout's next point, in the past (readouts) and the present (joint statements: "We ... and
# reaffirm"), and a commitment kept ("and remain committed to")
_POINT_VERBS = r"(?:%s|reaffirms?|reiterates?|affirms?|expresse?s?|underscores?|emphasi[sz]es?|stresses?|commends?|" \
               r"remains?\s+committed|remained\s+committed)" % phrase_alternation(CUES["readout_next"])
# the next point's opening: "and" (or ", and"), an adverb ("also"), a point verb; or "and to"
# after a commitment's "to" (checked by the caller)
_NEXT = re.compile(r"(?:,\s*|\s)and\s+(?:(?:also|further|again|once\s+again|jointly)\s+)?(?:(?P<verb>%s)\b|(?P<to>to)\s)"
                   % _POINT_VERBS)
# a commitment the "and to" continues: "is committed to ... and to supporting"; not "commitments to" (a party's listed
# terms: "including through commitments to not impose ... and to support adoption of ...")
_COMMITTED = re.compile(r"(?:commit|commits|committed|commitment)\s+to")
_ANY_COMMITMENT = re.compile(r"\bcommit\w*\s+to\b")
# how far into the next point its support word may lie ("expressed their support for", "reiterated the United States
# commitment to", "reaffirm a shared commitment to")
_REACH = 60
# a lower-case noun right after a name, no function word ("UN reform agenda", not "the Philippines under Article IV")
_MODIFIES = re.compile(r"\s+(?!(?:and|or|of|in|to|for|on|at|with|by|as|from|under|that|which|who|is|are|was|were|has|have|"
                       r"had|will|would|can|could|into|through|over|against|during|since|after|before|amid|"
                       r"including|its|their)\b)[a-z]")
# the end of the point's clause: the next point, a semicolon, or a participle or "including" after a comma
_CLAUSE_END = re.compile(r";|,\s+(?:and|including|[a-z]+ing)\b|\s+and\s+(?:also\s+)?(?:%s)\b" % _POINT_VERBS)
_KINDS = frozenset({"support", "cooperate"})
# "remain committed to a comprehensive UN reform agenda": a commitment to a cause, support (events_gold.md rule 7 (c)), not
# joint work ("committed to working closely with", "to deepening our cooperation": the lexicon's cooperate)
_CAUSE = re.compile(r"\s+(?:a|an|the)\s+(?![^,;.]*?\b(?:co-?operation|partnership|collaboration|coordination|dialogue)\b)")


def second_support(st: _SentenceState, is_event: Callable) -> None:
    """The row of a second point of support in a readout's or joint statement's sentence (module doc)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or not builder.readout_or_joint:
        return
    for m in _NEXT.finditer(low, sent.start, sent.end):
        rows = builder.events[st.first:]
        if not rows or not any(e.trigger_char_start is not None and e.trigger_char_start < m.start() for e in rows):
            continue  # (no first point with a row: the sentence's own passes read it)
        if m.group("to") is not None:
            last = [c.group() for c in _ANY_COMMITMENT.finditer(low, sent.start, m.start())][-1:]
            if not last or not _COMMITTED.fullmatch(last[0]):
                continue  # "and to" continues the last commitment before it, one of a party's own
        stop = _NEXT.search(low, m.end(), sent.end)
        stop = min(stop.start() if stop else sent.end, m.end() + _REACH)
        # the point's support: its first predicate past the point verb's own statement ("reaffirm", "expressed")
        q = next((p for p in st.preds if m.start() < p.trigger.start < stop and p.type != "statement"), None)
        if q is None or q.type not in _KINDS or q.negated or q.quoted or q.status != "reported" \
                or q.trigger.start in st.claimed_starts:
            continue
        if any(e.trigger_char_start is not None and m.start() <= e.trigger_char_start <= q.trigger.start for e in rows):
            continue  # the point has its row
        if m.group("verb") is not None and q.trigger.end <= m.end("verb") and not m.group("verb").startswith("remain"):
            continue  # the lexicon's own verb of support ("and welcomed", "and commended"): the coordination passes' reading
        if m.group("to") is not None and any(e.event_type == "agreement" for e in rows):
            continue  # a party's terms ("has committed to facilitate digital trade, including through commitments to not
            # impose ... and to support adoption of a permanent moratorium"): the agreement's (rule 7 (a))
        same = [e for e in rows if e.event_type == q.type]
        end = _CLAUSE_END.search(low, q.trigger.end, sent.end)
        end = end.start() if end else sent.end
        if q.type == "cooperate" and _CAUSE.match(low, q.trigger.end):
            q = replace(q, type="support", rule=f"committed to a cause {q.rule}")  # rule 7 (c)
            same = [e for e in rows if e.event_type == q.type]
        opening = low[sent.start:m.start()]
        if same and not any(q.trigger.end <= a.start < end and a.name not in {n for e in same for n in e.actors}
                            and a.name.lower()[:6] not in opening for a in sent.actors):
            continue  # one kind to one counterpart, or to one the first point names (its stem): one row ("commended the
            # Colombian people for holding free and fair elections and reaffirmed U.S. support for Colombia")
        agent = None
        if not is_event(q, sent, builder):
            # (a second verb phrase whose subject the roles do not find past the first: "The leaders ... underscored
            # ... and remain committed to": the first point's principal)
            agent = next((a.name for a in sent.actors if a.start == sent.start), None) or rows[0].actor1
            if agent is None or not is_event(q, sent, builder, agent):
                continue
        event = st.record(q, **st.on_day(st.basis(q)), agent=agent)
        builder.principal_pair(event)
        if event is not None and builder.events and builder.events[-1].trigger_char_start == q.trigger.start \
                and _attributive(st, builder.events[-1].actor2, q.trigger.end, end):
            # a name that only qualifies what is committed to ("remain committed to a comprehensive UN reform agenda"):
            # no counterpart (rule 7 (c): a cause, actor2 null)
            builder.amend(builder.events[-1], actor2=None, actors=(builder.events[-1].actor1,))


def _attributive(st: _SentenceState, name: str | None, lo: int, hi: int) -> bool:
    """Is ``name``, as the point's clause (``lo`` to ``hi``) names it, only a modifier of a noun ("a comprehensive UN
    reform agenda"): followed right away by a lower-case word that is no function word?"""
    spans = [a for a in st.sent.actors if a.name == name and lo <= a.start < hi]
    return bool(spans) and all(_MODIFIES.match(st.text, a.end) for a in spans)
