"""The finite auxiliaries are one list (``cues.FINITE_AUXILIARY``: a finite "be", "have" or "do", or a modal): reread43
found three lists of them that differed (``subject_infinitive._FINITE``, ``recent_span._COUNT_PHRASE_END``,
``clauses._AUXILIARY_WORD``), and ``glued_subjects`` and ``clauses._AUXILIARY_AFTER`` held two more. Each use reads the
list and names what it adds: the sayings "says"/"said" (``subject_infinitive``), the bare "be"/"been"
(``clauses._AUXILIARY_WORD``), "do" (``clauses._AUXILIARY_AFTER``)."""

import pytest

from timeline.events import clauses, glued_subjects, recent_span, subject_infinitive
from timeline.events.cues import FINITE_AUXILIARY, MODALS

WORDS = FINITE_AUXILIARY.split("|")


def test_the_list_is_be_have_do_and_the_modals():
    assert set(WORDS) == {"is", "are", "was", "were", "has", "have", "had", "did", "does"} | MODALS


@pytest.mark.parametrize("word", WORDS)
def test_every_use_reads_every_finite_auxiliary(word):
    assert subject_infinitive._FINITE.search(f"efforts {word} x")
    assert recent_span._COUNT_PHRASE_END.search(f"the number of refugees {word} rise")
    assert clauses._AUXILIARY_WORD.search(f"that they {word} go")
    assert clauses._AUXILIARY_AFTER.search(f"Washington {word}")
    assert glued_subjects._FINITE.match(f" {word} called") and glued_subjects._FINITE_AFTER_NOUN.match(f" {word} x")


@pytest.mark.parametrize("word, uses", [("says", {"subject_infinitive"}), ("said", {"subject_infinitive"}),
                                        ("be", {"clauses"}), ("been", {"clauses"}), ("do", {"after"}), ("get", set())])
def test_what_each_use_adds_is_its_own(word, uses):
    assert bool(subject_infinitive._FINITE.search(f"efforts {word} x")) is ("subject_infinitive" in uses)
    assert bool(clauses._AUXILIARY_WORD.search(f"they {word} x")) is ("clauses" in uses)
    assert bool(clauses._AUXILIARY_AFTER.search(f"Washington {word}")) is ("after" in uses)
    assert not recent_span._COUNT_PHRASE_END.search(f"the number {word} x")
