"""A story that names no day of its news: its body's undated acts are background.

Wire and web copy tell the day's news with a day ("on Tuesday", "today") or with a lead that
reports a saying of the day ("French Foreign Minister Alain Juppe has said that ...", ``extract._Builder.add``); a story
that does neither (a feature, an analysis, a backgrounder: "Despite all of this the Russians vetoed", "Nato and
its member powers have from the outset ruled out external military intervention", "Iranian leaders also described
those demonstrations as a Western plot") tells no day's news, and an undated act deep in its body is one of the
story's past, on a day the text does not give (events_gold.md rule 1 (c)), not the anchor's. A saying told by a
plain reporting verb ("said", "told", "according to") stays the story's (rule 1 (a)): the reporter's own sources
speak on the day as in any story. The story's opening sentences stay as they are: a lead tells its news with no day
as often as with one; and so does a sentence a demonstrative ties to the one before ("That resolution was vetoed by
Russia and China", after "a UN Security Council vote in October 2011 on a resolution"): its act is of the episode told
there (rule 1 (b)), whatever its day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable, Iterable

from ..model import Mention

NEWS_WEEK = 7  # days before the anchor a day of the story's news may be (``in_news_week``)
OPENING = 6  # story sentences: the lead and the paragraphs that tell the news, read as before


def names_news_day(timexes: Iterable[Mention], day_at: Callable[[int], date | None]) -> bool:
    """Does the story name a day of the week up to its day ("on Tuesday", "today", "Oct. 3" in ``timexes``, the
    story's dates after its dateline)? The story's day at a mention is ``day_at`` its start (``_Builder.day_at``: a
    live entry's past midnight or under a dated stamp, else the anchor's). Not the dateline's own day, which a Reuters
    story's time stamp and a TASS dateline give every story ("IGORA /Leningrad Region/, December 26. /TASS/."). With
    no anchor day, nothing is dated to it anyway: True."""
    if day_at(-1) is None:  # (before any entry: the page's anchor)
        return True
    return any(m.type in ("DATE", "TIME") and m.precision in ("day", "time") and m.date_end is not None
               and in_news_week(day_at(m.start), m.date_end) for m in timexes)


def in_news_week(anchor: date, day: date) -> bool:
    """Is ``day`` the anchor day or up to ``NEWS_WEEK`` days before it: a day of the story's news?"""
    return 0 <= (anchor - day).days <= NEWS_WEEK


# a demonstrative determiner and its noun opening the sentence ("That resolution", "These talks"; not the pronoun:
# "This is what happened after ...")
_DEMONSTRATIVE = re.compile(r"[\s\"“]*(?:that|this|these|those)\s+(?!(?:is|was|are|were|has|have|had|will|would|could|"
                            r"may|might|must|should|can|did|does|do|came|comes|means|meant)\b)[a-z-]+\b")


def background_act(dayless: bool, sentence: int, reporting: bool, low: str, start: int | None) -> bool:
    """Is an undated act that would take the anchor day background instead: in a story that names no day of its news
    (``dayless``), past its opening sentences (``sentence``: the story sentence it is in, counted from 1), told by
    no plain reporting verb, in a sentence (starting at ``start`` in ``low``) that no demonstrative ties to the one
    before?"""
    return dayless and sentence > OPENING and not reporting \
        and not (start is not None and _DEMONSTRATIVE.match(low, start))
