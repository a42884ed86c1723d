"""``timeline build --format xlsx``: one Excel workbook, a sheet per table, whose cells are the CSV's (no formula,
no Excel date), and a clear stop, before any article is read, when openpyxl is not installed."""

from __future__ import annotations

import re
import shutil
import sys

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import ROOT, RUN_DATE

from timeline import cli
from timeline.export import workbook


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    return CliRunner()


def test_cells_that_start_like_a_formula_are_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    frame = pd.DataFrame({
        "sentence": ["=HYPERLINK(\"http://x\",\"click\")", "- Russia's envoy said the talks would go on.",
                     "+7 495 prefix", "@Lavrov said", "Plain \x0bline"],
        "event_date": ["2018-08-27", "2018-08", "2018", pd.NA, "2018-W35"],
        "char_start": pd.array([12, None, 0, 3, 4], dtype="Int64"),
    }).astype({"sentence": "string", "event_date": "string"})
    path = workbook.write_workbook({"events": frame}, tmp_path / "timeline.xlsx")
    sheet = openpyxl.load_workbook(path)["events"]
    rows = list(sheet.iter_rows(min_row=2))
    assert [r[0].value for r in rows[:4]] == list(frame["sentence"][:4])  # kept as written, not evaluated
    assert all(r[0].data_type == "s" for r in rows)  # never "f"
    assert all(r[0].quotePrefix for r in rows[:4]) and not rows[4][0].quotePrefix
    assert rows[4][0].value == "Plain line"  # a control character no workbook can hold is left out
    assert [r[1].value for r in rows] == ["2018-08-27", "2018-08", "2018", None, "2018-W35"]  # text, no Excel date
    assert all(r[1].data_type == "s" for r in rows if r[1].value is not None)
    assert [r[2].value for r in rows] == [12, None, 0, 3, 4]
    assert sheet.freeze_panes == "A2" and [c.value for c in sheet[1]] == ["sentence", "event_date", "char_start"]
    assert 10 < sheet.column_dimensions["A"].width <= workbook.MAX_WIDTH + 2


def test_a_cell_past_excels_limit_is_cut_with_a_note():
    cell = workbook.text_cell("a" * 40_000)
    assert len(cell) == workbook.MAX_CELL and cell.endswith("[cut: 40,000 characters; the CSV holds them all]")
    assert workbook.text_cell("short") == "short"


def test_build_writes_one_workbook_whose_sheets_are_the_csvs(runner, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(ROOT / "data" / "samples"), "-o", str(out), "--format", "csv",
                                      "--format", "xlsx", "--no-html"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out / 'timeline.xlsx'}" in result.output
    book = openpyxl.load_workbook(out / "timeline.xlsx")
    assert book.sheetnames == ["events", "mentions", "articles", "actors"]
    for name in book.sheetnames:
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        rows = [["" if v is None else str(v) for v in row] for row in book[name].iter_rows(values_only=True)]
        assert rows[0] == list(csv.columns)
        assert rows[1:] == csv.values.tolist()  # every cell as the CSV writes it, list cells "; "-joined
        # the header row, and the columns that say which row it is as the sheet scrolls right to `sentence`
        assert book[name].freeze_panes == {"events": "C2", "mentions": "C2", "articles": "B2", "actors": "B2"}[name]


def test_xlsx_without_openpyxl_stops_before_reading(runner, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl raises ImportError

    def never(*args, **kwargs):
        raise AssertionError("articles were read")

    monkeypatch.setattr("timeline.pipeline.build", never)
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(ROOT / "data" / "samples"), "-o", str(out), "--format", "xlsx"])
    assert result.exit_code == 1
    assert "--format xlsx needs the openpyxl package" in result.output
    assert "pip install 'timeline[xlsx]'" in result.output
    assert not out.exists()


def test_the_workbook_given_back_as_an_input_is_named_as_timelines_own(runner, tmp_path):
    """ux45: a timeline.xlsx in the input folder (a second `timeline build . -o out` run) was skipped with "save it
    from the spreadsheet as CSV", a fix that would read it as articles. Told apart by its sheets (the standard
    library's zipfile: openpyxl is not needed to tell), it gets the message of timeline's other outputs; another
    spreadsheet keeps the CSV fix."""
    openpyxl = pytest.importorskip("openpyxl")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "samples" / "tass-1893901.txt", folder)  # "MOSCOW, December 26. /TASS/. ..."
    first = runner.invoke(cli.main, ["build", str(folder), "-o", str(folder / "out"), "--format", "xlsx",
                                     "--no-html", "--quiet"])
    assert first.exit_code == 0, first.output
    other = openpyxl.Workbook()
    other.active.title = "articles"  # one sheet named for a table is not timeline's workbook
    other.save(folder / "feed.xlsx")
    (folder / "broken.xlsx").write_bytes(b"not a zip")
    again = runner.invoke(cli.main, ["build", str(folder), "-o", str(tmp_path / "out2"), "--no-html"])
    assert again.exit_code == 0, again.output
    skipped = dict(re.findall(r"skipped \S+/(\S+\.xlsx): (.*)", again.output))
    assert skipped["timeline.xlsx"] == (
        "timeline's own workbook (timeline.xlsx, written by `timeline build --format xlsx`), not articles (leave it "
        "out: give the articles' files or folder only, and write the outputs (-o) to a folder outside them)")
    for name in ("feed.xlsx", "broken.xlsx"):
        assert "save it from the spreadsheet as CSV UTF-8" in skipped[name]


def test_the_workbook_is_told_without_openpyxl(tmp_path, monkeypatch):
    pytest.importorskip("openpyxl")
    path = workbook.write_workbook({name: pd.DataFrame({"a": ["x"]}) for name in
                                    ("events", "mentions", "articles", "actors")}, tmp_path / "renamed.xlsx")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    from timeline.ingest import read_articles

    [skipped] = read_articles([path])
    assert skipped.reason.startswith("timeline's own workbook")


def test_read_table_reads_a_sheet_of_the_workbook_with_the_csvs_types(runner, tmp_path):
    """read_table('out/timeline.xlsx') said to name the table, "e.g. read_table('out/timeline.xlsx',
    table='events')", and that call, followed verbatim, read the workbook as a CSV: UnicodeDecodeError (a new
    user's afternoon, the forty-third session's ``newuser47``). pandas' read_excel makes the CAMEO "04" the number
    4.0."""
    pytest.importorskip("openpyxl")
    from timeline import read_table

    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(ROOT / "data" / "samples"), "-o", str(out), "--format", "csv",
                                      "--format", "xlsx", "--no-html"])
    assert result.exit_code == 0, result.output
    book = out / "timeline.xlsx"
    with pytest.raises(ValueError) as err:
        read_table(book)
    fix = re.search(r"e\.g\. (read_table\(.*\))$", str(err.value))[1]
    events = eval(fix, {"read_table": read_table})  # the fix the message gives, followed verbatim
    pd.testing.assert_frame_equal(events, read_table(out / "events.csv"))
    assert events["cameo"].dropna().str.fullmatch(r"\d{2,3}").all()  # "04", not 4.0
    for name in ("mentions", "articles", "actors"):
        pd.testing.assert_frame_equal(read_table(book, table=name), read_table(out / f"{name}.csv"))
