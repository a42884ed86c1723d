"""Record files: one article per JSON line, JSON array item, or CSV row.

Field names are configurable (``Fields``); a record without text is skipped
with its line number, the rest of the file is still read. JSON Lines are split
at line feeds only: a JSON string may hold U+2028 and other characters that
``str.splitlines`` would break a line at. CSV fields may be as long as an
article is (the csv module's field size limit is raised for that). A quoted
CSV field whose quote never closes runs to the end of the file, which the csv
module accepts without a word: that row is skipped with the line the quote
opens at (``unclosed_quote``), and such a header row skips the file. So is a
stray quote that opens a field and that the csv module closes with a quote of
a later row, reading the rows between into that field (``_runaway_quote``).
Where the lines such a field swallowed read as whole rows of the file on their
own (``_swallowed``), they are read as rows, numbered as they are once the
quote is fixed; so are those after a quote that never closes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
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
    # physical lines, split where the csv module splits them (\n, \r or \r\n), ends kept
    lines = io.StringIO(content, newline="").readlines()
    reader = csv.DictReader(lines, delimiter=delimiter)
    opened = _unclosed_line(lines, 1, delimiter)  # the line of a quote that never closes
    done, base, rows = 0, 0, None  # the last line read; the lines before the reader's first
    try:
        header = reader.fieldnames  # reads the header row
        done = reader.line_num
        if opened is not None and opened <= done:
            raise InputError(str(path), f"a quote opens a field of the header row at line {opened} and never closes: the "
                             f"whole file was read as the header, and no row as an article", _CLOSE_QUOTE)
        if header and done > 1 and (runaway := _runaway_quote("".join(lines[:done]), delimiter)):
            raise InputError(str(path), f"a quote opens a field of the header row at line 1 and closes only at line "
                             f"{1 + _breaks(lines[:done], runaway[2])}, in another row: lines 1 to {done} were read as "
                             f"the header, and no row as an article", _STRAY_QUOTE)
        if not header or fields.text not in header:
            raise InputError(str(path), f"no {fields.text!r} column (columns: {', '.join(header or []) or 'none'})",
                             "name the text column with --text-field")
        words = _Words(len(header))  # which columns hold no spaces (ids, dates): swallowed rows must agree
        # Row numbers count the header as row 1, as a spreadsheet shows them.
        number, base = 2, 0
        while reader is not None:
            rows, reader = reader, None
            for row in rows:
                start = _next_line(lines, done + 1)
                done = base + rows.line_num
                misshapen = None in row or None in row.values()  # more fields than the header, or fewer
                if opened is not None and opened <= done:  # the row the quote opens in: the last one read
                    column = _last_column(row, header)
                    swallowed = _rows_in(lines, opened, done, done, column, [row.get(h) or "" for h in header[:column]],
                                         delimiter, words, False)
                    if swallowed is None:
                        yield _unclosed_row(row, path, number, opened, done, fields)
                        break
                    yield _swallowing_row(row, path, number, start, done, swallowed, header, fields, unclosed=True)
                elif swallowed := _swallowed(lines, start, done, delimiter, words, misshapen):
                    yield _swallowing_row(row, path, number, start, done, swallowed, header, fields)
                if swallowed is not None:
                    number += 1
                    # read on from the first swallowed row, as the file reads once the quote is fixed
                    base = done = swallowed.rows_from - 1
                    reader = csv.DictReader(lines[base:], fieldnames=header, delimiter=delimiter)
                    opened = _unclosed_line(lines, base + 1, delimiter)
                    break
                words.add(row, header)
                yield to_article(row, path, number, fields)
                number += 1
    except csv.Error as err:
        line = base + rows.line_num if rows is not None else reader.line_num
        raise InputError(str(path), f"unreadable CSV at line {line} ({err}); the rows after it were not read",
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


def _last_column(row: Mapping, header: list[str]) -> int:
    """The column of the last field of a row (the one an unclosed quote runs to the end of the file in)."""
    column = next((k for k in reversed(list(row)) if row[k] is not None), None)
    return header.index(column) if isinstance(column, str) else len(header)


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


# --- a stray quote that pairs with a quote of a later row -------------------------------------------------------

_STRAY_QUOTE = ('if the quote belongs to the text, quote the whole field and write the quote twice ("""We ..."), '
                'otherwise delete it; a quote inside a quoted field is written twice, ""')


def _unclosed_line(lines: list[str], first: int, delimiter: str) -> int | None:
    """The line of a quote that never closes, reading from line ``first`` (from 1) on, or None."""
    content = "".join(lines[first - 1:])
    opened = unclosed_quote(content, delimiter)
    return None if opened is None else first + len(_LINE_BREAK.findall(content, 0, opened))


def _next_line(lines: list[str], line: int) -> int:
    """The first line from ``line`` on that is not blank (the csv module passes blank lines over)."""
    while line <= len(lines) and lines[line - 1] in ("\n", "\r", "\r\n"):
        line += 1
    return line


def _breaks(lines: list[str], offset: int) -> int:
    """How many line breaks the lines, joined, hold before ``offset``."""
    return len(_LINE_BREAK.findall("".join(lines), 0, offset))


def _runaway_quote(record: str, delimiter: str) -> tuple[int, int, int] | None:
    """In the text of one record as the csv module read it, a quoted field that holds a line break and whose closing
    quote is followed by more text, not by a delimiter or the line end: (the column, where its quote opens, where it
    closes), or None. A writer of CSV never writes that (it closes a quoted field where the field ends): it is what a
    stray quote that opens a field leaves when the next quote, in a later row, is taken as its closing one, most often
    the opening quote of a later row's quoted field ('2,"Lavrov said\\n3,Kyiv\\n4,"MOSCOW, ...'). The csv module then
    reads on from that quote as in an unquoted field."""
    column, start, pos, end = 0, True, 0, len(record)
    while pos < end:
        char = record[pos]
        if start and char == '"':
            close = pos + 1
            while (close := record.find('"', close)) >= 0 and record.startswith('""', close):
                close += 2  # a doubled quote is one quote of the text
            if close < 0:
                return None  # never closes: unclosed_quote's case
            after = record[close + 1:close + 2]
            if after not in (delimiter, "\r", "\n", "") and _LINE_BREAK.search(record, pos, close):
                return column, pos, close
            pos, start = close + 1, False
            continue
        start = char == delimiter
        column += start
        pos += 1
    return None


class _Words:
    """The columns whose every value so far is one word (an id, a date, a url): a line that a runaway quote swallowed
    is read as a row of the file only when it holds one word in each of them, not a sentence of an article."""

    def __init__(self, width: int) -> None:
        self.valued = [False] * width
        self.spaced = [False] * width

    def add(self, row: Mapping | list[str], header: list[str] | None = None) -> None:
        values = [row.get(name) for name in header] if header is not None else row
        for column, value in enumerate(values[:len(self.valued)]):
            if isinstance(value, str) and value.strip():
                self.valued[column] = True
                self.spaced[column] |= bool(re.search(r"\s", value.strip()))

    def with_row(self, values: list[str]) -> _Words:
        """These columns, with one more row's values (the broken row's fields before its stray quote)."""
        words = _Words(len(self.valued))
        words.valued, words.spaced = list(self.valued), list(self.spaced)
        words.add(values)
        return words

    def known(self) -> bool:
        return any(valued and not spaced for valued, spaced in zip(self.valued, self.spaced))

    def fits(self, values: list[str]) -> bool:
        return len(values) == len(self.valued) and not any(
            valued and not spaced and re.search(r"\s", value.strip())
            for valued, spaced, value in zip(self.valued, self.spaced, values))


@dataclass(frozen=True)
class _Swallow:
    column: int  # the column of the field the stray quote opens
    opened: int  # the line of the stray quote
    closed: int  # the line of the quote the csv module closed the field with
    rows_from: int  # the first line of the rows the field swallowed
    rows: int  # how many
    rows_to: int  # the last line of the last of them


def _swallowed(lines: list[str], start: int, end: int, delimiter: str, words: _Words,
               misshapen: bool) -> _Swallow | None:
    """When the record read from line ``start`` to ``end`` holds a runaway quote (``_runaway_quote``) and the lines
    in that quote, from one on, read on their own as whole rows of this file: those rows (``_rows_in``). A quoted
    field with paragraphs written by a CSV writer closes where it ends, and is no runaway; so is one whose inner
    lines do not read as rows of this file. When no column is known to hold one word (a file of titles and texts),
    the record must also be ``misshapen`` (more or fewer fields than the header), as it is when the quote that closed
    the runaway one opened a later row's text with a comma in it: a paragraph with as many commas as the header has
    columns, after a quote written once inside a quoted field, is no row."""
    if end <= start:
        return None
    record = lines[start - 1:end]
    runaway = _runaway_quote("".join(record), delimiter)
    if runaway is None:
        return None
    column, opens, closes = runaway
    leading = next(csv.reader([lines[start - 1]], delimiter=delimiter), [])[:column]
    return _rows_in(lines, start + _breaks(record, opens), start + _breaks(record, closes), end, column, leading,
                    delimiter, words, misshapen)


def _rows_in(lines: list[str], opened: int, closed: int, end: int, column: int, leading: list[str], delimiter: str,
             words: _Words, misshapen: bool) -> _Swallow | None:
    """The rows in a field whose quote opens in ``column`` at line ``opened`` and closes at line ``closed`` (or never,
    ``closed`` being the last line), in a record that ends at line ``end``: from the first line inside the quote on
    whose lines read on their own as whole rows of this file up to the end of the record (as many fields as the
    header, one word in each column that holds one word in every row read before and in the ``leading`` fields of
    the record, before the quote), or None."""
    words = words.with_row(leading)
    if not words.known() and not misshapen:
        return None
    for first in range(opened + 1, closed + 1):
        if lines[first - 1] in ("\n", "\r", "\r\n"):
            continue
        if rows := _whole_rows(lines, first, end, delimiter, words):
            return _Swallow(column, opened, closed, first, *rows)
    return None


def _whole_rows(lines: list[str], first: int, end: int, delimiter: str, words: _Words) -> tuple[int, int] | None:
    """How many rows of this file the lines from ``first`` on read as, up to the row that takes in line ``end``,
    and the last line of that row; None when one of them is no row of this file."""
    reader = csv.reader((lines[i] for i in range(first - 1, len(lines))), delimiter=delimiter)  # (no copy)
    count = 0
    try:
        for values in reader:
            if values and not words.fits(values):
                return None
            count += bool(values)
            if first - 1 + reader.line_num >= end:
                return count, first - 1 + reader.line_num
    except csv.Error:
        return None
    return None


def _swallowing_row(row: Mapping, path: Path, number: int, start: int, end: int, swallowed: _Swallow,
                    header: list[str], fields: Fields, unclosed: bool = False) -> Skipped:
    """The row whose field a stray quote opens: the csv module read it and what follows, up to the quote of a later
    row it paired the stray one with, as one row, so the rows between vanished. It is skipped; those rows are read,
    numbered as they are once the quote is fixed."""
    column = header[swallowed.column] if swallowed.column < len(header) else None
    field = f"the {column!r} field" if column is not None else "a field past the last column"
    count, lines = swallowed.rows, f"line {swallowed.rows_from}"
    if swallowed.rows_to > swallowed.rows_from:
        lines = f"lines {swallowed.rows_from} to {swallowed.rows_to}"
    rows = (f"the row after it (row {number + 1}, {lines}) vanished into it; that row is read as an article"
            if count == 1 else f"the {count} rows after it (rows {number + 1} to {number + count}, {lines}) vanished "
                               f"into it; they are read as articles")
    row_id = _field(row, fields.id) if fields.id in header[:swallowed.column] else None
    if unclosed:
        return Skipped(str(path), f"a quote opens {field} at line {swallowed.opened} and never closes: the csv reader "
                                  f"read the rest of the file (lines {start} to {end}) as this one row, so {rows}, this "
                                  f"row is not ({_CLOSE_QUOTE})", record=number, id=row_id)
    return Skipped(str(path), f"a quote opens {field} at line {swallowed.opened} and is closed only by a quote of a "
                              f"later row, at line {swallowed.closed}: the csv reader read lines {start} to {end} as "
                              f"this one row, so {rows}, this row is not ({_STRAY_QUOTE})",
                   record=number, id=row_id)
