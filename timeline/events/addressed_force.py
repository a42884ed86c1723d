"""In a transcript, what a leader addressed as "you" does by force, or is given, is that leader's state's act or gain.

"You have inflicted major damage on Russia's fleet in the Black Sea" (Vice President Harris to President Zelenskyy,
events_gold_fresh17 #19: Ukraine), "the way you've stood and holding on in Kharkiv" (fresh10 #10: Ukraine): a leader
does not fight; the state's forces do (events_gold.md rule 15: a leader's forces or troops are the state), as a
speaker's own "we" doing a state's act is the speaker's country (``extract._parties``). Only for the force families
(military, mobilize, coerce): what "you" allowed, agreed or gave stays the person the gold sets name ("the Pemex
refinery that you allowed us to buy": Joe Biden, fresh14 #24), and so does what "you" said or backed.
"""

from __future__ import annotations

from ..actors.mention import ActorMention
from .predicates import FORCE_FAMILIES, Predicate


def addressed_state(p: Predicate, agents: list[ActorMention], speaker_countries: dict[str, str]) -> str | None:
    """The state of the one spoken to when every agent of ``p``, an act of force, is the pronoun "you" for a
    speaker of the transcript whose state is known; else None."""
    if p.family not in FORCE_FAMILIES or not agents:
        return None
    if not all(a.basis == "pronoun" and a.text.lower() == "you" for a in agents):
        return None
    names = {a.name for a in agents}
    return speaker_countries.get(names.pop()) if len(names) == 1 else None


# what is given to the one spoken to goes to their state, as what they do by force is their state's
_GIVEN_TO = FORCE_FAMILIES | {"aid"}


def addressed_counterparts(p: Predicate, counterparts: list[ActorMention], speaker_countries: dict[str, str]) -> list[str]:
    """The names of the counterparts of ``p``, the pronoun "you" or "your" for a speaker of the transcript read as
    that speaker's state when ``p`` is aid or an act of force ("Today, I'm also signing an additional package for
    $225 million to help you reconstruct the electric grid": Ukraine, events_gold_fresh10 #9); else the names as
    they are ("I'm looking forward to closely cooperating with you": the person, fresh12 #15)."""
    names = []
    for a in counterparts:
        if p.family in _GIVEN_TO and a.basis == "pronoun" and a.text.lower() in ("you", "your"):
            names.append(speaker_countries.get(a.name, a.name))
        else:
            names.append(a.name)
    return list(dict.fromkeys(names))
