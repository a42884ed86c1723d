"""What the page shows of the other reports of a merged event, so a reviewer can check the merge without events.csv.

An event of ``events.csv`` is one row for every report of it (``merge.py``); the row's sentence is one of them. The
hover of its marker (``render._hover``) and the "+N more" tip of its row in the list under the chart
(``chronology._article``) name each other report by its article, its title or else its date and id, with its
sentence, cut ("2011-09-09 · t17-reuters-69: “The European Union, which banned imports of Syrian crude oil last
week, …”"). The reports come from ``mentions.csv``'s frame (``Timeline.mentions``); a caller with the events frame
alone gets the row's ``source_sentences`` without their articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import pandas as pd

from .cells import cell_int, cell_text

SENTENCE_CHARS = 110  # a report's sentence is cut to this in the hover
TITLE_CHARS = 50
LISTED = 6  # reports listed one line each; the rest counted

Report = tuple[str, str]  # (which article: its title, or its date and id; the sentence)


def cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _label(row: Mapping) -> str:
    title = cell_text(row.get("title")).strip()
    if title:
        return cut(title, TITLE_CHARS)
    return " · ".join(x for x in (cell_text(row.get("anchor_date")), cell_text(row.get("article_id"))) if x)


def reports(mentions: pd.DataFrame | None) -> dict[str, list[tuple[str, str, str]]]:
    """{merged event id: [(article id, label, sentence)]} of the events with more than one report,
    in the mentions' order, one per sentence."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    if mentions is None or mentions.empty or "merged_event_id" not in mentions:
        return {}
    seen = set()
    for row in mentions.to_dict("records"):
        event = cell_text(row.get("merged_event_id"))
        key = (event, cell_text(row.get("article_id")), cell_text(row.get("sentence")))
        if not event or key in seen:
            continue
        seen.add(key)
        out[event].append((key[1], _label(row), key[2]))
    return {k: v for k, v in out.items() if len(v) > 1}


def others(row: Mapping, known: Mapping[str, list[tuple[str, str, str]]] | None) -> list[Report]:
    """The reports of the row's event other than the row's own sentence: (label, sentence)."""
    article, sentence = cell_text(row.get("article_id")), cell_text(row.get("sentence"))
    listed = (known or {}).get(cell_text(row.get("event_id")))
    if listed:
        return [(label, said) for a, label, said in listed if not (a == article and said == sentence)]
    said = [s for s in cell_text(row.get("source_sentences")).split(" || ") if s and s != sentence]
    return [("", s) for s in said]


def other_report_lines(row: Mapping, known: Mapping[str, list[tuple[str, str, str]]] | None,
                       listed: int = LISTED, rest_where: str = "events.csv: source_sentences") -> list[str]:
    """Plain-text lines, one per other report ("label: “sentence …”"), at most ``listed``, then how many more and
    where they are (``rest_where``)."""
    rest = others(row, known)
    out = [(f"{label}: " if label else "") + f"“{cut(said, SENTENCE_CHARS)}”" for label, said in rest[:listed]]
    if len(rest) > listed:
        out.append(f"… and {len(rest) - listed} more reports ({rest_where})")
    return out


def heading(row: Mapping, known: Mapping[str, list[tuple[str, str, str]]] | None) -> tuple[str, str]:
    """What the lines of ``other_report_lines`` are the rest of, as plain text counted in the unit they count, a
    report (a sentence of an article): "reported by 2 articles" when each article tells the event once, else "told
    in 38 sentences of 3 articles" or, in one article, "told in 16 sentences of the article"; "" for an event of one
    report. html42: the hover said "reported by 3 articles" (``sources``) over "… and 34 more reports" (the
    sentences): two counts of two units, either read as wrong. Second, what follows it before the lines: "the other
    report" or "the other 37", the number the lines' "… and 34 more reports" adds up to (one count of the other
    reports for both)."""
    rest = len(others(row, known))
    the_others = "the other report" if rest == 1 else f"the other {rest}"
    articles = cell_int(row.get("sources")) or 1
    if articles > 1:
        if rest + 1 <= articles:  # one report an article (or the reports unknown): the articles are the count
            return f"reported by {articles} articles", the_others
        return f"told in {rest + 1} sentences of {articles} articles", the_others
    if not rest:
        return "", the_others
    return ("told again in the article" if rest == 1 else f"told in {rest + 1} sentences of the article"), the_others
