"""Score extracted events against the hand-read gold events.

Usage: python scripts/score_events.py [--gold tests/data/events_gold.jsonl] [--corpora ../shared/corpora]
                                      [--errors] [--json] [--by-corpus]

Prints event recall and precision, date / type / family / status / actor1 / actor2 /
location accuracy over matched events, participant P/R/F1 and, for each of
those fields, its end-to-end P/R/F1 (``date_p`` / ``date_r`` / ``date_f1``:
matched events with the field right over judged system events / over gold
events; the definitions are in ``timeline/evaluate/events.py``). ``--errors`` lists every gold event that was
missed or got a wrong date, type, actor1, actor2, status or location, and the spurious system events;
``--by-corpus`` adds the same measures for each corpus of the gold file.
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

from timeline.actors import canonical_key  # noqa: E402
from timeline.evaluate.events import CUT_RECORDS, load_articles, read_gold, same_place, score_events, system_events  # noqa: E402

GOLD = ROOT / "tests" / "data" / "events_gold.jsonl"
CORPORA = ROOT.parent / "shared" / "corpora"


def _errors(scores) -> list[str]:
    lines = []
    for row, e in scores.pairs:
        if e is None:
            lines.append(f"MISSED  {row['id']}: {row['event_type']} {row['date']} {row['actor1']}\n"
                         f"        {row['sentence'][:200]}")
            continue
        wrong = []
        if e.event_type != row["event_type"]:
            wrong.append(f"type {e.event_type} (gold {row['event_type']}, trigger {e.trigger!r})")
        if e.event_date != row["date"]:
            wrong.append(f"date {e.event_date} (gold {row['date']}, text {e.date_text!r})")
        if (canonical_key(e.actor1) if e.actor1 else None) != (canonical_key(row["actor1"]) if row["actor1"] else None):
            wrong.append(f"actor1 {e.actor1} (gold {row['actor1']})")
        if (canonical_key(e.actor2) if e.actor2 else None) != (canonical_key(row["actor2"]) if row["actor2"] else None):
            wrong.append(f"actor2 {e.actor2} (gold {row['actor2']})")
        if e.status != row["status"]:
            wrong.append(f"status {e.status} (gold {row['status']})")
        if not same_place(e.location, row.get("location")):
            wrong.append(f"location {e.location} [{e.location_basis}] (gold {row.get('location')})")
        if wrong:
            lines.append(f"WRONG   {row['id']}: " + "; ".join(wrong) + f"\n        {row['sentence'][:200]}")
    for e in scores.spurious:
        lines.append(f"EXTRA   {e.article_id}: {e.event_type} {e.event_date} {e.actor1} trigger {e.trigger!r}\n"
                     f"        {e.sentence[:200]}")
    for e in scores.outside:  # in a sentence with no gold row: counted by precision_doc only
        lines.append(f"OUTSIDE {e.article_id}: {e.event_type} {e.event_date} {e.actor1} trigger {e.trigger!r}\n"
                     f"        {e.sentence[:200]}")
    return lines


def _print_by_corpus(gold: list[dict], events, names: list[str]) -> None:
    """One column per corpus (events are built once, over the whole set, as for the pooled figures)."""
    corpora = sorted({row["corpus"] for row in gold})
    columns = {c: score_events([row for row in gold if row["corpus"] == c], events) for c in corpora}
    print("by corpus".ljust(17) + "".join(f"{c:>12}" for c in corpora))
    print("  gold events".ljust(17) + "".join(f"{columns[c].gold:>12}" for c in corpora))
    for name in names:
        print(f"  {name:15}" + "".join(f"{columns[c].measures()[name]:>12.1f}" for c in corpora))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(GOLD))
    parser.add_argument("--corpora", default=str(CORPORA))
    parser.add_argument("--errors", action="store_true", help="list every missed, wrong and spurious event")
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    parser.add_argument("--by-corpus", action="store_true", help="also print the measures of each corpus apart")
    args = parser.parse_args(argv)
    gold = read_gold(args.gold)
    events = system_events(load_articles(gold, args.corpora, Path(args.gold).with_name(CUT_RECORDS)))
    scores = score_events(gold, events)
    measures = scores.measures()
    if args.json:
        print(json.dumps(measures, indent=2))
        return 0
    print(f"gold events {scores.gold}, judged system events {scores.judged} (of {scores.in_documents} in the gold's "
          f"documents), matched {scores.matched}")
    ends = {f"{field}_{part}" for field in scores.FIELDS for part in ("p", "r", "f1")}
    dated = ("dated_p", "dated_r", "dated_p_doc")
    for name, value in measures.items():
        if name not in ends and name not in dated:
            print(f"  {name:15} {value:5.1f}")
    print(f"on the time axis (dated events on the right date, any type or cast; {scores.dated['gold']} gold rows "
          f"dated): p {measures['dated_p']:.1f}  r {measures['dated_r']:.1f}  p over the documents "
          f"{measures['dated_p_doc']:.1f}")
    print("end to end (right over judged / over gold):")
    print(f"  {'field':15} {'p':>5} {'r':>5} {'f1':>5}")
    for field in scores.FIELDS:
        print(f"  {field:15}" + "".join(f" {measures[f'{field}_{part}']:5.1f}" for part in ("p", "r", "f1")))
    confusion = Counter({k: v for k, v in scores.types.items() if k[0] != k[1]})
    if confusion:
        print("type confusion (gold -> system, '-' = missed):")
        for (gold_type, system_type), n in confusion.most_common():
            print(f"  {gold_type:>10} -> {system_type:10} {n}")
    if args.by_corpus:
        _print_by_corpus(gold, events, list(measures))
    if args.errors:
        print()
        print("\n".join(_errors(scores)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
