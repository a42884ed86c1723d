"""The page around the chart on a phone, on paper and without JavaScript (``render.to_html`` puts it in).

page47 used the three pages of the README (the sample, the White House readouts, the 460-article bench) as an analyst
does, at 1440 x 900 and on a 390 x 844 phone, printed and with JavaScript off:

* A phone: the page had no ``<meta name="viewport">``, so a phone laid it out 980 px wide and shrank it to its screen
  (to 40 % on a 390 px phone: 5 px text, the list unreadable). With it (``HEAD``) the page is the phone's width, where
  the chart's legend, right of the lanes, was cut off and squeezed the lanes to a third of the screen: under
  ``NARROW_PX`` the chart draws no legend (the type lanes name the types, and the list's type picker filters them; a
  type's colour is its chip in the list); the list's rows stack their cells (``chronology.STYLE``). page48: there
  too the chart's title and subtitle (Plotly's, which do not wrap) ran off the right edge, and the range buttons past
  "last 6 months" were out of reach. Under ``NARROW_PX`` the title and subtitle are HTML above the chart, where they
  wrap, and the chart's own are drawn unseen with their room taken out of its top margin (``view_note`` still
  rewrites the chart's subtitle; the heading follows it, and a line it adds takes no room); the range buttons go in
  as many rows as fit the lanes' width. A wider window puts it all back as it was. page49: that changed the figure's
  height but not that of plotly.py's box around it (its height when written), and the heading went into the box, so
  the chart ran over the list's "Chronology" heading; the box is now held as high as the figure after every draw,
  with the heading above it, and since a relayout of the height pins the chart's width (plotly sets layout.width),
  the width is let go again, so that a resized window resizes the chart and its buttons are split in rows again.
  keys49: a window a little wider than ``NARROW_PX`` (700-900 px on the sample) cut the subtitle's second line at
  the chart's right edge: a chart whose own title or subtitle would be cut takes the narrow layout too (``cut``).
* Paper: the chart's SVG keeps the window's width, so printing from a 1440 px window cut it at the paper's edge, the
  legend and the newest half of the lanes lost. Before printing the chart is drawn ``PRINT_PX`` wide (about an A4
  or Letter page's width inside its margins), and after it as before; the mode bar, the range buttons, the list's
  filters and the "back to the chart" button are not printed (``PRINT_STYLE``).
* No JavaScript: the chart was a blank box 600-900 px high under no title at all (the title is drawn in the chart),
  over filter boxes that did nothing. ``noscript`` gives the page's title and says that the chart needs JavaScript and
  that the list below has every event; the blank box and the dead filters are not shown.
"""

from __future__ import annotations

import html

NARROW_PX = 700  # a window narrower than this (a phone, a split screen) gets the narrow chart
PRINT_PX = 700  # the chart's width on paper: A4 (794 px at 96 dpi) or Letter (816 px) inside the default margins

HEAD = '<meta name="viewport" content="width=device-width, initial-scale=1">'

# the list's filters and the tip on their use: not printed, and not shown with JavaScript off (they would do nothing)
LIST_FILTERS = "#chronology .bar input,#chronology .bar select,#chronology .bar label,#chronology .bar .tip"

PRINT_STYLE = (f"<style>@media print{{.modebar-container,.updatemenu-container,{LIST_FILTERS},#chronology .bar a,"
               "#chronology-back{display:none!important}#chronology table.h{position:static}}</style>")

HEAD_STYLE = "font:600 18px/1.3 'Segoe UI',Helvetica,Arial,sans-serif;color:#222;margin:12px 12px 2px"
SUB_STYLE = "font:12px/1.4 'Segoe UI',Helvetica,Arial,sans-serif;color:#555;margin:0 12px 4px"
# the narrow layout's HTML heading above the chart (the list's "back to the chart" goes to it)
HEAD_CLASS = "timeline-head"
CLEAR = "rgba(0,0,0,0)"  # the chart's own title and subtitle on a narrow window: drawn, unseen (the HTML heading says them)

# Run after the figure is drawn (plotly.py's ``post_script``; "{plot_id}" is the figure's div).
POST_SCRIPT = """
(function (gd) {
  "use strict";
  if (!gd || !window.Plotly || !gd.layout) return;
  var narrow = false, head = null, wide = null, MODEBAR = 30;  // px: the mode bar's row
  // the chart's box (plotly.py's div around it, ``outer``, as high as the figure was when written): as high as the
  // figure is. A relayout of the figure's height also pins its width (plotly sets layout.width), after which a resized
  // window no longer resizes the chart: the width is let go again (not while printing, which sets it). (The figure's
  // height is its full layout's: plotly's resize to the window deletes layout.height.)
  var outer = gd.parentNode, printing = false;
  function hold() {
    var px = gd._fullLayout && gd._fullLayout.height;
    if (px && outer !== document.body && outer.style.height !== px + "px") outer.style.height = px + "px";
    if (!printing && gd.layout.width) delete gd.layout.width;
  }
  // Plotly's pseudo-HTML as plain lines of text (its entities read, its tags dropped: <br> parts the lines)
  function lines(text) {
    return String(text || "").split("<br>").map(function (part) {
      return new DOMParser().parseFromString(part, "text/html").body.textContent;
    });
  }
  // the title and subtitle as HTML above the chart, where they wrap (the subtitle follows view_note's rewrites)
  function heading() {
    if (!head) {
      head = document.createElement("div");
      head.className = "%(head_class)s";
      outer.parentNode.insertBefore(head, outer);  // above the chart's box, not in it: the box holds the chart alone
    }
    head.textContent = "";
    var h = document.createElement("h1");
    h.style.cssText = "%(head)s";
    h.textContent = lines(gd.layout.title.text).join(" ");
    head.appendChild(h);
    lines(gd.layout.title.subtitle && gd.layout.title.subtitle.text).forEach(function (line) {
      var p = document.createElement("p");
      p.style.cssText = "%(sub)s";
      p.textContent = line;
      head.appendChild(p);
    });
  }
  // the range buttons in as many rows as fit the chart's width, each row a menu of its own
  function rows(menu) {
    var widths = [];
    gd.querySelectorAll(".updatemenu-container .updatemenu-button").forEach(function (b) {
      widths.push(b.getBBox().width);
    });
    // the lanes' width with no legend right of them (a menu left of the lanes would push them right)
    var room = gd._fullLayout.width - gd._fullLayout._size.l - gd.layout.margin.r, out = [], used = room;
    menu.buttons.forEach(function (button, k) {
      var w = (widths[k] || 80) + 2;
      if (used + w > room) { out.push([]); used = 0; }
      out[out.length - 1].push(button);
      used += w;
    });
    return out;
  }
  function top(height, y) { return 1 - (1 - y) * height; }
  function narrowed() {
    var L = gd.layout, H = gd._fullLayout.height, plot = gd._fullLayout._size.h;
    var menu = L.updatemenus && L.updatemenus[0];
    var box = menu && gd.querySelector(".updatemenu-container .updatemenu-button rect");
    var rowPx = box ? box.getBBox().height + 4 : 26, above = menu ? (menu.y - 1) * plot : 8;
    var split = menu ? rows(menu) : [];
    var t = Math.round(MODEBAR + above + rowPx * split.length), cut = L.margin.t - t;

    wide = {menus: L.updatemenus, cut: cut, t: t, title: L.title.font && L.title.font.color || null,
            sub: L.title.subtitle && L.title.subtitle.font && L.title.subtitle.font.color || null};
    var update = {showlegend: false, "margin.t": t, height: H - cut, "title.y": top(H / (H - cut), L.title.y),
                  "title.font.color": "%(clear)s", "title.subtitle.font.color": "%(clear)s"};
    if (menu) update.updatemenus = split.map(function (buttons, k) {
      return Object.assign({}, menu, {buttons: buttons, y: 1 + (above + rowPx * (split.length - 1 - k)) / plot});
    });
    heading();
    head.hidden = false;
    return update;
  }
  function widened() {
    var L = gd.layout, H = gd._fullLayout.height, cut = wide.cut;
    var update = {showlegend: true, "margin.t": L.margin.t + cut, height: H + cut,
                  "title.y": top(H / (H + cut), L.title.y),
                  "title.font.color": wide.title, "title.subtitle.font.color": wide.sub, updatemenus: wide.menus};
    if (head) head.hidden = true;
    wide = null;
    return update;
  }
  // a narrow window: no legend, the title and subtitle above the chart, the range buttons in rows; back as it
  // was when the window widens; a narrow window resized: the buttons in rows again, when the count of rows changes
  // the chart's own title or subtitle runs past its right edge, where it is cut (a window a little wider than
  // NARROW_PX: the subtitle's second line at 700-900 px): the narrow layout's HTML heading, which wraps, says it. (The
  // chart's title is drawn in both layouts, unseen in the narrow one, at the same size: the test gives the same answer
  // in both.)
  function cut() {
    var right = gd.getBoundingClientRect().left + gd._fullLayout.width, out = false;
    gd.querySelectorAll(".g-gtitle text").forEach(function (t) {
      if (t.getBoundingClientRect().right > right) out = true;
    });
    return out;
  }
  function fit() {
    var now = window.innerWidth < %(narrow)d || cut();
    // (a page with no dated event: its chart is a message under the title, in no margin of its own; no legend)
    var drawn = gd.layout.margin && gd.layout.updatemenus && gd.layout.updatemenus.length;
    if (now && narrow && drawn && wide && rows(wide.menus[0]).length !== gd.layout.updatemenus.length) {
      return Plotly.relayout(gd, widened()).then(function () { return Plotly.relayout(gd, narrowed()); });
    }
    if (now === narrow) return;
    narrow = now;
    return Plotly.relayout(gd, !drawn ? {showlegend: !now} : now ? narrowed() : widened());
  }
  fit();
  hold();
  // after plotly has resized the chart to the window (its own handler waits 100 ms): the rows are of its new width
  window.addEventListener("resize", function () { Plotly.Plots.resize(gd).then(fit, fit); });
  gd.on("plotly_afterplot", hold);
  // the subtitle's view line, rewritten (view_note): the heading says it; a line it adds is not room in the chart
  gd.on("plotly_relayout", function () {
    hold();
    if (!narrow || !wide) return;
    heading();
    var L = gd.layout, H = gd._fullLayout.height, extra = L.margin.t - wide.t;
    if (!extra) return;
    wide.cut += extra;
    Plotly.relayout(gd, {"margin.t": wide.t, height: H - extra, "title.y": top(H / (H - extra), L.title.y)});
  });
  // paper: the chart as wide as the page inside its margins, then as it was
  window.addEventListener("beforeprint", function () {
    printing = true;
    Plotly.relayout(gd, {width: %(print)d});
  });
  window.addEventListener("afterprint", function () {
    if (!printing) return;
    printing = false;
    Plotly.relayout(gd, {width: null}).then(function () { Plotly.Plots.resize(gd); });
  });
})(document.getElementById("{plot_id}"));
""" % {"narrow": NARROW_PX, "print": PRINT_PX, "head": HEAD_STYLE, "sub": SUB_STYLE, "clear": CLEAR,
       "head_class": HEAD_CLASS}


def noscript(title: str, div_id: str, listed: bool = True) -> str:
    """What the page says with JavaScript off: its title, that the chart needs JavaScript and (``listed``: the page
    has events) the list has every event; the chart's blank box and the list's filters hidden."""
    said = ("every event is listed below, dated ones in date order, then those without a resolved date." if listed
            else "there are no events to list.")
    return (f"<noscript><style>div:has(> #{div_id}),#{div_id},{LIST_FILTERS}{{display:none!important}}</style>"
            '<h1 style="font:600 20px/1.3 \'Segoe UI\',Helvetica,Arial,sans-serif;margin:16px 20px 4px">'
            f"{html.escape(title)}</h1>"
            '<p style="font:14px/1.45 \'Segoe UI\',Helvetica,Arial,sans-serif;margin:0 20px;color:#444">'
            f"The chart needs JavaScript, which is off in this browser: {said}</p></noscript>")
