"""A field an option names that a file's records lack is read at its default name (``ingest.field_default``):
``--text-field Body`` for a spreadsheet's CSV skipped every record of the JSON Lines given with it, "no 'Body' field
in this record", and ``--date-field Date`` left them undated (newuser50's folder: readouts.csv and tass_scrape.jsonl)."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from timeline.cli import main
from timeline.ingest import read_file
from timeline.ingest.field_default import fall_back
from timeline.model import Article, Skipped
from timeline.settings import Fields

TASS = {"id": "tass-1894093", "title": "IN BRIEF: Putin talks to reporters about Oreshnik missile, natural gas transit",
        "published": "2024-12-26T21:09:18",
        "text": "IGORA /Leningrad Region/, December 26. /TASS/. Russia could use Oreshnik again, Russian President "
                "Vladimir Putin told reporters on Thursday."}  # tass_scrape.jsonl, cut
READOUT = ("Headline,Date,Body\nReadout of a call,2025-01-09,\"President Joseph R. Biden, Jr. spoke today with President "
           "Joseph Aoun of Lebanon to congratulate him on his election victory.\"\n")


def _fields(**named) -> Fields:
    return Fields(**named, named=frozenset({"text": "text", "published": "published", "title": "title"}[k]
                                           for k in named if k in ("text", "published", "title")))


def test_a_named_field_a_record_lacks_is_read_at_its_default(tmp_path):
    path = tmp_path / "tass.jsonl"
    path.write_text(json.dumps(TASS) + "\n" + json.dumps({"id": "x", "story": TASS["text"]}) + "\n", "utf-8")
    found = list(read_file(path, _fields(text="Body", published="Date")))
    assert isinstance(found[0], Article) and found[0].published == TASS["published"]
    assert found[0].field_default == (("text", "Body", "text"), ("published", "Date", "published"))
    assert isinstance(found[1], Skipped) and "no 'Body' field" in found[1].reason  # neither name: skipped, as before


def test_a_name_the_record_holds_is_read_and_nothing_falls_back():
    fields, fell = fall_back(_fields(text="Body"), ["Body", "text"])
    assert fields.text == "Body" and fell == ()
    fields, fell = fall_back(Fields(), ["Body"])  # (defaults: nothing named)
    assert fields == Fields() and fell == ()
    fields, fell = fall_back(_fields(text="Body"), ["Text"])  # the default but for case: read as ``field_case`` does
    assert fields.text == "text" and fell == (("text", "Body", "text"),)


def test_the_name_given_but_for_case_comes_before_the_default():
    """``--text-field Body`` on a record holding both "body" and "text" read "text" (flagged), not the "body" the
    user meant (reread51c): the one field that is the name given but for case is read, and the flag names it."""
    fields, fell = fall_back(_fields(text="Body"), ["id", "body", "text"])
    assert fields.text == "body" and fell == (("text", "Body", "body"),)
    fields, fell = fall_back(_fields(text="Body"), ["id", "body"])  # (no default: skipped, its fix names "body",
    assert fields.text == "Body" and fell == ()  # as ``field_case`` matches a name given exactly)
    fields, fell = fall_back(_fields(text="Body", title="BODY"), ["body", "text", "title"])  # (one field, one role)
    assert (fields.text, fields.title) == ("body", "title") and fell == (("text", "Body", "body"), ("title", "BODY", "title"))


def test_build_says_which_files_were_read_at_the_name_in_another_case(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({**TASS, "body": TASS["text"], "text": "Subscribe to our newsletter."}) + "\n", "utf-8")
    result = CliRunner().invoke(main, ["build", str(path), "--text-field", "Body", "-o", str(tmp_path / "out"),
                                       "--no-html"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "articles.csv").read_text())))
    assert "field_default: --text-field 'Body' absent, 'body' read" in rows[0]["flags"]
    assert f"were read at the name in another case ('body' for --text-field 'Body': {path})" in result.output
    result = CliRunner().invoke(main, ["build", str(path), "--text-field", "Body", "--title-field", "Headline", "-o",
                                       str(tmp_path / "out2"), "--no-html"])
    assert ("were read at another name ('body' for --text-field 'Body' (its case), 'title' for --title-field "
            f"'Headline': {path})") in result.output


def test_build_reads_a_csv_and_a_jsonl_in_one_run_with_the_csvs_field_names(tmp_path):
    (tmp_path / "readouts.csv").write_text(READOUT, "utf-8")
    (tmp_path / "tass.jsonl").write_text(json.dumps(TASS) + "\n", "utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "readouts.csv"), str(tmp_path / "tass.jsonl"),
                                       "--text-field", "Body", "--date-field", "Date", "--title-field", "Headline",
                                       "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    rows = {r["article_id"]: r for r in csv.DictReader(io.StringIO((tmp_path / "out" / "articles.csv").read_text()))}
    assert rows["tass-1894093"]["status"] == "ok" and rows["tass-1894093"]["anchor_date"] == "2024-12-26"
    assert rows["tass-1894093"]["title"] == TASS["title"]
    assert "field_default: --text-field 'Body' absent, 'text' read" in rows["tass-1894093"]["flags"]
    assert rows["readouts:2"]["status"] == "ok" and "field_default" not in (rows["readouts:2"]["flags"] or "")
    assert (f"1 file(s) lack the field an option names and were read at the default ('text' for --text-field 'Body', "
            f"'title' for --title-field 'Headline', 'published' for --date-field 'Date': {tmp_path / 'tass.jsonl'})"
            in result.output)


def test_each_field_option_names_a_parameter_of_every_command_that_reads_records():
    """``OPTIONS`` (role -> "--date-field") says what an option given on the command line is called, and ``cli._fields``
    finds by it which roles the user named (its parameter, "date_field"): one table for both."""
    from timeline import cli
    from timeline.ingest.field_default import OPTIONS
    from timeline.settings import FIELD_DEFAULTS

    assert set(OPTIONS) == set(FIELD_DEFAULTS)
    for command in (cli.build, cli.timex, cli.dates):
        names = {option for param in command.params for option in param.opts}
        assert set(OPTIONS.values()) <= names, command.name
        assert {option[2:].replace("-", "_") for option in OPTIONS.values()} <= {p.name for p in command.params}


def test_the_report_reads_back_a_name_repr_writes_in_double_quotes(tmp_path):
    """``note`` writes the names by ``repr``, which quotes "Reporter's text" in double quotes; the report's reader
    took single quotes only, and said "were read at the default (: a.jsonl)" (reread51c)."""
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(TASS) + "\n", "utf-8")
    result = CliRunner().invoke(main, ["build", str(path), "--text-field", "Reporter's text", "-o",
                                       str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert f"""read at the default ('text' for --text-field "Reporter's text": {path})""" in result.output
