"""The written HTML timeline in a real headless Chromium (standard library only).

Skips when Chromium is missing, unless TIMELINE_REQUIRE_BROWSER=1 (CI), where
a missing browser is a failure.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pandas as pd
import pytest

from timeline import render
from timeline.model import Event
from timeline.table import to_frame

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
TIMEOUT = 180  # seconds for one Chromium run (a slow 2-core machine)
SCRIPT = "<script>alert(1)</script>"

# Real sentences from shared/corpora/seeds/000_4ca74516ebb1d9ed.txt; the last
# one carries markup, to see that the page shows it as text.
SENTENCES = (
    ("b1", "2018-08-27", "meeting", "reported", ("Anatoly Antonov", "David Satterfield"),
     "Russia’s US ambassador, Anatoly Antonov, met with Assistant Secretary of State (Acting) for "
     "Near Eastern Affairs David Satterfield and United States Special Representative for Syria "
     "Engagement James Jeffrey on Monday, August 27."),
    ("b2", "2018-08-24", "talks", "reported", ("Sergey Lavrov", "Mevlut Cavusoglu"),
     "At their negotiations on August 24, Russian Foreign Minister Sergey Lavrov and his Turkish "
     "counterpart Mevlut Cavusoglu hashed over the situation in Idlib."),
    ("b3", "2018-08", "statement", "planned", ("Heather Nauert",),
     "Nauert dismissed reports that a chemical weapons provocation is being staged by militants "
     "in Idlib as \"false flag reporting\"."),
    ("b4", "2018-08-29", "statement", "reported", ("Sergei Lavrov",),
     f"Russian Foreign Minister Sergei Lavrov said on Wednesday {SCRIPT} that <b>terrorists</b> "
     "in Idlib are trying to hold civilians hostage."),
    ("b5", None, "talks", "planned", ("Vladimir Putin", "Tayyip Erdogan"),
     "Russian President Vladimir Putin and his Turkish counterpart Tayyip Erdogan will discuss the "
     "Idlib situation soon focusing on separating the opposition from terrorists."),
)


def sample_frame():
    events = []
    for eid, date, etype, status, actors, sentence in SENTENCES:
        if date is None:
            start = end = None
        elif len(date) == 7:
            start = dt.date.fromisoformat(date + "-01")
            end = dt.date(start.year, start.month + 1, 1) - dt.timedelta(days=1)
        else:
            start = end = dt.date.fromisoformat(date)
        events.append(Event(
            event_id=eid, event_date=date, date_start=start, date_end=end,
            precision="none" if date is None else ("month" if len(date) == 7 else "day"),
            date_text=None, date_basis="unresolved" if date is None else "explicit",
            event_type=etype, status=status, actors=actors, actor1=actors[0],
            actor2=actors[1] if len(actors) > 1 else None, location=None, location_basis=None,
            sentence=sentence, article_id="000_4ca74516ebb1d9ed", title="US concerned", source="TASS",
            url=None, char_start=0, char_end=len(sentence)))
    return to_frame(events)


def chromium() -> str:
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if path:
        return path
    reason = f"{CHROMIUM} not found; install it with: apt-get install -y chromium"
    if os.environ.get("TIMELINE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"TIMELINE_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


# Injected at the very start of <head> (``load``): record errors before any other script runs; ``__report``, the
# findings of a probe written as JSON in a hidden <pre id="__probe">; after load, hover the event ``hover`` names, if any.
PROBE = """<script>
function __report(out) {
  var el = document.createElement("pre");
  el.id = "__probe"; el.hidden = true; el.textContent = JSON.stringify(out);
  document.body.appendChild(el);
}
(function () {
  var log = [];
  function keep(kind, what) {
    log.push(kind + ": " + String(what && what.stack || what));
    var el = document.getElementById("__errors");
    if (el) el.textContent = JSON.stringify(log);
  }
  window.addEventListener("error", function (e) {
    keep("error", e.message || (e.target && (e.target.src || e.target.href)) || "resource");
  }, true);
  window.addEventListener("unhandledrejection", function (e) { keep("rejection", e.reason); });
  var consoleError = console.error;
  console.error = function () {
    keep("console.error", Array.prototype.join.call(arguments, " "));
    return consoleError.apply(console, arguments);
  };
  window.alert = function (m) { keep("alert", m); };
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.createElement("pre");
    el.id = "__errors"; el.hidden = true; el.textContent = JSON.stringify(log);
    document.body.appendChild(el);
  });
  window.addEventListener("load", function () {
    setTimeout(function () {
      try {
        var gd = document.getElementById("%(div)s");
        if ("%(hover)s") gd.data.forEach(function (trace, c) {
          (trace.customdata || []).forEach(function (cd, p) {
            if (cd[1] === "%(hover)s") Plotly.Fx.hover(gd, [{curveNumber: c, pointNumber: p}]);
          });
        });
      } catch (e) { keep("probe", e); }
      var done = document.createElement("div");
      done.id = "__done"; done.hidden = true;
      document.body.appendChild(done);
    }, 300);
  });
})();
</script>"""


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--mute-audio",
               f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000", *args]
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"chromium did not finish in {TIMEOUT}s: {exc}")


def load(page: Path, tmp_path: Path, script: str = "", width: int | None = 1366, height: int = 768, *,
         hover: str = "", args: tuple[str, ...] = ()) -> str:
    """``page`` in headless Chromium, ``PROBE`` at the start of its head and ``script`` (a probe of the page: "%(div)s"
    is the chart's div; it ends by ``__report(findings)``) at the end of its body, in a window ``width`` px wide and
    ``height`` high (None: Chromium's own): its DOM when the page's scripts are done, having raised no error, logged
    none and alerted nothing. ``hover``: an event to hover once loaded; ``args``: more of Chromium's options."""
    text = page.read_text(encoding="utf-8")
    assert text.count("<head>") == 1 and "</body>" in text
    text = text.replace("<head>", "<head>" + PROBE % {"div": render.DIV_ID, "hover": hover}, 1)
    end = text.rindex("</body>")
    page.write_text(text[:end] + script.replace("%(div)s", render.DIV_ID) + text[end:], encoding="utf-8")
    window = (f"--window-size={width},{height}",) if width else ()
    result = run_chromium(tmp_path, *window, *args, "--dump-dom", page.as_uri())
    dom = result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    errors = re.search(r'<pre id="__errors" hidden="">(.*?)</pre>', dom, flags=re.S)
    assert errors, "the error probe is missing from the DOM: " + result.stderr[-2000:]
    assert json.loads(html.unescape(errors.group(1))) == []  # no JS error, and no alert from the data
    return dom


def findings(dom: str):
    """What a probe reported (``__report``) in a loaded page's DOM."""
    found = re.search(r'<pre id="__probe" hidden="">(.*?)</pre>', dom, flags=re.S)
    assert found, "the probe did not finish"
    return json.loads(html.unescape(found.group(1)))


def probe(page: Path, script: str, tmp_path: Path, width: int = 1366, height: int = 768, **options):
    """The findings ``script`` reports on ``page`` (``load``)."""
    return findings(load(page, tmp_path, script, width, height, **options))


def sample_page(tmp_path: Path, frame: pd.DataFrame | None = None, **options) -> Path:
    """The page of ``frame`` (the sample's when None), titled "Idlib"."""
    return render.to_html(sample_frame() if frame is None else frame, tmp_path / "timeline.html", title="Idlib",
                          **options)


def png_facts(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the pixel stream) of a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return size[0], size[1], len(set(zlib.decompress(idat)))


@pytest.mark.parametrize("hover_id", ["b4"])
def test_browser_plot_renders_without_errors(hover_id, tmp_path):
    dom = load(sample_page(tmp_path), tmp_path, width=None, hover=hover_id)
    assert 'id="__done"' in dom, "the page's scripts did not finish"
    assert 'class="main-svg"' in dom
    placed = sum(1 for row in SENTENCES if row[1] is not None)
    assert len(re.findall(r'<path class="point[ "]', dom)) >= placed
    assert "without a resolved date" in dom  # the subtitle counts the unresolved event


@pytest.mark.parametrize("hover_id", ["b4"])
def test_browser_hover_shows_markup_as_text(hover_id, tmp_path):
    dom = load(sample_page(tmp_path), tmp_path, width=None, hover=hover_id)
    layer = re.search(r'<g class="hoverlayer">(.*?)</g></svg>', dom, flags=re.S)
    assert layer and "hovertext" in layer.group(1), "no hover label was drawn"
    # What is drawn, not the raw label Plotly keeps in an attribute.
    label = re.sub(r'data-unformatted="[^"]*"', "", layer.group(1))
    # The text nodes hold the literal characters (serialised escaped again),
    # and Plotly drew no bold span for the <b> inside the article text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in label
    assert "&lt;b&gt;terrorists&lt;/b&gt;" in label
    assert 'bold">terrorists' not in label and "<script" not in label
    assert 'bold">2018-08-29</tspan>' in label  # the renderer's own markup still works


@pytest.mark.parametrize("size", [(1400, 900)])
def test_browser_screenshot_is_not_blank(size, tmp_path):
    page = render.to_html(sample_frame(), tmp_path / "timeline.html", title="Idlib")
    shot = tmp_path / "shot.png"
    result = run_chromium(tmp_path, "--hide-scrollbars", f"--screenshot={shot}",
                          f"--window-size={size[0]},{size[1]}", page.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    width, height, distinct = png_facts(shot)
    assert (width, height) == size
    assert shot.stat().st_size > 10_000  # a blank page is about 6 KB
    assert distinct > 32  # a blank page has about 4


# Appended at the end of <body>, after the chronology list's own script: click a marker, filter, hide a type.
LIST_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), box = document.getElementById("chronology-q"), out = {};
  function shown() {
    return Array.prototype.filter.call(document.querySelectorAll("#chronology tr[data-t]"), function (r) {
      return r.offsetParent !== null; }).map(function (r) { return r.id; });
  }
  setTimeout(function () {
    out.rows = shown();
    gd.emit("plotly_click", {points: [{customdata: ["", "%(click)s"]}]});
    setTimeout(function () {
      var row = document.getElementById("row-%(click)s"), box_ = row.getBoundingClientRect();
      out.clicked = [row.className, box_.top >= 0 && box_.bottom <= window.innerHeight, window.scrollY > 0];
      box.value = "%(words)s";
      box.dispatchEvent(new Event("input"));
      setTimeout(function () {
        out.filtered = shown();
        out.count = document.getElementById("chronology-n").textContent;
        box.value = "";
        box.dispatchEvent(new Event("input"));
        var hide = [];
        gd.data.forEach(function (t, i) { if (t.legendgroup === "%(hide)s") hide.push(i); });
        Plotly.restyle(gd, {visible: "legendonly"}, hide).then(function () {
          setTimeout(function () { out.hidden = shown(); __report(out); }, 300);
        });
      }, 400);
    }, 300);
  }, 300);
});
</script>"""


@pytest.mark.parametrize("click,words,hide", [("b2", "erdogan IDLIB", "statement")])
def test_browser_chronology_list_click_filter_and_legend(click, words, hide, tmp_path):
    script = LIST_PROBE % {"div": render.DIV_ID, "click": click, "words": words, "hide": hide}
    dom = load(sample_page(tmp_path), tmp_path, script, 1200, 700, hover="b4")
    out = findings(dom)
    # every event a row: the dated by date (b3 is August 2018, from the 1st), then the undated b5
    assert out["rows"] == ["row-b3", "row-b2", "row-b1", "row-b4", "row-b5"]
    assert out["clicked"] == ["hl", True, True]  # highlighted, scrolled into the window
    assert out["filtered"] == ["row-b5"] and out["count"] == "1 of 5 events shown"
    assert out["hidden"] == ["row-b2", "row-b1", "row-b5"]  # the statements b3 and b4 are hidden
    # the sentence with markup is shown as text in its row
    row = re.search(r'<tr id="row-b4".*?</tr>', dom, flags=re.S).group(0)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in row and "&lt;b&gt;terrorists&lt;/b&gt;" in row


# Appended at the end of <body>: after the page's scripts ran, the drawn x tick labels' boxes, left to right.
TICK_PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var gd = document.getElementById("%(div)s"), boxes = [];
    document.querySelectorAll(".xtick text").forEach(function (t) {
      var b = t.getBoundingClientRect();
      if (b.width) boxes.push([t.textContent, b.left, b.right]);
    });
    boxes.sort(function (a, b) { return a[1] - b[1]; });
    __report({boxes: boxes, mode: gd._fullLayout.xaxis.tickmode});
  }, 1500);
});
</script>"""


def cut_frame():
    """Events of 2017-18, 2021 and 2024-25 (the README sample's shape): an axis with two cuts."""
    rows = []
    for i, day in enumerate(["2017-01-10", "2017-06-01", "2018-02-03", "2018-09-01", "2018-12-20", "2021-01-05",
                             "2021-06-10", "2021-12-01", "2024-02-01", "2024-08-08", "2024-12-10", "2025-03-01"]):
        rows.append({"event_id": f"c{i}", "event_date": day, "date_start": day, "date_end": day, "precision": "day",
                     "event_type": "meeting" if i % 2 else "statement", "sentence": "x"})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("size", [(1000, 800), (1400, 1000)])
def test_browser_tick_labels_at_cuts_do_not_overlap(size, tmp_path):
    page = render.to_html(cut_frame(), tmp_path / "timeline.html", title="cuts")
    assert len(render.figure(cut_frame()).layout.xaxis.rangebreaks) == 2
    out = probe(page, TICK_PROBE, tmp_path, *size)
    assert out["mode"] == "array"  # the page's own ticks, not Plotly's
    boxes = out["boxes"]
    assert len(boxes) >= 4, boxes
    assert all(a[2] + 8 <= b[1] for a, b in zip(boxes, boxes[1:])), boxes  # some room between any two labels
    years = {label[0][-4:] for label in boxes}
    assert any(y <= "2018" for y in years) and "2021" in years and any(y >= "2024" for y in years), boxes


def test_browser_search_finds_a_row_by_its_article_id(tmp_path):
    """The build's report and events.csv name articles by id ("t17-bbc-82"), but the list names an article by its
    title or, untitled, by the start of its text (the id only in a tip), so typing the id found no row: the search
    also reads the ids of the articles that report a row (``data-a``), a merged row's other articles too."""
    frame = sample_frame()
    frame.loc[frame["event_id"] == "b2", ["article_id", "title"]] = ["t17-bbc-82", None]
    frame.loc[frame["event_id"] == "b5", "article_ids"] = "000_4ca74516ebb1d9ed; t17-reuters-9"
    page = sample_page(tmp_path, frame, leads={"t17-bbc-82": "At their negotiations on August 24…"})
    assert 'id="row-b5" data-t="talks" data-a="000_4ca74516ebb1d9ed t17-reuters-9"' in page.read_text(encoding="utf-8")
    script = LIST_PROBE % {"div": render.DIV_ID, "click": "b1", "words": "T17-BBC-82", "hide": "meeting"}
    out = probe(page, script, tmp_path, 1200, 700)
    assert out["filtered"] == ["row-b2"] and out["count"] == "1 of 5 events shown"


# Appended at the end of <body>: the titles of the buttons drawn in the chart's mode bar.
MODEBAR_PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var titles = Array.prototype.map.call(document.querySelectorAll(".modebar-btn"), function (b) {
      return b.getAttribute("data-title"); });
    __report(titles);
  }, 300);
});
</script>"""


def test_browser_mode_bar_has_no_button_that_uploads_the_chart(tmp_path):
    """html40: plotly.js 4 drew "Share chart...", which uploads the figure (every sentence, in the hovers) to
    cloud.plotly.com; the page keeps its image download and its zoom buttons."""
    titles = probe(sample_page(tmp_path), MODEBAR_PROBE, tmp_path, 1200, 700)
    assert "Download plot as a PNG" in titles and "Zoom" in titles
    assert not [t for t in titles if "share" in t.lower() or "cloud" in t.lower()], titles


# Appended at the end of <body>: the subtitle, then after each of the given x ranges (null: the first view again)
VIEW_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), views = %(views)s, out = [[gd.layout.title.subtitle.text, gd.layout.margin.t]];
  function next(k) {
    if (k === views.length) {
      __report(out); return;
    }
    Plotly.relayout(gd, {"xaxis.range": views[k] || out.first}).then(function () {
      setTimeout(function () { out.push([gd.layout.title.subtitle.text, gd.layout.margin.t]); next(k + 1); }, 200);
    });
  }
  setTimeout(function () { out.first = gd._fullLayout.xaxis.range.slice(); next(0); }, 300);
});
</script>"""


def view_lines(frame, views, tmp_path) -> list[tuple[list[str], int]]:
    page = render.to_html(frame, tmp_path / "timeline.html", title="view")
    found = probe(page, VIEW_PROBE.replace("%(views)s", json.dumps(views)), tmp_path)
    return [(text.split("<br>"), top) for text, top in found]


def test_browser_subtitle_says_what_the_view_shows(tmp_path):
    """html41: after a range button the subtitle still described the first view; its view line now says what is
    shown, and says the first view's words again when it is back."""
    rows = [{"event_id": f"e{i}", "event_date": d, "date_start": d, "date_end": d, "precision": "day",
             "event_type": "meeting", "sentence": "x"}
            for i, d in enumerate((dt.date(2018, 8, 1) + dt.timedelta(days=i)).isoformat() for i in range(40))]
    rows += [{"event_id": "o1", "event_date": "1201", "date_start": "1201-01-01", "date_end": "1201-12-31",
              "precision": "year", "event_type": "other", "sentence": "y"}]
    out = view_lines(pd.DataFrame(rows), [["2018-08-01", "2018-08-10"], None], tmp_path)
    (first, top), (shown, top2), (back, top3) = out
    assert first[1].startswith("zoomed to 1 Aug – 9 Sep 2018, where most events are (40 of 41)")
    assert shown[1] == "showing 1 Aug – 10 Aug 2018: 10 of 41 dated events" and shown[0] == first[0]
    assert back == first and top == top2 == top3


def test_browser_subtitle_gets_a_view_line_when_the_first_view_shows_all(tmp_path):
    (first, top), (shown, top2) = view_lines(sample_frame(), [["2018-08-26", "2018-08-28"]], tmp_path)
    assert len(shown) == len(first) + 1 and shown[1] == "showing 26 Aug – 28 Aug 2018: 2 of 4 dated events"
    assert top2 == top + render.SUBTITLE_LINE



def test_browser_page_with_cuts_opens_with_its_own_subtitle(tmp_path):
    """newuser44: a page with a cut of the axis and a first view of everything opened with a view line, "showing all
    107 dated events (Nov 2014 – Mar 2025)" (the padded view's months, added when the axis's labels relayout the
    first view once drawn), under a title of the articles' months and over an axis from Jan 2015: three ranges, none
    named. The subtitle names the events' months and stays as written until the view changes."""
    frame = cut_frame()
    assert len(render.figure(frame).layout.xaxis.rangebreaks) == 2
    (first, top), (again, top2) = view_lines(frame, [None], tmp_path)
    assert first[0] == "12 events dated Jan 2017 – Mar 2025"
    assert not any(line.startswith("showing") for line in first)
    assert again == first and top2 == top  # the first view, relayouted, says what it said

# Appended at the end of <body>: the "who" box and the type picker, what the list and the chart show; then the way
# back to the chart after a marker's click
WHO_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), who = document.getElementById("chronology-w");
  var type = document.getElementById("chronology-t"), back = document.getElementById("chronology-back"), out = [];
  function shown() {
    return Array.prototype.filter.call(document.querySelectorAll("#chronology tr[data-t]"), function (r) {
      return r.offsetParent !== null; }).map(function (r) { return r.id.slice(4); });
  }
  function lit() {  // the event ids of the chart's markers drawn bright when some are dimmed; null: none dimmed
    var ids = [], dim = false;
    document.querySelectorAll(".cartesianlayer .trace.scatter path.point").forEach(function (p) {
      var trace = p.parentNode.parentNode.__data__[0].trace;
      if (!trace.customdata) return;
      if (p.style.opacity) dim = true; else ids.push(trace.customdata[p.__data__.i][1]);
    });
    return dim ? ids.sort() : null;
  }
  var steps = [["lavrov", ""], ["Sergei Lavrov", ""], ["Idlib", ""], ["", "talks"], ["", ""]];
  function step(k) {
    if (k === steps.length) return backTest();
    who.value = steps[k][0]; who.dispatchEvent(new Event("input"));
    type.value = steps[k][1]; type.dispatchEvent(new Event("change"));
    setTimeout(function () { out.push([shown(), lit()]); step(k + 1); }, 400);
  }
  function backTest() {
    var was = back.hidden;
    gd.emit("plotly_click", {points: [{customdata: ["", "b4"]}]});
    setTimeout(function () {
      var away = window.scrollY, showing = !back.hidden;
      back.click();
      setTimeout(function () {
        out.push([was, away > 0, showing, window.scrollY, back.hidden]);
        __report(out);
      }, 300);
    }, 400);
  }
  setTimeout(function () { step(0); }, 300);
});
</script>"""


def test_browser_list_filters_by_actor_and_type_and_the_chart_follows(tmp_path):
    """html41: the search matched any text of a row, so "Assad" also found the rows that only mention him, and there
    was no way to list one actor's events or one type's. The "who" box matches the actor columns alone (an exact name
    picked from its suggestions, else the words typed in a name), the type picker one type; the chart dims the
    markers of the events not listed. After a marker's click took the page to its row, a button goes back."""
    page = sample_page(tmp_path)
    assert '<option value="Sergei Lavrov">1 event</option>' in page.read_text(encoding="utf-8")
    lavrov, sergei, idlib, talks, cleared, back = probe(page, WHO_PROBE, tmp_path)
    assert lavrov == [["b2", "b4"], ["b2", "b4"]]  # Sergey and Sergei: the words typed, in the actor columns
    assert sergei == [["b4"], ["b4"]]  # a name as suggested: that actor alone
    assert idlib == [[], []]  # in four sentences, and no actor's name
    assert talks == [["b2", "b5"], ["b2"]]  # (b5 has no date: no marker)
    assert cleared == [["b3", "b2", "b1", "b4", "b5"], None]
    assert back == [True, True, True, 0, True]  # hidden by the chart; shown in the list; back to where it was


SLIDER_PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var gd = document.getElementById("%(div)s"), out = {};
    var slider = document.querySelector(".rangeslider-container");
    out.slider = slider ? slider.querySelectorAll("path.point").length : -1;
    out.main = document.querySelectorAll(".cartesianlayer path.point").length;
    out.light = gd.data.filter(function (t) { return !t.xaxis || t.xaxis === "x"; }).reduce(function (n, t) {
      return n + t.x.length; }, 0);
    Plotly.relayout(gd, {"xaxis.range": ["2018-08-20", "2018-08-31"]}).then(function () {
      out.ranges = [gd._fullLayout.xaxis.range, gd._fullLayout.xaxis2.range];
      __report(out);
    });
  }, 300);
});
</script>"""


def test_browser_range_slider_draws_the_light_traces_alone(tmp_path):
    """html41: the range slider drew every marker a second time, outline and all (0.4-1.4 s of the bench's 1.6-2.6 s
    draw); the chart's traces are on a hidden twin of the date axis that follows its range, and the slider draws one
    light dot per marker."""
    out = probe(sample_page(tmp_path), SLIDER_PROBE, tmp_path)
    assert out["light"] == 4 and out["slider"] == out["light"]  # the four dated events, once, in the slider
    assert out["main"] >= out["slider"] + 4  # and drawn in the chart
    assert out["ranges"][0] == out["ranges"][1] and out["ranges"][0][0].startswith("2018-08-20")


CUT_SLIDER_PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var gd = document.getElementById("%(div)s"), ax = gd._fullLayout.xaxis, rs = ax.rangeslider, out = {};
    function at(day) { return rs.d2p(ax.r2l(day)); }
    out.cuts = gd.layout.xaxis.rangebreaks.map(function (b) { return at(b.bounds[1]) - at(b.bounds[0]); });
    out.width = rs._width;
    // a view across the first cut: the window the slider lights, and the share two days take of the view and of it
    Plotly.relayout(gd, {"xaxis.range": ["2018-06-01", "2021-03-01"]}).then(function () {
      var box = document.querySelector(".rangeslider-slidebox");
      out.box = [+box.getAttribute("x"), +box.getAttribute("width")];
      out.window = [at("2018-06-01"), at("2021-03-01") - at("2018-06-01")];
      out.main = (ax.r2p("2021-01-05") - ax.r2p("2018-12-20")) / ax._length;
      out.lit = (at("2021-01-05") - at("2018-12-20")) / out.box[1];
      __report(out);
    });
  }, 300);
});
</script>"""


def test_browser_range_slider_cuts_what_the_axis_cuts(tmp_path):
    """merge44: html42/html43 read the slider of the Syria audit build (its first view, Mar 2011 - Aug 2012, about a
    tenth of its width) as drawing the whole calendar span past the axis's cuts. Plotly applies the date axis's
    ``rangebreaks`` to its range slider too, the light dots and the handles both: a cut takes no width there, and
    the window it lights over a view across a cut is that view, each day where the chart has it. (That build's slider
    spans 2010-26, where most of its events are: only 2017-19 is empty, so the 18 months are 11 % of it.)"""
    out = probe(render.to_html(cut_frame(), tmp_path / "timeline.html", title="cuts"), CUT_SLIDER_PROBE, tmp_path)
    assert len(out["cuts"]) == 2 and all(abs(px) < 2 for px in out["cuts"]), out  # two years cut: no width
    assert out["box"] == pytest.approx(out["window"], abs=1.5), out  # the lit window is the view
    assert out["main"] == pytest.approx(out["lit"], abs=0.01), out  # and a stretch takes its share of both
    # (two years apart across the cut, they take a fifth of the view: without the cut the slider's window would
    # give them three quarters of it)
    assert out["main"] < 0.3, out


LANE_PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var out = {};
    Array.prototype.forEach.call(document.querySelectorAll(".ytick text"), function (t) {
      if (t.textContent.indexOf("%(lane)s (") !== 0) return;
      var b = t.getBoundingClientRect(), hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      out.hit = !!(hit && hit.closest(".ytick"));  // a real click there reaches the lane's name
      hit.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    });
    setTimeout(function () {
      out.who = document.getElementById("chronology-w").value;
      out.type = document.getElementById("chronology-t").value;
      out.rows = Array.prototype.filter.call(document.querySelectorAll("#chronology tr[data-t]"), function (r) {
        return r.offsetParent !== null; }).map(function (r) { return r.id.slice(4); });
      __report(out);
    }, 300);
  }, 300);
});
</script>"""


@pytest.mark.parametrize("lanes,lane,expected", [
    ("actor", "Sergei Lavrov", {"hit": True, "who": "Sergei Lavrov", "type": "", "rows": ["b4"]}),
    ("type", "talks", {"hit": True, "who": "", "type": "talks", "rows": ["b2", "b5"]})])
def test_browser_a_click_on_a_lane_name_lists_its_events(lanes, lane, expected, tmp_path):
    """html41: "show me Lavrov's events" in one step from the chart: a lane's name takes a click (plotly lets none
    reach its axis labels) and sets the list's "who" box or its type picker."""
    assert probe(sample_page(tmp_path, lanes=lanes), LANE_PROBE % {"lane": lane}, tmp_path) == expected


def test_browser_a_planned_date_stays_in_its_cell(tmp_path):
    """html41's screenshots: "week of 2012-03-05" with its "planned" mark ran over the type of the next cell (the date
    cell does not wrap); the mark sits under the date."""
    frame = sample_frame()
    frame.loc[frame["event_id"] == "b3", ["event_date", "precision", "date_start", "date_end"]] = [
        "2018-W35", "week", "2018-08-27", "2018-09-02"]
    script = """<script>window.addEventListener("load", function () { setTimeout(function () {
      var td = document.querySelector("#row-b3 td");
      __report([td.textContent, td.scrollWidth <= td.clientWidth]); }, 300); });</script>"""
    assert probe(sample_page(tmp_path, frame), script, tmp_path) == ["week of 2018-08-27 planned", True]


# Appended at the end of <body>: the "who" box set to an actor whose events are behind a "+N more" marker; what the
# chart, its "+N" labels and the range slider show; then a click on that marker
MORE_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), who = document.getElementById("chronology-w"), out = {};
  function opacity(el) { return el.style.opacity === "" ? 1 : +el.style.opacity; }
  setTimeout(function () {
    who.value = "%(who)s"; who.dispatchEvent(new Event("input"));
    setTimeout(function () {
      out.more = [];  // [day, drawn bright] of each "+N more" marker
      document.querySelectorAll(".cartesianlayer .trace.scatter").forEach(function (g) {
        var t = g.__data__[0].trace;
        if (t.name !== "more") return;
        g.querySelectorAll("path.point").forEach(function (p) { out.more.push([t.x[p.__data__.i], opacity(p) === 1]); });
      });
      out.labels = [];  // [day, bright] of each "+N" label drawn
      document.querySelectorAll(".annotation[data-index]").forEach(function (a) {
        var note = gd.layout.annotations[+a.getAttribute("data-index")];
        if (note.name === "more") out.labels.push([note.x, opacity(a) === 1]);
      });
      out.slider = [];  // [type, day, bright] of each dot of the range slider
      document.querySelectorAll(".rangeslider-container .trace.scatter").forEach(function (g) {
        var t = g.__data__[0].trace;
        g.querySelectorAll("path.point").forEach(function (p) {
          out.slider.push([t.legendgroup, t.x[p.__data__.i], opacity(p) === 1]); });
      });
      out.masked = Array.prototype.map.call(document.querySelectorAll(".rangeslider-container rect[class*=opp-axis]"),
        function (r) { return getComputedStyle(r).display; });
      gd.data.forEach(function (t) {
        if (t.name === "more") (t.customdata || []).forEach(function (cd) {
          if (cd[2].some(function (r) { return r[0] === "%(first)s"; })) gd.emit("plotly_click", {points: [{customdata: cd}]});
        });
      });
      setTimeout(function () {
        var lit = document.querySelector("#chronology tr.hl");
        out.clicked = [lit && lit.id.slice(4), document.getElementById("chronology-n").textContent];
        __report(out);
      }, 400);
    }, 500);
  }, 300);
});
</script>"""


def test_browser_the_list_filter_dims_more_labels_and_the_range_slider_as_the_markers(tmp_path):
    """html42: with the list filtered, a "+N more" marker is drawn bright when one of the events behind it is listed
    (it stands for them, as any marker for its event) and dim otherwise, but its "+N" label stayed dark either way,
    and the range slider's dots were never dimmed: the label follows its marker, a slider dot the markers of its day
    and lane. A click on a bright "+N more" marker finds the first of its events the list shows (it cleared the
    filter for the stack's first event). The slider's window of the view shown is lit (it was as grey as the rest)."""

    frame = sample_frame()
    lavrov, meeting = (frame[frame["event_id"] == k] for k in ("b4", "b1"))
    # ten statements on 29 August (the last five behind a "+N more" marker, two of them Zakharova's) and ten meetings
    # on 27 August (five behind another)
    stack = [lavrov.assign(event_id=f"s{i}") for i in range(9)] + [meeting.assign(event_id=f"m{i}") for i in range(9)]
    frame = pd.concat([frame] + stack, ignore_index=True)
    frame.loc[frame["event_id"].isin(["s6", "s8"]), ["actor1", "actors"]] = ["Maria Zakharova", "Maria Zakharova"]
    script = MORE_PROBE % {"div": render.DIV_ID, "who": "Maria Zakharova", "first": "s6"}
    out = probe(sample_page(tmp_path, frame), script, tmp_path)
    assert sorted(out["more"]) == [["2018-08-27", False], ["2018-08-29", True]]
    assert out["labels"] and all(bright == (day == "2018-08-29") for day, bright in out["labels"])
    assert ["statement", "2018-08-29", True] in out["slider"]
    assert [bright for _, _, bright in out["slider"]].count(True) == 1 and len(out["slider"]) >= 4
    assert out["masked"] and set(out["masked"]) == {"none"}
    assert out["clicked"] == ["s6", "2 of 23 events shown"]


# Appended at the end of <body>: what overflows the window, whether the chart draws its legend, and the chart's width
# before, during and after printing (the page's own beforeprint / afterprint handlers)
FIT_PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var gd = document.getElementById("%(div)s"), out = {};
    function svgWidth() { return Math.round(gd.querySelector(".main-svg").getBoundingClientRect().width); }
    out.window = window.innerWidth;
    out.page = document.documentElement.scrollWidth;
    out.legend = !!gd.querySelector(".legend");
    out.sentence = Math.round(document.querySelector("#row-b4 td:nth-child(5)").getBoundingClientRect().width);
    out.svg = svgWidth();
    window.dispatchEvent(new Event("beforeprint"));
    setTimeout(function () {
      out.printed = svgWidth();
      window.dispatchEvent(new Event("afterprint"));
      setTimeout(function () {
        out.after = svgWidth();
        __report(out);
      }, 500);
    }, 500);
  }, 300);
});
</script>"""


@pytest.mark.parametrize("width", [500, 1440])  # (a headless window is no narrower than 500 px)
def test_browser_page_fits_a_phone_and_paper(width, tmp_path):
    """page47: on a 390 px phone the chart's legend, right of the lanes, was cut off and squeezed the lanes to a third
    of the screen, and the list's six fixed columns ran past the screen's edge (the sentence in a 60 px column); in
    print the chart kept the window's width (1440 px) and the paper cut it. A narrow window draws no legend and the
    list's rows stack their cells; before printing the chart is drawn as wide as the paper, after it as before."""
    from timeline import page_fit

    page = render.to_html(sample_frame(), tmp_path / "timeline.html", title="Idlib")
    out = probe(page, FIT_PROBE, tmp_path, width, 844)
    assert out["window"] == width and out["page"] <= width, out  # nothing runs past the window's edge
    assert out["legend"] == (width >= page_fit.NARROW_PX), out
    assert out["sentence"] >= min(300, width * 0.3), out  # the sentence has room to be read
    assert out["printed"] == page_fit.PRINT_PX and out["after"] == out["svg"], out


# Appended at the end of <body>: "only the chart's dates" ticked, the chart zoomed, then the view widened again
VIEWLIST_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), box = document.getElementById("chronology-v"), out = [];
  function shown() {
    return Array.prototype.filter.call(document.querySelectorAll("#chronology tr[data-t]"), function (r) {
      return r.offsetParent !== null; }).map(function (r) { return r.id.slice(4); });
  }
  function later(f) { setTimeout(f, 400); }
  setTimeout(function () {
    box.checked = true; box.dispatchEvent(new Event("change"));
    out.push(shown());
    Plotly.relayout(gd, {"xaxis.range": ["2018-08-26", "2018-08-28"]}).then(function () { later(function () {
      out.push([shown(), document.getElementById("chronology-n").textContent]);
      Plotly.relayout(gd, {"xaxis.range": ["2018-08-20", "2018-09-10"]}).then(function () { later(function () {
        out.push(shown());
        box.checked = false; box.dispatchEvent(new Event("change"));
        out.push(shown());
        __report(out);
      }); });
    }); });
  }, 300);
});
</script>"""


def test_browser_the_list_can_follow_the_charts_dates(tmp_path):
    """page47: "narrow to a date range" had no way in the list: a zoom, a range button or the slider narrowed the
    chart alone, and the list went on listing every event of the set (5,579 rows on the bench's page). "only the
    chart's dates" lists the events whose date span meets the view, and follows the view as it changes."""
    page = render.to_html(sample_frame(), tmp_path / "timeline.html", title="Idlib")
    text = page.read_text(encoding="utf-8")
    assert 'id="row-b3" data-t="statement"' in text and 'data-d="2018-08-01 2018-08-31"' in text
    first, zoomed, wide, unticked = probe(page, VIEWLIST_PROBE, tmp_path, 1366, 768)
    assert first == ["b3", "b2", "b1", "b4"]  # the first view holds every dated event; the undated b5 is not on it
    # 26-28 August: the meeting of the 27th, and b3, dated August 2018 (its month meets the view)
    assert zoomed == [["b3", "b1"], "2 of 5 events shown"]
    assert wide == ["b3", "b2", "b1", "b4"]
    assert unticked == ["b3", "b2", "b1", "b4", "b5"]


# Appended at the end of <body>: from the list's end, "back to the chart": where the chart's heading and the chart then
# stand in the window
BACK_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s");
  setTimeout(function () { window.scrollTo(0, document.documentElement.scrollHeight); }, 800);
  setTimeout(function () { document.getElementById("chronology-back").click(); }, 1100);
  setTimeout(function () {
    var head = document.querySelector(".timeline-head");
    var out = {scrolled: window.scrollY, chart: Math.round(gd.getBoundingClientRect().top),
               head: head && !head.hidden ? Math.round(head.getBoundingClientRect().top) : null};
    __report(out);
  }, 1500);
});
</script>"""


@pytest.mark.parametrize("width", [500, 1440])
def test_browser_back_to_the_chart_shows_its_title(width, tmp_path):
    """page50: on a narrow window the chart's title and subtitle are HTML above the chart (page_fit), and "back to the
    chart" scrolled to the chart's top, with its title out of sight above. It goes to the heading; on a wide window,
    where the title is the chart's own, to the chart's top as before."""
    frame = pd.concat([cut_frame()] * 8, ignore_index=True).assign(event_id=lambda f: [f"e{i}" for i in f.index])
    page = render.to_html(frame, tmp_path / "timeline.html", title=TITLE)
    out = probe(page, BACK_PROBE, tmp_path, width, 844)
    assert out["scrolled"] > 0, out  # (a page longer than the window: the way back is a scroll)
    if width == 500:
        assert out["head"] is not None and abs(out["head"]) <= 1 and out["chart"] > 0, out
    else:
        assert out["head"] is None and abs(out["chart"]) <= 1, out


def test_browser_the_undated_rows_are_one_click_away_and_their_heading_shows(tmp_path):
    """page47: the rows without a resolved date come after every dated one (237,000 px down the bench's page) with no
    way there but scrolling, and their heading, scrolled to, hid behind the list's sticky column header. A link in the
    list's bar goes there, and the heading stays below the column header."""

    frame = sample_frame()
    undated = frame[frame["event_id"] == "b5"]
    frame = pd.concat([frame] + [undated.assign(event_id=f"u{i}") for i in range(40)], ignore_index=True)
    script = """<script>window.addEventListener("load", function () { setTimeout(function () {
      document.querySelector('#chronology .bar a[href="#chronology-undated"]').click();
      setTimeout(function () {
        var h = document.getElementById("chronology-undated").getBoundingClientRect();
        var head = document.querySelector("#chronology table.h").getBoundingClientRect();
        __report([Math.round(h.top), Math.round(head.bottom), window.scrollY > 0]); }, 400); }, 300); });</script>"""
    top, header_bottom, scrolled = probe(sample_page(tmp_path, frame), script, tmp_path, 1366, 768)
    assert scrolled and top >= header_bottom and top < 200, (top, header_bottom)


# Appended at the end of <body>: where the title, the subtitle and the range buttons are drawn, then after a zoom
HEAD_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), out = {window: window.innerWidth};
  function said() {
    var head = document.querySelector(".timeline-head");
    return head && !head.hidden ? Array.prototype.map.call(head.children, function (e) {
      return [e.textContent, Math.round(e.getBoundingClientRect().right)]; }) : null;
  }
  setTimeout(function () {
    out.head = said();
    out.title = Math.round(gd.querySelector(".gtitle").getBoundingClientRect().right);
    out.titleColor = Array.prototype.map.call(gd.querySelectorAll(".gtitle, .gtitle-subtitle"), function (t) { return t.style.opacity; }).join();
    out.buttons = Array.prototype.map.call(gd.querySelectorAll(".updatemenu-button"), function (b) {
      return [b.textContent, Math.round(b.getBoundingClientRect().right)]; });
    out.menus = gd.layout.updatemenus.length;
    Plotly.relayout(gd, {"xaxis.range": ["2021-01-01", "2021-12-31"]}).then(function () {
      setTimeout(function () {
        out.zoomed = said();
        out.top = gd._fullLayout.margin.t;
        __report(out);
      }, 400);
    });
  }, 300);
});
</script>"""


@pytest.mark.parametrize("width", [500, 1440])  # (a headless window is no narrower than 500 px)
def test_browser_title_and_range_buttons_fit_a_narrow_window(width, tmp_path):
    """page48: on a 390 px phone the chart's title and subtitle (Plotly's, which do not wrap) ran off the right edge
    and the range buttons past "last 6 months" could not be reached. Under page_fit.NARROW_PX they are HTML above the
    chart, where they wrap, and the view line the page rewrites is said there too; the range buttons go in rows that
    fit. A wide window keeps the chart's own title and one row of buttons."""
    from timeline import page_fit

    title = "Timeline of 141 articles dated Mar 2011 – Dec 2024 from four wire services and two ministries"
    page = render.to_html(cut_frame(), tmp_path / "timeline.html", title=title)
    out = probe(page, HEAD_PROBE, tmp_path, width, 844)
    assert out["window"] == width
    labels = [label for label, _ in out["buttons"]]
    assert len(labels) >= 5 and all(right <= width for _, right in out["buttons"]), out  # every button in reach
    if width >= page_fit.NARROW_PX:
        assert out["head"] is None and out["zoomed"] is None and out["menus"] == 1, out
        assert out["titleColor"] == "1,1", out
        return
    assert out["titleColor"] == "0,0", out  # the chart's own title unseen
    assert out["head"][0][0] == title and all(right <= width for _, right in out["head"]), out  # wrapped, whole
    assert out["head"][1][0] == "12 events dated Jan 2017 – Mar 2025"
    # the view line the page writes after a zoom is in the heading, and takes no room in the chart
    assert out["zoomed"][1][0] == out["head"][1][0] and out["zoomed"][2][0].startswith("showing"), out
    assert out["top"] < 150, out


# Appended at the end of <body>: where the list's heading starts against the chart's lowest drawn pixels (the range
# slider's, and the chart's SVG with its bottom margin), the HTML heading above the chart, the chart's and the range
# buttons' right edges. In a window of its own: once loaded. In a frame (``frame_probe``): at each "measure" from the
# page around it, after a resize event (a headless frame resized by its page gets its own only with the next drawn
# frame, which --dump-dom never draws), its findings posted back.
BELOW_PROBE = """<script>
(function () {
  var gd = document.getElementById("%(div)s");
  function box(el) { return el ? el.getBoundingClientRect() : null; }
  function most(selector, side) {
    return Math.round(Math.max.apply(null, Array.prototype.map.call(gd.querySelectorAll(selector), function (el) {
      return box(el)[side]; })));
  }
  function measure() {
    var head = document.querySelector(".timeline-head"), slider = box(gd.querySelector(".rangeslider-container"));
    return {window: window.innerWidth, client: document.documentElement.clientWidth,
            list: Math.round(box(document.querySelector("#chronology h2")).top),
            slider: Math.round(slider.bottom), sliderHeight: Math.round(slider.height),
            chart: most(".main-svg", "bottom"), chartTop: Math.round(box(gd).top), right: most(".main-svg", "right"),
            head: head && !head.hidden ? Math.round(box(head).bottom) : null,
            buttons: most(".updatemenu-button", "right"), rows: gd.layout.updatemenus.length};
  }
  if (window.parent === window) {
    window.addEventListener("load", function () {
      setTimeout(function () {
        __report(measure());
      }, 800);
    });
  } else {
    window.addEventListener("message", function (e) {
      if (e.data !== "measure") return;
      window.dispatchEvent(new Event("resize"));
      setTimeout(function () { e.source.postMessage(JSON.stringify(measure()), "*"); }, 1500);
    });
  }
})();
</script>"""

# The page around the frame: the frame resized to each width in turn, measured at each (BELOW_PROBE)
FRAME_PAGE = """<!DOCTYPE html><html><head></head><body style="margin:0">
<iframe id="f" src="%(src)s" width="%(first)d" height="844" style="border:0"></iframe>
<script>
var widths = %(widths)s, k = 0, out = [], f = document.getElementById("f");
window.addEventListener("message", function (e) { out.push(JSON.parse(e.data)); k += 1; next(); });
function next() {
  if (k === widths.length) {
    __report(out);
    return;
  }
  f.width = widths[k];
  setTimeout(function () { f.contentWindow.postMessage("measure", "*"); }, 300);
}
f.addEventListener("load", function () { setTimeout(next, 500); });
</script></body></html>"""


def frame_probe(page: Path, widths: list[int], tmp_path: Path) -> list[dict]:
    """BELOW_PROBE's findings on ``page`` in a frame of each of ``widths`` in turn (844 px high), in a window 1440 px
    wide: a window narrower than a headless one can be (390 px), and the window resized across page_fit.NARROW_PX."""
    text = page.read_text(encoding="utf-8")
    page.write_text(text[:text.rindex("</body>")] + BELOW_PROBE % {"div": render.DIV_ID}
                    + text[text.rindex("</body>"):], encoding="utf-8")
    outer = tmp_path / "frame.html"
    outer.write_text(FRAME_PAGE % {"src": page.name, "first": widths[0], "widths": json.dumps(widths)},
                     encoding="utf-8")
    return findings(load(outer, tmp_path, "", 1440, 900, args=("--virtual-time-budget=40000",)))


def below_the_chart(out: dict, width: int) -> None:
    """The list's heading starts under the chart's lowest drawn pixel (the range slider's, and the SVG's own bottom
    margin), with no gap of a box left taller than the chart; the HTML heading (a narrow window's) ends above the
    chart; the chart is as wide as the window (inside the page's 8 px margin and the scroll bar), and its range buttons
    end inside it."""
    from timeline import page_fit

    assert out["window"] == width, out
    assert out["sliderHeight"] > 0 and out["list"] >= out["slider"] and out["list"] >= out["chart"], out
    assert out["list"] - out["chart"] < 40, out
    # the HTML heading on a narrow window; from NARROW_PX up to where the chart's title and subtitle fit (about 760 px
    # for these pages', keys49) too, and on a window wider than that not
    if width < page_fit.NARROW_PX or width >= 1000:
        assert (out["head"] is not None) == (width < page_fit.NARROW_PX), out
    assert out["head"] is None or out["head"] <= out["chartTop"], out
    assert out["client"] - 10 <= out["right"] <= out["client"] and out["buttons"] <= out["client"], out


TITLE = "Timeline of 141 articles dated Mar 2011 – Dec 2024 from four wire services and two ministries"


@pytest.mark.parametrize("width", [500, 1440])  # (no headless window is narrower than 500 px: 390 in a frame, below)
def test_browser_the_list_starts_below_the_chart(width, tmp_path):
    """page49: on a 500 px window page48's narrow chart (its title as HTML above it, its range buttons in rows) was
    drawn over the list's "Chronology" heading, range slider and all: the heading went into plotly's box around the
    chart, which kept the height the figure had when written while the figure's height changed."""
    page = render.to_html(cut_frame(), tmp_path / "timeline.html", title=TITLE)
    below_the_chart(probe(page, BELOW_PROBE, tmp_path, width, 844), width)


def test_browser_the_list_stays_below_the_chart_as_the_window_is_resized(tmp_path):
    """page49: a 390 px phone, then the window resized across page_fit.NARROW_PX both ways and within the narrow
    widths: at each the list starts under the chart, and the chart and its range buttons fit the window. (page48's
    height relayout pinned the chart's width, so a window narrowed from 1000 px kept a 969 px chart; its rows of
    buttons, split once, stayed as split at 699 px on a 390 px window.)"""
    widths = [390, 1000, 699, 390, 700, 500, 1440]
    page = render.to_html(cut_frame(), tmp_path / "timeline.html", title=TITLE)
    found = frame_probe(page, widths, tmp_path)
    assert len(found) == len(widths)
    for out, width in zip(found, widths):
        below_the_chart(out, width)
    assert found[0]["rows"] > 1 and found[1]["rows"] == 1 and found[3]["rows"] > found[2]["rows"], found


# Appended at the end of <body>: the cuts' labels ("✂ 3.2 years") that lie over a marker of the chart, in a view of
# the whole axis
CUT_LABEL_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s");
  setTimeout(function () {
    Plotly.relayout(gd, {"xaxis.range": gd._fullLayout.xaxis.rangeslider.range.slice()});
  }, 300);
  setTimeout(function () {
    var out = {labels: 0, over: []};
    var points = Array.prototype.filter.call(gd.querySelectorAll(".scatterlayer .point"), function (p) {
      return !p.closest(".rangeslider-container"); }).map(function (p) {
      return p.getBoundingClientRect(); }).filter(function (b) { return b.width > 0; });
    gd.querySelectorAll(".annotation").forEach(function (a) {
      if (a.textContent.indexOf("✂") !== 0) return;
      out.labels += 1;
      var l = a.querySelector(".bg").getBoundingClientRect();
      points.forEach(function (b) {
        if (b.left < l.right && l.left < b.right && b.top < l.bottom && l.top < b.bottom)
          out.over.push([a.textContent, Math.round(b.left), Math.round(b.top)]);
      });
    });
    out.points = points.length;
    __report(out);
  }, 1500);
});
</script>"""


def spaced(first: str, count: int, kinds: list[str], step: int) -> list[dict]:
    """``count`` day-dated events ``step`` days apart from ``first``, their types ``kinds`` in turn."""
    start = dt.date.fromisoformat(first)
    return [{"event_id": f"{first}-{i}", "event_date": day, "date_start": day, "date_end": day, "precision": "day",
             "event_type": kinds[i % len(kinds)], "sentence": "x"}
            for i, day in enumerate(str(start + dt.timedelta(days=step * i)) for i in range(count))]


def test_browser_a_cut_label_lies_over_no_marker(tmp_path):
    """page49: the sample page's "✂ 2.1 years" stood at the top of the lanes on a meeting a few days before the
    cut, half of whose marker it hid on a 500 px window. The label now stands in a lane with no marker by its line
    (axis_breaks._label_lane; in the page, in pixels, cut_labels)."""
    # every 60 days: five years of meetings, then five of statements
    frame = pd.DataFrame(spaced("2011-03-01", 30, ["meeting"], 60) + spaced("2021-02-01", 30, ["statement"], 60)
                         + spaced("2011-05-01", 1, ["call"], 60))
    page = render.to_html(frame, tmp_path / "timeline.html", title="Cut")
    out = probe(page, CUT_LABEL_PROBE, tmp_path, 500, 844)
    assert out["labels"] == 1 and out["points"] >= 60 and out["over"] == [], out


# Appended at the end of <body>: the cuts' labels' left and right edges and the lanes', in the first view and in a view
# that ends by the cut's line (``view``)
EDGE_LABEL_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), out = [];
  function look() {
    var left = gd.getBoundingClientRect().left + gd._fullLayout._size.l, labels = [];
    gd.querySelectorAll(".annotation").forEach(function (a) {
      if (a.textContent.indexOf("✂") !== 0) return;
      var b = a.querySelector(".bg").getBoundingClientRect();
      labels.push([Math.round(b.left - left), Math.round(b.right - left)]);
    });
    out.push({lanes: [0, Math.round(gd._fullLayout._size.w)], labels: labels});
  }
  setTimeout(function () { look(); Plotly.relayout(gd, {"xaxis.range": %(view)s}); }, 800);
  setTimeout(function () {
    look();
    __report(out);
  }, 1800);
});
</script>"""


@pytest.mark.parametrize("width", [1366, 500])
def test_browser_a_cut_label_stays_off_the_lanes_names(width, tmp_path):
    """page50: a view that starts inside a cut (the first view "where most events are" of a set with an old event)
    draws the cut's line on the lanes' left edge, and its label, centred on the line, lay half over the first lanes'
    names ("✂ 10 months" over "meeting (17" on a 40 White House + 10 TASS page at 1366 px). It now stands right of
    the line; and left of it when a view ends by the line, on the lanes' right edge."""
    frame = pd.DataFrame(spaced("1995-03-01", 1, ["meeting"], 30)  # every 30 days, the lanes in turn
                         + spaced("2021-01-20", 60, ["meeting", "talks", "call", "statement"], 30))
    figure = render.figure(frame)
    (cut,) = figure.layout.xaxis.rangebreaks
    assert cut.bounds[0] < figure.layout.xaxis.range[0] < cut.bounds[1]  # the first view starts inside the cut
    page = render.to_html(frame, tmp_path / "timeline.html", title="Edge")
    # from the old event to a day after the cut's line
    view = json.dumps(["1995-01-01", str(dt.date.fromisoformat(cut.bounds[1]) + dt.timedelta(days=1))])
    out = probe(page, EDGE_LABEL_PROBE.replace("%(view)s", view), tmp_path, width, 844)
    assert len(out) == 2 and all(len(o["labels"]) == 1 for o in out), out
    for o in out:
        (left, right), = o["labels"]
        assert o["lanes"][0] <= left and right <= o["lanes"][1], out  # inside the lanes: off their names, the legend
    assert out[0]["labels"][0][0] - out[0]["lanes"][0] <= 3, out  # by the line at the lanes' left edge
    assert out[1]["lanes"][1] - out[1]["labels"][0][1] <= 10, out  # by the line near their right edge

# Appended at the end of <body>: in the first view and in each range button's view, each cut label's top (px below the
# lanes' top) and the markers, lane names, "+N" labels and bars of imprecise dates (each segment in view, 3 px thick,
# from the data) its drawn box lies over
CUT_VIEWS_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s"), out = [], k = -1;
  var buttons = gd.querySelectorAll(".updatemenu-button").length;
  function look() {
    var full = gd._fullLayout, left = gd.getBoundingClientRect().left + full._size.l;
    var top = gd.getBoundingClientRect().top + full._size.t, labels = [];
    var points = Array.prototype.filter.call(gd.querySelectorAll(".scatterlayer .point"), function (p) {
      return !p.closest(".rangeslider-container"); }).map(function (p) {
      return p.getBoundingClientRect(); }).filter(function (b) { return b.width > 0; });
    var names = Array.prototype.map.call(gd.querySelectorAll(".ytick text"), function (t) {
      return t.getBoundingClientRect(); });
    var more = [], bars = [];
    gd.querySelectorAll(".annotation[data-index]").forEach(function (a) {
      if (gd.layout.annotations[+a.getAttribute("data-index")].name === "more")
        more.push(a.querySelector(".bg").getBoundingClientRect());
    });
    gd._fullData.forEach(function (t) {
      if (t.mode !== "lines" || t.visible !== true) return;
      var xa = full.xaxis2, ya = full.yaxis;
      for (var i = 0; i + 1 < t.x.length; i += 3) {
        var x0 = Math.max(0, xa.l2p(xa.r2l(t.x[i]))), x1 = Math.min(full._size.w, xa.l2p(xa.r2l(t.x[i + 1])));
        var y = top + ya.l2p(t.y[i]);
        if (x1 > x0) bars.push({left: left + x0, right: left + x1, top: y - 1.5, bottom: y + 1.5});
      }
    });
    function under(l, boxes) {
      return boxes.filter(function (b) {
        return b.left < l.right && l.left < b.right && b.top < l.bottom && l.top < b.bottom; }).length;
    }
    gd.querySelectorAll(".annotation").forEach(function (a) {
      if (a.textContent.indexOf("\u2702") !== 0) return;
      var l = a.querySelector(".bg").getBoundingClientRect();
      labels.push({top: Math.round(l.top - top), markers: under(l, points), names: under(l, names),
                   more: under(l, more), bars: under(l, bars)});
    });
    out.push({labels: labels, points: points.length, more: more.length, bars: bars.length});
  }
  function step() {
    look();
    k += 1;
    if (k === buttons) {
      __report(out);
      return;
    }
    gd.querySelectorAll(".updatemenu-button")[k].dispatchEvent(new MouseEvent("click", {bubbles: true}));
    setTimeout(step, 700);
  }
  setTimeout(step, 1200);
});
</script>"""


@pytest.mark.parametrize("width", [700, 1440])
def test_browser_a_cut_label_lies_over_no_marker_of_the_lanes_it_spans(width, tmp_path):
    """page50b: a label is about 15 px wide and 60 px tall, two lanes of a chart of 17 lanes. Standing right of its line
    at the lanes' left edge (the first view starts inside the cut) it lay over the first markers of the second lane
    ("✂ 4.2 years" over ``call (16)`` on the 40 White House + 10 TASS page at 700 px): the move off a marker
    (``axis_breaks._label_lane``) looked at the top lane only. The page now places it, in pixels, where its drawn box
    covers no marker, in each view."""
    kinds = ["meeting", "call", "visit", "summit", "agreement", "cooperate", "aid", "support", "concede", "retreat",
             "investigate", "statement", "demand", "accuse", "reject", "threaten"]
    frame = pd.DataFrame(spaced("1995-03-01", 1, ["statement"], 1) + spaced("2011-01-20", 160, ["talks"], 30)
                         + spaced("2012-06-10", 64, kinds, 60))
    figure = render.figure(frame)
    assert len(figure.layout.yaxis.tickvals) == 17 and len(figure.layout.xaxis.rangebreaks) == 1
    page = render.to_html(frame, tmp_path / "timeline.html", title="Lanes")
    out = probe(page, CUT_VIEWS_PROBE, tmp_path, width, 844)
    assert len(out) >= 7 and sum(len(o["labels"]) for o in out) >= 3, out  # the first view and each button's
    assert all(o["points"] >= 160 for o in out if o["labels"]), out
    assert all(label["markers"] == 0 and label["names"] == 0 for o in out for label in o["labels"]), out


def test_browser_a_cut_label_with_no_marker_under_it_stays_at_the_top(tmp_path):
    """page50b: the move off a marker was judged in time (a marker within 6 % of the drawn axis of the line), which at
    1440 px is about 80 px: the label of ``test_browser_a_cut_label_lies_over_no_marker`` went down a lane though it
    covered nothing at the top. Judged in pixels, it stays at the top of the lanes in each view that draws it."""
    frame = pd.DataFrame(spaced("2011-03-01", 30, ["meeting"], 60) + spaced("2021-02-01", 30, ["statement"], 60)
                         + spaced("2011-05-01", 1, ["call"], 60))
    assert render.figure(frame).layout.annotations[0].yref == "y"  # a lane (``_label_lane``), not the top
    page = render.to_html(frame, tmp_path / "timeline.html", title="Cut")
    out = probe(page, CUT_VIEWS_PROBE, tmp_path, 1440, 844)
    labels = [label for o in out for label in o["labels"]]  # (the views that draw the cut)
    assert labels and all(label["markers"] == 0 and abs(label["top"]) <= 1 for label in labels), out



@pytest.mark.parametrize("width", [700, 1440])
def test_browser_a_cut_label_lies_over_no_more_label_or_bar(width, tmp_path):
    """page52: the cut labels' placement (page50b) kept off the markers and the lanes' names only. A stack of twelve
    meetings on the last day before a cut drew its "+7" by the cut's line, under "✂ 7.4 years" at 1440 px, and a
    decade's bar crossing the cut ("the 2010s") ran under it at 700 px. In each view the label lies over neither."""
    frame = pd.DataFrame(spaced("2011-01-10", 18, ["statement"], 30) + spaced("2021-01-10", 18, ["statement", "talks"], 30)
                         + [dict(e, event_id=f"m{i}") for i, e in enumerate(spaced("2012-06-01", 12, ["meeting"], 0))]
                         + [{"event_id": "d1", "event_date": "201", "date_start": "2010-01-01", "date_end": "2019-12-31",
                             "precision": "decade", "event_type": "talks", "sentence": "y"}])
    figure = render.figure(frame)
    (cut,) = figure.layout.xaxis.rangebreaks
    assert cut.bounds[0] > "2012-06-01" and cut.bounds[1] < "2019-12-31"  # the decade's bar crosses the cut
    page = render.to_html(frame, tmp_path / "timeline.html", title="Stack")
    out = probe(page, CUT_VIEWS_PROBE, tmp_path, width, 844)
    drawn = [(o, label) for o in out for label in o["labels"]]
    assert len(drawn) >= 2 and all(o["more"] >= 1 and o["bars"] >= 1 for o, _ in drawn), out  # "all", "most events"
    assert all(label["markers"] == label["names"] == label["more"] == label["bars"] == 0 for _, label in drawn), out

# Appended at the end of <body>: the chart's own title and subtitle (their right edges, shown or unseen) and the HTML
# heading's lines (page_fit), once drawn
CUT_TITLE_PROBE = """<script>
window.addEventListener("load", function () {
  var gd = document.getElementById("%(div)s");
  setTimeout(function () {
    var head = document.querySelector(".timeline-head");
    var out = {window: window.innerWidth, legend: gd._fullLayout.showlegend,
               chart: Array.prototype.map.call(gd.querySelectorAll(".gtitle, .gtitle-subtitle"), function (t) {
                 return [Math.round(t.getBoundingClientRect().right), t.style.opacity]; }),
               head: head && !head.hidden ? Array.prototype.map.call(head.children, function (e) {
                 return [e.textContent, Math.round(e.getBoundingClientRect().right)]; }) : null};
    __report(out);
  }, 800);
});
</script>"""


@pytest.mark.parametrize("width", [700, 760, 1440])
def test_browser_the_subtitle_is_not_cut_just_above_the_narrow_width(width, tmp_path):
    """keys49: at 700 px (page_fit.NARROW_PX, the wide layout) and up to about 900 px the subtitle's second line (the
    cuts' note) ran past the chart's right edge and was cut. A chart whose title or subtitle would be cut takes the
    narrow layout, whose HTML heading wraps; a window wide enough keeps the chart's own title and its legend."""
    page = render.to_html(cut_frame(), tmp_path / "timeline.html", title=TITLE)
    out = probe(page, CUT_TITLE_PROBE, tmp_path, width, 844)
    assert out["window"] == width and len(out["chart"]) == 2, out
    if out["head"] is None:  # the chart's own title and subtitle, shown: whole
        assert all(right <= width and opacity == "1" for right, opacity in out["chart"]), out
    else:  # the HTML heading, whole; the chart's own unseen
        assert all(right <= width for _, right in out["head"]) and len(out["head"]) >= 3, out
        assert all(opacity == "0" for _, opacity in out["chart"]), out
    assert (out["head"] is None) == (width == 1440) and out["legend"] == (width == 1440), out


class Keyboard:
    """A page in headless Chromium driven as a keyboard user does: real key presses (Tab moves the focus as in a
    window), over the DevTools protocol on a pipe (--remote-debugging-pipe: commands on the browser's fd 3, replies on
    its fd 4, each a JSON message ended by a NUL byte). --dump-dom cannot press a key, and a script's synthetic
    KeyboardEvent moves no focus."""

    KEYS = {"Tab": 9, "Enter": 13, " ": 32, "Escape": 27, "ArrowLeft": 37, "ArrowRight": 39, "ArrowUp": 38,
            "ArrowDown": 40}

    def __init__(self, page: Path, width: int, tmp_path: Path):
        commands, self._in = os.pipe()
        self._out, replies = os.pipe()

        def pipes():  # (in the child: its ends of the pipes as fds 3 and 4)
            a, b = os.dup(commands), os.dup(replies)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--mute-audio", "--remote-debugging-pipe", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={width},844", "about:blank"],
            preexec_fn=pipes, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands)
        os.close(replies)
        self.buf, self.n, self.session = b"", 0, None
        target = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=target["targetId"], flatten=True)["sessionId"]
        self.call("Page.navigate", url=page.as_uri())
        self.wait("document.readyState === 'complete' && window.Plotly && document.getElementById('%s')._fullLayout"
                  " && document.querySelector('#%s .ytick text[tabindex]')" % (render.DIV_ID, render.DIV_ID))

    def call(self, method: str, **params):
        import select
        import time

        self.n += 1
        message = {"id": self.n, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._in, json.dumps(message).encode() + b"\0")
        end = time.time() + TIMEOUT
        while True:
            while b"\0" in self.buf:
                raw, self.buf = self.buf.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self.n:
                    assert "error" not in reply, (method, reply["error"])
                    return reply.get("result", {})
            if not select.select([self._out], [], [], max(0.0, end - time.time()))[0]:
                pytest.fail(f"chromium did not answer {method} in {TIMEOUT}s")
            chunk = os.read(self._out, 1 << 16)
            assert chunk, "chromium closed its pipe"
            self.buf += chunk

    def js(self, expression: str):
        out = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in out, out["exceptionDetails"]
        return out["result"].get("value")

    def wait(self, expression: str, seconds: float = 60):
        import time

        end = time.time() + seconds
        while not self.js(f"!!({expression})"):
            assert time.time() < end, f"not true in {seconds}s: {expression}"
            time.sleep(0.1)

    def press(self, key: str, settle: float = 0.3, shift: bool = False):
        import time

        code, text = self.KEYS[key], {"Enter": "\r", " ": " "}.get(key)
        held = {"modifiers": 8} if shift else {}
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, code="Space" if key == " " else key,
                  windowsVirtualKeyCode=code, **held, **({"text": text} if text else {}))
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code="Space" if key == " " else key,
                  windowsVirtualKeyCode=code, **held)
        time.sleep(settle)

    def focused(self) -> list[str]:
        """The focused element: [tag, class or id, its name (aria-label, else its text)]."""
        return self.js("(function () { var a = document.activeElement; return [a.tagName.toLowerCase(),"
                       " a.getAttribute('class') || a.id || '', (a.getAttribute('aria-label') || a.textContent)]; })()")

    def tab_to(self, test, most: int = 60) -> list[str]:
        """Tab until ``test(focused)`` holds; the focused element."""
        for _ in range(most):
            self.press("Tab", 0.05)
            now = self.focused()
            if test(now):
                return now
        pytest.fail("no such element in the page's tab order")

    def close(self):
        try:
            self.proc.terminate()
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._in)
        os.close(self._out)


@pytest.fixture
def keyboard(tmp_path):
    opened = []

    def open_page(page: Path, width: int = 1440) -> Keyboard:
        opened.append(Keyboard(page, width, tmp_path))
        return opened[-1]

    yield open_page
    for k in opened:
        k.close()


X_RANGE = "document.getElementById('%s')._fullLayout.xaxis.range.map(function (x) { return String(x).slice(0, 10); })" \
    % render.DIV_ID


@pytest.mark.parametrize("width", [1440, 500])
def test_browser_the_keyboard_reaches_the_range_buttons_and_presses_them(width, keyboard, tmp_path):
    """keys49: plotly's range buttons are SVG, which Tab skipped: a keyboard could not change the chart's dates. Each
    is a tab stop, outlined when focused, and Enter or Space presses it as a click does; the focus stays on it. (On
    a narrow window the buttons are in rows of their own menus.)"""
    page = render.to_html(cut_frame(), tmp_path / "timeline.html", title=TITLE)
    k = keyboard(page, width)
    buttons = k.js("Array.prototype.map.call(document.querySelectorAll('#%s .updatemenu-button'), function (b) {"
                   " return b.textContent; })" % render.DIV_ID)
    assert "last year" in buttons and "all" in buttons, buttons
    reached = []
    for _ in buttons:
        reached.append(k.tab_to(lambda f: f[1] == "updatemenu-button")[2])
    assert reached == buttons  # every one, in order
    figure = render.figure(cut_frame())
    args = {b["label"]: b["args"][0]["xaxis.range"] for b in figure.layout.updatemenus[0].buttons}
    k.press("Enter", 1.0)  # "all", the last
    assert k.js(X_RANGE) == args["all"]
    assert k.focused()[1:] == ["updatemenu-button", "all"]
    assert k.js("getComputedStyle(document.activeElement.querySelector('rect')).strokeWidth") == "2px"  # outlined
    k.js("Array.prototype.filter.call(document.querySelectorAll('#%s .updatemenu-button'), function (b) {"
         " return b.textContent === 'last year'; })[0].focus()" % render.DIV_ID)
    k.press(" ", 1.0)
    assert k.js(X_RANGE) == args["last year"]


def test_browser_the_keyboard_lists_a_lanes_events_and_goes_from_a_marker_to_its_row(keyboard, tmp_path):
    """keys49: a lane's name, a click on which lists its events, and the markers, a click on which finds its row, were
    the mouse's alone. A lane's name is a tab stop: Enter lists its events as a click does; the arrow keys step
    through the lane's markers in the view, in date order, each with its hover; Enter on one highlights its row and
    puts the focus there, and the list's keys go on from it (page52: Tab from it goes to the next row shown, here
    none)."""
    page = render.to_html(sample_frame(), tmp_path / "timeline.html", title="Idlib")
    k = keyboard(page)
    k.tab_to(lambda f: f[0] == "text")  # the lanes' stop (page50: one, Up and Down go from lane to lane)
    for _ in range(8):
        if k.focused()[2].startswith("statement (2)"):
            break
        k.press("ArrowDown")
    assert k.focused()[0] == "text" and k.focused()[2].startswith("statement (2)")
    k.press("Enter")
    assert k.js("document.getElementById('chronology-t').value") == "statement"
    assert k.js("document.getElementById('chronology-n').textContent") == "2 of 5 events shown"
    hover = "document.querySelector('#%s .hoverlayer').textContent" % render.DIV_ID
    k.press("ArrowRight")
    assert "Nauert dismissed reports" in k.js(hover)  # b3, August 2018: the lane's first
    k.press("ArrowRight")
    assert "Sergei Lavrov said on Wednesday" in k.js(hover)  # b4
    k.press("ArrowLeft")
    k.press("ArrowRight")
    k.press("Enter", 0.8)
    assert k.focused()[:2] == ["tr", "hl"] and k.js("document.activeElement.id") == "row-b4"
    k.press("ArrowRight")
    assert k.js("document.activeElement.closest('tr').id") == "row-b4"  # on in the list, from its row: its date
    k.press("ArrowUp")
    assert k.js("document.activeElement.id") == "row-b3"  # the row above it that the list shows
    # Escape leaves the markers: Enter is the lane's again
    k.js("document.querySelectorAll('#%s .ytick text')[0].focus()" % render.DIV_ID)
    k.press("ArrowRight")
    k.press("Escape")
    assert k.js(hover) == ""
    k.press("Enter")
    assert k.js("document.getElementById('chronology-t').value") == k.js(
        "document.querySelectorAll('#%s .ytick text')[0].textContent.replace(/ \\(\\d+\\)$/, '')" % render.DIV_ID)


def test_browser_the_keyboard_meets_the_range_buttons_first_and_can_skip_the_list(keyboard, tmp_path):
    """page50: plotly draws the lanes' names before the range buttons, so Tab reached every lane's name (each a stop)
    before the buttons; and the list's rows are a long run of stops on a big page (one each since page52). Tab now
    meets the range buttons first, then the lanes' names as one stop (Up and Down: the next lane), then goes on past
    the chart, and Shift+Tab back the same way; "skip the list", seen when focused with a line on the rows' keys,
    takes the focus past the rows."""
    page = render.to_html(sample_frame(), tmp_path / "timeline.html", title="Idlib")
    k = keyboard(page)
    buttons = k.js("Array.prototype.map.call(document.querySelectorAll('#%s .updatemenu-button'), function (b) {"
                   " return b.textContent; })" % render.DIV_ID)
    lanes = k.js("Array.prototype.map.call(document.querySelectorAll('#%s .ytick text'), function (t) {"
                 " return t.textContent; })" % render.DIV_ID)
    stops = []
    for _ in range(len(buttons) + 1):
        k.press("Tab", 0.05)
        stops.append(k.focused())
    assert [s[2] for s in stops[:-1]] == buttons and all(s[1] == "updatemenu-button" for s in stops[:-1]), stops
    assert stops[-1][0] == "text" and stops[-1][2].startswith(lanes[0]), stops  # the first lane's name
    k.press("ArrowDown")
    assert k.focused()[2].startswith(lanes[1])
    k.press("Tab", 0.05)
    past = k.focused()
    assert past[0] != "text" and past[1] != "updatemenu-button", past  # past the chart (the mode bar, the list)
    k.press("Tab", 0.05, shift=True)
    assert k.focused()[0] == "text" and k.focused()[2].startswith(lanes[1])  # back on the lane last on
    k.press("Tab", 0.05, shift=True)
    assert k.focused()[1:] == ["updatemenu-button", buttons[-1]]
    skip = k.tab_to(lambda f: f[2] == "skip the list")
    assert skip[0] == "a" and k.js("document.activeElement.getBoundingClientRect().width") > 20  # seen when focused
    assert k.js("document.querySelector('#chronology .skip + .keys').getBoundingClientRect().width") > 100
    k.press("Enter")
    k.press("Tab", 0.05)
    assert not k.js("!!document.activeElement.closest('#chronology tr')"), k.focused()  # past the rows


def test_browser_a_row_is_one_tab_stop_and_the_arrows_reach_its_tips_and_link(keyboard, tmp_path):
    """keys49: the list's date cell (how the date was found, its span) and "+N more" (the other reports) told their
    details in a hover tip alone; made tab stops, with the article's link they were two or three a row (page52). A row
    is one tab stop: Tab goes from row to row; Right and Left go through its parts, the focused one showing its tip in
    the row under its text, Enter on the row goes to its first, Escape back to the row; Up and Down go to the row
    above or below that the list shows."""
    frame = sample_frame()
    frame.loc[frame["event_id"] == "b1", ["sources", "article_ids"]] = [2, "000_4ca74516ebb1d9ed; t17-reuters-9"]
    frame.loc[frame["event_id"] == "b2", "url"] = "https://example.org/b2"
    page = render.to_html(frame, tmp_path / "timeline.html", title="Idlib")
    k = keyboard(page)
    shown = "getComputedStyle(document.activeElement, '::after').content"
    row = "(document.activeElement.closest('tr') || {}).id"
    k.tab_to(lambda f: f[0] == "tr")
    stops = [k.js(row)]
    for _ in range(4):
        k.press("Tab", 0.05)
        stops.append(k.js(row) if k.focused()[0] == "tr" else k.focused())
    assert stops == ["row-b3", "row-b2", "row-b1", "row-b4", "row-b5"]  # one stop a row, in the list's order
    k.js("document.getElementById('row-b1').focus()")
    k.press("ArrowRight")
    assert k.focused()[0] == "td" and k.js(row) == "row-b1"  # its date cell
    tip = k.js("document.activeElement.title")
    assert tip and "day" in tip and k.js(shown) == json.dumps(tip, ensure_ascii=False), tip
    assert k.js("document.activeElement.getBoundingClientRect().height") > 40  # the tip in the row, under the date
    k.press("ArrowRight")
    assert k.js("document.activeElement.title").startswith("TASS · 000_4ca74516ebb1d9ed")  # the article's name
    k.press("ArrowRight")
    more = k.js("document.activeElement.title")
    assert k.focused()[2] == "+1 more" and "t17-reuters-9" in more and all(line in k.js(shown) for line in more.split("\n"))
    k.press("ArrowRight")
    assert k.focused()[2] == "+1 more"  # its last part
    k.press("ArrowLeft")
    k.press("Escape")
    assert k.focused()[0] == "tr" and k.js(row) == "row-b1"
    k.press("Enter")
    assert k.focused()[0] == "td" and k.js(row) == "row-b1"  # its first part
    k.press("ArrowDown")
    assert k.focused()[0] == "tr" and k.js(row) == "row-b4"  # the row below
    k.js("document.getElementById('row-b2').focus()")
    k.press("ArrowRight")
    k.press("ArrowRight")
    assert k.focused()[0] == "a" and k.js("document.activeElement.href") == "https://example.org/b2"  # its link
    k.js("var q = document.getElementById('chronology-q'); q.value = 'lavrov'; q.dispatchEvent(new Event('input'))")
    k.wait("document.getElementById('row-b1').style.display === 'none'")
    k.press("ArrowDown")
    assert k.js(row) == "row-b4"  # past b1, which the filter hides
    k.press("ArrowUp")
    assert k.js(row) == "row-b2"


def test_browser_a_row_the_arrows_reach_is_not_under_the_column_header(keyboard, tmp_path):
    """page52 made Up and Down go from row to row; the browser scrolls the row it focuses just into the window, so a
    row above the window came to its top edge, under the list's sticky column header (at 1440 px its date and type
    hidden behind "date" and "type"). A row, and a part of it, keeps clear of the header as the undated rows' heading
    does."""
    frame = sample_frame()
    dated = frame[frame["date_start"].notna() & (frame["date_start"] != "")]
    frame = pd.concat([frame] + [dated.assign(event_id=[f"m{i}-{j}" for j in range(len(dated))]) for i in range(12)],
                      ignore_index=True)
    k = keyboard(render.to_html(frame, tmp_path / "timeline.html", title="Idlib"))
    place = ("(function () { var r = document.activeElement.closest('tr').getBoundingClientRect();"
             " return [Math.round(r.top), Math.round(document.querySelector('#chronology table.h')"
             ".getBoundingClientRect().bottom)]; })()")
    k.js("var r = document.querySelectorAll('#chronology tr[data-t]')[20]; r.focus();"
         "window.scrollBy(0, r.getBoundingClientRect().top - document.querySelector('#chronology table.h')"
         ".getBoundingClientRect().height - 2)")
    top, header = k.js(place)
    assert header <= top <= header + 4, (top, header)  # the row right under the header
    k.press("ArrowUp")
    top, header = k.js(place)
    assert top >= header, (top, header)  # the row above, in sight below the header
    k.js("window.scrollBy(0, document.activeElement.getBoundingClientRect().top - 1)")  # a mouse's scroll: under it
    k.press("ArrowRight")
    top, header = k.js(place)
    assert k.focused()[0] == "td" and top >= header, (top, header)  # its date cell, brought out from under it


def test_browser_the_lanes_names_step_without_plotlys_data(keyboard, tmp_path):
    """page52: a lane's name found its lane by plotly's data on its tick (``__data__.x``); without it Up and Down went
    to lane NaN and the focus nowhere (a TypeError). Without the data, a name's lane is its place among the names."""
    page = render.to_html(sample_frame(), tmp_path / "timeline.html", title="Idlib")
    k = keyboard(page)
    k.js("window.__errors = []; window.addEventListener('error', function (e) { __errors.push(e.message); });"
         "document.querySelectorAll('#%s .ytick').forEach(function (g) { delete g.__data__; });"
         "document.querySelectorAll('#%s .ytick text')[0].focus()" % (render.DIV_ID, render.DIV_ID))
    lanes = k.js("Array.prototype.map.call(document.querySelectorAll('#%s .ytick text'), function (t) {"
                 " return t.textContent; })" % render.DIV_ID)
    k.press("ArrowDown")
    k.press("ArrowDown")
    assert k.focused()[0] == "text" and k.focused()[2].startswith(lanes[2]), (k.focused(), lanes)
    k.press("ArrowUp")
    assert k.focused()[2].startswith(lanes[1]) and k.js("window.__errors") == []
