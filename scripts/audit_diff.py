"""Compare two builds of the audit sample: which articles' events a change moved, and how.

Usage: python scripts/audit_diff.py BASE_OUTDIR NEW_OUTDIR [--same | --moved] [--events]

Both folders are ``timeline build ... -o DIR`` outputs of the same inputs (``scripts/audit_sample.py``), one built
before a change and one after. By default each article's rows of ``mentions.csv`` are compared: one row per event as
the article tells it, before events of several articles are merged, so a change to one article cannot show up as a
move of another through the merge. ``--events`` compares the merged ``events.csv`` rows instead, grouped by the
articles each event holds (what a reader of the table sees). Ids are left out of the comparison (they hash the fields
compared).

Prints "N same, M moved", then per moved article the rows only the base has (-) and only the new build has (+):
date, precision, date text, basis, type, status, actors, actor1, actor2, location, and the sentence's start. Read
every one and count better / neutral / worse. ``--same`` prints the ids of the articles that did not move (a
byte-identical refactor lists them all), ``--moved`` those that did, one per line.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

FIELDS = ("event_date", "precision", "date_text", "date_basis", "event_type", "status", "actors", "actor1", "actor2",
          "location", "trigger", "char_start", "sentence")
SHOWN = FIELDS[:10]  # the fields printed before the sentence: event_date .. location


def _rows(folder: Path, events: bool) -> dict[str, list[tuple[str, ...]]]:
    """Each article's rows, as sorted tuples of FIELDS."""
    name = "events.csv" if events else "mentions.csv"
    path = folder / name
    if not path.exists():
        sys.exit(f"audit_diff: {path} not found; build it with `python -m timeline build ... -o {folder}`")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if events and "article_ids" in frame:
        # an event merged from several articles belongs to each of them
        frame = frame.assign(article_id=frame["article_ids"].where(frame["article_ids"] != "", frame["article_id"]))
        frame = frame.assign(article_id=frame["article_id"].str.split(";")).explode("article_id")
        frame["article_id"] = frame["article_id"].str.strip()
    frame = frame.reindex(columns=["article_id", *FIELDS], fill_value="")  # (an older build may lack a column)
    out: dict[str, list[tuple[str, ...]]] = {}
    for article, group in frame.groupby("article_id", sort=False):
        out[article] = sorted(tuple(r) for r in group[list(FIELDS)].itertuples(index=False))
    return out


def _articles(folder: Path) -> list[str]:
    """Every article id the build accounted for (read or skipped), in input order."""
    path = folder / "articles.csv"
    if not path.exists():
        return []
    return [a for a in pd.read_csv(path, dtype=str, keep_default_na=False)["article_id"] if a]


def compare(base: Path, new: Path, events: bool = False) -> tuple[list[str], list[str], dict]:
    """(same, moved, {article: (rows only in base, rows only in new)})."""
    b, n = _rows(base, events), _rows(new, events)
    order = list(dict.fromkeys(_articles(new) + _articles(base) + list(b) + list(n)))
    same, moved, changes = [], [], {}
    for article in order:
        old, now = b.get(article, []), n.get(article, [])
        if old == now:
            same.append(article)
            continue
        moved.append(article)
        # multisets: a row told twice that the change tells once is a move, and is listed
        changes[article] = (sorted((Counter(old) - Counter(now)).elements()),
                            sorted((Counter(now) - Counter(old)).elements()))
    return same, moved, changes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--same", action="store_true", help="print the ids of the articles that did not move")
    which.add_argument("--moved", action="store_true", help="print the ids of the articles that moved")
    ap.add_argument("--events", action="store_true", help="compare merged events.csv rows, not mentions.csv")
    args = ap.parse_args(argv)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the listing quietly
    same, moved, changes = compare(args.base, args.new, args.events)
    if args.same or args.moved:
        print("\n".join(same if args.same else moved))
        return 0
    print(f"{len(same)} same, {len(moved)} moved")
    for article in moved:
        print(f"== {article}")
        gone, added = changes[article]
        for sign, rows in (("-", gone), ("+", added)):
            for r in rows:
                print(f"  {sign}", r[:len(SHOWN)], r[-1][:120])
    return 0


if __name__ == "__main__":
    sys.exit(main())
