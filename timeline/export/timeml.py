"""Write temporal mentions as a TimeML document (TempEval-3 style).

``to_timeml(text, mentions, docid=..., dct=...)`` wraps each mention in an
inline ``<TIMEX3 tid type value [mod]>`` inside ``<TEXT>``; the DCT is written
as ``<DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME">``. Reading the
result back (``timeline.ingest.tml.read_tml`` or any XML parser) gives
``text`` character for character, so mention offsets stay valid:

- in text, only ``&``, ``<`` and ``>`` are escaped (quotes are left as they
  are); a carriage return is written ``&#13;`` so XML line-end normalisation
  does not turn it into ``\\n``; other C0 control characters, which XML 1.0
  cannot carry at all, are written as numeric references (``&#12;``) — our
  reader restores them, a strict XML parser rejects them;
- in attribute values ``"`` is escaped too.

TIMEX3 do not nest in TimeML, so overlapping mentions are thinned first by
``non_overlapping``: mentions are taken by start offset, longest first at the
same start, and a mention is kept only if it starts at or after the end of the
last kept one. So of two overlapping mentions the earlier-starting one wins,
and at a tie the longer one; an empty span is dropped. tids are ``t1``, ``t2``
... in document order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from timeline.model import Mention

from .whole_file import replacing

_TEXT_ESCAPES = re.compile(r"[&<>\x00-\x08\x0b\x0c\r\x0e-\x1f]")
_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def non_overlapping(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions that can be written as TIMEX3, in document order.

    Earliest start first, longest first at equal starts; a mention overlapping
    an already kept one is dropped; empty spans are dropped.
    """
    kept: list[Mention] = []
    end = -1
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.end <= mention.start or mention.start < end:
            continue
        kept.append(mention)
        end = mention.end
    return kept


def to_timeml(text: str, mentions: Iterable[Mention], *, docid: str, dct: str) -> str:
    """A TimeML document for ``text`` with a TIMEX3 around each (non-overlapping) mention.

    ``dct`` is the document creation time as a TimeML value ("2018-08-30" or
    "2018-08-30T10:00:00"); its TIMEX3 type is DATE, or TIME when it has a time.
    Raises ``ValueError`` for a mention whose span lies outside ``text``.
    """
    pieces: list[str] = []
    position = 0
    for number, mention in enumerate(non_overlapping(mentions), start=1):
        if mention.start < 0 or mention.end > len(text):
            raise ValueError(f"mention {mention.text!r} at {mention.start}:{mention.end} "
                             f"lies outside the text (length {len(text)})")
        attrs = [("tid", f"t{number}"), ("type", mention.type), ("value", mention.value)]
        if mention.mod:
            attrs.append(("mod", mention.mod))
        pieces.append(_escape_text(text[position:mention.start]))
        pieces.append(f"<TIMEX3 {_attributes(attrs)}>")
        pieces.append(_escape_text(text[mention.start:mention.end]))
        pieces.append("</TIMEX3>")
        position = mention.end
    pieces.append(_escape_text(text[position:]))
    dct_attrs = [("tid", "t0"), ("type", "TIME" if "T" in dct else "DATE"), ("value", dct),
                 ("temporalFunction", "false"), ("functionInDocument", "CREATION_TIME")]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<TimeML>\n"
        f"<DOCID>{_escape_text(docid)}</DOCID>\n"
        f"<DCT><TIMEX3 {_attributes(dct_attrs)}>{_escape_text(dct)}</TIMEX3></DCT>\n"
        f"<TEXT>{''.join(pieces)}</TEXT>\n"
        "</TimeML>\n"
    )


def write_timeml(path: str | Path, text: str, mentions: Iterable[Mention], *,
                 docid: str, dct: str) -> Path:
    """Write ``to_timeml(...)`` to ``path`` as UTF-8 (parent folders created), whole or not at all
    (``whole_file``); returns the path."""
    path = Path(path)
    with replacing(path) as part, part.open("w", encoding="utf-8", newline="") as handle:
        handle.write(to_timeml(text, mentions, docid=docid, dct=dct))
    return path


def _escape_text(source: str) -> str:
    return _TEXT_ESCAPES.sub(lambda m: _NAMED.get(m.group(0)) or f"&#{ord(m.group(0))};", source)


def _attributes(pairs: list[tuple[str, str]]) -> str:
    return " ".join(f'{name}="{_escape_text(value).replace(chr(34), "&quot;")}"' for name, value in pairs)
