"""The command line's input/output contract: every input accounted for, exit codes, output files.

Driven as a user would (click's CliRunner) on the bundled sample articles
(real TASS stories and the seed story) with bad files made from them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import RUN_DATE, SAMPLES, SEED_DATELINE, corpus

import timeline
from timeline import cli

TASS_TXT = "tass-1893901"  # "MOSCOW, December 26. /TASS/." with no year
SEED_TEXT = (SAMPLES / f"{SEED_DATELINE}.txt").read_text(encoding="utf-8")
STORIES = [json.loads(line) for line in (SAMPLES / "tass_stories.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)  # the CLI's only clock reading
    return CliRunner()


def _mixed(folder):
    """One good .txt, a Latin-1 .txt, a .jsonl with a good line, a broken line and a record without text,
    a .docx document (not an article file) and a hidden file."""
    folder.mkdir()
    shutil.copy(SAMPLES / f"{SEED_DATELINE}.txt", folder)
    (folder / "latin1.txt").write_bytes(SEED_TEXT.replace("—", "-").replace("’", "'").encode("latin-1", "replace")
                                        + "Caf\xe9".encode("latin-1"))
    lines = [json.dumps(STORIES[0]), json.dumps(STORIES[1])[:80], json.dumps({"id": "no-text", "title": STORIES[2]["title"]})]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "page.docx").write_text(SEED_TEXT, encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden: passed over quietly
    return folder


@pytest.mark.parametrize("command", ["timex", "build"])
def test_cli_lists_every_skipped_input_and_exits_0_when_some_were_read(runner, tmp_path, command):
    folder = _mixed(tmp_path / "in")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, [command, str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 article(s)" in result.output and "4 skipped" in result.output
    assert ".DS_Store" not in result.output
    for where, reason in ((folder / "latin1.txt", "not UTF-8"), (folder / "page.docx", "not an article file (.docx)"), 
                          (f"{folder / 'wire.jsonl'}:2", "invalid JSON (Unterminated string starting at column "),
                          (f"{folder / 'wire.jsonl'}:3", "no 'text' field in this record (fields: id, title)")):
        assert f"skipped {where}: {reason}" in result.output
    assert " at at " not in result.output
    if command == "timex":
        assert sorted(p.name for p in out.iterdir()) == [f"{SEED_DATELINE}.tml", f"{STORIES[0]['id']}.tml"]


@pytest.mark.parametrize("command", ["timex", "build"])
def test_cli_exits_1_when_no_input_could_be_read(runner, tmp_path, command):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "latin1.txt").write_bytes("MOSCOW, December 26. /TASS/. Caf\xe9 talks on Monday.".encode("latin-1"))
    out = tmp_path / "out"
    result = runner.invoke(cli.main, [command, str(folder), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"skipped {folder / 'latin1.txt'}: not UTF-8" in result.output
    assert "no article could be read (1 input(s) skipped" in result.output
    if command == "timex":
        assert not out.exists() or not any(out.iterdir())
    else:  # the tables are still written: articles.csv says why
        articles = pd.read_csv(out / "articles.csv")
        assert list(articles["status"]) == ["skipped"]


@pytest.mark.parametrize("command", ["build", "timex"])
@pytest.mark.parametrize("out, says", [
    ("notes.txt", "notes.txt is a file, not a folder; give a folder for the outputs"),
    ("notes.txt/out", "notes.txt is a file, so the folder notes.txt/out cannot be made in it; give another folder"),
], ids=["file", "folder-in-a-file"])
def test_cli_out_that_cannot_be_a_folder_is_a_usage_error_with_the_fix(runner, tmp_path, monkeypatch, command, out,
                                                                       says):
    """-o naming a file (or a folder inside one) was a NotADirectoryError traceback after the whole build."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    result = runner.invoke(cli.main, [command, str(SAMPLES / f"{SEED_DATELINE}.txt"), "-o", out])
    assert result.exit_code == 2, result.output
    assert says in result.output and "Traceback" not in result.output
    assert "article(s)" not in result.output  # said before the inputs are read
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize("command", ["build", "timex"])
def test_cli_out_folder_that_cannot_be_written_says_so(runner, tmp_path, monkeypatch, command):
    import os

    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as a folder of another user's is to a non-root one
    result = runner.invoke(cli.main, [command, str(SAMPLES / f"{SEED_DATELINE}.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert f"cannot write in {tmp_path} (permission denied); give a folder you can write to" in result.output


@pytest.mark.parametrize("command, writer", [("build", "timeline.export.tables.write_frame"),
                                             ("timex", "timeline.timex.write_timeml")])
def test_cli_outputs_that_fail_to_write_end_with_one_line_not_a_traceback(runner, tmp_path, monkeypatch, command,
                                                                          writer):
    import errno

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "x"))

    monkeypatch.setattr(writer, full_disk)
    result = runner.invoke(cli.main, [command, str(SAMPLES / f"{SEED_DATELINE}.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert f"cannot write {tmp_path / 'out' / 'x'}: No space left on device (give -o a folder you can write to" \
        in result.output


TABLES = ("events.csv", "mentions.csv", "articles.csv", "actors.csv")


def test_cli_build_reads_every_row_a_stray_quote_in_a_spreadsheet_export_swallowed(runner, tmp_path):
    """A spreadsheet export of the sample stories in which one text cell, typed by hand, opens with a quotation mark
    that never closes and was not written quoted: the csv module pairs it with the next quote of the file, in a later
    row, and reads the rows between as part of that one cell. The run names the file, the row, the lines and the fix
    on stderr and in articles.csv, skips that row and reads every other one."""
    rows = [{**story, "source": "TASS"} for story in STORIES[:4]]  # (a source with a comma would be quoted)
    rows[1]["text"] = "placeholder"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    typed = '"Moscow is ready for talks without preconditions Lavrov told reporters'
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue().replace(",placeholder\r\n", "," + typed + "\r\n"), encoding="utf-8", newline="")
    line = 2 + STORIES[0]["text"].count("\n") + 1  # the line of row 3: row 2's text holds paragraphs
    last = line + 1 + STORIES[2]["text"].count("\n")  # the last line of row 4, whose text holds paragraphs too
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "3 article(s) read, 1 skipped" in result.output
    assert (f"skipped {path}:3: a quote opens the 'text' field at line {line} and the csv reader took the next quote, "
            f"at line {line + 1}, in a later row, for its closing one: it read lines {line} to {last} as this one row, "
            "so the row after "
            f"it (row 4, lines {line + 1} to {last}) vanished into it; that row "
            "is read as an article, this row is not (if the quote belongs to the text, quote the whole field and write "
            'the quote twice ("""We ..."), otherwise delete it') in result.output
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str)
    assert list(articles["article_id"]) == [story["id"] for story in STORIES[:4]]
    assert list(articles["status"]) == ["ok", "skipped", "ok", "ok"]
    assert list(articles["record"]) == ["2", "3", "4", "5"]
    assert articles["reason"][1].startswith("a quote opens the 'text' field at line")


@pytest.mark.parametrize("second", ["unsupported", "no-events"])
def test_cli_build_replaces_every_table_of_the_previous_run(runner, tmp_path, second):
    out = tmp_path / "out"
    first = runner.invoke(cli.main, ["build", str(SAMPLES), "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert all(len(pd.read_csv(out / name)) for name in TABLES)
    if second == "unsupported":
        given = tmp_path / "page.docx"
        given.write_text(SEED_TEXT, encoding="utf-8")
        expected_exit = 1
    else:  # an article with no date and no event: read, but nothing to tabulate
        given = tmp_path / "title.txt"
        given.write_text(SEED_TEXT.splitlines()[2] + "\n", encoding="utf-8")
        expected_exit = 0
    result = runner.invoke(cli.main, ["build", str(given), "-o", str(out)])
    assert result.exit_code == expected_exit, result.output
    for name in TABLES:
        assert f"wrote {out / name}" in result.output
    events, mentions, actors = (pd.read_csv(out / name) for name in ("events.csv", "mentions.csv", "actors.csv"))
    assert len(events) == len(mentions) == 0
    assert "event_date" in events.columns and "merged_event_id" in mentions.columns and "name" in actors.columns
    articles = pd.read_csv(out / "articles.csv")
    assert list(articles["path"]) == [str(given)]


@pytest.mark.parametrize("blocked", ["articles.csv", "timeline.html"])
@pytest.mark.parametrize("how", ["open elsewhere", "a folder"])
def test_cli_build_replaces_no_table_when_one_cannot_be_replaced(runner, tmp_path, monkeypatch, blocked, how):
    """An output of the previous run that cannot be replaced (open in a spreadsheet, which locks it on Windows;
    read-only; a folder of that name): the run says which file, why and the fix, and writes nothing, so the folder
    keeps the earlier run's tables together (found as a new user in the twenty-sixth session: the tables before it
    were replaced, those after it not, and the message told the user to give -o a writable folder)."""
    from timeline.export import tables

    out = tmp_path / "out"
    assert runner.invoke(cli.main, ["build", str(SAMPLES), "-o", str(out)]).exit_code == 0
    before = {name: (out / name).read_bytes() for name in TABLES if name != blocked}
    if how == "a folder":
        (out / blocked).unlink()
        (out / blocked).mkdir()
        fix = "it is a folder: move it away"
    else:
        real_open = open

        def locked(path, *args, **kwargs):
            if str(path) == str(out / blocked):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(tables, "open", locked, raising=False)
        fix = "it is read-only or open in another program, such as a spreadsheet: close it or make it writable"
    result = runner.invoke(cli.main, ["build", str(SAMPLES / f"{SEED_DATELINE}.txt"), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"cannot replace {out / blocked}: " in result.output
    assert f"({fix}, or give -o another folder; nothing was written, so {out} still holds the earlier run's" \
        in result.output
    assert {name: (out / name).read_bytes() for name in before} == before


def test_cli_timex_explain_into_a_closed_pipe_writes_every_file(tmp_path):
    """`timeline timex ... --explain | head`: the reader of standard output goes away after a few lines. The run is
    no failure for it: every .tml file is written, the summary is said, exit status 0 (found as a new user in the
    twenty-sixth session: it stopped after the first files with "cannot write OUT: Broken pipe (give -o a folder you
    can write to ...)"). The pipe is closed before the command starts, so its first line meets a closed pipe."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        run = subprocess.run([sys.executable, "-m", "timeline", "timex", str(SAMPLES), "-o", str(tmp_path / "tagged"),
                              "--explain"], stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert run.returncode == 0, run.stderr
    tagged = len(list((tmp_path / "tagged").glob("*.tml")))
    assert tagged == 8 and f"wrote {tagged} .tml file(s)" in run.stderr, run.stderr
    assert "Broken pipe" not in run.stderr and "Exception ignored" not in run.stderr, run.stderr


def test_cli_timex_anchors_every_article_as_build_does(runner, tmp_path):
    """The TASS .txt stories say "MOSCOW, December 26." with no year: build takes 2024 from the set;
    timex must write the same anchor as their DCT, and so for every sample article."""
    from timeline.ingest.tml import read_tml

    build = runner.invoke(cli.main, ["build", str(SAMPLES), "-o", str(tmp_path / "out"), "--no-html"])
    assert build.exit_code == 0, build.output
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str)
    result = runner.invoke(cli.main, ["timex", str(SAMPLES), "-o", str(tmp_path / "tagged"), "--explain"])
    assert result.exit_code == 0, result.output
    dcts = {article_id: read_tml(tmp_path / "tagged" / f"{article_id}.tml").dct for article_id in articles["article_id"]}
    assert dcts == {row.article_id: row.anchor_date if isinstance(row.anchor_date, str) else "XXXX-XX-XX"
                    for row in articles.itertuples()}
    assert dcts[TASS_TXT] == dcts["tass-1894063"] == "2024-12-26"
    assert f"tagged/{TASS_TXT}.tml (anchor 2024-12-26 (dateline, year from set; year_inferred))" in result.output


def test_cli_timex_unknown_dct_reads_back(runner, tmp_path):
    """review D #4: an article with no anchor is written with DCT XXXX-XX-XX (TimeML's unspecified date), which
    timex and dates refused to read back ("the DCT value 'XXXX-XX-XX' is not a date"). It reads as an article with
    no date: anchored by --reference-date (or a dateline), its DCT and text kept as written."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plain.txt").write_text("Lavrov met Fidan on Monday.\n", encoding="utf-8")
    assert runner.invoke(cli.main, ["timex", str(tmp_path / "in"), "-o", str(tmp_path / "a")]).exit_code == 0
    written = (tmp_path / "a" / "plain.tml").read_text(encoding="utf-8")
    assert 'value="XXXX-XX-XX"' in written
    again = runner.invoke(cli.main, ["timex", str(tmp_path / "a"), "-o", str(tmp_path / "b"), "--explain"])
    assert again.exit_code == 0, again.output
    assert "(anchor none" in again.output and (tmp_path / "b" / "plain.tml").read_text(encoding="utf-8") == written
    shown = runner.invoke(cli.main, ["dates", "--file", str(tmp_path / "a" / "plain.tml"),
                                     "--reference-date", "2024-12-26"])
    assert shown.exit_code == 0, shown.output
    assert "# plain: anchor 2024-12-26 (option)" in shown.output and "2024-12-23" in shown.output
    built = runner.invoke(cli.main, ["build", str(tmp_path / "a"), "-o", str(tmp_path / "out"), "--no-html"])
    assert built.exit_code == 0 and "publication date that is no date" not in built.output, built.output


@pytest.mark.parametrize("options, anchor, monday", [
    ((), "2018-08-30 (dateline, year from weekday", "2018-08-27"),
    (("--year", "2019"), "2019-08-30 (dateline, year from option)", "2019-08-27 "),  # not a Monday in 2019:
], ids=["dateline", "year-option"])
def test_cli_dates_file_is_anchored_by_its_dateline(runner, options, anchor, monday):
    result = runner.invoke(cli.main, ["dates", "--file", str(SAMPLES / f"{SEED_DATELINE}.txt"), *options])
    assert result.exit_code == 0, result.output
    assert f"# {SEED_DATELINE}: anchor {anchor}" in result.output
    line = next(line for line in result.output.splitlines() if "'Monday, August 27'" in line)
    assert monday in line and "anchor=none" not in result.output
    assert ("weekday_mismatch" in line) == bool(options)  # ... so flagged


@pytest.mark.parametrize("name", ["tass_stories.jsonl"])
def test_cli_dates_file_reads_records_as_build_does(runner, name):
    """Each record of a .jsonl is one article with its metadata date as anchor, which its dateline's day agrees with
    (the dateline is said: basis49). Its line on stdout, with the lines it heads, names the article by id and title
    (ux31: on stderr, `> out.txt` or `| grep` lost which article a line was of)."""
    from timeline.article_lead import cut

    result = runner.invoke(cli.main, ["dates", "--file", str(SAMPLES / name)])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if line.startswith("# ")] == [
        f'# {story["id"]}: anchor 2024-12-26 (dateline, year from metadata), title "{cut(story["title"])}"'
        for story in STORIES]
    assert "# " not in result.stderr


def test_cli_dates_file_takes_the_field_options_its_skip_reason_names(runner, tmp_path):
    """A record file that names its fields otherwise (``body``, ``pubdate``): the skip reason says "name the text
    field with --text-field", and ``dates`` takes that option, and ``--date-field``, as ``build`` and ``timex`` do
    (found as a new user in the twenty-sixth session: ``dates`` had no such option, so the fix it gave failed)."""
    renamed = [{"id": story["id"], "body": story["text"], "pubdate": story["published"]} for story in STORIES[:2]]
    path = tmp_path / "renamed.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in renamed), encoding="utf-8")
    plain = runner.invoke(cli.main, ["dates", "--file", str(path)])
    assert plain.exit_code == 1 and "name the text field with --text-field" in plain.output, plain.output
    result = runner.invoke(cli.main, ["dates", "--file", str(path), "--text-field", "body", "--date-field", "pubdate"])
    assert result.exit_code == 0, result.output
    assert [line.split(", starts ")[0] for line in result.output.splitlines() if line.startswith("# ")] == [
        f"# {story['id']}: anchor 2024-12-26 (dateline, year from metadata)" for story in STORIES[:2]]


@pytest.mark.parametrize("command", ["build", "timex", "dates"])
@pytest.mark.parametrize("year", ["18", "0", "20188"])
def test_cli_year_out_of_range_is_a_usage_error(runner, tmp_path, command, year):
    args = [command, str(SAMPLES / f"{TASS_TXT}.txt")] if command != "dates" else [command, "--file",
                                                                                    str(SAMPLES / f"{TASS_TXT}.txt")]
    if command != "dates":
        args += ["-o", str(tmp_path / "out")]
    result = runner.invoke(cli.main, [*args, "--year", year])
    assert result.exit_code == 2, result.output
    assert "--year" in result.output and "1800<=x<=2200" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("given", ["2018-08-30", dt.date(2018, 8, 30), dt.datetime(2018, 8, 30, 21, 9)],
                         ids=["iso-string", "date", "datetime"])
def test_settings_reference_date_accepts_iso_strings_and_dates(given):
    settings = timeline.Settings(reference_date=given, run_date=given)
    assert settings.reference_date == settings.run_date == dt.date(2018, 8, 30)
    assert type(settings.reference_date) is dt.date
    result = timeline.build([SAMPLES / "003_a0fc1bd85d46184f.txt"], settings)  # no dateline: the reference date anchors it
    assert list(result.articles["anchor_date"]) == ["2018-08-30"]


@pytest.mark.parametrize("field, given, error, words", [
    ("reference_date", "30/08/2018", ValueError, "YYYY-MM-DD"),
    ("reference_date", 20180830, TypeError, "datetime.date or an ISO date string"),
    ("run_date", ["2018-08-30"], TypeError, "run_date must be"),
    ("year", 18, ValueError, "1800 to 2200"),
    ("year", "2018", TypeError, "year must be an int"),
    ("workers", 0, ValueError, "at least 1"),
    ("fail_fast", "yes", TypeError, "fail_fast must be True or False"),
])
def test_settings_refuses_bad_values_at_once(field, given, error, words):
    with pytest.raises(error, match=re.escape(words)):
        timeline.Settings(**{field: given})


@pytest.mark.parametrize("given", [str(SAMPLES), SAMPLES], ids=["str", "path"])
def test_build_takes_one_path_as_one_path(given):
    one = timeline.build(given, timeline.Settings(run_date=RUN_DATE))
    listed = timeline.build([given], timeline.Settings(run_date=RUN_DATE))
    assert len(one.articles) == 8 and (one.articles["status"] == "ok").all()
    assert one.events.equals(listed.events)


@pytest.fixture
def gold_dir(tmp_path):
    """Eight TempEval-3 gold documents (AQUAINT)."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted(corpus("tempeval3", "train", "AQUAINT").glob("*.tml"))[:8]:
        shutil.copy(path, gold)
    return gold


@pytest.mark.corpus
def test_cli_score_with_no_system_file_is_an_error_with_the_fix(runner, tmp_path, gold_dir):
    system = tmp_path / "system"
    system.mkdir()
    (system / "other.tml").write_text("<TimeML></TimeML>", encoding="utf-8")
    result = runner.invoke(cli.main, ["score", str(gold_dir), str(system)])
    assert result.exit_code == 1, result.output
    names = sorted(p.name for p in gold_dir.iterdir())
    assert f"none of the 8 gold files in {gold_dir} has a system file of the same name in {system}" in result.output
    assert f"e.g. {', '.join(names[:3])} and 5 more" in result.output and names[-1] not in result.output
    assert f"`timeline timex {gold_dir} -o {system}`" in result.output
    assert "F1" not in result.output and "relaxed" not in result.output


@pytest.mark.corpus
def test_cli_score_warns_about_some_missing_system_files_with_a_few_names(runner, tmp_path, gold_dir):
    system = tmp_path / "system"
    tagged = runner.invoke(cli.main, ["timex", str(next(iter(sorted(gold_dir.iterdir())))), "-o", str(system)])
    assert tagged.exit_code == 0, tagged.output
    result = runner.invoke(cli.main, ["score", str(gold_dir), str(system)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in gold_dir.iterdir())[1:]
    assert f"warning: 7 of 8 gold file(s) have no system file in {system} ({', '.join(names[:5])} and 2 more)" \
        in result.output
    assert "no system file for 7 of 8 gold documents (their gold counted as missed): " in result.output
    assert names[-1] not in result.output  # a few names, not all of them


README = (SAMPLES.parents[1] / "README.md").read_text(encoding="utf-8")


def test_build_help_names_every_file_it_writes(runner):
    result = runner.invoke(cli.main, ["build", "--help"])
    out_help = " ".join(result.output.split("-o, --out", 1)[1].split("--reference-date", 1)[0].split())
    for name in ("events.csv", "mentions.csv", "articles.csv", "actors.csv", "timeline.html"):
        assert name in out_help


def test_readme_says_which_events_columns_mentions_csv_lacks():
    from timeline.table import COLUMNS, MENTION_COLUMNS

    lacking = [c for c in COLUMNS if c not in MENTION_COLUMNS]
    added = [c for c in MENTION_COLUMNS if c not in COLUMNS]
    paragraph = " ".join(README.split("`mentions.csv` has one row for every", 1)[1].split("\n\n", 1)[0].split())
    assert f"the six that summarise the merged reports, {', '.join(f'`{c}`' for c in lacking[:-1])} and " \
           f"`{lacking[-1]}`" in paragraph
    assert all(f"`{c}`" in paragraph for c in added) and len(lacking) == 6


def test_readme_names_every_value_and_column_a_user_finds_in_the_tables():
    """What a user reads in the tables, the README explains (found as a new user in the twenty-sixth session: the
    precision `time`, 80 rows of the audit build, the location basis `speaker` and actors.csv's `key` were named
    nowhere). The location bases are those the code writes (``location_basis=...`` and a quoted word on its line)."""
    from timeline.actors.registry import ACTOR_COLUMNS
    from timeline.model import PRECISIONS

    events_table = README.split("### `events.csv`", 1)[1].split("List fields are joined", 1)[0]
    code = "\n".join(path.read_text(encoding="utf-8") for path in (SAMPLES.parents[1] / "timeline").rglob("*.py"))
    bases = set(re.findall(r'location_basis\s*=[^"\n]*"(\w+)"', code))
    assert {"clause", "dateline", "meeting", "header", "speaker"} <= bases
    assert [value for value in (*PRECISIONS, *sorted(bases)) if f"`{value}`" not in events_table] == []
    actors_item = " ".join(README.split("- `actors.csv`: one row per actor", 1)[1].split("\n- ", 1)[0].split())
    assert [f"`{column}`" for column in ACTOR_COLUMNS] == re.findall(r"`\w+`", actors_item)


@pytest.mark.parametrize("command, written", [("timex", r"-o (\S+)"), ("score", r"^timeline score \S+ (\S+)")])
def test_readme_timex_examples_write_under_outputs(command, written):
    """A user who pastes a timex example from the project root must not litter it (outputs/ is gitignored)."""
    lines = re.findall(rf"^timeline {command} .*$", README, re.M)
    assert lines
    for line in lines:
        assert re.search(written, line).group(1).startswith("outputs/"), line


@pytest.mark.parametrize("records", [300])
def test_cli_many_records_skipped_for_one_reason_are_counted_not_listed(runner, tmp_path, records):
    """A file of 300 records with their text under another name gave 300 stderr lines saying the same (found as a new
    user in the thirtieth session): the first three are listed, one line counts the rest, articles.csv has every
    one, and a record skipped for another reason is still listed on its own."""
    rows = [json.dumps({"id": f"m{i}", "body": STORIES[0]["text"]}) for i in range(records)]
    rows.insert(10, json.dumps({"id": "empty", "text": " "}))
    path = tmp_path / "renamed.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("  skipped")]
    assert [line.split(": ")[0] for line in lines] == [f"  skipped {path}:{n}" for n in (1, 2, 3, 11)] + [
        f"  skipped {records - 3} more record(s) of {path} for the same reason as {path}:3"]
    assert "--text-field body" in lines[0] and "the 'text' field is empty" in lines[3]
    assert len(timeline.read_table(tmp_path / "out" / "articles.csv")) == records + 1
