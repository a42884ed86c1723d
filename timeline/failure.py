"""One article's bug must not stop a run: an unexpected exception while one article is processed
(``build``'s per-article work, ``timex``'s tagging) becomes a ``Failed`` record that names the error
and where it happened, and the other articles are processed as usual.

KeyboardInterrupt and SystemExit are no ``Exception`` and pass through; a MemoryError is re-raised
(``guarded``): a run out of memory cannot go on. ``Settings.fail_fast`` re-raises the first error with
its traceback, for developers and tests.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from collections.abc import Callable
from typing import TypeVar

from .model import Article, Failed

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent
_LONGEST = 200  # characters of the exception's message kept in the reason


def guarded(work: Callable[[], T], article: Article, fail_fast: bool, done: str = "built") -> T | Failed:
    """``work()``, or a ``Failed`` for ``article`` naming the error it raised (re-raised with ``fail_fast``, and a
    MemoryError always: a run out of memory cannot go on; KeyboardInterrupt and SystemExit are no Exception)."""
    try:
        return work()
    except MemoryError:
        raise
    except Exception as err:
        if fail_fast:
            raise
        return failed(article, err, done)


def where(err: BaseException) -> str:
    """The innermost frame of the traceback inside the timeline package, as ``timeline/events.py:120``."""
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(_PACKAGE):
            return f"{_PACKAGE.name}/{path.relative_to(_PACKAGE).as_posix()}:{frame.lineno}"
    return "outside timeline"


def describe(err: BaseException, done: str = "built") -> str:
    """``ValueError: too many values to unpack at timeline/visited.py:88 (a bug in timeline: ...)``."""
    message = " ".join(str(err).split())
    if len(message) > _LONGEST:
        message = message[:_LONGEST - 1] + "…"
    head = type(err).__name__ + (f": {message}" if message else "")
    return (f"{head} at {where(err)} (a bug in timeline: please report it with this article; "
            f"the other articles were {done})")


def failed(article: Article, err: BaseException, done: str = "built") -> Failed:
    return Failed(article.path, describe(err, done), article.record, article.id)
