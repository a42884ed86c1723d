"""The sayings the extractor folds into an earlier speech of their speaker (``extract._Builder.repeats`` returned
True: "the same speech again"), over every development set's documents, each with the gold rows that start in its
sentence: ROW (a row of the same speaker: the gold counts a speech or an act there), row-other (a row of another
actor) or FOLD (no row: the gold folds it too). A first sort to count a marker's two sides before a rule ("told CBS
in a separate interview" against '"...," he told Reuters'), not a verdict: a ROW may be another type in the same
speech, or the act the saying reports.

``--types`` sorts the folds by the fold's own type (the typer's reading of what it reports) against the type of its
speech's first row (the speaker's first saying row of that day): a rule "fold only a continuation of the speech's own
type" is counted by its ROW and FOLD columns (saying31, at df681216: a `statement` fold after an accusation, demand,
refusal, support or threat row has a saying row of its speaker in the gold 8 times and none 61 times).

Usage: python scripts/speech_folds.py [--corpora ../shared/corpora] [--match REGEX] [--rows-only] [--types]

The sets are those of ``tests/test_quality.py``'s ``HOW`` (``evaluate.gate``: blind sets are never read).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline.evaluate.events import CUT_RECORDS, load_articles, read_gold  # noqa: E402
from timeline.evaluate.gate import gate_sets  # noqa: E402
from timeline.events import extract  # noqa: E402
from timeline.events.predicates import SPEECH_ACTS  # noqa: E402
from timeline.pipeline import process_article  # noqa: E402
from timeline.settings import Settings  # noqa: E402


def _folds(article) -> list[tuple[int, int, str, str | None, str | None, str, str | None]]:
    """(sentence start, end, text, trigger, speaker, the fold's type, its speech's first row's type) of every saying
    ``repeats`` folds in ``article``."""
    found = []
    plain = extract._Builder.repeats

    def watched(builder, event, p, sent):
        folded = plain(builder, event, p, sent)
        if folded:
            first = next((e.event_type for e in builder.events if e.actor1 == event.actor1
                          and e.event_date == event.event_date and e.status == "reported"
                          and (e.event_type == "statement" or e.event_type in SPEECH_ACTS)), None)
            found.append((sent.start, sent.end, builder.text[sent.start:sent.end], p.trigger.text if p else None,
                          event.actor1, event.event_type, first))
        return folded

    extract._Builder.repeats = watched
    try:
        process_article(article, Settings())
    finally:
        extract._Builder.repeats = plain
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--match", help="only folds whose sentence this regex (case-insensitive) finds")
    parser.add_argument("--rows-only", action="store_true", help="only folds the gold gives a row of their speaker")
    parser.add_argument("--types", action="store_true",
                        help="each fold's type against its speech's first row's type, and the counts so sorted")
    args = parser.parse_args(argv)
    match = re.compile(args.match, re.IGNORECASE) if args.match else None
    counts: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    for name, gold_file in gate_sets(ROOT / "tests" / "test_quality.py").items():
        path = ROOT / gold_file
        rows = read_gold(path)
        for aid, article in load_articles(rows, args.corpora, path.with_name(CUT_RECORDS)).items():
            for start, end, text, trigger, speaker, typed, first in _folds(article):
                if match is not None and not match.search(text):
                    continue
                there = [r for r in rows if r["article_id"] == aid and start - 2 <= r["char_start"] < end]
                tag = "ROW" if any(r["actor1"] == speaker for r in there) else "row-other" if there else "FOLD"
                counts[tag] += 1
                pair = f"{typed} after {first or 'no saying row'}"
                if args.types:
                    said = [r["event_type"] for r in there if r["actor1"] == speaker
                            and (r["event_type"] == "statement" or r["event_type"] in SPEECH_ACTS)]
                    by_type[(pair, f"ROW {said[0]}" if said else tag)] += 1
                if args.rows_only and tag != "ROW":
                    continue
                gold = ", ".join(f"{r['id']} {r['event_type']} {r['actor1']}" for r in there)
                print(f"{tag:9} {name} [{trigger}] {speaker}" + (f" ({pair})" if args.types else "")
                      + f" | {' '.join(text.split())[:200]}" + (f" || {gold}" if gold else ""))
    print("folds:", ", ".join(f"{tag} {n}" for tag, n in counts.most_common()) or "none")
    for (pair, verdict), n in sorted(by_type.items()):
        print(f"{n:5}  {pair:40} gold: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
