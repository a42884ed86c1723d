"""Cue-word tables of ``timeline/resources`` (category<TAB>comma-separated entries) and the one-word verb-form tests
built from them, in one module that neither the actors nor the events package owns, so that both can import it
(the actors package loads first and must not reach into events).

``load_tsv`` reads such a table (``load_kinds`` a file of one kind<TAB>value a line); ``PAST_VERB`` and ``FINITE_VERB`` say whether one word (``fullmatch``) is a verb
in the past ("reaffirmed", "met") or a finite verb, past or present ("calls"); the irregular pasts are the cue row
``irregular_past`` of ``event_cues.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_tsv(name: str) -> dict[str, tuple[str, ...]]:
    """The categories of a cue file of ``timeline/resources`` (category<TAB>comma-separated entries; several lines
    per category are fine; ``#`` lines are comments). An entry ``@other`` stands for all the entries of category
    ``other``, in its place (its own ``@`` entries expanded too). Read once per file: the callers share the (read-only)
    result."""
    cues: dict[str, list[str]] = {}
    text = resources.files("timeline.resources").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            category, entries = line.split("\t", 1)
            cues.setdefault(category, []).extend(w.strip() for w in entries.split(",") if w.strip())

    def expanded(category: str, seen: tuple[str, ...] = ()) -> tuple[str, ...]:
        if category in seen:
            raise ValueError(f"{name}: the category {category} refers to itself")
        return tuple(e for w in cues[category]
                     for e in (expanded(w[1:], seen + (category,)) if w.startswith("@") else (w,)))

    return {k: expanded(k) for k in cues}


def load_kinds(name: str, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    """The values of a file of ``timeline/resources`` with one kind<TAB>value a line (``#`` lines are comments), by
    kind, in file order: a value stands whole (it may hold commas: a pattern), unlike ``load_tsv``'s entries. A kind
    not among ``kinds`` is a typo in the data file, which fails loudly, at import."""
    found: dict[str, list[str]] = {kind: [] for kind in kinds}
    text = resources.files("timeline.resources").joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, value = line.partition("\t")
        if kind not in found:
            named = ", ".join(repr(k) for k in kinds[:-1]) + f" or {kinds[-1]!r}"
            raise ValueError(f"{name} line {number}: kind {kind!r} is not {named}")
        found[kind].append(value.strip())
    return found


# A colon that ends a clause or a frame, as a pattern's alternative: any but one between digits, which is a clock, a
# clip's length or a score ("Syria shelling (1:37) Aug. 5 - Amateur video purports to show Syrian troops shelling",
# "14:19", "3:0"), never a break. The events' clause breaks and frames (``events.cues``, ``dating``, ``roles``,
# ``speech``; the other modules' character classes through ``break_class``) and the tense cues' words
# (``temporal.direction``) read their colon through this one; ``_NOT_A_CLOCK`` is the look-behind both put after it.
_NOT_A_CLOCK = r"(?<!\d:(?=\d))"
COLON = ":" + _NOT_A_CLOCK
_CLOCK_COLON = r":(?<=\d:(?=\d))"  # the colon a run within a clause goes on through (``run_class``, ``greedy_run``)


def break_class(marks: str) -> str:
    """A pattern's character class of ``marks`` (its body, a colon among them) whose colon is ``COLON``: the clause
    break "[,;:()]" that leaves "(1:37)" whole. (The look-behind after the class keeps the class's fast scan: as
    quick as the bare class, where an alternation of the marks and ``COLON`` took about 2.5 times as long.)"""
    return "[%s]" % marks + _NOT_A_CLOCK


def run_class(marks: str) -> str:
    """One character of a run within a clause, the counterpart of ``break_class``: any but ``marks`` (its body, a
    colon among them), or a colon between digits, so that "[^,;:]{0,60}?" written ``run_class(",;:") + "{0,60}?"``
    goes on through "at 10:30 on Monday" or "by a 3:1 vote" and stops at "said: " as before. (An alternation, so it
    takes its quantifier as one character: about 2.4 times as slow as the bare class over a long run; a greedy run of
    any length is ``greedy_run``. The events' 116 patterns that use the two took 0.34 s against the bare classes' 0.33
    s over the 426-document audit, whose build takes 11 s.)"""
    if ":" not in marks:
        raise ValueError(f"run_class({marks!r}): no colon among the marks, use the bare class")
    return "(?:[^%s]|%s)" % (marks, _CLOCK_COLON)


def greedy_run(marks: str) -> str:
    """``run_class(marks) + "*"`` written unrolled, "(?:[^,;:]*CLOCK_COLON)*[^,;:]*": the same matches, tried in the
    same order (longest first, one character less at each step back), but the class scans a run at its own speed and
    the last stretch, most runs' whole, is a bare class before what follows it, which the engine checks for quickly
    (a 20,000-character sentence's two hottest runs, ``series._SERIES_COMMA`` and ``relatives._OPEN_WHO``, took five
    times as long as the bare class with the alternation starred, about twice with this)."""
    if ":" not in marks:
        raise ValueError(f"greedy_run({marks!r}): no colon among the marks, use the bare class")
    return "(?:[^%s]*%s)*[^%s]*" % (marks, _CLOCK_COLON, marks)


# the modals ("will", "could", "must": the cue row ``modal``; the tense cues read them too, ``direction._BASE_BEFORE``)
MODALS = frozenset(load_tsv("event_cues.tsv")["modal"])
# A verb in the past ("reaffirmed", "met") and a finite verb, past or present ("calls"): one word, matched whole
# (``fullmatch``). The irregular ones are the cue row ``irregular_past``.
IRREGULAR_PAST = frozenset(load_tsv("event_cues.tsv")["irregular_past"])  # the tense cues read it too (``past_form``)
_IRREGULAR_PAST = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
PAST_VERB = re.compile(r"[a-z]+ed|" + _IRREGULAR_PAST)
FINITE_VERB = re.compile(r"[a-z]+(?:ed|s)|" + _IRREGULAR_PAST)
