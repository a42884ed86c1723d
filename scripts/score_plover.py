"""Event category accuracy and actor recall on the PLOVER gold sentences.

Usage: python scripts/score_plover.py [PATH_TO_sentences_dev.jsonl] [--errors] [--json]

Prints category accuracy over all sentences, precision and recall per PLOVER
category, the confusion between categories and the recall of gold source and
target actors (definitions in ``timeline/evaluate/plover.py``). ``--errors``
lists every sentence typed wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.evaluate.plover import evaluate_plover  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpora" / "plover" / "sentences_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--errors", action="store_true", help="list the sentences typed wrong")
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    args = parser.parse_args(argv)
    scores = evaluate_plover(args.path)
    measures = scores.measures()
    if args.json:
        print(json.dumps(measures, indent=2))
        return 0
    print(f"sentences {len(scores.rows)}")
    for name, value in measures.items():
        print(f"  {name:15} {value:5.1f}")
    print(f"\n  {'category':12} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6}")
    for category, c in scores.per_category().items():
        print(f"  {category:12} {c['gold']:5} {c['predicted']:5} {c['right']:5} {c['precision']:6.1f} {c['recall']:6.1f}")
    print("\nconfusion (gold -> predicted, '-' = no category), errors only:")
    for (gold, predicted), n in sorted(scores.confusion.items(), key=lambda kv: (-kv[1], kv[0])):
        if gold != predicted:
            print(f"  {gold:>12} -> {predicted:12} {n}")
    if args.errors:
        print()
        for r in scores.rows:
            if r.gold != r.predicted:
                print(f"{r.gold} -> {r.predicted} ({r.event_type}/{r.status}, trigger {r.trigger!r}; "
                      f"actor1 {r.actor1}, actor2 {r.actor2})\n    {r.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
