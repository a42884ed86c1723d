"""Who a speaking "it" is: the subject of the sentences before it.

"Syria's state news agency SANA said ... . It said", "Last week, the Syrian
government said ... . It said", "The Free Syrian Army was set up by deserters
... . It announced": "it" is the organisation or country that is the subject
(or the closing speaker, "..., the Observatory said") of the nearest sentence
before it that has one. When that subject is a thing or a source the text does
not name as an actor ("State television showed", "An internal memorandum ...
predicts", "The Friends of Syria meeting accused"; ``resources/it_things.txt``)
"it" is that thing: no actor. "it said" set off by commas inside a sentence
led by an actor ("The rebel Free Syrian Army left the city in the hope, it
said, of ...") is that subject, which already names the actor, so it adds no
mention (not "Damascus" of the sentence before). A sentence led by a person, or none found in the
last three sentences, leaves the choice to the caller (``FALLBACK``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..cue_words import run_class
from ..dateline import AGENCY
from ..last_match import last_match
from .gazetteer import SPEECH_VERB, SPEECH_VERBS, word_list
from .mention import ActorMention

FALLBACK = "fallback"
THING = "thing"
_OTHER = "other"
_PERSON = "person"
_LOOK_BACK = 2  # sentences
_NP_WORDS = 6  # words read before the head of a subject noun phrase, at most
_OPENING = 120  # characters an opening phrase may run before its comma
_ACTORS = ("organization", "country", "group")
_ASIDE = re.compile(r"it[ ]+" + SPEECH_VERBS + r",[ ]")
_WORD = re.compile(r"[^\s]+")
# the closing speaker of a sentence: '..., state television said', '...," the Syrian news agency said'
_CLOSING = re.compile(r"[,\"”’][ ]+(?P<np>" + run_class(r',"“”.;:') + r"{1,70}?)[ ]+(?:also[ ]|later[ ]|has[ ])?" + SPEECH_VERBS)


# a wire story's header before its lead sentence: "GENEVA | Wed Nov 2, 2011 5:48 pm EDT GENEVA (Reuters) - ";
# the agencies are those that sign datelines (resources/agencies.txt), with a desk suffix ("Reuters/Ipsos")
_WIRE_HEAD = re.compile(rf"[^\n]{{0,120}}?[ ]\((?:{AGENCY})(?:/[A-Za-z]+)?\)[ ]*[-–—]+[ ]*")


_THINGS = frozenset(w.lower() for w in word_list("it_things.txt"))
STOPS = frozenset(word_list("it_stops.txt"))
OPENERS = frozenset(word_list("it_openers.txt"))


def mention_index(mentions: list[ActorMention]) -> dict[int, ActorMention]:
    """The mentions by where they start, as ``antecedent`` reads them (not "it" and "its" themselves)."""
    return {m.start: m for m in mentions if m.text.lower() not in ("it", "its")}


def antecedent(text: str, start: int, by_start: dict[int, ActorMention], starts: list[int]) -> ActorMention | str:
    """The organisation or country a speaking "it" at ``start`` is, ``THING`` (no actor) or ``FALLBACK``;
    ``by_start``: the article's mentions (``mention_index``); ``starts``: where the text's sentences start
    (``scan.sentence_starts``)."""
    i = bisect_right(starts, start) - 1  # its own sentence
    # "The rebel Free Syrian Army left the city in the hope, it said, of ...": its own sentence's subject
    own = [i] if _ASIDE.match(text, start) else []
    for j in own + sentences_before(text, starts, i):
        end = start if j == i else starts[j + 1] if j + 1 < len(starts) else len(text)
        verdict = sentence_subject(text, starts[j], end, by_start)
        if j == i and verdict not in (_PERSON, _OTHER):
            return THING  # the sentence's own subject is the speaker and already names it: no second mention
        if verdict == _PERSON:
            return FALLBACK
        if verdict != _OTHER:
            return verdict
    return FALLBACK


def sentences_before(text: str, starts: list[int], i: int) -> list[int]:
    """The last ``_LOOK_BACK`` sentences before sentence ``i`` that have words (not a stray quotation mark)."""
    out: list[int] = []
    for j in range(i - 1, -1, -1):
        end = starts[j + 1] if j + 1 < len(starts) else len(text)
        if re.search(r"\w", text[starts[j]:end]):
            out.append(j)
            if len(out) == _LOOK_BACK:
                break
    return out


def sentence_subject(text: str, start: int, end: int, by_start: dict[int, ActorMention],
                     people: bool = False) -> ActorMention | str:
    """What leads the sentence ``text[start:end]``: its closing speaker ('..., the Observatory said') or the
    noun phrase that opens it (after an opening phrase, "Last week, "). A person who leads is ``_PERSON``, or with
    ``people`` the person's mention ("Russia's President Vladimir Putin has resisted ...": ``govref``'s "the
    country")."""
    closing = last_match(_CLOSING, text, start, end)
    if closing is not None:
        verdict = _phrase(text, closing.start("np"), closing.end("np"), by_start, people)
        if verdict != _OTHER:
            return verdict
    pos = start + len(text[start:end]) - len(text[start:end].lstrip())
    head = _WIRE_HEAD.match(text, pos, end)
    if head is not None:
        pos = head.end()  # the lead sentence of a wire story: its subject follows the dateline
    if pos >= end or text[pos] in "\"“‘'(":
        return _OTHER  # a quotation: its subject is what the speaker talks of
    first = _WORD.match(text, pos)
    word = first.group().strip(",") if first else ""
    if word in OPENERS or (word.endswith("ing") and word[:1].isupper()):
        comma = text.find(",", pos, min(end, pos + _OPENING))
        if comma > 0:
            pos = comma + 1
    return _phrase(text, pos, end, by_start, people)


def _phrase(text: str, start: int, end: int, by_start: dict[int, ActorMention],
            people: bool = False) -> ActorMention | str:
    """The actor, thing or neither that heads the noun phrase opening ``text[start:end]``."""
    thing = after_of = False
    pos, read = start, 0
    while read < _NP_WORDS:
        match = _WORD.search(text, pos, end)
        if match is None:
            break
        mention = by_start.get(match.start()) or by_start.get(match.start() + 1)  # after a quotation mark
        if mention is not None:
            pos, read = mention.end, read + 1
            if after_of or "possessive" in mention.flags or mention.placed:
                continue  # "The Friends of Syria meeting", "Syria's state news agency SANA"
            if mention.kind == "person":
                return mention if people else _PERSON
            if mention.kind in _ACTORS and not _thing_follows(text, mention.end, end):
                return mention
            return THING if mention.kind in _ACTORS else _OTHER
        word = match.group().strip("\"“”'‘’(),.;:").lower()
        pos, read = match.end(), read + 1
        if _is_thing(word):
            thing = True
        elif word == "of":
            after_of = True
        elif word in STOPS or SPEECH_VERB.fullmatch(word) or (word.endswith("ed") and "-" not in word):
            break
    return THING if thing else _OTHER


def _is_thing(word: str) -> bool:
    return word in _THINGS or (word.endswith("s") and word[:-1] in _THINGS)


def _thing_follows(text: str, pos: int, end: int) -> bool:
    """Is the actor just read the modifier of a thing ("Syrian state television", "the Kremlin statement")?"""
    for match in list(_WORD.finditer(text, pos, end))[:2]:
        word = match.group().strip("\"“”'‘’(),.;:").lower()
        if _is_thing(word):
            return True
        if word in STOPS or SPEECH_VERB.fullmatch(word) or match.group().endswith(","):
            return False
    return False


def owner(text: str, start: int, by_start: dict[int, ActorMention], starts: list[int]) -> ActorMention | None:
    """The organisation or country an "its" at ``start`` is ("The Red Cross is pressing ..., its president
    said"): the subject of its own sentence before it, else of the nearest sentence before that has one;
    None when a person or a thing leads first."""
    i = bisect_right(starts, start) - 1  # its own sentence
    for j in [i] + sentences_before(text, starts, i):
        end = start if j == i else starts[j + 1] if j + 1 < len(starts) else len(text)
        verdict = sentence_subject(text, starts[j], end, by_start)
        if verdict in (_PERSON, THING):
            return None
        if verdict != _OTHER:
            return verdict
    return None

