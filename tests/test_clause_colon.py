"""A colon between digits ("(1:37)", "14:19", "3:0") ends no clause or frame: the events' clause breaks and the tense
cues' words read their colon through one notion, ``cue_words.COLON``."""

from __future__ import annotations

import re

import pytest

from timeline.cue_words import COLON, break_class
from timeline.events import adverbials, dating, relatives, speech, subjects
from timeline.events.cues import CLAUSE_BREAK, CLAUSE_STOP, PHRASE_CLOSE, PUNCT_BREAK
from timeline.temporal import direction

BREAKS = [CLAUSE_BREAK, CLAUSE_STOP, PHRASE_CLOSE, PUNCT_BREAK, dating._CLAUSE_OPEN, dating._CLAUSE_BREAK,
          speech._SIDELINES_BREAK, subjects.HARD, adverbials._TOLL_CLAUSE_BREAK, relatives._ASIDE_CLOSE]


@pytest.mark.parametrize("text", [
    "amateur video shows aftermath of shelling in hama 1:37 aug. 5",  # a clip's length (brackets taken out)
    "troops shelled the district at 14:19 gmt",  # a clock
    "the visitors won 3:0 in damascus",  # a score
])
def test_a_colon_between_digits_breaks_nothing(text):
    for pattern in BREAKS:
        assert pattern.search(text) is None, pattern.pattern
    assert ":" not in direction._WORD.findall(text)


@pytest.mark.parametrize("text", [
    "susan rice told the security council: the",  # a frame's colon
    "rolled his tanks into ukraine in february 2022: american",  # a colon after a year, before a space
    "the score was 3 :0",  # spaced: not between digits
    "at 3:",  # a colon at the end
])
def test_any_other_colon_still_breaks(text):
    for pattern in BREAKS:
        assert pattern.search(text) is not None, pattern.pattern
    assert ":" in direction._WORD.findall(text)
    assert re.search(COLON, text)


def test_a_break_class_is_its_marks_with_the_colon_of_a_clock_left_out():
    marks = re.compile(break_class(r",;:()"))
    assert [m.group() for m in marks.finditer("shelled (1:37), at 14:19; then: (")] == ["(", ")", ",", ";", ":", "("]
