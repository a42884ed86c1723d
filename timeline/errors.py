"""Errors that name what went wrong and how to fix it.

The CLI turns a ``TimelineError`` into a one-line message (click's
``ClickException``); library users catch the specific subclass.
"""

from __future__ import annotations

from collections.abc import Sequence


def examples(names: Sequence[str], limit: int = 5) -> str:
    """"a, b, c and 250 more": a few names for a message, not a screenful."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


class TimelineError(Exception):
    """Base class: ``str(err)`` is a complete message for a user."""


class InputError(TimelineError):
    """An input file or record cannot be read. Carries the path."""

    def __init__(self, path: str, problem: str, fix: str | None = None, record: int | None = None):
        self.path = path
        self.problem = problem
        self.fix = fix
        self.record = record
        where = f"{path}:{record}" if record is not None else path
        message = f"{where}: {problem}"
        if fix:
            message += f" ({fix})"
        super().__init__(message)


class NoInputError(TimelineError):
    """Nothing to read: the paths given hold no article files."""


class OptionError(TimelineError, ValueError):
    """An option or setting value that cannot be used (a bad date, a year out of range).
    A ValueError too, as Python callers expect of a bad argument value."""
