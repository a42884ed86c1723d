"""The date axis's tick labels when the axis has cuts (``axis_breaks``), computed in the page for the view shown.

Plotly picks a date axis's ticks from the calendar span of its range, cuts included, and moves a tick that falls in a
cut to the cut's end: two labels then sit on one another at each cut ("Nov 2020" on "Jan 2021", "Jan 2022" on
"Nov 2023"), and in the "all" view of a set reaching back to 1600 it drew four labels, two of them overlapping. The
ticks depend on the view (a button, the range slider, a drag) and on the plot's width (the page is responsive), so
they are computed in the page (``SCRIPT``: plain JavaScript, no library) each time the axis is drawn with another
range or width, and set as the axis's ``tickvals`` and ``ticktext``:

* the visible stretches of the view (the view less the cuts) share its pixels in proportion to their time;
* one step for the view (days, weeks, months, years, decades ...): the finest whose length in pixels holds its label
  ("2012", "Mar 2012", "5 Mar 2012") and PAD pixels of room;
* in each stretch, the round dates of that step ("Jan 2012", "2020"), none closer to a cut than half a label and
  half of PAD, so that the labels on the two sides of a cut keep a label's room between them;
* a stretch that gets none (shorter than the step) gets one label of a finer step near its middle, when it is wide
  enough for one, so that a cut has labels on both sides;
* a last pass drops any label closer to the one before it than their half-widths and PAD (a safety net).

``timelineTicks.ticks(view, cuts, px)`` is the computation (times in ms since 1970, UTC), tested on its own
(``tests/test_axis_ticks.py``, in Node or Chromium); ``POST_SCRIPT`` attaches it to the figure (``render.to_html``).
An axis without cuts keeps Plotly's own ticks.
"""

from __future__ import annotations

SCRIPT = r"""
var timelineTicks = (function () {
  "use strict";
  var DAY = 864e5, CHAR_PX = 7, PAD = 16;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  // [unit, count], finest first; SHORTEST: a unit's shortest length, so that a step never draws labels closer
  var STEPS = [["day", 1], ["day", 2], ["week", 1], ["week", 2], ["month", 1], ["month", 2], ["month", 3],
               ["month", 6], ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 20], ["year", 50],
               ["year", 100], ["year", 200], ["year", 500], ["year", 1000]];
  var SHORTEST = {day: DAY, week: 7 * DAY, month: 28 * DAY, year: 365 * DAY};
  var CHARS = {day: 11, week: 11, month: 8, year: 4};  // "15 Mar 2012", "Mar 2012", "2012"

  function labelWidth(unit) { return CHAR_PX * CHARS[unit]; }

  function text(t, unit) {
    var d = new Date(t), y = String(d.getUTCFullYear()), m = MONTHS[d.getUTCMonth()];
    if (unit === "year") return y;
    if (unit === "month") return m + " " + y;
    return d.getUTCDate() + " " + m + " " + y;
  }

  function monthStart(index) {  // months since year 0 -> ms (Date.UTC reads a year under 100 as 19xx)
    var d = new Date(Date.UTC(2000, ((index % 12) + 12) % 12, 1));
    d.setUTCFullYear(Math.floor(index / 12));
    return d.getTime();
  }

  function rounds(step, lo, hi) {  // the round dates of a step from lo to hi
    var unit = step[0], n = step[1], out = [], t;
    if (unit === "day" || unit === "week") {
      var size = (unit === "week" ? 7 : 1) * n * DAY, offset = unit === "week" ? 4 * DAY : 0;  // weeks from Monday
      for (t = Math.ceil((lo - offset) / size) * size + offset; t <= hi; t += size) out.push(t);
      return out;
    }
    var months = unit === "year" ? 12 * n : n, d = new Date(lo);
    var index = Math.ceil((d.getUTCFullYear() * 12 + d.getUTCMonth()) / months) * months;
    for (; (t = monthStart(index)) <= hi; index += months) if (t >= lo) out.push(t);
    return out;
  }

  // view: [lo, hi]; cuts: [[start, end], ...] hidden from the axis; px: the axis's length in pixels.
  // -> [{x, text, px, width}] in order.
  function ticks(view, cuts, px) {
    var lo = view[0], hi = view[1], at = lo, parts = [];
    cuts = cuts.slice().sort(function (a, b) { return a[0] - b[0]; });
    cuts.forEach(function (c) {
      if (c[1] <= at || c[0] >= hi) return;
      if (c[0] > at) parts.push({lo: at, hi: c[0], cutBefore: at !== lo, cutAfter: true});
      at = Math.max(at, c[1]);
    });
    if (at < hi) parts.push({lo: at, hi: hi, cutBefore: at !== lo, cutAfter: false});
    var shown = parts.reduce(function (s, p) { return s + p.hi - p.lo; }, 0);
    if (!(shown > 0 && px > 0)) return [];
    var scale = px / shown, left = 0, out = [];
    var chosen = STEPS.length - 1;
    for (var i = 0; i < STEPS.length; i++) {
      if (SHORTEST[STEPS[i][0]] * STEPS[i][1] * scale >= labelWidth(STEPS[i][0]) + PAD) { chosen = i; break; }
    }
    parts.forEach(function (p) {
      var start = left;
      left += (p.hi - p.lo) * scale;
      function placed(k) {  // the ticks of step k that keep their room from the stretch's cuts
        var unit = STEPS[k][0], room = (labelWidth(unit) + PAD) / 2;
        return rounds(STEPS[k], p.lo, p.hi).map(function (t) {
          return {x: t, text: text(t, unit), px: start + (t - p.lo) * scale, width: labelWidth(unit)};
        }).filter(function (tick) {
          return (!p.cutBefore || tick.px >= start + room) && (!p.cutAfter || tick.px <= left - room);
        });
      }
      var mine = placed(chosen);
      for (var k = chosen - 1; !mine.length && k >= 0; k--) {  // a short stretch: one label of a finer step
        var finer = placed(k), middle = (start + left) / 2;
        if (finer.length) {
          mine = [finer.reduce(function (a, b) { return Math.abs(b.px - middle) < Math.abs(a.px - middle) ? b : a; })];
        }
      }
      out = out.concat(mine);
    });
    var kept = [];
    out.forEach(function (tick) {
      var last = kept[kept.length - 1];
      if (!last || tick.px - last.px >= (tick.width + last.width) / 2 + PAD) kept.push(tick);
    });
    return kept;
  }

  function iso(t) {
    var d = new Date(t), y = d.getUTCFullYear();
    return (y < 1000 ? ("000" + y).slice(-4) : String(y)) + new Date(t).toISOString().slice(4, 10);
  }

  // Set the ticks of a Plotly figure's x axis for its range and width, whenever either changes.
  function attach(gd) {
    var last = null;
    function apply() {
      var ax = gd._fullLayout && gd._fullLayout.xaxis;
      if (!ax || !ax.visible || !(ax.rangebreaks || []).length) return;
      var view = [ax.r2l(ax.range[0]), ax.r2l(ax.range[1])];
      var cuts = ax.rangebreaks.filter(function (b) { return b.enabled !== false && b.bounds; })
        .map(function (b) { return [ax.r2l(b.bounds[0]), ax.r2l(b.bounds[1])]; });
      var key = view.join() + "|" + ax._length;
      if (key === last) return;
      last = key;
      var found = ticks(view, cuts, ax._length);
      Plotly.relayout(gd, {"xaxis.tickmode": "array", "xaxis.tickvals": found.map(function (t) { return iso(t.x); }),
                           "xaxis.ticktext": found.map(function (t) { return t.text; })});
    }
    gd.on("plotly_afterplot", apply);
    apply();
  }

  return {ticks: ticks, attach: attach, PAD: PAD};
})();
"""

# Run after the figure is drawn (plotly.py's ``post_script``; "{plot_id}" is the figure's div).
POST_SCRIPT = SCRIPT + '\ntimelineTicks.attach(document.getElementById("{plot_id}"));\n'
