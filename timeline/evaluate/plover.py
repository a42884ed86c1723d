"""Score event typing and roles on PLOVER gold sentences (``sentences_dev.jsonl``).

Each record is one news sentence with a gold PLOVER ``event`` category and
gold ``source`` and ``target`` actors (``actorText``). We read it as a
one-sentence article, as ``extract_events`` would: actors from
``find_actors``, then ``timeline.events.sentence_event``, which takes the
sentence's main predicate, or, when a reporting verb frames the sentence and
does not take over what it reports, the reported event ("Israeli soldiers
arrested more than 100 Palestinians ..., military sources said" is COERCE; "US
authorities said ... removing the sanctions is out of the question" is a
statement that takes the rejection it reports: REJECT). The event type maps
to PLOVER through ``event_types.csv``, with its status: a planned event is an
announced intention (a planned meeting or aid is AGREE, a planned blockade
THREATEN). A statement has no PLOVER category and counts as wrong.

Measures (``PloverScores.measures``), in percent:

- ``accuracy``: sentences whose predicted category equals the gold one,
  over all sentences (a sentence with no prediction is wrong);
- per category: precision (right / predicted as it) and recall (right / gold);
- the confusion matrix (gold, predicted) -> count, "-" for no prediction;
- actor recall. A gold ``actorText`` is *found* by a system mention when the
  text occurs in the sentence (exactly, else ignoring case) and the spans
  overlap; when it cannot be located (coders paraphrase: "U.S. ...
  negotiators"), when the ``canonical_key`` of the text or of a run of its
  words equals the mention's key. ``source_actor1``: gold sources found by
  the event's actor1; ``source_any``: found by any of the event's
  participants (actor1, actor2 and the rest of their coordinations);
  ``target_actor2`` and ``target_any`` likewise for gold targets with actor2.
  The denominators are all gold sources (all gold targets), so a sentence with
  no event finds none of its actors.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..actors import ActorMention, canonical_key, find_actors
from ..events import sentence_event
from ..events.triggers import event_type as type_info

NONE = "-"


def read_plover(path: str | Path) -> list[dict]:
    """The records of a PLOVER JSONL file."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def locate(text: str, actor: str) -> tuple[int, int] | None:
    """The span of the gold ``actor`` text in ``text``: as written, else ignoring case; None when it is not there
    (a paraphrase). ``scripts/score_actors.py`` locates its gold actors so too."""
    actor = actor.strip()
    if not actor:
        return None
    i = text.find(actor)
    if i < 0:
        i = text.lower().find(actor.lower())
    return (i, i + len(actor)) if i >= 0 else None


def _found(text: str, gold: str, mention: ActorMention | None) -> bool:
    """Does the system mention find the gold actor text (see the module docstring)?"""
    if mention is None:
        return False
    span = locate(text, gold)
    if span is not None:
        return max(span[0], mention.start) < min(span[1], mention.end)
    words = [w.strip("().,") for w in gold.split() if w.strip("().,")]
    keys = {canonical_key(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return mention.key in keys


@dataclass(frozen=True, slots=True)
class PloverRow:
    id: str
    text: str
    gold: str
    predicted: str  # PLOVER category, or "-"
    event_type: str | None
    status: str | None
    trigger: str | None
    actor1: str | None
    actor2: str | None
    sources: tuple[tuple[str, bool, bool], ...]  # (actorText, found as actor1, found among participants)
    targets: tuple[tuple[str, bool, bool], ...]


def type_sentence(record: dict) -> PloverRow:
    """Our reading of one PLOVER record."""
    text = record["text"]
    event = sentence_event(text, find_actors(text))
    predicted = NONE
    if event is not None:
        predicted = type_info(event.event_type).codes(event.status)[1] or NONE
    people = list(event.participants) if event else []

    def judge(actors: list[dict], own: ActorMention | None) -> tuple[tuple[str, bool, bool], ...]:
        out = []
        for actor in actors or []:
            gold = actor.get("actorText", "")
            out.append((gold, _found(text, gold, own), any(_found(text, gold, m) for m in people)))
        return tuple(out)

    return PloverRow(
        id=record["id"], text=text, gold=record["event"], predicted=predicted,
        event_type=event.event_type if event else None, status=event.status if event else None,
        trigger=event.predicate.trigger.text if event else None,
        actor1=event.actor1.name if event and event.actor1 else None,
        actor2=event.actor2.name if event and event.actor2 else None,
        sources=judge(record.get("source") or [], event.actor1 if event else None),
        targets=judge(record.get("target") or [], event.actor2 if event else None),
    )


@dataclass
class PloverScores:
    rows: list[PloverRow] = field(default_factory=list)

    @property
    def confusion(self) -> Counter:
        return Counter((r.gold, r.predicted) for r in self.rows)

    def per_category(self) -> dict[str, dict[str, float]]:
        """category -> {gold, predicted, right, precision, recall} (precision and recall in percent)."""
        gold = Counter(r.gold for r in self.rows)
        predicted = Counter(r.predicted for r in self.rows if r.predicted != NONE)
        right = Counter(r.gold for r in self.rows if r.gold == r.predicted)
        out = {}
        for category in sorted(set(gold) | set(predicted)):
            out[category] = {
                "gold": gold[category], "predicted": predicted[category], "right": right[category],
                "precision": _pct(right[category], predicted[category]),
                "recall": _pct(right[category], gold[category]),
            }
        return out

    def measures(self) -> dict[str, float]:
        sources = [s for r in self.rows for s in r.sources]
        targets = [t for r in self.rows for t in r.targets]
        return {
            "accuracy": _pct(sum(r.gold == r.predicted for r in self.rows), len(self.rows)),
            "typed": _pct(sum(r.predicted != NONE for r in self.rows), len(self.rows)),
            "source_actor1": _pct(sum(s[1] for s in sources), len(sources)),
            "source_any": _pct(sum(s[2] for s in sources), len(sources)),
            "target_actor2": _pct(sum(t[1] for t in targets), len(targets)),
            "target_any": _pct(sum(t[2] for t in targets), len(targets)),
        }


def _pct(n: int, d: int) -> float:
    return round(100.0 * n / d, 1) if d else 0.0


def score_plover(records: list[dict]) -> PloverScores:
    """Type every record and collect the results."""
    return PloverScores([type_sentence(r) for r in records])


def evaluate_plover(path: str | Path) -> PloverScores:
    return score_plover(read_plover(path))
