"""The stretches the timeline's date axis skips (timeline.axis_breaks) and how the figure shows them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from timeline import axis_breaks, render

D = dt.date.fromisoformat


def days(first: str, count: int, step: int = 1) -> list[tuple[dt.date, dt.date]]:
    return [(D(first) + dt.timedelta(days=step * i),) * 2 for i in range(count)]


def rows(spans, event_type="meeting", precision="day"):
    return [{"event_id": f"{event_type}{i}", "event_date": s.isoformat(), "date_start": s.isoformat(),
             "date_end": e.isoformat(), "precision": precision, "event_type": event_type, "sentence": "x"}
            for i, (s, e) in enumerate(spans)]


@pytest.mark.parametrize("quiet", [0, 120])
def test_axis_breaks_one_dense_year_has_none(quiet):
    """A year of events, even with a lull of four months in it, is not cut: within a year a lull is news."""
    spans = days("2018-01-01", 60, 2) + days(str(D("2018-04-01") + dt.timedelta(days=quiet)), 60, 2)
    bulk = (min(s for s, _ in spans), max(s for s, _ in spans))
    assert axis_breaks.breaks(spans, bulk) == []


def test_axis_breaks_two_groups_years_apart_have_one():
    spans = days("2011-03-01", 300, 2) + days("2021-02-01", 300, 4)
    bulk = (D("2011-03-01"), D("2024-06-01"))
    cuts = axis_breaks.breaks(spans, bulk)
    assert len(cuts) == 1
    (start, end), last, first = cuts[0], D("2011-03-01") + dt.timedelta(days=598), D("2021-02-01")
    edge = axis_breaks.margin(bulk)
    assert (start, end) == (last + edge, first - edge)  # the markers at both sides keep room
    # the threshold is a tenth of the bulk's span: a gap of a year and a half in a 13-year set is cut too
    assert axis_breaks.threshold(bulk) == (bulk[1] - bulk[0]) / 10


def test_axis_breaks_year_bar_is_never_cut_and_century_bar_may_be():
    """A year's bar counts as held whole (cut to a stub it would read as a day); a century's bar holds only its
    two ends, so the empty years inside it are cut and the bar crosses the cut."""
    spans = days("2012-01-01", 40, 3) + [(D("2014-01-01"), D("2014-12-31")), (D("2000-01-01"), D("2099-12-31"))]
    cuts = axis_breaks.breaks(spans, (D("2012-01-01"), D("2012-12-31")))
    assert not any(start < D("2014-12-31") and end > D("2014-01-01") for start, end in cuts)
    assert any(start < D("2050-01-01") < end for start, end in cuts)  # inside the century
    assert any(start < D("2005-01-01") < end for start, end in cuts)  # between the century's start and 2012


def test_axis_breaks_segments_part_days_at_cuts():
    cuts = [(D("2013-03-01"), D("2020-10-01"))]
    groups = axis_breaks.segments([D("2021-01-01"), D("2011-05-01"), D("2012-01-01")], cuts)
    assert groups == [[D("2011-05-01"), D("2012-01-01")], [D("2021-01-01")]]
    assert axis_breaks.segments([D("2011-05-01")], []) == [[D("2011-05-01")]]


def test_render_figure_cuts_the_empty_years_and_marks_them():
    frame = pd.DataFrame(rows(days("2011-03-01", 300, 2)) + rows(days("2021-02-01", 100, 8), "call"))
    fig = render.figure(frame)
    breaks = fig.layout.xaxis.rangebreaks
    assert len(breaks) == 1
    start, end = breaks[0].bounds
    assert "2012-10" < start < end < "2021-02"
    # a dashed line and a label at the cut, the subtitle says what they mean
    assert [s.x0 for s in fig.layout.shapes if s.line.dash == "dash"] == [end]
    (label,) = fig.layout.annotations
    assert label.x == end and label.text.startswith("✂ ") and "years" in label.text
    assert "cut from the axis" in label.hovertext and "cut from the axis" in fig.layout.title.subtitle.text
    # the first view is the densest stretch (300 of 400 events), the slider and the buttons reach the other
    view = fig.layout.xaxis.range
    assert view[0] < "2011-03-01" and "2012-10-01" < view[1] <= start
    assert fig.layout.xaxis.rangeslider.range[1] > "2023"
    buttons = {b.label: b.args[0] for b in fig.layout.updatemenus[0].buttons}
    assert list(buttons)[4:] == ["Mar 2011 – Oct 2012", "Feb 2021 – Mar 2023", "most events", "all"]
    # html40: the subtitle named this view "where most events are", the name of the button that shows another
    assert "zoomed to Mar 2011 – Oct 2012, the busiest stretch (300 of 400)" in fig.layout.title.subtitle.text
    assert "most events" not in fig.layout.title.subtitle.text


def test_render_undated_events_take_no_part_in_the_cuts():
    dated = rows(days("2018-01-01", 60, 5))
    undated = [{"event_id": f"u{i}", "event_date": None, "date_start": None, "date_end": None, "precision": "none",
                "event_type": "talks", "sentence": "y"} for i in range(5)]
    fig = render.figure(pd.DataFrame(dated + undated))
    assert not fig.layout.xaxis.rangebreaks and not fig.layout.annotations
    assert "5 events without a resolved date" in fig.layout.title.subtitle.text
    # and the same dated events with them in, or without, draw the same axis
    assert render.figure(pd.DataFrame(dated)).layout.xaxis.range == fig.layout.xaxis.range


def test_axis_breaks_labels_keep_room_in_drawn_time_not_calendar_time():
    """Cuts 3.5 calendar years apart with a third cut between them stand 0.6 drawn years apart: one label."""
    cuts = [(D("1920-02-20"), D("1929-11-11")), (D("1930-02-19"), D("1933-01-13")), (D("1933-04-23"), D("1934-11-12")),
            (D("1950-01-01"), D("2010-01-01"))]
    drawn = (D("1900-01-01"), D("2025-01-01"))  # about 46 years drawn: LABEL_ROOM of it is 1.4 years
    labels = [a["x"] for a in axis_breaks.layout(cuts, drawn)["annotations"]]
    assert labels == ["1929-11-11", "2010-01-01"]
    assert len(axis_breaks.layout(cuts, drawn)["shapes"]) == 4  # every cut keeps its line
    # cuts far apart in drawn time all get a label
    apart = [(D("1920-01-01"), D("1925-01-01")), (D("1940-01-01"), D("1945-01-01"))]
    assert len(axis_breaks.layout(apart, drawn)["annotations"]) == 2


def test_axis_breaks_label_leaves_the_top_lane_when_a_marker_stands_by_its_line():
    """page49: the sample page's "✂ 2.1 years" stood at the top of the lanes, on the first lane's marker a few days
    before the cut (a cut leaves only ``margin`` each side of it), half of which it covered on a 500 px window. With a
    marker by the line in the top lane, the label goes in the middle of the first lane down with none by it."""
    cuts = [(D("2018-11-01"), D("2020-12-01"))]
    drawn = (D("2017-01-01"), D("2025-01-01"))  # about 5.9 years drawn: LABEL_CLEAR of it is 4 months
    by_line = [(0, D("2018-08-27")), (1, D("2018-08-24")), (2, D("2022-06-01")), (3, D("2018-08-29"))]
    (label,) = axis_breaks.layout(cuts, drawn, by_line)["annotations"]
    assert (label["y"], label["yref"], label["yanchor"]) == (2, "y", "middle")
    # a month drawn on each side of the cut: its two years of hidden time count for nothing
    at = [axis_breaks._drawn_time(D(day), cuts, drawn) for day in ("2018-10-01", "2021-01-01")]
    assert at[1] - at[0] == dt.timedelta(days=31 + 31)
    # none by the line in the top lane (its marker far from it), or one by it in every lane: the top, as it was
    for marks in ([(0, D("2017-03-01")), (1, D("2018-08-24"))], [(0, D("2018-08-27")), (1, D("2020-12-20"))], []):
        (label,) = axis_breaks.layout(cuts, drawn, marks)["annotations"]
        assert (label["y"], label["yref"], label["yanchor"]) == (1, "paper", "top"), marks


def test_render_cut_label_stands_in_a_lane_with_no_marker_by_it():
    """The figure gives the label its lane: the meetings of 2011 end by the cut's line, the statements of 2021 start
    by it, the one call is months from it."""
    frame = pd.DataFrame(rows(days("2011-03-01", 30, 10)) + rows(days("2021-02-01", 30, 10), "statement")
                         + rows(days("2011-05-01", 1), "call"))
    fig = render.figure(frame)
    (label,) = fig.layout.annotations[:1]
    lanes = list(fig.layout.yaxis.ticktext)
    assert label.text.startswith("✂") and label.yref == "y", (label, lanes)
    assert "call" in lanes[label.y], (label.y, lanes)
