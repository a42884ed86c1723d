"""An unmarked BBC pull quote: a line ending on a closing quote it never opened, glued to the next story sentence, whose
words the story prints again in their own place (events/pull_quotes.py, ``repeated_quote_spans``)."""

from __future__ import annotations

from timeline.events.pull_quotes import repeated_quote_spans
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

_SENTENCE = ("Recourse to the UN is a scenario long espoused by much of the Syrian opposition and many activists on "
             "the ground, who want outside intervention to establish safe havens")
_TEXT = ("The Arab League extended its monitoring mission on Sunday.\n"
         f"{_SENTENCE}\" He argued that the mission had helped bring down the level of bloodshed.\n"
         f"Syrian forces are digging in. {_SENTENCE}.")


def test_a_repeated_line_ending_on_an_unopened_quote_is_a_pull_quote():
    spans = repeated_quote_spans(_TEXT)
    assert len(spans) == 1
    start, end = spans[0]
    assert _TEXT[start:end] == _SENTENCE + '"'  # the story sentence glued after it stays outside


def test_a_quote_line_the_story_does_not_repeat_is_no_pull_quote():
    text = _TEXT.replace(f"Syrian forces are digging in. {_SENTENCE}.", "Syrian forces are digging in.")
    assert repeated_quote_spans(text) == []


def test_the_repeated_act_is_read_once():
    result = process_article(Article(id="pq", text=_TEXT, published="2012-01-24", source="BBC News"),
                             Settings(run_date="2026-12-01"))
    wants = [e for e in result.events if e.trigger == "want"]
    assert len(wants) == 1 and wants[0].char_start > _TEXT.index("Syrian forces")
