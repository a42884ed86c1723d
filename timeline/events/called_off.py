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
from dataclasses import dataclass

from ..cue_words import load_tsv

CONSULT_TYPES = frozenset({"meeting", "talks", "summit", "visit", "call"})


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
