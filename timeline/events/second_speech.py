"""A speech act of another kind in the second clause a saying reports: "Turkish Prime Minister Recep Tayyip Erdogan said
the incidents were a "clear violation" of its borders and that his country would "take the necessary measures" in
response" (an accusation, then a threat of the speaker's side's response), "As'aad said he did not want to see any
foreign soldiers in Syria but that the international community should provide the rebels with weapons" (a refusal, then
a demand on others).

The sentence reader types a saying by the first reading of what it reports that holds (``speech.read_sentence``), so
a second clause opened by "and that" or "but that" which asks another party to act (an obligation,
``speech.obligation``) or promises a response of the speaker's side (``speech.own_response``, events_gold.md rule 19)
was lost once the first clause had typed the row. The speech rule makes a continuation of the same speech a row of its
own when it carries another type (events_gold.md, Annotation rules, "Speech": "unless they carry another event type"),
and the gold sets code both rows (events_gold_fresh17 t17-bbc-75#23/#24, events_gold_fresh9 t17-reuters-226#20/#21).
The second row is the speaker's, of the saying's day. Not a second clause of the type a row of the sentence already has
("said Mr Assad should step down and that it was time for transition": one demand), nor one a closing frame reports
(a quotation's). Among the passes after the saying (``extract._sentence_events``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.mention import state_of
from .predicates import Predicate
from .second_report import second_that
from .speech import obligation, own_response
from .subjects import speaker as speaker_of
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "and that" / "but that" / "and also that" opening a second reported clause (not "and that is ...", where "that" is a
# subject)
_SECOND_CLAUSE = second_that(r"(?:and|but)(?:\s+also)?")


def second_speech_act(st: _SentenceState, is_event) -> None:
    """The speaker's demand or threat in a second reported clause of another type than the sentence's rows (module
    doc): an obligation laid on a party other than the speaker, or a promised response of the speaker's side."""
    builder, sent, low, reading = st.builder, st.sent, st.low, st.reading
    frame, content = st.frame, reading.content
    if frame is None or content is None or content[0] < frame.end:
        return  # an opening frame only ('"..., and that ...," he said' is a quotation's)
    seconds = list(_SECOND_CLAUSE.finditer(low, content[0], content[1]))
    if not seconds:
        return
    rows = builder.events[st.first:]
    head = next((e for e in rows if e.trigger_char_start == frame.trigger.start and e.actor1 is not None), None)
    if head is None:
        return  # (no row of the saying's own: an unnamed source's, whose acts are the rows)
    types = {e.event_type for e in rows}
    speaker = speaker_of(frame, sent.actors, low)
    for m in seconds:
        span = (m.end(), content[1])
        p = obligation(low, sent.actors, span, speaker, frame)
        if p is None:
            response = own_response(low, span, speaker)
            if response is not None:
                t = Trigger(response[0], response[1], st.text[response[0]:response[1]], "threaten", "V")
                p = Predicate(t, "threaten", "verb", "reported", response[0], rule="second clause response")
        if p is None or p.type in types:
            continue
        if is_event(p, sent, builder, head.actor1):
            mention, basis = st.day_of(head)
            event = st.record(p, mention, basis=basis, agent=head.actor1)
            if event is None:
                continue
            types.add(p.type)
            own = {head.actor1, state_of(speaker) if speaker is not None else None}
            if p.type == "threaten" and event.actor2 in own:
                # ("and that Turkey would take the necessary measures": the speaker's side responds; no target named)
                builder.amend(event, actor2=None, actors=tuple(a for a in event.actors if a != event.actor2 or a == event.actor1))
