"""Places that look like people's names: "Jisr al-Shughour", "Tel Kelakh", "Douma", "King Abdullah Park".

A capitalised name with no title is a person candidate, and so is a title
before a capitalised word ("King Abdullah Park"). A candidate that overlaps a
place of ``resources/place_names.txt`` (a place head and its name, a phrase
ending in a place word, a place written in full, or a name before a lowercase place noun: "the Tariq al-Bab district")
is dropped.

    >>> text = "Troops were killed at Jisr al-Shughour, in Douma and near New York."
    >>> [text[s:e] for s, e in place_spans(text)]
    ['Jisr al-Shughour', 'Douma', 'New York']
"""

from __future__ import annotations

import re
from importlib import resources

_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"  # (``_load`` reads its first five characters, "[A-Z]", apart)
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PART = r"(?:(?:al|el|ez|es|ash|as|ad|an|ar|at|az|ed|en|er|ibn|bin|bint|abu)[- ])?"


def _load() -> re.Pattern:
    text = resources.files("timeline.resources").joinpath("place_names.txt").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {"head": [], "tail": [], "place": [], "noun": []}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, value = line.partition("\t")
        if kind not in found:  # a typo in the data file should fail loudly, at import
            raise ValueError(f"place_names.txt line {number}: kind {kind!r} is not 'head', 'tail', 'place' or 'noun'")
        found[kind].append(re.escape(value.strip()).replace(r"\ ", "[ ]"))

    def alt(words: list[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    # Every place starts with a capital (``_WORD``'s, or a listed name's first letter): the expression reads that
    # letter first, and each alternative then checks it with a look-behind and goes on from the second character, so
    # that the engine searches for the letters a place can start with instead of trying every position of every text
    # (nearly twice as fast; the same matches as "(?<![\w-])(?:heads|tails|places|nouns)")
    def first(word: str) -> str:  # an escaped word's first character, as a regex
        return word[:2] if word.startswith("\\") else word[:1]

    def rest(words: list[str]) -> str:  # the alternation of ``words``, their first letter read already, one group a letter
        groups: dict[str, list[str]] = {}  # (longest first within a letter; words of two letters never match together)
        for w in sorted(words, key=len, reverse=True):
            groups.setdefault(first(w), []).append(w[len(first(w)):])
        return "|".join(f"(?<={letter})(?:{'|'.join(ends)})" for letter, ends in groups.items())

    starts = "[A-Z" + "".join(sorted({first(w) for w in found["head"] + found["place"]} - _UPPER)) + "]"
    heads = rf"(?:{rest(found['head'])})[ -]{_PART}{_WORD}"
    tails = rf"(?<=[A-Z]){_WORD[5:]}[ ](?:{_WORD}[ ]){{0,2}}(?:{alt(found['tail'])})"  # (``_WORD`` once, then 0-2)
    places = rf"(?:{rest(found['place'])})(?![ -](?:al|el|bin|ibn)\b)"
    # a name with an Arabic particle before a lowercase place noun: "the eastern Tariq al-Bab district"
    nouns = rf"(?<=[A-Z]){_WORD[5:]}(?:[ ]{_PART}{_WORD}){{0,3}}(?=[ ](?:{alt(found['noun'])})(?![\w-]))"
    return re.compile(rf"{starts}(?<![\w-]{starts})(?:{heads}|{tails}|{places}|{nouns})(?![\w-])")


PLACE_RE = _load()


def place_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of place names in ``text``, in text order."""
    return [m.span() for m in PLACE_RE.finditer(text)]
