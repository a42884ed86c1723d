"""A case-insensitive scan tried only where one of its words' literal stems stands.

A pattern that opens on a look-behind or a word boundary and a case-insensitive alternation of word-list values
(``(?i:\\b(?:analysts?|...))\\s+Name``) gives ``re`` no prefix to search for: the engine tries every alternative at
every position of the text (``analysts._NAMED_AFTER``: about 0.5 s over the 460 corpus articles). ``StemScan`` finds
where the values' literal stems ("analyst" of "analysts?", "expert" of "(?<!un\\s)experts?(?!...)") stand in the
lower-cased text with one case-sensitive alternation (which ``re`` searches by its first characters), and tries the
pattern there only: the same matches as ``pattern.finditer``, since every match opens on a value and so on a stem.
It falls back to ``finditer`` when a value has no stem it can read, when lower-casing moves the text's offsets, or
when the text holds one of the four characters outside ASCII that ``re`` matches to an ASCII letter under IGNORECASE
("ſ" to "s", the Kelvin sign to "k", dotted and dotless "i")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# the characters outside ASCII that ``re`` matches to an ASCII letter under IGNORECASE (all of them: a scan of every
# code point, ``tests/test_stem_scan.py``)
FOLDS = frozenset("\u0130\u0131\u017f\u212a")
_LOOK_BEHINDS = re.compile(r"(?:\(\?<[!=][^()]*\))*")
_LETTERS = re.compile(r"[A-Za-z]+")


def stem(value: str) -> str | None:
    """The literal letters (lower case) every match of the regex ``value`` opens on, after its leading look-behinds
    ("analyst" of "analysts?"); None when it has none or an alternation outside parentheses."""
    depth = 0
    for i, ch in enumerate(value):
        if ch == "\\":
            continue
        if ch == "(" and (i == 0 or value[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and value[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0 and value[i - 1] != "\\":
            return None
    at = _LOOK_BEHINDS.match(value).end()
    letters = _LETTERS.match(value, at)
    if letters is None:
        return None
    word = letters.group()
    if value[letters.end():letters.end() + 1] in ("?", "*", "{"):
        word = word[:-1]  # the quantifier takes the last letter ("analysts?")
    return word.lower() or None


class StemScan:
    """The regex ``template`` with the alternation of ``values`` (regexes, each wrapped in a group) in place of its
    ``{values}``, which must open the match (after zero-width assertions only), compiled with ``flags`` (``pattern``), tried
    only where a value's stem stands: ``finditer`` gives ``pattern.finditer``'s matches for a pattern that never matches
    empty, and ``found`` whether ``pattern.search`` finds one. The values with no stem ("\\d{1,3}-year-old") make a
    second pattern of the same template (``rest``), which ``found`` searches for everywhere; ``finditer`` then falls
    back to the plain scan."""

    def __init__(self, template: str, values: Iterable[str], flags: int = 0):
        values = list(values)
        self.pattern = re.compile(template.replace("{values}", _alternation(values)), flags)
        rest = [v for v in values if stem(v) is None]
        self.rest = re.compile(template.replace("{values}", _alternation(rest)), flags) if rest else None
        self.stems = sorted({stem(v) for v in values} - {None})

    def _starts(self, text: str) -> list[int] | None:
        """Where a stem starts in ``text`` lower-cased (overlapping ones too); None when that cannot be read."""
        low = text.lower()
        if len(low) != len(text) or not text.isascii() and not FOLDS.isdisjoint(text):
            return None
        starts: set[int] = set()
        for s in self.stems:
            at = low.find(s)
            while at >= 0:
                starts.add(at)
                at = low.find(s, at + 1)
        return sorted(starts)

    def finditer(self, text: str) -> Iterator[re.Match]:
        starts = self._starts(text) if self.rest is None else None
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        done = 0
        for at in starts:
            if at >= done:
                m = self.pattern.match(text, at)
                if m is not None:
                    yield m
                    done = m.end()

    def found(self, text: str) -> bool:
        """Does ``pattern.search(text)`` find a match?"""
        starts = self._starts(text)
        if starts is None:
            return self.pattern.search(text) is not None
        return any(self.pattern.match(text, at) is not None for at in starts) \
            or self.rest is not None and self.rest.search(text) is not None


def _alternation(values: list[str]) -> str:
    return "|".join(f"(?:{value})" for value in values)
