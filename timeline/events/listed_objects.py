"""Act nouns listed as the objects of one light verb: "Assad has tried repression, economic handouts and promises of
reform to quell the protests", "Turkey has held joint military exercises and joint cabinet meetings with Syria".

A light verb takes the noun it is read back from (``predicates.PredicateReader._light_verb``), and the clause's event is
the first noun's; the nouns listed after it were no acts. Each listed noun of another family is an act of the same
agent at the same time (the development sets code each: fresh14 t17-reuters-19#2, fresh6 315#3, fresh5 58#13). A
member of the list is a noun trigger after a comma, "and" or "or" and at most three lower-case modifiers; a determiner,
a pronoun or a verb group there opens another phrase or clause ("held talks and the protests went on"), so the list
ends, as it does at a member that names no act. Sayings and promises listed so ("promises of reform") are left to the
speech readers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from .cues import DETERMINERS, LIGHT
from .predicates import SPEECH_ACTS

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# what stands between two listed nouns: the separator and the next noun's modifiers (on the lowered text; one white
# space quantifier at each place)
_BETWEEN = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<mods>(?:[a-z][a-z-]*\s+){0,3})")
# listed speech act nouns are left to the readers of speech (extract._second_object), and so are promises ("has tried
# repression and promises of reform": an agreement noun the builder types a statement)
SAYINGS = SPEECH_ACTS | {"statement", "agreement"}
# words that open another phrase or clause, no modifier of a listed noun
_NOT_MODIFIER = DETERMINERS | frozenset({
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "has", "have", "had", "is", "are", "was",
    "were", "be", "been", "will", "would", "could", "can", "may", "might", "should", "did", "do", "does", "then",
    "also", "not", "to", "of", "for", "on", "in", "with", "by", "at", "from", "against", "after", "before", "as",
    "while", "when", "but", "and", "or", "said", "says"})


def _heads_list(p) -> bool:
    """Does ``p`` take its noun from a light verb: a noun the light verb takes ("tried repression"), or a trigger that
    holds its light verb ("held joint military exercises")?"""
    if p.rule == "light verb":
        return True
    words = p.trigger.text.lower().split()
    return p.form == "verb" and len(words) > 1 and words[0] in LIGHT


def listed_object_rows(st: _SentenceState, is_event: Callable) -> None:
    """The acts of the nouns listed after a light verb's noun (module doc): each of a family the sentence has no event
    of, with the first act's agent, status and day."""
    if st.heading:
        return
    builder, low = st.builder, st.low
    for e in list(builder.events[st.first:]):
        p = st.verb_of(e)
        if p is None or e.actor1 is None or p.quoted or p.negated or not _heads_list(p):
            continue
        end = p.trigger.end
        # the nouns after it, as nouns or as the same light verb's ("tried brute force and political concession": read
        # back from "concession", "tried" is its light verb too)
        nouns = sorted((q for q in st.preds if q.form == "noun" or q.rule == "light verb" and q.start == p.start),
                       key=lambda q: q.trigger.start)
        for q in nouns:
            if q.trigger.start < end:
                continue
            m = _BETWEEN.fullmatch(low, end, q.trigger.start)
            if m is None or any(w in _NOT_MODIFIER for w in m.group("mods").split()):
                break
            end = q.trigger.end
            if q.quoted or q.family in st.families or q.trigger.start in st.claimed_starts or q.type in SAYINGS:
                continue  # (a saying listed so is read by its verb: "has tried repression and promises of reform")
            act = replace(q, form="verb", start=p.start, status=p.status, rule=f"listed object {q.rule}")
            if not is_event(act, st.sent, builder, e.actor1):
                continue
            day, basis = st.day_of(e)  # the first act's own day and basis (undated: with its reason, ``day_of``)
            st.record(act, day, basis=basis, agent=e.actor1)
