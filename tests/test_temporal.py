"""The temporal engine (timeline.temporal): gold rows as data, calendar arithmetic, tense cues.

``tests/data/temporal_gold.jsonl`` holds one row per behaviour: a sentence
(real text from ../shared/corpora where possible, the note says where), the
reference date it is read against (null: no anchor) and every mention
expected in it, in order, with its exact surface, TimeML type and value,
precision and, where it matters, mod, flags, direction and last day.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.errors import NoInputError
from timeline.evaluate.tbaq import dct_date, evaluate_tbaq, tag_document
from timeline.ingest.tml import TmlDocument, read_tml
from timeline.model import Mention
from timeline.temporal import find_mentions
from timeline.temporal.direction import FUTURE, PAST, direction
from timeline.temporal.lexicon import year_value
from timeline.temporal.points import (Point, add_months, easter, holiday, nearest_day, nth_weekday, shift_date,
                                      years_round)
from timeline.temporal.timeml import timeml_mentions

GOLD = Path(__file__).parent / "data" / "temporal_gold.jsonl"
ROWS = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
TRAIN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tempeval3" / "train"
needs_corpus = pytest.mark.skipif(not TRAIN.is_dir(), reason=f"TempEval-3 corpus not found at {TRAIN}")


def _reference(row: dict) -> dt.date | None:
    return dt.date.fromisoformat(row["reference"]) if row["reference"] else None


def test_temporal_gold_file_is_well_formed():
    phenomena = {row["phenomenon"] for row in ROWS}
    assert len(ROWS) >= 60
    assert len(phenomena) == len(ROWS), "one row per behaviour: phenomenon names are unique ids"
    for row in ROWS:
        assert set(row) == {"text", "reference", "expected", "phenomenon", "note"}, row["phenomenon"]
        for expected in row["expected"]:
            assert expected["type"] in ("DATE", "TIME", "DURATION", "SET"), row["phenomenon"]
            assert expected["text"] in row["text"], row["phenomenon"]


@pytest.mark.parametrize("row", ROWS, ids=[row["phenomenon"] for row in ROWS])
def test_temporal_find_mentions_gold(row):
    text, reference = row["text"], _reference(row)
    mentions = find_mentions(text, reference)
    assert [m.text for m in mentions] == [e["text"] for e in row["expected"]], row["note"]
    position = 0
    for mention, expected in zip(mentions, row["expected"]):
        start = text.index(expected["text"], position)
        assert (mention.start, mention.end) == (start, start + len(expected["text"]))
        assert text[mention.start:mention.end] == mention.text
        position = mention.end
        assert (mention.type, mention.value, mention.precision) == (
            expected["type"], expected["value"], expected["precision"]), row["note"]
        assert mention.mod == expected.get("mod")
        if "direction" in expected:
            assert mention.direction == expected["direction"]
        if "date_end" in expected:
            assert mention.date_end == dt.date.fromisoformat(expected["date_end"])
        names = [flag.split(":")[0] for flag in mention.flags]
        for flag in expected.get("flags", ()):
            assert flag in names, f"{mention.text!r} lacks flag {flag!r}: {mention.flags}"
        for flag in ("weekday_mismatch", "range", "no_antecedent"):
            if flag not in expected.get("flags", ()):
                assert flag not in names, f"{mention.text!r} has an unexpected flag {flag!r}"
        assert mention.rule, "every mention says which rule made it"
        assert mention.anchor == reference


@pytest.mark.parametrize("row", [row for row in ROWS if row["reference"] is None],
                         ids=[row["phenomenon"] for row in ROWS if row["reference"] is None])
def test_temporal_no_anchor_is_flagged_unresolved(row):
    for mention in find_mentions(row["text"], None):
        relative = mention.type in ("DATE", "TIME") and not mention.resolved and not mention.value.endswith("_REF")
        unresolved = any(flag.startswith("unresolved: ") for flag in mention.flags)
        assert unresolved == relative, (mention.text, mention.value, mention.flags)
        if relative:
            assert "X" in mention.value and mention.date_start is None


@pytest.mark.parametrize("row", [row for row in ROWS if row["reference"]][:25],
                         ids=[row["phenomenon"] for row in ROWS if row["reference"]][:25])
def test_temporal_resolved_dates_cover_their_value(row):
    for mention in find_mentions(row["text"], _reference(row)):
        assert not any(flag.startswith("unresolved") for flag in mention.flags)
        if mention.type == "DATE" and mention.resolved:
            assert mention.date_start <= mention.date_end
            assert mention.date_start.isoformat().startswith(mention.value[:4])


@pytest.mark.parametrize("start,end", [(0, None), (20, 60), (35, None)], ids=["whole", "middle", "tail"])
def test_temporal_find_mentions_window_keeps_text_offsets(start, end):
    text = "Lavrov said on Wednesday that the talks held on August 24 were useful."
    whole = find_mentions(text, dt.date(2018, 8, 30))
    window = find_mentions(text, dt.date(2018, 8, 30), start=start, end=end)
    stop = len(text) if end is None else end
    assert [(m.start, m.end, m.value) for m in window] == [
        (m.start, m.end, m.value) for m in whole if m.start >= start and m.end <= stop]


# ---------------------------------------------------------------------------- points.py
@pytest.mark.parametrize("day,week", [
    (dt.date(2018, 12, 31), "2019-W01"),  # Monday of ISO week 1 of 2019
    (dt.date(2021, 1, 3), "2020-W53"),  # Sunday still in the 53rd week of 2020
    (dt.date(2018, 8, 27), "2018-W35"),
    (dt.date(2016, 1, 1), "2015-W53"),
], ids=["monday-dec-31", "sunday-jan-3", "mid-year", "friday-jan-1"])
def test_points_iso_week_across_year_end(day, week):
    point = Point.of(day, "week")
    assert point.value == week
    assert point.start <= day <= point.end and point.start.weekday() == 0


@pytest.mark.parametrize("start,steps,value", [
    ("2020-W53", 1, "2021-W01"), ("2019-W01", -1, "2018-W52"), ("2018-W35", 0, "2018-W35"),
], ids=["after-week-53", "back-over-new-year", "zero"])
def test_points_week_shift(start, steps, value):
    year, week = start.split("-W")
    monday = dt.date.fromisocalendar(int(year), int(week), 1)
    assert Point.of(monday, "week").shift(steps).value == value


@pytest.mark.parametrize("day,value,first,last", [
    (dt.date(2018, 12, 15), "2019-WI", dt.date(2018, 12, 1), dt.date(2019, 2, 28)),
    (dt.date(2019, 2, 10), "2019-WI", dt.date(2018, 12, 1), dt.date(2019, 2, 28)),
    (dt.date(2020, 1, 5), "2020-WI", dt.date(2019, 12, 1), dt.date(2020, 2, 29)),
    (dt.date(2018, 8, 30), "2018-SU", dt.date(2018, 6, 1), dt.date(2018, 8, 31)),
], ids=["december-is-next-years-winter", "february", "leap-february", "summer"])
def test_points_winter_spans_the_year_end(day, value, first, last):
    season = Point.of(day, "season")
    assert (season.value, season.start, season.end) == (value, first, last)
    assert season.shift(1).value == f"{season.year + 1}-{season.code}"


@pytest.mark.parametrize("year,number,steps,value", [
    (2018, 4, 1, "2019-Q1"), (2018, 1, -1, "2017-Q4"), (2018, 3, -4, "2017-Q3"), (2018, 2, 0, "2018-Q2"),
], ids=["q4-to-next-q1", "q1-back-to-q4", "year-ago-quarter", "zero"])
def test_points_quarter_shift(year, number, steps, value):
    assert Point.quarter(year, number).shift(steps).value == value


@pytest.mark.parametrize("day,months,expected", [
    (dt.date(2018, 1, 31), 1, dt.date(2018, 2, 28)),
    (dt.date(2020, 3, 31), -1, dt.date(2020, 2, 29)),
    (dt.date(2018, 12, 15), 1, dt.date(2019, 1, 15)),
], ids=["clamp-to-february", "leap-year", "over-the-year-end"])
def test_points_add_months_clamps_the_day(day, months, expected):
    assert add_months(day, months) == expected


def test_points_years_round_the_anchor_keep_only_real_days():
    # the month-day in the year before, of and after the anchor; 29 February only in a leap year
    assert years_round(dt.date(2024, 3, 13), 3, 14) == [dt.date(2023, 3, 14), dt.date(2024, 3, 14), dt.date(2025, 3, 14)]
    assert years_round(dt.date(2023, 3, 1), 2, 29) == [dt.date(2024, 2, 29)]
    assert years_round(dt.date(2023, 3, 1), 2, 31) == []
    # the nearest of them, the earlier of two as near, None for no such day
    assert nearest_day(dt.date(2024, 3, 13), 12, 30) == dt.date(2023, 12, 30)
    assert nearest_day(dt.date(2023, 3, 1), 2, 29) == dt.date(2024, 2, 29)
    assert nearest_day(dt.date(2023, 3, 1), 2, 31) is None


@pytest.mark.parametrize("day,n,unit,expected", [
    (dt.date(2018, 8, 30), -2, "D", dt.date(2018, 8, 28)),
    (dt.date(2018, 8, 30), -3, "W", dt.date(2018, 8, 9)),
    (dt.date(2018, 8, 30), -1, "Q", dt.date(2018, 5, 30)),
    (dt.date(2018, 8, 30), 1, "E", dt.date(2028, 8, 30)),
], ids=["days-back", "weeks-back", "quarter", "decade"])
def test_points_shift_date(day, n, unit, expected):
    assert shift_date(day, n, unit) == expected


@pytest.mark.parametrize("rule,year,value", [
    ("11/4/3", 1999, "1999-11-25"),  # Thanksgiving
    ("11/1/0+1", 1998, "1998-11-03"),  # US Election Day: the Tuesday after the first Monday
    ("05/L/0", 2018, "2018-05-28"),  # Memorial Day
    ("easter-2", 2024, "2024-03-29"),  # Good Friday
    ("easter+0 week", 2000, "2000-W16"),  # Easter week
    ("12-25", 2018, "2018-12-25"),
], ids=["thanksgiving", "election-day", "last-monday", "good-friday", "easter-week", "christmas"])
def test_points_holiday_rules(rule, year, value):
    assert holiday(rule, year).value == value


@pytest.mark.parametrize("year,expected", [(2000, dt.date(2000, 4, 23)), (2019, dt.date(2019, 4, 21)),
                                           (2038, dt.date(2038, 4, 25))], ids=["2000", "2019", "latest-possible"])
def test_points_easter(year, expected):
    assert easter(year) == expected


@pytest.mark.parametrize("n,expected", [(1, dt.date(2018, 8, 6)), (None, dt.date(2018, 8, 27))],
                         ids=["first", "last"])
def test_points_nth_weekday(n, expected):
    assert nth_weekday(2018, 8, n, 0) == expected


@pytest.mark.parametrize("text,year", [("1996", 1996), ("nineteen ninety-six", 1996), ("two thousand", 2000),
                                       ("two thousand and one", 2001), ("eighteen twelve", 1812)],
                         ids=["digits", "nineteen-ninety-six", "two-thousand", "and-one", "eighteen-twelve"])
def test_lexicon_year_value(text, year):
    assert year_value(text) == year


# ---------------------------------------------------------------------------- direction.py
@pytest.mark.parametrize("sentence,target,expected", [
    ("Lavrov said on Wednesday that the talks had been useful.", "Wednesday", PAST),
    ("Lavrov will meet his Turkish counterpart on Wednesday.", "Wednesday", FUTURE),
    ("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "Thursday", FUTURE),
    ("U.S. attorney Denise O'Donnell has scheduled a news conference Thursday.", "Thursday", FUTURE),
    ("It had been due to expire Friday evening.", "Friday", PAST),
    ("On Friday, the Kenyan government planned to pay for the funerals.", "Friday", PAST),
    ("He and Yasser Arafat meet separately Monday with Madeleine Albright.", "Monday", FUTURE),
    ("Elian must be returned to his father by Jan. 14.", "Jan. 14", FUTURE),
    ("Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday.", "Wednesday", PAST),
    ("''This courageous father will leave at 4 a.m. Thursday,'' Castro said.", "Thursday", FUTURE),
    ("Neither he nor his grandparents could be located Wednesday in Cardenas.", "Wednesday", None),
    ("Mr. Bush let the ground offensive begin as previously planned Saturday night.", "Saturday", PAST),
    # "agreed to" a noun phrase is a past act, not a plan (fresh4 t17-reuters-282#3); "agreed to" a verb is a plan
    ("Syria agreed to an Arab League plan on November 2, pledging to pull its military from restive cities, set "
     "political prisoners free and start talks with the opposition.", "November 2", PAST),
    ("The two leaders agreed to meet again on Friday.", "Friday", FUTURE),
], ids=["said", "will", "planned-to", "has-scheduled", "had-been-due", "date-before-past-plan",
        "scheduled-present", "deadline-by", "deadline-past-perfect", "quote-ends-before-said",
        "could-be-participle", "previously-planned", "agreed-to-a-noun", "agreed-to-a-verb"])
def test_direction_tense_cues(sentence, target, expected):
    start = sentence.index(target)
    assert direction(sentence, start, start + len(target)) == expected


# ---------------------------------------------------------------------------- timeml.py and tbaq.py
@pytest.mark.parametrize("text,parts", [
    ("The summit was held from September 13 to 17 in Moscow.",
     [("September 13", "2024-09-13"), ("17", "2024-09-17")]),
    ("Shares were bought from Aug. 26 to Oct. 20 for $23.31 a share.",
     [("Aug. 26", "2024-08-26"), ("Oct. 20", "2024-10-20")]),
    ("He was found guilty twice from 1991 to 1997.", [("1991", "1991"), ("1997", "1997")]),
], ids=["month-day-range", "two-month-days", "years"])
def test_timeml_mentions_split_ranges(text, parts):
    mentions = find_mentions(text, dt.date(2024, 12, 26))
    assert len(mentions) == 1 and "range" in mentions[0].flags
    split = timeml_mentions(mentions)
    assert [(m.text, m.value) for m in split] == parts
    assert all(text[m.start:m.end] == m.text and "range" in m.flags for m in split)
    assert split[0].date_start == mentions[0].date_start and split[-1].date_end == mentions[0].date_end


TIMEML_GOLD = Path(__file__).parent / "data" / "timeml_gold.jsonl"
TIMEML_ROWS = [json.loads(line) for line in TIMEML_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", TIMEML_ROWS, ids=[row["phenomenon"] for row in TIMEML_ROWS])
def test_timeml_mentions_gold(row):
    """``tests/data/timeml_gold.jsonl``: where the TimeML view differs from ``find_mentions`` (rows as in
    ``temporal_gold.jsonl``: sentence, reference date, every expected timex in order)."""
    text = row["text"]
    mentions = timeml_mentions(find_mentions(text, _reference(row)))
    assert [(m.text, m.type, m.value, m.mod) for m in mentions] == [
        (e["text"], e["type"], e["value"], e.get("mod")) for e in row["expected"]], row["note"]
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize("mention", [
    Mention(start=0, end=6, text="Monday", type="DATE", value="2018-08-27", precision="day"),
], ids=["not-a-range"])
def test_timeml_mentions_keep_other_mentions(mention):
    assert timeml_mentions([mention]) == [mention]


@pytest.mark.parametrize("dct,day", [("1998-02-12T01:58:00", dt.date(1998, 2, 12)), ("19891026", dt.date(1989, 10, 26))],
                         ids=["with-time", "compact"])
def test_tbaq_dct_date(dct, day):
    assert dct_date(TmlDocument(docid="d", dct=dct, text="", timexes=())) == day


@pytest.mark.parametrize("tagger_name", ["find_mentions"], ids=["default-tagger"])
def test_tbaq_tag_document_keeps_the_text(tagger_name):
    doc = TmlDocument(docid="d", dct="2018-08-30", text="Lavrov said on Wednesday, August 29.", timexes=())
    tagged = tag_document(doc)
    assert tagged.text == doc.text
    assert [(t.text, t.type, t.value) for t in tagged.timexes] == [("Wednesday, August 29", "DATE", "2018-08-29")]


@pytest.mark.parametrize("folder", ["empty"], ids=["no-tml-files"])
def test_tbaq_empty_folder_raises(tmp_path, folder):
    (tmp_path / folder).mkdir()
    with pytest.raises(NoInputError):
        evaluate_tbaq(tmp_path / folder)


@needs_corpus
@pytest.mark.parametrize("exclude,documents", [(("APW20000115.0209",), 255), ((), 256)],
                         ids=["default-exclusion", "nothing-excluded"])
def test_tbaq_scores_the_training_set(exclude, documents):
    report = evaluate_tbaq(TRAIN, exclude=exclude)
    assert report.documents == documents  # the scores are gated in tests/test_quality.py


@needs_corpus
@pytest.mark.parametrize("name", ["APW20000107.0088.tml"], ids=["aquaint-weekdays"])
def test_tbaq_weekdays_of_a_wire_story(name):
    gold = read_tml(next(TRAIN.rglob(name)))
    system = tag_document(gold)
    values = {t.text: t.value for t in system.timexes}
    assert values["Thursday"] == "2000-01-06" and values["Wednesday"] == "2000-01-05"


@pytest.mark.parametrize("text,reference,value", [
    ("Syria rejected the plan last week.", "2011-10-09", "2011-W40"),  # Sunday: the ISO week now ending
    ("Over the past week, 50 people were killed.", "2011-10-09", "2011-W40"),
    ("Late last week the army moved in.", "2012-03-04", "2012-W09"),
    ("Syria rejected the plan last week.", "2011-10-10", "2011-W40"),  # Monday: the week before, as the engine reads
    ("Syria rejected the plan last weekend.", "2011-10-09", "2011-W39-WE"),  # the weekend is not the working week
    ("The envoy will return next week.", "2011-10-09", "2011-W41"),
    ("The envoy met Assad the previous week.", "2011-10-09", "2011-W39"),  # anaphoric: counted from the last date
], ids=["sunday-last-week", "sunday-past-week", "sunday-late-last-week", "monday-last-week", "sunday-last-weekend",
        "sunday-next-week", "sunday-previous-week"])
def test_sunday_last_week_is_the_week_now_ending(text, reference, value):
    """The event gold's Sunday reading of "last week" (``temporal.sunday_week``), which the build applies and
    ``find_mentions`` (TimeML's reading, ``relative_last_week_sunday_timeml``) does not."""
    from timeline.temporal.sunday_week import sunday_weeks
    anchor = dt.date.fromisoformat(reference)
    (mention,) = sunday_weeks(find_mentions(text, anchor), anchor)
    assert mention.value == value
    if not value.endswith("-WE"):
        assert (mention.date_start, mention.date_end) == (Point.of(mention.date_start, "week").start,
                                                          mention.date_start + dt.timedelta(days=6))


def test_word_starts_take_numbers_of_any_script_as_heads():
    """``grammar._starts`` tells a number ("2018", "٣", "１９９０s") or "'90s" from a word by its first character not
    being a letter a-z (``\\d`` matches the digits of every script): each such token, and a modifier a few tokens
    before one, starts a candidate."""
    from timeline.temporal.grammar import _starts, lower

    text = lower("in ٣ days, the １９９０s and ٢٠١٨ or '90s, q1 2019, the q3, zq1 x1y; ab{c the")
    starts = _starts(text, 0, len(text))
    for token in ("٣", "the １９９０s", "１９９０s", "٢٠١٨", "'90s", "q1", "2019", "the q3", "q3"):
        assert text.index(token) in starts, token
    assert text.index("zq1") not in starts and text.index("ab{c the") + 5 not in starts


@pytest.mark.parametrize("text, expected", [
    # a Reuters video caption (t17_syria t17-reuters-184): the clip's length, alone in its brackets, is no time
    ("Amateur video shows aftermath of Syria shelling (1:37) Aug. 5 - Amateur video purports to show",
     [("Aug. 5", "2013-08-05")]),
    ("Gunfire and bloodshed in Syria (3:19) Oct. 8 - Activists say", [("Oct. 8", "2012-10-08")]),
    ("Gaddafi death fuels Syria protests (12:05) Oct. 21 -", [("Oct. 21", "2012-10-21")]),
    # a clock with more in its brackets, or outside them, is still read
    ("Shelling resumed (1400 GMT) in Homs.", [("1400 GMT", "2013-08-05T14:00")]),
    ("Shelling resumed (14:37 GMT) in Homs.", [("14:37 GMT", "2013-08-05T14:37")]),
    ("Shelling resumed at 1:37 p.m. in Homs.", [("1:37 p.m.", "2013-08-05T13:37")]),
    ("Shelling resumed (1:37 p.m.) in Homs.", [("1:37 p.m.", "2013-08-05T13:37")]),
    ("Shelling resumed at 14:37 in Homs.", [("14:37", "2013-08-05T14:37")]),
])
def test_a_clips_length_in_brackets_is_no_clock(text, expected):
    anchor = dt.date(2013, 8, 5) if "Aug." in text or "Homs" in text else dt.date(2012, 10, 25)
    assert [(m.text, m.value) for m in find_mentions(text, anchor)] == expected


@pytest.mark.parametrize("text, expected", [
    # a wire story's clock of the act alone in its brackets takes the day the words after the bracket give
    ("Syrian forces shelled Homs (1419 GMT) on Monday, activists said.",
     [("1419 GMT", "2013-08-05T14:19"), ("Monday", "2013-08-05")]),
    ("Syrian forces shelled Homs (14:19 GMT) on Sunday, activists said.",
     [("14:19 GMT", "2013-08-04T14:19"), ("Sunday", "2013-08-04")]),
    ("Syrian forces shelled Homs (1419 GMT), on 3 August, activists said.",
     [("1419 GMT", "2013-08-03T14:19"), ("3 August", "2013-08-03")]),
    # with no day after its bracket it is the anchor's time, as before; a clock outside brackets is not moved past one
    ("Syrian forces shelled Homs (1419 GMT), activists said on Sunday.",
     [("1419 GMT", "2013-08-06T14:19"), ("Sunday", "2013-08-04")]),
    ("Shelling resumed at 1419 GMT) on Sunday in Homs.", [("1419 GMT", "2013-08-06T14:19"), ("Sunday", "2013-08-04")]),
])
def test_a_bracketed_clock_takes_the_day_after_its_bracket(text, expected):
    assert [(m.text, m.value) for m in find_mentions(text, dt.date(2013, 8, 6))] == expected


@pytest.mark.parametrize("text, expected", [
    # a day of the month by its ordinal alone (constructed in the style of wire copy; anchor Wednesday 2025-02-12)
    ("Talks between the two sides resumed again on the 10th.", [("the 10th", "2025-02-10")]),
    ("The ceasefire expires on the 15th and talks will resume on the 20th of next month.",
     [("the 15th", "2025-02-15"), ("the 20th of next month", "2025-03-20")]),
    ("Parliament will vote on the 10th, a spokesman said.", [("the 10th", "2025-03-10")]),  # the day has passed: next month's
    ("Troops must leave the area by the 28th.", [("the 28th", "2025-02-28")]),
    ("He has been held since the 20th.", [("the 20th", "2025-01-20")]),  # still to come this month: last month's
    ("The envoy met Lavrov on the 3rd in Moscow.", [("the 3rd", "2025-02-03")]),
    ("The accord signed on the 1st of last month collapsed.", [("the 1st of last month", "2025-01-01")]),
    ("The rally is set for the 3rd of March.", [("the 3rd of March", "2025-03-03")]),
    ("Talks will resume on the 31st.", [("the 31st", "2025-03-31")]),  # February has no 31st
    # near misses: an ordinal that counts a noun stays unread
    ("It marks the 10th anniversary of the uprising.", []),
    ("Those ideas belong to the 20th century.", [("the 20th century", "19")]),  # the century, no day
    ("The 15th round of talks opened in Geneva.", []),
    ("Soldiers of the 3rd Infantry Division crossed the river.", []),
    ("The 5th Fleet is based in Bahrain.", []),
    ("Croatia became the 28th member of the bloc.", []),
    ("A fire broke out on the 10th floor.", []),
    ("Protesters gathered for the 2nd time.", []),
    ("The vote went to the 10th, when the count resumed.", []),  # no date's preposition before it
])
def test_a_day_of_the_month_by_its_ordinal(text, expected):
    assert [(m.text, m.value) for m in find_mentions(text, dt.date(2025, 2, 12))] == expected
    assert all(m.precision == "day" for m in find_mentions(text, dt.date(2025, 2, 12)) if m.rule.startswith("ordinal"))
