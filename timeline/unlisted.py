"""The inputs timeline.html shows no event of, and why: a note under the chronology list.

A page built from an article that gave no event (a headline given as the text, a story with no act read) showed an
empty chart, or a list that said nothing of it, so a reader could not tell a quiet article from a lost one. The
build's manifest (articles.csv) already says why for each: ``reason`` of a skipped or failed record, and of an article
read that gave no event (``no_events.said``). ``note`` lists them, each named as the list names an article (its
title, else the start of its text, else its id), with that reason; "" when every input gave an event.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

from .cells import cell_text
from .render import article_name

NOTE_ID = "unlisted"
OPEN_UP_TO = 10  # more lines than this start folded: the list above is the page's subject
STYLE = (f"#{NOTE_ID}{{font:14px/1.45 \"Segoe UI\",Helvetica,Arial,sans-serif;color:#222;margin:0 20px 40px}}"
         f"#{NOTE_ID} summary{{font-size:15px;font-weight:600;cursor:pointer;margin:0 0 4px}}"
         f"#{NOTE_ID} ul{{margin:4px 0;padding-left:20px}}#{NOTE_ID} .why{{color:#555}}"
         f"#{NOTE_ID} .id{{color:#777;font-size:12px}}")


def _line(row: dict, leads: Mapping[str, str]) -> str:
    article_id = cell_text(row.get("article_id"))
    title, start = article_name(row, leads)  # as the chronology list and the chart's hover name it
    where = cell_text(row.get("path")) + (f":{cell_text(row.get('record'))}" if cell_text(row.get("record")) else "")
    if title:
        name = html.escape(title)
    elif start:
        name = f"<i>{html.escape(start)}</i>"
    else:
        name = html.escape(article_id or where)
    tip = html.escape(", ".join(p for p in (article_id, where) if p), quote=True)
    status = cell_text(row.get("status"))
    why = cell_text(row.get("reason")) or "no event"
    if status != "ok":
        why = f"{status}: {why}"
    shown = f' <span class="id">({html.escape(article_id)})</span>' if article_id and name != html.escape(article_id) \
        else ""
    return f'<li title="{tip}">{name}{shown} <span class="why">{html.escape(why)}</span></li>'


def note(articles: pd.DataFrame | None, leads: Mapping[str, str] | None = None) -> str:
    """A <section> listing the inputs with no event on the page (skipped, failed, or read with no event), each with
    its reason from the manifest ``articles``; "" when there are none."""
    if articles is None or articles.empty:
        return ""
    leads = leads or {}
    rows = [r for r in articles.to_dict("records")
            if cell_text(r.get("status")) != "ok" or not (pd.notna(r.get("events")) and r.get("events"))]
    if not rows:
        return ""
    n = len(rows)
    told = "its reason" if n == 1 else "each with its reason"
    head = (f"{n} input{'s' if n != 1 else ''} with no event on this page ({told}; articles.csv has "
            f"{'it' if n == 1 else 'them'} too)")
    opened = " open" if n <= OPEN_UP_TO else ""
    return (f'<section id="{NOTE_ID}"><style>{STYLE}</style><details{opened}><summary>{html.escape(head)}</summary>'
            "<ul>" + "".join(_line(r, leads) for r in rows) + "</ul></details></section>")
