"""Plain-text articles: one article per file.

The whole file is the article text (so character offsets point into the
file as it is on disk, less a byte-order mark). The first non-empty line is
taken as the title when it looks like one: short, not a sentence, and not a
one- or two-word navigation crumb such as "All news".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article
from ..settings import Fields

MAX_TITLE = 200


def decode(data: bytes, path: Path, record: int | None = None) -> str:
    """UTF-8 (with or without a BOM), or an InputError that says how to fix the file."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            str(path),
            f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})",
            f"convert it to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 '{path.name}' > '{path.stem}.utf8{path.suffix}'`",
            record,
        ) from None


def guess_title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line.split()) <= 2:  # "All news", "Politics": a crumb, not a headline
            continue
        if len(line) <= MAX_TITLE and line[-1] not in ".!?:;,\"”'":
            return line
        return None
    return None


def read_txt(path: Path, fields: Fields = Fields()) -> Iterator[Article]:
    text = decode(path.read_bytes(), path)
    if not text.strip():
        raise InputError(str(path), "the file is empty", "remove it or add the article text")
    yield Article(id=path.stem, text=text, title=guess_title(text), path=str(path))
