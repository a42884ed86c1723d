"""The events table: column schema and ``to_frame``; the column types of every table a build writes (``TYPES``).

Columns follow event-data conventions (ACLED/GDELT users read them at sight).
List-valued fields (actors, flags) are joined with ``"; "`` so the CSV is flat
and round-trips through ``pandas.read_csv`` given the column types
(``export.tables.read_table``: "04" stays a CAMEO code, not the number 4.0).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .model import Event

LIST_SEP = "; "

# (column, dtype) in output order.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"),
    ("event_date", "string"),
    ("date_start", "string"),
    ("date_end", "string"),
    ("precision", "string"),
    ("date_text", "string"),
    ("date_basis", "string"),
    ("event_type", "string"),
    ("event_family", "string"),
    ("cameo", "string"),
    ("plover", "string"),
    ("status", "string"),
    ("actors", "string"),
    ("actor1", "string"),
    ("actor2", "string"),
    ("location", "string"),
    ("location_basis", "string"),
    ("sentence", "string"),
    ("article_id", "string"),
    ("title", "string"),
    ("source", "string"),
    ("url", "string"),
    ("char_start", "Int64"),
    ("char_end", "Int64"),
    ("date_char_start", "Int64"),
    ("date_char_end", "Int64"),
    ("trigger", "string"),
    ("date_rule", "string"),
    ("anchor_date", "string"),
    ("flags", "string"),
)
# events.csv: one row per real-world event, with every report of it (merge.py).
SOURCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("sources", "Int64"),  # distinct articles reporting it
    ("mentions", "Int64"),  # reports merged into it (rows of mentions.csv)
    ("article_ids", "string"),
    # when reports disagree, the days they give, each with the sentences (of any article) that give it:
    # "2018-08-27 (2); 2018-08-28 (1)"; a sentence with two mentions of the event counts once (merge.day_votes)
    ("dates_reported", "string"),
    ("merge_rules", "string"),
    ("source_sentences", "string"),  # joined with SENTENCE_SEP
)
# mentions.csv: one row per report, with the event it joined.
MEMBERSHIP_COLUMNS: tuple[tuple[str, str], ...] = (("merged_event_id", "string"), ("merge_rule", "string"))
SENTENCE_SEP = " || "
COLUMNS = tuple(name for name, _ in EVENT_COLUMNS + SOURCE_COLUMNS)
MENTION_COLUMNS = tuple(name for name, _ in EVENT_COLUMNS + MEMBERSHIP_COLUMNS)
# articles.csv: one row per input record (``pipeline._manifest``).
ARTICLE_TYPES: tuple[tuple[str, str], ...] = (
    ("article_id", "string"), ("status", "string"), ("reason", "string"), ("path", "string"), ("record", "Int64"),
    ("title", "string"), ("anchor_date", "string"), ("anchor_source", "string"), ("year_source", "string"),
    ("dateline", "string"), ("dateline_place", "string"), ("events", "Int64"), ("flags", "string"),
)
ARTICLE_COLUMNS = tuple(name for name, _ in ARTICLE_TYPES)
# actors.csv: one row per canonical actor (``ActorRegistry.to_frame``).
ACTOR_TYPES: tuple[tuple[str, str], ...] = (
    ("name", "string"), ("key", "string"), ("kind", "string"), ("roles", "string"), ("country", "string"),
    ("aliases", "string"), ("mentions", "Int64"), ("articles", "Int64"),
)
ACTOR_COLUMNS = tuple(name for name, _ in ACTOR_TYPES)
# table name -> {column: pandas dtype}, for reading a written table back with its types
TYPES: dict[str, dict[str, str]] = {
    "events": dict(EVENT_COLUMNS + SOURCE_COLUMNS),
    "mentions": dict(EVENT_COLUMNS + MEMBERSHIP_COLUMNS),
    "articles": dict(ARTICLE_TYPES),
    "actors": dict(ACTOR_TYPES),
}


# The written ``date_basis`` of an event dated by its article's anchor date. The extractor and the merge reason with
# one value for it, ``dateline``; a reader of the table is told where that date came from, which ``date_rule``
# ``dateline/<Anchor.source>`` keeps (``events.extract``; a merged row carries the rule with the basis it took): the
# story's dateline, the record's publication date (``metadata``: a White House readout has no dateline), or
# ``--reference-date`` (``option``). (A mixed run said ``dateline`` for 111 events of 113 whose article has none.)
ANCHOR_BASIS = {"dateline": "dateline", "metadata": "published", "option": "reference"}
ANCHOR_BASES = frozenset(ANCHOR_BASIS.values())  # the written values of an anchor-dated event


def written_basis(basis: str, rule: str | None) -> str:
    """The ``date_basis`` a table writes for an event's ``basis`` and ``date_rule``: ``dateline`` becomes where the
    anchor date came from (``ANCHOR_BASIS``); every other basis is written as it is."""
    if basis != "dateline" or not (rule or "").startswith("dateline/"):
        return basis
    return ANCHOR_BASIS.get(rule.partition("/")[2], basis)


def _row(event: Event) -> dict:
    return {
        "event_id": event.event_id,
        "event_date": event.event_date,
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "precision": event.precision,
        "date_text": event.date_text,
        "date_basis": written_basis(event.date_basis, event.date_rule),
        "event_type": event.event_type,
        "event_family": event.event_family,
        "cameo": event.cameo,
        "plover": event.plover,
        "status": event.status,
        "actors": LIST_SEP.join(event.actors) or None,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "location": event.location,
        "location_basis": event.location_basis,
        "sentence": event.sentence,
        "article_id": event.article_id,
        "title": event.title,
        "source": event.source,
        "url": event.url,
        "char_start": event.char_start,
        "char_end": event.char_end,
        "date_char_start": event.date_char_start,
        "date_char_end": event.date_char_end,
        "trigger": event.trigger,
        "date_rule": event.date_rule,
        "anchor_date": event.anchor_date.isoformat() if event.anchor_date else None,
        "flags": LIST_SEP.join(event.flags) or None,
    }


def _sources(event: Event) -> dict:
    extra = event.extra
    return {
        "sources": extra.get("sources", 1),
        "mentions": extra.get("mentions", 1),
        "article_ids": LIST_SEP.join(extra.get("article_ids", (event.article_id,))),
        "dates_reported": LIST_SEP.join(extra.get("dates_reported", ())) or None,
        "merge_rules": LIST_SEP.join(extra.get("merge_rules", ())) or None,
        "source_sentences": SENTENCE_SEP.join(extra.get("source_sentences", (event.sentence,))),
    }


def sort_key(event: Event) -> tuple:
    """Chronological order; unresolved events last, then by article and position."""
    start = event.date_start.isoformat() if event.date_start else "9999-99-99"
    end = event.date_end.isoformat() if event.date_end else "9999-99-99"
    return (start, end, event.article_id, event.char_start, event.date_char_start or 0, event.event_id)


def to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """Events -> the events table (events.csv), sorted by date."""
    rows = [{**_row(e), **_sources(e)} for e in sorted(events, key=sort_key)]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype(dict(EVENT_COLUMNS + SOURCE_COLUMNS))


def mentions_frame(mentions: Iterable[Event], membership: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Every report of an event (mentions.csv), with the merged event it joined and the rule."""
    rows = []
    for e in sorted(mentions, key=sort_key):
        merged_id, rule = membership.get(e.event_id, (e.event_id, "first"))
        rows.append({**_row(e), "merged_event_id": merged_id, "merge_rule": rule})
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    return frame.astype(dict(EVENT_COLUMNS + MEMBERSHIP_COLUMNS))
