"""A planned call, meeting, talks, summit or visit that was called off did not happen on its day.

"The talks between the delegations, initially scheduled for Monday, have been postponed until further notice" tells
of talks that were not held on Monday; "Blinken cancelled his planned trip to Beijing" of a visit that will not take
place. Such an event stays in the chronology, as planned (``status``), with a flag that says what became of it
(``called_off: postponed``, ``called_off: cancelled``, ``called_off: not held``); its day is the one it is now planned
for ("rescheduled for June 3", "postponed until Thursday"), else the day it was planned for when the clause gives one
("initially scheduled for Monday", "Monday's talks"), else none: the day the call-off was made or reported
("called off his trip on Tuesday", a dateline) is not the day of the visit.

The verbs are data (``resources/called_off.tsv``). The event noun is the head of the verb's subject, in the passive
or with "did not take place" ("the visit, planned for May, was called off"), or its object in the active ("cancelled
his planned trip to Beijing", where the subject names who called it off). Not a call-off: a negated, possible or
wanted one ("was not postponed", "could be delayed", "threatened to cancel the talks"), a participle of a held event
("The talks, held on Monday after being postponed twice, ended"), an adjective ("the long-delayed talks"), nor the
call-off of what is no consult ("postponed the vote").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..cue_words import load_tsv
from .cues import PUNCT_BREAK
from .dating import event_date_value
from .predicates import CONSULT_TYPES
from .roles import hyphen_pair
from .triggers import event_type as type_info
from .undated_why import PLAN_WITHOUT_DAY, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Sentence, _SentenceState


def _alternation(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


_TABLE = load_tsv("called_off.tsv")
_KIND_OF = {w: kind for kind, words in _TABLE.items() for w in words}
_VERBS = _alternation([w for kind, words in _TABLE.items() if kind not in ("not held", "decided_to") for w in words])
_NOT_HELD = _alternation(_TABLE.get("not held", []))
_DECIDED_TO = re.compile(rf"\b(?:{_alternation(_TABLE.get('decided_to', []))})\s+to\s*$")
_ADVERBS = r"(?:(?:now|again|also|since|already|just|abruptly|suddenly|officially|reportedly|indefinitely|once\s+again|" \
           r"effectively|formally|quietly|hastily|twice|repeatedly)\s+)*"
# a finite passive: "have been postponed", "was cancelled", "will be put off" (not "after being", "could be", "not")
_AUX = r"(?:(?:has|have|had)\s+" + _ADVERBS + r"been|was|were|is|are|(?:is|are)\s+being|will\s+be|['’]s\s+been)"
_PASSIVE = re.compile(rf"\b{_AUX}\s+{_ADVERBS}(?P<verb>{_VERBS})\b|\b(?P<held>{_NOT_HELD})\b")
# the active verb right before its object noun phrase: "cancelled his planned trip", "called off the second round of"
_ACTIVE = re.compile(rf"\b(?P<verb>{_VERBS})\s+(?P<np>(?:[\w'’-]+\s+){{0,5}}?)$")
_NP_STOPS = frozenset("to and or after before because for until till in on at that which when while but as with by "
                      "from than not".split())
# before an active verb: an adjective ("the long-delayed talks"), a negation, a modal or an infinitive (a wish, a threat)
_NOT_ACTIVE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|not|never|to|could|may|might|would|should|"
                         r"can|cannot)|n['’]t|-)\s*$")
_ASIDE = re.compile(r",[^,]*,")
_SUBORDINATE = re.compile(r"\b(?:where|when|after|before|because|while|but|since|although|though|whereas|who|which|"
                          r"that|as|if|unless|said|says|told)\b")
# the day it is now planned for: "rescheduled for June 3", "postponed until Thursday", "pushed back to next week"
_NEW_DAY = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:to|until|till|for|into)\s+(?:the\s+|a\s+)?$")
# the day it was planned for: "initially scheduled for Monday", "planned for May"
_PLANNED_DAY = re.compile(r"\b(?:scheduled|planned|set|slated|due|expected|meant|supposed)\s+(?:to\s+(?:take\s+place|"
                          r"be\s+held|start|begin|open)\s+)?(?:for|on|in|to)?\s*(?:the\s+)?$")
# a date that modifies the noun: "Monday's talks", "the June 3 summit"
_PRENOMINAL = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$")


# what says the event went ahead after all: "was delayed by two hours", "..., but opened on Tuesday"
_WENT_AHEAD = re.compile(r"\s+by\s+(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:minutes?|hours?)\b"
                         r"|[^.;]*?\b(?:but|and|before)\s+(?:then\s+|finally\s+|eventually\s+|later\s+|only\s+)?"
                         r"(?:began|begun|opened|started|took\s+place|went\s+ahead|(?:was|were)\s+held|resumed|got\s+under\s*way)\b")


@dataclass(frozen=True, slots=True)
class CallOff:
    kind: str  # "postponed" | "cancelled" | "not held" | "moved" (postponed, when a new day follows: ``new_day``)
    start: int  # the verb's span
    end: int
    active: bool  # "X cancelled the trip" (the subject names who called it off)

    @property
    def flag(self) -> str:
        return f"called_off: {'postponed' if self.kind == 'moved' else self.kind}"


def called_off(low: str, sent_end: int, start: int, end: int, preds) -> CallOff | None:
    """Is the event noun at ``start``-``end`` called off in its clause (see the module docstring)? ``preds``: the
    sentence's predicates (no other event noun or verb may stand between the noun and a passive verb). Not when the
    clause goes on to say it went ahead ("was delayed by two hours and began at noon")."""
    off = _called_off(low, sent_end, start, end, preds)
    if off is None or _WENT_AHEAD.match(low, off.end, sent_end):
        return None
    return off


def _called_off(low: str, sent_end: int, start: int, end: int, preds) -> CallOff | None:
    m = _ACTIVE.search(low, max(0, start - 80), start)
    if m is not None and not (set(m.group("np").split()) & _NP_STOPS) \
            and (not _NOT_ACTIVE.search(low, max(0, m.start() - 12), m.start())
                 or _DECIDED_TO.search(low, max(0, m.start() - 16), m.start())):  # "decided to postpone the talks"
        verb = " ".join(m.group("verb").split())
        return CallOff(_KIND_OF[verb], m.start("verb"), m.end("verb"), True)
    m = _PASSIVE.search(low, end, min(sent_end, end + 200))
    if m is None:
        return None
    gap = low[end:m.start()]
    if re.search(r"[.;:!?\"“”()]", gap):
        return None
    rest = _ASIDE.sub(" ", gap)
    if "," in rest or len(rest) > 80 or _SUBORDINATE.search(rest):
        return None
    if any(end <= p.trigger.start < m.start() and (p.form != "noun" or p.trigger.type in CONSULT_TYPES)
           and not _inside_aside(gap, p.trigger.start - end) for p in preds):
        return None  # another event noun or verb is the subject ("the talks on a summit that was cancelled")
    if m.group("held"):
        return CallOff("not held", m.start("held"), m.end("held"), False)
    verb = " ".join(m.group("verb").split())
    return CallOff(_KIND_OF[verb], m.start("verb"), m.end("verb"), False)


def _inside_aside(gap: str, at: int) -> bool:
    return any(a.start() <= at < a.end() for a in _ASIDE.finditer(gap))


def new_day(low: str, off: CallOff, dates):
    """The date after the verb that says when it is now planned ("rescheduled for June 3"), if any."""
    return next((d for d in dates if d.start >= off.end and d.resolved and d.start - off.end <= 80
                 and _NEW_DAY.fullmatch(low, off.end, d.start)), None)


def planned_day(low: str, start: int, mention_start: int, mention_end: int) -> bool:
    """Is the date at ``mention_start`` the day the event noun at ``start`` was planned for ("initially scheduled
    for Monday", "Monday's talks"), not the day it was called off?"""
    return _PLANNED_DAY.search(low, max(0, mention_start - 60), mention_start) is not None \
        or (mention_end <= start and _PRENOMINAL.fullmatch(low, mention_end, start) is not None)


# --- the sentence pass (events/extract.py runs it after the sentence's other passes) ---------------------------

def called_off_events(st: _SentenceState) -> None:
    """A call, meeting, talks, summit or visit of the sentence that its clause says was postponed or cancelled is
    planned, flagged so, and dated by the day it is now planned for, or was planned for, or by none
    (``called_off``); one called off by a named agent ("Blinken cancelled his planned trip to Beijing"), or of named
    parties ("Lavrov's visit to Ankara has been called off", "A planned meeting between Lavrov and Blinken did not take
    place"), is the sentence's event even with no date."""
    builder, low, sent, text = st.builder, st.low, st.sent, st.text
    events = builder.events
    for p in st.preds:
        if p.type not in CONSULT_TYPES or p.reporting or p.quoted or p.negated:
            continue
        off = called_off(low, sent.end, p.trigger.start, p.trigger.end, st.preds)
        if off is None or off.kind == "moved" and new_day(low, off, st.dates) is None:
            continue  # (not "the meeting was moved to Geneva")
        verb = low[off.start:off.end]
        for i in range(len(events) - 1, st.first - 1, -1):  # "called off his trip": no concession
            if events[i].event_type == "concede" and (events[i].trigger or "").lower() == verb:
                del events[i]
        i = next((i for i in range(st.first, len(events)) if events[i].event_type in CONSULT_TYPES
                  and (events[i].trigger or "").lower() == p.trigger.text.lower()), None)
        if i is None:
            agents = _calling_agents(text, sent, off) if off.active \
                else list(dict.fromkeys(a.name for a in hyphen_pair(p, sent.actors, low, sent.start)))
            if not agents and off.active:
                continue
            event = builder.add(sent, p, None, basis=undated(), agent=agents[0] if agents else None)
            if event is None or not events or events[-1] is not event:
                continue
            i = len(events) - 1
            if len(agents) > 1 and (event.actor2 is None or not off.active):
                # "Russia and Ukraine decided to postpone the talks", "Russian-Turkish consultations on Syria": theirs
                events[i] = event = replace(event, actor2=agents[1],
                                            actors=tuple(dict.fromkeys(event.actors + tuple(agents))))
            if event.actor1 is None or not (off.active or p.owned or len(agents) > 1 or any(
                    a.name == event.actor1 and p.trigger.start <= a.start < off.start for a in sent.actors)):
                del events[i]  # "the meeting was cancelled", "Lavrov held talks ... after a visit planned for March was
                continue  # postponed": whose, the clause does not say (not "a meeting between Lavrov and Blinken")
            stop = PUNCT_BREAK.search(low, p.trigger.end, sent.end)
            inside = {a.name for a in sent.actors if p.trigger.start <= a.start < (stop.start() if stop else sent.end)}
            inside.update(agents)
            if event.actor2 is not None and event.actor2 not in inside:  # "Erdogan delayed a visit that had been set
                # for Sunday, but he has ... promised sanctions against the Syrian government": not a visit to Syria
                events[i] = event = replace(event, actor2=None, actors=tuple(
                    n for n in event.actors if n == event.actor1 or n in inside))
        e = events[i]
        new = new_day(low, off, st.dates)
        if new is None and e.date_basis != "explicit":  # "Russian-Turkish consultations, which were scheduled for
            # Tuesday, have been postponed": the day it was planned for, between the noun and the verb, no event's yet
            new = next((d for d in st.dates if d.resolved and p.trigger.end <= d.start < off.start
                        and planned_day(low, p.trigger.start, d.start, d.end)), None)
        if new is not None:
            for j in range(len(events) - 1, st.first - 1, -1):  # the new day made no event of its own
                if j != i and events[j].event_type == "other" and events[j].date_char_start == new.start:
                    del events[j]
                    i -= j < i
            dating = dict(event_date=event_date_value(new), date_start=new.date_start, date_end=new.date_end,
                          precision=new.precision, date_text=text[new.start:new.end], date_basis="explicit",
                          date_char_start=new.start, date_char_end=new.end, date_rule=new.rule)
        elif e.date_basis == "explicit" and e.date_char_start is not None \
                and planned_day(low, p.trigger.start, e.date_char_start, e.date_char_end):
            dating = {}  # "initially scheduled for Monday", "Monday's talks": the day it was planned for
        else:
            dating = PLAN_WITHOUT_DAY
        cameo, plover = type_info(e.event_type).codes("planned")
        events[i] = replace(e, status="planned", cameo=cameo, plover=plover,
                            flags=tuple(dict.fromkeys(e.flags + (off.flag,))), **dating)
        if builder.last_consult is e:
            builder.last_consult = None  # a call-off lends no day to the sentences after it
        if builder.last_day is not None and builder.last_day[1] is e:
            builder.last_day = None


def _calling_agents(text: str, sent: Sentence, off) -> list[str]:
    """Who called it off: the actor named right before the active verb ("Blinken cancelled", "Scholz has called
    off"), in its clause, with those coordinated before it ("Russia and Ukraine decided to postpone the talks")."""
    before = [a for a in sent.actors if a.end <= off.start and not a.placed
              and "possessive" not in a.flags and "dateline" not in a.flags]
    last = before[-1] if before else None
    if last is None or off.start - last.end > 40 or re.search(r"[,;:\"“”()]", text[last.end:off.start]):
        return []
    agents = [last]
    for a in reversed(before[:-1]):
        if not _AGENT_JOIN.fullmatch(text, a.end, agents[0].start):
            break
        agents.insert(0, a)
    return list(dict.fromkeys(a.name for a in agents))


_AGENT_JOIN = re.compile(r",?\s+and\s+|,\s+")  # "Russia and Ukraine", "Russia, Turkey and Iran"
