"""timeline's own outputs given back as inputs: named as such, with the fix.

``timeline build . -o out`` run twice read the first run's ``out/`` as articles: each table was skipped for "no
'text' column (columns: event_id, ...)" with a fix that would read it ("--text-field source_sentences"), and the
page for "no paragraph text found (save the page as HTML with its article ...)" (nu44). A table whose columns are
those of a table ``timeline build`` writes (``table.TYPES``), or the page it writes (its chart's and its list's
element ids), is skipped with what it is and the fix: the outputs' folder outside the inputs. Only asked for a file
that gives no article otherwise (no text column, no paragraph), so no article file is ever read twice for it.
So is the workbook ``--format xlsx`` writes (``timeline.xlsx``), which was told to be saved as CSV from the
spreadsheet (``ux45``): a .xlsx whose sheets are named for every table (``check_workbook``, read with the standard
library's ``zipfile``: openpyxl is an optional extra, not needed to tell).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError

FIX = "leave it out: give the articles' files or folder only, and write the outputs (-o) to a folder outside them"


def table_name(columns: Iterable[object]) -> str | None:
    """"events", "mentions", "articles" or "actors" when ``columns`` hold every column of that table; else None."""
    from ..table import TYPES  # only for a file with no text column: pandas is not needed to read articles

    names = {str(column) for column in columns}
    return next((table for table, types in TYPES.items() if set(types) <= names), None)


def table_error(path: Path, table: str) -> InputError:
    return InputError(str(path), f"timeline's own {table} table (written by `timeline build`), not articles", FIX)


def check_table(path: Path, columns: Iterable[object]) -> None:
    """Raise ``table_error`` when ``columns`` are those of a table timeline writes."""
    table = table_name(columns)
    if table is not None:
        raise table_error(path, table)


def check_page(path: Path, page: str) -> None:
    """Raise an InputError when ``page`` is the timeline.html a build writes (its chart's div and its list's ids)."""
    from ..chronology import LIST_ID  # only for a page with no paragraph text
    from ..render import DIV_ID

    if f'id="{DIV_ID}"' in page and f'id="{LIST_ID}"' in page:
        raise InputError(str(path), "timeline's own page (timeline.html, written by `timeline build`), not an "
                         "article", FIX)


_WORKBOOK = "xl/workbook.xml"  # an Office Open XML workbook's list of sheets
_MAX_WORKBOOK = 1 << 20  # bytes: a workbook's sheet list is a few hundred; a bigger member is no sheet list


def sheet_names(path: Path) -> tuple[str, ...]:
    """The sheet names of the .xlsx workbook at ``path``, in order; () when it is no such workbook or is unreadable."""
    import zipfile  # (only for a .xlsx given as an input)
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(path) as book:
            if book.getinfo(_WORKBOOK).file_size > _MAX_WORKBOOK:
                return ()
            root = ElementTree.fromstring(book.read(_WORKBOOK))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, RuntimeError, ValueError):
        return ()
    return tuple(e.get("name", "") for e in root.iter()
                 if isinstance(e.tag, str) and e.tag.rpartition("}")[2] == "sheet")


def check_workbook(path: Path) -> None:
    """Raise an InputError when ``path`` is the workbook a build writes (``--format xlsx``): a sheet for every table
    timeline writes (``table.TYPES``)."""
    from ..table import TYPES

    if set(TYPES) <= set(sheet_names(path)):
        raise InputError(str(path), "timeline's own workbook (timeline.xlsx, written by `timeline build --format "
                         "xlsx`), not articles", FIX)
