"""A site's menu that opens a page's text is passed over for its title and lead, by its shape alone (ux34).

A BBC page copied from a browser into a .txt file opens with the site's menu, one section name a line; built alone
(``lead_furniture`` needs another page of the site opening alike), it was titled "Skip to content", and an untitled
record so opened was named in the list by its menu. Events are read from the whole text as before.
"""

from __future__ import annotations

import json

import timeline
from timeline.ingest.text import Opening, guess_title
from timeline.menu_run import menu_end

STORY = ("Russia and Turkey have agreed a ceasefire in north-west Syria, Presidents Vladimir Putin and Recep Tayyip "
         "Erdogan said on Thursday after talks in Moscow.\n")
COPIED = ("Skip to content\nAccessibility Help\nBBC Account\nNotifications\nHome\nNews\nSport\nWeather\niPlayer\n\n"
          "BBC News\nMenu\nHome\nWar in Ukraine\nWorld\nMiddle East\nUS & Canada\n\n"
          "Syria war: Russia and Turkey agree Idlib ceasefire\nBy Jim Muir\nBBC News, Beirut\n" + STORY)


def test_a_menu_of_one_name_a_line_is_passed_over_for_the_title(tmp_path):
    path = tmp_path / "idlib.txt"
    path.write_text(COPIED, encoding="utf-8")
    [article] = timeline.build([path]).articles.itertuples()
    assert article.title == "Syria war: Russia and Turkey agree Idlib ceasefire"  # was "Skip to content"


def test_an_untitled_record_opening_with_a_menu_is_named_by_its_story(tmp_path):
    path = tmp_path / "scraped.jsonl"
    text = "Home | News | Sport | World | Middle East\n" + STORY
    path.write_text(json.dumps({"id": "p1", "text": text, "published": "2020-03-05"}) + "\n", encoding="utf-8")
    result = timeline.build([path])
    assert result.leads["p1"].startswith("Russia and Turkey have agreed a ceasefire in north-west Syria")
    assert len(result.events) >= 1  # the events are read as before


def test_a_short_headline_after_the_menu_is_kept():
    text = "Home\nNews\nSport\nWorld\nSyria ceasefire holds\n" + STORY
    assert text[menu_end(text):].startswith("Syria ceasefire holds")
    assert guess_title(Opening.of(text)) == "Syria ceasefire holds"


def test_near_misses_keep_their_start():
    transcript = "Oval Office\n\n3:35 P.M. EDT\n\nPRESIDENT BIDEN: Well, Mr. Prime Minister, welcome.\n"
    assert menu_end(transcript) == 0  # a venue and a time: two short lines, no menu
    three = "Moscow\nAnkara\nTehran\n" + STORY  # three names are too few
    assert menu_end(three) == 0
    headline = "Syria crisis: UN envoy arrives\n" + STORY  # a headline's colon: no section name
    assert menu_end(headline) == 0
    wrapped = ("Russia and Turkey have agreed\na ceasefire in north-west Syria,\nPresidents Vladimir Putin and\n"
               "Recep Tayyip Erdogan said\n")  # hard-wrapped story lines hold more words
    assert menu_end(wrapped) == 0
    assert menu_end("Home | News\n" + STORY) == 0  # two names parted on one line are a crumb, not a menu
