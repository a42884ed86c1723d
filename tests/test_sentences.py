"""Sentence spans on scraped wire copy: the seed articles lose spaces after full stops."""

from __future__ import annotations

import pytest
from conftest import corpus

from timeline.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ('He said. "It is fine." She left.', ['He said.', '"It is fine."', "She left."]),
    # a glued quote after a full stop opens the next sentence when no quote is open ...
    ('Lavrov said after talks with Walid Muallem."It is unacceptable," Lavrov said.',
     ["Lavrov said after talks with Walid Muallem.", '"It is unacceptable," Lavrov said.']),
    # ... and closes the sentence when one is
    ('"We are concerned."The talks ended.', ['"We are concerned."', "The talks ended."]),
    ("Lavrov said.Moscow has sent a warning.", ["Lavrov said.", "Moscow has sent a warning."]),
    # glued to a lower-case "the" or pronoun (seed 003), but not inside a web address or "e.g."
    ("Lavrov said.the Russian top diplomat pointed out.he said.",
     ["Lavrov said.", "the Russian top diplomat pointed out.", "he said."]),
    ("See tass.com for more. It is e.g. the case.", ["See tass.com for more.", "It is e.g. the case."]),
    ("U.S. officials met on Monday. They left.", ["U.S. officials met on Monday.", "They left."]),
])
def test_sentences_glued_wire_copy(text, expected):
    assert _sentences(text) == expected


@pytest.mark.corpus
def test_sentences_seed_first_statement_is_its_own_sentence():
    text = corpus("seeds", "003_a0fc1bd85d46184f.txt").read_text(encoding="utf-8")
    sentences = _sentences(text)
    assert any(s.startswith("The situation when terrorists") and s.endswith("Walid Muallem.") for s in sentences)
    assert any(s.startswith('"It is unacceptable when terrorists') for s in sentences)
