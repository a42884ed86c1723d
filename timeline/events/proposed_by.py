"""A proposal named with its proposer: "the six-point peace plan proposed by UN-Arab League envoy Kofi Annan", "the
peace plan presented by the UN and Arab League envoy, Kofi Annan", "A draft resolution presented by some 25 council
members, including ... Jordan", "a proposal put forward by Russia but rejected by the US" (audit t17-bbc-232, -279,
t17-reuters-46, t17-bbc-154).

A noun of a proposal ("plan", "proposal", "draft", "resolution", "amendments", "initiative", "roadmap") with a passive
participle of proposing after it ("proposed", "presented", "put forward", "drafted", "submitted", "tabled", "drawn up",
"circulated") and the proposer after "by" tells the proposer's act: a proposal, which has no type of its own and is a
`statement` (events_gold.md, "Known judgement calls"; events_gold_fresh13 t17-bbc-276#2, t17-reuters-46#27). The
reduced relative gives the proposal no day of its own: undated (rule 1 (c)), as the apposed rejections of
``apposed_rejections`` are. The proposer is the first actor after "by", or the person its title names ("by the UN and
Arab League envoy, Kofi Annan": Annan). One row per proposer per document: a plan named again and again ("the Annan
plan", "the peace plan proposed by Kofi Annan") is one proposal. Among the last passes of a sentence
(``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .nouns import NOUN_BY, right_after
from .undated_why import RECALLED, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the proposal noun right before the participle, with at most one word between ("a draft resolution", "the six-point
# peace plan", "a rival draft"), or before a relative clause of it, set off by a comma or dash or not ("the resolution,
# which was proposed by Saudi Arabia", "the resolution - which was drafted by France": fresh30 t17-bbc-201#17, -7#13);
# after a comma or dash, only a relative clause (the lookahead: the search ends at the participle)
_PROPOSAL = re.compile(r"(?<![\w-])(?:plans?|proposals?|drafts?|resolutions?|amendments?|initiatives?|road\s*maps?)"
                       r"(?:\s*[,–—-]\s*(?=which|that)|\s+)"
                       r"(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
                       r"(?:(?:first|originally|jointly|earlier|recently|also)\s+)?$")
_PROPOSING = re.compile(r"(?:proposed|presented|put\s+forward|drafted|submitted|tabled|drawn\s+up|circulated)$")
# between "by" and the first named actor: a few words, or a counted group and the members it includes ("by some 25
# council members, including all four Arab members (Jordan, ...": Jordan, the first named)
_BEFORE_FIRST = re.compile(run_class(r",;:()\"“”") + r"{0,30}|" + run_class(r";:\"“”") + r"{0,40},\s*including\s" +
                           run_class(r";:\"“”") + r"{0,40}")
# between an organisation and the person whose title names it ("the UN and Arab League envoy, Kofi Annan", "UN-Arab
# League envoy Kofi Annan": the person's mention holds the title)
_TITLED_AFTER = re.compile(r"\s*(?:-|–|and\s)?\s*")


def _proposer(st: _SentenceState, start: int):
    """The actor after "by" at ``start``: the first one named there, or the person titled by it (module doc). (The
    mention of "the regime" holds the "the " that ``NOUN_BY`` has read: ``nouns.right_after``.)"""
    low = st.low
    after = [a for a in st.sent.actors if (start <= a.start <= start + 90 or right_after(a, start, low)) and not a.placed]
    if not after or not (right_after(after[0], start, low) or _BEFORE_FIRST.fullmatch(low, start, after[0].start)):
        return None
    first = after[0]
    if first.kind != "person" and len(after) > 1 and after[1].kind == "person" \
            and _TITLED_AFTER.fullmatch(low, first.end, after[1].start):
        return after[1]
    return first


def proposed_by(st: _SentenceState) -> None:
    """The proposer's statement of a proposal named with its proposer (module doc)."""
    sent, low, builder = st.sent, st.low, st.builder
    for p in st.preds:
        if p.type != "statement" or p.quoted or p.negated or p.trigger.start in st.claimed_starts \
                or not _PROPOSING.search(p.trigger.text.lower()):
            continue
        if _PROPOSAL.search(low, max(sent.start, p.trigger.start - 60), p.trigger.start) is None:
            continue
        by = NOUN_BY.match(low, p.trigger.end)
        if by is None:
            continue
        agent = _proposer(st, by.end())
        if agent is None:
            continue
        if any(e.actor1 == agent.name and e.event_type == "statement" and e.date_basis in ("undated", "unresolved")
               and _PROPOSING.search((e.trigger or "").lower()) for e in builder.events):
            continue  # the same plan named again in the document: one proposal
        if st.has_row(p.family, agent.name):
            continue
        event = st.record(p, basis=undated(RECALLED), agent=agent.name)
        # the proposers are its parties, no one it names besides (the title's body, the plan's addressee)
        builder.amend(event, actor2=None, actors=tuple(dict.fromkeys([agent.name] + _co_proposers(st, agent))))


# between two proposers of one list ("Jordan, Kuwait, Qatar and Saudi Arabia) as well as non-member Tunisia")
_LISTED = re.compile(r"\s*(?:,|\))?\s*(?:and\s+|as\s+well\s+as\s+)?(?:non-member\s+)?")


def _co_proposers(st: _SentenceState, agent) -> list[str]:
    """The actors of the kind of ``agent`` listed right after it (the other members of "some 25 council members,
    including ... (Jordan, Kuwait, Qatar and Saudi Arabia) as well as non-member Tunisia")."""
    names, last = [], agent
    for a in st.sent.actors:
        if a.start < last.end:
            continue
        if a.kind != agent.kind or a.placed or not _LISTED.fullmatch(st.low, last.end, a.start):
            break
        names.append(a.name)
        last = a
    return names
