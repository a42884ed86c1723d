"""Where the story of an untitled article starts for its lead: past the page furniture a scraped page opens with.

An untitled article is named in the page by the start of its text (``article_lead``). Some scraped BBC pages open
with a site's menu or a promotion, not the story: "Search, find and watch the politics that affects you Search
Democracy Live Find a representative ..." (two Democracy Live pages of March 2012), "A French bistro and the British
pub How microbreweries run by women is a new trend ..." (two magazine pages, February and August 2012), and the
list named them so; two pieces of one columnist, "By PJ Crowley Former US Assistant Secretary of State", by his
byline. ``story_starts`` moves each article's start past an opening it shares word for word, ``MIN_WORDS`` words or
more, with another article of the set dated at least ``MIN_SPAN_DAYS`` days apart (a site's furniture is printed over
weeks; two updates of one story open alike within a day or two, and keep their lead). A page alone in its set keeps
such an opening when it is prose (the promotions above); a menu of section names is passed over by its shape alone
(``menu_run``, asked by ``article_lead.lead``); the known forms of furniture (``boilerplate.is_furniture``) are asides
that name a post well enough ("Here's a question for you to ponder over the weekend: if international military forces
were to intervene ...").

It moves only the lead (the name shown for the article): the events are read from the whole text as before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence


MIN_WORDS = 8  # words an opening must share: "Syria crisis: UN ..." headlines share two or three
MIN_SPAN_DAYS = 7
_READ = 600  # characters of the opening compared (the furniture seen is under 300)
_WORD = re.compile(r"\S+")


def _words(text: str, start: int) -> list[re.Match]:
    return list(_WORD.finditer(text, start, min(len(text), start + _READ)))


def _shared(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def story_starts(texts: Sequence[str], starts: Sequence[int], dates: Sequence[dt.date | None]) -> list[int]:
    """Where each article's lead starts: its story's start (``starts``, past the dateline) moved past the longest
    opening it shares with an article dated far enough from it (the page furniture, see the module doc; its own start
    when it shares none); ``dates``: the articles' anchor dates."""
    words = [_words(t, s) for t, s in zip(texts, starts)]
    plain = [[m.group() for m in w] for w in words]
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, w in enumerate(plain):
        if len(w) > MIN_WORDS and dates[i] is not None:  # (an undated page has no span to measure)
            groups[tuple(w[:MIN_WORDS])].append(i)
    out = list(starts)
    for members in groups.values():
        for i in members:
            best = max((_shared(plain[i], plain[j]) for j in members
                        if j != i and abs((dates[i] - dates[j]).days) >= MIN_SPAN_DAYS), default=0)
            if best >= MIN_WORDS and best < len(plain[i]):  # a whole shared text (a copy) keeps its start
                out[i] = words[i][best].start()
    return out
