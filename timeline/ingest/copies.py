"""The same text given twice: a page saved twice under two file names, a story in two feeds under different ids, a
feed exported twice under the same ids.

Each copy was read as an article of its own, so every event dated to a month or undated (which ``merge`` does not
join across articles by day) came out twice, and nothing said that two inputs held one text (newuser50: the same
White House readout pasted into two .txt files). ``read_once`` reads the first and skips each later copy, a
``Skipped`` whose reason names the first (its id and file), so every input is still accounted for in articles.csv and
the run's report. Same text is the same body once runs of whitespace are one space, not a near-duplicate: an update
of a story, one word changed, is a story of its own.

A copy under the id of the earlier record is skipped alike (copyid51): it was read as ``ID#2`` and flagged, with a
note to leave it out, but its month-dated and undated events came out twice all the same. Only a later record of
that id with another text is left to ``unique_ids``, which reads it as ``ID#2`` and says so (two files of one name in
two folders, whose ids come from the name; the same file named twice, or by two paths, is read once by
``expand_paths``). A blank text is the same as a blank one under its id only: it holds no story. The gate's scorers read no input through either: they take
each gold article by its id, and no gold set names an id twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

from ..model import Article, Failed, Skipped

_SPACE = re.compile(r"\s+")


def _where(article: Article) -> str:
    return article.path if article.record is None else f"{article.path}:{article.record}"


def _digest(text: str) -> bytes:
    """What ``read_once`` knows a text by: a digest of it with its whitespace runs as one space, not that normalised
    copy of it (a build keeps every text already: the copies were a second one of each)."""
    # ("surrogatepass": a JSON string may escape a lone surrogate, "\ud800", which UTF-8 refuses; each is encoded one
    # to one, so the text is told from any other)
    return hashlib.blake2b(_SPACE.sub(" ", text).strip().encode("utf-8", "surrogatepass"), digest_size=32).digest()


_BLANK = _digest("")


def read_once(records: Iterable[Article | Skipped | Failed]) -> Iterator[Article | Skipped | Failed]:
    """The records, each article whose text (whitespace runs as one space) an earlier article holds, under its id or
    another, skipped with the reason (module docstring)."""
    first: dict[tuple[bytes, str | None], Article] = {}
    for record in records:
        if isinstance(record, Article):
            key = _digest(record.text)
            # (a blank text, a TimeML file's empty <TEXT>, is the same text as an earlier blank one of its id only)
            earlier = first.setdefault((key, record.id if key == _BLANK else None), record)
            if earlier is not record:
                yield Skipped(record.path, f"the same text as {earlier.id!r} ({_where(earlier)}), read once there "
                                           "(a copy's events would count twice)", record=record.record, id=record.id)
                continue
        yield record
