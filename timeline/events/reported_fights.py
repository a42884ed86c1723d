"""A fight told as a noun that happened, with a side named in its sentence: "There have been fresh reports of clashes
and attacks by helicopter gunships in Aleppo as the Syrian army offensive enters its fourth day", "The key battle is
now being waged for control of Aleppo, where rebel fighters have gained a strong foothold", "Fighting is intensifying
across the Syrian capital Damascus, where the military has deployed tanks and helicopters, activists say".

An undated fight noun is no event unless an agent owns it or "between" names both its sides (``fights_between``), so
the war reports of BBC and Reuters pages, which tell the day's fighting as a noun reported, raging or erupting and name
the side in a "where" or "as" clause, gave no row. The gold sets code each as a ``military`` row of the side named,
on the day told (events_gold_fresh30 t17-bbc-201#2, t17-bbc-7#1, fresh29 t17-bbc-254#1, fresh19 t17-bbc-298#6,
fresh22 t17-bbc-56#1, t17-bbc-82#2). The noun must be told as having happened: its own verb says so ("has been
reported", "erupted", "raged", "broke out", "is being waged", "intensified") or "there have been (reports of)" opens it;
a fight only feared, prevented or ended is none (``fights_between.held_off``), nor one quoted, negated or held
possible. The side is the first armed side the sentence names (rebels, fighters, troops, forces, army): agent; a
second one is the counterpart. No side named: no row (events_gold.md rule 20 reads "no side named" so).

An armed group named alone ("where rebels are trying to secure their positions", fresh30 t17-bbc-201#2, t17-bbc-7#1)
makes its row with no counterpart, as a state's forces named alone do: the gold rows give the state as counterpart, the
inference rule 2 keeps out. Held back in the twenty-ninth session while the sets named bare rebels two ways; rule 36
(thirtieth session) names them by the article (the Free Syrian Army when it names the group, else "Syrian rebels":
``actors.rebel_group``), as the extractor does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .fights_between import _FIGHT_NOUNS, held_off

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState
    from .predicates import Predicate

_NOUNS = _FIGHT_NOUNS | {"skirmishes", "firefights"}
# the noun's own verb, right after it or after a short complement ("the battle for control of the city intensifies")
_TOLD = re.compile(r"(?:\s+(?:for|in|on|around|near|across|over)\s+" + run_class(r",;.:\"“”()") + r"{1,60}?)?\s+"
                   r"(?:(?:has|have|had)\s+(?:also\s+)?been\s+reported|(?:was|were)\s+(?:also\s+)?reported|erupted|"
                   r"broke\s+out|raged|flared|(?:is|are|was|were)\s+(?:now\s+|still\s+)?being\s+waged|intensified|"
                   r"intensifies|(?:is|are)\s+(?:now\s+)?intensifying)(?![\w-])")
# "there have been (fresh) (reports of)" right before the noun
_THERE = re.compile(r"(?<![\w-])there\s+(?:has|have|had)\s+been\s+(?:(?:fresh|new|renewed|heavy|fierce|more|further|"
                    r"increasing|sporadic|intense|several|some)\s+)*(?:reports?\s+of\s+(?:(?:fresh|new|renewed|heavy|"
                    r"fierce|sporadic|intense)\s+)*)?$")
# an armed side as the sentence names it
_ARMED = re.compile(r"(?<![\w-])(?:rebels?|fighters|troops|forces|army|military|militants|insurgents|gunmen|militias?|"
                    r"militiamen|soldiers)(?![\w-])")
# a telling of the story's moment: the perfect of its report, "there have been", a battle going on
_NOW = re.compile(r"(?:has|have)\s+(?:also\s+)?been\s+reported|(?:is|are)\s+(?:now\s+|still\s+)?being\s+waged|intensifies|"
                  r"intensifying")  # ("is intensifying": ``_TOLD`` takes it with its auxiliary only)
_POSSIBLE = re.compile(r"(?<![\w-])(?:could|would|might|may|will)\s+(?:\w+\s+){0,2}$")


def reported_fight(q: Predicate, low: str, floor: int) -> str | None:
    """How the fight noun ``q`` is told as having happened (module doc), from ``floor``, its sentence's start: "now"
    when told as of the story's moment (``_NOW``, or "there have been"), "past" when by a past verb ("erupted",
    "raged", "were reported"), None when not told so."""
    if q.type != "military" or q.quoted or q.negated or q.status != "reported" or q.topic:
        return None
    if low[q.trigger.start:q.trigger.end].split()[0] not in _NOUNS:
        return None
    before = low[max(floor, q.trigger.start - 80):q.trigger.start]
    there = _THERE.search(before)
    told = _TOLD.match(low, q.trigger.end)
    if there is None and told is None:
        return None
    if held_off(before) or _POSSIBLE.search(before) is not None:
        return None
    now = there is not None and re.search(r"\b(?:has|have)\s+been", there.group()) is not None \
        or told is not None and _NOW.search(told.group()) is not None
    return "now" if now else "past"


def reported_fight_rows(st: _SentenceState) -> None:
    """The row of a fight noun told as having happened (``reported_fight``) in a sentence with no row of force yet,
    by the first armed side the sentence names, the second its counterpart (module doc)."""
    if st.heading or "military" in st.families or "assault" in st.families:
        return
    low, sent = st.low, st.sent
    done = st.done()
    for q in st.preds:
        told = None if q.trigger.start in done or st.taken(q.trigger.start) else reported_fight(q, low, sent.start)
        if told is None:
            continue
        sides: list[str] = []
        for a in sent.actors:
            if "dateline" in a.flags or a.name in sides or _ARMED.search(low, a.start, a.end) is None:
                continue
            sides.append(a.name)
        if not sides:
            return  # no side named: no row (rule 20)
        mention = st.dated.get(q.trigger.start)
        # (a fight told in the perfect of its report or as going on is the story's news of the day, as the gold sets code
        # it: "Fresh fighting has been reported around Damascus"; one told by a past verb takes its day as any act does)
        basis = "report" if told == "now" else st.basis(q)
        day = {"mention": mention, "basis": mention.date_basis} if mention is not None else st.on_day(basis)
        event = st.record(q, **day, agent=sides[0])
        if event is not None:
            other = sides[1] if len(sides) > 1 else None
            st.builder.amend(event, actor1=sides[0], actor2=other, actors=tuple(sides[:2]))
        return

