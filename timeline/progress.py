"""A one-line progress report on stderr for long builds ("read 120/413 articles"), redrawn in place.

413 articles took 47 s of silence on a busy machine. The line is drawn only when stderr is a terminal (``auto``),
so that pipes, log files and tests' captured output get nothing new; ``timeline build --progress`` asks for it
anyway, ``--quiet`` never draws it. The line is cleared before the run's report is printed.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

EVERY = 0.1  # seconds between redraws: 5,000 articles need not write 5,000 lines to a slow terminal


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


class Progress:
    """``update(done, total)`` redraws "read done/total articles"; ``clear()`` blanks the line. Off: both do
    nothing."""

    def __init__(self, on: bool, stream: TextIO | None = None):
        self.on = on
        self.stream = stream
        self.width = 0
        self.last = 0.0

    def _write(self, text: str) -> None:
        stream = self.stream or sys.stderr
        stream.write(text)
        stream.flush()

    def say(self, message: str) -> None:
        if not self.on:
            return
        pad = " " * max(0, self.width - len(message))
        self._write("\r" + message + pad)
        self.width = len(message)

    def update(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < EVERY:
            return
        self.last = now
        self.say(f"read {done}/{total} articles")

    def clear(self) -> None:
        if self.on and self.width:
            self._write("\r" + " " * self.width + "\r")
            self.width = 0


def progress_for(choice: bool | None) -> Progress:
    """``choice``: True (asked for), False (``--quiet``), None (drawn when stderr is a terminal)."""
    return Progress(stderr_is_terminal() if choice is None else choice)
