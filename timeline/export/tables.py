"""The tables a build writes: events.csv, mentions.csv, articles.csv, actors.csv (and JSON Lines).

CSV is UTF-8 with a header, ISO dates as text, list fields joined with "; ",
and a fixed column order, so that two runs on the same input give identical
files (diffable, golden-testable).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Result

FORMATS = ("csv", "jsonl")


def write_frame(frame: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_csv(path, index=False, lineterminator="\n")
    return path


def write_csv(result: "Result", outdir: Path, formats: tuple[str, ...] = ("csv",)) -> list[Path]:
    """Every table in every format asked for, empty ones too (a header and no rows).

    A run replaces all the tables it owns: skipping an empty one would leave
    the previous run's file beside this run's, and the folder would mix two runs.
    """
    written = []
    for fmt in formats:
        for name, frame in (("events", result.events), ("mentions", result.mentions),
                            ("articles", result.articles), ("actors", result.actors)):
            written.append(write_frame(frame, outdir / f"{name}.{fmt}"))
    return written
