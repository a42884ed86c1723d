"""A field named with --text-field (--date-field, --title-field ...) that a file's records lack: read at its default.

The field options apply to the run, every file of it: ``--text-field Body`` for a spreadsheet's CSV (its columns
Headline, Date, Body) skipped every record of the scraper's JSON Lines given with it, "no 'Body' field in this
record", and ``--date-field Date`` left those records undated, so a folder of mixed files could not be read in one
run, nor the fix be said in one (newuser50). A name the user gave that a record (a CSV: its header) does not hold,
where it holds the field's default name ("text", "published" ...; in another case too, ``field_case``), is read at
the default for that record, or at the one field that is the name given but for case where the record holds that
too ("body" beside "text" for ``--text-field Body``: the field meant, reread51c); and the article says so (the flag ``FLAG`` in ``articles.csv``; the run's report gives
one line, ``report_line``). A record that holds neither is skipped as before, its reason naming the name given.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterable, Iterator

from ..settings import FIELD_DEFAULTS, Fields
from .field_case import matches

FLAG = "field_default"
OPTIONS = {"text": "--text-field", "title": "--title-field", "published": "--date-field", "url": "--url-field",
           "source": "--source-field", "id": "--id-field"}
# a name as ``note`` writes it, by ``repr``: in single quotes, or in double quotes when it holds one ("Reporter's text")
_NAME = r"'(?:[^'\\]|\\.)*'" '|' r'"(?:[^"\\]|\\.)*"'
_PAIR = re.compile(rf"(?:, )?(--[a-z-]+) ({_NAME}) absent, ({_NAME}) read")


def fall_back(fields: Fields, names: Iterable[object]) -> tuple[Fields, tuple[tuple[str, str, str], ...]]:
    """``fields`` with each name given but missing from ``names`` set, when ``names`` hold its default (or it but for
    case, once), to the one name of ``names`` that is the name given but for case (as ``field_case`` matches the
    defaults), else to the default; and the (role, name given, name read) triples so set (module docstring)."""
    names = list(names)
    present = set(names)
    taken = {getattr(fields, role) for role in FIELD_DEFAULTS}
    swaps: dict[str, str] = {}
    fell: list[tuple[str, str, str]] = []
    for role, default in FIELD_DEFAULTS.items():
        given = getattr(fields, role)
        if given == default or given in present or not fields.is_named(role):
            continue
        if default in present or len(matches(names, default)) == 1:
            cased = [n for n in matches(names, given) if n not in taken]
            read = cased[0] if len(cased) == 1 else default  # ("body" for --text-field Body: the field meant)
            swaps[role] = read
            taken.add(read)
            fell.append((role, given, read))
    return (dataclasses.replace(fields, **swaps) if swaps else fields), tuple(fell)


def note(fell: tuple[tuple[str, str, str], ...]) -> str:
    """The flag of an article read at a default field: "field_default: --text-field 'Body' absent, 'text' read"."""
    return f"{FLAG}: " + ", ".join(f"{OPTIONS[role]} {given!r} absent, {default!r} read" for role, given, default in fell)


def report_line(flags: Iterable[str], paths: Iterable[str]) -> str | None:
    """The run's one line for the articles read at a default field (``paths`` their files, in step with ``flags``),
    or None: which option's name their records lack, what was read instead, and from which files."""
    from ..errors import examples

    pairs: dict[tuple[str, str, str], None] = {}
    files: dict[str, None] = {}
    for text, path in zip(flags, paths):
        if FLAG not in (text or ""):
            continue
        pairs.update(dict.fromkeys(_pairs(text, text.index(FLAG) + len(FLAG) + 2)))
        files[str(path)] = None
    if not files:
        return None
    cased = [given.casefold() == read.casefold() for _, given, read in pairs]  # ("body" for Body: not the default)
    at = "at the default" if not any(cased) else "at the name in another case" if all(cased) else "at another name"
    said = ", ".join(f"{read!r} for {option} {given!r}" + (" (its case)" if case and at == "at another name" else "")
                     for (option, given, read), case in zip(pairs, cased))
    return (f"  {len(files)} file(s) lack the field an option names and were read {at} ({said}: "
            f"{examples(list(files), 3)}); the field options apply to every file of the run (articles.csv flags say "
            "which records)")


def _pairs(text: str, at: int) -> Iterator[tuple[str, str, str]]:
    """The (option, name given, name read) of a ``note`` that starts at ``at`` in ``text``, read back from the names'
    ``repr`` (either quote; a ";" or ", " inside a name is the name's), up to where the note ends."""
    while found := _PAIR.match(text, at):
        option, given, read = found.groups()
        yield option, ast.literal_eval(given), ast.literal_eval(read)
        at = found.end()
