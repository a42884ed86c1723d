"""An "It" that opens a sentence and acts: the organisation or state that led the sentence before.

Wire copy goes on from an organisation or a state with "It": "The EU imposed an embargo on crude oil imports
from Syria in September and banned EU firms from new investment in its oil industry. It also imposed sanctions
on the main mobile phone firm, Syriatel". An "It" at the head of a sentence, before a verb in the past tense
(after "also", "later", "has" and the like; ``it_act_words.csv``) or a standing position in the present ("It blames
the unrest on Islamist groups", "It rejects any intervention": ``present_stances.txt``), is the organisation or country that is the subject of the sentence
right before it (``itref.sentence_subject``), when that subject is one actor, not a coordination ("Britain and
France ... . It") nor a thing ("The resolution ... . It called for"; ``it_things.txt``), and the verb is no verb
of a thing's state ("It remained unclear", "It seemed"; ``it_not_acts.txt``), nor one whose object is the writer ("It
reminded me", "It made us") nor "It maintains" without "that" ("It maintains an iron grip": a state, no stance). A
speaking "it" ("It said") is ``orgref.py``'s; an "It" after a sentence a person leads, or none, names no one.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .gazetteer import SPEECH_VERB, opening_first, rows, word_list
from .itref import mention_index, sentence_subject, sentences_before
from .mention import ActorMention, in_text_order, overlaps
from .scan import sentence_starts

_NOT_ACTS = frozenset(word_list("it_not_acts.txt"))
# "It also imposed", "It has frozen", "It later withdrew": the verb after the adverbs and the auxiliary
# (``it_act_words.csv``; the lookbehind after "It": ``opening_first``)
_WORDS = rows("it_act_words.csv")
# a standing position in the present ("It blames the unrest on armed gangs", "It denies any role"): the third-person
# forms of ``present_stances.txt`` (events_gold.md rule 6: "The government blames ..." is the state's accusation)
_STANCES = sorted({w for w in word_list("present_stances.txt") if w.endswith("s")}, key=len, reverse=True)
_IT_ACTS = re.compile(opening_first("It", 2, r"[\w'’]") + r"[ ]+(?:(?:%s)[ ]+)*(?P<verb>[a-z]+ed|%s)\b" % (
    "|".join(r["word"] for r in _WORDS if r["role"] == "lead"),
    "|".join([r["word"] for r in _WORDS if r["role"] == "verb"] + _STANCES)))
_KINDS = ("organization", "country")
# the writer as the object: "It reminded me of what had happened", "It made me more determined": a thing's effect on
# the reporter or the people quoted, no state's act
_WRITER = re.compile(r"[ ]+(?:me|us)\b")
# "It maintains that the protesters are armed gangs" is a stance; "It maintains an iron grip", "maintains ties" a state
_THAT = re.compile(r"[ ]+that\b")
_COORDINATED = re.compile(r"[ ]*(?:,|and\b|or\b|\()")  # "Britain and France", "the EU, the US": not one actor


def acting_it(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with a mention for each sentence-opening "It" that acts, in text order."""
    matches = [m for m in _IT_ACTS.finditer(text) if m.group("verb") not in _NOT_ACTS
               and not SPEECH_VERB.fullmatch(m.group("verb")) and not _WRITER.match(text, m.end())
               and not (m.group("verb") == "maintains" and not _THAT.match(text, m.end()))]
    if not matches:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    starts = sentence_starts(text)
    by_start = mention_index(sorted(mentions, key=lambda m: m.start))
    added: list[ActorMention] = []
    for match in matches:
        start = match.start()
        i = bisect_right(starts, start) - 1
        if i < 0 or text[starts[i]:start].strip(" \n\"“") or overlaps(taken, start, start + 2):
            continue  # not the head of its sentence
        before = sentences_before(text, starts, i)[:1]
        if not before:
            continue
        j = before[0]
        end = starts[j + 1] if j + 1 < len(starts) else len(text)
        subject = sentence_subject(text, starts[j], end, by_start)
        if not isinstance(subject, ActorMention) or subject.kind not in _KINDS \
                or _COORDINATED.match(text, subject.end):
            continue
        added.append(ActorMention(start, start + 2, text[start:start + 2], subject.name, subject.key, subject.kind,
                                  subject.role, subject.country, "pronoun", subject.surface, ("subject",)))
    if not added:
        return mentions
    return in_text_order(mentions + added)
