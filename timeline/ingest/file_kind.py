"""What a file that is no text is, by its first bytes, and the way from it to a file timeline reads.

A spreadsheet, a word processor's document or a PDF named by its suffix (``report.pdf``) is skipped with its own fix
(nu44). Saved or renamed under a suffix timeline reads (a PDF downloaded as ``story.txt``, a Word file named
``notes.txt``, ``timeline dates --file report.pdf``), the same bytes were read as text: a PDF or a .docx (a zip) was
"a binary file, not text (it has NUL bytes)" or "not UTF-8 text ... convert it with iconv", a fix that does not work,
and an RTF document, which is ASCII, was read as an article whose title was "{\\rtf1\\ansi..." and whose dateline
was lost in its control words (newuser52). ``sniff`` names the format by its signature, and ``convert`` gives the
fix its suffix gets.
"""

from __future__ import annotations

import io
import shlex
import zipfile
from pathlib import Path

SPREADSHEETS = (".xlsx", ".xls", ".xlsm", ".ods", ".numbers")
DOCUMENTS = (".docx", ".doc", ".odt", ".rtf", ".pages")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Office 97-2003 (.doc, .xls, .ppt)
_ZIP = b"PK\x03\x04"
# a zip's first member names its kind: Office Open XML's parts, OpenDocument's "mimetype"
_ZIP_PARTS = (("word/", ".docx", "a Word document (.docx)"), ("xl/", ".xlsx", "an Excel workbook (.xlsx)"))
_OPEN_DOCUMENT = {b"application/vnd.oasis.opendocument.text": (".odt", "an OpenDocument text (.odt)"),
                  b"application/vnd.oasis.opendocument.spreadsheet": (".ods", "an OpenDocument spreadsheet (.ods)")}


def convert(path: Path, suffix: str | None = None) -> str | None:
    """How to turn a spreadsheet, a word processor's document or a PDF (by ``suffix``, else the path's) into a file
    timeline reads; else None."""
    suffix = (suffix or path.suffix).lower()
    if suffix in SPREADSHEETS:
        return ("save it from the spreadsheet as CSV UTF-8 (.csv), one article a row, its text in a column named "
                "'text' (or name that column with --text-field)")
    if suffix in DOCUMENTS:
        return "save it from the word processor as plain text, UTF-8 (.txt), one article a file"
    if suffix == ".pdf":
        target = path.with_suffix(".txt")
        if target == path:  # a PDF saved as .txt: the text goes beside it, not over it
            target = path.with_name(f"{path.stem}.text.txt")
        return f"export its text, one article a file, e.g. `pdftotext {shlex.quote(str(path))} {shlex.quote(str(target))}`"
    return None


def sniff(data: bytes) -> tuple[str, str] | None:
    """(what the file is, in the run's words; the suffix it would have) for the bytes of a PDF, an RTF document, an
    Office or OpenDocument file or another zip archive, whatever the file is named; else None (text, or bytes of no
    known kind)."""
    if data.startswith(b"%PDF-"):
        return "a PDF", ".pdf"
    if data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "an RTF document (Rich Text, as WordPad or Word save it)", ".rtf"
    if data.startswith(_OLE):
        return "a Word or Excel file of Office 97-2003 (.doc, .xls)", ".doc"
    if data.startswith(_ZIP):
        return _zip_kind(data)
    return None


def _zip_kind(data: bytes) -> tuple[str, str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):  # cut short: still a zip by its signature
        names, mimetype = [], b""
    if mimetype in _OPEN_DOCUMENT:
        suffix, what = _OPEN_DOCUMENT[mimetype]
        return what, suffix
    for part, suffix, what in _ZIP_PARTS:
        if any(name.startswith(part) for name in names):
            return what, suffix
    return "a zip archive", ".zip"


NOT_TEXT = ", not text"  # how a skip reason says the file holds another format (the run's report by file reads it)


def problem_and_fix(data: bytes, path: Path) -> tuple[str, str] | None:
    """("a PDF, not text", its fix) for a file ``sniff`` names, else None: the reason a file named as text but holding
    another format is skipped with."""
    kind = sniff(data)
    if kind is None:
        return None
    what, suffix = kind
    fix = convert(path, suffix) or f"unzip it first: unzip {shlex.quote(str(path))}, then give the files it holds"
    named = "" if path.suffix.lower() == suffix else f", though it is named {path.name}"
    return f"{what}{NOT_TEXT}{named}", fix
