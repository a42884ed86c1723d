"""A document that speaks: "An official statement said", "A Syrian military statement said", "..., the statement
said".

Wire copy lets a government's statement speak for it. Three forms, each right before a verb of saying
(``speech_verbs.txt``), the words in ``resources/speaking_documents.csv``:

- a demonym before the noun ("A Syrian military statement said", "An official Syrian statement said") is that
  country;
- an official word with no demonym ("An official statement said 'infiltrators' ... had been visiting security
  stations") is the story's country (``forces.story_country``), as the gold sets code an official statement of
  the story's government (events_gold_fresh2.md, the Deraa story); with no story country, no one;
- "the statement" alone is whoever made the latest statement named before it, within its window: an actor that
  speaks "in a statement", issues one, or owns it ("the Arab League said in a statement Wednesday ... . The
  statement said"; a document found by the two rules above), else no one.
"""

from __future__ import annotations

import re

from .gazetteer import GAZETTEER, SPEECH_VERBS, phrase_alternation, rows
from .mention import ActorMention, in_text_order, overlaps
from .names import canonical_key

_WINDOW = 1500  # characters back in which "the statement" looks for the statement it names


_TABLE = rows("speaking_documents.csv")
_DOCUMENT_WORDS = frozenset(r["word"] for r in _TABLE if r["role"] == "document")
_OFFICIAL_WORDS = frozenset(r["word"] for r in _TABLE if r["role"] == "official")
# the document nouns as one alternation, longest first (also events/places.py: a saying in writing)
DOCUMENTS = phrase_alternation(_DOCUMENT_WORDS)
_NAMED_DOCUMENT = re.compile(r"\b(?:%s)\b" % DOCUMENTS)  # a statement named before "the statement said"
_SPEAKING = re.compile(r"(?<![\w'’])(?P<det>[Aa]n?|[Tt]he)[ ](?P<mods>(?:[\w-]+[ ]){0,3}?)(?P<doc>%s)[ ]+"
                       r"(?:(?:also|later|further|then)[ ])?%s" % (DOCUMENTS, SPEECH_VERBS))


# what makes an actor the maker of a statement named after it: "said in a statement", "issued a statement",
# "the Arab League's statement", "an Arab League statement"
_MAKER_AFTER = re.compile(r"(?:[ ]+(?:also[ ]+)?(?:%s)[ ]+(?:[\w-]+[ ]+){0,4}?in[ ]+an?[ ]+(?:[\w-]+[ ]+)?|"
                          r"[ ]+(?:issued|released|published|adopted|put[ ]out)[ ]+an?[ ]+(?:[\w-]+[ ]+){0,2}|"
                          r"(?:['’]s)?[ ]+(?:[\w-]+[ ]+){0,2})$" % SPEECH_VERBS)


def document_speakers(text: str, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``mentions`` with the documents that speak added as their makers, in text order; ``country``: the story's
    (``forces.story_country``)."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[ActorMention] = []
    for match in _SPEAKING.finditer(text):
        start, end = match.start(), match.end("doc")
        if overlaps(taken, start, end):
            continue
        mods = match.group("mods").split()
        maker = None
        demonyms = [GAZETTEER.get(w) for w in mods if w[:1].isupper()]
        if any(e is None or e.kind != "country" or e.form != "demonym" for e in demonyms) \
                or any(not w[:1].isupper() and w.lower() not in _OFFICIAL_WORDS for w in mods):
            continue  # "the joint statement", "a draft statement", "The Syrian National Council statement"
        if demonyms:
            maker = demonyms[0].name
        elif mods:
            maker = country
        elif match.group("det").lower() == "the":
            made = _made_before(text, start, mentions + added)
            if made is not None:
                added.append(_speaking(text, start, end, made.name, made.kind, made.country))
            continue
        if maker is not None:
            added.append(_speaking(text, start, end, maker, "country", maker))
    if not added:
        return mentions
    return in_text_order(mentions + added)


def _made_before(text: str, start: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The maker of the latest statement named before ``start``: a document found here, or an actor that speaks in
    it, issues it or owns it."""
    named = list(_NAMED_DOCUMENT.finditer(text[max(0, start - _WINDOW):start]))
    offset = max(0, start - _WINDOW)
    for doc in reversed(named):
        at = offset + doc.start()
        line = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        for m in reversed([m for m in mentions if line <= m.start and m.end <= at + len(doc.group())]):
            if m.start <= at < m.end:
                return m  # a document found by the rules above
            if not m.placed and m.end <= at and _MAKER_AFTER.fullmatch(text, m.end, at):
                return m
        return None  # the latest statement named has no maker we know: not an earlier one
    return None


def _speaking(text: str, start: int, end: int, name: str, kind: str, country: str | None) -> ActorMention:
    return ActorMention(start, end, text[start:end], name, canonical_key(name), kind, None, country, "description",
                        "", ("subject",))
