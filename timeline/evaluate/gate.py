"""The events sets of the quality gate: the gold files ``tests/test_quality.py``'s ``HOW`` scores, and the measures
it pins on them (``EVENT_PINNED``).

Read from the test file's text, not by importing it (it needs pytest and its conftest): each events set is a line
``"events_NAME": "python scripts/score_events.py [--gold FILE] --json"``, and a line without ``--gold`` scores the
default, ``tests/data/events_gold.jsonl``. ``scripts/wrong_dates.py`` scores these sets; ``scripts/audit_sample.py``
takes every other ``events_gold*.jsonl`` for a blind set.
"""

from __future__ import annotations

import re
from pathlib import Path

DEFAULT_GOLD = "tests/data/events_gold.jsonl"  # what score_events.py scores without --gold
# what the events gates pin (``tests/test_quality.py``'s docstring says why; the other event measures are printed), and
# what ``scripts/compare_sets.py`` compares
EVENT_FIELDS = ("date", "type", "family", "status", "actor1", "actor2", "location")
EVENT_PINNED = ("recall", "precision", "precision_doc", "participant_p", "participant_r_all",
                "roles_p", "roles_r_all", "dated_r") + tuple(f"{field}_r" for field in EVENT_FIELDS)
_SET = re.compile(r'"(events_\w+)": "python scripts/score_events.py(?: --gold (\S+))? --json"')


def gate_sets(quality: Path) -> dict[str, str]:
    """{set name: its gold file, relative to the repository} for every events set ``quality`` (the text of
    ``tests/test_quality.py``) scores, in its order; {} when the file does not exist."""
    if not quality.exists():
        return {}
    return {name: gold or DEFAULT_GOLD for name, gold in _SET.findall(quality.read_text(encoding="utf-8"))}
