"""scripts/type_census.py: the cause a wrong-type pair is counted under."""

from __future__ import annotations

from conftest import load_script


def _cause(gold: str, system: str, trigger: str | None, sentence: str) -> str:
    return load_script("type_census", "type_census_script").cause({"event_type": gold}, system, trigger, sentence)


def test_a_row_with_no_trigger_has_no_predicate():
    assert _cause("visit", "other", None, "On Monday, Annan was in Damascus.") == "no predicate"


def test_a_saying_typed_statement_over_its_reported_act():
    assert _cause("support", "statement", "told", "Heyns told the BBC he welcomed the new pressure.") \
        == "saying -> statement"


def test_a_saying_typed_by_content_the_gold_keeps_a_statement():
    assert _cause("statement", "accuse", "said", "Carney said Assad had missed the opportunity.") == "saying over-typed"


def test_a_type_of_the_gold_family():
    assert _cause("assault", "military", "opened fire", "Security forces opened fire, killing four people.") \
        == "same family"


def test_another_predicate_of_the_gold_type_stands_in_the_sentence():
    assert _cause("coerce", "protest", "protests", "Riad Seif was arrested at one of Friday's protests.") \
        == "other predicate"


def test_a_verb_typed_in_another_family():
    assert _cause("other", "coerce", "seized", "The Baath Party seized power nearly 50 years ago.") == "wrong family"
