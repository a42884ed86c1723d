"""Plain-text articles: one article per file.

The whole file is the article text (so character offsets point into the
file as it is on disk, less a byte-order mark). The first non-empty line is
taken as the title when it looks like one: short, not a sentence, not the
story's dateline line (a hard-wrapped first sentence), and not a one- or
two-word navigation crumb such as "All news", nor a line of the site's menu that opens a page copied from a
browser (``menu_run``: "Skip to content / Accessibility Help / Home / News ..."). A text pasted from an e-mail,
opening with the mail's header ("---------- Forwarded message ---------", ``From:``, ``Subject:``), is titled by
its ``Subject:`` (``mail_header``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..dateline import parse_dateline
from .encoding import decode
from .mail_header import mail_header, sent, subject
from ..menu_run import menu_end
from ..errors import InputError
from ..model import Article
from ..settings import Fields

MAX_TITLE = 200


def _lines(text: str) -> Iterator[tuple[str, int]]:
    """The lines of ``text`` past a site's menu (``menu_end``), as ``str.splitlines`` parts them (\\n, \\r\\n, \\r,
    \\f, \\u2028 ...), each unstripped with where it ends less its trailing space. The title, the date line and the
    mail header are all read from these lines (``Opening``): the date line's reader once parted lines between \\r
    and \\n only, and missed a date line under a title parted by a form feed that ``header_end`` split (fixmail51)."""
    at = menu_end(text)
    for piece in text[at:].splitlines(keepends=True):
        line = piece.splitlines()[0]
        yield line, at + len(line.rstrip())
        at += len(piece)


HEADER_LINES = 5  # title, kicker, byline, date, place: the lines a page copied as text opens with
DATE_LINE = 40  # characters: "Saturday, January 25, 2025 at 5:09 PM"; a longer line is a sentence


@dataclass(frozen=True, slots=True)
class Opening:
    """How a plain text opens, read once for each file (``of``): its lines past a site's menu ("Skip to content /
    Home / News ...": ``menu_end``), stripped; where each ends (``_lines``); the index of the first non-empty one;
    the mail header the text opens with there (``mail_header``: how many lines it takes and its fields), or None;
    and the index of the header's date line (``date_line``), or None. The title, the publication date, the mail's
    date and where the story starts are read from it."""

    lines: list[str]
    ends: list[int]
    start: int
    header: tuple[int, dict[str, str]] | None
    date: int | None

    @classmethod
    def of(cls, text: str) -> Opening:
        raw, ends = [], []
        for line, end in _lines(text):
            raw.append(line)
            ends.append(end)
        lines = [line.strip() for line in raw]
        start = next((i for i, line in enumerate(lines) if line), len(lines))
        # (the header unstripped: an indented line continues a header field)
        return cls(lines, ends, start, mail_header(raw[start:]), _date_index(lines))


def _date_index(lines: list[str]) -> int | None:
    """The index of the date line among ``lines`` (stripped; ``date_line``), or None."""
    from ..anchor import parse_published

    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        if len(line) <= DATE_LINE and any(c.isdigit() for c in line) and parse_published(line) is not None:
            return i
    return None


def guess_title(opening: Opening) -> str | None:
    """The title of a text: a mail's ``Subject:`` when the text opens with a mail header (``mail_header``: pasted
    from an e-mail), else its first line that looks like one (module docstring)."""
    lines, header = opening.lines, opening.header
    if header is not None:
        title = subject(header[1])
        if title is not None and len(title) <= MAX_TITLE:
            return title
        lines = lines[opening.start + header[0]:]  # the text past the header, its first title-like line
    for line in lines:
        if not line:
            continue
        if len(line.split()) <= 2:  # "All news", "Politics": a crumb, not a headline
            continue
        if parse_dateline(line) is not None:  # "MOSCOW, December 4. /TASS/. Russian President ... met Turkish": the
            return None  # story's first line, hard-wrapped, not a headline
        if len(line) <= MAX_TITLE and line[-1] not in ".!?:;,\"”'":
            return line
        return None
    return None


def mail_date(opening: Opening) -> str | None:
    """The ``Date:`` of the mail header a text pasted from an e-mail opens with (``mail_header``), else None."""
    return sent(opening.header[1]) if opening.header is not None else None


def date_line(opening: Opening) -> str | None:
    """The line of the text's header (its first ``HEADER_LINES`` non-empty lines, past a site's menu) that is a
    date alone, "January 25, 2025" (``anchor.parse_published`` reads it), as the article's publication date; else
    None. A page copied as text gives its date so, under its title: it was read as no date, the article left with
    no anchor and "pass --reference-date" as the fix, which dates every file of a folder alike (nu44)."""
    return opening.lines[opening.date] if opening.date is not None else None


def header_end(opening: Opening) -> int:
    """Where the story of a text that opens with a header, its title (and kicker or byline) and a date line, starts:
    the end of the date line (``date_line``), when no line above it is a sentence of the story or its dateline; else
    0. The header is what the reader took the title and publication date from, and no story: the title line and the
    date line under it were read as one sentence ("Remarks by President Biden and Prime Minister Albanese Before
    Bilateral Meeting / 2023-10-25"), a meeting dated by the page's date (mailtxt50). A text pasted from an e-mail
    starts no earlier than past its mail header (``mail_header``): its ``Date:`` line was read as an event on the
    mail's day and its ``Subject:`` as a second one, the story's own (fixmail51)."""
    return max(_past_mail(opening), _past_date_line(opening))


def _past_mail(opening: Opening) -> int:
    """The end of the mail header's last line a text pasted from an e-mail opens with (``mail_header``), else 0."""
    header = opening.header
    return opening.ends[opening.start + header[0] - 1] if header is not None and header[0] > 0 else 0


def _past_date_line(opening: Opening) -> int:
    """The end of the header's date line (``date_line``) when no line above it is a sentence of the story or its
    dateline, else 0 (``header_end``)."""
    if opening.date is None:
        return 0
    for line in opening.lines[:opening.date]:
        if line and (len(line) > MAX_TITLE or line[-1] in ".!?;" or parse_dateline(line) is not None):
            return 0  # a line of the story above the date: the date is the story's, not the header's
    return opening.ends[opening.date]


def first_line_object(text: str) -> bool:
    """Is the first line of ``text`` with anything on it one JSON object (a JSON Lines file's first record)? Lines
    end in \n, \r\n or a lone \r, as the JSON Lines reader splits them."""
    first = re.split(r"\r\n|\r|\n", text.lstrip(), maxsplit=1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def json_document(text: str) -> dict | list | None:
    """``text`` as one JSON document, when it is a whole array or object; else None."""
    try:
        document = json.loads(text)
    except ValueError:
        return None
    return document if isinstance(document, (dict, list)) else None


def json_records_format(text: str) -> tuple[str, str] | None:
    """("JSON Lines", ".jsonl") for a text whose first line is a JSON object, ("JSON", ".json") for one that is a
    JSON document as a whole (an array or object), else None. A records export saved as .txt was read as one
    article: its records run together, their JSON syntax in every sentence, their dates and ids unread (ux39)."""
    start = text.lstrip()
    if not start.startswith(("{", "[")):
        return None
    if first_line_object(start):
        return "JSON Lines", ".jsonl"
    return ("JSON", ".json") if json_document(start) is not None else None


HEADER_CELL = 40  # characters: a column's name ("published", "article_title"), not a sentence


def tab_table(text: str) -> bool:
    """Is ``text`` a tab-separated table: a header row of two or more short names, and every row under it as many
    cells? Excel on Windows saves a sheet as "Unicode Text" with the suffix .txt: it was read as one article, its
    header "id\ttitle\tpublished\ttext" the title and its stories run together (newuser49)."""
    if "\t" not in text.lstrip().split("\n", 1)[0]:
        return False
    try:
        rows = [row for row in csv.reader(io.StringIO(text.lstrip()), delimiter="\t") if any(map(str.strip, row))]
    except csv.Error:  # a cell longer than the csv module's limit: left to be read as text
        return False
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    header, body = rows[0], rows[1:]
    names = all(0 < len(cell.strip()) <= HEADER_CELL and cell.strip()[-1] not in ".!?:;," for cell in header)
    return names and all(len(row) == len(header) for row in body)


def read_txt(path: Path, fields: Fields = Fields(), encoding: str | None = None) -> Iterator[Article]:
    text = decode(path.read_bytes(), path, encoding=encoding)
    if not text.strip():
        raise InputError(str(path), "the file is empty", "remove it or add the article text")
    kind = json_records_format(text)
    if kind is not None:
        name, suffix = kind
        raise InputError(str(path), f"{name} records, not an article's plain text",
                         f"rename it to {suffix}: mv {shlex.quote(str(path))} "
                         f"{shlex.quote(str(path.with_suffix(suffix)))}")
    if tab_table(text):
        raise InputError(str(path), "a tab-separated table (a header row and rows, as Excel's \"Unicode Text\" "
                                    "saves a sheet), not an article's plain text",
                         f"rename it to .tsv: mv {shlex.quote(str(path))} {shlex.quote(str(path.with_suffix('.tsv')))}")
    opening = Opening.of(text)  # (its lines, mail header and date line, read once for all four)
    yield Article(id=path.stem, text=text, title=guess_title(opening), published=date_line(opening), path=str(path),
                  header_end=header_end(opening), mail_date=mail_date(opening))
