"""--encoding and byte-order marks (``timeline/ingest/encoding.py``): files as Excel on Windows saves them.

Excel's "CSV" is WINDOWS-1252 and its "Unicode Text" UTF-16 LE with a byte-order mark, tab-separated; both were
skipped with an iconv command as the only fix (newuser49).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from timeline import Settings, cli
from timeline.errors import OptionError
from timeline.ingest import read_articles, read_file
from timeline.ingest.encoding import decode
from timeline.model import Article, Skipped

STORIES = [json.loads(line) for line in (SAMPLES / "tass_stories.jsonl").read_text(encoding="utf-8")
           .splitlines()]
STORIES = [story for story in STORIES if story["text"].isascii() or not story["text"].encode("cp1252", "replace")
           .count(b"?") > story["text"].count("?")]  # the ones WINDOWS-1252 can write


def _table(delimiter: str = ",") -> str:
    """The sample stories as Excel writes a sheet: CRLF rows, a quoted field where it needs one."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["id", "published", "text"])
    for story in STORIES[:2]:
        writer.writerow([story["id"], story["published"][:10], story["text"] + " Caf\u00e9 talks \u2014 \u201cyes\u201d."])
    return out.getvalue()


def _texts(items) -> list[str]:
    assert all(isinstance(item, Article) for item in items), items
    return [item.text for item in items]


def test_windows_1252_csv_is_skipped_with_both_fixes_then_read_with_the_option(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(_table().encode("cp1252"))
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not UTF-8 text (byte 0x")
    assert "iconv -f WINDOWS-1252 -t UTF-8" in skipped.reason and "or run with --encoding windows-1252" in skipped.reason
    texts = _texts(list(read_file(path, encoding="windows-1252")))
    assert len(texts) == 2 and all(text.endswith("Caf\u00e9 talks \u2014 \u201cyes\u201d.") for text in texts)


@pytest.mark.parametrize("suffix", [".tsv", ".csv", ".jsonl", ".tml", ".html"])
def test_utf16_with_a_byte_order_mark_is_read_without_the_option(tmp_path, suffix):
    """The mark says what the bytes are (Excel's Unicode Text, Notepad's "Unicode"): nothing to ask the user."""
    content = {".tsv": _table("\t"), ".csv": _table(),
               ".jsonl": "\n".join(json.dumps(story, ensure_ascii=False) for story in STORIES[:2]),
               ".tml": f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-12-26">2024-12-26</TIMEX3></DCT>'
                       f"<TEXT>{STORIES[0]['text']}</TEXT></TimeML>",
               ".html": f"<html><body><article><p>{STORIES[0]['text']}</p></article></body></html>"}[suffix]
    path = tmp_path / f"unicode{suffix}"
    path.write_bytes(content.encode("utf-16"))  # Python's utf-16 writes the mark, little-endian here
    texts = _texts(list(read_file(path)))
    assert texts and texts[0].startswith(STORIES[0]["text"][:60])


def test_a_utf8_file_under_a_legacy_encoding_is_read_as_utf8_not_garbled(tmp_path):
    """A folder that mixes Excel's WINDOWS-1252 CSV with UTF-8 files is read in one run: "é" is not "Ã©"."""
    (tmp_path / "excel.csv").write_bytes(_table().encode("cp1252"))
    (tmp_path / "web.csv").write_text(_table(), encoding="utf-8")
    texts = _texts(list(read_articles([tmp_path], encoding="windows-1252")))
    assert len(texts) == 4 and len(set(texts)) == 2 and not any("\u00c3" in text for text in texts)


def test_a_utf8_file_under_a_legacy_encoding_is_decoded_once():
    """Telling UTF-8 from the named encoding decodes the bytes as UTF-8: that text is the file's, not decoded again."""
    calls = []

    class Counted(bytes):
        def decode(self, *args, **kwargs):
            calls.append(args)
            return super().decode(*args, **kwargs)

    table = _table()
    assert decode(Counted(table.encode("utf-8")), Path("web.csv"), encoding="windows-1252") == table
    assert calls == [("utf-8",)]


def test_bytes_the_named_encoding_lacks_skip_the_file_with_byte_and_offset(tmp_path):
    """A wrong --encoding does not read replacement marks into the text: WINDOWS-1252 has no byte 0x81."""
    path = tmp_path / "other.txt"
    data = STORIES[0]["text"].encode("ascii", "replace") + b" \x81\xe9"
    path.write_bytes(data)
    [skipped] = read_file(path, encoding="windows-1252")
    offset = data.index(b"\x81")
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith(f"not windows-1252 text (byte 0x81 at offset {offset} is none of "
                                     "its characters)")
    assert "--encoding windows-1252 names the encoding of every input that is not UTF-8" in skipped.reason


def test_utf16_without_a_mark_names_its_option_and_reads_with_it(tmp_path):
    path = tmp_path / "ascii16.txt"
    path.write_bytes(STORIES[0]["text"].encode("ascii", "replace").decode("ascii").encode("utf-16-le"))
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and "or run with --encoding utf-16le" in skipped.reason
    [article] = read_file(path, encoding="utf-16le")
    assert isinstance(article, Article) and article.text.startswith(STORIES[0]["text"][:40])


def test_a_binary_file_stays_a_binary_file_under_a_codec_that_decodes_every_byte(tmp_path):
    path = tmp_path / "program.txt"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\xd0\xff" * 20)
    [skipped] = read_file(path, encoding="latin-1")
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("a binary file, not text")


@pytest.mark.parametrize("name", ["win1252", "base64", "rot13"])
def test_an_unknown_or_bytes_codec_is_refused_at_once(name):
    with pytest.raises(OptionError, match=f"--encoding '{name}' is not a text encoding Python knows"):
        Settings(encoding=name)


@pytest.mark.parametrize("command", ["build", "timex", "dates"])
def test_the_commands_take_encoding(tmp_path, monkeypatch, command):
    monkeypatch.setattr(cli, "_today", lambda: STORIES[0]["published"][:10])
    path = tmp_path / "excel.csv"
    path.write_bytes(_table().encode("cp1252"))
    args = [command] + (["--file", str(path)] if command == "dates" else [str(path), "-o", str(tmp_path / "out")])
    plain = CliRunner().invoke(cli.main, args)
    assert plain.exit_code == 1 and "or run with --encoding windows-1252" in plain.output
    result = CliRunner().invoke(cli.main, args + ["--encoding", "windows-1252"])
    assert result.exit_code == 0, result.output
    assert "skipped /" not in result.output and "not UTF-8" not in result.output
    wrong = CliRunner().invoke(cli.main, args + ["--encoding", "win1252"])
    assert wrong.exit_code == 2 and "is not a text encoding Python knows" in wrong.output


def test_excel_unicode_text_saved_as_txt_is_named_a_table_not_read_as_one_article(tmp_path):
    """Excel's "Unicode Text" is a tab-separated sheet with the suffix .txt: it was one article titled
    "id\\tpublished\\ttext", its stories run together; the fix renames it .tsv, which reads each row."""
    path = tmp_path / "sheet.txt"
    path.write_bytes(_table("\t").encode("utf-16"))
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("a tab-separated table")
    assert f"rename it to .tsv: mv {path} {tmp_path / 'sheet.tsv'}" in skipped.reason
    path.rename(tmp_path / "sheet.tsv")
    assert len(_texts(list(read_file(tmp_path / "sheet.tsv")))) == 2


@pytest.mark.parametrize("text", [
    "Home\tNews\tSport\n\nMOSCOW, December 26. /TASS/. Russian President Vladimir Putin met reporters.\n",
    "MOSCOW, December 26. /TASS/.\tRussian President Vladimir Putin met reporters.\nHe said\tthat talks went on.\n",
    "Title\n\n\tAn indented paragraph on the talks.\n\tAnother one.\n",
])
def test_a_text_with_tabs_is_still_an_article(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert len(_texts(list(read_file(path)))) == 1


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_wrong_utf16_option_skips_the_file_rather_than_read_it_as_cjk(tmp_path, suffix):
    """WINDOWS-1252 bytes read as UTF-16 decode without an error, two letters to one CJK character: a .txt was an
    article of such characters, a page "no paragraph text found"; no space or line break among them says so."""
    text = STORIES[0]["text"] + " Caf\u00e9."
    content = text if suffix == ".txt" else f"<html><body><article><p>{text}</p></article></body></html>"
    data = content.encode("cp1252")
    path = tmp_path / f"story{suffix}"
    path.write_bytes(data + b" " * (len(data) % 2))
    [skipped] = read_file(path, encoding="utf-16")
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not utf-16 text (read so, its first ")
    assert "this one looks like WINDOWS-1252" in skipped.reason
