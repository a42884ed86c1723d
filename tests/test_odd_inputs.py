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
