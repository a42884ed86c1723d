"""Armed forces owned by a pronoun as the subject of their act: "U.S. officials were looking for new pressure points
with Assad as his tanks poured into Deraa" (events_gold_fresh32 t17-reuters-41#6: Syria), "after his forces killed 17
more protesters" (audit t17-reuters-233). The subject search takes the nearest actor outside a prepositional phrase
("U.S. officials") and would make it the agent; but the clause's subject is "his tanks", forces whose owner the
pronoun names: the pronoun's own coreference, or the nearest person before it (in any phrase: "with Assad"). A head
of state's forces are his state (events_gold.md rule 15); no one else's ("the FSA commander said his fighters
attacked" is left as it was). Only right before the verb, with at most a verb group between ("his tanks have now
entered"), and only for acts of force; not "its troops" ("Turkey has warned Damascus, and its troops moved up": the
nearest state is not always the owner).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors.mention import state_description
from ..actors.people import listed_titles, own_state, person_key
from ..actors.title_kinds import HEAD_TITLES
from .cues import CUES, phrase_alternation
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate

# the pronoun, at most two words ("his elite armoured units"), the armed noun (``mover``), and at most a verb group
_OWNED = re.compile(r"\b(?P<pronoun>his|her)\s+(?:[\w-]+\s+){0,2}?(?:%s)\s+"
                    r"(?:(?:have|has|had|were|was|are|is|been|now|also|then|still|already|reportedly)\s+){0,3}$"
                    % phrase_alternation(CUES["mover"]))
# the titles of a state's head, whose forces are his state's (rule 15); another person's men are not
_HEADS = frozenset(t.lower() for t in HEAD_TITLES)


def pronoun_force_owner(p: Predicate, before: list[ActorMention], low: str, floor: int) -> ActorMention | None:
    """The actor whose forces, owned by "his"/"her" right before the act of force ``p``, are its subject (module
    doc): a state mention of the phrase for a person with a state, the person otherwise; None when no such phrase
    stands before ``p`` or no person precedes it in the sentence."""
    if p.family not in FORCE_FAMILIES or p.form != "verb" or p.passive:  # (military, assault, mobilize, coerce)
        return None
    m = _OWNED.search(low, max(floor, p.start - 80), p.start)
    if m is None:
        return None
    # the pronoun itself when coreference resolved it ("his": Bashar al-Assad), else the nearest person before it
    owner = next((a for a in before if a.start == m.start() and a.kind == "person"), None) or next(
        (a for a in reversed(before) if floor <= a.start and a.end <= m.start() and a.kind == "person"), None)
    if owner is None:
        return None
    titles = {t.lower() for t in listed_titles(person_key(owner.name))} | {(owner.role or "").lower()}
    if not titles & _HEADS:
        return None  # "the FSA commander said his fighters ...": a rebel's or an official's men, no state's forces
    state = own_state(owner)  # (as ``forces.leaders_forces``)
    if state is not None:
        return state_description(m.start(), m.end(), m.group(0).strip(), state, "forces")
    return owner
