"""The main job: article files in, a chronology out.

    result = timeline.build(["data/samples"], settings=Settings(run_date=today))
    result.events      # DataFrame, one row per event, sorted by date
    result.articles    # DataFrame, one row per input record: ok or skipped, and why
    result.write("outputs/")

Per-article work (dateline, anchor, dates, actors, events) is independent and
runs in a process pool with ``workers > 1``; the only cross-article steps are
the year of datelines that give none (from the other articles of the set) and
the table at the end.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .actors import ActorMention, ActorRegistry, canonical_key, find_actors
from .anchor import article_anchor
from .dateline import parse_dateline
from .events import extract_events
from .ingest import read_articles
from .model import Anchor, Article, Event, Mention, Skipped
from .settings import Settings
from .merge import merge
from .table import mentions_frame, to_frame
from .temporal import find_mentions

ARTICLE_COLUMNS = ("article_id", "status", "reason", "path", "record", "title", "anchor_date", "anchor_source",
                   "year_source", "dateline", "dateline_place", "events", "flags")


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: Article
    anchor: Anchor
    events: tuple[Event, ...]
    mentions: tuple[Mention, ...]
    actors: tuple[ActorMention, ...]


@dataclass
class Result:
    """What a build produced: the events table, the article manifest, the actors."""

    events: pd.DataFrame  # one row per real-world event (reports merged)
    articles: pd.DataFrame  # one row per input record
    actors: pd.DataFrame = field(default_factory=pd.DataFrame)  # one row per canonical actor
    mentions: pd.DataFrame = field(default_factory=pd.DataFrame)  # one row per report of an event

    @property
    def skipped(self) -> pd.DataFrame:
        return self.articles[self.articles["status"] == "skipped"]

    def to_csv(self, outdir: str | os.PathLike) -> list[Path]:
        from .export.tables import write_csv

        return write_csv(self, Path(outdir))

    def to_html(self, path: str | os.PathLike, *, lanes: str = "type", title: str | None = None) -> Path:
        from .render import to_html

        return to_html(self.events, Path(path), lanes=lanes, title=title)

    def write(self, outdir: str | os.PathLike, *, lanes: str = "type", title: str | None = None) -> list[Path]:
        """events.csv, mentions.csv, articles.csv, actors.csv and timeline.html in ``outdir``."""
        outdir = Path(outdir)
        outdir.mkdir(parents=True, exist_ok=True)
        written = self.to_csv(outdir)
        written.append(self.to_html(outdir / "timeline.html", lanes=lanes, title=title))
        return written


def process_article(article: Article, settings: Settings, corpus_year: int | None = None) -> ArticleResult:
    """Dateline, anchor, dates, actors and events of one article."""
    dateline = parse_dateline(article.text)
    anchor = article_anchor(article, dateline, year=settings.year, reference_date=settings.reference_date,
                            run_date=settings.run_date, corpus_year=corpus_year)
    body = dateline.body_start if dateline else 0
    mentions = find_mentions(article.text, anchor.date, start=body)
    actors = find_actors(article.text, aliases=dict(settings.aliases) or None)
    events = extract_events(article, anchor, mentions, actors, body)
    return ArticleResult(article, anchor, tuple(events), tuple(mentions), tuple(actors))


def _unique_ids(records: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
    """Give a repeated article id a suffix (#2, #3 ...) so that no event is confused."""
    seen: Counter[str] = Counter()
    for record in records:
        if isinstance(record, Article):
            seen[record.id] += 1
            if seen[record.id] > 1:
                record = dataclasses.replace(record, id=f"{record.id}#{seen[record.id]}")
        yield record


def _corpus_year(results: Iterable[ArticleResult]) -> int | None:
    years = Counter(r.anchor.date.year for r in results if r.anchor.date and r.anchor.year_source in ("metadata", "dateline"))
    return years.most_common(1)[0][0] if years else None


def build(paths: Iterable[str | os.PathLike], settings: Settings = Settings()) -> Result:
    """Read every article in ``paths`` and build the chronology."""
    records = list(_unique_ids(read_articles(paths, settings.fields)))
    articles = [r for r in records if isinstance(r, Article)]
    results = _run(articles, settings, None)
    # Datelines with no year and nothing else to go on take the year of the set.
    corpus_year = _corpus_year(results)
    if corpus_year is not None:
        redo = [i for i, r in enumerate(results) if r.anchor.date is None and r.anchor.source == "none"
                and r.anchor.dateline is not None and r.anchor.dateline.month]
        for i, again in zip(redo, _run([results[i].article for i in redo], settings, corpus_year)):
            results[i] = again
    by_id = {r.article.id: r for r in results}
    registry = ActorRegistry(aliases=dict(settings.aliases) or None)
    for r in results:
        registry.add(r.article.id, r.actors)
    mentions = [e for r in results for e in _canonical_actors(r, registry)]
    events, membership = merge(mentions)
    return Result(
        events=to_frame(events),
        articles=_manifest(records, by_id),
        actors=registry.to_frame(),
        mentions=mentions_frame(mentions, membership),
    )


def _run(articles: list[Article], settings: Settings, corpus_year: int | None) -> list[ArticleResult]:
    if settings.workers > 1 and len(articles) > 1:
        with ProcessPoolExecutor(settings.workers) as pool:
            chunk = max(1, len(articles) // (settings.workers * 4))
            parts = pool.map(_work, articles, [settings] * len(articles), [corpus_year] * len(articles),
                             chunksize=chunk)
            return [ArticleResult(a, *part) for a, part in zip(articles, parts)]
    return [process_article(a, settings, corpus_year) for a in articles]


def _work(article: Article, settings: Settings, corpus_year: int | None) -> tuple:
    """process_article in a worker process; the article itself is not sent back (the parent has it)."""
    r = process_article(article, settings, corpus_year)
    return r.anchor, r.events, r.mentions, r.actors


def _canonical_actors(result: ArticleResult, registry: ActorRegistry) -> list[Event]:
    """One name per actor across articles ("Sergey Lavrov" and "Sergei Lavrov")."""
    keys = {m.name: m.key for m in result.actors}

    def canon(name: str | None) -> str | None:
        if not name:
            return name
        try:
            return registry.canonical(keys.get(name) or canonical_key(name))
        except KeyError:  # a name the registry never saw as a mention: keep it as written
            return name

    out = []
    for e in result.events:
        actors = tuple(dict.fromkeys(canon(a) for a in e.actors))
        out.append(dataclasses.replace(e, actors=actors, actor1=canon(e.actor1), actor2=canon(e.actor2)))
    return out


def _manifest(records: list[Article | Skipped], by_id: dict[str, ArticleResult]) -> pd.DataFrame:
    rows = []
    for record in records:
        if isinstance(record, Skipped):
            rows.append({"article_id": record.id, "status": "skipped", "reason": record.reason, "path": record.path,
                         "record": record.record})
            continue
        r = by_id[record.id]
        dateline = r.anchor.dateline
        rows.append({
            "article_id": record.id, "status": "ok", "reason": None, "path": record.path, "record": record.record,
            "title": record.title,
            "anchor_date": r.anchor.date.isoformat() if r.anchor.date else None,
            "anchor_source": r.anchor.source, "year_source": r.anchor.year_source,
            "dateline": record.text[dateline.start:dateline.end].strip() if dateline else None,
            "dateline_place": dateline.place if dateline else None,
            "events": len(r.events),
            "flags": "; ".join(r.anchor.flags) or None,
        })
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    return frame.astype({"record": "Int64", "events": "Int64"})
