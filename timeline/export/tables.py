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
    written = []
    for fmt in formats:
        written.append(write_frame(result.events, outdir / f"events.{fmt}"))
        if not result.mentions.empty:
            written.append(write_frame(result.mentions, outdir / f"mentions.{fmt}"))
        written.append(write_frame(result.articles, outdir / f"articles.{fmt}"))
        if not result.actors.empty:
            written.append(write_frame(result.actors, outdir / f"actors.{fmt}"))
    return written
