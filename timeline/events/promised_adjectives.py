"""A participle of promising or announcing before a bare noun, after a verb that takes that noun as its object or
after a preposition, is the noun's adjective, not a promise: "Assad needs time to implement promised reforms",
"force Assad to carry out promised political reforms", "had repeatedly stalled on promised political reform". Read as
a verb, the nearest name before it (Assad) became the promiser and the sentence's day the promise's (events_gold.md
rule 4 gives "promised reforms" as an undated noun no row: fresh28 t17-reuters-44#17's note). The determiner form
("the promised amnesty", "his planned visit") is ``predicates``' own test; a subject, an auxiliary or an adverb
before the participle keeps the verb ("Assad promised reforms", "he has also pledged reforms").
"""

from __future__ import annotations

import re

PARTICIPLES = frozenset({"promised", "pledged", "announced", "planned"})
# a preposition right before the participle: no subject can stand there ("stalled on promised political reform")
_PREPOSITIONS = frozenset({"on", "of", "for", "with", "about", "over", "despite", "without", "into", "from", "toward",
                           "towards", "against", "under", "beyond", "amid", "upon"})
# a verb in its plain form after "to" or a modal, perhaps with its particle, right before the participle ("to implement
# promised reforms", "to carry out promised political reforms", "must deliver on promised"): the verb takes the noun
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|must|should|could|can|not|n[’']t)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)"
                          r"(?:\s+(?:out|on|through|in|ahead\s+with))?\s+$")
# words after the participle that are no noun it modifies: an object's determiner or pronoun, "to", "that", a
# preposition or conjunction (a verb's complement: "promised to", "announced that", "pledged on Monday")
_NOT_NOUN = frozenset({"to", "that", "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our",
                       "it", "he", "she", "they", "we", "them", "him", "us", "what", "on", "in", "at", "by", "for",
                       "with", "and", "or", "but", "as", "since", "during", "last", "earlier", "today", "yesterday",
                       "new", "another", "further", "more", "some", "any", "plans", "so", "not"})
_AUXILIARIES = frozenset({"be", "been", "being", "have", "has", "had", "get", "got", "do", "did"})
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


def attributive(text: str, low: str, start: int, end: int, prev: str, sentence_start: int) -> bool:
    """Is the participle ``low[start:end]`` (``prev`` the word before it) an adjective of the bare noun after it?"""
    if low[start:end] not in PARTICIPLES:
        return False
    nxt = _NEXT_WORD.match(text, end)  # (case kept: a capitalised word after it is a name, "announced Monday")
    if nxt is None or nxt.group(1) in _NOT_NOUN or nxt.group(1).endswith("ly"):
        return False
    if prev in _PREPOSITIONS:
        return True
    verb = _VERB_BEFORE.search(low, max(sentence_start, start - 60), start)
    if verb is None or not text[verb.start("verb")].islower():
        return False  # "a visit to Damascus promised": a name, perhaps the subject
    word = verb.group("verb")
    # not an auxiliary ("to be announced next week", "would have pledged"), nor a plural noun after "to" ("to
    # protesters promised"; "to press ahead with" and "to discuss" are verbs)
    return word not in _AUXILIARIES and not (word.endswith("s") and not word.endswith(("ss", "us")))
