"""Dates that make no "other" event of their own (``extract._date_only_events``): a date no predicate took makes an
"other" event when its sentence has no other event, unless it dates no act. Four such kinds here
(``extract._dated_event`` asks about captions, figures and tolls too, before it reads a date as the day of a noun the
lexicon does not know):

- a media caption's date: "Footage purportedly shot in Hama Wednesday shows tanks on the streets", "Amateur video
  from Friday ... show demonstrators under attack", "This footage was taken at a camp on Saturday": the day a picture
  was taken or is said to be from, told by the story about its own pictures; the act the picture shows, if a
  predicate reads it, is an event of its own (a date no predicate took is the picture's). The development sets give
  such sentences no row (fresh10, fresh18 twice, fresh20).
- the start of a state: "His party has dominated the country since 1963", "an emergency law in force since 1963",
  "its main Arab ally since 1980": a date right after "since" that no act took is where a state begins, no day of an
  act (``dating.is_since``; an act in the clause, "since his father took over in a coup in 1970", is the coup's date,
  and a "since" clause of onset is ``dating.period_onset``'s).
- the day of a figure: "Brent oil futures traded above $125 a barrel Thursday", "container volumes dropped in June by
  36 percent", "inflation ... up to 11% in March 2012": a price, rate or volume that moved, no act (the development
  sets give every such sentence no row: fresh3, fresh5 twice, fresh12, bbc, dev's TASS growth forecast); a comparison
  of figures is ``figures.figures_compared``'s.
- a span of years: "still recovering from its 1975-90 civil war", "haunted by their 1975-1990 civil war", "arena of
  a sectarian civil war in 1975-90", "nurtured under Vladimir Putin's 2000-2008 presidency": a period that lasted
  years (a war, a presidency, a rule) names no act of a day; its start year as an "other" row puts a state on the
  axis as if it happened then. No development set rows such a span (fresh10, fresh19, fresh29, fresh30 give them
  none); an act in the clause ("fought a war in 1980-88", a relative clause's verb) is read by its predicate first.
- the day of a weekly rite: "Within a couple of hours, tens of thousands of Syrians will flock to the mosques for Friday
  prayers", "will be tested as people come out of mosques all over the country after Friday prayers", "deployed ...
  ahead of Friday prayers": a weekday that names a rite (``rite`` in ``event_cues.tsv``) is the rite's custom, no act
  of that day; an act a predicate reads keeps the day ("Thousands protested after Friday prayers": the protest's, as
  ``dating.prenominal`` reads it). The development sets give such a sentence no row of its own (fresh20
  t17-reuters-2, fresh37 t17-bbc-181, fresh42 t17-bbc-227--part1).
- a period a standing state is measured from: "has kept the border quiet since the 1973 war", "has maintained the calm
  ... since the 1973 war", "bemoans the change since a popular uprising six months ago engulfed the country": a "since"
  frame whose date dates a period noun (``period_noun``: a war, an uprising) that names no party is the frame of the
  state the clause tells, no act (``period_frame``; rules 13 and 20's test: no side named, no row). The development
  sets give none of them a row (fresh14, fresh29, fresh38 "since the 1973 war", fresh14's note: "a time reference with
  no named side"; fresh3 t17-reuters-240 the uprising, rule 21's frame test, which fresh35 answer 4 reads for any "since
  X began" and fresh40 answer 3 limits to onsets: a frame that tells a completed act of a named party is a row). A frame that names a party keeps its row
  ("since the U.S.-led invasion of 2003", "since the murder in 2005 of ... Rafik Hariri", "since the 2006 war between
  Israel and Hezbollah"), and so does one whose agent a "by" phrase names ("run by the Baath Party since a 1963 coup",
  ``date_by_agent``).
- the day of a toll: "Syrian rights groups put Friday's death toll at 62", "has cost more than 200 lives, including 17
  on Monday", "the death toll was scaled down by the evening": the day a count covers, no act (no row in fresh10,
  fresh14, fresh17, fresh20; a named group's putting of a toll is a saying, rule 18, read by its verb, not here).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..actors import ActorMention
from ..model import Mention
from .cues import CUES, PUNCT_BREAK, phrase_alternation
from .date_by_agent import date_by_agent
from .dating import CLAUSE_VERB

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


# an amount a figure moves by or to: money, a percentage ("several percent" too), a price per barrel, a volume of oil
# or goods ("oil production declined to 385,000 barrels per day in 2010 from 581,000 bpd in 2001")
_AMOUNT = re.compile(r"\$\s?\d|(?:\d[\d.,]*|\bseveral|\ba\s+few)\s?(?:%|percent\b|per\s+cent\b)|\ba\s+barrel\b"
                     r"|\d[\d.,]*\s?(?:(?:million|billion)\s)?(?:barrels|bpd|tonnes|tons)\b")
# a figure's movement or level ("traded above", "rose to a 32-month high", "dropped ... by", "up to 11%", "growth")
_MOVED = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|traded|trading|dropped|drop|climbed|slipped|slid|"
                    r"closed|jumped|gained|declined?|decreased|increased|doubled?|up\s+to|(?:\d+-\w+\s+)?high|growth|"
                    r"inflation|rise|fall|grow|shrink|shrank|increases?|outflows?|inflows?)\b")  # (the words from "rise": "debt is
# expected to rise to $55 billion in 2011", "a 28 percent increase in 2019", "A capital outflow of about 1 percent ... in
# January": fresh30, fresh26, fresh3 give them no row)
# a count the date is the day of: "Friday's death toll", "Friday's toll"
_DAY_TOLL = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?toll\b")
# a part of a count given for one day: "(cost more than 200 lives,) including 17 on Monday"
_INCLUDING_COUNT = re.compile(r"\bincluding\s+(?:at\s+least\s+|some\s+|about\s+)?\d[\d,]*\s+(?:[a-z]+\s+){0,2}?(?:on|in)\s+$")
# a toll revised by a time: "the death toll was significantly scaled down by the evening"
_TOLL_BY = re.compile(r"\btoll\b[^.;]{0,60}\bby\s+$")
# what a count in the sentence counts
_COUNTED = re.compile(r"\b(?:lives|killed|dead|deaths|died|toll|casualties|wounded)\b")


# the rite a weekday names, right after it ("Friday prayers", "Friday's sermon", "Friday midday prayers")
_RITE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:midday|noon|weekly|main)\s+)?(?:%s)\b"
                         % phrase_alternation(CUES["rite"]))


def no_act_day(low: str, start: int, end: int, mention: Mention) -> bool:
    """Is ``mention`` a picture's, a figure's, a toll's or a weekly rite's day in the sentence ``low[start:end]``
    (``caption_date``, ``figure_date``, ``toll_day``, ``rite_day``), or a span of years (``span_of_years``), no act's?
    Both of ``extract``'s date passes ask it."""
    return caption_date(low, start, mention) or figure_date(low, start, end) or toll_day(low, start, end, mention) \
        or span_of_years(mention) or rite_day(low, mention)


def rite_day(low: str, mention: Mention) -> bool:
    """Is ``mention`` a weekday that names a weekly rite ("for Friday prayers", "after Friday's sermon")?"""
    return mention.precision == "day" and mention.rule.startswith("weekday") \
        and _RITE_AFTER.match(low, mention.end) is not None


def span_of_years(mention: Mention) -> bool:
    """Is ``mention`` a span of years ("1975-90", "2000-2008"): a period that lasted, no day of an act?"""
    return "range" in mention.flags and mention.precision == "year"


def figure_date(low: str, start: int, end: int) -> bool:
    """Is a date in the sentence the day of a figure in the sentence ``low[start:end]`` ("Brent oil futures traded above $125 a
    barrel Thursday", "volumes dropped in June alone by 36 percent")? The sentence gives an amount (money, a
    percentage, a price per barrel, a volume in barrels or tonnes) and a word of its movement or level. A poll's share ("a poll this month found 47
    percent") moves nothing and keeps its row."""
    return _AMOUNT.search(low, start, end) is not None and _MOVED.search(low, start, end) is not None


def toll_day(low: str, start: int, end: int, mention: Mention) -> bool:
    """Is ``mention`` the day a count of the dead covers ("put Friday's death toll at 62", "cost more than 200 lives,
    including 17 on Monday", "the death toll was scaled down by the evening")?"""
    if _DAY_TOLL.match(low, mention.end):
        return True
    if _TOLL_BY.search(low, max(start, mention.start - 80), mention.start):
        return True
    return _INCLUDING_COUNT.search(low, max(start, mention.start - 60), mention.start) is not None \
        and _COUNTED.search(low, start, end) is not None


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


_PERIOD = phrase_alternation(CUES["period_noun"])
# a "since" frame opening a noun phrase before the date: a determiner and at most three words ("since the 1973 war",
# "since a popular uprising six months ago engulfed ...", "since the war of 1973"), an onset noun before it allowed
# ("since the start of the 1973 war")
_FRAME_OPEN = re.compile(r"\bsince\s+(?:the\s+(?:%s)\s+of\s+)?(?:the|an?)\s+((?:[\w'\u2019-]+\s+){0,3})$"
                         % phrase_alternation(CUES["onset_noun"]))
# the period noun the date dates: the phrase's last word before it ("a popular uprising six months ago", "the war of
# 1973") or a word at most two words after it ("the 1973 war", "the 1991 Gulf war")
_PERIOD_BEFORE = re.compile(r"(?:^|\s)(?:%s)\s+(?:(?:of|in)\s+)?$" % _PERIOD)
_PERIOD_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){0,2}?\s+(?:%s)\b" % _PERIOD)
_FRAME_REACH = 60  # characters from "since" to the date
# a relative pronoun before a verb after the date: the verb is a relative clause's on the period noun, inside its phrase
# ("since the 2011 revolution that toppled Hosni Mubarak"), not a "since" clause's own ("since a popular uprising six
# months ago engulfed the country")
_RELATIVE = re.compile(r"\b(?:that|which|who)\b")


def since_frame(low: str, start: int, end: int, mention: Mention, actors: Sequence[ActorMention],
                by: str | None) -> bool:
    """The "since" frames of a date no predicate took (``extract._date_only_events``): is ``mention`` where a state
    begins ("in force since 1963", ``state_since``) or the date of a period noun in a "since" frame that names no party
    ("since the 1973 war", ``period_frame``)? ``by`` is the date's "by" agent (``date_by_agent``, which the caller
    needs for the row it makes anyway): one keeps a period frame's row."""
    return state_since(low, start, mention) or by is None and _period_phrase(low, start, end, mention, actors)


def period_frame(low: str, start: int, end: int, mention: Mention, actors: Sequence[ActorMention]) -> bool:
    """Is ``mention`` the date of a period noun in a "since" frame that names no party ("has kept the border quiet since
    the 1973 war"): the period the state the clause tells is measured from, no act? A party named in the frame's phrase
    (up to its clause break or its own verb, a relative clause on the noun included: "since the 2006 war between Israel
    and Hezbollah", "since the 2011 revolution that toppled Hosni Mubarak") or by a "by" phrase before it ("run by the
    Baath Party since the 1963 revolution") keeps the date's row."""
    return _period_phrase(low, start, end, mention, actors) and date_by_agent(low, start, mention.start, actors) is None


def _period_phrase(low: str, start: int, end: int, mention: Mention, actors: Sequence[ActorMention]) -> bool:
    """``period_frame`` without its "by" agent test (``since_frame``'s caller has asked it): a period noun the date
    dates in a "since" frame whose phrase names no party."""
    opening = _FRAME_OPEN.search(low, max(start, mention.start - _FRAME_REACH), mention.start)
    if opening is None or CLAUSE_VERB.search(opening.group(1)):
        return False
    head = _PERIOD_BEFORE.search(opening.group(1)) or _PERIOD_AFTER.match(low, mention.end)
    if head is None:
        return False
    punct = PUNCT_BREAK.search(low, mention.end, end)
    phrase_end = punct.start() if punct is not None else end
    verb = CLAUSE_VERB.search(low, mention.end, phrase_end)
    if verb is not None and not _RELATIVE.search(low, mention.end, verb.start()):
        phrase_end = verb.start()
    return not any(opening.start() <= a.start < phrase_end for a in actors)
