"""An agentless killing told in a relative clause after the main clause's act of force: "Security forces also opened
fire on a funeral procession for three people who were killed on Friday in the Damascus suburb of Douma" (events_gold_
fresh4 t17-reuters-157#4), "The army also continued its operation to crush dissent in the eastern city of Deir al-Zour,
where more than 60 civilians are said to have been killed since Sunday" (events_gold_fresh17 t17-bbc-173#22).

The relative clause says who the object of the main act is, or where it happened and what it cost; its date is the
clause's own ("on Friday": the earlier killings; "since Sunday": the span of the toll), so the date that claims the
killing does not make it the sentence's act of force: the main clause's act by its named agent is (events_gold.md rule
2: the agent the text names does the act), on the day the main clause gives it. The killing itself, whose agent the
clause does not name and whose victims are no named actor, gets no row (rule 20); a killing whose victim is named
("a funeral for Mashaal Tammo, who was killed on Friday") or whose agent is ("who were killed by security forces")
stays as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .adverbials import victims_killed

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from ..model import Event
    from .predicates import Predicate

# the killing's verb: a passive of killing or wounding, or "died"
_KILLING = re.compile(r"(?:killed|wounded|injured|shot\s+dead|died)$")
# the relative clause's opening, then its words up to the verb: no clause break ("people who were killed",
# "Deir al-Zour, where more than 60 civilians are said to have been killed"); not "that" (a saying's object) nor "when"
# (a clause of the same time: ``adverbials.same_time_day``)
_OPENS = re.compile(r"\b(?P<pronoun>who|whom|which|where|in\s+which|during\s+which)\s+(?P<clause>" +
                    run_class(r",;:.!?\"“”()") + r"{0,90})$")
# an agent of the killing named after it ("killed by security forces")
_BY = re.compile(r"\s+(?:on\s+\w+\s+)?by\s")


def relative_toll(p: Predicate, main: Predicate, actors: list[ActorMention], low: str) -> bool:
    """Is ``p`` a killing with no agent and no named victim, heading a relative clause after the main clause's act of
    force ``main`` (see the module docstring)?"""
    if main.form != "verb" or main.embedded or p.form != "verb" or p.trigger.start <= main.trigger.end:
        return False
    if not (p.passive or low.endswith("died", 0, p.trigger.end)) or not _KILLING.search(low, p.trigger.start, p.trigger.end):
        return False
    opening = _OPENS.search(low, main.trigger.end, p.trigger.start)
    if opening is None or _BY.match(low, p.trigger.end):
        return False
    start = opening.start()
    if opening.group("pronoun") in ("who", "whom") and any(
            main.trigger.end <= a.start < start and a.kind == "person" for a in actors):
        return False  # "the funeral of Mashaal Tammo, an opposition leader who was killed": a named victim (rule 2)
    return not any(start <= a.start < p.trigger.start and "location" not in a.flags for a in actors)


# a relative clause on a place or group after the main act, "that" included after a noun ("a town that was retaken")
_OWN_OPENS = re.compile(r"\b(?:who|whom|which|where|that)\s+(?P<clause>" + run_class(r",;:.!?\"“”()") + r"{0,60})$")


def relative_own_act(p: Predicate, main: Predicate, low: str) -> bool:
    """Is ``p`` a passive act whose agent a "by" phrase names, heading a relative clause after the main clause's act of
    force ``main`` ("troops are continuing to attack villages east of Jisr al-Shughour - a town that was retaken by the
    army at the weekend", events_gold_fresh22 t17-bbc-163#2, #3; "regained control of most areas of Damascus which had
    been captured by rebels last week")? It is another act, on its own day, by its own agent: its date does not take
    the main act's row (the agentless one, ``relative_toll``, gets none)."""
    if main.form != "verb" or p.form != "verb" or not p.passive or p.trigger.start <= main.trigger.end:
        return False
    opening = _OWN_OPENS.search(low, main.trigger.end, p.trigger.start)
    if opening is None or not _BY.match(low, p.trigger.end):
        return False
    before = low[max(main.trigger.end, opening.start() - 2):opening.start()]
    return opening.group(0).split()[0] != "that" or bool(re.search(r"[a-z]\s$", before))


def toll_type(main: Predicate, tolls: list[Predicate], low: str) -> Predicate:
    """``main`` as an assault when it is a military act whose relative clause reports civilians or other people killed
    ("stormed the town of Talbiseh, where at least 12 civilians have been killed"), as a clause of the same time does
    (``adverbials.subordinate_force_acts``); else ``main``."""
    if main.type != "military" or not any(victims_killed(low, main.trigger.end, p.trigger.end) for p in tolls):
        return main
    return replace(main, type="assault", rule="victims of the relative clause")


def drop_relative_tolls(events: list[Event], first: int, tolls: list[Predicate]) -> None:
    """Take out of the sentence's events (from ``first``) those the killings ``tolls`` made with no agent: the main
    clause's act of force is the sentence's (rule 20: no side named, no row)."""
    starts = {p.trigger.start for p in tolls}
    events[first:] = [e for e in events[first:] if not (e.trigger_char_start in starts and e.actor1 is None)]
