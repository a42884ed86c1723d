"""basis49: the library's entry (``process_article``), ``timeline dates`` and ``timeline timex`` read a text through
the view ``build`` reads it through (``text_view``: line ends, no-break and zero-width spaces, soft hyphens, NFD,
entities, fullwidth digits made plain), and give every offset and text in the text as given.

``robust47`` made ``build`` read users' texts so; the three other ways in read the text as given: a zero-width space
every tenth word moved the events ``process_article`` gave, and ``timeline dates`` read "Wed\\u00adnesday" (a soft
hyphen) as no date. Each test here runs the perturbations of ``scripts/perturb_check.py`` (robust47's harness) on
the bundled sample article, a TASS story (``data/samples``), and checks the entry against the clean text's output
and against a build's.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import ROOT, RUN_DATE, load_script

import timeline
from timeline import cli
from timeline.anchor import anchor_set
from timeline.export.timeml import write_timeml
from timeline.ingest.tml import read_tml
from timeline.pipeline import process_article

perturb_check = load_script("perturb_check", "perturb_check")

SAMPLE = ROOT / "data" / "samples" / "000_4ca74516ebb1d9ed.txt"  # "WASHINGTON, August 30. /TASS/." (no year)
TEXT = SAMPLE.read_text(encoding="utf-8")
SETTINGS = timeline.Settings(run_date=RUN_DATE, year=2018)
# every perturbation that changes no word, one at a time and mixed, and two that change how a word is written
NAMES = sorted(perturb_check.WORDLESS - {"curly_quotes"}) + ["html_entities", "fullwidth_digits"]


def _variant(name: str) -> str:
    return perturb_check.perturb(name, TEXT, 47, "sample")


def _keys(events) -> list[tuple]:
    return sorted(((e.event_date, e.event_type, e.actor1, e.actor2, e.location, e.trigger) for e in events), key=repr)


@pytest.fixture(scope="module")
def clean():
    return process_article(timeline.Article(id="sample", text=TEXT), SETTINGS)


@pytest.mark.parametrize("name", NAMES)
def test_process_article_reads_a_users_text_as_build_does(clean, name):
    given = _variant(name)
    assert given != TEXT or name == "nfd"
    article = timeline.Article(id="sample", text=given)
    result = process_article(article, SETTINGS)
    assert result.article is article
    assert _keys(result.events) == _keys(clean.events)  # (a zero-width space every tenth word: 1 of 7 lost, 2 others)
    for e in result.events:
        assert given[e.char_start:e.char_end] == e.sentence
        if e.date_char_start is not None:
            assert given[e.date_char_start:e.date_char_end] == e.date_text
    for m in (*result.mentions, *result.actors):
        assert given[m.start:m.end] == m.text
    line = result.anchor.dateline
    assert re.fullmatch(r"\W*WASHINGTON,\sAugust.{1,12}/TASS/\.\s*", given[line.start:line.end], re.S)
    # an anchor of the set, found in the text as given, is taken into the view: the same result
    [anchor] = anchor_set([article], year=2018, run_date=RUN_DATE)
    assert process_article(article, SETTINGS, anchor=anchor).events == result.events


@pytest.mark.parametrize("name", ["windows_word", "all_wordless", "html_entities"])
def test_process_article_gives_the_rows_of_a_build(tmp_path, name):
    given = _variant(name)
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps({"id": "sample", "text": given}) + "\n", encoding="utf-8")
    built = timeline.build(path, SETTINGS).mentions
    rows = [(r.event_id, r.char_start, r.char_end, None if pd.isna(r.date_char_start) else r.date_char_start,
             r.sentence) for r in built.itertuples()]
    events = process_article(timeline.Article(id="sample", text=given), SETTINGS).events
    assert sorted((e.event_id, e.char_start, e.char_end, e.date_char_start, e.sentence) for e in events) == sorted(rows)


def _dates(args: list[str]) -> list[tuple[int, int, str, str]]:
    result = CliRunner().invoke(cli.main, ["dates", *args])
    assert result.exit_code == 0, result.output
    lines = re.findall(r"^\s*(\d+)-(\d+)\s+('.*?'|\".*?\")\s+\w+\s+(\S+)", result.stdout, re.M)
    return [(int(s), int(e), eval(text), value) for s, e, text, value in lines]  # (the text printed as repr)


@pytest.mark.parametrize("name", ["soft_hyphen", "zwsp", "windows_word", "html_entities", "fullwidth_digits"])
def test_cli_dates_reads_a_users_text_as_build_does(name):
    given = _variant(name)
    clean = _dates([TEXT, "--year", "2018"])
    shown = _dates([given, "--year", "2018"])
    assert [value for *_, value in shown] == [value for *_, value in clean]
    assert len(shown) >= 5
    for start, end, text, _ in shown:  # offsets and text: the text as given
        assert given[start:end] == text


def test_cli_dates_reads_a_soft_hyphen_and_an_entity():
    """A soft hyphen in "Wed\\u00adnesday" and "August&nbsp;30" as a web page's copy has them: both dates read."""
    text = "WASHINGTON, August&nbsp;30. /TASS/.\r\nLavrov said on Wed\u00adnesday he will visit Ankara next month.\r\n"
    shown = _dates([text, "--year", "2018"])
    assert [(text[s:e], value) for s, e, _, value in shown] == [
        ("August&nbsp;30", "2018-08-30"), ("Wed\u00adnesday", "2018-08-29"), ("next month", "2018-09")]


def _timexes(path) -> list[tuple[str, str]]:
    doc = read_tml(path)
    return [(t.type, t.value) for t in doc.timexes]


def test_cli_timex_keeps_a_windows_tml_text_with_no_break_spaces(tmp_path):
    """A .tml saved on Windows (CRLF) with no-break spaces by its dates and soft hyphens in its words: its ``<TEXT>``
    is written back character for character, tags added, and the tags are the clean copy's."""
    clean_in, odd_in = tmp_path / "clean" / "sample.tml", tmp_path / "odd" / "sample.tml"
    write_timeml(clean_in, TEXT, [], docid="sample", dct="2018-08-30")
    odd_text = perturb_check.perturb("soft_hyphen", _variant("nbsp_dates"), 47, "sample").replace(
        "Wednesday", "Wed\u00adnesday")  # (a hyphenation point in a date's word: the view reads it, the text did not)
    write_timeml(odd_in, odd_text, [], docid="sample", dct="2018-08-30")
    odd_in.write_bytes(odd_in.read_bytes().replace(b"\n", b"\r\n"))
    assert b"\r\n" in odd_in.read_bytes() and read_tml(odd_in).text == odd_text  # (XML reads CRLF as a line end)
    assert "\u00a0" in odd_text and "\u00ad" in odd_text
    for source, out in ((clean_in, tmp_path / "clean_out"), (odd_in, tmp_path / "odd_out")):
        result = CliRunner().invoke(cli.main, ["timex", str(source), "-o", str(out)])
        assert result.exit_code == 0, result.output
    written = read_tml(tmp_path / "odd_out" / "sample.tml")
    assert written.text == odd_text
    assert _timexes(tmp_path / "odd_out" / "sample.tml") == _timexes(tmp_path / "clean_out" / "sample.tml")
    assert len(written.timexes) >= 5
    for t in written.timexes:  # each tag around the words the clean copy's is around
        assert t.text.replace("\u00a0", " ").replace("\u00ad", "") in TEXT


@pytest.mark.parametrize("name", ["soft_hyphen", "web_paste", "html_entities"])
def test_cli_timex_tags_a_users_record_in_its_text_as_given(tmp_path, name):
    given = _variant(name)
    for text, folder in ((TEXT, "clean"), (given, "odd")):
        path = tmp_path / folder / "story.jsonl"
        path.parent.mkdir()
        path.write_text(json.dumps({"id": "sample", "text": text}) + "\n", encoding="utf-8")
        result = CliRunner().invoke(cli.main, ["timex", str(path), "-o", str(tmp_path / f"{folder}_out"),
                                               "--year", "2018"])
        assert result.exit_code == 0, result.output
    written = read_tml(tmp_path / "odd_out" / "sample.tml")
    assert written.text == given
    assert _timexes(tmp_path / "odd_out" / "sample.tml") == _timexes(tmp_path / "clean_out" / "sample.tml")


def test_an_article_read_through_its_view_already_is_read_as_it_is():
    """``build`` reads each article through its view before ``_process``; an article that says so
    (``given_starts``) is not read through it again (an entity's decoded "&amp;lt;" is "&lt;", not "<")."""
    from timeline import text_view

    article = timeline.Article(id="a", text="Talks on Wednesday &amp;lt; here.")
    read, v = text_view.read(article)
    assert read.text == "Talks on Wednesday &lt; here." and v is not None
    assert text_view.read(read) == (read, None)


def test_articles_dateline_and_the_untitled_lead_show_the_text_as_given(tmp_path):
    """``articles.csv``'s dateline and the lead that names an untitled article (the chronology list, ``timeline dates
    --file``'s heading) were the view's text, where every other text a build writes is the user's."""
    given = TEXT.replace("\n", "\r\n").replace("August 30", "August\u00a030").replace("concerned", "con\u00adcerned")
    clean_path, odd_path = tmp_path / "clean.jsonl", tmp_path / "odd.jsonl"
    clean_path.write_text(json.dumps({"id": "sample", "text": TEXT}) + "\n", encoding="utf-8")
    odd_path.write_text(json.dumps({"id": "sample", "text": given}) + "\n", encoding="utf-8")
    clean, odd = timeline.build(clean_path, SETTINGS), timeline.build(odd_path, SETTINGS)
    assert clean.articles["dateline"].tolist() == ["WASHINGTON, August 30. /TASS/."]
    assert odd.articles["dateline"].tolist() == ["WASHINGTON, August\u00a030. /TASS/."]
    assert clean.leads["sample"].startswith("The United States are concerned about")
    assert odd.leads["sample"] == clean.leads["sample"].replace("concerned", "con\u00adcerned")
    shown = CliRunner().invoke(cli.main, ["dates", "--file", str(odd_path), "--year", "2018"])
    assert shown.exit_code == 0, shown.output
    assert f'starts "{odd.leads["sample"]}"' in shown.stdout.splitlines()[0]
