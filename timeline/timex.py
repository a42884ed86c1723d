"""The ``timex`` job: tag temporal expressions and write TimeML, one file per article.

A ``.tml`` input keeps its ``<TEXT>`` character for character and its DCT,
which is the anchor; the output has the same file name, so any TempEval-3
scorer can pair gold and system files. Other articles are anchored as in a
build (metadata, dateline, --reference-date) and written as ``<id>.tml``.

Every input is accounted for as in a build: a file or record that cannot be
read comes back as a ``Skipped`` with the reason and the fix, so the command
can list it instead of writing fewer files without a word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .anchor import article_anchor
from .dateline import parse_dateline
from .errors import InputError
from .evaluate.tbaq import dct_date
from .export.timeml import write_timeml
from .ingest import input_files, read_file
from .ingest.tml import read_tml
from .model import Article, Mention, Skipped
from .settings import Settings
from .temporal import find_mentions
from .temporal.timeml import timeml_mentions

_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True, slots=True)
class Tagged:
    """One written .tml file: where, the mentions it holds, the anchor they were resolved against."""

    path: Path
    mentions: list[Mention]
    anchor: dt.date | None


def tag_inputs(inputs: Iterable[str | Path], outdir: Path, settings: Settings) -> Iterator[Tagged | Skipped]:
    """Tag every article in ``inputs``: a ``Tagged`` per file written, a ``Skipped`` per input that was not."""
    outdir = Path(outdir)
    for path in input_files(inputs):
        if path.suffix.lower() == ".tml":
            try:
                doc = read_tml(path)
                anchor = dct_date(doc, path)
            except InputError as err:
                yield Skipped(str(path), err.problem + (f" ({err.fix})" if err.fix else ""))
                continue
            mentions = timeml_mentions(find_mentions(doc.text, anchor))
            out = write_timeml(outdir / path.name, doc.text, mentions, docid=doc.docid, dct=doc.dct)
            yield Tagged(out, mentions, anchor)
            continue
        for record in read_file(path, settings.fields):
            yield record if isinstance(record, Skipped) else _tag_article(record, outdir, settings)


def _tag_article(article: Article, outdir: Path, settings: Settings) -> Tagged:
    anchor = article_anchor(article, parse_dateline(article.text), year=settings.year,
                            reference_date=settings.reference_date, run_date=settings.run_date)
    mentions = timeml_mentions(find_mentions(article.text, anchor.date))
    name = _UNSAFE.sub("_", article.id).strip("_") or "article"
    dct = anchor.date.isoformat() if anchor.date else "XXXX-XX-XX"
    out = write_timeml(outdir / f"{name}.tml", article.text, mentions, docid=article.id, dct=dct)
    return Tagged(out, mentions, anchor.date)
