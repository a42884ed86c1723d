"""Anchor dates (timeline.anchor): metadata, dateline, --year, weekday pairs, the set, reference date, corpus year.

tests/data/anchors.jsonl holds one row per step of the anchor order, on real
article openings (each row names its source and says what was changed). A row
without ``run_date`` runs on conftest's RUN_DATE; ``"run_date": null`` means
no run date was passed; ``set_dates`` are the full dates of the other articles of
the set. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DATA, RUN_DATE, read_jsonl

from timeline.anchor import (SET_NEAR_DAYS, article_anchor, infer_year, parse_published, set_dates,
                             wants_set_evidence, weekday_pairs, year_from_set)
from timeline.dateline import parse_dateline
from timeline.model import Article

ROWS = read_jsonl(DATA / "anchors.jsonl")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _anchor(row: dict):
    run_date = _date(row["run_date"]) if "run_date" in row else RUN_DATE
    article = Article(id=row["case"], text=row["text"], published=row["published"])
    return article_anchor(article, parse_dateline(row["text"]), year=row["year"],
                          reference_date=_date(row["reference_date"]), run_date=run_date,
                          corpus_year=row["corpus_year"], set_dates=tuple(map(_date, row.get("set_dates", ()))))


@pytest.mark.parametrize("name", ["anchors.jsonl"])
def test_anchor_gold_rows_cover_the_order(name):
    assert ROWS == read_jsonl(DATA / name)
    cases = [r["case"] for r in ROWS]
    assert len(cases) == len(set(cases))
    sources = {(r["anchor_source"], r["year_source"]) for r in ROWS}
    assert sources >= {("metadata", "metadata"), ("dateline", "metadata"), ("dateline", "dateline"),
                       ("dateline", "option"), ("dateline", "weekday"), ("dateline", "reference"),
                       ("dateline", "set"), ("dateline", "corpus"), ("option", "option"), ("none", None)}


@pytest.mark.parametrize("row", ROWS, ids=[r["case"] for r in ROWS])
def test_anchor_order(row):
    anchor = _anchor(row)
    assert (anchor.date, anchor.source, anchor.year_source, list(anchor.flags)) == (
        _date(row["date"]), row["anchor_source"], row["year_source"], row["flags"])


@pytest.mark.parametrize("row", [r for r in ROWS if r["year_source"] in ("weekday", "set", "reference", "corpus")],
                         ids=lambda r: r["case"])
def test_anchor_inferred_year_is_flagged(row):
    assert "year_inferred" in _anchor(row).flags


@pytest.mark.parametrize("row", [r for r in ROWS if r["case"].startswith("dateline-weekday-seed")],
                         ids=lambda r: r["case"])
@pytest.mark.parametrize("run_date", [RUN_DATE, dt.date(2018, 8, 30), dt.date(2023, 1, 1)])
def test_anchor_seed_year_from_monday_august_27(row, run_date):
    """The seed story: "WASHINGTON, August 30" and "Monday, August 27" -> 2018, for any run on or after 2018-08-30."""
    anchor = _anchor({**row, "run_date": run_date.isoformat()})
    assert (anchor.date, anchor.year_source) == (dt.date(2018, 8, 30), "weekday")


PUBLISHED = [
    ("2018-08-30", dt.date(2018, 8, 30)),
    ("2018-8-3", dt.date(2018, 8, 3)),
    ("2018-08-30T21:09:18", dt.date(2018, 8, 30)),
    ("2024-12-26T21:09:18", dt.date(2024, 12, 26)),
    ("2022-03-30T22:12:00-04:00", dt.date(2022, 3, 30)),
    ("2018-08-30T23:30:00+03:00", dt.date(2018, 8, 30)),
    ("2018-08-30T21:09:18Z", dt.date(2018, 8, 30)),
    ("2018-08-30 21:09", dt.date(2018, 8, 30)),
    (" 2018-08-30 ", dt.date(2018, 8, 30)),
    ("08/30/2018", dt.date(2018, 8, 30)),
    ("8/30/2018 9:00 PM", dt.date(2018, 8, 30)),
    ("03/04/2018", dt.date(2018, 3, 4)),
    ("30/08/2018", dt.date(2018, 8, 30)),
    ("30.08.2018", dt.date(2018, 8, 30)),  # dots: day first, as Excel writes dates where dots part them
    ("09.12.2021", dt.date(2021, 12, 9)),  # was 2021-09-12 (dateparser, month first), without a word
    ("9.12.2021 14:35", dt.date(2021, 12, 9)),
    ("12.25.2021", dt.date(2021, 12, 25)),  # reads month first only
    ("31.02.2021", None),
    ("Aug 30, 2018", dt.date(2018, 8, 30)),
    ("August 30, 2018", dt.date(2018, 8, 30)),
    ("30 August 2018", dt.date(2018, 8, 30)),
    ("Thursday, 30 August 2018", dt.date(2018, 8, 30)),
    ("Mon Mar 21, 2011 3:30 pm GMT", dt.date(2011, 3, 21)),
    ("", None),
    ("   ", None),
    (None, None),
    ("junk", None),
    ("not a date", None),
    ("2018", None),
    ("August 2018", None),
    ("Aug 30", None),
    ("2018-13-45", None),
    ("2018-02-30", None),
    ("13/13/2018", None),
    ("yesterday", None),
    ("today", None),
    ("now", None),
    ("2 days ago", None),
    ("in 3 days", None),
    ("last year", None),
    ("in 2018 days", None),
]


@pytest.mark.parametrize(("value", "expected"), PUBLISHED, ids=[repr(v) for v, _ in PUBLISHED])
def test_anchor_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("Antonov met Satterfield and Jeffrey on Monday, August 27.", 0, [(8, 27, 0)]),
    ("discussed the situation by telephone on Monday, December 28, the ministry said.", 0, [(12, 28, 0)]),
    ("met on Saturday, 28 July in Geneva", 0, [(7, 28, 5)]),
    ("Tuesday, Sept. 4", 0, [(9, 4, 1)]),
    ("met on Monday, Aug. 27, 2018, in Washington", 0, []),  # a year is given: nothing to infer
    ("Lavrov said on Wednesday that terrorists in Idlib", 0, []),
    ("At their negotiations on August 24, Lavrov and Cavusoglu", 0, []),
    ("On Monday, August 27, they met. On Friday, August 24, they spoke.", 0, [(8, 27, 0), (8, 24, 4)]),
    ("On Monday, August 27, they met. On Friday, August 24, they spoke.", 30, [(8, 24, 4)]),
], ids=["mdy", "mdy-december", "dmy", "abbreviated-month", "with-year", "weekday-alone", "date-alone", "two",
        "after-start"])
def test_anchor_weekday_pairs(text, start, expected):
    assert weekday_pairs(text, start) == expected


def _fits(month: int, day: int, pairs, year: int) -> bool:
    """Every pair, read as its occurrence nearest the dateline day of ``year``, falls on its weekday."""
    anchor = dt.date(year, month, day)
    for m, d, weekday in pairs:
        options = [dt.date(y, m, d) for y in (year - 1, year, year + 1)]
        if min(options, key=lambda o: abs((o - anchor).days)).weekday() != weekday:
            return False
    return True


@pytest.mark.parametrize(("month", "day", "pairs", "latest", "year"), [
    (8, 30, [(8, 27, 0)], RUN_DATE, 2018),
    (8, 30, [(8, 27, 0)], dt.date(2018, 8, 30), 2018),
    (8, 30, [(8, 27, 0)], dt.date(2018, 8, 29), 2012),
    (8, 30, [(8, 27, 0), (8, 24, 4)], RUN_DATE, 2018),
    (1, 2, [(12, 28, 0)], RUN_DATE, 2021),  # the Monday, December 28 before January 2, 2021
    (12, 30, [(1, 2, 5)], RUN_DATE, 2020),  # the Saturday, January 2 after December 30, 2020
    (12, 26, [(12, 24, 1)], RUN_DATE, 2024),
    (2, 29, [(2, 26, 0)], RUN_DATE, 2024),
    (2, 29, [(2, 26, 0)], dt.date(2024, 2, 28), 1996),  # only leap years have the dateline day
], ids=["seed", "run-on-dateline-day", "run-before-dateline", "two-pairs", "pair-in-year-before", "pair-in-year-after",
        "tass-christmas-eve", "leap-day", "leap-day-run-before"])
def test_anchor_infer_year_latest_year_that_fits(month, day, pairs, latest, year):
    found, flags = infer_year(month, day, pairs, latest)
    assert (found, flags) == (year, ())
    assert dt.date(found, month, day) <= latest
    assert _fits(month, day, pairs, found)
    later = [y for y in range(found + 1, latest.year + 1)
             if (month, day) != (2, 29) or y % 4 == 0 and (y % 100 or y % 400 == 0)]
    assert not any(_fits(month, day, pairs, y) for y in later if dt.date(y, month, day) <= latest)


@pytest.mark.parametrize(("pairs", "expected"), [
    ([], (None, ())),
    ([(8, 27, 0), (8, 24, 3)], (2023, ("weekday_pairs_disagree",))),  # Thursday, August 24 fits 2023 only
    ([(8, 27, 0), (8, 28, 0)], (2023, ("weekday_pairs_disagree",))),  # two Mondays a day apart never agree;
    # 2023 has the later one of them
], ids=["no-pairs", "disagree-latest-of-best", "disagree-impossible"])
def test_anchor_infer_year_without_agreement(pairs, expected):
    assert infer_year(8, 30, pairs, RUN_DATE) == expected


@pytest.mark.parametrize("latest", [dt.date(2018, 8, 29), dt.date(2017, 12, 31)], ids=str)
def test_anchor_infer_year_never_after_latest(latest):
    found, _ = infer_year(8, 30, [(8, 27, 0)], latest)
    assert found == 2012
    assert dt.date(found, 8, 30) <= latest


@pytest.mark.corpus
@pytest.mark.parametrize("corpus_year, expected", [(2024, 2018), (None, None)])
def test_anchor_weekday_inference_without_run_date_is_bounded_by_the_set(corpus_year, expected):
    """A library caller who gives no run date still gets the seed's year from its weekday pairs
    when the set has a year to bound the search (never the clock)."""
    from conftest import SEED_DATELINE, corpus as _corpus

    from timeline.dateline import parse_dateline
    from timeline.model import Article

    text = _corpus("seeds", f"{SEED_DATELINE}.txt").read_text(encoding="utf-8")
    anchor = article_anchor(Article(id="seed", text=text), parse_dateline(text), corpus_year=corpus_year)
    assert (anchor.date.year if anchor.date else None) == expected


@pytest.mark.parametrize(("month", "day", "dates", "expected"), [
    (12, 26, [dt.date(2024, 12, 26)], 2024),
    (12, 26, [dt.date(2024, 12, 26) + dt.timedelta(days=SET_NEAR_DAYS)], 2024),
    (12, 26, [dt.date(2024, 12, 26) + dt.timedelta(days=SET_NEAR_DAYS + 1)], None),
    (12, 26, [dt.date(2024, 12, 26) - dt.timedelta(days=SET_NEAR_DAYS + 1)], None),
    (1, 2, [dt.date(2020, 12, 31)], 2021),  # across the new year
    (12, 26, [dt.date(2018, 12, 20), dt.date(2024, 12, 25)], 2024),  # the closer one
    (12, 26, [dt.date(2018, 12, 24), dt.date(2024, 12, 28)], 2024),  # a tie: the later one
    (2, 29, [dt.date(2024, 3, 1)], 2024),
    (2, 29, [dt.date(2023, 3, 1)], None),  # no February 29 near 2023
    (12, 26, [], None),
], ids=["same-day", "a-week-off", "eight-days-after", "eight-days-before", "across-new-year", "closer-wins",
        "tie-later", "leap-day", "no-leap-day", "empty"])
def test_anchor_year_from_set(month, day, dates, expected):
    assert year_from_set(month, day, dates) == expected


def test_anchor_set_dates_are_the_sets_own_full_dates():
    """Only metadata and datelines with a year are evidence; inferred years are not."""
    rows = {r["case"]: r for r in ROWS}
    anchors = [_anchor(rows[case]) for case in ("metadata-and-dateline-agree", "dateline-web-header-year",
                                                 "metadata-three-days-off", "dateline-reference-date",
                                                 "dateline-corpus-year", "dateline-weekday-seed", "nothing")]
    assert set_dates(anchors) == (dt.date(2011, 3, 21), dt.date(2024, 12, 26))


@pytest.mark.parametrize(("case", "dates", "wanted"), [
    ("dateline-reference-date", ["2024-12-28"], True),  # a story of the set two days off overrules the reference year
    ("dateline-reference-date", ["2024-11-28"], False),  # none near: the second pass would change nothing
    ("dateline-no-year-nothing-else", [], True),  # the set's commonest year may give one
    ("dateline-weekday-seed", ["2024-08-30"], False),  # the article's own evidence
    ("dateline-year-option", ["2024-08-30"], False),  # the user's --year
    ("dateline-with-year", ["2019-12-01"], False),
    ("metadata-and-dateline-agree", ["2019-12-26"], False),
    ("dateline-without-day-reference-date", ["2011-11-13"], False),  # no day for the set to date
])
def test_anchor_wants_set_evidence(case, dates, wanted):
    row = next(r for r in ROWS if r["case"] == case)
    assert wants_set_evidence(_anchor(row), tuple(map(_date, dates))) is wanted


def _samples_set(tmp_path):
    """The issue's set: the two TASS .txt stories (dateline "December 26", no year) in a folder and
    tass_stories.jsonl (the same day's stories, published 2024-12-26)."""
    import shutil

    from conftest import SAMPLES

    (tmp_path / "articles").mkdir()
    for name in ("tass-1893901.txt", "tass-1894063.txt"):
        shutil.copy(SAMPLES / name, tmp_path / "articles" / name)
    shutil.copy(SAMPLES / "tass_stories.jsonl", tmp_path / "more.jsonl")
    return [tmp_path / "articles", tmp_path / "more.jsonl"]


def test_anchor_set_beats_reference_date_in_two_passes(tmp_path):
    """What a build does: a first pass, then the set's dates for the anchors that want them.
    --reference-date 2018-08-30 alone reads "December 26" as 2017-12-26; the set says 2024."""
    from timeline.ingest import read_articles

    articles = [a for a in read_articles(_samples_set(tmp_path)) if isinstance(a, Article)]
    reference = dt.date(2018, 8, 30)

    def anchor(article, **more):
        return article_anchor(article, parse_dateline(article.text), reference_date=reference, run_date=RUN_DATE, **more)

    stories = {"tass-1893901", "tass-1894063"}  # the .txt ones
    first = {a.id: anchor(a) for a in articles}
    assert len(first) == 6 and stories < set(first)
    assert {(a.date, a.year_source) for k, a in first.items() if k in stories} == {(dt.date(2017, 12, 26), "reference")}
    evidence = set_dates(first.values())
    assert evidence == (dt.date(2024, 12, 26),)
    assert {k for k, a in first.items() if wants_set_evidence(a, evidence)} == stories
    second = {a.id: anchor(a, set_dates=evidence) for a in articles if a.id in stories}
    for a in second.values():
        assert (a.date, a.source, a.year_source, a.flags) == (
            dt.date(2024, 12, 26), "dateline", "set", ("year_inferred", "reference_date_overruled_by_set"))


def test_anchor_build_set_beats_reference_date(tmp_path, monkeypatch):
    """The issue, as a user runs it: timeline build articles/ more.jsonl --reference-date 2018-08-30."""
    import pandas as pd
    from click.testing import CliRunner

    from timeline import cli

    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["build", *map(str, _samples_set(tmp_path)), "--reference-date", "2018-08-30",
                                           "-o", str(out)])
    assert result.exit_code == 0, result.output
    articles = pd.read_csv(out / "articles.csv", dtype=str)
    stories = articles[articles["path"].fillna("").str.endswith(".txt")]
    assert len(stories) == 2
    assert set(zip(stories["anchor_date"], stories["year_source"])) == {("2024-12-26", "set")}
    assert all("reference_date_overruled_by_set" in flags for flags in stories["flags"])


@pytest.mark.parametrize("published, text, source, date", [
    # an unreadable metadata date is ignored, and said to be: the dateline or the reference date anchors
    ("2018-13-45", "WASHINGTON, August 30, 2018 (Reuters) - Nauert spoke.", "dateline", dt.date(2018, 8, 30)),
    ("not a date", "Lavrov said on Wednesday.", "option", dt.date(2018, 8, 30)),
])
def test_anchor_unreadable_published_is_flagged(published, text, source, date):
    article = Article(id="a", text=text, published=published)
    anchor = article_anchor(article, parse_dateline(text), reference_date=dt.date(2018, 8, 30), run_date=RUN_DATE)
    assert (anchor.source, anchor.date) == (source, date)
    assert anchor.flags[0].startswith(f"published_unreadable: {published!r}")


@pytest.mark.parametrize(("published", "flag"), [
    ("1535630400", "published_unreadable: '1535630400' is no date: a Unix timestamp in seconds? 2018-08-30 in UTC "
                   "(write it as YYYY-MM-DD)"),
    (" 1535630400000 ", "published_unreadable: '1535630400000' is no date: a Unix timestamp in milliseconds? "
                        "2018-08-30 in UTC (write it as YYYY-MM-DD)"),
    ("yesterday", "published_unreadable: 'yesterday' is no date (write YYYY-MM-DD)"),
    ("12345", "published_unreadable: '12345' is no date (write YYYY-MM-DD)"),
], ids=["seconds", "milliseconds", "words", "short-number"])
def test_unreadable_publication_date_names_a_unix_timestamp(published, flag):
    """A scraper's Unix timestamp in `published` was flagged "is no date (write YYYY-MM-DD)", the user left to find
    out why (nu44): it is named, with the day it would be; it is still not read as the date."""
    from timeline.anchor import unreadable_note

    assert unreadable_note(published) == flag
    article = Article(id="e1", text="Lavrov met Cavusoglu in Ankara on Wednesday.", published=published)
    anchor = article_anchor(article, None, run_date=RUN_DATE)
    assert anchor.date is None and anchor.flags[0] == flag
