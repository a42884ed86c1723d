"""What a verb of asking asks of the person it names is no act of theirs.

"Zelenskyy asked Biden to attend the peace summit on June 15" is Zelenskyy's demand; Biden's attendance is asked for,
neither done nor planned by him. Asked of an official of the asker's own state ("The President asked Vice President
Harris to attend the COP28 Leaders Summit"), it is an instruction: no demand, and what is asked is that official's
planned act. The verbs of asking are a cue list (``event_cues.tsv``, ``request_verb``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import run_class
from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .predicates import SPEECH
from .triggers import event_type as type_info
from .undated_why import PLAN_WITHOUT_DAY, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "asked Vice President Harris to attend", "urged Putin to attend": a verb of asking, its named object, "to" and the act
_REQUESTED = re.compile((r"\b(?P<verb>%s)\s+(?P<object>" + run_class(r",;:.()\"“”") + r"{1,60}?)\s+to\s+$")
                        % phrase_alternation(CUES["request_verb"]))


def requested_acts(st: _SentenceState) -> None:
    """What a verb of asking asks of the person it names ("The President asked Vice President Harris to attend the
    COP28 Leaders Summit", "Zelenskyy asked Biden to attend the peace summit on June 15") is no act of theirs: the
    asking is the demand, and no event is made of what is asked. Asked of an official of the asker's own state, it is
    an instruction: no demand, and what is asked is that official's planned act (events_gold_fresh6: "the
    instruction to his own vice president is no row; what she is to do is")."""
    builder, low, sent = st.builder, st.low, st.sent
    events = builder.events
    for q in st.preds:
        m = _REQUESTED.search(low, max(sent.start, q.start - 90), q.start)
        if m is None or q.type in SPEECH or q.type == "demand" or q.reporting:
            continue
        asked = [a for a in sent.actors if m.start("object") <= a.start and a.end <= m.end("object")
                 and not a.placed and "possessive" not in a.flags]
        verb = next((r for r in st.preds if r.trigger.start == m.start("verb") and r.type == "demand"), None)
        if not asked or verb is None:
            continue  # (a request the clause reading did not find: "asked Congress on Tuesday to approve")
        made = [i for i in range(st.first, len(events)) if events[i].event_type == q.type
                and (events[i].trigger or "").lower() == q.trigger.text.lower()]
        demand = next((i for i in range(st.first, len(events)) if events[i].event_type == "demand"
                       and (events[i].trigger or "").lower() == " ".join(m.group("verb").split())), None)
        asker = events[demand].actor1 if demand is not None else None
        one = asked[0]
        state = builder.state_of_person(one.name) if one.kind == "person" else None
        own = asker is not None and state is not None and asker != one.name and state == builder.state_of_person(asker)
        # a date between the verb and "to" is the asking's ("asked Congress on Tuesday to approve"), not the act's
        asking_day = next((d for d in st.dates if m.start("object") <= d.start < m.end()), None)
        if not own:
            for i in reversed(made):
                del events[i]  # "Zelenskyy asked Biden to attend the peace summit on June 15": Biden's attendance
                # is asked for, neither done nor planned by him
            if made and demand is None:  # the date the act took was the asking's
                builder.add(sent, verb, asking_day, basis="explicit" if asking_day else st.basis(verb))
            continue
        if not made:
            event = builder.add(sent, q, None, basis=undated(), agent=one.name)
            if event is None or not events or events[-1] is not event:
                continue
            made = [len(events) - 1]
        for i in made:
            e = events[i]
            actors = tuple(dict.fromkeys((one.name,) + tuple(n for n in e.actors if n != asker)))
            cameo, plover = type_info(e.event_type).codes("planned")
            no_day = {}
            if asking_day is not None and e.date_char_start == asking_day.start:  # "asked Blinken on Tuesday to travel"
                no_day = PLAN_WITHOUT_DAY
            events[i] = replace(e, actor1=one.name, actor2=e.actor2 if e.actor2 != one.name else None, actors=actors,
                                status="planned", cameo=cameo, plover=plover, **no_day)
        if demand is not None:
            del events[demand]  # the instruction to one's own official is no demand
