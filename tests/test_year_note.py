"""The run's report on what a mixed folder's dates were taken from: a yearless dateline given the set's commonest
year (``year_note``), and records whose date sits under another field name (``--date-field`` before
``--reference-date``). Both from a new user's folder (the forty-third session, `newuser47`)."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from timeline import cli

TASS = ("Contract for gas transit to EU cannot be renewed before New Year - Putin\n\n"
        "IGORA /Leningrad Region/, December 26. /TASS/. The contract for gas supplies to Europe via Ukraine is ending, "
        "Russian President Vladimir Putin said answering a question from TASS.\n")


def _readout(day: str, text: str) -> str:
    return f"Readout of the President's Call\n{day}\n\n{text}\n"


def _build(tmp_path, files: dict[str, str], *options: str):
    folder = tmp_path / "in"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["build", str(folder), "-o", str(out), "--no-html", *options])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split()), pd.read_csv(out / "articles.csv", dtype=str).fillna("")


def test_a_dateline_given_the_sets_commonest_year_is_said_with_the_fix(tmp_path):
    """White House readouts of 2021 and 2022 and a TASS story of December 26 (2024): the story was dated
    2022-12-26, the set's commonest year, and only articles.csv's year_source said so."""
    files = {"tass.txt": TASS,
             "a.txt": _readout("March 30, 2022", "President Biden spoke today with President Duda of Poland."),
             "b.txt": _readout("April 21, 2022", "President Biden met today with Prime Minister Shmyhal."),
             "c.txt": _readout("February 25, 2021", "President Biden spoke today with President Kenyatta.")}
    said, articles = _build(tmp_path, files)
    tass = articles[articles["article_id"] == "tass"].iloc[0]
    assert (tass["anchor_date"], tass["year_source"]) == ("2022-12-26", "corpus")
    assert ("1 article(s) have a dateline with no year and no article of the set dated within a week of its day "
            "(tass; 'IGORA /Leningrad Region/, December 26. /TASS/.'), so they were given the set's commonest year, "
            "2022: if that is wrong, pass --year YYYY") in said
    said, articles = _build(tmp_path / "again", files, "--year", "2024")  # the fix, followed
    assert articles.loc[articles["article_id"] == "tass", "anchor_date"].item() == "2024-12-26"
    assert "commonest year" not in said


def test_no_line_when_the_set_dates_the_dateline(tmp_path):
    said, articles = _build(tmp_path, {"tass.txt": TASS, "a.txt": _readout(
        "December 26, 2024", "President Biden spoke today with President Duda of Poland.")})
    assert articles.loc[articles["article_id"] == "tass", "year_source"].item() == "set"
    assert "commonest year" not in said


def test_records_with_a_date_under_another_name_are_told_that_fix_first(tmp_path):
    """A CSV "from Excel" with a 'Date' column: the no-anchor line said "pass --reference-date", which would date
    every record on one day, and only the next line named --date-field Date."""
    said, _ = _build(tmp_path, {"export.csv": "ID;Date;Text\n"
                                "r1;26.12.2024;President Biden spoke on Wednesday with President Duda of Poland.\n"})
    assert ("so their relative dates are unresolved; their records hold a date under another name: --date-field Date "
            "(below) reads it; else pass --reference-date YYYY-MM-DD") in said
