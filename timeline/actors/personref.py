"""Later mentions of a person by the noun that described them: "Tycoon Rami Makhlouf ... The tycoon said".

Wire copy introduces a person with a noun of what they do, before the name ("Tycoon Rami Makhlouf", "Syrian
economist Aref Dalila") or in an apposition after it ("Aref Dalila, a leading economist,"), and later names them
by that noun alone: "The tycoon, who has been under U.S. sanctions since 2008, has repeatedly said ...". Such a
"the <noun>" (``resources/person_descriptions.txt``) opening a sentence or a clause, or before a verb of saying, is
the most recent person so described before it. A noun that described two people of the story names neither.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..cue_words import run_class
from ..sentences import split_sentences
from .gazetteer import KIN_NOUNS, SPEECH_VERBS, UNNAMED_PEOPLE, word_list
from .mention import ActorMention, in_text_order, overlaps

_WINDOW = 3000  # characters back in which the person is looked for
# a phrase's run within its clause ("of London's Chatham House think-tank", "to Syrian President Bashar al-Assad"),
# which goes on through a clock's colon ("at 10:30") as the events' runs do (``cue_words.run_class``)
_PHRASE_RUN = run_class(r',.;:!?"“”()')
_LEAD_RUN = run_class(r',.;:"“”()')


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    return tuple(sorted(word_list("person_descriptions.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    nouns = "|".join(re.escape(n) for n in _nouns())
    # "Tycoon Rami Makhlouf", "Syrian economist Aref Dalila", "the leading dissident Riad Seif": the noun right before
    before = re.compile(rf"(?<![\w-])(?P<noun>(?i:{nouns}))[ ]+$")
    # "Aref Dalila, a leading economist,", "Makhlouf, the president's cousin and Syria's richest tycoon,"
    after = re.compile(rf",[ ]+(?:a|an|the)[ ]+(?:[\w'’-]+[ ]+){{0,4}}?(?P<noun>(?i:{nouns}))(?![\w-])")
    # "The tycoon, who ...", '..., the tycoon said': the noun alone after "the", not "the tycoon's" nor "the tycoon Rami"
    later = re.compile(rf"(?<![\w-])(?:[Tt]he)[ ](?P<noun>(?i:{nouns}))(?![\w'’-])(?![ ][A-Z])")
    return before, after, later


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """An apposition that describes a person ("Hugh Pope, an analyst at International Crisis Group, said", "Aref
    Dalila, a leading economist, was jailed", "Fares al-Tammo, Meshaal's son, told": its head noun within four words,
    from ``resources/apposed_person_nouns.txt``, ``person_descriptions.txt``, the unnamed-person and the family nouns),
    or an aside between the name and a verb of saying ("Nadim Shehadi, of London's Chatham House think-tank, said")."""
    nouns = sorted({n.lower() for n in word_list("apposed_person_nouns.txt")} | {n.lower() for n in _nouns()}
                   | {n.lower() for n in UNNAMED_PEOPLE} | set(KIN_NOUNS), key=len, reverse=True)
    head = "|".join(map(re.escape, nouns))
    stop = "who|whom|whose|which|where|when|that|and|or|of|on|in|at|for|from|with|to|by"
    word = rf"(?!(?:{stop})[ ])[a-z][\w.’'-]*"
    return re.compile(
        rf",[ ]+(?:(?:a|an|the|his|her|[A-Z][\w-]*['’]s)[ ]+(?:{word}[ ]+|[A-Z]\.(?:[A-Z]\.)+[ ]+){{0,4}}"
        rf"(?:{head})(?=[,.;:)]|[ ](?:of|at|in|on|for|from|with|to|and|or|who|whose|based|living)(?![\w-]))"
        rf"|(?:of|at|from|with)[ ]{_PHRASE_RUN}{{3,80}},[ ]+{SPEECH_VERBS})")


def described_person(text: str, end: int) -> bool:
    """Does an apposition that describes a person follow the name ending at ``end`` ("Aref Dalila, a leading
    economist, was jailed", "Suhair Atassi, a prominent dissident,", "Nadim Shehadi, of Chatham House, said")?
    Then an unlisted two- or three-word name is a person's (``_apposition``)."""
    return _apposition().match(text, end) is not None


_SPEAKS_AFTER = re.compile(r",?[ ]+(?:also[ ]|later[ ]|has[ ]|had[ ]|repeatedly[ ])*" + SPEECH_VERBS)


def _opens(text: str, start: int) -> bool:
    """Does ``start`` open a sentence or follow a comma or quote (a subject's place)?"""
    before = text[max(0, start - 3):start].rstrip(" ")
    return not before or before[-1] in ",\"”'’.;:\n"


def person_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with "the <noun>" references to people described by that noun before them, in text order."""
    if not _nouns():
        return mentions
    before_re, after_re, later_re = _patterns()
    described: list[tuple[int, str, ActorMention]] = []  # (position, noun, person)
    for m in mentions:
        if m.kind != "person":
            continue
        b = before_re.search(text, max(0, m.start - 30), m.start)
        if b is not None:
            described.append((m.start, b.group("noun").lower(), m))
        a = after_re.match(text, m.end)
        if a is not None and a.end() - m.end <= 80:
            described.append((m.start, a.group("noun").lower(), m))
    if not described:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added: list[ActorMention] = []
    for match in later_re.finditer(text):
        start, end = match.start(), match.end()
        if overlaps(taken, start, end) or not (_opens(text, start) or _SPEAKS_AFTER.match(text, end)):
            continue
        noun = match.group("noun").lower()
        people = {p.key: p for pos, n, p in described if n == noun and pos < start and start - pos <= _WINDOW}
        if len(people) != 1:
            continue
        person = next(iter(people.values()))
        added.append(ActorMention(start, end, text[start:end], person.name, person.key, person.kind, person.role,
                                  person.country, "description", person.surface, ("subject",)))
    return in_text_order(mentions + added) if added else mentions


# A wire lead that names its speaker only in the next sentence: "ANTAKYA, Turkey (Reuters) - The most senior officer to
# defect from Syria's armed forces has said ... \n Colonel Riad al-As ` aad, who is now living under Turkish government
# protection, said ...". The lead's subject is a definite description of a person (a noun of ``unnamed_people.csv`` or
# ``person_descriptions.txt``, after "The" and at most four words, with at most one short complement: "to defect from
# Syria's armed forces", "of Syria's air force") right after the dateline's dash or at the start of the text, and its
# verb one of saying.
_OPENING_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*[ ]){0,4}")


@lru_cache(maxsize=1)
def _lead_description() -> re.Pattern:
    nouns = sorted({n.lower() for n in UNNAMED_PEOPLE} | {n.lower() for n in _nouns()}, key=len, reverse=True)
    head = "|".join(map(re.escape, nouns))
    return re.compile(
        rf"(?:\A|\)[ ]+[-–—]+[ ]+)(?P<np>The[ ](?:[\w'’-]+[ ]){{0,4}}?(?:{head})"
        rf"(?:[ ](?:to|of|from|in|at|with)[ ]{_LEAD_RUN}{{1,60}}?)?)[ ]+(?:has[ ]|have[ ])?{SPEECH_VERBS}")


def lead_descriptions(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the lead's describing subject ("The most senior officer to defect ... has said") as the
    person the next sentence opens with by name and has speak ("Colonel Riad al-As ` aad, who ..., said"), when the
    lead names no person of its own before its verb and that person is not named before."""
    m = _lead_description().search(text, 0, min(len(text), 600))
    if m is None:
        return mentions
    start, end = m.span("np")
    lead_end = next((e for s, e in split_sentences(text) if s <= start < e), None)
    if lead_end is None:
        return mentions
    if any(start <= a.start < end and a.kind == "person" for a in mentions):
        return mentions
    nxt = lead_end
    while nxt < len(text) and text[nxt] in " \n\t":
        nxt += 1
    # (the name opens the sentence, after at most a title or a given name the finder left out: "Lakhdar Brahimi")
    person = next((a for a in mentions if nxt <= a.start <= nxt + 40 and a.kind == "person" and a.basis in ("name", "surname")
                   and _OPENING_WORDS.fullmatch(text, nxt, a.start)), None)
    stop = text.find("\n", nxt)
    stop = len(text) if stop < 0 else stop
    if person is None or any(a.key == person.key and a.start < nxt for a in mentions) \
            or not re.search(SPEECH_VERBS, text[person.end:stop]):
        return mentions
    added = ActorMention(start, end, text[start:end], person.name, person.key, person.kind, person.role, person.country,
                         "description", person.surface, ("subject",))
    return in_text_order(_coordinated_pronouns(text, mentions, added, lead_end) + [added])


# "he" or "she" opening a clause coordinated after the lead subject's own ("... has said there is no option but to topple
# President Bashar al-Assad by force and he was directing a military uprising"): the subject goes on, not the object
_COORDINATED = re.compile(r"(?:,[ ]*|[ ])(?:and|but)[ ]+$")


def _coordinated_pronouns(text: str, mentions: list[ActorMention], subject: ActorMention,
                          lead_end: int) -> list[ActorMention]:
    """``mentions`` with a subject "he" or "she" coordinated after the lead subject's clause pointed at the lead's
    subject, when the person it was taken for is no subject in the lead (only an object: "to topple President Bashar
    al-Assad")."""
    out = []
    for a in mentions:
        if subject.end < a.start < lead_end and a.basis == "pronoun" and "subject" in a.flags \
                and "possessive" not in a.flags and text[a.start:a.end].lower() in ("he", "she") \
                and _COORDINATED.search(text, max(0, a.start - 12), a.start) \
                and not any(b.key == a.key and "subject" in b.flags and subject.start <= b.start < a.start
                            for b in mentions if b.basis != "pronoun"):
            a = dataclasses.replace(a, name=subject.name, key=subject.key, kind=subject.kind, role=subject.role,
                                    country=subject.country, surface=subject.surface)
        out.append(a)
    return out
