"""The ``timex`` job: tag temporal expressions and write TimeML, one file per article.

A ``.tml`` input keeps its ``<TEXT>`` character for character and its DCT,
which is the anchor; the output has the same file name, so any TempEval-3
scorer can pair gold and system files. Other articles are anchored exactly as
in a build (``anchor.anchor_set``: metadata, dateline, --year,
--reference-date, and the year of the set for datelines that give none) and
written as ``<id>.tml``, with the DCT ``XXXX-XX-XX`` (TimeML's unspecified date) when no anchor was found;
a ``.tml`` input with that DCT is read back and anchored as such an article is (dateline, --reference-date ...),
its DCT kept as written. A text is read as ``build`` reads it, through its view (``text_view``: CRLF, no-break and
zero-width spaces, soft hyphens, entities made plain), and tagged in the text as given (basis49).

Every input is accounted for as in a build: a file or record that cannot be
read comes back as a ``Skipped`` with the reason and the fix, so the command
can list it instead of writing fewer files without a word; an article whose tagging raises an
unexpected error (a bug) comes back as a ``Failed`` naming it (``failure``), and the others are tagged;
so does a file whose reading raises one (the articles read from it before stay).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .anchor import anchor_set
from .errors import InputError
from .evaluate.tbaq import dct_date
from .export.timeml import write_timeml
from .failure import guarded, guarded_read
from .ingest import input_files, read_file, unique_ids
from .ingest.copies import read_once
from .ingest.tml import TmlDocument, dct_unknown, read_tml, tml_to_article
from .model import Anchor, Article, Failed, Mention, Skipped
from .settings import Settings
from .temporal import find_mentions
from .temporal.numeric_dates import order_shown
from .temporal.timeml import timeml_mentions
from .text_view import TextView, read_all, span_to_source

_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True, slots=True)
class Source:
    """One article to tag and its anchor; ``doc`` is the TimeML document of a .tml input. ``article`` holds its text
    as the rules read it, as ``build`` reads it (``text_view``: no-break spaces, CRLF ... made plain), the anchor's
    offsets are into that text, and ``view`` takes them back to the text as given (None: the same text)."""

    article: Article
    anchor: Anchor
    doc: TmlDocument | None = None
    view: TextView | None = None

    @property
    def given(self) -> str:
        """The article's text as given."""
        return self.view.source if self.view is not None else self.article.text

    def mentions(self, find: Callable[..., list[Mention]]) -> list[Mention]:
        """The temporal expressions ``find`` (``find_mentions``, or ``dates_shown``: as the caller names it) finds in
        the text read, with their spans and texts in the text as given. ``find`` is called as ``find_mentions`` is: the
        text, the anchor's day and ``day_first``, the order the article's metadata date shows
        (``numeric_dates.order_shown``)."""
        return [span_to_source(m, self.view) for m in find(self.article.text, self.anchor.date,
                                                            day_first=order_shown(self.article.published))]


def dates_shown(text: str, anchor: dt.date | None, *, day_first: bool | None = None) -> list[Mention]:
    """What ``timeline dates`` lists for a text (the ``find`` it hands ``Source.mentions``): its temporal expressions
    (``find_mentions``) and after them the numbers-only days of the month those leave unread
    (``numeric_dates.left_unread``, handed what was found, not reading the text again)."""
    from .temporal import find_mentions  # (looked up at the call, as the command did: a test replaces it there)
    from .temporal.numeric_dates import left_unread

    found = find_mentions(text, anchor, day_first=day_first)
    return found + left_unread(text, anchor, day_first=day_first, found=found)


@dataclass(frozen=True, slots=True)
class Tagged:
    """One written .tml file: where, the mentions it holds, the anchor they were resolved against, the article."""

    path: Path
    mentions: list[Mention]
    anchor: Anchor
    doc: TmlDocument | None = None
    article: Article | None = None


def read_inputs(inputs: Iterable[str | Path], settings: Settings) -> list[Source | Skipped | Failed]:
    """Every article of ``inputs`` with its anchor, or a ``Skipped``, or a ``Failed`` for a file whose reading
    raised an unexpected error (re-raised with ``settings.fail_fast``), in input order.

    The articles are anchored as one set, as ``build`` does, so a yearless
    dateline gets the year a build gives it. A .tml document takes part in the
    set (its DCT is its metadata date) but is anchored on its own DCT.
    """
    records: list[Article | Skipped | Failed] = []
    docs: dict[int, TmlDocument] = {}
    files = input_files(inputs)
    for path in files:
        if path.suffix.lower() != ".tml":
            records.extend(read_file(path, settings.fields, settings.fail_fast, len(files) > 1, settings.encoding))
            continue
        for item in guarded_read(_read_tml(path, settings.encoding), str(path), settings.fail_fast, len(files) > 1):
            if isinstance(item, tuple):
                doc, item = item
                docs[len(records)] = doc
            records.append(item)
    records = list(unique_ids(read_once(records)))
    records, views = read_all(records)  # read as build reads them (``text_view``)
    articles = [(i, r) for i, r in enumerate(records) if isinstance(r, Article)]
    anchors = anchor_set([a for _, a in articles], year=settings.year, reference_date=settings.reference_date,
                         run_date=settings.run_date)
    out: list[Source | Skipped | Failed] = list(records)
    for (i, article), anchor in zip(articles, anchors):
        doc = docs.get(i)
        if doc is not None and not dct_unknown(doc.dct):  # (an unknown DCT: anchored as the set anchors it)
            anchor = Anchor(dct_date(doc), "metadata", "metadata")
        out[i] = Source(article, anchor, doc, views.get(article.id))
    return out


def _read_tml(path: Path, encoding: str | None = None) -> Iterator[tuple[TmlDocument, Article] | Skipped]:
    """A .tml file's document and article, or a ``Skipped`` naming what is wrong with it."""
    try:
        doc = read_tml(path, encoding)
        if not dct_unknown(doc.dct):
            dct_date(doc, path)
    except InputError as err:
        yield Skipped(str(path), err.problem + (f" ({err.fix})" if err.fix else ""))
        return
    yield doc, tml_to_article(doc, str(path))


def tag_inputs(inputs: Iterable[str | Path], outdir: Path,
               settings: Settings) -> Iterator[Tagged | Skipped | Failed]:
    """Tag every article in ``inputs``: a ``Tagged`` per file written, a ``Skipped`` per input that was not
    read, a ``Failed`` per article whose tagging raised or file whose reading raised (unless
    ``settings.fail_fast``: then it is re-raised)."""
    outdir = Path(outdir)
    for item in read_inputs(inputs, settings):
        if isinstance(item, (Skipped, Failed)):
            yield item
            continue
        mentions = guarded(lambda: item.mentions(lambda text, day, **how: timeml_mentions(find_mentions(text, day, **how))),
                           item.article, settings.fail_fast, "tagged")
        if isinstance(mentions, Failed):
            yield mentions
            continue
        yield tag_source(item, outdir, mentions)  # writing is outside the guard: a full disk is no article's bug


def tag_source(source: Source, outdir: Path, mentions: list[Mention]) -> Tagged:
    """Write one article and its ``mentions`` as TimeML: a .tml input under its own name with its own DCT, others
    as ``<id>.tml``."""
    article, anchor, doc = source.article, source.anchor, source.doc
    if doc is not None:
        out = write_timeml(outdir / Path(article.path).name, doc.text, mentions, docid=doc.docid, dct=doc.dct)
    else:
        name = _UNSAFE.sub("_", article.id).strip("_") or "article"
        dct = anchor.date.isoformat() if anchor.date else "XXXX-XX-XX"
        out = write_timeml(outdir / f"{name}.tml", source.given, mentions, docid=article.id, dct=dct)
    return Tagged(out, mentions, anchor, doc, article)


def describe_anchor(anchor: Anchor, doc: TmlDocument | None = None) -> str:
    """``2024-12-26 (dateline, year from corpus; year_inferred)``: the anchor and where it came from."""
    if doc is not None and not dct_unknown(doc.dct):
        return f"{anchor.date} (the document's DCT)"
    if anchor.date is None:
        return "none" + (f" ({'; '.join(anchor.flags)})" if anchor.flags else "")
    where = anchor.source + (f", year from {anchor.year_source}" if anchor.year_source not in (None, anchor.source) else "")
    return f"{anchor.date} ({where}" + (f"; {'; '.join(anchor.flags)}" if anchor.flags else "") + ")"
