"""What the page shows of the other reports of a merged event, so a reviewer can check the merge without events.csv.

An event of ``events.csv`` is one row for every report of it (``merge.py``); the row's sentence is one of them. The
hover of its marker (``render._hover``) and the "+N more" tip of its row in the list under the chart
(``chronology._article``) name each other report by its article, its title or else its date and id, with its
sentence, cut ("2011-09-09 · t17-reuters-69: “The European Union, which banned imports of Syrian crude oil last
week, …”"). The reports come from ``mentions.csv``'s frame (``Timeline.mentions``); a caller with the events frame
alone gets the row's ``source_sentences`` without their articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import NamedTuple

import pandas as pd

from .cells import cell_int, cell_text

SENTENCE_CHARS = 110  # a report's sentence is cut to this in the hover
TITLE_CHARS = 50
LISTED = 6  # reports listed one line each; the rest counted

Report = tuple[str, str]  # (which article: its title, or its date and id; the sentence)


class Told(NamedTuple):
    """One report of a merged event: a sentence of an article, and whether a mention of it gives a day."""
    article: str  # its id
    label: str  # its title, or its date and id (``_label``)
    sentence: str
    dated: bool  # a mention of it is dated to a day, as ``merge.day_votes`` counts them (``days_line``'s "no single day")


def cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _label(row: Mapping) -> str:
    title = cell_text(row.get("title")).strip()
    if title:
        return cut(title, TITLE_CHARS)
    return " · ".join(x for x in (cell_text(row.get("anchor_date")), cell_text(row.get("article_id"))) if x)


def _dated(row: Mapping) -> bool:
    """Does a mention give a day, as ``merge.day_votes`` counts it for ``dates_reported`` (a day or a time)?"""
    return cell_text(row.get("precision")) in ("day", "time") and bool(cell_text(row.get("date_start")))


def reports(mentions: pd.DataFrame | None) -> dict[str, list[Told]]:
    """{merged event id: [Told]} of the merged events (more than one mention), in the mentions' order, one per
    sentence, dated when any of its mentions gives a day: an event told twice in one sentence ("spoke today ... to
    prepare for the meeting on January 21") has one report (``days_line``)."""
    out: dict[str, dict[tuple[str, str], Told]] = defaultdict(dict)
    if mentions is None or mentions.empty or "merged_event_id" not in mentions:
        return {}
    merged = Counter()
    for row in mentions.to_dict("records"):
        event = cell_text(row.get("merged_event_id"))
        if not event:
            continue
        merged[event] += 1
        key = (cell_text(row.get("article_id")), cell_text(row.get("sentence")))
        told, dated = out[event].get(key), _dated(row)
        if told is None:
            out[event][key] = Told(key[0], _label(row), key[1], dated)
        elif dated and not told.dated:
            out[event][key] = told._replace(dated=True)
    return {k: list(v.values()) for k, v in out.items() if merged[k] > 1}


def others(row: Mapping, known: Mapping[str, list[Told]] | None) -> list[Report]:
    """The reports of the row's event other than the row's own sentence: (label, sentence)."""
    article, sentence = cell_text(row.get("article_id")), cell_text(row.get("sentence"))
    listed = (known or {}).get(cell_text(row.get("event_id")))
    if listed:
        return [(t.label, t.sentence) for t in listed if not (t.article == article and t.sentence == sentence)]
    said = [s for s in cell_text(row.get("source_sentences")).split(" || ") if s and s != sentence]
    return [("", s) for s in said]


def other_report_lines(rest: list[Report], listed: int = LISTED,
                       rest_where: str = "events.csv: source_sentences") -> list[str]:
    """Plain-text lines, one per other report (``others``: "label: “sentence …”"), at most ``listed``, then how
    many more and where they are (``rest_where``)."""
    out = [(f"{label}: " if label else "") + f"“{cut(said, SENTENCE_CHARS)}”" for label, said in rest[:listed]]
    if len(rest) > listed:
        out.append(f"… and {len(rest) - listed} more reports ({rest_where})")
    return out


def heading(row: Mapping, rest: list[Report]) -> tuple[str, str]:
    """What the lines of ``other_report_lines`` (the row's ``others``, ``rest``) are the rest of, as plain text
    counted in the unit they count, a report (a sentence of an article): "reported by 2 articles" when each article
    tells the event once, else "told in 38 sentences of 3 articles" or, in one article, "told in 16 sentences of the
    article"; "" for an event of one report. html42: the hover said "reported by 3 articles" (``sources``) over "…
    and 34 more reports" (the sentences): two counts of two units, either read as wrong. Second, what follows it
    before the lines: "the other report" or "the other 37", the number the lines' "… and 34 more reports" adds up to
    (one count of the other reports for both)."""
    count = len(rest)
    the_others = "the other report" if count == 1 else f"the other {count}"
    articles = cell_int(row.get("sources")) or 1
    if articles > 1:
        if count + 1 <= articles:  # one report an article (or the reports unknown): the articles are the count
            return f"reported by {articles} articles", the_others
        return f"told in {count + 1} sentences of {articles} articles", the_others
    if not count:
        return "", the_others
    return ("told again in the article" if count == 1 else f"told in {count + 1} sentences of the article"), the_others


def reported_days(row: Mapping) -> dict[str, int]:
    """{day: sentences} of a merged event whose reports disagree on the day (``dates_reported``, "2011-03-15 (1);
    2011-03-18 (3)": the sentences that give each day, ``merge.day_votes``); {} when they agree."""
    out = {}
    for item in cell_text(row.get("dates_reported")).split(";"):
        day, _, count = item.strip().partition(" (")
        if day:
            out[day] = int(count.rstrip(")") or 0)
    return out


def _sentences(day: str, count: int) -> str:
    return f"{day} ({count} sentence{'' if count == 1 else 's'})"


def other_days(row: Mapping) -> list[str]:
    """The days other reports of a merged event give, when they disagree with its date, each with the sentences that
    give it, for the list's date cell ("other reports: 2011-03-15 (1 sentence)"); html43 left it "2011-03-15 (1)",
    a count of mentions beside a hover that counts sentences."""
    own = cell_text(row.get("date_start"))[:10]
    return [_sentences(day, n) for day, n in reported_days(row).items() if day != own]


def days_line(row: Mapping, known: Mapping[str, list[Told]] | None) -> str:
    """The days a merged event's reports disagree on, as plain text counted in the heading's unit, a sentence:
    "dates reported: 2022-07-15 in 30 sentences, 2022-07-16 in 8", and ", no single day in 13" when some report a
    longer span; "" when they agree (no ``dates_reported``). html43: the hover showed ``dates_reported`` ("2022-07-15
    (32); 2022-07-16 (8)", the mentions: 40) under "told in 38 sentences of 3 articles", two counts that read as
    disagreeing; ``dates_reported`` now counts sentences too (``merge.day_votes``). The reports (``known``) add the
    sentences that give no single day and say when one sentence gives them all; a frame without its mentions has
    ``dates_reported``'s counts alone."""
    counts = reported_days(row)
    if not counts:
        return ""
    listed = (known or {}).get(cell_text(row.get("event_id"))) or []
    if len(listed) == 1:
        return "dates reported: " + " and ".join(sorted(counts)) + " in the one sentence"
    shown = [f"{day} in {counts[day]}" for day in sorted(counts)]
    shown[0] += " sentence" if counts[min(counts)] == 1 else " sentences"
    undated = sum(not told.dated for told in listed)
    return "dates reported: " + ", ".join(shown + ([f"no single day in {undated}"] if undated else []))
