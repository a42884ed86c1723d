"""The "+N" labels of the "+N more" markers (timeline.more_labels): which ones the page shows at a view.

ux30b's labels were the marker trace's text: they showed in the range slider and overlapped one another in the
statement lane of the 413-article audit sample at the first view (uxfix30, the thirtieth session). The page's
choice, ``timelineMore.room``, is run in Node (skipped without it).
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from timeline import more_labels


def room(labels: list[dict], tmp_path) -> list[bool]:
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        pytest.skip("node is not installed")
    script = tmp_path / "room.js"
    script.write_text(more_labels.SCRIPT + f"\nconsole.log(JSON.stringify(timelineMore.room({json.dumps(labels)})));\n",
                      encoding="utf-8")
    done = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def label(lane: int, at: float | None, text: str = "+3") -> dict:
    return {"lane": lane, "at": at, "offset": 5, "width": 6.5 * len(text)}


def test_more_labels_too_close_ones_are_hidden_per_lane(tmp_path):
    """Stacks 4 px apart at the zoomed-out view (the statement lane): the first label would run into the next
    marker, so only the last of the cluster is labelled; a far one keeps its label; another lane is apart; a label
    out of view is hidden and takes no room."""
    labels = [label(0, 100), label(0, 104, "+12"), label(0, 300), label(1, 102), label(0, None)]
    assert room(labels, tmp_path) == [False, True, True, True, False]


def test_more_labels_zooming_in_shows_them_all(tmp_path):
    """The same stacks far apart (a zoom): every label is shown."""
    assert room([label(0, 100), label(0, 160, "+12"), label(0, 300)], tmp_path) == [True, True, True]
