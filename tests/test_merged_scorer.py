"""The merged-row scorer (``scripts/score_merged.py``, ``timeline/evaluate/merged.py``): its gold events, and its
counts on one small development set (fresh6) against a hand count."""

from __future__ import annotations

import sys

import pytest

from conftest import CORPORA, ROOT, corpus
from timeline.evaluate.merged import evaluate_merged, gold_events

sys.path.insert(0, str(ROOT / "scripts"))
import score_merged  # noqa: E402


def _row(article: str, n: int, event_type: str = "meeting", date: str | None = "2024-03-08",
         participants: tuple[str, ...] = ("Joe Biden", "Xi Jinping")) -> dict:
    return {"id": f"{article}#{n}", "article_id": article, "status": "reported", "event_type": event_type,
            "date": date, "participants": list(participants)}


def test_gold_events_join_documents_never_rows_of_one_document():
    rows = [_row("a", 1), _row("b", 1), _row("a", 2),  # a#1 and b#1 one meeting; a#2 another (one document)
            _row("b", 2, participants=("Xi Jinping", "Joe Biden")),  # the same cast in another order: a#2's twin
            _row("c", 1, date=None), _row("d", 1, date=None),  # undated: each its own
            _row("c", 2, event_type="talks")]  # another type
    assert gold_events(rows) == [0, 0, 2, 2, 4, 5, 6]


def test_the_development_sets_are_the_quality_gates_and_no_blind_one():
    names = [path.name for path in score_merged.development_sets()]
    assert len(names) == 46 and names[0] == "events_gold.jsonl" and "events_gold_fresh42.jsonl" in names
    assert not any("holdout" in name for name in names)


@pytest.mark.corpus
def test_fresh6_counts_match_a_hand_count():
    corpus("t17_syria", "articles.jsonl")
    corpus("whitehouse", "readouts_dev.jsonl")
    scores = evaluate_merged(ROOT / "tests" / "data" / "events_gold_fresh6.jsonl", CORPORA)
    m = scores.measures()
    # 35 rows in 4 documents, no two documents with a row of the same status, type, date and cast: 35 events
    assert (m["gold_rows"], m["gold_events"], m["gold_events_multi_doc"]) == (35, 35, 0)
    assert (m["split"], m["duplicates"]) == (0, 0)
    # two rows of one document each in one merged row: the Biden - bin Zayed readout's two support rows (#3 "welcomed
    # ...", #4 "reiterated the steadfast U.S. commitment", same day, same two leaders: same_day), and Erdogan's two
    # statements of September 24 in Reuters 207 (#1 on Assad, #10 on the missile shield: same_speaker_same_day)
    assert (m["overjoined"], m["overjoined_doc"]) == (2, 2)
    joined = sorted(sorted(row["id"].rsplit("-", 1)[-1] for row in rows) for _, rows in scores.overjoined)
    assert joined == [["2#3", "2#4"], ["207#1", "207#10"]]
    assert m["overjoined_by_rules"] == {"same_day": 1, "same_speaker_same_day": 1}


def _gold_row(name: str, row_id: str) -> dict:
    import json
    with (ROOT / "tests" / "data" / f"events_gold_{name}.jsonl").open(encoding="utf-8") as rows:
        return next(row for row in map(json.loads, rows) if row["id"] == row_id)


def test_overjoined_dateline_counts_a_statement_two_stories_date_by_their_datelines():
    """The gold dates each document's undated speech act by its own dateline (events_gold.md, rule 1 (a)) and keeps
    no identity across documents, so one statement told by stories of two days has two gold dates: Assad's Sunday
    Times interview, "repeated a past statement that such a move against Syria would create an earthquake", is
    fresh28's t17-reuters-209#15 on 19 November and t17-bbc-115#18 on 20 November. A merged row holding both is
    ``overjoined`` by the same-date test and ``overjoined_dateline`` besides: only reading tells."""
    from timeline.evaluate.merged import _dateline_days_apart
    reuters, bbc = _gold_row("fresh28", "t17-reuters-209#15"), _gold_row("fresh28", "t17-bbc-115#18")
    assert (reuters["date"], bbc["date"], reuters["date_basis"], bbc["date_basis"]) == (
        "2011-11-19", "2011-11-20", "dateline", "dateline")
    assert _dateline_days_apart([reuters, bbc])
    assert not _dateline_days_apart([reuters, {**bbc, "date_basis": "explicit"}])  # a day of its own: two dates
    assert not _dateline_days_apart([reuters, {**bbc, "date": "2011-11-21"}])  # two days apart
    assert not _dateline_days_apart([reuters, {**bbc, "article_id": reuters["article_id"]}])  # one document
    assert not _dateline_days_apart([reuters, {**bbc, "event_type": "statement"}])  # another type
