"""The perfect patterns of ``timeline.events.aspect``: each reader gets the one it was written for."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from timeline.events.aspect import present_perfect, present_perfect_before


@pytest.mark.parametrize("text,perfect", [
    ("you've imposed", True),            # a contracted perfect ("you've imposed sanctions": recalled)
    ("you’ve imposed", True),
    ("we have already imposed", True),   # any adverb of the perfect's group
    ("we have both signed", True),
    ("they have all agreed", True),
    ("the council has imposed", True),
    ("we imposed", False),               # a simple past is read by its own rule
    ("sanctions were imposed", False),
])
def test_present_perfect_before_takes_contractions_and_adverbs(text, perfect):
    word = text.split()[-1]
    assert present_perfect_before(text, text.rindex(word)) is perfect


def _verb(text: str) -> SimpleNamespace:
    """The verb at the end of ``text``, as far as ``present_perfect`` reads a predicate (its group starts at it)."""
    word = text.split()[-1]
    start = text.rindex(word)
    return SimpleNamespace(start=start, trigger=SimpleNamespace(start=start, end=start + len(word)))


@pytest.mark.parametrize("text,perfect", [
    ("the council has imposed", True),
    ("the council has also imposed", True),
    ("the two sides have jointly agreed", True),
    ("the council has repeatedly imposed", False),  # an adverb of time or manner: no bare present perfect
    ("the council had imposed", False),
])
def test_present_perfect_is_bare(text, perfect):
    assert present_perfect(text, _verb(text)) is perfect
