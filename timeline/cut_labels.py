"""The cuts' labels ("✂ 4.2 years", ``axis_breaks.layout``) kept inside the lanes, for the view shown.

A label is centred on its cut's dashed line. A view that starts inside a cut (the first view "where most events are"
of a set with a few old events, a range button, a drag) draws that cut's line on the lanes' left edge, and half the
label lay over the lanes' names: "✂ 10 months" over "meeting (17" on a 40 White House + 10 TASS page at 1366 px
(page50). ``SCRIPT`` sets each label's anchor for the view shown, each time the chart is drawn: a label whose half
would pass the lanes' left edge stands right of its line, one that would pass their right edge (the legend's side)
left of it, any other centred on it as before. Without the script (a static export) every label is centred.
"""

from __future__ import annotations

from .axis_breaks import LABEL_NAME

SCRIPT = r"""
(function (gd, name) {
  "use strict";
  if (!gd || !gd.on || !window.Plotly) return;
  function apply() {
    var ax = gd._fullLayout && gd._fullLayout.xaxis, notes = (gd.layout && gd.layout.annotations) || [], update = {};
    if (!ax || !ax._length) return;
    notes.forEach(function (a, i) {
      if (a.name !== name || a.visible === false) return;
      var px = ax.l2p(ax.r2l(a.x)), drawn = gd.querySelector('.annotation[data-index="' + i + '"] .bg');
      if (!isFinite(px) || !drawn) return;
      var half = drawn.getBoundingClientRect().width / 2;
      var anchor = px < half ? "left" : px > ax._length - half ? "right" : "center";
      if ((a.xanchor && a.xanchor !== "auto" ? a.xanchor : "center") !== anchor)
        update["annotations[" + i + "].xanchor"] = anchor;
    });
    if (Object.keys(update).length) Plotly.relayout(gd, update);
  }
  gd.on("plotly_afterplot", apply);
  apply();
})
"""

# Run after the figure is drawn (plotly.py's ``post_script``; "{plot_id}" is the figure's div).
POST_SCRIPT = SCRIPT + '(document.getElementById("{plot_id}"), "' + LABEL_NAME + '");\n'
