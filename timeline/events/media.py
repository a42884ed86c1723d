"""A verb of discussing done by phone is a call.

Agency copy tells a phone call by what was discussed: "Cavusoglu discussed the situation in Syria with his Russian
counterpart over the phone", "Putin and Lukashenko exchanged views on integration during a telephone conversation".
The talks verb then names the call itself (events_gold.md: "X and Y discussed Z" during a call is the call, not a
new row), so it is typed ``call``. The means must stand in the verb's own clause, before any comma, semicolon or
reporting verb ("discussed the draft, which Lavrov had raised by phone" is not: the comma closes the clause).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..cue_words import break_class
from ..actors.gazetteer import phrase_alternation, word_list
from .predicates import Predicate

_MEDIA = re.compile(r"\b(?:" + phrase_alternation(word_list("phone_media.txt")) + r")\b")
_CLAUSE_END = re.compile(break_class(r",;:.!?\"“”") + r"|\s(?:but|while|whereas|which|who|after|before)\s")
_DISCUSSING = re.compile(r"discuss(?:ed|es)?|exchanged\s+views|exchange\s+views|exchanges\s+views")


def by_phone(low: str, p: Predicate, end: int) -> Predicate:
    """``p`` typed ``call`` when it is a verb of discussing whose clause (up to ``end``) names a phone as its means."""
    if p.form != "verb" or p.type != "talks" or not _DISCUSSING.fullmatch(p.trigger.text.lower()):
        return p
    stop = _CLAUSE_END.search(low, p.trigger.end, end)
    if _MEDIA.search(low, p.trigger.end, stop.start() if stop is not None else end) is None:
        return p
    return replace(p, type="call", rule=f"by phone {p.rule}")


# a government body that protests through diplomatic channels ("the Russian Foreign Ministry protested")
_GOVERNMENT_BODY = re.compile(r"\b(?:ministry|foreign\s+office|state\s+department|embassy|government|kremlin|"
                              r"white\s+house|cabinet|presidency|mission)\b", re.I)
_PROTEST_VERB = re.compile(r"protest(?:s|ed)?")
_ADVERB_BEFORE = re.compile(r"\s[a-z]+ly\s")
_PROTEST_OBJECT = re.compile(r"\s+(?:against|over|to|that|at)\b")
_RIGHT_AFTER = re.compile(r"(?:\s+[a-z]+ly)*\s+(?:(?:has|have|had|also|again)\s+)*")


def state_protest(low: str, p: Predicate, subject) -> Predicate:
    """``p`` typed ``accuse`` when it is a protest verb whose subject is a state, a government body or an official of
    a state: "Russia strongly protests against the detention of a TASS correspondent", "the Foreign Ministry
    protested the closure of the consulate" is a state's protest through diplomatic channels (as "lodged a
    protest" is, events_gold.md), not a street protest. ``subject``: the actor that heads ``p``'s subject, or None."""
    if p.type != "protest" or p.form != "verb" or p.passive or not _PROTEST_VERB.fullmatch(p.trigger.text.lower()):
        return p
    if subject is None or not _RIGHT_AFTER.fullmatch(low, subject.end, p.trigger.start) \
            or low[subject.start - 1:subject.start] == "-":
        return p  # the verb right after its subject, or after an adverb ("Russia strongly protests"); not a noun read as
        # a verb ("Syria has been convulsed by nationwide protests")
    if p.trigger.text.lower() != "protested" and not _ADVERB_BEFORE.search(low, subject.end, p.trigger.start) \
            and not _PROTEST_OBJECT.match(low, p.trigger.end):
        return p  # "Syria protests (0:56)", "the anti-Assad protests started": a noun after a name, not a present verb
    state = subject.kind == "country" and subject.basis in ("name", "alias", "metonym") \
        or subject.kind == "organization" and _GOVERNMENT_BODY.search(subject.name) is not None \
        or subject.kind == "person" and subject.country is not None and bool(subject.role)
    return replace(p, type="accuse", rule=f"state protest {p.rule}") if state else p


# what a document is about: "a memorandum on cooperation in ...", "a joint statement on deepening the comprehensive
# partnership": up to three words between the preposition and the noun
_DOCUMENT_TOPIC = re.compile(r"\s+(?:on|about|regarding|concerning|of)\s+(?:[\w-]+\s+){0,3}")
_DOCUMENT_TYPES = frozenset({"statement", "agreement"})


def document_topics(low: str, preds: list[Predicate]) -> list[Predicate]:
    """The predicates with the nouns a signed or issued document is about made topics: "signed a memorandum on
    cooperation in Moscow on Thursday" is one agreement (the cooperation is what it is about, and Thursday is the
    signing's), "signed a joint statement on deepening the comprehensive partnership" one statement or agreement."""
    docs = [p for p in preds if p.type in _DOCUMENT_TYPES and p.trigger.form in ("N", "X") and not p.topic]
    if not docs:
        return preds
    out = []
    for q in preds:
        if q.trigger.form in ("N", "X") and q.type not in _DOCUMENT_TYPES and not q.topic and not q.owned and any(
                p.trigger.end <= q.trigger.start and _DOCUMENT_TOPIC.fullmatch(low, p.trigger.end, q.trigger.start)
                for p in docs):
            q = replace(q, topic=True, form="noun", rule="document topic")
        out.append(q)
    return out
