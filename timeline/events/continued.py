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
from collections.abc import Iterable
from dataclasses import replace

from ..actors import ActorMention
from ..cue_words import PAST_VERB
from .cues import ADVERBS, CUES
from .predicates import SPEECH_ACTS, Predicate, PredicateReader
from .speech import SentenceReading, framed_content
from .triggers import Trigger, find_triggers

_OPENS_QUOTE = re.compile(r"\s*[\"“]")


def _first_person(words: Iterable[str], most: int) -> re.Pattern:
    """The speaker, "I" or "we", as the subject of the verb that follows, with up to ``most`` of ``words`` or "-ly"
    adverbs between (matched up to the verb)."""
    return re.compile(r"(?<![\w'’])(?:i|we)\s+(?:(?:%s|[a-z]{3,}ly)\s+){0,%d}$"
                      % ("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), most))


# the speaker as the verb's subject, with up to two adverbs between ("I strongly condemn", "we also demand")
_FIRST_PERSON = _first_person(ADVERBS | {"therefore"}, 2)


def recalled_act(low: str, p: Predicate) -> bool:
    """Is the first-person act told in the past ("We gave our warnings to Israel", "I warned him many times"), an
    earlier act the speaker recalls, with no day of its own (not the saying's: "I strongly condemn")?"""
    return PAST_VERB.fullmatch(p.first_word(low)) is not None


def we_act(low: str, reading: SentenceReading, p: Predicate) -> bool:
    """Is the subject of the first-person act "we" ("We gave our warnings to Israel")?"""
    return any(m is not None and m.group().startswith("we")
               for m in (_FIRST_PERSON.search(low, max(reading.start, at - 40), at) for at in (p.start, p.trigger.start)))


def quote_only(text: str, reading: SentenceReading) -> bool:
    """Is the sentence a direct quotation with no reporting verb or source of its own?"""
    return reading.frame is None and reading.source is None \
        and _OPENS_QUOTE.match(text, reading.start) is not None


def left_open(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (from the attributed sentence to the one read) open a quotation it does not close
    ('He added: "We must not watch in silence while hundreds are killed ... .'), so that the sentence after it goes
    on inside the same quotation marks?"""
    span = text[start:end]
    return span.count('"') % 2 == 1 or span.count("“") > span.count("”")


def run_on(text: str, reading: SentenceReading, before: tuple[int, int]) -> bool:
    """Is the sentence a direct quotation with no reporting verb or source of its own: one that opens with a quotation
    mark (``quote_only``), or one inside the quotation marks the text ``before`` it (from the attributed sentence on)
    left open ("I therefore welcome the strong condemnation by countries across the Arab world ...")?"""
    return quote_only(text, reading) or reading.frame is None and reading.source is None and left_open(text, *before)


def first_person_act(low: str, reading: SentenceReading) -> Predicate | None:
    """The first speech act of another kind than saying (demand, accusation, rejection, threat, support) whose
    subject is "I" or "we": a verb heading its clause, in the present or past, not negated or passive."""
    for p in reading.predicates:
        if p.type not in SPEECH_ACTS or p.embedded or p.negated or p.passive or p.status != "reported":
            continue
        if p.form == "noun" and _FIRST_PERSON.search(low, max(reading.start, p.trigger.start - 40), p.trigger.start):
            return replace(p, form="verb")  # ("I therefore welcome the strong condemnation": a verb read as a noun)
        if p.form != "verb":
            continue
        if _FIRST_PERSON.search(low, max(reading.start, p.trigger.start - 40), p.trigger.start) \
                or p.start < p.trigger.start and _FIRST_PERSON.search(low, max(reading.start, p.start - 40), p.start):
            return p  # (the light verb of a noun: "We gave our warnings to Israel")
    return None


# the quotation's inside: after its opening mark, up to its closing mark if the sentence has one
_CLOSES_QUOTE = re.compile(r"[\"”]")
# the speaker as the subject of a verb group of up to three words ("we continue to insist", "we will fight")
_FIRST_PERSON_GROUP = _first_person(set(CUES["first_person_group"]) | ADVERBS, 3)


def run_on_act(text: str, low: str, reading: SentenceReading, actors: list[ActorMention],
               speaker: ActorMention) -> Predicate | None:
    """The speaker's own speech act in a run-on quotation, read as the speaker's closing frame would read it ('"...,"
    he said'): an act whose subject is "I" or "we" heading a verb group of a few words ("However, we continue to
    insist they meet their people's demands": a demand; "If they don't give it to us, we will fight with our nails":
    force announced, a threat). The act typed (the content's predicate that typed it, with the frame's type), or None
    when the quotation reads as a plain statement, reports another's act ("Instead he vowed to hunt them down") or
    makes an obligation or refusal with no first-person subject ("The council has to act": mostly the same speech
    act told on, which the gold folds; ``_continued_quote``)."""
    opened = _OPENS_QUOTE.match(text, reading.start)
    inside = opened.end() if opened is not None else reading.start  # (or inside marks opened before: ``run_on``)
    closed = _CLOSES_QUOTE.search(text, inside, reading.end)
    content = (inside, closed.start() if closed else reading.end)
    sent_actors = [a for a in actors if reading.start <= a.start < reading.end]
    reader = PredicateReader(text, low, reading.start, reading.end, sent_actors,
                             find_triggers(low, reading.start, reading.end))
    at = reading.end
    frame = Predicate(Trigger(at, at, "said", "statement", "R"), "statement", "report", "reported", at)
    read = framed_content(reader, list(reading.predicates), frame, content, speaker, sent_actors)
    if isinstance(read, SentenceReading):
        return None  # (a journalist's or an unnamed source's reading)
    main, _reported, taken, _content = read
    if main is None or main.type == "statement" or main.type not in SPEECH_ACTS:
        return None
    if taken is not None and content[0] <= taken.trigger.start < content[1] \
            and any(_FIRST_PERSON_GROUP.search(low, max(content[0], at - 60), at)
                    for at in (taken.start, taken.trigger.start)):
        return replace(taken, type=main.type, form="verb", status="reported", embedded=False, quoted=False,
                       rule=main.rule)
    return None
