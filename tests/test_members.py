"""A group of states named by its members ("Western countries including the United States and France"): the
group's noun phrase stands for the members its list names. Sentences from the Syria (Reuters) corpus and White
House texts."""

import pytest

from timeline.actors import find_actors
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings


def _group(text: str, phrase: str) -> set[str]:
    at = text.index(phrase)
    return {m.name for m in find_actors(text) if m.start == at and m.text == phrase}


@pytest.mark.parametrize("text, phrase, expected", [
    # t17-reuters-173
    ("The formation of the council has been welcomed by Western countries including the United States and France.",
     "Western countries", {"United States", "France"}),
    # t17-reuters-320
    ("Neighboring countries, including Israel and Turkey, worry that a collapse into chaos could set off sectarian "
     "conflict.", "Neighboring countries", {"Israel", "Turkey"}),
    # t17-reuters-60
    ("But its position has been eroded by wealthy Gulf countries, such as Qatar, and lately overshadowed by Turkey.",
     "Gulf countries", {"Qatar"}),
])
def test_group_names_its_members(text, phrase, expected):
    assert _group(text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # a place, not an actor
    ("Protests spread in countries such as Egypt and Tunisia.", "countries"),
    # a group an actor already names: the EU's
    ("EU countries including France agreed to the embargo.", "countries"),
])
def test_group_left_alone(text, phrase):
    assert _group(text, phrase) == set()


def test_passive_agent_is_the_first_member():
    text = "The formation of the council has been welcomed by Western countries including the United States and France."
    events = [e for e in process_article(Article(id="t", text=text, published="2011-10-02"), Settings()).events
              if e.event_type == "support"]
    assert [e.actor1 for e in events] == ["United States"]


@pytest.mark.parametrize("text", [
    "The formation of the council has been welcomed by Western countries including the United States and France.",
    "Neighboring countries, including Israel and Turkey, worry that a collapse into chaos could set off sectarian "
    "conflict.",
    "But its position has been eroded by wealthy Gulf countries, such as Qatar, and lately overshadowed by Turkey.",
    "Protests spread in countries such as Egypt and Tunisia. Its Western Big Major Other countries ,\n including  the "
    "US, and several nations among them Iran such as the including Gulf\u00a0states such as Qatar.",
])
def test_group_search_near_cues_finds_what_a_whole_text_search_finds(text):
    from timeline.actors.members import _GROUP, _groups
    assert [(m.span(), m.span("np")) for m in _groups(text)] == [(m.span(), m.span("np")) for m in _GROUP.finditer(text)]
