"""The anchor date of an article: what its "on Wednesday" counts from.

In order:
1. the publication date in the metadata (``published``); when the dateline
   names a day within three days of it, the dateline's day wins (the story was
   written on the dateline's day; metadata timestamps are often in another
   time zone) and a difference is flagged; a dateline giving the very day is
   the source too (``source`` ``dateline``, ``year_source`` ``metadata``, or
   ``dateline`` when the dateline writes the year too: the
   story's own dateline is the stronger, more explainable source; it was
   ``metadata`` until the forty-fourth session's ``basis49``); a dateline day
   further off (or in another year, when the dateline gives one) is flagged as
   contradicting the metadata, which wins;
2. the dateline; a dateline without a year takes it, in order of how much
   the evidence says about this very story:
   a. ``--year`` (the user says so);
   a'. the ``Date:`` of the e-mail a pasted text was forwarded in (``Article.mail_date``): the latest such day
      not after it, as a story is forwarded after it was published (``year_source`` ``mail``; it was the
      set's commonest year, step e: a TASS "December 26" forwarded on Thu, Dec 26, 2024 was read as 2023). The
      mail's date is no anchor for a story without a dateline: a story may be forwarded days after it was
      published, and its "on Thursday" would be read against the forward's week without a word;
   b. the weekday-and-date pairs of the article ("Monday, August 27" pins the
      year: the latest year, not after the run date (or, when no run date is
      given, the reference date, or the end of the year after the set's
      year), in which they all agree);
   c. the set: another article whose metadata or dateline gives a full date
      within a week of the dateline's day (a TASS story of "December 26" among
      stories published 2024-12-26 is of 2024) -- this beats the reference
      date, which says nothing about this story, and is flagged when it
      overrules it;
   d. ``--reference-date``: the latest such day not after it (a "December 26"
      dateline read against 2018-08-30 is 2017-12-26, flagged);
   e. the commonest year of the set;
   an inferred year (b to e) is flagged ``year_inferred``;
3. ``--reference-date``;
4. none: relative dates stay unresolved (never the machine's clock).

The set's evidence comes from a first pass over it: ``set_dates`` gives the
full dates of its anchors, and ``wants_set_evidence`` says which anchors a
second pass with them may change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shlex
from collections import Counter
from collections.abc import Iterable, Sequence

from . import text_view
from .dateline import parse_dateline
from .model import Anchor, Article, Dateline
from .temporal.grammar import scan
from .temporal.lexicon import MONTHS, WEEKDAYS
from .temporal.points import nearest_day

MAIL = "mail"  # year_source of a dateline's year read from the e-mail the story was forwarded in (step 2a')
NEAR_DAYS = 3  # a dateline day this close to the metadata date is the same story day
SET_NEAR_DAYS = 7  # an article of the set dated this close to a yearless dateline's day gives it its year
YEARS_BACK = 200  # how far back the weekday search goes

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$")
_US = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\b")
_DOTTED = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b")  # 30.08.2018: written day first where dots part a date
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def parse_published(value: str | None, day_first: bool = False) -> dt.date | None:
    """A metadata date: ISO (``2018-08-30``, ``2018-08-30T21:09:18-04:00``; the date as
    written, whatever the offset), ``08/30/2018`` (``30/08/2018`` when the first number
    cannot be a month; ``03/04/2019``, which reads either way, is read month first, or day
    first when ``day_first``: the other dates of its file are, ``day_first_files``, and
    flagged by ``metadata_notes``), ``30.08.2018`` day first (dates parted by dots are written
    day first: ``09.12.2021`` is 9 December, which dateparser read as September 12 without a
    word), or a written date (``Aug 30, 2018``, ``30 August 2018``).
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
    if match:  # 08/30/2018 month first; 30/08/2018, and 03/04/2019 in a day-first file, day first
        return _numeric(match, day_first)
    match = _DOTTED.match(value)
    if match:  # 09.12.2021 is 9 December, as Excel writes dates in the countries that part them with dots
        return _numeric(match, True)
    written = _parse_written(value) if _YEAR.search(value) else None
    if written is None or f"{written.year:04d}" not in _YEAR.findall(value):
        return None  # "yesterday", "in 2018 days": no year written, no date
    return written


def _numeric(match: re.Match, day_first: bool) -> dt.date | None:
    """The date of two numbers and a year (``_US``, ``_DOTTED``), read day first or month first as asked, or the
    other way when only that can be a date (30/08/2018 month first, 12.25.2021 day first); None when neither can."""
    first, second = int(match[1]), int(match[2])
    day, month = (first, second) if day_first else (second, first)
    if month > 12:
        day, month = month, day
    try:
        return dt.date(int(match[3]), month, day)
    except ValueError:
        return None


_EPOCH = re.compile(r"(\d{10})(\d{3})?(?:\.\d+)?")  # seconds since 1970 (2001 to 2286), or milliseconds


def unreadable_note(value: str) -> str:
    """The articles.csv flag of a publication date ``parse_published`` cannot read, with the fix. A Unix
    timestamp, as scrapers and APIs write dates ("1535630400", in milliseconds "1535630400000"), is named as one
    with the day it would be in UTC: it was "is no date (write YYYY-MM-DD)", which left the user to find out why
    (nu44). It is not read as the date: a number of ten digits may be something else."""
    value = value.strip()
    note = f"published_unreadable: {value[:40]!r} is no date"
    epoch = _EPOCH.fullmatch(value)
    if epoch:
        day = dt.datetime.fromtimestamp(int(epoch[1]), dt.timezone.utc).date()
        return f"{note}: a Unix timestamp in {'milli' if epoch[2] else ''}seconds? {day.isoformat()} in UTC " \
               "(write it as YYYY-MM-DD)"
    return f"{note} (write YYYY-MM-DD)"


AMBIGUOUS = "published_ambiguous"
FIELD_MISSING = "date_field_missing"
_FIELD_NOTE = re.compile(FIELD_MISSING + r": no '[^']*' field(?:, but (?P<keys>.*?) reads? as (?:a date|dates))?")
_AMBIGUOUS_NOTE = re.compile(AMBIGUOUS + r": ('[^']*')")


def ambiguous_published(value: str | None) -> bool:
    """``03/04/2019``: both numbers could be the month (March 4 or 3 April); ``parse_published`` reads it month
    first. ``04/04/2019``, ``30/08/2018`` and ISO dates read one way only."""
    match = _US.match(value or "")
    return bool(match) and int(match[1]) != int(match[2]) and max(int(match[1]), int(match[2])) <= 12 \
        and parse_published(value) is not None


def day_first_files(articles: Iterable[Article]) -> dict[str, str]:
    """The files whose slash dates are day first, each with a date of it that shows so ("25/02/2021"): some date's
    first number cannot be a month and no date's second one can be a day only ("02/25/2021"). A record file written
    day first had its "03/02/2021" read as March 2 though its other records read "25/02/2021" (a new user's CSV,
    the thirty-first session)."""
    first: dict[str, str] = {}
    mixed: set[str] = set()
    for article in articles:
        match = _US.match(article.published or "")
        if match and article.path:
            if int(match[1]) > 12:
                first.setdefault(article.path, article.published.strip())
            elif int(match[2]) > 12:
                mixed.add(article.path)
    return {path: value for path, value in first.items() if path not in mixed}


def metadata_notes(article: Article, day_first: str | None = None) -> tuple[str, ...]:
    """Flags on what the metadata date was read from: a record without the date field asked for (``date_field``,
    with the fields that read as dates: the fix), and a date that reads either way, read month first, or day first
    as ``day_first`` (a date of its file that reads day first only) shows its file's dates are."""
    notes = []
    if article.date_field is not None:
        keys = article.date_like
        notes.append(f"{FIELD_MISSING}: no {article.date_field!r} field"
                     + (f", but {', '.join(map(repr, keys))} {'reads as a date' if len(keys) == 1 else 'read as dates'}"
                        f" (--date-field {shlex.quote(keys[0])})" if keys else ""))
    if ambiguous_published(article.published):
        value = article.published.strip()
        how = (f"day first (its file's {day_first[:40]!r} is)" if day_first else "month first")
        notes.append(f"{AMBIGUOUS}: {value[:40]!r} read {how}, as {parse_published(value, bool(day_first)).isoformat()} "
                     "(write YYYY-MM-DD)")
    return tuple(notes)


def date_like_fields(flags: str) -> list[str]:
    """The date-like fields a ``date_field_missing`` flag names (read back from ``articles.csv``'s flags)."""
    match = _FIELD_NOTE.search(flags or "")
    return re.findall(r"'([^']*)'", match["keys"]) if match and match["keys"] else []


def ambiguous_value(flags: str) -> str | None:
    """The value, quoted, a ``published_ambiguous`` flag names ("'03/04/2019'", read back from ``articles.csv``'s
    flags), or None."""
    match = _AMBIGUOUS_NOTE.search(flags or "")
    return match[1] if match else None


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
            date = nearest_day(anchor, m, d)
            fits += date is not None and date.weekday() == weekday
        if fits == len(pairs):
            return year, ()
        if fits and (best is None or fits > best[0]):
            best = (fits, year)
    if best is None:
        return None, ("weekday_pairs_fit_no_year",)
    return best[1], ("weekday_pairs_disagree",)


def set_dates(anchors: Iterable[Anchor]) -> tuple[dt.date, ...]:
    """The full dates the articles of a set give themselves (metadata, or a dateline with
    its year): the evidence a yearless dateline of the same set may take its year from."""
    return tuple(sorted({a.date for a in anchors if a.date and a.year_source in ("metadata", "dateline")}))


def wants_set_evidence(anchor: Anchor, dates: Sequence[dt.date]) -> bool:
    """A dateline day with no year of its own, and none yet (the set's commonest year may
    give one), or one from the reference date that a date of the set near its day overrules:
    a second pass with the set's ``dates`` changes it. No other anchor need be redone."""
    dateline = anchor.dateline
    if dateline is None or dateline.month is None or dateline.day is None or dateline.year is not None:
        return False
    if anchor.year_source == "reference":
        return year_from_set(dateline.month, dateline.day, dates) is not None
    return anchor.year_source is None


def year_from_set(month: int, day: int, dates: Iterable[dt.date]) -> int | None:
    """The year of the month-day nearest to a date of the set, when one is within
    SET_NEAR_DAYS of it (the later on a tie); None when the set has no date so close."""
    best: tuple[int, dt.date] | None = None  # (distance, date)
    for known in dates:
        near = nearest_day(known, month, day)
        if near is None:
            continue
        gap = abs((near - known).days)
        if gap <= SET_NEAR_DAYS and (best is None or (gap, -near.toordinal()) < (best[0], -best[1].toordinal())):
            best = (gap, near)
    return best[1].year if best else None


def _latest_not_after(month: int, day: int, limit: dt.date) -> dt.date | None:
    """The month-day on or before ``limit``: in its year, or else the year before (or the
    last leap year, for February 29)."""
    for year in range(limit.year, limit.year - 8, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= limit:
            return date
    return None


def article_anchor(
    article: Article,
    dateline: Dateline | None,
    *,
    year: int | None = None,
    reference_date: dt.date | None = None,
    run_date: dt.date | None = None,
    corpus_year: int | None = None,
    set_dates: Sequence[dt.date] = (),
    day_first: str | None = None,
) -> Anchor:
    """The anchor of one article; see the module docstring for the order. ``set_dates``
    are the full dates of the other articles of the set (``set_dates(anchors)`` of a first
    pass); ``corpus_year``, the set's commonest year, defaults to theirs; ``day_first``, a date of the
    article's file that reads day first only (``day_first_files``). Flags on the metadata
    date itself (``metadata_notes``) come first."""
    anchor = _article_anchor(article, dateline, year=year, reference_date=reference_date, run_date=run_date,
                             corpus_year=corpus_year, set_dates=set_dates, day_first=bool(day_first))
    notes = metadata_notes(article, day_first)
    return dataclasses.replace(anchor, flags=notes + tuple(anchor.flags)) if notes else anchor


def _article_anchor(
    article: Article,
    dateline: Dateline | None,
    *,
    year: int | None,
    reference_date: dt.date | None,
    run_date: dt.date | None,
    corpus_year: int | None,
    set_dates: Sequence[dt.date],
    day_first: bool = False,
) -> Anchor:
    if corpus_year is None and set_dates:
        corpus_year = Counter(d.year for d in set_dates).most_common(1)[0][0]
    published = parse_published(article.published, day_first)
    if published is None and article.published and article.published.strip():
        # "2018-13-45", "last Tuesday": anchored as if there were no metadata date, and said so
        anchor = _article_anchor(dataclasses.replace(article, published=None), dateline, year=year,
                                reference_date=reference_date, run_date=run_date, corpus_year=corpus_year,
                                set_dates=set_dates)
        note = unreadable_note(article.published)
        return dataclasses.replace(anchor, flags=(note,) + tuple(anchor.flags))
    has_day = dateline is not None and dateline.month is not None and dateline.day is not None
    if published is not None:
        if has_day:
            written = nearest_day(published, dateline.month, dateline.day)
            if dateline.year is not None:
                try:
                    written = dt.date(dateline.year, dateline.month, dateline.day)
                except ValueError:
                    written = None
            if written is not None:
                gap = abs((written - published).days)
                if gap <= NEAR_DAYS:  # the same day or near it: the story's dateline dates it, and the metadata its
                    # year unless the dateline writes one ("NEW YORK | Fri Apr 8, 2011 11:29 pm BST": the year is read
                    # there, and the label says so; it was "metadata" until the forty-fifth session's ``dates50``)
                    flags = (f"dateline_day_differs_from_metadata_by_{gap}d",) if gap else ()
                    return Anchor(written, "dateline", "dateline" if dateline.year is not None else "metadata", flags,
                                  dateline)
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
        mailed = parse_published(article.mail_date) if article.mail_date else None
        sent = _latest_not_after(dateline.month, dateline.day, mailed) if mailed is not None else None
        if sent is not None:  # (step 2a': the story was published on or before the day it was forwarded)
            return _dated(dateline, sent.year, MAIL, ())
        # The run date bounds the search; a library caller who gives none is bounded by the
        # reference date or, failing that, by the end of the year after the set's year.
        latest = run_date or reference_date or (dt.date(corpus_year + 1, 12, 31) if corpus_year else None)
        if latest is not None:
            inferred, flags = infer_year(dateline.month, dateline.day, weekday_pairs(article.text, dateline.body_start), latest)
            if inferred is not None:
                return _dated(dateline, inferred, "weekday", ("year_inferred",) + flags)
        reference = _latest_not_after(dateline.month, dateline.day, reference_date) if reference_date else None
        from_set = year_from_set(dateline.month, dateline.day, set_dates)
        if from_set is not None:
            overruled = reference is not None and reference.year != from_set
            return _dated(dateline, from_set, "set", ("year_inferred",) + (("reference_date_overruled_by_set",) if overruled else ()))
        if reference is not None:
            before = reference.year < reference_date.year
            return _dated(dateline, reference.year, "reference",
                          ("year_inferred",) + (("dateline_day_after_reference_date",) if before else ()))
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

    Each article on its own first; then a dateline that gives no year and got none from
    anything of its own (no --year, no weekday pair) takes it from the set: the year of an
    article of the set dated within SET_NEAR_DAYS of its day, which beats --reference-date,
    else the set's commonest year (``article_anchor``). A file whose slash dates show they are day first
    has its dates that read either way read day first (``day_first_files``). Each text is read as ``build`` reads
    it (``text_view.read``: "August&nbsp;30" is a dateline's day), the datelines' offsets given in the texts as given.
    """
    views = [text_view.read(article) for article in articles]
    articles = [article for article, _ in views]
    day_first = day_first_files(articles)

    def one(article: Article, dateline: Dateline | None, dates: Sequence[dt.date] = ()) -> Anchor:
        return article_anchor(article, dateline, year=year, reference_date=reference_date, run_date=run_date,
                              set_dates=dates, day_first=day_first.get(article.path))

    anchors = [one(article, parse_dateline(article.text)) for article in articles]
    dates = set_dates(anchors)
    if dates:
        for i, anchor in enumerate(anchors):
            if wants_set_evidence(anchor, dates):
                anchors[i] = one(articles[i], anchor.dateline, dates)
    return [text_view.anchor_to_source(anchor, v) for anchor, (_, v) in zip(anchors, views)]
