"""``text_view.view`` reads a text by runs: a run of plain characters is copied whole, and only the characters the view
changes, a plain space at a line's edge and the characters outside ASCII are read one by one (``_step``). It read
every character of an article with a ``\\r\\n`` or an entity in Python (about 1 microsecond a character: 1.4 s of CPU
for the 460-article benchmark written with Windows line ends, 0.28 s by runs). The runs must give the view the
character-by-character reading gave: ``_reference`` is that reading, as it was (0ccecaca), compared on random texts
of the characters the view treats."""

from __future__ import annotations

import random
import re

import pytest

from timeline import text_view
from timeline.text_view import view


def _reference(text: str):
    """The view read character by character, as it was (0ccecaca): every character ends a run (``_NOT_PLAIN``), so
    ``_step``, that loop's body unchanged, reads each character it reaches and no run is copied whole."""
    runs = text_view._NOT_PLAIN
    text_view._NOT_PLAIN = re.compile(r"(?s).")
    try:
        return _as_tuple(view(text))
    finally:
        text_view._NOT_PLAIN = runs


def _as_tuple(v):
    return None if v is None else (v.text, v.starts, v.ends)


# the characters the view treats, and plain ones around them: entities (known, unknown, numeric, two characters),
# Windows and lone line ends, Word's separators, no-break and ideographic spaces, zero-width and direction marks,
# fullwidth digits, combining marks (composing, not composing, excluded from composition: U+0340, U+0344), letters a
# mark composes with or not, a compatibility character NFC maps (U+2126, U+F900)
_PIECES = list("ab e.,&;#x1\n\r\t ") + [
    "&amp;", "&nbsp;", "&#8217;", "&#x41;", "&NotEqualTilde;", "&bogus;", "&#0;", "\r\n", "\u00a0", "\u200b",
    "\ufeff", "\u200f", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\u3000", "\uff12", "\u0301", "\u0306", "\u0308",
    "\u0340", "\u0344", "\u0345", "\u05b0", "\u0651", "\u20dd", "\u0323", "\u00e9", "\u2019", "\u2126", "\uf900",
    "\u0958", "\u1e9b", "\u00f8", "\u0627", "g", "  ", "   "]


@pytest.mark.parametrize("seed", range(4))
def test_the_view_by_runs_is_the_view_character_by_character(seed):
    rng = random.Random(seed)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.3:
            text = "Plain words before " + text + " and after"
        assert _as_tuple(view(text)) == _reference(text), repr(text)


def test_a_windows_article_is_read_by_runs():
    """One ``_step`` per line end of a Windows text with plain ASCII lines (each ``\\r`` is read alone, the ``\\n``
    after it opens the next run), not one per character; and the same view as character by character."""
    line = "Russian Foreign Minister Sergei Lavrov met Kofi Annan in Moscow on Tuesday, the ministry said.\r\n"
    text = line * 2000
    calls = 0
    step = text_view._step

    def counted(*args):
        nonlocal calls
        calls += 1
        return step(*args)

    text_view._step = counted
    try:
        got = view(text)
    finally:
        text_view._step = step
    assert calls == 2000  # (character by character: 192,000)
    assert _as_tuple(got) == _reference(text)
