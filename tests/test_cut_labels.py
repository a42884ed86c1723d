"""Where the page places a cut's label ("✂ 4.2 years", timeline.cut_labels), in pixels, at the view shown.

page50b: a label is about 15 px wide and 60 px tall, two or three lanes of a busy chart. Standing right of its line at
the lanes' left edge it lay over the first ``call (16)`` marker two lanes down on the 40 White House + 10 TASS page at
700 px, and the move off a marker judged in time (``axis_breaks._label_lane``, 6 % of the drawn axis) moved labels
that covered nothing at 1440 px. The page's choice, ``timelineCuts.place``, is run in Node (skipped without it).
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from timeline import cut_labels

LANES = [500, 600]  # px wide, tall
SIZE = [15, 60]  # a label as drawn: "✂ 4.2 years" turned upright
PAD = 2


def place(line: float, marks: list[list[float]], lanes=LANES, size=SIZE, tmp_path=None) -> dict:
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        pytest.skip("node is not installed")
    script = tmp_path / "place.js"
    script.write_text(cut_labels.SCRIPT + "\nconsole.log(JSON.stringify(timelineCuts.place("
                      f"{json.dumps(line)}, {json.dumps(size)}, {json.dumps(lanes)}, {json.dumps(marks)})));\n",
                      encoding="utf-8")
    done = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def marker(x: float, y: float, px: float = 10) -> list[float]:
    """A marker's drawn box, centred at (x, y)."""
    return [x - px / 2, y - px / 2, x + px / 2, y + px / 2]


def test_cut_label_with_nothing_under_it_stays_at_the_top_on_its_line(tmp_path):
    """A marker 15 px right of the line, clear of the label's 7.5 px half and its PAD: the label does not move (the
    time rule moved it whenever a marker lay within 6 % of the drawn axis, 60 px at 1440 px)."""
    assert place(250, [marker(265, 16), marker(100, 16)], tmp_path=tmp_path) == {"anchor": "center", "top": 0}


def test_cut_label_at_the_left_edge_goes_below_a_marker_of_the_second_lane(tmp_path):
    """page50b's case: the line at the lanes' left edge, the label right of it, lanes 33 px tall; the top lane is clear
    by the line, the second has a marker 8 px right of it (its box from 28 to 38 px down), which the label's 60 px
    covered. It goes down to the first place that meets none: PAD below that marker."""
    marks = [marker(8, 33 + 16.5), marker(40, 16.5)]
    assert place(0, marks, tmp_path=tmp_path) == {"anchor": "left", "top": 33 + 16.5 + 5 + PAD}


def test_cut_label_takes_the_first_gap_tall_enough(tmp_path):
    """Markers on the line at 20 and 100 px down: the 77 px between them (less PAD) hold the 60 px label."""
    assert place(250, [marker(250, 20), marker(252, 100), marker(250, 200)], tmp_path=tmp_path) == {
        "anchor": "center", "top": 25 + PAD}
    # the second at 80 px down: 46 px between them, too few; the label goes below the second
    assert place(250, [marker(250, 20), marker(252, 80), marker(250, 200)], tmp_path=tmp_path) == {
        "anchor": "center", "top": 85 + PAD}


def test_cut_label_stands_beside_its_line_when_the_line_is_full(tmp_path):
    """A marker every 30 px down the lanes, its right edge 2 px left of the line: the centred label meets each; it
    stands right of the line (anchored by its left side), at the top."""
    marks = [marker(243, y) for y in range(10, 600, 30)]
    assert place(250, marks, tmp_path=tmp_path) == {"anchor": "left", "top": 0}


def test_cut_label_with_no_free_place_covers_the_fewest(tmp_path):
    """Markers everywhere on the line and on both sides, thinner below 300 px: the label stays on its line where it
    covers the fewest, the highest of those."""
    marks = [marker(x, y) for x in (240, 250, 260) for y in range(10, 300, 12)]
    marks += [marker(x, y) for x in (240, 250, 260) for y in range(300, 600, 40)]
    out = place(250, marks, tmp_path=tmp_path)
    assert out["anchor"] == "center" and 290 <= out["top"] <= 540, out


def test_cut_label_taller_than_the_lanes_stays_at_their_top(tmp_path):
    """One lane 56 px tall: a 60 px label has no room to move; it stays at the top (as it stood)."""
    assert place(250, [marker(250, 28)], lanes=[500, 56], tmp_path=tmp_path)["top"] == 0
