"""Live pages: each entry opens with the time it was posted (``timeline.temporal.entry_stamps``).

The fixtures in tests/data/live_pages/ are three live blogs of 2012-03-10, written for these tests in the forms BBC,
Guardian, Al Jazeera and Reuters live pages use (their README says which), not copied: the corpora hold no live page.
A stamp is a TIME on the page's day, listed by ``timeline dates``, and dates no act; a clock time inside a sentence
keeps the clock rule's reading.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import DATA, RUN_DATE

from timeline import cli
from timeline.comments import comments_start
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings
from timeline.temporal import find_mentions
from timeline.temporal.entry_stamps import is_entry_stamp

PAGES = DATA / "live_pages"
DAY = "2012-03-10"
ANCHOR = dt.date(2012, 3, 10)
# what each page must give: one row per act (article, type, event date, date text; "" for none), each dated by its own
# words or, with none, by the page's day; never by a stamp nor by the day an earlier entry named
ROWS = {
    ("bbc_2012", "assault", "2012-03-09", "Friday"),  # 1645: "... opened fire on mourners in Homs on Friday"
    ("bbc_2012", "meeting", DAY, ""),  # 1419: no date of its own: the page's day
    ("bbc_2012", "statement", "2012-03-05", "Monday"),  # 1402 GMT: "said on Monday"
    ("bbc_2012", "assault", DAY, "0700 GMT"),  # 1145: "at 0700 GMT" is of the entry's day, not of Monday
    ("aljazeera", "meeting", "2012-03-12", "1500 GMT on Monday"),  # 14:19 GMT - "will meet at 1500 GMT on Monday"
    ("aljazeera", "reject", "2012-03-08", "Thursday"),  # 12:40 (a line of its own): "said on Thursday"
    ("aljazeera", "talks", "2012-W11", "next week"),  # 11:45 The Arab League ...: one row, not one more at 11:45
    ("guardian", "meeting", "2012-03-09", "Friday"),  # 4.05pm GMT (a line of its own): "met ... on Friday"
    ("guardian", "protest", DAY, "noon"),  # 2.19pm GMT: "at noon" is of the entry's day, not of Friday
}


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    return CliRunner()


def test_live_pages_build_one_row_per_act_each_dated_by_its_own_words(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", *map(str, sorted(PAGES.glob("*.txt"))), "-o", str(out), "--no-html",
                                      "--reference-date", DAY])
    assert result.exit_code == 0, result.output
    events = pd.read_csv(out / "events.csv", dtype=str).fillna("")
    rows = list(zip(events["article_id"], events["event_type"], events["event_date"], events["date_text"]))
    assert sorted(rows) == sorted(ROWS), events[["article_id", "event_type", "event_date", "date_text", "sentence"]]
    assert not events["date_rule"].str.startswith("entry_stamp").any()
    articles = pd.read_csv(out / "articles.csv", dtype=str).fillna("")
    assert not articles["flags"].str.contains("reader_comments").any()  # no stamp opens a comment section


@pytest.mark.parametrize("page,stamps", [
    ("bbc_2012", ["1645", "1419", "1402 GMT", "1145"]),
    ("aljazeera", ["14:19 GMT", "12:40", "11:45"]),
    ("guardian", ["4.05pm GMT", "4.12pm GMT", "2.19pm GMT"]),
])
def test_timeline_dates_lists_each_stamp_as_a_time_on_the_page_day(runner, page, stamps):
    result = runner.invoke(cli.main, ["dates", "--file", str(PAGES / f"{page}.txt"), "--reference-date", DAY])
    assert result.exit_code == 0, result.output
    listed = re.findall(r"'([^']+)'\s+TIME\s+(\S+)\s+rule=entry_stamp/page_day", result.output)
    clocks = [re.sub(r"(\d{1,2})[:.]?(\d\d)(pm)?.*", lambda m: f"{int(m[1]) + (12 if m[3] else 0):02d}:{m[2]}", s)
              for s in stamps]
    assert listed == [(s, f"{DAY}T{c}") for s, c in zip(stamps, clocks)], result.output


@pytest.mark.parametrize("page", ["bbc_2012", "aljazeera", "guardian"])
def test_no_live_stamp_opens_the_comment_section(page):
    # comment_markers.txt needs a date with the time ("10th March 2012 - 11:19 ...") or "At 08:52 13th Jun 2012,
    # X wrote:": a live page's stamp alone, in any of its forms, is none
    text = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
    assert comments_start(text) is None
    assert comments_start("Updated at 2.19pm GMT\n14:19 GMT - Troops shelled Homs.\n1419: Assad spoke.\n") is None


def _stamps(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.value, m.rule) for m in find_mentions(text, ANCHOR)]


def test_a_stamp_is_on_the_page_day_not_on_a_day_an_earlier_entry_named():
    text = ("Live\n\n1402 GMT: Davutoglu said on Monday that Ankara would not stand by.\n\n"
            "11:45 The Arab League will hold talks in Cairo next week, a spokesman said.\n")
    assert _stamps(text) == [
        ("1402 GMT", "2012-03-10T14:02", "entry_stamp/page_day"), ("Monday", "2012-03-05", "weekday/past"),
        ("11:45", "2012-03-10T11:45", "entry_stamp/page_day"), ("next week", "2012-W11", "unit_rel/anchor_next")]


def test_a_clock_inside_a_sentence_keeps_the_clock_reading():
    # mid-sentence, and opening a line but followed by its day: the time of that day, not a stamp
    assert _stamps("Live\n\nKofi Annan arrived at 11:45 on Monday. The council meets at 1400 GMT on Monday.\n") == [
        ("11:45 on Monday", "2012-03-05T11:45", "clock/past"), ("1400 GMT on Monday", "2012-03-12T14:00", "clock/future")]
    assert _stamps("Live\n\n14:19 GMT Monday - the council met.\n")[0][2].startswith("clock/")
    assert _stamps("Live\n\n11:45 is the deadline the League set.\n")[0][2].startswith("clock/")


def test_four_digits_and_a_colon_stay_years_in_a_chronology():
    # "2000:", "2011:" could be 20:00 and 20:11, but no opener of the text can only be a clock: a chronology's years
    text = "Syria profile\n\n2000: Bashar al-Assad succeeds his father.\n\n2011: Protests erupt in Deraa.\n"
    assert [(m.text, m.value) for m in find_mentions(text, ANCHOR)] == [("2000", "2000"), ("2011", "2011")]
    # a year that can be no clock ("1970:") keeps every four-digit opener a year, even beside one below 1500
    text = "Timeline\n\n1970: Hafez al-Assad seizes power.\n\n1419: a clock or a year?\n\n2011: Protests erupt.\n"
    assert not any(is_entry_stamp(m) for m in find_mentions(text, ANCHOR))
    # among stamps of another form, "2010:" is ten past eight in the evening, not the year 2010
    text = "Live\n\n20:30 Troops entered Homs.\n\n2010: Activists said the shelling went on.\n"
    assert _stamps(text)[1] == ("2010", "2012-03-10T20:10", "entry_stamp/page_day")


def test_a_page_read_newest_first_past_midnight():
    # the page's day is its earliest entry's: above the midnight it crossed, the day after
    text = "Live\n\n0040: Troops entered Homs.\n\n0010: Activists said.\n\n2350: Witnesses said.\n\n2310: It began.\n"
    assert [(m.text, m.value, m.rule) for m in find_mentions(text, ANCHOR)] == [
        ("0040", "2012-03-11T00:40", "entry_stamp/past_midnight"), ("0010", "2012-03-11T00:10", "entry_stamp/past_midnight"),
        ("2350", "2012-03-10T23:50", "entry_stamp/page_day"), ("2310", "2012-03-10T23:10", "entry_stamp/page_day")]
    # read oldest first, the same entries are on the same days
    text = "Live\n\n11.10pm GMT\nIt began.\n\n11.50pm GMT\nWitnesses said.\n\n12.10am GMT\nActivists said.\n"
    assert [m.value for m in find_mentions(text, ANCHOR)] == ["2012-03-10T23:10", "2012-03-10T23:50", "2012-03-11T00:10"]


def test_a_stamp_without_an_anchor_keeps_its_clock():
    (mention,) = find_mentions("1419: Syrian state TV says Annan arrived.", None)
    assert (mention.type, mention.value, mention.rule) == ("TIME", "XXXX-XX-XXT14:19", "entry_stamp/no_anchor")


def test_an_entry_stamp_dates_no_act():
    # the lead's page: the talks are of "next week" only, not also of the stamp's 11:45 on the day Monday's entry named
    text = ("1419: Syrian state TV says President Bashar al-Assad met Kofi Annan in Damascus.\n\n"
            "1402: Turkey's foreign minister Ahmet Davutoglu said on Monday that Ankara would not stand by.\n\n"
            "11:45 The Arab League will hold talks in Cairo next week, a spokesman said.\n")
    result = _live(text)
    talks = [(e.event_date, e.date_text) for e in result.events if e.event_type == "talks"]
    assert talks == [("2012-W11", "next week")]
    assert [e.event_date for e in result.events if e.event_type == "meeting"] == [DAY]
    assert sum(is_entry_stamp(m) for m in result.mentions) == 3


# two sentences of a BBC story of 2012-03-04 (t17-bbc-102), as two entries of a live page of that day
ICRC = "The ICRC said a 15-strong team had been dispatched to the Abil area, south of the city."
AGENCY = "The agency said it had begun to hand out food and blankets to people who had fled Baba Amr to nearby areas."


def _live(text: str, published: str = DAY):
    """``process_article``'s result for a live page of ``text`` published on ``published``."""
    return process_article(Article(id="live", text=text, published=published, title="Syria unrest: live coverage"),
                           Settings(run_date="2026-12-01"))


def _rows(text: str) -> list[tuple[str, str, str]]:
    result = _live(text, "2012-03-04")
    return sorted((e.event_type, e.event_date, e.date_rule) for e in result.events)


@pytest.mark.parametrize("text, stamps", [
    # BBC's "Posted at 12:05 14 Mar" (the day written for an entry of an earlier day), and "14 Mar 2024 12:05"
    (f"Posted at 00:40 5 Mar\n{ICRC}\n\nPosted at 23:50 4 Mar\n{AGENCY}\n",
     [("00:40 5 Mar", "2012-03-05T00:40"), ("23:50 4 Mar", "2012-03-04T23:50")]),
    (f"5 Mar 2012 00:40 GMT\n{ICRC}\n\n4 Mar 2012 23:50 GMT\n{AGENCY}\n",
     [("5 Mar 2012 00:40 GMT", "2012-03-05T00:40"), ("4 Mar 2012 23:50 GMT", "2012-03-04T23:50")]),
])
def test_a_stamp_with_its_day_is_a_stamp_of_that_day(text, stamps):
    found = find_mentions(text, dt.date(2012, 3, 4))
    assert [(m.text, m.value) for m in found] == stamps
    assert all(m.rule == "entry_stamp/stamp_day" for m in found)
    # the entry's act with no date of its own is of the stamp's day; the other entry's, of the page's
    assert _rows(text) == [("aid", "2012-03-04", "dateline/metadata"), ("statement", "2012-03-04", "dateline/metadata"),
                           ("statement", "2012-03-05", "entry_stamp/stamp_day")]


def test_an_entry_past_midnight_dates_its_undated_acts_the_day_after():
    # the page crossed midnight (newest first): the entry above the turn is of 5 March, its stamp and its act
    assert _rows(f"0040: {ICRC}\n\n2350: {AGENCY}\n") == [
        ("aid", "2012-03-04", "dateline/metadata"), ("statement", "2012-03-04", "dateline/metadata"),
        ("statement", "2012-03-05", "entry_stamp/past_midnight")]


def test_a_clock_and_a_day_inside_a_line_are_no_stamp():
    # a day word after the clock still makes it the clock of that day (the clock rule's), and "14 people" is no day
    assert _stamps("Live\n\n14:19 GMT Monday - the council met.\n")[0][2].startswith("clock/")
    assert _stamps("Live\n\n12:40 14 people were killed in Homs.\n")[0][:2] == ("12:40", "2012-03-10T12:40")
    # a date opening a line with no clock after it is no stamp
    assert _stamps("Live\n\n14 March 2012: the day the council met.\n")[0][2].startswith("date_")


def _read(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str, str, bool]]:
    """(text, value, anchor, flagged entry_day) of each mention that is no stamp."""
    return [(m.text, m.value, m.anchor.isoformat(), any(f.startswith("entry_day:") for f in m.flags))
            for m in find_mentions(text, anchor) if not is_entry_stamp(m)]


def test_an_entry_past_midnight_counts_its_own_relative_words_from_its_day():
    # newest first: the entry above the turn is of Sunday 11 March, the page's day is Saturday 10 March
    text = ("Live\n\n0040: Activists said troops entered Homs last night. Juppe said on Sunday that France would act. "
            "Annan will meet Assad on Saturday. The talks are today; the vote was on March 9.\n\n"
            "2350: Witnesses said the shelling began yesterday.\n")
    assert _read(text) == [
        ("last night", "2012-03-10TNI", "2012-03-11", True),  # the night before the entry's day, not the page's
        ("Sunday", "2012-03-11", "2012-03-11", True),  # the entry's own day, not a week before the page
        ("Saturday", "2012-03-17", "2012-03-11", True),  # looking ahead from Sunday: the next Saturday
        ("today", "2012-03-11", "2012-03-11", True),
        ("March 9", "2012-03-09", "2012-03-10", False),  # a date that names its day does not move
        ("yesterday", "2012-03-09", "2012-03-10", False)]  # below the turn: the page's day
    (flag,) = [f for m in find_mentions(text, ANCHOR) if m.text == "today" for f in m.flags]
    assert flag == "entry_day: counted from its live entry's day, 2012-03-11 (stamp 0040), not the page's, 2012-03-10"


def test_an_entry_under_a_dated_stamp_counts_from_the_stamp_day():
    text = ("Posted at 09:00 8 Mar\nLavrov said yesterday that Moscow would veto it; Annan meets Assad tomorrow.\n\n"
            "Posted at 10:00 10 Mar\nThe League met today.\n")
    assert _read(text) == [("yesterday", "2012-03-07", "2012-03-08", True), ("tomorrow", "2012-03-09", "2012-03-08", True),
                           ("today", "2012-03-10", "2012-03-10", False)]  # a stamp of the page's own day: no other day
    # with no anchor, a written stamp's day is no day the page's differs from: nothing counts from it
    assert [(m.text, m.value) for m in find_mentions(text, None) if not is_entry_stamp(m)][0] == ("yesterday", "XXXX-XX-XX")


def test_an_entry_of_the_page_day_keeps_the_page_anchor():
    # undated stamps that cross no midnight, and the lead above the first stamp: the page's day
    assert _read("Troops shelled Homs yesterday.\n\n14:19 GMT - Activists said it began yesterday.\n\n"
                 "12:40 GMT - Witnesses said.\n") == [("yesterday", "2012-03-09", "2012-03-10", False)] * 2


def test_an_act_of_the_entry_day_morning_is_done_not_planned():
    # "this morning" past midnight is the entry's morning, after the page's day: still done when the entry was written
    text = "0105: Syrian troops shelled Homs this morning, activists said.\n\n2330: The Arab League said its monitors would stay.\n"
    result = _live(text)
    (assault,) = [e for e in result.events if e.event_type == "assault"]
    assert (assault.event_date, assault.status, assault.date_basis) == ("2012-03-11", "reported", "explicit")
    assert any(f.startswith("entry_day: counted from its live entry's day, 2012-03-11") for f in assault.flags)


def test_an_entry_past_a_month_boundary_counts_its_months_and_days_from_its_day():
    # a page of Saturday 31 March that crossed midnight: the entry above the turn is of Sunday 1 April
    text = ("Live\n\n0040: Rebels said the truce took effect on the 1st. Shelling rose last month, after a lull last "
            "March; Annan returns next June and on the 20th of next month. The meeting was in March.\n\n"
            "2350: Witnesses said the shelling went on last month.\n")
    assert _read(text, dt.date(2012, 3, 31)) == [
        ("the 1st", "2012-04-01", "2012-04-01", True),  # the entry's own day, not 1 March
        ("last month", "2012-03", "2012-04-01", True),
        ("last March", "2012-03", "2012-04-01", True),  # the March just gone, not 2011's
        ("next June", "2012-06", "2012-04-01", True),
        ("the 20th of next month", "2012-05-20", "2012-04-01", True),
        ("March", "2012-03", "2012-03-31", False),  # a month that names itself keeps the page's anchor
        ("last month", "2012-02", "2012-03-31", False)]  # below the turn: the page's day


def test_an_entry_past_a_year_boundary_counts_its_years_from_its_day():
    text = ("Live\n\n0040: Talks failed last year and resume this year, next January and by year-end; last Christmas "
            "was calm.\n\n2350: The shelling went on this year.\n")
    assert _read(text, dt.date(2011, 12, 31)) == [
        ("last year", "2011", "2012-01-01", True), ("this year", "2012", "2012-01-01", True),
        ("next January", "2013-01", "2012-01-01", True), ("year-end", "2012", "2012-01-01", True),
        ("last Christmas", "2011-12-25", "2012-01-01", True), ("this year", "2011", "2011-12-31", False)]


def test_the_same_week_last_year_counts_from_the_entry_week():
    # Sunday 11 March's page past midnight: the entry is of Monday 12 March, in the next week
    text = "Live\n\n0040: Deaths doubled on the same week last year.\n\n2350: Deaths doubled on the same week last year.\n"
    assert [value for _, value, _, _ in _read(text, dt.date(2012, 3, 11))] == ["2011-W10", "2011-W09"]


def test_no_rule_reads_the_page_anchor_but_by_name():
    # the rules read the day they count from through Resolver._today; the page's anchor only as page_day (a date that
    # names its day): there is no Resolver.anchor for a new rule to read by mistake
    from timeline.temporal.resolve import Resolver
    resolver = Resolver("x", "x", ANCHOR)
    assert not hasattr(resolver, "anchor") and resolver.page_day == ANCHOR


def test_a_stamp_of_no_day_keeps_the_entry_before_it_for_words_and_acts_alike():
    # "31 Feb" is no day: no stamp, so the entry of 8 March goes on, for the resolver's "yesterday" and the events'
    # undated acts alike (one test of the entry's day: entry_stamps.other_day)
    from timeline.events.entry_days import EntryDays
    text = ("Posted at 09:00 8 Mar\nDavutoglu spoke.\n\nPosted at 12:05 31 Feb\nThe League met yesterday.\n")
    mentions = find_mentions(text, ANCHOR)
    assert _read(text) == [("yesterday", "2012-03-07", "2012-03-08", True)]
    assert EntryDays(mentions, ANCHOR).now(text.index("The League")) == dt.date(2012, 3, 8)


def test_the_events_code_reads_the_story_day_at_the_act():
    # past midnight the entry is of Sunday 11 March: _Builder.day_at gives its day to what the events code judges
    # against the story's day ('said on Saturday' is then no speech of the entry's day, so 'he said' goes on with it;
    # 'in two days' counts from Sunday); below the turn, the page's
    text = ("0040: Sergei Lavrov said on Saturday that Moscow would veto the draft resolution. Russia wants both sides "
            "to stop shooting, he said. Kofi Annan will arrive in Damascus in two days, his spokesman said.\n\n"
            "2350: The Arab League said its monitors would stay in Syria.\n")
    result = _live(text)
    rows = {(e.event_type, e.event_date, e.date_basis) for e in result.events}
    assert {("demand", "2012-03-10", "inferred"), ("visit", "2012-03-13", "explicit"),
            ("statement", DAY, "dateline")} <= rows


def test_a_page_of_dated_stamps_names_its_news_days_from_its_entries():
    from timeline.events.dayless import names_news_day
    from timeline.events.entry_days import EntryDays
    text = "Posted at 10:00 8 Mar\nRussia vetoed the draft.\n\nPosted at 09:00 7 Mar\nThe League met.\n"
    page = dt.date(2012, 3, 25)  # updated weeks after its entries
    mentions = find_mentions(text, page)
    assert names_news_day(mentions, EntryDays(mentions, page).now)  # each stamp is of its own entry's day
    assert not names_news_day(mentions, lambda _: page)  # against the page's day alone, no day of its news week


def test_no_events_module_reads_the_page_anchor_for_the_story_day():
    # the events code judges an act against the story's day through _Builder.day_at (a live entry's day, else the
    # anchor's); the page's anchor is read by name only where it is meant: the entries' own setup, the dateline date
    # of an act of no entry, the row's anchor_date, a joint statement's venue and the retold pass's no-anchor test
    import pathlib

    import timeline.events as events
    reads = {path.name: [line.strip() for line in path.read_text().splitlines() if re.search(r"anchor\.date\b", line)
                         and not line.strip().startswith("#") and "``" not in line]
             for path in pathlib.Path(events.__file__).parent.glob("*.py")}
    assert {name: len(lines) for name, lines in reads.items() if lines} == {"extract.py": 9}, reads


@pytest.mark.parametrize("text", [
    "BEIRUT, March 10 (Reuters) - 0040: Syrian forces shelled Homs on Sunday.\n\n2350: Witnesses said.\n",
    "BEIRUT (Reuters) - 0040: Syrian forces shelled Homs on Sunday.\n\n2350: Witnesses said.\n",
    "BEIRUT (Reuters) -\n0040: Syrian forces shelled Homs on Sunday.\n\n2350: Witnesses said.\n",  # its own line
])
def test_a_stamp_right_after_a_dateline_dash_opens_the_first_entry(text):
    # as a stamp opening a line: "0040:" above "2350:" is past the page's midnight, and so is its entry's "on Sunday";
    # with the story's start past the dateline (as the build reads it) or from the text's top (``timeline dates``)
    for start in (0, text.index("0040")):
        found = [(m.text, m.value, m.rule) for m in find_mentions(text, ANCHOR, start=start) if m.text != "March 10"]
        assert found == [("0040", "2012-03-11T00:40", "entry_stamp/past_midnight"),
                         ("Sunday", "2012-03-11", "weekday/same_day"),
                         ("2350", "2012-03-10T23:50", "entry_stamp/page_day")]


@pytest.mark.parametrize("text, first", [
    ("BEIRUT (Reuters) - 1,000 people fled Homs on Sunday.\n\n23:50 Witnesses said.\n", None),  # a number
    ("BEIRUT (Reuters) - At 0040 GMT troops shelled Homs on Sunday.\n\n23:50 Witnesses said.\n", "clock/"),  # a time of
    ("BEIRUT (Reuters) - 0040 GMT troops shelled Homs on Sunday.\n\n23:50 Witnesses said.\n", "clock/"),  # the story
    ("Troops shelled Homs on Sunday, a Reuters witness said - 0040: it went on.\n\n2350: Witnesses said.\n", None),
])
def test_a_number_or_a_clock_of_the_story_after_a_dateline_is_no_stamp(text, first):
    found = find_mentions(text, ANCHOR)
    assert ("Sunday", "2012-03-04") in [(m.text, m.value) for m in found]  # the page's day: no entry past midnight
    assert not any(m.rule == "entry_stamp/past_midnight" for m in found)
    if first:
        assert found[0].rule.startswith(first)
