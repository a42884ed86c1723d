"""Recall of gold source/target actors on the PLOVER sentences.

Usage: python scripts/score_actors.py [PATH_TO_sentences_dev.jsonl] [--json]

Each gold ``actorText`` (source and target) counts as found when

1. it occurs in the sentence (exactly, else ignoring case) and some mention
   from ``find_actors`` overlaps that span ("span"), or
2. it cannot be located in the sentence (coders sometimes paraphrase or
   elide: "United Nations military personnel", "U.S. ... negotiators") and the
   ``canonical_key`` of it or of a run of its words equals the key of some
   mention ("name").

Overlap is lenient on purpose: the event extractor needs to know *that* an
actor is there and where; finer boundaries are checked by the unit tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.actors import canonical_key, find_actors  # noqa: E402
from timeline.evaluate.plover import locate  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpora" / "plover" / "sentences_dev.jsonl"


def _name_match(actor: str, keys: set[str]) -> bool:
    words = [w.strip("()") for w in actor.split() if w.strip("().")]
    return any(canonical_key(" ".join(words[i:j])) in keys
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def score(rows: list[dict]) -> dict:
    """Figures for the gold actors of ``rows`` (PLOVER records)."""
    out = {"sentences": len(rows), "source": [0, 0], "target": [0, 0], "by_span": 0, "by_name": 0,
           "unlocated": 0, "missed": []}
    for row in rows:
        text = row["text"]
        mentions = find_actors(text)
        keys = {m.key for m in mentions}
        for role in ("source", "target"):
            for actor in row.get(role) or []:
                gold = actor.get("actorText", "")
                out[role][1] += 1
                span = locate(text, gold)
                if span is not None:
                    hit = any(m.start < span[1] and span[0] < m.end for m in mentions)
                    if hit:
                        out["by_span"] += 1
                else:
                    out["unlocated"] += 1
                    hit = _name_match(gold, keys)
                    if hit:
                        out["by_name"] += 1
                if hit:
                    out[role][0] += 1
                else:
                    out["missed"].append((row["id"], role, gold))
    found = out["source"][0] + out["target"][0]
    total = out["source"][1] + out["target"][1]
    out["recall"] = found / total if total else 0.0
    out["source_recall"] = out["source"][0] / out["source"][1] if out["source"][1] else 0.0
    out["target_recall"] = out["target"][0] / out["target"][1] if out["target"][1] else 0.0
    return out


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    result = score(read_rows(path))
    if "--json" in argv:
        print(json.dumps({k: v for k, v in result.items() if k != "missed"}, indent=2))
        return 0
    if "--missed" in argv:
        for item in result["missed"]:
            print("missed", *item, sep="\t")
    s, t = result["source"], result["target"]
    print(f"sentences: {result['sentences']}")
    print(f"source actors found: {s[0]}/{s[1]} = {result['source_recall']:.3f}")
    print(f"target actors found: {t[0]}/{t[1]} = {result['target_recall']:.3f}")
    print(f"all gold actors found: {s[0] + t[0]}/{s[1] + t[1]} = {result['recall']:.3f}")
    print(f"  found by span overlap: {result['by_span']}; by canonical name (gold text not in sentence): "
          f"{result['by_name']}; gold texts not in sentence: {result['unlocated']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
