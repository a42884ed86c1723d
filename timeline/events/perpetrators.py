"""A saying whose reported clause puts a named party behind a harm in the passive: an accusation.

"\"All the bombings ... are perpetrated by the regime,\" he says" (t17-bbc-79, Nawaf Fares), "said the attack was
carried out by Hezbollah", "said the killings had been ordered by Assad": the clause's own verb group says who did a harm
(``behind_harm``: killings, bombings, attacks, violence ...), as "the regime was behind the bombings" does
(``speech._BEHIND_HARM``, the active twin), so it charges that party, and the saying is ``accuse`` (events_gold.md,
the speech rule: type by meaning; fresh16 bbc-292#1 "the policy of repression carried out by the regime" is charged in
an accusation). The agent is a named actor, or a party named "the regime" (``disowning_name``), right after "by".

Not a charge: a plain verb of force ("120 security personnel were killed by \"armed gangs\"", "shots were fired by
security forces": a report, rule 18, left to ``enemy_label`` and ``charged_force``); a reduced relative, which names the
doer in passing without asserting it ("Any violence committed by opposition forces will harm the movement"); a negated
or denied verb group ("were not carried out by the army"); an open question ("whether the attack was carried out by");
the speaker's own side ("Syria said the raid was carried out by its forces": a claim) — the caller checks the side.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CUES, phrase_alternation, phrases

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention

_HARM = phrases("behind_harm")
# the clause's own passive verb group: an auxiliary, at most two adverbs, the verb, "by" (a denial among the adverbs is
# read apart: ``_NEGATED``)
_PASSIVE_BY = re.compile(r"(?<![\w'’])(?:is|are|was|were|been|being)\s+((?:[a-z]+['’]?[a-z]*\s+){0,2}?)(?:%s)\s+by\s+"
                         % phrase_alternation(CUES["perpetrator_verb"]))
_NEGATED = re.compile(r"\b(?:not|never|n['’]t|hardly)\b")
_DISOWNED = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:%s)\b" % phrase_alternation(CUES["disowning_name"]))
_OPEN = re.compile(r"\b(?:whether|if|any|anyone|whoever)\b")


def perpetrators(low: str, content: tuple[int, int], actors: list[ActorMention]) -> list[ActorMention | None]:
    """The parties the reported clause ``content`` puts behind a harm in the passive (module doc): each a named actor
    right after "by", or None for a party named "the regime"; empty when the clause names no perpetrator."""
    if "?" in low[content[0]:content[1]]:
        return []  # a question charges no one
    found: list[ActorMention | None] = []
    for m in _PASSIVE_BY.finditer(low, *content):
        if _HARM.search(low, content[0], m.start()) is None or _NEGATED.search(m.group(1)) or _OPEN.search(low, content[0], m.start()):
            continue
        agent = [a for a in actors if m.end() <= a.start <= m.end() + 4 and a.end <= content[1]]
        if agent:
            found.append(agent[0])
        elif _DISOWNED.match(low, m.end()):
            found.append(None)
    return found
