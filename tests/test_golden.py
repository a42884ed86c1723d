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


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_tables_read_back_with_their_types(sample_result, tmp_path, fmt):
    """`pd.read_csv('outputs/events.csv')` read the CAMEO code "04" as 4.0 and offsets and counts with an empty cell
    as floats (found as a new user in the twenty-sixth session): `timeline.read_table` reads each table the build
    wrote back as the build's DataFrame holds it, value for value, with the types of `table.TYPES`."""
    import pandas as pd

    import timeline
    from timeline.export.tables import write_csv
    from timeline.table import TYPES

    write_csv(sample_result, tmp_path, (fmt,))
    for name, types in TYPES.items():
        built = getattr(sample_result, name)
        read = timeline.read_table(tmp_path / f"{name}.{fmt}")
        assert list(read.columns) == list(built.columns) == list(types)
        assert dict(read.dtypes.astype(str)) == types
        pd.testing.assert_frame_equal(read, built.astype(types))
    events = timeline.read_table(tmp_path / f"events.{fmt}")
    assert events["cameo"].dropna().str.fullmatch(r"\d{2,4}").all() and (events["cameo"] == "04").any()


def test_read_table_names_a_file_it_cannot_place(tmp_path):
    """A renamed table is read when the caller says which it is; without that, the error says how. A table with no
    rows keeps its columns and types."""
    import timeline
    from timeline.table import TYPES

    path = tmp_path / "mine.csv"
    path.write_text("name,key,kind,roles,country,aliases,mentions,articles\nRussia,russia,state,,,Russia,3,\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"read_table\('.*mine.csv', table='events'\)"):
        timeline.read_table(path)
    actors = timeline.read_table(path, table="actors")
    assert actors["mentions"].tolist() == [3] and actors["articles"].isna().all() and actors["roles"].isna().all()
    (tmp_path / "events.jsonl").write_text("\n", encoding="utf-8")  # a table with no rows, in JSON Lines
    events = timeline.read_table(tmp_path / "events.jsonl")
    assert events.empty and dict(events.dtypes.astype(str)) == TYPES["events"]
