"""A census of the type errors on matched events: each gold row matched to a system event of another type, counted by
(system type, gold type) pair and by cause.

Usage: python scripts/type_census.py [--sets events_fresh28,...] [--skip events_fresh36,...] [--dump OUT.jsonl]
                                     [--list CAUSE] [--jobs N]

The sets are the quality gate's (``timeline/evaluate/gate.py``) unless ``--sets`` names some; ``--skip`` leaves sets
out (the CHECK sets: their rows are never printed, so leave them out). A cause is read from the system event's trigger
and the gold row's sentence, in this order (the first that holds):

- ``no predicate``: the system row has no trigger (a date-only ``other`` row);
- ``saying -> statement``: the trigger is a reporting verb (form R) typed ``statement`` where the gold reads the act or
  speech act it reports;
- ``saying over-typed``: a reporting verb typed by what it reports where the gold keeps it a ``statement``;
- ``saying content``: a reporting verb typed by what it reports where the gold reads another act of the sentence;
- ``same family``: the trigger is typed in the gold's family but as another type (assault / military, meeting /
  talks);
- ``other predicate``: another predicate of the gold's type (or family) stands in the sentence (which predicate names
  the act);
- ``noun trigger``: the trigger is a noun (form N, or X not read as a verb);
- ``wrong family``: the trigger's verb typed in another family, with no predicate of the gold's type in the sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.evaluate.events import CUT_RECORDS, load_articles, match, read_gold, system_events  # noqa: E402
from timeline.evaluate.gate import gate_sets  # noqa: E402
from timeline.events.triggers import event_type, find_triggers  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
CAUSES = ("no predicate", "saying -> statement", "saying over-typed", "saying content", "other predicate",
          "noun trigger", "same family", "wrong family")


def _family(name: str | None) -> str | None:
    return event_type(name).family if name else None


def _trigger_form(sentence: str, trigger: str | None) -> str | None:
    """The form (R, V, N, X, J, G) of the lexicon's predicate that the trigger's text starts with in the sentence."""
    if not trigger:
        return None
    low = sentence.lower()
    at = low.find(trigger.lower())
    if at < 0:
        return None
    for t in find_triggers(low, at, min(len(low), at + len(trigger) + 40)):
        if t.start == at:
            return t.form
    return None


def cause(row: dict, system_type: str, trigger: str | None, sentence: str) -> str:
    gold_type = row["event_type"]
    if not trigger:
        return "no predicate"
    form = _trigger_form(sentence, trigger)
    if form == "R":
        if system_type == "statement":
            return "saying -> statement"
        if gold_type == "statement":
            return "saying over-typed"
        return "saying content"
    if _family(system_type) == _family(gold_type):
        return "same family"
    low = sentence.lower()
    others = [t for t in find_triggers(low) if t.text != trigger.lower()
              and (t.type == gold_type or _family(t.type) == _family(gold_type)) and t.form != "R"]
    if others:
        return "other predicate"
    if form in ("N", "X") and not trigger.lower().endswith(("ed", "s")):
        return "noun trigger"
    return "wrong family"


def reported_content(row: dict, sentence: str) -> str:
    """What the sentence of a saying typed ``statement`` holds besides the saying: a predicate of the gold's type or
    family (the reported act is read but not taken), another typed predicate only, or none (the gold reads the act
    from words the lexicon has no predicate for: "outraged", "hysteria", "was quadrupling the number of guards")."""
    gold_type = row["event_type"]
    found = [t for t in find_triggers(sentence.lower()) if t.form != "R"]
    if any(t.type == gold_type or _family(t.type) == _family(gold_type) for t in found):
        return "gold's predicate in the sentence"
    return "another predicate only" if found else "no predicate of any type"


def census_of(name: str, gold_path: str) -> list[dict]:
    gold = read_gold(ROOT / gold_path)
    events = system_events(load_articles(gold, CORPORA, (ROOT / gold_path).with_name(CUT_RECORDS)))
    out = []
    for row, e in match(gold, events):
        if e is None or e.event_type == row["event_type"]:
            continue
        others = [(o.event_type, o.trigger) for o in events.get(row["article_id"], [])
                  if o is not e and o.char_start == e.char_start]
        out.append({"set": name, "id": row["id"], "system": e.event_type, "gold": row["event_type"],
                    "trigger": e.trigger, "cause": cause(row, e.event_type, e.trigger, row["sentence"]),
                    "same_sentence": others, "sentence": row["sentence"], "note": row.get("note", "")})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated gate set names (default: all)")
    parser.add_argument("--skip", default="", help="comma-separated gate set names to leave out")
    parser.add_argument("--dump", help="write every wrong-type pair as JSON lines")
    parser.add_argument("--list", help="print the pairs of one cause")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    sets = gate_sets(ROOT / "tests" / "test_quality.py")
    wanted = [s for s in args.sets.split(",") if s] or list(sets)
    skip = {s for s in args.skip.split(",") if s}
    names = [s for s in wanted if s not in skip]
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = [r for part in pool.map(census_of, names, [sets[n] for n in names]) for r in part]
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
    print(f"{len(rows)} matched pairs of another type over {len(names)} sets")
    print("by cause:")
    for c, n in Counter(r["cause"] for r in rows).most_common():
        print(f"  {c:22} {n:4}  in {len({r['id'].split('#')[0] for r in rows if r['cause'] == c})} documents")
        if c == "saying -> statement":
            for d, m in Counter(reported_content({"event_type": r["gold"]}, r["sentence"])
                                for r in rows if r["cause"] == c).most_common():
                print(f"    {d:34} {m:4}")
    print("by (system type, gold type):")
    for (s, g), n in Counter((r["system"], r["gold"]) for r in rows).most_common(40):
        print(f"  {s:>12} <- gold {g:12} {n:4}")
    if args.list:
        for r in rows:
            if r["cause"] == args.list:
                print(f"{r['id']}: {r['system']} (gold {r['gold']}, trigger {r['trigger']!r})\n    {r['sentence'][:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
