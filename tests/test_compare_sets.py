"""The transfer check (``scripts/compare_sets.py``): its deltas, sums and verdict on hand-made figures, the sets it
scores (the gate's, never a blind one), and a save-then-compare round trip on one small set that moves nothing."""

from __future__ import annotations

import json

import pytest

from conftest import corpus, load_script

compare_sets = load_script("compare_sets", "compare_sets")


def _figures(**sets: dict[str, float]) -> dict[str, dict[str, float]]:
    base = {"recall": 50.0, "precision_doc": 60.0, "actor2": 40.0}
    return {name: {**base, **moved} for name, moved in sets.items()}


SAVED = _figures(events_gold={}, events_fresh35={}, events_fresh36={})


def test_deltas_are_per_set_and_rounded_and_skip_sets_one_side_lacks():
    now = _figures(events_gold={"recall": 50.3}, events_fresh35={"precision_doc": 59.9}, events_fresh36={},
                   events_fresh99={"recall": 70.0})
    moves = compare_sets.deltas(now, SAVED)
    assert moves["events_gold"] == {"recall": 0.3, "precision_doc": 0.0, "actor2": 0.0}
    assert moves["events_fresh35"]["precision_doc"] == -0.1  # not -0.10000000000000142
    assert "events_fresh99" not in moves  # a set the saved file lacks is reported, not compared


def test_sums_are_over_the_named_sets_only():
    moves = {"a": {"recall": 0.1, "actor2": 1.0}, "b": {"recall": 0.2, "actor2": -3.0}, "c": {"recall": 5.0}}
    assert compare_sets.summed(moves, ["a", "b"]) == {"recall": 0.3, "actor2": -2.0}
    assert compare_sets.summed(moves, ["c", "missing"]) == {"recall": 5.0}


def test_fell_lists_the_sets_whose_recall_or_precision_doc_fell():
    moves = {"a": {"recall": -0.4, "precision_doc": 0.5, "actor2": -2.0}, "b": {"recall": 1.0, "actor2": -9.0},
             "c": {"recall": 0.0, "precision_doc": -0.2}}
    assert compare_sets.fell(moves, ["a", "b", "c"]) == {"a": {"recall": -0.4}, "c": {"precision_doc": -0.2}}


def test_transfers_when_check_recall_rises_and_no_check_set_falls():
    moves = {"dev": {"recall": -5.0}, "x": {"recall": 0.6, "precision_doc": 0.0}, "y": {"recall": 0.0}}
    transfers, line = compare_sets.verdict(moves, ["x", "y"])
    assert transfers and line.startswith("VERDICT transfers") and "+0.6" in line


def test_a_dev_only_gain_does_not_transfer():
    moves = {"dev": {"recall": 3.0}, "x": {"recall": 0.0}, "y": {"recall": 0.0}}
    transfers, line = compare_sets.verdict(moves, ["x", "y"])
    assert not transfers and "does not transfer" in line


def test_a_check_set_that_falls_stops_the_transfer_even_when_the_sum_rises():
    moves = {"x": {"recall": 2.0, "precision_doc": 0.0}, "y": {"recall": 0.5, "precision_doc": -0.3}}
    transfers, line = compare_sets.verdict(moves, ["x", "y"])
    assert not transfers and "fell: y (precision_doc -0.3)" in line


def test_measure_names_what_the_check_sum_must_raise():
    moves = {"x": {"recall": 0.0, "actor2_r": 1.2}, "y": {"recall": 0.0, "actor2_r": -0.2}}
    assert compare_sets.verdict(moves, ["x"], "actor2_r")[0]
    assert not compare_sets.verdict(moves, ["x"])[0]  # recall did not rise
    assert not compare_sets.verdict(moves, ["x", "y"], "actor2_r")[0]  # y's actor2_r fell


def test_compare_splits_dev_and_check_and_reports_sets_the_saved_file_lacks():
    now = _figures(events_gold={"recall": 51.0}, events_fresh35={"recall": 50.5}, events_fresh36={},
                   events_fresh99={})
    lines, report = compare_sets.compare(now, SAVED, ["events_fresh35", "events_fresh36"])
    assert report["dev"] == ["events_gold"] and report["dev_sum"]["recall"] == 1.0
    assert report["check_sum"]["recall"] == 0.5 and report["transfers"]
    assert "events_fresh99 missing in the saved file" in lines
    assert lines[-1] == report["verdict"]
    assert not any(line.startswith("events_fresh36") for line in lines)  # nothing moved: not printed


def test_the_default_check_is_the_four_highest_numbered_random_wire_sets():
    names = ["events_gold", "events_fresh27", "events_fresh28", "events_fresh3", "events_fresh30",
             "events_fresh100", "events_fresh29", "events_fresh31", "events_bbc"]
    assert compare_sets.default_check(names) == ["events_fresh29", "events_fresh30", "events_fresh31",
                                                 "events_fresh100"]
    assert compare_sets.default_check(["events_gold", "events_fresh27"]) == []


def test_it_compares_the_gates_pinned_measures_and_the_target():
    from timeline.evaluate.gate import EVENT_PINNED

    assert compare_sets.MEASURES[:len(EVENT_PINNED)] == EVENT_PINNED
    assert {"actor2", "actor2_r", "dated_p"} <= set(compare_sets.MEASURES)


def test_it_scores_the_gates_sets_and_never_a_blind_one():
    sets = compare_sets.gate_sets(compare_sets.QUALITY)
    assert "events_fresh42" in sets and "events_gold" in sets and len(sets) == 46
    assert not any("holdout" in name + gold for name, gold in sets.items())
    # fresh42 (blog posts and press conferences) is no random wire draw: the default CHECK skips it
    assert compare_sets.default_check(list(sets)) == ["events_fresh38", "events_fresh39", "events_fresh40",
                                                      "events_fresh41"]


def test_sets_outside_the_gate_are_refused(tmp_path):
    with pytest.raises(SystemExit):
        compare_sets.main(["--save", str(tmp_path / "x.json"), "--sets", "events_holdout"])
    with pytest.raises(SystemExit):
        compare_sets.main(["--save", str(tmp_path / "x.json"), "--sets", "events_fresh26", "--check",
                           "events_holdout"])
    assert not (tmp_path / "x.json").exists()


@pytest.mark.corpus
def test_save_then_against_on_one_small_set_moves_nothing(tmp_path, capsys):
    corpus("t17_syria", "articles.jsonl")
    corpus("whitehouse", "readouts_dev.jsonl")
    saved, out = tmp_path / "base.json", tmp_path / "report.json"
    one = ["--sets", "events_fresh26"]
    assert compare_sets.main(["--save", str(saved)] + one) == 0
    figures = json.loads(saved.read_text(encoding="utf-8"))
    assert list(figures) == ["events_fresh26"] and figures["events_fresh26"]["recall"] > 0
    assert compare_sets.main(["--against", str(saved), "--check", "events_fresh26", "--json", str(out)] + one) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["deltas"]["events_fresh26"]) >= set(compare_sets.MEASURES)
    assert all(v == 0 for v in report["deltas"]["events_fresh26"].values())
    assert report["check"] == ["events_fresh26"] and report["dev"] == [] and not report["check_fell"]
    assert not report["transfers"]  # nothing rose
    assert "VERDICT does not transfer" in capsys.readouterr().out
