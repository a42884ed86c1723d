"""temporal/grammar.py: a long run of spaces after a weekday, a modifier ("early") or a year reads in linear time, and
the gaps beside optional punctuation still take the shapes they took."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import find_mentions
from timeline.temporal.grammar import scan

from runaway import QUARTER, growth


def _spans(text):
    return [text[c.start:c.end] for c in scan(text)]


@pytest.mark.parametrize("word", ["Monday", "early", "the end of", "2010", "overnight"])
@pytest.mark.parametrize("fill", [" ", "\t", "\u00a0", "\n"])
def test_long_run_after_a_time_word_is_fast(word, fill):
    # "\s*,?\s+" and "\s*[-\s]?\s*" (and a \s* before NOT_AFTER_YEAR's \s+) were quadratic: 4,000 spaces after "the end
    # of" took 10 s, after "Monday" in a Reuters story 1 s (8,000: 3.7 s); 20,000 did not end in a minute
    # timed against the same text with a quarter of the run (tests/runaway.py), not in seconds, which a busy machine
    # fails: linear reading takes at most four times as long (3.9 measured), quadratic 16 times; 8 lies between
    ratio = growth(lambda text: find_mentions(text, dt.date(2015, 1, 1)),
                   f"He spoke on {word}" + fill * (20000 // QUARTER) + "x days.", f"He spoke on {word}" + fill * 20000
                   + "x days.", 8.0)
    assert ratio < 8.0, ratio


@pytest.mark.parametrize("text, found", [
    ("on Monday, August 27, 2018", "Monday, August 27, 2018"), ("on Monday August 27", "Monday August 27"),
    ("on Monday ,  August 27", "Monday ,  August 27"), ("Friday prayers on 18 March", "Friday prayers on 18 March"),
    ("on Sunday, 5 May 2013", "Sunday, 5 May 2013"), ("in mid-August", "mid-August"), ("in mid - August", "mid - August"),
    ("early 2018", "early 2018"), ("in late  -  2016", "late  -  2016"), ("the end of last year", "the end of last year"),
    ("by mid-2014", "mid-2014"), ("in early next year", "early next year"), ("in August of 2018", "August of 2018"),
    ("shelling overnight", "overnight"),
])
def test_gap_shapes(text, found):
    assert found in _spans(text)


@pytest.mark.parametrize("text, not_found", [
    ("in 2010 people fled", "2010"), ("in 2010  percent", "2010"), ("rose 2010 per  cent", "2010"),
    ("the nineteen ninety refugees", "nineteen ninety"), ("March 2000 troops", "March 2000"),
    ("overnight, on Friday", "overnight"), ("overnight  Saturday", "overnight"),
])
def test_near_misses(text, not_found):
    assert not_found not in _spans(text)
