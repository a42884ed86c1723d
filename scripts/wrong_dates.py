"""Wrong dates over matched events on every development set, grouped by cause (README Quality, "Wrong dates on the
development sets by cause").

Usage: python scripts/wrong_dates.py [--corpora ../shared/corpora] [--list CAUSE] [--jsonl OUT]

The sets are those of ``tests/test_quality.py``'s ``HOW`` (the gate: blind sets are never read). A matched event
whose ``event_date`` differs from the gold row's is grouped by the system date (none, the anchor, another), the gold
date and basis (undated, the anchor, written in the sentence, carried) and the sentence (a saying typed against the
act it reports, a joint statement or transcript, a perfect, a present): a first sort to read, not a verdict.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.evaluate.events import CUT_RECORDS, load_articles, read_gold, score_events, system_events  # noqa: E402
from timeline.evaluate.gate import gate_sets  # noqa: E402

_PERFECT = re.compile(r"\b(?:has|have|had|'ve|’ve)\s+(?:\w+ly\s+|not\s+|also\s+|now\s+|been\s+)*$")
_PERFECT_ANYWHERE = re.compile(r"\b(?:has|have)\s+\w+ed\b")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|am)\s+(?:\w+\s+)?$")


def _kind(row: dict, date: str | None, text: str | None) -> str:
    gold, anchor, basis = row["date"], row.get("anchor"), row.get("date_basis")
    if date and gold and (date.startswith(gold) or gold.startswith(date)):
        return "precision"
    if date and gold and text and row.get("date_text") and text.lower() == row["date_text"].lower():
        return "the same words resolved differently"
    if date is None:
        return {"explicit": "no date; gold written in the sentence", "inferred": "no date; gold carried (rule 1 b)"}.get(
            basis, "no date; gold the story's day")
    if date == anchor:
        said = {"explicit": "story's day; gold written in the sentence", "inferred": "story's day; gold carried (rule 1 b)"}
        return said.get(basis, "story's day; gold undated") if gold is not None else "story's day; gold undated"
    if gold is None:
        return "another clause's date; gold undated" + (" | a 'since' span (rule 26)" if _SINCE.search(row["sentence"])
                                                        else "")
    if gold == anchor:
        return "another clause's date; gold the story's day"
    return "both dated, different"


def _reading(row: dict, e) -> str:
    if "statement" in (e.event_type, row["event_type"]) and e.event_type != row["event_type"]:
        return "a saying matched against the act it reports"
    if row["article_id"].startswith("wh-"):
        return "joint statement or transcript"
    low, trigger = row["sentence"].lower(), (e.trigger or "").lower()
    at = low.find(trigger) if trigger else -1
    before = low[max(0, at - 40):at] if at >= 0 else ""
    if _PERFECT.search(before) or _PERFECT_ANYWHERE.search(low):
        return "perfect (rule 5)"
    if _PRESENT.search(before) or re.match(r"\w+s\b", trigger):
        return "present (rule 6)"
    return "past or noun"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--list", help="print the rows of the causes that contain these words")
    parser.add_argument("--jsonl", help="write every wrong date as a JSON line here")
    args = parser.parse_args(argv)
    rows = []
    for name, gold_file in gate_sets(ROOT / "tests" / "test_quality.py").items():
        path = ROOT / gold_file
        gold = read_gold(path)
        scores = score_events(gold, system_events(load_articles(gold, args.corpora, path.with_name(CUT_RECORDS))))
        for row, e in scores.pairs:
            if e is None or e.event_date == row["date"]:
                continue
            kind = _kind(row, e.event_date, e.date_text)
            if kind.startswith(("no date; gold the story's day", "story's day; gold undated")):
                kind += " | " + _reading(row, e)
            rows.append({"set": name, "id": row["id"], "cause": kind, "system": e.event_date, "gold": row["date"],
                         "system_text": e.date_text, "gold_text": row.get("date_text"), "rule": e.date_rule,
                         "system_basis": e.date_basis, "gold_basis": row.get("date_basis"),
                         "types": f"{e.event_type}/{row['event_type']}", "sentence": row["sentence"]})
    for cause, n in Counter(r["cause"] for r in rows).most_common():
        print(f"{n:4}  {cause}")
    print(f"{len(rows):4}  all")
    if args.list:
        for r in rows:
            if args.list in r["cause"]:
                print(f"\n{r['set']} {r['id']}: {r['system']} ({r['system_text']!r}, {r['rule']}) gold {r['gold']} "
                      f"({r['gold_text']!r}, {r['gold_basis']}) {r['types']}\n  {r['sentence'][:240]}")
    if args.jsonl:
        Path(args.jsonl).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
