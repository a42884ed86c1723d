"""The progress line of `timeline build` (``timeline.progress``): drawn only on a terminal, unless asked for."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from conftest import RUN_DATE

from timeline import cli, progress

STORY = "MOSCOW, August 30. /TASS/. Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on Friday.\n"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        # (each its own text: one text under two names is read once, ``ingest.copies``)
        (folder / f"a{i}.txt").write_text(f"{STORY}\n\n(Story {i}.)\n", encoding="utf-8")
    return folder


def build(monkeypatch, articles, tmp_path, *options, terminal=False):
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    monkeypatch.setattr(progress, "stderr_is_terminal", lambda: terminal)
    result = CliRunner().invoke(cli.main, ["build", str(articles), "-o", str(tmp_path / "out"), "--no-html",
                                           *options])
    assert result.exit_code == 0, result.output
    return result.stderr


@pytest.mark.parametrize("options, terminal", [((), False), (("--quiet",), True)], ids=["pipe", "quiet"])
def test_no_progress_into_a_pipe_or_when_quiet(monkeypatch, articles, tmp_path, options, terminal):
    err = build(monkeypatch, articles, tmp_path, *options, terminal=terminal)
    assert "\r" not in err and "read 3/3" not in err
    assert err.startswith("3 article(s) read, 0 skipped")


@pytest.mark.parametrize("options, terminal", [((), True), (("--progress",), False)], ids=["terminal", "asked"])
def test_progress_on_a_terminal_or_when_asked(monkeypatch, articles, tmp_path, options, terminal):
    err = build(monkeypatch, articles, tmp_path, *options, terminal=terminal)
    drawn, report = err.rsplit("\r", 1)
    assert "\rread 3/3 articles" in drawn and "\rwriting the tables" in drawn
    assert drawn.endswith(" ")  # the line is blanked before the report
    assert report.startswith("3 article(s) read, 0 skipped")


def test_progress_line_is_redrawn_in_place_and_cleared():
    stream = io.StringIO()
    line = progress.Progress(True, stream)
    line.update(1, 10)
    line.update(10, 10)  # the last count is always drawn
    line.say("writing")
    line.clear()
    assert stream.getvalue() == ("\rread 1/10 articles\rread 10/10 articles\rwriting" + " " * 12
                                 + "\r" + " " * 7 + "\r")
    off = io.StringIO()
    quiet = progress.Progress(False, off)
    quiet.update(1, 1), quiet.say("x"), quiet.clear()
    assert off.getvalue() == ""


def test_quiet_silences_the_progress_line_only(monkeypatch, articles, tmp_path):
    """--quiet is no "say nothing": a script still gets the report on stderr (a skipped input with its reason, the
    files written), nothing on stdout, and the exit status; the help says exactly that (newuser44)."""
    (articles / "notes.docx").write_bytes(b"PK\x03\x04")
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    monkeypatch.setattr(progress, "stderr_is_terminal", lambda: True)
    result = CliRunner().invoke(cli.main, ["build", str(articles), "-o", str(tmp_path / "out"), "--no-html",
                                           "--quiet"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "\r" not in result.stderr and result.stderr.startswith("3 article(s) read, 1 skipped")
    assert "skipped " + str(articles / "notes.docx") in result.stderr
    assert f"wrote {tmp_path / 'out' / 'events.csv'}" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.docx").write_bytes(b"PK\x03\x04")
    failed = CliRunner().invoke(cli.main, ["build", str(empty), "-o", str(tmp_path / "out2"), "--quiet"])
    assert failed.exit_code == 1 and "no article could be read" in failed.stderr
    helped = " ".join(CliRunner().invoke(cli.main, ["build", "--help"]).output.split())
    assert "--quiet turns off this line and nothing else" in helped


def test_workers_get_small_batches_so_the_line_moves(monkeypatch):
    """3,200 articles with --workers 2 went out in batches of 400: the line stood still for the first 400 (48 s),
    then jumped to "read 401/3200" (a new user's huge file, the forty-third session's ``newuser47``)."""
    from timeline import pipeline
    from timeline.model import Anchor, Article
    from timeline.settings import Settings

    sizes = []

    class InProcess:  # the pool, run here: what matters is the batch size it is asked for
        def __init__(self, workers):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def map(self, fn, *iterables, chunksize=1):
            sizes.append(chunksize)
            return map(fn, *iterables)

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", InProcess)
    monkeypatch.setattr(pipeline, "_work", lambda article, anchor, settings: ((), (), (), None))
    articles = [Article(id=f"a{i}", text="Lavrov met Fidan.") for i in range(3200)]
    seen = []
    done = pipeline._run(articles, [Anchor(None, "none")] * len(articles), Settings(workers=2),
                         lambda n, total: seen.append(n))
    assert len(done) == 3200 and seen[:3] == [1, 2, 3]
    assert sizes == [pipeline.MAX_CHUNK] and pipeline.MAX_CHUNK <= 20
    assert pipeline.worker_chunk(20, 2) == 2 and pipeline.worker_chunk(3, 4) == 1
