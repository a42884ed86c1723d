"""Score extracted events against hand-read gold events (``tests/data/events_gold.jsonl``).

Gold rows name their article (``article_id``) and corpus (``tass``,
``whitehouse`` or ``t17``); ``load_articles`` finds those articles by id in the
shared corpora (the named corpus first, then the others) and ``system_events``
runs ``timeline.pipeline.process_article`` on each. The anchor is what the
build would use: TASS stories have ``published`` (a naive timestamp; the
dateline day wins, see ``timeline.anchor``); White House records are anchored
by their ``date`` field (the release day; their ``published`` is the same day
written with a time-zone offset, which ``parse_published`` reads as written,
never shifted); Timeline17 (Reuters/BBC on Syria) records by ``published``.

Matching (``match``), per article:

- a system event is a *candidate* for a gold event when its sentence span
  ``[char_start, char_end)`` overlaps the gold sentence span
  ``[char_start, char_start + len(sentence))``;
- every candidate pair gets a rank: same fine type first, then same date
  (reduced ISO, null == null), then same family, then the smaller distance
  between the gold sentence start and the system sentence start;
- pairs are taken best rank first, each gold and each system event at most
  once (greedy one-to-one).

Measures (``EventScores.measures``), in percent:

- ``recall``: matched gold events / gold events;
- ``precision``: matched system events / *judged* system events, where a
  system event is judged when its sentence overlaps some gold sentence of its
  article. The gold does not annotate every sentence (speech continuations,
  remarks transcripts), so events in sentences it never read are neither right
  nor wrong; but the gold annotates *every* event of a sentence it read, so an
  extra event there is a false positive;
- ``precision_doc``: matched system events / *all* system events of the gold's
  articles. The later sets annotate every event of each document they hold
  (fresh12 on: "every event of each document"), so there a row in a sentence
  with no gold row is a false positive too: page furniture, a continuation
  the rules give no row, a background clause. ``precision`` cannot see those
  rows; this measure can (on the early, partly read sets it is a lower bound);
- ``date``: matched pairs with the same ``event_date`` (exact reduced ISO;
  null == null) / matched;
- ``type`` (fine ``event_type``) and ``family`` (``event_types.csv``) accuracy
  over matched pairs; ``status`` accuracy over matched pairs;
- ``participant_p/r/f1``: canonical keys (``canonical_key``) of the gold
  ``participants`` against those of the system event's ``actors``,
  micro-averaged over matched pairs (counts pooled); ``roles_p/r/f1`` the same
  with the system's ``actor1`` and ``actor2`` only;
- ``actor1``: matched pairs whose ``actor1`` keys are equal (null == null) /
  matched; ``actor2`` the same for ``actor2`` (printed, not pinned: a joint
  act's partner given as its target moves no other measure, since ``roles``
  compares the two actors with the gold's whole cast);
- ``location``: matched pairs with the same place (``same_place``: both null,
  or one name holds the other as whole words, "the White House" / "White
  House") / matched.

The field measures above are accuracies over matched pairs: finding one more
gold event whose date is wrong lowers ``date`` although nothing got worse. The
end-to-end measures count a field as TempEval-3 counts a timex value: for each
FIELD in ``date``, ``type``, ``family``, ``status``, ``actor1``, ``actor2`` and
``location`` (the same test of "right" as its accuracy),

- ``FIELD_r``: matched pairs with the field right / gold events;
- ``FIELD_p``: matched pairs with the field right / judged system events (the
  denominator of ``precision``);
- ``FIELD_f1``: the harmonic mean of the two, 2 * right / (gold + judged).

A new match never lowers ``FIELD_r`` (its right-field count can only grow);
breaking the field of an event already found lowers it. ``FIELD_p`` and
``FIELD_f1`` still dip by a little when a *new* system event matches with the
field wrong (it joins the judged events but not the right ones).

The chronology itself (what a reader of the timeline sees: a dated event on the right day, whatever its type
or cast) is measured by

- ``dated_r``: matched pairs whose gold row has a date and whose system date equals it / gold rows with a date;
- ``dated_p``: the same pairs / judged system events with a date;
- ``dated_p_doc``: the same pairs / system events with a date in the gold's articles (every dated event the
  timeline would show for those articles, the denominator of ``precision_doc`` restricted to dated events).

An undated event is not on the time axis, so it counts in neither; the measures reward neither dropping a date
(``dated_r`` falls) nor guessing one (``dated_p`` falls).

``participant_r_all`` and ``roles_r_all`` are the end-to-end recall of the
cast: gold participants found among the matched system events' ``actors``
(or ``actor1``/``actor2``) / the participants of *all* gold events, so a new match with half its cast right raises them where
``participant_r`` (pooled over matched pairs) falls.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..actors import ActorRegistry, canonical_key
from ..pipeline import _canonical_actors, process_article
from ..errors import InputError
from ..model import Article, Event
from ..settings import Settings
from ..events.triggers import event_type as type_info

# corpus name -> its dev file under the shared corpora folder
CORPUS_FILES = {"tass": "tass/tass_dev.jsonl", "whitehouse": "whitehouse/readouts_dev.jsonl",
                "t17": "t17_syria/articles.jsonl"}
# corpus name -> the record field that anchors its articles (the release day for White House records)
ANCHOR_FIELDS = {"whitehouse": "date"}
# records cut from a corpus record (kept beside the gold files that use them)
CUT_RECORDS = "cut_records.jsonl"


def read_gold(path: str | Path) -> list[dict]:
    """The gold rows of a JSONL file (one event a line)."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise InputError(str(path), f"invalid JSON ({err.msg})", "one JSON object a line", record=number) from None
    return rows


def _article(record: Mapping, corpus: str) -> Article:
    published = record.get(ANCHOR_FIELDS.get(corpus, "published")) or record.get("published")
    return Article(id=record["id"], text=record["text"], title=record.get("title"), published=published,
                   url=record.get("url"), source=record.get("source"))


def load_articles(gold: Iterable[dict], corpora: str | Path, records: str | Path | None = None) -> dict[str, Article]:
    """The articles the gold rows name, found by id in ``corpora`` (the shared corpora folder): in the
    corpus the row names first, then in the others (an article keeps the anchor field of the corpus
    it was found in), then in ``records``, a JSONL file of records the corpora do not hold as such (a
    long record cut at a speaker turn, id ``<source id>--partN``), anchored as the row's corpus is."""
    wanted: dict[str, str] = {}
    for row in gold:
        if row["corpus"] not in CORPUS_FILES:
            raise InputError(row["corpus"], f"unknown corpus {row['corpus']!r}", f"use one of {', '.join(CORPUS_FILES)}")
        wanted.setdefault(row["article_id"], row["corpus"])
    named = list(dict.fromkeys(wanted.values()))
    out: dict[str, Article] = {}
    for corpus in named + [c for c in CORPUS_FILES if c not in named]:
        if len(out) == len(wanted):
            break
        path = Path(corpora) / CORPUS_FILES[corpus]
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("id") in wanted and record["id"] not in out:
                    out[record["id"]] = _article(record, corpus)
    if records is not None and len(out) < len(wanted) and Path(records).exists():
        for line in Path(records).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("id") in wanted and record["id"] not in out:
                    out[record["id"]] = _article(record, wanted[record["id"]])
    missing = set(wanted) - set(out)
    if missing:
        raise InputError(str(corpora), f"{len(missing)} gold article(s) not found, e.g. {sorted(missing)[0]}",
                         "check the article_id values of the gold file")
    return out


def system_events(articles: Mapping[str, Article], settings: Settings = Settings()) -> dict[str, list[Event]]:
    """article id -> the events ``process_article`` extracts from it, with actor names made one per
    actor across the set exactly as ``timeline.build`` does ("Biden" and "Joseph R. Biden, Jr.")."""
    return canonical_events({aid: process_article(article, settings) for aid, article in articles.items()})


def canonical_events(results: Mapping) -> dict[str, list[Event]]:
    """article id -> the events of its ``process_article`` result (``results``, by article id), with actor names made
    one per actor across the set as ``timeline.build`` does (``system_events``, for results already at hand)."""
    registry = ActorRegistry()
    for aid, result in results.items():
        registry.add(aid, result.actors)
    return {aid: _canonical_actors(result, registry) for aid, result in results.items()}


def same_place(system: str | None, gold: str | None) -> bool:
    """Both none, or the same place as written ("the White House" and "White House", "Bali" and "Bali,
    Indonesia": one holds the other as whole words)."""
    def norm(place: str | None) -> str:
        return " ".join(re.sub(r"^the\s+", "", (place or "").strip().lower()).replace(",", " ").split())

    a, b = norm(system), norm(gold)
    if not a or not b:
        return a == b
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _key(name: str | None) -> str | None:
    return canonical_key(name) if name else None


def gold_span(row: dict) -> tuple[int, int]:
    """A gold row's sentence span, as matching pairs rows (the scripts' censuses pair the same way)."""
    return row["char_start"], row["char_start"] + len(row["sentence"])


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do the character spans ``a`` and ``b`` share a character?"""
    return max(a[0], b[0]) < min(a[1], b[1])


def family_of(event_type: str | None) -> str | None:
    """The family of an event type (None for none)."""
    return type_info(event_type).family if event_type else None


def match(gold: list[dict], events: Mapping[str, list[Event]]) -> list[tuple[dict, Event | None]]:
    """Each gold row with the system event matched to it (or None); see the module docstring."""
    chosen: dict[int, Event] = {}
    by_article: dict[str, list[int]] = {}
    for i, row in enumerate(gold):
        by_article.setdefault(row["article_id"], []).append(i)
    for aid, indices in by_article.items():
        system = events.get(aid, [])
        pairs = []
        for i in indices:
            row = gold[i]
            span = gold_span(row)
            for j, e in enumerate(system):
                if not spans_overlap(span, (e.char_start, e.char_end)):
                    continue
                rank = (e.event_type != row["event_type"], e.event_date != row["date"],
                        family_of(e.event_type) != family_of(row["event_type"]), abs(e.char_start - span[0]), i, j)
                pairs.append((rank, i, j))
        used_gold: set[int] = set()
        used_system: set[int] = set()
        for _, i, j in sorted(pairs):
            if i not in used_gold and j not in used_system:
                used_gold.add(i)
                used_system.add(j)
                chosen[i] = system[j]
    return [(row, chosen.get(i)) for i, row in enumerate(gold)]


def _judged(gold: list[dict], events: Mapping[str, list[Event]]) -> list[Event]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in gold:
        spans.setdefault(row["article_id"], []).append(gold_span(row))
    return [e for aid, evs in events.items() for e in evs
            if any(spans_overlap(s, (e.char_start, e.char_end)) for s in spans.get(aid, []))]


@dataclass
class EventScores:
    """Counts and per-pair results of one scoring run."""

    gold: int = 0
    judged: int = 0  # system events in sentences the gold read
    matched: int = 0
    date: int = 0
    type: int = 0
    family: int = 0
    status: int = 0
    actor1: int = 0
    actor2: int = 0
    location: int = 0
    participants: Counter = field(default_factory=Counter)  # tp, gold, system
    roles: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)  # (gold type, system type or "-") -> count
    dated: Counter = field(default_factory=Counter)  # gold, judged, in_documents (rows with a date), right
    pairs: list[tuple[dict, Event | None]] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)  # judged system events nothing matched
    outside: list[Event] = field(default_factory=list)  # system events in sentences with no gold row

    FIELDS = ("date", "type", "family", "status", "actor1", "actor2", "location")

    @property
    def in_documents(self) -> int:
        """The system events of the gold's articles, judged or not."""
        return self.judged + len(self.outside)

    def measures(self) -> dict[str, float]:
        def pct(n: int, d: int) -> float:
            return round(100.0 * n / d, 1) if d else 0.0

        def f1(counts: Counter) -> tuple[float, float, float]:
            p, r = pct(counts["tp"], counts["system"]), pct(counts["tp"], counts["gold"])
            f = 2 * counts["tp"] / (counts["system"] + counts["gold"]) if counts["system"] + counts["gold"] else 0.0
            return p, r, round(100.0 * f, 1)

        pp, pr, pf = f1(self.participants)
        rp, rr, rf = f1(self.roles)
        return {
            "recall": pct(self.matched, self.gold), "precision": pct(self.matched, self.judged),
            "precision_doc": pct(self.matched, self.in_documents),
            "date": pct(self.date, self.matched), "type": pct(self.type, self.matched),
            "family": pct(self.family, self.matched), "status": pct(self.status, self.matched),
            "participant_p": pp, "participant_r": pr, "participant_f1": pf,
            "roles_p": rp, "roles_r": rr, "roles_f1": rf,
            "participant_r_all": pct(self.participants["tp"], self.participants["gold_all"]),
            "roles_r_all": pct(self.roles["tp"], self.roles["gold_all"]),
            "actor1": pct(self.actor1, self.matched), "actor2": pct(self.actor2, self.matched),
            "location": pct(self.location, self.matched),
            "dated_p": pct(self.dated["right"], self.dated["judged"]), "dated_r": pct(self.dated["right"], self.dated["gold"]),
            "dated_p_doc": pct(self.dated["right"], self.dated["in_documents"]),
            **self.end_to_end(),
        }

    def end_to_end(self) -> dict[str, float]:
        """``FIELD_p``, ``FIELD_r`` and ``FIELD_f1`` of each field (see the module docstring)."""
        out = {}
        for name in self.FIELDS:
            right = getattr(self, name)
            total = self.gold + self.judged
            out[f"{name}_p"] = round(100.0 * right / self.judged, 1) if self.judged else 0.0
            out[f"{name}_r"] = round(100.0 * right / self.gold, 1) if self.gold else 0.0
            out[f"{name}_f1"] = round(200.0 * right / total, 1) if total else 0.0
        return out


def score_events(gold: list[dict], events: Mapping[str, list[Event]]) -> EventScores:
    """Match and count (see the module docstring)."""
    scores = EventScores(gold=len(gold))
    pairs = match(gold, events)
    scores.pairs = pairs
    judged = _judged(gold, events)
    scores.judged = len(judged)
    matched_ids = {id(e) for _, e in pairs if e is not None}
    scores.spurious = [e for e in judged if id(e) not in matched_ids]
    judged_ids = {id(e) for e in judged}
    in_documents = [e for aid in dict.fromkeys(row["article_id"] for row in gold) for e in events.get(aid, [])]
    scores.outside = [e for e in in_documents if id(e) not in judged_ids]
    scores.dated["judged"] = sum(e.event_date is not None for e in judged)
    scores.dated["in_documents"] = sum(e.event_date is not None for e in in_documents)
    for row, e in pairs:
        scores.types[(row["event_type"], e.event_type if e else "-")] += 1
        gold_keys = {canonical_key(p) for p in row["participants"]}
        scores.participants["gold_all"] += len(gold_keys)
        scores.dated["gold"] += row["date"] is not None
        scores.roles["gold_all"] += len(gold_keys)
        if e is None:
            continue
        scores.matched += 1
        scores.date += e.event_date == row["date"]
        scores.dated["right"] += row["date"] is not None and e.event_date == row["date"]
        scores.type += e.event_type == row["event_type"]
        scores.family += family_of(e.event_type) == family_of(row["event_type"])
        scores.status += e.status == row["status"]
        scores.actor1 += _key(e.actor1) == _key(row["actor1"])
        scores.actor2 += _key(e.actor2) == _key(row["actor2"])
        scores.location += same_place(e.location, row.get("location"))
        for counts, names in ((scores.participants, e.actors), (scores.roles, (e.actor1, e.actor2))):
            keys = {canonical_key(n) for n in names if n}
            counts["tp"] += len(gold_keys & keys)
            counts["gold"] += len(gold_keys)
            counts["system"] += len(keys)
    return scores


def evaluate_events(gold_path: str | Path, corpora: str | Path, settings: Settings = Settings()) -> EventScores:
    """Read the gold file, build its articles from ``corpora`` (and ``cut_records.jsonl`` beside the gold
    file) and score the events."""
    gold = read_gold(gold_path)
    records = Path(gold_path).with_name(CUT_RECORDS)
    return score_events(gold, system_events(load_articles(gold, corpora, records), settings))
