"""TempEval-3 Task A scoring (timeline.evaluate.tempeval)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.evaluate.tempeval import (
    align, document_from_mentions, measures, phenomenon, score_dirs, score_documents,
)
from timeline.export.timeml import to_timeml, write_timeml
from timeline.ingest.tml import Timex, TmlDocument, read_tml
from timeline.model import Mention

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tempeval3" / "train"
needs_corpus = pytest.mark.skipif(not TRAIN.is_dir(), reason=f"TempEval-3 corpus not found at {TRAIN}")

TEXT = "On Monday morning, August 27, talks began; a year ago they failed." + " " * 20


def _doc(spans, docid="d1") -> TmlDocument:
    timexes = tuple(Timex(start=s, end=e, text=TEXT[s:e], tid=f"t{i}", type=type_, value=value)
                    for i, (s, e, type_, value) in enumerate(spans, start=1))
    return TmlDocument(docid=docid, dct="2018-08-30", text=TEXT, timexes=timexes, title=None)


# gold spans, system spans -> (gold, system, relaxed, strict, value_correct, type_correct), statuses
MATCHING = [
    pytest.param([(3, 9, "DATE", "2018-08-27"), (10, 17, "TIME", "TMO")],
                 [(3, 17, "TIME", "2018-08-27TMO")],
                 (2, 1, 1, 0, 0, 0), ["wrong extent+type+value", "missed"],
                 id="one-system-over-two-gold-takes-the-first"),
    pytest.param([(3, 17, "TIME", "2018-08-27TMO")],
                 [(3, 9, "DATE", "2018-08-27"), (10, 17, "TIME", "2018-08-27TMO")],
                 (1, 2, 1, 0, 0, 0), ["wrong extent+type+value", "spurious"],
                 id="two-system-in-one-gold-second-spurious"),
    pytest.param([(3, 17, "TIME", "2018-08-27TMO")],
                 [(10, 17, "TIME", "2018-08-27TMO"), (3, 9, "DATE", "2018-08-27")],
                 (1, 2, 1, 0, 0, 0), ["wrong extent+type+value", "spurious"],
                 id="document-order-not-input-order"),
    pytest.param([(19, 28, "DATE", "2018-08-27")], [(19, 24, "DATE", "2018-08-27")],
                 (1, 1, 1, 0, 1, 1), ["wrong extent"], id="partial-overlap-relaxed-not-strict"),
    pytest.param([(3, 9, "DATE", "2018-08-27")], [(9, 17, "TIME", "TMO")],
                 (1, 1, 0, 0, 0, 0), ["missed", "spurious"], id="touching-spans-do-not-overlap"),
    pytest.param([(3, 9, "DATE", "2018-08-27")], [(3, 9, "DATE", "2018-08-20")],
                 (1, 1, 1, 1, 0, 1), ["wrong value"], id="wrong-value"),
    pytest.param([(43, 53, "DATE", "2017")], [(43, 53, "DURATION", "2017")],
                 (1, 1, 1, 1, 1, 0), ["wrong type"], id="wrong-type"),
    pytest.param([(3, 9, "DATE", "2018-08-27"), (43, 53, "DATE", "2017")],
                 [(43, 53, "DATE", "2017"), (3, 9, "DATE", "2018-08-27")],
                 (2, 2, 2, 2, 2, 2), ["correct", "correct"], id="exact"),
    pytest.param([(3, 17, "TIME", "2018-08-27TMO")], [(5, 5, "DATE", "X")],
                 (1, 1, 0, 0, 0, 0), ["missed", "spurious"], id="empty-system-span-overlaps-nothing"),
    pytest.param([(0, 10, "DATE", "A"), (12, 20, "DATE", "B")],
                 [(5, 15, "DATE", "A"), (8, 11, "DATE", "A")],
                 (2, 2, 1, 0, 1, 1), ["wrong extent", "spurious", "missed"],
                 id="greedy-not-maximum-matching"),
    pytest.param([(3, 9, "DATE", "2018-08-27")], [], (1, 0, 0, 0, 0, 0), ["missed"], id="nothing-found"),
]


@pytest.mark.parametrize(("gold", "system", "counts", "statuses"), MATCHING)
def test_tempeval_matching_rule(gold, system, counts, statuses):
    report = score_documents([("d1.tml", _doc(gold), _doc(system))])
    assert (report.gold, report.system, report.relaxed, report.strict,
            report.value_correct, report.type_correct) == counts
    labels = [row.status if row.status != "wrong" else "wrong " + "+".join(row.problems)
              for row in report.rows]
    assert labels == statuses


@pytest.mark.parametrize(("gold", "system", "pairs"), [
    ([(3, 9), (10, 17)], [(3, 17)], [((3, 9), (3, 17)), ((10, 17), None)]),
    ([(3, 17)], [(10, 17), (3, 9)], [((3, 17), (3, 9)), (None, (10, 17))]),
])
def test_tempeval_align_pairs_in_document_order(gold, system, pairs):
    g = _doc([(s, e, "DATE", "V") for s, e in gold]).timexes
    s = _doc([(s, e, "DATE", "V") for s, e in system]).timexes
    got = [(a and (a.start, a.end), b and (b.start, b.end)) for a, b in align(g, s)]
    assert got == pairs


# pooled counts -> measures in percent; the first row is HeidelTime on TBAQ (value F1 77.5, relaxed F1 92.1)
@pytest.mark.parametrize(("counts", "expected"), [
    (dict(gold=1822, system=1797, relaxed=1667, strict=1667, value_correct=1402, type_correct=1667),
     dict(relaxed_p=92.8, relaxed_r=91.5, relaxed_f1=92.1, value_p=78.0, value_r=76.9, value_f1=77.5,
          value_accuracy=84.1)),
    (dict(gold=10, system=8, relaxed=6, strict=4, value_correct=3, type_correct=5),
     dict(relaxed_p=75.0, relaxed_r=60.0, relaxed_f1=66.7, strict_p=50.0, strict_r=40.0, strict_f1=44.4,
          value_f1=33.3, type_f1=55.6, value_accuracy=50.0, type_accuracy=83.3)),
    (dict(gold=5, system=0, relaxed=0, strict=0, value_correct=0, type_correct=0),
     dict(relaxed_p=0.0, relaxed_r=0.0, relaxed_f1=0.0, value_f1=0.0, value_accuracy=0.0)),
    (dict(gold=0, system=0, relaxed=0, strict=0, value_correct=0, type_correct=0),
     dict(relaxed_f1=100.0, strict_f1=100.0, value_f1=100.0, type_f1=100.0)),
])
def test_tempeval_measures_arithmetic(counts, expected):
    got = measures(**counts)
    assert {key: got[key] for key in expected} == expected
    if counts["relaxed"]:  # the official attribute F1: accuracy over matches times relaxed F1
        official = counts["value_correct"] / counts["relaxed"] * 2 * counts["relaxed"] / (
            counts["gold"] + counts["system"])
        assert got["value_f1"] == round(100 * official, 1)


@pytest.mark.parametrize(("text", "type_", "value", "expected"), [
    ("Friday", "DATE", "1998-08-07", "weekday"),
    ("last Monday", "DATE", "2018-08-27", "weekday"),
    ("Wednesday night", "DATE", "2000-01-05TEV", "weekday"),
    ("Aug. 7", "DATE", "1998-08-07", "month_day"),
    ("Monday, Oct. 26", "DATE", "1998-10-26", "month_day"),
    ("Aug. 7, 1998", "DATE", "1998-08-07", "full_date"),
    ("July 1997", "DATE", "1997-07", "month_year"),
    ("late November", "DATE", "1999-11", "month"),
    ("1990", "DATE", "1990", "year"),
    ("fiscal 1989", "DATE", "1989", "year"),
    ("nineteen ninety-six", "DATE", "1996", "year"),
    ("yesterday", "DATE", "1989-10-26", "deictic"),
    ("now", "DATE", "PRESENT_REF", "deictic"),
    ("tonight", "TIME", "1999-10-24TNI", "deictic"),
    ("last week", "DATE", "1989-W43", "relative_unit"),
    ("earlier this year", "DATE", "1989", "relative_unit"),
    ("next month", "DATE", "1998-09", "relative_unit"),
    ("a year ago", "DATE", "1988", "ago_later"),
    ("two days later", "DATE", "1998-08-09", "ago_later"),
    ("the year-earlier quarter", "DATE", "1988-Q3", "ago_later"),
    ("the third quarter", "DATE", "1989-Q3", "quarter_season"),
    ("last fall", "DATE", "1998-FA", "quarter_season"),
    ("recently", "DATE", "PAST_REF", "fuzzy_ref"),
    ("the future", "DATE", "FUTURE_REF", "fuzzy_ref"),
    ("two weeks", "DURATION", "P2W", "duration"),
    ("daily", "SET", "P1D", "set"),
    ("10:35 a.m.", "TIME", "1998-08-07T10:35", "time_of_day"),
    ("this morning", "TIME", "1998-02-06TMO", "time_of_day"),
    ("the 1990s", "DATE", "199X", "other"),
])
def test_tempeval_phenomenon_table(text, type_, value, expected):
    assert phenomenon(text, type_, value) == expected


@pytest.mark.corpus
@needs_corpus
@pytest.mark.parametrize("exclude", [(), ("APW20000115.0209.tml",)])
def test_tempeval_gold_against_itself_is_perfect(exclude):
    report = score_dirs(TRAIN, TRAIN, exclude=exclude)
    assert set(report.measures().values()) == {100.0}
    expected_docs, expected_gold = (256, 1822) if not exclude else (255, 1822 - 12)
    assert (report.documents, report.gold, report.system) == (expected_docs, expected_gold, expected_gold)
    assert report.errors == () and report.missing == () and report.unpaired == ()
    if not exclude:
        assert {row.key: row.gold for row in report.by_type} == {
            "DATE": 1505, "TIME": 30, "DURATION": 257, "SET": 30}
    assert sum(row.gold for row in report.by_phenomenon) == report.gold
    assert "relaxed     100.0  100.0  100.0" in report.format()


@pytest.mark.corpus
@needs_corpus
@pytest.mark.parametrize("names", [("AQUAINT/APW19980807.0261.tml", "TimeBank/wsj_1073.tml")])
def test_tempeval_missing_system_file_counts_gold_as_missed(tmp_path, names):
    gold_dir, system_dir = tmp_path / "gold", tmp_path / "system"
    for name in names:
        (gold_dir / Path(name).parent).mkdir(parents=True, exist_ok=True)
        shutil.copy(TRAIN / name, gold_dir / name)
    system_dir.mkdir()
    shutil.copy(TRAIN / names[0], system_dir / Path(names[0]).name)
    report = score_dirs(gold_dir, system_dir)
    present, absent = (len(read_tml(TRAIN / name).timexes) for name in names)
    assert report.missing == (Path(names[1]).name,)
    assert (report.gold, report.system, report.relaxed) == (present + absent, present, present)
    assert [row.status for row in report.errors] == ["missed"] * absent
    assert Path(names[1]).name in report.format()


@pytest.mark.corpus
@needs_corpus
@pytest.mark.parametrize("name", ["AQUAINT/APW19980807.0261.tml"])
def test_tempeval_text_mismatch_names_both_files(tmp_path, name):
    gold = read_tml(TRAIN / name)
    system_dir = tmp_path / "system"
    changed = gold.text.replace("Suspected", "Suspect", 1)
    write_timeml(system_dir / Path(name).name, changed, [], docid=gold.docid, dct=gold.dct)
    with pytest.raises(InputError) as caught:
        score_dirs(TRAIN / name, system_dir)
    message = str(caught.value)
    assert str(TRAIN / name) in message and str(system_dir / Path(name).name) in message
    with pytest.raises(InputError, match="differs from the gold text"):
        score_documents([(Path(name).name, gold, dataclasses.replace(gold, text=changed))])


@pytest.mark.corpus
@needs_corpus
@pytest.mark.parametrize("folder", ["AQUAINT"])
def test_tempeval_written_files_score_like_memory(tmp_path, folder):
    """A perturbed system written as TimeML scores exactly as the same mentions in memory."""
    triples = []
    for number, path in enumerate(sorted((TRAIN / folder).glob("*.tml"))[:20]):
        gold = read_tml(path)
        mentions = []
        for i, t in enumerate(gold.timexes):
            kind = (number + i) % 5
            if kind == 0:
                continue  # missed
            start = t.start + 1 if kind == 1 and t.end - t.start > 1 else t.start
            value = "XXXX-XX-XX" if kind == 2 else t.value
            mentions.append(Mention(start=start, end=t.end, text=gold.text[start:t.end],
                                    type=t.type, value=value))
        write_timeml(tmp_path / path.name, gold.text, mentions, docid=gold.docid, dct=gold.dct)
        triples.append((path.name, gold, document_from_mentions(gold, mentions)))
    from_memory = score_documents(triples)
    from_files = score_dirs(TRAIN / folder, tmp_path)
    counts = lambda r: (r.gold, r.system, r.relaxed, r.strict, r.value_correct, r.type_correct)  # noqa: E731
    assert counts(from_files)[1:] == counts(from_memory)[1:]
    assert from_files.missing == tuple(sorted(p.name for p in (TRAIN / folder).glob("*.tml"))[20:])
    assert 0 < from_memory.strict < from_memory.relaxed and from_memory.value_correct < from_memory.relaxed


@pytest.mark.parametrize("spans", [[(3, 9, "DATE", "2018-08-27"), (43, 53, "DATE", "2017")]])
def test_tempeval_duplicate_file_names_rejected(tmp_path, spans):
    doc = _doc(spans)
    markup = to_timeml(doc.text, [], docid="d1", dct=doc.dct)
    for folder in ("a", "b"):
        (tmp_path / "gold" / folder).mkdir(parents=True)
        (tmp_path / "gold" / folder / "d1.tml").write_text(markup, encoding="utf-8")
    (tmp_path / "system").mkdir()
    with pytest.raises(InputError, match="two files named d1.tml"):
        score_dirs(tmp_path / "gold", tmp_path / "system")


@pytest.mark.parametrize(("gold", "system", "line"), [
    ([(3, 9, "DATE", "2018-08-27")], [(3, 9, "DATE", "2018-08-20")],
     "d1.tml:3\twrong value\tweekday\t'Monday' DATE 2018-08-27\t->\t'Monday' DATE 2018-08-20"),
    ([(43, 53, "DATE", "2017")], [],
     "d1.tml:43\tmissed\tago_later\t'a year ago' DATE 2017\t->\tmissed"),
    ([], [(43, 53, "DATE", "2017")],
     "d1.tml:43\tspurious\t-\t-\t->\t'a year ago' DATE 2017"),
])
def test_tempeval_error_listing(gold, system, line):
    report = score_documents([("d1.tml", _doc(gold), _doc(system))])
    assert report.format_errors() == line + "\n"
    assert report.format(errors=True).endswith(line + "\n")
