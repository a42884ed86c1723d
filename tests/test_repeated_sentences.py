"""A sentence the article prints again word for word gives its rows once, at its first telling
(events/repeated_sentences.py). The text is the U.S.-EU Trade and Technology Council's inaugural joint statement of
2021-09-29, which says its semiconductor sentence in the working group's list and again in its annex."""

from __future__ import annotations

from dataclasses import replace

from timeline.events.repeated_sentences import once_per_sentence
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

_REPEATED = ("Cooperation on mid- and long-term strategic semiconductor issues will begin in the relevant TTC working "
             "groups ahead of the next TTC Meeting.")
_TEXT = ("The dedicated track on semiconductor issues will initially focus on short-term supply chain issues. "
         f"{_REPEATED}\n"
         "This partnership should be balanced and of equal interest to both sides. It will initially focus on "
         f"short-term supply chain issues. {_REPEATED}\n")
_TITLE = "U.S.-EU Trade and Technology Council Inaugural Joint Statement"


def _events(text: str):
    return process_article(Article(id="ttc", text=text, published="2021-09-29", title=_TITLE),
                           Settings(run_date="2026-12-01")).events


def test_a_sentence_printed_twice_gives_its_rows_once_at_the_first():
    rows = [e for e in _events(_TEXT) if e.sentence == _REPEATED]
    assert rows and {e.char_start for e in rows} == {_TEXT.index(_REPEATED)}


def test_the_sentence_told_once_keeps_its_rows():
    once = _TEXT[:_TEXT.rindex(_REPEATED)]
    assert [e for e in _events(once) if e.sentence == _REPEATED]


def test_a_short_sentence_said_again_is_a_new_act():
    events = _events(_TEXT)
    short = [e for e in events if e.sentence == _REPEATED][0]
    again = replace(short, sentence="We thank you all.", char_start=short.char_start + 500, event_id="ev-x")
    first = replace(short, sentence="We thank you all.")
    assert len(once_per_sentence([first, again])) == 2
