"""Every event of an article has an id of its own (``extract.unique_ids``)."""

from __future__ import annotations

from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

# t17-reuters-122 (Reuters, 2011-08-15): two demands of Germany's dated by one "Monday" had one id, so events.csv held
# two rows under it and the page's marker found only the first
GERMANY = ("BERLIN (Reuters) - Germany called for more European Union sanctions against Syria Monday and urged the "
           "U.N. Security Council to discuss the crackdown again this week.")


def _events(text: str, published: str = "2011-08-15"):
    return process_article(Article(id="t17-reuters-122", text=text, published=published), Settings()).events


def test_two_acts_of_one_type_dated_by_one_phrase_have_two_ids():
    events = [e for e in _events(GERMANY) if e.event_type == "demand"]
    assert len(events) == 2 and {e.trigger for e in events} == {"called for", "urged"}
    assert len({e.event_id for e in events}) == 2


def test_the_first_keeps_its_id_and_ids_are_stable_across_runs():
    from timeline.events.extract import event_id

    first, second = (e for e in _events(GERMANY) if e.event_type == "demand")
    assert first.event_id == event_id("t17-reuters-122", GERMANY.index("Monday"), "demand")
    again = [e.event_id for e in _events(GERMANY) if e.event_type == "demand"]
    assert again == [first.event_id, second.event_id]
