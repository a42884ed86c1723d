"""The chronology list under the chart in timeline.html (timeline.chronology): rows, order, dates, escaping."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from test_render import MEETING, SCRIPT, make_frame

from timeline import chronology, render
from timeline.table import COLUMNS, to_frame


def row_ids(page: str) -> list[str]:
    return re.findall(r'<tr id="row-([^"]+)"', page)


def cells(page: str, event_id: str) -> list[str]:
    row = re.search(rf'<tr id="row-{re.escape(event_id)}"[^>]*>(.*?)</tr>', page, flags=re.S).group(1)
    return re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)


def test_chronology_every_event_is_a_row_dated_by_date_then_the_undated():
    page = chronology.section(make_frame())
    # e5 (2017), e3 (Aug 24), e1 (Aug 27), e2 (Aug 29), e4 (Aug 30); e6 has no date
    assert row_ids(page) == ["e5", "e3", "e1", "e2", "e4", "e6"]
    heading = page.index("Without a resolved date (1 event, not on the chart)")
    assert page.index('id="row-e4"') < heading < page.index('id="row-e6"')
    assert [re.sub(r"<[^>]+>", "", c) for c in cells(page, "e1")[1:4]] == [
        "meeting", "Anatoly Antonov → David Satterfield + James Jeffrey", ""]


def test_chronology_same_day_keeps_the_frames_order():
    frame = make_frame()
    frame.loc[frame["event_id"].isin(["e2", "e4"]), ["date_start", "date_end"]] = "2018-08-27"
    order = [i for i in row_ids(chronology.section(frame)) if i in ("e1", "e2", "e4")]
    assert order == [i for i in frame["event_id"] if i in ("e1", "e2", "e4")]


def test_chronology_without_undated_events_has_no_undated_heading():
    frame = make_frame()
    page = chronology.section(frame[frame["date_start"].notna()])
    assert "Without a resolved date" not in page and row_ids(page) == ["e5", "e3", "e1", "e2", "e4"]


@pytest.mark.parametrize("frame", [pd.DataFrame(columns=list(COLUMNS)), to_frame([])])
def test_chronology_of_no_events_is_nothing(frame):
    assert chronology.section(frame) == ""


@pytest.mark.parametrize("precision,event_date,start,end,expected", [
    ("day", "2024-11-22", "2024-11-22", "2024-11-22", "2024-11-22"),
    ("time", "2024-11-22", "2024-11-22", "2024-11-22", "2024-11-22"),
    ("week", "2024-W47", "2024-11-18", "2024-11-24", "week of 2024-11-18"),
    ("month", "2024-11", "2024-11-01", "2024-11-30", "Nov 2024"),
    ("quarter", "2018-Q3", "2018-07-01", "2018-09-30", "Q3 2018"),
    ("season", "2011-SP", "2011-03-01", "2011-05-31", "spring 2011"),
    ("season", "2023", "2023-06-01", "2023-08-31", "summer 2023"),  # a season by its year in the table ("this summer")
    ("year", "2024", "2024-01-01", "2024-12-31", "2024"),
    ("decade", "201X", "2010-01-01", "2019-12-31", "2010s"),
    ("century", "19XX", "1900-01-01", "1999-12-31", "20th century"),
    ("day", "2024-09-13", "2024-09-13", "2024-09-17", "2024-09-13 – 2024-09-17"),  # "September 13 to 17"
    ("year", "1917", "1917-01-01", "1971-12-31", "1917 – 1971"),  # "from 1917 to 1971"
    ("none", None, None, None, ""),
    # review A #8: a span longer than a quarter, half, season or week ends with the unit its end falls in
    ("quarter", "2024-Q1", "2024-01-01", "2024-06-30", "Q1 2024 – Q2 2024"),
    ("half", "2024-H1", "2024-01-01", "2025-06-30", "H1 2024 – H1 2025"),
    ("season", "2024-SU", "2024-06-01", "2025-08-31", "summer 2024 – summer 2025"),
    ("season", "2024-FA", "2024-09-01", "2025-02-28", "autumn 2024 – winter 2025"),  # winter 2025: Dec 2024 - Feb
    ("season", "2024-FA", "2024-09-01", "2024-12-31", "autumn 2024 – winter 2025"),
    ("week", "2024-W47", "2024-11-18", "2024-12-01", "week of 2024-11-18 – week of 2024-11-25"),
    ("month", "9999-12", "9999-12-01", "9999-12-31", "Dec 9999"),
])
def test_chronology_date_at_its_precision(precision, event_date, start, end, expected):
    row = {"precision": precision, "event_date": event_date, "date_start": start, "date_end": end}
    assert chronology.when(row) == expected


def test_chronology_planned_events_are_marked():
    page = chronology.section(make_frame(e4={"status": "planned"}))
    assert '<span class="p">planned</span>' in cells(page, "e4")[0]
    assert '<span class="p">planned</span>' in cells(page, "e6")[0]  # undated and planned
    assert "planned" not in cells(page, "e1")[0]


def test_chronology_unresolved_date_says_so_and_why():
    """An event whose date phrase could not be resolved (an article with no anchor date) says 'unresolved' in the date
    cell, its tip the phrase and the reason, so a reviewer knows it has a date to resolve (--reference-date)."""
    why = "unresolved: no anchor date (no dateline, metadata or --reference-date)"
    page = chronology.section(make_frame(e2={"date_start": None, "date_end": None, "event_date": None,
                                             "precision": "none", "date_basis": "unresolved",
                                             "date_text": "Wednesday", "flags": (why,)},
                                         e5={"date_start": None, "date_end": None, "event_date": None,
                                             "precision": "none", "date_basis": "undated", "date_text": None}))
    cell = re.search(r'<tr id="row-e2"[^>]*><td(?: tabindex="-1")? title="([^"]*)">(.*?)</td>', page).groups()
    assert cell[1] == '<span class="o">unresolved</span>'
    assert html.unescape(cell[0]) == f"“Wednesday” · {why}"
    assert cells(page, "e6")[0] == '<span class="o">unresolved</span> <span class="p">planned</span>'  # "soon"
    assert cells(page, "e5")[0] == ""  # no date phrase at all: nothing to resolve, no label


def test_chronology_undated_row_says_why_in_its_cell_and_tip():
    """An event left undated on purpose carries its reason in ``date_rule`` (``undated:perfect-background``): the
    tip of its date cell says it, as an unresolved row's says why, and the cell a few grey words of it. Changed on
    purpose (ux31): the cell was left empty, and 1,600 blank cells with the reason in the hover alone could not be
    scanned. The rows stay in the frame's order under their heading, and the words are found by the search box (it
    reads the row's text), "ongoing" finding the ongoing ones."""
    frame = make_frame(e5={"date_start": None, "date_end": None, "event_date": None, "precision": "none",
                           "date_basis": "undated", "date_text": None, "date_rule": "undated:perfect-background"},
                       e6={"date_basis": "undated", "date_rule": "undated:planned"})
    page = chronology.section(frame)
    cell = re.search(r'<tr id="row-e5"[^>]*><td(?: tabindex="-1")? title="([^"]*)">(.*?)</td>', page).groups()
    assert (html.unescape(cell[0]), cell[1]) == (
        "undated: told in the perfect in the story's body: background, not the day's news (undated:perfect-background)",
        '<span class="o">background</span>')
    assert cells(page, "e6")[0] == '<span class="o">no day yet</span> <span class="p">planned</span>'
    assert row_ids(page) == ["e3", "e1", "e2", "e4"] + [i for i in frame["event_id"] if i in ("e5", "e6")]


def test_chronology_every_undated_reason_has_a_label():
    """A reason added to ``undated_why`` without words for the date cell would leave its rows blank again."""
    from timeline.events.undated_why import LABEL, MEANING

    assert set(LABEL) == set(MEANING)
    assert all(len(label) <= 18 for label in LABEL.values())  # one line of the 9.5em cell


def test_chronology_who_marks_a_missing_agent():
    """An event with a target and no agent ("Syria has been suspended") reads '(no agent named) → Syria', not 'Syria',
    which a reviewer took for the one who acted; the hover says it the same way."""
    frame = make_frame(e1={"actor1": None, "actor2": "Syria", "actors": ("Syria",)},
                       e3={"actor1": "Sergey Lavrov", "actor2": None, "actors": ("Sergey Lavrov", "Mevlut Cavusoglu")})
    page = chronology.section(frame)
    assert cells(page, "e1")[2] == "(no agent named) → Syria"
    assert cells(page, "e3")[2] == 'Sergey Lavrov <span class="o">+ Mevlut Cavusoglu</span>'
    hover = next(t.customdata[i][0] for t in render.figure(frame).data if t.customdata is not None
                 for i, c in enumerate(t.customdata) if c[1] == "e1")
    assert "who: (no agent named) → Syria" in hover.split("<br>")


@pytest.mark.parametrize("sentence,title", [(f"Lavrov said {SCRIPT} & <b>more</b> on Wednesday.",
                                             f"{SCRIPT} Lavrov & Co")])
def test_chronology_escapes_article_text(sentence, title):
    page = chronology.section(make_frame(e2={"sentence": sentence, "title": title, "location": "<Idlib>",
                                             "actors": ("<Lavrov>",), "actor1": "<Lavrov>"}))
    assert SCRIPT not in page and "<b>more" not in page and "<Idlib>" not in page and "<Lavrov>" not in page
    sentence_cell, article_cell = cells(page, "e2")[4:6]
    assert html.unescape(sentence_cell) == sentence
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Lavrov &amp; Co" in article_cell


@pytest.mark.parametrize("url,linked", [("https://tass.com/politics/1", True), ("javascript:alert(1)", False)])
def test_chronology_article_is_linked_to_its_url(url, linked):
    page = chronology.section(make_frame(e1={"url": url}))
    article = cells(page, "e1")[5]
    assert ('<a href="' + html.escape(url) + '"' in article) is linked
    # page47: in a tab of its own, so that the way back is no reload of the page with its filters and zoom lost
    assert ('target="_blank" rel="noopener noreferrer"' in article) is linked
    assert "US concerned by possibility of offensive in Idlib" in article
    assert "<a " not in cells(page, "e3")[5]  # no url: the title as text


def test_chronology_article_without_a_title_is_its_id():
    page = chronology.section(make_frame(e3={"title": None}))
    assert re.sub(r"<[^>]+>", "", cells(page, "e3")[5]) == "000_4ca74516ebb1d9ed"


def test_chronology_article_without_a_title_is_the_start_of_its_text():
    """A Timeline17 record has no title: its row names it by the start of its text (``Result.leads``), in italics,
    its id kept in the tip; a titled article keeps its title, and one with no lead known its id."""
    lead = 'Syrian forces shelled "Homs" <again> & more…'
    leads = {"000_4ca74516ebb1d9ed": lead}
    page = chronology.section(make_frame(e3={"title": None}), leads)
    cell = cells(page, "e3")[5]
    assert html.unescape(re.sub(r"<[^>]+>", "", cell)) == lead
    assert '<span class="s">' in cell and "<again>" not in cell  # escaped
    tip = html.unescape(re.search(r'title="([^"]*)"', cell).group(1))
    assert "000_4ca74516ebb1d9ed" in tip and "no title" in tip
    titled = chronology.section(make_frame(), leads)
    assert re.sub(r"<[^>]+>", "", cells(titled, "e3")[5]) != lead
    assert chronology.section(make_frame(e3={"title": None}), {"other": lead}) == chronology.section(
        make_frame(e3={"title": None}))


def test_chronology_date_phrase_is_marked_by_the_offsets_not_found_by_search():
    # "Monday, August 27" at the end of the sentence, the sentence at character 1000 of its article
    start = MEETING.index("Monday, August 27")
    frame = make_frame(e1={"char_start": 1000, "char_end": 1000 + len(MEETING), "date_char_start": 1000 + start,
                           "date_char_end": 1000 + start + len("Monday, August 27")})
    cell = cells(chronology.section(frame), "e1")[4]
    assert cell.count("<mark>") == 1 and cell.endswith("on <mark>Monday, August 27</mark>.")
    # a date phrase said twice: the offsets say which
    twice = "On Monday the talks began, and on Monday they ended."
    second = twice.rindex("on Monday")
    frame = make_frame(e3={"sentence": twice, "char_start": 50, "char_end": 50 + len(twice), "date_text": "on Monday",
                           "date_char_start": 50 + second, "date_char_end": 50 + second + 9})
    assert cells(chronology.section(frame), "e3")[4] == "On Monday the talks began, and <mark>on Monday</mark> they ended."


def test_chronology_marks_only_the_date_phrase_itself():
    """review A #1 (probe3): a merged event whose date is another report's ("Monday") with offsets into that
    report's article marked "Moscow" in this one; the words at the offsets must be the date phrase."""
    tuesday = "Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan in Moscow on Tuesday."
    at = tuesday.index("Moscow")
    frame = make_frame(e1={"sentence": tuesday, "char_start": 0, "char_end": len(tuesday), "date_text": "Monday",
                           "date_char_start": at, "date_char_end": at + 6})
    assert "<mark>" not in cells(chronology.section(frame), "e1")[4]
    frame = make_frame(e1={"sentence": tuesday, "char_start": 0, "char_end": len(tuesday), "date_text": "Tuesday",
                           "date_char_start": tuesday.index("Tuesday"), "date_char_end": len(tuesday) - 1})
    assert cells(chronology.section(frame), "e1")[4].endswith("on <mark>Tuesday</mark>.")


@pytest.mark.parametrize("offsets", [(None, None), (5, 2000), (-10, 3)])
def test_chronology_no_mark_without_offsets_inside_the_sentence(offsets):
    lo, hi = offsets
    frame = make_frame(e1={"date_char_start": lo, "date_char_end": hi})
    assert "<mark>" not in cells(chronology.section(frame), "e1")[4]


def test_chronology_shares_the_charts_type_and_escapes_quotes():
    """review A #9: one ``row_type`` for chart and list; the list's quoting escaper is not named as render's
    ``_esc``."""
    assert chronology.row_type is render.row_type and not hasattr(chronology, "_esc")
    assert chronology._attr('a "b" <c>') == "a &quot;b&quot; &lt;c&gt;"


def test_chronology_type_chip_has_the_charts_colour():
    page = chronology.section(make_frame())
    chip = re.search(r'<i class="(k\d+)"></i>meeting', page).group(1)
    assert f"#chronology .{chip}{{background:{render.type_color('meeting')}}}" in page


def test_chronology_rows_come_in_chunks_in_order():
    frame = pd.concat([make_frame()] * 40, ignore_index=True)
    frame["event_id"] = [f"x{i}" for i in range(len(frame))]
    page = chronology.section(frame)
    assert page.count('<div class="c"') == 3  # 200 dated rows in chunks of 100, then 40 undated ones
    dated = frame[frame["date_start"].notna()]
    expected = list(dated.sort_values("date_start", kind="stable")["event_id"]) + list(
        frame[frame["date_start"].isna()]["event_id"])
    assert row_ids(page) == expected


def test_chronology_frame_read_back_from_csv_is_the_same(tmp_path):
    frame = make_frame(e1={"date_char_start": 10, "date_char_end": 20, "url": "https://example.org/a?x=1&y=2"})
    frame.loc[frame["event_id"] == "e1", ["sources", "article_ids"]] = [2, "000_4ca74516ebb1d9ed; tass-1"]
    frame.to_csv(tmp_path / "events.csv", index=False)
    assert chronology.section(pd.read_csv(tmp_path / "events.csv")) == chronology.section(frame)


def test_chronology_is_in_the_page_under_the_chart(tmp_path):
    page = render.to_html(make_frame(), tmp_path / "t.html", title="Idlib").read_text(encoding="utf-8")
    assert page.count('<section id="chronology">') == 1
    assert page.index(f'id="{render.DIV_ID}"') < page.index('<section id="chronology">') < page.rindex("</body>")
    assert "1 event without a resolved date is listed below and in events.csv" in page


def test_chronology_date_cell_says_how_a_date_no_phrase_gives_was_found():
    """html40: half the dated rows of the 460-article bench (1,373 by their article's date, 411 by the day of the
    meeting or call their sentence retells) showed a bare "2018-08-30" beside a sentence with no date phrase, as a date
    the text gives is shown, the basis in the cell's tip alone. The cell now says it under the date, in grey, and its
    tip why; a date whose phrase is marked in the sentence says nothing more. The search box finds the words."""
    nauert = make_frame(e4={"date_text": None, "date_rule": "dateline/metadata"})  # "... Heather Nauert has told reporters."
    cell = re.search(r'<tr id="row-e4"[^>]*><td(?: tabindex="-1")? title="([^"]*)">(.*?)</td>', chronology.section(nauert)).groups()
    assert cell[1] == '2018-08-30 <span class="b">publication date</span>'  # (basis46: its record's date)
    assert html.unescape(cell[0]).startswith("no date in its clause: the article's publication date")
    # a statement retold from the meeting of its article: the meeting's day (``date_rule`` article/meeting)
    retold = make_frame(e2={"date_basis": "inferred", "date_rule": "article/retold_meeting", "date_text": None,
                            "date_char_start": None, "date_char_end": None})
    assert cells(chronology.section(retold), "e2")[0] == '2018-08-29 <span class="b">day of the meeting</span>'
    # counted from another date of the text, and a planned event's mark stays beside its date
    counted = make_frame(e2={"date_basis": "inferred", "date_rule": "unit_rel/anaphoric", "status": "planned"})
    assert cells(chronology.section(counted), "e2")[0] == (
        '2018-08-29 <span class="p">planned</span> <span class="b">inferred</span>')
    # an explicit date marked in its sentence: nothing more; its phrase not in the sentence (another report's): quoted
    start = MEETING.index("Monday, August 27")
    marked = make_frame(e1={"date_char_start": start, "date_char_end": start + len("Monday, August 27")})
    assert cells(chronology.section(marked), "e1")[0] == "2018-08-27"
    assert cells(chronology.section(make_frame()), "e1")[0] == (
        '2018-08-27 <span class="b">“Monday, August 27”</span>')
    # undated and unresolved rows keep their own words
    assert cells(chronology.section(make_frame()), "e6")[0] == '<span class="o">unresolved</span> <span class="p">planned</span>'


def test_chronology_basis_words_know_the_consult_family():
    """``basis_words`` keeps its own copy of the consult types (importing the extractor's would load it)."""
    from timeline.basis_words import CONSULT_KINDS
    from timeline.events.predicates import CONSULT_TYPES

    assert CONSULT_KINDS == CONSULT_TYPES


def test_chronology_date_cell_shows_the_days_other_reports_give():
    """html40: 49 merged events of the 460-article bench have reports that disagree on the day ("2011-03-15 (1);
    2011-03-18 (3)", ``dates_reported``); the list showed the chosen day alone, the others only in the chart's hover."""
    start = MEETING.index("Monday, August 27")
    frame = make_frame(e1={"date_char_start": start, "date_char_end": start + len("Monday, August 27")})
    frame.loc[frame["event_id"] == "e1", "dates_reported"] = "2018-08-27 (2); 2018-08-28 (1)"  # (a merged row's)
    cell = re.search(r'<tr id="row-e1"[^>]*><td(?: tabindex="-1")? title="([^"]*)">(.*?)</td>', chronology.section(frame)).groups()
    # (merge44: the number says what it counts, the sentences that give the day, as the hover counts them)
    assert cell[1] == '2018-08-27 <span class="b">other reports: 2018-08-28 (1 sentence)</span>'
    # (a frame without its mentions: events.csv's count, sentences too)
    assert html.unescape(cell[0]).endswith("dates reported: 2018-08-27 in 2 sentences, 2018-08-28 in 1")


def test_chronology_date_of_another_article_says_so():
    """merge44: a merged event whose reports disagree takes the day most articles give, with that report's basis, on
    its representative's row: "2022-07-15", the Jeddah communiqué's date, on a joint statement of 2022-07-16. Its cell
    and hover said "article's date" (or "inferred"), and the row's article has another date."""
    from timeline.basis_words import source, words

    row = {"date_basis": "dateline", "date_rule": "dateline/metadata", "date_start": "2022-07-15",
           "anchor_date": "2022-07-16"}
    assert words(row)[0] == source(row) == "another article's date"
    row = dict(row, date_basis="published")  # (basis46: as a table writes an event its record's date dates)
    assert words(row)[0] == source(row) == "another article's date"
    assert words(dict(row, anchor_date="2022-07-15")) == (
        "publication date", "no date in its clause: the article's publication date")
    assert source(dict(row, anchor_date="2022-07-15T10:00:00")) == "the article's publication date"


def test_chronology_rows_name_their_actors_for_the_who_filter():
    """html41: the "who" box filters by the actor columns alone (``data-w``: actor1, actor2, the participants), with
    every actor as a suggestion, the most active first, and the type picker has the legend's order."""
    frame = make_frame()
    page = chronology.section(frame)
    assert re.search(r'<tr id="row-e1"[^>]* data-w="Anatoly Antonov\|David Satterfield\|James Jeffrey"[ >]', page)
    assert re.search(r'<tr id="row-e5"[^>]* data-w=""[ >]', page)  # no actor
    options = re.findall(r'<option value="([^"]*)">(\d+) events?</option>', page)
    assert {a for a, _ in options} == {"Anatoly Antonov", "David Satterfield", "James Jeffrey", "Sergei Lavrov",
                                       "Sergey Lavrov", "Mevlut Cavusoglu", "Heather Nauert", "Vladimir Putin",
                                       "Tayyip Erdogan"}
    lavrov = make_frame(e3={"actors": ("Sergei Lavrov", "Mevlut Cavusoglu"), "actor1": "Sergei Lavrov"})
    assert '<option value="Sergei Lavrov">2 events</option>' in chronology.section(lavrov).split("<datalist")[1][:80]
    types = re.findall(r'<option value="([a-z]+)">\1 \((\d+)\)</option>', page)
    assert types == [("meeting", "1"), ("talks", "2"), ("statement", "2"), ("other", "1")]


@pytest.mark.parametrize("value, expected", [(3, 3), (3.0, 3), ("3", 3), (pd.NA, None), (float("nan"), None),
                                             (None, None), ("", None), ("x", None), (2.5, None)])
def test_cell_int_is_the_one_parser_of_an_integer_cell(value, expected):
    """reread44: ``merged_sources.heading`` read ``sources`` with ``int(float(...))`` and ``chronology`` its own
    ``_int``; both read a count or an offset through ``cells.cell_int`` now, so the hover's heading and the list's tip
    count the articles of the same cell alike."""
    from timeline.cells import cell_int
    from timeline.merged_sources import heading
    assert cell_int(value) == expected
    assert heading({"sources": value}, [])[0] == (f"reported by {expected} articles" if (expected or 0) > 1 else "")


def test_chronology_a_row_is_one_tab_stop_and_its_tips_are_its_parts():
    """keys49: a date cell's tip and a "+N more" tip are read on focus (``STYLE``'s :focus-visible shows the title in
    the row); page52: each was a tab stop, and the article's link another, two or three a row. A row is one tab stop
    and its tips and link are its parts (``PART``: focusable by the row's arrow keys, no tab stop); a cell without a
    tip is none. The chart's range buttons and lane names, tab stops the script makes, are outlined when focused
    (``KEY_STYLE``)."""
    frame = make_frame()
    frame.loc[frame["event_id"] == "e1", ["sources", "article_ids", "url"]] = [2, "t1; t2", "https://example.org/a"]
    page = chronology.section(frame)
    dated = re.search(r'<tr id="row-e1"[^>]* tabindex="0"><td tabindex="-1" title="([^"]*)">', page)
    assert dated and dated.group(1)
    row = re.search(r'<tr id="row-e1".*?</tr>', page, flags=re.S).group(0)
    assert re.search(r'<a href="https://example.org/a"[^>]* tabindex="-1" title="[^"]+">', row)
    assert re.search(r'<span class="o" tabindex="-1" title="[^"]+">\+1 more</span>', row)
    assert row.count('tabindex="0"') == 1  # the row's own
    assert chronology._tip("") == ' title=""'  # no tip: no part
    assert '[tabindex="-1"][title]:focus-visible::after{content:attr(title)' in page
    assert chronology.KEY_STYLE in page and ".updatemenu-button:focus-visible" in chronology.KEY_STYLE


def test_chronology_more_with_no_other_article_named_is_no_tab_stop():
    """page50: "+N more" wrote its tab stop by hand beside ``_tip``, a stop with an empty tip when an older table
    names no other article (``sources`` 2, no ``article_ids``); its tip is ``_tip``'s now, with no stop for none."""
    frame = make_frame()
    frame.loc[frame["event_id"] == "e1", "sources"] = 2
    page = chronology.section(frame)
    assert re.search(r'<tr id="row-e1".*?<span class="o" title="">\+1 more</span>', page)
