"""The command line: each command maps its options to one library call.

    timeline build                  # the bundled samples in data/ -> outputs/
    timeline build articles/ more.jsonl -o out/ --reference-date 2018-08-30
    timeline timex corpus/*.tml -o outputs/tagged/
    timeline score gold/ outputs/tagged/
    timeline dates "Lavrov said on Wednesday" --reference-date 2018-08-30
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from . import __version__
from .errors import OptionError, TimelineError, examples
from .settings import YEARS, Fields, Settings, parse_date_option

DEFAULT_INPUT = Path("data")
DEFAULT_OUTPUT = Path("outputs")


def _today() -> dt.date:
    """The run date: the one place the clock is read (bounds year inference)."""
    return dt.date.today()


def _date(ctx, param, value):
    try:
        return parse_date_option(value, "--" + param.name.replace("_", "-"))
    except TimelineError as err:
        raise click.BadParameter(str(err)) from None


def _out_dir(ctx, param, value):
    """-o must name a folder that exists or can be made, and be writable: said before the inputs are read, with the
    fix, not as a traceback after them."""
    if value is None:
        return value
    existing = next((folder for folder in (value, *value.parents) if folder.exists()), None)
    if existing is None:
        return value
    if not existing.is_dir():
        if existing == value:
            raise click.BadParameter(f"{value} is a file, not a folder; give a folder for the outputs "
                                     "(it is made if it does not exist)")
        raise click.BadParameter(f"{existing} is a file, so the folder {value} cannot be made in it; "
                                 "give another folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise click.BadParameter(f"cannot write in {existing} (permission denied); give a folder you can write to")
    return value


def _no_stdin(ctx, param, value):
    """``-`` among the inputs of ``build`` or ``timex``: the Unix sign for standard input, which they do not read
    (their inputs are files: a record file's name, suffix and folder say how to read it and name its articles). It
    was "-: no such file or directory ... check the path" (newuser52); a file named ``-`` is still read."""
    if any(str(path) == "-" for path in value) and not Path("-").exists():
        raise click.BadParameter(
            f"'-' (standard input): `timeline {ctx.info_name}` reads article files, not standard input; save it to a "
            "file first and give that, e.g. `... > articles.jsonl` (JSON Lines) or `... > article.txt` (one "
            "article's text); `timeline dates` reads a text from standard input")
    return value


# a format name a user may write for one --format has, and the one it has
NEAR_FORMATS = {"json": "jsonl", "ndjson": "jsonl", "excel": "xlsx", "xls": "xlsx"}


class _Formats(click.Choice):
    """``--format``'s choices, also parted by commas and in any case: "--format csv,jsonl" and "--format CSV" were
    "'csv,jsonl' is not one of 'csv', 'jsonl', 'xlsx'" (newuser52); a near name (``NEAR_FORMATS``: "json", "excel")
    is refused with the one it meant. Each value gives a tuple (``_flat_formats``)."""

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        parts = [part.strip() for part in str(value).split(",") if part.strip()] or [str(value)]
        return tuple(self._one(part, param, ctx) for part in parts)

    def _one(self, part, param, ctx):
        if part.lower() not in self.choices and part.lower() in NEAR_FORMATS:  # "json" meant JSON Lines, "excel" xlsx
            self.fail(f"{part!r} is not one of {', '.join(map(repr, self.choices))}: did you mean "
                      f"{NEAR_FORMATS[part.lower()]!r}?", param, ctx)
        return super().convert(part, param, ctx)


def _flat_formats(ctx, param, value):
    return tuple(dict.fromkeys(name for names in value for name in names))


def _cannot_write(err: OSError, outdir: Path) -> click.ClickException:
    """Exit status 1 when the outputs cannot be written after all (a full disk, a folder -o could not foresee)."""
    from .export.tables import NotReplaceable

    where = err.filename or outdir
    if isinstance(err, NotReplaceable):  # found before any output was written
        what = ("it is a folder: move it away" if Path(where).is_dir() else
                "it is read-only or open in another program, such as a spreadsheet: close it or make it writable")
        return click.ClickException(f"cannot replace {where}: {err.strerror or err} ({what}, or give -o another "
                                    f"folder; nothing was written, so {outdir} still holds the earlier run's files)")
    return click.ClickException(f"cannot write {where}: {err.strerror or err} "
                                f"(give -o a folder you can write to; it is made if it does not exist)")


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except OptionError as err:  # a bad option value: a usage error (exit status 2)
            raise click.UsageError(str(err)) from None
        except TimelineError as err:
            raise click.ClickException(str(err)) from None
        except KeyboardInterrupt:  # Ctrl-C: the shell's status for an interrupt, not 1 ("no article could be read")
            click.echo("\ninterrupted: each output is this run's whole or the earlier run's, never a part of one "
                       "(export/whole_file.py); run again to write them all", err=True)
            ctx.exit(INTERRUPTED)


INTERRUPTED = 130  # the exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells report it
SAME_REASON_SHOWN = 3  # records of one file skipped for one reason listed one by one; the rest counted in a line


def _list_skipped(skipped, word: str = "skipped") -> None:
    """One stderr line per input that was not read (or, ``word="failed"``, whose processing raised): where
    (file, or file:record) and why, with the fix. Past SAME_REASON_SHOWN records of one file with the same reason,
    one line counts the rest (300 records with no 'text' field gave 300 lines saying the same; ``articles.csv``
    lists every one)."""
    shown: dict[tuple, list] = {}  # (path, reason) -> [records listed, the last one listed, records not listed]
    for path, record, reason in skipped:
        where = path if record is None else f"{path}:{int(record)}"
        seen = shown.setdefault((path, reason), [0, where, 0])
        if record is not None and seen[0] >= SAME_REASON_SHOWN:
            seen[2] += 1
            continue
        seen[0], seen[1] = seen[0] + 1, where
        click.echo(f"  {word} {where}: {reason}", err=True)
    for (path, _), (_, last, more) in shown.items():
        if more:
            click.echo(f"  {word} {more} more record(s) of {path} for the same reason as {last}", err=True)


class ArticlesFailed(click.ClickException):
    """Exit status 3: the outputs were written, but at least one article raised an unexpected error."""

    exit_code = 3


def _articles_failed(ids: Iterable[str | None], where: str) -> ArticlesFailed:
    """The closing line of a run with failed articles (their processing raised) or files (their reading raised),
    counted apart: ``ids`` are the failures' article ids, a file's none (None, or NA in ``Result.failed``). What a
    failure is and what to do about it (a bug in timeline: report it with the article or file)
    is said once, in each failure's reason (``failure.describe``), which stands alone in ``articles.csv`` and
    ``Result.failed`` too."""
    import pandas as pd

    ids = list(ids)
    files = sum(bool(pd.isna(i)) for i in ids)  # a file's failure has no article id
    counts = " and ".join(f"{n} {what}(s)" for n, what in ((len(ids) - files, "article"), (files, "file")) if n)
    return ArticlesFailed(f"{counts} failed (listed above{where}; "
                          "--fail-fast stops at the first failure with its traceback)")


def _fail_fast_option(command):
    return click.option("--fail-fast", is_flag=True,
                        help="Stop at the first article that raises an unexpected error, with its traceback "
                             "(by default it is listed as failed and the other articles are processed).")(command)


def _nothing_read(skipped: int, what: str) -> click.ClickException:
    """Exit status 1 when not one input could be read: a run that did nothing must not look like success."""
    return click.ClickException(f"no article could be read ({skipped} input(s) skipped, listed above); "
                                f"{what}")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="timeline")
def main() -> None:
    """Build a chronology of diplomatic events (meetings, calls, talks, visits,
    statements) from news articles: dated, typed, with actors, places and the
    source sentence of every event.

    \b
    Example:
        timeline build                      # the samples in ./data -> outputs/
        timeline build articles/ -o out/    # your own articles
        timeline dates "Lavrov said on Wednesday" --reference-date 2018-08-30
        timeline build --help               # a command's options and examples
    """


def _year_option(command):
    return click.option("--year", type=click.IntRange(*YEARS), metavar="YYYY",
                        help=f"Year for datelines that give none (\"WASHINGTON, August 30.\"), "
                             f"{YEARS[0]} to {YEARS[1]}.")(command)


def _field_options(command):
    """--text-field ... --id-field: which record fields of .jsonl/.json/.csv inputs hold what."""
    for option in reversed([
        click.option("--text-field", default="text", show_default=True, help="Field/column holding the article text."),
        click.option("--title-field", default="title", show_default=True, help="Field/column with the title."),
        click.option("--date-field", default="published", show_default=True,
                     help="Field/column with the publication date."),
        click.option("--url-field", default="url", show_default=True,
                     help="Field/column with the article's URL."),
        click.option("--source-field", default="source", show_default=True,
                     help="Field/column with the source (agency, site)."),
        click.option("--id-field", default="id", show_default=True,
                     help="Field/column with the article id (a record without one is named FILE:LINE, e.g. wire:3)."),
    ]):
        command = option(command)
    return command


def _encoding_option(command):
    return click.option("--encoding", metavar="NAME",
                        help="Encoding of the input files that are not UTF-8, any Python knows: windows-1252 (Excel's "
                             "CSV on Windows), utf-16, latin-1 ... [default: UTF-8]. A byte-order mark wins; a file "
                             "that is UTF-8 is read as UTF-8; one whose bytes do not decode is skipped with the "
                             "reason.")(command)


def _fields(text_field, title_field, date_field, url_field, source_field, id_field) -> Fields:
    """The record fields, and which of them the command line named (``Fields.named``): a named one wins over a
    known export schema's, even when it names the default ("--date-field published" on a NewsAPI file)."""
    from click.core import ParameterSource

    from .ingest.field_default import OPTIONS  # role -> its option ("--date-field"), whose parameter is "date_field"

    context = click.get_current_context(silent=True)
    named = None if context is None else frozenset(
        role for role, option in OPTIONS.items()
        if context.get_parameter_source(option[2:].replace("-", "_")) not in (None, ParameterSource.DEFAULT))
    return Fields(text=text_field, title=title_field, published=date_field, url=url_field, source=source_field,
                  id=id_field, named=named)


@main.command(short_help="Read articles and write the events tables and the HTML timeline.")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path), callback=_no_stdin)
@click.option("-o", "--out", "outdir", type=click.Path(path_type=Path), metavar="DIRECTORY", callback=_out_dir,
              default=DEFAULT_OUTPUT, show_default=True,
              help="Folder for events.csv, mentions.csv, articles.csv, actors.csv and timeline.html "
                   "(all replaced on every run; with --format xlsx, timeline.xlsx).")
@click.option("--reference-date", callback=_date, metavar="YYYY-MM-DD",
              help="Anchor for articles with no date of their own (no metadata, no dateline).")
@_year_option
@_field_options
@_encoding_option
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV of alias,canonical names that override actor name matching.")
@click.option("--lanes", type=click.Choice(["type", "actor"]), default="type", show_default=True,
              help="One timeline lane per event type or per actor.")
@click.option("--title", "page_title",
              help="Title of the HTML timeline and its browser tab [default: what it holds, "
                   "e.g. 'Timeline of 141 articles dated Mar 2011 – Dec 2024'; one article: its title].")
@click.option("--format", "formats", type=_Formats(["csv", "jsonl", "xlsx"], case_sensitive=False), multiple=True,
              default=("csv",), show_default=True, callback=_flat_formats,
              help="Table formats to write (repeat, or part by commas, for several: --format csv,jsonl): csv (UTF-8), "
                   "jsonl, or xlsx (one Excel workbook, "
                   "timeline.xlsx, a sheet per table; needs pip install 'timeline[xlsx]').")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Processes for per-article extraction.")
@click.option("--html/--no-html", default=True, show_default=True, help="Write timeline.html.")
@click.option("--progress/--quiet", "progress", default=None,
              help="A line on stderr counting the articles read ('read 120/413 articles'), redrawn in place "
                   "[default: only when stderr is a terminal, so never into a pipe or a log]. --quiet turns off "
                   "this line and nothing else: the report after the run (the counts, each skipped or failed "
                   "input, notes, the files written) still goes to stderr, stdout stays empty, and the exit status "
                   "still says how the run went.")
@_fail_fast_option
def build(inputs, outdir, reference_date, year, text_field, title_field, date_field, url_field, source_field,
          id_field, encoding, aliases, lanes, page_title, formats, workers, html, progress, fail_fast):
    """Read articles and write the dated events table and the HTML timeline.

    INPUTS are files, folders (read recursively) or glob patterns: .txt/.md/.text
    (one article per file), .jsonl/.ndjson/.json and .csv/.tsv (one article per
    record; a NewsAPI response and trafilatura, newspaper or Media Cloud JSON
    are read in their own field names), .tml, .html/.htm (a saved web page: its story), .rss/.atom/.xml (a
    saved RSS or Atom feed: one article per item). With no INPUTS, the sample
    articles in ./data are used.

    \b
    Example:
        timeline build
        timeline build articles/ more.jsonl -o out/ --reference-date 2018-08-30
        timeline build feed.csv --text-field body --date-field pubdate --lanes actor
    """
    from .actors import read_alias_file
    from .pipeline import build as run_build
    from .export.tables import write_csv
    from .progress import progress_for

    gc.freeze()  # the imported rules' patterns and tables live as long as the process: no collection need scan them
    if "xlsx" in formats:  # said at once, not after the articles were read
        from .export.workbook import require

        try:
            require()
        except ImportError as err:
            raise click.ClickException(str(err)) from None
    if not inputs:
        if not DEFAULT_INPUT.is_dir():
            raise click.UsageError("no INPUTS given and no ./data folder here; "
                                   "pass article files or folders, e.g. `timeline build articles/`")
        inputs = (DEFAULT_INPUT,)
    settings = Settings(
        reference_date=reference_date, year=year, run_date=_today(),
        fields=_fields(text_field, title_field, date_field, url_field, source_field, id_field),
        aliases=tuple(read_alias_file(aliases).items()) if aliases else (),
        workers=workers, fail_fast=fail_fast, encoding=encoding,
    )
    line = progress_for(progress)
    try:
        result = run_build(inputs, settings, progress=line.update)
        line.say("writing the tables" + (" and timeline.html" if html else ""))
        written = write_csv(result, outdir, tuple(formats), also=(outdir / "timeline.html",) if html else ())
        if html:
            written.append(result.to_html(outdir / "timeline.html", lanes=lanes, title=page_title))
    except OSError as err:
        raise _cannot_write(err, outdir) from None
    finally:
        line.clear()  # (before the report, and before an error's message)
    _report(result, written, date_field, title_field, settings.encoding)
    if not html and (outdir / "timeline.html").exists():
        click.echo(f"  note: {outdir / 'timeline.html'} is from an earlier run (--no-html leaves it as it was)",
                   err=True)
    if len(result.failed):
        raise _articles_failed(result.failed["article_id"], f" and in {outdir / 'articles.csv'}")
    if not (result.articles["status"] == "ok").any():
        raise _nothing_read(len(result.articles), f"see {outdir / 'articles.csv'} and fix or remove those inputs")


def _repeated_ids(articles, flags) -> str | None:
    """A note on the records whose id an earlier record with another text has, which ``ingest.unique_ids`` read as
    ``ID#2``... and flagged (``REPEATED_ID`` with ``OTHER_TEXT`` in ``flags``, the articles' flags; a record's own id
    that ends in "#2" is no repeat): two files of one name in different folders, whose ids come from the name. A copy
    under the same id (the same file given twice, a feed exported twice) is no such record: ``ingest.copies`` skips
    it, naming the first, as it skips a copy under another id (copyid51)."""
    import pandas as pd

    from .ingest import OTHER_TEXT, REPEATED_ID

    # a repeat with another text is no copy: reuters/story.txt and tass/story.txt both get the id "story" (ux39)
    other = flags.str.contains(f"(?:^|; ){REPEATED_ID}: {OTHER_TEXT} ", regex=True)
    if not other.any():
        return None
    others = articles[other]
    row = others.iloc[0]
    where = str(row["path"]) if pd.isna(row["record"]) else f"{row['path']}:{int(row['record'])}"
    return (f"  {len(others)} article(s) have the id of an earlier article with another text and were read as ID#2, "
            f"ID#3... ({row['article_id']} in {where}{' and more' if len(others) > 1 else ''}): both are read; files "
            "of one name in different folders get one id from the name, so rename one (or give each record its own "
            "id) to tell them apart")


def _reading_notes(articles, flags) -> list[str]:
    """What the run read records of a known export schema as, once per reading ("read as a NewsAPI response: text
    from 'content', date from 'publishedAt', source from 'source.name'", ``ingest.schemas``), how many texts an API
    cut short ("[+1534 chars]", ``ingest.truncation``), and how many fields held no text (an object with no name)."""
    from .ingest.records import UNREAD
    from .ingest.schemas import FLAG
    from .ingest.truncation import FLAG as CUT

    notes = []
    readings = flags.str.extract(f"(?:^|; ){FLAG}: (read as [^;]*)", expand=False).dropna()
    for reading, count in readings.value_counts(sort=False).items():
        files = examples(list(dict.fromkeys(articles.loc[readings[readings == reading].index, "path"].astype(str))), 2)
        notes.append(f"  {reading} ({count} article(s) in {files}; --text-field, --date-field ... name other fields)")
    cut = flags.str.contains(f"(?:^|; ){CUT}: ", regex=True)
    if cut.any():
        ids = examples(list(articles.loc[cut, "article_id"].astype(str)), 3)
        notes.append(f"  {int(cut.sum())} article(s) have a text their API cut short, ending in '[+N chars]' ({ids}): "
                     "the part given was read, without the marker and the sentence it cuts, so the events of the rest "
                     "are missing; fetch the full stories from their urls (articles.csv flags say how much is missing)")
    unread = flags.str.contains(f"(?:^|; ){UNREAD}: ", regex=True)
    if unread.any():
        ids = examples(list(articles.loc[unread, "article_id"].astype(str)), 3)
        notes.append(f"  {int(unread.sum())} article(s) have a field that holds no text, an object or a list, and was "
                     f"not read ({ids}; articles.csv flags say which); name another field or write it as text")
    return notes


def _undated_line(undated) -> str:
    """Why the events without a resolved date have none, commonest first, in the chronology's words ("236 no day
    yet"): most are left undated on purpose (a plan, background), which a bare count hides from a new user."""
    import pandas as pd

    from .events.undated_why import label

    counts: dict[str, int] = {}
    anchors = undated["anchor_date"] if "anchor_date" in undated else [None] * len(undated)
    for rule, basis, anchor in zip(undated["date_rule"].fillna(""), undated["date_basis"].fillna(""), anchors):
        # only an article with no anchor makes --reference-date the fix; an unresolved date in one that has an
        # anchor ("We gave our warnings to Israel." in a dated Reuters story) was counted as such
        unresolved = "in an article with no anchor date" if anchor is None or pd.isna(anchor) else "unresolved"
        why = label(str(rule)) or (unresolved if basis == "unresolved" else "other")
        counts[why] = counts.get(why, 0) + 1
    parts = ", ".join(f"{n} {why}" for why, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    return (f"  without a resolved date: {parts} (events.csv's date_basis and date_rule say which; the HTML list shows them "
            "after the dated events)")


def _report(result, written, date_field: str = "published", title_field: str = "title",
            encoding: str | None = None) -> None:
    import pandas as pd

    from .anchor import AMBIGUOUS, ambiguous_value
    from .file_report import report_lines
    from .ingest import field_case, field_default
    from .no_events import report_line
    from .year_note import corpus_year_line

    articles = result.articles
    flags = articles["flags"].astype("string").fillna("")
    ok = int((articles["status"] == "ok").sum())
    skipped = articles[articles["status"] == "skipped"]
    failed = result.failed
    events = result.events
    unresolved = int(events["date_start"].isna().sum()) if len(events) else 0
    click.echo(f"{ok} article(s) read, {len(skipped)} skipped" + (f", {len(failed)} failed" if len(failed) else "")
               + f"; {len(events)} event(s)"
               + (f", {unresolved} without a resolved date" if unresolved else "") + ".", err=True)
    for rows, word in ((skipped, "skipped"), (failed, "failed")):
        _list_skipped(((row.path, None if pd.isna(row.record) else row.record, row.reason) for row in rows.itertuples()),
                      word)
    if unresolved:
        click.echo(_undated_line(events[events["date_start"].isna()]), err=True)
    quiet = report_line(result.no_events)
    if quiet:
        click.echo(quiet, err=True)
    missing = _missing_date_field(articles, flags, date_field)
    # only those an anchor would change: one whose events all carry their own dates (or that has none) needs no
    # --reference-date (a text with no date at all was told its "relative dates are unresolved")
    mentions = result.mentions
    waiting = set(mentions.loc[mentions["date_basis"] == "unresolved", "article_id"]) if len(mentions) else set()
    no_anchor = articles[(articles["status"] == "ok") & articles["anchor_date"].isna()
                         & articles["article_id"].isin(waiting)]
    if len(no_anchor):
        ids = examples(list(no_anchor["article_id"]), 3)
        click.echo(f"  {len(no_anchor)} article(s) have no anchor date (article_id {ids}), "
                   "so their relative dates are unresolved; "
                   + _date_field_first(flags[no_anchor.index])
                   + "pass --reference-date YYYY-MM-DD (or --year for datelines without one)"
                   + (f", or, when the records carry their date under another name than {date_field!r}, "
                      "--date-field NAME" if not missing and no_anchor["record"].notna().any() else ""),
                   err=True)  # (a field only a record file has; a missing one is named below)
    if missing:
        click.echo(missing, err=True)
    guessed_year = corpus_year_line(articles)
    if guessed_year:
        click.echo(guessed_year, err=True)
    for note in _reading_notes(articles, flags):
        click.echo(note, err=True)
    repeated = _repeated_ids(articles, flags)
    if repeated:
        click.echo(repeated, err=True)
    untitled = _missing_title_field(articles, flags, title_field)
    if untitled:
        click.echo(untitled, err=True)
    cased = field_case.report_line(flags[articles["status"] == "ok"],
                                   int(((articles["status"] == "ok") & articles["record"].notna()).sum()))
    if cased:  # ("Text" read as "text": said once, so no field is read silently)
        click.echo(cased, err=True)
    fell = field_default.report_line(flags[articles["status"] == "ok"], articles["path"][articles["status"] == "ok"])
    if fell:  # (--text-field Body for the CSV, the JSON Lines' "text" read: said, so no field is read silently)
        click.echo(fell, err=True)
    unreadable = int(flags.str.contains("published_unreadable").sum())
    if unreadable:
        click.echo(f"  {unreadable} article(s) have a publication date that is no date (articles.csv flags "
                   "say which); write it as YYYY-MM-DD or name the right field with --date-field", err=True)
    ambiguous = flags[flags.str.contains(AMBIGUOUS)]
    if len(ambiguous):
        # the file too (a run reads many), and which way they were read: day first where the file's other dates are
        files = examples(list(dict.fromkeys(articles.loc[ambiguous.index, "path"].astype(str))), 2)
        day_first = ambiguous.str.contains(f"{AMBIGUOUS}: '[^']*' read day first", regex=True)
        if day_first.all():
            how = "read day first, as other dates of their file are"
        elif day_first.any():
            how = f"{int(day_first.sum())} read day first, as other dates of their file are, the rest month first"
        else:
            how = "read month first"
        click.echo(f"  {len(ambiguous)} article(s) have a publication date that reads either way "
                   f"({ambiguous_value(ambiguous.iloc[0])} in {files}: "
                   f"day and month could change places), {how} (articles.csv flags say which); "
                   "write dates as YYYY-MM-DD", err=True)
    for line in report_lines(articles, encoding):
        click.echo(line, err=True)
    for path in written:
        click.echo(f"wrote {path}", err=True)


def _date_field_first(flags) -> str:
    """The fix to give first for articles with no anchor whose records hold a date under another field name
    (their ``date_field_missing`` flags name it): "--date-field Date" dates them by their own dates, where the
    --reference-date the line gave first would date them all on one day (a CSV "from Excel" with a 'Date' column:
    the forty-third session's ``newuser47``)."""
    import shlex
    from collections import Counter

    from .anchor import date_like_fields

    fields = Counter(field for flag in flags for field in date_like_fields(flag)[:1])
    if not fields:
        return ""
    return (f"their records hold a date under another name: --date-field {shlex.quote(fields.most_common(1)[0][0])} "
            "(below) reads it; else ")


def _missing_date_field(articles, flags, date_field: str) -> str | None:
    """The line that names a date field the records lack (``anchor.FIELD_MISSING`` flags): which field was asked
    for, that no record (or how many) has it, and the records' fields whose values read as dates, as the fix."""
    from .anchor import FIELD_MISSING, date_like_fields

    return _missing_field(articles, flags, FIELD_MISSING, date_like_fields, "published", date_field, "--date-field",
                          "so no publication date was read from them", "date-like", "reads as a date")


def _missing_title_field(articles, flags, title_field: str) -> str | None:
    """The same for a title field the records lack (``title_field.FIELD_MISSING`` flags): a 'headline' column was
    silently unused and every article went untitled."""
    from .title_field import FIELD_MISSING, title_like_fields

    return _missing_field(articles, flags, FIELD_MISSING, title_like_fields, "title", title_field, "--title-field",
                          "so those articles are untitled", "title-like", "looks like a title")


def _missing_field(articles, flags, marker: str, keys_of, role: str, field: str, option: str, consequence: str,
                   like: str, reads: str) -> str | None:
    """The line of ``_missing_date_field`` and ``_missing_title_field``: ``marker`` the flag, ``keys_of`` the
    fields a flag names as the likely ones, ``role`` the field's (``Fields``: "published", "title"). A field at its
    default name is said to be the default ("(--date-field published, the default)"): bare, it read as a fix to
    type, though it is what the run already asked for (a new user's pass, the forty-third session)."""
    import shlex

    from .settings import FIELD_DEFAULTS

    missing = flags[(articles["status"] == "ok") & flags.str.contains(marker)]
    if not len(missing):
        return None
    records = int(((articles["status"] == "ok") & articles["record"].notna()).sum())
    keys = list(dict.fromkeys(key for text in missing for key in keys_of(text)))
    every = len(missing) >= records  # (a record without the default field is flagged only when another fits)
    who = "no record has a" if every else f"{len(missing)} record(s) (articles.csv flags say which) have no"
    default = ", the default" if field == FIELD_DEFAULTS[role] else ""
    return (f"  {who} {field!r} field ({option} {shlex.quote(field)}{default}), {consequence}"
            + (f"; {'the' if every else 'those'} records' {like} fields: {', '.join(map(repr, keys))} "
               f"({option} {shlex.quote(keys[0])})" if keys else
               f"; no other field of theirs {reads} (give the right one with {option} NAME)"))


@main.command(short_help="Tag temporal expressions and write TimeML, one .tml per article.")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path), callback=_no_stdin)
@click.option("-o", "--out", "outdir", type=click.Path(path_type=Path), metavar="DIRECTORY", callback=_out_dir,
              required=True,
              help="Folder for the tagged .tml files.")
@click.option("--reference-date", callback=_date, metavar="YYYY-MM-DD",
              help="Anchor for articles with no date of their own (.tml files use their DCT).")
@_year_option
@_field_options
@_encoding_option
@click.option("--explain", is_flag=True, help="Also print every expression with its value, rule and anchor.")
@_fail_fast_option
def timex(inputs, outdir, reference_date, year, text_field, title_field, date_field, url_field, source_field,
          id_field, encoding, explain, fail_fast):
    """Tag temporal expressions and write TimeML (TIMEX3), one .tml per article.

    A .tml input keeps its text character for character and its creation time
    (DCT); other articles are anchored as `timeline build` anchors them
    (metadata, dateline, --year, --reference-date, the year of the set) and
    that anchor is their DCT.

    \b
    Example:
        timeline timex data/samples/ -o outputs/tagged/ --explain
        timeline timex tempeval3/train -o outputs/tagged/

    (TempEval-3's TBAQ training set is not shipped: README, `timeline timex`.)
    """
    from .model import Failed, Skipped
    from .timex import describe_anchor, tag_inputs

    settings = Settings(reference_date=reference_date, year=year, run_date=_today(),
                        fields=_fields(text_field, title_field, date_field, url_field, source_field, id_field),
                        fail_fast=fail_fast, encoding=encoding)
    count = 0
    skipped, failed, tagged = [], [], []
    read = []  # (path, record, status, reason) of each input record in order, for the report by file (``file_report``)
    try:
        for item in tag_inputs(inputs, outdir, settings):  # the readers turn a file's OSError into a Skipped
            if isinstance(item, (Skipped, Failed)):
                (skipped if isinstance(item, Skipped) else failed).append(item)
                read.append((item.path, item.record, "skipped" if isinstance(item, Skipped) else "failed", item.reason))
                continue
            count += 1
            tagged.append(item.article)
            read.append((item.article.path, item.article.record, "ok", None))
            if explain:  # stops when the reader of standard output has gone (`| head`); the tagging goes on
                explain = _echo_out([f"# {item.path} (anchor {describe_anchor(item.anchor, item.doc)})",
                                     *map(_explain_line, item.mentions)])
    except OSError as err:
        raise _cannot_write(err, outdir) from None
    click.echo(f"{count} article(s) tagged, {len(skipped)} skipped"
               + (f", {len(failed)} failed" if failed else "") + ".", err=True)
    _list_skipped((s.path, s.record, s.reason) for s in skipped)
    _list_skipped(((f.path, f.record, f.reason) for f in failed), "failed")
    _field_notes(tagged)
    _file_lines(read, encoding)
    if count:
        click.echo(f"wrote {count} .tml file(s) to {outdir}", err=True)
    if failed:
        raise _articles_failed([f.id for f in failed], "; no .tml file was written for them")
    if not count:
        raise _nothing_read(len(skipped), "no .tml file was written")


def _file_lines(read: list[tuple[str, int | None, str, str | None]], encoding: str | None) -> None:
    """The report by file that ``build`` gives (``file_report``: what each file was read as, its articles read and
    skipped; which files --encoding applied to), from ``read``, each input record's (path, record, status, reason) in order:
    ``timex`` gave counts only (mailtxt50)."""
    import pandas as pd

    from .file_report import report_lines

    for line in report_lines(pd.DataFrame(read, columns=["path", "record", "status", "reason"]), encoding):
        click.echo(line, err=True)


def _field_notes(articles: list) -> None:
    """Say on stderr, as ``build``'s report does (``field_case.report_line``), which record fields were read for a
    default name they match but for case ("Text" read as "text"): ``timex`` and ``dates`` read them without a word;
    and which were read at the default name, lacking the name an option gave (``field_default.report_line``)."""
    from .ingest import field_case, field_default

    line = field_case.report_line([field_case.note(a.field_case) for a in articles if a.field_case],
                                  sum(a.record is not None for a in articles))
    if line:
        click.echo(line, err=True)
    fell = [a for a in articles if a.field_default]
    line = field_default.report_line([field_default.note(a.field_default) for a in fell], [a.path for a in fell])
    if line:  # (a field an option named that a file's records lack, read at its default: ``ingest.field_default``)
        click.echo(line, err=True)


def _echo_out(lines: list[str]) -> bool:
    """Print ``lines`` on standard output; False once its reader has gone (`timeline timex ... --explain | head`),
    which is no error of the command's and no reason to stop writing its files: standard output is then pointed at
    the null device, so that nothing more is tried on the closed pipe (Python would say so on exit)."""
    try:
        for line in lines:
            click.echo(line)
        return True
    except BrokenPipeError:
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # no file descriptor (a test runner's stream)
            pass
        return False


def _explain_line(m) -> str:
    if not m.type:  # a numbers-only day of the month left unread ("on 3/4": numeric_dates.left_unread), and why
        return f"{m.start:>6}-{m.end:<6} {m.text!r:32} left     {m.flags[0]}"
    extra = f" mod={m.mod}" if m.mod else ""
    flags = f" [{'; '.join(m.flags)}]" if m.flags else ""
    anchor = m.anchor.isoformat() if m.anchor else "none"
    return (f"{m.start:>6}-{m.end:<6} {m.text!r:32} {m.type:8} {m.value:22}{extra} "
            f"rule={m.rule} anchor={anchor} direction={m.direction}{flags}")


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("system_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--exclude", multiple=True, help="Documents to leave out (file names, .tml optional).")
@click.option("--errors", is_flag=True, help="List every missed, spurious or wrong timex.")
def score(gold_dir, system_dir, exclude, errors):
    """Score TimeML files against gold, by the TempEval-3 Task A rules.

    Files are paired by name; the DCT is not scored; counts are pooled over
    documents. Prints relaxed/strict extent F1, value and type F1, and a
    breakdown by gold type and by phenomenon.

    \b
    Example:
        timeline timex tempeval3/train -o outputs/tagged/
        timeline score tempeval3/train outputs/tagged/ --exclude APW20000115.0209

    (TempEval-3's TBAQ training set is not shipped: README, `timeline timex`.)
    """
    from .evaluate.tempeval import score_dirs

    report = score_dirs(gold_dir, system_dir, exclude=exclude)
    if report.missing:
        click.echo(f"warning: {len(report.missing)} of {report.documents} gold file(s) have no system file in "
                   f"{system_dir} ({examples(report.missing)}); their timexes count as missed. "
                   f"`timeline timex {gold_dir} -o {system_dir}` writes them all.", err=True)
    click.echo(report.format(errors=errors))


@main.command()
@click.argument("text", required=False)
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read an article file instead (.txt, or each record of a .jsonl/.json/.csv or item of a "
                   ".rss/.atom feed, or a .tml or .html).")
@click.option("--reference-date", callback=_date, metavar="YYYY-MM-DD",
              help="Anchor for a text with no date of its own (no metadata, no dateline).")
@click.option("--article", "article_ids", multiple=True, metavar="ARTICLE_ID",
              help="With --file: show only this article of the file (its article_id in events.csv); repeat for more. "
                   "The file's other articles still anchor it as in `timeline build`.")
@_year_option
@_field_options
@_encoding_option
@_fail_fast_option
def dates(text, path, article_ids, reference_date, year, text_field, title_field, date_field, url_field, source_field,
          id_field, encoding, fail_fast):
    """Show the temporal expressions of a text and how each was resolved.

    TEXT is the text itself (quote it); with no TEXT and no --file, the text
    is read from standard input, as with TEXT '-'. It is anchored as `timeline build` anchors an
    article: its metadata (in a .jsonl/.json/.csv record), its dateline (a
    yearless one takes the year from --year, its weekday-date pairs,
    --reference-date or the other articles of the file), else
    --reference-date; a .tml file keeps its DCT. The --*-field options name a
    record file's fields as for `timeline build`.
    Each article's lines follow a line of its own on stdout: its id, its anchor
    and where the anchor came from, and for an article of a file its title or
    the start of its text. A file or article that raises an unexpected error
    (a bug) is listed as failed, exit status 3; warnings go to stderr.

    \b
    Example:
        timeline dates "Lavrov said on Wednesday he will visit Ankara next month." --reference-date 2018-08-30
        timeline dates --file data/samples/000_4ca74516ebb1d9ed.txt
        timeline dates --file articles.jsonl --article tass-1893923
    """
    from .anchor import anchor_set
    from .failure import guarded
    from .ingest import READERS
    from .ingest.text import decode
    from .model import Article, Failed, Skipped
    from .text_view import read
    from .timex import Source, dates_shown, describe_anchor, read_inputs

    settings = Settings(reference_date=reference_date, year=year, run_date=_today(), fail_fast=fail_fast,
                        fields=_fields(text_field, title_field, date_field, url_field, source_field, id_field),
                        encoding=encoding)
    if path is not None and path.suffix.lower() in READERS:
        items = read_inputs([path], settings)
    else:
        if path is not None:  # any other file: its whole content is the text
            text = decode(path.read_bytes(), path, encoding=settings.encoding)
        elif text is None or text == "-":  # ("-" was read as a text of one hyphen: "no temporal expressions found")
            if sys.stdin.isatty():
                raise click.UsageError("give a TEXT, --file PATH, or text on standard input")
            text = sys.stdin.read()
            if not text.strip():  # "echo $EMPTY | timeline dates": nothing to read, not "no temporal expressions found"
                raise click.UsageError("standard input was empty: give a TEXT, --file PATH, or text on standard input")
        elif path is None and not text.strip():
            raise click.UsageError("the TEXT is empty: give the text itself (quoted), --file PATH, or text on "
                                   "standard input")
        article, view = read(Article(id=path.stem if path else "text", text=text, path=str(path or "")))
        [anchor] = anchor_set([article], year=settings.year, reference_date=settings.reference_date,
                              run_date=settings.run_date)
        items = [Source(article, anchor, view=view)]
    if article_ids:
        items = _chosen(items, article_ids, path)
    skipped = [item for item in items if isinstance(item, Skipped)]
    failed = [item for item in items if isinstance(item, Failed)]
    _list_skipped((s.path, s.record, s.reason) for s in skipped)
    if len(skipped) == len(items):
        raise _nothing_read(len(skipped), "give a readable text")
    _field_notes([item.article for item in items if isinstance(item, Source)])
    for item in items:
        if isinstance(item, (Skipped, Failed)):
            continue
        click.echo(_header(item, describe_anchor(item.anchor, item.doc), named=path is not None))
        mentions = guarded(lambda: sorted(item.mentions(dates_shown), key=lambda m: m.start), item.article,
                           fail_fast, "shown")  # (as given)
        if isinstance(mentions, Failed):
            failed.append(mentions)
            continue
        if not mentions:
            click.echo("no temporal expressions found", err=True)
        for m in mentions:
            click.echo(_explain_line(m))
    _list_skipped(((f.path or "the text", f.record, f.reason) for f in failed), "failed")
    if failed:
        raise _articles_failed([f.id for f in failed], "")


def _header(item, anchor: str, named: bool) -> str:
    """The line over an article's temporal expressions: ``# ID: anchor DATE (WHERE)``, and for an article of a
    ``named`` file its title or, with none, the start of its text past the dateline (``article_lead``). It is on
    stdout with the lines it heads: on stderr, ``> out.txt`` or ``| grep`` over a record file lost which article each
    line was of (ux31). A TEXT or standard input gets no title: the reader gave the text."""
    from .article_lead import cut, lead

    line = f"# {item.article.id}: anchor {anchor}"
    if not named:
        return line
    title = " ".join((item.article.title or "").split())
    if title:
        return f'{line}, title "{cut(title)}"'
    start = lead(item.article.text, item.anchor.body_start, given=item.view)  # (shown as the text gives it)
    return f'{line}, starts "{start}"' if start else line


def _chosen(items: list, article_ids: tuple[str, ...], path: Path | None) -> list:
    """The articles ``timeline dates --article`` asks for, in the file's order (a reviewer checking one row of
    events.csv against a file of hundreds: its lines were on stdout, the article ids only on stderr). An id the file
    has not is a usage error that names the file's ids; the file's skipped records are not listed (they are not
    the asked article, and `timeline build` lists them)."""
    from .model import Skipped

    if path is None:
        raise click.UsageError("--article picks articles of a --file: give --file PATH too")
    read = [item for item in items if not isinstance(item, Skipped)]
    ids = [item.article.id if hasattr(item, "article") else item.id for item in read]
    unknown = [a for a in article_ids if a not in ids]
    if unknown:
        skipped = len(items) - len(read)
        raise click.UsageError(
            f"no article {examples([repr(a) for a in unknown], 3)} in {path} (its article ids: {examples(ids, 3)}"
            + (f"; {skipped} of its records were skipped: `timeline build {path}` says why" if skipped else "")
            + ")")
    return [item for item, i in zip(read, ids) if i in article_ids]


if __name__ == "__main__":  # pragma: no cover
    main()
