"""The run's report by input file (``timeline/file_report.py``): a mixed folder (a scraper's JSON Lines, a saved page,
a feed, a pasted text) was reported as counts only, and ``--encoding`` never said which files were read in it
(newuser49's list)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from timeline import cli
from timeline.file_report import TABLE_FILES, by_file
from timeline.ingest import KINDS, READERS

STORIES = [json.loads(line) for line in (SAMPLES / "tass_stories.jsonl").read_text(encoding="utf-8").splitlines()]


def _folder(tmp_path):
    """A researcher's mixed folder: two scraped records and an empty one, a saved page, a feed, a pasted text."""
    folder = tmp_path / "paper"
    folder.mkdir()
    records = [{"id": s["id"], "published": s["published"], "text": s["text"]} for s in STORIES[:2]]
    (folder / "scrape.jsonl").write_text("\n".join(map(json.dumps, records + [{"id": "x", "text": ""}])),
                                         encoding="utf-8")
    (folder / "page.html").write_text(f"<html><body><article><p>{STORIES[2]['text']} Caf\u00e9.</p></article></body></html>",
                                      encoding="utf-8")
    (folder / "wire.rss").write_text(
        '<rss version="2.0"><channel><title>TASS</title><item><title>t</title><guid>https://tass.com/1</guid>'
        f"<pubDate>Thu, 26 Dec 2024 17:13:39 GMT</pubDate><description>{STORIES[3]['text']}</description>"
        "</item></channel></rss>", encoding="utf-8")
    (folder / "pasted.txt").write_bytes(b"Lavrov\x92s talks\n\n" + STORIES[0]["text"].encode("cp1252", "replace"))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    return folder


def _run(tmp_path, *options):
    result = CliRunner().invoke(cli.main, ["build", str(_folder(tmp_path)), "-o", str(tmp_path / "out"), "--no-html",
                                           *options])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def _row(lines, name):
    return " ".join(next(line for line in lines if line.strip().startswith(name) or f"/{name} " in line).split())


def test_file_report_lists_each_file_with_its_kind_and_counts(tmp_path):
    lines = _run(tmp_path, "--encoding", "windows-1252")
    assert "  by file (read as; articles read, skipped):" in lines
    assert _row(lines, "scrape.jsonl").endswith("scrape.jsonl JSON Lines 2 read, 1 skipped")
    assert _row(lines, "page.html").endswith("page.html web page 1 read")
    assert _row(lines, "wire.rss").endswith("wire.rss feed 1 read")
    assert _row(lines, "pasted.txt").endswith("pasted.txt text 1 read")
    assert _row(lines, "notes.docx").endswith("notes.docx not read skipped, the whole file (above)")


def test_file_report_says_a_pdf_named_txt_was_not_read_as_text(tmp_path):
    """A PDF saved as ``scan.txt`` is skipped as "a PDF, not text" (``ingest/file_kind.py``); the table by file said
    it was read as text."""
    folder = _folder(tmp_path)
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = CliRunner().invoke(cli.main, ["build", str(folder), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if not line.strip().startswith("skipped ")]
    assert _row(lines, "scan.txt").endswith("scan.txt not text skipped, the whole file (above)")
    # a text file skipped for another reason (windows-1252 bytes with no --encoding) is still text
    assert _row(lines, "pasted.txt").endswith("pasted.txt text skipped, the whole file (above)")
    timex = CliRunner().invoke(cli.main, ["timex", str(folder), "-o", str(tmp_path / "tml")])  # its report alike
    assert timex.exit_code == 0, timex.output
    lines = [line for line in timex.output.splitlines() if not line.strip().startswith("skipped ")]
    assert _row(lines, "scan.txt").endswith("scan.txt not text skipped, the whole file (above)")


def test_file_report_says_which_files_encoding_read_and_which_were_utf8(tmp_path):
    """Nothing said that a UTF-8 file was read as UTF-8 despite --encoding windows-1252 (newuser49)."""
    [line] = [line for line in _run(tmp_path, "--encoding", "windows-1252") if line.startswith("  --encoding")]
    assert "1 file(s) as windows-1252 (" in line and "pasted.txt)" in line
    assert "1 file(s) as UTF-8, being valid UTF-8 (read so whatever --encoding says) (" in line
    assert "page.html)" in line and "2 file(s) as plain ASCII, the same text in either (" in line


def test_file_report_is_quiet_without_the_option_and_for_one_file(tmp_path):
    folder = _folder(tmp_path)
    (folder / "pasted.txt").unlink()
    result = CliRunner().invoke(cli.main, ["build", str(folder), "-o", str(tmp_path / "out"), "--no-html"])
    assert "by file" in result.output and "--encoding" not in result.output
    result = CliRunner().invoke(cli.main, ["build", str(folder / "scrape.jsonl"), "-o", str(tmp_path / "out")])
    assert "by file" not in result.output and "by kind" not in result.output


@pytest.mark.parametrize("files", [TABLE_FILES + 1])
def test_file_report_by_kind_past_the_table(files):
    articles = pd.DataFrame({"path": [f"in/{n}.txt" for n in range(files)] + ["in/w.rss"] * 2,
                             "record": [None] * files + [1, 2], "status": ["ok"] * (files + 1) + ["skipped"]})
    assert by_file(articles) == [
        f"  by kind of file ({files + 1} files; articles.csv has a row for each article, its path and status):",
        f"    text: {files} file(s), {files} article(s) read", "    feed: 1 file(s), 1 article(s) read, 1 skipped"]


def test_file_report_names_a_kind_for_every_reader():
    assert set(KINDS) == set(READERS)


def test_timex_reports_by_file_as_build_does(tmp_path):
    """`timeline timex` gave counts only ("5 article(s) tagged, 2 skipped"): the same table by file now (mailtxt50)."""
    folder = _folder(tmp_path)
    result = CliRunner().invoke(cli.main, ["timex", str(folder), "-o", str(tmp_path / "tagged"),
                                           "--encoding", "windows-1252"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  by file (read as; articles read, skipped):" in lines
    assert _row(lines, "scrape.jsonl").endswith("scrape.jsonl JSON Lines 2 read, 1 skipped")
    assert _row(lines, "notes.docx").endswith("notes.docx not read skipped, the whole file (above)")
    [line] = [line for line in lines if line.startswith("  --encoding windows-1252: read ")]
    assert "1 file(s) as windows-1252 (" in line and "pasted.txt)" in line


def test_read_in_encoding_takes_the_charset_a_page_or_feed_declares(tmp_path):
    """A page's <meta charset> and a feed's <?xml encoding?> are read in (``html.decode_page``), whatever --encoding
    says; a .txt's alike bytes are not a page's (its reader declares nothing)."""
    from timeline.ingest import read_in_encoding

    page = b'<html><head><meta charset="windows-1251"></head><body><p>\xcc\xee\xf1\xea\xe2\xe0</p></body></html>'
    feed = b'<?xml version="1.0" encoding="iso-8859-5"?><rss version="2.0"><channel></channel></rss>\xbc'
    for name, data in (("a.html", page), ("a.htm", page), ("a.xml", feed), ("a.txt", page)):
        (tmp_path / name).write_bytes(data)
    said = {name: read_in_encoding(tmp_path / name, "windows-1252") for name in ("a.html", "a.htm", "a.xml", "a.txt")}
    assert said == {"a.html": "cp1251, as it declares", "a.htm": "cp1251, as it declares",
                    "a.xml": "iso8859-5, as it declares", "a.txt": "windows-1252"}


def test_read_in_says_ascii_only_where_the_named_encoding_reads_ascii_as_ascii(tmp_path):
    """"as plain ASCII, the same text in either" was said of an ASCII file under any codec but UTF-16/32 (reread51c):
    EBCDIC (cp500) reads every ASCII byte as another letter, UTF-7 a "+...-" as base64; the file was read in the
    codec named (``_codec_and_text``), and the run says so."""
    from timeline.ingest.encoding import read_in

    text = b"Talks opened on Monday, 3 March 2014.\n"
    assert text.decode("cp500") != text.decode("ascii")
    assert read_in(text, "cp500") == "cp500"
    assert read_in(b"A+AGEAYgBj- deal", "utf-7") == "utf-7"
    assert read_in(text, "utf-7") == "ASCII"  # (no "+": the same text)
    assert read_in(text, "windows-1252") == read_in(text, None) == "ASCII"
    assert read_in(text, "utf-16") == "UTF-16"
    assert read_in(text + b"!", "utf-16") == "UTF-16"  # (an odd length: no UTF-16 at all)


def test_file_report_reads_a_frame_without_reasons():
    """``reason`` is read only for a file skipped whole; a frame without the column names it by its suffix's kind."""
    articles = pd.DataFrame({"path": ["in/a.txt", "in/b.txt"], "record": [None, None], "status": ["ok", "skipped"]})
    assert by_file(articles)[-1].split() == ["in/b.txt", "text", "skipped,", "the", "whole", "file", "(above)"]
