"""Score the merged rows of ``events.csv`` against the hand-read gold events.

``events.py`` scores the events ``process_article`` gives per document, before ``timeline.merge`` joins the
reports of one real-world event into one row: no merge change shows there. Here the gold's documents go through
``timeline.build`` (anchors of the set, boilerplate, canonical actors, the merge), and

- each gold row is paired with one *mention* (a row of ``mentions.csv``) by ``events.score_events`` (the same
  pairing: sentence overlap, then type, date, family, distance; greedy one-to-one), and so with the merged row
  that mention joined;
- the gold has one row per act per *document* (``events_gold.md``: "one row per act per document"), never an
  identity across documents. A *gold event* here is a gold row, and rows of different documents with the same
  status, fine type, date (not null) and participants (``canonical_key``) are one gold event, as the merge
  should join them. Two rows of one document are two acts (each its own event); an undated row is its own event.

Counts (``MergedScores``):

- ``duplicates``: merged rows beyond the first that pair with one gold event (the merge missed a join); a gold
  event is ``split`` when its matched rows sit in two or more merged rows. Only across documents: one document's
  second report of an act has no gold row of its own (the rules give none), so a missed join inside one document
  cannot be seen;
- ``overjoined``: merged rows whose members pair with two or more different gold events (the merge joined two
  acts); ``overjoined_doc`` those where two of the events are rows of one document (two acts by the gold's rule,
  certain); the others join rows of different documents that differ in date, type, status or cast (two acts,
  or one act the documents tell differently: read them with ``--errors``); ``overjoined_by_rules`` counts them by
  the rules that joined the row's members (``merge_rules`` of events.csv); ``overjoined_dateline`` those whose
  gold events differ in the day alone, each row dated only by its own document's dateline, the days one apart
  (the same status, type and cast): a statement a next day's story retells is dated by each story's dateline
  (``events_gold.md``: a speech act of the day's story takes the anchor), so the same-date test above cannot
  call it one event; such a row is one act retold or a speaker's sayings of two days, and only reading tells;
- ``recall``: gold events with a matched row / gold events; ``precision``: merged rows with a matched member /
  merged rows with a member in a sentence the gold read (``judged``, as in ``events.py``); ``precision_doc``:
  merged rows with a matched member / every merged row of the gold's documents. A missed join leaves an extra
  matched row (counted by ``duplicates``, not by precision); a wrong join leaves a gold event whose row is another's
  (counted by ``overjoined``).
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from ..actors import canonical_key
from ..model import Article
from ..pipeline import Result, build
from ..settings import Settings
from ..table import LIST_SEP
from .events import CUT_RECORDS, load_articles, read_gold, score_events

COUNTS = ("gold_rows", "gold_events", "gold_events_multi_doc", "mentions", "matched_rows", "merged",
          "merged_multi", "judged", "right", "found", "split", "duplicates", "joined", "overjoined",
          "overjoined_doc", "overjoined_dateline")
RULES = "overjoined rules: "  # counts of over-joined rows by the merge rules that made them (events.csv merge_rules)


def gold_events(gold: list[dict]) -> list[int]:
    """The gold event of each gold row (an index): rows of different documents with the same status, type, date
    (not null) and participants are one event; rows of one document are never one event."""
    keys: dict[tuple, list[tuple[int, set[str]]]] = {}  # key -> [(event, its documents)]
    out = []
    for i, row in enumerate(gold):
        if row["date"] is None:
            out.append(i)
            continue
        key = (*_undated_key(row), row["date"])
        for event, documents in keys.setdefault(key, []):
            if row["article_id"] not in documents:
                documents.add(row["article_id"])
                out.append(event)
                break
        else:
            keys[key].append((i, {row["article_id"]}))
            out.append(i)
    return out


def _undated_key(row: dict) -> tuple:
    """What one gold event's rows share but the date (``gold_events`` adds it): status, type and participants."""
    return row["status"], row["event_type"], frozenset(canonical_key(p) for p in row["participants"])


def _dateline_days_apart(rows: list[dict]) -> bool:
    """Do gold rows of different documents differ in the day alone, each dated by its document's dateline (no date
    words of its own), the days one apart? (A retold statement; see ``overjoined_dateline``.)"""
    keys = {_undated_key(r) for r in rows}
    if len(keys) != 1 or len({r["article_id"] for r in rows}) < 2 or any(r.get("date_basis") != "dateline"
                                                                         for r in rows):
        return False
    try:
        days = sorted({dt.date.fromisoformat(r["date"]) for r in rows})
    except (TypeError, ValueError):  # a week, a month, no date
        return False
    return len(days) == 2 and (days[1] - days[0]).days == 1


def build_documents(articles: Mapping[str, Article], settings: Settings = Settings()) -> Result:
    """``timeline.build`` on the articles, written as one JSONL file of records (anchor in ``published``)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for a in articles.values():
                record = {"id": a.id, "text": a.text, "title": a.title, "published": a.published, "url": a.url,
                          "source": a.source}
                out.write(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n")
        return build([path], settings)


def _value(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def mention_events(mentions: pd.DataFrame) -> dict[str, list[SimpleNamespace]]:
    """article id -> its mentions (rows of mentions.csv) with the fields the pairing reads."""
    out: dict[str, list[SimpleNamespace]] = defaultdict(list)
    for row in mentions.to_dict("records"):
        row = {k: _value(v) for k, v in row.items()}
        row["actors"] = tuple(row["actors"].split(LIST_SEP)) if row["actors"] else ()
        row["char_start"], row["char_end"] = int(row["char_start"]), int(row["char_end"])
        out[row["article_id"]].append(SimpleNamespace(**row))
    return dict(out)


@dataclass
class MergedScores:
    counts: Counter = field(default_factory=Counter)
    split: list[list[tuple[dict, str]]] = field(default_factory=list)  # per split event: (gold row, merged id)
    overjoined: list[tuple[str, list[dict]]] = field(default_factory=list)  # (merged id, its gold rows)

    def measures(self) -> dict[str, float]:
        c = self.counts

        def pct(n: str, d: str) -> float:
            return round(100.0 * c[n] / c[d], 1) if c[d] else 0.0

        rules = {k.removeprefix(RULES): n for k, n in sorted(c.items()) if k.startswith(RULES) and n}
        return {**{k: c[k] for k in COUNTS}, "recall": pct("found", "gold_events"),
                "precision": pct("right", "judged"), "precision_doc": pct("right", "merged"),
                "overjoined_by_rules": rules}


def score_merged(gold: list[dict], result: Result) -> MergedScores:
    """Pair the gold rows with the build's mentions and count on the merged rows (see the module docstring)."""
    mentions = mention_events(result.mentions)
    scores = score_events(gold, mentions)
    event_of = gold_events(gold)
    rules_of = {k: _value(v) for k, v in zip(result.events["event_id"], result.events["merge_rules"])}
    s = MergedScores()
    c = s.counts
    c["gold_rows"], c["mentions"], c["merged"] = len(gold), sum(map(len, mentions.values())), len(result.events)
    c["merged_multi"] = int((result.events["mentions"] > 1).sum()) if len(result.events) else 0
    documents: dict[int, set[str]] = defaultdict(set)
    for row, event in zip(gold, event_of):
        documents[event].add(row["article_id"])
    c["gold_events"] = len(documents)
    c["gold_events_multi_doc"] = sum(len(d) > 1 for d in documents.values())
    rows_of_event: dict[int, list[tuple[dict, str]]] = defaultdict(list)
    rows_of_merged: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for (row, e), event in zip(scores.pairs, event_of):
        if e is None:
            continue
        c["matched_rows"] += 1
        rows_of_event[event].append((row, e.merged_event_id))
        rows_of_merged[e.merged_event_id].append((event, row))
    c["found"] = len(rows_of_event)
    for event, rows in rows_of_event.items():
        merged = set(m for _, m in rows)
        c["duplicates"] += len(merged) - 1
        if len(merged) > 1:
            c["split"] += 1
            s.split.append(rows)
        elif len(rows) > 1:
            c["joined"] += 1  # a gold event of several documents, all in one merged row
    for merged_id, rows in rows_of_merged.items():
        events = {event for event, _ in rows}
        if len(events) > 1:
            c["overjoined"] += 1
            per_document = Counter(row["article_id"] for event, row in {e: r for e, r in rows}.items())
            c["overjoined_doc"] += any(n > 1 for n in per_document.values())
            joined = [row for _, row in rows]
            c["overjoined_dateline"] += _dateline_days_apart(joined)
            c[RULES + (rules_of.get(merged_id) or "-")] += 1
            s.overjoined.append((merged_id, joined))
    judged = {e.merged_event_id for e in scores.spurious} | set(rows_of_merged)
    c["judged"], c["right"] = len(judged), len(rows_of_merged)
    return s


def evaluate_merged(gold_path: str | Path, corpora: str | Path, settings: Settings = Settings()) -> MergedScores:
    """Read the gold file, build its articles (from ``corpora`` and ``cut_records.jsonl`` beside it) with the merge,
    and score the merged rows."""
    gold = read_gold(gold_path)
    articles = load_articles(gold, corpora, Path(gold_path).with_name(CUT_RECORDS))
    return score_merged(gold, build_documents(articles, settings))
