"""A private person described once is one by name for the whole story.

Wire and BBC copy describe a person quoted for colour once, often not where he first speaks: 'KHOLOOD - A PROTESTING
MOTHER "You have to cover my face ...," Kholood says.' comes before "Kholood (not her real name) is a mother of four";
'"...," Lena said' comes after "Lena (not her real name), a medical student at the University of Aleppo, had said in
her email". A private person speaking for himself gives no saying row, named or not (events_gold.md rule 32), so his
sayings by name alone are none either, wherever the story describes him (``lay_speaker`` reads only the saying's own
sentence; ``analysts.analyst_names`` does the same for a commentator, rule 24).

``private_names`` reads the story once for every person it describes by a word of ``analyst_speakers.txt``'s
``private`` or ``lay`` kinds: in an apposition after the name ("Shaheen Ahmed Khalid, an assistant medic from
Kirkuk"), past a "(not her real name)" aside, as the name's predicate ("Kholood (not her real name) is a mother of
four"), or before the name ("Refinery worker Ramadan Abdel Qader"). A description that also makes him a voice of a
group or party keeps him out ("Mohamad Saleh, an activist and a resident of Homs", "Rana, a 25-year-old secular Muslim
who has been active in the protest movement", "the 45-year-old leader"), read to the description's end.
``private_named`` asks whether a reporting verb's subject is one of them, by surname or in full.
"""

from __future__ import annotations

import re

from .analysts import (_GROUP_VOICE, _KINDS, _NOT_ANALYST, _NOT_DESCRIPTION, _NOT_SURNAME, _named, _party_title,
                       _subjects, _words)
from .appositions import APPOSITION_AFTER
from .stem_scan import StemScan


# a private person's describing word (``private``: "resident", "mother of four"; ``lay``: an age, "engineer", "medic"),
# searched over a whole text only where its words' stems stand (``stem_scan``)
_PRIVATE_SCAN = StemScan(r"\b(?:{values})\b", _KINDS["private"] + _KINDS["lay"])
_PRIVATE = _PRIVATE_SCAN.pattern
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|bin\s|de\s|van\s)?[A-Z][\w'’-]+){0,3})"
# a pseudonym's aside after the name ("Kholood (not her real name)", "Abu Omar (not his real name)")
_ASIDE = r"(?:\s*\(not\s+(?:his|her|their)\s+real\s+names?\))?"
# the name described after it: an apposition, or a predicate ("Kholood (not her real name) is a mother of four")
_DESCRIBED_AFTER = re.compile(rf"{_NAME}{_ASIDE}(?=(?P<copula>\s+(?:is|was)\s+(?:an?|the)\s)?)")
# a lay noun before the name, with at most two words before it in its phrase ("Refinery worker Ramadan Abdel Qader",
# "Cairo engineer Ibrahim Sabri")
_DESCRIBED_BEFORE = re.compile(rf"(?i:\b(?P<noun>(?:[\w-]+\s+){{0,2}}?(?:{_words('lay')}|{_words('private')}))) +{_NAME}")
# the same keywords after a word boundary and before a capitalised word: a necessary condition of ``_DESCRIBED_BEFORE``
# (every keyword starts with a word character, so its noun's "\b" or the whitespace before it is a non-word character
# before the keyword), and cheap where that pattern is not: it tries the keywords once at each place, not behind up to
# two optional words, and 15 of the 450 corpus texts pass it (0.47 -> 0.31 s for the 460 corpus articles)
_KEYWORD_BEFORE_NAME = StemScan(r"(?i:(?<!\w)(?:{values})) +[A-Z]", _KINDS["lay"] + _KINDS["private"])
_NOT_NAME_START = frozenset({"in", "on", "at", "the", "a", "an", "for", "from", "but", "and", "he", "she", "they",
                             "his", "her", "when", "while", "after", "before", "one", "another", "mr", "mrs", "ms"})
_DESCRIPTION_END = re.compile(r"[.;:!?\"“”\n]")
_COPULA = re.compile(r"\s+(?:is|was)\s+(?=(?:an?|the)\s)")  # (not "That was what Lena ... had said")


def _description(text: str, at: int) -> str:
    """The words that describe the person whose name ends at ``at``: its apposition (``appositions``), or its
    predicate to the sentence's end."""
    copula = _COPULA.match(text, at)  # (not a match on ``text[at:]``: a copy of the rest of the text per name)
    if copula:
        end = _DESCRIPTION_END.search(text, copula.end())
        return text[copula.end():end.start() if end else len(text)][:120]
    aside = APPOSITION_AFTER.match(text, at)
    return aside.group("apposition") if aside and text[at:at + 1] == "," else ""


def _private(description: str) -> bool:
    described = " ".join(description.lower().split())
    if not re.match(r"(?:an?|the|one)\s", described) or _NOT_DESCRIPTION.match(described):
        return False  # an aside or a new clause, no description ("Hague, in some of London's strongest language yet
        # against the 45-year-old leader", "Ahmed, who lives in Tikrit", "In Muscat, banker Haji Ismail said"), or an
        # age alone, which tells no private person apart from a party the story follows ("Middleton, 29, ... attended
        # a rehearsal": the age in the saying's own sentence is ``lay_speaker``'s)
    head = re.split(r"\b(?:who|whose|which)\b", described, maxsplit=1)[0]
    return _PRIVATE.search(head) is not None and not _NOT_ANALYST.search(described) \
        and not _party_title(described) and not _GROUP_VOICE.search(described)


def _add(names: set[str], name: str) -> None:
    words = name.lower().split()
    if name.isupper():
        return  # a header's words in capitals ("IBN TALKALAKH - SHOP OWNER TURNED ACTIVIST")
    if words[0] in _NOT_NAME_START or words[-1] in _NOT_SURNAME:
        return
    names.update((words[-1], re.sub(r"^(?:al|el|as|an|ad)-", "", words[-1]), " ".join(words[-2:])))


def private_names(text: str) -> frozenset[str]:
    """The names (lower case) of the persons ``text`` describes as private persons (``_PRIVATE``): each one's surname
    and its last two words, as ``analysts.analyst_names`` gives a commentator's."""
    names: set[str] = set()
    if not _PRIVATE_SCAN.found(text.lower()):
        return frozenset()
    for m in _DESCRIBED_AFTER.finditer(text):
        if _private(_description(text, m.end())):
            _add(names, m.group("name"))
    for m in _DESCRIBED_BEFORE.finditer(text) if _KEYWORD_BEFORE_NAME.found(text) else ():
        noun = m.group("noun")
        if not _NOT_ANALYST.search(noun.lower()) and not _party_title(noun.lower()) \
                and not re.search(r"\d", noun):  # (an age before a name is no description: "the 45-year-old Assad")
            _add(names, m.group("name"))
    return frozenset(names)


def private_named(low: str, start: int, end: int, trigger_start: int, trigger_end: int, names: frozenset[str],
                  speaker: str | None = None) -> bool:
    """Is the subject of the reporting verb at ``trigger_start:trigger_end`` one of the story's ``private_names``, by
    surname or in full ('"...," Kholood says', "Lena said she never cared about politics"), or a bare "he" or "she"
    that the finder reads as one of them (``speaker``: '"When the regime falls," she says' after "Kholood looks at me
    defiantly")?"""
    if not names:
        return False
    subjects = _subjects(low, start, end, trigger_start, trigger_end)
    return any(_named(s, names) for s in subjects) or speaker is not None and _named(speaker.lower(), names) \
        and any(s.strip(" ,.") in ("he", "she") for s in subjects)
