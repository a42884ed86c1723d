"""A saying told in a temporal clause is the named speaker's statement: "Fears ... are growing after a week when the
government said over 120 servicemen were killed", "The troop movements, after the government reported the loss of over
120 men ..., has raised fears", "He was speaking after Damascus said they would not be deployed", "A number of
civilians were killed on Thursday, activists said, while the government said a bomb attack had killed one soldier".

A reporting verb inside a subordinate clause frames nothing (``speech.frame_and_content``), and its subject is not
the sentence's, so no pass made it a row; but a named party's saying is a row of its own (events_gold.md rule 18;
fresh t17-reuters-190#7, fresh16 t17-reuters-27#1, fresh14 t17-bbc-195#2). Read only right after "after", "when",
"while" or "before", with the speaker named right before the verb (a name or a description, not a pronoun; "the"
allowed before it); not after "since" ("since the Arab League said on November 2 that Damascus had accepted a plan":
the start of a span, the League the source of the acceptance only, fresh4 t17-reuters-301#2). "after", "before" and
"when" tell a saying before or after the main clause's time: of the story's day when the main clause tells a past act ("He was speaking after Damascus said": fresh14 bbc-195#2), else undated
("The troop movements, after the government reported ..., has raised fears", "Fears ... are growing after a week when
the government said": the perfect or present tells no day); "while" one beside the main clause, of its day. Run by
``extract._sentence_events`` after ``with_saying``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..cue_words import run_class
from ..temporal.direction import PRESENT_VERBS, past_form
from .contingent_force import contingent_force
from .predicates import Predicate
from .triggers import Trigger
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# (a lookahead, so that each subordinator is tried: "after a week when the government said")
_CLAUSE_SAYING = re.compile(r"(?<![\w'’-])(?=(?P<sub>after|when|while|before)\s+(?P<who>" + run_class(r",;:()\"“”") +
                            r"{2,60}?)\s+"
                            r"(?:(?:also|had|has|later|first|earlier)\s+)?"
                            r"(?P<verb>said|says|reported|reports|announced|stated|declared)(?![\w-]))")


def clause_sayings(st: _SentenceState, is_event: Callable) -> None:
    """Add the statement of a named speaker whose saying a temporal clause of the sentence tells (see the module)."""
    if st.heading:
        return
    sent, low = st.sent, st.low
    for m in _CLAUSE_SAYING.finditer(low, sent.start, sent.end):
        start, end = m.start("verb"), m.end("verb")
        if st.taken(start):
            continue  # (a pass before made the saying a row)
        speaker = named_speaker(sent, low, m.start("who"), m.end("who"))
        if speaker is None:
            continue  # no one named right before the verb ("when residents said", "after he said", "when troops of X")
        trigger = Trigger(start, end, st.text[start:end], "statement", "R")
        # (what is said may hold force for a contingency: "after Damascus said they would not be deployed inside Syria
        # but would be against foreign attack", a threat, fresh14 t17-bbc-195#2: ``contingent_force``)
        kind = "threaten" if contingent_force(low, end, sent.end) else "statement"
        p = Predicate(trigger, kind, "verb", "reported", start, rule="clause saying")
        if not is_event(p, sent, st.builder, speaker.name):
            continue
        on_day = st.on_day("report") if m.group("sub") == "while" or past_main(low, sent.start, m.start()) \
            else {"mention": None, "basis": undated()}
        event = st.record(p, **on_day, agent=speaker.name)
        st.builder.amend(event, actor1=speaker.name, actor2=None, actors=(speaker.name,))


def named_speaker(sent, low: str, start: int, end: int):
    """The actor that ``low[start:end]``, the words right before a saying verb, names as its speaker: a name or a
    description that ends there, "the" allowed before it, not a pronoun or a place; else None."""
    who = [a for a in sent.actors if start <= a.start and a.end <= end]
    if not who or who[-1].end != end or who[-1].placed or who[-1].basis == "pronoun" \
            or low[start:who[-1].start].strip() not in ("", "the"):
        return None
    return who[-1]


# the main clause before the subordinator tells a past act: a past verb ("was speaking", "walked out", "took to the
# streets": ``direction.past_form``, which knows the irregular pasts and the "-ed" words that are none, "armed men"), no
# auxiliary of the perfect or a modal, and no present verb ("has raised", "are growing", "continues")
_WORD = re.compile(r"[a-z]+(?:['\u2019][a-z]+)?")
_NOT_PAST = PRESENT_VERBS | {"has", "have", "had", "is", "are", "am", "will", "would", "may", "might", "can", "could"}


def past_main(low: str, start: int, end: int) -> bool:
    """Does ``low[start:end]``, the sentence before its temporal clause, tell a past act ("He was speaking")?"""
    words = _WORD.findall(low, start, end)
    return not _NOT_PAST.intersection(words) and any(past_form(w) for w in words)
