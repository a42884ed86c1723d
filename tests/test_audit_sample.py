"""scripts/audit_sample.py: the audit sample never holds a document of a gold set (blind ones included)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def _script():
    return load_script("audit_sample", "audit_sample_script")


def test_audit_sample_writes_only_unused_records(tmp_path, monkeypatch):
    """main() on a corpus holding a gold set's document, a Timeline17 document a test cites and an unused one
    writes only the unused one (the tests folder is a temporary one, so the test fails if either rule breaks)."""
    script = _script()
    tests = tmp_path / "tests"
    (tests / "data").mkdir(parents=True)
    (tests / "data" / "events_gold_x.jsonl").write_text(
        json.dumps({"id": "t17-bbc-7#1", "article_id": "t17-bbc-7"}) + "\n", encoding="utf-8")
    (tests / "test_x.py").write_text('TEXT = "t17-reuters-8"  # a cited document\n', encoding="utf-8")
    monkeypatch.setattr(script, "TESTS", tests)
    corpora = _corpora(tmp_path, ["t17-bbc-7", "t17-reuters-8", "t17-reuters-9"])
    assert _written(script, tmp_path, corpora) == ["t17-reuters-9"]


def _corpora(tmp_path, t17_ids: list[str]):
    """A corpora folder whose Timeline17 file holds ``t17_ids`` (the White House and TASS files empty)."""
    corpora = tmp_path / "corpora"
    records = {"whitehouse/readouts_dev.jsonl": [], "tass/tass_dev.jsonl": [], "t17_syria/articles.jsonl": t17_ids}
    for name, ids in records.items():
        (corpora / name).parent.mkdir(parents=True)
        (corpora / name).write_text("".join(json.dumps({"id": i, "text": "x"}) + "\n" for i in ids), encoding="utf-8")
    return corpora


def _written(script, tmp_path, corpora, *flags) -> list[str]:
    """The Timeline17 ids ``main()`` writes with ``flags``."""
    out = tmp_path / "out"
    assert script.main([str(out), "--corpora", str(corpora), *flags]) == 0
    return [json.loads(line)["id"] for line in (out / "t17_syria.jsonl").read_text(encoding="utf-8").splitlines()]


def test_audit_sample_takes_the_first_unused_records(tmp_path):
    script = _script()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": "x"}) + "\n" for i in range(6)), encoding="utf-8")
    kept = [json.loads(line)["id"] for line in script.first_unused(corpus, 3, {"d0", "d2"})]
    assert kept == ["d1", "d3", "d4"]


def test_audit_sample_with_dev_keeps_development_documents_and_leaves_out_blind_ones(tmp_path, monkeypatch):
    """--with-dev keeps a development set's document (its file is scored by the quality gate) and a cited one, and
    leaves out a blind set's document (a gold file the gate does not score) and one named in --exclude."""
    script = _script()
    tests = tmp_path / "tests"
    (tests / "data").mkdir(parents=True)
    (tests / "test_quality.py").write_text(
        'SETS = {"events_dev": "python scripts/score_events.py --gold tests/data/events_gold_dev.jsonl --json"}\n',
        encoding="utf-8")
    (tests / "data" / "events_gold_dev.jsonl").write_text(
        json.dumps({"id": "t17-bbc-1#1", "article_id": "t17-bbc-1"}) + "\n", encoding="utf-8")
    (tests / "data" / "events_gold_blind.jsonl").write_text(
        json.dumps({"id": "t17-bbc-2#1", "article_id": "t17-bbc-2"}) + "\n", encoding="utf-8")
    (tests / "test_x.py").write_text('TEXT = "t17-bbc-3"  # a cited document\n', encoding="utf-8")
    monkeypatch.setattr(script, "TESTS", tests)
    corpora = _corpora(tmp_path, [f"t17-bbc-{i}" for i in range(1, 6)])
    exclude = tmp_path / "exclude.txt"
    exclude.write_text("t17-bbc-4\n", encoding="utf-8")
    assert _written(script, tmp_path, corpora, "--with-dev", "--exclude", str(exclude)) == [
        "t17-bbc-1", "t17-bbc-3", "t17-bbc-5"]
    assert _written(script, tmp_path, corpora, "--exclude", str(exclude)) == ["t17-bbc-5"]


def test_a_blind_set_on_a_cut_record_keeps_the_whole_record_out(tmp_path, monkeypatch):
    """A blind set written on a record cut at a speaker turn (id ``<source>--part1``, text the start of the source
    record) leaves the source record out of every sample: its text would show the blind part unlabelled."""
    script = _script()
    tests = tmp_path / "tests"
    (tests / "data").mkdir(parents=True)
    (tests / "test_quality.py").write_text("", encoding="utf-8")
    (tests / "data" / "events_gold_blind.jsonl").write_text(
        json.dumps({"id": "t17-bbc-2--part1#1", "article_id": "t17-bbc-2--part1"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(script, "TESTS", tests)
    corpora = _corpora(tmp_path, ["t17-bbc-1", "t17-bbc-2", "t17-bbc-3"])
    assert _written(script, tmp_path, corpora, "--with-dev") == ["t17-bbc-1", "t17-bbc-3"]
