"""Boilerplate across an article set: the same sentence printed in many articles over weeks.

Scraped pages carry promotion lines that are not part of the story ("Hopes for a negotiated
settlement in Syria remain alive, ..., says Jim Muir." under 91 BBC Syria stories of 2011-2012).
Read as text, such a line is a statement on every article's date. A sentence is boilerplate when
it stands, word for word, in at least ``MIN_ARTICLES`` articles whose anchor dates span at least
``MIN_SPAN_DAYS`` days: updates of one story repeat sentences too, but within a day or two, and
those are the reports that merging joins.

Some furniture is printed under too few articles to be found that way (BBC radio programme notes,
"Hear daily 10-minute editions Monday to Friday"; a blogger's "Here's a question for you to ponder over
the weekend"): its known forms are data (``resources/page_furniture.txt``), and a sentence that opens with
one gives no event (``is_furniture``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .actors.gazetteer import word_list
from .model import Event

MIN_ARTICLES = 5
MIN_SPAN_DAYS = 30


def _furniture() -> re.Pattern:
    return re.compile("|".join(f"(?:{line})" for line in word_list("page_furniture.txt")), re.IGNORECASE)


_FURNITURE = _furniture()


def is_furniture(text: str, start: int) -> bool:
    """Does the sentence at ``start`` open with a form of page furniture (``resources/page_furniture.txt``:
    programme notes, an aside to the reader), which is no event whatever date it names?"""
    return _FURNITURE.match(text, start) is not None


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
