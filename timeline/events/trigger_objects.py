"""The counterpart a verb trigger spans: a trigger read with gap words holds the act's object ("accepted the Arab
League plan", "handed the U.N. Security Council a draft resolution", "providing the Syrian government with
sophisticated surveillance equipment"), so the party it names lies inside the trigger, where the roles reader, which
looks for the counterpart after the predicate, does not see it (target39's census of DEV rows whose gold counterpart
the sentence names and the system missed: events_gold_fresh28 t17-bbc-115#12, fresh3 t17-reuters-322#3, fresh
t17-reuters-190#15).

Asked only when no counterpart is read after the trigger (the object's owner is no counterpart when another party
follows: "noted U.S. concerns over Turkey's possession of the S-400": Turkey), and never for the agent's own side
("raised U.S. objections", "reinforced the United States' commitment": the speaker's state), a pronoun ("escalating his
attacks": the agent's own) or a place. The types whose spanned actors have readers of their own are left to them (an
envoy summoned: ``roles``' sanction reading; a guest welcomed; a place visited; the consult family's partners).
"""

from __future__ import annotations

from ..actors import ActorMention
from ..actors.people import own_state
from .predicates import Predicate

# types whose verb triggers' spanned actors other readers place (``roles._roles``, ``travel``, the consult family)
_OWN_READERS = frozenset({"sanction", "meeting", "visit", "call", "talks", "summit", "cooperate"})


def spanned_counterpart(p: Predicate, parties: list[ActorMention], agents: list[ActorMention]) -> list[ActorMention]:
    """The first party ``p``'s verb trigger names past its verb that is not the agents' own side, as a one-item list;
    else empty."""
    if p.form != "verb" or p.type in _OWN_READERS or " " not in p.trigger.text:
        return []
    own = {a.key for a in agents} | {a.name for a in agents}
    for a in agents:
        own |= {a.country, own_state(a)} - {None}
    verb_end = p.trigger.start + len(p.trigger.text.split()[0])
    for a in parties:
        if verb_end < a.start and a.end <= p.end and a.basis != "pronoun" and not a.placed \
                and a.key not in own and a.name not in own and (a.country is None or a.kind == "country"
                                                                 or a.country not in own):
            return [a]
    return []
