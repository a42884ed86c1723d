"""Write the unlabelled sample a rule change is audited on: read every event the change moves in it.

Usage: python scripts/audit_sample.py OUTDIR [--whitehouse 150] [--t17 300] [--corpora ../shared/corpora]

Then build it before and after the change and diff the events:
    python -m timeline build OUTDIR/*.jsonl -o before --no-html
    ...change...
    python -m timeline build OUTDIR/*.jsonl -o after --no-html

The sample takes the first records of each corpus in file order and leaves out every document a gold set under
``tests/data`` uses (and every Timeline17 id a test cites), so that reading the audit's output never shows the
extractor's reading of a blind set's documents (the holdout, and the newest fresh set before it is scored). The
whole TASS file (10 records, all in the dev gold) is kept: it has no blind documents and the audit must see TASS.

The unused documents run out (48 besides TASS in the eighteenth session), so ``--with-dev`` keeps the documents of
the development sets too (the gold files ``tests/test_quality.py`` scores) and those tests cite, and leaves out only
the blind sets' documents (every ``events_gold*.jsonl`` the quality gate does not score) and the ids listed one per
line in ``--exclude FILE`` (a blind set being written). Reading a development document's output is allowed; a
rule still needs an instance outside the set it came from.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's code, not the editable install's (README "Fragile")

from timeline.evaluate.gate import gate_sets  # noqa: E402

TESTS = ROOT / "tests"
_CITED = re.compile(r"t17-(?:reuters|bbc)-\d+")


def _source(article_id: str) -> str:
    """The corpus record an id names: ``#n`` row suffixes dropped, and a cut record's ``--partN`` (its text is
    the start of that record, so a blind set on the part keeps the whole record out of the sample)."""
    return article_id.split("#")[0].split("--part")[0]


def gold_ids() -> set[str]:
    """Every article id of a gold file under tests/data (``#n`` row suffixes dropped) and every t17 id a test cites."""
    ids: set[str] = set()
    for path in sorted((TESTS / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            for key in ("article_id", "id"):
                if isinstance(row.get(key), str):
                    ids.add(_source(row[key]))
    for path in TESTS.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".jsonl", ".md", ".json"):
            ids.update(_CITED.findall(path.read_text(encoding="utf-8", errors="replace")))
    return ids


def blind_ids(exclude: Path | None = None) -> set[str]:
    """Every article id of a blind gold set (an ``events_gold*.jsonl`` the quality gate does not score) and of
    ``exclude`` (ids one per line)."""
    gate = set(gate_sets(TESTS / "test_quality.py").values())
    ids: set[str] = set()
    for path in sorted((TESTS / "data").glob("events_gold*.jsonl")):
        if f"tests/data/{path.name}" in gate:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(_source(json.loads(line)["article_id"]))
    if exclude is not None:
        ids.update(line.strip() for line in exclude.read_text(encoding="utf-8").splitlines() if line.strip())
    return ids


def first_unused(path: Path, n: int, used: set[str]) -> list[str]:
    """The first ``n`` lines of a JSONL corpus whose record id is not in ``used``."""
    kept = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and json.loads(line).get("id") not in used:
                kept.append(line if line.endswith("\n") else line + "\n")
                if len(kept) == n:
                    break
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--whitehouse", type=int, default=150, help="White House records (default 150)")
    parser.add_argument("--t17", type=int, default=300, help="Timeline17 Syria records (default 300)")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--with-dev", action="store_true",
                        help="keep development sets' documents; leave out only blind sets' and --exclude's")
    parser.add_argument("--exclude", type=Path, help="a file of article ids to leave out, one per line")
    args = parser.parse_args(argv)
    used = blind_ids(args.exclude) if args.with_dev else gold_ids() | blind_ids(args.exclude)
    args.outdir.mkdir(parents=True, exist_ok=True)
    plan = [("whitehouse", "readouts_dev.jsonl", args.whitehouse, used), ("t17_syria", "articles.jsonl", args.t17, used),
            ("tass", "tass_dev.jsonl", 10_000, set())]
    for corpus, name, n, skip in plan:
        source = args.corpora / corpus / name
        if not source.exists():
            print(f"error: {source} not found; pass --corpora DIR (the folder holding whitehouse/, t17_syria/, tass/)",
                  file=sys.stderr)
            return 1
        lines = first_unused(source, n, skip)
        (args.outdir / f"{corpus}.jsonl").write_text("".join(lines), encoding="utf-8")
        print(f"{corpus}: {len(lines)} records -> {args.outdir / (corpus + '.jsonl')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
