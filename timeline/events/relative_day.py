"""Days told from another event rather than from the calendar.

Two kinds of phrase in news copy give an act no date of its own but a place next to another one:

- the same day as the occasion just told: "Clinton met Lavrov on Thursday. Hours later, NATO warplanes
  struck Tripoli", "Later in the day, ...", "Earlier in the day, ...", "... just hours later". The act
  takes the day of the event the sentence before dated (``same_day``), as "at the time" does
  (``basis.occasion_before``); with no such event, or one dated by a late hour ("late on Sunday", "overnight":
  hours after it may be the next morning), it keeps the day it would have had.
- a day or days away from a named event: "The day before the vote, Kilicdaroglu met EU ambassadors", "On the
  eve of the talks, Salehi telephoned Davutoglu", "the day after the summit". When the story dated that event to a
  day before (the latest event of the noun's type, or an election for "the vote"), the act is that many days from
  it (``beside_day``); otherwise ("A day after France described ..., Medvedev said", in the story of the next day)
  the usual reading stands.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..cue_words import break_class
# an event or date a phrase counts from has one of DAY_PRECISIONS: a day, or a time of one ("shelled Homs at 10:30 on
# Wednesday, a day after shooting dead 22 protesters": Tuesday, as "on Wednesday" gives)
from ..model import DAY_PRECISIONS
from ..actors.gazetteer import word_list
from ..temporal.lexicon import NUMBERS, alternation
from ..temporal.points import Point, add_months
from .dating import CLAUSE_VERB, under_future
from .triggers import find_triggers

if TYPE_CHECKING:
    from ..model import Event
    from .extract import Sentence
    from .predicates import Predicate

# "Hours later", "Just hours earlier", "Minutes later", "Later in the day", "Earlier in the day", "Shortly afterwards"
_SAME_DAY_WORDS = (r"(?:(?:just|only|some|a\s+few|several|a\s+couple\s+of)\s+)?(?:hours|minutes)\s+"
                   r"(?:later|earlier|afterwards?)|(?:later|earlier)\s+in\s+the\s+day|(?:shortly|soon)\s+afterwards?")
_SAME_DAY_OPENS = re.compile(rf"[\s\"“]*(?:(?:and|but|then)\s+)?(?:{_SAME_DAY_WORDS})\s*,")
# closing the clause of the act: "Two more people were killed in the second strike just hours later."
_SAME_DAY_CLOSES = re.compile(rf"\s(?:{_SAME_DAY_WORDS})\s*[.!]?[\"”]?\s*$")
# "on the eve of the talks", "the day before the vote", "two days after the summit" (not "the day before yesterday",
# "the day after that": dates of their own, or the last date's neighbour); the noun phrase is what it counts from
_BESIDE = re.compile(
    r"\b(?:(?P<eve>(?:on\s+)?the\s+eve\s+of)|(?:on\s+)?the\s+(?:day|night)\s+(?P<dir1>before|after)"
    r"|(?P<num>a|one|two|three|four|five|six)\s+days?\s+(?P<dir2>before|after))"
    r"\s+(?P<np>(?:the|his|her|its|their|this|that|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|"
    r"saturday's)\s+(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+)(?=\s*(?:[,.;]|\s(?:in|on|at|with|between|of|to|by)\b))")
_LEADING = re.compile(r"[\s\"“]*(?:(?:and|but)\s+)?")
# the count words of time_words.tsv with a whole value ("a", "two", "thirty"; not "several", "a couple of")
_NUMBERS = {w: int(v) for w, v in NUMBERS.items() if v.isdigit() and " " not in w}
_REACH = 60  # characters after the verb where a phrase of either kind still goes with it
VOTE_WORDS = frozenset(word_list("vote_nouns.txt"))


# the time of an occasion that "hours later" may carry past midnight ("King Abdullah broke the silence ... overnight
# ... Hours later Kuwait and Bahrain recalled their envoys": on the morning after)
_NIGHT = re.compile(r"\b(?:overnight|night|evening|late|midnight|pm)\b")


def late_occasion(low: str, occasion: Event) -> bool:
    """Was ``occasion`` dated by a late hour ("overnight", "late on Sunday", "Monday night"), so that what came
    hours after it may fall on the next day?"""
    if occasion.date_char_start is None or occasion.date_char_end is None:
        return False
    start, end = occasion.date_char_start, occasion.date_char_end
    after = low[end:end + 10].split(".")[0]  # "on Sunday night", not the next sentence's "Later"
    return _NIGHT.search(low[max(0, start - 8):end] + after) is not None


def same_day(low: str, sent: Sentence, p: Predicate) -> bool:
    """Is ``p`` told as on the same day as the occasion before it ("Hours later, NATO warplanes struck Tripoli",
    "Later in the day, ...", "were killed ... just hours later")?"""
    if _SAME_DAY_OPENS.match(low, sent.start):
        return True
    closing = _SAME_DAY_CLOSES.search(low, sent.start, sent.end)
    return closing is not None and closing.start() >= p.trigger.end \
        and not re.search(r"[,;]", low[p.trigger.end:closing.start()])


def _phrase(low: str, sent: Sentence, p: Predicate) -> re.Match | None:
    """The phrase of a day away from an event that goes with ``p``: opening the sentence before its comma, or
    after ``p``'s verb in its clause."""
    m = _BESIDE.match(low, _LEADING.match(low, sent.start).end())
    if m is not None and low.startswith(",", m.end()):
        return m
    m = _BESIDE.search(low, p.trigger.end, min(sent.end, p.trigger.end + _REACH))
    return m if m is not None and not re.search(r"[,;]", low[p.trigger.end:m.start()]) else None


def _refers_to(np: str, event: Event) -> bool:
    """Does the noun phrase ("the talks", "the vote", "his visit to Moscow") name an event of ``event``'s kind?"""
    words = np.split()
    if event.trigger and any(w in VOTE_WORDS for w in words):
        return event.trigger.lower() in VOTE_WORDS
    types = {t.type for t in find_triggers(" " + np + " ")}
    return event.event_type in types


def beside_day(low: str, sent: Sentence, p: Predicate, events: list[Event]) -> tuple[Event, int] | None:
    """The event ``p`` is told a day or days away from ("The day before the vote, ...", "On the eve of the talks,
    ...") and the days between (negative before), when the story dated that event to a day before; else None."""
    m = _phrase(low, sent, p)
    if m is None:
        return None
    days = -1 if m["eve"] else (1 if m["dir1"] else _NUMBERS[m["num"]]) * (1 if (m["dir1"] or m["dir2"]) == "after" else -1)
    for event in reversed(events):
        if event.precision in DAY_PRECISIONS and event.date_start is not None \
                and event.date_basis in ("explicit", "inferred") and event.status == "reported" and _refers_to(m["np"], event):
            return event, days
    return None


# A clause of another act set a measured time from the sentence's own: "Syrian forces shelled Homs on Thursday, a day
# after rebels captured Zlitan", "..., hours after Putin signed the treaty", "..., a day before Washington imposed
# sanctions", "The assault came a day after protesters set fire to the embassy". The clause's act takes the day of the
# main clause's act that many days away (``measured_day``). Only a finite clause: a noun phrase alone ("a day after the
# vote") names an event told elsewhere, which ``beside_day`` reads.
_COUNT = alternation(w for w, v in _NUMBERS.items() if 2 <= v < 100 and w != "dozen") + r"|\d{1,3}"  # ("a dozen" only)
_MEASURED = re.compile(
    r"(?<![\w'’-])(?P<measure>(?:(?:just|only|barely|mere|some|a\s+few|several|a\s+couple\s+of)\s+)?(?:hours|minutes|moments)"
    rf"|(?:a|one|the)\s+day|(?P<num>{_COUNT})\s+days|(?P<week>a|one)\s+week|(?P<weeks>{_COUNT})\s+weeks"
    rf"|(?P<month>a|one)\s+month|(?P<months>{_COUNT})\s+months|(?P<year>a|one)\s+year|(?P<years>{_COUNT})\s+years)"
    r"\s+(?P<dir>after|before)\s+(?!(?:that|this|it|tomorrow|yesterday)\b)")
# a measure told roughly is no day ("more than a day after", "nearly two days after", "some 10 days after", "within hours
# after")
# and a measure after "for" or "in" is how long something lasted ("was jailed for eight years after he criticized the
# state"), not how far apart two acts are
_ROUGHLY = re.compile(r"\b(?:than|about|nearly|almost|around|within|over|roughly|approximately|some|up\s+to|for|in)\s+$")
# where a measured clause closes (and the main clause before it: ``extract``'s unnamed agent of a measured act)
MEASURED_CLOSE = re.compile(break_class(r",;:()\"“”") + r"|\s[—–-]\s")
# what the main clause names as the occasion: "The assault came a day after", "The move comes two days after"
# or names it by a pronoun, the act of the sentence before: "They occurred a day before", "It came two days after"
_IT_CAME = re.compile(r"(?:they|it)\s+(?:came|comes|occurred|happened|took\s+place)\s+")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s)")
_OCCASION_CAME = re.compile(r"[\s\"“]*(?P<np>(?:the|this|that|its|their|his|her)\s+(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+)\s+"
                            r"(?:came|comes|come|was|is)\s+$")
# the story's own news told in the present as coming a measured time after another act: "The decision comes a day
# after the US closed its embassy", "The visit by Deputy Foreign Minister Zhai Jun comes a day after Beijing voted
# against ...": the present "comes" puts the occasion on the story's day, so when the story dated no event the noun
# names, the act is counted from that day (not "came": a past occasion has a day only the story can give; nor an
# occasion the noun names that the story dated, which the referent search above finds first)
_NEWS_COMES = re.compile(r"[\s\"“]*(?:the|this|that|its|their|his|her)\s+(?:[a-z'’-]+\s+){0,8}?comes\s+$")


def measured_clause(low: str, sent: Sentence, p: Predicate) -> tuple[int, int, tuple[int, str]] | None:
    """The measured clause ``p``'s verb is in ("a day after rebels captured Zlitan"): where its phrase starts, where
    the clause closes, and the measure from the main clause's act to ``p``'s as (amount, unit), negative before it
    ("a day after" is (-1, "day"), "a day before" (1, "day"), "hours after" (0, "day"), "three weeks after" (-3,
    "week"), "two months after" (-2, "month")); None when ``p`` is in no such clause. "A week" is seven days, as
    wire copy tells the same weekday a week on; more weeks, months or years are counted at their own unit
    (``counted_point``)."""
    found = None
    for m in _MEASURED.finditer(low, sent.start, p.trigger.start):
        found = None if _ROUGHLY.search(low, max(sent.start, m.start() - 12), m.start()) else m
    if found is None or MEASURED_CLOSE.search(low, found.end(), min(p.start, p.trigger.start)):
        return None  # (up to the verb group: a light verb's noun may be in scare quotes, "joined forces on a rare
        # "double veto"")
    close = MEASURED_CLOSE.search(low, p.trigger.end, sent.end)
    stop = close.start() if close is not None else sent.end
    gerund = p.form == "verb" and p.start == found.end() and p.gerund(low)
    if not gerund and not any(found.end() < v.start() for v in CLAUSE_VERB.finditer(low, found.end(), stop)):
        return None  # "a day after the vote": a noun phrase, no clause of its own (but a gerund's clause has its
        # act: "a day after shooting dead 22 people")
    measure = found["measure"]
    if measure.split()[-1] in ("hours", "minutes", "moments"):
        amount, unit = 0, "day"  # the same day
    elif found["week"]:
        amount, unit = 7, "day"
    else:
        unit = next((u for u, g in (("day", "num"), ("week", "weeks"), ("month", "months"), ("year", "years"))
                     if found[g]), None)
        count = found["num"] or found["weeks"] or found["months"] or found["years"]
        if unit is None:
            unit = "month" if found["month"] else "year" if found["year"] else "day"
            amount = 1
        else:
            amount = _NUMBERS.get(count) or int(count)
    return found.start(), stop, (-amount if found["dir"] == "after" else amount, unit)


def counted_point(day: dt.date, measure: tuple[int, str]) -> Point | None:
    """The calendar unit ``measure`` away from ``day`` (``measured_clause``): a day for days, the ISO week for weeks,
    the month for months, the year for years ("10 days after" a Friday: the Tuesday before it; "three weeks after"
    2011-11-13: the week of 2011-10-23, 2011-W42); None out of the calendar's range."""
    amount, unit = measure
    try:
        if unit == "day":
            return Point.of(day + dt.timedelta(days=amount), "day")
        if unit == "week":
            return Point.of(day + dt.timedelta(weeks=amount), "week")
        return Point.of(add_months(day, amount * (12 if unit == "year" else 1)), unit)
    except (OverflowError, ValueError):
        return None


def measured_day(low: str, sent: Sentence, p: Predicate, events: list[Event], first: int,
                 dates: list, today: dt.date | None = None) -> tuple[dt.date, tuple[int, str]] | None:
    """The day ``p``'s measured clause counts from and the measure between (``measured_clause``): the day of the sentence's act outside the
    clause (the main clause's: "shelled Homs on Thursday", "Russia said" of the story's day), else a day the main
    clause names ("Gaddafi appeared on state television on Thursday, the day after ..."), else the day of the event
    the main clause names as the occasion ("The assault came a day after ...": the story's latest assault), else
    ``today``, the story's day, when the occasion is told in the present ("The decision comes a day after ...",
    ``_NEWS_COMES``); None when none is found or ``p`` is in no measured clause."""
    clause = measured_clause(low, sent, p)
    if clause is None:
        return None
    start, stop, measure = clause
    outside = lambda lo, hi: lo is not None and (hi <= start or lo >= stop)
    for event in events[first:]:
        if event.precision not in DAY_PRECISIONS or event.date_start is None or event.status != "reported" \
                or event.date_basis not in ("explicit", "inferred", "dateline"):
            continue
        if event.date_char_start is not None:
            if outside(event.date_char_start, event.date_char_end) and _trigger_outside(low, sent, event, start, stop):
                return event.date_start, measure
        elif _trigger_outside(low, sent, event, start, stop):
            return event.date_start, measure
    planned = {e.date_char_start for e in events[first:] if e.status != "reported"}
    for mention in dates:
        if mention.resolved and mention.precision in DAY_PRECISIONS and mention.date_start is not None \
                and sent.start <= mention.start and mention.end <= sent.end and outside(mention.start, mention.end) \
                and mention.start not in planned and mention.direction != "future" \
                and not under_future(low, sent.start, mention.start):  # (not a plan's day, extracted or not: "will
            # visit Beijing on Tuesday, two weeks after China hosted the summit", "The council will vote on Tuesday,
            # two weeks after Russia vetoed": a future main clause counts from no day the act has had)
            return mention.date_start, measure
    came = _OCCASION_CAME.fullmatch(low, _LEADING.match(low, sent.start).end(), start)
    if came is not None:
        for event in reversed(events[:first]):
            if event.precision in DAY_PRECISIONS and event.date_start is not None and event.status == "reported" \
                    and event.date_basis in ("explicit", "inferred") and _refers_to(came["np"], event):
                return event.date_start, measure
    if today is not None and _NEWS_COMES.fullmatch(low, _LEADING.match(low, sent.start).end(), start):
        return today, measure
    if _IT_CAME.fullmatch(low, _LEADING.match(low, sent.start).end(), start):
        last = events[first - 1] if first else None  # the acts of the last sentence that told any, at most one
        # sentence back ("They happened in the early hours ... But the timing of the blasts will raise eyebrows.
        # They occurred a day before ...")
        acts = [e for e in events[:first] if e.char_start == last.char_start] \
            if last is not None and len(_SENTENCE_END.findall(low, last.char_end, sent.start)) <= 1 else []
        days = {e.date_start for e in acts}
        if len(days) == 1 and None not in days and all(
                e.status == "reported" and e.precision in DAY_PRECISIONS
                and e.date_basis in ("explicit", "inferred", "dateline") for e in acts):
            return days.pop(), measure  # "They happened in the early hours of the morning ... They occurred a day
            # before ... Annan is to launch his mission": the acts of the sentence before, all done on one day
    return None


def _trigger_outside(low: str, sent: Sentence, event: Event, start: int, stop: int) -> bool:
    """Is ``event``'s trigger told in the sentence outside the span ``[start, stop)``?"""
    if not event.trigger:
        return False
    trig = event.trigger.lower()
    return trig in low[sent.start:start] or trig in low[stop:sent.end]
