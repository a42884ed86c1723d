"""Constructions of news copy (tests/data/constructions/*.jsonl): each row a sentence and the events it must give.

The rows are data; their README says the keys. A row fails with the events the pipeline made, so the
message shows what was read instead.
"""

from __future__ import annotations

import pytest
from conftest import DATA, read_jsonl

from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

SETTINGS = Settings(run_date="2026-12-01")
FOLDER = DATA / "constructions"
ROWS = [(path.stem, row) for path in sorted(FOLDER.glob("*.jsonl")) for row in read_jsonl(path)]
FIELDS = {"type": "event_type", "date": "event_date", "actor1": "actor1", "actor2": "actor2", "basis": "date_basis",
          "trigger": "trigger", "status": "status", "location": "location"}


def _form(event) -> dict:
    return {key: getattr(event, attr) for key, attr in FIELDS.items()} | {"flags": event.flags}


def _matches(form: dict, want: dict) -> bool:
    """Every key of ``want`` is equal, except ``flag``: one of the event's flags."""
    return all(value in form["flags"] if key == "flag" else form[key] == value for key, value in want.items())


def test_rows_are_well_formed():
    ids = [row["id"] for _, row in ROWS]
    assert len(ids) == len(set(ids)), "duplicate construction ids"
    for stem, row in ROWS:
        assert {"id", "why", "text", "published", "expect"} <= set(row), (stem, row.get("id"))
        for want in row["expect"] + row.get("absent", []):
            assert want and set(want) <= set(FIELDS) | {"flag"}, (stem, row["id"], want)


@pytest.mark.parametrize("stem,row", ROWS, ids=[f"{stem}:{row['id']}" for stem, row in ROWS])
def test_construction(stem, row):
    result = process_article(Article(id=row["id"], text=row["text"], published=row["published"], title=row.get("title"),
                                     source=row.get("source")), SETTINGS)
    forms = [_form(e) for e in result.events]
    for want in row["expect"]:
        assert any(_matches(f, want) for f in forms), f"{row['why']}\nwanted {want}\ngot {forms}"
    for unwanted in row.get("absent", []):
        assert not any(_matches(f, unwanted) for f in forms), f"{row['why']}\nunwanted {unwanted}\ngot {forms}"
