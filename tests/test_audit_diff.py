"""scripts/audit_diff.py: which articles a change moved, compared per article before merging (mentions.csv) or
after (events.csv)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pandas as pd

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit_diff.py"
_spec = importlib.util.spec_from_file_location("audit_diff", SCRIPT)
audit_diff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit_diff)

ROW = {"event_date": "2012-02-20", "precision": "day", "date_text": "on Monday", "date_basis": "explicit",
       "event_type": "meeting", "status": "reported", "actors": "Kofi Annan; Syria", "actor1": "Kofi Annan",
       "actor2": "Syria", "location": "Damascus", "trigger": "met", "char_start": "40",
       "sentence": "Kofi Annan met Syrian officials in Damascus on Monday."}


def _build(folder: Path, mentions: list[dict], events: list[dict], articles: list[str]) -> Path:
    folder.mkdir()
    pd.DataFrame(mentions).to_csv(folder / "mentions.csv", index=False)
    pd.DataFrame(events).to_csv(folder / "events.csv", index=False)
    pd.DataFrame({"article_id": articles, "status": "ok"}).to_csv(folder / "articles.csv", index=False)
    return folder


def test_a_moved_mention_is_its_own_article_only(tmp_path):
    a = dict(ROW, article_id="a")
    b = dict(ROW, article_id="b", char_start="7")
    b_new = dict(b, location="")
    # the merged event holds both articles; only b's own telling changed
    event = dict(ROW, article_id="a", article_ids="a; b")
    base = _build(tmp_path / "base", [a, b], [event], ["a", "b", "c"])
    new = _build(tmp_path / "new", [a, b_new], [dict(event, location="")], ["a", "b", "c"])

    same, moved, changes = audit_diff.compare(base, new)
    assert (same, moved) == (["a", "c"], ["b"])
    gone, added = changes["b"]
    assert [r[9] for r in gone] == ["Damascus"] and [r[9] for r in added] == [""]

    # merged rows belong to every article they hold: both move
    same, moved, _ = audit_diff.compare(base, new, events=True)
    assert (same, moved) == (["c"], ["a", "b"])


def test_the_command_prints_the_count_and_the_ids(tmp_path):
    a = dict(ROW, article_id="a")
    base = _build(tmp_path / "base", [a], [a], ["a", "b"])
    new = _build(tmp_path / "new", [a, dict(ROW, article_id="b", event_type="talks")], [a], ["a", "b"])
    run = [sys.executable, str(SCRIPT), str(base), str(new)]
    out = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0] == "1 same, 1 moved"
    assert "== b" in out and "+ ('2012-02-20', 'day', 'on Monday', 'explicit', 'talks'" in out
    assert subprocess.run(run + ["--same"], capture_output=True, text=True, check=True).stdout.split() == ["a"]
    assert subprocess.run(run + ["--moved"], capture_output=True, text=True, check=True).stdout.split() == ["b"]


def test_a_missing_build_names_the_file_and_the_fix(tmp_path):
    (tmp_path / "empty").mkdir()
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "empty"), str(tmp_path / "empty")],
                         capture_output=True, text=True)
    assert run.returncode != 0 and "mentions.csv not found" in run.stderr and "timeline build" in run.stderr


def test_a_row_told_twice_then_once_is_listed(tmp_path):
    a = dict(ROW, article_id="a")
    base = _build(tmp_path / "base", [a, a], [a], ["a"])
    new = _build(tmp_path / "new", [a], [a], ["a"])
    same, moved, changes = audit_diff.compare(base, new)
    assert moved == ["a"] and len(changes["a"][0]) == 1 and changes["a"][1] == []
