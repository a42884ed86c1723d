"""User-supplied aliases: a CSV of ``alias,canonical`` that overrides everything."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from .gazetteer import GAZ_BY_FOLD
from .mention import ActorMention
from .names import canonical_key


def read_alias_file(path) -> dict[str, str]:
    """Read a CSV with columns ``alias,canonical`` (a header row; ``#`` lines are comments).

    Raises ``InputError`` naming the file, the problem and the fix.
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(where, "alias file not found", "check the path to the alias CSV") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(where, f"cannot read the alias file ({err})", "save it as UTF-8 text") from None
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise InputError(where, "the alias file is empty", "write a header 'alias,canonical' and one alias a row")
    rows = list(csv.reader(line for _, line in numbered))
    header = [h.strip().lower() for h in rows[0]]
    if "alias" not in header or "canonical" not in header:
        found = ",".join(rows[0])
        raise InputError(where, f"the alias file needs the columns alias,canonical; its header is {found!r}",
                         "make the first row 'alias,canonical'", record=numbered[0][0])
    ia, ic = header.index("alias"), header.index("canonical")
    out: dict[str, str] = {}
    for (lineno, _), row in zip(numbered[1:], rows[1:]):
        alias = row[ia].strip() if ia < len(row) else ""
        canonical = row[ic].strip() if ic < len(row) else ""
        if not alias or not canonical:
            raise InputError(where, "a row has an empty alias or canonical name", "fill both columns or delete the row",
                             record=lineno)
        if out.get(alias, canonical) != canonical:
            raise InputError(where, f"alias {alias!r} is given two canonical names ({out[alias]!r}, {canonical!r})",
                             "keep one row per alias", record=lineno)
        out[alias] = canonical
    return out


def alias_keys(aliases: Mapping[str, str]) -> dict[str, str]:
    """identity key of an alias (or of a canonical name) -> the canonical name."""
    keys = {canonical_key(c): c for c in aliases.values()}
    keys.update({canonical_key(a): c for a, c in aliases.items()})
    return keys


@lru_cache(maxsize=8)
def _alias_regex(surfaces: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(surfaces, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def apply_aliases(text: str, mentions: list[ActorMention], aliases: Mapping[str, str]) -> list[ActorMention]:
    """Rename mentions the aliases cover; add mentions of alias strings nothing else found."""
    if not aliases:
        return mentions
    keys = alias_keys(aliases)
    out = []
    for m in mentions:
        canonical = keys.get(m.key) or (keys.get(canonical_key(m.surface)) if m.surface else None)
        if canonical is not None:
            m = replace(m, name=canonical, key=canonical_key(canonical))
        out.append(m)
    taken = [(m.start, m.end) for m in out]
    for found in _alias_regex(tuple(aliases)).finditer(text):
        if any(s < found.end() and found.start() < e for s, e in taken):
            continue
        canonical = aliases[found.group()]
        entry = GAZ_BY_FOLD.get(canonical.lower())
        kind = entry.kind if entry is not None else "person"
        country = entry.country if entry is not None else None
        out.append(ActorMention(found.start(), found.end(), found.group(), canonical, canonical_key(canonical), kind,
                                None, country, "alias", found.group()))
    out.sort(key=lambda m: (m.start, -m.end))
    return out
