"""Time words, read once from ``resources/time_words.tsv``.

Each category maps a lower-cased word to its value. ``alternation`` turns a
category into a regex alternation, longest words first, so the grammar can be
written with named slots instead of word lists.
"""

from __future__ import annotations

import re
from importlib import resources


def _load() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    text = resources.files("timeline.resources").joinpath("time_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, word, value = line.split("\t")
        table.setdefault(category, {})[word.lower()] = value
    return table


WORDS = _load()
MONTHS = {w: int(v) for w, v in WORDS["month"].items()}
WEEKDAYS = {w: int(v) for w, v in WORDS["weekday"].items()}
# the weekdays written in full, "monday" ... "sunday" (not "mon", "tues", "thurs"): what a wire story writes
FULL_WEEKDAYS = tuple(w for w in WEEKDAYS if w.endswith("day"))
# the months written in full, "january" ... "december" (not "jan", "sept"), in the calendar's order
FULL_MONTHS = tuple(max((w for w, n in MONTHS.items() if n == month), key=len) for month in range(1, 13))
ORDINALS = {w: int(v) for w, v in WORDS["ordinal"].items()}
NUMBERS = WORDS["number"]  # value may be "X" (unspecified: "several")
UNITS = WORDS["unit"]
SEASONS = WORDS["season"]
PARTS_OF_DAY = WORDS["partofday"]
FREQUENCIES = WORDS["frequency"]
HOLIDAYS = WORDS["holiday"]  # lower-cased name -> date rule (see time_words.tsv)
GENERIC_TODAY = set(WORDS["generic_today"])  # "today's world" is not the anchor day
WEEKDAY_TITLES = set(WORDS["weekday_title"])  # "the Sunday Times" is a newspaper, not a day
OVERNIGHT_MANNER = set(WORDS["overnight_manner"])  # "almost overnight", "not change overnight": how fast, no time
OVERNIGHT_KIND = set(WORDS["overnight_kind"])  # "an overnight curfew": a kind of thing, no time

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {w: int(v) for w, v in NUMBERS.items() if v.isdigit() and int(v) < 10 and " " not in w and w not in ("a", "an")}


def alternation(words, *, escape_dots: bool = True) -> str:
    """Regex alternation of words, longest first; spaces match any run of blanks."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        part = re.escape(word) if escape_dots else word
        parts.append(part.replace(r"\ ", r"\s+"))
    return "(?:" + "|".join(parts) + ")"


def number_value(text: str) -> float | None:
    """'two' -> 2, '16' -> 16, 'twenty-five' -> 25, '5 1/2' -> 5.5, 'several' -> None (unspecified)."""
    word = re.sub(r"\s+", " ", text.strip().lower())
    if not word:
        return None
    if word in NUMBERS:
        value = NUMBERS[word]
        return None if value == "X" else float(value)
    match = re.fullmatch(r"(\d+)\s+(\d)/(\d)", word)
    if match:
        return int(match[1]) + int(match[2]) / int(match[3])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        pass
    match = re.fullmatch(r"(.+) (hundred|thousand)", word)
    if match:  # "two thousand", "twenty-five hundred"
        count = number_value(match[1])
        return None if count is None else count * (100 if match[2] == "hundred" else 1000)
    match = re.fullmatch(r"(\w+)[- ](\w+)", word)
    if match and match[1] in _TENS and match[2] in _ONES:
        return float(_TENS[match[1]] + _ONES[match[2]])
    if word.endswith(" and a half"):
        base = number_value(word[: -len(" and a half")])
        return None if base is None else base + 0.5
    return None


def year_value(text: str) -> int:
    """A year written in digits or words: '1996', 'nineteen ninety-six', 'two thousand (and) one'."""
    word = re.sub(r"[\s-]+", " ", text.strip().lower())
    if word.isdigit():
        return int(word)
    match = re.fullmatch(r"two thousand(?: and)?(?: (.+))?", word)
    if match:
        rest = number_value(match[1]) if match[1] else 0
        return 2000 + int(rest or 0)
    first, _, rest = word.partition(" ")
    century = number_value(first)
    if century is None or not rest:
        raise ValueError(f"not a year: {text!r}")
    if rest == "hundred":
        return int(century) * 100
    tail = number_value(rest)
    if tail is None:
        raise ValueError(f"not a year: {text!r}")
    return int(century) * 100 + int(tail)


def ordinal_value(text: str) -> int | None:
    word = text.strip().lower()
    if word in ORDINALS:
        return ORDINALS[word]
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", word)
    return int(match[1]) if match else None
