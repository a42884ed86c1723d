"""A quotation that runs on past its attribution: the speaker's first-person acts in it.

Wire copy quotes a speaker over several sentences and attributes only one of
them ('... I can completely rule that out," he told reporters. "Having said
that, I strongly condemn the crackdown on the civilian population in
Syria.'). A sentence that is only a direct quotation (it opens with a
quotation mark and has no reporting verb of its own), right after a sentence
whose reporting verb has a speaker we can name, or after another such
sentence, goes on with that speaker's words. A speech act in it with a
first-person subject ("I strongly condemn", "we demand", "I warn") is the
speaker's act of that kind, of the day the framed sentence gives it.

Acts of anyone else inside the quotation ("They shut the bakeries", "The
government reopened Facebook") stay out here: reading them means trusting the
speaker's pronouns and his account of others (``speech._witnessed`` keeps
the quoted acts of force a witness saw in the attributed sentence, and
``run_on_witness`` those of a run-on sentence whose agent is found).
"""

from __future__ import annotations

import re

from .cues import ADVERBS, PAST_VERB
from .predicates import SPEECH_ACTS, Predicate
from .speech import SentenceReading

_OPENS_QUOTE = re.compile(r"\s*[\"“]")
# the speaker as the verb's subject, with up to two adverbs between ("I strongly condemn", "we also demand")
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:i|we)\s+(?:(?:%s|[a-z]{3,}ly)\s+){0,2}$"
                           % "|".join(sorted(ADVERBS, key=len, reverse=True)))


def recalled_act(low: str, p: Predicate) -> bool:
    """Is the first-person act told in the past ("We gave our warnings to Israel", "I warned him many times"), an
    earlier act the speaker recalls, with no day of its own (not the saying's: "I strongly condemn")?"""
    first = low[p.start:p.trigger.end].split()[0]
    return PAST_VERB.fullmatch(first) is not None


def we_act(low: str, reading: SentenceReading, p: Predicate) -> bool:
    """Is the subject of the first-person act "we" ("We gave our warnings to Israel")?"""
    return any(m is not None and m.group().startswith("we")
               for m in (_FIRST_PERSON.search(low, max(reading.start, at - 40), at) for at in (p.start, p.trigger.start)))


def quote_only(text: str, reading: SentenceReading) -> bool:
    """Is the sentence a direct quotation with no reporting verb or source of its own?"""
    return reading.frame is None and reading.source is None \
        and _OPENS_QUOTE.match(text, reading.start) is not None


def first_person_act(low: str, reading: SentenceReading) -> Predicate | None:
    """The first speech act of another kind than saying (demand, accusation, rejection, threat, support) whose
    subject is "I" or "we": a verb heading its clause, in the present or past, not negated or passive."""
    for p in reading.predicates:
        if p.form != "verb" or p.type not in SPEECH_ACTS or p.embedded or p.negated or p.passive \
                or p.status != "reported":
            continue
        if _FIRST_PERSON.search(low, max(reading.start, p.trigger.start - 40), p.trigger.start) \
                or p.start < p.trigger.start and _FIRST_PERSON.search(low, max(reading.start, p.start - 40), p.start):
            return p  # (the light verb of a noun: "We gave our warnings to Israel")
    return None
