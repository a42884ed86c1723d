"""The cuts' labels ("✂ 4.2 years", ``axis_breaks.layout``) placed in the page, in pixels, for the view shown.

A label is centred on its cut's dashed line at the top of the lanes. A view that starts inside a cut (the first view
"where most events are" of a set with a few old events, a range button, a drag) draws that cut's line on the lanes'
left edge, and half the label lay over the lanes' names: "✂ 10 months" over "meeting (17" on a 40 White House + 10
TASS page at 1366 px (page50). A label whose half would pass the lanes' left edge stands right of its line, one that
would pass their right edge (the legend's side) left of it, any other centred on it.

A label is about 15 px wide and 60 px tall, two or three lanes of a busy chart: standing right of its line at the
lanes' left edge, "✂ 4.2 years" lay over the first ``call (16)`` marker, two lanes down, at 700 px on that page
(page50b); ``axis_breaks._label_lane`` looks for a marker in the top lane only, within a share of the drawn time of
the line (6 %), which at 1440 px is 60 px and moved labels that covered nothing. ``SCRIPT`` places each label where
its drawn box covers no drawn marker, judged in pixels on the chart as drawn, each time it is drawn (each view, each
width): the highest place on its line where its box, PAD px around it, meets no marker (``timelineCuts.place``); when
its line has none, beside the line (a centred label only: one at an edge has one side); when there is none there
either, the place on the line that covers the fewest. Without the script (a static export) every label is centred
on its line, in the lane ``axis_breaks._label_lane`` chose.

What a label keeps clear of is what the lanes draw (``obstacles``): the markers, the "+N" labels of the stacks the
page shows (``more_labels``: at 1440 px "✂ 7.4 years" over a stack on the last day before its cut lay over the stack's
"+7"), and the bars of imprecise dates, a segment each, as thick as drawn (a decade's bar crosses a cut, and at 700 px
the label stood on the end of one; page52). The bars are read from the figure's data and axes, a marker and a "+N"
label from its drawn box.
"""

from __future__ import annotations

from .axis_breaks import LABEL_NAME
from .more_labels import NAME as MORE

SCRIPT = r"""
var timelineCuts = (function () {
  "use strict";
  var PAD = 2;  // pixels kept clear between a label and a marker
  // The edge a label of w px stands on at a line `line` px from the lanes' left edge, of lanes W px wide.
  function side(line, w, W) { return line < w / 2 ? "left" : line > W - w / 2 ? "right" : "center"; }
  function across(line, w, anchor) {
    return anchor === "left" ? [line, line + w] : anchor === "right" ? [line - w, line] : [line - w / 2, line + w / 2];
  }
  // The markers (their [top, bottom], PAD added) a label spanning x ([left, right]) may meet, by their top.
  function column(x, marks) {
    return marks.filter(function (m) { return m[0] < x[1] + PAD && x[0] - PAD < m[2]; })
      .map(function (m) { return [m[1] - PAD, m[3] + PAD]; }).sort(function (a, b) { return a[0] - b[0]; });
  }
  // The highest top (px from the lanes' top) of a box h px tall, inside lanes H px tall, that meets none of ys; null
  // when there is none (a box taller than the lanes stands at their top).
  function highest(ys, h, H) {
    var top = 0;
    for (var k = 0; k < ys.length && ys[k][0] < top + h; k++) top = Math.max(top, ys[k][1]);
    return top + h <= Math.max(H, h) ? top : null;
  }
  function meets(ys, top, h) { return ys.filter(function (y) { return y[0] < top + h && top < y[1]; }).length; }
  // A label's place: line (px from the lanes' left edge), size ([w, h] as drawn), lanes ([W, H]), marks ([[left, top,
  // right, bottom], ...], px from the lanes' top left corner) -> {anchor: "left"|"center"|"right", top: px}.
  function place(line, size, lanes, marks) {
    var w = size[0], h = size[1], first = side(line, w, lanes[0]), anchors = [first];
    if (first === "center") {  // beside the line when its own place is taken, where the lanes have room
      if (line + w <= lanes[0]) anchors.push("left");
      if (line - w >= 0) anchors.push("right");
    }
    for (var i = 0; i < anchors.length; i++) {
      var top = highest(column(across(line, w, anchors[i]), marks), h, lanes[1]);
      if (top !== null) return {anchor: anchors[i], top: top};
    }
    var ys = column(across(line, w, first), marks), best = {anchor: first, top: 0, over: meets(ys, 0, h)};
    ys.forEach(function (y) {  // no free place: on the line, where it covers the fewest
      var n = y[1] + h <= lanes[1] ? meets(ys, y[1], h) : Infinity;
      if (n < best.over || (n === best.over && y[1] < best.top)) best = {anchor: first, top: y[1], over: n};
    });
    return {anchor: best.anchor, top: best.top};
  }

  // What the lanes draw that a label keeps clear of, as [left, top, right, bottom] px from the lanes' top left corner:
  // the markers (not the range slider's) and the shown annotations named `avoid` (the "+N" labels) by their drawn
  // boxes, and each segment of a bar of an imprecise date (a "lines" trace drawn: a legend's hidden type draws none)
  // from the data, as thick as its line.
  function obstacles(gd, avoid) {
    var full = gd._fullLayout, size = full._size, box = gd.getBoundingClientRect();
    var left = box.left + size.l, top = box.top + size.t, notes = (gd.layout && gd.layout.annotations) || [];
    function drawn(el) {
      var b = el.getBoundingClientRect();
      return [b.left - left, b.top - top, b.right - left, b.bottom - top];
    }
    var out = Array.prototype.filter.call(gd.querySelectorAll(".scatterlayer .point"), function (p) {
      return !p.closest(".rangeslider-container"); }).map(drawn);
    Array.prototype.forEach.call(gd.querySelectorAll(".annotation[data-index]"), function (a) {
      var note = notes[+a.getAttribute("data-index")], bg = a.querySelector(".bg");
      if (note && note.name === avoid && bg) out.push(drawn(bg));
    });
    (gd._fullData || []).forEach(function (t) {
      var xa = full["xaxis" + String(t.xaxis || "x").slice(1)], ya = full["yaxis" + String(t.yaxis || "y").slice(1)];
      if (t.mode !== "lines" || t.visible !== true || !xa || !ya || !t.x || !t.y) return;
      var half = ((t.line && t.line.width) || 2) / 2;
      for (var k = 0; k + 1 < t.x.length; k++) {
        if (t.x[k] == null || t.x[k + 1] == null) continue;  // (a gap between two bars)
        var a = xa.l2p(xa.r2l(t.x[k])), b = xa.l2p(xa.r2l(t.x[k + 1])), y = ya.l2p(t.y[k]);
        var x0 = Math.max(0, Math.min(a, b)), x1 = Math.min(size.w, Math.max(a, b));  // (the part in view)
        if (isFinite(x0) && isFinite(x1) && isFinite(y)) out.push([x0, y - half, x1, y + half]);
      }
    });
    return out.filter(function (m) { return m[2] > m[0]; });
  }

  function attach(gd, name, avoid) {
    if (!gd || !gd.on || !window.Plotly) return;
    function apply() {
      var full = gd._fullLayout, ax = full && full.xaxis, notes = (gd.layout && gd.layout.annotations) || [];
      var update = {};
      if (!ax || !ax._length) return;
      var size = full._size, lanes = [size.w, size.h], marks = null;
      notes.forEach(function (a, i) {
        if (a.name !== name || a.visible === false) return;
        var px = ax.l2p(ax.r2l(a.x)), drawn = gd.querySelector('.annotation[data-index="' + i + '"] .bg');
        if (!isFinite(px) || !drawn) return;
        if (marks === null) marks = obstacles(gd, avoid);  // once per drawing
        var b = drawn.getBoundingClientRect(), at = place(px, [b.width, b.height], lanes, marks);
        var y = 1 - at.top / lanes[1];
        if ((a.xanchor && a.xanchor !== "auto" ? a.xanchor : "center") !== at.anchor)
          update["annotations[" + i + "].xanchor"] = at.anchor;
        if (a.yref !== "paper" || a.yanchor !== "top" || Math.abs(a.y - y) * lanes[1] >= 0.5) {
          update["annotations[" + i + "].yref"] = "paper";
          update["annotations[" + i + "].yanchor"] = "top";
          update["annotations[" + i + "].y"] = y;
        }
      });
      if (Object.keys(update).length) Plotly.relayout(gd, update);
    }
    gd.on("plotly_afterplot", apply);
    apply();
  }

  return {place: place, attach: attach, PAD: PAD};
})();
"""

# Run after the figure is drawn (plotly.py's ``post_script``; "{plot_id}" is the figure's div). Before the "+N" labels'
# script (``render.to_html``), which shows them after each drawing by a relayout, whose drawing places the cuts' labels
# again off the ones shown.
POST_SCRIPT = (SCRIPT + 'timelineCuts.attach(document.getElementById("{plot_id}"), "' + LABEL_NAME + '", "' + MORE
               + '");\n')
