"""The subtitle's line about the view (timeline.view_note): rewritten for the view shown.

html41: the subtitle said what the first view showed ("zoomed to Mar 2011 – Aug 2012, the busiest stretch (2459 of
3542)") after a range button had shown another. ``timelineView`` counts the events that meet the view as
``render._in_view`` does and says so; run in Node (skipped without it) and, attached to a page, in Chromium.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pandas as pd
import pytest

from timeline import render, view_note


def node_eval(expr: str, tmp_path) -> object:
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        pytest.skip("node is not installed")
    script = tmp_path / "view.js"
    script.write_text(view_note.SCRIPT + f"\nconsole.log(JSON.stringify({expr}));\n", encoding="utf-8")
    done = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def test_view_note_words(tmp_path):
    got = node_eval('[timelineView.line("2021-02-01", "2026-02-28 12:00", 611, 3542),'
                    ' timelineView.line("2011-03-01", "2011-12-20", 40, 40),'
                    ' timelineView.span("2018-08-27", "2018-09-03"), timelineView.span("2018-12-27", "2019-01-03"),'
                    ' timelineView.span("2018-01-01", "2018-08-31")]', tmp_path)
    assert got == ["showing Feb 2021 – Feb 2026: 611 of 3542 dated events",
                   "showing all 40 dated events",  # no months: the view's padded ones are not the events'
                   "27 Aug – 3 Sep 2018", "27 Dec 2018 – 3 Jan 2019", "Jan–Aug 2018"]


def spread_frame(stacked: int = 0) -> pd.DataFrame:
    """Sixty events over 2011-2012, some of them month-long spans, ``stacked`` more on one day (a "+N more")."""
    rows = []
    for i in range(60):
        day = pd.Timestamp("2011-01-03") + pd.Timedelta(days=12 * i)
        month = i % 7 == 0
        rows.append({"event_id": f"s{i}", "event_date": day.strftime("%Y-%m" if month else "%Y-%m-%d"),
                     "date_start": (day.replace(day=1) if month else day).date().isoformat(),
                     "date_end": ((day + pd.offsets.MonthEnd(0)) if month else day).date().isoformat(),
                     "precision": "month" if month else "day", "event_type": "meeting", "sentence": "x",
                     "actors": "A; B" if i % 2 else "A", "actor1": "A"})
    for k in range(stacked):
        rows.append({"event_id": f"t{k}", "event_date": "2011-05-05", "date_start": "2011-05-05",
                     "date_end": "2011-05-05", "precision": "day", "event_type": "meeting", "sentence": "x",
                     "actors": "A", "actor1": "A"})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("lanes", ["type", "actor"])
def test_view_note_counts_as_the_first_view_does(lanes, tmp_path):
    """The page's count of a view is ``render._in_view``'s: an event once however many lanes draw it, a span that
    meets the view, the events behind a "+N more" marker."""
    fig = render.figure(spread_frame(stacked=30), lanes=lanes)
    assert any(t.name == view_note.MORE for t in fig.data)
    gd = {"data": [{"mode": t.mode, "name": t.name, "x": list(t.x),
                    "customdata": [list(cd[1:]) and [None, *cd[1:]] for cd in t.customdata]}
                   for t in fig.data if t.mode == "markers" and t.customdata is not None]}
    points, _ = render._points(spread_frame(stacked=30), lanes)
    views = [["2011-03-15", "2011-06-30"], ["2011-04-10", "2011-05-05"], ["2010-01-01", "2013-01-01"]]
    expected = [render._in_view(points, v) for v in views]
    got = node_eval(f"(function (gd) {{ var s = timelineView._spans(gd, {json.dumps(view_note.MORE)});"
                    f" return {json.dumps(views)}.map(function (v) {{ return timelineView.count(s, v[0], v[1]); }});"
                    f" }})({json.dumps(gd)})", tmp_path)
    assert got == expected and expected[2] == 90 and len(set(expected)) == 3
