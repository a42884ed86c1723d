"""Outputs are written whole or not at all, and Ctrl-C ends a run with the shell's status for an interrupt.

A build replaces its tables and page in place; an interrupt, a full disk or a crash while one is written must leave
the earlier run's file under its name, never a cut one (``timeline/export/whole_file.py``).
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import RUN_DATE, SAMPLES, SEED_DATELINE

from timeline import cli
from timeline.export.whole_file import replacing

TABLES = ("events.csv", "mentions.csv", "articles.csv", "actors.csv", "timeline.html")


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    return CliRunner()


def test_an_error_while_writing_leaves_the_earlier_file_and_no_part(tmp_path):
    out = tmp_path / "events.csv"
    out.write_text("earlier run\n", encoding="utf-8")
    with pytest.raises(OSError, match="No space left"):
        with replacing(out) as part:
            part.write_text("half of a ta", encoding="utf-8")
            raise OSError(28, "No space left on device")
    assert out.read_text(encoding="utf-8") == "earlier run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_ctrl_c_while_the_tables_are_written_exits_130_and_cuts_no_file(runner, tmp_path, monkeypatch):
    article = SAMPLES / f"{SEED_DATELINE}.txt"
    out = tmp_path / "out"
    first = runner.invoke(cli.main, ["build", str(article), "-o", str(out)])
    assert first.exit_code == 0, first.output
    before = {name: (out / name).read_bytes() for name in TABLES}

    written = []
    to_csv = pd.DataFrame.to_csv

    def interrupted_on_the_second_table(self, path, *args, **kwargs):
        written.append(path)
        if len(written) == 2:  # half of mentions.csv is on disk when Ctrl-C comes
            path.write_text("event_id,event_da", encoding="utf-8")
            raise KeyboardInterrupt
        return to_csv(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", interrupted_on_the_second_table)
    second = runner.invoke(cli.main, ["build", str(article), "-o", str(out), "--reference-date", "2018-09-30"])
    assert second.exit_code == cli.INTERRUPTED == 130, second.output
    assert "interrupted" in second.output
    for name in TABLES:  # each the earlier run's or this run's, whole; none cut, no part file left
        assert (out / name).read_bytes() == before[name] or name == "events.csv", name
    assert (out / "mentions.csv").read_bytes() == before["mentions.csv"]
    # events.csv was written before the interrupt: this run's, whole (every column, every row parses)
    assert list(pd.read_csv(out / "events.csv").columns) == list(pd.read_csv(io.BytesIO(before["events.csv"])).columns)
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLES)


def test_timex_writes_each_tml_whole(tmp_path, monkeypatch):
    # `timeline timex` writes its .tml files through the same part file: a cut write leaves the earlier file
    from timeline.export import timeml

    out = tmp_path / "doc.tml"
    out.write_text("earlier\n", encoding="utf-8")

    def cut(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(timeml, "to_timeml", cut)
    with pytest.raises(KeyboardInterrupt):
        timeml.write_timeml(out, "Lavrov spoke on Monday.", [], docid="doc", dct="2018-08-30")
    assert out.read_text(encoding="utf-8") == "earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.tml"]
