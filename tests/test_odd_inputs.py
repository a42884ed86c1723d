"""Inputs a new user hands over by mistake each give a skipped row naming the file and the fix (ux34).

Fed as a new user would: a named pipe in an input folder blocked the run for ever (it was read); a link to a file
that is gone said "cannot read the file: No such file or directory" with no fix; a compressed download said "not an
article file (.gz) ... (convert it to one of them)"; a .json holding one string said "expected a JSON array of article
objects" with no fix. Every article read beside them is built and every input is accounted for in articles.csv.
"""

from __future__ import annotations

import gzip
import os
import sys

import pytest

import timeline

STORY = "MOSCOW, March 3, 2020. Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Moscow on Monday.\n"


def _reasons(tmp_path, *paths):
    result = timeline.build([str(p) for p in paths])
    rows = result.articles
    return result, {os.path.basename(p): r for p, r in zip(rows["path"], rows["reason"]) if isinstance(r, str)}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_skipped_not_read(tmp_path):
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "feed.txt")
    result, reasons = _reasons(tmp_path, tmp_path)  # returns: the pipe is never opened
    assert reasons == {"feed.txt": "not a regular file (a named pipe, socket or device), so not read (leave it out)"}
    assert list(result.articles["status"]) == ["skipped", "ok"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_a_link_to_a_missing_file_names_its_target(tmp_path):
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "old.txt").symlink_to(tmp_path / "gone" / "story.txt")
    _, reasons = _reasons(tmp_path, tmp_path)
    assert reasons["old.txt"] == (f"a link to {tmp_path / 'gone' / 'story.txt'}, which does not exist (point the link "
                                  "at the article file, or remove it)")


def test_compressed_and_archived_files(tmp_path):
    for name in ("wire.jsonl.gz", "w.tar.gz", "w.zip"):
        (tmp_path / name).write_bytes(b"PK\x03\x04" if name.endswith(".zip") else gzip.compress(b"{}"))
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    _, reasons = _reasons(tmp_path, tmp_path)
    assert reasons["wire.jsonl.gz"].endswith(f"(unpack it first: gunzip -k {tmp_path / 'wire.jsonl.gz'}, then give "
                                             f"{tmp_path / 'wire.jsonl'})")
    assert reasons["w.tar.gz"].endswith(f"(unpack it first: tar -xf {tmp_path / 'w.tar.gz'}, then give the files it "
                                        "holds)")
    assert reasons["w.zip"].startswith("not an article file (.zip); supported: ")
    assert reasons["w.zip"].endswith(f"(unpack it first: unzip {tmp_path / 'w.zip'}, then give the files it holds)")


def test_a_json_file_of_one_string_says_what_to_write(tmp_path):
    (tmp_path / "one.json").write_text('"Lavrov met Cavusoglu"\n', encoding="utf-8")
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    _, reasons = _reasons(tmp_path, tmp_path)
    assert reasons["one.json"] == ('expected a JSON array of article objects, found a string (write [{"text": "...", '
                                   '"title": "...", "published": "YYYY-MM-DD"}, ...], one object per article, or JSON '
                                   "Lines in a .jsonl file)")


def test_spreadsheets_documents_and_pdfs_get_the_way_to_a_file_timeline_reads(tmp_path):
    """A .xlsx, .docx or .pdf in an input folder was skipped with "convert it to one of them, or leave it out": no
    word of which format or how (nu44). Each gets its own way; another type keeps the general fix."""
    for name in ("feed.xlsx", "notes.docx", "story.pdf", "photo.jpg"):
        (tmp_path / name).write_bytes(b"PK\x03\x04")
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    _, reasons = _reasons(tmp_path, tmp_path)
    assert reasons["feed.xlsx"].endswith("(save it from the spreadsheet as CSV UTF-8 (.csv), one article a row, its "
                                         "text in a column named 'text' (or name that column with --text-field))")
    assert reasons["notes.docx"].endswith("(save it from the word processor as plain text, UTF-8 (.txt), one article "
                                          "a file)")
    assert reasons["story.pdf"].endswith(f"(export its text, one article a file, e.g. `pdftotext "
                                         f"{tmp_path / 'story.pdf'} {tmp_path / 'story.txt'}`)")
    assert reasons["photo.jpg"].endswith("(convert it to one of them, or leave it out)")


def _docx_bytes() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def test_a_pdf_word_or_rtf_file_under_a_text_name_is_named_with_its_fix(tmp_path):
    """A PDF saved as story.txt was "a binary file, not text"; a .docx renamed notes.txt the same; an RTF document
    named .txt was read as an article titled "{\\rtf1\\ansi..." (newuser52). Each is named by its bytes, with the
    fix its suffix gets; a .docx named as a CSV too."""
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (tmp_path / "notes.txt").write_bytes(_docx_bytes())
    (tmp_path / "table.csv").write_bytes(_docx_bytes())
    (tmp_path / "brief.txt").write_text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n\\f0 " + STORY + "\\par\n}\n",
                                        encoding="ascii")
    (tmp_path / "old.txt").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    result, reasons = _reasons(tmp_path, tmp_path)
    assert list(result.articles.query("status == 'ok'")["article_id"]) == ["ok"]
    assert reasons["scan.txt"] == (f"a PDF, not text, though it is named scan.txt (export its text, one article a file, "
                                   f"e.g. `pdftotext {tmp_path / 'scan.txt'} {tmp_path / 'scan.text.txt'}`)")
    word = "(save it from the word processor as plain text, UTF-8 (.txt), one article a file)"
    assert reasons["notes.txt"] == f"a Word document (.docx), not text, though it is named notes.txt {word}"
    assert reasons["table.csv"] == f"a Word document (.docx), not text, though it is named table.csv {word}"
    assert reasons["brief.txt"].startswith("an RTF document (Rich Text, as WordPad or Word save it), not text")
    assert reasons["brief.txt"].endswith(word)
    assert reasons["old.txt"].startswith("a Word or Excel file of Office 97-2003 (.doc, .xls), not text")


def test_dates_names_a_pdf_given_as_its_file(tmp_path):
    """`timeline dates --file report.pdf` advised iconv from WINDOWS-1252 to UTF-8 on the PDF (newuser52)."""
    from click.testing import CliRunner

    from timeline.cli import main

    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    result = CliRunner().invoke(main, ["dates", "--file", str(path)])
    assert result.exit_code == 1
    assert f"{path}: a PDF, not text (export its text" in result.output
    assert "iconv" not in result.output
