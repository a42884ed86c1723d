"""Dates in numbers alone (``temporal/numeric_dates.py``): "on 14/3" and "on 3/14" are read (a part above 12 can
only be the day), "on 3/4" is not unless the article's metadata date shows the order, and ``timeline dates`` says
why it was left. The corpora hold almost none (three in the audit's 424 documents: "on 9/11", "(10/85)"); TimeBank's
gold reads every numbers-only date with a year month first ("10/30/89"), which the slash rule keeps."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from timeline import cli
from timeline.temporal import find_mentions
from timeline.temporal.numeric_dates import ASSUMED, left_unread, order_shown

ANCHOR = dt.date(2025, 4, 20)  # a Sunday


@pytest.mark.parametrize("text, day_first, expected", [
    # a part above 12 settles the order
    ("Talks between the two sides resumed on 14/3, a spokesman said.", None, [("14/3", "2025-03-14")]),
    ("Talks between the two sides resumed on 3/14, a spokesman said.", None, [("3/14", "2025-03-14")]),
    ("The truce has held since 28/2.", None, [("28/2", "2025-02-28")]),
    # the article's metadata date written in numbers settles it
    ("Talks resumed on 3/4, a spokesman said.", True, [("3/4", "2025-04-03")]),
    ("Talks resumed on 3/4, a spokesman said.", False, [("3/4", "2025-03-04")]),
    # nothing settles it: left
    ("Talks resumed on 3/4, a spokesman said.", None, []),
    # numbers that are no day of the month
    ("Shares fell 7/8 to 45 on the news.", None, []),
    ("The bill needs a 2/3 majority in the chamber.", None, []),
    ("The index rose by 3/8 to 1,204.", None, []),
    ("Talks will resume on 3/4 of the sites.", None, []),
    # real text (t17-reuters-264): the attacks' name, whatever the article's order
    ("an acceptable compromise after the slaughter of Americans on 9/11, but the secret partnership with Gaddafi",
     False, []),
    # with a year: day first when the first number cannot be a month, else month first (US copy, TimeBank)
    ("The vote on 14/03/2024 passed.", None, [("14/03/2024", "2024-03-14")]),
    ("The vote on 10/30/89 passed.", None, [("10/30/89", "1989-10-30")]),
    ("The vote on 04/03/2024 passed.", None, [("04/03/2024", "2024-04-03")]),
    ("The vote on 04/03/2024 passed.", True, [("04/03/2024", "2024-03-04")]),
])
def test_numbers_only_dates(text, day_first, expected):
    found = find_mentions(text, ANCHOR, day_first=day_first)
    assert [(m.text, m.value) for m in found] == expected


def test_an_ambiguous_date_with_a_year_is_flagged_month_first():
    [mention] = find_mentions("The vote on 04/03/2024 passed.", ANCHOR)
    assert ASSUMED in mention.flags
    [mention] = find_mentions("The vote on 14/03/2024 passed.", ANCHOR)
    assert mention.flags == ()


@pytest.mark.parametrize("published, day_first", [
    ("30/08/2018", True), ("08/30/2018", False), ("30.08.2018", True), ("03/04/2019", None),
    ("2018-08-30", None), ("Aug 30, 2018", None), (None, None),
])
def test_the_order_the_metadata_date_shows(published, day_first):
    assert order_shown(published) is day_first


def test_a_left_date_says_why():
    [left] = left_unread("Talks resumed on 3/4, a spokesman said.", ANCHOR)
    assert left.text == "3/4" and "4 March" in left.flags[0] and "3 April" in left.flags[0]
    assert left_unread("Talks resumed on 14/3, a spokesman said.", ANCHOR) == []
    result = CliRunner().invoke(cli.main, ["dates", "Talks resumed on 3/4, a spokesman said.",
                                           "--reference-date", "2025-04-20"])
    assert result.exit_code == 0
    assert "'3/4'" in result.output and "left" in result.output and "write the month's name" in result.output


def test_timeline_dates_reads_a_text_once_for_its_dates_and_the_days_left(monkeypatch):
    """``timeline dates`` ran ``find_mentions`` twice a text: for its lines, and again inside ``left_unread`` to know
    what it read (the re-read of the forty-fifth session). It now hands what it read in (``timex.dates_shown``)."""
    import timeline.temporal

    calls = []

    def counted(text, *args, **kwargs):
        calls.append(text)
        return find_mentions(text, *args, **kwargs)

    monkeypatch.setattr(timeline.temporal, "find_mentions", counted)
    text = "Talks resumed on 3/4 and ended on 14/3, a spokesman said on Monday."
    result = CliRunner().invoke(cli.main, ["dates", text, "--reference-date", "2025-04-20"])
    assert result.exit_code == 0, result.output
    assert calls == [text]
    lines = [line.split()[1:3] for line in result.output.splitlines() if not line.startswith("#")]
    assert lines == [["'3/4'", "left"], ["'14/3'", "DATE"], ["'Monday'", "DATE"]]
    # (what was read is passed over: handed nothing, "14/3" is taken for a day left)
    assert [m.text for m in left_unread(text, ANCHOR, found=[])] == ["3/4", "14/3"]
    assert [m.text for m in left_unread(text, ANCHOR)] == ["3/4"]


@pytest.mark.parametrize("written, said", [("31/2", "31 February"), ("2/30", "30 February"), ("4/31", "31 April")])
def test_a_day_the_calendar_lacks_is_left_and_said(written, said):
    """The re-read of dates50: a numbers-only day whose order is settled but which no month has ("on 31/2") was
    taken for an ambiguous one, and building its two readings failed the text with an IndexError (exit 3)."""
    [left] = left_unread(f"Talks resumed on {written}, a spokesman said.", ANCHOR)
    assert left.text == written and said in left.flags[0] and "calendar" in left.flags[0]
    result = CliRunner().invoke(cli.main, ["dates", f"Talks resumed on {written}, a spokesman said.",
                                           "--reference-date", "2025-04-20"])
    assert result.exit_code == 0 and said in result.output
