"""Boilerplate across an article set: the same sentence printed in many articles over weeks.

Scraped pages carry promotion lines that are not part of the story ("Hopes for a negotiated
settlement in Syria remain alive, ..., says Jim Muir." under 91 BBC Syria stories of 2011-2012).
Read as text, such a line is a statement on every article's date. A sentence is boilerplate when
it stands, word for word, in at least ``MIN_ARTICLES`` articles whose anchor dates span at least
``MIN_SPAN_DAYS`` days: updates of one story repeat sentences too, but within a day or two, and
those are the reports that merging joins.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Event

MIN_ARTICLES = 5
MIN_SPAN_DAYS = 30


def sentence_key(sentence: str) -> str:
    return " ".join(sentence.split()).lower()


def boilerplate_sentences(articles: Iterable[tuple[str, object, Iterable[Event]]]) -> set[str]:
    """The keys (``sentence_key``) of the boilerplate sentences among ``(article id, anchor date, events)``."""
    seen: dict[str, dict[str, object]] = {}
    for article_id, anchor_date, events in articles:
        for key in {sentence_key(e.sentence) for e in events}:
            seen.setdefault(key, {})[article_id] = anchor_date
    out = set()
    for key, dates_by_article in seen.items():
        if len(dates_by_article) < MIN_ARTICLES:
            continue
        dates = [d for d in dates_by_article.values() if d is not None]
        if dates and (max(dates) - min(dates)).days >= MIN_SPAN_DAYS:
            out.add(key)
    return out
