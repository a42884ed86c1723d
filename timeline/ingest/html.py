"""Saved web pages (.html, .htm): one article per file.

The page is parsed (stdlib ``html.parser``) into a small tree, and the story
is read from it:

- text: the paragraphs of the story container, in order, joined by a blank
  line: the element with ``itemprop="articleBody"`` (the narrowest), else the
  ``<article>``, else ``<main>`` (of several, the one with the most text: a
  page lists related stories as ``<article>`` cards too); with none (or none
  with text), every ``<p>`` of the ``<body>``. Page furniture is never text:
  ``<script>``, ``<style>``, ``<noscript>``, ``<nav>``, ``<header>``,
  ``<footer>``, ``<aside>``, ``<figure>``/``<figcaption>``, buttons, hidden
  elements (``hidden``, ``aria-hidden="true"``, ``display:none``), an element whose ARIA role is one of those
  tags' or a dialog's (``FURNITURE_ROLES``, a ``<dialog>``: a cookie banner) or whose id or class names cookies
  or consent (``NOTICE_NAMES``: a banner in a plain ``<div>``) unless it is or holds the story, and a
  ``<form>`` that holds no ``<p>`` or stands inside a story container (a
  search box, a comment form; not an ASP.NET page's ``<form id="form1">``
  around its whole body); nor the ``<h1>``, which is the title, nor a
  heading followed only by blocks of links ("Read more" over a section of
  related stories). Every block
  element (``<p>``, ``<div>``, ``<li>``, ``<h2>`` ...) is a paragraph of its
  own; whitespace inside one is collapsed and ``<br>`` is a line break (two
  of them a paragraph break). Entities are decoded. A dateline opens the first
  paragraph as it opens the story ("WASHINGTON, August 30. /TASS/.").
- title: ``og:title``, else the ``<h1>`` in the container, else ``<title>``;
- published: ``article:published_time``, ``og:published_time``,
  ``og:article:published_time``, a
  ``<meta name="date|pubdate|publishdate|dc.date">``, ``itemprop="datePublished"``,
  JSON-LD ``"datePublished"``, else the first ``<time datetime>`` in the
  container -- the string as written, as a JSONL record's ``published`` is
  (``anchor.parse_published`` reads it); the first that reads as a date wins;
- url: ``<link rel="canonical">``, else ``og:url``; source: ``og:site_name``;
- id: the file's stem, as for a .txt file.

Bytes: a byte-order mark, else a ``<meta charset>`` (or http-equiv
Content-Type) in the first 4 KiB, else UTF-8 (``text.decode``, whose
Skipped names a binary or mis-encoded file and the fix).
"""

from __future__ import annotations

import codecs
import json
import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError
from ..model import Article
from ..settings import Fields
from .own_output import check_page
from .text import decode

SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "figure",
                  "figcaption", "button", "select", "textarea", "iframe", "svg", "object", "head", "title"})
# ARIA roles that make an element the furniture its tag would (role="navigation" is a <nav> ...), and a dialog's: a
# cookie or newsletter banner (Cookiebot's, Osano's, Didomi's <div role="dialog">) was read as the story's first
# paragraph of a page with no <article> (newuser49). An element that holds the story container is never furniture.
FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                             "alertdialog"})
# A consent notice in a plain <div> with no ARIA role (<div class="cookie-notice">, OneTrust's
# id="onetrust-consent-sdk", Cookiebot's id="CybotCookiebotDialog") was read as the first paragraph of a page with no
# <article> or <main>
# (newuser49): an element whose id or class names cookies or consent is furniture, as trafilatura's discard XPaths
# take contains(@class, "cookie") and contains(@class, "consent"), unless it holds the story container or the <h1>.
# Never the page or a story container (<div itemprop="articleBody" class="consent-wrapper">): trafilatura's discard
# runs below the body it found (".//*"), never on it. Not "gdpr", which trafilatura does not take: the law's name
# marks what waits on consent ("story-text gdpr-lazy", an embed's "gdpr-placeholder") as often as a notice, and a
# GDPR notice names cookies or consent too ("gdpr-cookie-notice", "moove_gdpr_cookie_info_bar") (reread51c).
NOTICE_NAMES = re.compile(r"cookie|consent", re.I)
NEVER_NOTICE = frozenset({"html", "body"})  # (nor a story container, ``_is_container``)
HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr", "keygen"})
# Elements whose start and end break a paragraph; inline elements (a, b, span, em ...) do not.
BLOCK = frozenset({"address", "article", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
                   "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre",
                   "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
                   "center", "html", "menu"})
# The elements of a story's text, in a container that writes its paragraphs as <p>: then the text of other blocks
# (a <div> of bylines, section names, tags) is page furniture.
TEXT = frozenset({"p", "li", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "th"})
# A start tag of one of these closes an open <p> (HTML's implied </p>).
_CLOSES_P = BLOCK - {"body", "html", "td", "th", "tr", "tbody", "thead", "tfoot", "caption"}
_P_SCOPE = frozenset({"html", "table", "td", "th", "caption", "button", "object", "template"})  # (button scope)
_LI_SCOPE = frozenset({"ul", "ol", "menu", "table", "html"})
DATE_NAMES = ("date", "pubdate", "publishdate", "dc.date")
NO_TEXT = ("no paragraph text found", "save the page as HTML with its article, or export its text")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "_furniture")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None = None):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent
        self._furniture: bool | None = None  # ``furniture``'s verdict on a <form>, a dialog or a role, read once

    def iter(self, skip_furniture: bool = False) -> Iterator[Node]:
        """This element and every element in it, in document order (no recursion: a broken page may nest
        thousands of unclosed elements)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(c for c in reversed(node.children)
                         if isinstance(c, Node) and not (skip_furniture and c.furniture()))

    def hidden(self) -> bool:
        a = self.attrs
        return ("hidden" in a or a.get("aria-hidden", "").strip().lower() == "true"
                or bool(_HIDDEN_STYLE.search(a.get("style", ""))))

    def furniture(self) -> bool:
        if self.tag == "form":
            if self._furniture is None:
                self._furniture = self.hidden() or _in_container(self) or not any(n.tag == "p" for n in _visible(self))
            return self._furniture
        if self.tag in SKIP or self.hidden():
            return True
        if self.tag == "dialog" or self.attrs.get("role", "").strip().lower() in FURNITURE_ROLES:
            if self._furniture is None:
                self._furniture = not any(_is_container(n) for n in self.iter() if n is not self)
            return self._furniture
        named = f"{self.attrs.get('id', '')} {self.attrs.get('class', '')}"
        if self.tag not in NEVER_NOTICE and NOTICE_NAMES.search(named) and not _is_container(self):
            if self._furniture is None:  # (a wrapper so named around the story, its <h1> and all, is read)
                self._furniture = not any(_is_container(n) or n.tag == "h1" for n in self.iter() if n is not self)
            return self._furniture
        return False

    def text(self, words: bool = False) -> str:
        """All the text in it, untouched (script and style included: for JSON-LD); with ``words``, the words a
        reader sees: no script or style, and a space for a <br> and at each block's start and end, so that
        "Erdogan<br>Talks" or "<h2>Syria</h2><p>Truce" keep their words apart (a title read as one line)."""
        out: list[str] = []
        stack: list[Node | str] = list(reversed(self.children))
        while stack:
            child = stack.pop()
            if isinstance(child, str):
                out.append(child)
            elif not words:
                stack.extend(reversed(child.children))
            elif child.tag == "br":
                out.append(" ")
            elif child.tag not in ("script", "style"):
                gap = [" "] if child.tag in BLOCK else []
                stack.extend([*gap, *reversed(child.children), *gap])
        return "".join(out)


class _TreeBuilder(HTMLParser):
    """A forgiving tree: an end tag closes up to its open element (or is ignored when none is open);
    a block start tag closes an open <p>, an <li> an open <li> of the same list."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.open: list[Node] = [self.root]
        self.count: Counter[str] = Counter()  # open elements by tag: a tag not open is no search of the stack

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close("p", _P_SCOPE)
        if tag == "li":
            self._close("li", _LI_SCOPE)
        if tag == "body":
            self._close("head", frozenset())  # a <head> never closed ends where the body begins
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, self.open[-1])
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)
            self.count[tag] += 1

    def _close(self, tag: str, scope: frozenset[str] = frozenset()) -> None:
        """Close an open ``tag`` that no element of ``scope`` stands above."""
        if not self.count[tag]:
            return
        for i in range(len(self.open) - 1, 0, -1):
            if self.open[i].tag == tag:
                self.count.subtract(n.tag for n in self.open[i:])
                del self.open[i:]
                return
            if self.open[i].tag in scope:
                return

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, self.open[-1])
        self.open[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def parse(page: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    return builder.root


# --- text -------------------------------------------------------------------------------------------------------

def paragraphs(container: Node, only: frozenset[str] | None = None) -> list[str]:
    """The paragraphs of a container, in order: block elements break them, furniture and the <h1> give none, nor
    does a block of links only (tags, "Read more"). With ``only``, only the text inside those elements counts
    (``TEXT``, or <p> alone on a page with no story container)."""
    out: list[str] = []
    current: list[str] = []
    own = False  # has the block text outside a link

    def flush() -> None:
        nonlocal own
        text, linked = "".join(current), not own
        current.clear()
        own = False
        if linked:
            return
        for block in re.split(r"\n[ \t]*\n", text):  # <br><br>: a paragraph break
            lines = (_SPACE.sub(" ", line).strip() for line in block.split("\n"))
            paragraph = "\n".join(line for line in lines if line)
            if paragraph:
                out.append(paragraph)

    # (no recursion: a broken page may nest thousands of unclosed elements); None marks a block's end
    stack: list[tuple[Node | str | None, bool, bool]] = [(c, only is None, False) for c in reversed(container.children)]
    while stack:
        child, inside, link = stack.pop()
        if child is None:
            flush()
        elif isinstance(child, str):
            if inside:
                current.append(child.replace("\n", " "))
                own = own or (not link and bool(child.strip()))
        elif child.tag == "br":
            if inside:
                current.append("\n")
        elif not (child.furniture() or child.tag == "h1" or child.tag in HEADINGS and _over_links(child)):
            if child.tag in BLOCK:
                flush()
                stack.append((None, False, False))
            inside, link = inside or (only is not None and child.tag in only), link or child.tag == "a"
            stack.extend((c, inside, link) for c in reversed(child.children))
    flush()
    return out


def fragment(markup: str) -> str:
    """The text of an HTML fragment (a feed item's content, no page around it): every block a paragraph, as in a
    story container that writes no ``<p>``, furniture (a figure's caption, a script) none; paragraphs joined by a
    blank line, as a page's story is."""
    return "\n\n".join(paragraphs(parse(markup)))


def _containers(root: Node) -> list[Node]:
    """The story containers of a page, the narrowest kind first: articleBody, <article>, <main> (the outermost of
    its kind: an <article> inside an <article> is part of it)."""
    for test in (_is_body, lambda n: n.tag == "article", lambda n: n.tag == "main"):
        found, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is not root and test(node):
                found.append(node)
                continue
            stack.extend(c for c in reversed(node.children) if isinstance(c, Node) and not c.furniture())
        if found:
            return found
    return []


def _is_body(node: Node) -> bool:
    """Is ``node`` marked as the story's text (``itemprop="articleBody"``)?"""
    return "articlebody" in node.attrs.get("itemprop", "").lower().split()


def _is_container(node: Node) -> bool:
    return node.tag in ("article", "main") or _is_body(node)


def _in_container(node: Node) -> bool:
    """Does ``node`` stand inside a story container (a comment form in an <article>)?"""
    return any(_is_container(a) for a in _ancestors(node))


def _links_only(node: Node | str) -> bool:
    """Is every word of ``node`` furniture or inside a link (a list of related stories)?"""
    stack = [node]  # (no recursion: a broken page may nest thousands of unclosed elements)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                return False
        elif not (item.furniture() or item.tag == "a"):
            stack.extend(item.children)
    return True


def _over_links(heading: Node) -> bool:
    """Is ``heading`` followed, in its element, only by blocks of links ("Read more" over related stories)?"""
    siblings = heading.parent.children if heading.parent is not None else []
    after = siblings[siblings.index(heading) + 1:]
    return any(isinstance(c, Node) for c in after) and all(_links_only(c) for c in after)


def _visible(node: Node) -> Iterator[Node]:
    """The elements in ``node`` that are not furniture nor inside any."""
    return (n for n in node.iter(skip_furniture=True) if n is not node)


def _ancestors(node: Node) -> Iterator[Node]:
    while node.parent is not None:
        node = node.parent
        yield node


def _read(container: Node) -> list[str]:
    """A container's paragraphs: those of its text elements when it writes its paragraphs as <p>."""
    return paragraphs(container, TEXT if any(n.tag == "p" for n in _visible(container)) else None)


def story(root: Node) -> tuple[Node | None, list[str]]:
    """The story container (None when the page has none with text) and its paragraphs."""
    containers = _containers(root)
    if len(containers) > 1 and containers[0].attrs.get("itemprop"):
        # several articleBody parts of one story (a page split by an advert): read together
        parts = [p for c in containers for p in _read(c)]
        if parts:
            return containers[0], parts
    best: tuple[int, Node | None, list[str]] = (0, None, [])
    for container in containers:
        found = _read(container)
        size = sum(map(len, found))
        if size > best[0]:
            best = (size, container, found)
    if best[1] is not None:
        return best[1], best[2]
    body = next((n for n in root.iter() if n.tag == "body"), root)
    return None, paragraphs(body, frozenset({"p"}))


# --- metadata ---------------------------------------------------------------------------------------------------

def _clean(value: str | None) -> str | None:
    value = _SPACE.sub(" ", value or "").strip()
    return value or None


def _article(container: Node | None) -> Node | None:
    """The story's <article> (or <main>): an articleBody holds the text alone, its headline and time stand above."""
    if container is None or container.tag in ("article", "main"):
        return container
    return next((a for a in _ancestors(container) if a.tag in ("article", "main")), container)


def _metas(root: Node) -> dict[str, str]:
    """<meta property|name=... content=...>, by lower-case key, the first of each."""
    found: dict[str, str] = {}
    for node in root.iter():
        if node.tag == "meta" and (content := _clean(node.attrs.get("content"))):
            for key in ("property", "name", "itemprop"):
                if name := node.attrs.get(key, "").strip().lower():
                    found.setdefault(name, content)
    return found


def _json_ld_dates(root: Node) -> Iterator[str]:
    for node in root.iter():
        if node.tag == "script" and "ld+json" in node.attrs.get("type", "").lower():
            try:
                data = json.loads(node.text())
            except ValueError:
                continue
            yield from _find_key(data, "datePublished")


def _find_key(data: object, key: str) -> Iterator[str]:
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            yield data[key]
        for value in data.values():
            yield from _find_key(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _find_key(item, key)


def published(root: Node, metas: dict[str, str], container: Node | None) -> str | None:
    """The first date the page gives, in the order of the module docstring, preferring one that reads as a date."""
    candidates = [metas.get(k) for k in ("article:published_time", "og:published_time",
                                         "og:article:published_time", *DATE_NAMES)]
    for node in root.iter():
        if node.attrs.get("itemprop", "").lower() == "datepublished":
            candidates.append(node.attrs.get("content") or node.attrs.get("datetime"))
    candidates.extend(_json_ld_dates(root))
    if container is not None:
        candidates.append(next((n.attrs["datetime"] for n in _article(container).iter()
                                if n.tag == "time" and n.attrs.get("datetime", "").strip()), None))
    candidates = [c for c in map(_clean, candidates) if c]
    if len(candidates) > 1:
        from ..anchor import parse_published  # (imports the date grammar: only when there is a choice)

        return next((c for c in candidates if parse_published(c) is not None), candidates[0])
    return candidates[0] if candidates else None


def title(root: Node, metas: dict[str, str], container: Node | None) -> str | None:
    if found := metas.get("og:title"):
        return found
    for scope, tag in ((_article(container), "h1"), (root, "title")):
        if scope is not None:
            node = next((n for n in scope.iter() if n.tag == tag), None)
            if node is not None and (found := _clean(node.text(words=True))):
                return found
    return None


def url(root: Node, metas: dict[str, str]) -> str | None:
    for node in root.iter():
        if node.tag == "link" and "canonical" in node.attrs.get("rel", "").lower().split():
            if found := _clean(node.attrs.get("href")):
                return found
    return metas.get("og:url")


# --- bytes ------------------------------------------------------------------------------------------------------

def decode_page(data: bytes, path: Path, declared: re.Pattern[bytes] = CHARSET, encoding: str | None = None) -> str:
    """A byte-order mark, else the page's declared charset, else UTF-8 (``text.decode``: a binary file or bytes
    that are not UTF-8 get its Skipped with the fix), or ``encoding`` (``--encoding``) where no charset other than a
    UTF is declared. ``declared`` finds the charset in the first 4 KiB: a ``<meta charset>`` here, an XML
    declaration's ``encoding`` for a feed (``ingest/feed.py``)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    codec = declared_charset(data, declared)
    if codec:
        return data.decode(codec, errors="replace")
    return decode(data, path, encoding=encoding)


def declared_charset(data: bytes, declared: re.Pattern[bytes] = CHARSET) -> str | None:
    """The charset a page (or a feed, ``declared`` its pattern) declares in its first 4 KiB and is read in
    (``decode_page``, after a UTF-16 byte-order mark), when it is none of the UTFs; else None."""
    if data.startswith(codecs.BOM_UTF8) or b"\x00" in data[:4096]:
        return None
    match = declared.search(data[:4096])
    if not match:
        return None
    try:
        codec = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        codec = "cp1252"  # as browsers read them (HTML's encoding standard)
    return None if codec.startswith(("utf-8", "utf-16", "utf-32")) else codec


def read_html(path: Path, fields: Fields = Fields(), encoding: str | None = None) -> Iterator[Article]:
    page = decode_page(path.read_bytes(), path, encoding=encoding)
    if not page.strip():
        raise InputError(str(path), "the file is empty", "remove it or save the page again")
    root = parse(page)
    container, found = story(root)
    if not found:
        check_page(path, page)
        raise InputError(str(path), *NO_TEXT)
    metas = _metas(root)
    yield Article(id=path.stem, text="\n\n".join(found), title=title(root, metas, container),
                  published=published(root, metas, container), url=url(root, metas),
                  source=metas.get("og:site_name"), path=str(path))
