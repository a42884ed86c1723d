"""A record file whose titles stand under another name than the title field (``--title-field``, default
``title``): a ``headline`` column was silently unused and every article went untitled (ux30's list). The
ingest takes no other column on its own (as for dates, ``anchor.FIELD_MISSING``), it names the likely one:
a record without the field gets the flag ``title_field_missing`` in ``articles.csv``, with the fields whose
name says title and whose value reads as one, and the run's report gives the option."""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping

FIELD_MISSING = "title_field_missing"
_NOTE = re.compile(FIELD_MISSING + r": no '[^']*' field(?:, but (?P<keys>.*?) (?:looks|look) like (?:a title|titles))?")
TITLE_NAMES = re.compile(r"(?i)(?:^|[\W_])(?:title|headline|head|hed|heading|header|subject)s?(?:$|[\W_])")
MAX_TITLE = 300  # characters; longer values are text, not a title


def title_like(record: Mapping, taken: set[str]) -> tuple[str, ...]:
    """The record's fields, other than those ``taken`` for something else, whose name says title ("headline",
    "Title", "article_title") and whose value is a short line of two words or more (not a url)."""
    return tuple(key for key, value in record.items()
                 if isinstance(key, str) and key not in taken and TITLE_NAMES.search(key)
                 and isinstance(value, str) and len(value.split()) >= 2 and len(value) <= MAX_TITLE
                 and "\n" not in value.strip())


def note(field: str, keys: tuple[str, ...]) -> str:
    """The flag of a record without ``field``: ``keys`` its title-like fields (``title_like``)."""
    return (f"{FIELD_MISSING}: no {field!r} field"
            + (f", but {', '.join(map(repr, keys))} {'looks like a title' if len(keys) == 1 else 'look like titles'}"
               f" (--title-field {shlex.quote(keys[0])})" if keys else ""))


def title_like_fields(flags: str) -> list[str]:
    """The title-like fields a ``title_field_missing`` flag names (read back from ``articles.csv``'s flags)."""
    match = _NOTE.search(flags or "")
    return re.findall(r"'([^']*)'", match["keys"]) if match and match["keys"] else []
