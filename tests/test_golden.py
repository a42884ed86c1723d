"""End-to-end golden files: the sample articles in data/samples -> tests/golden/*.csv.

A change in output shows up as a diff of these files; review it like a code
diff. Rewrite them with ``pytest tests/test_golden.py --update-golden``.
"""

from __future__ import annotations

import difflib

import pytest
from conftest import ROOT, RUN_DATE, TESTS

from timeline import build
from timeline.settings import Settings

GOLDEN = TESTS / "golden"


@pytest.fixture(scope="module")
def sample_result():
    import os

    here = os.getcwd()
    os.chdir(ROOT)  # paths in articles.csv are relative to the project root
    try:
        return build(["data/samples"], Settings(run_date=RUN_DATE))
    finally:
        os.chdir(here)


@pytest.mark.parametrize("table", ["events", "articles", "actors"])
def test_golden_sample_tables(sample_result, table, request):
    got = getattr(sample_result, table).to_csv(index=False, lineterminator="\n")
    path = GOLDEN / f"{table}.csv"
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
        pytest.skip(f"rewrote {path}")
    expected = path.read_text(encoding="utf-8")
    if got != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                            f"golden/{table}.csv", "now", n=0))
        pytest.fail(f"{table}.csv differs from the golden file (rerun with --update-golden if intended):\n{diff[:6000]}")
