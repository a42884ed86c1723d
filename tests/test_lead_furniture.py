"""An untitled page's lead past the site's menu its set's other pages open with too (``lead_furniture``)."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner

from timeline import cli
from timeline.lead_furniture import story_starts

# written in the style of the BBC Democracy Live pages of the corpus, not copied from them
MENU = ("Search, find and watch the debates that matter to you Search Live Coverage Find a member or a topic, or words "
        "said in our video pages Following a member makes it easy to see where they spoke.\n")
FIRST = MENU + "Syria near civil war, Prime Minister warns MPs The Prime Minister told the Commons on Monday ..."
SECOND = MENU + "Members' debate: Violence in Syria A member told the chamber on Wednesday that ..."
DAY = dt.date(2012, 3, 5)


def test_an_opening_shared_with_a_page_weeks_apart_is_skipped():
    starts = story_starts([FIRST, SECOND], [0, 0], [DAY, DAY + dt.timedelta(days=21)])
    assert FIRST[starts[0]:].startswith("Syria near civil war") and SECOND[starts[1]:].startswith("Members' debate")


def test_near_misses_keep_their_start():
    # two updates of one story a day apart open alike: their first sentence is their lead
    update = "Syrian forces shelled the city of Homs on Monday, killing at least twenty people, activists said. "
    assert story_starts([update + "More.", update + "Later."], [0, 0], [DAY, DAY + dt.timedelta(days=1)]) == [0, 0]
    # a headline's first words in common ("Syria crisis: UN ...") are too few
    assert story_starts(["Syria crisis: UN envoy arrives in Damascus today to meet leaders",
                         "Syria crisis: UN observers head to Homs after the shelling stops"],
                        [0, 0], [DAY, DAY + dt.timedelta(days=40)]) == [0, 0]
    # a copy of a whole text, and an article with no date, keep theirs; the start past a dateline is kept
    assert story_starts([FIRST, FIRST], [0, 0], [DAY, DAY + dt.timedelta(days=30)]) == [0, 0]
    assert story_starts([FIRST, SECOND], [0, 0], [DAY, None]) == [0, 0]
    assert story_starts([FIRST, "x"], [5, 0], [DAY, DAY]) == [5, 0]


def test_build_names_the_pages_by_their_story_not_their_menu(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps({"id": f"bbc-{i}", "text": text, "published": day}) + "\n"
                            for i, (text, day) in enumerate([(FIRST, "2012-03-05"), (SECOND, "2012-03-26")])),
                    encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "timeline.html").read_text(encoding="utf-8")
    rows = page[page.index('<section id="chronology">'):]
    assert '<span class="s">Syria near civil war, Prime Minister warns MPs' in rows
    assert "Search, find and watch" not in rows
