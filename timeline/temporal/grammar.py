"""The temporal grammar: compiled patterns that find candidate expressions.

Each rule is a regular expression with named slots (``month``, ``day``,
``rel``, ``unit`` ...). All rules are joined into one master pattern, tried
in the order written here at every word start, so a longer, more specific
rule ("Monday, August 27") is listed before the rules it contains
("Monday"). ``scan`` yields ``Candidate`` records with exact offsets and the
slots filled; ``resolve.py`` turns them into TimeML values.

Extents follow TimeML as the TempEval-3 annotators drew them: determiners
and modifiers that belong to the expression are inside ("the past two
months", "early next year", "nearly five months", "at least 72 hours"),
prepositions and signals are not ("on Monday", "in 2017", "until 9 a.m.
Tuesday", "over the past 20 years"), nor are "about"/"only" before an
amount, the article of a compound adjective ("a 16-hour flight"), or the
comparatives "Earlier"/"Later" before a weekday. A capitalised time word
inside a name ("The World Tonight", "Theresa May", "the Good Friday
Agreement") is not a candidate.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import FREQUENCIES, HOLIDAYS, MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, alternation


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    slots: dict  # slot name -> matched text (only the slots that matched)


_FULL_MONTHS = [w for w in MONTHS if w in {m.lower() for m in calendar.month_name[1:]}]
_ABBR_MONTHS = [w for w in MONTHS if w not in _FULL_MONTHS]
MONTH = rf"(?:{alternation(_FULL_MONTHS)}|{alternation(_ABBR_MONTHS)}\.?)"
MONTH_FULL = rf"(?:{alternation(_FULL_MONTHS)}|{alternation(_ABBR_MONTHS)}\.)"
WEEKDAY = alternation(w for w in WEEKDAYS if len(w) > 4)
WEEKDAYS_PLURAL = alternation(w + "s" for w in WEEKDAYS if len(w) > 4)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"  # 1500-2099: "1100 GMT" is a clock, not a year
_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = "(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# "two thousand years", "three hundred years": a count of hundreds or thousands, tried before the single words
_SCALED = rf"(?:{_TENS}(?:[-\s]{_ONES})?|{_ONES}|{_TEENS})\s+(?:hundred|thousand)(?![\w-])"
NUMWORD = rf"(?:{_SCALED}|{_TENS}[-\s]{_ONES}|{alternation(NUMBERS)})"
# Years in words, as broadcast transcripts write them: "nineteen ninety-six",
# "two thousand". "two thousand" alone is a number unless a year is expected
# ("the year two thousand", "January two thousand"), so it is only in YEAR_WORDS.
_CENTURY_YEAR = rf"(?:nineteen|eighteen)[-\s]+(?:{_TENS}(?:[-\s]{_ONES})?|{_TEENS}|hundred)(?![\w-])"
YEAR_WORDS = rf"(?:{_CENTURY_YEAR}|two\s+thousand(?:\s+and)?(?:\s+(?:{_TEENS}|{_ONES}))?(?![\w-]))"
DECADE_WORDS = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
HOLIDAY = alternation(HOLIDAYS)
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?![\d,])(?:\s+\d/\d|\s+and\s+a\s+half)?|{NUMWORD}(?:\s+and\s+a\s+half)?)"
UNIT = alternation(w for w in UNITS if len(w) > 3 or w == "day")
UNIT_PLURAL = alternation(w for w in UNITS if w.endswith("s") and len(w) > 3)
# A day of the month in words, after the month: "Sunday, March eighth".
DAY_WORD = rf"(?:{alternation(w for w in ORDINALS if w not in ('last', 'final'))})(?=\s*[^\w\s-]|\s*$)"
ORDINAL = rf"(?:{alternation(w for w in ORDINALS if w not in ('last', 'final'))}|\d{{1,2}}(?:st|nd|rd|th))"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
FREQUENCY = alternation(FREQUENCIES)
TZ = r"(?:[ecmp][sd]t|gmt|utc|bst|cet|cest|msk|moscow\s+time|local\s+time)(?![a-z])"
# A clock's time of day, the "clock" rule's forms: "10:35 a.m.", "5 pm", "14:30", "1400 GMT" (four digits only before
# GMT, UTC, MSK or local time), "10 o'clock", "noon"; ``frame_time.CLOCK`` reads a saying's clock by them too (``unnamed``)
CLOCK_TIME = (r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?:a\.m\.?|p\.m\.?|am|pm)(?!\w))"
              # "(1:37)" alone in its brackets is a clip's length, "Syria shelling (1:37) Aug. 5": no time of day
              r"|(?!(?<=\()\d\d?:\d\d\))(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:])"
              r"|(?P<hhmm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:gmt|utc|msk|local\s+time))"
              r"|(?P<oclock>[01]?\d)\s+o'clock"
              r"|(?P<noon>noon|midnight|midday))")


def unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made plain, to be written more than once in another pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Quantity modifiers inside a duration's extent (TimeML mod): "nearly five months",
# "at least 72 hours", "over an hour". Gold TimeML leaves "about" and "only"
# outside a duration, and "over" before a number or "the" is the preposition
# of a span ("over the past 20 years", "spread over three years").
APPROX = (r"(?:around|approximately|roughly|nearly|almost|some|at\s+least|at\s+most|more\s+than|"
          r"less\s+than|fewer\s+than|over(?=\s+an?\s)|up\s+to|no\s+more\s+than|no\s+less\s+than|just\s+over|"
          r"just\s+under|well\s+over|little\s+more\s+than|close\s+to|the\s+better\s+part\s+of)")
# Before "ago": "about two years ago" keeps its "about" (a point, not an amount).
APPROX_AGO = rf"(?:about|{APPROX[3:-1]})"
# Modifiers that narrow a period: "early 2018", "mid-August", "the end of the year".
MOD = (r"(?:early|late|earlier|later|mid|middle\s+of|the\s+middle\s+of|end\s+of|the\s+end\s+of|"
       r"beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of|the\s+turn\s+of|"
       r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+rest\s+of|the\s+remainder\s+of)")
REL = (r"(?:this\s+past|this\s+coming|the\s+past|the\s+next|the\s+coming|the\s+previous|the\s+following|"
       r"the\s+current|the\s+same|that\s+same|the\s+latest|the\s+prior|the\s+preceding|the\s+present|the\s+most\s+recent|"
       r"the\s+last|the\s+first|the\s+full|this|last|next|coming|past|previous|following|current|latest|that|the)")
# The gaps beside optional punctuation, each with one whitespace quantifier at each place: "\s*,?\s+" and
# "\s*[-\s]?\s*" (the same strings) were quadratic on a long run of spaces after a weekday or "early" (8,000 spaces:
# seconds per word). The word after each gap is no space or hyphen, so each matches the same span as before.
_GAP_COMMA = r"(?:\s*,\s+|\s+)"  # "Monday, August 27", "Monday August 27"
_GAP_HYPHEN = r"\s*(?:-\s*)?"  # "mid-August", "early 2018", "mid - 2018"
# Words after a number that make it a count, not a year: "2000 people" (the gap before them is in the pattern,
# one whitespace quantifier: a \s* before a \s+ was quadratic on a long run of spaces after a year).
NOT_AFTER_YEAR = (r"\s*(?:%|percent|per\s+cent|(?<=\s)(?:people|persons|men|women|children|troops|soldiers|"
                  r"police|policemen|officers|fighters|militants|rebels|refugees|civilians|workers|employees|"
                  r"members|delegates|votes|seats|shares|tons|tonnes|barrels|dollars|euros|rubles|pounds|"
                  r"yen|miles|kilometers|kilometres|km|meters|metres|feet|acres|hectares|units|cars|vehicles|"
                  r"planes|aircraft|tanks|missiles|rockets|guns|weapons|houses|homes|points|times|hours|"
                  r"minutes|days|weeks|months|years|cases|deaths|dead|killed|wounded|injured|protesters|"
                  r"demonstrators|residents|prisoners|detainees|hostages|students|tourists|pilgrims|"
                  r"jobs|pages|words|chars|characters|copies|calories|degrees|others|more|or\s+so)\b)")

# A day of the month as a numeral ordinal, "10th", "31st" (not "10th-century", "3rd-ranked")
ORDINAL_DAY = r"(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![\w-])"


def _after_one_of(*words: str) -> str:
    """A position just after one of ``words`` and a space (a look-behind each: each word is of one width)."""
    return "|".join(rf"(?<=\b{word}\s)" for word in words)


# The preposition before a bare ordinal day, "on the 10th", "until the 15th"
_DAY_PREPOSITION = _after_one_of("on", "by", "until", "till", "since", "from", "before", "after", "through")
# The preposition before a day of the month in numbers alone, "on 14/3" (not "by" nor "from": "rose by 3/8 to 45")
_NUMERIC_PREPOSITION = _after_one_of("on", "until", "till", "since", "before", "after", "through")
# After a bare ordinal day, a word that cannot be the noun it counts: a clause's end or a preposition or conjunction
_AFTER_BARE_DAY = (r"\s*(?:[.,;:!?)\x22\u201d]|$)|\s+(?:and|but|or|when|while|as|if|in|at|with|for|to|after|before|"
                   r"until|till|when|where|because|despite|amid|under|ahead)\b(?!-)")

# (rule name, pattern). Order matters: at one start position the first rule
# that matches wins, so longer rules come before the rules they contain.
RULES: list[tuple[str, str]] = [
    ("iso", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::[0-5]\d)?)?(?![\d-])"),
    # "10/30/89", "30/10/1989": which number is the month is ``numeric_dates``' to say
    ("slash_date", r"(?P<first>3[01]|[12]\d|0?[1-9])/(?P<second>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})(?![\d/])"),
    # A day of the month in numbers alone, "on 14/3", "since 3/14": only after a preposition of a date and before a
    # clause end, a preposition or a conjunction (not "fell 7/8", "a 3/4 majority", "cut by 1/2")
    ("numeric_day", rf"(?:{_NUMERIC_PREPOSITION})(?P<first>3[01]|[12]\d|0?[1-9])/(?P<second>3[01]|[12]\d|0?[1-9])"
                    rf"(?![\d/])(?={_AFTER_BARE_DAY})"),
    # Ranges: "August 24-27", "Aug. 24 to 27, 2018", "24-27 August"
    ("range_md", rf"(?P<month>{MONTH})\s*(?P<day>{DAY})\s*(?:-|–|—|to|through|until|till|and)\s*(?:(?P<month2>{MONTH})\s*)?(?P<day2>{DAY})(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}))?(?!\s*(?:{MONTH}|:|\.\d))"),
    ("range_dm", rf"(?P<day>{DAY})\s*(?:-|–|—|to|through|until|and)\s*(?P<day2>{DAY})\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"),
    ("range_months", rf"(?P<month>{MONTH_FULL})\s*(?:-|–|—|to|through|until|and)\s*(?P<month2>{MONTH_FULL})(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?(?!\s*\d)"),
    ("range_years", rf"(?P<year>{YEAR})\s*(?:-|–|—|to|through|until)\s*(?P<year2>{YEAR}|\d\d(?![\d]))(?!\s*%)"),
    # Dates: "Monday, August 27, 2018", "Aug. 27", "27 August 2018", "the 27th of August"; "Friday prayers on
    # 18 March": the weekday is the date's (one date, the weekday checks its year), the timex the date alone
    # "on Sunday (August 14)": a weekday with its date in brackets
    ("date_paren", rf"(?P<weekday>{WEEKDAY})\s*\(\s*(?P<month>{MONTH})\s*(?P<day>{DAY})(?:\s*,\s*(?P<year>{YEAR}))?\s*\)"),
    ("date_mdy", rf"(?:(?:(?P<wrel>this\s+coming|this\s+past|last|next|this)\s+)?(?P<weekday>{WEEKDAY})(?P<prayers>\s+prayers\s+on)?{_GAP_COMMA})?(?P<month>{MONTH})\s*(?P<day>{DAY}|{DAY_WORD})(?:(?:\s*,\s*|\s+)(?P<year>{YEAR})(?!\s*(?:-|–)\s*\d))?(?![\w-])"),
    ("date_dmy", rf"(?:(?P<weekday>{WEEKDAY})(?P<prayers>\s+prayers\s+on)?{_GAP_COMMA})?(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"),
    # A day of the month by its ordinal alone: "the 20th of next month"; "talks resume on the 10th", "by the 28th,"
    # (only after a preposition of a date and before a word that cannot be the noun the ordinal counts, a clause
    # end or a preposition or conjunction: not "on the 10th floor", "the 20th century", "the 3rd Infantry Division")
    ("ordinal_day", rf"the\s+(?P<day>{ORDINAL_DAY})\s+of\s+(?P<mrel>next|last|this|the\s+same|the\s+following|the\s+previous)\s+month(?![\w-])"
                    rf"|(?:{_DAY_PREPOSITION})the\s+(?P<bare>{ORDINAL_DAY})(?={_AFTER_BARE_DAY})"),
    # Clock times: "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Thursday", "1400 GMT"
    ("clock", rf"(?:(?P<approx>around|approximately)\s+)?{CLOCK_TIME}"
              rf"(?:\s+(?P<tz>{TZ}))?"
              rf"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening))?"
              rf"(?:(?:\s*,\s*|\s+(?:on\s+)?)(?:(?P<weekday>{WEEKDAY})|(?P<deictic>today|yesterday|tomorrow|tonight)|(?P<month>{MONTH})\s*(?P<day>{DAY})))?"),
    ("day_count", r"(?P<hour>[01]?\d)\s+in\s+the\s+(?P<part>morning|afternoon|evening)"),
    # Holidays: "Thanksgiving Day", "last Christmas", "Easter week" (names in time_words.tsv)
    ("holiday", rf"(?:(?P<rel>this\s+past|this\s+coming|last|next|this|the\s+last|the\s+next|the\s+previous|the\s+following)\s+)?(?P<holiday>{HOLIDAY})(?![\w'])"),
    # "the day before yesterday", "the day after tomorrow"
    ("deictic2", r"the\s+day\s+(?P<dir>before|after)\s+(?P<deictic>yesterday|tomorrow)"),
    # "On the eve, Lavrov held talks ...": agency copy's day before the story (not "on the eve of the summit")
    ("eve", r"(?<=\bon\s)the\s+eve(?![\w-])(?!\s+of\b)"),
    ("deictic", rf"(?:(?P<mod>early|late|earlier|later)\s+|(?:(?P<part_mod>early|late|mid)[-\s]?)?(?P<part_before>morning|afternoon|evening)\s+)?(?P<deictic>today|tonight|tomorrow|yesterday)(?:\s+(?P<part>{PART}))?(?!\w)(?!'(?!s\b))"),
    # "overnight" alone (not "overnight Saturday", "overnight on Friday", read by the weekday rule's own day)
    ("overnight", rf"overnight(?![\w-])(?!{_GAP_COMMA}(?:on\s+|into\s+|to\s+)?(?:{WEEKDAY}|today|tonight|tomorrow|yesterday|{MONTH}\s*\d))"),
    # A part of day with its early / late / mid and no day word: "by mid afternoon", "a sell-off mid-morning" (with a
    # day word, the deictic and weekday rules read it: "mid-afternoon yesterday", "early Friday morning")
    ("part_of_day", r"(?P<part_mod>early|late|mid)(?:-|\s)(?P<part>morning|afternoon|evening)(?![\w-])"),
    # Weekdays: "Friday", "last Friday", "Wednesday night", "early Tuesday"
    ("weekday_set", rf"(?:(?P<quant>every|each)\s+)(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?|(?P<weekdays>{WEEKDAYS_PLURAL})(?![\w'])|(?P<weekday2>{WEEKDAY})\s+(?P<parts>nights|mornings|afternoons|evenings)"),
    # "each July", "every summer": a month or season every year (SET XXXX-07, XXXX-SU)
    ("named_set", rf"(?:every|each)\s+(?:(?P<month>{MONTH_FULL})|(?P<season>{SEASON}))(?![\w-])"),
    # "early Tuesday" keeps its modifier; "Tuesday next week" is a day of that week; "Earlier Friday" / "Later Thursday" are
    # comparative adverbs (earlier than another event), outside the timex.
    ("weekday", rf"(?:(?P<mod>early|late)\s+)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past|previous|following|the\s+previous|the\s+following|the\s+next|that)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?(?:\s+(?:of\s+)?(?P<week>next|last|this)\s+week(?![\w'’-]))?"),
    # Quarters and halves: "the third quarter", "third-quarter", "the first half of 1989", "Q3 2018"
    ("quarter", rf"(?:(?P<det>the|this|last|next|that)\s+(?=(?:fiscal\s+)?(?:\d{{4}}\s+)?[a-z0-9]+\s+(?:quarter|half)))?"
                rf"(?:(?P<rel>this|last|next)\s+(?:fiscal\s+)?year's\s+|(?P<year>{YEAR})\s+|(?P<fiscal>fiscal)\s+(?:(?P<fyear>{YEAR})\s+)?)?"
                rf"(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?P<hyphen>[-\s])(?P<unit>quarter|half)(?!s)"
                rf"(?:\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?(?P<year2>{YEAR})|(?P<rel2>this|last|next|the)\s+(?:fiscal\s+)?year))?(?!-)"
                rf"|(?:(?P<det2>the|this|that)\s+)?(?:(?P<rel3>this|last|next)\s+year's\s+|(?P<year4>{YEAR})\s+)(?P<unit2>quarter|period|half)(?![s-])"
                rf"|q(?P<qnum>[1-4])(?:\s+(?P<year3>{YEAR}))?"),
    ("same_period", r"(?:the\s+)?(?:(?:same|corresponding|comparable|year-earlier|year-ago)\s+)?(?P<unit>quarter|period|month|week)\s+(?:(?:of|in)\s+)?(?:(?P<rel>last|a)\s+year|a\s+year\s+(?:ago|earlier))"),
    # "the week of March 6": the ISO week that contains the day
    ("week_of", rf"the\s+week\s+of\s+(?P<month>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?![\w-])"),
    ("year_ago", r"(?:(?P<det>the)\s+(?:(?:comparable|corresponding|same)\s+)?(?=\w+-\w+\s+(?:quarter|period|(?:first|second|third|fourth)\s+quarter)))?(?P<head>year|month|week|quarter)-(?P<dir>ago|earlier|before)(?:\s+(?:(?P<ordinal>first|second|third|fourth)\s+)?(?P<unit>quarter|period))?"),
    # Ago and later: "two days ago", "a year earlier", "three weeks later", "years ago"
    ("ago", rf"(?:(?P<approx>{APPROX_AGO})\s+)?(?:(?P<num>{NUM})\s+(?P<unit>{UNIT})|(?P<plural>{UNIT_PLURAL}))\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|previously|prior|(?:before|after)(?=\s*(?:[.,;:)\x22'\u201d]|$)|\s+(?:and|but|when|as|while|or|in|on|at|for)\b))(?!\w)"),
    # Months: "mid-August", "last October", "August of 2018", "early next year" handled below
    ("month_year", rf"(?:(?P<mod>{MOD}){_GAP_HYPHEN})?(?P<month>{MONTH_FULL})(?:\s+of|\s*,)?\s+(?P<year>{YEAR}|{YEAR_WORDS})(?!{NOT_AFTER_YEAR})"),
    ("month", rf"(?:(?P<mod>{MOD}){_GAP_HYPHEN})?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past|previous|following|that)\s+)?(?P<month>{MONTH_FULL})(?![\w-])(?!'(?!s\b))(?!\s*\d)(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year(?![\w'-]))?"),
    # Seasons: "summer 2018", "the summer of 1994", "last fall"; not "the fall of the regime" (a season "of" no
    # year is a noun)
    ("season", rf"(?:(?P<mod>early|late|mid|the\s+early|the\s+late|the\s+middle\s+of|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s]\s*)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past|previous|following|that|the)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR_WORDS}))?(?!\w)(?!\s+of\b)"),
    ("year_words", rf"(?:(?P<det>the\s+year)\s+(?P<spelled>{YEAR_WORDS})|(?P<spelled2>{_CENTURY_YEAR}))(?!{NOT_AFTER_YEAR})"),
    # "year-end", "around year end", "year's end": the end of a year (mod END)
    ("year_end", r"(?:(?P<approx>around|about)\s+)?(?:year(?:-|\s+)end|year's\s+end)(?![\w-])"),
    # Units relative to now or to the last date: "last week", "this year", "the next day", "the year before"
    ("unit_rel", rf"(?:(?P<mod>{MOD}){_GAP_HYPHEN})?(?P<rel>{REL})\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|weekend|month|quarter|year|decade|century|day|morning|afternoon|evening|night|period|time|moment)(?P<after>\s+(?:earlier|later|ago|before\s+that|(?:before|after)(?=\s*(?:[.,;:)\x22'\u201d]|$)|\s+(?:and|but|when|as|while|or|in|on|at|for)\b)))?(?![\w-])(?!\s+of\b)"),
    # Durations: "the past two months", "two weeks", "a 16-hour", "several years", "5 1/2 hours"
    # A range of amounts: "two to three weeks", "the next 12 to 18 months"
    ("duration_range", rf"(?:(?P<det>the)\s+(?P<rel>next|past|last|coming|first)\s+)?(?P<num>{NUM})\s+(?:to|or|-|\u2013)\s+(?P<num2>{NUM})\s+(?P<unit>{UNIT_PLURAL})(?![\w-])"),
    ("duration", rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<det>the|an|another|a)\s+)?(?:(?P<rel>past|last|next|coming|first|previous|following|final|latest|recent|entire|whole|full|same|initial|remaining|preceding|ensuing|further|additional|other)\s+)?(?P<num>{NUM})\s+(?:(?P<extra>more|additional|straight|consecutive|full|long|extra)\s+)?(?P<unit>{UNIT})(?P<orso>\s+or\s+so|\s+or\s+more|\s+and\s+a\s+half)?(?![\w-])(?!\s+old\b)"),
    ("duration_long", r"(?P<unit>hour|day|week|month|year)-long(?![\w-])"),
    ("duration_adj", rf"(?P<num>\d+(?:\.\d+)?|{NUMWORD}|half)-(?P<unit>{UNIT})(?P<long>-long)?(?![\w-])"),
    ("duration_plural", rf"(?:(?P<rel>recent|past|coming|next|previous|last|the\s+past|the\s+next|the\s+coming|the\s+last|the\s+following|the\s+previous|the\s+recent|several|many|few|a\s+few|the\s+first|the\s+early|the\s+final)\s+)(?P<plural>{UNIT_PLURAL})(?![\w-])|(?P<plural2>decades|centuries)(?P<long>-long)?(?![\w])"
                        r"|(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s))(?P<plural3>years|months|weeks|days|hours|minutes)(?![\w'-])"
                        r"|the\s+(?P<plural4>years|months|weeks|days)\s+ahead(?![\w-])"),
    ("duration_vague", r"(?P<phrase>a\s+while|a\s+long\s+time|some\s+time|a\s+short\s+time|a\s+fairly\s+lengthy\s+period)(?!\w)"),
    # Sets: "every day", "each year", "daily", "every two weeks"
    ("set", rf"(?P<quant>every|each|per)\s+(?:(?P<num>{NUM}|other)\s+)?(?P<unit>{UNIT})(?!\w)|(?P<freq>{FREQUENCY})(?![\w-])"),
    # Decades and centuries: "the 1990s", "the mid-1990s", "the '80s", "the 20th century"
    ("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]?\s*)?(?P<decade>(?:1[0-9]|20)\d0s|'\d0s)(?!\w)"),
    ("decade_words", rf"the\s+(?:(?P<mod>early|mid|late)[-\s]?\s*)?(?P<tens>{DECADE_WORDS})(?![\w-])"),
    ("century", rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]?\s*)?(?P<ordinal>{ORDINAL})[-\s]century"),
    # Years: "2017", "fiscal 1989", "mid-1996", "the end of 1990", "1994 or later" (TimeML mod ON_OR_AFTER, in the extent)
    ("year", rf"(?<![$£€#\d.,/+])(?<!no\.\s)(?:(?P<mod>{MOD}){_GAP_HYPHEN})?(?:(?P<det>the)\s+(?=fiscal))?(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?(?P<year>{YEAR})(?P<tail>\s+(?:period|fiscal\s+year))?(?P<open>\s+(?:or\s+(?:later|earlier)|and\s+beyond)(?![\w-]))?(?!{NOT_AFTER_YEAR})(?!,\d|\.\d)(?![-\w])"),
    # Vague references: "now", "recently", "the past", "the future", "currently"
    ("fuzzy", rf"(?P<word>right\s+now|now|nowadays|these\s+days|currently|current|recently|lately|at\s+present|the\s+present|the\s+past(?!\s+(?:{NUM})\s)|the\s+future|the\s+near\s+future|the\s+distant\s+future|the\s+immediate\s+future)(?![\w-])"),
]

_NAMED = re.compile(r"\(\?P<\w+>")


def _compile(name: str, pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as err:  # name the rule: the patterns are long
        raise re.error(f"temporal rule {name!r}: {err.msg} near {pattern[max(0, err.pos - 60):err.pos + 10]!r}") from None


def _master() -> re.Pattern:
    """All rules in one expression, their slots unnamed: at a word start the first rule that matches there wins, as
    the rules are listed (``rule_pattern`` then reads its slots; named in MASTER, they made it about twice as slow)."""
    try:
        return re.compile("|".join(f"(?P<{name}>{_NAMED.sub('(?:', pattern)})" for name, pattern in RULES))
    except re.error:
        for name, pattern in RULES:
            _compile(name, pattern)  # name the rule that does not compile
        raise


MASTER = _master()
_PATTERNS = dict(RULES)


@cache
def rule_pattern(name: str) -> re.Pattern:
    """The expression of rule ``name``, which reads the slots of a candidate ``MASTER`` found by that rule: compiled
    when a text first has one (a short text, as ``timeline dates`` reads, needs few of the 43; each process compiled
    all of them at import)."""
    return _compile(name, _PATTERNS[name])

# The grammar runs on ASCII-lower-cased text (same length, same offsets), which
# is several times faster than a case-insensitive pattern. Case matters for a
# few words, checked on the original text afterwards.
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_CASED_SLOTS = ("month", "month2", "weekday", "weekday2", "weekdays")
_NEEDS_CAPITAL = {"may", "march", "sun", "sat", "wed", "jan", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

# Only word starts that can begin an expression are tried: a head word (a
# month, a digit, "yesterday", "weeks" ...) or a modifier ("the", "last",
# "two", "about") with a head word a few tokens after it.
_TOKEN = re.compile(r"q[1-4](?![a-z\d])|[a-z]+|\d+|'\d0s")
HEADS = (set(MONTHS) | set(WEEKDAYS) | {w + "s" for w in WEEKDAYS} | set(UNITS) | set(SEASONS)
         | set(PARTS_OF_DAY) | set(FREQUENCIES)
         | {"today", "tonight", "tomorrow", "yesterday", "now", "nowadays", "currently", "current", "recently",
            "recent", "lately", "previously", "formerly", "soon", "present", "past", "future", "noon",
            "midnight", "midday", "q1", "q2", "q3", "q4", "while", "time", "period", "moment", "days",
            "clock", "nineteen", "eighteen", "twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties"})
# A holiday's first word starts a candidate: as a head when the name has no
# other head word ("Thanksgiving"), as a prefix otherwise ("Labor Day").
_HOLIDAY_TOKENS = [re.findall(r"[a-z]+", name) for name in HOLIDAYS]
HEADS |= {t[0] for t in _HOLIDAY_TOKENS if not any(w in HEADS for w in t[1:])}
HEADS.add("eve")  # "on the eve" (the rule ``eve``)
PREFIXES = (set(NUMBERS) | {w for w in ORDINALS} | {w.split()[0] for w in NUMBERS}
            | {"the", "a", "an", "another", "its", "their", "this", "that", "last", "next", "coming", "past",
               "previous", "following", "current", "latest", "same", "prior", "preceding", "present", "most",
               "early", "late", "earlier", "later", "mid", "middle", "end", "beginning", "start", "turn",
               "rest", "remainder", "about", "around", "approximately", "roughly", "nearly", "almost", "some",
               "at", "more", "less", "fewer", "over", "up", "no", "just", "well", "only", "little", "close",
               "shortly", "every", "each", "per", "fiscal", "recent", "several", "many", "few", "right",
               "these", "entire", "whole", "full", "initial", "remaining", "ensuing", "further", "additional",
               "other", "half", "final", "first", "second", "third", "fourth", "until", "before", "after",
               "better", "distant", "immediate", "near", "short", "long", "fairly", "twenty", "thirty",
               "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
            | {t[0] for t in _HOLIDAY_TOKENS if any(w in HEADS for w in t[1:])})
LOOKAHEAD = 5  # tokens between a modifier and its head: "the better part of the past three years"


def lower(text: str) -> str:
    return text.translate(_LOWER)


def _starts(low: str, start: int, end: int) -> list[int]:
    # (this runs over every word of every text: the cheap test of the word itself comes first, and a token's
    # offset is read only for the few that pass it)
    found = list(_TOKEN.finditer(low, start, end))
    words = list(map(re.Match.group, found))
    # a head word, or a number or "'80s": a token that does not open on a letter a-z (it opens on a digit, of any
    # script, or "'"; the comparisons cost less than reading the first character)
    heads = [w in HEADS or not "a" <= w < "{" for w in words]
    starts = []
    for i, word in enumerate(words):
        if not (heads[i] or (word in PREFIXES and any(heads[i + 1 : i + 1 + LOOKAHEAD]))):
            continue  # neither a head word nor a modifier with one a few tokens on
        pos = found[i].start()
        if pos > 0 and (low[pos - 1].isalnum() or low[pos - 1] == "_"):
            continue  # inside a word ("co2", "mid-word digits")
        starts.append(pos)
    return starts


def _case_ok(text: str, detail: re.Match) -> bool:
    if "holiday" in detail.re.groupindex and detail.group("holiday") and not text[detail.start("holiday")].isupper():
        return False  # holidays are proper names: "Christmas", not "christmas tree" in a lower-case title
    for slot in _CASED_SLOTS:
        word = detail.group(slot) if slot in detail.re.groupindex else None
        if word and word.rstrip(".").lower() in _NEEDS_CAPITAL and not text[detail.start(slot)].isupper():
            return False
    return True


_HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Prof.", "Lt.", "Col.", "Capt.", "Sgt.",
               "Mr", "Mrs", "Ms", "Dr", "Miss", "Lord", "Lady", "Sir", "Judge", "Justice", "President", "Minister"}
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w.&'-]*)[ \t]+\Z")
_ALWAYS_CAPITAL = (set(MONTHS) | set(WEEKDAYS) | {w + "s" for w in WEEKDAYS}) - {"may", "march"}


@lru_cache(maxsize=1)
def _full_lower(text: str) -> str:
    """``text.lower()`` (full Unicode lower-casing, not ``lower``), made once per text: ``_in_title`` reads it
    at every capitalised candidate of a scan, and lower-casing the whole article each time was a measurable
    share of the build."""
    return text.lower()


_CAPITALS_HEADING = re.compile(r"\b[A-Z]{2,}[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,}\Z")  # three words in capitals, the last one before


def _in_title(text: str, pos: int) -> bool:
    """A time word capitalised inside a run of capitalised words is part of a
    name or title: "The World Tonight", "USA Today", "High Noon", "Theresa
    May" ... unless the run is the start of a sentence ("Earlier Today"). Month
    and weekday names are always capitalised, so this only applies to them
    when they are also common names (May, March).
    """
    if not text[pos].isupper():
        return False
    first = _TOKEN.match(_full_lower(text), pos)
    if first and first.group() in _ALWAYS_CAPITAL:
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, pos - 40), pos)
    if previous is not None and previous.group(1) in _HONORIFICS:
        return True  # "Mr. May", "Gen. March"
    if previous is None or not previous.group(1)[0].isupper() or previous.group(1)[-1] in ".!?":
        return False
    if _CAPITALS_HEADING.search(text, max(0, previous.start() - 40), previous.end(1)):
        return False  # "PROTEST MOVEMENT IS CRUSHED Nearly 30 years ago, ...": a subhead in capitals glued to the
        # sentence under it, not a name the word is part of (but "USA Today": one word in capitals)
    before = text[max(0, previous.start() - 3):previous.start()].rstrip(" \t")
    return not (before == "" or before[-1:] in ".!?:\"'\u201c\n(" or before.endswith("``"))


_ARTICLE_THEN_CAPITALS = re.compile(r"(?:the|a|an)\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+\Z")


def _title_cased(text: str, start: int, end: int) -> bool:
    """A lower-case article and then only capitalised words is a name, not a time ("a plan for the Day After",
    "the Long Year"): in running text the time words of an expression are not capitalised (a capitalised month
    or weekday is not such a name)."""
    span = text[start:end]
    if not _ARTICLE_THEN_CAPITALS.fullmatch(span):
        return False
    words = [w.lower() for w in span.split()[1:]]
    return not any(w in _ALWAYS_CAPITAL or w in ("may", "march") for w in words)


def _name_follows(text: str, detail: re.Match) -> bool:
    """A holiday followed by a capitalised noun names something else: "the Good Friday Agreement"."""
    if "holiday" not in detail.re.groupindex or detail.group("holiday") is None:
        return False
    following = re.match(r"[ \t]+([A-Z][a-z]+)", text[detail.end():detail.end() + 30])
    return following is not None and following.group(1).lower() not in HEADS


def scan(text: str, start: int = 0, end: int | None = None, *, low: str | None = None):
    """Yield candidates left to right, non-overlapping, longest rule first.

    ``low`` is ``lower(text)``, when the caller has it already.
    """
    end = len(text) if end is None else end
    low = lower(text) if low is None else low
    last_end = start
    for pos in _starts(low, start, end):
        if pos < last_end:
            continue
        match = MASTER.match(low, pos, end)
        if match is None or match.end() == pos:
            continue
        rule = match.lastgroup
        detail = rule_pattern(rule).match(low, pos, end)
        if detail is None or detail.end() != match.end():  # pragma: no cover - same pattern
            continue
        if not _case_ok(text, detail):
            continue
        if _in_title(text, pos) or _name_follows(text, detail) or _title_cased(text, pos, match.end()):
            last_end = match.end()  # a name: none of its words is a time expression
            continue
        last_end = match.end()
        slots = {k: v for k, v in detail.groupdict().items() if v is not None}
        yield Candidate(pos, match.end(), rule, slots)
