"""Readers' comments under a scraped story give no events and no actors; the article says where they begin."""

from __future__ import annotations

import json

import pytest

from timeline import Settings, build
from timeline.comments import comments_start

STORY = ("Envoy Kofi Annan met President Bashar al-Assad in Damascus on Saturday, the state news agency said.\n"
         "Hopes for a settlement remain, diplomats said.\n")
# the comment sections of t17_syria pages (BBC old and new forms, Reuters), as scraped
COMMENTS = [
    "10th March 2012 - 11:19 In ten years we'll be looking back at this in shame for not acting.\n"
    "10th March 2012 - 10:14 I wish Mr Annan well but ultimately nothing will come of it.\n",
    "At 18:03 2nd Mar 2012, XieMing wrote: The aim of this intervention is regime change. Obama met Putin "
    "on Monday and accused him of lying.\n",
    "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.\n"
    "Views expressed in the comments do not represent those of Reuters.\n"
    "Oct 26, 2011 8:07 am EDT -- Report as abuse This discussion is now closed.\n",
    # t17-reuters-17: a Reuters page whose section header was not scraped opens with the disclaimer
    "Views expressed in the comments do not represent those of Reuters.\n"
    "Absolute hypocrisy and an offense to our intelligence.\n"
    "May 10, 2011 7:09 pm EDT -- Report as abuse This discussion is now closed.\n",
]


@pytest.mark.parametrize("comments", COMMENTS)
def test_comment_section_starts_at_its_first_marker(comments):
    assert comments_start(STORY + comments) == len(STORY)


def test_no_comment_section_in_a_story():
    # a date and a time inside a sentence open no comment section; nor does "wrote:" in the story
    text = ("The ceasefire was to begin on 12 April 2012 - 06:00 local time, officials said.\n"
            "Assad wrote: \"Syria will not bow down.\"\n")
    assert comments_start(text) is None


def test_comments_give_no_events_and_are_flagged(tmp_path):
    record = {"id": "t17-bbc-14", "published": "2012-03-10", "text": STORY + COMMENTS[1]}
    (tmp_path / "bbc.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = build([tmp_path / "bbc.jsonl"], Settings(run_date="2026-01-01"))
    sentences = " ".join(result.events["sentence"])
    assert "Annan" in sentences and "XieMing" not in sentences and "Obama" not in sentences
    assert not result.actors["name"].str.contains("Obama|Putin").any()
    assert result.articles["flags"].iloc[0].startswith(f"reader_comments: the text from character {len(STORY)} on")
