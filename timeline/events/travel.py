"""Verbs of travel: is a visit trigger someone travelling, and which way?

"went to Deraa", "flew in", "has landed in Beijing", "is due in Syria" name a visit only when someone travels
(``travel_sense``): a named actor, a pronoun other than "it" or a traveller noun ("foreign dignitaries flew in");
an armed noun before the verb makes it a troop movement ("Kuwaiti naval vessels arrived in Bahrain"); anyone or
anything else no visit ("refugees arriving in Turkey", "when it comes to Palestine"). A verb said of anyone and
anything (``travel_generic``) also needs a place after it (``_names_place``: "went to Deraa"; not "came to power").
A visit that comes to where the story is filed, with no place named ("flew in from around the world", "came from
Canada"), comes hither (``travel_direction``, ``comes_hither``).

Word lists in ``event_cues.tsv`` (``travel_generic``, ``travel_specific``, ``traveller``, ``travel_skip``,
``not_traveller``, ``joined_body``, ``arrival_place``). Called from ``PredicateReader.read`` (``predicates.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import ADVERBS, AUXILIARY, BE, CUES, HAVE
from .senses import DEFECTION, MOVERS
from .triggers import DEFINED, Trigger

if TYPE_CHECKING:
    from .predicates import PredicateReader

TRAVEL_GENERIC = frozenset(CUES["travel_generic"])
TRAVEL_VERBS = TRAVEL_GENERIC | frozenset(CUES["travel_specific"])
TRAVELLERS = frozenset(CUES["traveller"])
TRAVEL_SKIP = frozenset(CUES["travel_skip"])
ARRIVAL_PLACES = frozenset(CUES["arrival_place"])
_FLYING = frozenset(CUES["flying"])
_COMING = frozenset(CUES["coming"])


def travel_direction(trigger: str) -> str | None:
    """Which way the verb of travel ``trigger`` (its text) goes, after any "has"/"have"/"be" before it: "hither" when
    it flies in, to where the story is with no place named ("flew in", "have flown in", "flew back in from around
    the world"); "from" when it names where one came from ("came from Canada", "went from", "has come here from";
    not "returned from Riyadh", which names where the visit was); else None."""
    words = trigger.split()
    while len(words) > 1 and (words[0] in HAVE or words[0] in BE):
        words = words[1:]
    if words[-1] == "in" and words[0] in _FLYING:
        return "hither"
    if words[-1] == "from" and not words[0].startswith("return"):
        return "from"
    return None


def comes_hither(trigger: str) -> bool:
    """Does the verb of travel come to where the story is filed: flying in, or coming from somewhere ("foreign
    dignitaries flew in", "came from Canada"; not "went from")? Its host is the dateline's country."""
    direction = travel_direction(trigger)
    words = [w for w in trigger.split() if w not in HAVE and w not in BE]
    return direction == "hither" or direction == "from" and words[0] in _COMING


# pronouns that stand for someone who travels ("he flew to Paris"; not "it")
_TRAVELLER_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you", "who"})


def travel_sense(reader: PredicateReader, t: Trigger) -> str | None:
    """Is a verb of travel a visit ("visit"; "traveller" when a noun with no actor travels), a troop movement
    ("mobilize") or neither (None)? Someone travels:
    a named actor, a pronoun other than "it" or a traveller noun heads the subject ("Ban Ki-moon has landed in
    Beijing", "foreign dignitaries flew in"); an armed noun moves troops ("Kuwaiti naval vessels arrived in
    Bahrain"); anyone or anything else does not visit ("refugees arriving in Turkey", "when it comes to
    Palestine"). A verb said of anyone and anything (``travel_generic``: went, came, flew, headed ...) needs both a
    traveller and a place named after it ("went to Deraa"; not "came to power", "went to the polls", "arrived at
    a decision"); "arrived in", "travelled to" only lose a subject that cannot travel."""
    first = t.text.split()[0]
    if t.type != "visit" or first not in TRAVEL_VERBS:
        return "visit"
    generic = first in TRAVEL_GENERIC or t.text.endswith(" at")
    if t.start > reader.start and reader.text[t.start].isupper():
        return None  # "the BBC's Jonathan Head in Istanbul": a name
    if generic and not _names_place(reader, t):
        return None
    if first in _LEAVING and len(t.text.split()) > 2 and not _LEFT_PLACE.fullmatch(reader.text, t.start, t.end):
        return None  # "left room for Iran", "left a message for Obama": not a place left
    tokens = reader.tokens
    i = tokens.index(t.start) - 1
    while i >= 0 and (tokens.words[i] in AUXILIARY or tokens.words[i] in BE or tokens.words[i] in TRAVEL_SKIP
                      or tokens.words[i] in ADVERBS
                      or tokens.words[i].endswith("ly") and len(tokens.words[i]) > 4):
        i -= 1
    if i >= 1 and tokens.words[i] == "," and tokens.ends[i - 1] in reader.actor_ends:
        i -= 1  # "Kofi Annan, is to travel to Moscow": the apposition's name
    fleeing = first in _FLEEING
    there = _THERE.fullmatch(t.text) is not None and not _PURPOSE_AFTER.match(reader.text, t.end, reader.end)
    # "is in Turkey", "was in Cairo": a traveller there (not "is in Moscow for talks": the purpose row's, read as any
    # visit verb is)
    if there and not _known_place_after(reader, t):
        return None  # "if he were in Mr Assad's position", "is in God's hands"
    if there and _SAID_BEFORE.search(reader.low, max(reader.start, t.start - 40), t.start):
        return None  # "Abdah said he was in Istanbul as a representative of ...": where the speaker says he was, the
        # saying's background, no visit (events_gold_fresh7 reuters-330 gives none)
    fleeing = fleeing or there  # (the same strictness: a named person, no counted crowd, no unresolved pronoun)
    if fleeing and i >= 1 and tokens.words[i] == "and" and tokens.words[i - 1] in DEFECTION:
        i -= 2  # "Col Riad al-Asaad, a Syrian officer who defected and fled to Turkey": who defected flees
        while i >= 0 and (tokens.words[i] in AUXILIARY or tokens.words[i] in BE or tokens.words[i] in ADVERBS):
            i -= 1
    if i < 0:
        return None if generic else "visit"
    word = tokens.words[i]
    if word in MOVERS:
        return None if fleeing else "mobilize"  # troops crossing into Lebanon: no visit (their movement is not read here)
    if there and any(a.end == tokens.ends[i] and a.kind == "country" for a in reader.actors):
        return None  # "How come Syria is in Lebanon": a state's presence, no visit
    if there and word in _STATIONED:
        return None  # "The UN monitors are in Syria to observe ...": a mission stationed there, no visit
        # (events_gold_fresh14 bbc-62 gives none; "A UN team is currently in Damascus to negotiate" is one)
    if fleeing and _counted(tokens, i):
        return None  # "Several thousand Syrians have fled to Turkey", "448 people crossed into Turkey": a toll of
        # refugees, no traveller (as "refugees arriving in Turkey")
    if word == "who":  # "Sheree Zielke, 55, who came from Canada", "a refugee who went to Turkey": who it is
        j = i - 1
        while j >= 0 and (tokens.words[j] == "," or tokens.words[j].isdigit()):
            j -= 1
        if j >= 0 and tokens.words[j] in _NOT_TRAVELLERS:
            return None
    if fleeing and word in _TRAVELLER_PRONOUNS and word != "who" and tokens.ends[i] not in reader.actor_ends:
        return None  # "A Syrian army soldier, he fled to Lebanon" with no one the pronoun is: no traveller named (the
        # description's country is no refugee)
    if tokens.ends[i] in reader.actor_ends or word in _TRAVELLER_PRONOUNS:
        return "visit"
    if word in TRAVELLERS or _office_of(tokens, i):
        return "traveller"  # "foreign dignitaries flew in": a visit, though no actor is named
    return None if generic or word in _NOT_TRAVELLERS else "visit"


def _office_of(tokens, i: int) -> bool:
    """Does the subject ending at token ``i`` name a traveller by his office over what he heads, his noun then "of" at
    most five words back ("Lavrov and the head of Russia's foreign intelligence service will go to Damascus", "the chief
    of the general staff flew to Ankara"; not "exports of Iranian oil went to China")?"""
    for j in range(i - 1, max(0, i - 6), -1):
        w = tokens.words[j]
        if w == "of":
            return tokens.words[j - 1] in TRAVELLERS
        if not (w[:1].isalnum() or w in ("'s", "’s")):
            return False
    return False


_NOT_TRAVELLERS = frozenset(CUES["not_traveller"])
# verbs of flight, said of anyone (travel_generic): a visit only by a named person or a pronoun, not by a counted crowd
_FLEEING = frozenset(CUES["fleeing"])
_COUNT_WORDS = frozenset({"thousand", "thousands", "hundreds", "dozens", "several", "many", "some", "million", "most", "all"})


# a saying right before its pronoun subject: "said he was in", "said on Monday he was in"
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told\s+[\w.]+|tells\s+[\w.]+|added|adds)(?:\s+on\s+[\w-]+)?\s+(?:that\s+)?"
                          r"(?:he|she|they|we|i)\s+$")
# those stationed somewhere, whose being there is a deployment, not a visit (troops, forces and soldiers are movers,
# read before: ``senses.MOVERS``)
_STATIONED = frozenset({"monitors", "observers", "mission", "missions", "peacekeepers", "inspectors"})
# being somewhere: "is in", "was now in" (not "is due in", which is no trigger of the "there" row)
_THERE = re.compile(r"(?:is|are|was|were)\s+(?:(?:currently|now|already|still)\s+)?in")
# the purpose after "is in" or "is now in" ("is in Moscow for talks", "was in Beijing on an official visit"): the lexicon's
# older purpose row's (event_triggers.tsv's ``stay_purpose``, which the "there" row leaves to it), whose visit takes
# none of the "there" row's tests (a state may send its delegation: "Iran is in Moscow for talks")
_PURPOSE_AFTER = re.compile(DEFINED["stay_purpose"])


def _known_place_after(reader: PredicateReader, t: Trigger) -> bool:
    """Does a place the gazetteer knows follow the trigger ("in Turkey", "in Cairo", "in the Syrian city of Homs" is
    not read: a name right after, perhaps after "the")?"""
    from .places import known_place  # (places imports this module)
    m = _PLACE_AFTER.match(reader.text, t.end, reader.end)
    return m is not None and known_place(m.group("place"))


_PLACE_AFTER = re.compile(r"\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)(?=[\s,.;:]|$)")


def _counted(tokens, i: int) -> bool:
    """Is the subject ending at token ``i`` a counted crowd: a number or a quantity word within the four words
    before it ("More than 33,000 people", "Several thousand Syrians", "Some Syrian Kurds")?"""
    for j in range(max(0, i - 4), i + 1):
        w = tokens.words[j]
        if w[:1].isdigit() or w in _COUNT_WORDS:
            return True
    return False


_LEAVING = frozenset({"left", "leaves", "leaving"})
# the place left before "for": a name ("left Syria for Paris") or "the country", "home"
_LEFT_PLACE = re.compile(r"\w+\s+(?:the\s+country|home|[A-Z][\w'’.-]*)\s+for")
_BODIES = frozenset(CUES["joined_body"])
_DESTINATION = re.compile(r"\s+(?:the\s+)?(?P<word>[\w'’.-]+)")


def to_here(trigger: str) -> bool:
    """Is the travel of the trigger text ``trigger`` to "here", the place the speaker stands ("I was here in 2014")?"""
    return trigger.rsplit(None, 1)[-1:] == ["here"]


def _names_place(reader: PredicateReader, t: Trigger) -> bool:
    """Does a place follow the verb of travel: a capitalised name ("went to Deraa", "came from Canada"), or, after
    "arrived at", a place noun ("arrived at a city hall")? "flew in" needs none: it comes to where the story is
    ("foreign dignitaries flew in from around the world")."""
    if to_here(t.text):
        return True  # "I was here in 2014": where the speaker stands (events/visited.py)
    m = _DESTINATION.match(reader.text, t.end, reader.end)
    if any(w.strip(".,;") in _BODIES for w in reader.low[t.end:t.end + 50].split()[:5]):
        return False  # "when I came to the United States Senate", "went to the Defense Department": joined, asked
    if m is not None and m.group("word")[:1].isupper() and m.group("word") not in ("I",):
        return True
    if travel_direction(t.text) == "hither":
        return m is None or not m.group("word")[:1].isalpha() or m.group("word") in ("from", "for", "on", "to")
    if t.text.endswith(" at"):
        after = reader.low[t.end:t.end + 40].split()[:4]
        return any(w.strip(".,;") in ARRIVAL_PLACES for w in after)
    return False
