"""Record files a new user hands over as their tools write them: every one is read or named with its fix.

A semicolon-separated CSV (Excel's export where the decimal mark is a comma) was skipped for "no 'text' column
(columns: id;text;published)" with --text-field as the fix, which cannot help; a CSV or TSV with a header and no row,
or a .json holding an empty array, was passed over without a word ("0 input(s) skipped, listed above" listed none).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.ingest import read_articles
from timeline.model import Article, Skipped
from timeline.settings import Fields

TEXT = "MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov met his Turkish counterpart on Monday; " \
       "they discussed Syria, trade and gas."


def _write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding=encoding, newline="")
    return path


@pytest.mark.parametrize("sep", [";", "\t"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_csv_with_semicolons_or_tabs_is_read_with_them(tmp_path, sep, bom):
    rows = [["id", "text", "published"], ["a1", f'"{TEXT}"', "2024-03-03"], ["a2", '"Talks went on; no deal."', ""]]
    path = _write(tmp_path / "export.csv", bom + "\r\n".join(sep.join(r) for r in rows) + "\r\n")
    articles = list(read_articles([path]))
    assert [type(a).__name__ for a in articles] == ["Article", "Article"]
    first = articles[0]
    assert first.id == "a1" and first.text == TEXT and first.published == "2024-03-03"
    assert articles[1].text == "Talks went on; no deal."


def test_csv_with_commas_keeps_semicolons_in_its_text(tmp_path):
    """A comma in the header row keeps the comma: semicolons in the text are text."""
    path = _write(tmp_path / "wire.csv", 'id,text\na1,"Talks; then more talks; then a deal on Monday."\n')
    [article] = read_articles([path])
    assert isinstance(article, Article) and article.text == "Talks; then more talks; then a deal on Monday."


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("feed.csv", "id,text,published\r\n", "the header row names the columns (id, text, published) but no row follows"),
    ("feed.tsv", "id\ttext\n\n", "the header row names the columns (id, text) but no row follows"),
    ("feed.json", "[]", "the JSON array holds no article"),
    ("feed.json", '{"articles": []}', "the JSON array holds no article"),
])
def test_record_file_with_no_record_is_skipped_by_name(tmp_path, name, content, problem):
    path = _write(tmp_path / name, content)
    [skipped] = read_articles([path])
    assert isinstance(skipped, Skipped) and skipped.path == str(path) and skipped.reason.startswith(problem)
    assert "leave the file out" in skipped.reason


def test_build_lists_a_header_only_csv_beside_the_articles_read(tmp_path):
    good = _write(tmp_path / "in" / "wire.csv", f'id;text;published\na1;"{TEXT}";2024-03-03\n')
    _write(tmp_path / "in" / "empty.csv", "id,text,published\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(good.parent), "-o", str(out), "--no-html", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 article(s) read, 1 skipped" in result.output
    assert f"skipped {tmp_path / 'in' / 'empty.csv'}: the header row names the columns" in result.output
    manifest = (out / "articles.csv").read_text(encoding="utf-8")
    assert "a1,ok," in manifest and "empty.csv" in manifest


def test_build_report_says_why_events_have_no_date(tmp_path):
    """'11 without a resolved date' read as a failure; the next line says most are undated on purpose."""
    from conftest import ROOT

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(ROOT / "data" / "samples"), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    counts = re.search(r"; \d+ event\(s\), (\d+) without a resolved date\.", result.output)
    why = re.search(r"\n  without a resolved date: (.*) \(events\.csv's date_basis and date_rule say which", result.output)
    assert counts and why, result.output
    parts = [re.fullmatch(r"(\d+) (.+)", part).groups() for part in why.group(1).split(", ")]
    assert sum(int(n) for n, _ in parts) == int(counts.group(1))
    assert {"in an article with no anchor date", "no day yet"} <= {why for _, why in parts}  # 003_ has no anchor
    assert [int(n) for n, _ in parts] == sorted((int(n) for n, _ in parts), reverse=True)


@pytest.mark.parametrize(("text", "named"), [
    ("Diplomats met to discuss trade. They agreed to continue talks.\n", False),  # no date at all
    ("On 3 March 2024 Lavrov met Fidan in Moscow.\n", False),  # its own date: no anchor needed
    ("Lavrov met Fidan on Monday in Moscow.\n", True),  # "on Monday" waits for an anchor
])
def test_build_asks_for_reference_date_only_where_it_would_date_an_event(tmp_path, text, named):
    path = _write(tmp_path / "story.txt", text)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert ("1 article(s) have no anchor date (article_id story)" in result.output) is named, result.output
    assert ("--reference-date" in result.output) is named


def test_build_says_when_a_record_repeats_an_earlier_id(tmp_path):
    """The same feed given twice was read twice as ID#2 without a word, its events counted again; then read as ID#2
    with a note to leave the copy out, its events still counted again. Each copied record is skipped, naming the first
    (``ingest.copies``, copyid51): the run reads what the samples alone give."""
    from conftest import ROOT

    samples = ROOT / "data" / "samples"
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes((samples / "tass_stories.jsonl").read_bytes())
    args = ["build", str(samples), str(copy), "-o", str(tmp_path / "out"), "--no-html"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("8 article(s) read, 4 skipped; ")
    assert (f"skipped {copy}:1: the same text as 'tass-1894093' ({samples / 'tass_stories.jsonl'}:1), read once "
            "there (a copy's events would count twice)") in result.output
    assert "id of an earlier one" not in result.output
    alone = CliRunner().invoke(main, ["build", str(samples), "-o", str(tmp_path / "o2"), "--no-html"])
    assert alone.exit_code == 0 and "id of an earlier one" not in alone.output
    assert (tmp_path / "out" / "events.csv").read_bytes() == (tmp_path / "o2" / "events.csv").read_bytes()


def test_records_saved_as_txt_are_named_with_the_rename(tmp_path):
    """A JSON Lines export saved as .txt (the samples' tass_stories.jsonl) was read as one article without a word: its
    four stories ran together, '{"id": "tass-1894077", "title": ...' in every sentence, their dates and ids unread
    (ux39). It is skipped with the rename, which reads it; a text that merely opens with a brace is an article."""
    import json
    import shutil

    from conftest import ROOT

    lines = _write(tmp_path / "export.txt", (ROOT / "data" / "samples" / "tass_stories.jsonl").read_text("utf-8"))
    [skipped] = read_articles([lines])
    assert isinstance(skipped, Skipped)
    assert skipped.reason == (f"JSON Lines records, not an article's plain text (rename it to .jsonl: mv {lines} "
                              f"{tmp_path / 'export.jsonl'})")
    shutil.move(lines, tmp_path / "export.jsonl")
    assert [a.id for a in read_articles([tmp_path / "export.jsonl"])] == [
        "tass-1894093", "tass-1894067", "tass-1894077", "tass-1894075"]
    array = _write(tmp_path / "array.txt", json.dumps([{"id": "a", "text": TEXT}], indent=2))
    [skipped] = read_articles([array])
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("JSON records, not") and ".json:" in skipped.reason
    [article] = read_articles([_write(tmp_path / "note.txt", "{Editor's note} " + TEXT)])
    assert isinstance(article, Article)


def test_json_with_its_records_nested_under_a_wrapper_names_the_list(tmp_path):
    """An API response saved as .json ({"data": {"items": [...]}}) was skipped as one record: "no 'text' field in
    this record (fields: data) (name the text field with --text-field)", a fix that cannot help (ux39). The reason
    names the list and the command that writes its records one a line; a record with its text under another name
    keeps the --text-field fix."""
    import json

    from conftest import ROOT

    records = [json.loads(line) for line in
               (ROOT / "data" / "samples" / "tass_stories.jsonl").read_text("utf-8").splitlines()]
    wrapped = _write(tmp_path / "api.json", json.dumps({"meta": {"count": 4}, "data": {"items": records}}))
    [skipped] = read_articles([wrapped])
    assert isinstance(skipped, Skipped)
    assert skipped.reason == (f"the articles are the list under 'data' → 'items', not the file's top level (write "
                              f"them one a line, e.g. `jq -c '.data.items[]' {wrapped} > {tmp_path / 'api.jsonl'}`, "
                              f"and give {tmp_path / 'api.jsonl'})")
    lines = _write(tmp_path / "api.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    assert len([a for a in read_articles([lines]) if isinstance(a, Article)]) == 4
    one = _write(tmp_path / "one.json", json.dumps({"body": records[0]["text"], "authors": [{"name": "TASS"}]}))
    [skipped] = read_articles([one])
    assert "--text-field body" in skipped.reason


def test_build_does_not_call_two_stories_of_one_file_name_a_copy(tmp_path):
    """Two folders each holding a story.txt (an agency's folder each) gave both articles the id "story", and the run
    said "the same story given twice may count its events twice; leave the copy out": wrong for two different texts,
    and a .txt has no id to give. A repeat with another text is named as such (ux39); a true copy is skipped, naming
    the first (``ingest.copies``)."""
    _write(tmp_path / "reuters" / "story.txt", TEXT)
    _write(tmp_path / "tass" / "story.txt", TEXT.replace("Syria, trade and gas", "Libya"))
    _write(tmp_path / "copies" / "story.txt", TEXT)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "reuters"), str(tmp_path / "tass"),
                                       "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "same story given twice" not in result.output
    assert (f"1 article(s) have the id of an earlier article with another text and were read as ID#2, ID#3... "
            f"(story#2 in {tmp_path / 'tass' / 'story.txt'}): both are read") in result.output
    flags = (tmp_path / "out" / "articles.csv").read_text(encoding="utf-8")
    assert "repeated_id: an earlier record with another text has the id 'story'; read as 'story#2'" in flags
    copy = CliRunner().invoke(main, ["build", str(tmp_path / "reuters"), str(tmp_path / "copies"),
                                     "-o", str(tmp_path / "out2"), "--no-html"])
    assert f"skipped {tmp_path / 'copies' / 'story.txt'}: the same text as 'story' (" in copy.output  # (copyid51)
    assert "id of an earlier" not in copy.output


def test_build_does_not_take_an_own_id_ending_in_hash_2_for_a_repeat(tmp_path):
    """A record whose own id is "x#2" was reported as a repeat of "x" (the note re-read the suffix); only a record that
    ``ingest.unique_ids`` renamed is one, and a renamed one passes over a suffix another record has as its own id."""
    import json

    from timeline.ingest import unique_ids

    def feed(*ids):
        # (each record its own text: a text given twice is read once, ``ingest.copies``)
        return "".join(json.dumps({"id": i, "text": f"{TEXT} ({n})", "published": "2024-03-03"}) + "\n"
                       for n, i in enumerate(ids))

    own = _write(tmp_path / "own.jsonl", feed("story", "story#2"))
    result = CliRunner().invoke(main, ["build", str(own), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "id of an earlier one" not in result.output
    assert [a.id for a in read_articles([own])] == ["story", "story#2"]

    again = _write(tmp_path / "again.jsonl", feed("story", "story#2", "story"))
    assert [(a.id, a.repeated_id) for a in unique_ids(read_articles([again]))] == [
        ("story", None), ("story#2", None), ("story#3", "story")]
    result = CliRunner().invoke(main, ["build", str(again), "-o", str(tmp_path / "out2"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert (f"1 article(s) have the id of an earlier article with another text and were read as ID#2, ID#3... "
            f"(story#3 in {again}:3)") in result.output
    flags = (tmp_path / "out2" / "articles.csv").read_text(encoding="utf-8")
    assert "repeated_id: an earlier record with another text has the id 'story'; read as 'story#3'" in flags


def _first_paragraph() -> str:
    import json

    from conftest import ROOT

    line = (ROOT / "data" / "samples" / "tass_stories.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)["text"].split("\n")[0]  # "IGORA /Leningrad Region/, December 26. /TASS/. Russia ..."


def test_one_column_csv_without_text_column_guesses_it_and_says_to_quote(tmp_path):
    """A .csv whose header names one column ("story": no separator in it) was skipped with "name the text column with
    --text-field" and no guess: the unquoted commas of its rows split the text, so no cell held a sentence. The guess
    reads each row whole; the fix says to quote it too, and following it reads the article."""
    story = _first_paragraph()
    path = _write(tmp_path / "export.csv", f"story\n{story}\n")
    [skipped] = read_articles([path])
    assert isinstance(skipped, Skipped)
    assert skipped.reason == (
        "no 'text' column (columns: story) (name the text column with --text-field: 'story' holds the longest text, "
        "--text-field story, and quote each row's text (\"...\", a quote inside written twice): its commas would cut "
        "it into fields)")
    fixed = _write(tmp_path / "fixed.csv", 'story\n"' + story.replace('"', '""') + '"\n')
    [article] = read_articles([fixed], Fields(text="story"))
    assert isinstance(article, Article) and article.text == story


def test_csv_header_parted_by_another_mark_names_it(tmp_path):
    """A header row "id|published|body" is one column to the comma reader: the fix names the '|', not that column."""
    path = _write(tmp_path / "export.csv", f"id|published|body\ntass-1894093|2024-12-26|{_first_paragraph()}\n")
    [skipped] = read_articles([path])
    assert isinstance(skipped, Skipped) and skipped.reason == (
        "no 'text' column (columns: id|published|body) (its header row holds no comma, semicolon or tab, so it names "
        "one column; if '|' parts the columns, write the file with commas (or tabs, as a .tsv), or name the text "
        "column with --text-field)")


# Files whose lines end in a lone "\r" (classic Mac OS exports, some spreadsheet tools): the CSV separator was guessed
# from the whole file read as its header row (a semicolon file whose text holds a comma was read with commas and
# skipped: "no 'text' column (columns: id;published;text) (its header row holds no comma, semicolon or tab ...)"), and
# a JSON Lines file was one line, skipped whole as "invalid JSON (Extra data ...)".

@pytest.mark.parametrize("sep", [";", "\t"])
def test_csv_with_lone_carriage_returns_finds_its_separator_on_the_first_line(tmp_path, sep):
    rows = [["id", "published", "text"], ["a1", "2024-03-03", f'"{TEXT}"'], ["a2", "2024-03-04", "Talks went on, no deal."]]
    path = _write(tmp_path / "mac.csv", "\r".join(sep.join(r) for r in rows) + "\r")
    assert b"\n" not in path.read_bytes()
    articles = list(read_articles([path]))
    assert [(a.id, a.record, a.text) for a in articles] == [("a1", 2, TEXT), ("a2", 3, "Talks went on, no deal.")]


def test_jsonl_with_lone_carriage_returns_reads_each_line(tmp_path):
    lines = ['{"id": "a1", "text": "%s"}' % TEXT, '{"id": "a2", "text": "Talks went on,', '{"id": "a3", "text": "ok"}']
    path = _write(tmp_path / "mac.jsonl", "\r".join(lines) + "\r")
    read = list(read_articles([path]))
    assert [(type(a).__name__, a.record) for a in read] == [("Article", 1), ("Skipped", 2), ("Article", 3)]
    assert read[0].text == TEXT and "invalid JSON" in read[1].reason
    # a .json file holding such lines is read as JSON Lines too
    path = _write(tmp_path / "mac.json", "\r".join(lines[:1] + lines[2:]) + "\r")
    assert [a.id for a in read_articles([path])] == ["a1", "a3"]


def test_jsonl_holding_one_json_document_is_skipped_once_with_the_fix(tmp_path):
    """A JSON array saved as .jsonl (pretty-printed or on one line), or objects pretty-printed one after another,
    was skipped line by line: "invalid JSON (Extra data at column 9) (each line must be one JSON object)" a dozen
    times, or "the record is a list", and no fix that reads it (nu44). The file is skipped once, with the rename or
    the jq command, and the fix reads it; a JSON Lines file with a broken line keeps its line-by-line reading."""
    import json
    import shutil

    records = [{"id": "a1", "text": TEXT, "published": "2024-03-03"}, {"id": "a2", "text": TEXT}]
    for name, content in (("pretty.jsonl", json.dumps(records, indent=2)), ("one.jsonl", json.dumps(records) + "\n")):
        path = _write(tmp_path / name, content)
        [skipped] = read_articles([path])
        assert isinstance(skipped, Skipped) and skipped.record is None
        renamed = path.with_suffix(".json")
        assert skipped.reason == (f"a JSON array of 2 item(s), not JSON Lines (one object a line) "
                                  f"(rename it to .json: mv {path} {renamed})")
        shutil.move(path, renamed)
        assert [a.id for a in read_articles([renamed])] == ["a1", "a2"]
    stream = _write(tmp_path / "stream.jsonl", "".join(json.dumps(r, indent=2) + "\n" for r in records))
    [skipped] = read_articles([stream])
    assert skipped.reason.startswith("2 JSON objects written over several lines each, not one a line (write them "
                                     f"one a line, e.g. `jq -c . {stream} > {tmp_path / 'stream.lines.jsonl'}")
    # one object over several lines is a document too; a broken line in JSON Lines is still one record skipped
    single = _write(tmp_path / "single.jsonl", json.dumps(records[0], indent=2))
    [skipped] = read_articles([single])
    assert skipped.reason.startswith("one JSON object written over several lines, not JSON Lines")
    lines = _write(tmp_path / "lines.jsonl", json.dumps(records[0]) + '\n{"id": "x", "text": "cut\n'
                   + json.dumps(records[1]) + "\n")
    assert [(type(a).__name__, a.record) for a in read_articles([lines])] == [
        ("Article", 1), ("Skipped", 2), ("Article", 3)]


def test_build_names_its_own_outputs_given_back_as_inputs(tmp_path):
    """`timeline build . -o out` run twice read the first run's out/ as articles: each table was skipped for "no
    'text' column (columns: event_id, ...)" with "--text-field source_sentences" as the fix, and timeline.html for
    "no paragraph text found (save the page as HTML with its article ...)" (nu44). Each is named as timeline's own
    output with the fix; a CSV of articles with another text column keeps its --text-field fix."""
    import json

    folder = tmp_path / "in"
    _write(folder / "wire.jsonl", json.dumps({"id": "a1", "text": TEXT, "published": "2024-03-03"}) + "\n")
    first = CliRunner().invoke(main, ["build", str(folder), "-o", str(folder / "out"), "--quiet",
                                      "--format", "csv", "--format", "jsonl"])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out2"), "--quiet", "--no-html"])
    assert again.exit_code == 0, again.output
    skipped = dict(re.findall(r"skipped \S+/out/(\S+): (.*)", again.output))
    fix = "(leave it out: give the articles' files or folder only, and write the outputs (-o) to a folder outside them)"
    assert skipped == {
        **{f"{table}.{kind}": f"timeline's own {table} table (written by `timeline build`), not articles {fix}"
           for table in ("events", "mentions", "articles", "actors") for kind in ("csv", "jsonl")},
        "timeline.html": f"timeline's own page (timeline.html, written by `timeline build`), not an article {fix}"}
    assert "1 article(s) read, 9 skipped" in again.output
    other = _write(tmp_path / "feed.csv", f'event_id,sentence,body\ne1,A line.,"{TEXT}"\n')
    [kept] = read_articles([other])
    assert "--text-field body" in kept.reason


def test_json_wrapping_a_known_schema_list_under_another_key_is_read_as_that_list(tmp_path):
    """A Media Cloud story list saved as {"stories": [...]} (no text) was skipped as one record, "no 'text' field
    (fields: stories)", since the search for a wrapped list wants an article's text; a list of a known export
    schema's records is read as the list: a list without text gets its schema's reason and fix, one with text
    (NewsAPI-like under "results") is read. A wrapped list of unknown records keeps the jq fix."""
    import json

    story = {"id": 7, "media_name": "Reuters", "media_url": "reuters.com", "title": "Syria talks",
             "publish_date": "2013-08-05 10:00:00", "url": "https://example.com/a", "indexed_date": "2013-08-05"}
    stories = _write(tmp_path / "mc.json", json.dumps({"stories": [story, dict(story, id=8)], "pagination": {}}))
    skipped = list(read_articles([stories]))
    assert len(skipped) == 2 and all(isinstance(s, Skipped) for s in skipped)
    assert skipped[0].reason.startswith("a Media Cloud story list gives no story text")
    news = {"source": {"id": None, "name": "AP"}, "author": "x", "title": "Talks", "description": "d",
            "url": "https://example.com/b", "urlToImage": None, "publishedAt": "2013-08-05T10:00:00Z",
            "content": TEXT}
    results = _write(tmp_path / "results.json", json.dumps({"status": "ok", "data": {"results": [news]}}))
    [article] = read_articles([results])
    assert isinstance(article, Article) and str(article.published).startswith("2013-08-05")
    plain = _write(tmp_path / "plain.json", json.dumps({"results": [{"body": TEXT * 3, "when": "2013-08-05"}]}))
    [skipped] = read_articles([plain])
    assert isinstance(skipped, Skipped) and "jq -c '.results[]'" in skipped.reason
