"""Who "they" is when it is the subject of a main clause: the plural subject before it.

Wire copy goes on from a plural subject with "they": "Britain and France
pressed for a vote ... . They want ...", "European Union foreign ministers
agreed ... but they stopped short of ...". "they" opening a sentence (after an
opening phrase, "In Riyadh and Doha, they"), or a clause after "but", "and" or
a semicolon, is the subject that leads the clause before it in its sentence,
else the one that leads the sentence before it, when that subject is plural
and names actors: a coordination of actors ("Britain and France"), one
mention of a plural group ("the rebels", "EU foreign ministers", "security
forces", a plural description resolved to several people), the body or state
whose plural people lead it ("Foreign ministers of the 22-member Arab League
told Syria ... . They will meet again": the League; the plural nouns of
``acting_of``), or an earlier "they" already resolved. When that subject is singular ("Syria said") or names
no actor ("Activists said", "Residents"), "they" names no one: people in
general, protesters, residents and witnesses are no actors. "they" heading a
reported clause ("said they would") is the speaker's (``events/roles.py``);
"they" after a subordinator ("when they opened fire") and "They said" (as often
activists or residents as the subject before) are left alone.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from ..cue_words import load_tsv
from .gazetteer import SPEECH_VERB, word_list
from .itref import OPENERS, STOPS
from .mention import ActorMention, in_text_order, by_start as mentions_by_start
from .scan import sentence_starts

_NP_WORDS = 8  # words read in a subject noun phrase, at most
_CLAUSE_REACH = 200  # characters an opening phrase or subordinate clause may run before its comma
# the comma that ends an opening phrase: before a word that can lead the clause (not a list's next item)
_PHRASE_END = re.compile(r",[ ]+(?=(?:the|they|both|their|its|our|we|all|two)\b|[A-Z\"“])")
_WORD = re.compile(r"[^\s]+")
# a main-clause "they": after "but", "and" or a semicolon inside a sentence
_CLAUSE_THEY = re.compile(r"(?:,\s*(?:but|and)|;|\s(?:but))\s+(?P<they>they)\s+(?=[a-z])")
_SENTENCE_THEY = re.compile(r"(?P<they>They)\s+(?=[a-z])")
_NOT_VERB = re.compile(r"(?:said|say|says|told|added)\b")  # "They said", reports of sources we cannot name
_PLURAL_GROUP = re.compile(r"(?:[a-z]s|people|police|military|army)$")  # "the rebels", not "The US"
_PLURAL_NOUN = re.compile(r"\b[a-z][a-z-]{2,}[^su'’\W]s\b")  # "observers", "activists"; not "has", "its", "crisis"
# a clause of its own in the sentence before: its subject is the nearer ("..., but most of those at the summit remain")
_OPENED_THEY = re.compile(r"(?P<they>they)\s+(?=[a-z])")  # after an opening phrase's comma
_LATER_CLAUSE = re.compile(r"(?:,\s*(?:but|while|whereas)|;)\s+")
_SUBORDINATORS = frozenset(word_list("they_openers.txt"))  # an opening clause runs up to _CLAUSE_REACH
# an opening phrase's first word: "In Riyadh and Doha, they", "Together, they" (not a subordinator of they_openers.txt:
# "Together" opens a short phrase, not a clause)
_OPENING_WORDS = OPENERS | {"Together"}
_NOT_PLURALS = frozenset(word_list("they_not_plurals.txt"))
_COORDINATED_AFTER = re.compile(r"[ ]*(?:,|and\b|or\b)")  # "envoys of Britain and France": one actor each
_LIST_GOES_ON = re.compile(r"\s*(?:and\s+)?(?:the\s+)?[A-Z]")  # "Britain, France and ...": a list, not an apposition
# the plural people of a body or state who act for it ("Foreign ministers of the 22-member Arab League told Syria ... .
# They will meet again": the League; "Members of the Syrian National Council"): the plural nouns of ``acting_of``, the
# nouns the event subjects read the same way (``subjects.of_people``)
_PEOPLE = frozenset(w for w in load_tsv("event_cues.tsv")["acting_of"] if w.endswith("s") or w.endswith("men"))
_OF = ("of", "from")
_BODIES = ("organization", "country", "group")
_MODIFIERS = frozenset({"two", "three", "four", "five", "several", "western", "arab", "european", "gulf", "senior"})


def _opening_end(text: str, pos: int, end: int) -> int:
    """The comma that ends the opening phrase at ``pos``, or -1: the first one before a word that can lead a clause
    (a capital, "the", "they", ...), not one inside a list ("Sharing a vision of secure and trusted
    telecommunications, resilient supply chains, and global digital inclusion, Prime Minister Modi and President
    Biden welcomed"), up to ``_CLAUSE_REACH`` characters on."""
    m = _PHRASE_END.search(text, pos, min(end, pos + _CLAUSE_REACH))
    return m.start() if m else -1


def _skips_opening(word: str) -> bool:
    return word in _OPENING_WORDS or word in _SUBORDINATORS \
        or (word.endswith("ing") and word[:1].isupper())


def they_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with a mention for each actor a main-clause "they" stands for, in text order."""
    starts = sentence_starts(text)
    known = sorted(mentions, key=lambda m: (m.start, m.end))
    taken = {m.start for m in known}
    by_start = mentions_by_start(known)  # the mentions and the resolved "they"s by where they start
    added: list[ActorMention] = []
    for start, lead in _candidates(text, starts):
        if start in taken:
            continue
        group = _antecedent(text, start, lead, starts, by_start)
        if not group:
            continue
        new = [dataclasses.replace(m, start=start, end=start + 4, text=text[start:start + 4], basis="pronoun",
                                   flags=("subject",) + tuple(f for f in m.flags if f in ("forces", "unresolved")))
               for m in group]
        added.extend(new)
        by_start[start] = sorted(by_start.get(start, []) + new, key=lambda m: m.end)  # in (start, end) order
    if not added:
        return mentions
    return in_text_order(mentions + added)


def _candidates(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """(where "they" is, where the clause it continues starts: -1 for the sentence before)."""
    out = []
    for i, s in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        pos = s + len(text[s:end]) - len(text[s:end].lstrip())
        first = _WORD.match(text, pos)
        if first and first.group().rstrip(",") in _OPENING_WORDS:
            comma = _opening_end(text, pos, end)
            if comma > 0:
                pos = comma + 1 + len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip())
        m = _SENTENCE_THEY.match(text, pos) or (_OPENED_THEY.match(text, pos) if pos > s else None)
        if m and not _NOT_VERB.match(text, m.end()):
            out.append((m.start("they"), -1))
        if text.find("they", s, end) < 0:
            continue  # (most sentences: no "they", and so no clause of one; the search below tries every position)
        for m in _CLAUSE_THEY.finditer(text, s, end):
            if not _NOT_VERB.match(text, m.end()) and text.count('"', s, m.start()) % 2 == 0:
                out.append((m.start("they"), s))
    return out


def _antecedent(text: str, start: int, lead: int, starts: list[int],
                by_start: dict[int, list[ActorMention]]) -> list[ActorMention]:
    if lead >= 0:
        group = _plural_subject(text, lead, start, by_start)
        if group and _plural_between(text, max(m.end for m in group), start):
            return []  # "Damascus eventually allowed in the observers in December 2011, but they failed"
        return group
    i = bisect_right(starts, start) - 1
    if i == 0:
        return []
    j = i - 1
    while j > 0 and not re.search(r"\w", text[starts[j]:starts[j + 1]]):
        j -= 1
    later = [m.end() for m in _LATER_CLAUSE.finditer(text, starts[j], starts[j + 1])]
    if later and not re.match(r"(?:they|it)\b", text[later[-1]:later[-1] + 5]):
        # "Qatar and Saudi Arabia have argued strongly for such support, but most of those at the summit remain
        # opposed. They fear": the subject of the sentence's last clause
        return _plural_subject(text, later[-1], starts[j + 1], by_start)
    return _plural_subject(text, starts[j], starts[j + 1], by_start)


def _plural_between(text: str, start: int, end: int) -> bool:
    """Is there a plural noun (not an actor) in ``text[start:end]``, nearer to "they" than the subject?"""
    return any(m.group() not in _NOT_PLURALS for m in _PLURAL_NOUN.finditer(text, start, end))


def _people_of(text: str, here: list[ActorMention], people: str) -> list[ActorMention]:
    """The body or state that plural ``people`` act for ("ministers of the Arab League"), or [] when the noun after
    "of" is a place ("residents of Homs" is not in ``_PEOPLE``; "officials of Syria's neighbours"), a person, a
    possessive or a coordination ("envoys of Britain and France" names each state, as "Britain and France" does)."""
    if len(here) > 1:
        return []
    only = here[0]
    if only.kind not in _BODIES or only.placed or "possessive" in only.flags \
            or text[only.end:only.end + 2] in ("'s", "’s") or _COORDINATED_AFTER.match(text, only.end):
        return []
    return [only]


def subject_position(text: str, start: int, end: int) -> int | None:
    """Where the subject that leads ``text[start:end]`` (a sentence or clause) may start: after its white space and an
    opening phrase ("Reaffirming their commitment to ..., the leaders recommitted"); None for a quotation or an opening
    subordinate clause with no main clause after it ("While ... held talks")."""
    pos = start + len(text[start:end]) - len(text[start:end].lstrip())
    if pos >= end or text[pos] in "\"“‘'(":
        return None  # a quotation
    first = _WORD.match(text, pos)
    word = first.group().rstrip(",") if first else ""
    if _skips_opening(word):
        comma = text.find(",", pos, min(end, pos + _CLAUSE_REACH)) if word in _SUBORDINATORS \
            else _opening_end(text, pos, end)
        if comma > 0:
            pos = comma + 1
        elif word in _SUBORDINATORS:
            return None  # "While ... held talks": no main clause found
    return pos


def _plural_subject(text: str, start: int, end: int, by_start: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """The actors of the plural noun phrase that leads ``text[start:end]`` (after an opening phrase), or []."""
    pos = subject_position(text, start, end)
    if pos is None:
        return []
    group: list[ActorMention] = []
    read, coordinated, people = 0, False, ""
    while read < _NP_WORDS:
        match = _WORD.search(text, pos, end)
        if match is None:
            break
        here = by_start.get(match.start()) or by_start.get(match.start() + 1)
        if here and people:  # "Foreign ministers of the 22-member Arab League": the body they act for, one
            return _people_of(text, here, people)
        if here:
            if any(m.placed or "possessive" in m.flags for m in here):
                return []  # "Syria's allies", "In Syria, ...": not the actor itself
            group.extend(m for m in here if m.key not in {g.key for g in group})
            pos, read = max(m.end for m in here), read + 1
            if text[pos:pos + 2] in ("'s", "’s"):
                return []  # "President Barack Obama's spokesman": the actor owns the subject
            continue
        raw = match.group()
        word = raw.strip("\"“”'‘’(),.;:").lower()
        pos, read = match.end(), read + 1
        if word in ("and", "the", "both", "their", "its", "") or (raw.endswith(",") and group and word not in STOPS):
            if raw.endswith(",") and group and not _LIST_GOES_ON.match(text, pos):
                break  # "Britain, a member of ...": an apposition, not a list
            coordinated = coordinated or bool(group) and (word == "and" or raw.endswith(","))
            continue
        if word in STOPS or SPEECH_VERB.fullmatch(word) or word.endswith("ed") or word.endswith("ly"):
            break
        if group:
            break  # "The Arab League monitors": the actor modifies a noun that is not one
        if people or word in _PEOPLE and (after := _WORD.match(text, pos + 1)) and after.group() in _OF:
            people = people or word  # the people, then "of", "the" and the body's modifiers ("22-member")
            continue
        if not word[:1].isalpha() or not raw[:1].isupper() and word not in _MODIFIERS:
            return []  # "Activists", "residents": a plural that names no actor
    if not group:
        return []
    if len(group) > 1 or coordinated:  # "The US, Europe and Arab countries": plural with what no actor names
        if all(m.kind == "person" and (m.start, m.end) == (group[0].start, group[0].end) for m in group):
            return []  # "The two leaders discussed ... . They": the people of a call or meeting (events/extract.py)
        return group
    only = group[0]
    if only.text.lower() == "they":
        return group  # an earlier "they" that stands for one group
    if (only.kind != "person" or "unresolved" in only.flags) and _PLURAL_GROUP.search(only.text.rstrip("'’")) and not only.text.endswith("'s"):
        return group  # "the rebels", "EU foreign ministers", "security forces"
    return []
