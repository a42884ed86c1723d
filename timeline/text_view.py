"""The text an article's pipeline reads, and the way back to the text as the user gave it.

Users' files hold characters that change no word: Windows (``\\r\\n``) and old Mac (``\\r``) line ends (and Word's
line and paragraph separators, U+2028 and U+2029), no-break spaces around a date ("August\\u00a030"), zero-width spaces,
joiners and byte-order marks inside the text, soft hyphens, marks of direction around an Arabic name, letters
decomposed (NFD, "Erdog\\u0306an"), an Asian desk's fullwidth digits ("\\uff12\\uff10\\uff11\\uff18"), HTML entities
a scraper left (``&amp;``, ``&nbsp;``, ``&#8217;``), tabs as paragraph indents and spaces that trail a line. The
rules read words, so ``view`` gives the text they read: those characters dropped, made a plain space or line end,
composed, or decoded; ``TextView.span`` takes a span of that text back to the user's text, so every offset a table
writes is exact into the text as given (``events.csv``'s ``char_start``, ``date_char_start``) and the sentence and
date text are the user's own characters (``to_source``). A text with none of them has no view (``view`` returns
None): the pipeline reads it as it is.

Typographic quotes and dashes are not touched: clean articles hold both kinds and the rules read both.
"""

from __future__ import annotations

import dataclasses
import html.entities
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from .model import Anchor, Article, Event, read_index

Spanned = TypeVar("Spanned")  # a record with ``start``, ``end`` and ``text``: a temporal ``Mention``, an ``ActorMention``

# invisible: soft hyphen, zero-width space / non-joiner / joiner, marks and embeddings of direction, word joiner and
# the invisible operators, byte-order mark (a zero-width no-break space inside the text)
_DROPPED = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
           "\u2066\u2067\u2068\u2069\ufeff"
# spaces that are a space to a reader: no-break, figure, narrow no-break, the typographic widths, ideographic
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# line ends: a lone \r (old Mac), a vertical tab or form feed, NEL, Word's line and paragraph separators (a paragraph's
# a blank line)
_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"
_ONE_FOR_ONE = str.maketrans({**{c: " " for c in _SPACES}, **{c: "\n" for c in _BREAKS}, "\u2029": "\n\n", "\t": " ",
                              **{chr(0xFF10 + d): str(d) for d in range(10)}})  # fullwidth digits
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ODD = re.compile(rf"[{_DROPPED}{_SPACES}{_BREAKS}\t\uff10-\uff19\u0300-\u036f]|{_ENTITY.pattern}|(?:^|\n) | (?:\n|\Z)")
_LINE_ENDS = "\n" + _BREAKS
_BLANK = " \t" + _SPACES  # a run of them at a line's edge holds no word
# what a plain run ends at (``view``): a character the view drops or changes, one that may open an entity, a plain space
# at a line's edge, and any character outside ASCII (a combining mark, or one a mark after it composes with)
_NOT_PLAIN = re.compile(rf"[{_DROPPED}{_SPACES}{_BREAKS}\t&\uff10-\uff19]|(?<![^{_LINE_ENDS}]) | (?=[{_LINE_ENDS}]|\Z)"
                        r"|[^\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class TextView:
    """``text``, the text the pipeline reads; ``source``, the text as given; ``starts[i]`` and ``ends[i]``, the
    span of ``source`` that ``text[i]`` stands for (``starts`` has one more, ``len(source)``, for the text's end).
    Machine integers (``array``): a build keeps every view to its end, and a tuple of Python integers took 72 bytes
    a character (a Windows-line-ended corpus's views were half of the build's memory)."""

    text: str
    source: str
    starts: Sequence[int]
    ends: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``source`` that ``text[start:end]`` stands for (the characters dropped inside it included)."""
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]

    def index(self, position: int) -> int:
        """The way in: the index in ``text`` of the first character that stands at or after ``position`` of
        ``source`` (a dateline an anchor found in the text as given; ``model.read_index``)."""
        return read_index(self.starts, position)


def view(text: str) -> TextView | None:
    """The text the pipeline reads for ``text`` (module doc), or None when it is ``text`` itself.

    Read by runs: a run of plain characters (up to what ``_NOT_PLAIN`` finds: no character the view changes, none a
    mark may compose with) is itself, each character its own place, copied whole; the characters between runs are read
    one by one (``_step``), a run of blanks from its first and a letter from the one before its combining mark. A text
    with a ``\\r\\n`` or an entity per line was read character by character (about 1 microsecond a character)."""
    if not _ODD.search(text) and unicodedata.is_normalized("NFC", text):
        return None
    pieces: list[str] = []
    starts, ends = array("q"), array("q")

    def put(chars: str, start: int, end: int) -> None:
        for c in chars:
            pieces.append(c)
            starts.append(start)
            ends.append(end)

    i, n = 0, len(text)
    while i < n:
        m = _NOT_PLAIN.search(text, i)
        at = n if m is None else m.start()
        if at < n:
            c = text[at]
            if c in _BLANK:  # (a run of blanks is read from its first: plain spaces before it are of it)
                while at > i and text[at - 1] == " ":
                    at -= 1
            elif at > i and text[at - 1] != " " and unicodedata.combining(c):
                at -= 1  # (a mark composes with the letter before it)
        if at > i:
            pieces.append(text[i:at])
            starts.extend(range(i, at))
            ends.extend(range(i + 1, at + 1))
        i = _step(text, at, n, put) if at < n else n
    out = "".join(pieces)
    if out == text:
        return None
    starts.append(n)
    return TextView(out, text, starts, ends)


def _step(text: str, i: int, n: int, put) -> int:
    """Read the character at ``i`` of ``text`` (with the run of blanks, the entity or the combining marks it opens)
    into ``put``; where the next one to read is."""
    c = text[i]
    if c in _DROPPED or (c == "\r" and text[i + 1:i + 2] == "\n"):
        return i + 1
    if c in _BLANK:  # a run of spaces and tabs, whole (a line's indent or trailing spaces hold no word: dropped)
        j = i + 1
        while j < n and text[j] in _BLANK:
            j += 1
        if not (i == 0 or text[i - 1] in _LINE_ENDS or j == n or text[j] in _LINE_ENDS):
            for k in range(i, j):
                put(" ", k, k + 1)
        return j
    if c == "&":
        m = _ENTITY.match(text, i)
        decoded = _entity(m.group()) if m else None
        if decoded is not None:
            put(decoded.translate(_ONE_FOR_ONE), i, m.end())
            return m.end()
    j = i + 1  # a letter and the combining marks after it, composed (NFC)
    while j < n and unicodedata.combining(text[j]):
        j += 1
    if j > i + 1:
        composed = unicodedata.normalize("NFC", text[i:j])
        if len(composed) == 1:
            put(composed.translate(_ONE_FOR_ONE), i, j)
        else:  # no one character for the whole: each keeps its own place
            for k in range(i, j):
                put(unicodedata.normalize("NFC", text[k]).translate(_ONE_FOR_ONE), k, k + 1)
        return j
    put(c.translate(_ONE_FOR_ONE), i, i + 1)
    return i + 1


def read(article: Article) -> tuple[Article, TextView | None]:
    """``article`` with its text as the rules read it (``view``), and the view; the article itself and None when its
    text has nothing to make plain or it was read through a view already (``Article.given_starts``)."""
    v = view(article.text) if article.given_starts is None else None
    if v is None:
        return article, None
    return dataclasses.replace(article, text=v.text, given_starts=v.starts), v


def read_all(records: list) -> tuple[list, dict[str, TextView]]:
    """The records (articles, and the ``Skipped`` and ``Failed`` among them, as they are) with each article read
    (``read``), and the views of the articles whose text that changed, by article id (ids unique:
    ``ingest.unique_ids``): how ``build`` and ``timex`` read their inputs."""
    views: dict[str, TextView] = {}
    out = []
    for r in records:
        if isinstance(r, Article):
            r, v = read(r)
            if v is not None:
                views[r.id] = v
        out.append(r)
    return out, views


def _entity(ref: str) -> str | None:
    """The character an HTML entity stands for (``&amp;`` "&", ``&#8217;`` "’"), or None for no entity."""
    body = ref[1:-1]
    if body.startswith("#"):
        code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])  # (the pattern lets only digits through)
        return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else None
    return html.entities.html5.get(body + ";")


def to_source(event: Event, views: dict[str, TextView]) -> Event:
    """``event`` with its spans, sentence and date text in its article's text as given (``views``: article id ->
    its view, for the articles that have one)."""
    v = views.get(event.article_id)
    if v is None:
        return event
    start, end = v.span(event.char_start, event.char_end)
    changes = {"char_start": start, "char_end": end, "sentence": v.source[start:end]}
    if event.date_char_start is not None and event.date_char_end is not None:
        ds, de = v.span(event.date_char_start, event.date_char_end)
        changes.update(date_char_start=ds, date_char_end=de, date_text=v.source[ds:de])
    if event.trigger_char_start is not None:
        changes["trigger_char_start"] = v.span(event.trigger_char_start, event.trigger_char_start + 1)[0]
    return dataclasses.replace(event, **changes)


def sentences_to_source(event: Event, by_sentence: dict[tuple[str, str], str]) -> Event:
    """A merged event whose ``source_sentences`` (its reports' sentences, ``merge.merged_event``) are given back as
    written (``by_sentence``: (article id, sentence read) -> the sentence as given)."""
    said = event.extra.get("source_sentences")
    if not said:
        return event
    ids = event.extra.get("article_ids", (event.article_id,))
    given = tuple(dict.fromkeys(next((by_sentence[(a, s)] for a in ids if (a, s) in by_sentence), s) for s in said))
    if given == said:
        return event
    return dataclasses.replace(event, extra={**event.extra, "source_sentences": given})


def span_to_source(item: Spanned, v: TextView | None) -> Spanned:
    """A temporal expression or an actor mention (``start``, ``end``, ``text``) found in a view's text, with its span
    and text in the text as given (``v`` None: as it is)."""
    if v is None:
        return item
    start, end = v.span(item.start, item.end)
    return dataclasses.replace(item, start=start, end=end, text=v.source[start:end])


def anchor_to_source(anchor: Anchor, v: TextView | None) -> Anchor:
    """``anchor`` with its dateline's offsets in the text as given (found in the view's text)."""
    line = anchor.dateline
    if v is None or line is None:
        return anchor
    start, end = v.span(line.start, line.end)
    stamp = v.starts[line.stamp_start] if line.stamp_start is not None else None
    return dataclasses.replace(anchor, dateline=dataclasses.replace(line, start=start, end=end, stamp_start=stamp,
                                                                    body_start=v.starts[line.body_start]))


def anchor_to_view(anchor: Anchor, v: TextView | None) -> Anchor:
    """``anchor`` with its dateline's offsets (found in the text as given) in the view's text."""
    line = anchor.dateline
    if v is None or line is None:
        return anchor
    return dataclasses.replace(anchor, dateline=dataclasses.replace(
        line, start=v.index(line.start), end=v.index(line.end), body_start=v.index(line.body_start),
        stamp_start=v.index(line.stamp_start) if line.stamp_start is not None else None))
