"""Saved news feeds (.rss, .atom, and an .xml whose root is a feed): one article per item or entry.

RSS 2.0 (``<rss><channel><item>``), RSS 1.0 (``<rdf:RDF><item>``) and Atom 1.0 (``<feed><entry>``):

- id: the item's ``guid``, the entry's ``id``, an RSS 1.0 item's ``rdf:about``; else its link; else ``stem:N``, N
  being the item's place in the feed (from 1), which is its ``record`` too;
- title; url: the link (Atom: ``rel="alternate"`` or no rel); source: the item's ``<source>`` (Atom: its source
  feed's title), else the channel's (feed's) title;
- published: RSS ``pubDate`` (RFC 822, "Thu, 26 Dec 2024 17:13:39 GMT", named zones too), written as ISO with the
  date and time as written and the zone's offset; Atom ``published``, else ``updated``; Dublin Core ``dc:date``:
  the first that reads as a date (``anchor.parse_published``), passed on as a ``.jsonl`` record's ``published`` is,
  so a dateline day near it wins as it does there;
- text: ``content:encoded`` (Atom ``content``), else ``description`` (Atom ``summary``). HTML, escaped or in CDATA
  (Atom ``type="html"`` or ``"xhtml"``, or raw well-formed elements in an RSS field), is read by
  ``html.fragment``: each block a paragraph, joined by a blank line, so that a dateline opens the text as it opens
  the story; text with no markup is kept as written. Elements are written back as HTML without recursion: an
  entry may nest thousands.

Every item is accounted for: one with no text is skipped with its place and line (and, when its HTML gave no
paragraph, a heading or links only, saying so); one whose dates none reads as a
date passes the first on as written, as a record's unreadable ``published`` is (the anchor step reads the dateline
and flags it); a file that is not well-formed XML is skipped with the line and column the parser stopped at; an
.xml file of another kind is skipped with the fix (a TimeML one: rename it to .tml; an Atom 0.3 one is named by
its namespace).

Entities: ``xml.etree`` (expat) expands the entities a document declares in its own DTD (expat 2.4 and later stop
a "billion laughs" only at an amplification limit) and never fetches external ones (an external entity is an
"undefined entity" error). A feed needs none, so this reader refuses any ``<!ENTITY`` declaration outright: it
parses with expat itself, whose declaration handler ElementTree's parser does not expose, into an ElementTree.
A DOCTYPE that names an external DTD (RSS 0.91's) is never read, and expat then skips, silently, the entities the
document does not declare ("Caf&eacute;" read "Caf"): this reader takes an HTML entity name (``html.entities``,
the names RSS 0.91's DTD declares) as its character, and any other name as the undefined-entity error with its
fix. In an attribute expat drops such an entity without reporting it ("http://x/caf&eacute;/" read
"http://x/caf/"), so a start tag whose attributes the reader uses (an Atom link, title, content or summary; an
``rdf:about``) and name any entity but XML's five refuses the file with the fix; the attributes of HTML elements
in a field are not checked, as none reaches the text. Nothing is expanded from a declaration either way.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from html.entities import html5
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

from ..errors import InputError
from ..model import Article, Skipped
from ..settings import Fields
from .html import decode_page, fragment
from .html import parse as parse_html

ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = ("{http://purl.org/rss/1.0/}", "{http://my.netscape.com/rdf/simple/0.9/}")
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
DECLARED = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:\-]+)""")
_MARKUP = re.compile(r"<[A-Za-z!/?]|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_RFC822 = re.compile(r"\s*(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2}|\d{4})"
                     r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[A-Za-z]{1,5}))?)?\s*$")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# RFC 822's named zones, and a few that feeds write although RFC 822 has no name for them; others (military
# letters, "IST", which is three zones) give no offset: the date as written is what the anchor reads anyway
ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
         "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "JST": 9}


def read_feed(path: Path, fields: Fields = Fields(), encoding: str | None = None) -> Iterator[Article | Skipped]:
    content = decode_page(path.read_bytes(), path, DECLARED, encoding)
    if not content.strip():
        raise InputError(str(path), "the file is empty", "remove it or save the feed again")
    root, lines = parse(content, path)
    items, ns, channel = _items(root)
    if not items:
        raise InputError(str(path), f"the feed holds no <{'entry' if ns == ATOM else 'item'}>",
                         "save the feed with its items, or leave it out")
    source = _title(channel, ns)  # (a text construct too: "Wire &lt;b&gt;X&lt;/b&gt;" is "Wire X")
    for number, item in enumerate(items, start=1):
        yield _article(item, ns, path, number, lines.get(item), source)


# --- the tree -----------------------------------------------------------------------------------------------------

def parse(content: str, path: Path) -> tuple[ET.Element, dict[ET.Element, int]]:
    """The feed's tree (names as ElementTree writes them, ``{namespace}local``) and the line each element opens
    at; an InputError for a file that is no feed, not well-formed XML, or declares an entity."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    lines: dict[ET.Element, int] = {}
    external: list[bytes] = []  # the document as expat reads it (UTF-8), once a DOCTYPE names an external DTD

    def start(name: str, attrs: dict[str, str]) -> None:
        tag, attrs = _name(name), {_name(k): v for k, v in attrs.items()}
        if not lines:
            _is_feed(tag, path)
        if external and (tag in _READ_ATTRS or RDF + "about" in attrs):
            _attribute_entities(external[0], parser, path)
        lines[builder.start(tag, attrs)] = parser.CurrentLineNumber

    def doctype(_name: str, system_id: str | None, public_id: str | None, _subset: bool) -> None:
        if (system_id or public_id) and not external:
            external.append(content.encode("utf-8"))

    def refuse(name: str, *_: object) -> None:  # (before the root: the file may be no feed at all)
        raise InputError(str(path), f"the file declares an XML entity ({name!r} at line {parser.CurrentLineNumber}), "
                         "which timeline does not expand", "delete the <!DOCTYPE ...> declarations; a feed needs none")

    def undeclared(name: str, parameter: bool) -> None:
        """An entity expat skips, as a DOCTYPE names an external DTD it does not read: an HTML name ("&eacute;",
        "&nbsp;", which RSS 0.91's DTD declares) is its character, any other name an error (never text lost)."""
        if parameter:  # a "%ext;" in the DOCTYPE: nothing of it is read (and entities are skipped as after one)
            if not external:
                external.append(content.encode("utf-8"))
            return
        if (char := html5.get(name + ";")) is None:
            raise InputError(str(path), f"not well-formed XML (undefined entity &{name}; at line "
                             f"{parser.CurrentLineNumber}, column {parser.CurrentColumnNumber + 1})", _fix(UNDEFINED))
        builder.data(char)

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = doctype
    parser.EndElementHandler = lambda name: builder.end(_name(name))
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = refuse
    parser.SkippedEntityHandler = undeclared
    try:
        parser.Parse(content, True)
    except expat.ExpatError as err:
        raise InputError(str(path), f"not well-formed XML ({expat.errors.messages[err.code]} at line {err.lineno}, "
                         f"column {err.offset + 1})", _fix(err.code)) from None
    return builder.close(), lines


UNDEFINED = expat.errors.codes[expat.errors.XML_ERROR_UNDEFINED_ENTITY]
# The elements whose attributes the reader uses (a link's href and rel, a text construct's type and src), and
# RSS 1.0's rdf:about on any; an HTML element's attributes in a field do not reach the text.
_READ_ATTRS = frozenset({ATOM + "link", ATOM + "title", ATOM + "content", ATOM + "summary"})
_START_TAG = re.compile(rb"""<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/?>""")
_NAMED_REF = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z_:][A-Za-z0-9_.:\-]*);")


def _attribute_entities(document: bytes, parser: expat.XMLParserType, path: Path) -> None:
    """Refuse a start tag whose attribute names an entity, after a DOCTYPE that names an external DTD: expat drops
    it from the value without a word ("http://x/caf&eacute;/" read "http://x/caf/"), as it reports none there."""
    tag = _START_TAG.match(document, parser.CurrentByteIndex)
    if tag and (ref := _NAMED_REF.search(tag[0])):
        name = ref[1].decode("utf-8", "replace")
        raise InputError(str(path), f"an attribute at line {parser.CurrentLineNumber} names the entity &{name};, "
                         "which the external DTD the DOCTYPE names would declare; timeline does not read that DTD, "
                         "and the value would lose it", "write the character itself or as a number (&#233;)")


def _fix(code: int) -> str:
    if code == UNDEFINED:
        return "write the character itself or as a number (&#160;), or put the item's HTML in <![CDATA[ ... ]]>"
    return "fix the feed at that line (an unescaped & or <, or a download cut short), or save the feed again"


def _name(name: str) -> str:
    """expat's "namespace local" as ElementTree's "{namespace}local"."""
    namespace, _, local = name.rpartition(" ")
    return f"{{{namespace}}}{local}" if namespace else local


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _is_feed(tag: str, path: Path) -> None:
    """Refuse at its root element an XML file that is no RSS or Atom feed, before reading the rest."""
    if tag in ("rss", RDF + "RDF", ATOM + "feed"):
        return
    local, namespace = _local(tag), tag[1:].partition("}")[0] if tag.startswith("{") else ""
    if local in ("rss", "RDF", "feed"):  # a feed's root in a namespace this reader does not know (Atom 0.3's)
        raise InputError(str(path), f"a feed whose root is <{local}> in the namespace {namespace or '(none)'}, "
                         "not RSS 2.0, RSS 1.0 or Atom 1.0 (http://www.w3.org/2005/Atom)",
                         "save the feed again as RSS 2.0 or Atom 1.0, or leave it out")
    fix = ("rename it to .tml" if local == "TimeML" else
           "timeline reads an .xml file as an RSS or Atom feed only; convert its articles to .jsonl or .txt, "
           "or leave it out")
    raise InputError(str(path), f"an XML file whose root is <{local}>, not an RSS or Atom feed", fix)


def _items(root: ET.Element) -> tuple[list[ET.Element], str, ET.Element]:
    """The items, the namespace their fields are in, and the element the feed's title is in."""
    if root.tag == ATOM + "feed":
        return root.findall(ATOM + "entry"), ATOM, root
    if root.tag == "rss":
        channel = root.find("channel")
        channel = channel if channel is not None else root
        return channel.findall("item") or root.findall("item"), "", channel  # (RSS 0.9x: items beside it)
    for ns in RSS1:  # RDF: the items stand beside the channel
        if (items := root.findall(ns + "item")) or root.find(ns + "channel") is not None:
            channel = root.find(ns + "channel")
            return items, ns, channel if channel is not None else root
    return [], RSS1[0], root


def _text(element: ET.Element | None, tag: str) -> str | None:
    found = element.find(tag) if element is not None else None
    value = " ".join((found.text or "").split()) if found is not None else ""
    return value or None


# --- one item -----------------------------------------------------------------------------------------------------

def _article(item: ET.Element, ns: str, path: Path, number: int, line: int | None,
             source: str | None) -> Article | Skipped:
    atom = ns == ATOM
    kind = "entry" if atom else "item"
    where = f"{kind} {number}" + (f" (line {line})" if line else "")
    url = _link(item) if atom else _text(item, ns + "link")
    found_id = _text(item, ATOM + "id" if atom else "guid") or (item.get(RDF + "about") or "").strip() or url
    text, markup = _body(item, ns)
    if not text:
        fields = "content or summary" if atom else "content:encoded or description"
        why = (f"its {fields} holds HTML with no paragraph text (a heading, links or a figure only); save the "
               f"{kind} with its story's text or drop it" if markup else
               f"its {fields} is missing or empty; fill one or drop the {kind}")
        return Skipped(str(path), f"{where} has no text ({why})", record=number, id=found_id)
    names = ((ATOM + "published", "published"), (ATOM + "updated", "updated")) if atom else (("pubDate", "pubDate"),)
    dates = [(name, value) for tag, name in (*names, (DC + "date", "dc:date")) if (value := _text(item, tag))]
    published = next((found for _, value in dates if (found := _date(value))), None)
    if dates and published is None:  # kept, as a record with an unreadable date is: the anchor step reads its
        published = dates[0][1]       # dateline instead and flags the date (or skips it, with the reason, if none)
    own_source = _text(item.find(ATOM + "source"), ATOM + "title") if atom else _text(item, "source")
    return Article(id=found_id or f"{path.stem}:{number}", text=text, title=_title(item, ns), published=published,
                   url=url, source=own_source or source, path=str(path), record=number)


def _link(entry: ET.Element) -> str | None:
    for link in entry.findall(ATOM + "link"):
        if link.get("rel", "alternate") == "alternate" and (href := (link.get("href") or "").strip()):
            return href
    return None


def _title(item: ET.Element | None, ns: str) -> str | None:
    """An item's or the feed's title as one line of text: all its words, a link's too (an Atom title is a text
    construct; an RSS one is HTML when it holds markup)."""
    title = item.find(ns + "title") if item is not None else None
    if title is None:
        return None
    kind, value = "html" if ns != ATOM else (title.get("type") or "text").strip().lower(), title.text or ""
    if kind == "xhtml" or len(title):
        value = _all_text(_inner(title))
    elif kind in ("html", "text/html") and _MARKUP.search(value):
        value = _all_text(value)
    return " ".join(value.split()) or None


def _all_text(markup: str) -> str:
    """Every word of an HTML fragment, links and headings too, scripts and styles not, a <br> or a block's edge
    a space (no recursion)."""
    return parse_html(markup).text(words=True)


def _body(item: ET.Element, ns: str) -> tuple[str, bool]:
    """The item's text: its full content, else its summary; and whether a field held something (markup that
    gave no paragraph text) although none gave text."""
    if ns == ATOM:
        candidates = [(item.find(ATOM + "content"), None), (item.find(ATOM + "summary"), None)]
    else:
        candidates = [(item.find(CONTENT + "encoded"), "html"), (item.find(ns + "description"), "html")]
    markup = False
    for element, kind in candidates:
        if element is None:
            continue
        if text := _content(element, kind):
            return text, False
        markup = markup or (bool(len(element)) or _MARKUP.search(element.text or "") is not None) \
            and not element.get("src")
    return "", markup


def _content(element: ET.Element, kind: str | None) -> str:
    """The text of an RSS field (``kind`` "html": HTML when it holds markup) or an Atom text construct (its
    ``type``: text, html, xhtml, or a media type; content given by ``src`` is not in the feed)."""
    if kind is None:
        if element.get("src"):
            return ""
        kind = (element.get("type") or "text").strip().lower()
    if kind == "xhtml" or len(element) and (kind in ("html", "text") or kind.startswith("text/")):
        return fragment(_inner(element))  # (an RSS field's raw, well-formed HTML elements are read the same way)
    value = element.text or ""
    if kind in ("html", "text/html") and _MARKUP.search(value):
        return fragment(value)
    if kind in ("html", "text", "text/html") or kind.startswith("text/"):
        return value.strip()
    return ""


def _inner(element: ET.Element) -> str:
    """An element's content as HTML for ``html.fragment``, the namespaces off; without recursion (unlike
    ``ET.tostring``), as an entry may nest its elements thousands deep."""
    out = [escape(element.text or "", quote=False)]
    stack: list[tuple[ET.Element, bool]] = [(child, False) for child in reversed(element)]
    while stack:
        node, closing = stack.pop()
        tag = _local(node.tag)
        if closing:
            out.append(f"</{tag}>{escape(node.tail or '', quote=False)}")
            continue
        attrs = "".join(f' {_local(k)}="{escape(v)}"' for k, v in node.items())
        if not len(node) and not node.text:
            out.append(f"<{tag}{attrs} />{escape(node.tail or '', quote=False)}")
            continue
        out.append(f"<{tag}{attrs}>{escape(node.text or '', quote=False)}")
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "".join(out)


def _date(value: str) -> str | None:
    """A feed's date as a metadata date string that reads as a date (an RFC 822 date written as ISO), or None."""
    from ..anchor import parse_published  # (imports the date grammar only when a feed is read)

    written = _rfc822(value) or value
    return written if parse_published(written) is not None else None


def _rfc822(value: str) -> str | None:
    """ "Thu, 26 Dec 2024 20:13:39 +0300" -> "2024-12-26T20:13:39+03:00": the day and time as written, with the
    zone's offset when it is a number or a name ``ZONES`` knows; a two-digit year as RFC 2822 reads it."""
    match = _RFC822.match(value)
    if not match or match[2].lower() not in _MONTHS:
        return None
    day, month, year = int(match[1]), _MONTHS[match[2].lower()], int(match[3])
    if len(match[3]) == 2:
        year += 2000 if year < 50 else 1900
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    if match[4] is None or int(match[4]) > 23 or int(match[5]) > 59 or int(match[6] or 0) > 59:
        return f"{year:04d}-{month:02d}-{day:02d}"  # (no time, or none that is one: "25:61:00", the date alone)
    written = f"{year:04d}-{month:02d}-{day:02d}T{int(match[4]):02d}:{match[5]}:{match[6] or '00'}"
    zone = match[7] or ""
    if zone and zone[0] in "+-":
        return f"{written}{zone[:3]}:{zone[3:]}"
    hours = ZONES.get(zone.upper())
    return written if hours is None else f"{written}{'+' if hours >= 0 else '-'}{abs(hours):02d}:00"
