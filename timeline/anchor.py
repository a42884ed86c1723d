"""The anchor date of an article: what its "on Wednesday" counts from.

In order:
1. the publication date in the metadata (``published``); when the dateline
   names a day within three days of it, the dateline's day wins (the story was
   written on the dateline's day; metadata timestamps are often in another
   time zone) and the difference is flagged; a dateline day further off (or
   in another year, when the dateline gives one) is flagged as contradicting
   the metadata, which wins;
2. the dateline; a dateline without a year takes it from ``--year``, or
   from the weekday-and-date pairs of the article ("Monday, August 27" pins
   the year: the latest year, not after the run date (or, when no run date
   is given, the reference date, or the end of the year after the set's
   year), in which they all agree), or from
   ``--reference-date``, or from the other articles of the set; an inferred
   year is flagged;
3. ``--reference-date``;
4. none: relative dates stay unresolved (never the machine's clock).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .dateline import parse_dateline
from .model import Anchor, Article, Dateline
from .temporal.grammar import scan
from .temporal.lexicon import MONTHS, WEEKDAYS

NEAR_DAYS = 3  # a dateline day this close to the metadata date is the same story day
YEARS_BACK = 200  # how far back the weekday search goes

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$")
_US = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\b")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def parse_published(value: str | None) -> dt.date | None:
    """A metadata date: ISO (``2018-08-30``, ``2018-08-30T21:09:18-04:00``; the date as
    written, whatever the offset), ``08/30/2018`` (``30/08/2018`` when the first number
    cannot be a month), or a written date (``Aug 30, 2018``, ``30 August 2018``).
    None when it holds no full date: a written date needs its year in digits, so
    relative words ("yesterday", "2 days ago") are never dates here."""
    if not value or not value.strip():
        return None
    match = _ISO.match(value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    match = _US.match(value)
    if match:
        month, day = int(match[1]), int(match[2])
        if month > 12:  # 30/08/2018: day first
            month, day = day, month
        try:
            return dt.date(int(match[3]), month, day)
        except ValueError:
            return None
    written = _parse_written(value) if _YEAR.search(value) else None
    if written is None or f"{written.year:04d}" not in _YEAR.findall(value):
        return None  # "yesterday", "in 2018 days": no year written, no date
    return written


def _parse_written(value: str) -> dt.date | None:
    import dateparser  # slow to import; only written dates need it

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "STRICT_PARSING": True,
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),  # never the clock; relative words are not dates here
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return parsed.date() if parsed else None


def weekday_pairs(text: str, start: int = 0) -> list[tuple[int, int, int]]:
    """(month, day, weekday) of every "Monday, August 27" that gives no year."""
    pairs = []
    for cand in scan(text, start):
        slots = cand.slots
        if cand.rule in ("date_mdy", "date_dmy", "date_paren") and "weekday" in slots and "year" not in slots:
            day = re.match(r"\d+", slots["day"])
            month = MONTHS.get(slots["month"].rstrip(".").lower())
            weekday = WEEKDAYS.get(slots["weekday"].lower())
            if day and month and weekday is not None:
                pairs.append((month, int(day.group()), weekday))
    return pairs


def _nearest(month: int, day: int, to: dt.date) -> dt.date | None:
    options = []
    for year in (to.year - 1, to.year, to.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            pass
    return min(options, key=lambda d: abs((d - to).days)) if options else None


def infer_year(month: int, day: int, pairs: Iterable[tuple[int, int, int]], latest: dt.date) -> tuple[int | None, tuple[str, ...]]:
    """The latest year (with the dateline's day not after ``latest``) in which every
    weekday-date pair falls on its weekday; each pair is read as the occurrence
    of its date nearest to the dateline. When no year fits them all, the latest
    year that fits most of them, flagged."""
    pairs = list(pairs)
    if not pairs:
        return None, ()
    best: tuple[int, int] | None = None  # (fits, year)
    for year in range(latest.year, latest.year - YEARS_BACK, -1):
        try:
            anchor = dt.date(year, month, day)
        except ValueError:
            continue
        if anchor > latest:
            continue
        fits = 0
        for m, d, weekday in pairs:
            date = _nearest(m, d, anchor)
            fits += date is not None and date.weekday() == weekday
        if fits == len(pairs):
            return year, ()
        if fits and (best is None or fits > best[0]):
            best = (fits, year)
    if best is None:
        return None, ("weekday_pairs_fit_no_year",)
    return best[1], ("weekday_pairs_disagree",)


def article_anchor(
    article: Article,
    dateline: Dateline | None,
    *,
    year: int | None = None,
    reference_date: dt.date | None = None,
    run_date: dt.date | None = None,
    corpus_year: int | None = None,
) -> Anchor:
    """The anchor of one article; see the module docstring for the order."""
    published = parse_published(article.published)
    has_day = dateline is not None and dateline.month is not None and dateline.day is not None
    if published is not None:
        if has_day:
            written = _nearest(dateline.month, dateline.day, published)
            if dateline.year is not None:
                try:
                    written = dt.date(dateline.year, dateline.month, dateline.day)
                except ValueError:
                    written = None
            if written is not None and written != published:
                gap = abs((written - published).days)
                if gap <= NEAR_DAYS:
                    return Anchor(written, "dateline", "metadata", (f"dateline_day_differs_from_metadata_by_{gap}d",), dateline)
                return Anchor(published, "metadata", "metadata", ("dateline_contradicts_metadata",), dateline)
        return Anchor(published, "metadata", "metadata", (), dateline)
    if has_day:
        if dateline.year is not None:
            try:
                return Anchor(dt.date(dateline.year, dateline.month, dateline.day), "dateline", "dateline", (), dateline)
            except ValueError:
                pass
        if year is not None:
            return _dated(dateline, year, "option", ())
        # The run date bounds the search; a library caller who gives none is bounded by the
        # reference date or, failing that, by the end of the year after the set's year.
        latest = run_date or reference_date or (dt.date(corpus_year + 1, 12, 31) if corpus_year else None)
        if latest is not None:
            inferred, flags = infer_year(dateline.month, dateline.day, weekday_pairs(article.text, dateline.body_start), latest)
            if inferred is not None:
                return _dated(dateline, inferred, "weekday", ("year_inferred",) + flags)
        if reference_date is not None:
            near = _nearest(dateline.month, dateline.day, reference_date)
            if near is not None:
                return _dated(dateline, near.year, "reference", ("year_inferred",))
        if corpus_year is not None:
            return _dated(dateline, corpus_year, "corpus", ("year_inferred",))
        return Anchor(None, "none", None, ("year_unknown: the dateline gives no year; pass --year or --reference-date",), dateline)
    if reference_date is not None:
        return Anchor(reference_date, "option", "option", (), dateline)
    return Anchor(None, "none", None, (), dateline)


def _dated(dateline: Dateline, year: int, year_source: str, flags: tuple[str, ...]) -> Anchor:
    try:
        return Anchor(dt.date(year, dateline.month, dateline.day), "dateline", year_source, flags, dateline)
    except ValueError:  # February 29 in a year without one
        return Anchor(None, "none", None, ("year_unknown: the dateline's day does not exist in that year",), dateline)


def anchor_set(
    articles: Sequence[Article],
    *,
    year: int | None = None,
    reference_date: dt.date | None = None,
    run_date: dt.date | None = None,
) -> list[Anchor]:
    """The anchors of a set of articles: the one way every command finds them (``build``,
    ``timex``, ``dates``), so that a story is dated alike whichever reads it.

    Each article on its own first; then a dateline that gives no year and got none
    from anything else takes the year of the set (the commonest year of the set's
    metadata dates and full datelines).
    """

    def one(article: Article, dateline: Dateline | None, corpus_year: int | None = None) -> Anchor:
        return article_anchor(article, dateline, year=year, reference_date=reference_date, run_date=run_date,
                              corpus_year=corpus_year)

    anchors = [one(article, parse_dateline(article.text)) for article in articles]
    years = Counter(a.date.year for a in anchors if a.date and a.year_source in ("metadata", "dateline"))
    if years:
        corpus_year = years.most_common(1)[0][0]
        for i, anchor in enumerate(anchors):
            if anchor.date is None and anchor.source == "none" and anchor.dateline is not None and anchor.dateline.month:
                anchors[i] = one(articles[i], anchor.dateline, corpus_year)
    return anchors
