"""Every event of an article has an id of its own (``extract.unique_ids``)."""

from __future__ import annotations

import json

import pytest
from conftest import corpus

from timeline.model import Article
from timeline.pipeline import build, process_article
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


@pytest.mark.corpus
def test_a_whole_story_builds_one_row_per_id(tmp_path):
    # the whole Reuters story the pair came from, built as a user would: events.csv names each event once, and every
    # report in mentions.csv points at a row that exists
    records = [line for line in corpus("t17_syria", "articles.jsonl").read_text(encoding="utf-8").splitlines()
               if json.loads(line)["id"] == "t17-reuters-122"]
    assert len(records) == 1
    (tmp_path / "story.jsonl").write_text(records[0] + "\n", encoding="utf-8")
    result = build(tmp_path / "story.jsonl", Settings())
    assert result.events["event_id"].is_unique
    assert set(result.mentions["merged_event_id"]) <= set(result.events["event_id"])
