"""An act of force told from its target's side, its agent after "from" or "by": "citizens subjected to a relentless
artillery barrage by government troops", "The mountainous borders of Kurdistan have recently been the target of air
strikes from Turkey and shelling from Iran", "a convoy ... when it came under fire from Syrian forces". The force after
"from"/"by" does the act, as "shelled by government troops" says (events_gold.md rule 20, a side named; rule 15: a
state's troops are the state; events_gold_fresh16 t17-bbc-49#1, t17-reuters-285#5, #6). No pass made it: the verb
("came under", "subjected to", "the target of") is no act, and the act noun after it is no event with no owner before it.

The agent is a state, its forces or a named armed force: a country's mention, or a mention whose head is a force noun
(``cues.FORCE_HEADS``: "the army" the story's state owns, "Syrian forces", "the Free Syrian Army", a side named, rule
20); not a person ("came under a blistering attack from the FSA commander": words), nor an armed group the text does
not name ("from 'terrorist armed groups'": no mention). A second noun joined by "and" with its own "from" ("and
shelling from Iran") is a second act. The act is an assault when its target is the defenceless (``event_cues.tsv``
``victim``: citizens, protesters, a funeral), else fighting; undated unless a day stands in the clause (then the
dating passes' act, no row here).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import opening_class
from .cues import CUES, FORCE_HEAD_END
from .nouns import right_after
from .predicates import Predicate
from .triggers import Trigger
from .undated_why import undated

_NOUNS = r"(?:fire|attacks?|shelling|bombardment|barrage|assault|air\s*strikes|strikes|raids|rocket\s+fire|gunfire)"
# the target's verb and the act's noun: "came under heavy fire", "been subjected to a relentless artillery barrage",
# "been the target of air strikes"
_UNDER = re.compile(opening_class([r"came\s+under", r"come\s+under", r"comes\s+under", r"coming\s+under", r"subjected\s+to",
                                   r"the\s+targets?\s+of", r"targets?\s+of"], r"\w") + r"\s+"  # (searched for fast)
                    r"(?:(?:an?|the|heavy|intense|renewed|sustained|fresh|relentless|daily|repeated|constant|"
                    r"indiscriminate|artillery|mortar|rocket|tank|sniper|machine-gun|government)\s+)*"
                    rf"(?P<noun>{_NOUNS})(?![\w-])")
# the agent's phrase right after the noun (a place or time adjunct may stand between: "came under fire over Maarat from")
_FROM = re.compile(r"(?:\s+(?:in|over|at|near|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:from|by)\s+(?:the\s+)?")
# a second act with its own agent: "and shelling from Iran"
_AND = re.compile(rf"\s+and\s+(?:(?:heavy|artillery|rocket|mortar)\s+)?(?P<noun>{_NOUNS})\s+(?:from|by)\s+(?:the\s+)?")
_VICTIM = re.compile(r"\b(?:%s|citizens|convoy)\b" % "|".join(sorted(CUES["victim"], key=len, reverse=True)))


def _agent(st, at: int):
    """The state or armed force (module doc) whose mention starts at ``at`` (or holds the "the " ``_FROM`` read:
    "from the army", ``nouns.right_after``), or None."""
    return next((a for a in st.sent.actors if right_after(a, at, st.low)
                 and (a.kind == "country" or FORCE_HEAD_END.search(st.low, a.start, a.end))), None)


def under_fire_rows(st) -> None:
    """The rows of such acts (module docstring); ``st`` is extract's sentence state."""
    low = st.low
    for m in _UNDER.finditer(low, st.sent.start, st.sent.end):
        if any(m.start() - 40 < d.end and d.start < m.end() + 60 for d in st.dates):
            continue  # a day in the clause: the dating passes'
        clause = low[max(st.sent.start, m.start() - 80):m.start()]
        kind = "assault" if _VICTIM.search(clause) else "military"
        noun, end = m.start("noun"), m.end()
        while True:
            by = _FROM.match(low, end)
            agent = _agent(st, by.end()) if by else None
            if agent is None:
                break
            if noun not in st.builder.trigger_starts:
                trigger = Trigger(noun, end, low[noun:end], kind, "N")
                p = Predicate(trigger, type=kind, form="verb", status="reported", start=noun, rule="under fire")
                event = st.record(p, basis=undated(), agent=agent.name)
                if event is not None:
                    st.builder.amend(event, actor1=agent.name, actor2=None, actors=(agent.name,))
            more = _AND.match(low, agent.end)
            if more is None:
                break
            noun, end = more.start("noun"), more.end("noun")
