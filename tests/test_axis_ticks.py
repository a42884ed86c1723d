"""The date axis's tick labels at its cuts (timeline.axis_ticks): the page's JavaScript run on its own.

Run in Node when it is installed, else in headless Chromium (as tests/test_browser.py does); skipped without
either, except in CI (TIMELINE_REQUIRE_BROWSER=1).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess

import pytest

from timeline import axis_ticks

DAY_MS = 86_400_000


def ms(day: str) -> int:
    return (dt.date.fromisoformat(day) - dt.date(1970, 1, 1)).days * DAY_MS


def run_ticks(cases: list[tuple[list[str], list[list[str]], int]], tmp_path) -> list[list[dict]]:
    """timelineTicks.ticks for each (view, cuts, px) case, days as ISO strings."""
    args = [[[ms(d) for d in view], [[ms(a), ms(b)] for a, b in cuts], px] for view, cuts, px in cases]
    body = (axis_ticks.SCRIPT + "\nvar out = JSON.stringify(" + json.dumps(args)
            + ".map(function (c) { return timelineTicks.ticks(c[0], c[1], c[2]); }));\n")
    node = shutil.which("node") or shutil.which("nodejs")
    if node:
        script = tmp_path / "ticks.js"
        script.write_text(body + "console.log(out);\n", encoding="utf-8")
        done = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=60, check=True)
        return json.loads(done.stdout)
    browser = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if not browser:
        if os.environ.get("TIMELINE_REQUIRE_BROWSER") == "1":
            pytest.fail("TIMELINE_REQUIRE_BROWSER=1 but neither node nor chromium is installed")
        pytest.skip("neither node nor chromium is installed")
    page = tmp_path / "ticks.html"
    page.write_text("<html><body><pre id='out'></pre><script>" + body
                    + "document.getElementById('out').textContent = out;</script></body></html>", encoding="utf-8")
    done = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'p'}",
                           "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180, check=False)
    found = re.search(r"<pre id=\"out\">(.*?)</pre>", done.stdout, flags=re.S)
    assert found, done.stderr[-2000:]
    return json.loads(html.unescape(found.group(1)))


# The README sample's view: events of 2017, 2018, 2021-22 and 2024-25, two cuts.
SAMPLE = (["2016-08-01", "2026-05-01"], [["2019-01-01", "2020-11-01"], ["2022-02-01", "2023-11-01"]])
# The audit sample's "all" view: 1600 to 2100, its empty centuries cut, short stretches between.
ALL = (["1600-01-01", "2100-01-01"], [["1601-01-01", "1850-01-01"], ["1852-01-01", "1860-01-01"],
                                      ["1870-01-01", "1910-01-01"], ["1920-01-01", "2000-01-01"],
                                      ["2013-01-01", "2020-06-01"], ["2026-01-01", "2099-01-01"]])
# Where most events are: two stretches of years, one cut.
MOST = (["2010-11-01", "2025-06-01"], [["2013-01-01", "2020-10-01"]])


def gaps_ok(ticks: list[dict]) -> bool:
    pad = 16  # timelineTicks.PAD
    return all(b["px"] - a["px"] >= (a["width"] + b["width"]) / 2 + pad for a, b in zip(ticks, ticks[1:]))


@pytest.mark.parametrize("px", [300, 500, 720, 1000, 1400])
def test_axis_ticks_no_two_labels_within_a_labels_width(px, tmp_path):
    for ticks in run_ticks([(*SAMPLE, px), (*ALL, px), (*MOST, px), (["2011-03-01", "2012-08-31"], [], px)], tmp_path):
        assert ticks, px
        assert gaps_ok(ticks), [(t["text"], round(t["px"])) for t in ticks]
        assert all(0 <= t["px"] <= px for t in ticks)


def test_axis_ticks_a_cut_gets_labels_on_both_sides(tmp_path):
    (sample, most) = run_ticks([(*SAMPLE, 720), (*MOST, 720)], tmp_path)
    texts = [t["text"] for t in sample]
    # before the first cut (2017-2018), between the cuts (2021) and after the second (2024-2025)
    assert any(t < "2019" for t in texts if t[-4:] == t) or any(t[-4:] < "2019" for t in texts)
    assert any("2020" < t[-4:] < "2022" or t[-4:] == "2021" for t in texts)
    assert any(t[-4:] >= "2024" for t in texts)
    days = [t["x"] for t in most]
    assert any(d < ms("2013-01-01") for d in days) and any(d > ms("2020-10-01") for d in days)


def test_axis_ticks_are_round_dates_labelled_at_their_step(tmp_path):
    (year, months, days) = run_ticks([(["2000-01-01", "2024-12-31"], [], 800),
                                      (["2011-03-01", "2012-08-31"], [], 1000),
                                      (["2018-08-20", "2018-09-05"], [], 1000)], tmp_path)
    assert all(re.fullmatch(r"\d{4}", t["text"]) and t["x"] == ms(t["text"] + "-01-01") for t in year)
    assert all(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", t["text"]) for t in months) and len(months) >= 6
    assert "27 Aug 2018" in [t["text"] for t in days]  # a day's label reads as the chronology's dates do


def test_axis_ticks_a_stretch_shorter_than_the_step_gets_one_finer_label(tmp_path):
    """Two years of events, then five months of 2024 behind a cut: the short stretch is labelled by a month."""
    (ticks,) = run_ticks([(["2010-01-01", "2024-06-01"], [["2012-01-01", "2024-01-01"]], 600)], tmp_path)
    after = [t["text"] for t in ticks if t["x"] >= ms("2024-01-01")]
    assert len(after) == 1 and re.fullmatch(r"[A-Z][a-z]{2} 2024", after[0])
    assert gaps_ok(ticks)
