"""Write an output whole or not at all.

A build replaces its tables and page in place. Written straight to their names, an interrupt (Ctrl-C), a full disk
or a crash while one is being written would leave a cut file beside the earlier run's whole ones, and nothing would
say which is which. Each output is written to a hidden file beside it (``.events.csv.partial``: hidden, so an output
folder given back as an input passes over it) and renamed over its name once complete (``os.replace``, atomic on one
file system): the name holds the earlier run's file or this run's, never a part of one.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
    >>> with replacing(out) as part:
    ...     _ = part.write_text("a,b\\n")
    >>> out.read_text(), sorted(p.name for p in out.parent.iterdir())
    ('a,b\\n', ['events.csv'])
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """The path to write ``path``'s new content to; on leaving the block without an error it replaces ``path``, and on
    any error (an interrupt too) it is removed and ``path`` is left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.partial")
    try:
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
