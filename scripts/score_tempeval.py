"""Score the temporal tagger on TempEval-3 training data (TBAQ-cleaned) by the Task A rules.

    python scripts/score_tempeval.py                 # the report, with breakdowns
    python scripts/score_tempeval.py --errors        # and every missed / spurious / wrong timex
    python scripts/score_tempeval.py --json          # the pooled measures as JSON (what the quality gate pins)

The same figures come from the CLI:
    timeline timex ../shared/corpora/tempeval3/train -o outputs/tagged/
    timeline score ../shared/corpora/tempeval3/train outputs/tagged/ --exclude APW20000115.0209
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's code, not the editable install's (README "Fragile")

from timeline.evaluate.tbaq import BAD_DCT, evaluate_tbaq  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpora" / "tempeval3" / "train"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT, help="folder of gold .tml files (default: %(default)s)")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print the pooled measures as JSON")
    parser.add_argument("--keep-bad-dct", action="store_true",
                        help=f"score {', '.join(BAD_DCT)} too (its DCT is wrong; see the corpus README)")
    args = parser.parse_args(argv)
    report = evaluate_tbaq(args.corpus, exclude=() if args.keep_bad_dct else BAD_DCT)
    if args.json:
        print(json.dumps(report.measures(), indent=2))
    else:
        print(report.format(errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
