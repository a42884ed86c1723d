"""Events frame -> Plotly figure -> one self-contained HTML file.

The renderer takes the plain events table built by ``timeline.table.to_frame``
(never the parser) and draws one point per event on a date axis:

* Lanes are horizontal rows: one per event type (``lanes="type"``) or one per
  actor (``lanes="actor"``). In actor lanes an event is drawn in the lane of
  *each* of its actors (the ``actors`` column, falling back to ``actor1``), so
  "everything Lavrov did" is one row; events with no actor go to "(no actor)".
  Past MAX_ACTOR_LANES lanes the least active actors share one lane, "(other
  actors)", where an event is drawn once (a real set names hundreds of actors
  once or twice); the subtitle says how many share it.
* Colour is the event type, fixed per known type (``TYPE_COLORS``); an unknown
  type gets a colour from ``FALLBACK_COLORS`` chosen by a hash of its name, so
  it is the same on every run. One trace per type, so a click on a legend entry
  hides or shows that type.
* The marker sits at ``date_start``. An imprecise date (a week, month, year...)
  also gets a thin horizontal segment from ``date_start`` to ``date_end`` (the
  inclusive span it may fall in), and the hover names its precision.
* Planned events (``status == "planned"``) are open markers; reported ones are
  filled. Several events on the same day in the same lane are stacked
  vertically in frame order, so none hides another, each whole inside its lane; past what fits, a
  "+N more" marker lists the rest in its hover (``_stack``); its "+N" label shows where it has room at the
  view shown, never in the range slider (``more_labels``).
* Events without a resolved date cannot be placed; their number is said under
  the title ("3 events without a resolved date are listed below and in events.csv").
* The first view is where most events are when a few far dates ("the 21st
  century") would squash them (the subtitle says how many it shows); the range
  slider starts at that view. The buttons above the lanes set fixed ranges: the
  last week, month, 6 months or year up to the latest precisely dated event
  (and at least up to the newest news: a reported event no later than its article),
  "most events" and "all" (which widens the slider to everything).
* A long stretch with no event is cut from the date axis (``axis_breaks``: rangebreaks, a dashed line and a
  label at each cut, placed in the page off the lanes' names, every marker, shown "+N" label and bar of an imprecise
  date for the view shown, ``cut_labels``;
  its tick labels are computed in the page for the view shown, ``axis_ticks``, so that the labels of the two sides of
  a cut do not overlap). When the cuts part the set and one stretch holds most precisely dated events, the first view
  is that stretch ("zoomed to Mar 2011 – Aug 2012 ..."), the slider spans where most events are, and each large
  stretch has a button (``_stretches``).
* Markers shrink for big sets (MARKER_SIZES). Past 20 lanes the dates are drawn
  above the lanes, where the first screen shows them, not below.

Under the chart, ``to_html`` lists every event, one row each, dated ones in date order and the undated
ones under their own heading, with a search box; a click on a marker finds its row, and a type hidden in
the legend is hidden there too (``timeline.chronology``).

The title, unless one is given, says what the file holds, so that two open
timelines (or a screenshot) tell themselves apart: "Timeline of 141 articles
dated Mar 2011 – Dec 2024", the articles read and the months of their dates (see
``default_title``); one article's timeline is titled with the article's title.
The browser tab's ``<title>`` is the same text. The subtitle's first line gives the
months of the events' own dates ("3455 events dated Jan 1600 – Dec 2099"), and its
zoom line those of the first view ("zoomed to Mar 2011 – Aug 2012, the busiest stretch",
"zoomed to Jan 2021 – Feb 2026, where most events are"): three ranges, each named.

Article text is data: every string from the frame is HTML-escaped before it
reaches a hover label, a lane label or the legend, because Plotly interprets a
subset of HTML there, and before it reaches the list under the chart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.io.json import to_json_plotly

from . import axis_breaks, axis_ticks, cut_labels, hover_table, merged_sources, more_labels, page_fit, view_note
from .basis_words import source as date_source
from .cells import cell_text, row_type
from .export.whole_file import replacing
from .table import LIST_SEP

DIV_ID = "timeline"  # fixed, so two runs over the same data write the same bytes

# Known types in lane order (consultation, cooperation, statements, conflict).
TYPE_COLORS: dict[str, str] = {  # every type of resources/event_types.csv, in lane order (CAMEO's, cooperation first)
    "meeting": "#1f77b4",
    "talks": "#9467bd",
    "call": "#17becf",
    "visit": "#2ca02c",
    "summit": "#8c564b",
    "agreement": "#bcbd22",
    "cooperate": "#7fbf7b",
    "aid": "#6baed6",
    "support": "#b39ddb",
    "concede": "#01665e",
    "retreat": "#80cdc1",
    "investigate": "#ffd92f",
    "statement": "#5f6b7a",
    "demand": "#ff7f0e",
    "accuse": "#d62728",
    "reject": "#f28e8c",
    "threaten": "#e377c2",
    "sanction": "#8b1a1a",
    "protest": "#f0a33a",
    "coerce": "#54278f",
    "mobilize": "#8c6d31",
    "military": "#222222",
    "assault": "#00429d",
    "other": "#a6a6a6",
}
FALLBACK_COLORS = ("#3366cc", "#dc3912", "#109618", "#990099", "#0099c6",
                   "#dd4477", "#66aa00", "#b82e2e", "#316395", "#994499",
                   "#22aa99", "#aaaa11", "#6633cc", "#e67300")

NO_ACTOR = "(no actor)"
NO_AGENT = "(no agent named)"  # an event with a target (actor2) and no actor1, in the hover and the chronology list
OTHER_ACTORS = "(other actors)"
MAX_ACTOR_LANES = 40  # actor lanes beyond this fold into OTHER_ACTORS: 361 lanes of a 141-article set made an 11,000 px page
WRAP_WIDTH = 80  # characters per hover line
MAX_SENTENCE = 700  # longer sentences are cut in the hover (events.csv has them whole)
HOVER_REPORTS = 3  # a merged event's other reports listed in its hover, the rest counted (the list has them all)
LANE_HEIGHT = (30, 56)  # pixels per lane: fewest with many lanes, most with few
STACK_STEP = 0.16  # vertical offset between events stacked on one day in one lane


def type_color(event_type: str) -> str:
    """The colour of an event type: fixed for known types, hashed for others."""
    if event_type in TYPE_COLORS:
        return TYPE_COLORS[event_type]
    digest = hashlib.sha1(event_type.encode("utf-8")).digest()
    return FALLBACK_COLORS[digest[0] % len(FALLBACK_COLORS)]


def article_name(row: dict, leads: Mapping[str, str] | None) -> tuple[str, str]:
    """How the row's article is named: its title (white space folded), and with no title the start of its text
    (``leads``, by article id, ``article_lead``; "" when it has none). The chart's hover and the list under it both."""
    title = " ".join(cell_text(row.get("title")).split())
    return title, "" if title else (leads or {}).get(cell_text(row.get("article_id")), "")


def other_articles(row: dict, first: str) -> list[str]:
    """The ids of the articles that report the row's merged event (``article_ids``), ``first`` and blanks left out."""
    return [a for a in cell_text(row.get("article_ids")).split(LIST_SEP) if a and a != first]


def _esc(value) -> str:
    return html.escape(cell_text(value), quote=False)


GLUE = "\ue000"  # (a private-use character: no text holds it) joins a last word of marks to the word before it


def _wrap(text: str, width: int = WRAP_WIDTH) -> str:
    """Wrap raw text, then escape each line: safe to join with <br>. A last word of marks alone stays on the line of
    the word before it: html43, a cut report's close ("word …”", ``merged_sources.cut``) often sat on a line of its
    own."""
    head, space, last = text.rstrip().rpartition(" ")
    if space and head and last and not any(c.isalnum() for c in last):
        text = head + GLUE + last
    lines = textwrap.wrap(text, width=width) or [""]
    return "<br>".join(html.escape(line.replace(GLUE, " "), quote=False) for line in lines)


def _wrap_items(text: str, sep: str = ", ") -> str:
    """``_wrap`` with the lines broken after a ``sep`` only, an item whole on its line ("2011-06-12 in 1, no" /
    "single day in 3" read as two items)."""
    return _wrap(text.replace(" ", GLUE).replace(sep.replace(" ", GLUE), sep))


def who(row: dict) -> tuple[list[str], list[str]]:
    """Who takes part, as the reader of a chronology asks it: the lead (actor1 → actor2, whoever of them is named;
    with neither, the first participant) and the other participants (``actors`` less the lead), plain text. The
    hover and the chronology list (``chronology._who``) both say it so: a bare list of names ("Australia; Bahrain;
    Canada ...") hid who acted and toward whom."""
    actors = [a.strip() for a in cell_text(row.get("actors")).split(";") if a.strip()]
    first, second = cell_text(row.get("actor1")), cell_text(row.get("actor2"))
    lead = [a for a in (first, second) if a]
    others = [a for a in dict.fromkeys(actors) if a not in lead]
    if second and not first:
        # the text names no agent ("Syria has been suspended", "crushing an uprising against Hafez al-Assad"): the
        # target alone read as the one who acted
        lead = [NO_AGENT, second]
    if not lead and others:
        lead, others = others[:1], others[1:]
    return lead, others


HOVER_WHO_LINES = 2  # wrapped lines of the hover's "who:" (the list's "who" cell names every participant)


def _who_line(lead: list[str], others: list[str]) -> str:
    """The hover's "who:" line, wrapped, escaped: the lead and as many other participants as fit in HOVER_WHO_LINES,
    then how many more. html42: a joint statement's 16 participants wrapped to four lines (250 characters), the
    merged reports' lines and "… and N more" were capped, this was not."""
    def text(shown: int) -> str:
        rest = len(others) - shown
        return ("who: " + " → ".join(lead) + (" + " + ", ".join(others[:shown]) if shown else "")
                + (f"{' and' if shown else ' +'} {rest} more (the list names them all)" if rest else ""))

    shown = len(others)
    line = text(shown)
    while shown and len(line) > WRAP_WIDTH and len(textwrap.wrap(line, WRAP_WIDTH)) > HOVER_WHO_LINES:
        shown -= 1
        line = text(shown)
    return _wrap(line)


def _hover(row: dict, reports: Mapping | None = None, leads: Mapping[str, str] | None = None) -> str:
    """The hover label of one event, as escaped Plotly pseudo-HTML; a merged event lists its other reports
    (``merged_sources``: ``reports`` by event id, from the mentions, else the row's ``source_sentences``). Its
    "source:" line names the article by its title, else by the start of its text (``leads``, by article id, as the
    list under the chart does), then its source and id."""
    precision = cell_text(row.get("precision")) or "none"
    start, end = cell_text(row.get("date_start")), cell_text(row.get("date_end"))
    when = f"<b>{_esc(row.get('event_date')) or _esc(start)}</b> ({_esc(precision)}"
    if end and end != start:
        when += f": {_esc(start)} to {_esc(end)}"
    when += ")"
    status = cell_text(row.get("status"))
    what = f"<b>{_esc(row.get('event_type'))}</b>" + (f" · {_esc(status)}" if status else "")
    if cell_text(row.get("trigger")):
        what += f" · typed by “{_esc(row.get('trigger'))}”"  # the word a reviewer checks the type against
    lines = [when, what]
    if cell_text(row.get("date_text")) or cell_text(row.get("date_basis")):
        said = cell_text(row.get("date_text"))
        basis = cell_text(row.get("date_basis"))
        # a date no phrase gives says where it came from ("the article's publication date (published)"), not a bare
        # "(published)"
        taken_from = "" if said else date_source(row)
        given = f"“{_esc(said)}” " if said else (f"{_esc(taken_from)} " if taken_from else "")
        lines.append("date from: " + given + (f"({_esc(basis)})" if basis else ""))
    lead, others = who(row)
    if lead:
        lines.append(_who_line(lead, others))
    if cell_text(row.get("location")):
        lines.append(_wrap(f"where: {cell_text(row.get('location'))}"))
    sentence = cell_text(row.get("sentence"))
    if len(sentence) > MAX_SENTENCE:
        sentence = sentence[:MAX_SENTENCE].rsplit(" ", 1)[0] + " …"
    lines.append("")
    lines.append(_wrap(sentence))
    lines.append("")
    title, start = article_name(row, leads)
    source = " · ".join(x for x in (title or (start and f"“{start}”"), cell_text(row.get("source")),
                                    cell_text(row.get("article_id"))) if x)
    if source:
        lines.append("source: " + _wrap(source))
    # at most HOVER_REPORTS: seven reports of three wrapped lines each ran a 39-line hover off a 768 px window; the
    # list's row names them all in its "+N more" tip
    rest = merged_sources.others(row, reports)
    told = merged_sources.other_report_lines(rest, HOVER_REPORTS,
                                             "the list under the chart has them all: click the marker")
    # in the unit of the lines' "… and N more reports" (a sentence of an article)
    counted, the_others = merged_sources.heading(row, rest)
    if counted:
        lines.append(f"<b>{_esc(counted)}</b>" + (f", {_esc(the_others)}:" if told else ""))
    lines += [_wrap("· " + line) for line in told]  # (a reviewer checks the merge here: events.csv has them whole)
    days = merged_sources.days_line(row, reports)  # (in the heading's unit, a sentence, when the reports are known)
    if days:
        lines.append(_wrap_items(days))
    if cell_text(row.get("flags")):
        lines.append("flags: " + _esc(row.get("flags")))
    return "<br>".join(lines)


def _lane_names(row: dict, lanes: str) -> list[str]:
    if lanes == "type":
        return [row_type(row)]
    names = [a.strip() for a in cell_text(row.get("actors")).split(";") if a.strip()]
    if not names and cell_text(row.get("actor1")):
        names = [cell_text(row.get("actor1"))]
    return list(dict.fromkeys(names)) or [NO_ACTOR]


def type_order(types: Iterable[str]) -> list[str]:
    """``types`` in the legend's order, the type lanes' and the list's type picker's: ``TYPE_COLORS``'s, then types
    it does not know by name."""
    rank = {t: i for i, t in enumerate(TYPE_COLORS)}
    return sorted(types, key=lambda t: (t not in rank, rank.get(t, 0), t))


def _lane_order(points: list[dict], lanes: str) -> list[str]:
    counts: dict[str, int] = {}
    for p in points:
        counts[p["lane"]] = counts.get(p["lane"], 0) + 1
    if lanes == "type":
        return type_order(counts)
    # Most active actors on top; the folded rest and "(no actor)" last.
    return sorted(counts, key=lambda a: (a == NO_ACTOR, a == OTHER_ACTORS, -counts[a], a.casefold()))


def _points(frame: pd.DataFrame, lanes: str, reports: Mapping | None = None,
            leads: Mapping[str, str] | None = None) -> tuple[list[dict], int]:
    """One point per (placed event, lane); and the number of unplaced events."""
    points, unplaced = [], 0
    for row in frame.to_dict("records"):
        start = cell_text(row.get("date_start"))
        if not start:
            unplaced += 1
            continue
        end = cell_text(row.get("date_end")) or start
        hover = _hover(row, reports, leads)
        for lane in _lane_names(row, lanes):
            points.append({"lane": lane, "start": start, "end": end, "row": row, "hover": hover})
    return points, unplaced


def _fold_actor_lanes(points: list[dict], limit: int = MAX_ACTOR_LANES) -> int:
    """Keep the limit - 1 most active actors as lanes (and "(no actor)"); draw every event of the
    rest once in one lane, OTHER_ACTORS. Return how many actors were folded (0: none)."""
    order = _lane_order(points, "actor")
    named = [a for a in order if a != NO_ACTOR]
    if len(order) <= limit:
        return 0
    kept = set(named[:limit - 1 - (NO_ACTOR in order)]) | {NO_ACTOR}
    folded, seen = set(), set()
    out = []
    for p in points:
        if p["lane"] in kept:
            out.append(p)
            continue
        folded.add(p["lane"])
        if id(p["row"]) not in seen:  # an event of several folded actors is drawn once there
            seen.add(id(p["row"]))
            out.append(dict(p, lane=OTHER_ACTORS))
    points[:] = out
    return len(folded)


STACK_MIN_STEP = 0.6  # of a marker's width: the closest two stacked markers sit, each still told apart
MORE_LISTED = 20  # events a "+N more" marker's hover lists one line each (the list under the chart has them all)


def _stack_slots(lane_px: int, marker_px: int) -> tuple[float, int]:
    """How far (in lanes) a stacked marker's centre may sit from its lane's centre with the whole marker inside
    the lane, and how many markers fit in that span STACK_MIN_STEP of a marker apart."""
    half = max(0.0, 0.5 - (marker_px / 2 + 1) / lane_px)
    return half, max(2, int(2 * half * lane_px / (STACK_MIN_STEP * marker_px)) + 1)


def _lane_index(order: list[str]) -> dict[str, int]:
    """Each lane's index (its y) in the chart's ``order`` of lanes: where ``_stack`` draws a point, and where a cut's
    label may go (``axis_breaks.layout``)."""
    return {lane: i for i, lane in enumerate(order)}


def _stack(points: list[dict], order: list[str], lane_px: int | None = None,
           marker_px: int | None = None) -> list[dict]:
    """Give each point a y: its lane index, offset when it shares a day and lane; return the "+N more" points.

    A stack that fits (``_stack_slots``) is drawn whole, centred. A taller one (a day of 30 statements in a
    400-article set) was squeezed until its markers overlapped into a bar that ran over the lane's edges into the
    next lane; it now shows the first slots - 1 events and, in the last slot, a "+N more" point
    (``{"lane", "start", "y", "rest"}``) whose hover lists the rest; those get ``hidden`` and no y."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for p in points:
        groups.setdefault((p["lane"], p["start"]), []).append(p)
    index = _lane_index(order)
    half, slots = _stack_slots(lane_px or _lane_height(len(order)), marker_px or _marker_size(len(points)))
    more = []
    for (lane, day), group in groups.items():
        shown = group if len(group) <= slots else group[:slots - 1]
        n = len(shown) + (len(shown) < len(group))
        step = min(STACK_STEP, 2 * half / (n - 1)) if n > 1 else 0.0
        ys = [index[lane] + (k - (n - 1) / 2) * step for k in range(n)]
        for p, y in zip(shown, ys):
            p["y"] = y
        for p in group[len(shown):]:
            p["hidden"] = True
        if len(shown) < len(group):
            more.append({"lane": lane, "start": day, "y": ys[-1], "rest": group[len(shown):]})
    return more


def _more_hover(more: dict) -> str:
    """The hover of a "+N more" point: the day and lane, then one line per event (type, who, the sentence's
    start), at most MORE_LISTED."""
    rest = more["rest"]
    lines = [f"<b>+{len(rest)} more on {_esc(more['start'])}</b> in {_esc(more['lane'])}", ""]
    for p in rest[:MORE_LISTED]:
        lead, _ = who(p["row"])
        sentence = " ".join(cell_text(p["row"].get("sentence")).split())
        if len(sentence) > 70:
            sentence = sentence[:70].rsplit(" ", 1)[0] + " …"
        lines.append(f"<b>{_esc(row_type(p['row']))}</b>" + (f" · {_esc(' → '.join(lead))}" if lead else "")
                     + f" · {_esc(sentence)}")
    if len(rest) > MORE_LISTED:
        lines.append(f"… and {len(rest) - MORE_LISTED} more")
    # what a click does (``chronology.SCRIPT``'s plotly_click): with the list filtered, the first of them it lists
    lines += ["", "click: the first of them the list under the chart shows (a filter that hides them all is cleared)"]
    return "<br>".join(lines)


def _more_trace(more: list[dict], size: int) -> list[go.Scatter]:
    if not more:
        return []
    return [go.Scatter(
        # no text: the "+N" labels are annotations (``more_labels``), kept out of the range slider
        x=[m["start"] for m in more], y=[m["y"] for m in more], mode="markers", name=view_note.MORE, showlegend=False,
        marker={"color": "white", "size": size, "symbol": "circle", "line": {"color": "#555555", "width": 1.2}},
        # (the events behind it, id and last day: the page counts them in the view shown, ``view_note``)
        customdata=[[_more_hover(m), cell_text(m["rest"][0]["row"].get("event_id")),
                     [[cell_text(p["row"].get("event_id")), p["end"]] for p in m["rest"]]] for m in more],
        hoverlabel={"bordercolor": "#555555"}, hovertemplate="%{customdata[0]}<extra></extra>")]


def _lane_height(lanes: int) -> int:
    low, high = LANE_HEIGHT
    return max(low, min(high, 600 // max(lanes, 1)))


TICK_FORMATS = [
    {"dtickrange": [None, 86_400_000 * 2], "value": "%e %b %Y"},
    {"dtickrange": [86_400_000 * 2, "M1"], "value": "%e %b\n%Y"},
    {"dtickrange": ["M1", "M12"], "value": "%b %Y"},
    {"dtickrange": ["M12", None], "value": "%Y"}]
DATES_ON_TOP_PX = 600  # lanes taller than this (more than 20) get their dates above them, not below
TITLE_TOP = 30  # pixels from the top of the page to the title
SUBTITLE_LINE = 16  # pixels per subtitle line
PRECISE = {"time", "day", "week", "month"}
FOCUS_MIN_EVENTS = 20  # below this, show everything


def _x_range(points: list[dict]) -> list[str]:
    lo = min(dt.date.fromisoformat(p["start"]) for p in points)
    hi = max(dt.date.fromisoformat(p["end"]) for p in points)
    pad = max(dt.timedelta(days=3), (hi - lo) * 0.04)
    return [(lo - pad).isoformat(), (hi + pad).isoformat()]


def _precise_days(points: list[dict]) -> list[dt.date]:
    """The days of the precisely dated points (PRECISE), in order: the first view (``_focus_range``) and the range
    buttons (``_range_buttons``) go by them."""
    return sorted(dt.date.fromisoformat(p["start"]) for p in points if cell_text(p["row"].get("precision")) in PRECISE)


def _latest_news(points: list[dict]) -> dt.date | None:
    """The latest precise day (PRECISE) of a reported event that its own article dates no later than the article
    itself (its ``anchor_date``): the newest news of the set. No outlier: the first view and "last week" reach it
    (the 2nd-98th percentile left a set's two newest articles out, and "last week" showed a week three months
    before them). None when no point has an anchor date."""
    days = [p["start"] for p in points
            if cell_text(p["row"].get("precision")) in PRECISE and cell_text(p["row"].get("status")) != "planned"
            and p["start"] <= cell_text(p["row"].get("anchor_date"))[:10]]
    return dt.date.fromisoformat(max(days)) if days else None


def _central(days: list[dt.date]) -> tuple[dt.date, dt.date]:
    """The 2nd and 98th percentiles of the sorted ``days``: their span less a few outliers."""
    return days[int(len(days) * 0.02)], days[min(len(days) - 1, int(len(days) * 0.98))]


def _bulk(points: list[dict], precise: list[dt.date]) -> tuple[dt.date, dt.date] | None:
    """Where most events are: the 2nd to 98th percentile of the precisely dated events (``precise``:
    ``_precise_days``; in a set of fewer than FOCUS_MIN_EVENTS, their whole span, when they are at least a third
    of the points). None when a small set has too few precise days to tell."""
    days = precise or sorted(dt.date.fromisoformat(p["start"]) for p in points)
    news = _latest_news(points)
    if len(days) >= FOCUS_MIN_EVENTS:
        lo, hi = _central(days)
        return lo, max(hi, news or hi)  # the newest news is no outlier
    if len(precise) >= 3 and len(precise) * 3 >= len(points):
        # a small set: the span of its precisely dated events, when years ("2035") stretch the axis far beyond
        return precise[0], precise[-1]
    return None


def _padded(lo: dt.date, hi: dt.date) -> list[str]:
    pad = max(dt.timedelta(days=7), (hi - lo) * 0.04)
    return [(lo - pad).isoformat(), (hi + pad).isoformat()]


def _focus_range(bulk: tuple[dt.date, dt.date] | None, full: list[str]) -> list[str] | None:
    """The initial view when a few outliers ("the 13th century", "by 2049") would squash
    the bulk of a set (``bulk``: ``_bulk``). None when the whole span is already the bulk."""
    if bulk is None:
        return None
    lo, hi = bulk
    full_lo, full_hi = (dt.date.fromisoformat(d) for d in full)
    if (hi - lo) * 3 > full_hi - full_lo:
        return None
    return _padded(lo, hi)


def _within(days: list[dt.date], view: list[str]) -> list[dt.date]:
    """The ``days`` inside the x range ``view`` (ISO dates), ends included."""
    return [d for d in days if view[0] <= d.isoformat() <= view[1]]


STRETCH_SHARE = 0.1  # a stretch between two cuts with at least this share of the view's precise days gets a button


def _stretches(precise: list[dt.date], cuts: list[tuple[dt.date, dt.date]], view: list[str],
               placed: int, news: dt.date | None = None) -> list[tuple[str, list[str], int]]:
    """The stretches of the view that cuts of the axis part (``axis_breaks.segments``) and that hold at least
    STRETCH_SHARE of its precise days, densest first: (label, x range, precise days). The first view shows the
    densest when it holds most of them (``figure``); each has a button. None in a set of fewer than
    FOCUS_MIN_EVENTS events or without a cut in the view. ``news``: the newest news (``_latest_news``), which
    the stretch that holds it reaches."""
    days = _within(precise, view)
    groups = axis_breaks.segments(days, cuts)
    if placed < FOCUS_MIN_EVENTS or len(groups) < 2:
        return []
    out = []
    for group in groups:
        if len(group) < STRETCH_SHARE * len(days):
            continue
        lo, hi = _central(group)
        if news and group[0] <= news <= group[-1]:
            hi = max(hi, news)
        shown = _padded(lo, hi)
        for start, end in cuts:  # the padding stops at a cut: a view's end inside one showed a cut at the edge
            if lo < start <= dt.date.fromisoformat(shown[1]):
                shown[1] = start.isoformat()
            if hi > end >= dt.date.fromisoformat(shown[0]):
                shown[0] = end.isoformat()
        out.append((_month_span([lo, hi]), shown, len(group)))
    return sorted(out, key=lambda s: -s[2])


MARKER_SIZES = ((300, 12), (1000, 9), (None, 7))  # (up to this many points, marker px): a big set's lanes smear at 12 px


def _marker_size(points: int) -> int:
    return next(size for most, size in MARKER_SIZES if most is None or points <= most)


LAST_WINDOWS = (("last week", 7), ("last month", 31), ("last 6 months", 183), ("last year", 366))


def _range_buttons(points: list[dict], precise: list[dt.date], view: list[str], full: list[str],
                   stretches: list[tuple[str, list[str], int]] = (), first: list[str] | None = None) -> list[dict]:
    """Buttons that set the date axis to fixed ranges: the last week ... year up to the latest
    precisely dated event (``precise``: ``_precise_days``) of the first view (a zoomed first view leaves out
    outliers, and "last week" around one far planned event showed an empty week), or the newest news
    (``_latest_news``) when that is later, where most events are (when the
    first view is zoomed), and all. ``view``: where most events are (``_focus_range``, else ``full``); ``stretches``:
    the stretches cuts of the axis part (``_stretches``), a button each in date order; ``first``: the first view
    when it is not ``view`` (the densest stretch), so that "most events" is offered.
    Plotly's own range selector counts back from the end of the current view, so after "all"
    its "1y" showed the empty year before the farthest span's end ("the 21st century": 2099)."""
    days = precise or [dt.date.fromisoformat(p["start"]) for p in points]
    in_view = [d for d in days if d.isoformat() <= view[1]]  # (all of them when the view is the whole span)
    news = _latest_news(points)  # the newest news, even where the first view is a denser stretch before it
    last = max(in_view + [news] if news else in_view or days) + dt.timedelta(days=1)
    # The slider spans the first view; "all" widens it to everything, the others narrow it back.
    buttons = [{"label": label, "method": "relayout",
                "args": [{"xaxis.range": [(last - dt.timedelta(days=n)).isoformat(), last.isoformat()],
                          "xaxis.rangeslider.range": list(view)}]}
               for label, n in LAST_WINDOWS]
    for label, shown, _ in sorted(stretches, key=lambda s: s[1][0]):
        buttons.append({"label": html.escape(label), "method": "relayout",
                        "args": [{"xaxis.range": list(shown), "xaxis.rangeslider.range": list(view)}]})
    if view != full or (first is not None and first != view):
        buttons.append({"label": "most events", "method": "relayout",
                        "args": [{"xaxis.range": list(view), "xaxis.rangeslider.range": list(view)}]})
    buttons.append({"label": "all", "method": "relayout",
                    "args": [{"xaxis.range": list(full), "xaxis.rangeslider.range": list(full)}]})
    return buttons


def _traces(points: list[dict], types: list[str]) -> list[go.Scatter]:
    traces = []
    size = _marker_size(len(points))
    for event_type in types:
        # Reported before planned: the legend draws a trace's first marker.
        mine = sorted((p for p in points if row_type(p["row"]) == event_type),
                      key=lambda p: cell_text(p["row"].get("status")) == "planned")
        events = len({id(p["row"]) for p in mine})
        mine = [p for p in mine if not p.get("hidden")]  # (behind a "+N more" point: ``_stack``)
        color, name = type_color(event_type), _esc(event_type)
        spans = [p for p in mine if p["end"] != p["start"]]
        if spans:
            xs, ys = [], []
            for p in spans:
                xs += [p["start"], p["end"], None]
                ys += [p["y"], p["y"], None]
            traces.append(go.Scatter(
                x=xs, y=ys, mode="lines", name=name, legendgroup=event_type, showlegend=False,
                line={"color": color, "width": 3}, opacity=0.45, hoverinfo="skip"))
        planned = [cell_text(p["row"].get("status")) == "planned" for p in mine]
        traces.append(go.Scatter(
            x=[p["start"] for p in mine], y=[p["y"] for p in mine], mode="markers",
            name=f"{name} ({events})", legendgroup=event_type,
            marker={"color": color, "size": size,
                    "symbol": ["circle-open" if pl else "circle" for pl in planned],
                    "line": {"color": [color if pl else "#333333" for pl in planned],
                             "width": [2.5 if pl else 0.8 for pl in planned]}},
            # (the last day of a longer span: the page counts the events in the view shown, ``view_note``)
            customdata=[[p["hover"], cell_text(p["row"].get("event_id"))] + ([p["end"]] if p["end"] != p["start"] else [])
                        for p in mine],
            hoverlabel={"bordercolor": color},
            hovertemplate="%{customdata[0]}<extra></extra>"))
    return traces


# The range slider draws every trace of its axis's plot a second time: with the chart's own traces (the bench's 3,400
# markers, each with its outline) it took 0.4-1.4 s of a 1.6-2.6 s draw, and showed an illegible blob. The chart's traces are on a twin of the date
# axis (DRAWN_AXIS, matched to it, hidden, over it), which the slider does not draw; on the date axis itself, one light
# trace per type (a small dot per day and lane, no outline, no hover), in its legend group, so that a type hidden in the
# legend leaves the slider too. Measured on the bench (html41): the slider legible, its own share of a draw smaller, but
# the light dots are drawn in the chart too (out of its view, ``_slider_lanes``), so a whole draw takes about what it
# took (1.5-2.2 s against 1.5-2.1 s); one line of ticks per type instead of dots was no faster (a gap starts a path).
DRAWN_AXIS = "x2"
SLIDER_MARKER = 3


def _slider_lanes(lanes: int) -> list[float]:
    """The y range the range slider shows: the light traces' lanes, ``lanes`` + 1 below the chart's, out of its view
    (drawn in it too, their dots showed under the dimmed markers of a filtered list, ``chronology``)."""
    return [2 * lanes + 0.5, lanes + 0.5]


def _slider_traces(drawn: list[go.Scatter], lanes: int) -> list[go.Scatter]:
    out = []
    for trace in drawn:
        if trace.mode != "markers" or trace.legendgroup is None or not trace.x:
            continue
        # one dot per day and lane, at the lane's centre: a stack is one dot at the slider's scale
        # (``chronology.SCRIPT``'s ``paint`` takes the same ``lanes + 1`` off to find a dot's lane)
        at = list(dict.fromkeys((x, round(y) + lanes + 1) for x, y in zip(trace.x, trace.y)))
        out.append(go.Scatter(
            x=[x for x, _ in at], y=[y for _, y in at], mode="markers", legendgroup=trace.legendgroup, showlegend=False,
            name=trace.legendgroup, hoverinfo="skip", marker={"color": trace.marker.color, "size": SLIDER_MARKER}))
    return out


def _unplaced_note(unplaced: int) -> str:
    if unplaced == 1:
        return "1 event without a resolved date is listed below and in events.csv"
    return f"{unplaced} events without a resolved date are listed below and in events.csv"


def _subtitle(placed: int, unplaced: int, planned: int, focused: int | None = None, folded: int = 0,
              stretch: str | None = None, cuts: int = 0, dated: str = "", zoom: str = "") -> str:
    """Short lines: what is shown, how to read it, and which actors share a lane (one long line
    runs off a narrow window). focused: how many events the first, zoomed view shows (None: all); stretch: the
    months of the densest stretch when the first view is that stretch; cuts: how many stretches the axis skips;
    dated: the months of the events' dates (``_month_span``), which the title's, the articles' (``default_title``),
    are not; zoom: the span of where most events are (``_view_span``), when the first view is that.
    Each range says what it is: the page showed the articles' months in the title, the padded view's in the
    subtitle and the first view's on the axis, three ranges a reader was left to tell apart."""
    event = f"event{'s' if placed != 1 else ''}"
    counts = [f"{placed} {event} dated {dated}" if dated else f"{placed} dated {event}"]
    if planned:
        counts.append(f"{planned} planned (open markers)")
    if unplaced:
        counts.append(_unplaced_note(unplaced))
    notes = ["a bar shows the span of an imprecise date; the marker is at its start"]
    if cuts:
        notes.insert(0, f"✂ a dashed line marks {'a stretch' if cuts == 1 else 'stretches'} of time with no event "
                        "cut from the axis")
    if focused is not None and stretch:
        # "the busiest stretch", not "where most events are": the button "most events" shows another view (the
        # span of most events, across the cuts), and pressing it did not bring this one back
        notes.insert(0, f"zoomed to {html.escape(stretch)}, the busiest stretch ({focused} of {placed}): "
                        "the slider and the buttons show the rest")
    elif focused is not None:
        notes.insert(0, f"zoomed to {zoom + ', ' if zoom else ''}where most events are ({focused} of {placed}): "
                        "'all' shows the rest")
    # the zoom on a line of its own (VIEW_LINE), which the page rewrites when the view changes (``view_note``; one line
    # of all three notes ran to 930 px)
    lines = [" · ".join(counts)] + ([notes.pop(0)] if focused is not None else []) + [" · ".join(notes)]
    if folded:
        lines.append(f"lanes: the most active actors; the {folded} others share the lane "
                     f"{html.escape(OTHER_ACTORS)} (the list's “who” box finds any of them; actors.csv lists them all)")
    return "<br>".join(lines)


VIEW_LINE = 1  # the subtitle's line about the first view, when it is zoomed (``_subtitle``, ``view_note``)


def _in_view(points: list[dict], view: list[str]) -> int:
    """How many events (not lane points) have a date span that meets the view."""
    lo, hi = view
    return len({id(p["row"]) for p in points if p["start"] <= hi and p["end"] >= lo})


MONTH_FORMAT = "%b %Y"
MAX_TITLE = 90  # characters of an article's title used as the page title


def _month_span(days: list[dt.date]) -> str:
    """The months of a set of dates, short: "Aug 2018", "Mar–Dec 2011", "Mar 2011 – Dec 2024"."""
    lo, hi = min(days), max(days)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return lo.strftime(MONTH_FORMAT)
    if lo.year == hi.year:
        return f"{lo.strftime('%b')}–{hi.strftime(MONTH_FORMAT)}"
    return f"{lo.strftime(MONTH_FORMAT)} – {hi.strftime(MONTH_FORMAT)}"


def _view_span(lo: dt.date, hi: dt.date) -> str:
    """A view's span in words, as the page's script says it (``view_note``'s ``span``): months past 60 days
    ("Jan 2021 – Feb 2026"), else days ("26 Dec 2024", "1 Aug – 10 Aug 2018")."""
    if (hi - lo).days > 60:
        return _month_span([lo, hi])
    if lo == hi:
        return f"{lo.day} {lo.strftime(MONTH_FORMAT)}"
    left = f"{lo.day} {lo.strftime('%b')}" + ("" if lo.year == hi.year else f" {lo.year}")
    return f"{left} – {hi.day} {hi.strftime(MONTH_FORMAT)}"


def _dates(values) -> list[dt.date]:
    out = []
    for value in values:
        try:
            out.append(dt.date.fromisoformat(cell_text(value)[:10]))
        except ValueError:  # missing or unreadable: no date to span
            continue
    return out


def _short(text: str, limit: int = MAX_TITLE) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:—–-") + " …"


def default_title(frame: pd.DataFrame, articles: pd.DataFrame | None = None) -> str:
    """The title of a timeline given none: what it holds, as plain (unescaped) text.

    "Timeline of 141 articles dated Mar 2011 – Dec 2024": the articles read (``status == "ok"`` in
    ``articles``, the manifest; skipped records were not read, failed ones gave no events) and the months of their dates
    (``anchor_date``: dateline or publication date). The articles' dates, not the events': events
    reach back and forward far beyond what was read ("in 1933", "the 21st century", "by 2049"),
    so the events' span of a 141-article set of 2011-2024 ran from 1600 to 2099 (the subtitle gives it,
    named as the events': ``_subtitle``). "dated" says whose months they are. One article:
    its title (cut to MAX_TITLE characters), else "Timeline of 1 article dated Aug 2018". Without the
    manifest (an events frame alone), the articles are those that report the frame's events.
    """
    if articles is not None:
        read = articles[articles["status"] == "ok"] if "status" in articles else articles
        ids = [cell_text(i) for i in read.get("article_id", pd.Series(dtype=str))]
        titles = [cell_text(t) for t in read.get("title", pd.Series([None] * len(read)))]
        days = _dates(read.get("anchor_date", ()))
    else:
        seen: dict[str, list[str]] = {}  # article id -> [title, anchor date]
        for row in frame.to_dict("records"):
            first = cell_text(row.get("article_id"))  # the title and anchor date are those of this report
            for i in [first, *cell_text(row.get("article_ids")).split(LIST_SEP)]:
                if i:
                    known = seen.setdefault(i, ["", ""])
                    if i == first:
                        known[:] = [known[0] or cell_text(row.get("title")),
                                    known[1] or cell_text(row.get("anchor_date"))]
        ids = list(seen)
        titles = [t for t, _ in seen.values()]
        days = _dates(a for _, a in seen.values())
    if not ids:
        return "Timeline: no articles read"
    if len(ids) == 1 and titles[0].strip():
        return _short(titles[0])
    heading = f"Timeline of {len(ids)} article{'s' if len(ids) != 1 else ''}"
    return f"{heading} dated {_month_span(days)}" if days else heading


def figure(frame: pd.DataFrame, *, lanes: str = "type", title: str | None = None,
           articles: pd.DataFrame | None = None, mentions: pd.DataFrame | None = None,
           leads: Mapping[str, str] | None = None) -> go.Figure:
    """The timeline of an events frame as a Plotly figure (see the module doc). ``title``: the
    page title, else ``default_title(frame, articles)``; ``mentions``: the reports of the events (``mentions.csv``),
    whose articles a merged event's hover names; ``leads``: the start of the text of each untitled article, by id,
    which the hover names it by."""
    return _figure(frame, lanes, title or default_title(frame, articles), merged_sources.reports(mentions), leads)


def _figure(frame: pd.DataFrame, lanes: str, title: str, told: Mapping[str, list],
            leads: Mapping[str, str] | None = None) -> go.Figure:
    """``figure`` with its title given and the merged events' other reports read (``told``, which ``to_html``
    reads once for the chart and the list)."""
    if lanes not in ("type", "actor"):
        raise ValueError(f"lanes must be 'type' or 'actor', not {lanes!r}")
    heading = _esc(title)
    points, unplaced = _points(frame, lanes, told, leads)
    fig = go.Figure()
    font = {"family": "Segoe UI, Helvetica, Arial, sans-serif", "size": 13, "color": "#222"}
    if not points:
        message = "No events to show"
        if unplaced:
            message = f"No dated events to show · {_unplaced_note(unplaced)}"
        fig.update_layout(
            title={"text": heading, "x": 0.01}, height=360, font=font, template="plotly_white",
            xaxis={"visible": False}, yaxis={"visible": False},
            annotations=[{"text": message, "showarrow": False, "xref": "paper", "yref": "paper",
                          "x": 0.5, "y": 0.5, "font": {"size": 16}}])
        return fig
    folded = _fold_actor_lanes(points) if lanes == "actor" else 0
    order = _lane_order(points, lanes)
    more = _stack(points, order, _lane_height(len(order)), _marker_size(len(points)))
    type_lanes = _lane_order([{"lane": row_type(p["row"])} for p in points], "type")
    drawn = _traces(points, type_lanes) + _more_trace(more, _marker_size(len(points)))
    for trace in drawn:  # on an axis the range slider does not draw (``DRAWN_AXIS``): it draws ``_slider_traces``
        trace.xaxis = DRAWN_AXIS
    fig.add_traces(_slider_traces(drawn, len(order)) + drawn)
    placed_rows = {id(p["row"]): p["row"] for p in points}.values()
    planned = sum(cell_text(r.get("status")) == "planned" for r in placed_rows)
    counts = {lane: sum(p["lane"] == lane for p in points) for lane in order}
    slider_range = _x_range(points)  # everything; the slider itself starts at the first view
    precise = _precise_days(points)
    spans = [(dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"])) for p in points]
    found = _bulk(points, precise)  # (None: a small set with too few precise days to focus on)
    bulk = found or (min(s for s, _ in spans), max(e for _, e in spans))
    cuts = axis_breaks.breaks(spans, bulk)  # long stretches with no event, skipped by the axis
    if cuts:  # the ends padded as a cut's sides are: a share of the calendar span put 20 empty years at each end
        edge = axis_breaks.margin(bulk)
        slider_range = [(min(s for s, _ in spans) - edge).isoformat(), (max(e for _, e in spans) + edge).isoformat()]
    x_range = _focus_range(found, slider_range) or slider_range  # where most events are
    stretches = _stretches(precise, cuts, x_range, len(placed_rows), _latest_news(points))
    first = x_range
    if stretches and stretches[0][2] * 2 > len(_within(precise, x_range)):
        first = stretches[0][1]  # the densest stretch holds most events: the first view is that stretch
    plot_px = _lane_height(len(order)) * len(order)  # about the height of the lanes
    focused = _in_view(points, first) if first != slider_range else None
    if focused == len(placed_rows):  # the first view holds every event (a year-dated one spans it too): no zoom, and
        focused = None  # no line that calls it one ("zoomed to ..., where most events are (4808 of 4808)", newuser44)
    subtitle = _subtitle(len(placed_rows), unplaced, planned, focused, folded,
                         stretches[0][0] if first != x_range else None, len(cuts),
                         _month_span([d for span in spans for d in span]), _view_span(*found) if found else "")
    lane_of = _lane_index(order)  # (a cut's label goes in a lane with no marker by its line)
    marks = axis_breaks.layout(cuts, tuple(dt.date.fromisoformat(d) for d in slider_range),
                               [(lane_of[p["lane"]], dt.date.fromisoformat(p["start"])) for p in points])
    dates_on_top = plot_px > DATES_ON_TOP_PX  # a tall page scrolls a bottom axis out of the first screen
    top = TITLE_TOP + 80 + SUBTITLE_LINE * (subtitle.count("<br>") + 1)  # title, subtitle, the range buttons
    top += 30 if dates_on_top else 0
    height = (90 if dates_on_top else 120) + top + plot_px
    fig.update_layout(
        title={"text": heading, "x": 0.01, "xanchor": "left",
               # pinned to the top, so that a third subtitle line pushes the plot down, not the title up
               "yref": "container", "y": 1 - TITLE_TOP / height, "yanchor": "top",
               "subtitle": {"text": subtitle, "font": {"size": 12, "color": "#555"}}},
        height=height,
        # what the page's script needs to rewrite the subtitle's view line (``view_note``)
        meta={view_note.META: {"placed": len(placed_rows), "line": VIEW_LINE if focused is not None else -1,
                               "px": SUBTITLE_LINE}},
        margin={"l": 20, "r": 20, "t": top, "b": 20},
        font=font, template="plotly_white", hovermode="closest", dragmode="zoom",
        hoverlabel={"bgcolor": "white", "align": "left",
                    "font": {"size": 12, "color": "#222"}},
        legend={"title": {"text": "Event type<br><sup>click to hide/show</sup>"},
                "itemclick": "toggle", "itemdoubleclick": "toggleothers", "tracegroupgap": 0,
                "x": 1.01, "xanchor": "left", "y": 1, "yanchor": "top"},
        xaxis={"type": "date", "range": first, "rangebreaks": marks["rangebreaks"], "side": "top" if dates_on_top else "bottom", "showgrid": True, "gridcolor": "#e6e6e6",
               "rangeslider": {"visible": True, "range": x_range, "thickness": 0.1,  # the slider spans where most events are
                               # its lanes are the light traces', below the chart's (``_slider_traces``)
                               "bgcolor": "#f4f4f4", "yaxis": {"rangemode": "fixed", "range": _slider_lanes(len(order))}},
               "tickformatstops": TICK_FORMATS},
        # the axis of the drawn traces: the date axis's twin, over it, hidden, its range the date axis's
        xaxis2={"type": "date", "overlaying": "x", "matches": "x", "visible": False,
                "rangebreaks": marks["rangebreaks"]},
        updatemenus=[{"type": "buttons", "direction": "right", "showactive": False,
                      "x": 0, "xanchor": "left", "y": 1 + (38 if dates_on_top else 8) / plot_px, "yanchor": "bottom",
                      "pad": {"l": 0, "r": 0, "t": 0, "b": 0}, "bgcolor": "#eeeeee",
                      "bordercolor": "#cccccc", "font": {"size": 11},
                      "buttons": _range_buttons(points, precise, x_range, slider_range, stretches, first)}],
        yaxis={"tickmode": "array", "tickvals": list(range(len(order))),
               "ticktext": [f"<b>{_esc(lane)}</b> ({counts[lane]})" for lane in order],
               "range": [len(order) - 0.5, -0.5], "fixedrange": True, "showgrid": False,
               "zeroline": False, "ticks": "", "automargin": True},
        shapes=[{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": i + 0.5, "y1": i + 0.5,
                 "line": {"color": "#e0e0e0", "width": 1}} for i in range(len(order) - 1)] + marks["shapes"],
        annotations=marks["annotations"] + more_labels.annotations(more, _marker_size(len(points))),
    )
    return fig


# The chart's settings in the page. No scroll zoom: the wheel scrolls a tall page; zoom is a drag, the slider or a
# button. No "Share chart..." button (plotly.js 3+ shows it by default): it uploads the whole figure, every event's
# sentence in its hover, to Plotly's cloud (cloud.plotly.com), from a page that is meant to keep the articles on the
# machine and work offline.
PAGE_CONFIG = {"displaylogo": False, "scrollZoom": False, "responsive": True, "showSendToCloud": False,
               "modeBarButtonsToRemove": ["select2d", "lasso2d", "sendChartToCloud"]}


def to_html(frame: pd.DataFrame, path: str | Path, *, lanes: str = "type",
            title: str | None = None, articles: pd.DataFrame | None = None,
            leads: Mapping[str, str] | None = None, mentions: pd.DataFrame | None = None) -> Path:
    """Write the timeline as one offline HTML file (plotly.js inlined); return its path.

    ``title`` heads the page and names the browser tab; without one, ``default_title(frame,
    articles)`` does (``articles``: the build's manifest, for the count of articles read).
    Under the chart, the chronology list: every event of the frame as a row (``chronology.section``;
    ``leads``: the start of the text of each untitled article, by id, shown for it in place of its title, in the
    list and in the chart's hover); under it, the inputs with no event on the page and why (``unlisted.note``, from
    ``articles``).
    The same frame gives the same bytes: the div id is fixed and nothing is
    fetched or stamped at write time.
    """
    from .chronology import section  # it draws on this module's helpers
    from .unlisted import note

    path = Path(path)
    title = title or default_title(frame, articles)
    told = merged_sources.reports(mentions)  # the merged events' other reports, for the chart's hover and the list's tips
    fig = _figure(frame, lanes, title, told, leads).to_dict()
    hovers = hover_table.share(fig["data"])  # each hover once in the page (``hover_table``), not once per marker
    data = to_json_plotly(fig["data"])  # (written once: plotly writes the call with no data, ``hover_table.wrap``)
    page = pio.to_html(
        dict(fig, data=[]), validate=False, include_plotlyjs=True, include_mathjax=False, full_html=True, div_id=DIV_ID,
        # for the view shown: the date axis's labels at its cuts, the cuts' own labels inside the lanes, the "+N
        # more" labels that have room and the subtitle's line about the view; the chart on a narrow window and on paper
        post_script=[axis_ticks.POST_SCRIPT, cut_labels.POST_SCRIPT, more_labels.POST_SCRIPT, view_note.POST_SCRIPT,
                     page_fit.POST_SCRIPT],
        config=PAGE_CONFIG)
    page = hover_table.wrap(page, data, DIV_ID)
    page = page.replace("<body>", "<body>\n" + hover_table.script(hovers), 1)  # before the chart's script
    tab = f"<title>{html.escape(title)}</title>\n    {page_fit.HEAD}\n    {page_fit.PRINT_STYLE}"
    if '<meta charset="utf-8" />' in page:  # after the charset: the title may hold non-ASCII ("–")
        page = page.replace('<meta charset="utf-8" />', f'<meta charset="utf-8" />\n    {tab}', 1)
    else:
        page = page.replace("<head>", f"<head>{tab}", 1)
    page = page.replace("<html>", '<html lang="en">', 1)  # (the page's own words are English; a reader's voice)
    page = page.replace("<body>", "<body>\n" + page_fit.noscript(title, DIV_ID, len(frame) > 0), 1)
    head, tail = page.rsplit("</body>", 1)  # after the chart's script, which made the div its handlers attach to
    page = head + section(frame, leads, told) + note(articles, leads) + "\n</body>" + tail
    with replacing(path) as part:  # whole or not at all: an interrupt leaves the earlier run's page
        part.write_text(page, encoding="utf-8")
    return path
