"""One act told of two actors in two coordinated clauses: "Russia vetoed the draft on Saturday, and China also vetoed
it", "Britain recognised the council in March, and France did so in April" (with a verb of its own).

``extract._coordinated_acts`` folds a second verb of a family the sentence already has a row of into that row ("condemned
the attack and denounced ...": one act said twice), unless it is an act of its own (``force_acts.own_subject_act`` for
acts of force with another verb, ``extract._another_side`` for the same subject on another counterpart). A clause with a
subject of its own that names an actor no row of that family has (not its ``actor1``, ``actor2`` or anyone of its
cast: a joint veto's co-vetoer is in the cast, the Council its ``actor2``) is that actor's act, whatever the verb: two vetoes, two votes, two recognitions, two expulsions. Not a pronoun subject ("and it
also vetoed": the same actor, or no telling which), not a subject the rows already hold ("Russia and China vetoed ...,
and China again blocked ...": China's second act is the same veto told again), not a saying (``_coordinated_acts`` has
its own test for a second speaker), not a verb in what is reported, quoted or negated.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import coordinate_subject, verb_before
from .cues import PLURAL_ANAPHORS, PRONOUNS

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from ..model import Event, Mention
    from .extract import Sentence, _Builder
    from .predicates import Predicate


def other_subject_act(builder: _Builder, q: Predicate, preds: list[Predicate], sent: Sentence, events: list[Event],
                      low: str) -> bool:
    """Is the verb ``q``, of a family ``events`` (the sentence's rows) already have a row of, the act of a coordinated
    clause whose subject names an actor none of those rows holds (the module's docstring)?"""
    if q.form != "verb" or q.embedded or q.quoted or q.topic or q.negated or q.reporting or q.family == "statement":
        return False
    same = [e for e in events if e.event_family == q.family]
    if not same:
        return False
    subject = coordinate_subject(q, preds, sent, low)
    last = subject.split()[-1] if subject else None
    if last is None or last in PRONOUNS or last in PLURAL_ANAPHORS:
        return False  # none, the shared subject, or "it" / "they": no second actor to tell apart
    earlier = verb_before(q, preds)
    if earlier is None:
        return False
    named = [a for a in sent.actors if earlier.end <= a.start and a.end <= q.start and not a.placed]
    agents = builder.parties(sent, q)[0]
    if not named or not agents or not any(a.name == agents[0] for a in named):
        return False  # the roles' subject must be the name the clause opens with
    known = {n for e in same for n in (e.actor1, e.actor2, *e.actors) if n}
    return agents[0] not in known


# a date that closes its clause: ", and" or ", but" and a name heading the next clause
_CLOSING_AND = re.compile(r"\s*,\s*(?:and|but)\s+(?:the\s+)?")


def closed_by_named_clause(low: str, mention: Mention, candidates: list[Predicate],
                           actors: list[ActorMention]) -> list[Predicate]:
    """Of ``candidates`` (the predicates ``mention`` may date), the verbs before it when it closes their clause and a
    clause with a named subject of its own follows (", and China also vetoed it": the date is the first clause's, as a
    date closing the first clause dates that clause only, ``basis.shared_date``); else ``candidates``."""
    m = _CLOSING_AND.match(low, mention.end)
    if m is None or not any(a.start == m.end() and not a.placed for a in actors):
        return candidates
    before = [p for p in candidates if p.trigger.end <= mention.start and p.form == "verb" and not p.embedded]
    return before or candidates
