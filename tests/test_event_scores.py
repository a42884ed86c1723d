"""Quality gates for event typing, dates and roles: both scorers against pinned floors.

The floors are in tests/data/quality_floors.json ("plover_dev": PLOVER category accuracy and actor
recall on ../shared/corpora/plover/sentences_dev.jsonl; "events_gold": event recall, precision,
date / type accuracy and participant F1 on tests/data/events_gold.jsonl). A figure below its floor
fails the test. ``pytest tests/test_event_scores.py --update-floors`` writes today's figures as the
new floors instead (review that diff like a code diff: a floor should only go down for a reason).
"""

from __future__ import annotations

import json

import pytest
from conftest import CORPORA, DATA, corpus

from timeline.evaluate.events import evaluate_events
from timeline.evaluate.plover import evaluate_plover

FLOORS = DATA / "quality_floors.json"
HOW = {
    "plover_dev": "python scripts/score_plover.py --json",
    "events_gold": "python scripts/score_events.py --json",
}


def _measure(name: str) -> dict[str, float]:
    if name == "plover_dev":
        return evaluate_plover(corpus("plover", "sentences_dev.jsonl")).measures()
    corpus("tass", "tass_dev.jsonl")
    corpus("whitehouse", "readouts_dev.jsonl")
    return evaluate_events(DATA / "events_gold.jsonl", CORPORA).measures()


def _write(name: str, figures: dict[str, float]) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    floors[name] = {"_how": HOW[name], **figures}
    FLOORS.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["plover_dev", "events_gold"])
def test_event_scores_at_least_pinned_floors(name, request):
    figures = _measure(name)
    if request.config.getoption("--update-floors"):
        _write(name, figures)
        pytest.skip(f"wrote today's {name} figures to {FLOORS.name}")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[name]
    pinned = {measure: floor for measure, floor in floors.items() if not measure.startswith("_")}
    assert pinned, f"no floors for {name} in {FLOORS}"
    below = {m: (figures.get(m), floor) for m, floor in pinned.items() if figures.get(m, -1.0) < floor}
    assert not below, f"{name}: below the pinned floor (measured, floor): {below}"


@pytest.mark.parametrize("name", ["plover_dev", "events_gold"])
def test_event_scores_floors_say_how_they_are_measured(name):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[name]
    assert floors["_how"].startswith("python scripts/score_")
    assert all(isinstance(v, (int, float)) and 0 <= v <= 100 for k, v in floors.items() if k != "_how")
