"""The time of an act of force in a clause of the same time hung on a toll (``adverbials.toll_time``): the toll's own
date, else the day the toll is reported; nothing for a clause of another time, a toll in the perfect, or a toll whose
clause ends before the subordinator. Whole sentences are pinned in tests/data/constructions/toll_clause_time.jsonl."""

from __future__ import annotations

import datetime as dt

from timeline.events.adverbials import Subordinate, toll_clause, toll_time
from timeline.temporal import find_mentions


def _clause(low: str, word: str, kind: str = "same_time") -> Subordinate:
    at = low.index(f" {word} ") + 1
    return Subordinate(kind, at, (at + len(word) + 1, at + len(word) + 5), ())


def _time(text: str, word: str, kind: str = "same_time", anchor=dt.date(2011, 11, 20)):
    low = text.lower()
    dates = find_mentions(text, anchor)
    return toll_time(dates, low, 0, _clause(low, word, kind))


def test_undated_toll_gives_the_reported_day():
    assert _time("Activists say at least two people were killed as Syrian forces opened fire on mourners.", "as") \
        == (None, "report")


def test_comma_before_when_goes_on_with_the_toll():
    text = ("Activists said five people were killed and 15 wounded in the ancient desert city of Palmyra, when Assad's "
            "forces opened fire during a demonstration.")
    assert _time(text, "when") == (None, "report")


def test_dated_toll_through_a_nested_while_clause():
    text = ("Rights groups said nine civilians were killed in raids by security forces in Hama on Saturday while four "
            "army deserters died when they clashed with the Syrian army near Idlib.")
    day, basis = _time(text, "when")
    assert (day.date_start, basis) == (dt.date(2011, 11, 19), "explicit")


def test_no_toll_time_for_another_time_a_perfect_or_a_closed_clause():
    assert _time("Activists said five people were killed after Syrian troops opened fire on a funeral.", "after",
                 kind="other_time") is None
    assert _time("Activists say at least 30 people have been killed as Syrian troops stormed the town.", "as") is None
    text = "At least ten people were killed in Homs, activists said; in Hama, troops shelled the town as rebels fled."
    low = text.lower()
    assert toll_clause(low, 0, _clause(low, "as")) is None


def test_undated_toll_after_a_past_narrative_takes_no_reported_day():
    """A toll that goes on with a past narrative (``past_narrative``: the sentence before dated its act a year before
    the story) is of no day the text gives: its clause's act takes no day from the report."""
    text = "Dozens of people were killed, as tanks shelled residential areas and troops stormed homes."
    low = text.lower()
    assert toll_time([], low, 0, _clause(low, "as"), narrative=True) == (None, "undated")
    assert toll_time([], low, 0, _clause(low, "as"), narrative=False) == (None, "report")
