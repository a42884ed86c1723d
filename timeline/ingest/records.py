"""Record files: one article per JSON line, JSON array item, or CSV row.

Field names are configurable (``Fields``); a record without text is skipped
with its line number, the rest of the file is still read. JSON Lines are split
at line feeds only: a JSON string may hold U+2028 and other characters that
``str.splitlines`` would break a line at. CSV fields may be as long as an
article is (the csv module's field size limit is raised for that). A quoted
CSV field whose quote never closes runs to the end of the file, which the csv
module accepts without a word: that row is skipped with the line the quote
opens at (``unclosed_quote``), and such a header row skips the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import InputError
from ..model import Article, Skipped
from ..settings import Fields
from .text import decode


def _field(record: Mapping, name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def to_article(record: object, path: Path, number: int, fields: Fields) -> Article | Skipped:
    if not isinstance(record, Mapping):
        return Skipped(str(path), f"record is a {type(record).__name__}, not an object with a {fields.text!r} field",
                       record=number)
    text = record.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        return Skipped(str(path), _no_text(record, fields.text), record=number, id=_field(record, fields.id))
    return Article(
        id=_field(record, fields.id) or f"{path.stem}:{number}",
        text=text,
        title=_field(record, fields.title),
        published=_field(record, fields.published),
        url=_field(record, fields.url),
        source=_field(record, fields.source),
        path=str(path),
        record=number,
    )


def _no_text(record: Mapping, name: str) -> str:
    """Why a record gives no text: the field is missing (then the fix is --text-field),
    or it is there but empty or not text (then the record itself needs fixing)."""
    if name not in record:
        present = ", ".join(sorted(map(str, record))[:8]) or "none"
        return (f"no {name!r} field in this record (fields: {present}); "
                "name the text field with --text-field")
    value = record[name]
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"the {name!r} field is empty; fill it with the article text or drop the record"
    return (f"the {name!r} field holds {_JSON_KINDS.get(type(value), 'a ' + type(value).__name__)}, not text; "
            "put the article text there as a string or drop the record")


# what a JSON value is, as a user who wrote the file calls it (not Python's type name: "a int")
_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object"}


def json_problem(err: json.JSONDecodeError, *, line: bool = False) -> str:
    """"invalid JSON (Expecting value at column 5)". json's own messages that end in
    " at" ("Unterminated string starting at") expect the position to follow them."""
    where = (f"line {err.lineno}, " if line else "") + f"column {err.colno}"
    joint = " " if err.msg.endswith(" at") else " at "
    return f"invalid JSON ({err.msg}{joint}{where})"


def read_jsonl(path: Path, fields: Fields = Fields()) -> Iterator[Article | Skipped]:
    content = decode(path.read_bytes(), path)
    if not content.strip():
        raise InputError(str(path), "the file is empty", "remove it or add one JSON object per line")
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(str(path), f"{json_problem(err)}; each line must be one JSON object", record=number)
            continue
        yield to_article(record, path, number, fields)


def read_json(path: Path, fields: Fields = Fields()) -> Iterator[Article | Skipped]:
    content = decode(path.read_bytes(), path)
    if not content.strip():
        raise InputError(str(path), "the file is empty", "remove it or add a JSON array of article objects")
    try:
        data = json.loads(content)
    except json.JSONDecodeError as err:
        # A .json file may well be JSON Lines.
        if "\n" in content.strip() and err.msg == "Extra data":
            yield from read_jsonl(path, fields)
            return
        raise InputError(str(path), json_problem(err, line=True),
                         "give a JSON array of article objects, or JSON Lines in a .jsonl file") from None
    if isinstance(data, Mapping):
        data = data.get("articles", [data])
    if not isinstance(data, list):
        raise InputError(str(path), "expected a JSON array of article objects")
    for number, record in enumerate(data, start=1):
        yield to_article(record, path, number, fields)


def read_csv(path: Path, fields: Fields = Fields()) -> Iterator[Article | Skipped]:
    content = decode(path.read_bytes(), path)
    if not content.strip():
        raise InputError(str(path), "the file is empty", "remove it or add a header row and one article per row")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)  # the default, 128 KiB, is shorter than a long article
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    opened = unclosed_quote(content, delimiter)
    # the line of the quote that never closes (lines as the csv module counts them, at \n, \r or \r\n)
    line = None if opened is None else len(_LINE_BREAK.findall(content, 0, opened)) + 1
    try:
        reader.fieldnames  # reads the header row
        if line is not None and line <= reader.line_num:
            raise InputError(str(path), f"a quote opens a field of the header row at line {line} and never closes: the "
                             f"whole file was read as the header, and no row as an article", _CLOSE_QUOTE)
        if not reader.fieldnames or fields.text not in reader.fieldnames:
            raise InputError(str(path), f"no {fields.text!r} column (columns: {', '.join(reader.fieldnames or []) or 'none'})",
                             "name the text column with --text-field")
        # Row numbers count the header as row 1, as a spreadsheet shows them.
        for number, row in enumerate(reader, start=2):
            if line is not None and line <= reader.line_num:  # the row the quote opens in: the last one read
                yield _unclosed_row(row, path, number, line, reader.line_num, fields)
            else:
                yield to_article(row, path, number, fields)
    except csv.Error as err:
        raise InputError(str(path), f"unreadable CSV at line {reader.line_num} ({err}); the rows after it were not read",
                         "check the quoting there") from None


_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CLOSE_QUOTE = 'close the quote where the field ends; a quote inside a quoted field is written twice, ""'


def unclosed_quote(content: str, delimiter: str) -> int | None:
    """Where a quoted field opens whose quote never closes, so that the csv module (its default dialect, not strict)
    reads the rest of the file into it without a word ('1,"Moscow ...' to the end), or None when every quote
    closes. A field is quoted when it opens with a quote; in it, a doubled quote is one quote; after its closing quote
    the field goes on to the next delimiter or line end, quotes there being plain characters, as in a field that
    opens with no quote."""
    quoted = re.compile(r'"[^"]*(?:""[^"]*)*"(?!")')  # (a closing quote is no half of a doubled one)
    unquoted = re.compile(r"[^%s\r\n]*" % re.escape(delimiter))
    pos, end = 0, len(content)
    while pos < end:
        if content[pos] == '"':
            closed = quoted.match(content, pos)
            if closed is None:
                return pos
            pos = closed.end()
        pos = unquoted.match(content, pos).end() + 1  # past the delimiter or the line end
    return None


def _unclosed_row(row: Mapping, path: Path, number: int, line: int, last: int, fields: Fields) -> Skipped:
    """The row whose last field opens a quote at ``line`` that never closes: the field runs to the end of the file
    (line ``last``), past what may be other rows, so the row is no article."""
    column = next((k for k in reversed(list(row)) if row[k] is not None), None)
    field = f"the {column!r} field" if isinstance(column, str) else "a field past the last column"
    lines = f"line {line}" if last == line else f"lines {line} to {last}"
    row_id = _field(row, fields.id) if column != fields.id else None
    return Skipped(str(path), f"a quote opens {field} at line {line} and never closes: the rest of the file ({lines}) "
                              f"was read as that one field, so the row is not read as an article ({_CLOSE_QUOTE})",
                   record=number, id=row_id)
