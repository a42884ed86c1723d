"""Read TimeML ``.tml`` files (TempEval-3, TimeBank, AQUAINT).

``read_tml(path)`` returns a ``TmlDocument``: the document id, the document
creation time (the ``<DCT><TIMEX3 value=...>``), the plain text of ``<TEXT>``
and the gold ``TIMEX3`` found inside ``<TEXT>`` with offsets into that text.
The DCT is not one of the timexes: in TimeML it is the anchor that relative
expressions are resolved against, and TempEval-3 does not score it.

The plain text is exactly what an XML parser would give for ``<TEXT>``: every
tag removed, entities and character references unescaped, line ends ``\\r\\n``
and ``\\r`` normalised to ``\\n`` (XML 1.0, section 2.11). The text keeps its
leading and trailing whitespace, so ``text[t.start:t.end] == t.text``.

The reader is a small tokenizer over the markup, not an XML parser: it tracks
offsets, is fast, and tolerates what a strict parser rejects (a bare ``&``, an
HTML entity, a stray closing tag). Nested ``TIMEX3`` (not valid TimeML) are
all returned.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest.text import decode
from timeline.model import Article


@dataclass(frozen=True, slots=True)
class Timex:
    """A gold ``TIMEX3`` inside ``<TEXT>``; offsets index ``TmlDocument.text``."""

    start: int
    end: int
    text: str
    tid: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TmlDocument:
    """One TimeML document: id, creation time, plain text, gold timexes."""

    docid: str
    dct: str  # the DCT TIMEX3 value as written: "1998-02-12T01:58:00", "1989-10-26"
    text: str  # <TEXT> with every tag removed and entities unescaped
    timexes: tuple[Timex, ...]
    title: str | None = None


# One token of markup: a comment, a CDATA section, a processing instruction or
# declaration, a tag, an entity / character reference. Text lies between them.
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<[?!][^>]*>"
    r"|<(?P<close>/)?(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>[^>]*?)(?P<empty>/)?>"
    r"|(?P<entity>&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)",
    re.S,
)
_ATTR = re.compile(r"""([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT_OPEN = re.compile(r"<TEXT(?:\s[^>]*)?>")
_TEXT_CLOSE = re.compile(r"</TEXT\s*>")
_UNKNOWN = re.compile(r"X{4}(?:-XX){0,2}")
_DCT = re.compile(r"<DCT(?:\s[^>]*)?>(.*?)</DCT\s*>", re.S)
_TIMEX_TAG = re.compile(r"<TIMEX3\b([^>]*)>")
_DOCID = re.compile(r"<DOCID(?:\s[^>]*)?>(.*?)</DOCID\s*>", re.S)
_TITLE = re.compile(r"<TITLE(?:\s[^>]*)?>(.*?)</TITLE\s*>", re.S)
_TAG = re.compile(r"<[^>]*>")


def read_tml(path: str | Path, encoding: str | None = None) -> TmlDocument:
    """Read one TimeML file. Raises ``InputError`` for a file without ``<TEXT>`` or DCT."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(str(path), f"cannot read the file: {err.strerror or err}",
                         "check the path and its permissions") from err
    return parse_tml(decode(data, path, encoding=encoding), str(path))  # not UTF-8: the same iconv fix as any input


def parse_tml(markup: str, path: str = "<string>") -> TmlDocument:
    """Parse TimeML markup given as a string; ``path`` names it in errors and is the fallback docid."""
    markup = markup.replace("\r\n", "\n").replace("\r", "\n")
    opening = _TEXT_OPEN.search(markup)
    closing = _TEXT_CLOSE.search(markup, opening.end()) if opening else None
    if opening is None or closing is None:
        raise InputError(path, "no <TEXT>...</TEXT> element",
                         "a TimeML file must hold its document text inside <TEXT>")
    outside = markup[:opening.start()] + markup[closing.end():]
    dct = _dct_value(outside)
    if dct is None:
        raise InputError(path, "no document creation time (<DCT><TIMEX3 value=\"...\"/></DCT>)",
                         "add the DCT, or read the file as plain text with an explicit reference date")
    text, timexes = _strip_text(markup[opening.end():closing.start()])
    docid_match = _DOCID.search(outside)
    docid = _plain(docid_match.group(1)).strip() if docid_match else ""
    if not docid:
        docid = Path(path).name.removesuffix(".tml")
    title_match = _TITLE.search(outside)
    title = _plain(title_match.group(1)).strip() if title_match else ""
    return TmlDocument(docid=docid, dct=dct, text=text, timexes=timexes, title=title or None)


def tml_to_article(doc: TmlDocument, path: str) -> Article:
    """The ``Article`` for a TimeML document: published is the date part of the DCT (none when it is unknown)."""
    return Article(id=doc.docid, text=doc.text, title=doc.title,
                   published=None if dct_unknown(doc.dct) else doc.dct.split("T", 1)[0], path=path, dct=doc.dct)


def dct_unknown(value: str) -> bool:
    """A DCT whose date is left unspecified, as TimeML writes one ("XXXX-XX-XX"; ``timeline timex`` writes it for
    an article it found no anchor for): the document is read, and anchored as an article with no date is."""
    return _UNKNOWN.fullmatch(value.strip()) is not None


def _dct_value(outside: str) -> str | None:
    """The DCT value: the TIMEX3 in <DCT>, else any TIMEX3 marked CREATION_TIME."""
    candidates = []
    block = _DCT.search(outside)
    if block:
        candidates.extend(_TIMEX_TAG.finditer(block.group(1)))
    candidates.extend(m for m in _TIMEX_TAG.finditer(outside)
                      if _attributes(m.group(1)).get("functionInDocument") == "CREATION_TIME")
    for match in candidates:
        value = _attributes(match.group(1)).get("value", "").strip()
        if value:
            return value
    return None


def _strip_text(inner: str) -> tuple[str, tuple[Timex, ...]]:
    """Plain text of the <TEXT> content and the TIMEX3 spans inside it."""
    parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    found: list[tuple[int, int, dict[str, str]]] = []
    position = 0
    for token in _TOKEN.finditer(inner):
        if token.start() > position:
            chunk = inner[position:token.start()]
            parts.append(chunk)
            length += len(chunk)
        position = token.end()
        if token.group("entity"):
            chunk = _entity(token.group("entity"))
        elif token.group("cdata") is not None:
            chunk = token.group("cdata")
        else:
            if token.group("name") == "TIMEX3":
                if token.group("close"):
                    if open_timexes:
                        start, attrs = open_timexes.pop()
                        found.append((start, length, attrs))
                elif not token.group("empty"):
                    open_timexes.append((length, _attributes(token.group("attrs"))))
            continue
        parts.append(chunk)
        length += len(chunk)
    parts.append(inner[position:])
    text = "".join(parts)
    found.sort(key=lambda item: (item[0], -item[1]))
    timexes = tuple(
        Timex(start=start, end=end, text=text[start:end], tid=attrs.get("tid", ""),
              type=attrs.get("type", ""), value=attrs.get("value", ""), mod=attrs.get("mod") or None)
        for start, end, attrs in found
    )
    return text, timexes


def _attributes(source: str) -> dict[str, str]:
    return {m.group(1): _unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(source)}


def _plain(fragment: str) -> str:
    """Text of a small element outside <TEXT> (DOCID, TITLE): tags removed, entities unescaped."""
    return _unescape(_TAG.sub("", fragment))


def _entity(ref: str) -> str:
    """One reference: numeric ones as XML reads them (``&#150;`` is U+0096, not
    the HTML cp1252 guess), named ones by the XML five and then HTML's table.
    An unknown name stays as written."""
    body = ref[1:-1]
    if body.startswith(("#x", "#X")):
        return _char(int(body[2:], 16), ref)
    if body.startswith("#"):
        return _char(int(body[1:]), ref)
    if body in _XML_ENTITIES:
        return _XML_ENTITIES[body]
    return html.unescape(ref)


def _char(code: int, ref: str) -> str:
    return chr(code) if 0 <= code <= 0x10FFFF else ref


def _unescape(source: str) -> str:
    return _ENTITY.sub(lambda m: _entity(m.group(0)), source)


_XML_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
