"""A row is emitted once (``extract._Builder.emitted``): two date words of one day in a clause ("today (Tuesday)")
each date its act, and the second must not make the same row again; two days stay two rows."""

from __future__ import annotations

import pytest

from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

SETTINGS = Settings(run_date="2026-12-01")


def _rows(text: str) -> list[tuple]:
    result = process_article(Article(id="once", text=text, published="2012-05-08"), SETTINGS)
    return [(e.event_type, e.event_date, e.actor1, e.actor2, e.status, e.trigger) for e in result.events]


@pytest.mark.parametrize("text,row", [
    ("BEIRUT (Reuters) - French Foreign Minister Alain Juppe will meet Arab League officials in Cairo today (Tuesday), "
     "his ministry said.", ("meeting", "2012-05-08", "Alain Juppe", "Arab League", "planned", "meet")),
    ("BEIRUT (Reuters) - Syrian tanks shelled the town of Rastan today (Tuesday), activists said.",
     ("assault", "2012-05-08", "Syria", None, "reported", "shelled")),
    ("BEIRUT (Reuters) - Kofi Annan will tell the Security Council today (Tuesday) that the ceasefire is not holding, "
     "his spokesman said.", ("statement", "2012-05-08", "Kofi Annan", "UN Security Council", "planned", "tell")),
])
def test_two_date_words_of_one_day_give_one_row(text, row):
    assert _rows(text).count(row) == 1


def test_two_days_stay_two_rows():
    rows = _rows("BEIRUT (Reuters) - Russia said it would send a delegation to Damascus on Tuesday, 8 May, and again "
                 "on Friday.")
    assert {r[1] for r in rows if r[0] == "visit"} == {"2012-05-08", "2012-05-11"}
