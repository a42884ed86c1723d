"""A bare "the opposition" is the opposition of the story's country.

Wire and BBC copy on one country's unrest name its opposition as they name its
forces and rebels, once the story is under way: "The opposition has accused the
authorities of staging some of those incidents" (fresh12 t17-bbc-249#2 codes
it Syrian opposition). The nouns are data (``resources/bare_opposition_nouns.txt``).
A noun is read where a subject stands (``forces.bare``: it opens its sentence
or clause, or follows a conjunction or a verb of saying; not "backed the
opposition", "leaders of the opposition"), and not when it is

- a modifier of a name after it ("the opposition Syrian National Council": that
  body is the actor; a weekday is none, "The opposition Tuesday accused the
  army"), nor a noun with its own complement ("the opposition to the plan",
  "the opposition in Bahrain", ``_AFTER``);
- a modifier of a noun after it ("the opposition activists said", "the
  opposition stronghold", "the opposition leader":
  ``resources/opposition_noun_heads.txt``, and the force nouns' own list that
  ``forces.bare`` tests, ``force_noun_heads.txt``; a list, as British copy gives
  the noun a plural verb in its base form, "The opposition say");
- a modifier of a meeting noun ("an opposition conference in Turkey last week",
  "the opposition meeting"): it is read there too, with no subject's place, as
  the gathering's own ("Syrian opposition" holds it: events_gold_fresh16
  t17-reuters-27#20, fresh3 t17-reuters-186#4), ``_GATHERING``;
- in a story that names the opposition of another country than the story's
  ("Yemeni opposition" in a Syria story: which one is meant is not clear);
- in a sentence that names another country before it ("Hague said that in Libya,
  there was a direct appeal for help from the opposition": Libya's), as
  ``govref`` leaves a bare government noun (``govref.other_state``), but a
  country only: a foreign speaker is no other country ("Russian Foreign Minister
  Sergei Lavrov said the opposition had rejected talks": the story's).
"""

from __future__ import annotations

import re

from ..cue_words import load_kinds
from .forces import CAPITAL_NOT_WEEKDAY, bare
from .gazetteer import DEMONYMS, opening_class, phrase_alternation, phrase_alternatives, word_list
from .govref import other_state
from .mention import ActorMention, in_text_order
from .names import canonical_key
from .scan import sentence_starts

_NOUNS = re.compile(r"%s(?![\w-])" % opening_class(phrase_alternatives(p.lower() for p in word_list("bare_opposition_nouns.txt")),
                                                   r"[\w-]"), re.I)  # ("(?<![\w-])(?:nouns)", searched for fast)
# a name the noun modifies, or a complement of its own: "the opposition Syrian National Council", "the opposition to"
# (not a weekday, the wire style of dating a subject's act: "The opposition Tuesday accused the army")
_AFTER = re.compile(r"\s+(?:%s|(?:to|within|inside|against)\b|in\b(?!\s+exile\b))" % CAPITAL_NOT_WEEKDAY)
# a noun the opposition modifies: "the opposition activists", "the opposition stronghold"; of each kind (a voice of the
# opposition's own or any other head: ``events.opposition_figures`` reads the voices)
OPPOSITION_NOUN_HEADS = load_kinds("opposition_noun_heads.txt", ("voice", "head"))
_HEAD_AFTER = re.compile(r"\s+(?:%s)(?![\w-])" % phrase_alternation(
    [noun for nouns in OPPOSITION_NOUN_HEADS.values() for noun in nouns]), re.I)

# the opposition as the modifier of a meeting noun: "an opposition conference", "the opposition meetings"
_GATHERING = re.compile(opening_class(["an?", "the"], r"[\w-]")  # ("(?<![\w-])(?:an?|the)", searched for fast: a scan of
                        # every article, under IGNORECASE, that opened on a look-behind tried at every position)
                        + r"\s+(opposition)(?=\s+(?:conferences?|meetings?|gatherings?)(?![\w-]))", re.I)


def story_opposition(text: str, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``mentions`` with the bare opposition nouns added as the story's country's opposition ("Syrian opposition");
    ``country``: the story's (``forces.story_country``)."""
    demonym = DEMONYMS.get(country) if country else None
    if demonym is None:
        return mentions
    name = f"{demonym} opposition"
    if any(m.kind == "group" and m.name.endswith(" opposition") and m.name != name for m in mentions):
        return mentions  # another country's opposition is named: which one a bare noun means is not clear
    starts = sentence_starts(text)
    added = [ActorMention(match.start(), match.end(), match.group(0), name, canonical_key(name), "group", None,
                          country, "description")
             for match, _ in bare(_NOUNS, text, mentions) if not _AFTER.match(text, match.end())
             and not _HEAD_AFTER.match(text, match.end())
             and not other_state(text, match.start(), country, starts, mentions, people=False)]
    gatherings = list(_GATHERING.finditer(text))
    taken = [(m.start, m.end) for m in mentions] if gatherings else []  # (the spans only where a gathering is named)
    added += [ActorMention(match.start(1), match.end(1), match.group(1), name, canonical_key(name), "group", None,
                           country, "description")
              for match in gatherings
              if not any(s < match.end(1) and match.start(1) < e for s, e in taken)
              and not other_state(text, match.start(), country, starts, mentions, people=False)]
    return in_text_order(mentions + added) if added else mentions
