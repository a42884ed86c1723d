"""The events scorer's end-to-end field measures (``FIELD_p`` / ``FIELD_r`` / ``FIELD_f1``, ``participant_r_all``) against its
accuracies over matched events, on two real gold rows of the dev set (``tests/data/events_gold.jsonl``,
TASS 1894093) and hand-made system events."""

from __future__ import annotations

import pytest

from timeline.evaluate.events import score_events
from timeline.model import Event

PUTIN = {"id": "tass-1894093#1", "article_id": "tass-1894093", "corpus": "tass",
         "sentence": "Russia could use Oreshnik again if need be, but the country is seeking to end the conflict in "
                     "Ukraine, Russian President Vladimir Putin told reporters.",
         "char_start": 47, "date": "2024-12-26", "event_type": "statement", "status": "reported",
         "participants": ["Vladimir Putin"], "actor1": "Vladimir Putin", "actor2": None, "location": "Igora"}
KIEV = {"id": "tass-1894093#2", "article_id": "tass-1894093", "corpus": "tass",
        "sentence": "Russia is ready to continue to supply gas to Europe, according to the president, but Kiev "
                    "announced that it will not renew the contract.",
        "char_start": 200, "date": "2024-12-26", "event_type": "reject", "status": "reported",
        "participants": ["Ukraine", "Russia"], "actor1": "Ukraine", "actor2": "Russia", "location": None}
GOLD = [PUTIN, KIEV]


def _event(row: dict, n: int, **changes) -> Event:
    """A system event read off a gold row (every field right), with ``changes`` made wrong."""
    fields = dict(event_id=f"e{n}", event_date=row["date"], date_start=None, date_end=None, precision="day",
                  date_text=None, date_basis="dateline", event_type=row["event_type"], status=row["status"],
                  actors=tuple(row["participants"]), actor1=row["actor1"], actor2=row["actor2"],
                  location=row["location"], location_basis=None, sentence=row["sentence"],
                  article_id=row["article_id"], title=None, source=None, url=None,
                  char_start=row["char_start"], char_end=row["char_start"] + len(row["sentence"]))
    fields.update(changes)
    return Event(**fields)


def _measures(*events: Event) -> dict[str, float]:
    return score_events(GOLD, {"tass-1894093": list(events)}).measures()


def test_end_to_end_counts_right_fields_over_gold_and_over_judged():
    m = _measures(_event(PUTIN, 1), _event(KIEV, 2, event_date="2024-12-25"))
    assert (m["recall"], m["precision"], m["date"]) == (100.0, 100.0, 50.0)
    assert (m["date_p"], m["date_r"], m["date_f1"]) == (50.0, 50.0, 50.0)
    assert (m["type_p"], m["type_r"], m["type_f1"]) == (100.0, 100.0, 100.0)


def test_a_new_match_with_a_wrong_date_lowers_accuracy_not_end_to_end_recall():
    before = _measures(_event(PUTIN, 1))
    after = _measures(_event(PUTIN, 1), _event(KIEV, 2, event_date="2024-12-25"))  # Kiev found, misdated
    assert after["recall"] > before["recall"]
    assert after["date"] < before["date"]  # 100.0 -> 50.0: the accuracy over matched events falls
    assert after["date_r"] >= before["date_r"]  # 50.0 -> 50.0: the recall side holds
    assert after["type_r"] > before["type_r"]  # its right fields count
    assert after["date_f1"] < before["date_f1"]  # a new judged event: why the gate does not pin FIELD_f1


@pytest.mark.parametrize("field, wrong", [("event_date", "2024-12-25"), ("event_type", "statement"),
                                          ("status", "planned"), ("actor1", "Vladimir Putin"),
                                          ("actor2", "Europe"), ("location", "Moscow")])
def test_breaking_a_field_of_a_found_event_lowers_its_end_to_end_recall(field, wrong):
    name = {"event_date": "date", "event_type": "type"}.get(field, field)
    before = _measures(_event(PUTIN, 1), _event(KIEV, 2))
    after = _measures(_event(PUTIN, 1), _event(KIEV, 2, **{field: wrong}))
    assert after["recall"] == before["recall"]
    assert after[f"{name}_r"] < before[f"{name}_r"]
    assert after[f"{name}_f1"] < before[f"{name}_f1"]


def test_a_partner_given_as_the_target_moves_actor2_alone():
    """Why ``actor2`` is measured: a joint act's co-agent as ``actor2`` ("Russia and China vetoed ...": China, not the
    Council) is in the gold's cast, so the pooled role measures count it right; only ``actor2`` sees it."""
    right = _measures(_event(PUTIN, 1), _event(KIEV, 2))
    swapped = _measures(_event(PUTIN, 1), _event(KIEV, 2, actor1="Russia", actor2="Ukraine"))
    assert (right["actor2"], swapped["actor2"]) == (100.0, 50.0)
    assert swapped["roles_p"] == right["roles_p"]  # both names are in the gold's cast: the role measures cannot tell


def test_a_new_match_with_half_its_cast_lowers_pooled_participant_recall_not_all_recall():
    before = _measures(_event(PUTIN, 1))
    after = _measures(_event(PUTIN, 1), _event(KIEV, 2, actors=("Ukraine",), actor2=None))  # Russia missed
    assert after["participant_r"] < before["participant_r"]  # 100.0 -> 66.7, pooled over matched events
    assert after["participant_r_all"] > before["participant_r_all"]  # 33.3 -> 66.7, over all gold events
    assert after["roles_r_all"] > before["roles_r_all"]


def test_losing_a_participant_of_a_found_event_lowers_all_recall():
    before = _measures(_event(PUTIN, 1), _event(KIEV, 2))
    after = _measures(_event(PUTIN, 1), _event(KIEV, 2, actors=("Ukraine",), actor2=None))
    assert after["participant_r_all"] < before["participant_r_all"]
    assert after["roles_r_all"] < before["roles_r_all"]


def test_a_row_in_a_sentence_with_no_gold_row_counts_against_precision_doc_only():
    """The later sets annotate every event of a document, so a system row in a sentence the gold gave no row (a
    caption, a continuation, a background clause) is a false positive there: ``precision`` does not judge it,
    ``precision_doc`` counts it, and ``--errors`` lists it as OUTSIDE. Rows of other articles count in neither."""
    caption = _event(PUTIN, 3, char_start=0, char_end=40, sentence="Putin speaks to reporters in Igora, Dec 26")
    elsewhere = _event(PUTIN, 4, article_id="tass-1", char_start=0, char_end=10)
    scores = score_events(GOLD, {"tass-1894093": [_event(PUTIN, 1), _event(KIEV, 2), caption],
                                 "tass-1": [elsewhere]})
    m = scores.measures()
    assert (m["precision"], m["precision_doc"]) == (100.0, 66.7)
    assert (scores.judged, scores.in_documents) == (2, 3)
    assert [e.event_id for e in scores.outside] == ["e3"]


def test_a_cut_record_is_found_beside_the_gold_and_anchored_as_its_corpus(tmp_path):
    """A gold row on a record the corpora do not hold (a long record cut at a speaker turn) finds it in the
    records file, with the anchor field of the row's corpus (a White House record's release ``date``)."""
    from timeline.evaluate.events import load_articles

    corpora = tmp_path / "corpora"
    (corpora / "whitehouse").mkdir(parents=True)
    (corpora / "whitehouse" / "readouts_dev.jsonl").write_text(
        '{"id": "wh-1", "text": "whole", "date": "2022-05-23"}\n', encoding="utf-8")
    records = tmp_path / "cut_records.jsonl"
    records.write_text('{"id": "wh-1--part1", "text": "wh", "date": "2022-05-23", "published": "2022-05-24"}\n',
                       encoding="utf-8")
    gold = [{"article_id": "wh-1--part1", "corpus": "whitehouse"}, {"article_id": "wh-1", "corpus": "whitehouse"}]
    articles = load_articles(gold, corpora, records)
    assert (articles["wh-1--part1"].text, articles["wh-1--part1"].published) == ("wh", "2022-05-23")
    assert articles["wh-1"].text == "whole"
    with pytest.raises(Exception, match="1 gold article"):
        load_articles(gold, corpora)


def test_the_time_axis_counts_dated_events_on_the_right_date_whatever_their_type():
    # both gold rows are dated; Putin found on the right day but typed wrong, Kiev found a day off
    m = _measures(_event(PUTIN, 1, event_type="accuse"), _event(KIEV, 2, event_date="2024-12-25"))
    assert (m["dated_p"], m["dated_r"], m["dated_p_doc"]) == (50.0, 50.0, 50.0)


def test_dropping_a_date_lowers_time_axis_recall_and_guessing_one_lowers_its_precision():
    both = _measures(_event(PUTIN, 1), _event(KIEV, 2))
    dropped = _measures(_event(PUTIN, 1), _event(KIEV, 2, event_date=None))
    assert (both["dated_r"], dropped["dated_r"]) == (100.0, 50.0)
    assert dropped["dated_p"] == 100.0  # the undated event is not on the axis: no false date
    undated_gold = [PUTIN, dict(KIEV, date=None)]
    guessed = score_events(undated_gold, {"tass-1894093": [_event(PUTIN, 1), _event(KIEV, 2)]}).measures()
    assert (guessed["dated_r"], guessed["dated_p"]) == (100.0, 50.0)


def test_a_dated_event_in_a_sentence_the_gold_never_read_counts_only_over_the_documents():
    outside = _event(PUTIN, 3, char_start=0, char_end=40, sentence="Russian President Vladimir Putin said")
    m = _measures(_event(PUTIN, 1), _event(KIEV, 2), outside)
    assert (m["dated_p"], m["dated_r"]) == (100.0, 100.0)
    assert m["dated_p_doc"] == pytest.approx(66.7)
