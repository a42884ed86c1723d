"""The ``timex`` job: tag temporal expressions and write TimeML, one file per article.

A ``.tml`` input keeps its ``<TEXT>`` character for character and its DCT,
which is the anchor; the output has the same file name, so any TempEval-3
scorer can pair gold and system files. Other articles are anchored as in a
build (metadata, dateline, --reference-date) and written as ``<id>.tml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .anchor import article_anchor
from .dateline import parse_dateline
from .evaluate.tbaq import dct_date
from .export.timeml import write_timeml
from .ingest import expand_paths, read_file
from .ingest.tml import read_tml
from .model import Article, Mention
from .settings import Settings
from .temporal import find_mentions
from .temporal.timeml import timeml_mentions

_UNSAFE = re.compile(r"[^\w.\-]+")


def tag_inputs(inputs: Iterable[str | Path], outdir: Path, settings: Settings) -> Iterator[tuple[Path, list[Mention], dt.date | None]]:
    """Tag every article in ``inputs``; yield (written path, mentions, anchor) per article."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for path in expand_paths(inputs):
        if path.suffix.lower() == ".tml":
            doc = read_tml(path)
            anchor = dct_date(doc, path)
            mentions = timeml_mentions(find_mentions(doc.text, anchor))
            out = write_timeml(outdir / path.name, doc.text, mentions, docid=doc.docid, dct=doc.dct)
            yield out, mentions, anchor
            continue
        for record in read_file(path, settings.fields):
            if not isinstance(record, Article):
                continue  # reported by `timeline build`; nothing to tag
            yield _tag_article(record, outdir, settings)


def _tag_article(article: Article, outdir: Path, settings: Settings) -> tuple[Path, list[Mention], dt.date | None]:
    anchor = article_anchor(article, parse_dateline(article.text), year=settings.year,
                            reference_date=settings.reference_date, run_date=settings.run_date)
    mentions = timeml_mentions(find_mentions(article.text, anchor.date))
    name = _UNSAFE.sub("_", article.id).strip("_") or "article"
    dct = anchor.date.isoformat() if anchor.date else "XXXX-XX-XX"
    out = write_timeml(outdir / f"{name}.tml", article.text, mentions, docid=article.id, dct=dct)
    return out, mentions, anchor.date
