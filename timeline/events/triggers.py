"""Event predicates: the words that say what kind of event a clause reports.

The lexicon is data (``resources/event_triggers.tsv``): each pattern has an
event type and a form (R reporting verb, V verb, N noun, X either); each type
maps to a family, a CAMEO root code and a PLOVER category, and to the codes
of an announced plan of that kind (``resources/event_types.csv``: a planned
meeting or aid is CAMEO 03 / PLOVER AGREE, "express intent to cooperate"; a
planned blockade or strike is CAMEO 13 / PLOVER THREATEN), and whether an
undated report of it takes the day it was reported (``undated=report``: what
is said, agreed, demanded or given in a call or statement happened then; a
visit or an attack with no date of its own stays undated). Patterns are
matched over the lower-cased text; where two overlap, the one that starts
first wins, and of two that start together the longer ("declared a
unilateral ceasefire" over "declared").
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .joint_objects import verb_objects

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    family: str
    cameo: str
    plover: str
    cameo_planned: str = ""
    plover_planned: str = ""
    undated: str = "none"  # "report": with no date of its own, the day it was reported dates it

    def codes(self, status: str = "reported") -> tuple[str | None, str | None]:
        """(CAMEO root, PLOVER category) of an event of this type with this status."""
        if status == "planned":
            return self.cameo_planned or None, self.plover_planned or None
        return self.cameo or None, self.plover or None


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    form: str = "V"  # R reporting verb, V verb, N noun, X either, J verb of a joint subject only

    @property
    def is_statement(self) -> bool:
        return self.type == "statement"

    @property
    def is_reporting(self) -> bool:
        return self.form == "R"


def _read(name: str) -> str:
    return resources.files("timeline.resources").joinpath(name).read_text(encoding="utf-8")


def _load_types() -> dict[str, EventType]:
    rows = csv.DictReader(io.StringIO(_read("event_types.csv")))
    return {r["event_type"]: EventType(r["event_type"], r["family"], r["cameo"], r["plover"],
                                       r.get("cameo_planned") or "", r.get("plover_planned") or "", r.get("undated") or "none")
            for r in rows}


FORMS = ("R", "V", "N", "X", "J", "G")


# a named part of the patterns: a row "define <TAB> name <TAB> regex" that the rows after it write as "{=name}" (the
# purpose of a stay, "for talks", which two visit rows and ``travel`` read); a name is letters, digits and "_"
_DEFINED = re.compile(r"\{=(\w+)\}")
_NAME = re.compile(r"\w+")


def _load_patterns(text: str | None = None) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """The (event type, form, pattern) rows of ``event_triggers.tsv`` (or of ``text``, read as that file) with every
    ``{=name}`` replaced by its definition as a group ("{=x}ed" with x "a|b" is "(?:a|b)ed", not "a|bed"), and the
    definitions as written (``DEFINED``: ``predicates.DRAWING`` reads one back into its words). A typo in the data
    file fails loudly, at import: a name no row defined before, one defined twice, a ``{=`` that is no name
    ("{=stay-purpose}" would otherwise stand as literal text, a row that never matches), an unknown form."""
    name, patterns, defined = "event_triggers.tsv", [], {}
    for number, line in enumerate((_read(name) if text is None else text).splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            event_type, form, pattern = line.split("\t", 2)
            try:
                pattern = _DEFINED.sub(lambda m: "(?:" + defined[m.group(1)] + ")", pattern.strip())
            except KeyError as missing:
                raise ValueError(f"{name} line {number}: {missing} is defined by no row before") from None
            if "{=" in pattern:
                raise ValueError(f"{name} line {number}: a {{=name}} whose name is not letters, digits and '_'")
            if event_type == "define":
                if not _NAME.fullmatch(form.strip()):
                    raise ValueError(f"{name} line {number}: the name {form.strip()!r} is not letters, digits and '_'")
                if form.strip() in defined:
                    raise ValueError(f"{name} line {number}: {form.strip()!r} is defined twice")
                defined[form.strip()] = pattern
                continue
            if form.strip() not in FORMS:
                raise ValueError(f"{name} line {number}: form {form!r} is not one of {FORMS}")
            patterns.append((event_type.strip(), form.strip(), pattern))
    return patterns, defined


TYPES = _load_types()
_PATTERNS, DEFINED = _load_patterns()
for _type, _, _ in _PATTERNS:
    if _type not in TYPES:  # a typo in the data file should fail loudly, at import
        raise ValueError(f"event_triggers.tsv: unknown event type {_type!r} (see event_types.csv)")
_REGEXES = [(re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])"), event_type, form)
            for event_type, form, pattern in _PATTERNS]
_APOSTROPHES = "'\u2019"


def _split(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, depth, last = [], 0, 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
        i += 1
    parts.append(pattern[last:])
    return parts


def _group_end(pattern: str, i: int) -> int:
    """The index just after the group that opens at ``pattern[i]``."""
    depth, j = 1, i + 1
    while depth:
        if pattern[j] == "\\":
            j += 2
            continue
        depth += {"(": 1, ")": -1}.get(pattern[j], 0)
        j += 1
    return j


def _lookaround(part: str) -> bool:
    """Is ``part`` one lookahead or lookbehind, whole?"""
    return part.startswith(("(?!", "(?=", "(?<=", "(?<!")) and _group_end(part, 0) == len(part)


def _first_words(alternative: str) -> tuple[set[str], set[str]] | None:
    """The words an alternative can start with: (words that end at a space, words that may run on into
    the next one, as "video" in "video\\s*call"); None when they cannot be listed (a class other than
    plain letters, a repeat)."""
    words, done, runon = {""}, set(), set()
    i = 0
    while i < len(alternative) and words:
        c = alternative[i]
        if c == "\\":
            if alternative[i + 1] == "s":
                (runon if alternative[i:i + 3] == "\\s*" else done).update(words)
                return done, runon
            if alternative[i + 1] not in ".-'":
                return None
            options, i = {alternative[i + 1]}, i + 2
        elif c == "(":
            j = _group_end(alternative, i)
            if _lookaround(alternative[i:j]) or alternative.startswith("(?:", i) and all(
                    _lookaround(inner) for inner in _split(alternative[i + 3:j - 1])):
                i = j  # a lookahead or a lookbehind, or a choice of them ("(?:(?<=\\sis\\s)|(?<=\\swas\\s))"): no letters
                continue
            if not alternative.startswith("(?:", i):
                return None
            options = set()
            for inner in _split(alternative[i + 3:j - 1]):
                found = _first_words(inner)
                if found is None or found[1]:
                    return None
                ended, rest = found
                if "\\s" in inner:  # "(?:armed\\s+)?provocations": this option ends the first word
                    done.update(w + e for w in words for e in ended)
                else:
                    options |= ended
            i = j
        elif c == "[":  # a class of plain letters, as "recogni[sz]ed", or of apostrophes, as "won['’]t": one option each
            j = alternative.find("]", i)
            letters = alternative[i + 1:j]
            if j < 0 or not letters or not all(ch.isalnum() or ch in _APOSTROPHES for ch in letters):
                return None
            options, i = set(letters), j + 1
        elif c in ".*+{}^$":
            return None
        else:
            options, i = {c}, i + 1
        if i < len(alternative) and alternative[i] == "?":
            options.add("")
            i += 1
        elif i < len(alternative) and alternative[i] in "*+{":
            return None
        words = {w + o for w in words for o in options}
    return done | words, runon


def first_words(pattern: str) -> frozenset[str]:
    """The whole words a loaded pattern (a row of ``event_triggers.tsv``, its ``{=name}`` replaced) can start with, over
    its top-level alternatives whose first words can be listed (those the index lists; a word that runs on into the
    next, as "video" in "video\\s*call", is left out). (Those of the rows the index read are kept from it:
    ``siege_states`` asks this of every row at import, which parsed every pattern a second time.)"""
    known = _FIRST_WORDS.get(pattern)
    if known is not None:
        return known
    found = (_first_words(alternative) for alternative in _split(pattern))
    return frozenset(word for words in found if words is not None for word in words[0])


def patterns() -> tuple[tuple[str, str, str], ...]:
    """The (event type, form, pattern) rows of ``event_triggers.tsv``, each ``{=name}`` replaced by its definition."""
    return tuple(_PATTERNS)


def _key(word: str) -> str:
    """A first word as the index keeps it: a contraction under its stem, the word the text's words stop at ("won"
    for "won't" and "won’t"; ``_WORD`` ends a word at the apostrophe), so that no word of the text is looked up
    again with what follows an apostrophe (every possessive)."""
    return _STEM.match(word).group()


_STEM = re.compile(r"[^'\u2019]*")
_BY_WORD: dict[str, list[int]] = {}
_BY_PREFIX: list[tuple[str, int]] = []  # ("video", k): a pattern whose first word may run on
_ANYWHERE: list[int] = []  # patterns whose first word cannot be listed: tried at every word
_FIRST_WORDS: dict[str, frozenset[str]] = {}  # a row's pattern -> its ``first_words``, as the index read them
for _k, (_, _, _pattern) in enumerate(_PATTERNS):
    _words: set[str] = set()
    for _alternative in _split(_pattern):
        _found = _first_words(_alternative)
        if _found is None:
            _ANYWHERE.append(_k)
            break
        _words |= _found[0]
        for _word in map(_key, _found[0]):
            if _k not in _BY_WORD.setdefault(_word, []):
                _BY_WORD[_word].append(_k)
        _BY_PREFIX.extend((_word, _k) for _word in _found[1])
    else:
        _FIRST_WORDS[_pattern] = frozenset(_words)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[int, ...]:
    found = _BY_WORD.get(word, [])
    extra = [k for prefix, k in _BY_PREFIX if word.startswith(prefix)]
    return tuple(sorted(set(found + extra + _ANYWHERE)))


def find_triggers(low: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Every predicate in ``low[start:end]`` (``low`` is the lower-cased text), in text order; where
    matches overlap, the one that starts first wins, and of two that start together the longer."""
    end = len(low) if end is None else end
    out: list[Trigger] = []
    reach = start
    for w in _WORD.finditer(low, start, end):
        candidates = _candidates(w.group())
        if not candidates:
            continue  # (most words: no pattern starts with them, and their offsets need not be read)
        at = w.start()
        if at < reach or (at and low[at - 1] in "-_"):
            continue
        best = None
        for k in candidates:
            regex, event_type, form = _REGEXES[k]
            m = regex.match(low, at, end)
            if m is not None and (best is None or m.end() > best[0].end()):
                best = (m, event_type, form)
        if best is not None:
            m, event_type, form = best
            out.append(Trigger(at, m.end(), m.group(), event_type, form))
            reach = m.end()
    return _with_joint_objects(low, out, start, end)


def _with_joint_objects(low: str, out: list[Trigger], start: int, end: int) -> list[Trigger]:
    """``out`` with the verbs of joint work told by their object (``joint_objects``) where no trigger stands: cooperate,
    form J ("we will improve our trilateral communication mechanism")."""
    added = [Trigger(m.start("verb"), m.end("verb"), m.group("verb"), "cooperate", "J")
             for m in verb_objects(low, start, end)]
    if not added:
        return out
    spans = [(t.start, t.end) for t in out]
    added = [t for t in added if not any(a < t.end and t.start < b for a, b in spans)]
    return sorted(out + added, key=lambda t: t.start)


def event_type(name: str) -> EventType:
    return TYPES.get(name) or TYPES["other"]


def retyped(e: Event, kind: str, **changes) -> Event:
    """``e`` as an event of type ``kind``: that type's family and its CAMEO and PLOVER codes for ``e``'s status, with
    ``changes`` to its other fields (a headline's charge, a decree's concession)."""
    info = event_type(kind)
    cameo, plover = info.codes(e.status)
    return replace(e, event_type=kind, event_family=info.family, cameo=cameo, plover=plover, **changes)
