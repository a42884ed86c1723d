"""A toll of a state's forces told inside a source's figure, with no verb of killing: "In February, the Syrian
government put the death toll at 3,838 - 2,493 civilians and 1,345 security forces personnel", "Syrian rights groups
put the overall death toll in Syria at 1,297 civilians and 340 security force members". The gold sets code the toll of a
state's forces as its military row with no agent (events_gold.md rule 20: "Tolls of a state's forces ... are military
with the state as actor2"; events_gold_fresh17 t17-bbc-75#29, fresh15 t17-bbc-199#24), as the passive "at least 2,000
members of the security forces have been killed" already gives (``agentless.agentless_act``), undated: the killings
are summed over months, and the figure's date ("In February") is the saying's (rule 20's note).

Only the figure a "put the toll at" phrase gives: the count and its force noun after "at" in the same clause. Not a
tally of people that includes the forces ("the government reported that 6,947 Syrians had died, including ... 2,566
security forces personnel": a count of Syrians with a perfect verb is a tally, no act; events_gold_fresh14 t17-bbc-195#21
has the statement alone), nor the civilians of the figure (rule 20: no side named).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import opening_first
from .predicates import Predicate
from .triggers import Trigger
from .undated_why import TOLL, undated

# the source's figure: "put the death toll at", "puts the overall death toll in Syria at", "putting the toll at", and a
# toll whose place and span run longer before "at": "put the death toll in and around Deraa in the past week at 55" (audit
# t17-reuters-97), "put the toll among soldiers and police since March at" (searched for fast: "\b(?:put|puts|putting)\s+
# ..."). Up to ten plain words after the toll's preposition: no punctuation (no sentence or clause end) and no second
# verb ("put the toll higher and said at least 300 soldiers ...": "at" opens the other verb's adjunct, not the figure)
_STRETCH_VERB = (r"(?:said|says|say|told|tells|added|adds|reported|reports|estimated|estimates|is|are|was|were|has|have|"
                 r"had|will|would|could|may|might|did|does|who|which|that|while|but)")
_TOLL = re.compile(opening_first("put", 3, r"\w") + r"(?:|s|ting)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<toll>toll)\s+"
                   r"(?:(?:in|from|of|among|since|over|during|for)\s+(?:(?!%s\s)[\w'’-]+\s+){1,10}?)?at\s+" % _STRETCH_VERB)
# a count of the state's forces in the figure: "1,345 security forces personnel", "340 security force members", "at least
# 500 soldiers and police", "1,100 members of the security forces" (the forces' own words, no owner: the story's state's)
_FORCES = re.compile(r"(?<![\w,])(?:\d[\d,]*|hundreds|thousands|dozens)\s+(?:of\s+)?(?:members\s+of\s+the\s+)?"
                     r"(?:security\s+forces?(?:\s+(?:personnel|members))?|security\s+personnel|soldiers|troops|servicemen|"
                     r"police(?:men)?|army\s+personnel)(?:\s+and\s+(?:police(?:men)?|soldiers))?(?![\w-])")
# the figure's clause ends at a stop or a new clause ("..., and added that")
_CLAUSE_END = re.compile(r"[;.!?]|\s(?:and|but)\s+(?:said|says|added|told)\b|,\s+(?:while|but|and)\s")


def forces_toll_rows(st) -> None:
    """The military rows of a state's forces counted in a "put the toll at" figure (module docstring); ``st`` is
    extract's sentence state: the story's state, whose forces they are, is the counterpart; no agent; undated."""
    low = st.low
    for m in _TOLL.finditer(low, st.sent.start, st.sent.end):
        stop = _CLAUSE_END.search(low, m.end(), st.sent.end)
        force = _FORCES.search(low, m.end(), stop.start() if stop else st.sent.end)
        if force is None or force.start() in st.builder.trigger_starts:
            continue
        state = st.builder.story_country  # (read once an article, at its first toll)
        if state is None:
            continue
        trigger = Trigger(force.start(), force.end(), force.group(), "military", "N")
        p = Predicate(trigger, type="military", form="verb", status="reported", start=trigger.start,
                      rule="forces toll")
        event = st.record(p, basis=undated(TOLL), agent=state)
        if event is not None:
            # the row is read at the count ("1,345 security forces personnel": the victims, and a place after them is
            # the act's, "put the toll in Syria at" the figure's), but the word that makes them killed is "toll"
            st.builder.amend(event, actor1=None, actor2=state, actors=(state,), trigger="toll",
                             trigger_char_start=m.start("toll"))
