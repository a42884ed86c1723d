"""The main job: article files in, a chronology out.

    result = timeline.build(["data/samples"], settings=Settings(run_date=today))
    result.events      # DataFrame, one row per event, sorted by date
    result.articles    # DataFrame, one row per input record: ok, skipped or failed, and why
    result.write("outputs/")

Per-article work (dateline, anchor, dates, actors, events) is independent and
runs in a process pool with ``workers > 1``; the only cross-article steps are
the anchors (``anchor_set``: the year of datelines that give none comes from the
other articles of the set; ``timex`` and ``dates`` anchor the same way) and the
table at the end. An unexpected error in one article's work (a bug) fails that article alone
(``failure``): it is listed in the manifest with the error and where it happened, and gets no events.
So does one in a reader: the file is listed as failed (no anchor), the articles read from it before stay.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .actors import ActorMention, ActorRegistry, canonical_key, find_actors
from .boilerplate import boilerplate_sentences, sentence_key
from .comments import comments_start
from .anchor import anchor_set, article_anchor
from .article_lead import lead
from .lead_furniture import story_starts
from .dateline import parse_dateline
from .events import extract_events
from .failure import guarded
from .ingest import OTHER_TEXT, REPEATED_ID, read_articles, unique_ids
from .ingest import field_case, field_default
from .ingest.copies import read_once
from .ingest.schemas import FLAG as SCHEMA_FLAG
from .model import Anchor, Article, Dateline, Event, Failed, Mention, Skipped
from .settings import Settings
from .merge import merge
from .no_events import NoEvents, reason as no_event_reason, said as no_events_said
from .table import ARTICLE_COLUMNS, mentions_frame, to_frame
from .temporal import find_mentions
from .temporal.numeric_dates import order_shown
from .temporal.sunday_week import sunday_weeks
from .text_view import TextView, sentences_to_source, to_source
from . import text_view, title_field



@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: Article
    anchor: Anchor
    events: tuple[Event, ...]
    mentions: tuple[Mention, ...]
    actors: tuple[ActorMention, ...]
    comments: int | None = None  # where readers' comments begin in the text (``comments_start``)


@dataclass
class Result:
    """What a build produced: the events table, the article manifest, the actors."""

    events: pd.DataFrame  # one row per real-world event (reports merged)
    articles: pd.DataFrame  # one row per input record
    actors: pd.DataFrame = field(default_factory=pd.DataFrame)  # one row per canonical actor
    mentions: pd.DataFrame = field(default_factory=pd.DataFrame)  # one row per report of an event
    # article id -> the start of its text, for each article with no title (``article_lead``): what the chronology
    # list under timeline.html shows for it; in no table
    leads: dict[str, str] = field(default_factory=dict)
    # each article read that gave no event, and why (``no_events``): the run's report, articles.csv's reason, the page
    no_events: list[NoEvents] = field(default_factory=list)

    @property
    def skipped(self) -> pd.DataFrame:
        return self.articles[self.articles["status"] == "skipped"]

    @property
    def failed(self) -> pd.DataFrame:
        """The input records that failed on an unexpected error (a bug in timeline): articles whose processing raised,
        and files whose reading raised (one row each, no anchor; the articles read from it before stay)."""
        return self.articles[self.articles["status"] == "failed"]

    def to_csv(self, outdir: str | os.PathLike) -> list[Path]:
        from .export.tables import write_csv

        return write_csv(self, Path(outdir))

    def to_html(self, path: str | os.PathLike, *, lanes: str = "type", title: str | None = None) -> Path:
        """timeline.html; without ``title``, one that says what it holds ("Timeline of 141 articles dated
        Mar 2011 – Dec 2024", ``render.default_title``)."""
        from .render import to_html

        return to_html(self.events, Path(path), lanes=lanes, title=title, articles=self.articles, leads=self.leads,
                       mentions=self.mentions)

    def write(self, outdir: str | os.PathLike, *, lanes: str = "type", title: str | None = None) -> list[Path]:
        """events.csv, mentions.csv, articles.csv, actors.csv and timeline.html in ``outdir``."""
        outdir = Path(outdir)
        outdir.mkdir(parents=True, exist_ok=True)
        from .export.tables import write_csv

        written = write_csv(self, outdir, also=(outdir / "timeline.html",))
        written.append(self.to_html(outdir / "timeline.html", lanes=lanes, title=title))
        return written


def process_article(article: Article, settings: Settings, corpus_year: int | None = None,
                    anchor: Anchor | None = None) -> ArticleResult:
    """Dateline, anchor, dates, actors and events of one article; ``anchor`` when the set's
    anchors are already known (``anchor_set`` of the articles as given), else the article's own.

    The text is read as ``build`` reads it, through its view (``text_view``: line ends, no-break and zero-width
    spaces, soft hyphens, NFD, entities made plain), and every offset of the result, its events' sentences and date
    texts and its mentions' and actors' texts are in the text as given, which the result's article holds. (Until the
    forty-fourth session's ``basis49`` this entry read the text as given, so a Windows copy's events were not its
    clean copy's.)"""
    read, v = text_view.read(article)
    if v is None:
        return _process(article, settings, corpus_year, anchor)
    r = _process(read, settings, corpus_year, text_view.anchor_to_view(anchor, v) if anchor else None)
    given = {article.id: v}
    return ArticleResult(article, text_view.anchor_to_source(r.anchor, v),
                         tuple(text_view.to_source(e, given) for e in r.events),
                         tuple(text_view.span_to_source(m, v) for m in r.mentions),
                         tuple(text_view.span_to_source(a, v) for a in r.actors),
                         None if r.comments is None else v.starts[r.comments])


def _process(article: Article, settings: Settings, corpus_year: int | None = None,
             anchor: Anchor | None = None) -> ArticleResult:
    """``process_article`` of the text as it is (``build`` reads each article through its view first)."""
    if anchor is None:
        anchor = article_anchor(article, parse_dateline(article.text), year=settings.year,
                                reference_date=settings.reference_date, run_date=settings.run_date,
                                corpus_year=corpus_year)
    body = anchor.body_start
    if article.header_end:  # a .txt's mail header, title and date lines: its header, no sentence of the story
        body = max(body, article.read_at(article.header_end))
    comments = comments_start(article.text)  # readers' comments under the story: no events, no actors
    mentions = sunday_weeks(find_mentions(article.text, anchor.date, start=body,  # the gold's Sunday week
                                          day_first=order_shown(article.published)), anchor.date)
    actors = find_actors(article.text, aliases=dict(settings.aliases) or None, title=article.title)
    if comments is not None:
        actors = [a for a in actors if a.start < comments]
    events = extract_events(article, anchor, mentions, actors, body, comments)
    return ArticleResult(article, anchor, tuple(events), tuple(mentions), tuple(actors), comments)


def build(paths: Iterable[str | os.PathLike] | str | os.PathLike, settings: Settings = Settings(),
          progress: Callable[[int, int], None] | None = None) -> Result:
    """Read every article in ``paths`` (a list of files, folders, globs; or one of them) and build the chronology.
    ``progress(done, total)`` is called as each article's extraction ends (``timeline.progress`` draws it)."""
    records = list(unique_ids(read_once(read_articles(paths, settings.fields, settings.fail_fast, settings.encoding))))
    records, views = text_view.read_all(records)  # as the rules read them
    articles = [r for r in records if isinstance(r, Article)]
    anchors = anchor_set(articles, year=settings.year, reference_date=settings.reference_date,
                         run_date=settings.run_date)
    done = _run(articles, anchors, settings, progress)
    results = [r for r in done if isinstance(r, ArticleResult)]
    failures = {f.id: f for f in done if isinstance(f, Failed)}
    results, dropped = _without_boilerplate(results)
    registry = ActorRegistry(aliases=dict(settings.aliases) or None)
    # the per-article steps after extraction, guarded as extraction is (an article that fails canonical names after
    # its actors were registered leaves them in the registry)
    registered = []
    for r in results:
        added = guarded(lambda: registry.add(r.article.id, r.actors), r.article, settings.fail_fast)
        if isinstance(added, Failed):
            failures[r.article.id] = added
        else:
            registered.append(r)
    mentions: list[Event] = []
    by_id: dict[str, ArticleResult] = {}
    for r in registered:
        canonical = guarded(lambda: _canonical_actors(r, registry), r.article, settings.fail_fast)
        if isinstance(canonical, Failed):
            failures[r.article.id] = canonical
        else:
            mentions.extend(canonical)
            by_id[r.article.id] = r
    events, membership = merge(mentions)
    if views:  # offsets and sentences back into the texts as given (``text_view``)
        events, mentions = _as_given(events, mentions, views)
    manifest = _manifest(records, by_id, failures, dict(zip((a.id for a in articles), anchors)), views)
    _flag_boilerplate(manifest, dropped)
    quiet = [no_event_reason(r.article.id, r.article.text, r.anchor.body_start, r.comments, r.actors, r.mentions,
                             dropped.get(r.article.id, 0))
             for r in by_id.values() if not r.events]
    _say_no_events(manifest, quiet)
    return Result(
        events=to_frame(events),
        articles=manifest,
        actors=registry.to_frame(),
        mentions=mentions_frame(mentions, membership),
        leads=_leads(articles, anchors, views),
        no_events=quiet,
    )


def _as_given(events: list[Event], mentions: list[Event],
              views: dict[str, TextView]) -> tuple[list[Event], list[Event]]:
    """The merged events and the mentions with their spans, sentences and date texts in the texts as given."""
    given = [to_source(m, views) for m in mentions]
    by_sentence = {(m.article_id, m.sentence): g.sentence for m, g in zip(mentions, given)}
    return [sentences_to_source(to_source(e, views), by_sentence) for e in events], given


def _leads(articles: list[Article], anchors: list[Anchor], views: dict[str, TextView]) -> dict[str, str]:
    """The start of the text of each article with no title, past its dateline (``article_lead``) and the page
    furniture it opens with (``lead_furniture``: a site's menu the set's other pages open with too), in the text as
    given (``views``)."""
    untitled = [(a, anchor) for a, anchor in zip(articles, anchors) if not (a.title or "").strip()]
    starts = story_starts([a.text for a, _ in untitled], [anchor.body_start for _, anchor in untitled],
                          [anchor.date for _, anchor in untitled])
    return {a.id: lead(a.text, start, given=views.get(a.id)) for (a, _), start in zip(untitled, starts)}


def _without_boilerplate(results: list[ArticleResult]) -> tuple[list[ArticleResult], dict[str, int]]:
    """The results without the events of sentences repeated across the set (``boilerplate``), and how
    many each article lost."""
    keys = boilerplate_sentences((r.article.id, r.anchor.date, r.events) for r in results)
    if not keys:
        return results, {}
    out, dropped = [], {}
    for r in results:
        kept = tuple(e for e in r.events if sentence_key(e.sentence) not in keys)
        if len(kept) < len(r.events):
            dropped[r.article.id] = len(r.events) - len(kept)
            r = dataclasses.replace(r, events=kept)
        out.append(r)
    return out, dropped


def _flag_boilerplate(manifest: pd.DataFrame, dropped: dict[str, int]) -> None:
    """Say in articles.csv which articles lost events to boilerplate."""
    for i, article_id in manifest["article_id"].items():
        n = dropped.get(article_id)
        if n:
            note = f"boilerplate: {n} event(s) left out, from a sentence repeated across the set"
            old = manifest.at[i, "flags"]
            manifest.at[i, "flags"] = f"{old}; {note}" if isinstance(old, str) and old else note


def _say_no_events(manifest: pd.DataFrame, quiet: list[NoEvents]) -> None:
    """Say in articles.csv's ``reason`` why each article read gave no event (``no_events.said``)."""
    why = {item.article_id: no_events_said(item) for item in quiet}
    for i, article_id in manifest["article_id"].items():
        if article_id in why and manifest.at[i, "status"] == "ok":
            manifest.at[i, "reason"] = why[article_id]


def _run(articles: list[Article], anchors: list[Anchor], settings: Settings,
         progress: Callable[[int, int], None] | None = None) -> list[ArticleResult | Failed]:
    tell = progress or (lambda done, total: None)
    out: list[ArticleResult | Failed] = []
    if settings.workers > 1 and len(articles) > 1:
        with ProcessPoolExecutor(settings.workers) as pool:
            chunk = worker_chunk(len(articles), settings.workers)
            parts = pool.map(_work, articles, anchors, [settings] * len(articles), chunksize=chunk)
            for a, anchor, part in zip(articles, anchors, parts):  # (in order, as they come)
                out.append(part if isinstance(part, Failed) else ArticleResult(a, anchor, *part))
                tell(len(out), len(articles))
        return out
    for a, anchor in zip(articles, anchors):
        out.append(_guarded(a, anchor, settings))
        tell(len(out), len(articles))
    return out


MAX_CHUNK = 16  # articles a worker is sent at a time: the progress line moves as each batch comes back


def worker_chunk(articles: int, workers: int) -> int:
    """Articles per task for ``workers`` processes: a quarter of each one's share, at most MAX_CHUNK. With no cap
    3,200 articles went out in batches of 400, and the progress line stood still for the first 400 (48 s on a
    busy 2-core machine, then "read 1/3200" and "read 401/3200": a new user's huge file, the forty-third
    session's ``newuser47``)."""
    return max(1, min(MAX_CHUNK, articles // (workers * 4)))


def _guarded(article: Article, anchor: Anchor, settings: Settings) -> ArticleResult | Failed:
    """process_article of an article read through its view already (``text_view.read_all``), or a ``Failed`` naming the
    error when it raises one (unless ``settings.fail_fast``)."""
    return guarded(lambda: _process(article, settings, anchor=anchor), article, settings.fail_fast)


def _work(article: Article, anchor: Anchor, settings: Settings) -> tuple | Failed:
    """process_article in a worker process; the article and anchor are not sent back (the parent has them).
    A ``Failed`` comes back as it is (its reason is a string: a traceback would not pickle)."""
    r = _guarded(article, anchor, settings)
    return r if isinstance(r, Failed) else (r.events, r.mentions, r.actors, r.comments)


def _comment_flags(start: int | None) -> tuple[str, ...]:
    if start is None:
        return ()
    return (f"reader_comments: the text from character {start} on is readers' comments, no events taken",)


def _repeated_flags(article: Article) -> tuple[str, ...]:
    """A record read under a new id because an earlier record with another text has its own (``ingest.unique_ids``;
    a copy under it is skipped before, ``ingest.copies``)."""
    if article.repeated_id is None:
        return ()
    return (f"{REPEATED_ID}: {OTHER_TEXT} has the id {article.repeated_id!r}; read as {article.id!r}",)


def _reading_flags(article: Article) -> tuple[str, ...]:
    """How a record was read: the known export schema and its fields (``ingest.schemas``), a text an API cut short
    (``ingest.truncation``), fields that held no text (an object with no name)."""
    return ((f"{SCHEMA_FLAG}: {article.read_as}",) if article.read_as else ()) + (
        (article.truncated,) if article.truncated else ()) + article.unread


def _title_flags(article: Article) -> tuple[str, ...]:
    """A record without the title field asked for, and the fields that look like titles (``title_field``)."""
    return () if article.title_field is None else (title_field.note(article.title_field, article.title_like),)


def _case_flags(article: Article) -> tuple[str, ...]:
    """A record whose fields were read for a default name they match but for case ("Text" for "text")."""
    return (field_case.note(article.field_case),) if article.field_case else ()


def _default_flags(article: Article) -> tuple[str, ...]:
    """A record read at a field's default name, lacking the one an option gave (``ingest.field_default``)."""
    return (field_default.note(article.field_default),) if article.field_default else ()


def _canonical_actors(result: ArticleResult, registry: ActorRegistry) -> list[Event]:
    """One name per actor across articles ("Sergey Lavrov" and "Sergei Lavrov")."""
    keys = {m.name: m.key for m in result.actors}

    def canon(name: str | None) -> str | None:
        if not name:
            return name
        try:
            return registry.canonical(keys.get(name) or canonical_key(name), result.article.id)
        except KeyError:  # a name the registry never saw as a mention: keep it as written
            return name

    out = []
    for e in result.events:
        actors = tuple(dict.fromkeys(canon(a) for a in e.actors))
        out.append(dataclasses.replace(e, actors=actors, actor1=canon(e.actor1), actor2=canon(e.actor2)))
    return out


def _dateline_start(dateline: Dateline) -> int:
    """Where articles.csv's ``dateline`` begins: at the web header when its date stamp gave the dateline's date ("NEW
    YORK | Fri Apr 8, 2011 11:29 pm BST NEW YORK (Reuters) -"), so that a reader sees the words the day came from."""
    return dateline.start if dateline.stamp_start is None else dateline.stamp_start


def _manifest(records: list[Article | Skipped | Failed], by_id: dict[str, ArticleResult],
              failures: dict[str, Failed], anchors: dict[str, Anchor], views: dict[str, TextView]) -> pd.DataFrame:
    """One row per input record: ``ok`` (``by_id``), ``skipped`` (not read) or ``failed`` (``failures``:
    read, anchored, but its processing raised; no events; or a ``Failed`` among the records: a file whose reading
    raised, no anchor). The dateline is written as the text gives it (``views``)."""
    rows = []
    for record in records:
        if isinstance(record, (Skipped, Failed)):
            rows.append({"article_id": record.id, "status": "skipped" if isinstance(record, Skipped) else "failed",
                         "reason": record.reason, "path": record.path, "record": record.record})
            continue
        failure = failures.get(record.id)
        r = by_id.get(record.id) if failure is None else None
        anchor = anchors[record.id]  # (the one anchor_set gave, which its result carries too)
        v = views.get(record.id)
        dateline = text_view.anchor_to_source(anchor, v).dateline
        given = v.source if v is not None else record.text
        rows.append({
            "article_id": record.id, "status": "ok" if r is not None else "failed",
            "reason": failure.reason if failure is not None else None, "path": record.path, "record": record.record,
            "title": record.title,
            "anchor_date": anchor.date.isoformat() if anchor.date else None,
            "anchor_source": anchor.source, "year_source": anchor.year_source,
            "dateline": given[_dateline_start(dateline):dateline.end].strip() if dateline else None,
            "dateline_place": dateline.place if dateline else None,
            "events": len(r.events) if r is not None else 0,
            "flags": "; ".join(_reading_flags(record) + anchor.flags + _repeated_flags(record) + _title_flags(record)
                               + _case_flags(record) + _default_flags(record)
                               + (_comment_flags(r.comments) if r is not None else ())) or None,
        })
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    return frame.astype({"record": "Int64", "events": "Int64"})
