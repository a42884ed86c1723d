"""Event predicates: the words that say what kind of event a clause reports.

The lexicon is data (``resources/event_triggers.tsv``); each type maps to a
family, a CAMEO root code and a PLOVER category (``resources/event_types.csv``).
All patterns are joined into one compiled expression over the lower-cased
text; where two overlap, the longer wins ("held talks" over "held").
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    family: str
    cameo: str
    plover: str


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str

    @property
    def is_statement(self) -> bool:
        return self.type == "statement"


def _read(name: str) -> str:
    return resources.files("timeline.resources").joinpath(name).read_text(encoding="utf-8")


def _load_types() -> dict[str, EventType]:
    rows = csv.DictReader(io.StringIO(_read("event_types.csv")))
    return {r["event_type"]: EventType(r["event_type"], r["family"], r["cameo"], r["plover"]) for r in rows}


def _load_patterns() -> list[tuple[str, str]]:
    patterns = []
    for line in _read("event_triggers.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            event_type, pattern = line.split("\t", 1)
            patterns.append((event_type.strip(), pattern.strip()))
    return patterns


TYPES = _load_types()
_PATTERNS = _load_patterns()
for _type, _ in _PATTERNS:
    if _type not in TYPES:  # a typo in the data file should fail loudly, at import
        raise ValueError(f"event_triggers.tsv: unknown event type {_type!r} (see event_types.csv)")
_GROUP = {f"t{i}": event_type for i, (event_type, _) in enumerate(_PATTERNS)}
# Longest alternatives first so that phrases win over their head words.
_ORDER = sorted(range(len(_PATTERNS)), key=lambda i: -len(_PATTERNS[i][1]))
_TRIGGER = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<t{i}>{_PATTERNS[i][1]})" for i in _ORDER) + r")(?![\w-])"
)


def find_triggers(low: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Every predicate in ``low[start:end]`` (``low`` is the lower-cased text)."""
    end = len(low) if end is None else end
    return [Trigger(m.start(), m.end(), m.group(), _GROUP[m.lastgroup]) for m in _TRIGGER.finditer(low, start, end)]


def event_type(name: str) -> EventType:
    return TYPES.get(name) or TYPES["other"]
