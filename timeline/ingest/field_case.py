"""Record fields named in another case than timeline's default names: a ``Text`` column read as the text.

A CSV whose header says ``Text``, ``Title``, ``Published`` (a spreadsheet's export, a hand-written file) was skipped
for "no 'text' column", with ``--text-field Text`` as the fix (``newuser44``). A field left at its default name
(``settings.Fields``) is now matched ignoring case when the record has no field of that exact name, and exactly one
of its fields matches: that field is read, and the article says so (the flag ``FLAG`` in ``articles.csv``; the run's
report gives one line for the run, ``report_line``), so nothing is read silently. Two fields that both match
("Text" and "TEXT") are read as neither: the record is skipped as before, and its fix names both (``ambiguous``).

Only case is ignored, and white space around a name (a header written "id, text, title" names " text"): the default
names are one word each, so spaces or underscores inside a name never make one of them. A name given with
--text-field and the like is matched exactly, as the user wrote it (a wrong case then gets the skip and its fix)."""

from __future__ import annotations

import dataclasses
import re
import shlex
from collections.abc import Iterable

from ..settings import FIELD_DEFAULTS, Fields

FLAG = "field_name_case"
_DEFAULTS = tuple(FIELD_DEFAULTS.items())  # (field, default name): the six name fields, not ``Fields.named``
_PAIR = re.compile(r"'([^']*)' read as '([^']*)'")


def _folded(name: object) -> str | None:
    return name.strip().casefold() if isinstance(name, str) else None


def matches(names: Iterable[object], field: str) -> tuple[str, ...]:
    """The ``names`` other than ``field`` itself that are ``field`` but for case and surrounding white space."""
    want = field.casefold()
    return tuple(n for n in names if n != field and _folded(n) == want)


def resolve(fields: Fields, names: Iterable[object]) -> tuple[Fields, tuple[tuple[str, str], ...]]:
    """``fields`` with each field left at its default name and missing from ``names`` replaced by the one name that
    matches it but for case; and the (name read, default name) pairs so replaced. A name already read for another
    field is not taken twice."""
    names = list(names)
    present = set(names)
    asked = [(attr, getattr(fields, attr), default) for attr, default in _DEFAULTS]
    if all(value in present or value != default for _, value, default in asked):
        return fields, ()
    taken = {value for _, value, _ in asked}
    swaps: dict[str, str] = {}
    read: list[tuple[str, str]] = []
    for attr, value, default in asked:
        if value != default or value in present:
            continue
        found = [n for n in matches(names, value) if n not in taken]
        if len(found) == 1:
            swaps[attr] = found[0]
            taken.add(found[0])
            read.append((found[0], value))
    return (dataclasses.replace(fields, **swaps) if swaps else fields), tuple(read)


def ambiguous(names: Iterable[object], field: str, default: str) -> tuple[str, ...]:
    """The names that all match ``field`` but for case when it is at its ``default`` name and two or more do (none
    is read: the skip's fix names them)."""
    if field != default:
        return ()
    found = matches(names, field)
    return found if len(found) > 1 else ()


def ambiguous_fix(found: tuple[str, ...], field: str, option: str) -> str:
    """The fix for a field that two or more names match but for case: say which with ``option``."""
    named = " and ".join(map(repr, found))
    return (f"{named} both match {field!r} but for case, so neither was read; say which with "
            f"{option} {shlex.quote(found[0])}")


def note(read: tuple[tuple[str, str], ...]) -> str:
    """The flag of an article whose fields were matched ignoring case: "field_name_case: 'Text' read as 'text'"."""
    return f"{FLAG}: " + ", ".join(f"{name!r} read as {field!r}" for name, field in read)


def report_line(flags: Iterable[str], records: int) -> str | None:
    """The run's one line for the articles whose fields were matched ignoring case (``records`` the articles read
    from record files), or None: which names were read as which fields, and in how many records."""
    pairs: dict[tuple[str, str], None] = {}
    count = 0
    for text in flags:
        if FLAG not in (text or ""):
            continue
        count += 1
        part = text[text.index(FLAG):].split(";")[0]
        pairs.update(dict.fromkeys(_PAIR.findall(part)))
    if not count:
        return None
    who = "the records name" if count >= records else f"{count} record(s) (articles.csv flags say which) name"
    read = ", ".join(f"{name!r} as {field!r}" for name, field in pairs)
    return f"  {who} their fields in another case than timeline's defaults: read {read}"
