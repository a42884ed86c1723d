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
"""

from __future__ import annotations

import json

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


def _json(value) -> str:
    """JSON safe inside a <script> element: no "</" (which could close it) or "<!" (a comment's start)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("</", "<\\/").replace("<!", "\\u003c!")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def script(hovers: list[str]) -> str:
    """The table and the function that puts its hovers back into a figure's data (returned, changed in place)."""
    return ("<script>\nvar " + NAME + " = (function () {\n  var table = " + _json(hovers) + ";\n"
            "  return function (data) {\n"
            "    data.forEach(function (trace) {\n"
            "      (trace.customdata || []).forEach(function (cd) {\n"
            "        if (typeof cd[0] === \"number\") cd[0] = table[cd[0]]; });\n"
            "    });\n"
            "    return data;\n"
            "  };\n"
            "})();\n</script>")


def wrap(page: str, data_json: str) -> str:
    """The page with the data of its ``Plotly.newPlot`` call (``data_json``, exactly as written there) passed
    through ``timelineHovers`` first."""
    at = page.find(data_json)
    if at < 0:
        raise ValueError("the figure's data was not found in the page")
    return page[:at] + NAME + "(" + data_json + ")" + page[at + len(data_json):]
