"""Plain-text articles: one article per file.

The whole file is the article text (so character offsets point into the
file as it is on disk, less a byte-order mark). The first non-empty line is
taken as the title when it looks like one: short, not a sentence, not the
story's dateline line (a hard-wrapped first sentence), and not a one- or
two-word navigation crumb such as "All news", nor a line of the site's menu that opens a page copied from a
browser (``menu_run``: "Skip to content / Accessibility Help / Home / News ...").
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

from ..dateline import parse_dateline
from ..menu_run import menu_end
from ..errors import InputError
from ..model import Article
from ..settings import Fields

MAX_TITLE = 200


def decode(data: bytes, path: Path, record: int | None = None) -> str:
    """UTF-8 (with or without a BOM), or an InputError that says how to fix the file.

    The fix is an iconv command on the path as given (so it can be pasted where
    the command was run), from the encoding the bytes look like: UTF-16 (a
    byte-order mark, or a NUL byte in every other place) or else WINDOWS-1252,
    the usual encoding of text that is not UTF-8; NUL bytes anywhere else mean a
    binary file, for which no conversion helps. Bytes that are valid UTF-8 but hold NUL bytes are no text either
    (UTF-16 of ASCII text without a byte-order mark decodes as UTF-8 with a NUL after every letter).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        bad = err.start
    else:
        if "\x00" not in text[:4096]:
            return text
        bad = data.index(b"\x00")  # valid UTF-8 with NUL bytes: BOM-less UTF-16 of ASCII text, or a binary file
    utf16 = utf16_kind(data)
    if not utf16 and b"\x00" in data[:max(4096, bad + 1)]:
        raise InputError(str(path), "a binary file, not text (it has NUL bytes)",
                         "give article files as UTF-8 text (.txt, .jsonl, .csv, .html) or leave it out", record) from None
    problem = (f"{utf16} text, not UTF-8" if utf16
               else f"not UTF-8 text (byte 0x{data[bad]:02x} at offset {bad})")
    target = path.with_name(f"{path.stem}.utf8{path.suffix}")
    # converted in place (through a temporary file), so the next run reads it instead of skipping the original again
    fix = (f"convert it to UTF-8, e.g. `iconv -f {utf16 or 'WINDOWS-1252'} -t UTF-8 "
           f"{shlex.quote(str(path))} > {shlex.quote(str(target))} && mv {shlex.quote(str(target))} "
           f"{shlex.quote(str(path))}`")
    raise InputError(str(path), problem, fix, record) from None


def utf16_kind(data: bytes) -> str | None:
    """"UTF-16" for bytes with a UTF-16 byte-order mark (iconv reads the order from it),
    "UTF-16LE"/"UTF-16BE" for BOM-less text whose every other byte is mostly NUL; else None."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    sample = data[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.4 * len(odd) and not even.count(0):
        return "UTF-16LE"
    if even.count(0) > 0.4 * len(even) and not odd.count(0):
        return "UTF-16BE"
    return None


def guess_title(text: str) -> str | None:
    for line in text[menu_end(text):].splitlines():  # past a site's menu ("Skip to content / Home / News ...")
        line = line.strip()
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


HEADER_LINES = 5  # title, kicker, byline, date, place: the lines a page copied as text opens with
DATE_LINE = 40  # characters: "Saturday, January 25, 2025 at 5:09 PM"; a longer line is a sentence


def date_line(text: str) -> str | None:
    """The line of the text's header (its first ``HEADER_LINES`` non-empty lines, past a site's menu) that is a
    date alone, "January 25, 2025" (``anchor.parse_published`` reads it), as the article's publication date; else
    None. A page copied as text gives its date so, under its title: it was read as no date, the article left with
    no anchor and "pass --reference-date" as the fix, which dates every file of a folder alike (nu44)."""
    from ..anchor import parse_published

    lines = (line.strip() for line in text[menu_end(text):].splitlines())
    for line in itertools.islice((line for line in lines if line), HEADER_LINES):
        if len(line) <= DATE_LINE and any(c.isdigit() for c in line) and parse_published(line) is not None:
            return line
    return None


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


def read_txt(path: Path, fields: Fields = Fields()) -> Iterator[Article]:
    text = decode(path.read_bytes(), path)
    if not text.strip():
        raise InputError(str(path), "the file is empty", "remove it or add the article text")
    kind = json_records_format(text)
    if kind is not None:
        name, suffix = kind
        raise InputError(str(path), f"{name} records, not an article's plain text",
                         f"rename it to {suffix}: mv {shlex.quote(str(path))} "
                         f"{shlex.quote(str(path.with_suffix(suffix)))}")
    yield Article(id=path.stem, text=text, title=guess_title(text), published=date_line(text), path=str(path))
