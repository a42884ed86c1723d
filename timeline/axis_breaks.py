"""Where the timeline's date axis skips time: long stretches with no event (Plotly's date-axis ``rangebreaks``).

A set of articles can cover years apart: the audit sample's Syria stories of 2011-12 and White House
readouts of 2021-24 left three empty years between them that took a fifth of the chart and squeezed
both groups into slivers. ``breaks`` finds such stretches; ``render`` hides them on the axis and marks
each with a dashed line and a label, so that a reader knows time was cut there.

A stretch is "empty" when no drawn marker lies in it and no bar of a date of a year or less crosses it
(``occupied``): a year's bar cut to a stub would read as a day. A decade's or century's bar may cross a
cut (the 21st century spans every set of this corpus, so counting it would forbid every cut), and the
cut's mark shows that it does.
"""

from __future__ import annotations

import datetime as dt

# Within a year a lull is itself news (the weeks between two rounds of talks, a summer without a
# meeting): only a stretch longer than a year is cut.
MIN_BREAK = dt.timedelta(days=365)
# A stretch is cut when, left in, it would take more than a tenth of the span where most events are
# (``threshold``): it would then draw nothing on a tenth of the chart's width, and one cut costs the
# reader less than that.
BREAK_SHARE = 10
WHOLE_SPAN = dt.timedelta(days=366)  # a date's bar up to a (leap) year long is never cut (see the module doc)
EDGE = 10  # a cut leaves a tenth of the threshold on each side of it, so the markers at its edges are whole


def occupied(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The stretches a set of drawn dates holds, merged and in order: each date's span when it is a
    year or shorter, else its start (where its marker is) and its end (so that the bar's end is drawn)."""
    held = [(start, end) if end - start <= WHOLE_SPAN else (start, start) for start, end in spans]
    held += [(end, end) for start, end in spans if end - start > WHOLE_SPAN]  # a long bar's end shows
    held.sort()
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in held:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def threshold(bulk: tuple[dt.date, dt.date]) -> dt.timedelta:
    """How long an empty stretch must be to be cut: a tenth of the span where most events are
    (``bulk``, the span the first view covers without cuts), and at least MIN_BREAK."""
    return max(MIN_BREAK, (bulk[1] - bulk[0]) / BREAK_SHARE)


def margin(bulk: tuple[dt.date, dt.date]) -> dt.timedelta:
    """The room a cut leaves on each side of it, and the axis at its ends when it has cuts."""
    return dt.timedelta(days=threshold(bulk).days // EDGE)


def breaks(spans: list[tuple[dt.date, dt.date]], bulk: tuple[dt.date, dt.date]) -> list[tuple[dt.date, dt.date]]:
    """The stretches the axis skips, in order, as (first hidden day, first day shown again): every gap
    between the ``occupied`` stretches of ``spans`` longer than ``threshold(bulk)``, less an edge on
    each side. An undated event has no span and takes no part; none for one dense year."""
    least = threshold(bulk)
    edge = margin(bulk)
    held = occupied(spans)
    cuts = []
    for (_, before), (after, _) in zip(held, held[1:]):
        if after - before > least:
            cuts.append((before + edge, after - edge))
    return cuts


def segments(days: list[dt.date], cuts: list[tuple[dt.date, dt.date]]) -> list[list[dt.date]]:
    """The sorted ``days`` in groups the cuts part (a group per stretch between two cuts that holds a day)."""
    groups: list[list[dt.date]] = [[]]
    pending = iter(sorted(cuts))
    cut = next(pending, None)
    for day in sorted(days):
        moved = False
        while cut is not None and day >= cut[1]:
            moved, cut = True, next(pending, None)
        if moved and groups[-1]:
            groups.append([])
        groups[-1].append(day)
    return [g for g in groups if g]


CUT_COLOR = "#666666"
LABEL_NAME = "cut"  # the labels' name, by which the page's script finds them (``cut_labels``)


def _length(span: dt.timedelta) -> str:
    years = span.days / 365.25
    if years >= 2:
        return f"{years:.0f} years" if years >= 10 else f"{years:.1f} years"
    return f"{round(span.days / 30.44)} months"


def layout(cuts: list[tuple[dt.date, dt.date]], drawn: tuple[dt.date, dt.date],
           marks: list[tuple[int, dt.date]] = ()) -> dict:
    """What the figure's layout takes for the cuts: the date axis's ``rangebreaks``, and at each cut a dashed
    line across the lanes (``shapes``) and a label on top of it (``annotations``: "✂ 3.4 years", its hover the
    days skipped), so that two stretches drawn side by side are not read as one. ``drawn``: the whole axis.
    ``marks``: the markers, (lane, day); a label whose top lane has one by its line goes to the first lane that
    has none (``_label_lane``). That place is the label's without the page's script (a static export) and until the
    chart is first drawn: the page places each label in pixels for the view shown (``cut_labels``)."""
    return {
        "rangebreaks": [{"bounds": [start.isoformat(), end.isoformat()]} for start, end in cuts],
        "shapes": [{"type": "line", "xref": "x", "yref": "paper", "x0": end.isoformat(), "x1": end.isoformat(),
                    "y0": 0, "y1": 1, "layer": "above", "line": {"color": CUT_COLOR, "width": 1.5, "dash": "dash"}}
                   for _, end in cuts],
        "annotations": [{"x": end.isoformat(), "xref": "x", "text": f"✂ {_length(end - start)}", "textangle": -90,
                         "name": LABEL_NAME, "showarrow": False, "font": {"size": 11, "color": CUT_COLOR},
                         "bgcolor": "rgba(255,255,255,0.85)",
                         "hovertext": f"no event from {start.isoformat()} to {end.isoformat()}: cut from the axis",
                         **_label_place(_label_lane((start, end), cuts, drawn, marks))}
                        for start, end in _labelled(cuts, drawn)],
    }


# The share of the drawn axis on each side of a cut's line where a marker lies under its label: the label is 14 px
# wide on the line, a marker up to 12 px across, and a 390 px phone has about 260 px of lanes (16 px is 6 % of it)
LABEL_CLEAR = 0.06


def _label_place(lane: int | None) -> dict:
    """A label's place: at the top of the lanes, or (``lane``) in the middle of that lane."""
    if lane is None:
        return {"y": 1, "yref": "paper", "yanchor": "top"}
    return {"y": lane, "yref": "y", "yanchor": "middle"}


def _drawn_length(cuts: list[tuple[dt.date, dt.date]], drawn: tuple[dt.date, dt.date]) -> dt.timedelta:
    """The time the axis draws: ``drawn``'s span less the cuts."""
    return (drawn[1] - drawn[0]) - sum((end - start for start, end in cuts), dt.timedelta(0))


def _drawn_time(day: dt.date, cuts: list[tuple[dt.date, dt.date]], drawn: tuple[dt.date, dt.date]) -> dt.timedelta:
    """How far from the axis's start ``day`` is drawn: its time from ``drawn``'s start less the cuts before it."""
    return day - drawn[0] - sum((min(end, day) - start for start, end in cuts if start < day), dt.timedelta(0))


def _label_lane(cut: tuple[dt.date, dt.date], cuts: list[tuple[dt.date, dt.date]], drawn: tuple[dt.date, dt.date],
                marks: list[tuple[int, dt.date]]) -> int | None:
    """The lane a cut's label goes in: None (the top of the lanes, where it stood) unless the top lane has a marker
    within LABEL_CLEAR of the drawn axis of the cut's line (the cut leaves only ``margin`` on each side of it, so the
    markers at its edges stand close: the sample page's "✂ 2.1 years" covered half of a meeting's marker on a 500 px
    window); then the first lane down that has none (None when every lane has one). Judged in time, without the
    drawn sizes: the page judges it again in pixels (``cut_labels``)."""
    length = _drawn_length(cuts, drawn)
    line = _drawn_time(cut[1], cuts, drawn)
    near = {lane for lane, day in marks if abs(_drawn_time(day, cuts, drawn) - line) < length * LABEL_CLEAR}
    if 0 not in near:
        return None
    free = [lane for lane in range(max(lane for lane, _ in marks) + 1) if lane not in near]
    return free[0] if free else None


LABEL_ROOM = 0.03  # share of the drawn axis between two labelled cuts (about 30 px of 1,000: a label is 14 px wide)


def _labelled(cuts: list[tuple[dt.date, dt.date]], drawn: tuple[dt.date, dt.date]) -> list[tuple[dt.date, dt.date]]:
    """The cuts that get a label: each one at least LABEL_ROOM of the drawn axis (``drawn``'s span less the cuts)
    after the last labelled one; the far past of a set ("in 1861", "in 1915", "the 1920s") has cuts a few
    pixels apart, whose labels lay over each other. Every cut keeps its line. The room is the time drawn between
    the two (the cuts between them take none: counted in the calendar, "✂ 9.7 years" of 1920-29 and "✂ 19 months"
    of 1933-34 were 3.5 years apart, with 0.6 of them drawn, and their labels lay over each other)."""
    length = _drawn_length(cuts, drawn)
    out: list[tuple[dt.date, dt.date]] = []
    hidden, last = dt.timedelta(0), None  # the time cut before this cut; where the last label stands, drawn time
    for start, end in cuts:
        at = start - drawn[0] - hidden
        hidden += end - start
        if last is not None and at - last < length * LABEL_ROOM:
            continue
        out.append((start, end))
        last = at
    return out
