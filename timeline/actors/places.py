"""Places that look like people's names: "Jisr al-Shughour", "Tel Kelakh", "Douma", "King Abdullah Park".

A capitalised name with no title is a person candidate, and so is a title
before a capitalised word ("King Abdullah Park"). A candidate that overlaps a
place of ``resources/place_names.txt`` (a place head and its name, a phrase
ending in a place word, a place written in full, or a name before a lowercase place noun: "the Tariq al-Bab district",
"the Baba Amr district", "Hama's Jarajima neighbourhood", though not a name with a title of office in it: "President
Assad district officials" names a person) is dropped.

    >>> text = "Troops were killed at Jisr al-Shughour, in Douma and near New York."
    >>> [text[s:e] for s, e in place_spans(text)]
    ['Jisr al-Shughour', 'Douma', 'New York']
"""

from __future__ import annotations

import re

from ..cue_words import load_kinds

from .gazetteer import after_first, first_character, opening_first
from .title_kinds import has_title

_WORD_TAIL = r"[\w'’]*(?:-[\w'’]+)*"  # a capitalised word after its capital (``_load`` reads the capital apart)
_WORD = "[A-Z]" + _WORD_TAIL
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PART = r"(?:(?:al|el|ez|es|ash|as|ad|an|ar|at|az|ed|en|er|ibn|bin|bint|abu)[- ])?"


def _load() -> re.Pattern:
    found = {kind: [re.escape(value).replace(r"\ ", "[ ]") for value in values]
             for kind, values in load_kinds("place_names.txt", ("head", "tail", "place", "noun")).items()}

    def alt(words: list[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    # Every place starts with a capital (``_WORD``'s, or a listed name's first letter): the expression reads that
    # letter first, its look-behind after it (``opening_first``: nearly twice as fast; the same matches as
    # "(?<![\w-])(?:heads|tails|places|nouns)"), and each alternative then checks it and goes on from the second
    # character (``after_first``, longest first within a letter)
    def rest(words: list[str]) -> str:
        return after_first(sorted(words, key=len, reverse=True))

    starts = "[A-Z" + "".join(sorted({first_character(w) for w in found["head"] + found["place"]} - _UPPER)) + "]"
    heads = rf"(?:{rest(found['head'])})[ -]{_PART}{_WORD}"
    tails = rf"(?<=[A-Z]){_WORD_TAIL}[ ](?:{_WORD}[ ]){{0,2}}(?:{alt(found['tail'])})"  # (``_WORD`` once, then 0-2)
    places = rf"(?:{rest(found['place'])})(?![ -](?:al|el|bin|ibn)\b)"
    # a name (of one to four words, Arabic particles aside) before a lowercase place noun: "the eastern Tariq al-Bab
    # district", "the Baba Amr district", "Hama's Jarajima neighbourhood" (the empty group ``named`` marks this
    # alternative: its whole match is the name, which ``place_spans`` tests for a title)
    nouns = rf"(?P<named>)(?<=[A-Z]){_WORD_TAIL}(?:[ ]{_PART}{_WORD}){{0,3}}(?=[ ](?:{alt(found['noun'])})(?![\w-]))"
    opening = opening_first(starts, 1, r"[\w-]")
    return re.compile(rf"{opening}(?:{heads}|{tails}|{places}|{nouns})(?![\w-])")


PLACE_RE = _load()
# titles no district is named after: a name before "district" with one of them in it is a person ("President Assad
# district officials"); kings, princes, sheikhs and imams do name places ("the Sheikh Maqsoud district"), and military
# ranks are words of place names too ("the General Hospital district", "Major", "Marshal")
_OFFICES = frozenset({"leader", "minister", "diplomat", "official", "spokesperson", "legislator", "media", "modifier"})


def place_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of place names in ``text``, in text order."""
    return [m.span() for m in PLACE_RE.finditer(text) if m.group("named") is None or not has_title(m.group(0), _OFFICES)]
