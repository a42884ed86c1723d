"""A past narrative: the sentence right before dated its act, by its own words, outside the week of the story's news
("In late March, the army's fourth armored division ... was sent in to crush the emboldened protesters", in a story
of April 2012). An undated act of a reporter's story told next goes on with that narrative, not with the day's news
("Dozens of people were killed, as tanks shelled residential areas", "The League later imposed economic sanctions
when ...", "It also imposed sanctions on the main mobile phone firm"): it has no day the text gives, and takes no
day from the report (events_gold.md rule 1: the story's day is for the day's news; rule 1 (b) would carry the
narrative's own date, which this reading leaves to the words that give it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dayless import in_news_week
from .since_then import then_event

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _Builder


def past_narrative(builder: _Builder) -> bool:
    """Does the sentence being read, in a reporter's story (``news_copy``: wire or web copy, no readout, joint
    statement or transcript, whose "They committed to continue ..." after a history line is the call's own day), follow
    one whose act its own words dated before the week of the story's news (``dayless.in_news_week``;
    ``since_then.then_event`` gives that act)?"""
    before = then_event(builder.last_dated, builder.sentences)
    anchor = builder.day_at(before.char_start) if before is not None else None  # (a live entry's day, else the page's)
    return before is not None and anchor is not None and before.date_end is not None \
        and before.date_end < anchor and not in_news_week(anchor, before.date_end) and builder.news_copy()
