"""basis46: the ``date_basis`` a table writes for an event its article's date dates says where that date came from.

``newuser44``'s mixed run wrote ``dateline`` for 111 events of 113 whose article has no dateline (a White House
readout dated by its release date; ``articles.csv`` ``anchor_source`` ``metadata``), and the page called them all
"article's date": a reader could not tell a dateline from a metadata date. The extractor and the merge still reason
with ``dateline`` (``Event.date_basis``); the tables write ``dateline`` (the story's dateline), ``published`` (the
record's publication date) or ``reference`` (``--reference-date``), and the page names each (``basis_words``)."""

from __future__ import annotations

import html
import json
import re

import pytest
from conftest import CORPORA, RUN_DATE

import timeline
from timeline import chronology
from timeline.basis_words import source
from timeline.pipeline import process_article
from timeline.table import written_basis

# "President Biden met with President Recep Tayyip Erdogan on the margins of the G20 Summit.": no date of its own,
# dated by the readout's release date
ERDOGAN = "wh-2022-11-15-readout-of-president-bidens-meeting-with-president-recep-tayyip-erdogan-of-turkiye"
MET = "President Biden met with President Recep Tayyip Erdogan on the margins of the G20 Summit."
# "IGORA /Leningrad Region/, December 26. /TASS/. ...": a dateline that gives the day
TASS = "tass-1894093"
TOLD = "Russia is ready to continue to supply gas to Europe"


def _record(path: str, record_id: str) -> dict:
    for line in (CORPORA / path).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == record_id:
            return record
    raise AssertionError(f"{record_id} not in {path}")


def _build(tmp_path, record: dict, **settings):
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return timeline.build(path, timeline.Settings(run_date=RUN_DATE, **settings))


def _row(frame, fragment: str) -> dict:
    rows = [r for r in frame.to_dict("records") if r["sentence"].startswith(fragment)]
    assert rows, fragment
    return rows[0]


def _date_cell(frame, event_id: str) -> tuple[str, str]:
    tip, cell = re.search(rf'<tr id="row-{re.escape(event_id)}"[^>]*><td(?: tabindex="-1")? title="([^"]*)">(.*?)</td>',
                          chronology.section(frame)).groups()
    return html.unescape(tip), html.unescape(cell)


@pytest.mark.corpus
def test_readout_dated_by_its_release_date_says_published(tmp_path):
    record = _record("whitehouse/readouts_dev.jsonl", ERDOGAN)
    result = _build(tmp_path, record)
    assert result.articles["anchor_source"].tolist() == ["metadata"]
    for table in (result.events, result.mentions):
        row = _row(table, MET)
        assert (row["event_date"], row["date_basis"], row["date_rule"]) == ("2022-11-15", "published",
                                                                              "dateline/metadata")
        assert "dateline" not in set(table["date_basis"].dropna())
    row = _row(result.events, MET)
    tip, cell = _date_cell(result.events, row["event_id"])
    assert cell == "2022-11-15 <span class=\"b\">publication date</span>"
    assert tip.startswith("no date in its clause: the article's publication date")
    assert source(row) == "the article's publication date"
    # the extractor reasons with one value for the anchor's day, whatever gave it: only the written value differs
    article = timeline.Article(id=ERDOGAN, text=record["text"], published=record["published"])
    event = next(e for e in process_article(article, timeline.Settings(run_date=RUN_DATE)).events
                 if e.sentence == MET)
    assert event.date_basis == "dateline"


@pytest.mark.corpus
def test_readout_dated_by_the_reference_date_says_reference(tmp_path):
    record = {k: v for k, v in _record("whitehouse/readouts_dev.jsonl", ERDOGAN).items()
              if k not in ("published", "date")}
    result = _build(tmp_path, record, reference_date="2022-11-15")
    assert result.articles["anchor_source"].tolist() == ["option"]
    row = _row(result.events, MET)
    assert (row["event_date"], row["date_basis"]) == ("2022-11-15", "reference")
    assert _date_cell(result.events, row["event_id"])[1] == "2022-11-15 <span class=\"b\">reference date</span>"


@pytest.mark.corpus
def test_story_dated_by_its_dateline_says_dateline(tmp_path):
    record = {k: v for k, v in _record("tass/tass_dev.jsonl", TASS).items() if not k.startswith("published")}
    result = _build(tmp_path, record, year=2024)
    assert result.articles["anchor_source"].tolist() == ["dateline"]
    row = _row(result.events, TOLD)
    assert (row["event_date"], row["date_basis"]) == ("2024-12-26", "dateline")
    assert _date_cell(result.events, row["event_id"])[1] == "2024-12-26 <span class=\"b\">dateline's day</span>"
    # the same story with its publication date, which its dateline's day agrees with: still the dateline (basis49: it
    # said ``published``, ``anchor_source`` ``metadata`` and ``date_rule`` ``dateline/metadata``), the record's date
    # giving the year
    published = _build(tmp_path, _record("tass/tass_dev.jsonl", TASS))
    assert published.articles[["anchor_source", "year_source"]].values.tolist() == [["dateline", "metadata"]]
    row = _row(published.events, TOLD)
    assert (row["event_date"], row["date_basis"], row["date_rule"]) == ("2024-12-26", "dateline", "dateline/dateline")
    assert _date_cell(published.events, row["event_id"])[1] == "2024-12-26 <span class=\"b\">dateline's day</span>"


def test_written_basis_maps_the_anchor_basis_only():
    assert written_basis("dateline", "dateline/metadata") == "published"
    assert written_basis("dateline", "dateline/option") == "reference"
    assert written_basis("dateline", "dateline/dateline") == "dateline"
    assert written_basis("dateline", None) == "dateline"  # (no rule saying where: the value as it was)
    assert written_basis("inferred", "article/call") == "inferred"
    assert written_basis("explicit", "deictic/today") == "explicit"


def test_an_older_table_reads_by_its_date_rule():
    """A table written before basis46 says ``dateline`` for every anchor date; its ``date_rule`` tells the page which."""
    from timeline.basis_words import words

    row = {"date_basis": "dateline", "date_rule": "dateline/metadata", "date_start": "2022-11-15",
           "anchor_date": "2022-11-15"}
    assert words(row)[0] == "publication date" and source(row) == "the article's publication date"
    assert words(dict(row, date_rule="dateline/dateline"))[0] == "dateline's day"
    assert words(dict(row, date_rule="dateline/option"))[0] == "reference date"
