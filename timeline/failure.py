"""One article's bug must not stop a run: an unexpected exception while one article is processed
(``build``'s per-article work, ``timex``'s tagging) becomes a ``Failed`` record that names the error
and where it happened, and the other articles are processed as usual. So does one while a file is read
(a reader's bug on one odd file, ``guarded_read``): the file's ``Failed`` follows the records read from
it before the error, which stay, and the other files are read.

KeyboardInterrupt and SystemExit are no ``Exception`` and pass through; a MemoryError is re-raised
(``guarded``): a run out of memory cannot go on. ``Settings.fail_fast`` re-raises the first error with
its traceback, for developers and tests.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from collections.abc import Callable, Iterable, Iterator
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


def guarded_read(items: Iterable[T], path: str, fail_fast: bool, others: bool = True) -> Iterator[T | Failed]:
    """The records a reader yields from the file ``path``; when it raises an unexpected error, the ones yielded
    before it stay and a ``Failed`` for the file (no record, no id: where in the file is unknown) names the error,
    unless ``fail_fast`` (then it is re-raised, as a MemoryError always is; KeyboardInterrupt and SystemExit are no
    Exception). ``others``: other files were given, and the reason says they were read."""
    kept = 0
    try:
        for item in items:
            yield item
            kept += 1
    except MemoryError:
        raise
    except Exception as err:
        if fail_fast:
            raise
        before = f"the {kept} record(s) before the error in this one" if kept else ""
        rest = ("the other files were read" + (f", and {before}" if kept else "") if others else
                f"{before} were read" if kept else "")
        yield Failed(path, describe(err, what="file", rest=rest))


def where(err: BaseException) -> str:
    """The innermost frame of the traceback inside the timeline package, as ``timeline/events.py:120``."""
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(_PACKAGE):
            return f"{_PACKAGE.name}/{path.relative_to(_PACKAGE).as_posix()}:{frame.lineno}"
    return "outside timeline"


def describe(err: BaseException, done: str = "built", what: str = "article", rest: str | None = None) -> str:
    """``ValueError: too many values to unpack at timeline/visited.py:88 (a bug in timeline: ...)``: please report
    it with this ``what`` (an article, or a file whose reading raised); the other ones were ``done`` (or ``rest``
    says what else was done, nothing when empty)."""
    message = " ".join(str(err).split())
    if len(message) > _LONGEST:
        message = message[:_LONGEST - 1] + "…"
    head = type(err).__name__ + (f": {message}" if message else "")
    rest = f"the other {what}s were {done}" if rest is None else rest
    return f"{head} at {where(err)} (a bug in timeline: please report it with this {what}" + (f"; {rest})" if rest
                                                                                            else ")")


def failed(article: Article, err: BaseException, done: str = "built") -> Failed:
    return Failed(article.path, describe(err, done), article.record, article.id)
