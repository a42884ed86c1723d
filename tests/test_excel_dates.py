"""A CSV exported from Excel where dates are written with dots (semicolons, a `Text` header, "30.08.2018"): each
date read day first, as it is written."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from timeline import cli


def test_build_reads_dotted_dates_of_an_excel_export_day_first(tmp_path, monkeypatch):
    """A new user's CSV "from Excel" (forty-third session, `newuser47`) dated its White House readout of 9 December 2021
    "09.12.2021": it was read as 2021-09-12, three months off, with no flag, though the file's other dates
    ("15.04.2024", "26.12.2024") can only be read day first."""
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeffID;Title;Date;Text\r\n"
                     "wh-1;Readout;09.12.2021;President Biden spoke today with the leaders of the Bucharest Nine.\r\n"
                     "wh-2;Remarks;15.04.2024;President Biden met Prime Minister Fiala today at the White House.\r\n"
                     .encode("utf-8"))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html", "--date-field", "Date"])
    assert result.exit_code == 0, result.output
    articles = pd.read_csv(out / "articles.csv", dtype=str).fillna("")
    assert list(articles["anchor_date"]) == ["2021-12-09", "2024-04-15"]
    assert list(articles["anchor_source"]) == ["metadata", "metadata"]
    assert not any("published_" in flags for flags in articles["flags"])
