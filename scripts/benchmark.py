"""Speed and peak memory of the ``timex`` step, against dateparser in the same run.

Usage::

    python scripts/benchmark.py [--corpus DIR] [--repeat N] [--peer-docs K]
                                [--no-export] [--json OUT]

Reproducing whole-process figures with public tools
---------------------------------------------------
This script times the tagging work only (no file I/O, no start-up). To see what
a user waits for -- interpreter start, imports, reading and writing files --
time the command itself; GNU time prints wall time and peak RSS
("Maximum resident set size", in kB), ``taskset`` pins it to one core::

    /usr/bin/time -v taskset -c 1 python -m timeline timex \\
        ../shared/corpora/tempeval3/train -o /tmp/out

One measure can also be run alone, the way this script runs it, under the same
tools (it prints its figures as one JSON line; GNU time's peak RSS should agree
with the ``peak_rss_mb`` it prints)::

    /usr/bin/time -v taskset -c 1 python scripts/benchmark.py --worker dateparser --no-pin

``hyperfine 'python -m timeline timex ... -o /tmp/out'`` gives repeated wall
times with their spread. The script does not depend on the ``timex`` command.

What is measured
----------------
Inputs are the TempEval-3 training texts (TimeBank + AQUAINT, 256 ``.tml``
files), read with ``timeline.ingest.tml.read_tml``; each document's anchor is
the date of its DCT. Each measure runs in a fresh Python process of its own
(separate imports, caches and peak memory), pinned to one CPU with
``os.sched_setaffinity`` where the platform has it:

- ``ours``: ``timeline.temporal.find_mentions(text, anchor)`` on every document;
- ``dateparser``: ``dateparser.search.search_dates`` with every setting
  explicit (``languages=["en"]``, ``RELATIVE_BASE`` = the anchor,
  ``PREFER_DATES_FROM="past"``, ``RETURN_AS_TIMEZONE_AWARE=False``); language
  auto-detection is far slower again and is not measured. ``--peer-docs K``
  runs it on K evenly spaced documents; its docs/s is over what it ran;
- ``ours+export``: tagging plus writing each document as TimeML
  (``timeline.export.timeml.to_timeml``) into a temporary folder.

Each measure makes one warm-up pass (reported as ``cold``), then ``--repeat``
timed passes; docs/s is documents / wall seconds of a pass, best and median.
Peak RSS is ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` of the child at the
end, which includes the interpreter and the texts. The targets (issue 3: >= 500
docs/s on one core, >= 10x dateparser) are printed as figures; the exit status
is 0 unless a measure crashed. On a shared machine run it several times: the
figures move with the load average, which is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tempeval3" / "train"
MEASURES = ("ours", "dateparser", "ours+export")
TARGET_DOCS_PER_SECOND = 500.0
TARGET_RATIO = 10.0


@dataclass(frozen=True, slots=True)
class Document:
    """One benchmark input: a TimeML document's text and the date of its DCT."""

    docid: str
    text: str
    dct: str
    anchor: dt.date


def load_documents(corpus: str | Path, limit: int | None = None) -> list[Document]:
    """The ``.tml`` documents under ``corpus`` in path order; ``limit`` keeps K evenly spaced ones."""
    from timeline.ingest.tml import read_tml  # light: leaves the tagger unimported

    root = Path(corpus)
    paths = sorted(root.rglob("*.tml"))
    if not paths:
        raise SystemExit(f"{corpus}: no .tml files (TempEval-3 training data is in "
                         "../shared/corpora/tempeval3/train; pass --corpus DIR)")
    paths = _spread(paths, limit)
    documents = []
    for path in paths:
        doc = read_tml(path)
        documents.append(Document(docid=doc.docid, text=doc.text, dct=doc.dct,
                                  anchor=_dct_date(doc.dct, path)))
    return documents


def _dct_date(dct: str, path: Path) -> dt.date:
    """The calendar date of a DCT value ("1998-02-12T01:58:00" -> 1998-02-12)."""
    match = re.match(r"(\d{4})-?(\d\d)-?(\d\d)", dct.strip())
    if match is None:
        raise SystemExit(f"{path}: the DCT value {dct!r} is not a date")
    return dt.date(int(match[1]), int(match[2]), int(match[3]))


def _spread(items: list, limit: int | None) -> list:
    """``limit`` items spread evenly over ``items`` (all of them when ``limit`` is None or larger)."""
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        return []
    return [items[i * len(items) // limit] for i in range(limit)]


def _ours() -> Callable[[Document], int]:
    from timeline.temporal import find_mentions

    def run(doc: Document) -> int:
        return len(find_mentions(doc.text, doc.anchor))
    return run


def _dateparser() -> Callable[[Document], int]:
    from dateparser.search import search_dates

    def run(doc: Document) -> int:
        settings = {"RELATIVE_BASE": dt.datetime.combine(doc.anchor, dt.time()),
                    "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        return len(search_dates(doc.text, languages=["en"], settings=settings) or [])
    return run


def _ours_export(folder: Path) -> Callable[[Document], int]:
    from timeline.export.timeml import to_timeml
    from timeline.temporal import find_mentions

    def run(doc: Document) -> int:
        mentions = find_mentions(doc.text, doc.anchor)
        markup = to_timeml(doc.text, mentions, docid=doc.docid, dct=doc.dct)
        (folder / f"{doc.docid}.tml").write_text(markup, encoding="utf-8", newline="")
        return len(mentions)
    return run


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (ru_maxrss is kB on Linux, bytes on macOS)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(name: str, documents: Sequence[Document], repeat: int = 3) -> dict:
    """Run measure ``name`` over ``documents``: one warm-up pass, then ``repeat`` timed passes.

    Returns plain figures: docs, chars, mentions (per pass), cold/best/median
    docs/s, per-pass wall and CPU seconds, peak RSS in MB (of this process).
    A measure whose library cannot be imported returns ``{"name", "skipped"}``.
    """
    if name not in MEASURES:
        raise ValueError(f"unknown measure {name!r}; choose from {', '.join(MEASURES)}")
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    rss_before = peak_rss_mb()
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        try:
            run = {"ours": _ours, "dateparser": _dateparser,
                   "ours+export": lambda: _ours_export(Path(folder))}[name]()
        except ImportError as err:
            return {"name": name, "skipped": f"cannot import: {err}"}
        rss_imported = peak_rss_mb()
        passes = [_one_pass(run, documents) for _ in range(repeat + 1)]
    cold, timed = passes[0], passes[1:]
    mentions = {found for _, _, found in passes}
    docs = len(documents)
    rates = [docs / wall if wall > 0 else float("inf") for wall, _, _ in timed]
    return {
        "name": name,
        "docs": docs,
        "chars": sum(len(doc.text) for doc in documents),
        "mentions": cold[2],
        "mentions_stable": len(mentions) == 1,
        "repeat": repeat,
        "cold_docs_per_s": docs / cold[0] if cold[0] > 0 else float("inf"),
        "best_docs_per_s": max(rates),
        "median_docs_per_s": statistics.median(rates),
        "wall_s": [round(wall, 6) for wall, _, _ in timed],
        "cpu_s": [round(cpu, 6) for _, cpu, _ in timed],
        "peak_rss_mb_before_import": round(rss_before, 1),
        "peak_rss_mb_after_import": round(rss_imported, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def _one_pass(run: Callable[[Document], int], documents: Sequence[Document]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and mentions found for one pass over ``documents``."""
    found = 0
    cpu = time.process_time()
    wall = time.perf_counter()
    for doc in documents:
        found += run(doc)
    return time.perf_counter() - wall, time.process_time() - cpu, found


def _pin(cpu: int | None) -> str:
    """Pin this process to ``cpu``; returns how it runs ("cpu 1" or why not pinned)."""
    if cpu is None:
        return "not pinned (--no-pin)"
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (os.sched_setaffinity is not available on this platform)"
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError as err:
        return f"not pinned (sched_setaffinity failed: {err})"
    return f"cpu {cpu}"


def _worker(args: argparse.Namespace) -> int:
    """Child process: pin, load the texts, run one measure, print its figures as one JSON line."""
    pinned = _pin(args.pin)
    documents = load_documents(args.corpus, args.docs)
    result = measure(args.worker, documents, args.repeat)
    result["pinned"] = pinned
    print(json.dumps(result))
    return 0


def _choose_cpu() -> int | None:
    """The core the children are pinned to: the last one this process may use."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    return max(os.sched_getaffinity(0))


def _spawn(name: str, corpus: Path, repeat: int, docs: int | None, cpu: int | None) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", name,
               "--corpus", str(corpus), "--repeat", str(repeat)]
    if docs is not None:
        command += ["--docs", str(docs)]
    command += ["--pin", str(cpu)] if cpu is not None else ["--no-pin"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"name": name, "error": f"exit status {done.returncode}: "
                + (done.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(lines[-1])


def _pinning(results: dict[str, dict]) -> str:
    """How the children ran, in one phrase: "pinned to cpu 1 (os.sched_setaffinity)" or why not."""
    pinned = sorted({result["pinned"] for result in results.values() if result.get("pinned")})
    if pinned and all(p.startswith("cpu ") for p in pinned):
        return f"pinned to {', '.join(pinned)} (os.sched_setaffinity)"
    return ", ".join(pinned) or "pinning unknown"


def _ratio(ours: dict, peer: dict, key: str) -> float | None:
    if "error" in ours or "skipped" in ours or "error" in peer or "skipped" in peer:
        return None
    return ours[key] / peer[key] if peer[key] > 0 else None


def summarise(results: dict[str, dict]) -> dict:
    """Ratios ours/dateparser and the issue-3 targets, from the per-measure figures."""
    ours, peer = results.get("ours", {"error": "not run"}), results.get("dateparser", {"error": "not run"})
    ratios = {
        "docs_per_s_median": _ratio(ours, peer, "median_docs_per_s"),
        "docs_per_s_best": _ratio(ours, peer, "best_docs_per_s"),
        "docs_per_s_cold": _ratio(ours, peer, "cold_docs_per_s"),
    }
    if ratios["docs_per_s_median"] is not None:
        # documents differ in length, so with --peer-docs the size-neutral rate matters too
        ours_chars = ours["chars"] / statistics.median(ours["wall_s"])
        peer_chars = peer["chars"] / statistics.median(peer["wall_s"])
        ratios["chars_per_s_median"] = ours_chars / peer_chars
    speed = None if "median_docs_per_s" not in ours else ours["median_docs_per_s"]
    targets = {
        "docs_per_s": {"target": TARGET_DOCS_PER_SECOND, "median": speed,
                       "best": ours.get("best_docs_per_s"),
                       "met": None if speed is None else speed >= TARGET_DOCS_PER_SECOND},
        "ratio_vs_dateparser": {"target": TARGET_RATIO, "median": ratios["docs_per_s_median"],
                                "best": ratios["docs_per_s_best"],
                                "met": None if ratios["docs_per_s_median"] is None
                                else ratios["docs_per_s_median"] >= TARGET_RATIO},
    }
    return {"ratios": ratios, "targets": targets}


def environment() -> dict:
    import importlib.metadata as metadata

    def version(package: str) -> str | None:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return None

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "dateparser": version("dateparser"),
        "timeline": _timeline_version(),
    }


def _timeline_version() -> str | None:
    import timeline

    return getattr(timeline, "__version__", None)


def _fmt(value: float | None, spec: str = ".0f") -> str:
    return "-" if value is None else format(value, spec)


def render(report: dict) -> str:
    """The plain-text table and target lines for a report."""
    env, results, summary = report["environment"], report["results"], report["summary"]
    lines = [
        f"corpus: {report['corpus']}",
        f"python {env['python']}, dateparser {env['dateparser']}, {env['cpus']} cpus, "
        f"load average before {env['loadavg']}, after {env.get('loadavg_after')}",
        f"each measure ran in its own process, {report['pinned']}; "
        f"1 warm-up pass + {report['repeat']} timed passes",
        "",
        f"{'measure':<12} {'docs':>5} {'mentions':>8} {'docs/s best':>11} {'median':>8} "
        f"{'cold':>8} {'peak RSS MB':>11}",
    ]
    for name, result in results.items():
        if "error" in result or "skipped" in result:
            lines.append(f"{name:<12} {result.get('error') or result.get('skipped')}")
            continue
        lines.append(
            f"{name:<12} {result['docs']:>5} {result['mentions']:>8} "
            f"{result['best_docs_per_s']:>11.1f} {result['median_docs_per_s']:>8.1f} "
            f"{result['cold_docs_per_s']:>8.1f} {result['peak_rss_mb']:>11.1f}")
    ratios = summary["ratios"]
    lines += [
        "",
        f"ours/dateparser docs/s: median {_fmt(ratios['docs_per_s_median'], '.1f')}x, "
        f"best {_fmt(ratios['docs_per_s_best'], '.1f')}x, cold {_fmt(ratios['docs_per_s_cold'], '.1f')}x"
        + (f"; chars/s median {ratios['chars_per_s_median']:.1f}x" if "chars_per_s_median" in ratios else ""),
        "dateparser ran with languages=['en'] and explicit settings; language auto-detection "
        "is much slower again (not measured).",
        "",
        "targets (issue 3), judged on the median:",
    ]
    speed, ratio = summary["targets"]["docs_per_s"], summary["targets"]["ratio_vs_dateparser"]
    lines.append(f"  ours >= {speed['target']:.0f} docs/s on one core: median {_fmt(speed['median'])} "
                 f"(best {_fmt(speed['best'])}) -> {_met(speed['met'])}")
    lines.append(f"  ours >= {ratio['target']:.0f}x dateparser: median {_fmt(ratio['median'], '.1f')}x "
                 f"(best {_fmt(ratio['best'], '.1f')}x) -> {_met(ratio['met'])}")
    return "\n".join(lines)


def _met(flag: bool | None) -> str:
    return "unknown" if flag is None else ("met" if flag else "NOT met")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="folder of .tml files (default: ../shared/corpora/tempeval3/train)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes after one warm-up (default 3)")
    parser.add_argument("--peer-docs", type=int, default=None, metavar="K",
                        help="run dateparser on K evenly spaced documents only (default: all)")
    parser.add_argument("--no-export", action="store_true", help="skip the ours+export measure")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON to OUT")
    parser.add_argument("--worker", choices=MEASURES,
                        help="run one measure in this process and print its figures as JSON")
    parser.add_argument("--docs", type=int, default=None, help=argparse.SUPPRESS)
    pin = parser.add_mutually_exclusive_group()
    pin.add_argument("--pin", type=int, default=None, help=argparse.SUPPRESS)
    pin.add_argument("--no-pin", action="store_true", help="do not pin the measures to one core")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.worker:
        return _worker(args)

    corpus = args.corpus.resolve()
    if not any(corpus.rglob("*.tml")):
        parser.error(f"{corpus}: no .tml files; pass --corpus DIR")
    cpu = None if args.no_pin else _choose_cpu()
    names = [name for name in MEASURES if not (args.no_export and name == "ours+export")]
    env = environment()
    results = {}
    for name in names:
        docs = args.peer_docs if name == "dateparser" else None
        results[name] = _spawn(name, corpus, args.repeat, docs, cpu)
    report = {
        "corpus": str(corpus),
        "repeat": args.repeat,
        "pinned": _pinning(results),
        "environment": {**env, "loadavg_after": environment()["loadavg"]},
        "results": results,
        "summary": summarise(results),
    }
    print(render(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 1 if any("error" in result for result in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
