"""The "+N" labels of the "+N more" markers (``render._stack``): annotations, shown only where they have room.

ux30b drew the count as the marker trace's text. Plotly redraws every trace in the range slider, text included, with
no option to leave one out (plotly.js#2010), so the "+N" labels cluttered the slider; and in a dense lane (the
statements of a 400-article set) the labels of neighbouring stacks overlapped at the first, zoomed-out view. The
labels are now annotations (``annotations``), which the slider does not draw, and ``SCRIPT`` shows them for the view
shown: in each lane, left to right, a label is shown when it starts at least GAP pixels after the end of the last
label shown and ends GAP pixels before the next marker (recomputed when the range or the plot's width changes; a
zoom brings the hidden ones back). The marker and its hover (which names the count) stay for every stack. Without the script (a static export) no label is shown.

``timelineMore.room(labels)`` is the choice, tested on its own (``tests/test_more_labels.py``); ``POST_SCRIPT``
attaches it to the figure (``render.to_html``).
"""

from __future__ import annotations

NAME = "more"  # the annotations' name, by which the script finds them
FONT_PX = 10


def annotations(more: list[dict], marker_px: int) -> list[dict]:
    """One hidden annotation per "+N more" point (``render._stack``), right of its marker; the script shows them."""
    return [{"x": m["start"], "y": m["y"], "xref": "x", "yref": "y", "text": f"+{len(m['rest'])}", "name": NAME,
             "showarrow": False, "xanchor": "left", "yanchor": "middle", "xshift": marker_px / 2 + 1,
             "font": {"size": FONT_PX, "color": "#333333"}, "visible": False} for m in more]


SCRIPT = r"""
var timelineMore = (function () {
  "use strict";
  var CHAR_PX = 6.5, GAP = 6;
  // labels: [{lane, at, offset, width}] (at: the marker's centre in pixels, null when out of view; the label starts
  // offset pixels right of it) -> [shown, ...]: in each lane, left to right, a label is shown when it starts GAP
  // pixels or more after the end of the last one shown and ends GAP pixels or more before the next marker's edge.
  function room(labels) {
    var order = labels.map(function (l, i) { return i; }).filter(function (i) { return labels[i].at !== null; });
    order.sort(function (a, b) { return labels[a].at - labels[b].at; });
    var end = {}, next = {}, shown = labels.map(function () { return false; });
    for (var k = order.length - 1; k >= 0; k--) {  // the next marker to the right in the same lane
      var l = labels[order[k]];
      l._next = next[l.lane];
      next[l.lane] = l.at - l.offset;
    }
    order.forEach(function (i) {
      var l = labels[i], start = l.at + l.offset;
      if (end[l.lane] !== undefined && start < end[l.lane] + GAP) return;
      if (l._next !== undefined && start + l.width + GAP > l._next) return;
      shown[i] = true;
      end[l.lane] = start + l.width;
    });
    return shown;
  }

  function attach(gd, name) {
    var last = null;
    function apply() {
      var ax = gd._fullLayout && gd._fullLayout.xaxis, notes = (gd.layout && gd.layout.annotations) || [];
      if (!ax || !ax._length) return;
      var mine = [], labels = [];
      notes.forEach(function (a, i) {
        if (a.name !== name) return;
        var px = ax.l2p(ax.r2l(a.x));
        var inView = isFinite(px) && px >= 0 && px <= ax._length;
        mine.push(i);
        labels.push({lane: Math.round(a.y), at: inView ? px : null, offset: a.xshift || 0,
                     width: CHAR_PX * String(a.text).length});
      });
      if (!mine.length) return;
      var shown = room(labels), key = shown.join();
      if (key === last) return;
      last = key;
      var update = {};
      mine.forEach(function (i, k) { if (!!notes[i].visible !== shown[k]) update["annotations[" + i + "].visible"] = shown[k]; });
      if (Object.keys(update).length) Plotly.relayout(gd, update);
    }
    gd.on("plotly_afterplot", apply);
    apply();
  }

  return {room: room, attach: attach, GAP: GAP};
})();
"""

# Run after the figure is drawn (plotly.py's ``post_script``; "{plot_id}" is the figure's div).
POST_SCRIPT = SCRIPT + '\ntimelineMore.attach(document.getElementById("{plot_id}"), "' + NAME + '");\n'
