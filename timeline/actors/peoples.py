"""A people with no state of its own, as a group of the state it lives in: "Syrian Kurds", "Ethnic Kurds have long
complained of discrimination and staged violent protests against Assad".

The gold sets name such a people by the state and the people ("Syrian Kurds": events_gold_fresh4
t17-reuters-157#12, #13 "Ethnic Kurds" = Syrian Kurds; fresh11 t17-reuters-216#11). The peoples are
``resources/stateless_peoples.txt``. A people after a state's demonym ("Iraqi Kurds", "Syrian Kurds") is that
state's, wherever it stands; after "ethnic" or "the", or alone, it is the story's country's (``forces.story_country``)
only

- where a subject stands: it opens its sentence or clause or follows a conjunction or a verb of saying
  (``forces.SUBJECT_BEFORE``; not "to pacify the Kurds", "thousands of Kurds"), but not as the last of a list ("between
  Arabs and Kurds", "Christians and Kurds, as well as": "and" or "or" with no comma before it), and a verb follows
  (``govref.subject_follows``, a word, not punctuation: "Kurds (9%)");
- in a sentence that names no other state before it, by its name or by an actor of it ("In Turkey, Kurds staged
  protests", "Turkey's prime minister said Kurds staged protests": ``govref.other_state``).
"""

from __future__ import annotations

import re

from .forces import SUBJECT_BEFORE
from .gazetteer import DEMONYMS, demonym_state, phrase_alternation, word_list
from .govref import other_state, subject_follows
from .mention import ActorMention, in_text_order
from .names import canonical_key
from .scan import sentence_starts

_PEOPLES = phrase_alternation(word_list("stateless_peoples.txt"))
_PEOPLE = re.compile(r"(?<![\w'’-])(?:(?P<det>[Ee]thnic|[Tt]he)\s+|(?P<demonym>[A-Z][\w.]*[a-z])\s+)?(?P<people>%s)"
                     r"(?![\w-])" % _PEOPLES)
# (``_PEOPLE`` opens on a look-behind and an optional word, so the engine tries it at every position of the text; a
# text with none of the peoples, most, is turned away by a search that opens on their letters)
_ANY_PEOPLE = re.compile(_PEOPLES)

# a list's last member, no clause's subject ("between Arabs and Kurds", "Christians and Kurds, as well as"): "and" or
# "or" with no comma before it; a subject has a word after it, the verb, not punctuation ("Kurds (9%)")
_LISTED = re.compile(r"(?<!,)\s(?:and|or)\s+$")
_WORD_AFTER = re.compile(r"\s+[a-z]")


def stateless_peoples(text: str, mentions: list[ActorMention], story: str | None) -> list[ActorMention]:
    """``mentions`` with the peoples of ``stateless_peoples.txt`` added as groups of their states, in text order:
    the mention of a demonym before the people, if any, gives way to the group. ``story``: the story's country
    (``forces.story_country``)."""
    matches = list(_PEOPLE.finditer(text)) if _ANY_PEOPLE.search(text) else []
    if not matches:
        return mentions
    starts = None
    added, replaced = [], set()
    for match in matches:
        start, end = match.span()
        state = demonym_state(match.group("demonym"))
        if state is None:
            start = match.start("det") if match.group("det") else match.start("people")
            if not story or not SUBJECT_BEFORE.search(text, max(0, start - 40), start) \
                    or _LISTED.search(text, max(0, start - 8), start) or not _WORD_AFTER.match(text, end) \
                    or not subject_follows(text, end, False):
                continue
            starts = sentence_starts(text) if starts is None else starts
            if other_state(text, start, story, starts, mentions):
                continue
            state = story
        demonym = DEMONYMS.get(state)
        if demonym is None:
            continue
        inside = [m for m in mentions if start < m.end and m.start < end]
        if any(m.kind != "country" or m.name != state or (m.start, m.end) != (start, start + len(demonym))
               for m in inside):
            continue  # a mention other than the demonym itself: the phrase is read already
        replaced.update((m.start, m.end) for m in inside)
        name = f"{demonym} {match.group('people')}"
        added.append(ActorMention(start, end, text[start:end], name, canonical_key(name), "group", None, state,
                                  "description"))
    if not added:
        return mentions
    return in_text_order([m for m in mentions if (m.start, m.end) not in replaced] + added)
