"""The chronology list under the chart in timeline.html: every event as one row of a table.

Hovering marker by marker is no way to check "the chronology of meetings and statements", and the
events without a resolved date have no marker at all. So the page lists every event below the chart:

* Dated events in date order (``date_start``, then the frame's order: ``table.sort_key``), then the
  undated ones under their own heading.
* Columns: the date as resolved, at its precision ("2024-11-22", "Nov 2024", "2024", "week of
  2024-11-18", "Q3 2018", "spring 2011", "2010s"; a longer span with the unit it ends in, "Q1 2024 – Q2
  2024"; planned events marked); the type with the legend's
  colour; actor1 → actor2 and the other participants; the place; the whole sentence, its date phrase
  emphasised by the frame's offsets (``date_char_start - char_start``: never a text search, which would
  find "May" in "Theresa May"), and only when the words there are its ``date_text``; the article (its title, linked to its ``url`` when that is a web address;
  with no title, the start of its text in italics, ``article_lead``, its id in the tip; else its id).
* A search box filters the rows by any text (every word typed must occur in the row, or be in the ids of the
  articles that report it, ``data-a``: the ids events.csv and the build's report name); a click on a
  marker of the chart scrolls to its row and highlights it (``plotly_click``: the marker's
  ``customdata[1]`` is its event id, the row's id is ``"row-" + event id``); hiding a type in the
  legend hides its rows (``plotly_restyle``: the marker traces' ``legendgroup`` is the type). While the list is
  filtered, the chart dims the markers of the events it does not show, a "+N more" marker and its label unless one of
  its events is shown, and the range slider's dot of a day and lane unless a shown event is drawn there (``paint``).
  "only the chart's dates" lists the dated rows whose span (``data-d``) meets the chart's view, again after each zoom,
  range button or slider drag (page47: narrowing to a date range narrowed the chart alone).
* The keyboard (keys49): the chart's range buttons and lane names (SVG, which Tab skips) are tab stops that Enter or
  Space clicks, the buttons first and the names one stop after them, Up and Down going from lane to lane (page50); on
  a lane's name Left and Right step through its markers with their hovers and Enter goes to a marker's row, focused
  (``SCRIPT``'s ``keys``); focused stops are outlined (``KEY_STYLE``). In the list a row is one tab stop (page52: it
  was two or three, the date's tip, the article's link and "+N more", a long run on a big page): Right and Left go
  through its parts (``PART``: the date cell's tip, the article's link or name, "+N more"), each showing its tip in
  the row on focus (``STYLE``), Enter on the row goes to its first part and Escape back to the row, Up and Down to the
  row above or below that the list shows (``SCRIPT``'s ``rowKeys``), scrolled to below the sticky column header
  (``STYLE``'s scroll-margin; reread53: the browser brought a row above the window to its top edge, under the
  header); "skip the list", seen when focused with a line on those keys, takes the focus past the rows (page50). A
  mouse does what it did.
* Under 640 px (a phone) a row's cells stack, date and type on one line (six fixed columns put the sentence in a 10 px
  column at 500 px).

The rows are HTML written here, every string from the frame escaped (``html.escape``, quotes too: its default),
so the list reads without JavaScript and holds no data in a script; the script (plain JS, no library) only filters
and scrolls.
Nothing in it depends on the time or the machine: the same frame gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Mapping

import pandas as pd

from .basis_words import words as basis_words
from .cells import cell_int, cell_text, row_type
from .merged_sources import days_line, heading, other_days, other_report_lines, others as other_reports
from .more_labels import NAME as MORE_LABEL
from .page_fit import HEAD_CLASS
from .render import DIV_ID, article_name, other_articles, type_color, type_order, who
from .events.undated_why import label as undated_label, meaning
from .temporal.points import SEASON_OF_MONTH, Point

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
ROW_PREFIX = "row-"  # a row's element id is this + the event id
LIST_ID = "chronology"


def _attr(value) -> str:
    """A cell escaped for an attribute value or a table cell (quotes too; ``render._esc`` leaves them)."""
    return html.escape(cell_text(value))


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _label(day: dt.date, precision: str, value: str) -> str:
    if precision in ("day", "time"):
        return day.isoformat()
    if precision == "week":
        return f"week of {day.isoformat()}"
    if precision == "month":
        return day.strftime("%b %Y")
    if precision == "quarter" and "-Q" in value:
        return f"Q{value.split('-Q')[1][:1]} {value[:4]}"
    if precision == "half" and "-H" in value:
        return f"H{value.split('-H')[1][:1]} {value[:4]}"
    if precision == "season" and value[5:7] in SEASONS:
        return f"{SEASONS[value[5:7]]} {value[:4]}"
    if precision == "season" and value.isdigit():  # a season by its year in the event table ("this summer": 2023)
        return f"{SEASONS[SEASON_OF_MONTH[day.month]]} {value}"
    if precision == "year":
        return str(day.year)
    if precision == "decade":
        return f"{day.year // 10 * 10}s"
    if precision == "century":
        return f"{_ordinal(day.year // 100 + 1)} century"
    return ""


def _unit_end(day: dt.date, precision: str) -> dt.date | None:
    """The last day of the unit of this precision that ``day`` begins (None: no such unit)."""
    try:
        return Point.of(day, precision).end
    except ValueError:
        return None
    except OverflowError:  # (a unit ending in December 9999)
        return dt.date(9999, 12, 31)


def _end_label(end: dt.date, precision: str) -> str:
    """The unit a span's last day falls in, named as its first is: "Q2 2024", "summer 2025", "week of
    2024-11-25" (the week's Monday, not the span's last day)."""
    point = Point.of(end, precision)
    return _label(point.start, precision, point.value)


def when(row: dict) -> str:
    """The date of an event as resolved, at its precision, as plain text ("" when it has none): "2024-11-22",
    "week of 2024-11-18", "Nov 2024", "Q3 2018", "spring 2011", "2024", "2010s", "20th century"; a span longer
    than its unit ("from 1917 to 1971", "September 13 to 17") with the unit its end falls in: "1917 – 1971",
    "Q1 2024 – Q2 2024", "week of 2024-11-18 – week of 2024-11-25"."""
    start = _day(cell_text(row.get("date_start")))
    if start is None:
        return ""
    precision, value = cell_text(row.get("precision")), cell_text(row.get("event_date"))
    end = _day(cell_text(row.get("date_end")))
    label = _label(start, precision, value)
    if not label:  # a precision this list has no words for: the span as dates
        return start.isoformat() + (f" – {end.isoformat()}" if end and end != start else "")
    unit_end = _unit_end(start, precision)
    if end and unit_end and end > unit_end:
        label += " – " + _end_label(end, precision)
    return label


def _phrase_at(row: dict) -> tuple[int, int] | None:
    """(start, end) of the date phrase in the sentence, when the offsets place it inside and the words there are the
    date phrase (``date_text``), else None: an equality test, never a search. (A merged event's date may be another
    report's; ``merge`` then drops its offsets, and this test keeps an older table's from marking other words.)"""
    sentence = cell_text(row.get("sentence"))
    base, lo, hi = (cell_int(row.get(k)) for k in ("char_start", "date_char_start", "date_char_end"))
    if None in (base, lo, hi) or not 0 <= lo - base < hi - base <= len(sentence) \
            or sentence[lo - base:hi - base] != cell_text(row.get("date_text")):
        return None
    return lo - base, hi - base


def _sentence(row: dict, at: tuple[int, int] | None) -> str:
    """The sentence, escaped, with its date phrase at ``at`` (``_phrase_at``) in <mark>."""
    sentence = cell_text(row.get("sentence"))
    if at is None:
        return html.escape(sentence)
    lo, hi = at
    return (html.escape(sentence[:lo]) + "<mark>" + html.escape(sentence[lo:hi])
            + "</mark>" + html.escape(sentence[hi:]))


def _who(row: dict) -> str:
    """actor1 → actor2, then the other participants (``render.who``), as HTML."""
    lead, others = who(row)
    out = " → ".join(html.escape(a) for a in lead)
    if others:
        out += (" " if out else "") + '<span class="o">+ ' + html.escape(", ".join(others)) + "</span>"
    return out


def _web(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))  # a javascript: "url" in the data is no link


def _article(row: dict, leads: Mapping[str, str], reports: Mapping | None = None) -> str:
    """The article's title, linked to its url (opened in a new tab); an article with no title is named by the start
    of its text (``leads``, ``article_lead``) in italics, its id in the tip; with neither, by its id. A merged event's "+N more"
    has the other reports in its tip, each with its article (``merged_sources``; ``reports`` by event id)."""
    url, article = cell_text(row.get("url")).strip(), cell_text(row.get("article_id"))
    title, start = article_name(row, leads)
    label = html.escape(title or start or article)
    if start:
        label = f'<span class="s">{label}</span>'
    tip = html.escape(" · ".join(x for x in (cell_text(row.get("source")), article,
                                             start and "no title: its text's start") if x))
    # in a tab of its own: in this one, the way back reloaded the page (5 s for 460 articles) with its filters, zoom
    # and place in the list lost (page47)
    cell = (f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer"{PART} title="{tip}">{label}</a>'
            if _web(url)
            else f'<span{PART} title="{tip}">{label}</span>')
    sources = cell_int(row.get("sources")) or 1
    if sources > 1:
        rest = other_reports(row, reports)
        told = other_report_lines(rest)
        # the tip's count in the unit its lines count (a sentence), as the hover's: "+2 more" counts articles
        if told:
            counted, the_others = heading(row, rest)
            told = [f"{counted}, {the_others}:", *told]
        else:
            told = other_articles(row, article)
        # (a part of the row: a keyboard reads the tip in the row, ``_tip``)
        cell += f' <span class="o"{_tip(chr(10).join(told))}>+{sources - 1} more</span>'
    return cell


def _article_ids(row: dict) -> str:
    """The ids of the articles that report the row's event (its own first), which the search box finds though the
    row shows them only in a tip (an article is named by its title or the start of its text)."""
    first = cell_text(row.get("article_id"))
    return " ".join(x for x in (first, *other_articles(row, first)) if x)


def actor_names(row: dict) -> list[str]:
    """The row's actors as named in the table: actor1, actor2, then the other participants (``actors``), once each.
    The list's "who" filter matches these (``data-w``), not the sentence: a search for "Assad" also found the rows that
    only mention him."""
    named = [cell_text(row.get("actor1")), cell_text(row.get("actor2"))]
    named += [a.strip() for a in cell_text(row.get("actors")).split(";")]
    return [a for a in dict.fromkeys(named) if a]


WHO_SEP = "|"  # between the names of a row's ``data-w``


# A part of a row: focusable by the row's arrow keys (``SCRIPT``'s ``rowKeys``), no tab stop of its own (the row is one)
PART = ' tabindex="-1"'


def _tip(tip: str) -> str:
    """A cell's tip as its attributes: a part of its row when it has one, so that a keyboard shows it in the row
    (``STYLE``'s :focus-visible; a mouse hovers it as before)."""
    return f'{PART} title="{html.escape(tip)}"' if tip else ' title=""'


def _row(row: dict, chip: dict[str, int], leads: Mapping[str, str], reports: Mapping | None = None) -> str:
    etype = row_type(row)
    date = html.escape(when(row))
    basis = cell_text(row.get("date_basis"))
    start, end = cell_text(row.get("date_start")), cell_text(row.get("date_end"))
    tip = " · ".join(x for x in ((f"{start} to {end}" if end and end != start else ""),
                                 cell_text(row.get("precision")), basis, cell_text(row.get("date_text"))) if x)
    at = _phrase_at(row)  # (the date cell and the sentence cell both ask where the date phrase is)
    how, how_tip = basis_words(row, at is not None) if date else ("", "")
    # how the date was found when the sentence does not show it, on a line of its own under the date: half a big
    # set's dated rows are their article's date or the day of the meeting they retell, and read as a date the text
    # gives with the basis in the tip alone (``basis_words``)
    found = f' <span class="b">{html.escape(how)}</span>' if how else ""
    tip = " · ".join(x for x in (how_tip, tip) if x)
    others = other_days(row) if date else []
    if others:
        # a merged event whose reports disagree on its day (49 of the bench's): the other days, as the hover has them
        found += f' <span class="b">other reports: {html.escape("; ".join(others))}</span>'
        tip += " · " + days_line(row, reports)  # (counted as the "+N more" tip counts, in sentences)
    if not date and basis == "unresolved":
        # why a row has no date when the text gave one ("on Wednesday" in an article with no anchor date): the flag's
        # reason in the tip, so the reviewer knows the fix (--reference-date) rather than reading it as undatable
        why = next((f.strip() for f in cell_text(row.get("flags")).split(";")
                    if f.strip().startswith("unresolved")), "")
        said = cell_text(row.get("date_text"))
        tip = " · ".join(x for x in (said and f"“{said}”", why or "unresolved") if x)
        date = '<span class="o">unresolved</span>'
    elif not date and basis == "undated":
        # why a row was left undated on purpose ("undated:perfect-background", "undated:planned": ``undated_why``), so a
        # reviewer can tell a text that gives no date from a background or standing act the reading keeps undated
        rule = cell_text(row.get("date_rule"))
        tip = meaning(rule or basis)
        label = undated_label(rule)  # the reason in a few words, grey in the date cell (``undated_why.LABEL``)
        date = f'<span class="o">{label}</span>' if label else ""  # no reason given (an older table): blank
    if cell_text(row.get("status")) == "planned":
        date += ' <span class="p">planned</span>'
    date += found
    # the row's date span, which "only the chart's dates" meets with the chart's view (a dated row's alone)
    span = f' data-d="{start[:10]} {(end or start)[:10]}"' if _day(start) else ""
    return (f'<tr id="{ROW_PREFIX}{_attr(row.get("event_id"))}" data-t="{html.escape(etype)}"'
            f' data-a="{html.escape(_article_ids(row))}"{span} data-w="{html.escape(WHO_SEP.join(actor_names(row)))}"'
            ' tabindex="0">'  # (the row's tab stop: its parts are reached by its arrow keys)
            f'<td{_tip(tip)}>{date}</td>'
            f'<td><i class="k{chip[etype]}"></i>{html.escape(etype)}</td>'
            f"<td>{_who(row)}</td><td>{_attr(row.get('location'))}</td><td>{_sentence(row, at)}</td>"
            f"<td>{_article(row, leads, reports)}</td></tr>")


def ordered(frame: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """The dated rows by date_start (then the frame's order) and the undated rows (in the frame's order)."""
    rows = frame.to_dict("records")
    dated = [r for r in rows if _day(cell_text(r.get("date_start")))]
    undated = [r for r in rows if not _day(cell_text(r.get("date_start")))]
    dated.sort(key=lambda r: cell_text(r.get("date_start"))[:10])  # stable: the frame's order within a day
    return dated, undated


COLUMNS = ("Date", "Type", "Who", "Where", "Sentence", "Article")
WIDTHS = ("9.5em", "8.5em", "15%", "9%", "auto", "15%")
CHUNK = 100  # rows per table: the browser lays out only the tables near the screen (content-visibility)
ROW_PX = 64  # a row's estimated height, for the tables not yet laid out

# The rows are in tables of CHUNK rows with the same fixed column widths, each skipped by the browser's
# layout until it nears the screen: 5,000 rows in one table took 1.7 s to lay out, in chunks 10 ms.
STYLE = """
#chronology{font:14px/1.45 "Segoe UI",Helvetica,Arial,sans-serif;color:#222;margin:8px 20px 40px}
#chronology h2{font-size:18px;font-weight:600;margin:0}
#chronology h3{font-size:15px;font-weight:600;margin:18px 0 4px;scroll-margin-top:40px}
#chronology .bar{display:flex;align-items:baseline;gap:14px;flex-wrap:wrap;margin:0 0 8px}
#chronology input[type=search]{font:inherit;padding:4px 8px;width:26em;max-width:100%;border:1px solid #bbb;border-radius:4px}
#chronology .n{color:#555;font-size:13px}
#chronology table{border-collapse:collapse;width:100%;table-layout:fixed}
#chronology .c{content-visibility:auto}
#chronology th,#chronology td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #e6e6e6;
overflow-wrap:anywhere}
#chronology table.h{position:sticky;top:0;z-index:1}
#chronology table.h th{background:#f4f4f4;font-size:13px;font-weight:600}
#chronology td:first-child{white-space:nowrap;font-variant-numeric:tabular-nums}
#chronology i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
#chronology mark{background:#fff0a8;color:inherit;padding:0 1px}
#chronology .o{color:#666;font-size:13px}
#chronology .s{font-style:italic;font-size:13px}
#chronology .b{display:block;white-space:normal;color:#666;font-size:12px;line-height:1.3}
#chronology .p{display:table;font-size:11px;border:1px solid #999;border-radius:3px;padding:0 3px;color:#555}
#chronology a{color:#1a5fb4;text-decoration:none}#chronology a:hover{text-decoration:underline}
#chronology .bar a.n{color:#1a5fb4}
#chronology tr.hl td{background:#fff3c4}
#chronology tr:hover td{background:#f7f9fc}#chronology tr.hl:hover td{background:#ffe999}
#chronology input.w{width:16em}
#chronology label{white-space:nowrap}
#chronology select{font:inherit;padding:3px 4px;border:1px solid #bbb;border-radius:4px;background:#fff}
@media (max-width:640px){#chronology{margin:8px 10px 40px}#chronology table.h{display:none}
#chronology table,#chronology tbody,#chronology tr,#chronology td{display:block;width:auto}
#chronology tr{border-bottom:1px solid #e6e6e6;padding:6px 0}#chronology td{border:0;padding:1px 4px}
#chronology td:nth-child(-n+2){display:inline-block;white-space:normal;font-weight:600}
#chronology td:empty{display:none}#chronology input[type=search],#chronology input.w{width:100%}}
#chronology :focus-visible{outline:2px solid #1a5fb4;outline-offset:1px}
#chronology tr:focus-visible{outline-offset:-2px}
#chronology tr[data-t],#chronology tr[data-t] [tabindex]{scroll-margin-top:40px}
#chronology [tabindex="-1"][title]:focus-visible::after{content:attr(title);display:block;white-space:pre-line;
font-size:12px;line-height:1.35;color:#222;background:#fffbe6;border:1px solid #d8c98a;padding:2px 4px;margin-top:2px}
#chronology-back:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}
#chronology .skip:not(:focus),#chronology .skip:not(:focus)+.keys{position:absolute;width:1px;height:1px;overflow:hidden;
clip-path:inset(50%)}
#chronology #chronology-end:focus{outline:none}
#chronology-back{position:fixed;right:20px;bottom:20px;z-index:2;font:13px "Segoe UI",Helvetica,Arial,sans-serif;
padding:6px 12px;border:1px solid #999;border-radius:4px;background:#fff;color:#1a5fb4;cursor:pointer;
box-shadow:0 1px 4px rgba(0,0,0,.2)}
"""

# The range slider's lanes are its own (``render._slider_lanes``), below the chart's: plotly shades the part of a
# slider's y range outside the chart's y range ("opp-axis" masks), which was all of it, so the window of the view shown
# was as grey as the rest (html42's screenshots) and the slider did not say where the view is.
SLIDER_STYLE = f"#{DIV_ID} .rangeslider-container rect[class*=opp-axis]{{display:none}}"

# The chart's tab stops (``SCRIPT``'s ``keys``), outlined when the keyboard is on them: a range button's box, a lane's
# name (its text underlined too: an SVG text's outline is its box)
KEY_STYLE = (f"#{DIV_ID} [tabindex]:focus{{outline:none}}"
             f"#{DIV_ID} .updatemenu-button:focus-visible rect{{stroke:#1a5fb4!important;stroke-width:2px!important}}"
             f"#{DIV_ID} .ytick text:focus-visible{{outline:2px solid #1a5fb4;text-decoration:underline}}")

SCRIPT = """<script>
(function () {
  var list = document.getElementById("chronology");
  if (!list) return;
  var rows = Array.prototype.slice.call(list.querySelectorAll("tr[data-t]"));
  var chunks = Array.prototype.slice.call(list.querySelectorAll(".c"));
  var box = document.getElementById("chronology-q"), count = document.getElementById("chronology-n");
  var whoBox = document.getElementById("chronology-w"), typeBox = document.getElementById("chronology-t");
  var back = document.getElementById("chronology-back");
  var viewBox = document.getElementById("chronology-v");
  var texts = null, names = null, known = null, hidden = {}, lit = null, gd = document.getElementById("%(div)s");
  // the chart's view: its first and last days ("YYYY-MM-DD"); null before the chart is drawn
  function viewDays() {
    var range = gd && gd._fullLayout && gd._fullLayout.xaxis && gd._fullLayout.xaxis.range;
    return range ? [String(range[0]).slice(0, 10), String(range[1]).slice(0, 10)] : null;
  }
  // "only the chart's dates": the rows whose date span meets the chart's view (the undated have no place there)
  function viewTest() {
    var view = viewBox.checked && viewDays();
    if (!view) return null;
    var lo = view[0], hi = view[1];
    return function (r) {
      var d = (r.getAttribute("data-d") || "").split(" ");
      return d.length === 2 && d[0] <= hi && d[1] >= lo;
    };
  }
  // the rows of an actor: its exact name when the box holds one (picked from the suggestions), else any actor whose
  // name holds the words typed; the actor columns only (data-w), never the sentence
  function whoTest() {
    var typed = whoBox.value.trim().toLowerCase();
    if (!names) {
      names = rows.map(function (r) { return (r.getAttribute("data-w") || "").toLowerCase().split("%(who_sep)s"); });
      known = {};
      Array.prototype.forEach.call(document.querySelectorAll("#chronology-actors option"), function (o) {
        known[o.value.toLowerCase()] = true; });
    }
    if (!typed) return null;
    var exact = known[typed], words = typed.split(/\\s+/);
    return function (i) {
      return names[i].some(function (n) {
        return exact ? n === typed : words.every(function (w) { return n.indexOf(w) >= 0; }); });
    };
  }
  function apply() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0, who = whoTest(), type = typeBox.value;
    var inView = viewTest();
    if (words.length && !texts) texts = rows.map(function (r) {
      return (r.textContent + " " + (r.getAttribute("data-a") || "")).toLowerCase(); });
    var ids = {};
    rows.forEach(function (r, i) {
      var t = r.getAttribute("data-t");
      var ok = !hidden[t] && (!type || t === type) && (!who || who(i)) && (!inView || inView(r))
        && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.style.display = ok ? "" : "none";
      if (ok) { shown++; ids[r.id.slice(%(prefix_len)d)] = true; }
    });
    var all = shown === rows.length;
    chunks.forEach(function (c) {
      var n = 0;
      Array.prototype.forEach.call(c.querySelectorAll("tr[data-t]"), function (r) { if (r.style.display !== "none") n++; });
      c.style.display = n ? "" : "none";
      c.style.containIntrinsicSize = all ? "" : n * %(row_px)d + "px";  // not the remembered size of other rows
    });
    Array.prototype.forEach.call(list.querySelectorAll("h3[data-n]"), function (h) {
      var part = h.nextElementSibling, n = 0;
      for (; part && part.classList.contains("c"); part = part.nextElementSibling)
        Array.prototype.forEach.call(part.querySelectorAll("tr[data-t]"), function (r) { if (r.style.display !== "none") n++; });
      h.style.display = n ? "" : "none";
    });
    count.textContent = all ? rows.length + " events" : shown + " of " + rows.length + " events shown";
    mark(words.length || who || type || inView ? ids : null);
  }
  // the chart shows the listed events' markers as they are and dims the others, and the spans of imprecise dates
  // fade; null: every marker as drawn. On the drawn points themselves (each one's point number is its ``i``): a
  // plotly restyle of selectedpoints redrew the whole chart, 2-3 s a keystroke on the bench's page; ``paint`` again
  // after each redraw (a zoom draws the points anew). A "+N more" marker stands for its events: it is shown as they
  // are when one of them is listed, and its "+N" label with it; the range slider's dot of a day and lane as the
  // markers there (``places``)
  var marked = null, places = {};
  function on(cd) {
    return cd && (Array.isArray(cd[2]) ? cd[2].some(function (r) { return marked[r[0]]; }) : marked[cd[1]]);
  }
  function typeOf(id) { var r = document.getElementById("%(prefix)s" + id); return r && r.getAttribute("data-t"); }
  // where the listed events are drawn: "type|day|lane" (the slider's dots: a light trace per type, a dot per day and
  // lane, ``render._slider_traces``) and "day|y" of each "+N more" marker that holds one (its label's place)
  function placesOf() {
    var out = {};
    gd.data.forEach(function (t) {
      if (t.mode !== "markers" || !t.customdata) return;
      t.customdata.forEach(function (cd, k) {
        if (!on(cd)) return;
        var day = String(t.x[k]), lane = Math.round(t.y[k]);
        if (!Array.isArray(cd[2])) { out[t.legendgroup + "|" + day + "|" + lane] = true; return; }
        out[day + "|" + t.y[k]] = true;
        cd[2].forEach(function (r) { if (marked[r[0]]) out[typeOf(r[0]) + "|" + day + "|" + lane] = true; });
      });
    });
    return out;
  }
  function dim(el, shown) { el.style.opacity = shown ? "" : "0.15"; }
  function paint() {
    if (!gd || !gd.querySelectorAll) return;
    Array.prototype.forEach.call(gd.querySelectorAll(".cartesianlayer .trace.scatter"), function (g) {
      var trace = g.__data__ && g.__data__[0] && g.__data__[0].trace;
      if (!trace) return;
      if (trace.mode === "lines") {
        Array.prototype.forEach.call(g.querySelectorAll("path.js-line"), function (l) { l.style.opacity = marked ? "0.25" : ""; });
        return;
      }
      if (!trace.customdata) return;  // (the range slider's light dots, drawn out of the chart's view)
      Array.prototype.forEach.call(g.querySelectorAll("path.point"), function (p) {
        var d = p.__data__;
        dim(p, !marked || (d && on(trace.customdata[d.i])));
      });
    });
    var lanes = (gd.layout.yaxis.tickvals || []).length;
    Array.prototype.forEach.call(gd.querySelectorAll(".rangeslider-container .trace.scatter"), function (g) {
      var trace = g.__data__ && g.__data__[0] && g.__data__[0].trace;
      if (!trace || trace.customdata) return;
      Array.prototype.forEach.call(g.querySelectorAll("path.point"), function (p) {
        var d = p.__data__;
        dim(p, !marked || (d && places[trace.legendgroup + "|" + String(trace.x[d.i]) + "|" + (trace.y[d.i] - lanes - 1)]));
      });
    });
    Array.prototype.forEach.call(gd.querySelectorAll(".annotation[data-index]"), function (a) {
      var note = (gd.layout.annotations || [])[+a.getAttribute("data-index")];
      if (note && note.name === "%(more)s") dim(a, !marked || places[String(note.x) + "|" + note.y]);
    });
  }
  function mark(ids) {
    if (ids === null && marked === null) return;
    marked = ids;
    places = marked ? placesOf() : {};
    paint();
  }
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }
  box.addEventListener("input", later);
  whoBox.addEventListener("input", later);
  typeBox.addEventListener("change", apply);
  viewBox.addEventListener("change", apply);
  // back to the chart: where the page was before a marker's click took it to the list, else the chart's top, its
  // title's on a narrow window (page_fit's HTML heading above it: page50, the button put the heading out of sight);
  // the button shows while the chart fills less than half the window
  var from = null, pending = null;
  function place() { back.hidden = !gd || gd.getBoundingClientRect().bottom > window.innerHeight / 2; }
  window.addEventListener("scroll", place, {passive: true});
  back.addEventListener("click", function () {
    pending = null;  // (a marker's click placing its row again, not yet done)
    var head = document.querySelector(".%(head_class)s"), top = head && !head.hidden ? head : gd;
    window.scrollTo(0, from !== null ? from : top.getBoundingClientRect().top + window.scrollY);
    from = null;
    place();
  });
  // The list's rows (page52): a row is one tab stop; Right and Left go through its parts (tabindex -1: the date's tip,
  // the article's link, "+N more") and back to the row, Enter on the row to its first part, Escape from a part to the
  // row; Up and Down to the row above or below that the list shows (a filter hides rows)
  function nextRow(r, way) {
    for (var k = rows.indexOf(r) + way; k >= 0 && k < rows.length; k += way)
      if (rows[k].style.display !== "none") return rows[k];
    return null;
  }
  function rowKeys(e) {
    var r = e.target.closest && e.target.closest("tr[data-t]");
    if (!r || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var parts = Array.prototype.slice.call(r.querySelectorAll('[tabindex="-1"]')), at = parts.indexOf(e.target);
    var to = null;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") to = nextRow(r, e.key === "ArrowDown" ? 1 : -1);
    else if (e.key === "ArrowRight" || (e.key === "Enter" && e.target === r)) to = parts[at + 1] || null;
    else if (e.key === "ArrowLeft" && at >= 0) to = parts[at - 1] || r;
    else if (e.key === "Escape" && at >= 0) to = r;
    if (to) { e.preventDefault(); to.focus(); }
  }
  list.addEventListener("keydown", rowKeys);
  if (!gd || !gd.on) return;
  // The keyboard does what the mouse does (plotly's range buttons and lane names are SVG, which Tab skips): each range
  // button is a tab stop (again after each draw, which draws them anew) that Enter or Space clicks, and the lanes'
  // names one stop after them (page50: Up and Down go from lane to lane; each name was a stop of its own, and plotly
  // draws the names before the buttons, so Tab reached them first); Enter or Space on a name lists its lane's events,
  // Left and Right step through its markers in the view, date order, each showing its hover, and Enter on one goes to
  // its row as a click on it does, the row focused (Escape: back to the lane, no marker)
  var step = null;  // {lane: its index, at: the marker shown: [trace, point]}
  var laneAt = 0, tabbing = 0;  // the lanes' stop: the lane last on; a Tab pressed: 1, with Shift -1 (0: none)
  function laneMarkers(lane) {
    var view = viewDays(), out = [];
    gd.data.forEach(function (t, c) {
      if (t.mode !== "markers" || !t.customdata || t.visible === false || t.visible === "legendonly") return;
      t.customdata.forEach(function (cd, k) {
        var day = String(t.x[k]).slice(0, 10);
        if (Math.round(t.y[k]) === lane && day >= view[0] && day <= view[1]) out.push([day, t.y[k], c, k]);
      });
    });
    return out.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; });
  }
  function press(e, act) {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); act(); }
  }
  function buttons() { return gd.querySelectorAll(".updatemenu-button"); }
  // a lane's name -> its lane: the tick's value (plotly's data on its group), else its place among the names (page52:
  // with no data, undefined + 1 sent toLane NaN, and names[NaN] had no focus)
  function laneOf(t) {
    var d = t.parentNode && t.parentNode.__data__;
    if (d && isFinite(d.x)) return Math.round(d.x);
    return Math.max(0, Array.prototype.indexOf.call(gd.querySelectorAll(".ytick text"), t));
  }
  function toLane(k) {  // the focus on the name of lane k (the nearest lane there is)
    var names = Array.prototype.slice.call(gd.querySelectorAll(".ytick text"));
    if (!names.length) return false;
    laneAt = Math.max(0, Math.min(names.length - 1, isFinite(k) ? k : 0));
    (names.filter(function (t) { return laneOf(t) === laneAt; })[0] || names[laneAt]).focus();
    return true;
  }
  document.addEventListener("keydown", function (e) { if (e.key === "Tab") tabbing = e.shiftKey ? -1 : 1; }, true);
  document.addEventListener("keyup", function () { tabbing = 0; }, true);
  function keys() {
    Array.prototype.forEach.call(buttons(), function (b) {
      if (b.getAttribute("tabindex")) return;
      b.setAttribute("tabindex", "0"); b.setAttribute("role", "button");
      b.setAttribute("aria-label", b.textContent);
      b.addEventListener("keydown", function (e) {  // Tab from the last button: on to the lanes
        var all = buttons();
        if (e.key === "Tab" && !e.shiftKey && b === all[all.length - 1] && toLane(laneAt)) e.preventDefault();
        press(e, function () { b.dispatchEvent(new MouseEvent("click", {bubbles: true})); });
      });
      b.addEventListener("focus", function (e) {  // Shift+Tab from past the chart: back to the lanes, the last stop
        var all = buttons(), left = e.relatedTarget;  // (the element the focus left; ``from`` is the way back's)
        if (tabbing < 0 && b === all[all.length - 1] && left
            && b.compareDocumentPosition(left) & Node.DOCUMENT_POSITION_FOLLOWING) toLane(laneAt);
      });
    });
    Array.prototype.forEach.call(gd.querySelectorAll(".ytick text"), function (t) {
      if (t.getAttribute("tabindex")) return;
      t.setAttribute("tabindex", "-1"); t.setAttribute("role", "button");
      t.setAttribute("aria-label", t.textContent + ": list its events; Left and Right: its markers, Enter: a "
                     + "marker's row; Up and Down: the other lanes");
      t.addEventListener("keydown", function (e) {
        var lane = laneOf(t);
        if (e.key === "Tab" && e.shiftKey) {  // back to the last range button
          var menu = buttons();
          if (menu.length) { e.preventDefault(); menu[menu.length - 1].focus(); }
        } else if (e.key === "Tab") {  // on past the chart: the buttons, after the names in the page, are skipped
          Array.prototype.forEach.call(buttons(), function (b) { b.setAttribute("tabindex", "-1"); });
          setTimeout(function () {
            Array.prototype.forEach.call(buttons(), function (b) { b.setAttribute("tabindex", "0"); });
          }, 0);
        } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
          e.preventDefault();
          toLane(lane + (e.key === "ArrowDown" ? 1 : -1));
        } else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
          e.preventDefault();
          var all = laneMarkers(lane);
          if (!all.length) return;
          var k = step && step.lane === lane ? all.findIndex(function (m) {
            return m[2] === step.at[0] && m[3] === step.at[1]; }) : -1;
          k = k < 0 ? (e.key === "ArrowRight" ? 0 : all.length - 1)
            : Math.max(0, Math.min(all.length - 1, k + (e.key === "ArrowRight" ? 1 : -1)));
          step = {lane: lane, at: [all[k][2], all[k][3]]};
          var trace = gd.data[all[k][2]];
          Plotly.Fx.hover(gd, [{curveNumber: all[k][2], pointNumber: all[k][3]}], (trace.xaxis || "x") + (trace.yaxis || "y"));
        } else if (e.key === "Escape") {
          step = null; Plotly.Fx.unhover(gd);
        } else press(e, function () {
          if (!step || step.lane !== lane) { t.dispatchEvent(new MouseEvent("click", {bubbles: true})); return; }
          gd.emit("plotly_click", {points: [{customdata: gd.data[step.at[0]].customdata[step.at[1]]}]});
          if (lit) lit.focus({preventScroll: true});
        });
      });
      t.addEventListener("focus", function () { laneAt = laneOf(t); });
      t.addEventListener("blur", function () { if (step) { step = null; Plotly.Fx.unhover(gd); } });
    });
  }
  // a click on a lane's name lists that lane's events: an actor's (the "who" box), a type's (the type picker)
  gd.addEventListener("click", function (e) {
    var tick = e.target.closest && e.target.closest(".ytick");
    if (!tick) return;
    var name = tick.textContent.replace(/ \\(\\d+\\)$/, ""), types = Array.prototype.map.call(typeBox.options,
      function (o) { return o.value; });
    whoTest();  // (reads the actors' names once)
    if (types.indexOf(name) > 0) { typeBox.value = name; whoBox.value = ""; }
    else if (known[name.toLowerCase()]) { whoBox.value = name; typeBox.value = ""; }
    else return;  // "(other actors)", "(no actor)"
    apply();
  });
  keys();
  gd.on("plotly_afterplot", function () { if (marked) paint(); keys(); });
  gd.on("plotly_relayout", function (e) {  // a zoom, a range button, the slider: the list follows when asked
    if (viewBox.checked && e && Object.keys(e).some(function (k) { return k.indexOf("xaxis") === 0; })) later();
  });
  gd.on("plotly_click", function (e) {
    var cd = e && e.points && e.points[0] && e.points[0].customdata;
    // a "+N more" marker: the first of its events the list shows (the first of them when none is filtered out)
    var listed = cd && Array.isArray(cd[2]) && marked && cd[2].filter(function (r) { return marked[r[0]]; })[0];
    var row = cd && document.getElementById("%(prefix)s" + (listed ? listed[0] : cd[1]));
    if (!row) return;
    if (row.style.display === "none") { box.value = ""; whoBox.value = ""; typeBox.value = ""; apply(); }
    if (lit) lit.classList.remove("hl");
    row.classList.add("hl"); lit = row;
    from = window.scrollY;
    row.scrollIntoView({block: "center"});
    place();
    // the tables around it are laid out only now: place it again once they have their real heights
    pending = row;
    requestAnimationFrame(function () { if (pending === row) row.scrollIntoView({block: "center"}); place(); });
  });
  gd.on("plotly_restyle", function (e) {
    if (!(e && e[0] && "visible" in e[0])) return;  // a legend click
    hidden = {};
    gd.data.forEach(function (t) {
      if (t.mode === "markers" && (t.visible === false || t.visible === "legendonly")) hidden[t.legendgroup] = true;
    });
    apply();
  });
})();
</script>"""


def _chunks(rows: list[dict], chip: dict[str, int], colgroup: str, leads: Mapping[str, str],
            reports: Mapping | None = None) -> list[str]:
    out = []
    for k in range(0, len(rows), CHUNK):
        part = rows[k:k + CHUNK]
        out.append(f'<div class="c" style="contain-intrinsic-size:auto {len(part) * ROW_PX}px"><table>{colgroup}'
                   "<tbody>\n" + "\n".join(_row(r, chip, leads, reports) for r in part) + "\n</tbody></table></div>")
    return out


def _type_counts(rows: list[dict]) -> list[tuple[str, int]]:
    """The types of the rows with their numbers of events, in the chart's legend order (``render.type_order``)."""
    counts = Counter(row_type(r) for r in rows)
    return [(t, counts[t]) for t in type_order(counts)]


def _actor_options(rows: list[dict]) -> str:
    """The "who" box's suggestions: every actor named in the rows, the most active first, with its number of events."""
    counts = Counter(name for r in rows for name in actor_names(r))
    ordered_names = sorted(counts, key=lambda a: (-counts[a], a.casefold()))
    return (f'<datalist id="{LIST_ID}-actors">'
            + "".join(f'<option value="{html.escape(a)}">{counts[a]} event{"s" if counts[a] != 1 else ""}</option>' for a in ordered_names) + "</datalist>")


def section(frame: pd.DataFrame, leads: Mapping[str, str] | None = None, reports: Mapping | None = None) -> str:
    """The chronology list (a <section> with its style and script) of an events frame; "" when it has no
    events. Each type's chip has its colour in the chart (``render.type_color``). ``leads``: the start of the text
    of each article with no title, by id (``Result.leads``), shown in its place; ``reports``: a merged event's
    reports by event id (``merged_sources.reports``), named in its "+N more" tip."""
    leads = leads or {}
    dated, undated = ordered(frame)
    if not dated and not undated:
        return ""
    types = sorted({row_type(r) for r in dated + undated})
    chip = {t: i for i, t in enumerate(types)}
    # a lane's name in the chart takes a click (plotly lets none reach its axis labels); the range slider's window
    # lit (``SLIDER_STYLE``)
    style = STYLE + f"#{DIV_ID} .ytick text{{pointer-events:all;cursor:pointer}}" + KEY_STYLE + SLIDER_STYLE + "".join(f"#chronology .k{i}{{background:{type_color(t)}}}" for t, i in chip.items())
    total = len(dated) + len(undated)
    colgroup = "<colgroup>" + "".join(f'<col style="width:{w}">' for w in WIDTHS) + "</colgroup>"
    parts = [f'<section id="{LIST_ID}"><style>{style}</style>',
             '<div class="bar"><h2>Chronology</h2>',
             f'<input type="search" id="{LIST_ID}-q" placeholder="Filter: any words (actor, place, date, type…)" '
             f'aria-label="Filter the events">',
             # who acts or takes part, by the actor columns alone; a type: "show me Lavrov's meetings" in two picks
             f'<input type="search" class="w" id="{LIST_ID}-w" list="{LIST_ID}-actors" placeholder="Who: an actor" '
             f'aria-label="Only the events of an actor">',
             _actor_options(dated + undated),
             f'<select id="{LIST_ID}-t" aria-label="Only the events of a type">'
             f'<option value="">every type</option>' + "".join(
                 f'<option value="{html.escape(t)}">{html.escape(t)} ({n})</option>'
                 for t, n in _type_counts(dated + undated)) + "</select>",
             f'<label class="n"><input type="checkbox" id="{LIST_ID}-v"> only the chart’s dates</label>',
             f'<span class="n" id="{LIST_ID}-n">{total} events</span>',
             # the undated rows come after every dated one (1,924 after 3,655 on the bench's page, 237,000 px down)
             (f'<a class="n" href="#{LIST_ID}-undated">↓ {len(undated)} without a resolved date</a>' if undated else ""),
             # a keyboard's way past the rows (page50: 342 rows on a 50-article page, each a tab stop since page52),
             # seen when focused, with the rows' keys
             f'<a class="n skip" href="#{LIST_ID}-end">skip the list</a>'
             '<span class="n keys">or Tab from row to row: → and ← reach a row’s tips and link, ↑ and ↓ the rows</span>',
             '<span class="n tip">the chart shows the events listed brighter; click a lane’s name to list its events, a '
             'marker to find its row; a type hidden in the legend is hidden here</span></div>',
             f'<button type="button" id="{LIST_ID}-back" hidden>↑ back to the chart</button>',
             f'<table class="h">{colgroup}<thead><tr>' + "".join(f"<th>{c}</th>" for c in COLUMNS)
             + "</tr></thead></table>"]
    parts += _chunks(dated, chip, colgroup, leads, reports)
    if undated:
        n = len(undated)
        parts.append(f'<h3 id="{LIST_ID}-undated" data-n="{n}">Without a resolved date ({n} '
                     f'event{"s" if n != 1 else ""}, not on the chart)</h3>')
        parts += _chunks(undated, chip, colgroup, leads, reports)
    parts.append(f'<span id="{LIST_ID}-end" tabindex="-1"></span></section>')  # (where "skip the list" goes)
    parts.append(SCRIPT % {"div": DIV_ID, "prefix": ROW_PREFIX, "row_px": ROW_PX, "prefix_len": len(ROW_PREFIX),
                          "who_sep": WHO_SEP, "more": MORE_LABEL, "head_class": HEAD_CLASS})
    return "\n".join(parts)
