"""The transfer check: does a change lift the sets nobody read for it? (DEV / CHECK)

Why. For eleven sessions recall rose on the development sets while the blind sets matched the same events: each gain
was fitted to misses someone had read, and did not carry to text nobody had read. So a session splits the gate's
events sets in two before it starts. DEV: the sets whose misses may be read (``score_events.py --errors``, the
rows, the documents) to find a cause. CHECK: the sets looked at through their figures only (never ``--errors``,
never their rows); by default the four newest random wire sets of the gate (``events_fresh28`` onward are random
draws of Timeline17 Reuters and BBC wire stories; the default takes the four highest-numbered ``events_freshN`` with
N >= 28, leaving out fresh42, which is blog posts and press conferences). A change is merged when it transfers: CHECK's
summed recall (or ``--measure``) rises and no CHECK set's recall or precision_doc (or ``--measure``) falls. A change
that lifts DEV alone is fitted to what was read. Only the gate's sets are scored (``timeline.evaluate.gate.gate_sets``,
in-process as ``tests/test_quality.py`` does): the blind sets are never among them.

Usage (``--save`` in a checkout of the base code, ``--against`` in the changed one):
    python scripts/compare_sets.py --save BASE.json [--jobs N]
    python scripts/compare_sets.py --against BASE.json [--check SETS] [--measure recall] [--jobs N] [--json OUT]
``--against`` prints, per set, the measures that moved (the gate's pinned ones, actor2 and dated_p; a CHECK set
is tagged), the summed deltas over DEV and over CHECK, every CHECK set whose recall or precision_doc fell, and the
verdict line; it exits 0 either way (a report, not a gate: the quality gate is ``tests/test_quality.py``).
``--sets`` restricts the sets scored (both modes); ``--save`` may go with ``--against`` to keep today's figures as
the next base. SETS are names as in the gate (``events_fresh35``), comma-separated.

Time: a full ``--save`` (41 sets of the gate, late in the thirty-sixth session) took 21 s with ``--jobs 1``
and 11 s with ``--jobs 2`` on the project's two-core machine; ``--against`` takes the same (the comparison itself
costs nothing), so run it after every change, not only before a merge.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.evaluate.gate import EVENT_PINNED, gate_sets  # noqa: E402

QUALITY = ROOT / "tests" / "test_quality.py"
CORPORA = ROOT.parent / "shared" / "corpora"
MEASURES = EVENT_PINNED + ("actor2", "dated_p")  # what --against compares
FALLS = ("recall", "precision_doc")  # a CHECK set with one of these lower fails the verdict
RANDOM_WIRE_FROM = 28  # events_fresh28 onward: random Timeline17 wire draws ...
NOT_RANDOM_WIRE = {"events_fresh42"}  # ... but fresh42: four BBC blog posts and three White House press conferences' ends
CHECK_COUNT = 4
_FRESH = re.compile(r"events_fresh(\d+)$")


def _score_one(item: tuple[str, str, str]) -> tuple[str, dict[str, float]]:
    from timeline.evaluate.events import evaluate_events

    name, gold, corpora = item
    return name, evaluate_events(ROOT / gold, Path(corpora)).measures()


def score(sets: dict[str, str], corpora: str | Path, jobs: int = 1) -> dict[str, dict[str, float]]:
    """{set: its measures} for ``sets`` ({name: gold file relative to the repository}), in their order."""
    items = [(name, gold, str(corpora)) for name, gold in sets.items()]
    if jobs <= 1:
        return dict(map(_score_one, items))
    with ProcessPoolExecutor(jobs) as pool:
        return dict(pool.map(_score_one, items))


def default_check(names: list[str]) -> list[str]:
    """The ``CHECK_COUNT`` highest-numbered random wire sets (``events_freshN``, N >= 28, not fresh42) among
    ``names``."""
    fresh = sorted((int(m.group(1)), name) for name in names if (m := _FRESH.match(name))
                   and int(m.group(1)) >= RANDOM_WIRE_FROM and name not in NOT_RANDOM_WIRE)
    return [name for _, name in fresh[-CHECK_COUNT:]]


def deltas(now: dict[str, dict], saved: dict[str, dict],
           measures: tuple[str, ...] = MEASURES) -> dict[str, dict[str, float]]:
    """{set: {measure: now - saved}} for each set and measure both hold (rounded to 0.1, as the figures are)."""
    return {name: {m: round(now[name][m] - saved[name][m], 1) for m in measures
                   if m in now[name] and m in saved[name]}
            for name in now if name in saved}


def summed(moves: dict[str, dict[str, float]], names: list[str]) -> dict[str, float]:
    """The deltas of ``names`` summed per measure (sets ``moves`` lacks count for nothing)."""
    total: dict[str, float] = {}
    for name in names:
        for m, v in moves.get(name, {}).items():
            total[m] = total.get(m, 0.0) + v
    return {m: round(v, 1) for m, v in total.items()}


def fell(moves: dict[str, dict[str, float]], names: list[str],
         measures: tuple[str, ...] = FALLS) -> dict[str, dict[str, float]]:
    """{set: {measure: delta}} for each of ``names`` where one of ``measures`` fell."""
    out = {}
    for name in names:
        down = {m: moves[name][m] for m in measures if moves.get(name, {}).get(m, 0.0) < 0}
        if down:
            out[name] = down
    return out


def verdict(moves: dict[str, dict[str, float]], check: list[str], measure: str = "recall") -> tuple[bool, str]:
    """(transfers, the verdict line): CHECK's summed ``measure`` rises and no CHECK set's recall, precision_doc or
    ``measure`` falls."""
    scored = [name for name in check if name in moves]
    if not scored:
        return False, "VERDICT no CHECK set scored: nothing to say"
    total = summed(moves, scored).get(measure, 0.0)
    falls = fell(moves, scored, tuple(dict.fromkeys(FALLS + (measure,))))
    transfers = total > 0 and not falls
    why = f"CHECK summed {measure} {total:+.1f}"
    if falls:
        why += "; fell: " + ", ".join(f"{name} ({_line(d)})" for name, d in falls.items())
    elif total <= 0:
        why += "; no CHECK set fell"
    else:
        why += ", no CHECK set fell"
    return transfers, f"VERDICT {'transfers' if transfers else 'does not transfer'}: {why}"


def _line(d: dict[str, float]) -> str:
    return " ".join(f"{m} {v:+.1f}" for m, v in d.items())


def compare(now: dict[str, dict], saved: dict[str, dict], check: list[str],
            measure: str = "recall") -> tuple[list[str], dict]:
    """The report's lines and its JSON: per-set moves, DEV and CHECK sums, CHECK's falls, the verdict."""
    measures = tuple(dict.fromkeys(MEASURES + (measure,)))
    moves = deltas(now, saved, measures)
    dev = [name for name in now if name in saved and name not in check]
    check = [name for name in check if name in saved and name in now]  # one the saved file lacks: reported missing
    lines = [f"{name} missing in the saved file" for name in now if name not in saved]
    for name, d in moves.items():
        moved = {m: v for m, v in d.items() if v}
        if moved:
            lines.append(f"{name + (' [CHECK]' if name in check else ''):24s} {_line(moved)}")
    dev_sum, check_sum = summed(moves, dev), summed(moves, check)
    lines.append(f"SUMMED DEV   ({len(dev)} sets) {_line(dev_sum)}")
    lines.append(f"SUMMED CHECK ({', '.join(c.removeprefix('events_') for c in check)}) {_line(check_sum)}")
    falls = fell(moves, check)
    lines += [f"CHECK FELL {name}: {_line(d)}" for name, d in falls.items()]
    transfers, line = verdict(moves, check, measure)
    lines.append(line)
    return lines, {"check": check, "dev": dev, "measure": measure, "deltas": moves, "dev_sum": dev_sum,
                   "check_sum": check_sum, "check_fell": falls, "transfers": transfers, "verdict": line,
                   "now": now}


def _names(text: str | None) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()] if text else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", metavar="FILE", help="write today's figures {set: measures} as JSON here")
    parser.add_argument("--against", metavar="FILE", help="compare today's figures with this saved file")
    parser.add_argument("--check", metavar="SETS", help="the CHECK sets, comma-separated (default: the four newest random wire sets)")
    parser.add_argument("--measure", default="recall", help="the measure CHECK's sum must raise (default recall)")
    parser.add_argument("--sets", metavar="SETS", help="score only these gate sets, comma-separated")
    parser.add_argument("--jobs", metavar="N", type=int, default=1, help="processes scoring the sets (default 1)")
    parser.add_argument("--json", metavar="OUT", help="with --against: write the comparison as JSON here")
    parser.add_argument("--corpora", default=str(CORPORA))
    args = parser.parse_args(argv)
    if not args.save and not args.against:
        parser.error("give --save FILE, --against FILE or both")
    gate = gate_sets(QUALITY)

    def gate_names(text: str) -> list[str]:
        names = _names(text)
        unknown = [name for name in names if name not in gate]
        if unknown:
            parser.error(f"not sets of the gate: {', '.join(unknown)}")
        return names

    sets = {name: gate[name] for name in gate_names(args.sets)} if args.sets else gate
    check = [name for name in gate_names(args.check) if name in sets] if args.check else default_check(list(sets))
    saved = json.loads(Path(args.against).read_text(encoding="utf-8")) if args.against else None
    now = score(sets, args.corpora, args.jobs)
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=1) + "\n", encoding="utf-8")
    if saved is not None:
        lines, report = compare(now, saved, check, args.measure)
        print("\n".join(lines))
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
