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


def write_csv(result: "Result", outdir: Path, formats: tuple[str, ...] = ("csv",),
              also: tuple[Path, ...] = ()) -> list[Path]:
    """Every table in every format asked for, empty ones too (a header and no rows).

    A run replaces all the tables it owns: skipping an empty one would leave
    the previous run's file beside this run's, and the folder would mix two runs.
    So does a table that cannot be replaced (``also``: the run's other outputs,
    its timeline.html): each is tried first (``check_replaceable``), and none is
    written unless all can be.
    """
    paths = [outdir / f"{name}.{fmt}" for fmt in formats for name in ("events", "mentions", "articles", "actors")]
    check_replaceable([*paths, *also])
    frames = {"events": result.events, "mentions": result.mentions, "articles": result.articles,
              "actors": result.actors}
    return [write_frame(frames[path.stem], path) for path in paths]


class NotReplaceable(OSError):
    """An output that is there already and cannot be replaced; raised before any output was written."""


def check_replaceable(paths: list[Path]) -> None:
    """Raise ``NotReplaceable`` with the error that writing one of ``paths`` would raise on a file that is there
    already and cannot be replaced: read-only, open in another program (a spreadsheet locks its file on Windows), or
    a folder. Opening it for appending changes nothing."""
    for path in paths:
        if path.exists():
            try:
                with open(path, "a", encoding="utf-8"):
                    pass
            except OSError as err:
                raise NotReplaceable(err.errno, err.strerror, str(path)) from err
