"""The subtitle's line about the view, kept true when the view changes.

The subtitle (``render._subtitle``) says what the first view shows ("zoomed to Mar 2011 – Aug 2012, the busiest
stretch (2459 of 3542) ..."); after a range button, a drag on the chart or the slider it still said so, of a view no
longer shown. ``SCRIPT`` rewrites that line for the view shown: its span and how many dated events meet it ("showing
Feb 2021 – Feb 2026: 611 of 3542 dated events"), counted as the first view's are (``render._in_view``: an event
whose date span meets the view, once however many lanes it is drawn in, the events behind a "+N more" marker too);
back at the first view, the first subtitle comes back. A first view of everything has no such line: the script adds
one under the counts (the top margin grows by a line) the first time the view changes (not when the axis's labels,
``axis_ticks``, relayout the first view once drawn: a page with a cut opened with "showing all 107 dated events (Nov
2014 – Mar 2025)", the padded view's months, under a title of Jan 2021 – Jan 2025 and over an axis from Jan 2015).
A view of every event names no months: the counts line gives the events' own (``render._subtitle``).

The page gives it, in the layout's ``meta`` (``META``): the number of dated events and the subtitle line to rewrite
(-1: none yet); the markers' customdata gives each event's id and, when its span is longer than its day, its last
day (``render._traces``), and a "+N more" marker the ids and last days of the events behind it (``render._more_trace``).
``timelineView.count`` and ``timelineView.line`` are tested on their own (``tests/test_view_note.py``, in Node).
Without the script (a static export) the first subtitle stays.
"""

from __future__ import annotations

META = "view"  # the key of the layout's meta the script reads: {"placed": dated events, "line": subtitle line or -1}
MORE = "more"  # the name of the "+N more" trace (``render._more_trace``)

SCRIPT = r"""
var timelineView = (function () {
  "use strict";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  // spans: [[start, end]] ISO days, one per event; how many meet [lo, hi] (ISO, times cut off)
  function count(spans, lo, hi) {
    lo = String(lo).slice(0, 10); hi = String(hi).slice(0, 10);
    return spans.filter(function (s) { return s[0] <= hi && s[1] >= lo; }).length;
  }
  function day(iso) { return [+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)]; }
  // the span in words: months ("Aug 2018", "Mar–Dec 2011", "Mar 2011 – Dec 2024") past 60 days, else days
  function span(lo, hi) {
    var a = day(String(lo)), b = day(String(hi));
    var days = (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 864e5;
    if (days > 60) {
      if (a[0] === b[0] && a[1] === b[1]) return MONTHS[a[1] - 1] + " " + a[0];
      if (a[0] === b[0]) return MONTHS[a[1] - 1] + "–" + MONTHS[b[1] - 1] + " " + b[0];
      return MONTHS[a[1] - 1] + " " + a[0] + " – " + MONTHS[b[1] - 1] + " " + b[0];
    }
    var left = a[2] + " " + MONTHS[a[1] - 1] + (a[0] === b[0] ? "" : " " + a[0]);
    return left + " – " + b[2] + " " + MONTHS[b[1] - 1] + " " + b[0];
  }
  // all of them: no span, the view's (padded) ends are not the events' (the counts line says theirs, ``render._subtitle``)
  function line(lo, hi, n, placed) {
    if (n === placed) return "showing all " + placed + " dated events";
    return "showing " + span(lo, hi) + ": " + n + " of " + placed + " dated events";
  }
  // every event once: [start, end] by its id, from the markers' customdata
  function spans(gd, more) {
    var seen = {};
    gd.data.forEach(function (t) {
      if (t.mode !== "markers" || !t.customdata) return;
      t.customdata.forEach(function (cd, k) {
        var start = String(t.x[k]).slice(0, 10);
        if (t.name === more) (cd[2] || []).forEach(function (r) { seen[r[0]] = [start, r[1] || start]; });
        else seen[cd[1]] = [start, cd[2] || start];
      });
    });
    return Object.keys(seen).map(function (id) { return seen[id]; });
  }
  function attach(gd, key, more) {
    var meta = gd.layout.meta && gd.layout.meta[key];
    if (!meta || !gd.layout.title || !gd.layout.title.subtitle) return;
    var first = gd.layout.title.subtitle.text, all = spans(gd, more), at = meta.line, last = null;
    var start = (gd._fullLayout.xaxis.range || []).join();
    gd.on("plotly_relayout", function () {
      var range = gd._fullLayout.xaxis.range, key_ = range.join();
      if (key_ === last) return;
      last = key_;
      var lines = first.split("<br>"), update = {};
      // the first view again, or still (the axis's own labels relayout it once drawn): its own subtitle
      if (key_ === start && (at < 0 || meta.line >= 0)) { update["title.subtitle.text"] = first; }
      else {
        var text = line(range[0], range[1], count(all, range[0], range[1]), meta.placed);
        if (at < 0) {  // a line of its own under the counts: the top margin grows by one
          at = 1;
          update["margin.t"] = gd.layout.margin.t + meta.px;
          // (the full layout's height: plotly's resize to the window deletes layout.height)
          update.height = gd._fullLayout.height + meta.px;
          update["title.y"] = 1 - (1 - gd.layout.title.y) * gd._fullLayout.height / update.height;
        }
        if (meta.line >= 0) lines[at] = text; else lines.splice(at, 0, text);
        update["title.subtitle.text"] = lines.join("<br>");
      }
      if (update["title.subtitle.text"] !== gd.layout.title.subtitle.text) Plotly.relayout(gd, update);
    });
  }
  return {count: count, span: span, line: line, attach: attach, _spans: spans};
})();
"""

# Run after the figure is drawn (plotly.py's ``post_script``; "{plot_id}" is the figure's div).
POST_SCRIPT = SCRIPT + '\ntimelineView.attach(document.getElementById("{plot_id}"), "' + META + '", "' + MORE + '");\n'
