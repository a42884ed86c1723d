"""scripts/recall_census.py: the cause a MISSED gold row is counted under."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import load_script

TEXT = ("Syrian forces killed six people on Wednesday in an attack on protesters, and later opened fire on "
        "hundreds of youths.")


def _classify(event_type: str, events=(), matched=(), drops=(), text: str = TEXT) -> dict:
    census = load_script("recall_census", "recall_census_script")
    row = {"event_type": event_type, "char_start": 0, "sentence": text}
    return census.classify(row, list(events), set(matched), list(drops), text, (0, len(text)))


def _event(event_type: str, trigger: str, start: int = 0, end: int = len(TEXT)):
    return SimpleNamespace(event_type=event_type, trigger=trigger, char_start=start, char_end=end)


def _drop(trigger: str, event_type: str, reason: str, text: str = TEXT) -> dict:
    return {"start": text.index(trigger), "trigger": trigger, "type": event_type, "reasons": [reason]}


def test_a_dropped_trigger_of_the_rows_family_names_its_pass():
    got = _classify("assault", events=[_event("assault", "attack")], matched=[0],
                    drops=[_drop("opened fire", "assault", "unclaimed:verb")])
    assert (got["where"], got["cause"], got["same_family"]) == ("second", "dropped:unclaimed:verb", True)


def test_a_trigger_of_the_family_built_into_a_row_another_gold_row_took_is_one_row():
    got = _classify("assault", events=[_event("assault", "killed")], matched=[0])
    assert got["cause"] == "one-row"


def test_no_trigger_of_the_family_but_a_dropped_one_of_another():
    got = _classify("visit", drops=[_drop("opened fire", "assault", "is_event:agentless")])
    assert (got["where"], got["cause"]) == ("pool", "other-family")


def test_no_trigger_word_at_all():
    text = "Violence erupted again between the rebels and government forces in Aleppo."
    assert _classify("military", text=text)["cause"] == "no-trigger"


def test_an_unmatched_row_of_the_type_in_the_next_sentence():
    text = "The town was quiet. Thousands of people marched through it on Monday."
    got = _classify("coerce", events=[_event("coerce", "detained", start=200, end=260)], text=text)
    assert got["cause"] == "other-sentence"


def test_the_kinds_of_causes():
    census = load_script("recall_census", "recall_census_script")
    assert census.kind("other-family") == census.kind("no-trigger") == "no trigger word of its family"
    assert census.kind("dropped:unclaimed:verb+embedded+quoted") == "dropped: an embedded verb no pass claims"
    assert census.kind("dropped:unclaimed:verb") == "dropped: a finite verb no pass claims"
    assert census.kind("dropped:post:fold_headline") == "dropped: another pass"
