"""A cell of the events table (or of articles.csv, mentions.csv) as the page shows it: plain text, never NaN.

The chart's hover (``render``), the list under it (``chronology``), the note of inputs with no event (``unlisted``) and
the other reports of a merged event (``merged_sources``) read their rows' cells through ``cell_text``, and a count or
an offset (``sources``, ``char_start``) through ``cell_int``.
"""

from __future__ import annotations

import pandas as pd


def cell_text(value) -> str:
    """A cell as a plain string; missing values (None, NA, NaN) become ""."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a year read back from CSV as 2017.0
    return str(value)


def cell_int(value) -> int | None:
    """An integer cell as an int (a float 2.0, a column read back without its types, counts as 2); None when it is
    empty or not a whole number."""
    try:
        return int(cell_text(value))
    except ValueError:
        return None


def row_type(row: dict) -> str:
    """The row's event type, "other" when it has none: its lane and its colour on the chart and in the list."""
    return cell_text(row.get("event_type")) or "other"
