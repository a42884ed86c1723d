"""The chart's hover labels written once in timeline.html, not once per marker.

A marker's hover is its ``customdata[0]`` (``render._traces``: ``hovertemplate`` "%{customdata[0]}"). Written by
plotly as the figure's JSON, the hovers of the 460-article bench were 2.8 MB of its 3.0 MB of chart data, for two
reasons: plotly's JSON writes every "<" and ">" as ``\\u003c`` / ``\\u003e`` (the hover's ``<br>`` and ``<b>``: 14
bytes for a 4-byte ``<br>``) and every non-ASCII character as ``\\uXXXX``; and with actor lanes an event is drawn in
the lane of each of its actors, so its hover was copied into every lane it is in (4.2 MB).

``share`` replaces each marker's hover by its number in a table of the distinct hovers; ``script`` writes the table
once, as JSON with the markup as written (only what could end the script element escaped), with ``timelineHovers``,
which puts the hovers back into the traces' data before ``Plotly.newPlot`` draws them (``render.to_html`` wraps the
data of the call in it, ``wrap``). The figure ``render.figure`` returns keeps the hovers in its customdata.

Within the distinct hovers, a line (between two ``<br>``) that more than one of them holds is written once too
(``encode``): the "source:" lines of an article's events (its title, source and id, wrapped), a merged event's other
reports, "date from:" and "who:" lines. In the bench's 3,381 hovers, 3,661 such lines made half of the 2.0 MB.
"""

from __future__ import annotations

import json
import re
from collections import Counter

NAME = "timelineHovers"


def share(traces) -> list[str]:
    """Number the distinct hovers of the traces (plotly traces or their dicts) in order of first use; replace each
    point's ``customdata[0]`` by its number; return the hovers."""
    table: dict[str, int] = {}
    for trace in traces:
        data = trace.get("customdata")
        if data is None or not len(data):
            continue
        trace["customdata"] = [[table.setdefault(cd[0], len(table)), *cd[1:]] for cd in data]
    return list(table)


SHARED_MIN = 8  # characters: a repeated line shorter than this stays in its hover (its number would save nothing)
BREAK = "<br>"


def encode(hovers: list[str]) -> tuple[list[list], list[str]]:
    """(each hover as its lines, a line held by two or more hovers given as its number in the second list; those
    lines, in order of first use). ``decode`` is the page's join."""
    counts = Counter(line for hover in hovers for line in hover.split(BREAK))
    shared = [line for line, n in counts.items() if n > 1 and len(line) >= SHARED_MIN]
    index = {line: i for i, line in enumerate(shared)}
    return [[index.get(line, line) for line in hover.split(BREAK)] for hover in hovers], shared


def decode(lines: list, shared: list[str]) -> str:
    """A hover from ``encode``'s lines (as the page's script does)."""
    return BREAK.join(shared[x] if isinstance(x, int) else x for x in lines)


def _json(value) -> str:
    """JSON safe inside a <script> element: no "</" (which could close it) or "<!" (a comment's start)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("</", "<\\/").replace("<!", "\\u003c!")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def script(hovers: list[str]) -> str:
    """The table and the function that puts its hovers back into a figure's data (returned, changed in place)."""
    table, shared = encode(hovers)
    return ("<script>\nvar " + NAME + " = (function () {\n  var shared = " + _json(shared) + ";\n"
            "  var table = " + _json(table) + ";\n"
            "  function hover(lines) {\n"
            "    return lines.map(function (x) { return typeof x === \"number\" ? shared[x] : x; }).join(\"" + BREAK
            + "\");\n  }\n"
            "  return function (data) {\n"
            "    data.forEach(function (trace) {\n"
            "      (trace.customdata || []).forEach(function (cd) {\n"
            "        if (typeof cd[0] === \"number\") cd[0] = hover(table[cd[0]]); });\n"
            "    });\n"
            "    return data;\n"
            "  };\n"
            "})();\n</script>")


def wrap(page: str, data_json: str, div_id: str) -> str:
    """The page with its ``Plotly.newPlot`` call's data, which plotly wrote as ``[]`` (``render.to_html`` hands it a
    figure without data), replaced by ``data_json`` passed through ``timelineHovers`` first: the data serialized once,
    by the caller. (html41 let plotly write the data and found it in the page by serializing it a second time, which
    held only while plotly wrote it with ``to_json_plotly``.) A ValueError naming the page's call when plotly writes
    it otherwise."""
    found = [m.span("data") for m in re.finditer(r'Plotly\.newPlot\(\s*"' + re.escape(div_id) + r'",\s*(?P<data>\[\])',
                                                 page)]
    if len(found) != 1:
        at = page.find("Plotly.newPlot(")
        raise ValueError(f"the page's Plotly.newPlot call for {div_id!r} with empty data was not found once "
                         f"({len(found)} found): {page[at:at + 120]!r}")
    start, end = found[0]
    return page[:start] + NAME + "(" + data_json + ")" + page[end:]
