"""Why was each missed gold row missed? One cause per MISSED row of the chosen development sets.

Usage: python scripts/recall_census.py --sets events_fresh28,... [--json FILE] [--load FILE] [--show CAUSE]
       [--examples N] [--grouped]

The thirty-ninth session's census (``recall39``; deterministic, changes no output; not used by the pipeline). It
builds each set as ``scripts/score_events.py`` does, with ``scripts/drop_reasons.py``'s trace on, and sorts every
MISSED row by the first test that explains it:

- ``pool``/``second``: the gold sentence has no system row at all (``pool``) or only rows matched to other gold rows of
  the sentence (``second``: a second act of a sentence whose first act was found), then, for the sentence's triggers
  (``triggers.find_triggers``) of the gold row's family:
  - ``dropped:REASON``: one was read and dropped (``drop_reasons``'s name of the dropping pass; ``repeats:*``,
    ``said-again``, ``retold-point``, ``emitted`` and ``post:*`` are folds into another row);
  - ``one-row``: each was built into a row that another gold row of the sentence took (the extractor made one row
    where the gold has two of the family: a folded or merged pair);
  - ``other-sentence``: none of the family, but the article has a row of the gold row's type that matched no gold
    row and whose sentence starts within 600 characters of the gold sentence (built in another sentence, or an
    unrelated row of the type nearby: an upper bound);
  - ``other-family``: none of the family, but a dropped trigger of another family (a row built from it would have
    matched: the pairing needs only an overlapping sentence);
  - ``no-trigger``: no trigger word at all of the family, and none dropped of another.

Matching needs only an overlapping sentence, so a MISSED row is never one whose pair failed on type: "wrong
family" shows as ``other-family`` (a trigger of another family dropped) or ``one-row``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import drop_reasons  # noqa: E402
from timeline.evaluate.events import (CUT_RECORDS, family_of, spans_overlap, gold_span, canonical_events, load_articles,  # noqa: E402
                                      read_gold, score_events)
from timeline.evaluate.gate import gate_sets  # noqa: E402
from timeline.events.triggers import find_triggers  # noqa: E402
from timeline.settings import Settings  # noqa: E402

NEAR = 600  # characters between the gold sentence and another sentence's row of its family


def classify(row: dict, events: list, matched: set[int], drops: list[dict], text: str, body: tuple[int, int]) -> dict:
    """One MISSED gold row's cause (see the module docstring)."""
    span = gold_span(row)
    family = family_of(row["event_type"])
    inside = [j for j, e in enumerate(events) if spans_overlap(span, (e.char_start, e.char_end))]
    near = [e for j, e in enumerate(events) if j not in matched and j not in inside and family_of(e.event_type) == family
            and abs(e.char_start - span[0]) <= NEAR]
    out = {"where": "second" if inside else "pool",
           "beside": sorted({events[j].event_type for j in inside}), "same_family": any(family_of(events[j].event_type) == family for j in inside)}
    triggers = [t for t in find_triggers(text.lower(), body[0], body[1]) if span[0] <= t.start < span[1]]
    own = [t for t in triggers if family_of(t.type) == family]
    dropped = {d["start"]: d for d in drops if span[0] <= d["start"] < span[1]}
    own_dropped = [dropped[t.start] for t in own if t.start in dropped]
    if own_dropped:
        d = own_dropped[0]
        return {**out, "cause": "dropped:" + d["reasons"][0], "detail": f"{d['type']} '{d['trigger']}'"}
    if own:
        return {**out, "cause": "one-row", "detail": ", ".join(f"{t.type} '{t.text}'" for t in own)}
    near = [e for e in near if e.event_type == row["event_type"]]
    if near:
        e = near[0]
        return {**out, "cause": "other-sentence", "detail": f"{e.event_type} '{e.trigger}' at {e.char_start}"}
    if dropped:
        d = next(iter(dropped.values()))
        return {**out, "cause": "other-family", "detail": f"{d['type']} '{d['trigger']}' ({d['reasons'][0]})"}
    return {**out, "cause": "no-trigger", "detail": ""}


# the census's kinds, for ``--grouped``: (test on the cause, the kind's name), first match wins
KINDS = (
    (lambda c: c in ("other-family", "no-trigger"), "no trigger word of its family"),
    (lambda c: c == "one-row", "built, but one row where the gold has two"),
    (lambda c: c == "other-sentence", "built in another sentence (an upper bound)"),
    (lambda c: c == "dropped:is_event:agentless", "dropped: no agent read"),
    (lambda c: c.startswith("dropped:unclaimed:verb") and "embedded" in c, "dropped: an embedded verb no pass claims"),
    (lambda c: c.startswith("dropped:unclaimed:verb"), "dropped: a finite verb no pass claims"),
    (lambda c: c.startswith(("dropped:unclaimed:noun", "dropped:is_event:noun-unowned", "dropped:is_event:topic")),
     "dropped: an act noun no one owns, or a topic"),
    (lambda c: c.startswith("dropped:unclaimed:report"), "dropped: a reporting verb no pass claims"),
    (lambda c: c.startswith("dropped:repeats"), "folded: a saying said again"),
    (lambda c: c == "dropped:is_event:quoted", "dropped: inside a quotation"),
    (lambda c: c.startswith("dropped:read:"), "dropped by the reader (negated, in a name, a plural noun ...)"),
    (lambda c: True, "dropped: another pass"),
)


def kind(cause: str) -> str:
    """The census kind of a cause (``KINDS``)."""
    return next(name for test, name in KINDS if test(cause))


def grouped(rows: list[dict], examples: int) -> list[str]:
    """One line per kind (rows, of them in sentences with no system row, documents, sets), with examples from
    different sets."""
    by = defaultdict(list)
    for r in rows:
        by[kind(r["cause"])].append(r)
    lines = [f"{'kind':62} {'rows':>4} {'pool':>4} {'docs':>4} {'sets':>4}"]
    for name, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"{name:62} {len(rs):4} {sum(r['where'] == 'pool' for r in rs):4} "
                     f"{len({r['article'] for r in rs}):4} {len({r['set'] for r in rs}):4}")
        shown: set[str] = set()
        for r in rs:
            if len(shown) < examples and r["set"] not in shown:
                shown.add(r["set"])
                lines.append(f"    {r['id']} {r['type']} {r['detail'][:50]}: {r['sentence'][:150]}")
    return lines


def run(sets: list[str], corpora: Path) -> list[dict]:
    settings = Settings()
    out = []
    paths = gate_sets(ROOT / "tests" / "test_quality.py")
    for name in sets:
        gold_path = ROOT / paths[name]
        gold = read_gold(gold_path)
        articles = load_articles(gold, corpora, gold_path.with_name(CUT_RECORDS))
        traced = {aid: drop_reasons.traced_article(a, settings) for aid, a in articles.items()}
        events = canonical_events({aid: r for aid, (r, _) in traced.items()})
        scores = score_events(gold, events)
        matched: dict[str, set[int]] = defaultdict(set)
        for row, e in scores.pairs:
            if e is not None:
                matched[row["article_id"]].add(next(j for j, x in enumerate(events[row["article_id"]]) if x is e))
        for row, e in scores.pairs:
            if e is not None:
                continue
            aid = row["article_id"]
            result, trace = traced[aid]
            drops = drop_reasons.dropped(result, trace, events[aid])
            end = result.comments if result.comments is not None else len(result.article.text)
            c = classify(row, events[aid], matched[aid], drops, result.article.text, (result.anchor.body_start, end))
            out.append({"set": name, "id": row["id"], "article": aid, "type": row["event_type"],
                        "sentence": row["sentence"], **c})
        print(f"{name}: {sum(1 for r in out if r['set'] == name)} missed", file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--sets", default="")
    parser.add_argument("--json")
    parser.add_argument("--load")
    parser.add_argument("--show", help="print the rows of causes starting with this")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--grouped", action="store_true", help="one line per kind of cause (KINDS)")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    if args.load:
        rows = [json.loads(line) for line in Path(args.load).read_text(encoding="utf-8").splitlines()]
    else:
        drop_reasons.install_trace()
        rows = run([s for s in args.sets.split(",") if s], corpora)
    if args.json and not args.load:
        Path(args.json).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if args.show:
        for r in rows:
            if r["cause"].startswith(args.show):
                print(f"{r['where']:6} {r['id']:36} {r['type']:10} {r['cause']} {r['detail']}\n       {r['sentence'][:300]}")
        return
    if args.grouped:
        print("\n".join(grouped(rows, args.examples)))
        return
    by = defaultdict(list)
    for r in rows:
        by[(r["where"], r["cause"])].append(r)
    print(f"{'where':6} {'cause':46} {'rows':>4} {'docs':>4} {'sets':>4}")
    for (where, cause), rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        print(f"{where:6} {cause:46} {len(rs):4} {len({r['article'] for r in rs}):4} {len({r['set'] for r in rs}):4}")
        for r in rs[:args.examples]:
            print(f"         {r['id']} {r['type']} {r['detail']}: {r['sentence'][:160]}")
    total = Counter(r["cause"].split(":")[0] for r in rows)
    print("total", len(rows), dict(total))


if __name__ == "__main__":
    main()
