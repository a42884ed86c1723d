"""An article read that gives no event is named in the run's report with the cause a user can act on.

`timeline build` on a text with no dated act said "1 article(s) read, 0 skipped; 0 event(s)." and nothing more: was
the file read at all, was the wrong field taken as the text, is the text no news of acts? The report now says which,
in one line however many such articles there are; articles.csv's ``reason`` says it for each such article, and
timeline.html lists them under the chronology (ux34: the outputs gave no hint).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT

import timeline
from timeline.cli import main
from timeline.no_events import BOILERPLATE, NO_ACT, NO_PARTY, SHORT, NoEvents, report_line, said

# A BBC video page (its caption names the correspondent, who is no party, and a scene, no act between parties)
VIDEO = ("24 July 2012 Last updated at 07:14 GMT The BBC's Jeremy Bowen has travelled with rebel fighters to the "
         "edge of Syria's second city, where the fighting for the old quarter goes on.\n"
         "He said the men he met were tired, short of ammunition and unsure how long they could hold the streets.\n")
# An explainer paragraph: no country, organisation or person named
ANALYSIS = ("Energy markets have been volatile for months. Traders say that prices could rise further before winter, "
            "and that storage levels matter more than any single announcement. Many households are already cutting "
            "back, and businesses warn that the costs will be passed on.\n")


def _build(tmp_path: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["build", *args, "-o", str(tmp_path / "out"), "--no-html", "--quiet"])
    assert result.exit_code == 0, result.output
    return result.output


def test_build_names_articles_without_events_and_why(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bowen_video.txt").write_text(VIDEO, encoding="utf-8")
    (tmp_path / "in" / "energy_explainer.txt").write_text(ANALYSIS, encoding="utf-8")
    output = _build(tmp_path, str(tmp_path / "in"))
    assert "2 article(s) read, 0 skipped; 0 event(s)." in output
    [line] = [line for line in output.splitlines() if "gave no event" in line]  # one line for all of them
    assert line.startswith("  2 article(s) gave no event: ")
    assert ("1 with parties named but no sentence read as an act of theirs (a meeting, call, statement, agreement, "
            "strike: README 'Event types') (bowen_video: Syria)") in line  # the correspondent is no party
    assert "1 with no country, organisation or person named, so no party to act (energy_explainer)" in line
    # (no "no date": "for months", "before winter" are dates found)
    manifest = timeline.read_table(tmp_path / "out" / "articles.csv").set_index("article_id")
    assert manifest.at["bowen_video", "reason"] == ("no event: Syria named, but no sentence read as an act of "
                                                    "theirs")
    assert manifest.at["energy_explainer", "reason"] == ("no event: no country, organisation or person named, so "
                                                         "no party to act")
    assert list(manifest["status"]) == ["ok", "ok"]  # read, not skipped


def test_the_page_lists_inputs_without_events_and_why(tmp_path):
    """timeline.html with no event at all showed an empty chart and nothing else; it now names each input that gave
    none (read, skipped or failed) with the reason articles.csv gives."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bowen_video.txt").write_text(VIDEO, encoding="utf-8")
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), str(ROOT / "data" / "samples" / "tass-1893901.txt"),
                                       "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "timeline.html").read_text(encoding="utf-8")
    note = page[page.index('<section id="unlisted">'):]
    assert "2 inputs with no event on this page (each with its reason; articles.csv has them too)" in note
    # the untitled article named by the start of its text, as the list names it, its id beside it
    assert ("<i>The BBC&#x27;s Jeremy Bowen has travelled with rebel fighters to the edge of Syria&#x27;s…</i> <span class=\"id\">(bowen_video)</span> <span class=\"why\">no event: Syria named, "
            "but no sentence read as an act of theirs</span>") in note
    assert "skipped: not an article file (.docx)" in note
    assert "Russia imposes state" not in note  # an article with events is in the list, not here


def test_a_page_whose_inputs_all_gave_events_has_no_note(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ROOT / "data" / "samples"), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert 'id="unlisted"' not in (tmp_path / "out" / "timeline.html").read_text(encoding="utf-8")


def test_said_gives_each_cause_in_a_few_words():
    assert said(NoEvents("a", SHORT, 1)) == ("no event: only 1 word past the dateline, too few for a story (a record "
                                             "file's --text-field may name a headline or summary field); no date "
                                             "found")
    assert said(NoEvents("b", NO_ACT, 300, ("Syria", "Russia", "Iran", "Turkey"), dated=True)) == (
        "no event: Syria, Russia, Iran and 1 more named, but no sentence read as an act of theirs")
    assert said(NoEvents("c", BOILERPLATE, 40)) == ("no event: its events are all in sentences repeated across the "
                                                     "set (boilerplate)")


def test_a_headline_field_given_as_the_text_is_told_short(tmp_path):
    """The bundled TASS records built with --text-field title (a slip for text): 3 of 4 titles give no event, and
    the line points at --text-field."""
    output = _build(tmp_path, str(ROOT / "data" / "samples" / "tass_stories.jsonl"), "--text-field", "title")
    assert ("  3 article(s) gave no event, under 20 words past the dateline (is the whole text there? a record "
            "file's --text-field may name a headline or summary field) (tass-1894093: 12 words, no date; "
            "tass-1894067: 10 words, no date; tass-1894075: 14 words)") in output


def test_articles_with_events_get_no_line(tmp_path):
    output = _build(tmp_path, str(ROOT / "data" / "samples"))
    assert "gave no event" not in output


def test_many_articles_without_events_stay_one_line():
    items = [NoEvents(f"wire:{n}", NO_ACT, 300, ("Russia", "Ukraine"), True) for n in range(1, 41)]
    items += [NoEvents("wire:41", SHORT, 1), NoEvents("wire:42", NO_PARTY, 80, dated=True)]
    line = report_line(items)
    assert "\n" not in line and line.startswith("  42 article(s) gave no event: 40 with parties named")
    assert "(wire:1: Russia, Ukraine; wire:2: Russia, Ukraine; wire:3: Russia, Ukraine and 37 more)" in line
    assert line.index("40 with parties") < line.index("1 under 20 words") < line.index("1 with no country")
    assert "(wire:41: 1 word, no date)" in line and "(wire:42)" in line
    assert report_line([]) is None
