"""The state whose government or forces the text has just named: the antecedent of a bare "the government", "the
army", "security forces" where the story's country cannot settle it.

Syria coverage often names another state as often as Syria (Turkey's border, Lebanon's, Russia's diplomacy), so it has
no story country (``forces.story_country``) or the wrong one, and its bare state nouns were left unnamed or given to
that other state ("Human rights groups ... say more than 7,000 people have been killed by Syrian security forces ... .
The government says at least 2,000 members of the security forces have been killed": Syria's, not Russia's in a story
of Russia's diplomacy). A definite bare noun takes up the state body named just before it: the state of a mention of a
state's government or forces ("Syrian security forces", "the Syrian government", "Assad's forces", "government
troops" read as a state already) in its own sentence before it or in the sentence before, when those name the body of
one state only. Only a body counts, not a state's name, a person or officials: a place ("in Syria"), a leader
("Russian President Vladimir Putin said ... . The government") or a foreign state commenting ("Turkey condemned ...")
is not an antecedent.
"""

from __future__ import annotations

from bisect import bisect_right

from ..cue_words import load_tsv
from .gazetteer import rows, word_list
from .mention import ActorMention

# the nouns of a state's body: its forces (resources/force_nouns.txt, bare "forces" and "loyalists") and its
# government (resources/government_nouns.csv, event_cues.tsv's government_owned)
_FORCES = frozenset({p.lower().removeprefix("the ") for p in word_list("force_nouns.txt")} | {"forces", "loyalists"})
_GOVERNMENT = frozenset({r["noun"].lower() for r in rows("government_nouns.csv")}
                        | set(load_tsv("event_cues.tsv")["government_owned"]))


def body_state(m: ActorMention, forces_only: bool = False) -> str | None:
    """The state whose forces (or, unless ``forces_only``, government) ``m`` names, if it names one."""
    if m.kind != "country" or not m.name or "unresolved" in m.flags:
        return None
    role = (m.role or "").lower()
    if "forces" in m.flags or role in _FORCES:
        return m.name
    if not forces_only and role in _GOVERNMENT:
        return m.name
    return None


def named_body(start: int, starts: list[int], mentions: list[ActorMention], forces_only: bool = False) -> str | None:
    """The one state whose body (``body_state``) the mentions name in the sentence of ``start`` before it or in the
    sentence before; None when they name none or the bodies of two states. ``starts``: the sentences' starts."""
    i = bisect_right(starts, start) - 1
    begin = starts[i - 1] if i >= 1 else 0
    states = {body_state(m, forces_only) for m in mentions if begin <= m.start and m.end <= start}
    states.discard(None)
    return states.pop() if len(states) == 1 else None
