"""Reading article files (timeline.ingest): .txt, .jsonl, .json, .csv/.tsv, directories and globs.

Input files are built in tmp_path from real article text: the openings of
corpus articles kept in tests/data/datelines.jsonl and anchors.jsonl (the seed
stories, TASS, Reuters) and the metadata below, copied from tass/tass_dev.jsonl
and t17_syria/articles.jsonl. Every record given must come back as an Article
or a Skipped with a reason.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import DATA, read_jsonl

from timeline.errors import NoInputError
from timeline.ingest import expand_paths, read_articles, read_file
from timeline.model import Article, Skipped
from timeline.settings import Fields

TEXTS = {r["case"]: r["text"] for r in read_jsonl(DATA / "datelines.jsonl")}
PARAGRAPHS = {r["case"]: r["text"] for r in read_jsonl(DATA / "anchors.jsonl")}  # whole first paragraphs
SEED = TEXTS["tass-seed-behind-crumb-title-captions"]  # "All news\n\nUS concerned by ... — Department of State\n\n..."
SEED_NO_DATELINE = TEXTS["seed-no-dateline"]  # "Strong warning to West\n\nReconciliation in Idlib\n\n..."
# Three records as the corpora hold them: id, title, published, url, source, and the first paragraph.
TASS = [
    {"id": "tass-1893901", "title": "Russia imposes state of federal-level emergency due to fuel oil spill in Black Sea",
     "published": "2024-12-26T17:12:25", "url": "https://tass.com/emergencies/1893901",
     "source": "TASS (tass.com, English)", "text": PARAGRAPHS["metadata-and-dateline-agree"]},
    {"id": "tass-1893923", "title": "US disrupts payment of Russian contribution to ICRC budget — Foreign Ministry",
     "published": "2024-12-26T17:46:17", "url": "https://tass.com/politics/1893923",
     "source": "TASS (tass.com, English)", "text": PARAGRAPHS["metadata-far-from-dateline"]},
    {"id": "t17-reuters-197", "title": None, "published": "2011-11-12", "url": None,
     "source": "Timeline17 (Reuters search results; mixed outlets possible)",
     "text": PARAGRAPHS["metadata-and-dateline-without-day"]},
]
META = ("id", "title", "published", "url", "source", "text")


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def _jsonl(records: list) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _csv(rows: list[dict], columns: list[str], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _kinds(records) -> list[str]:
    return [type(r).__name__ for r in records]


# --- .txt ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    (SEED, "US concerned by possibility of offensive in Idlib — Department of State"),
    (SEED_NO_DATELINE, "Strong warning to West"),
    (TASS[0]["title"] + "\n\n" + TASS[0]["text"], TASS[0]["title"]),
    ("\n\n  " + TASS[1]["title"] + "  \n" + TASS[1]["text"], TASS[1]["title"]),
    (TASS[0]["text"], None),  # opens with the dateline sentence
    (TASS[2]["text"], None),  # one line, ending in a quotation
    (TEXTS["bbc-byline-place"], None),  # a BBC headline run into its story
    ("Politics\n\n" + TASS[0]["text"], None),  # a crumb, then the story
    # a hard-wrapped story whose first line ends mid-sentence: the dateline line is no headline
    ("MOSCOW, December 4. /TASS/. Russian President Vladimir Putin met Turkish\nPresident Recep Tayyip Erdogan in "
     "Sochi on Monday.\n", None),
], ids=["seed-all-news-crumb", "seed-no-dateline", "headline", "headline-after-blank-lines", "dateline-first",
        "quotation-last", "headline-run-into-story", "crumb-then-story", "hard-wrapped-dateline-line"])
def test_ingest_txt_title(tmp_path, text, title):
    path = _write(tmp_path / "story.txt", text)
    [article] = read_file(path)
    assert article == Article(id="story", text=text, title=title, path=str(path))


GMAIL = "---------- Forwarded message ---------\nFrom: Jane Doe <jane.doe@example.edu>\nDate: Thu, Dec 26, 2024 at 9:14 PM\n"
OUTLOOK = "-----Original Message-----\nFrom: Jane Doe\nSent: Thursday, December 26, 2024 9:14 PM\nTo: Group\n"


@pytest.mark.parametrize(("text", "title"), [
    (GMAIL + f"Subject: Fwd: {TASS[0]['title']}\nTo: Group <group@example.edu>\n\n\n{TASS[0]['text']}",
     TASS[0]["title"]),
    (OUTLOOK + f"Subject: FW: {TASS[1]['title']}\n\n{TASS[1]['title']}\n\n{TASS[1]['text']}", TASS[1]["title"]),
    ("Begin forwarded message:\n\nFrom: Jane Doe <jane@example.edu>\nSubject: Re:\n\n"
     f"{TASS[1]['title']}\n\n{TASS[1]['text']}", TASS[1]["title"]),  # no subject: the first title-like line past it
], ids=["gmail-forward", "outlook-forward", "apple-mail-empty-subject"])
def test_ingest_txt_title_of_a_text_pasted_from_an_email_is_its_subject(tmp_path, text, title):
    """The mail client's "---------- Forwarded message ---------" was the article's title (newuser50)."""
    path = _write(tmp_path / "story.txt", text)
    [article] = read_file(path)
    assert (article.title, article.text) == (title, text)


@pytest.mark.parametrize(("raw", "text"), [
    (b"\xef\xbb\xbf" + SEED.encode("utf-8"), SEED),
    (SEED.replace("\n", "\r\n").encode("utf-8"), SEED.replace("\n", "\r\n")),
], ids=["bom-dropped", "crlf-kept"])
def test_ingest_txt_text_is_the_file(tmp_path, raw, text):
    """Offsets point into the file as it is on disk (less a byte-order mark)."""
    [article] = read_file(_write(tmp_path / "000_4ca74516ebb1d9ed.txt", raw))
    assert article.text == text
    assert article.title == "US concerned by possibility of offensive in Idlib — Department of State"


# --- .jsonl -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_ingest_jsonl_good_and_bad_lines(tmp_path, line_end):
    lines = [
        json.dumps(TASS[0], ensure_ascii=False),
        "",
        json.dumps({"id": "no-text", "title": TASS[1]["title"], "body": TASS[1]["text"]}),
        '{"id": "broken", "text": "MOSCOW, December 26. /TASS/. A state of',
        json.dumps([TASS[1]["text"]]),
        json.dumps(TASS[1]["text"]),
        json.dumps({"text": "   "}),
        json.dumps(TASS[2], ensure_ascii=False),
        json.dumps({"text": TASS[1]["text"]}),
    ]
    path = _write(tmp_path / "tass.jsonl", line_end.join(lines) + line_end)
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Skipped", "Skipped", "Skipped", "Skipped", "Skipped", "Article", "Article"]
    assert [r.record for r in records] == [1, 3, 4, 5, 6, 7, 8, 9]
    first, no_text, broken, array, string, blank, third, bare = records
    assert {k: getattr(first, k) for k in META} == TASS[0]
    assert {k: getattr(third, k) for k in META} == TASS[2]
    assert (bare.id, bare.title, bare.published, bare.text) == ("tass:9", None, None, TASS[1]["text"])
    assert no_text.id == "no-text" and "'text'" in no_text.reason and "--text-field" in no_text.reason
    assert "body" in no_text.reason  # the fields the record does have
    assert re.match(r"invalid JSON \((Unterminated string starting|Invalid control character) at column \d+\) \(each line must be one JSON object\)$",
                    broken.reason) and " at at " not in broken.reason
    assert array.reason.startswith("the record is a list, not an object with a 'text' field (write each record")
    assert string.reason.startswith("the record is a string, not")  # as the user calls it, not Python's "a str"
    # reason (fix), as every skip says; the fix names the field that holds the longest text
    assert no_text.reason.endswith(") (name the text field with --text-field: 'body' holds the longest text, "
                                   "--text-field body)")
    assert "the 'text' field is empty (fill it" in blank.reason and "--text-field" not in blank.reason
    assert all(r.path == str(path) for r in records)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"], ids=["line-separator", "paragraph-separator",
                                                                        "next-line"])
def test_ingest_jsonl_text_with_unicode_line_breaks(tmp_path, separator):
    """A JSON string may hold, unescaped, characters str.splitlines() breaks at; the record stays whole."""
    text = TASS[0]["text"].replace(". ", "." + separator, 1)
    path = _write(tmp_path / "tass.jsonl", _jsonl([{**TASS[0], "text": text}, TASS[1]]))
    assert separator in path.read_text(encoding="utf-8")
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Article"]
    assert records[0].text == text and [r.record for r in records] == [1, 2]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_ingest_missing_text_field_names_the_column_that_holds_the_text(tmp_path, suffix):
    """A user's file with other column names ("headline,body,pubdate") was skipped with "name the text column with
    --text-field" and no word on which: the fix names the column whose cells hold the longest text (more than a
    headline), and none when no column holds a sentence."""
    def reasons(name: str, rows: list[dict]) -> list[str]:
        content = _csv(rows, list(rows[0]), ",") if suffix == ".csv" else _jsonl(rows)
        read = list(read_file(_write(tmp_path / f"{name}{suffix}", content)))
        assert read and all(isinstance(r, Skipped) for r in read)
        return [r.reason for r in read]

    rows = [{"headline": "Lavrov meets Pompeo", "body": TASS[0]["text"], "pubdate": "2018-08-30"},
            {"headline": "Putin, Erdogan talk", "body": TASS[1]["text"], "pubdate": "2018-08-29"}]
    kind = "column" if suffix == ".csv" else "field"
    found = reasons("feed", rows)
    assert all(r.endswith(f"(name the text {kind} with --text-field: 'body' holds the longest text, "
                          "--text-field body)") for r in found), found
    assert all(r.endswith(f"(name the text {kind} with --text-field)")
               for r in reasons("short", [{"a": "x", "b": "2018-08-30"}]))


CUSTOM = Fields(text="body", title="headline", published="date", url="link", source="outlet", id="doc_id")


def _custom(record: dict) -> dict:
    names = {"text": "body", "title": "headline", "published": "date", "url": "link", "source": "outlet", "id": "doc_id"}
    return {names[k]: v for k, v in record.items()}


@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".csv", ".tsv"])
def test_ingest_custom_field_names(tmp_path, suffix):
    records = [_custom(r) for r in TASS]
    if suffix == ".jsonl":
        content = _jsonl(records)
    elif suffix == ".json":
        content = json.dumps(records, ensure_ascii=False)
    else:
        content = _csv(records, list(records[0]), "\t" if suffix == ".tsv" else ",")
    path = _write(tmp_path / f"tass{suffix}", content)
    articles = list(read_file(path, CUSTOM))
    assert [{k: getattr(a, k) for k in META} for a in articles] == TASS
    # With the default names the text is not found, and the reason says how to name it.
    default = list(read_file(path))
    assert default and all(isinstance(r, Skipped) and "--text-field" in r.reason for r in default)


# --- .json --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    json.dumps(TASS, ensure_ascii=False, indent=2),
    json.dumps({"articles": TASS}, ensure_ascii=False),
    _jsonl(TASS),
], ids=["array", "articles-key", "json-lines-in-json"])
def test_ingest_json(tmp_path, content):
    path = _write(tmp_path / "tass.json", content)
    records = list(read_file(path))
    assert [{k: getattr(a, k) for k in META} for a in records] == TASS
    assert [a.record for a in records] == [1, 2, 3]


@pytest.mark.parametrize("record", TASS, ids=[r["id"] for r in TASS])
def test_ingest_json_single_object(tmp_path, record):
    [article] = read_file(_write(tmp_path / "one.json", json.dumps(record, ensure_ascii=False)))
    assert {k: getattr(article, k) for k in META} == record


@pytest.mark.parametrize(("content", "words"), [
    ('[{"text": "MOSCOW, December 26. /TASS/. A state of', ("invalid JSON", "JSON array")),
    ('"MOSCOW, December 26. /TASS/."', ("expected a JSON array",)),
], ids=["truncated", "not-an-array"])
def test_ingest_json_unreadable_file(tmp_path, content, words):
    path = _write(tmp_path / "tass.json", content)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.path == str(path)
    assert all(word in skipped.reason for word in words)


# --- .csv / .tsv --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_rows(tmp_path, suffix):
    rows = [TASS[0], {**TASS[1], "text": ""}, TASS[2]]
    path = _write(tmp_path / f"tass{suffix}", _csv(rows, list(META), "\t" if suffix == ".tsv" else ","))
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Skipped", "Article"]
    assert [r.record for r in records] == [2, 3, 4]  # the header is row 1, as a spreadsheet shows it
    assert {k: getattr(records[0], k) for k in META} == TASS[0]
    assert records[1].id == TASS[1]["id"] and "the 'text' field is empty" in records[1].reason
    assert "--text-field" not in records[1].reason  # the column is there: the cell needs filling


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_utf8_bom_header(tmp_path, suffix):
    """Spreadsheets write UTF-8 CSV with a byte-order mark before the first column name."""
    content = _csv([{"text": t["text"], "id": t["id"]} for t in TASS], ["text", "id"], "\t" if suffix == ".tsv" else ",")
    path = _write(tmp_path / f"tass{suffix}", b"\xef\xbb\xbf" + content.encode())
    assert [a.text for a in read_file(path)] == [t["text"] for t in TASS]


@pytest.mark.parametrize(("columns", "fields"), [
    (["id", "headline", "body"], Fields()),
    (["id", "title", "body"], Fields(text="story")),  # (with a "text" column, that is read: ``field_default``)
], ids=["default-field", "custom-field"])
def test_ingest_csv_missing_text_column_skips_the_file(tmp_path, columns, fields):
    rows = [dict(zip(columns, (t["id"], t["title"], t["text"]))) for t in TASS]
    path = _write(tmp_path / "tass.csv", _csv(rows, columns))
    [skipped] = read_file(path, fields)
    assert isinstance(skipped, Skipped) and skipped.record is None and skipped.path == str(path)
    assert f"no {fields.text!r} column" in skipped.reason
    assert ", ".join(columns) in skipped.reason and "--text-field" in skipped.reason


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_article_longer_than_the_csv_field_limit(tmp_path, suffix):
    """The csv module's default field limit (128 KiB) is shorter than a long story."""
    long_text = "\n\n".join(list(TEXTS.values()) * 10)  # every gold opening, ten times over
    assert len(long_text) > 131072
    rows = [{**TASS[2], "text": long_text}, TASS[0]]
    path = _write(tmp_path / f"long{suffix}", _csv(rows, list(META), "\t" if suffix == ".tsv" else ","))
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Article"]
    assert records[0].text == long_text


def _unclosed(suffix: str, rest: str = "row") -> str:
    """Three rows, the second with its text's closing quote missing: the quote runs on over what follows, which has
    no quote to close it (a quote of a later row would: the csv module pairs the quotes, whatever was meant). What
    follows is a third row (an id and a headline as its text), or the rest of the second row's own text (paragraphs
    with commas: no row of this file)."""
    delimiter = "\t" if suffix == ".tsv" else ","
    first = _csv([{"id": TASS[2]["id"], "text": TASS[2]["text"]}], ["id", "text"], delimiter)  # quoted, with ""
    second = TASS[0]["id"] + delimiter + '"' + TASS[0]["text"] + "\r\n"
    if rest == "row":
        return first + second + TASS[1]["id"] + delimiter + TASS[1]["title"] + "\r\n"  # no quote, no delimiter
    return first + second + "\r\n" + TASS[1]["text"].replace(". ", f".{delimiter} ", 1) + "\r\n"


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_quote_that_never_closes_skips_its_row(tmp_path, suffix):
    """The csv module reads a quoted field whose quote never closes to the end of the file, rows after it too, without
    a word: that row is skipped, naming the column, the line the quote opens at and the fix; the rows before it are
    read, and so are the rows after it, which read as rows of this file on their own (an id, one word as in the rows
    before, and a text)."""
    path = _write(tmp_path / f"tass{suffix}", _unclosed(suffix))
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Skipped", "Article"]
    assert records[0].text == TASS[2]["text"]
    skipped = records[1]
    assert (skipped.path, skipped.record, skipped.id) == (str(path), 3, TASS[0]["id"])
    assert skipped.reason.startswith("a quote opens the 'text' field at line 3 and never closes: the csv reader read "
                                     "the rest of the file (lines 3 to 4) as this one row, so the row after it (row 4, "
                                     "line 4) vanished into it; that row is read as an article, this row is not")
    assert 'close the quote where the field ends; a quote inside a quoted field is written twice, ""' in skipped.reason
    assert (records[2].id, records[2].text, records[2].record) == (TASS[1]["id"], TASS[1]["title"], 4)


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_quote_that_never_closes_over_its_own_paragraphs(tmp_path, suffix):
    """What the quote runs over is the rest of its own text (a paragraph with a delimiter in it, but a sentence where
    the rows have a one-word id): no row is made of it."""
    path = _write(tmp_path / f"tass{suffix}", _unclosed(suffix, rest="text"))
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Skipped"]
    assert records[1].reason.startswith("a quote opens the 'text' field at line 3 and never closes: the rest of the "
                                        "file (lines 3 to 5) was read as that one field, so the row is not read")


def test_ingest_csv_quote_that_never_closes_in_the_header_skips_the_file(tmp_path):
    rows = "".join(f"{t['id']},{t['title']}\r\n" for t in TASS[:2])  # headlines as texts: no quote to close it
    path = _write(tmp_path / "tass.csv", 'id,"text\r\n' + rows)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.record is None and skipped.path == str(path)
    assert skipped.reason.startswith("a quote opens a field of the header row at line 1 and never closes")


def _read_back(tmp_path, content: str, delimiter: str) -> list[str]:
    """What ``read_file`` makes of ``content`` (commas its delimiters) written with ``delimiter``: "text:" and each
    article's text, "skip:" and each skipped row's reason."""
    path = _write(tmp_path / ("quotes.csv" if delimiter == "," else "quotes.tsv"), content.replace(",", delimiter))
    return [f"text:{r.text}" if isinstance(r, Article) else f"skip:{r.reason}" for r in read_file(path)]


def _reads_as(found: list[str], wanted: list[str], delimiter: str) -> bool:
    """Does each of ``found`` start with its ``wanted`` (commas in a wanted text read as ``delimiter``)?"""
    wanted = [w.replace(",", delimiter) if w.startswith("text:") else w for w in wanted]
    return len(found) == len(wanted) and all(f.startswith(w) for f, w in zip(found, wanted))


_NEVER_CLOSES = "skip:a quote opens the 'text' field at line 2 and never closes"


# where the csv module (its default dialect, not strict) reads a quote that never closes: the rest of the file into
# its field, without a word (found in one walk of the field grammar, ``records._quotes``)
@pytest.mark.parametrize(("content", "wanted"), [
    ('id,text\n1,"Moscow said.\n', [_NEVER_CLOSES]),  # the last field
    ('id,text\n1,"Moscow ""said"".\n2,Kyiv\n', [_NEVER_CLOSES, "text:Kyiv"]),  # doubled quotes inside: still open
    ('id,text\n1,"Moscow ""said""."\n2,Kyiv\n', ['text:Moscow "said".', "text:Kyiv"]),
    ('id,text,x\r\n1,"two\r\nlines",x\r\n', ["text:two\r\nlines"]),  # a line break inside a closed quote
    ('id,text\n1,"Moscow"" said.\n', [_NEVER_CLOSES]),  # a doubled quote is no closing one
    ('id,text\n1,Moscow "said.\n', ['text:Moscow "said.']),  # in a field that opens with none, a plain character
    ('id,text\n1,"Moscow" said "more.\n', ['text:Moscow said "more.']),  # so is one after the closing quote
    # the second quote closes the first (one row, "Moscow\n2,Kyiv"), and the row's own text then never closes
    ('id,text\n1,"Moscow\n2,"Kyiv\n', ["skip:a quote opens the 'text' field at line 2 and the csv reader took the "
                                         "next quote, at line 3", "skip:a quote opens the 'text' field at line 3 and "
                                         "never closes"]),
    ('id,"text\n', ["skip:a quote opens a field of the header row at line 1 and never closes"]),
], ids=["last-field", "doubled-inside", "closed", "crlf-inside", "doubled-at-end", "unquoted-field",
        "after-closing", "paired", "header"])
@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["csv", "tsv"])
def test_ingest_csv_quote_that_never_closes_is_found(tmp_path, content, wanted, delimiter):
    found = _read_back(tmp_path, content, delimiter)
    assert _reads_as(found, wanted, delimiter), found


# A spreadsheet export whose text cell holds a stray quote: the text of a row that opens with a quotation mark but
# was not written as a quoted field, so that the csv module takes the mark for the opening quote of the field and
# reads on, over the next lines, to the next quote in the file, most often the one that opens a later row's quoted
# text. The rows in between vanish into that field, without a word from the csv module.
STRAY = '"We are ready for talks without preconditions' + " Lavrov told reporters in Moscow on Friday"
MORE = [  # short rows whose texts hold no delimiter and no quote, so that the export leaves them unquoted
    {"id": "tass-1893930", "title": "Peskov on talks", "published": "2024-12-26T18:02:11", "url": "https://tass.com/politics/1893930",
     "source": "TASS", "text": "The Kremlin declined to comment on the talks on Thursday"},
    {"id": "tass-1893944", "title": "Zakharova briefing", "published": "2024-12-26T18:40:05", "url": "https://tass.com/politics/1893944",
     "source": "TASS", "text": "Zakharova will hold a briefing on Friday"},
]


def _export(rows: list[dict], stray_row: int, delimiter: str = ",") -> str:
    """The rows as a spreadsheet writes them (a text with a delimiter, a quote or a line break quoted, quotes
    doubled), but for the text of row ``stray_row`` (counting the header as row 1), written as typed: STRAY."""
    lines = _csv(rows, list(META), delimiter).split("\r\n")
    records = list(csv.reader(io.StringIO(_csv(rows, list(META), delimiter), newline=""), delimiter=delimiter))
    start = sum(1 + "".join(r).count("\n") for r in records[:stray_row - 1])  # the physical line the row starts at
    assert "\n" not in "".join(records[stray_row - 1][:-1])
    cells = _csv([dict(zip(META, records[stray_row - 1][:-1]))], list(META[:-1]), delimiter).split("\r\n")[1]
    end = start + records[stray_row - 1][-1].count("\n") + 1
    return "\r\n".join(lines[:start] + [cells + delimiter + STRAY] + lines[end:])


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_stray_quote_that_a_later_row_closes(tmp_path, suffix):
    """Row 3's stray quote pairs with the quote that opens row 6's text: rows 4 and 5 (unquoted) and the first line of
    row 6 vanish into row 3's text. Row 3 is skipped, naming the lines, the rows and the fix; rows 4 to 6 are read,
    numbered as they are once the quote is fixed, and row 6's paragraphs come back whole."""
    delimiter = "\t" if suffix == ".tsv" else ","
    story = {**TASS[1], "source": "TASS", "text": SEED}  # paragraphs and quotes: written quoted, over several lines
    rows = [TASS[0], {**TASS[2], "text": "placeholder"}, *MORE, story, TASS[1]]
    path = _write(tmp_path / f"tass{suffix}", _export(rows, 3, delimiter))
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Skipped", "Article", "Article", "Article", "Article"]
    assert [r.record for r in records] == [2, 3, 4, 5, 6, 7]
    assert [r.id for r in records] == [TASS[0]["id"], TASS[2]["id"], MORE[0]["id"], MORE[1]["id"], story["id"],
                                       TASS[1]["id"]]
    assert [r.text for r in records[2:]] == [MORE[0]["text"], MORE[1]["text"], SEED, TASS[1]["text"]]
    skipped = records[1]
    assert skipped.path == str(path)
    last = 6 + SEED.count("\n")
    assert skipped.reason.startswith(
        "a quote opens the 'text' field at line 3 and the csv reader took the next quote, at line 6, in a later row, "
        f"for its closing one: it read lines 3 to 6 as this one row, so the 3 rows after it (rows 4 to 6, lines 4 to {last}) vanished "
        "into it; they are read as articles, this row is not (if the quote belongs to the text, quote the whole field "
        'and write the quote twice ("""We ..."), otherwise delete it')


@pytest.mark.parametrize("column", ["id", "title", "published", "url"])
@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_stray_quote_that_the_rows_own_text_closes(tmp_path, suffix, column):
    """A quote typed before a cell of row 3 (not written quoted) pairs with the quote that opens the row's own text,
    quoted for its paragraphs: the csv module reads the text's first line into that cell and each later paragraph as a
    row of its own, skipped for want of text or, with commas in it, read as an article named by its first words.
    Row 3 is skipped with its lines and the fix, its paragraphs with it; every other row is read whole."""
    delimiter = "\t" if suffix == ".tsv" else ","
    story = {**TASS[1], "source": "TASS", "text": SEED}  # paragraphs and quotes; its text's quote is the row's first
    rows = [TASS[0], story, TASS[2]]
    content = _csv(rows, list(META), delimiter).split("\r\n")
    cells = content[2].split(delimiter)
    cells[list(META).index(column)] = '"' + cells[list(META).index(column)]
    content[2] = delimiter.join(cells)
    path = _write(tmp_path / f"tass{suffix}", "\r\n".join(content))
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Skipped", "Article"]
    assert [r.record for r in records] == [2, 3, 4]
    assert [records[0].text, records[2].text] == [TASS[0]["text"], TASS[2]["text"]]
    last = 3 + SEED.count("\n")
    assert records[1].reason.startswith(
        f"a quote opens the {column!r} field at line 3 and the csv reader took the next quote, at line 3, which opens a "
        "later field of this row, for its closing one: it read line 3 as this row and the rest of the row (lines 4 to "
        f"{last}) as ")
    assert f"of their own; this row (lines 3 to {last}) is not read as an article (if the quote belongs to the text, " \
           "quote the whole field" in records[1].reason
    assert records[1].id == (TASS[1]["id"] if column != "id" else None)


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_stray_quote_that_shifts_the_rows_fields(tmp_path, suffix):
    """A quote typed before the title, closed by the quote that opens the row's one-line source (quoted for its
    comma): the csv module reads the row on its own line, but with its fields out of place (no text, or the source
    where the text is). The row is skipped; the others are read."""
    delimiter = "\t" if suffix == ".tsv" else ","
    rows = [{**t, "source": t["source"].replace(",", delimiter)} for t in (TASS[0], TASS[1], TASS[0])]
    content = _csv(rows, list(META), delimiter).split("\r\n")
    title = rows[1]["title"]
    assert f"{delimiter}{title}{delimiter}" in content[2]
    content[2] = content[2].replace(f"{delimiter}{title}{delimiter}", f'{delimiter}"{title}{delimiter}')
    path = _write(tmp_path / f"tass{suffix}", "\r\n".join(content))
    records = list(read_file(path))
    assert _kinds(records) == ["Article", "Skipped", "Article"]
    assert records[1].reason.startswith(
        "a quote opens the 'title' field at line 3 and the csv reader took the next quote, at line 3, which opens a "
        "later field of this row, for its closing one: it read the fields of this row (line 3) out of place, so this "
        "row is not read as an article")


@pytest.mark.parametrize(("first_title", "newline"), [("Lavrov on Idlib", "\r\n"), ("Idlib", "\n")],
                         ids=["spaced-titles", "one-word-title"])
def test_ingest_csv_stray_quote_that_moves_a_field_boundary_is_found(tmp_path, first_title, newline):
    """A quote typed before a title, closed by the quote that opens the row's quoted text right after the delimiter:
    the csv module reads as many fields as the header, but the title swallows the text's first words (its dateline)
    and the text starts in mid-sentence. The row is skipped with the reason; the others are read. Also after a row
    whose title is one word: the repaired row's two-word title does not read as a title of this file by the
    one-word-column test, which vetoed the check and read "Nauert on Idlib,WASHINGTON" as an article; no lines move
    between rows, so that test does not apply."""
    rows = ["id,published,title,text",
            f'a1,2018-08-30,{first_title},"MOSCOW, August 30. /TASS/. Lavrov said on Wednesday that talks would go on."',
            'a2,2018-08-30,"Nauert on Idlib,"WASHINGTON, August 30. /TASS/. Nauert told reporters on Thursday."',
            'a3,2018-08-31,Talks,"ANKARA, August 31. /TASS/. Cavusoglu met his Iranian counterpart on Friday."', ""]
    records = list(read_file(_write(tmp_path / "wire.csv", newline.join(rows))))
    assert _kinds(records) == ["Article", "Skipped", "Article"]
    assert records[1].reason.startswith(
        "a quote opens the 'title' field at line 3 and the csv reader took the next quote, at line 3, which opens a "
        "later field of this row, for its closing one")
    assert [r.text[:6] for r in records[::2]] == ["MOSCOW", "ANKARA"]


def test_ingest_csv_stray_quote_now_and_then(tmp_path):
    """Two stray quotes, each closed by the next row's quoted text: each row is skipped, every other row read."""
    rows = [{**TASS[0], "text": "x"}, TASS[2], {**TASS[1], "text": "x"}, TASS[0]]
    content = _export(rows, 4).split("\r\n")
    content[1] = content[1][:content[1].rindex(",") + 1] + STRAY
    path = _write(tmp_path / "tass.csv", "\r\n".join(content))
    records = list(read_file(path))
    assert _kinds(records) == ["Skipped", "Article", "Skipped", "Article"]
    assert [r.record for r in records] == [2, 3, 4, 5]
    assert [r.text for r in records[1::2]] == [TASS[2]["text"], TASS[0]["text"]]
    assert all("the row after it (row" in r.reason for r in records[::2])


def test_ingest_csv_stray_quote_in_the_header_skips_the_file(tmp_path):
    content = _csv(TASS, list(META)).replace("title", '"title', 1)
    path = _write(tmp_path / "tass.csv", content)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.record is None
    assert skipped.reason.startswith("a quote opens a field of the header row at line 1 and closes only at line 2, "
                                     "in another row: lines 1 to 2 were read as the header, and no row as an article")


@pytest.mark.parametrize("columns", [list(META), ["title", "text"], ["text"]], ids=["meta", "titles", "text-only"])
@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_ingest_csv_paragraphs_in_quoted_cells_are_no_stray_quote(tmp_path, suffix, columns):
    """Texts with paragraphs, quotes and delimiters, written quoted as a spreadsheet writes them, are read whole, even
    where a paragraph reads like a row of the file ("tass-1893999,..."): a quoted field that closes where it ends is
    no runaway quote."""
    delimiter = "\t" if suffix == ".tsv" else ","
    lookalike = delimiter.join(["tass-1893999", "Lavrov on talks", "2024-12-27", "https://tass.com/politics/1893999",
                                "TASS", "MOSCOW"][:len(columns)])
    texts = [SEED, SEED_NO_DATELINE, TASS[0]["text"] + "\n" + lookalike + "\n" + TASS[2]["text"], TASS[2]["text"]]
    rows = [{**{k: v for k, v in TASS[i % 3].items() if k in columns}, "text": t} for i, t in enumerate(texts)]
    path = _write(tmp_path / f"tass{suffix}", _csv(rows, columns, delimiter))
    records = list(read_file(path))
    assert _kinds(records) == ["Article"] * 4
    assert [r.text for r in records] == texts


def test_ingest_csv_quote_written_once_in_a_quoted_paragraph_is_no_stray_row(tmp_path):
    """A quote written once inside a quoted text, after a paragraph break, ends the quoted part early (the csv module
    reads on as in an unquoted field): a damaged text, but one row. Where the later paragraph has as many commas as
    the file has columns, it is still no row: its first field is a sentence where the ids are one word, or, in a file
    without such a column, the row has as many fields as the header."""
    text = 'MOSCOW, December 26. /TASS/. Talks were held.\n\nLavrov said, "we agreed" on the agenda.'
    broken = "\r\n".join(["id,text", f'tass-1,"{text}"', f'tass-2,"{TASS[0]["text"]}"', ""])
    titled = broken.replace("id,text", "title,text").replace("tass-1,", "Lavrov on talks,")
    for name, content in (("ids.csv", broken), ("titles.csv", titled)):
        records = list(read_file(_write(tmp_path / name, content)))
        assert _kinds(records) == ["Article", "Article"], name
        assert records[0].text.startswith("MOSCOW, December 26. /TASS/. Talks were held.\n\nLavrov said, we agreed")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _many_rows(count: int, every: int) -> tuple[str, list[tuple[int, str, str]]]:
    """A spreadsheet export of ``count`` rows (id, title, published, text), one in ``every`` broken by a stray quote,
    three kinds in turn: a text typed with an opening quote, closed by the quote that opens the next row's text; a
    quote typed before the title, closed by the quote of the row's own text, on its line or over its paragraphs. The
    third row from the end is broken by a quote that never closes, over the two after it (texts without a quote).
    Returns the file, and what each row must come back as: (its row number, its id, "Article" or "Skipped")."""
    lines, expected, kinds = ["id,title,published,text\r\n"], [], 0
    for i in range(count):
        story = TASS[i % 3]
        cells = f"tass-{1900000 + i},{('Lavrov', 'Peskov', 'Zakharova')[i % 3]} on talks,{story['published']},"
        text = _quoted([story["text"], SEED][i % 2]) if i < count - 3 else MORE[i % 2]["text"]
        broken = i == count - 3 or (i % every == every // 2 and i < count - every)
        if i == count - 3:
            line = cells + STRAY  # no quote after it closes it
        elif broken and kinds % 3 == 0:
            line = cells + STRAY  # the quote that opens the next row's text closes it
        elif broken:  # closed by the quote that opens the row's own text
            title, rest = cells.split(",", 1)[1].split(",", 1)
            line = f'tass-{1900000 + i},"{title},{rest}' + _quoted([story["text"], SEED][kinds % 3 - 1])
        else:
            line = cells + text
        kinds += broken
        lines.append(line + "\r\n")
        expected.append((i + 2, f"tass-{1900000 + i}", "Skipped" if broken else "Article"))
    return "".join(lines), expected


def test_ingest_csv_many_broken_rows_every_row_accounted_for(tmp_path):
    """2,000 rows, 200 of them broken by a stray quote or one that never closes: each comes back, the broken ones
    skipped with their id and a reason, every other one read, numbered as it is in the file. Each row is walked once:
    the reading stays linear in the rows (nothing of the rest of the file is read again after each broken row)."""
    content, expected = _many_rows(2000, 10)
    assert sum(kind == "Skipped" for _, _, kind in expected) == 200
    records = list(read_file(_write(tmp_path / "export.csv", content)))
    assert [(r.record, r.id, type(r).__name__) for r in records] == expected
    assert all(r.reason.startswith("a quote opens the ") for r in records if isinstance(r, Skipped))
    assert records[-3].reason.startswith("a quote opens the 'text' field at line ")
    assert "never closes: the csv reader read the rest of the file" in records[-3].reason
    assert [r.text for r in records[-2:]] == [MORE[0]["text"], MORE[1]["text"]]


def test_ingest_csv_quote_that_never_closes_over_many_rows_and_a_paragraph(tmp_path):
    """A quote that never closes at the top of a file of 2,000 rows, with a paragraph that is no row of the file half
    way down: the rows before the paragraph are the quoted text's (the quote closes after it once fixed); the rows
    after it are read. Each line is read from once in the search for the first of those rows."""
    row = "tass-{},2024-12-26T18:02:11,The Kremlin declined to comment on the talks on Thursday\r\n"
    paragraph = "Lavrov said, talks would go on, in Geneva, next week, he added\r\n"
    lines = ["id,published,text\r\n", "tass-0,2024-12-26T17:12:25," + STRAY + "\r\n"]
    lines += [row.format(i) for i in range(1, 1000)] + [paragraph] + [row.format(i) for i in range(1000, 2000)]
    path = _write(tmp_path / "export.csv", "".join(lines))
    records = list(read_file(path))
    assert _kinds(records) == ["Skipped"] + ["Article"] * 1000
    assert [r.record for r in records] == list(range(2, 1003))
    assert [r.id for r in records[1:]] == [f"tass-{i}" for i in range(1000, 2000)]
    assert records[0] == Skipped(str(path), (
        "a quote opens the 'text' field at line 2 and never closes: the csv reader read the rest of the file (lines 2 "
        "to 2002) as this one row, so the 1000 rows after it (rows 3 to 1002, lines 1003 to 2002) vanished into it; "
        "they are read as articles, this row is not (" + _CLOSE_QUOTE + ")"), record=2, id="tass-0")
    # the paragraph on the last line instead: no row after it, so the rest of the file is the text's
    path = _write(tmp_path / "last.csv", "".join(lines[:1001] + lines[1002:] + [paragraph]))
    assert list(read_file(path)) == [Skipped(str(path), (
        "a quote opens the 'text' field at line 2 and never closes: the rest of the file (lines 2 to 2002) was read as "
        "that one field, so the row is not read as an article (" + _CLOSE_QUOTE + ")"), record=2, id="tass-0")]


_CLOSE_QUOTE = 'close the quote where the field ends; a quote inside a quoted field is written twice, ""'
_STRAY_FIX = ('if the quote belongs to the text, quote the whole field and write the quote twice ("""We ..."), '
              'otherwise delete it; a quote inside a quoted field is written twice, ""')


@pytest.mark.parametrize(("header", "rows", "skipped", "row_id", "reason"), [
    # a quote that never closes, over the text's own paragraphs
    ("id,title,text", ['tass-1,Lavrov on talks,"MOSCOW, December 26. Talks were held.', "",
                       "Lavrov said, they would go on."], 2, "tass-1",
     "a quote opens the 'text' field at line 2 and never closes: the rest of the file (lines 2 to 4) was read as that "
     "one field, so the row is not read as an article (" + _CLOSE_QUOTE + ")"),
    ("title,text,id", ['Lavrov on talks,"MOSCOW, December 26. Talks were held.', "",
                       "Lavrov said, they would go on."], 2, None,
     "a quote opens the 'text' field at line 2 and never closes: the rest of the file (lines 2 to 4) was read as that "
     "one field, so the row is not read as an article (" + _CLOSE_QUOTE + ")"),
    # a quote that never closes, over a row after it
    ("title,published,text,id", ["Lavrov on talks,2024-12-26," + STRAY,
                                 "Peskov on talks,2024-12-27,The Kremlin declined to comment,tass-2"], 2, None,
     "a quote opens the 'text' field at line 2 and never closes: the csv reader read the rest of the file (lines 2 to "
     "3) as this one row, so the row after it (row 3, line 3) vanished into it; that row is read as an article, this "
     "row is not (" + _CLOSE_QUOTE + ")"),
    # a stray quote closed by the next row's quoted text: the id after it is read out of place (" Talks.\"")
    ("title,published,text,id", ["Lavrov on talks,2024-12-26," + STRAY + ",tass-1",
                                 'Peskov on talks,2024-12-27,"MOSCOW, December 26. Talks.",tass-2'], 2, None,
     "a quote opens the 'text' field at line 2 and the csv reader took the next quote, at line 3, in a later row, for "
     "its closing one: it read lines 2 to 3 as this one row, so the row after it (row 3, line 3) vanished into it; "
     "that row is read as an article, this row is not (" + _STRAY_FIX + ")"),
    ("id,published,text", ["tass-1,2024-12-26," + STRAY,
                           'tass-2,2024-12-27,"MOSCOW, December 26. Talks."'], 2, "tass-1",
     "a quote opens the 'text' field at line 2 and the csv reader took the next quote, at line 3, in a later row, for "
     "its closing one: it read lines 2 to 3 as this one row, so the row after it (row 3, line 3) vanished into it; "
     "that row is read as an article, this row is not (" + _STRAY_FIX + ")"),
    # a header naming the id column twice (a joined export): the id is the later column's value, read after the
    # broken field, so none is given; the field named is the one the quote opens (was: 'text', and the id the text)
    ("id,text,id", ['tass-1,"MOSCOW, December 26. Talks were held.","tass-1'], 2, None,
     "a quote opens the 'id' field at line 2 and never closes: the rest of the file (line 2) was read as that one "
     "field, so the row is not read as an article (" + _CLOSE_QUOTE + ")"),
    ("id,text,id", ["tass-1," + STRAY + ",tass-1", 'tass-2,"MOSCOW, December 26. Talks.",tass-2'], 2, None,
     "a quote opens the 'text' field at line 2 and the csv reader took the next quote, at line 3, in a later row, for "
     "its closing one: it read lines 2 to 3 as this one row, so the row after it (row 3, line 3) vanished into it; "
     "that row is read as an article, this row is not (" + _STRAY_FIX + ")"),
], ids=["unclosed-id-before", "unclosed-id-after", "swallowing-id-after", "stray-id-after", "stray-id-before",
        "unclosed-id-twice", "stray-id-twice"])
def test_ingest_csv_broken_quote_names_the_id_only_before_the_broken_field(tmp_path, header, rows, skipped, row_id,
                                                                          reason):
    """One rule for the three reasons a row is skipped for its quote: the row's id is named when the id column comes
    before the field the quote opens (read as written); after it, it was read out of place or not at all. The message
    names the file, the row, the line and the fix."""
    path = _write(tmp_path / "export.csv", "\r\n".join([header, *rows, ""]))
    records = list(read_file(path))
    assert records[0] == Skipped(str(path), reason, record=skipped, id=row_id)
    assert all(isinstance(r, Article) for r in records[1:])


# a quoted field whose closing quote is followed by more text (no CSV writer writes that): the row is read again with
# its opening quote taken as text, and the rows the field swallowed are taken back when they read as whole rows
@pytest.mark.parametrize(("record", "wanted"), [
    # paragraphs and doubled quotes, closed where the field ends
    ('1,"Moscow, ""Kyiv"".\n\nAnkara."\r\n', ['text:Moscow, "Kyiv".\n\nAnkara.']),
    ('1,"Moscow",\n', ["text:Moscow"]),  # an empty field past the last column (a trailing delimiter) loses nothing
    ('1,Moscow "said" it\n', ['text:Moscow "said" it']),  # quotes inside a field that opens with none are characters
    ('"",x\n', ["text:x"]),
    # closed by the quote that opens row 3's text: rows 2 and 3 taken back
    ('1,"Lavrov said\n2,Kyiv\n3,"MOSCOW, text"\n', ["skip:a quote opens the 'text' field at line 2 and the csv reader "
                                                   "took the next quote, at line 4, in a later row", "text:Kyiv",
                                                   "text:MOSCOW, text"]),
    # by the one that opens its own text, and in one line: the quote the csv reader closed the field with opens a
    # later field (it follows a delimiter), so the row read out of place ("...,MOSCOW" and a field too many) is skipped
    # for its quote, though read again it is no whole row of an id,text file either
    # (test_ingest_csv_stray_quote_that_the_rows_own_text_closes has the file where it is one)
    ('1,"Lavrov on talks,2024-12-26,"MOSCOW, text"\n', ["skip:a quote opens the 'text' field at line 2 and the csv "
                                                        "reader took the next quote, at line 2, which opens a later "
                                                        "field of this row"]),
    ('1,"Moscow" said\n', ["text:Moscow said"]),
    ('1,"Moscow\n', [_NEVER_CLOSES]),  # never closes: the case above
], ids=["paragraphs", "closed", "unquoted", "empty", "later-row", "own-text", "one-line", "unclosed"])
@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["csv", "tsv"])
def test_ingest_csv_quote_closed_before_more_text_is_read_again(tmp_path, record, wanted, delimiter):
    found = _read_back(tmp_path, "id,text\n" + record, delimiter)
    assert _reads_as(found, wanted, delimiter), found


# --- bad files ----------------------------------------------------------------------------------------------

def _cp1252(suffix: str) -> bytes:
    record = {"id": "seed", "text": SEED}
    content = {".txt": SEED, ".jsonl": _jsonl([record]), ".json": json.dumps([record], ensure_ascii=False),
               ".csv": _csv([record], ["id", "text"])}[suffix]
    return content.encode("cp1252")  # "—" is byte 0x97, "’" 0x92: not UTF-8


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json", ".csv"])
def test_ingest_not_utf8(tmp_path, suffix):
    path = _write(tmp_path / f"seed{suffix}", _cp1252(suffix))
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.path == str(path)
    assert "not UTF-8" in skipped.reason and "UTF-8" in skipped.reason
    assert f"iconv -f WINDOWS-1252 -t UTF-8 {path} > {tmp_path / ('seed.utf8' + suffix)}" in skipped.reason
    assert "0x97" in skipped.reason or "0x92" in skipped.reason


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed")
def test_ingest_not_utf8_fix_converts_in_place(tmp_path):
    # the suggested command, pasted as given, leaves one UTF-8 file where the bad one was: the next run reads it
    path = _write(tmp_path / "seed.txt", _cp1252(".txt"))
    [skipped] = read_file(path)
    command = skipped.reason.split("`")[1]
    subprocess.run(command, shell=True, check=True, cwd=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.txt"]
    [article] = read_file(path)
    assert not isinstance(article, Skipped)
    assert "—" in article.text or "’" in article.text


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_ingest_binary_file_is_not_sent_to_iconv(tmp_path, suffix):
    # an executable or an image renamed .txt: no encoding converts it, so no iconv hint
    path = _write(tmp_path / f"program{suffix}", b"\x7fELF\x02\x01\x01\x00\x00\x00\xd0\xff" * 20)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("a binary file, not text") and "iconv" not in skipped.reason


@pytest.mark.parametrize("encoding, hint", [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".tml"])
def test_ingest_utf16_gets_a_utf16_iconv_hint(tmp_path, monkeypatch, suffix, encoding, hint):
    """Windows tools write UTF-16 (with a BOM, read as such since newuser49: tests/test_encoding.py, or without
    one); the fix must not say WINDOWS-1252. The command names the path as given, so it can be pasted where the run
    was started."""
    monkeypatch.chdir(tmp_path)
    record = {"id": "seed", "text": SEED}
    content = {".txt": SEED, ".jsonl": _jsonl([record]), ".csv": _csv([record], ["id", "text"]),
               ".tml": f"<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2018-08-30\"/></DCT><TEXT>{SEED}</TEXT></TimeML>"}[suffix]
    path = _write(Path("in") / f"seed {encoding}{suffix}", content.encode(encoding))
    [skipped] = read_articles([path])
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith(f"{hint} text, not UTF-8")
    assert (f"`iconv -f {hint} -t UTF-8 'in/seed {encoding}{suffix}' > 'in/seed {encoding}.utf8{suffix}' "
            f"&& mv 'in/seed {encoding}.utf8{suffix}' 'in/seed {encoding}{suffix}'`") in skipped.reason


@pytest.mark.parametrize(("name", "content"), [
    ("empty.txt", ""), ("blank.txt", "\n  \n"), ("empty.jsonl", ""), ("blank.jsonl", "\n\n"),
    ("empty.json", ""), ("empty.csv", ""), ("empty.tsv", "\n"), ("bom-only.txt", b"\xef\xbb\xbf"),
])
def test_ingest_empty_file(tmp_path, name, content):
    path = _write(tmp_path / name, content)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.path == str(path)
    assert "the file is empty" in skipped.reason


@pytest.mark.parametrize(("name", "named"), [("story.pdf", "(.pdf)"), ("story.docx", "(.docx)"),
                                             ("README", "(no extension)")])
@pytest.mark.parametrize("given", ["file", "folder"])
def test_ingest_unsupported_file_is_skipped_by_name_or_in_a_folder(tmp_path, name, named, given):
    path = _write(tmp_path / "in" / name, SEED)
    assert expand_paths([path if given == "file" else path.parent]) == [path]
    [skipped] = read_articles([path if given == "file" else path.parent])
    assert isinstance(skipped, Skipped) and skipped.path == str(path)
    assert f"not an article file {named}; supported: .atom, .csv" in skipped.reason and ".txt" in skipped.reason


# --- directories, globs, missing paths ----------------------------------------------------------------------

def _tree(root: Path) -> None:
    _write(root / "b.txt", SEED)
    _write(root / "a.jsonl", _jsonl(TASS[:2]))
    _write(root / "notes.pdf", b"%PDF-1.4")
    _write(root / "image.png", b"\x89PNG")
    _write(root / ".hidden.txt", SEED)
    _write(root / ".git" / "story.txt", SEED)
    _write(root / "sub" / "deeper" / "c.TXT", SEED_NO_DATELINE)
    _write(root / "sub" / "d.csv", _csv([TASS[2]], list(META)))
    _write(root / "sub" / ".cache" / "e.jsonl", _jsonl(TASS))


@pytest.mark.parametrize("spelling", ["dir", "dir-with-slash"])
def test_ingest_directory_recursive(tmp_path, spelling):
    _tree(tmp_path / "in")
    root = tmp_path / "in"
    given = str(root) + ("/" if spelling == "dir-with-slash" else "")
    found = expand_paths([given])
    assert [p.relative_to(root).as_posix() for p in found] == [
        "a.jsonl", "b.txt", "image.png", "notes.pdf", "sub/d.csv", "sub/deeper/c.TXT"]  # no hidden file
    records = list(read_articles([given]))
    assert _kinds(records) == ["Article"] * 2 + ["Article", "Skipped", "Skipped"] + ["Article"] * 2
    assert [r.id for r in records if isinstance(r, Article)] == [TASS[0]["id"], TASS[1]["id"], "b", TASS[2]["id"], "c"]
    assert [Path(r.path).name for r in records if isinstance(r, Skipped)] == ["image.png", "notes.pdf"]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("in/*.txt", ["b.txt"]),
    ("in/**/*.txt", ["b.txt"]),
    ("in/**/*.[tT][xX][tT]", ["b.txt", "sub/deeper/c.TXT"]),
    ("in/s*", ["sub/d.csv", "sub/deeper/c.TXT"]),
    ("in/*", ["a.jsonl", "b.txt", "image.png", "notes.pdf", "sub/d.csv", "sub/deeper/c.TXT"]),
    ("in/*.pdf", ["notes.pdf"]),
], ids=["one-folder", "recursive-lowercase", "recursive-any-case", "matches-a-folder", "everything",
                      "unsupported-named"])
def test_ingest_glob(tmp_path, monkeypatch, pattern, expected):
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    assert [p.relative_to("in").as_posix() for p in expand_paths([pattern])] == expected


@pytest.mark.parametrize(("given", "message"), [
    ("in/*.xml", "in/*.xml: the pattern matches no files"),
    ("in/missing.txt", "in/missing.txt: no such file or directory"),
    ("nowhere", "nowhere: no such file or directory"),
], ids=["glob-matches-nothing", "missing-file", "missing-folder"])
def test_ingest_nothing_to_read_raises(tmp_path, monkeypatch, given, message):
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoInputError, match=re.escape(message)):
        list(read_articles([given]))


@pytest.mark.parametrize(("given", "fix"), [
    ("in/B.txt", "(did you mean in/b.txt?)"),
    ("in/a.json", "(did you mean in/a.jsonl?)"),
    ("inn/sub/d.csv", "(did you mean in/sub/d.csv?)"),
    ("in/sub/zzz.csv", "(no 'zzz.csv' in in/sub; check the path)"),
    ("wire.jsonl", "(no 'wire.jsonl' in the current folder, {cwd}; check the path)"),
], ids=["case", "suffix", "folder-misspelt", "nothing-like-it", "relative-to-cwd"])
def test_ingest_missing_path_says_the_fix(tmp_path, monkeypatch, given, fix):
    """"Noyear.txt: no such file or directory" said nothing more: the error names the likeliest name its nearest
    existing folder holds, else which folder lacks which name (ux39)."""
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoInputError) as err:
        list(read_articles([given]))
    assert str(err.value) == f"{given}: no such file or directory {fix.format(cwd=tmp_path)}"


def test_ingest_every_missing_path_is_named_at_once(tmp_path, monkeypatch):
    """`timeline build articles/ more.jsonl` (the README's example) named articles only: a run to fix it, another
    to find more.jsonl gone too (a new user's afternoon, the forty-third session's ``newuser47``). The paths that
    are there are read after the fix, not before."""
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoInputError) as err:
        list(read_articles(["articles/", "in/b.txt", "more.jsonl", "in/*.xml"]))
    assert str(err.value) == (f"articles/: no such file or directory (no 'articles' in the current folder, {tmp_path}; "
                              f"check the path); more.jsonl: no such file or directory (no 'more.jsonl' in the current "
                              f"folder, {tmp_path}; check the path); in/*.xml: the pattern matches no files")


@pytest.mark.parametrize("paths", [lambda d: [d], lambda d: iter([d]), lambda d: (p for p in [str(d)])],
                         ids=["list", "iterator", "generator"])
def test_ingest_folder_without_files_raises(tmp_path, paths):
    folder = tmp_path / "empty"
    _write(folder / ".hidden.txt", SEED)
    _write(folder / ".git" / "notes.txt", SEED)
    with pytest.raises(NoInputError, match=re.escape(f"no article files found in {folder} (supported: .atom, .csv")):
        list(read_articles(paths(folder)))


@pytest.mark.parametrize("given", [["in/b.txt", "in", "./in/b.txt", "in/*.txt"]], ids=["file-folder-file-glob"])
def test_ingest_file_given_twice_is_read_once(tmp_path, monkeypatch, given):
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    found = expand_paths(given)
    assert [p.as_posix() for p in found] == ["in/b.txt", "in/a.jsonl", "in/image.png", "in/notes.pdf", "in/sub/d.csv",
                                             "in/sub/deeper/c.TXT"]


@pytest.mark.parametrize("folder", ["mixed"])
def test_ingest_every_record_accounted_for(tmp_path, folder):
    """A mixed folder: every record given comes back as an Article or a Skipped with a reason."""
    root = tmp_path / folder
    lines = [json.dumps(TASS[0], ensure_ascii=False), '{"text": "MOSCOW, December', json.dumps({"title": "no text"}),
             json.dumps([1, 2]), json.dumps(TASS[1], ensure_ascii=False)]
    # (file, content, records it gives: one per article or record, one for a file that cannot be read at all)
    files = [
        ("seed.txt", SEED, 1),
        ("seed-no-dateline.txt", SEED_NO_DATELINE, 1),
        ("seed-cp1252.txt", _cp1252(".txt"), 1),
        ("empty.txt", "", 1),
        ("wire/tass.jsonl", "\n".join(lines), len(lines)),
        ("wire/tass.json", json.dumps(TASS, ensure_ascii=False), len(TASS)),
        ("wire/tass.csv", _csv([TASS[0], {**TASS[1], "text": " "}, TASS[2]], list(META)), 3),
        ("wire/headline-only.csv", _csv([{"headline": t["title"]} for t in TASS[:2]], ["headline"]), 1),
        ("wire/broken.json", "[" + json.dumps(TASS[0]), 1),
        ("wire/unclosed.csv", _unclosed(".csv"), 3),  # its third row, inside the second's field, is read on its own
    ]
    for name, content, _ in files:
        _write(root / name, content)
    _write(root / "wire" / "notes.pdf", b"%PDF-1.4")  # not an article file: skipped, with the reason
    _write(root / "wire" / ".DS_Store", b"\x00\x00\x00\x01Bud1")  # hidden: passed over quietly
    given = sum(count for _, _, count in files) + 1

    records = list(read_articles([root]))
    articles = [r for r in records if isinstance(r, Article)]
    skipped = [r for r in records if isinstance(r, Skipped)]
    assert len(articles) + len(skipped) == len(records) == given
    assert len(articles) == 2 + 2 + 3 + 2 + 2
    assert all(s.reason and s.path for s in skipped)
    assert {Path(s.path).name for s in skipped} == {"seed-cp1252.txt", "empty.txt", "tass.jsonl", "tass.csv",
                                                   "headline-only.csv", "broken.json", "notes.pdf",
                                                   "unclosed.csv"}


@pytest.mark.parametrize("encoding, hint", [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_ingest_ascii_utf16_without_bom_is_not_read_as_utf8(tmp_path, encoding, hint):
    """UTF-16 of plain ASCII text without a byte-order mark is valid UTF-8 (a NUL after or before every letter):
    it was read as an article of letters and NULs; it gets the UTF-16 iconv hint like any UTF-16 file."""
    text = "MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on Monday."
    path = _write(tmp_path / "ascii16.txt", text.encode(encoding))
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith(f"{hint} text, not UTF-8") and f"iconv -f {hint}" in skipped.reason


def test_ingest_nul_bytes_in_valid_utf8_are_a_binary_file(tmp_path):
    # control bytes and NULs decode as UTF-8, but no article has them: no article of garbage, no iconv hint
    path = _write(tmp_path / "blob.txt", b"\x00\x01binary\x00\x02payload" * 10)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("a binary file, not text") and "iconv" not in skipped.reason


@pytest.mark.parametrize("value, kind", [(12345, "a number"), (3.5, "a number"), (True, "true or false"),
                                         (["MOSCOW, ..."], "a list"), ({"body": "MOSCOW, ..."}, "an object")])
def test_ingest_text_field_of_another_json_kind_says_what_it_holds(tmp_path, value, kind):
    # the reason names the JSON kind the user wrote, not Python's type name ("holds a int")
    path = _write(tmp_path / "odd.jsonl", json.dumps({"id": "odd", "text": value}) + "\n")
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.id == "odd"
    assert skipped.reason.startswith(f"the 'text' field holds {kind}, not text (put the article text")


def test_ingest_csv_stray_quote_closed_in_a_later_row_with_no_clear_repair_skips_both_lines(tmp_path):
    """A stray quote before a title with a comma in it, closed by the quote that opens the next row's text: the csv
    module reads both rows as one with the same field count (the second row vanishes into the title), and read again
    with the stray quote taken as text the first row has a field too many, so no repair is sure. Found by a new user
    in the thirteenth session: it read "1 article(s), 0 skipped" and lost the second row without a word. Both lines
    are now skipped with a reason that names them; a row after them is read."""
    content = "\n".join(["id,title,text",
                         '1,"Talks,WASHINGTON, May 3. /TASS/. Lavrov met Blinken on Monday.',
                         '2,Ok,"MOSCOW, June 2. /TASS/. Putin spoke with Erdogan by phone on Tuesday."',
                         f'3,Fine,"{TASS[0]["text"]}"', ""])
    records = list(read_file(_write(tmp_path / "stray.csv", content)))
    assert _kinds(records) == ["Skipped", "Article"]
    skipped = records[0]
    assert skipped.id == "1" and "line 2" in skipped.reason and "lines 2 to 3" in skipped.reason
    assert "quote the whole field" in skipped.reason
    assert records[1].id == "3"


# a row with more fields than the header, text in them: a delimiter inside a field that is not quoted would cut the
# text there and leave the rest in no column, so the row is skipped with the fix (empty extra fields lose nothing)
@pytest.mark.parametrize(("content", "wanted"), [
    ("id,text,published\n1,Putin met Xi on Tuesday, in Beijing.,2024-05-02\n2,Kyiv,2024-05-03\n",
     ["skip:the row at line 2 has 4 fields where the header has 3, so its text would be cut at a", "text:Kyiv"]),
    ('id,text\n1,"Moscow",x\n', ["skip:the row at line 2 has 3 fields where the header has 2"]),
    ("id,text,published\n1,Moscow,2024-05-02,,\n", ["text:Moscow"]),
], ids=["unquoted-delimiter", "after-closed-quote", "trailing-empty"])
@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["csv", "tsv"])
def test_ingest_csv_row_with_more_fields_than_the_header(tmp_path, content, wanted, delimiter):
    found = _read_back(tmp_path, content, delimiter)
    assert _reads_as(found, wanted, delimiter), found


READOUT = ("President Joseph R. Biden, Jr. spoke today with President Joseph Aoun of Lebanon to congratulate him on his "
           "election victory.")  # whitehouse/readouts_dev.jsonl, wh-2025-01-09-readout-of-president-joe-bidens-call-...


@pytest.mark.parametrize(("header", "published"), [
    ("Readout of President Joe Biden's Call with President Joseph Aoun of Lebanon\n\nJanuary 9, 2025\n\n",
     "January 9, 2025"),
    ("Readout of President Joe Biden's Call\nThe White House\nThursday, January 9, 2025 at 5:49 PM\n",
     "Thursday, January 9, 2025 at 5:49 PM"),
    ("Readout of President Joe Biden's Call\n\n", None),
    ("Readout\nBriefing Room\nStatements\nReleases\nLebanon\n\nJanuary 9, 2025\n\n", None),  # past the header
], ids=["date-under-title", "weekday-and-time", "no-date-line", "date-past-five-lines"])
def test_ingest_txt_date_line_is_its_publication_date(tmp_path, header, published):
    """A page copied as text gives its date on a line of its own under its title: it was read as no date, the
    article anchorless and "today" unresolved, with --reference-date as the fix, one date for every file (nu44)."""
    from click.testing import CliRunner

    from timeline.cli import main

    path = _write(tmp_path / "in" / "readout.txt", header + READOUT + "\n")
    [article] = read_file(path)
    assert article.published == published
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html", "--quiet"])
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO((tmp_path / "out" / "articles.csv").read_text("utf-8"))))
    assert row["anchor_date"] == ("2025-01-09" if published else "")


def test_ingest_txt_title_and_date_lines_are_its_header_not_a_sentence(tmp_path):
    """A text whose title line and a date line under it open the file: the reader took its title and publication date
    from them, and the extractor read them as one sentence, a meeting on the page's date ("Remarks by President Biden
    and Prime Minister Anthony Albanese of Australia Before Bilateral Meeting / 2023-10-25", newuser50's paste of a
    White House page). The story starts past the header."""
    from click.testing import CliRunner

    from timeline.cli import main
    from timeline.ingest.text import Opening, header_end

    header = ("Remarks by President Biden and Prime Minister Anthony Albanese of Australia Before Bilateral Meeting\n"
              "2023-10-25\n\n")
    path = _write(tmp_path / "in" / "remarks.txt", header + READOUT + "\n")
    [article] = read_file(path)
    assert article.published == "2023-10-25" and article.header_end == len(header.rstrip())
    assert header_end(Opening.of(article.text)) == len(header.rstrip())
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "events.csv").read_text("utf-8"))))
    assert rows and all(int(row["char_start"]) >= len(header.rstrip()) for row in rows), rows
    assert not any("Bilateral Meeting" in row["sentence"] for row in rows)


@pytest.mark.parametrize("text", [
    "MOSCOW, December 4. /TASS/. Russian President Vladimir Putin met Turkish President\nDecember 4, 2024\n",
    "Putin met Erdogan in Ankara on Tuesday.\nDecember 4, 2024\n",
    "Putin and Erdogan meet\n\nPutin met Erdogan.\n",
], ids=["dateline-above", "sentence-above", "no-date-line"])
def test_ingest_txt_header_needs_a_title_above_its_date_line(text):
    """A date line under a line of the story (its dateline, a sentence) is the story's: no header is passed over."""
    from timeline.ingest.text import Opening, header_end

    assert header_end(Opening.of(text)) == 0


@pytest.mark.parametrize("part", ["\x0c", "\u2028", "\x0b", "\r\n"],
                         ids=["form-feed", "line-separator", "vtab", "crlf"])
def test_ingest_txt_date_line_under_a_title_parted_as_splitlines_parts_it(tmp_path, part):
    """The date line was read from lines parted between \\r and \\n only, ``header_end`` by ``splitlines``: a title and
    its date line parted by a form feed or a Unicode line separator lost the publication date (fixmail51)."""
    from timeline.ingest.text import Opening, header_end

    header = f"Biden meets Albanese at the White House{part}October 25, 2023"
    path = _write(tmp_path / "story.txt", header + "\nThe two leaders met on Wednesday.")
    [article] = read_file(path)
    assert (article.published, article.header_end) == ("October 25, 2023", len(header))
    assert header_end(Opening.of(article.text)) == len(header)


@pytest.mark.parametrize("fold", ["    ", "\t"], ids=["spaces", "tab"])
def test_ingest_txt_a_folded_mail_header_line_continues_the_field_above(tmp_path, fold):
    """Outlook wraps a long ``To:`` onto an indented line (RFC 5322's folding): the header stopped there, its
    ``Subject:`` unread, and the title was the raw "Subject: FW: ..." line (fixmail51). The story starts past it."""
    from timeline.ingest.text import Opening, header_end

    header = ("-----Original Message-----\nFrom: Jane Doe\nSent: Thursday, December 26, 2024 9:14 PM\n"
              f"To: Research Group <group@example.edu>; Alice Smith <alice.smith@example.edu>;\n{fold}Bob Jones "
              f"<bob.jones@example.edu>\nSubject: FW: {TASS[1]['title']}\n")
    text = header + f"\n{TASS[1]['text']}"
    [article] = read_file(_write(tmp_path / "story.txt", text))
    assert (article.title, article.mail_date) == (TASS[1]["title"], "Thursday, December 26, 2024 9:14 PM")
    assert header_end(Opening.of(text)) == len(header.rstrip())


def test_ingest_txt_an_indented_paragraph_under_a_mail_header_is_the_story(tmp_path):
    """A story pasted under a mail header with no blank line, its first paragraph indented, is no folded header line
    (``mail_header._folded``): its lines after it are the story's, no field."""
    from timeline.ingest.text import Opening, header_end

    header = f"From: Jane Doe\nSubject: {TASS[1]['title']}"
    text = header + "\n    Putin held talks with Erdogan in Ankara on Monday.\nThe two leaders discussed Syria.\n"
    [article] = read_file(_write(tmp_path / "story.txt", text))
    assert (article.title, header_end(Opening.of(text))) == (TASS[1]["title"], len(header))
