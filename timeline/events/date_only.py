"""Dates that make no "other" event of their own (``extract._date_only_events``): a date no predicate took makes an
"other" event when its sentence has no other event, unless it dates no act. Two such kinds here:

- a media caption's date: "Footage purportedly shot in Hama Wednesday shows tanks on the streets", "Amateur video
  from Friday ... show demonstrators under attack", "This footage was taken at a camp on Saturday": the day a picture
  was taken or is said to be from, told by the story about its own pictures; the act the picture shows, if a
  predicate reads it, is an event of its own (a date no predicate took is the picture's). The development sets give
  such sentences no row (fresh10, fresh18 twice, fresh20).
- the start of a state: "His party has dominated the country since 1963", "an emergency law in force since 1963",
  "its main Arab ally since 1980": a date right after "since" that no act took is where a state begins, no day of an
  act (``dating.is_since``; an act in the clause, "since his father took over in a coup in 1970", is the coup's date,
  and a "since" clause of onset is ``dating.period_onset``'s).
"""

from __future__ import annotations

import re

from ..model import Mention

# a caption's subject: a picture noun at the sentence's start ("Footage ...", "Amateur video ...", "This footage
# ...", "Mobile phone pictures ..."), up to two words before it
_PICTURE = re.compile(r"(?:(?:this|the|these|new|amateur|mobile|phone|online|youtube|grainy)\s+){0,2}"
                      r"(?:footage|video|videos|pictures|photos|photographs|images)\b")
# the picture's own verb between its noun and the date: taken, shot, filmed, posted, from, out of
_PICTURE_VERBS = re.compile(r"\b(?:taken|shot|filmed|posted|uploaded|from|out\s+of)\b")
# what the picture shows: a date after it is the shown act's ("Footage out of Hama shows more demonstrations Saturday")
_SHOWS = re.compile(r"\b(?:shows?|showed|showing)\b")

# a "since" right before the date, with a part of the period ("since late January", "since mid-November")
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)\s+|mid-)?$")
# a clause the date opens, whose act it dates ("has been convalescing in a Riyadh hospital since early June when he was
# badly burnt": fresh15 dates the stay by it)
_CLAUSE_AFTER = re.compile(r",?\s*(?:when|after|as|where)\b")
# a relation between parties, whose start a chronology of diplomacy keeps ("Russia and Georgia have had no diplomatic
# relations since 2008": constructions comparison.jsonl since-onset-kept)
_RELATION = re.compile(r"\b(?:relations|ties|ally|allies|alliance|partners?|partnership)\b")


def caption_date(low: str, start: int, mention: Mention) -> bool:
    """Is ``mention`` the date of a picture the sentence at ``start`` captions ("Footage purportedly shot in Hama
    Wednesday shows tanks ...")? The sentence opens with a picture noun and the date comes after it, with the
    picture's verb ("shot", "taken", "from") between, or "shows" right after; a date after "shows" is the shown act's
    ("Footage out of Hama shows more demonstrations Saturday": a protest row in fresh10)."""
    subject = _PICTURE.match(low, start)
    if subject is None or mention.start < subject.end() or _SHOWS.search(low, subject.end(), mention.start):
        return False
    return _PICTURE_VERBS.search(low, subject.end(), mention.start) is not None \
        or _SHOWS.match(low, mention.end + 1) is not None


def state_since(low: str, start: int, mention: Mention) -> bool:
    """Is ``mention`` where a state begins: right after "since" ("in force since 1963", "since late January"), of no
    relation between parties ("no diplomatic relations since 2008", "its main ally since 1980" keep their row)?"""
    return _SINCE.search(low, max(start, mention.start - 24), mention.start) is not None \
        and _CLAUSE_AFTER.match(low, mention.end) is None and _RELATION.search(low, start, mention.start) is None
