"""What the parties of a readout's call or meeting discussed or reviewed: the call or meeting itself, no rows.

A readout retells its call or meeting point by point; "X and Y discussed Z" is the call or meeting itself, not a new
row (events_gold.md, "Type by meaning"), and so is "The two leaders reviewed Z". The extractor still made rows of
such a clause when its object named a third state ("President Biden and President Mulino also discussed their shared
concerns about ... Venezuela's July 28 election", "He also discussed the importance of a free and open Indo-Pacific,
and communicated the continued determination of the United States ...": a `talks` row of "discussed"), and of the
acts its object's words name ("discussed joint efforts to address ... including ... increased humane enforcement": a
`cooperate`; "reviewed ongoing efforts by their teams to support stability ... in the Sahel": a `support`; "discussed
a number of important regional issues including our joint commitment to prevent Iran ...": a `support`). The gold
sets give none of these (dev Macron, Xi 2021, check Mulino, blind López Obrador 2022, fresh8 Herzog) and keep, in
the same clauses, what is of its own: a meeting still to come ("discussed upcoming talks in Cairo", "their visions
for the Summit of the Americas": ``extract._coming_meeting``), an act dated by its own words, the clause's head noun
right after the verb ("discussed their continued commitment to a strong bilateral partnership", blind Ghani: a
`support`; "discussed their support for regional peace", Bahrain), and the next clause of the sentence ("..., and
agreed to have their teams follow up", "and resolved to continue every effort").

So in a readout (its title opens with "Readout"), an event not dated by its own words is dropped when its trigger is
the verb "discussed" / "reviewed" of the sentence's main clause (a `talks` or `meeting` row), or lies in that verb's
object, past its first three words and before the next clause ("and" with a verb of a readout's point after at most
six words, a semicolon, or the sentence's end), unless it is of the consult family (a call, meeting, talks, summit or
visit the object names).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import phrase_alternation
from ..model import Event
from .cues import CUES
from .predicates import CONSULT_TYPES

_TOPIC_VERB = re.compile(r"\b(?:also\s+|further\s+|again\s+)?(?:discussed|reviewed)\b")
# a clause that opens the sentence: its subject, with no subordinating word ("in Bali where they discussed")
_SUBORDINATE = re.compile(r"\b(?:where|when|which|who|that|after|before|during|as|while)\b", re.I)
# the next clause: "and" (or ", and") then at most six words and a verb of a readout's point (the cue ``readout_next``)
_NEXT = re.compile(r"(?:,?\s+and\s+|;\s*)(?:[\w.’'-]+\s+){0,6}?(?:also\s+)?(?:%s)\b|;"
                   % phrase_alternation(CUES["readout_next"]))


def is_readout(title: str | None) -> bool:
    """Is the article a readout: does its title open with "Readout" ("Readout of President Biden's Call with ...")?"""
    return (title or "").lower().startswith("readout")


def readout_topics(events: list[Event], title: str | None) -> list[Event]:
    """``events`` of a readout without the rows of what its parties discussed or reviewed (module docstring)."""
    if not is_readout(title):
        return events
    return [e for e in events if not _discussed(e)]


def _discussed(e: Event) -> bool:
    if e.date_basis == "explicit" or e.trigger_char_start is None:
        return False
    at = e.trigger_offset()
    s = e.sentence
    verb = next((m for m in _TOPIC_VERB.finditer(s) if m.start() <= at), None)
    if verb is None or _SUBORDINATE.search(s, 0, verb.start()) or "," in s[:verb.start()]:
        return False  # (not "Building on the November 2022 meeting in Bali where they discussed ...")
    head = s[verb.start():verb.end()].split()[-1]
    if at == verb.end() - len(head):
        return e.event_type in ("talks", "meeting")  # "discussed" itself: the call or meeting told again
    if e.event_type in CONSULT_TYPES or at < verb.end():
        return False
    nxt = _NEXT.search(s, verb.end())
    if nxt is not None and nxt.start() < at:
        return False  # "..., and agreed to have their teams follow up": a clause of its own
    return len(s[verb.end():at].split()) > 3  # (not "discussed their continued commitment": the clause's head)
