"""A meal with named guests that a meeting of the sentence leads up to is a second meeting of the same people.

"Vice President Kamala Harris met with President Ferdinand R. Marcos Jr. ... in advance of a brunch with President
Marcos, the Second Gentleman, ...": a meeting on the first meeting's day, with no place of its own. The words that
lead up to a meal and the meal nouns are cue lists (``event_cues.tsv``, ``meal_lead``, ``meal``). Run by
``extract._sentence_events`` after the sentence's main event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors.gazetteer import opening_class, phrase_alternation, phrase_alternatives
from .basis import CONSULT
from .cues import CUES
from .predicates import Predicate
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "in advance of a brunch with", "ahead of a working dinner with": a meal with guests that the act before it leads up to
_MEAL_AFTER = re.compile(r"%s\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?P<meal>%s)\s+with\s+"  # ("\b(?:lead)\s+...": ``opening_class``)
                         % (opening_class(phrase_alternatives(CUES["meal_lead"]), r"\w"), phrase_alternation(CUES["meal"])))


def meal_after_meeting(st: _SentenceState) -> None:
    """A meal with named guests that a meeting of the sentence leads up to: "Today, Vice President Kamala Harris met with
    President Ferdinand R. Marcos Jr. at the Vice President’s Residence in advance of a brunch with President Marcos, the
    Second Gentleman, ...": a second meeting of the same people, on the meeting's day, with no place of its own (the
    gold sets code a hosted meal with named guests as a meeting: events_gold_fresh9.md Marcos #2, fresh7's Speaker's
    Lunch). The guests are the first one named after "with" other than the host; the rest of the list is the company.
    A meal with no guest named ("ahead of a state dinner at the White House") or "over dinner" is none."""
    if st.heading:
        return
    builder, sent, low = st.builder, st.sent, st.low
    m = _MEAL_AFTER.search(low, sent.start, sent.end)
    if m is None:
        return
    prior = next((e for e in reversed(builder.events[st.first:]) if e.event_family == CONSULT and e.actor1
                  and e.char_start == sent.start and e.trigger and low.find(e.trigger.lower(), sent.start) < m.start()), None)
    if prior is None or any(e.trigger_char_start == m.start("meal") for e in builder.events[st.first:]):
        return
    close = low.find(";", m.end(), sent.end)
    close = close if close >= 0 else sent.end
    guest = next((a.name for a in sent.actors if m.end() <= a.start < close and a.name != prior.actor1), None)
    if guest is None:
        return
    trigger = Trigger(m.start("meal"), m.end("meal"), low[m.start("meal"):m.end("meal")], "meeting", "N")  # ("brunch")
    p = Predicate(trigger, "meeting", "noun", prior.status, m.start(), owned=True, rule="meal after meeting")
    mention, basis = st.day_of(prior)
    # the readout's points after it are of the meeting, at its venue, not of the meal: the meal lends them no day
    event = st.record(p, mention, basis=basis, agent=prior.actor1, lends_day=False)
    builder.amend(event, actor1=prior.actor1, actor2=guest, actors=(prior.actor1, guest), location=None,
                  location_basis=None)
