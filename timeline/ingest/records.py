"""Record files: one article per JSON line, JSON array item, or CSV row.

Field names are configurable (``Fields``); a record without text is skipped
with its line number, the rest of the file is still read. JSON Lines are split
at line feeds only: a JSON string may hold U+2028 and other characters that
``str.splitlines`` would break a line at. CSV fields may be as long as an
article is (the csv module's field size limit is raised for that). A quoted
CSV field whose quote never closes runs to the end of the file, which the csv
module accepts without a word: that row is skipped with the line the quote
opens at, and such a header row skips the file. So is a stray quote that opens
a field and that the csv module closes with a quote of a later row, reading
the rows between into that field (a runaway quote: more text follows the quote
that closed the field, which no CSV writer writes).
Where the lines such a field swallowed read as whole rows of the file on their
own (``_stray_quote``), they are read as rows, numbered as they are once the
quote is fixed; so are those after a quote that never closes. Each row the csv
module reads is walked once in its field grammar (``_quotes``), for both; the
reason a row is skipped for names its id when the id column comes before the
broken field (``_quote_row``).
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import re
import shlex
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Article, Skipped
from ..settings import FIELD_DEFAULTS, Fields
from .field_case import ambiguous, ambiguous_fix, resolve
from .field_default import fall_back
from .own_output import check_table
from .schemas import Schema, describe, fields_for, recognise
from .truncation import cut
from .text import decode, first_line_object, json_document


def _field(record: Mapping, name: str) -> str | None:
    return field_value(record.get(name))[0]


def field_value(value: object) -> tuple[str | None, str | None]:
    """A record field's text, and what it holds instead when it holds none that reads as text: a string (stripped),
    a number, the name of an object (NewsAPI's source {"id": "reuters", "name": "Reuters"}, a schema.org Person), the
    names of a list joined ("Jane Doe, John Roe": authors); anything else gives no text and says what it is ("an
    object with no 'name'"), so that it is flagged, never written as a Python repr."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return None, _json_kind(value)
    if isinstance(value, (int, float)):
        return str(value), None
    if isinstance(value, str):
        return value.strip() or None, None
    if isinstance(value, Mapping):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return name.strip(), None
        return None, "an object with no 'name'" if name is None else "an object whose 'name' is no text"
    if isinstance(value, list):
        names = [field_value(item)[0] if isinstance(item, (str, Mapping)) else None for item in value]
        if not value:
            return None, None
        if all(names):
            return ", ".join(dict.fromkeys(names)), None
        return None, "a list of other things than names"
    return None, _json_kind(value)


def _read(record: Mapping, fields: Fields) -> tuple[dict[str, str | None], tuple[str, ...]]:
    """The text of each field read (title, date, url, source, id) by its role (``field_value``, once a field), and one
    note per such field that holds no text."""
    texts: dict[str, str | None] = {}
    notes = []
    for role, word in (("title", "title"), ("published", "date"), ("url", "url"), ("source", "source"),
                       ("id", "id")):
        name = getattr(fields, role)
        value = record.get(name)
        texts[role], problem = field_value(value)
        if problem:
            shown = json.dumps(value, ensure_ascii=False, default=str)
            shown = shown if len(shown) <= 60 else shown[:59] + "…"
            notes.append(f"{UNREAD}: the {name!r} field holds {problem} ({shown}), so no {word} was read from it")
    return texts, tuple(notes)


UNREAD = "field_unreadable"  # the articles.csv flag of a field that held no text (``_read``)


@dataclass(frozen=True)
class Names:
    """How a record's field names are read (``read_names``): ``fields`` as asked, with each name given that the
    record lacks read at its default (``field_default``; the triples in ``fell``) and each field at its default
    matched but for case (``field_case``; the pairs in ``case``); and the export schema the record's keys are
    (``schemas.recognise``), or None."""

    fields: Fields
    fell: tuple[tuple[str, str, str], ...]
    case: tuple[tuple[str, str], ...]
    schema: Schema | None

    @property
    def cased(self) -> frozenset[str]:
        """The roles whose field was matched but for case (``case``): the record's own, which the schema's does not
        replace (``schemas.fields_for``)."""
        defaults = {default for _, default in self.case}
        return frozenset(role for role, name in FIELD_DEFAULTS.items() if name in defaults)


def read_names(fields: Fields, names: Sequence[object] | Mapping, schema: Schema | None) -> Names:
    """``fields`` read against a record's field ``names`` (a JSON record's keys; a CSV's header, which names every
    row's fields, as written, a name twice too) and its ``schema`` (``Names``)."""
    fields, fell = fall_back(fields, names)  # (--text-field Body given for another file: "text" read)
    fields, case = resolve(fields, names)  # ("Text" for "text")
    return Names(fields, fell, case, schema)


def to_article(record: object, path: Path, number: int, fields: Fields,
               names: Names | None = None) -> Article | Skipped:
    """The article of one record; ``fields`` as asked, read against the record's field names and export schema
    (``read_names``, in the schema's fields: ``schemas.fields_for``), unless a CSV's header did that for every row
    (``names``: every row has the header's keys)."""
    if not isinstance(record, Mapping):
        return Skipped(str(path), f"the record is {_json_kind(record)}, not an object with a {fields.text!r} field "
                       f"(write each record as a JSON object with the article text in its {fields.text!r} field)",
                       record=number)
    if names is None:
        names = read_names(fields, record, recognise(record))
    reading = fields_for(record, names.fields, names.schema, names.cased)
    read_by = reading.fields
    text = record.get(read_by.text)
    if not isinstance(text, str) or not text.strip():
        # (the schema's reason for a record with no text, unless the text field is one the user named: his word)
        schema = None if names.fields.is_named("text") else names.schema
        return Skipped(str(path), _no_text(record, read_by.text, schema), record=number, id=_field(record, read_by.id))
    truncated = reading.text_cut if reading.cut_taken else cut(text)
    if truncated is not None:
        if not truncated.text.strip():
            return Skipped(str(path), f"the {read_by.text!r} field holds only an API's truncation mark "
                           f"('[+{truncated.total} chars]') and no text (fetch the story from its url)",
                           record=number, id=_field(record, read_by.id))
        text = truncated.text
    read, unread = _read(record, read_by)
    return Article(
        id=read["id"] or f"{path.stem}:{number}",
        text=text,
        title=read["title"],
        published=read["published"],
        url=read["url"],
        source=read["source"],
        path=str(path),
        record=number,
        read_as=describe(reading, record),
        truncated=truncated.note() if truncated is not None else None,
        unread=unread,
        **_missing_date(record, read_by),
        **_missing_title(record, read_by),
        field_case=names.case,
        field_default=names.fell,
    )


_DEFAULT_DATE = Fields().published
_DATE_LIKE_LENGTH = 64  # a date, a timestamp: longer values are text, and never parsed


def _missing_date(record: Mapping, fields: Fields) -> dict:
    """When the record has no field of the date field's name: that name and the record's other fields whose values
    read as publication dates (``anchor.parse_published``: "date", "pubdate", "time"), so that the run can name the
    right --date-field; said only when the field was named (not the default) or such fields are there."""
    if fields.published in record:
        return {}
    from ..anchor import parse_published  # only for records without the field

    taken = {fields.text, fields.title, fields.id, fields.url, fields.source}
    date_like = tuple(key for key, value in record.items()
                      if isinstance(key, str) and key not in taken and isinstance(value, str)
                      and len(value) <= _DATE_LIKE_LENGTH and any(c.isdigit() for c in value)
                      and parse_published(value) is not None)
    if not date_like and fields.published == _DEFAULT_DATE:
        return {}
    return {"date_field": fields.published, "date_like": date_like}


def _missing_title(record: Mapping, fields: Fields) -> dict:
    """When the record has no field of the title field's name: that name and the record's fields that look like
    titles (``title_field.title_like``: "headline"); said only when the field was named or such fields are there."""
    if fields.title in record:
        return {}
    from ..title_field import title_like

    like = title_like(record, {fields.text, fields.id, fields.url, fields.source, fields.published})
    if not like and fields.title == _DEFAULT_TITLE:
        return {}
    return {"title_field": fields.title, "title_like": like}


_DEFAULT_TITLE = Fields().title
_DEFAULT_TEXT = Fields().text


def text_guess(records: list[Mapping]) -> str | None:
    """The field of ``records`` whose text values are longest, words and all: the article text, as far as a
    user who named it otherwise can be told ("--text-field body"). None when no field holds a sentence."""
    lengths: dict[str, int] = {}
    for record in records:
        for key, value in record.items():
            if isinstance(key, str) and isinstance(value, str) and len(value.split()) >= 3:
                lengths[key] = lengths.get(key, 0) + len(value)
    return max(lengths, key=lambda k: lengths[k]) if lengths else None


def text_fix(kind: str, guess: str | None) -> str:
    """The fix for a missing text field or column: the option, and the field that looks like the text."""
    fix = f"name the text {kind} with --text-field"
    return f"{fix}: {guess!r} holds the longest text, --text-field {guess}" if guess else fix


_NAME_MARK = re.compile(r"[^\w .'()-]")  # a character no column name holds, that separates columns in some files


def _column_fix(header: list[str] | None, rows: list[Mapping], delimiter: str) -> str:
    """The fix for a CSV with no text column: --text-field and the column whose cells hold the longest text
    (``text_guess``). A header row with no separator in it names one column, most often the text's ("story"): its
    rows' unquoted commas split the text into fields past it, so the guess reads each row's cells whole again, and
    the fix says to quote them (``--text-field story`` alone would skip each such row for its extra fields). A one
    column name that holds a character no name holds ("id|published|body") is a header of columns parted by a
    separator timeline does not read: that is the fix, not the column."""
    if not header or len(header) != 1:
        return text_fix("column", text_guess(rows))
    name = header[0]
    if mark := _NAME_MARK.search(name):
        return (f"its header row holds no comma, semicolon or tab, so it names one column; if {mark.group()!r} parts "
                "the columns, write the file with commas (or tabs, as a .tsv), or name the text column with "
                "--text-field")
    spilled = [row for row in rows if any((v or "").strip() for v in row.get(None) or ())]
    whole = [{name: delimiter.join([row.get(name) or "", *(v or "" for v in row.get(None) or ())])} for row in rows]
    guess = text_guess(whole)
    fix = text_fix("column", guess)
    if guess and spilled:
        sign = "tab" if delimiter == "\t" else "comma" if delimiter == "," else repr(delimiter)
        fix += (f", and quote each row's text (\"...\", a quote inside written twice): its {sign}s would cut "
                "it into fields")
    return fix


def _first_rows(reader: csv.DictReader, limit: int = 20) -> list[Mapping]:
    """Up to ``limit`` rows of ``reader`` to guess the text column from; those before a broken one (none is an
    error here: the file is skipped for its missing column either way)."""
    rows: list[Mapping] = []
    try:
        rows.extend(itertools.islice(reader, limit))
    except csv.Error:
        pass
    return rows


def _no_text(record: Mapping, name: str, schema: Schema | None = None) -> str:
    """Why a record gives no text: the field is missing (then the fix is --text-field), or it is there but empty or
    not text (then the record itself needs fixing); a record of a known schema that holds no text (a GDELT DOC or
    Media Cloud story list) says so, and how to get the text."""
    if schema is not None and schema.no_text:  # (only asked for a record whose text field gives no text)
        return schema.no_text
    if name not in record:
        present = ", ".join(sorted(map(str, record))[:8]) or "none"
        found = ambiguous(record, name, _DEFAULT_TEXT)
        fix = ambiguous_fix(found, name, "--text-field") if found else text_fix("field", text_guess([record]))
        return f"no {name!r} field in this record (fields: {present}) ({fix})"
    value = record[name]
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"the {name!r} field is empty (fill it with the article text or drop the record)"
    return (f"the {name!r} field holds {_json_kind(value)}, not text "
            "(put the article text there as a string or drop the record)")


# what a JSON value is, as a user who wrote the file calls it (not Python's type name: "a int")
_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object",
               str: "a string", type(None): "null"}


_TEXT_LENGTH = 200  # characters: a string this long in an object is an article's text, no id, date or title


def _texty(value: Mapping) -> bool:
    """A string long enough to be an article's text: a record, not a wrapper."""
    return any(isinstance(inner, str) and len(inner) >= _TEXT_LENGTH for inner in value.values())


def _nested_lists(data: Mapping, depth: int) -> list[tuple[tuple[str, ...], list]]:
    """Each list of objects ``data`` holds within ``depth`` levels, with the keys down to it."""
    found = []

    def walk(value: Mapping, keys: tuple[str, ...]) -> None:
        for key, inner in value.items():
            if isinstance(inner, list) and inner and all(isinstance(item, Mapping) for item in inner):
                found.append(((*keys, key), inner))
            elif isinstance(inner, Mapping) and len(keys) + 1 < depth:
                walk(inner, (*keys, key))

    walk(data, ())
    return found


def _nested_records(data: Mapping, depth: int = 3) -> tuple[str, ...] | None:
    """The keys down to the one list of objects a JSON document wraps its records in ({"data": {"items": [...]}}:
    ("data", "items")), when there is exactly one within ``depth`` levels; else None (ux39: an API's response saved as
    .json was skipped as one record with "no 'text' field (fields: data)" and --text-field as the fix)."""
    if _texty(data):  # the document is one record, with its text under another name: "no 'text' field" says so
        return None
    found = [keys for keys, items in _nested_lists(data, depth) if any(_texty(item) for item in items)]
    return found[0] if len(found) == 1 else None


def _schema_records(data: Mapping, depth: int = 3) -> list | None:
    """The one list of records of a known export schema (``schemas.recognise``) a JSON document wraps within
    ``depth`` levels, texts or none ({"stories": [...]} of Media Cloud, {"results": [...]}): read as the list, so a
    list without text gets its schema's own reason and fix, not one record's "no 'text' field"; else None."""
    if _texty(data) or recognise(data) is not None:
        return None
    found = [items for _, items in _nested_lists(data, depth) if any(recognise(item) for item in items)]
    return found[0] if len(found) == 1 else None


def _json_kind(value: object) -> str:
    return _JSON_KINDS.get(type(value), "a " + type(value).__name__)


def json_problem(err: json.JSONDecodeError, *, line: bool = False) -> str:
    """"invalid JSON (Expecting value at column 5)". json's own messages that end in
    " at" ("Unterminated string starting at") expect the position to follow them."""
    where = (f"line {err.lineno}, " if line else "") + f"column {err.colno}"
    joint = " " if err.msg.endswith(" at") else " at "
    return f"invalid JSON ({err.msg}{joint}{where})"


def read_jsonl(path: Path, fields: Fields = Fields(), encoding: str | None = None) -> Iterator[Article | Skipped]:
    content = decode(path.read_bytes(), path, encoding=encoding)
    if not content.strip():
        raise InputError(str(path), "the file is empty", "remove it or add one JSON object per line")
    _json_document(content, path)
    # lines end in \n, \r\n or a lone \r (old Mac exports), as a viewer shows them; JSON holds no raw \r in a string
    first = True
    for number, line in enumerate(_LINE_BREAK.split(content), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(str(path), f"{json_problem(err)} (each line must be one JSON object)", record=number)
            continue
        if first and isinstance(record, Mapping) and fields.text not in record:
            check_table(path, record)  # events.jsonl of an earlier build (--format jsonl)
        first = False
        yield to_article(record, path, number, fields)


def _json_document(content: str, path: Path) -> None:
    """An InputError when a JSON Lines file holds JSON written otherwise: one document (an array, pretty-printed or
    on one line, or one object over several lines: the rename to .json reads it), or objects each written over
    several lines (``jq -c .`` writes them one a line). Each of its lines was skipped as a record of its own, "invalid
    JSON (Extra data at column 9) (each line must be one JSON object)" a dozen times over and no article read (nu44).
    Only looked at when the first line is no JSON object: of a JSON Lines file only that line is parsed twice."""
    if first_line_object(content):
        return
    document = json_document(content)
    if document is not None:
        what = (f"a JSON array of {len(document)} item(s)" if isinstance(document, list)
                else "one JSON object written over several lines")
        target = path.with_suffix(".json")
        raise InputError(str(path), f"{what}, not JSON Lines (one object a line)",
                         f"rename it to .json: mv {shlex.quote(str(path))} {shlex.quote(str(target))}")
    objects = _json_stream(content)
    if objects:
        target = path.with_name(f"{path.stem}.lines{path.suffix}")
        raise InputError(str(path), f"{objects} JSON objects written over several lines each, not one a line",
                         f"write them one a line, e.g. `jq -c . {shlex.quote(str(path))} > {shlex.quote(str(target))}"
                         f" && mv {shlex.quote(str(target))} {shlex.quote(str(path))}`")


def _json_stream(content: str) -> int:
    """How many JSON objects ``content`` holds one after another with only white space between them, when it holds
    nothing else and some object spans lines; else 0."""
    decoder, at, count, spans = json.JSONDecoder(), 0, 0, False
    while True:
        while at < len(content) and content[at].isspace():
            at += 1
        if at == len(content):
            return count if spans else 0
        try:
            value, end = decoder.raw_decode(content, at)
        except json.JSONDecodeError:
            return 0
        if not isinstance(value, Mapping):
            return 0
        spans = spans or _LINE_BREAK.search(content, at, end) is not None
        count, at = count + 1, end


def read_json(path: Path, fields: Fields = Fields(), encoding: str | None = None) -> Iterator[Article | Skipped]:
    content = decode(path.read_bytes(), path, encoding=encoding)
    if not content.strip():
        raise InputError(str(path), "the file is empty", "remove it or add a JSON array of article objects")
    try:
        data = json.loads(content)
    except json.JSONDecodeError as err:
        # A .json file may well be JSON Lines.
        if _LINE_BREAK.search(content.strip()) and err.msg == "Extra data":
            yield from read_jsonl(path, fields, encoding)
            return
        raise InputError(str(path), json_problem(err, line=True),
                         "give a JSON array of article objects, or JSON Lines in a .jsonl file") from None
    if isinstance(data, Mapping):
        if data.get("status") == "error" and isinstance(data.get("message"), str) and "code" in data:
            # an API's error saved in the place of its response (NewsAPI: {"status": "error", "code", "message"})
            raise InputError(str(path), f"an API's error response, not articles ({data['code']}: {data['message']})",
                             "fix the request and save its response again")
        known = None
        if "articles" not in data and resolve(fields, data)[0].text not in data:
            known = _schema_records(data)
            nested = _nested_records(data) if known is None else None
            if nested is not None:  # {"data": {"items": [...]}}: "no 'text' field (fields: data)", --text-field no fix
                where = " → ".join(repr(key) for key in nested)
                query = "".join(f".{key}" if key.isidentifier() else f"[{json.dumps(key)}]" for key in nested)
                target = path.with_suffix(".jsonl")
                raise InputError(str(path), f"the articles are the list under {where}, not the file's top level",
                                 f"write them one a line, e.g. `jq -c {shlex.quote(query + '[]')} "
                                 f"{shlex.quote(str(path))} > {shlex.quote(str(target))}`, and give {target}")
        data = known if known is not None else data.get("articles", [data])
    if not isinstance(data, list):
        raise InputError(str(path), f"expected a JSON array of article objects, found {_json_kind(data)}",
                         'write [{"text": "...", "title": "...", "published": "YYYY-MM-DD"}, ...], one object per '
                         'article, or JSON Lines in a .jsonl file')
    if not data:
        raise InputError(str(path), "the JSON array holds no article", "add the article objects, or leave the file out")
    for number, record in enumerate(data, start=1):
        yield to_article(record, path, number, fields)


def read_csv(path: Path, fields: Fields = Fields(), encoding: str | None = None) -> Iterator[Article | Skipped]:
    content = decode(path.read_bytes(), path, encoding=encoding)
    if not content.strip():
        raise InputError(str(path), "the file is empty", "remove it or add a header row and one article per row")
    delimiter = _delimiter(path, content)
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)  # the default, 128 KiB, is shorter than a long article
    # physical lines, split where the csv module splits them (\n, \r or \r\n), ends kept
    lines = io.StringIO(content, newline="").readlines()
    reader = csv.DictReader(lines, delimiter=delimiter)
    done, base, rows, seen = 0, 0, None, False  # the last line read; the lines before the reader's first; any row read?
    try:
        header = reader.fieldnames  # reads the header row
        done = reader.line_num
        record = "".join(lines[:done])
        runaway, unclosed = _broken_quotes(record, delimiter)
        if unclosed is not None:
            line = 1 + _breaks(record, unclosed.opens)
            raise InputError(str(path), f"a quote opens a field of the header row at line {line} and never closes: the "
                             f"whole file was read as the header, and no row as an article", _CLOSE_QUOTE)
        if header and done > 1 and runaway is not None:
            raise InputError(str(path), f"a quote opens a field of the header row at line 1 and closes only at line "
                             f"{1 + _breaks(record, runaway.closes)}, in another row: lines 1 to {done} were read as "
                             f"the header, and no row as an article", _STRAY_QUOTE)
        # the header names each row's fields, and a known export schema's columns (NewsAPI's "content", "publishedAt"
        # ...) are each row's (``schemas``): a row's keys are the header's
        names = read_names(fields, header or (), recognise(dict.fromkeys(header or ())))
        fields = names.fields
        known = names.schema is not None and not fields.is_named("text")
        if not header or (fields.text not in header and not known):
            check_table(path, header or ())
            found = ambiguous(header or (), fields.text, _DEFAULT_TEXT)
            raise InputError(str(path), f"no {fields.text!r} column (columns: {', '.join(header or []) or 'none'})",
                             ambiguous_fix(found, fields.text, "--text-field") if found
                             else _column_fix(header, _first_rows(reader), delimiter))
        words = _Words(len(header))  # which columns hold no spaces (ids, dates): swallowed rows must agree
        # Row numbers count the header as row 1, as a spreadsheet shows them.
        number, base = 2, 0
        while reader is not None:
            rows, reader = reader, None
            for row in rows:
                seen = True
                start = _next_line(lines, done + 1)
                done = base + rows.line_num
                # each record is walked once, as the csv module read it: a quote that never closes is the last
                # field of the last row, as the csv module reads it to the end of the file
                record = "".join(lines[start - 1:done])
                runaway, unclosed = _broken_quotes(record, delimiter)
                if unclosed is not None:
                    column, opened = min(unclosed.column, len(header)), start + _breaks(record, unclosed.opens)
                    swallowed = _rows_in(lines, opened, done, column, [row.get(h) or "" for h in header[:column]],
                                         delimiter, words)
                    if swallowed is None:
                        yield _quote_row(row, path, number, header, column, opened, _unclosed(opened, done),
                                         _CLOSE_QUOTE, fields)
                        break
                    yield _quote_row(row, path, number, header, column, opened,
                                     _swallowing(number, start, done, swallowed), _CLOSE_QUOTE, fields)
                    resume = swallowed.rows_from
                elif runaway is not None and (
                        stray := _stray_quote(lines, start, done, record, runaway, row, header, delimiter, words)):
                    yield _quote_row(row, path, number, header, stray.column, stray.opened,
                                     _stray(number, start, done, stray), _STRAY_QUOTE, fields)
                    resume = stray.end + 1
                elif runaway is not None and record[runaway.closes - 1:runaway.closes] == delimiter and (
                        closed := start + _breaks(record, runaway.closes)) > (
                        opened := start + _breaks(record, runaway.opens)):
                    # no repair reads as rows of this file, but the field ran over a line break to a quote that opens a
                    # field of a later line ('1,"Talks,...\n2,Ok,"MOSCOW, ...'): what rows those lines held is unknown,
                    # so none is read (a quote written once inside a quoted text follows a word, and stays one row)
                    yield _quote_row(row, path, number, header, runaway.column, opened,
                                     _runaway(start, done, closed), _STRAY_QUOTE, fields)
                    number += 1
                    continue
                else:
                    resume = None
                if resume is not None:
                    number += 1
                    # read on from the row after the broken one, as the file reads once the quote is fixed
                    base = done = resume - 1
                    reader = csv.DictReader((lines[i] for i in range(base, len(lines))), fieldnames=header,
                                            delimiter=delimiter)  # (no copy of the rest of the file)
                    break
                if any(v.strip() for v in row.get(None) or ()):  # text past the last column: it would be lost
                    yield _extra_fields(row, path, number, header, start, delimiter, fields)
                    number += 1
                    continue
                words.add(row, header)
                yield to_article(row, path, number, fields, names)
                number += 1
    except csv.Error as err:
        line = base + rows.line_num if rows is not None else reader.line_num
        raise InputError(str(path), f"unreadable CSV at line {line} ({err}); the rows after it were not read",
                         "check the quoting there") from None
    if not seen:  # a header and no row under it: the file is named, not passed over without a word
        raise InputError(str(path), f"the header row names the columns ({', '.join(header)}) but no row follows",
                         "add one article per row under the header, or leave the file out")


def _delimiter(path: Path, content: str) -> str:
    """The tab for a .tsv; for a .csv the comma, unless its header row has none but a semicolon (the CSV Excel
    writes where the decimal mark is a comma) or a tab: then that (column names hold no separator)."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    header = _LINE_BREAK.split(content, 1)[0]  # the first line, however lines end (a lone \r too)
    if "," not in header:
        for other in (";", "\t"):
            if other in header:
                return other
    return ","


_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CLOSE_QUOTE = 'close the quote where the field ends; a quote inside a quoted field is written twice, ""'
_STRAY_QUOTE = ('if the quote belongs to the text, quote the whole field and write the quote twice ("""We ..."), '
                'otherwise delete it; a quote inside a quoted field is written twice, ""')


def _breaks(text: str, offset: int) -> int:
    """How many line breaks ``text`` holds before ``offset``."""
    return len(_LINE_BREAK.findall(text, 0, offset))


def _next_line(lines: list[str], line: int) -> int:
    """The first line from ``line`` on that is not blank (the csv module passes blank lines over)."""
    while line <= len(lines) and lines[line - 1] in ("\n", "\r", "\r\n"):
        line += 1
    return line


# --- the csv field grammar, walked once ---------------------------------------------------------------------------

_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"(?!")')  # a quoted field (a closing quote is no half of a doubled one)


@functools.cache
def _field_forms(delimiter: str) -> tuple[re.Pattern, re.Pattern]:
    """An unquoted field's rest; a record whose every field is quoted and closes where it ends, or is unquoted."""
    d = re.escape(delimiter)
    field = rf'(?:"[^"]*(?:""[^"]*)*"|[^"{d}\r\n][^{d}\r\n]*|)'
    return re.compile(rf"[^{d}\r\n]*"), re.compile(rf"{field}(?:{d}{field})*(?:\r\n|\r|\n)?")


@dataclass(frozen=True)
class _Quote:
    """A field that opens with a quote."""
    column: int  # the field's column in its record (from 0)
    opens: int  # where the quote is
    closes: int | None  # where the quote that closes it is; None when none does: the field runs to the end
    runaway: bool = False  # more text follows the closing quote: no CSV writer writes that


def _quotes(text: str, delimiter: str) -> Iterator[_Quote]:
    """The fields of ``text`` (records, from a record's start) that open with a quote, read as the csv module reads
    them (its default dialect, not strict): a field is quoted when it opens with a quote; in it, a doubled quote is one
    quote; after its closing quote the field goes on to the next delimiter or line end, quotes there being plain
    characters, as in a field that opens with no quote. A quote that never closes is the last: its field runs to the
    end of ``text``."""
    unquoted = _field_forms(delimiter)[0]
    column, pos, end = 0, 0, len(text)
    while pos < end:
        if text[pos] == '"':
            closed = _QUOTED.match(text, pos)
            if closed is None:
                yield _Quote(column, pos, None)
                return
            pos = closed.end()
            yield _Quote(column, closed.start(), pos - 1, text[pos:pos + 1] not in (delimiter, "\r", "\n", ""))
        pos = unquoted.match(text, pos).end()  # on to the delimiter or the line end
        column = column + 1 if text.startswith(delimiter, pos) else 0
        pos += 1


def _broken_quotes(record: str, delimiter: str) -> tuple[_Quote | None, _Quote | None]:
    """The first quoted field of a record (as the csv module read it) whose closing quote is followed by more text, not
    by a delimiter or the line end (a runaway quote: a writer of CSV closes a quoted field where the field ends; it is
    what a stray quote that opens a field leaves when the next quote is taken as its closing one, most often the
    opening quote of a later quoted field, of this row, '2,"Lavrov on talks,2024-12-26,"MOSCOW, ...', or of a later
    one, '2,"Lavrov said\n3,Kyiv\n4,"MOSCOW, ...'), and the quote that never closes, so that the csv module reads the
    rest of the text into its field without a word ('1,"Moscow ...' to the end), or None for either. A record whose
    every field is as a CSV writer writes it (most rows) costs one regular expression."""
    if _field_forms(delimiter)[1].fullmatch(record):
        return None, None
    runaway = unclosed = None
    for quote in _quotes(record, delimiter):
        if quote.closes is None:
            unclosed = quote
        elif quote.runaway and runaway is None:
            runaway = quote
    return runaway, unclosed


# --- why a row with a broken quote is skipped ----------------------------------------------------------------------

def _quote_row(row: Mapping, path: Path, number: int, header: list[str], column: int, opened: int, what: str,
               fix: str, fields: Fields) -> Skipped:
    """The row whose field in ``column`` opens with a quote at line ``opened`` that breaks it, skipped: the reason
    names the field, the line, ``what`` the csv reader made of it and the fix. The row's id is given when every
    column of that name comes before the broken field: the fields after it were read out of place, or not at all."""
    name = header[column] if column < len(header) else None
    field = f"the {name!r} field" if name is not None else "a field past the last column"
    row_id = _field(row, fields.id) if fields.id in header[:column] and fields.id not in header[column:] else None
    return Skipped(str(path), f"a quote opens {field} at line {opened} and {what} ({fix})", record=number, id=row_id)


def _extra_fields(row: Mapping, path: Path, number: int, header: list[str], line: int, delimiter: str,
                  fields: Fields) -> Skipped:
    """A row with more fields than the header, text in them (most often a delimiter inside a field that is not quoted:
    "Putin met Xi on Tuesday, in Beijing."), skipped rather than read with its text cut short and the rest in no
    column (empty fields past the last column, a trailing delimiter, lose nothing and are read as the row). The row's
    id is given when the id column comes first (the fields before the stray delimiter are in place)."""
    extra = len(row[None])
    mark = "tab" if delimiter == "\t" else "comma"
    row_id = _field(row, fields.id) if header and header[0] == fields.id else None
    return Skipped(str(path), f"the row at line {line} has {len(header) + extra} fields where the header has "
                   f"{len(header)}, so its text would be cut at a {mark} (quote the field that holds the {mark}, e.g. "
                   f'"Talks ended, he said.")', record=number, id=row_id)


def _unclosed(opened: int, last: int) -> str:
    """A quote that never closes, run to the end of the file (line ``last``) over the text's own lines: no rows."""
    lines = f"line {opened}" if last == opened else f"lines {opened} to {last}"
    return (f"never closes: the rest of the file ({lines}) was read as that one field, so the row is not read as an "
            "article")


def _swallowing(number: int, start: int, end: int, swallowed: _Swallow) -> str:
    """A quote that never closes, in whose field the csv module read the rest of the file, rows after it too: those
    rows are read, numbered as they are once the quote is fixed."""
    return (f"never closes: the csv reader read the rest of the file (lines {start} to {end}) as this one row, so "
            f"{_vanished(number, swallowed.rows, swallowed.rows_from, swallowed.rows_to)}, this row is not")


def _stray(number: int, start: int, done: int, stray: _Stray) -> str:
    """A stray quote (``_stray_quote``): what the csv module read as the row is no row. The rows it swallowed are
    read, numbered as they are once the quote is fixed; the lines of its own text that the csv module read as rows
    of their own are this row's, skipped with it; a row whose fields were read out of place (the quote closed by one
    that opens a later field of the row, on its line) is skipped alone."""
    read = f"line {start}" if done == start else f"lines {start} to {done}"
    if stray.end == done:
        return (f"the csv reader took the next quote, at line {stray.closed}, which opens a later field of this row, "
                f"for its closing one: it read the fields of this row ({read}) out of place, so this row is not read "
                "as an article")
    if stray.end < done:
        return (f"the csv reader took the next quote, at line {stray.closed}, in a later row, for its closing one: it "
                f"read {read} as this one row, so {_vanished(number, stray.rows, stray.rows_from, stray.rows_to)}, "
                "this row is not")
    rest = f"line {done + 1}" if stray.end == done + 1 else f"lines {done + 1} to {stray.end}"
    return (f"the csv reader took the next quote, at line {stray.closed}, which opens a later field of this row, for "
            f"its closing one: it read {read} as this row and the rest of the row ({rest}) as {stray.split} "
            f"row{'s' if stray.split != 1 else ''} of {'their' if stray.split != 1 else 'its'} own; this row "
            f"(lines {start} to {stray.end}) is not read as an article")


def _runaway(start: int, done: int, closed: int) -> str:
    """A stray quote whose field the csv module closed with a quote on a later line, text right after it, where no
    reading of the lines with the quote taken as text gives whole rows of this file (``_stray_quote``): the row and
    the lines it swallowed (rows, perhaps, with a title quoted or a comma in it) are skipped together."""
    return (f"the csv reader took the next quote, at line {closed}, with text right after it, for its closing one: it "
            f"read lines {start} to {done} as this one row, and what rows those lines hold is not clear, so none of "
            "them is read as an article")


def _vanished(number: int, count: int, first: int, last: int) -> str:
    lines = f"line {first}" if last == first else f"lines {first} to {last}"
    if count == 1:
        return f"the row after it (row {number + 1}, {lines}) vanished into it; that row is read as an article"
    return (f"the {count} rows after it (rows {number + 1} to {number + count}, {lines}) vanished into it; they are "
            "read as articles")


# --- the rows a broken quote swallowed ------------------------------------------------------------------------------

class _Words:
    """The columns whose every value so far is one word (an id, a date, a url): a line that a runaway quote swallowed
    is read as a row of the file only when it holds one word in each of them, not a sentence of an article."""

    def __init__(self, width: int) -> None:
        self.valued = [False] * width
        self.spaced = [False] * width

    def add(self, row: Mapping | list[str], header: list[str] | None = None) -> None:
        values = [row.get(name) for name in header] if header is not None else row
        for column, value in enumerate(values[:len(self.valued)]):
            if not self.spaced[column] and isinstance(value, str) and value.strip():
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
    column: int  # the column of the field the quote opens
    opened: int  # the line of the quote
    rows_from: int  # the first line of the rows the field swallowed
    rows: int  # how many
    rows_to: int  # the last line of the last of them


@dataclass(frozen=True)
class _Stray:
    column: int  # the column of the field the stray quote opens
    opened: int  # the line of the stray quote
    closed: int  # the line of the quote the csv module closed the field with
    end: int  # the last line of the row as it reads with the stray quote taken as text
    rows: int = 0  # how many rows it swallowed (the repaired row ends before the csv module's)
    rows_from: int = 0  # the first line of them
    rows_to: int = 0  # the last line of the last of them
    split: int = 0  # how many rows the csv module made of the lines of the row after those it read as the row


def _stray_quote(lines: list[str], start: int, done: int, record: str, runaway: _Quote, row: Mapping,
                 header: list[str], delimiter: str, words: _Words) -> _Stray | None:
    """The stray quote of the ``record`` the csv module read from line ``start`` to ``done``: its ``runaway`` quote
    (``_broken_quotes``), a quote that opens a field and that the csv module closed with a later quote followed by
    more text, where the row, read again with that quote taken as a character of the text, ends on another line than
    the csv module's row did and is a whole row of this file (as many fields as the header, one word in each column
    that holds one word in every row read before: ``_Words``), or ends on the same line:

    - before it, the csv module's row having swallowed whole rows of the file (every line from the repaired row's
      end to line ``done`` reads as rows of the file); in a file without a one-word column (titles and texts) only
      when its row has more or fewer fields than the header, as it has when the later quote opened a text with a
      comma in it: a paragraph with as many commas as the header has columns, after a quote written once inside a
      quoted text, is no row;
    - after it, the quote having been the opening quote of a quoted text of the row that goes on over more lines:
      the csv module read that text's first line into the field, and each later line as a row of its own, one of
      which, or the row itself, is no row of this file;
    - on the same line, the csv module's row being no row of this file (its fields out of place: a field too many,
      or none in the text column), or the quote it took as closing standing right after a delimiter, where it opens
      a later field. No lines move between rows here, so the repaired row need not be a whole row of this file
      (since 4c779e7: a title of two words after rows whose titles were one word is no reason to keep the misread
      row).

    A quoted field with paragraphs written by a CSV writer closes where it ends, and is no stray quote; nor is a
    quote written once inside a quoted text, which ends that text early but leaves the row where it was."""
    opened, closed = start + _breaks(record, runaway.opens), start + _breaks(record, runaway.closes)
    at = runaway.opens - sum(map(len, lines[start - 1:opened - 1]))  # the quote's place in its line
    line = lines[opened - 1]
    repaired = itertools.chain(lines[start - 1:opened - 1], [line[:at] + "\ue000" + line[at + 1:]],
                               (lines[i] for i in range(opened, len(lines))))  # (no copy of the rest of the file)
    reader = csv.reader(repaired, delimiter=delimiter)
    try:
        values = next(reader, [])
    except csv.Error:
        return None
    end = start - 1 + reader.line_num
    repaired_fits = words.fits(values)
    words = words.with_row(values)
    misshapen = None in row or None in row.values() or not words.fits([row[h] for h in header])
    column = runaway.column
    if end == done:  # the row's fields read out of place, or a quote written once inside a quoted text
        # out of place also when the field count agrees: the closing quote the csv module took stands right after a
        # delimiter, where it opens a later field ('a2,"Stray title,"WASHINGTON, ...': the title swallows the
        # dateline); a quote written once inside a quoted text ('"He said "no" today"') follows a word. No lines
        # move between rows here, so the repaired row need not read as a row of this file: a title of two words
        # after rows whose titles were one word ("Ok") is no reason to read the fields out of place, and a row the
        # csv module misread is skipped for its quote (not as a row with no text)
        opens_field = record[runaway.closes - 1:runaway.closes] == delimiter
        return _Stray(column, opened, closed, end) if misshapen or opens_field else None
    if not repaired_fits:
        return None
    if end < done:  # whole rows swallowed
        rows_from = _next_line(lines, end + 1)
        rows = _whole_rows(lines, rows_from, done, delimiter, words) if words.known() or misshapen else None
        return None if rows is None else _Stray(column, opened, closed, end, rows[0], rows_from, rows[1])
    # the row's own text split into rows
    split, fits = 0, not misshapen
    reader = csv.reader((lines[i] for i in range(done, end)), delimiter=delimiter)
    try:
        for values in reader:
            split += bool(values)
            fits = fits and (not values or words.fits(values))
    except csv.Error:
        pass
    return None if fits else _Stray(column, opened, closed, end, split=split)


def _rows_in(lines: list[str], opened: int, end: int, column: int, leading: list[str], delimiter: str,
             words: _Words) -> _Swallow | None:
    """The rows in a field whose quote opens in ``column`` at line ``opened`` and never closes, running to line
    ``end``, the last: from the first line after the quote's on whose lines read on their own as whole rows of this
    file (as many fields as the header, one word in each column that holds one word in every row read before and in
    the ``leading`` fields of the row, before the quote), or None (a text's own paragraphs)."""
    words = words.with_row(leading)
    if not words.known():
        return None
    doomed: set[int] = set()  # lines that rows read from lead to no row of this file: each is read from once
    for first in range(opened + 1, end + 1):
        if lines[first - 1] in ("\n", "\r", "\r\n") or first in doomed:
            continue
        if rows := _whole_rows(lines, first, end, delimiter, words, doomed):
            return _Swallow(column, opened, first, *rows)
    return None


def _whole_rows(lines: list[str], first: int, end: int, delimiter: str, words: _Words,
                doomed: set[int] | None = None) -> tuple[int, int] | None:
    """How many rows of this file the lines from ``first`` on read as, up to the row that takes in line ``end``,
    and the last line of that row; None when one of them is no row of this file. The lines the rows start at are
    added to ``doomed`` then, and a row that starts at a line in it is no row either (reading from it fails alike)."""
    reader = csv.reader((lines[i] for i in range(first - 1, len(lines))), delimiter=delimiter)  # (no copy)
    count, starts = 0, [first]
    try:
        for values in reader:
            if values and not words.fits(values):
                break
            count += bool(values)
            if first - 1 + reader.line_num >= end:
                return count, first - 1 + reader.line_num
            if doomed is not None and first + reader.line_num in doomed:
                break
            starts.append(first + reader.line_num)
    except csv.Error:
        pass
    if doomed is not None:
        doomed.update(starts)
    return None
