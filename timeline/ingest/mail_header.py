"""The header block of an article pasted from an e-mail: a ``.txt`` that opens with the lines a mail client writes
over a forwarded message ("---------- Forwarded message ---------", Gmail's; "-----Original Message-----",
Outlook's; "Begin forwarded message:", Apple Mail's) or with the message's own ``From:`` line, then ``Name: value``
lines up to a blank line, an indented line folding the one above (RFC 5322's header fields as mail clients print
them: ``From``, ``Date``/``Sent``, ``Subject``, ``To``).

The separator line was taken for the article's title (newuser50: "---------- Forwarded message ---------" in
``articles.csv`` and on the page); the ``Subject:`` is the title the sender gave, less its "Fwd:"/"Re:" marks.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:", re.I)
_FIELD = re.compile(r"([A-Za-z][A-Za-z-]{1,20}):[ \t]*(.*)")
_REPLY_MARKS = re.compile(r"^(?:(?:fwd?|fw|re|aw|wg)\s*:\s*)+", re.I)


def mail_header(lines: list[str]) -> tuple[int, dict[str, str]] | None:
    """How many of ``lines`` (from the text's first non-empty one, unstripped) the mail header takes and its fields
    (names in lower case, the first of each), or None when the text does not open as a mail (module docstring). An
    indented line continues the field above it (RFC 5322's folding): Outlook wraps a long ``To:`` so, and the header
    stopped there, its ``Subject:`` unread and the raw "Subject: ..." line taken for the title (fixmail51)."""
    at = 1 if lines and _SEPARATOR.fullmatch(lines[0].strip()) else 0
    while at and at < len(lines) and not lines[at].strip():  # (Apple Mail puts a blank line under its separator)
        at += 1
    fields: dict[str, str] = {}
    name = None  # the field the last line was of, when it is the first of its name
    while at < len(lines) and lines[at].strip():
        if fields and _folded(lines, at):  # the field above goes on
            if name is not None:
                fields[name] = f"{fields[name]} {lines[at].strip()}".strip()
            at += 1
            continue
        match = _FIELD.fullmatch(lines[at].strip())
        if match is None:
            break
        name = match[1].lower() if match[1].lower() not in fields else None
        fields.setdefault(match[1].lower(), match[2].strip())
        at += 1
    if "from" not in fields:
        return None  # a "From:" line is what a mail header has (a "Note: ..." line alone is text)
    return at, fields


def _folded(lines: list[str], at: int) -> bool:
    """Is ``lines[at]`` a folded header line: indented, and the indented lines from it followed by a header field, a
    blank line or the text's end? An indented paragraph under a header with no blank line between is the story's."""
    end = at
    while end < len(lines) and lines[end][:1] in (" ", "\t") and lines[end].strip():
        end += 1
    after = lines[end].strip() if end < len(lines) else ""
    return end > at and (not after or _FIELD.fullmatch(after) is not None)


def sent(fields: dict[str, str]) -> str | None:
    """The header's ``Date:`` (Outlook's ``Sent:``), as written: when the mail was sent, or None."""
    return fields.get("date") or fields.get("sent") or None


def subject(fields: dict[str, str]) -> str | None:
    """The header's ``Subject:`` less its reply and forward marks ("Fwd: Re: Putin says ..."), or None."""
    title = _REPLY_MARKS.sub("", fields.get("subject", "")).strip()
    return title or None
