"""A speaker's stated place carried to the same speaker's sayings in the article.

Wire and BBC copy place a speaker once, in a frame around one saying ("Addressing a conference on Syria in Paris,
Mr Juppe said", "Speaking as she welcomed ... Nabil al-Araby, to Berlin, she said", "He was speaking at an Arab League
meeting in Cairo"), and the gold carries that place to the speaker's other sayings of the story, before the frame (the
lede: "French Foreign Minister Alain Juppe has said ...") and after it ("Mr Juppe warned ..."). Only sayings: not an
act of force, a sanction, a call (no venue) or a meeting of the speaker's (an occasion of its own); not a row that has
a place already (its sentence names another); not a row dated to another day than the frame's (a past act recalled).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .places import PLACE_NAME, known_place
from .predicates import SPEECH

if TYPE_CHECKING:
    from ..model import Event

_PLACE = PLACE_NAME
# "Speaking after talks with EU chiefs in Beijing, he said", "Addressing a conference on Syria in Paris, Mr Juppe
# said", "Speaking as she welcomed the organization's Secretary General, Nabil al-Araby, to Berlin, she said"
_OPENING_FRAME = re.compile(r"[\s\"“]*(?:Speaking|Addressing|Talking)\b(?P<frame>" + run_class(r".;:\"“”") +
                            r"{0,160}?)\b(?:in|to)\s+(?:the\s+)?"
                            + _PLACE + r"\s*,")
# "He was speaking at an Arab League meeting in Cairo": the speaker of the sentence before
_LATER_FRAME = re.compile(r"[\s\"“]*(?:He|She)\s+(?:was|had\s+been)\s+speaking\b[^.;]{0,120}?\bin\s+(?:the\s+)?"
                          + _PLACE + r"\b")
_NOT_SPEECH = re.compile(r"\b(?:phone|telephone|call|video|said|says)\b", re.I)  # "Speaking by telephone": no venue;
# "Speaking at the UN, Mr Ban said: \"... in Homs,\"": the frame ends before the saying
_QUOTED = re.compile(r"\bquoted\b")  # "The Syrians quoted Mr Davutoglu as saying": told elsewhere, by others


def _named_after(events: list[Event], sentence: str, at: int) -> list[Event]:
    """The sayings of a speaker the article names right after a frame that has no row of its own ("Addressing a
    conference on Syria in Paris, Mr Juppe said: ..."): by the speaker's last name."""
    head = sentence[at:at + 40]
    return [e for e in events if e.event_family in SPEECH and e.actor1
            and re.search(r"\b%s\b" % re.escape(e.actor1.split()[-1]), head)]


def _past_speaker(e: Event, frame: str) -> bool:
    """Does the lazy frame (before its "in/to Place") run past the saying's speaker or verb, after a comma of its own
    ("Speaking on Thursday, Mr Juppe appealed to Russia, China and India": "to Russia" is whom he appealed to, not
    where he spoke)?"""
    comma = frame.find(",")
    if comma < 0:
        return False
    tail = frame[comma:]
    words = [e.actor1.split()[-1]] + ([e.trigger] if e.trigger else [])
    return any(re.search(r"\b%s\b" % re.escape(w), tail, re.I) for w in words)


def _frames(events: list[Event], text: str, starts: list[int]) -> list[tuple[int, str, str, object]]:
    """(sentence start, speaker, place, date) for each sentence that places its speaker."""
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.char_start, []).append(e)
    out = []
    for i, start in enumerate(starts):
        sentence = text[start:starts[i + 1] if i + 1 < len(starts) else len(text)]
        m = _OPENING_FRAME.match(sentence)
        source = by_sentence.get(start, [])
        if m is not None and not any(e.event_family in SPEECH and e.actor1 for e in source):
            source = _named_after(events, sentence, m.end())
        if m is None:
            m = _LATER_FRAME.match(sentence)
            source = by_sentence.get(starts[i - 1], []) if m is not None and i > 0 else []
        if m is None or _NOT_SPEECH.search(m.group(0)) or not known_place(m.group("place")):
            continue
        sayers = [e for e in source if e.event_family in SPEECH and e.actor1
                  and not _past_speaker(e, m.groupdict().get("frame") or "")]
        if sayers:
            out.append((start, sayers[0].actor1, m.group("place"), sayers[0].date_start))
    return out


def carry_speaker_places(events: list[Event], text: str, starts: list[int]) -> list[Event]:
    """The events with each placed speaker's sayings given the place of the nearest frame that placed them."""
    frames = _frames(events, text, starts)
    if not frames:
        return events
    out = []
    for e in events:
        if e.location is None and e.actor1 and e.event_family in SPEECH and not _QUOTED.search(e.sentence):
            mine = [f for f in frames if f[1] == e.actor1 and f[3] == e.date_start]
            if mine:
                nearest = min(mine, key=lambda f: (abs(f[0] - e.char_start), f[0] > e.char_start))
                e = replace(e, location=nearest[2], location_basis="speaker")
        out.append(e)
    return out
