"""A colon between digits ("(1:37)", "14:19", "3:0") ends no clause or frame: the events' clause breaks and the tense
cues' words read their colon through one notion, ``cue_words.COLON``, and the events' runs within a clause
("[^,;:]{0,60}?") go on through it (``cue_words.run_class``)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import timeline
import timeline.actors
import timeline.events
import timeline.temporal
from timeline.cue_words import COLON, break_class, greedy_run, run_class
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


def test_a_run_class_goes_through_a_colon_between_digits_only():
    run = re.compile(run_class(r",;:") + "*")
    assert run.match("shot dead four people at 10:30 on monday, activists said").group() \
        == "shot dead four people at 10:30 on monday"
    assert run.match("suspended syria by an 18:4 vote; the").group() == "suspended syria by an 18:4 vote"
    assert run.match("lavrov said: we will").group() == "lavrov said"  # a frame's colon
    assert run.match("the score was 3 :0").group() == "the score was 3 "  # spaced: not between digits
    assert run.match("at 3: x").group() == "at 3"
    assert re.fullmatch(run_class(r",;:") + "{5}", "10:30") and not re.fullmatch(run_class(r",;:") + "{4}", "10:30")
    with pytest.raises(ValueError):
        run_class(r",;")  # no colon among the marks: the bare class is the one to write


def test_a_greedy_run_is_the_run_class_starred():
    """``greedy_run`` is ``run_class`` + "*" unrolled (the class scans between clock colons): the same match."""
    for marks in (r",;:", r";:()\"“”—–"):
        starred, unrolled = re.compile(run_class(marks) + "*$"), re.compile(greedy_run(marks) + "$")
        for text in ("who met assad at 10:30 on monday", "at 10:30, then", "said: we", "3:1:2 vote", "at 3:", ":1", ""):
            for start in range(len(text) + 1):
                a, b = starred.search(text, start), unrolled.search(text, start)
                assert (a and a.span()) == (b and b.span()), (marks, text, start)


# a negated character class that holds a colon, "[^,;:]"
_BARE_RUN = re.compile(r"\\.|\[\^((?:\\.|[^\]\\])*)\]")
_CLOCK_COLON = r":(?<=\d:(?=\d))"  # what run_class and greedy_run let through after or beside such a class


def _bare(text: str, m: re.Match) -> bool:
    """Is the class ``m`` one that stops at a clock's colon: not written by ``run_class`` ("(?:[^,;:]|CLOCK)") nor
    ``greedy_run`` ("(?:[^,;:]*CLOCK)*[^,;:]*")?"""
    return not (text.startswith("|" + _CLOCK_COLON, m.end()) or text.startswith("*" + _CLOCK_COLON, m.end())
                or text.endswith(_CLOCK_COLON + ")*", 0, m.start()))


def _modules():
    """The modules of the events and actors packages, the temporal package and the top level (not ``__main__``, which
    runs the command line when imported)."""
    for package in (timeline.events, timeline.actors, timeline.temporal, timeline):
        for info in pkgutil.iter_modules(package.__path__):
            if not info.ispkg and info.name != "__main__":
                yield f"{package.__name__}.{info.name}"


def test_every_run_within_a_clause_lets_a_clock_through():
    """Every pattern that runs within a clause up to a colon ("[^,;:.!?]{0,60}?") is written with ``run_class`` (or
    ``greedy_run``), so that no new one stops at "10:30" again: the events' since the forty-sixth session's clock52,
    and the actors' (a closing speaker, a source an outlet cites, an aside, a kinsman's name), the tense cues' inner
    phrase and the merge's "again" since its time52; personref's two patterns built in functions are asked too."""
    bare = []
    for name in _modules():
        module = importlib.import_module(name)
        texts = [(n, v) for n, v in vars(module).items()]
        if name == "timeline.actors.personref":
            texts += [("_apposition()", module._apposition()), ("_lead_description()", module._lead_description())]
        for key, value in texts:
            text = value.pattern if isinstance(value, re.Pattern) else value if isinstance(value, str) else None
            if text and any(m.group(1) is not None and ":" in m.group(1) and _bare(text, m)
                            for m in _BARE_RUN.finditer(text)):
                bare.append(f"{name}.{key}")
    assert not bare, bare
