"""The tables as one Excel workbook (``timeline build --format xlsx``): ``timeline.xlsx``, a sheet per table.

Excel opens a UTF-8 CSV without a byte-order mark as if it were the local code page ("Russiaâ€™s"); a workbook
has no such question. One file with four sheets (events, mentions, articles, actors), not four files: an analyst
opens one thing and goes from an event to its mentions and articles by tab, and Excel cannot open two workbooks of
one name at once (four ``events.xlsx`` of four runs would be worse still).

The cells are the CSV's: list fields joined with "; ", dates as the CSV's text (``2018-08-27``, ``2018-08`` and
``2018`` mix precisions in one column; an Excel date would make ``2018`` into 1 January 2018), counts and offsets as
numbers, an empty cell where the CSV's is empty. A cell that starts with ``=``, ``+``, ``-`` or ``@`` (a quoted
sentence, "-- the minister said") is stored as text with Excel's quote prefix, never as a formula. Two things
Excel cannot hold are changed, and only they: control characters other than tab and line ends (the XML of a
workbook has no way to write them) are left out, and a cell past Excel's 32,767 characters is cut with a note
(the CSV keeps it whole).

openpyxl is an optional dependency (``pip install 'timeline[xlsx]'``): ``require`` says so before a build reads
anything.
"""

from __future__ import annotations

import importlib
import numbers
import re
from pathlib import Path

import pandas as pd

from .whole_file import replacing

NAME = "timeline.xlsx"
INSTALL = "pip install 'timeline[xlsx]'"
FORMULA_STARTS = ("=", "+", "-", "@")  # what Excel reads as the start of a formula when the cell is typed in
MAX_CELL = 32_767  # Excel's limit on the characters of one cell
MAX_WIDTH, MIN_WIDTH = 60, 6  # column widths, in characters: a sentence column wraps at the screen, not past it
SAMPLE = 500  # rows read to size a column
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl refuses them (no XML 1.0 character)


def require(what: str = "--format xlsx") -> None:
    """Raise ``ImportError`` with the install command when openpyxl is missing."""
    try:
        importlib.import_module("openpyxl")
    except ImportError as err:
        raise ImportError(f"{what} needs the openpyxl package, which is not installed: {INSTALL} "
                          "(or pip install openpyxl)") from err


def text_cell(value: str) -> str:
    """``value`` as a cell can hold it: no control characters, at most MAX_CELL characters."""
    value = _ILLEGAL.sub("", value)
    if len(value) > MAX_CELL:
        note = f" [cut: {len(value):,} characters; the CSV holds them all]"
        value = value[:MAX_CELL - len(note)] + note
    return value


def _width(header: str, column: pd.Series) -> float:
    sample = column.head(SAMPLE).dropna().astype(str)
    longest = max([len(header), *(len(v) for v in sample)])
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest)) + 2)


def _cells(sheet, row, bold=None) -> list:
    """A row's values as openpyxl appends them: None for an empty cell, numbers as numbers, other values as the
    CSV's text; a cell object only where a plain value would not do (a formula's start, the header's bold)."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for value in row:
        if value is None or value is pd.NA or (isinstance(value, float) and value != value):
            cells.append(None)
            continue
        if isinstance(value, bool) or not isinstance(value, numbers.Number):
            value = text_cell(str(value))
            if value.startswith(FORMULA_STARTS) or bold is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # never "f": openpyxl takes a leading "=" for a formula
                cell.quotePrefix = value.startswith(FORMULA_STARTS)  # and Excel keeps it text when it is edited
                if bold is not None:
                    cell.font = bold
                value = cell
        cells.append(value)
    return cells


# the columns that say which row it is: kept in view, with the header row, as the sheet scrolls right to ``sentence``
ROW_NAMES = ("event_id", "event_date", "article_id", "name")


def _frozen_columns(frame: pd.DataFrame) -> int:
    """How many leading columns name the row (``ROW_NAMES``: events' and mentions' id and date, articles' id, actors'
    name), to stay in view beside the header row (newuser49: the first columns scrolled away)."""
    count = 0
    while count < len(frame.columns) and frame.columns[count] in ROW_NAMES:
        count += 1
    return count


def write_workbook(frames: dict[str, pd.DataFrame], path: Path) -> Path:
    """One sheet per frame, in ``frames``' order: a bold, frozen header row (and the first columns that name a row,
    ``ROW_NAMES``) with a filter, and columns as wide as their header and their longest value in the first SAMPLE
    rows (at most MAX_WIDTH characters)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    for name, frame in frames.items():
        sheet = book.create_sheet(name)
        sheet.freeze_panes = f"{get_column_letter(_frozen_columns(frame) + 1)}2"
        for i, column in enumerate(frame.columns, 1):
            sheet.column_dimensions[get_column_letter(i)].width = _width(str(column), frame[column])
        if len(frame.columns):
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"
        sheet.append(_cells(sheet, [str(c) for c in frame.columns], bold=Font(bold=True)))
        for row in frame.astype(object).itertuples(index=False, name=None):
            sheet.append(_cells(sheet, row))
    with replacing(path) as part:  # (whole or not at all: ``whole_file``)
        book.save(part)
    return path


def read_sheet(path: Path, name: str) -> pd.DataFrame:
    """The sheet ``name`` of a workbook ``write_workbook`` wrote, its cells as they are stored (text as text, so a
    CAMEO code "04" is no number; an empty cell None): ``read_table`` gives it its types. ``pandas.read_excel``
    guesses them from the values (the CAMEO "04" becomes 4.0), as ``read_csv`` does."""
    require(f"reading {path.name}")
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        if name not in book.sheetnames:
            raise ValueError(f"{path.name} has no sheet {name!r} (its sheets: {', '.join(book.sheetnames)})")
        rows = book[name].iter_rows(values_only=True)
        header = [str(c) for c in next(rows, ()) if c is not None]
        width = len(header)  # a read-only sheet's row stops at its last cell with a value
        return pd.DataFrame([(*row[:width], *(None,) * (width - len(row))) for row in rows], columns=header)
    finally:
        book.close()
