"""Record files: one article per JSON line, JSON array item, or CSV row.

Field names are configurable (``Fields``); a record without text is skipped
with its line number, the rest of the file is still read. JSON Lines are split
at line feeds only: a JSON string may hold U+2028 and other characters that
``str.splitlines`` would break a line at. CSV fields may be as long as an
article is (the csv module's field size limit is raised for that).
"""

from __future__ import annotations

import csv
import io
import json
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
    return (f"the {name!r} field holds a {type(value).__name__}, not text; "
            "put the article text there as a string or drop the record")


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
    try:
        if not reader.fieldnames or fields.text not in reader.fieldnames:
            raise InputError(str(path), f"no {fields.text!r} column (columns: {', '.join(reader.fieldnames or []) or 'none'})",
                             "name the text column with --text-field")
        # Row numbers count the header as row 1, as a spreadsheet shows them.
        for number, row in enumerate(reader, start=2):
            yield to_article(row, path, number, fields)
    except csv.Error as err:
        raise InputError(str(path), f"unreadable CSV at line {reader.line_num} ({err}); the rows after it were not read",
                         "check the quoting there") from None


_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)
