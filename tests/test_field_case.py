"""basis46: a record file whose fields are named in another case than timeline's defaults (``ingest.field_case``).

``newuser44``: a CSV with a ``Text`` column (or ``Title``, ``Published``, ``URL``) was skipped for "no 'text'
column", with ``--text-field Text`` as the fix. A field at its default name now reads the one field that matches it
but for case, and the run says so once; two that match are read as neither, and the fix names both."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner
from conftest import RUN_DATE, SAMPLES

import timeline
from timeline import cli
from timeline.ingest import read_articles
from timeline.ingest.field_case import resolve
from timeline.model import Article, Skipped
from timeline.settings import Fields

# a TASS story of the samples: "MOSCOW, December 26. /TASS/. ..."
STORY = json.loads((SAMPLES / "tass_stories.jsonl").read_text(encoding="utf-8").splitlines()[0])
HEADER = ["ID", "Title", "Published", "URL", "Text"]


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    return CliRunner()


def _csv(path, header, values, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        writer.writerow(values)
    return path


def _values():
    return [STORY["id"], STORY["title"], STORY["published"], STORY["url"], STORY["text"]]


def _read(path, fields=Fields()) -> list[Article | Skipped]:
    return list(read_articles([path], fields))


@pytest.mark.parametrize("name, delimiter", [("stories.csv", ","), ("stories.tsv", "\t")])
def test_a_text_header_is_read_as_the_text_column(tmp_path, name, delimiter):
    path = _csv(tmp_path / name, HEADER, _values(), delimiter)
    [article] = _read(path)
    assert isinstance(article, Article), article
    assert (article.id, article.text, article.title, article.published, article.url) == (
        STORY["id"], STORY["text"], STORY["title"], STORY["published"], STORY["url"])
    assert article.field_case == (("Text", "text"), ("Title", "title"), ("Published", "published"), ("URL", "url"),
                                  ("ID", "id"))


@pytest.mark.parametrize("suffix", ["jsonl", "json"])
def test_a_json_record_with_a_text_key_is_read(tmp_path, suffix):
    record = {"Text": STORY["text"], "Published": STORY["published"], "id": STORY["id"]}
    path = tmp_path / f"stories.{suffix}"
    path.write_text(json.dumps(record) + "\n" if suffix == "jsonl" else json.dumps([record]), encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article), article
    assert (article.text, article.published) == (STORY["text"], STORY["published"])
    assert set(article.field_case) == {("Text", "text"), ("Published", "published")}
    # a record with the exact name keeps it, and says nothing
    exact = dict(record, text=STORY["text"][:200])
    path.write_text(json.dumps(exact) + "\n" if suffix == "jsonl" else json.dumps([exact]), encoding="utf-8")
    [article] = _read(path)
    assert article.text == STORY["text"][:200] and set(article.field_case) == {("Published", "published")}


def test_two_fields_that_match_but_for_case_are_read_as_neither(tmp_path):
    path = _csv(tmp_path / "stories.csv", ["ID", "Text", "TEXT"], [STORY["id"], STORY["text"], STORY["text"]])
    [skipped] = _read(path)
    assert isinstance(skipped, Skipped) and "no 'text' column (columns: ID, Text, TEXT)" in skipped.reason
    assert "'Text' and 'TEXT' both match 'text' but for case, so neither was read; say which with --text-field " \
           "Text" in skipped.reason
    jsonl = tmp_path / "stories.jsonl"
    jsonl.write_text(json.dumps({"Text": STORY["text"], "TEXT": STORY["text"]}) + "\n", encoding="utf-8")
    [skipped] = _read(jsonl)
    assert isinstance(skipped, Skipped) and "'Text' and 'TEXT' both match 'text'" in skipped.reason


def test_a_field_named_with_an_option_is_matched_exactly(tmp_path):
    """--text-field Body for a 'body' column: the name the user gave, as given (the skip's fix names the column)."""
    path = _csv(tmp_path / "stories.csv", ["id", "body"], [STORY["id"], STORY["text"]])
    [skipped] = _read(path, Fields(text="Body"))
    assert isinstance(skipped, Skipped) and "no 'Body' column" in skipped.reason
    assert "--text-field body" in skipped.reason
    assert resolve(Fields(title="Headline"), ["headline"]) == (Fields(title="Headline"), ())


def test_the_run_says_once_which_fields_it_read_ignoring_case(runner, tmp_path):
    path = _csv(tmp_path / "stories.csv", HEADER, _values())
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "1 article(s) read, 0 skipped" in result.output
    lines = [line for line in result.output.splitlines() if "in another case" in line]
    assert len(lines) == 1 and "'Text' as 'text'" in lines[0] and "'Title' as 'title'" in lines[0], result.output
    flags = timeline.read_table(out / "articles.csv")["flags"].tolist()
    assert flags == ["field_name_case: 'Text' read as 'text', 'Title' read as 'title', 'Published' read as "
                     "'published', 'URL' read as 'url', 'ID' read as 'id'"]


@pytest.mark.parametrize("command", ["timex", "dates"])
def test_timex_and_dates_say_the_fields_they_read_ignoring_case_as_build_does(runner, tmp_path, command):
    """``timeline timex`` and ``timeline dates --file`` read a CSV's ``Text`` as its text as ``build`` does, and said
    nothing of it (basis49): they give build's line, once, on stderr."""
    path = _csv(tmp_path / "stories.csv", HEADER, _values())
    built = runner.invoke(cli.main, ["build", str(path), "-o", str(tmp_path / "built"), "--no-html"])
    [said] = [line for line in built.output.splitlines() if "in another case" in line]
    args = (["timex", str(path), "-o", str(tmp_path / "tagged")] if command == "timex"
            else ["dates", "--file", str(path)])
    result = runner.invoke(cli.main, args)
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "in another case" in line] == [said]
    assert "in another case" not in result.stdout
    # a file whose fields are named as the defaults gets no such line
    plain = runner.invoke(cli.main, [*args[:-1], str(SAMPLES / "tass_stories.jsonl")] if command == "dates" else
                          ["timex", str(SAMPLES / "tass_stories.jsonl"), "-o", str(tmp_path / "plain")])
    assert plain.exit_code == 0 and "in another case" not in plain.output
