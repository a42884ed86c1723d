"""The run's report by input file: what each file was read as and how many of its articles were read or skipped.

A folder that mixes a scraper's JSON Lines, a spreadsheet's CSV, saved pages, a feed and pasted texts was reported
as counts only ("13 article(s) read, 2 skipped"), so nobody could tell which file gave what, or that a page was
read as a web page and an ``.xml`` as a feed (newuser49); ``articles.csv`` said it, a row per record. So a run of
several files lists them, one line each (``by_file``), in the order read; past ``TABLE_FILES`` files a line per
kind of file says it in short, as a listing of hundreds of ``.txt`` files would bury the notes. One file gets no
table: the counts line is its own. With ``--encoding``, ``encoding_line`` says which files were read in that
encoding and which as UTF-8 (valid UTF-8 is read so whatever the option, ``ingest/encoding.py``) or by a
byte-order mark or the charset a page declares, which nothing said before.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import examples
from .ingest import KINDS, read_in_encoding
from .ingest.file_kind import NOT_TEXT

TABLE_FILES = 20  # a table up to this many files; beyond, a line per kind of file


def _kind(path: str, rows: pd.DataFrame) -> str:
    suffix = Path(path).suffix.lower()
    if _whole_file(rows):
        if "reason" in rows and NOT_TEXT in str(rows["reason"].iloc[0]):
            return "not text"  # a PDF or a Word file named .txt was not read as text (``ingest/file_kind.py``)
        if suffix == ".xml":
            return "XML"  # an .xml that is no feed was not read as one
    return KINDS.get(suffix, "not read")


def _whole_file(rows: pd.DataFrame) -> bool:
    """Is ``rows`` (a file's) the one row of a file skipped or failed whole, no record of it read?"""
    return len(rows) == 1 and pd.isna(rows["record"].iloc[0]) and rows["status"].iloc[0] != "ok"


def _not_read(status: pd.Series) -> str:
    """", 2 skipped, 1 failed": the articles of ``status`` not read, by word (none: "")."""
    return "".join(f", {int((status == word).sum())} {word}" for word in ("skipped", "failed") if (status == word).any())


def _counts(rows: pd.DataFrame) -> str:
    if _whole_file(rows):
        return f"{rows['status'].iloc[0]}, the whole file (above)"
    return f"{int((rows['status'] == 'ok').sum())} read" + _not_read(rows["status"])


def by_file(articles: pd.DataFrame) -> list[str]:
    """The report's lines by file (module docstring): none for one file, a table up to ``TABLE_FILES`` files,
    else a line per kind of file. ``articles`` has a row per input record, in the order read, with its ``path``,
    ``record`` (empty for a file skipped or failed whole) and ``status``, and may have its ``reason``: only a whole
    file's is read, to say a PDF or Word file named ``.txt`` was "not text"; without the column such a file is named
    by its suffix's kind."""
    if not len(articles):
        return []
    groups = list(articles.groupby(articles["path"].astype(str), sort=False))
    if len(groups) < 2:
        return []
    rows = []
    for path, rows_of in groups:
        rows.append((path, _kind(path, rows_of), rows_of))
    if len(groups) > TABLE_FILES:
        kinds: dict[str, list] = {}
        for path, kind, rows_of in rows:
            kinds.setdefault(kind, []).append(rows_of)
        lines = [f"  by kind of file ({len(groups)} files; articles.csv has a row for each article, its path and status):"]
        for kind, frames in kinds.items():
            status = pd.concat(frames)["status"]
            lines.append(f"    {kind}: {len(frames)} file(s), {int((status == 'ok').sum())} article(s) read"
                         + _not_read(status))
        return lines
    width = min(max(len(path) for path, _, _ in rows), 60)
    kind_width = max(len(kind) for _, kind, _ in rows)
    return ["  by file (read as; articles read, skipped):"] + [
        f"    {path:<{width}}  {kind:<{kind_width}}  {_counts(rows_of)}" for path, kind, rows_of in rows]


def encoding_line(articles: pd.DataFrame, encoding: str | None) -> str | None:
    """With ``--encoding NAME``, which files were read in NAME and which otherwise ("as UTF-8, which they are"),
    from each read file's bytes as ``ingest.encoding`` chose (module docstring); else None."""
    if not encoding or not len(articles):
        return None
    read = articles[articles["status"] == "ok"]
    ways: dict[str, list[str]] = {}
    for path in dict.fromkeys(read["path"].astype(str)):
        try:
            way = read_in_encoding(Path(path), encoding)
        except OSError:
            continue
        ways.setdefault(way, []).append(path)
    if not ways:
        return None

    def said(way: str) -> str:
        if way == "UTF-8":
            return "as UTF-8, being valid UTF-8 (read so whatever --encoding says)"
        if way == "ASCII":
            return "as plain ASCII, the same text in either"
        return f"as {way}"

    parts = [f"{len(paths)} file(s) {said(way)} ({examples(paths, 3)})" for way, paths in ways.items()]
    return f"  --encoding {encoding}: read " + "; ".join(parts)


def report_lines(articles: pd.DataFrame, encoding: str | None) -> list[str]:
    """The run's lines by file (``by_file``) and, with ``--encoding``, its line on the encodings read
    (``encoding_line``): what ``build`` and ``timex`` print after their counts."""
    said = encoding_line(articles, encoding)
    return by_file(articles) + ([said] if said else [])
