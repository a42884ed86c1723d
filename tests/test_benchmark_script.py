"""scripts/benchmark.py: the worker runs and reports figures (no speed is asserted here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "corpora" / "tempeval3" / "train"


def _script():
    return load_script("benchmark", "benchmark_script")


POSITIVE = ("docs", "chars", "mentions", "cold_docs_per_s", "best_docs_per_s", "median_docs_per_s",
            "peak_rss_mb_before_import", "peak_rss_mb_after_import", "peak_rss_mb")


@pytest.mark.parametrize("name", ["ours", "dateparser", "ours+export"])
@pytest.mark.corpus
@pytest.mark.skipif(not TRAIN.is_dir(), reason="TempEval-3 corpus not found")
def test_benchmark_script_measure_reports_figures(name):
    bench = _script()
    documents = bench.load_documents(TRAIN, limit=3)
    result = bench.measure(name, documents, repeat=2)
    assert set(POSITIVE) | {"name", "repeat", "wall_s", "cpu_s", "mentions_stable"} <= set(result)
    assert (result["name"], result["docs"], result["repeat"], len(result["wall_s"])) == (name, 3, 2, 2)
    assert [key for key in POSITIVE if not result[key] > 0] == []
    assert all(wall > 0 for wall in result["wall_s"])
    assert result["chars"] == sum(len(doc.text) for doc in documents)
    assert result["peak_rss_mb"] >= result["peak_rss_mb_after_import"] >= result["peak_rss_mb_before_import"]


@pytest.mark.parametrize(("count", "limit", "expected"), [
    (10, 3, [0, 3, 6]),
    (10, None, list(range(10))),
    (4, 9, [0, 1, 2, 3]),
])
def test_benchmark_script_spread_is_even(count, limit, expected):
    assert _script()._spread(list(range(count)), limit) == expected


@pytest.mark.parametrize(("ratio", "met"), [(10.0, True), (4.0, False)])
def test_benchmark_script_summary_ratio(ratio, met):
    """The ratio and the targets come from the per-measure figures, not from a clock."""
    ours = {"chars": 1000, "wall_s": [0.1], "median_docs_per_s": 600.0, "best_docs_per_s": 700.0,
            "cold_docs_per_s": 500.0}
    peer = {"chars": 1000, "wall_s": [1.0], "median_docs_per_s": 600.0 / ratio, "best_docs_per_s": 70.0,
            "cold_docs_per_s": 50.0}
    summary = _script().summarise({"ours": ours, "dateparser": peer})
    assert summary["ratios"]["docs_per_s_median"] == pytest.approx(ratio)
    assert summary["ratios"]["chars_per_s_median"] == pytest.approx(10.0)
    assert summary["targets"]["docs_per_s"]["met"] is True
    assert summary["targets"]["ratio_vs_dateparser"]["met"] is met
