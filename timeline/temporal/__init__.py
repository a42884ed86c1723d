"""Temporal expressions: find them (``grammar``), read their direction from
the sentence (``direction``) and resolve them to TimeML values against an
explicit anchor date (``resolve``, ``points``).

    >>> import datetime as dt
    >>> [(m.text, m.value) for m in find_mentions("Lavrov said on Wednesday.", dt.date(2018, 8, 30))]
    [('Wednesday', '2018-08-29')]
"""

from __future__ import annotations

import datetime as dt

from ..model import Mention
from .either import either_pair, share_year
from .entry_stamps import RULE as STAMP, candidates
from .grammar import lower
from .points import Point
from .resolve import Resolver
from .titles import in_title

__all__ = ["find_mentions"]


def find_mentions(text: str, anchor: dt.date | None, *, start: int = 0, end: int | None = None,
                  day_first: bool | None = None) -> list[Mention]:
    """Every temporal expression in ``text[start:end]``, resolved against ``anchor``.

    Offsets are into ``text``. With ``anchor=None`` relative expressions keep
    underspecified values (``XXXX-WXX-3``) and are flagged unresolved; the
    machine's clock is never consulted. ``day_first`` is the order the article
    writes dates in numbers (``numeric_dates.order_shown``), when it shows one.
    """
    low = lower(text)
    resolver = Resolver(text, low, anchor, day_first)
    mentions = []
    for candidate in candidates(text, low, start, end):  # the grammar's, and a live page's entry stamps
        if candidate.rule != STAMP and in_title(text, candidate.start, candidate.end):
            continue  # "ABC's "This Week"": a show's title, not a time
        mention = resolver.resolve(candidate)
        if mention is None:
            continue  # (a stamp of no day, "Posted at 12:05 31 Feb": no stamp, the entry before it goes on)
        if candidate.rule == STAMP:
            resolver.enter(mention)  # a live entry of another day: its own "yesterday" counts from its day
        if mentions and either_pair(low, mentions[-1], mention):  # "February or March", "May or June 2012"
            mentions[-1], mention = share_year(low, mentions[-1], mention)
            resolver.ref = Point.of(mention.date_start, "month")  # (the later month, as the grammar read it, or
            # the one after the first: anaphora count from it)
        mentions.append(mention)
    return mentions
