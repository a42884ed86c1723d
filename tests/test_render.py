"""Tests for timeline.render: the figure object first, the HTML file second."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from pathlib import Path

import pandas as pd
import pytest

from timeline import more_labels, render
from timeline.model import Event
from timeline.table import COLUMNS, to_frame

SEED = "000_4ca74516ebb1d9ed"
SEED_2017 = "003_a0fc1bd85d46184f"
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
SCRIPT = "<script>alert(1)</script>"

# Real sentences from the seed story (TASS, WASHINGTON, August 30, 2018) and,
# for the year-precision event, from a second seed story.
MEETING = ("Russia’s US ambassador, Anatoly Antonov, met with Assistant Secretary of State (Acting) "
           "for Near Eastern Affairs David Satterfield and United States Special Representative for "
           "Syria Engagement James Jeffrey on Monday, August 27.")
LAVROV = ("Russian Foreign Minister Sergei Lavrov said on Wednesday that terrorists in Idlib are trying "
          "to hold civilians hostage to be used as human shields and this festering ‘abscess’ has to "
          "be eliminated.")
TALKS = ("At their negotiations on August 24, Russian Foreign Minister Sergey Lavrov and his Turkish "
         "counterpart Mevlut Cavusoglu hashed over the situation in Idlib.")
NAUERT = ("The United States are concerned about the possibility of any kind of offensives in the "
          "Syrian province of Idlib and have informed Russia about this, US Secretary of State "
          "spokesperson Heather Nauert has told reporters.")
PUTIN = ("Russian President Vladimir Putin and his Turkish counterpart Tayyip Erdogan will discuss "
         "the Idlib situation soon focusing on separating the opposition from terrorists.")
ZONE = ("In 2017, a de-escalation zone was established in the region, where militants reluctant "
        "to lay down their arms can move together with their families.")

TITLE = "US concerned by possibility of offensive in Idlib — Department of State"

# (id, sentence, event_date, start, end, precision, date_text, basis, type, status, actors, location, flags)
ROWS = (
    ("e1", MEETING, "2018-08-27", "2018-08-27", "2018-08-27", "day", "Monday, August 27", "explicit",
     "meeting", "reported", ("Anatoly Antonov", "David Satterfield", "James Jeffrey"), None, ("year_from_dateline",)),
    ("e2", LAVROV, "2018-08-29", "2018-08-29", "2018-08-29", "day", "on Wednesday", "inferred",
     "statement", "reported", ("Sergei Lavrov",), None, ("weekday_before_anchor",)),
    ("e3", TALKS, "2018-08-24", "2018-08-24", "2018-08-24", "day", "on August 24", "explicit",
     "talks", "reported", ("Sergey Lavrov", "Mevlut Cavusoglu"), None, ()),
    ("e4", NAUERT, "2018-08-30", "2018-08-30", "2018-08-30", "day", "August 30", "dateline",
     "statement", "reported", ("Heather Nauert",), "Washington", ()),
    ("e5", ZONE, "2017", "2017-01-01", "2017-12-31", "year", "In 2017", "explicit",
     "other", "reported", (), "Idlib", ()),
    ("e6", PUTIN, None, None, None, "none", "soon", "unresolved",
     "talks", "planned", ("Vladimir Putin", "Tayyip Erdogan"), None, ("unresolved_date",)),
)


def make_events(**changes) -> list[Event]:
    """The sample events; ``changes`` maps an event id to field overrides."""
    events = []
    for (eid, sentence, date, start, end, precision, said, basis, etype, status, actors,
         place, flags) in ROWS:
        fields = dict(
            event_id=eid, event_date=date,
            date_start=dt.date.fromisoformat(start) if start else None,
            date_end=dt.date.fromisoformat(end) if end else None,
            precision=precision, date_text=said, date_basis=basis, event_type=etype, status=status,
            actors=actors, actor1=actors[0] if actors else None,
            actor2=actors[1] if len(actors) > 1 else None, location=place,
            location_basis="clause" if place else None, sentence=sentence,
            article_id=SEED_2017 if eid == "e5" else SEED, title=TITLE, source="TASS", url=None,
            char_start=0, char_end=len(sentence), flags=flags)
        fields.update(changes.get(eid, {}))
        events.append(Event(**fields))
    return events


def make_frame(**changes) -> pd.DataFrame:
    return to_frame(make_events(**changes))


def marker_traces(fig):
    """The drawn marker traces (the range slider's light ones, on the date axis itself, left out)."""
    return [t for t in fig.data if t.mode == "markers" and t.xaxis == render.DRAWN_AXIS]


def by_event_id(fig) -> dict[str, list[tuple]]:
    """event id -> [(trace, point index), ...] over the marker traces."""
    found: dict[str, list[tuple]] = {}
    for trace in marker_traces(fig):
        for i, cd in enumerate(trace.customdata):
            found.setdefault(cd[1], []).append((trace, i))
    return found


@pytest.mark.corpus
@pytest.mark.parametrize("stem,sentences", [
    (SEED, [MEETING, LAVROV, TALKS, NAUERT, PUTIN]),
    (SEED_2017, [ZONE]),
])
def test_render_sample_sentences_are_real(stem, sentences):
    path = CORPORA / "seeds" / f"{stem}.txt"
    if not path.exists():
        pytest.skip(f"{path} not found (shared corpora not beside the repo)")
    text = path.read_text(encoding="utf-8")
    for sentence in sentences:
        assert sentence in text


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_render_one_marker_trace_per_event_type(lanes):
    fig = render.figure(make_frame(), lanes=lanes)
    names = [t.legendgroup for t in marker_traces(fig)]
    assert sorted(names) == ["meeting", "other", "statement", "talks"]
    assert all(t.showlegend is not False for t in marker_traces(fig))
    # Span segments share the legend group, so a legend click hides them too.
    for trace in fig.data:
        if trace.mode == "lines":
            assert trace.legendgroup in names and trace.showlegend is False


@pytest.mark.parametrize("event_id,x", [("e1", "2018-08-27"), ("e2", "2018-08-29"),
                                        ("e3", "2018-08-24"), ("e4", "2018-08-30"),
                                        ("e5", "2017-01-01")])
def test_render_marker_x_is_date_start(event_id, x):
    fig = render.figure(make_frame())
    [(trace, i)] = by_event_id(fig)[event_id]
    assert trace.x[i] == x
    assert fig.layout.xaxis.type == "date"


@pytest.mark.parametrize("lanes,expected", [
    ("type", {"e1": ["meeting"], "e2": ["statement"], "e3": ["talks"], "e4": ["statement"],
              "e5": ["other"]}),
    ("actor", {"e1": ["Anatoly Antonov", "David Satterfield", "James Jeffrey"],
               "e2": ["Sergei Lavrov"], "e3": ["Mevlut Cavusoglu", "Sergey Lavrov"],
               "e4": ["Heather Nauert"], "e5": [render.NO_ACTOR]}),
])
def test_render_lanes(lanes, expected):
    fig = render.figure(make_frame(), lanes=lanes)
    ticks = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext))
    placed = {}
    for eid, hits in by_event_id(fig).items():
        # A point's lane is the tick nearest its y (stacking moves it < 0.5).
        labels = [ticks[round(trace.y[i])] for trace, i in hits]
        placed[eid] = sorted(label.split("</b>")[0].removeprefix("<b>") for label in labels)
    assert placed == {k: sorted(v) for k, v in expected.items()}


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_render_type_lanes_and_colors_are_stable(lanes):
    fig = render.figure(make_frame(), lanes=lanes)
    for trace in marker_traces(fig):
        assert trace.marker.color == render.TYPE_COLORS[trace.legendgroup]
    assert render.type_color("negotiate") == render.type_color("negotiate")
    assert render.type_color("negotiate") in render.FALLBACK_COLORS


def test_render_every_event_type_has_its_own_fixed_color():
    # a type left to the hashed fallback can share a colour with another ("mobilize" and "agreement" looked alike)
    from timeline.events import TYPES
    assert set(TYPES) <= set(render.TYPE_COLORS)
    assert len(set(render.TYPE_COLORS.values())) == len(render.TYPE_COLORS)
    assert list(render.TYPE_COLORS)[-1] == "other"


@pytest.mark.parametrize("event_id,start,end", [("e5", "2017-01-01", "2017-12-31")])
def test_render_imprecise_date_has_a_span_and_says_its_precision(event_id, start, end):
    fig = render.figure(make_frame())
    spans = [t for t in fig.data if t.mode == "lines"]
    assert len(spans) == 1 and spans[0].legendgroup == "other"
    assert list(spans[0].x) == [start, end, None]
    [(trace, i)] = by_event_id(fig)[event_id]
    assert spans[0].y[0] == trace.y[i]
    assert f"(year: {start} to {end})" in trace.customdata[i][0]


@pytest.mark.parametrize("count", [3])
def test_render_same_day_same_lane_points_are_stacked(count):
    same_day = {f"e{i}": {"date_start": dt.date(2018, 8, 27), "date_end": dt.date(2018, 8, 27),
                          "event_date": "2018-08-27", "precision": "day", "event_type": "meeting"}
                for i in range(1, count + 1)}
    fig = render.figure(make_frame(**same_day))
    [trace] = [t for t in marker_traces(fig) if t.legendgroup == "meeting"]
    assert len(trace.y) == count
    assert len(set(trace.y)) == count
    assert max(trace.y) - min(trace.y) < 1  # still inside the lane


@pytest.mark.parametrize("sentence", [f"Lavrov said {SCRIPT} and <b>bold</b> & more on Wednesday."])
def test_render_hover_escapes_article_text(sentence):
    fig = render.figure(make_frame(e2={"sentence": sentence, "title": "<i>t</i>"}), lanes="actor")
    [(trace, i)] = by_event_id(fig)["e2"]
    hover = trace.customdata[i][0]
    assert html.escape(SCRIPT, quote=False) in hover
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in hover
    assert "&lt;i&gt;t&lt;/i&gt;" in hover
    assert SCRIPT not in hover and "<b>bold" not in hover and "<i>" not in hover
    assert trace.hovertemplate == "%{customdata[0]}<extra></extra>"


@pytest.mark.parametrize("event_id,needles", [
    ("e1", ["<b>2018-08-27</b>", "(day)", "meeting", "who: Anatoly Antonov → David Satterfield + James Jeffrey",
            "Monday, August 27", SEED, "TASS", "flags: year_from_dateline"]),
    ("e5", ["<b>2017</b>", "year", "where: Idlib", SEED_2017]),
])
def test_render_hover_content(event_id, needles):
    fig = render.figure(make_frame())
    [(trace, i)] = by_event_id(fig)[event_id]
    hover = trace.customdata[i][0]
    for needle in needles:
        assert needle in hover
    lines = hover.split("<br>")
    assert max(len(html.unescape(line)) for line in lines) <= render.WRAP_WIDTH + 40


@pytest.mark.parametrize("planned_id", ["e4"])
def test_render_planned_events_are_open_markers(planned_id):
    fig = render.figure(make_frame(**{planned_id: {"status": "planned"}}))
    for eid, hits in by_event_id(fig).items():
        for trace, i in hits:
            expected = "circle-open" if eid == planned_id else "circle"
            assert trace.marker.symbol[i] == expected
    assert "1 planned" in fig.layout.title.subtitle.text


@pytest.mark.parametrize("n_unresolved", [1, 3])
def test_render_unresolved_events_are_counted_not_dropped(n_unresolved):
    extra = {f"e{i}": {"date_start": None, "date_end": None, "event_date": None,
                       "precision": "none", "date_basis": "unresolved"}
             for i in range(1, n_unresolved)}
    fig = render.figure(make_frame(**extra))
    subtitle = fig.layout.title.subtitle.text
    verb = "is" if n_unresolved == 1 else "are"
    assert f"{n_unresolved} event{'s' if n_unresolved > 1 else ''} without a resolved date {verb} listed below and in events.csv" in subtitle
    assert "e6" not in by_event_id(fig)
    assert sum(len(t.x) for t in marker_traces(fig)) == 6 - n_unresolved


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_render_figure_has_zoom_and_range_slider(lanes):
    fig = render.figure(make_frame(), lanes=lanes, title="Idlib <2018>")
    assert fig.layout.xaxis.rangeslider.visible is True
    assert fig.layout.xaxis.rangeslider.thickness == 0.1  # a tenth of the plot: a comment once swallowed the key
    assert fig.layout.dragmode == "zoom"
    assert fig.layout.legend.itemclick == "toggle"
    assert fig.layout.title.text == "Idlib &lt;2018&gt;"
    assert fig.layout.height >= 300


@pytest.mark.parametrize("frame", [
    pd.DataFrame(columns=list(COLUMNS)),
    to_frame([]),
])
def test_render_empty_frame_says_no_events(frame, tmp_path):
    fig = render.figure(frame)
    assert len(fig.data) == 0
    assert "No events" in fig.layout.annotations[0].text
    page = render.to_html(frame, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No events to show" in page and "</html>" in page


@pytest.mark.parametrize("n", [2])
def test_render_only_unresolved_events_are_counted(n):
    frame = make_frame()
    frame = frame[frame["date_start"].isna()]
    frame = pd.concat([frame] * n, ignore_index=True)
    fig = render.figure(frame)
    assert len(fig.data) == 0
    assert f"{n} events without a resolved date are listed below and in events.csv" in fig.layout.annotations[0].text


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_render_frame_read_back_from_csv(lanes, tmp_path):
    make_frame().to_csv(tmp_path / "events.csv", index=False)
    fig = render.figure(pd.read_csv(tmp_path / "events.csv"), lanes=lanes)
    direct = render.figure(make_frame(), lanes=lanes)
    assert fig.to_plotly_json() == direct.to_plotly_json()


@pytest.mark.parametrize("lanes", ["sideways"])
def test_render_rejects_unknown_lanes(lanes):
    with pytest.raises(ValueError, match="lanes"):
        render.figure(make_frame(), lanes=lanes)


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_render_html_is_deterministic(lanes, tmp_path):
    a = render.to_html(make_frame(), tmp_path / "a.html", lanes=lanes, title="Idlib")
    b = render.to_html(make_frame(), tmp_path / "b.html", lanes=lanes, title="Idlib")
    assert a.read_bytes() == b.read_bytes()
    assert f'id="{render.DIV_ID}"' in a.read_text(encoding="utf-8")


@pytest.mark.parametrize("lanes", ["type"])
def test_render_html_is_self_contained(lanes, tmp_path):
    page = render.to_html(make_frame(), tmp_path / "t.html", lanes=lanes).read_text(encoding="utf-8")
    # plotly.js mentions URLs in its own code; what matters is that no tag loads one.
    assert re.findall(r"<script\b[^>]*\bsrc\s*=", page, flags=re.I) == []
    assert re.findall(r"<link\b", page, flags=re.I) == []
    assert re.findall(r"<(?:img|iframe)\b[^>]*\bsrc\s*=\s*[\"']?https?:", page, flags=re.I) == []
    assert len(page) > 1_000_000  # plotly.js is inlined
    assert "<title>Timeline of 2 articles</title>" in page  # the frame has no anchor dates: no span
    assert SCRIPT not in page


@pytest.mark.parametrize("outliers", [("1201-01-01", "2049-01-01")])
def test_render_initial_view_focuses_on_the_bulk(outliers):
    """A few far-away dates ("the 13th century", "until 2049") must not squash the chronology."""
    rows = []
    for i in range(40):
        day = (dt.date(2018, 8, 1) + dt.timedelta(days=i)).isoformat()
        rows.append({"event_id": f"e{i}", "event_date": day, "date_start": day, "date_end": day,
                     "precision": "day", "event_type": "meeting", "status": "reported", "sentence": "x"})
    for i, day in enumerate(outliers):
        rows.append({"event_id": f"o{i}", "event_date": day[:4], "date_start": day, "date_end": day[:4] + "-12-31",
                     "precision": "year", "event_type": "other", "status": "reported", "sentence": "y"})
    fig = render.figure(pd.DataFrame(rows))
    view = [dt.date.fromisoformat(d[:10]) for d in fig.layout.xaxis.range]
    slider = [dt.date.fromisoformat(d[:10]) for d in fig.layout.xaxis.rangeslider.range]
    assert view[0] > dt.date(2018, 1, 1) and view[1] < dt.date(2019, 1, 1)
    # The slider starts at the view (a 850-year slider showed the bulk as a sliver one could not grab);
    # the "all" button shows, and widens the slider to, the whole span.
    assert slider == view
    buttons = {b.label: b.args[0] for b in fig.layout.updatemenus[0].buttons}
    everything = [dt.date.fromisoformat(d[:10]) for d in buttons["all"]["xaxis.range"]]
    assert everything[0] < dt.date(1201, 1, 2) and everything[1] > dt.date(2049, 1, 1)
    assert buttons["all"]["xaxis.rangeslider.range"] == buttons["all"]["xaxis.range"]
    assert buttons["most events"]["xaxis.range"] == list(fig.layout.xaxis.range)
    # each range named: the events' months, and the first view's days (newuser44: three ranges, unnamed)
    assert "zoomed to 1 Aug – 9 Sep 2018, where most events are (40 of 42)" in fig.layout.title.subtitle.text
    assert fig.layout.title.subtitle.text.startswith("42 events dated Jan 1201 – Dec 2049<br>")


@pytest.mark.parametrize("years", [("2035", "2049")])
def test_render_small_set_focuses_on_its_precise_dates(years):
    """A small set (the samples) whose day-dated events sit in 2018-2024 and two year-dated outliers far
    ahead: the first view is the day-dated span, the "all" button shows the rest."""
    rows = []
    for i, day in enumerate(["2018-08-24", "2018-08-27", "2018-08-29", "2024-12-26", "2024-12-26"]):
        rows.append({"event_id": f"e{i}", "event_date": day, "date_start": day, "date_end": day,
                     "precision": "day", "event_type": "meeting", "status": "reported", "sentence": "x"})
    for i, year in enumerate(years):
        rows.append({"event_id": f"y{i}", "event_date": year, "date_start": f"{year}-01-01",
                     "date_end": f"{year}-12-31", "precision": "year", "event_type": "other", "status": "planned",
                     "sentence": "y"})
    fig = render.figure(pd.DataFrame(rows))
    view = [dt.date.fromisoformat(d[:10]) for d in fig.layout.xaxis.range]
    assert view[0] > dt.date(2018, 1, 1) and view[1] < dt.date(2025, 6, 1)
    assert "zoomed" in fig.layout.title.subtitle.text


@pytest.mark.parametrize("minor", [60])
def test_render_actor_lanes_past_the_limit_share_one_lane(minor):
    """A real set names hundreds of actors once or twice (361 lanes for 141 articles): the most active
    keep their lanes, the rest share one, where an event of several of them is drawn once."""
    rows = []
    for i in range(5):
        day = f"2012-03-0{i + 1}"
        rows.append({"event_id": f"k{i}", "event_date": day, "date_start": day, "date_end": day, "precision": "day",
                     "event_type": "statement", "actors": "Kofi Annan", "actor1": "Kofi Annan", "sentence": "x"})
    for i in range(minor):
        day = (dt.date(2012, 3, 1) + dt.timedelta(days=i % 20)).isoformat()
        actors = f"Minor {i:02d}; Minor {(i + 1) % minor:02d}"
        rows.append({"event_id": f"m{i}", "event_date": day, "date_start": day, "date_end": day,
                     "precision": "day", "event_type": "meeting", "actors": actors, "actor1": f"Minor {i:02d}",
                     "sentence": "y"})
    rows.append({"event_id": "n", "event_date": "2012-03-02", "date_start": "2012-03-02", "date_end": "2012-03-02",
                 "precision": "day", "event_type": "other", "sentence": "z"})
    fig = render.figure(pd.DataFrame(rows), lanes="actor")
    labels = [t.split("</b>")[0].removeprefix("<b>") for t in fig.layout.yaxis.ticktext]
    assert len(labels) == render.MAX_ACTOR_LANES
    assert labels[0] == "Kofi Annan" and labels[-2:] == [render.OTHER_ACTORS, render.NO_ACTOR]
    ticks = dict(zip(fig.layout.yaxis.tickvals, labels))
    kept = set(labels[1:-2])
    for eid, hits in by_event_id(fig).items():
        lanes = [ticks[round(trace.y[i])] for trace, i in hits]
        assert len(lanes) == len(set(lanes))  # never twice in one lane
        if eid.startswith("m"):
            both = {f"Minor {int(eid[1:]):02d}", f"Minor {(int(eid[1:]) + 1) % minor:02d}"}
            assert set(lanes) == (both & kept) | ({render.OTHER_ACTORS} if both - kept else set())
    folded = minor - len(kept)
    assert f"the {folded} others share the lane {render.OTHER_ACTORS} (the list's “who” box finds any of them" in fig.layout.title.subtitle.text


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_render_few_actor_lanes_are_not_folded(lanes):
    fig = render.figure(make_frame(), lanes=lanes)
    assert render.OTHER_ACTORS not in " ".join(fig.layout.yaxis.ticktext)
    assert "share the lane" not in fig.layout.title.subtitle.text


def test_render_range_buttons_set_fixed_ranges():
    """Plotly's range selector counts back from the end of the current view: after "all" its "1y" showed
    the empty year before a "21st century" span's end. The buttons set fixed ranges instead."""
    rows = []
    for i in range(30):
        day = (dt.date(2012, 1, 1) + dt.timedelta(days=3 * i)).isoformat()
        rows.append({"event_id": f"e{i}", "event_date": day, "date_start": day, "date_end": day,
                     "precision": "day", "event_type": "meeting", "sentence": "x"})
    rows.append({"event_id": "c", "event_date": "21st century", "date_start": "2000-01-01",
                 "date_end": "2099-12-31", "precision": "century", "event_type": "other", "sentence": "y"})
    fig = render.figure(pd.DataFrame(rows))
    buttons = {b.label: b.args[0] for b in fig.layout.updatemenus[0].buttons}
    assert list(buttons) == ["last week", "last month", "last 6 months", "last year", "most events", "all"]
    last = "2012-03-29"  # the day after the latest day-dated event (2012-03-28), not 2099
    assert buttons["last week"]["xaxis.range"] == ["2012-03-22", last]
    assert buttons["last year"]["xaxis.range"][1] == last
    assert buttons["all"]["xaxis.range"][1] > "2099-12-31"
    assert all(b.method == "relayout" for b in fig.layout.updatemenus[0].buttons)
    assert not fig.layout.xaxis.rangeselector.buttons


def test_render_range_buttons_count_back_from_the_first_views_latest_day():
    """One far planned day ("on March 3, 2030") is left out of the zoomed first view; "last week" counted back from
    it and showed an empty week. The buttons count back from the latest precise day of the first view."""
    rows = []
    for i in range(60):
        day = (dt.date(2012, 1, 1) + dt.timedelta(days=2 * i)).isoformat()
        rows.append({"event_id": f"e{i}", "event_date": day, "date_start": day, "date_end": day,
                     "precision": "day", "event_type": "meeting", "sentence": "x"})
    rows.append({"event_id": "far", "event_date": "2030-03-03", "date_start": "2030-03-03", "date_end": "2030-03-03",
                 "precision": "day", "event_type": "summit", "status": "planned", "sentence": "y"})
    fig = render.figure(pd.DataFrame(rows))
    buttons = {b.label: b.args[0] for b in fig.layout.updatemenus[0].buttons}
    assert "most events" in buttons and buttons["most events"]["xaxis.range"][1] < "2030"
    assert buttons["last week"]["xaxis.range"] == ["2012-04-22", "2012-04-29"]
    assert buttons["all"]["xaxis.range"][1] > "2030-03-03"


@pytest.mark.parametrize("late", ["2012-06-20"])
def test_render_first_view_and_last_week_reach_the_newest_news(late):
    """The 2nd-98th percentile of the precise days left the newest articles' news out of the first view, and "last
    week" counted back from the 98th percentile: on the White House readouts it showed 17-24 Nov 2025 while two
    articles of Feb 2026 reported events of their day. A reported event no later than its article is no outlier;
    a planned one, or one dated after its article (a misread year), still is."""
    rows = []
    for i in range(200):  # two a day, 1 January to 9 April: the 98th percentile is the last of them
        day = (dt.date(2012, 1, 1) + dt.timedelta(days=i // 2)).isoformat()
        rows.append({"event_id": f"e{i}", "event_date": day, "date_start": day, "date_end": day, "anchor_date": day,
                     "precision": "day", "event_type": "meeting", "status": "reported", "sentence": "x"})
    extra = [("news", late, late, "reported"), ("plan", "2012-09-01", late, "planned"),
             ("misread", "2012-11-01", late, "reported"), ("far", "2030-03-03", late, "planned")]
    for eid, day, anchor, status in extra:
        rows.append({"event_id": eid, "event_date": day, "date_start": day, "date_end": day, "anchor_date": anchor,
                     "precision": "day", "event_type": "summit", "status": status, "sentence": "y"})
    fig = render.figure(pd.DataFrame(rows))
    buttons = {b.label: b.args[0] for b in fig.layout.updatemenus[0].buttons}
    assert buttons["last week"]["xaxis.range"] == ["2012-06-14", "2012-06-21"]
    view = fig.layout.xaxis.range
    assert late < view[1] < "2012-09-01"  # the news in view; the plan, the misread day and 2030 left to "all"
    assert buttons["all"]["xaxis.range"][1] > "2030-03-03"
    without = pd.DataFrame([r for r in rows if r["event_id"] != "news"])
    assert render.figure(without).layout.updatemenus[0].buttons[0].args[0]["xaxis.range"][1] == "2012-04-10"


@pytest.mark.parametrize("points,size", [(5, 12), (300, 12), (301, 9), (1000, 9), (1001, 7)])
def test_render_marker_size_shrinks_for_big_sets(points, size):
    assert render._marker_size(points) == size


def test_render_hover_wraps_a_long_actor_list():
    actors = [f"Council of Institutes number {i}" for i in range(8)]
    fig = render.figure(make_frame(e2={"actors": actors}))
    [(trace, i)] = by_event_id(fig)["e2"]
    lines = trace.customdata[i][0].split("<br>")
    assert max(len(line) for line in lines) <= render.WRAP_WIDTH + 10
    assert any(line.startswith("who: Sergei Lavrov + Council of Institutes number 0,") for line in lines)


def test_render_hover_says_who_acts_toward_whom_and_the_typing_word():
    """A reviewer reads the type against the word that typed it, and who acted toward whom, not a bare list of names
    (a joint statement's hover listed 'actors: Australia; Bahrain; Canada ...' in whatever order)."""
    fig = render.figure(make_frame(e1={"trigger": "met", "actors": ("David Satterfield", "Anatoly Antonov", "James Jeffrey")},
                                   e5={"trigger": None}))
    [(trace, i)] = by_event_id(fig)["e1"]
    lines = trace.customdata[i][0].split("<br>")
    assert "<b>meeting</b> · reported · typed by “met”" in lines
    assert "who: Anatoly Antonov → David Satterfield + James Jeffrey" in lines
    [(trace, i)] = by_event_id(fig)["e5"]
    hover = trace.customdata[i][0]
    assert "typed by" not in hover and "who:" not in hover  # no trigger, no actor: no empty labels


def manifest(*rows) -> pd.DataFrame:
    """An articles.csv: rows of (status, title, anchor_date)."""
    return pd.DataFrame([{"article_id": f"a{i}", "status": status, "title": title, "anchor_date": date}
                         for i, (status, title, date) in enumerate(rows)])


LONG_TITLE = ("Russian Foreign Minister Sergei Lavrov says the festering abscess in Idlib has to be "
              "eliminated, calls on Turkey to separate the opposition from terrorists")


@pytest.mark.parametrize("rows,expected", [
    # the articles read (skipped ones were not) and the months of their dates
    ([("ok", "A", "2011-03-17"), ("ok", "B", "2012-08-14"), ("ok", None, "2024-12-26"),
      ("skipped", None, None)], "Timeline of 3 articles dated Mar 2011 – Dec 2024"),
    ([("ok", "A", "2011-12-02"), ("ok", "B", "2011-03-17")], "Timeline of 2 articles dated Mar–Dec 2011"),
    ([("ok", "A", "2018-08-30"), ("ok", "B", "2018-08-27"), ("ok", "C", None)],
     "Timeline of 3 articles dated Aug 2018"),
    ([("ok", "A", None), ("ok", "B", None)], "Timeline of 2 articles"),  # no dates: no span
    # one article: its title; without one, the count and month
    ([("ok", "Russia imposes state of emergency", "2020-12-01"), ("skipped", None, None)],
     "Russia imposes state of emergency"),
    ([("ok", None, "2018-08-30")], "Timeline of 1 article dated Aug 2018"),
    ([("ok", "  ", "2018-08-30")], "Timeline of 1 article dated Aug 2018"),
    ([("ok", LONG_TITLE, "2018-08-30")],
     "Russian Foreign Minister Sergei Lavrov says the festering abscess in Idlib has to be …"),
    ([("skipped", None, None)], "Timeline: no articles read"),
    # a failed article (its processing raised: no events) is not in the timeline either
    ([("ok", "Russia imposes state of emergency", "2020-12-01"), ("failed", "B", "2012-08-14")],
     "Russia imposes state of emergency"),
    ([("failed", "B", "2012-08-14")], "Timeline: no articles read"),
    ([], "Timeline: no articles read"),
])
def test_render_default_title_says_what_the_timeline_holds(rows, expected):
    title = render.default_title(make_frame(), manifest(*rows))
    assert title == expected
    assert len(title) <= render.MAX_TITLE + 2


@pytest.mark.parametrize("changes,expected", [
    # an events frame alone: the articles that report its events, and their dates
    ({"e1": {"anchor_date": dt.date(2018, 8, 30)}, "e5": {"anchor_date": dt.date(2017, 11, 3)}},
     "Timeline of 2 articles dated Nov 2017 – Aug 2018"),
    ({}, "Timeline of 2 articles"),
    ({"e5": {"article_id": SEED}}, TITLE),  # one article: its title
])
def test_render_default_title_from_the_events_alone(changes, expected):
    assert render.default_title(make_frame(**changes)) == expected


@pytest.mark.parametrize("title", [SCRIPT, "Idlib <2018> & Co"])
def test_render_default_title_is_escaped_in_heading_and_tab(title, tmp_path):
    articles = manifest(("ok", title, "2018-08-30"))
    page = render.to_html(make_frame(), tmp_path / "t.html", articles=articles).read_text(encoding="utf-8")
    assert SCRIPT not in page
    tab = re.search(r"<title>(.*?)</title>", page).group(1)
    assert html.unescape(tab) == title
    fig = render.figure(make_frame(), articles=articles)
    assert html.unescape(fig.layout.title.text) == title


@pytest.mark.parametrize("title,expected", [
    ("Idlib, August 2018", "Idlib, August 2018"),  # --title overrides the default
    ("", "Timeline of 1 article dated Aug 2018"),  # an empty one does not
    (None, "Timeline of 1 article dated Aug 2018"),
])
def test_render_title_override_heads_the_page_and_names_the_tab(title, expected, tmp_path):
    articles = manifest(("ok", None, "2018-08-30"))
    page = render.to_html(make_frame(), tmp_path / "t.html", title=title,
                          articles=articles).read_text(encoding="utf-8")
    assert re.findall(r"<title>(.*?)</title>", page)[0] == html.escape(expected)
    assert page.count("<title>") == 2  # the tab's and plotly's logo's
    head = page[:page.index("</head>")]
    assert head.index('<meta charset="utf-8" />') < head.index(f"<title>{html.escape(expected)}</title>")
    fig = render.figure(make_frame(), title=title, articles=articles)
    assert fig.layout.title.text == html.escape(expected, quote=False)


@pytest.mark.parametrize("count", [4, 30])
def test_render_a_tall_stack_stays_in_its_lane_with_a_more_marker(count):
    """30 statements on one day in one lane were squeezed into a bar that ran into the next lane (ux30's list, the
    thirtieth session): every marker stays inside its lane, whole, and past what fits a "+N more" point lists the
    rest in its hover; no event is lost."""
    frame = make_frame(e1={"date_start": dt.date(2018, 8, 27), "date_end": dt.date(2018, 8, 27),
                           "event_date": "2018-08-27", "precision": "day", "event_type": "meeting"})
    first = frame[frame["event_id"] == "e1"]
    copies = pd.concat([first.assign(event_id=f"m{i}") for i in range(count - 1)])
    fig = render.figure(pd.concat([frame, copies], ignore_index=True))
    [trace] = [t for t in marker_traces(fig) if t.legendgroup == "meeting"]
    lanes = len(fig.layout.yaxis.tickvals)
    lane_px, marker_px = render._lane_height(lanes), trace.marker.size
    more = [t for t in fig.data if t.name == "more"]
    ys = list(trace.y) + [y for t in more for y in t.y]
    lane = round(min(ys))
    assert all(abs(y - lane) * lane_px + marker_px / 2 < lane_px / 2 for y in ys)
    if count == 4:
        assert not more and len(trace.y) == count
        return
    [more] = more
    hidden = count - len(trace.y)
    assert more.text is None and len(set(ys)) == len(ys)  # the "+N" is an annotation (more_labels), not in the slider
    [label] = [a for a in fig.layout.annotations if a.name == more_labels.NAME]
    assert label.text == f"+{hidden}" and (label.x, label.y) == (more.x[0], more.y[0]) and label.visible is False
    hover = more.customdata[0][0]
    assert f"+{hidden} more on 2018-08-27" in hover and hover.count("<b>meeting</b>") == min(hidden, render.MORE_LISTED)
    assert f"… and {hidden - render.MORE_LISTED} more" in hover
    assert trace.name.endswith(f"({count})")  # the legend counts them all


# Reuters, 9 and 10 September 2011: one wire paragraph in two stories, and the BBC's retelling the same day
EU_BAN = ("The European Union, which banned imports of Syrian crude oil last week, moved closer on Friday to banning "
          "investment in the oil industry, EU diplomats said.")
EU_BAN_BBC = "The EU has banned imports of Syrian oil, and is now looking at a ban on investment in the oil sector."


def _eu_ban(eid: str, article: str, anchor: str, sentence: str = EU_BAN, title: str | None = None) -> Event:
    return Event(event_id=eid, event_date="2011-W35", date_start=dt.date(2011, 8, 29), date_end=dt.date(2011, 9, 4),
                 precision="week", date_text="last week", date_basis="explicit", event_type="sanction",
                 status="reported", actors=("European Union",), actor1="European Union", actor2=None, location=None,
                 location_basis=None, sentence=sentence, article_id=article, title=title, source="Reuters", url=None,
                 char_start=0, char_end=len(sentence), trigger="banned imports", event_family="sanction",
                 anchor_date=dt.date.fromisoformat(anchor))


def test_render_hover_of_a_merged_event_shows_each_other_report_with_its_article():
    """A reviewer checks a merge in the page: the other reports' sentences, cut, each named by its article's title,
    else its date and id (events.csv's source_sentences has them whole)."""
    from timeline import chronology
    from timeline.merge import merge
    from timeline.merged_sources import reports as by_event
    from timeline.table import mentions_frame

    reports = [_eu_ban("m1", "t17-reuters-255", "2011-09-10"), _eu_ban("m2", "t17-reuters-69", "2011-09-09"),
               _eu_ban("m3", "bbc-1", "2011-09-09", EU_BAN_BBC, title="Syria unrest: EU weighs oil investment ban")]
    events, membership = merge(reports)
    frame, mentions = to_frame(events), mentions_frame(reports, membership)
    [row] = frame.to_dict("records")
    assert row["sources"] == 3
    hover = render._hover(row, by_event(mentions))
    text = html.unescape(hover.replace("<br>", " "))
    assert "reported by 3 articles" in text
    labels = {"t17-reuters-255": "2011-09-10 · t17-reuters-255", "t17-reuters-69": "2011-09-09 · t17-reuters-69",
              "bbc-1": "Syria unrest: EU weighs oil investment ban"}
    for e in reports:
        if e.article_id != row["article_id"]:
            assert f"· {labels[e.article_id]}: “{e.sentence[:40]}" in text
    assert max(len(html.unescape(line)) for line in hover.split("<br>")) <= render.WRAP_WIDTH + 40
    # without the mentions (a frame read back from events.csv alone): the other sentences, without their articles
    bare = html.unescape(render._hover(row).replace("<br>", " "))
    assert "· “The European Union, which banned imports" in bare
    # the page: the hover, and the "+2 more" tip of the row in the list under the chart
    fig = render.figure(frame, mentions=mentions)
    [(trace, i)] = by_event_id(fig)[row["event_id"]]
    assert trace.customdata[i][0] == hover
    listed = chronology.section(frame, reports=by_event(mentions))
    assert "+2 more" in listed and html.escape("2011-09-09 · t17-reuters-69: “The European Union, which") in listed


def test_render_hover_of_an_event_told_twice_in_one_article():
    from timeline.merge import merge

    day = {"event_date": "2011-09-09", "date_start": dt.date(2011, 9, 9), "date_end": dt.date(2011, 9, 9),
           "precision": "day", "date_text": "Friday"}
    first = dataclasses.replace(_eu_ban("m1", "t17-reuters-69", "2011-09-09"), **day)
    again = dataclasses.replace(_eu_ban("m2", "t17-reuters-69", "2011-09-09", "EU governments on Friday moved "
                                        "closer to banning investment in Syria's oil industry."), char_start=300, **day)
    events, _ = merge([first, again])
    assert len(events) == 1
    hover = html.unescape(render._hover(to_frame(events).to_dict("records")[0]).replace("<br>", " "))
    assert "told again in the article" in hover and "reported by" not in hover
    assert "“EU governments on Friday moved closer" in hover or "“The European Union, which banned" in hover


def test_render_hover_names_an_untitled_article_by_the_start_of_its_text():
    """The chart's hover "source:" line named an untitled article (Timeline17's records) by its id alone, where the
    list under the chart shows the start of its text: the hover shows that start too (``leads``), with the id after
    it for a lookup in events.csv; a titled article keeps its title."""
    untitled = to_frame([_eu_ban("e1", "t17-reuters-69", "2011-09-09")])
    lead = "The European Union, which banned imports of Syrian crude oil last week, …"
    fig = render.figure(untitled, leads={"t17-reuters-69": lead})
    [hover] = [cd[0] for trace in fig.data for cd in (trace.customdata or ())]
    source = html.unescape(hover.replace("<br>", " ")).split("source: ", 1)[1]
    assert source.startswith(f"“{lead}” · Reuters · t17-reuters-69")
    titled = to_frame([_eu_ban("e1", "bbc-1", "2011-09-09", title="Syria unrest: EU weighs oil investment ban")])
    hover = render._hover(titled.to_dict("records")[0], leads={"bbc-1": "ignored"})
    assert "source: Syria unrest: EU weighs oil investment ban · Reuters · bbc-1" in hover
    assert "ignored" not in hover


def test_render_hover_says_where_a_date_no_phrase_gives_came_from():
    """html40: "date from: (dateline)" told a reviewer a table's token; the hover now names the source, as the list's
    date cell does (``basis_words``), and quotes the phrase when there is one."""
    frame = make_frame(e4={"date_text": None, "date_rule": "dateline/metadata"},
                       e2={"date_basis": "inferred", "date_rule": "article/call", "date_text": None})
    fig = render.figure(frame)
    hover = {eid: found[0][0].customdata[found[0][1]][0] for eid, found in by_event_id(fig).items()}
    assert "date from: the article's publication date (published)" in hover["e4"]  # (basis46: its record's date)
    assert "date from: the day of the call (inferred)" in hover["e2"]
    assert "date from: “Monday, August 27” (explicit)" in hover["e1"]


def test_render_page_has_no_button_that_uploads_the_chart():
    """html40: plotly.js 4 draws a "Share chart..." button by default, which uploads the figure (every event's sentence,
    in its hover) to cloud.plotly.com: no such button in a page meant to keep the articles on the machine (the browser
    test reads the drawn buttons)."""
    assert render.PAGE_CONFIG["showSendToCloud"] is False
    assert "sendChartToCloud" in render.PAGE_CONFIG["modeBarButtonsToRemove"]


def test_render_hover_lists_a_few_other_reports_and_counts_the_rest():
    """html41: a merged event's hover listed up to seven other reports of three wrapped lines each, and the bench's
    longest hovers (39 lines, about 610 px) ran off a 768 px window; it lists HOVER_REPORTS and counts the rest, which
    the list's row names (its "+N more" tip keeps them all)."""
    from timeline import chronology
    from timeline.merge import merge
    from timeline.merged_sources import reports as by_event
    from timeline.table import mentions_frame

    articles = [f"t17-reuters-{n}" for n in range(60, 67)]
    reports = [_eu_ban(f"m{i}", a, "2011-09-09", sentence=EU_BAN if not i else f"{EU_BAN_BBC} ({a})")
               for i, a in enumerate(articles)]
    events, membership = merge(reports)
    frame, mentions = to_frame(events), mentions_frame(reports, membership)
    [row] = frame.to_dict("records")
    assert row["sources"] == 7
    lines = render._hover(row, by_event(mentions)).split("<br>")
    listed = [line for line in lines if line.startswith("· ")]
    assert len(listed) == render.HOVER_REPORTS + 1 and "… and 3 more reports" in listed[-1]
    assert "the list under the chart has them all" in " ".join(lines)
    tip = chronology.section(frame, reports=by_event(mentions))
    assert sum(f"2011-09-09 · {a}: " in tip for a in articles) == 6  # the list names all six


def test_render_page_writes_each_hover_once_with_its_markup_as_written(tmp_path):
    """html41: plotly's JSON wrote each hover's <br> as \\u003cbr\\u003e (14 bytes for 4), and with actor lanes an
    event's hover was copied into the lane of each of its actors (the 460-article bench: 4.2 MB of hovers in a
    13.6 MB page). The page holds each hover once (``hover_table``), its markup as written, and the markers hold its
    number, which the page's script turns back into the hover before the chart is drawn."""
    from plotly.io.json import to_json_plotly
    from timeline import hover_table

    frame = make_frame()
    page = render.to_html(frame, tmp_path / "timeline.html", lanes="actor").read_text(encoding="utf-8")
    fig = render.figure(frame, lanes="actor")
    meeting = next(t.customdata[i][0] for t in marker_traces(fig) for i, cd in enumerate(t.customdata)
                   if cd[1] == "e1")
    assert sum(cd[1] == "e1" for t in marker_traces(fig) for cd in t.customdata) == 3  # three lanes
    script = page[page.index(f"var {hover_table.NAME}"):]
    script = script[:script.index("</script>")]
    who, source = (next(line for line in meeting.split("<br>") if line.startswith(k)) for k in ("who:", "source:"))
    assert page.count(who) == 1 and script.count(source) == 1  # one event in three lanes; five events of one article
    assert sum(source in t.customdata[i][0] for t in marker_traces(fig) for i in range(len(t.customdata))) > 5
    assert "“" in page and "\\u201c" not in page  # (the typing word's quotes, as written)
    data = fig.to_dict()["data"]
    hovers = hover_table.share(data)
    assert hovers[data[-1]["customdata"][0][0]] == fig.data[-1].customdata[0][0]
    assert f"{hover_table.NAME}({to_json_plotly(data)})" in page and "Anatoly" not in to_json_plotly(data)
    assert page.index(f"var {hover_table.NAME}") < page.index("Plotly.newPlot(")
    # nothing in a hover can close the script that holds it
    assert "</script" not in hover_table.script(["<b>x</b> </script><!-- \u2028"]).split("\n", 1)[1][:-len("</script>")]


def test_render_hover_table_writes_a_repeated_line_once():
    from timeline import hover_table

    hovers = ["<b>a</b><br>source: The White House<br>x", "<b>b</b><br>source: The White House<br><br>y", "short<br>short"]
    table, shared = hover_table.encode(hovers)
    assert shared == ["source: The White House"]  # "" and "short" repeat, too short to be worth a number
    assert table[1] == ["<b>b</b>", 0, "", "y"]
    assert [hover_table.decode(lines, shared) for lines in table] == hovers


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_render_range_slider_has_light_traces_of_its_own(lanes):
    """html41: the slider draws the traces of the date axis alone: one light trace per type (a dot per day and lane
    its markers are in, no outline, no hover, the type's legend group); the chart's traces are on the hidden twin axis
    that matches it."""
    same_day = {e: {"date_start": dt.date(2018, 8, 27), "date_end": dt.date(2018, 8, 27), "event_date": "2018-08-27",
                    "precision": "day", "event_type": "meeting"} for e in ("e1", "e2", "e3")}
    fig = render.figure(make_frame(**same_day), lanes=lanes)
    assert lanes == "actor" or len([t for t in fig.data if t.xaxis is None and t.legendgroup == "meeting"][0].x) == 1
    light = [t for t in fig.data if t.xaxis is None]
    drawn = marker_traces(fig)
    assert [t.legendgroup for t in light] == [t.legendgroup for t in drawn]
    for lit, trace in zip(light, drawn):
        n = len(fig.layout.yaxis.tickvals)  # below the chart's lanes, out of its view, in the slider's
        at = list(dict.fromkeys((x, round(y) + n + 1) for x, y in zip(trace.x, trace.y)))
        assert all(n - 0.5 < y for y in lit.y) and list(fig.layout.xaxis.rangeslider.yaxis.range) == [2 * n + 0.5, n + 0.5]
        assert list(zip(lit.x, lit.y)) == at and lit.hoverinfo == "skip" and lit.customdata is None
        assert lit.marker.size == render.SLIDER_MARKER and lit.marker.line.width is None
    assert all(t.xaxis == render.DRAWN_AXIS for t in fig.data if t.xaxis is not None)
    assert fig.layout.xaxis2.matches == "x" and fig.layout.xaxis2.visible is False
    assert fig.layout.xaxis2.rangebreaks == fig.layout.xaxis.rangebreaks


def _counts_of(hover: str) -> tuple[int, int]:
    """(the reports a merged hover's heading counts, the reports its lines list and count): the listed "· " lines
    and the "… and N more reports" line."""
    import re

    text = html.unescape(hover)
    head = re.search(r"<b>(reported by (\d+) articles|told in (\d+) sentences of[^<]*|told again in the article)</b>",
                     text)
    counted = int(head.group(2) or head.group(3) or 2)
    lines = [line for line in text.split("<br>") if line.startswith("· ")]
    more = re.search(r"… and (\d+) more reports", text)
    return counted, 1 + len(lines) - bool(more) + (int(more.group(1)) if more else 0)


def test_render_merged_hover_counts_its_reports_once():
    """html42: a merged event's hover said "reported by 3 articles" and then "… and 34 more reports" (the 460-article
    bench's Jeddah communique: 38 sentences in three articles); the heading now counts what the lines count, a
    report, and keeps "reported by N articles" when each article tells it once. A real merged event: the README
    sample's Oreshnik statement, six reports in five articles (two in one)."""
    import timeline
    from conftest import SAMPLES
    from timeline.merged_sources import reports as by_event
    from timeline.settings import Settings

    result = timeline.build([SAMPLES], Settings(run_date="2026-11-22"))
    told = by_event(result.mentions)
    merged = [r for r in result.events.to_dict("records") if len(told.get(r["event_id"], ())) > 1]
    assert merged
    for row in merged:
        hover = render._hover(row, told)
        counted, listed = _counts_of(hover)
        assert counted == listed == len(told[row["event_id"]]), hover
    [row] = [r for r in merged if len(told[r["event_id"]]) > r["sources"] > 1]  # the sample's one such event
    assert f"told in 6 sentences of {row['sources']} articles</b>, the other 5:" in render._hover(row, told)
    tip = chronology_tip(row, told)
    assert tip.startswith(f"told in 6 sentences of {row['sources']} articles, the other 5:\n")


def chronology_tip(row: dict, told) -> str:
    """The tip of the row's "+N more" in the list under the chart, unescaped."""
    import re

    from timeline import chronology

    cell = chronology._article(row, {}, told)
    return html.unescape(re.search(r'<span class="o" tabindex="-1" title="([^"]*)">\+\d+ more', cell).group(1))


# The participants of the bench's Jeddah support (wh-2022-07-16, "They expressed their appreciation for the effective
# work of the GCC, the U.S. Special Envoy, and the United Nations in achieving the truce ..."), as events.csv has them
JEDDAH = ("Joseph R. Biden", "Mohamed bin Zayed", "United States", "Saudi Arabia", "Gulf Cooperation Council",
          "Salman bin Abdulaziz Al Saud", "United Nations", "Al-Qaeda", "Combined Task", "Global Coalition", "Iraq",
          "Islamic State", "Lebanon", "Syria", "UN Security Council", "Yemen")


def test_render_hover_who_line_is_capped_and_counts_the_rest():
    """html42: the hover's "who:" line of a joint statement's 16 participants wrapped to four lines; it keeps to
    HOVER_WHO_LINES and says how many more the list's "who" cell names (every one of them there)."""
    from timeline import chronology

    frame = make_frame(e2={"actors": JEDDAH, "actor1": JEDDAH[0], "actor2": JEDDAH[1]})
    fig = render.figure(frame)
    [(trace, i)] = by_event_id(fig)["e2"]
    lines = html.unescape(trace.customdata[i][0]).split("<br>")
    start = next(k for k, line in enumerate(lines) if line.startswith("who: "))
    end = next(k for k in range(start + 1, len(lines)) if lines[k].startswith("where:") or not lines[k])
    assert end - start == render.HOVER_WHO_LINES  # (four lines before)
    shown = " ".join(lines[start:end])
    assert shown.startswith("who: Joseph R. Biden → Mohamed bin Zayed + United States, Saudi Arabia,")
    more = int(shown.split(" and ")[-1].split(" more")[0])
    assert shown.endswith(f"and {more} more (the list names them all)")
    assert sum(name in shown for name in JEDDAH) + more == len(JEDDAH)
    assert max(len(line) for line in lines[start:end]) <= render.WRAP_WIDTH
    row = chronology.section(frame)
    assert all(html.escape(name) in row for name in JEDDAH)
    # a short list is whole, on one line
    fig = render.figure(make_frame(e2={"actors": JEDDAH[:3], "actor1": JEDDAH[0], "actor2": JEDDAH[1]}))
    [(trace, i)] = by_event_id(fig)["e2"]
    assert "who: Joseph R. Biden → Mohamed bin Zayed + United States<br>" in trace.customdata[i][0]


def test_render_who_line_builds_each_steps_text_once():
    """reread44: ``_who_line`` built the line's text up to three times per participant it dropped; once now, with
    the same line as the three-build loop for every length of a long list."""
    import textwrap

    def old(lead, others):
        def text(shown):
            rest = len(others) - shown
            return ("who: " + " → ".join(lead) + (" + " + ", ".join(others[:shown]) if shown else "")
                    + (f"{' and' if shown else ' +'} {rest} more (the list names them all)" if rest else ""))
        shown = len(others)
        while shown and len(text(shown)) > render.WRAP_WIDTH \
                and len(textwrap.wrap(text(shown), render.WRAP_WIDTH)) > render.HOVER_WHO_LINES:
            shown -= 1
        return render._wrap(text(shown))

    for n in range(len(JEDDAH) - 1):
        for lead in (list(JEDDAH[:2]), [JEDDAH[0]], ["A" * 150]):
            assert render._who_line(lead, list(JEDDAH[2:2 + n])) == old(lead, list(JEDDAH[2:2 + n]))


def test_render_page_serializes_the_chart_data_once(tmp_path, monkeypatch):
    """html42: ``to_html`` let plotly write the figure's data and then found it in the page by serializing it a second
    time (which held only while plotly wrote it with ``to_json_plotly``). The data is serialized once, by render;
    plotly writes the call with no data, which ``hover_table.wrap`` fills, and raises, naming the call, when plotly
    writes it otherwise."""
    import plotly.io.json as plotly_json

    from timeline import hover_table

    seen = []
    real = plotly_json.to_json_plotly

    def counted(value, *args, **kwargs):
        seen.append(value)
        return real(value, *args, **kwargs)

    monkeypatch.setattr(plotly_json, "to_json_plotly", counted)
    monkeypatch.setattr(render, "to_json_plotly", counted)
    page = render.to_html(make_frame(), tmp_path / "timeline.html").read_text(encoding="utf-8")
    traces = [v for v in seen if isinstance(v, list) and any(isinstance(t, dict) and "customdata" in t for t in v)]
    assert len(traces) == 1  # the data with its markers, once
    assert page.count(f"{hover_table.NAME}([") == 1 and f'"{render.DIV_ID}",' in page
    with pytest.raises(ValueError, match="Plotly.newPlot"):
        hover_table.wrap('Plotly.newPlot("timeline", [{"x": 1}], {})', "[]", render.DIV_ID)


def test_render_merged_hover_counts_the_days_reported_in_sentences():
    """html43: the hover said "dates reported: 2022-07-15 (32); 2022-07-16 (8)" (``dates_reported``: mentions, 40)
    under "told in 38 sentences of 3 articles" (the 460-article bench's Jeddah communiqué), two counts a reviewer read
    as disagreeing. With the mentions it counts sentences, the heading's unit, and the sentences that give no single
    day; a sentence that holds two mentions of the event counts once. Without them, events.csv's count, which counts
    sentences too since merge44."""
    from timeline.merge import merge
    from timeline.merged_sources import reports as by_event
    from timeline.table import mentions_frame

    friday = {"event_date": "2011-09-09", "date_start": dt.date(2011, 9, 9), "date_end": dt.date(2011, 9, 9),
              "precision": "day", "date_text": "Friday"}
    saturday = dict(friday, event_date="2011-09-10", date_start=dt.date(2011, 9, 10), date_end=dt.date(2011, 9, 10))
    week = {"event_date": "2011-W36", "date_start": dt.date(2011, 9, 5), "date_end": dt.date(2011, 9, 11),
            "precision": "week", "date_text": "this week"}
    reports = [dataclasses.replace(_eu_ban("m1", "t17-reuters-69", "2011-09-09"), **friday),
               # the same sentence's second mention ("moved closer ... to banning investment")
               dataclasses.replace(_eu_ban("m2", "t17-reuters-69", "2011-09-09"), trigger="banning investment", **friday),
               dataclasses.replace(_eu_ban("m3", "t17-reuters-255", "2011-09-10"), **saturday),
               dataclasses.replace(_eu_ban("m4", "bbc-1", "2011-09-09", EU_BAN_BBC, title="Syria unrest"), **week)]
    events, membership = merge(reports)
    frame, mentions = to_frame(events), mentions_frame(reports, membership)
    [row] = frame.to_dict("records")
    # events.csv counts sentences too (merge44): the sentence's two mentions no longer outvote the other article's
    # one, so the tie keeps the representative's day (its article id sorts first)
    assert (row["mentions"], row["dates_reported"]) == (4, "2011-09-09 (1); 2011-09-10 (1)")
    assert row["event_date"] == "2011-09-10"
    lines = html.unescape(render._hover(row, by_event(mentions))).split("<br>")
    assert "<b>reported by 3 articles</b>, the other 2:" in lines
    assert "dates reported: 2011-09-09 in 1 sentence, 2011-09-10 in 1, no single day in 1" in lines
    # a long line breaks between its days, not inside one
    long = "dates reported: 2011-06-10 in 2 sentences, 2011-06-11 in 1, 2011-06-12 in 1, no single day in 3"
    assert render._wrap_items(long) == ("dates reported: 2011-06-10 in 2 sentences, 2011-06-11 in 1, 2011-06-12 in 1,"
                                        "<br>no single day in 3")
    bare = html.unescape(render._hover(row)).split("<br>")
    assert "dates reported: 2011-09-09 in 1 sentence, 2011-09-10 in 1" in bare  # (no sentence without a day known)
    # the list's date cell's tip says it as the hover does
    assert "dates reported: 2011-09-09 in 1 sentence" in html.unescape(
        chronology_section(frame, by_event(mentions)).split('<tr id="row-', 1)[1])


def test_render_merged_hover_days_of_one_sentence_told_twice():
    """The bench's Sullivan readout: "spoke today ... to prepare for the President's meeting on January 21", one
    sentence read as two calls a day apart and merged: one report, two days."""
    from timeline.merged_sources import Told, days_line

    row = {"event_id": "ev-1", "dates_reported": "2022-01-20 (1); 2022-01-21 (1)"}
    told = {"ev-1": [Told("wh-1", "Readout", "National Security Advisor Jake Sullivan spoke today ...",
                          True)]}
    assert days_line(row, told) == "dates reported: 2022-01-20 and 2022-01-21 in the one sentence"
    assert days_line({"event_id": "ev-1"}, told) == ""


def chronology_section(frame, told) -> str:
    from timeline import chronology

    return chronology.section(frame, reports=told)


# The bench's Jeddah hover: a report's sentence cut by ``merged_sources.cut`` and wrapped at WRAP_WIDTH, its close
# ("…”") alone on a third line
JEDDAH_REPORT = ("· The Jeddah Communique: A Joint Statement Between …: “They underscored the importance of continuing "
                 "to strengthen their strategic partnership to serve the …”")


def test_render_wrap_keeps_a_cut_report_s_close_with_its_last_words():
    """html43: 64 of the bench's hover lines were "…”" alone (and 2 a cut sentence's "…"): the close stays with the
    last word; the other lines wrap as before."""
    import textwrap

    assert textwrap.wrap(JEDDAH_REPORT, render.WRAP_WIDTH)[-1] == "…”"  # (what the hover showed)
    lines = html.unescape(render._wrap(JEDDAH_REPORT)).split("<br>")
    assert lines[-1] == "the …”" and all(len(line) <= render.WRAP_WIDTH for line in lines)
    assert all(any(c.isalnum() for c in line) for line in lines)
    plain = "Russia’s US ambassador, Anatoly Antonov, met with Assistant Secretary of State (Acting) for Near Eastern"
    assert render._wrap(plain) == "<br>".join(textwrap.wrap(plain, render.WRAP_WIDTH))
    assert render._wrap("a <b> …") == "a &lt;b&gt; …" and render._wrap("…") == "…"


def test_render_more_hover_says_what_its_click_does():
    """html43: with the list filtered, a click on a "+N more" marker goes to the first of its events the list shows
    (``chronology.SCRIPT``, html42), not the first of them: its hover says so."""
    from timeline import chronology

    rest = [{"row": r} for r in make_frame().to_dict("records")]
    hover = render._more_hover({"lane": "meeting", "start": "2018-08-27", "y": 0, "rest": rest})
    assert hover.endswith("click: the first of them the list under the chart shows "
                          "(a filter that hides them all is cleared)")
    assert "the first of them in the list" not in hover
    # the click's code: the first of the marker's events the list shows, else the first of them
    assert "cd[2].filter(function (r) { return marked[r[0]]; })[0]" in chronology.SCRIPT
    assert 'if (row.style.display === "none") { box.value = ""' in chronology.SCRIPT


@pytest.mark.parametrize("lo,hi,expected", [
    ("2021-01-04", "2026-02-10", "Jan 2021 – Feb 2026"),  # past 60 days: months, as the page's script says them
    ("2024-12-26", "2024-12-26", "26 Dec 2024"),  # one day (a one-article build's first view)
    ("2018-08-01", "2018-09-09", "1 Aug – 9 Sep 2018"),
    ("2018-12-27", "2019-01-03", "27 Dec 2018 – 3 Jan 2019"),
])
def test_render_view_span_words(lo, hi, expected):
    assert render._view_span(dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)) == expected


def test_render_subtitle_names_the_events_months_apart_from_the_articles():
    """newuser44: the title gave the articles' months (Jan 2021 – Jan 2025), the subtitle a padded view's (Nov 2014 –
    Mar 2025), the axis started at Jan 2015, none said whose they were. The title says "articles dated", the
    subtitle's first line "events dated", each its own months."""
    frame = make_frame(e1={"anchor_date": dt.date(2018, 8, 30)}, e5={"anchor_date": dt.date(2018, 8, 30)})
    fig = render.figure(frame)
    assert fig.layout.title.text == "Timeline of 2 articles dated Aug 2018"
    first = fig.layout.title.subtitle.text.split("<br>")[0]
    assert first.startswith("5 events dated Jan 2017 – Aug 2018 · ")  # ("In 2017" reaches back past the articles)


def test_render_first_view_of_every_event_is_no_zoom():
    """Forty events in August 2018 and two dated "2018" (each spans the year, so the axis): the first view is August,
    and every event meets it, so no line calls it a zoom ("zoomed to ..., where most events are (42 of 42)",
    newuser44's one-article build of 4808 events); the page's script adds its own line once the view changes."""
    rows = []
    for i in range(40):
        day = (dt.date(2018, 8, 1) + dt.timedelta(days=i % 28)).isoformat()
        rows.append({"event_id": f"e{i}", "event_date": day, "date_start": day, "date_end": day,
                     "precision": "day", "event_type": "meeting", "status": "reported", "sentence": "x"})
    for i in range(2):
        rows.append({"event_id": f"y{i}", "event_date": "2018", "date_start": "2018-01-01", "date_end": "2018-12-31",
                     "precision": "year", "event_type": "other", "status": "reported", "sentence": "y"})
    fig = render.figure(pd.DataFrame(rows))
    view = [dt.date.fromisoformat(d[:10]) for d in fig.layout.xaxis.range]
    assert dt.date(2018, 7, 1) < view[0] and view[1] < dt.date(2018, 10, 1)  # still the first view
    subtitle = fig.layout.title.subtitle.text
    assert "zoomed" not in subtitle and "where most events are" not in subtitle
    assert subtitle.startswith("42 events dated Jan–Dec 2018<br>") and subtitle.count("<br>") == 1
    assert fig.layout.meta["view"]["line"] == -1  # no view line to rewrite: the script adds one


def test_render_page_reads_on_a_phone_on_paper_and_without_javascript(tmp_path):
    """page47: with no viewport meta a phone laid the page out 980 px wide and shrank it to 40 %; with JavaScript off
    the page had no title (drawn in the chart), a blank box where the chart goes and filters that did nothing."""
    from timeline import page_fit

    title = "Idlib <b>2018</b>"
    page = render.to_html(make_frame(), tmp_path / "t.html", title=title).read_text(encoding="utf-8")
    head = page[:page.index("</head>")]
    assert '<html lang="en">' in page and page_fit.HEAD in head and page_fit.PRINT_STYLE in head
    assert "@media print" in page_fit.PRINT_STYLE and "beforeprint" in page
    noscript = re.search(r"<noscript>(.*?)</noscript>", page, flags=re.S).group(1)
    assert page.index("<noscript>") < page.index('id="chronology"')
    assert "<h1 " in noscript and html.escape(title) in noscript and "<b>2018" not in noscript
    assert "every event is listed below" in noscript and f"#{render.DIV_ID}" in noscript
    # the list's filters, dead without JavaScript and of no use on paper: one selector list for both (page50)
    assert f",{page_fit.LIST_FILTERS}{{display" in noscript and f",{page_fit.LIST_FILTERS}," in page_fit.PRINT_STYLE
    empty = render.to_html(make_frame().iloc[0:0], tmp_path / "e.html", title="none").read_text(encoding="utf-8")
    assert "no events to list" in re.search(r"<noscript>(.*?)</noscript>", empty, flags=re.S).group(1)
