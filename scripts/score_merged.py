"""Score the merged rows of events.csv (after ``timeline.merge``) against the hand-read gold events.

Usage: python scripts/score_merged.py [--gold FILE ...] [--corpora ../shared/corpora] [--json] [--errors]

``score_events.py`` scores the events of each document before the merge; this builds the gold set's documents
with ``timeline.build`` (so the merge runs) and counts, per set and summed: ``duplicates`` (merged rows beyond
the first that pair with one gold event: a missed join), ``overjoined`` (merged rows whose members pair with two
or more gold events: a wrong join; ``overjoined_doc``: two of them rows of one document; ``overjoined_dateline``:
rows of two documents that differ in the day alone, each dated by its dateline, a day apart: a retold statement
the same-date test cannot see, read them) and recall / precision
over merged rows. The definitions are in ``timeline/evaluate/merged.py``. Without ``--gold``, every events set of
``tests/test_quality.py``'s ``HOW`` (the development sets). ``--errors`` lists the split events and the
over-joined rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.evaluate.gate import gate_sets  # noqa: E402
from timeline.evaluate.merged import COUNTS, MergedScores, evaluate_merged  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def development_sets() -> list[Path]:
    """The events gold files the quality gate measures (``HOW`` in tests/test_quality.py, read by
    ``evaluate.gate.gate_sets``), in its order."""
    return [ROOT / gold for gold in gate_sets(ROOT / "tests" / "test_quality.py").values()]


def _errors(name: str, scores: MergedScores) -> list[str]:
    lines = []
    for rows in scores.split:
        lines.append(f"SPLIT   {name}: " + "; ".join(f"{row['id']} -> {merged}" for row, merged in rows)
                     + f"\n        {rows[0][0]['event_type']} {rows[0][0]['date']} {rows[0][0]['participants']}")
    for merged, rows in scores.overjoined:
        lines.append(f"JOINED  {name}: {merged} holds " + ", ".join(row["id"] for row in rows))
        for row in rows:
            lines.append(f"        {row['id']}: {row['event_type']} {row['date']} {row['participants']} "
                         f"{row['sentence'][:120]!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", help="a gold file (repeat for several; default: the "
                        "development sets of tests/test_quality.py's HOW)")
    parser.add_argument("--corpora", default=str(CORPORA))
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    parser.add_argument("--errors", action="store_true", help="list the split gold events and over-joined rows")
    args = parser.parse_args(argv)
    files = [Path(g) for g in args.gold] if args.gold else development_sets()
    per_set, total, errors = {}, MergedScores(Counter()), []
    for path in files:
        name = path.stem.removeprefix("events_gold_") if path.stem != "events_gold" else "dev"
        scores = evaluate_merged(path, args.corpora)
        per_set[name] = scores.measures()
        total.counts.update(scores.counts)
        errors += _errors(name, scores)
    if len(files) > 1:
        per_set["summed"] = total.measures()
    if args.json:
        print(json.dumps(per_set, indent=2))
        return 0
    shown = ("gold_rows", "gold_events", "gold_events_multi_doc", "merged", "merged_multi", "split", "duplicates",
             "joined", "overjoined", "overjoined_doc", "overjoined_dateline")
    heads = ("rows", "events", "multi", "merged", "joins", "split", "dup", "joined", "overj", "ovj_doc", "ovj_dl")
    print(f"{'set':10}" + "".join(f"{h:>8}" for h in heads) + f"{'recall':>8}{'prec':>7}{'p_doc':>7}")
    for name, m in per_set.items():
        print(f"{name:10}" + "".join(f"{m[k]:>8}" for k in shown)
              + f"{m['recall']:>8.1f}{m['precision']:>7.1f}{m['precision_doc']:>7.1f}")
    assert set(shown) <= set(COUNTS)
    print("over-joined rows by the merge rules that joined them: "
          + ", ".join(f"{rules} {n}" for rules, n in per_set[name]["overjoined_by_rules"].items()))
    if args.errors:
        print()
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
