"""The agent of a dated background phrase with no act of the lexicon: the actor a passive participle names by "by".

"Syria, a country of 20 million people run by the Baath Party since a 1963 coup", "emergency law, imposed by his Baath
Party when it took power in a coup 48 years ago": the date makes an "other" event of its own (``_date_only_events``),
and its doer is the "by" phrase's actor in the date's own comma-delimited phrase, not the main clause's subject
(President Assad; events_gold_check t17-reuters-206#12, events_gold_fresh20 t17-reuters-2#2; events_gold.md rule 2: an
agent the text names by a "by" phrase).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..cue_words import break_class
from ..actors import ActorMention

_BREAK = re.compile(break_class(r",;:()—–"))
# a past participle and "by" right before the actor ("run by the", "imposed by his", "jailed ... by the elder")
_PARTICIPLE_BY = re.compile(r"\b[a-z]+(?:ed|en|wn|un|ut)\s+(?:[a-z]+\s+){0,3}?by\s+(?:(?:the|his|her|its|their)\s+)?"
                            r"(?:[a-z]+\s+)?$")


def date_by_agent(low: str, sentence_start: int, date_start: int, actors: Sequence[ActorMention]) -> str | None:
    """The actor a passive participle names by "by" in the date's own phrase (after the last comma, colon, dash or
    bracket before the date at ``date_start``), else None."""
    breaks = [m.end() for m in _BREAK.finditer(low, sentence_start, date_start)]
    start = breaks[-1] if breaks else sentence_start
    found = None
    for a in actors:
        if start <= a.start < date_start and _PARTICIPLE_BY.search(low, max(start, a.start - 60), a.start):
            found = a.name
    return found
