"""Bare "Officials" in a story filed from the state it is about: that state's officials ("DAMASCUS (Reuters) - ... .
Officials later met Deraa notables").

An unnamed office holder who takes part in an act is the state he serves (events_gold.md rule 9 (a);
events_gold_fresh2 t17-reuters-191#19 "Officials later met Deraa notables" = Syria, in a story datelined Damascus).
Bare "officials" say nothing of whose they are, and in copy filed from Washington or a third capital they are as
often that capital's as the story's state's; so they are read as the story's country (``forces.story_country``) only

- when the story's dateline is in that country (``dateline.parse_dateline``: a capital or a country the gazetteer
  knows; a town's dateline, "DERAA, Syria", is not read);
- where a subject stands with nothing before it that qualifies it: the noun opens its sentence or clause or follows
  a conjunction (``forces.CLAUSE_OPENS``; not "U.S. officials", "senior officials", "told officials");
- before a verb (``govref.subject_follows``) that is no verb of saying: "Officials said ..." only sources a report
  (rule 9 (b)), whoever they are;
- in a sentence that names no other state before the noun, by its name or by an actor of it ("Russian envoy Sergei
  Lavrov arrived and officials met ...": ``govref.other_state``).
"""

from __future__ import annotations

import re
from typing import Callable

from ..dateline import parse_dateline
from .forces import CLAUSE_OPENS
from .gazetteer import SPEECH_VERBS, country_entry
from .govref import other_state, subject_follows
from .mention import ActorMention, in_text_order, overlaps, state_description
from .scan import sentence_starts

_OFFICIALS = re.compile(r"(?<![\w'’-])[Oo]fficials(?![\w'’-])")
# a verb of saying after the noun, past an adverb or an auxiliary ("Officials said", "officials have also told")
_SAYING = re.compile(r"\s+(?:(?:have|had|also|later|then|\w+ly)\s+)*" + SPEECH_VERBS)


def _dateline_state(text: str) -> str | None:
    """The state of the story's dateline place, when the gazetteer knows the place ("DAMASCUS (Reuters) -": Syria)."""
    dateline = parse_dateline(text)
    entry = country_entry(dateline.place) if dateline is not None else None
    return entry.name if entry is not None else None


def home_officials(text: str, mentions: list[ActorMention], story: str | None) -> list[ActorMention]:
    """``mentions`` with bare "officials" added as the story's country, ``story`` (``forces.story_country``), where
    the story is filed from it."""
    if "fficials" not in text or story is None or _dateline_state(text) != story:
        return mentions
    opens = set(sentence_starts(text))

    def subject(start: int, end: int) -> bool:
        return not _SAYING.match(text, end) and subject_follows(text, end, False) \
            and (start in opens or CLAUSE_OPENS.search(text, max(0, start - 40), start) is not None)
    return story_officials(text, mentions, story, _OFFICIALS, subject)


def story_officials(text: str, mentions: list[ActorMention], story: str, pattern: re.Pattern[str],
                    subject: Callable[[int, int], bool]) -> list[ActorMention]:
    """``mentions`` with each match of ``pattern`` that no mention overlaps, that stands as a subject (``subject``
    of its start and end) and that no other state named before it in its sentence claims (``govref.other_state``)
    added as the story's country ``story``, in text order (``home_officials``, ``govofficials``)."""
    taken = [(m.start, m.end) for m in mentions]
    starts = sentence_starts(text)
    added = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if overlaps(taken, start, end) or not subject(start, end) or other_state(text, start, story, starts, mentions):
            continue
        added.append(state_description(start, end, match.group(0), story, "officials"))
    return in_text_order(mentions + added) if added else mentions
