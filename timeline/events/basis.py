"""How an event with no date of its own is dated.

A planned event is undated; a reported act of speech or diplomacy ("President Biden condemned ...",
``undated=report`` in ``event_types.csv``) and a meeting, call or visit that heads its sentence took place when
reported: on the day of the latest dated call, meeting or talks before it in the article that its agent took part in
(``inferred``; not a call or meeting that ended more than ``extract.REPORT_LAG`` days before the anchor, which is
background), else on the anchor day (``dateline``); a visit named by a noun or an attack with no date stays undated,
and so does an event whose clause has a time word that is no date ("over the past several months"), an act in the
perfect or the progressive ("has already imposed", "were refusing"), and one in a clause under "will" (planned); but
the present perfect of one act in the story's lead is the day's news and dated as a report ("The UN's humanitarian
chief has arrived in Syria"; not "has long", "since 2008", "for months", nor an act a dated saying reports: "said on
Tuesday he has visited Syria"). A date the text names before the anchor day is past: reported.

An event the text dates is dated in ``extract`` (``dating.attach``); this module reads the rest: ``basis_of`` (and
``undated_basis``) for one predicate, ``at_the_time`` and ``occasion_before`` for "at the time", ``shared_date`` and
``shares_perfect`` for a verb coordinated with a dated or perfect one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Event, Mention
from .act_response import one_dated_act
from .aspect import (aside, continuing, describes, iterative, news_perfect, ongoing, perfect, present_perfect,
                     speakers_own_now, standing, under_perfect)
from .claimed_before import claimed_before
from .dayless import background_act
from .elections import is_election
from .news_lead import CLAUSE_OPENER
from .predicates import SPEECH, Predicate
from .progressive_news import progressive_news
from .triggers import event_type as type_info
from .undated_why import NO_DATE, ONGOING, PERFECT, PLANNED, RECALLED, STANDING, TIME_WORD, undated

if TYPE_CHECKING:
    from .extract import Sentence, _Builder

CONSULT = "consult"


def basis_of(builder: _Builder, p: Predicate, content: tuple[int, int] | None, timed: set[int],
             lead: tuple[int, int] | None = None, opened: bool = False, body: bool = False, start: int | None = None,
             dates: Sequence[Mention] = ()) -> str:
    """``undated_basis`` of an event with no date of its own, unless a time word that is no date goes with it
    (``timed``: "over the past several months"), which leaves it undated. ``lead`` is the span of the story's
    first sentence when ``p`` is in it (and no dated saying reports it); ``body``: ``p``'s sentence is not the
    lead; ``start``: where ``p``'s sentence starts; ``dates``: its date mentions (a present saying about one act
    its clause dates is the day's, ``act_response``)."""
    if p.trigger.start in timed:
        return undated(TIME_WORD)
    if aside(builder.low, p) and not opened:
        return undated(RECALLED)
        # "Russia and China, which backed previous rounds of sanctions": what they did before (but
        # "On January 10, 2024, the UN Security Council passed UNSCR 2722, which also condemned these attacks")
    if p.embedded and p.rule == "participle" and _REASON_GERUND.search(builder.low, max(0, p.trigger.start - 8),
                                                                      p.trigger.start):
        return undated(RECALLED)
        # "Erdogan has earned admiration among Arabs for championing the Palestinian cause", "was
        # praised for backing the plan": a gerund after "for" is the reason the clause gives, an act of no day of its own
    if _FIRST_TO.search(builder.low, max(0, p.trigger.start - 60), p.trigger.start):
        return undated(RECALLED)
        # "one of the first countries to recognize newly independent Jamaica", "the first Western
        # country to recognize Libya's opposition": a record the clause credits, an act of no day of its own
    if p.rule == "answered call":
        return undated(RECALLED)
        # "Assad has ignored U.N. calls for him to step down", "despite Western calls for": calls
        # made before the act that answers them, on days the text does not give (events_gold.md rule 1)
    if p.type == "visit" and builder.wire and lead is None:
        return undated(RECALLED)
        # "The Syrian justice minister arrived at a city hall", deep in a wire story: a past visit
        # the text does not date (events_gold.md); but in the lead it is the day's news ("foreign dignitaries flew in")
    if (builder.wire or builder.reported_copy() and not continues_speaker(builder.low, p)) and body \
            and standing(builder.low, p) and not one_dated_act(builder.low, p.trigger.end, builder.events, dates):
        return undated(STANDING)
        # "Syria blames the violence on armed groups", "Both Iran and Syria deny ...", in the body of
        # wire copy: a standing position, no act of the day (events_gold.md rule 6; "X says" in the lead is the day's)
    if builder.news_copy() and progressive_news(builder.low, p, content, start):
        return "dateline"
        # "Government forces are continuing a fierce assault on rebels in Homs", "He said security forces were
        # entering homes": a concrete act going on as the story is filed, or as its source spoke, is the day's news
        # (``progressive_news``; not a stance, an attempt or supplies kept up)
    if (builder.wire or builder.reported_copy() or builder.signatories) and continuing(builder.low, p):
        return undated(ONGOING)
        # "as he continues to urge the Syrian leadership", "Moscow has continued to supply weapons": an
        # act that goes on, in wire or web copy or a joint statement ("We continue to mobilize humanitarian relief"), has
        # no day (events_gold.md rules 5 and 6)
    if body and start is not None and not builder.signatories and under_perfect(builder.low, p, start, content):
        return undated(PERFECT)
        # "Syria has been allied to Iran and backed militant groups", "the kingdom has employed pocketbook
        # diplomacy, pledging billions": the act shares the perfect of its clause, background in the body (rule 5; a
        # joint statement's perfect is the news it announces, ``undated_basis``)
    if (builder.wire or builder.reported_copy()) and body and not continues_speaker(builder.low, p) \
            and background_act(builder.dayless, builder.sentences, p.reporting, builder.low, start):
        return undated(RECALLED)
        # "Despite all of this the Russians vetoed", deep in a story that names no day of its news (an
        # analysis, a backgrounder): the story's past, no act of the anchor day (``dayless``; events_gold.md rule 1 (c));
        # not "He hopes the videos will help", the speaker before going on (``continues_speaker``)
    if (builder.wire or builder.reported_copy()) and body and p.type not in SOURCE_REPORTED \
            and claimed_before(builder.low, p, content) and not _dated_episode(builder):
        return undated(RECALLED)
        # "Mr Ghalioun said the FSA had agreed to the new organization", in the body: the act the saying reports
        # was done before it, on no day the text gives (rule 18: a claim's day does not date the act claimed)
    news = lead is not None and news_perfect(builder.low, p, lead)
    return undated_basis(p, builder.low, content, joint=bool(builder.signatories), news=news,
                         news_main=news and lead is not None and CLAUSE_OPENER.search(builder.low, lead[0], p.start) is None)


def _dated_episode(builder: _Builder) -> bool:
    """Has the sentence being read already dated an act other than a saying ("Following talks with President Assad on
    Monday, Mr Annan said the pair had agreed a new approach")? An act the sentence places in that episode takes its
    date (rule 1 (b)), as the builder infers it; a dated saying ("On 27 March, Mr Annan said the government had
    agreed") dates only itself."""
    dated = builder.last_dated
    return dated is not None and dated[0] == builder.sentences and dated[1].event_type != "statement"


# the perfect's "has"/"have" right before the trigger, its participle ("have arrested", "has been shot dead")
_OWN_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|today)\s+)*(?:been\s+)?$")


_FIRST_TO = re.compile(r"\b(?:first|last|only)\s+(?:(?!to\b)[\w-]+\s+){0,3}to\s+$")  # "the first countries to recognize"
_REASON_GERUND = re.compile(r"\bfor\s+$")  # "admired for championing ...": the gerund a reason is given by
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:also\s+|still\s+|now\s+)?$")


def continues_speaker(low: str, p: Predicate) -> bool:
    """Is ``p``'s subject a pronoun right before it ("But he says there was no sign of that", "He accuses his former
    masters")? In a reporter's web story that is the speaker of the sentences before going on, on their day, not a
    standing position (``extract._Builder.reported_copy``)."""
    return _PRONOUN_BEFORE.search(low, max(0, p.start - 16), p.start) is not None


# the kinds of undated act that a source reports as the day's news (troops on the move, a street protest)
SOURCE_REPORTED = frozenset({"mobilize", "protest"})


def undated_basis(p: Predicate, low: str, content: tuple[int, int] | None = None, joint: bool = False,
                   news: bool = False, news_main: bool = False) -> str:
    """How an event with no date of its own is dated (see the module docstring): a reported act of
    speech or diplomacy, or a meeting, call or visit that heads its sentence ("Following the meeting,
    Sullivan met with Mr. Yermak"), on the day it was reported; anything else (a past visit named by a
    noun, an attack) stays undated. In a joint statement (``joint``) the present perfect of an act of its
    authors is the news it announces ("Malaysia has committed to accepting ...", "have reached an Agreement on
    Reciprocal Trade"): ``"joint"``, dated like a report when the agent signs it (``extract._Builder.add``). In a
    story's lead (``news``: ``aspect.news_perfect``) the present perfect of one act is the day's news ("The
    UN's humanitarian chief has arrived in Syria"), dated as the simple past would be; when it is the main clause's
    (``news_main``), an act of any type is ("Syrian security forces have arrested dozens of activists"), though its
    simple past with no date would stay undated."""
    in_perfect = perfect(low, p, content) and not (news and not joint)
    if p.status == "planned":
        return undated(PLANNED)  # a plan; "France has repeatedly condemned ...", "were refusing to discuss": no day
    if in_perfect and not (joint and present_perfect(low, p)):
        return undated(PERFECT)
    if ongoing(low, p) and not speakers_own_now(low, p) or iterative(low, p):
        return undated(ONGOING)
    if describes(low, p):
        return undated(STANDING)  # "a draft resolution that calls for sanctions": what a text or a state of things is
    if in_perfect:
        return "joint" if type_info(p.type).undated == "report" else undated(PERFECT)
    if news_main and not joint and p.form == "verb" and not p.embedded and perfect(low, p, content) \
            and _OWN_PERFECT.search(low, max(0, p.trigger.start - 30), p.trigger.start):
        return "report"  # the lead's news perfect of an act of force ("Syrian security forces have arrested dozens of
        # activists", "Troops have shelled Homs"): the day's news whatever its type (rule 5), where its simple past with
        # no date stays undated (``news`` already excludes "has long", "since March", "for months"; ``news_main`` a
        # relative or adverbial clause: "refugees from Jisr al-Shughour, where troops have stormed houses"; the
        # trigger is the perfect's own participle, not a noun a light verb takes: "has tried repression, economic
        # handouts and promises of reform to end weeks of protests" sums up a course of weeks)
    if type_info(p.type).undated == "report" or (p.family == CONSULT and p.form == "verb" and not p.embedded) \
            or is_election(p):  # "the Gulf emirate was elected along with India": the day's vote (not an abstention
        return "report"  # or a vote recalled: "Veto-holding Russia abstained on the Libya vote", other, no day)
    if p.type in SOURCE_REPORTED and p.form == "verb" and content is not None and content[0] <= p.trigger.start < content[1]:
        return "report"  # "Abdulrahman ... said a convoy of tank-carriers ... were seen moving": the movement the day's
        # source reports (not "NATO deployed aircraft to protect Libyan civilians", background); "hundreds of people
        # demonstrated against the government in ... Jassem, activists said": the day's protest
    return undated(NO_DATE)


_AT_THE_TIME = re.compile(r"\bat\s+(?:the|that)\s+time\b(?!\s+(?:of|when|it|they|he|she|we|i)\b)")
_TIME_THAT = re.compile(r"\s+that\b")  # "at the time that": after a saying, its reported clause ("denied at the time
# that the decision was connected"); after another verb, "when" ("arrived at the time that the talks began")
_AT_THE_TIME_OPENS = re.compile(r"[\s\"“]*(?:but\s+|and\s+)?(?:at\s+(?:the|that)\s+time|back\s+then)\s*,")
_AT_THE_TIME_REACH = 25  # characters after the verb where "at the time" still goes with it


def at_the_time(low: str, sent: Sentence, p: Predicate) -> bool:
    """Does "at the time" go with ``p``: right after its verb ("denied at the time that", "said at the time") or
    opening the sentence ("At the time, Lavrov said")? (Not "at the time of the attack", which names its own time.)"""
    if _AT_THE_TIME_OPENS.match(low, sent.start):
        return True
    m = _AT_THE_TIME.search(low, p.trigger.end, min(sent.end, p.trigger.end + _AT_THE_TIME_REACH))
    return m is not None and "," not in low[p.trigger.end:m.start()] and (
        p.reporting or p.type in SPEECH or not _TIME_THAT.match(low, m.end()))


def occasion_before(builder: _Builder) -> Event | None:
    """The event dated to a day in the sentence before the one being read ("at the time" refers to it), if any."""
    if builder.last_day is None or builder.last_day[0] != builder.sentences - 1:
        return None
    return builder.last_day[1]


_AND_NEXT = re.compile(r"\s*,?\s*and\s+(?:also\s+|then\s+)?")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?$")  # "... and vowed": the "and" before a verb


# a date that opens the sentence, a preposition or two before it and a comma after it ("In August, King Abdullah ...")
_OPENING_DATE = re.compile(r"[\s\"“]*(?:[a-z]+\s+){0,2}")
_COMMA_NEXT = re.compile(r"\s*,")


_SINCE = re.compile(r"\bsince\s+$")


def _since(low: str, m: Mention) -> bool:
    """Is the date the onset of a span, "since Friday"?"""
    return low.startswith("since ", m.start) or _SINCE.search(low, max(0, m.start - 8), m.start) is not None


def closing_dates(low: str, q: Predicate, dated: dict[int, Mention]) -> list[Mention]:
    """The dates that close the verb phrase coordinated before ``q`` ("... refugees on Wednesday and urged", "... in
    September and banned"), in ``dated``'s order; not the onset of the first's span ("has shelled Homs since Friday and
    arrested hundreds"). Read once for ``shared_date`` (a day) and ``first_phrase_date`` (a month or a year)."""
    return [m for m in dated.values() if m.end <= q.start and _AND_NEXT.fullmatch(low, m.end, q.start)
            and not _since(low, m)]


def shared_date(low: str, q: Predicate, dated: dict[int, Mention], start: int,
                closing: list[Mention] | tuple = ()) -> Mention | None:
    """The day that closes the verb phrase coordinated before ``q`` and dates its verb ("threw open its borders to
    anxious Syrian refugees on Wednesday and urged their government ...": Wednesday dates both; a month or a year
    dates the first phrase only), out of ``closing`` (``closing_dates``); else a date that opens the sentence (at
    ``start``) and dates the verb of the clause ``q`` shares its subject with: it frames the whole clause ("In August, King Abdullah demanded an end to the bloodshed ... and withdrew his
    ambassador": August dates both). Not a date of an opening phrase of its own time ("Since ... on August 1, ...":
    ``dating.opening_phrase_end``), which dates no verb of the clause. With no ``closing`` given: only a date that opens
    the sentence, for a coordinated clause with a subject of its own ("On Saturday, tanks shelled ... and security
    forces stormed ...": Saturday frames both clauses, a date closing the first clause only that clause)."""
    for m in closing:
        if m.precision in ("day", "time"):
            return m  # (not a month or a year, which the gold sets read as the first phrase's only: "The EU imposed an
            # embargo ... in September and banned EU firms from new investment", "suspended Syria last November and
            # imposed sanctions", "took power 1963 and banned all opposition": the second act undated)
    for at, m in dated.items():
        if m.end <= at < q.start and _OPENING_DATE.fullmatch(low, start, m.start) and _COMMA_NEXT.match(low, m.end):
            return m
    return None


def first_phrase_date(closing: list[Mention]) -> Mention | None:
    """A month or a year, out of ``closing`` (``closing_dates``), that closes the verb phrase coordinated before the
    verb ("The EU imposed an embargo ... in September and banned EU firms from new investment"): it dates that phrase
    only, and the verb is left with no day (not the story's either: the gold sets read the second act as undated
    background). A day is shared (``shared_date``)."""
    return next((m for m in closing if m.precision not in ("day", "time")), None)


def shares_perfect(builder: _Builder, sent: Sentence, q: Predicate, main: Predicate | None) -> bool:
    """Does ``q``, coordinated with no auxiliary of its own ("and vowed"), share the perfect of the clause's first
    verb ("has accused ... and vowed", "has demanded that ... and warned"), outside the story's lead?"""
    if main is None or main.trigger.start >= q.trigger.start or sent.lead:
        return False
    low = builder.low
    if not _AND_BEFORE.search(low[max(sent.start, q.start - 12):q.start]):
        return False
    return perfect(low, main, sent.reading.content)
