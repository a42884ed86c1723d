"""A force the noun "government" owns, with an article or adjectives before it: "an armored government force stormed
an area northwest of Hama".

"government forces" standing bare are the story's country's (``forces.story_forces``); an article and adjectives
before the phrase ("an armored government force", "a large government convoy") stop that reading, which has to
leave "some 400 troops", "rebel soldiers" unowned. With "government" in the phrase the owner is named all the same:
the story's state (events_gold_fresh4 t17-reuters-282#2 "an armored government force stormed" = Syria), as a bare
"the government" is (``govref``). Read only

- with "a", "an" or "the" and at most two lower-case words before "government" that are no other owner ("rebel",
  "opposition", "local", "provincial": ``_NOT_THE_STATE``), and "government" no half of "anti-government" or
  "pro-government";
- where a subject or a passive's agent stands: the article opens its sentence or clause or follows a conjunction, a
  subordinator, a verb of saying, or "by" or "from" ("The village was attacked by a government convoy", as the gold
  reads "reprisal raids from the government forces" as Syria's: events_gold_fresh11 t17-bbc-185#16;
  ``forces.SUBJECT_BEFORE``), and a verb or punctuation follows the noun (``govref.subject_follows``);
- in a sentence that names no other state before it, by its name or by an actor of it ("In Yemen, a government
  force stormed ...", "Yemen's president said a government force stormed ...": ``govref.other_state``).
"""

from __future__ import annotations

import re

from .forces import SUBJECT_BEFORE
from .govref import other_state, subject_follows
from .mention import ActorMention, in_text_order, overlaps, state_description
from .scan import sentence_starts

_NOT_THE_STATE = frozenset({"rebel", "opposition", "local", "provincial", "regional", "municipal", "former"})
_NOUNS = r"forces?|troops|soldiers|units?|column|convoy"
_FORCE = re.compile(r"(?<![\w-])(?P<det>[Aa]n?|[Tt]he)\s+(?P<adjs>(?:[a-z]+\s+){0,2})government\s+"
                    rf"(?P<noun>{_NOUNS})(?![\w-])")
# (``_FORCE`` opens on a look-behind, tried at every position of the text; its tail opens on a literal, found fast, and
# turns away the many texts with "government" but no government force)
_FORCE_TAIL = re.compile(rf"government\s+(?:{_NOUNS})(?![\w-])")


def government_forces(text: str, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``mentions`` with the forces "government" owns after an article or adjectives added as the story's state,
    ``country`` (``forces.story_country``)."""
    if country is None or not _FORCE_TAIL.search(text):
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    starts = None
    added = []
    for match in _FORCE.finditer(text):
        start, end = match.span()
        if overlaps(taken, start, end) or _NOT_THE_STATE & set(match.group("adjs").split()):
            continue
        if not SUBJECT_BEFORE.search(text, max(0, start - 40), start) or not subject_follows(text, end, False):
            continue
        starts = sentence_starts(text) if starts is None else starts
        if other_state(text, start, country, starts, mentions):
            continue
        added.append(state_description(start, end, match.group(0), country, match.group("noun"), ("forces",)))
    return in_text_order(mentions + added) if added else mentions
