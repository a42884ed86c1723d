"""A headline that names the lead's saying by its charge: one act, one row, typed as the headline types it.

A web story's first line runs headline, picture caption and lead together; the parts before the lead are page furniture
and give no event (``captions.first_line_furniture``, events_gold_bbc.md BBC convention 1). But a headline retells the
lead's act, and names it by what it is where the lead only says it was said: "Syria crisis: UN report condemns crackdown
on protests" over "Syrian troops ... are committing "alleged breaches of the most fundamental rights", says a UN report".
The act is one (BBC convention 5), so the lead's plain saying takes the headline's charged type (``fold_headline``).
"""

from __future__ import annotations

from .predicates import SPEECH_ACTS
from .triggers import retyped


def headline_charges(reading, actors) -> tuple[str, frozenset[str]] | None:
    """The one charged speech act (accuse, demand, reject, threaten, support) a furniture part names, affirmed and
    unquoted, with the names of the part's actors; None when it names none or more than one."""
    types = {p.type for p in reading.predicates if p.type in SPEECH_ACTS and not p.negated and not p.quoted}
    if len(types) != 1:
        return None
    return types.pop(), frozenset(a.name for a in actors)


def fold_headline(events: list, charges: list[tuple[str, frozenset[str]]], lead: int | None, lead_actors) -> list:
    """The lead's plain statement whose speaker a headline names with a charged act of speech, typed as that act ("UN
    report condemns ..." over "..., says a UN report": accuse), unless the lead already tells an act of that type by the
    speaker; a statement with no counterpart takes the first state the lead names as an actor ("Syrian troops trying to
    quash ... are committing ...": Syria), the charge's target."""
    if not charges or lead is None:
        return events
    states = [a.name for a in lead_actors if a.kind == "country" and not {"location", "dateline"} & set(a.flags)]
    out = list(events)
    for i, e in enumerate(out):
        if e.char_start != lead or e.event_type != "statement" or not e.actor1:
            continue
        for kind, names in charges:
            if e.actor1 in names and not any(o.char_start == lead and o.event_type == kind and o.actor1 == e.actor1
                                             for o in out):
                target = e.actor2 or next((n for n in states if n != e.actor1), None)
                cast = e.actors + ((target,) if target and target not in e.actors else ())
                out[i] = retyped(e, kind, actor2=target, actors=cast)
                break
    return out
