"""The tables a build writes: events.csv, mentions.csv, articles.csv, actors.csv (and JSON Lines, or one Excel
workbook: export/workbook.py).

CSV is UTF-8 with a header, ISO dates as text, list fields joined with "; ",
and a fixed column order, so that two runs on the same input give identical
files (diffable, golden-testable). ``read_table`` reads one back with its
column types (``table.TYPES``), as the build's own DataFrame holds them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..table import TYPES
from .whole_file import replacing

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Result

FORMATS = ("csv", "jsonl", "xlsx")  # xlsx: one workbook, a sheet per table (export/workbook.py)
TABLES = ("events", "mentions", "articles", "actors")


def write_frame(frame: pd.DataFrame, path: Path) -> Path:
    """``frame`` as ``path`` (CSV, or JSON Lines for a .jsonl), written whole or not at all (``whole_file``)."""
    with replacing(path) as part:
        if path.suffix == ".jsonl":
            frame.to_json(part, orient="records", lines=True, force_ascii=False)
        else:
            frame.to_csv(part, index=False, lineterminator="\n")
    return path


def write_csv(result: "Result", outdir: Path, formats: tuple[str, ...] = ("csv",),
              also: tuple[Path, ...] = ()) -> list[Path]:
    """Every table in every format asked for, empty ones too (a header and no rows).

    A run replaces all the tables it owns: skipping an empty one would leave
    the previous run's file beside this run's, and the folder would mix two runs.
    So does a table that cannot be replaced (``also``: the run's other outputs,
    its timeline.html): each is tried first (``check_replaceable``), and none is
    written unless all can be.
    """
    from .workbook import NAME, write_workbook

    paths = [outdir / f"{name}.{fmt}" for fmt in formats if fmt != "xlsx" for name in TABLES]
    book = outdir / NAME if "xlsx" in formats else None
    check_replaceable([*paths, *([book] if book else []), *also])
    frames = {"events": result.events, "mentions": result.mentions, "articles": result.articles,
              "actors": result.actors}
    written = [write_frame(frames[path.stem], path) for path in paths]
    return written + ([write_workbook(frames, book)] if book else [])


class NotReplaceable(OSError):
    """An output that is there already and cannot be replaced; raised before any output was written."""


def check_replaceable(paths: list[Path]) -> None:
    """Raise ``NotReplaceable`` with the error that writing one of ``paths`` would raise on a file that is there
    already and cannot be replaced: read-only, open in another program (a spreadsheet locks its file on Windows), or
    a folder. Opening it for appending changes nothing."""
    for path in paths:
        if path.exists():
            try:
                with open(path, "a", encoding="utf-8"):
                    pass
            except OSError as err:
                raise NotReplaceable(err.errno, err.strerror, str(path)) from err


def read_table(path: str | os.PathLike, table: str | None = None) -> pd.DataFrame:
    """A table a build wrote (``events.csv``, ``mentions.csv``, ``articles.csv``, ``actors.csv``, or their
    ``.jsonl``, or a sheet of ``timeline.xlsx`` named by ``table``), with its column types: text columns as pandas
    ``string`` (a CAMEO code "04" stays "04", an empty cell is NA, and "NA" or "None" written in a cell stay text),
    counts and character offsets as ``Int64`` (no float 12.0 where a cell is empty). ``pandas.read_csv`` alone guesses the types from the values. The table is
    named by the file's name, or by ``table`` ("events") for a renamed file; columns it does not know are read as
    pandas reads them."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":  # a workbook (--format xlsx): the table is its sheet of that name
        frame = _read_workbook(path, table)
        return _typed(frame, TYPES[str(table)])
    name = table or path.stem
    if name not in TYPES:
        raise ValueError(f"{path.name} is not named as a table timeline writes ({', '.join(TYPES)}): "
                         f"say which it is, e.g. read_table({str(path)!r}, table='events')")
    types = TYPES[name]
    if path.suffix.lower() == ".jsonl":  # read as JSON, so that no value is guessed at (pandas' read_json takes
        # columns named date_* for timestamps); a table with no rows is an empty file in JSON Lines
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        frame = pd.DataFrame(rows) if rows else pd.DataFrame({column: pd.Series() for column in types})
    else:
        frame = pd.read_csv(path, dtype=types, keep_default_na=False, na_values=[""], encoding="utf-8")
    return _typed(frame, types)


def _typed(frame: pd.DataFrame, types: dict[str, str]) -> pd.DataFrame:
    return frame.astype({column: kind for column, kind in types.items() if column in frame.columns})


def _read_workbook(path: Path, table: str | None) -> pd.DataFrame:
    """The sheet ``table`` of ``timeline.xlsx``: the error said to name the table, and ``table='events'`` then
    read the workbook as a CSV (UnicodeDecodeError: a new user's afternoon, the forty-third session's ``newuser47``)."""
    from .workbook import read_sheet

    if table not in TYPES:
        raise ValueError(f"{path.name} is a workbook with a sheet per table ({', '.join(TABLES)}): say which to "
                         f"read, e.g. read_table({str(path)!r}, table='events')")
    return read_sheet(path, table)
