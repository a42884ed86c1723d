"""An act the story tells twice takes the date the text gives it.

Wire copy often tells an act first with no date and dates it a sentence or two later: "Turkey's foreign minister
held his first acknowledged meeting with Syrian opposition leaders, ..." and then "Ahmed Davutoglu's discussion
with the opposition Syrian National Council Monday night, ..."; "Nabil Elaraby said on Tuesday he has visited
Syria ..." and then "Elaraby met Assad as part of a regional tour last week". The first telling took the anchor
day (``dateline``) or no day (``undated``); it is the same act as the second, so it takes the second's date
(``inferred``, flagged ``date_from_retold_act``), and so do the events that took their day from it (the acts of
its sentence dated by the meeting: "..., urging them to use peaceful means").

Kept narrow: a reported call, meeting, talks or visit (``RETOLD_KINDS``); a later telling in the same article,
at most ``REACH`` sentences on, of a compatible kind (the same type, or a meeting and talks), by the same agent
or with the same counterpart, dated by its own words to a day or a week that is not after the anchor and at
most ``dayless.NEWS_WEEK`` days before it (an older date is another, earlier meeting: "the two last met in April").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import Callable

from ..model import Event
from .basis import CONSULT
from .dayless import in_news_week
from .predicates import SPEECH

RETOLD_KINDS = {"meeting": "meet", "talks": "meet", "call": "call", "visit": "visit"}  # kind -> act it is told as
REACH = 3  # sentences
FLAG = "date_from_retold_act"


def _sentence_of(starts: list[int], e: Event) -> int:
    return bisect_right(starts, e.char_start) - 1


def _same_parties(a: Event, b: Event) -> bool:
    """The same agent, or the same counterpart with no other agent ("Davutoglu ... held his meeting with ...")."""
    if a.actor1 is not None and a.actor1 == b.actor1:
        return True
    return a.actor2 is not None and a.actor2 == b.actor2 and (
        a.actor1 is None or b.actor1 is None or a.actor1 in b.actors or b.actor1 in a.actors)


def _dates_it(first: Event, later: Event, anchor: date) -> bool:
    """Is ``later`` a dated retelling of ``first``?"""
    if later.date_basis != "explicit" or later.status != "reported" or later.date_end is None:
        return False
    if RETOLD_KINDS.get(later.event_type) != RETOLD_KINDS[first.event_type]:
        return False
    if later.precision not in ("day", "time", "week") or not in_news_week(anchor, later.date_end):
        return False
    return later.event_date != first.event_date and _same_parties(first, later)


def date_retold(events: list[Event], day_at: Callable[[int], date | None] | None, starts: list[int]) -> list[Event]:
    """``events`` of one article (in the order they were built) with every first telling of a retold act dated by
    its retelling (see the module docstring); ``starts`` are the starts of the article's sentences; ``day_at`` gives
    the story's day at a position (``_Builder.day_at``: a live entry's, else the anchor's), None with no anchor."""
    if day_at is None or not events:
        return events
    sentence = [_sentence_of(starts, e) for e in events]
    out = list(events)
    for i, first in enumerate(events):
        if first.event_type not in RETOLD_KINDS or first.status != "reported" \
                or first.date_basis not in ("dateline", "undated"):
            continue
        later = next((e for j, e in enumerate(events) if 0 < sentence[j] - sentence[i] <= REACH
                      and _dates_it(first, e, day_at(e.char_start))), None)
        if later is None:
            continue
        out[i] = _moved(out[i], later)
        if first.date_basis == "dateline":  # the acts that took their day from it (``extract``: ``last_consult``)
            for j in range(i + 1, len(events)):
                e = events[j]
                if e.event_family == CONSULT and e.date_start is not None and e.status == "reported":
                    break  # a later call or meeting lends its own day from here on
                if e.date_basis == "inferred" and e.date_rule == f"article/{first.event_type}" \
                        and e.event_date == first.event_date:
                    out[j] = _moved(out[j], later)
    return out


def _moved(e: Event, later: Event) -> Event:
    return replace(e, event_date=later.event_date, date_start=later.date_start, date_end=later.date_end,
                   precision=later.precision, date_basis="inferred", date_text=None, date_char_start=None,
                   date_char_end=None, date_rule=f"article/retold_{later.event_type}",
                   flags=tuple(dict.fromkeys(e.flags + (FLAG,))))


# the sayings a lead reports that the body may tell again: a warning, demand, accusation or rejection; not a plain
# statement, whose points a readout lists one by one ("underscored", "stressed": each a statement of its own), and a
# joint or earlier saying a new speech; not support, whose welcomes and thanks a readout lists point by point ("The
# leaders welcomed ... . The leaders expressed their appreciation for ...": two rows)
_RETOLD_SAYINGS = SPEECH - {"support", "statement"}


def lead_retold(events: list[Event], lead: int | None, starts: list[int]) -> list[Event]:
    """``events`` of one article without the second telling of the lead's saying: in the sentence right after the
    lead, the lead's speaker saying again what the lead reports, as the same kind of act on the same day ("Syria is
    slipping closer to all-out war ..., the UN peace envoy Kofi Annan has warned. Mr Annan, in Doha for a meeting with
    Arab League members, warned that ..."; "Russia's deputy foreign minister says his country 'can not support' a
    draft ... . According to the Interfax news agency, Gennady Gatilov said ... Russia could not support the text"):
    the lead reports the act and the body tells it again (the gold sets' rule for web and wire copy: no second row).
    Other acts of that sentence stay (the meeting the speaker is in Doha for)."""
    if lead is None or lead not in starts or starts.index(lead) + 1 >= len(starts):
        return events
    second = starts[starts.index(lead) + 1]
    told: dict[tuple, set] = {}  # (speaker, type, day) -> the counterparts the lead names for it (None: none named)
    for e in events:
        if e.char_start == lead and e.actor1 and e.event_date and e.status == "reported" \
                and (e.event_type in _RETOLD_SAYINGS or e.event_type == "statement"):
            told.setdefault((e.actor1, e.event_type, e.event_date), set()).add(e.actor2)
    # (an undated saying, "Tycoon X, who says ...", tells no news of a day; a statement is retold only as a warning
    # of the same danger, "Mr Annan ... warned that the conflict was developing an alarming sectarian dimension":
    # events_gold.md rule 19 folds it into the lead's statement, where another statement may say something else)
    return [e for e in events if not (e.char_start == second and e.status == "reported"
                                      and _same_target(e, told.get((e.actor1, e.event_type, e.event_date)))
                                      and (e.event_type != "statement" or (e.trigger or "").lower() in _WARNED))]


def _same_target(e: Event, targets: set | None) -> bool:
    """Can ``e`` retell one of the lead's acts, aimed at ``targets``? Unless both name a counterpart and they differ:
    "Syria accused the US of arming rebels. Damascus also accused Turkey of sheltering rebel commanders" is a second
    accusation, a row per counterpart (events_gold.md rule 25: one point per row when the counterpart differs); a
    retelling that names the lead's counterpart, or names none, or whose lead named none, is the lead's act told
    again."""
    if targets is None:
        return False
    return e.actor2 is None or None in targets or e.actor2 in targets


_WARNED = frozenset({"warned", "warns", "has warned", "warning"})
