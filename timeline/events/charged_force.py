"""A saying whose content tells an act of force as wrongful: an accusation.

"\"Security forces continue to arbitrarily detain peaceful protesters ...,\" said Julie de Rivero of Human Rights
Watch", "\"The military and security forces continue to employ excessive force ... to quell peaceful demonstrations,\"
she told the council", "Navi Pillay said the veto ... had encouraged Assad's government to carry out indiscriminate
shelling of civilians", "\"Assad has taken a strategic decision to crush a non-violent movement ...,\" Abdah said": a
named speaker who tells force so charges whoever did it, and the development sets code the saying ``accuse``
(events_gold_fresh13 46#6, #25; bbc 111#5; fresh7 Abdah), the act being a row of its own. A report of force in plain
words stays a statement ("activists from the Syrian Observatory said 12 civilians were killed in security force raids",
"the official news agency said troops had arrested ..."; check, blind): the charge is in the words, not in the act.

Two ways the words charge (``event_cues.tsv``): a manner or measure of the force itself (``charged_force``:
"excessive force", "indiscriminate", "arbitrarily"), or the victims of a force predicate named by their innocence
(``innocent_victim``: "fired on peaceful protesters", "crush a non-violent movement"), right after the predicate. Not
when the words are negated, denied or avoided ("said troops had not used excessive force", "the army denied using
excessive force", "troops would avoid excessive force"), said of anyone who might use it ("any officer who used
excessive force would be punished") or inside a condition ("said anyone who used
excessive force would be punished if ..."), an open question ("it was not clear whether troops had used excessive
force", a question mark): no charge is made.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .conditions import conditions
from .cues import phrases
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from .predicates import Predicate

_CHARGED = phrases("charged_force")
_VICTIM = re.compile(r"\s+(?:(?:on|at|against|upon)\s+)?(?:(?:the|a|an|some|many|hundreds\s+of|thousands\s+of)\s+)?"
                     + phrases("innocent_victim").pattern)
# (a denial or avoidance of the force is a negation too: "denied using excessive force", "would avoid excessive force")
_NEGATED = re.compile(r"\b(?:not|never|no|n['’]t|nor|without|den(?:y|ies|ied|ying)|avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?"
                      r"\s+from|rejected|rejects|reject)\s+(?:[\w-]+\s+){0,3}$")
# a force of anyone it may be ("any officer who used excessive force would be punished"): a rule, no charge
_ANYONE_WHO = re.compile(r"\b(?:(?:any|anyone|anybody|those)\b(?:\s+[\w-]+){0,2}\s+who|whoever)\s+(?:[\w-]+\s+){0,3}$")
# ("whoever used excessive force": its own "who")
_OPEN = re.compile(r"\bwhether\b")  # "said it was not clear whether troops had used excessive force": an open question


def charges_force(low: str, content: tuple[int, int], preds: list[Predicate]) -> bool:
    """Does the reported clause ``content`` tell an act of force as wrongful (module doc)?"""
    if "?" in low[content[0]:content[1]]:
        return False  # a question charges no one
    hits = [m.start() for m in _CHARGED.finditer(low, *content)]
    hits += [p.trigger.start for p in preds
             if (p.family in FORCE_FAMILIES or p.type == "assault") and content[0] <= p.trigger.start < content[1]
             and _VICTIM.match(low, p.trigger.end, content[1])]
    if not hits:
        return False  # (the conditions are read only for a charge to weigh: most contents have none)
    spans = conditions(low, *content)
    return any(not _NEGATED.search(low, max(content[0], at - 40), at) and not any(a <= at < b for a, b in spans)
               and not _ANYONE_WHO.search(low, max(content[0], at - 60), at)
               and not _OPEN.search(low, content[0], at) for at in hits)
