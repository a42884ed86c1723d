"""Reading article files: one module per input format.

``read_articles(paths)`` walks directories (recursively), files and globs, and
yields an ``Article`` for every record it can read and a ``Skipped`` for every
one it cannot, so that every input is accounted for. A bad file never stops a
batch, nor does a reader's bug on one odd file: an unexpected exception while
a file is read gives a ``Failed`` for it after the records read before it
(``failure.guarded_read``; re-raised with ``fail_fast``).
"""

from __future__ import annotations

import dataclasses
import difflib
import glob
import os
import shlex
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, NoInputError
from ..failure import guarded_read
from ..model import Article, Failed, Skipped
from ..settings import Fields
from . import feed, file_kind, html, records, text
from .encoding import read_in
from .own_output import check_workbook

READERS = {
    ".txt": text.read_txt,
    ".text": text.read_txt,
    ".md": text.read_txt,
    ".jsonl": records.read_jsonl,
    ".ndjson": records.read_jsonl,
    ".json": records.read_json,
    ".csv": records.read_csv,
    ".tsv": records.read_csv,
    ".html": html.read_html,
    ".htm": html.read_html,
    ".rss": feed.read_feed,
    ".atom": feed.read_feed,
    ".xml": feed.read_feed,  # a feed; an .xml file of another kind is skipped with the fix
}


# what the run's report says a file was read as (``file_report``), one for each reader
KINDS = {".txt": "text", ".text": "text", ".md": "text", ".jsonl": "JSON Lines", ".ndjson": "JSON Lines",
         ".json": "JSON", ".csv": "CSV", ".tsv": "TSV", ".html": "web page", ".htm": "web page", ".rss": "feed",
         ".atom": "feed", ".xml": "feed", ".tml": "TimeML"}


# the readers that honour a charset the file declares (``html.decode_page``), and the pattern that finds it
_DECLARES = {html.read_html: html.CHARSET, feed.read_feed: feed.DECLARED}


def read_in_encoding(path: Path, encoding: str | None) -> str:
    """The encoding the reader of ``path`` reads it in, in the run's words (``encoding.read_in``): a page's or feed's
    declared charset counts (``html.declared_charset``); an OSError when the file cannot be read."""
    data = path.read_bytes()
    declared = _DECLARES.get(READERS.get(path.suffix.lower()))  # (by the reader: no second table of suffixes)
    return read_in(data, encoding, declared and html.declared_charset(data, declared))


def _read_tml(path: Path, fields: Fields, encoding: str | None = None) -> Iterator[Article]:
    from .tml import read_tml, tml_to_article

    yield tml_to_article(read_tml(path, encoding), str(path))


READERS[".tml"] = _read_tml

SUPPORTED = tuple(sorted(READERS))


def expand_paths(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> list[Path]:
    """Directories (recursively), files and glob patterns -> article files, in a stable order.

    Every file is taken, inside a directory too, whatever its extension, so
    that a file of an unsupported type is reported (``read_file`` skips it
    with the reason) instead of vanishing. Only hidden files and folders
    (``.DS_Store``, ``.git``) inside a directory are passed over quietly; one
    named explicitly is taken.
    """
    paths = as_path_list(paths)
    found: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(path)

    def add_tree(root: Path) -> None:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if not name.startswith("."):
                    add(Path(dirpath) / name)

    missing: list[str] = []  # every input that is not there, said at once: one a run made a fix a run
    for raw in map(os.fspath, paths):
        path = Path(raw)
        if path.is_dir():
            add_tree(path)
        elif path.exists():
            add(path)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                missing.append(f"{raw}: the pattern matches no files")
            for match in map(Path, matches):
                add_tree(match) if match.is_dir() else add(match)
        else:
            missing.append(f"{raw}: no such file or directory ({_nearest(path)})")
    if missing:
        raise NoInputError("; ".join(missing))
    return found


def _nearest(path: Path) -> str:
    """The fix for a path that does not exist (ux39: "Noyear.txt: no such file or directory" said no more): the name
    its nearest existing folder holds that it was most likely meant to be ("did you mean data/samples?"), else which
    folder lacks which name, a relative path's from the folder the command runs in."""
    folder = next((parent for parent in path.parents if parent.is_dir()), path.parents[-1])
    wanted, *rest = path.relative_to(folder).parts
    try:
        names = sorted(name for name in os.listdir(folder) if not name.startswith("."))
    except OSError:
        names = []
    close = [n for n in names if n.lower() == wanted.lower()] or difflib.get_close_matches(wanted, names, 1, 0.75)
    if close:
        return f"did you mean {folder.joinpath(close[0], *rest)}?"
    where = f"the current folder, {Path.cwd()}" if folder == Path(".") else str(folder)
    return f"no {wanted!r} in {where}; check the path"


def read_file(path: Path, fields: Fields = Fields(), fail_fast: bool = False,
              others: bool = True, encoding: str | None = None) -> Iterator[Article | Skipped | Failed]:
    """Yield the articles of one file, or one Skipped naming what is wrong with it; a reader's unexpected error (a
    bug in timeline) ends the file with a ``Failed`` after the records read before it (re-raised with ``fail_fast``;
    ``others``: the file is not the only one given, and the reason says the others were read; ``encoding``: the
    one ``--encoding`` names, ``ingest/encoding.py``)."""
    yield from guarded_read(_read_file(path, fields, encoding), str(path), fail_fast, others)


_PACKED = {".gz": "gunzip -k {}", ".bz2": "bunzip2 -k {}", ".xz": "unxz -k {}", ".zip": "unzip {}",
           ".tgz": "tar -xzf {}"}  # a packed file a user hands over as downloaded: how to unpack it


def _unpack(path: Path) -> str | None:
    """"unpack it first: gunzip -k wire.jsonl.gz, then give wire.jsonl" for a compressed or archived file, else
    None (timeline reads no archive: the unpacked files are read as any others)."""
    archive = path.name.lower().endswith((".tar.gz", ".tar.bz2", ".tar.xz"))
    command = "tar -xf {}" if archive else _PACKED.get(path.suffix.lower())
    if command is None:
        return None
    inner = None if archive or path.suffix.lower() in (".zip", ".tgz") else path.with_suffix("")
    then = f", then give {shlex.quote(str(inner))}" if inner is not None and inner.suffix.lower() in READERS else \
        ", then give the files it holds"
    return f"unpack it first: {command.format(shlex.quote(str(path)))}{then}"


def _convert(path: Path) -> str | None:
    """How to turn a spreadsheet, a word processor's document or a PDF into a file timeline reads (nu44: a .xlsx
    was told "convert it to one of them", with no word of which or how); else None."""
    return file_kind.convert(path)


def _read_file(path: Path, fields: Fields, encoding: str | None = None) -> Iterator[Article | Skipped]:
    if path.is_symlink() and not path.exists():  # (read, it said "cannot read the file: No such file or directory")
        yield Skipped(str(path), f"a link to {os.readlink(path)}, which does not exist (point the link at the "
                                 "article file, or remove it)")
        return
    if path.exists() and not path.is_file():  # a named pipe in an input folder blocked the run, read forever
        yield Skipped(str(path), "not a regular file (a named pipe, socket or device), so not read (leave it out)")
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None and path.suffix.lower() == ".xlsx":
        try:
            check_workbook(path)  # timeline.xlsx given back: what it is, not "save it as CSV" (ux45)
        except InputError as err:
            yield Skipped(str(path), f"{err.problem} ({err.fix})")
            return
    if reader is None:
        kind = path.suffix or "no extension"
        yield Skipped(str(path), f"not an article file ({kind}); supported: {', '.join(SUPPORTED)} "
                                 f"({_unpack(path) or _convert(path) or 'convert it to one of them, or leave it out'})")
        return
    try:
        yield from reader(path, fields, encoding)
    except InputError as err:
        yield Skipped(str(path), f"{err.problem}" + (f" ({err.fix})" if err.fix else ""), record=err.record)
    except OSError as err:
        yield Skipped(str(path), f"cannot read the file: {err.strerror or err} (check that it is still there and "
                                 "that its permissions let you read it)")


def as_path_list(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> list[str | os.PathLike]:
    """A single path (``"data/samples"``) is one path, not an iterable of one-letter paths."""
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    return list(paths)


def input_files(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> list[Path]:
    """``expand_paths``, or a NoInputError when the paths hold no file at all (an empty folder)."""
    paths = as_path_list(paths)
    files = expand_paths(paths)
    if not files:
        raise NoInputError("no article files found in " + ", ".join(map(str, paths))
                           + f" (supported: {', '.join(SUPPORTED)}; hidden files are passed over)")
    return files


def read_articles(paths: Iterable[str | os.PathLike] | str | os.PathLike,
                  fields: Fields = Fields(), fail_fast: bool = False,
                  encoding: str | None = None) -> Iterator[Article | Skipped | Failed]:
    """Every article (or skipped record, or file whose reading failed) in the given paths (or one path), in a
    stable order."""
    files = input_files(paths)
    for path in files:
        yield from read_file(path, fields, fail_fast, len(files) > 1, encoding)


REPEATED_ID = "repeated_id"  # the articles.csv flag of a record ``unique_ids`` renamed (``pipeline``; the run's note: ``cli``)
# the flag's words for the earlier record of the id, whose text differs (a copy is skipped before: ``ingest.copies``):
# the one string the flag is written with (``pipeline``) and the run's note reads it by (``cli``)
OTHER_TEXT = "an earlier record with another text"


def unique_ids(records: Iterable[Article | Skipped | Failed]) -> Iterator[Article | Skipped | Failed]:
    """Give a repeated article id a suffix (#2, #3 ...) so that no event or output file is confused, and record the id
    as given (``Article.repeated_id``): the run reports the renamed records from that, not from the id's form (a
    record's own id may end in "#2"). A suffix that another record's own id already is is passed over. The records
    are read once first (``copies.read_once``), so a repeat holds another text than the earlier record of its id: a
    copy under the id is skipped there."""
    records = list(records)
    taken = {r.id for r in records if isinstance(r, Article)}
    seen: Counter[str] = Counter()
    for record in records:
        if isinstance(record, Article):
            seen[record.id] += 1
            if seen[record.id] > 1:
                n = seen[record.id]
                while f"{record.id}#{n}" in taken:
                    n += 1
                seen[record.id] = n
                taken.add(f"{record.id}#{n}")
                record = dataclasses.replace(record, id=f"{record.id}#{n}", repeated_id=record.id)
        yield record
