"""An article's events do not depend on which articles were read before it.

The extractor keeps caches (trigger lookups, compiled patterns, parsed dates) across articles in one process; none
may carry what one article said into another. A helper once saw an actor differ between a whole-set run and a run
of the document alone (not reproduced since): this pins it on real copy of the three corpora, read in two orders.
"""

from __future__ import annotations

import itertools

import pytest

from timeline.ingest import read_file
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

from conftest import SAMPLES, corpus

pytestmark = pytest.mark.corpus


def _form(article: Article) -> list[tuple]:
    result = process_article(article, Settings())
    return [(e.event_type, str(e.event_date), e.date_basis, e.actor1, e.actor2, tuple(e.actors), e.location,
             e.status, e.char_start) for e in result.events]


def _articles() -> list[Article]:
    picked: list[Article] = [a for a in read_file(SAMPLES / "tass_stories.jsonl") if isinstance(a, Article)][:3]
    for parts in (("whitehouse", "readouts_dev.jsonl"), ("t17_syria", "articles.jsonl")):
        records = [a for a in itertools.islice(read_file(corpus(*parts)), 40) if isinstance(a, Article)]
        picked += records[::10]  # a spread of readouts, remarks, Reuters and BBC copy
    return picked


def test_events_do_not_depend_on_reading_order():
    articles = _articles()
    assert len(articles) >= 8
    forward = {a.id: _form(a) for a in articles}
    backward = {a.id: _form(a) for a in reversed(articles)}
    again = {a.id: _form(a) for a in articles[1::2] + articles[::2]}
    assert any(forward.values()), "no events at all: the test reads nothing"
    for article in articles:
        assert backward[article.id] == forward[article.id], article.id
        assert again[article.id] == forward[article.id], article.id
