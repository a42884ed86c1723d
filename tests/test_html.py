"""Saved web pages (timeline.ingest.html): the story's paragraphs, title, date, url and source of a page.

The pages are built from real articles of the shared corpora (a TASS story
with its dateline, a White House readout, a Reuters story), one ``<p>`` per
line of the record's text, wrapped in the furniture of a real news page: a
navigation menu, a cookie banner in a hidden div, share buttons, a figure with
its caption, related stories, a footer, JSON-LD and scripts. The text read
must be the article's paragraphs, and a build of the page must give the same
events as a build of the JSONL record of the same article.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import RUN_DATE, corpus, read_jsonl, write_file as _write

from timeline import cli
from timeline.anchor import anchor_set
from timeline.ingest import read_articles, read_file
from timeline.model import Article, Skipped

TASS_ID = "tass-1894077"  # "IGORA /Leningrad region/, December 26. /TASS/. Russia's economic growth ..."
WH_ID = "wh-2024-06-20-readout-of-national-security-advisor-jake-sullivans-meeting-with-nato-secretary-general-jens-stoltenberg"
REUTERS_ID = "t17-reuters-311"  # "DAMASCUS, March 21 (Reuters) - The Syrian army deployed on Monday ..."
FILES = {TASS_ID: ("tass", "tass_dev.jsonl"), WH_ID: ("whitehouse", "readouts_dev.jsonl"),
         REUTERS_ID: ("t17_syria", "articles.jsonl")}
FIELDS = ("id", "title", "published", "url", "source", "text")


def _record(article_id: str) -> dict:
    [record] = [r for r in read_jsonl(corpus(*FILES[article_id])) if r["id"] == article_id]
    return record


def _paragraphs(record: dict) -> list[str]:
    return [line.strip() for line in record["text"].split("\n") if line.strip()]


def _body(paragraphs: list[str]) -> str:
    """The story as a CMS writes it: one <p> a paragraph, text wrapped over lines, entities, inline markup,
    a figure with its caption and a 'read also' box between paragraphs."""
    out = []
    for i, paragraph in enumerate(paragraphs):
        words = html.escape(paragraph, quote=False).replace("’", "&rsquo;").split(" ")
        half = len(words) // 2
        text = " ".join(words[:half]) + "\n          " + " ".join(words[half:])
        if i == 0:
            text = text.replace(" ", " <em>", 1).replace(" ", "</em> ", 1) if len(words) > 3 else text
        out.append(f"      <p class=\"text\">{text}</p>\n")
        if i == 0:
            out.append("      <figure><img src=\"/photo.jpg\" alt=\"\"><figcaption>Vladimir Putin &copy; Alexey "
                       "Nikolsky/POOL/TASS</figcaption></figure>\n")
            out.append("      <aside class=\"read-also\"><p>Read also: Kremlin says talks possible</p></aside>\n")
            out.append("      <div class=\"share\" aria-hidden=\"true\"><p>Share on X</p></div>\n")
    return "".join(out)


def _page(head: str, main: str, *, title_tag: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title_tag}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
{head}
  <style>p {{ margin: 0 }} .cookie {{ display: block }}</style>
  <script>window.dataLayer = []; document.write("<p>Loading...</p>");</script>
  <script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Organization",
    "name": "Newsroom", "logo": "/logo.png"}}</script>
</head>
<body class="page">
  <div class="cookie-banner" hidden><p>We use cookies to improve your experience. <button>Accept all</button></p></div>
  <header class="site-header">
    <a href="/" class="logo">Newsroom</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a><li><a href="/economy">Economy</a>
    </ul></nav>
    <form action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
  </header>
{main}
  <footer><p>&copy; 2024 Newsroom. All rights reserved.</p><nav><a href="/about">About us</a></nav></footer>
  <noscript><p>Please enable JavaScript.</p></noscript>
  <script src="/app.js"></script>
  <script>trackPageView({{"section": "politics"}});</script>
</body>
</html>
"""


def tass_page(record: dict) -> str:
    """tass.com: an <article> with the headline and lead in its header, the date in og/article meta."""
    head = f"""  <meta property="og:title" content="{html.escape(record['title'])}">
  <meta property="og:site_name" content="TASS">
  <meta property="og:url" content="{record['url']}">
  <meta property="article:published_time" content="{record['published']}">
  <link rel="canonical" href="{record['url']}">"""
    main = f"""  <main class="container">
    <article class="news">
      <header>
        <h1 class="news-header__title">{html.escape(record['title'])}</h1>
        <p class="news-header__lead">{html.escape(record['description'])}</p>
        <time datetime="2024-12-26T20:13:39">December 26, 20:13</time>
      </header>
{_body(_paragraphs(record))}
      <div class="tags"><a href="/tag/putin">Vladimir Putin</a></div>
    </article>
    <aside class="related"><article><h3>More news</h3><p>Russian Defense Ministry reports on the day</p></article></aside>
  </main>"""
    return _page(head, main, title_tag=f"{html.escape(record['title'])} - Politics &amp; Diplomacy - TASS")


def wh_page(record: dict) -> str:
    """whitehouse.gov: a <main> with the h1, the release date in <meta name="date">, no og:title."""
    day = record["published"][:10]
    head = f"""  <meta name="date" content="{day}">
  <meta property="og:site_name" content="The White House">
  <meta property="og:url" content="{record['url']}">"""
    main = f"""  <main id="main-content">
    <div class="page-header"><h1 class="page-title">{html.escape(record['title'])}</h1>
    <div class="meta"><span>Briefing Room</span> <span>Statements and Releases</span></div></div>
    <section class="body-content">
{_body(_paragraphs(record))}
    </section>
    <div class="share" hidden><p>Share this: Facebook Twitter Email</p></div>
  </main>"""
    return _page(head, main, title_tag=f"{html.escape(record['title'])} | The White House")


def reuters_page(record: dict, title: str) -> str:
    """An old Reuters story page: no article element, the story in <div> columns of <p>, the date in JSON-LD."""
    head = f"""  <script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": {json.dumps(title)}, "datePublished": "{record['published']}T08:50:00Z"}}</script>"""
    main = f"""  <div id="content"><div class="column1">
    <span class="timestamp">Mon Mar 21, 2011 8:50am GMT</span>
{_body(_paragraphs(record))}
  </div>
  <div class="column2"><div class="related" style="display: none"><p>Related: Syria protests spread</p></div></div>
  </div>"""
    return _page(head, main, title_tag=html.escape(title))


REUTERS_TITLE = "Syrian army deploys in Deraa as protests spread | Reuters"


def _pages(tmp_path: Path) -> dict[str, tuple[dict, Path]]:
    tass, wh, reuters = _record(TASS_ID), _record(WH_ID), _record(REUTERS_ID)
    pages = {TASS_ID: (tass, tass_page(tass), ".html"), WH_ID: (wh, wh_page(wh), ".htm"),
             REUTERS_ID: (reuters, reuters_page(reuters, REUTERS_TITLE), ".html")}
    out = {}
    for article_id, (record, page, suffix) in pages.items():
        path = tmp_path / "pages" / f"{article_id}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
        out[article_id] = (record, path)
    return out


def _read(path: Path) -> Article:
    [article] = read_file(path)
    assert isinstance(article, Article), article
    return article


@pytest.mark.corpus
def test_html_page_text_is_the_articles_paragraphs(tmp_path):
    for article_id, (record, path) in _pages(tmp_path).items():
        article = _read(path)
        assert article.id == article_id
        assert article.text == "\n\n".join(_paragraphs(record))
        for furniture in ("cookies", "World", "Search", "Read also", "Share", "POOL", "rights reserved",
                          "JavaScript", "Loading", "trackPageView", "More news", "Related", "Briefing Room",
                          record.get("description") or "no lead"):
            assert furniture not in article.text, (article_id, furniture)
    tass = _read(_pages(tmp_path)[TASS_ID][1])
    assert tass.text.startswith("IGORA /Leningrad region/, December 26. /TASS/. Russia's economic growth")


@pytest.mark.corpus
def test_html_page_metadata_and_anchor(tmp_path):
    pages = _pages(tmp_path)
    tass, wh, reuters = (_read(pages[i][1]) for i in (TASS_ID, WH_ID, REUTERS_ID))
    record = pages[TASS_ID][0]
    assert (tass.title, tass.published, tass.url, tass.source) == (
        record["title"], record["published"], record["url"], "TASS")
    record = pages[WH_ID][0]
    assert (wh.title, wh.published, wh.url, wh.source) == (record["title"], "2024-06-20", record["url"],
                                                           "The White House")
    assert (reuters.title, reuters.published, reuters.url, reuters.source) == (
        REUTERS_TITLE, "2011-03-21T08:50:00Z", None, None)
    anchors = anchor_set([tass, wh, reuters], run_date=RUN_DATE)
    assert [str(a.date) for a in anchors] == ["2024-12-26", "2024-06-20", "2011-03-21"]
    assert [a.dateline.agency if a.dateline else None for a in anchors] == ["TASS", None, "Reuters"]
    assert [a.dateline.place.upper() if a.dateline else None for a in anchors] == ["IGORA", None, "DAMASCUS"]


def _events(folder: Path, out: Path, monkeypatch) -> pd.DataFrame:
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    result = CliRunner().invoke(cli.main, ["build", str(folder), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert ", 0 skipped;" in result.output
    return pd.read_csv(out / "events.csv", dtype=str)


@pytest.mark.corpus
def test_html_page_builds_the_same_events_as_its_jsonl_record(tmp_path, monkeypatch):
    """The page and the record of the same article, with the page's metadata: the same event rows, offsets and
    all, when the record writes its paragraphs one to a line block as the TASS and White House corpora do; the
    Reuters corpus breaks them with one line feed, which moves the offsets (and the ids made from them) only."""
    pages = _pages(tmp_path)
    blocks, corpus_text = [], []
    for article_id, (record, path) in pages.items():
        meta = {k: getattr(_read(path), k) for k in FIELDS}
        blocks.append({**meta, "text": "\n\n".join(_paragraphs(record))})
        corpus_text.append({**meta, "text": record["text"]})
        assert (record["text"] == blocks[-1]["text"]) == (article_id != REUTERS_ID)
    from_pages = _events(tmp_path / "pages", tmp_path / "out_pages", monkeypatch)
    assert len(from_pages) >= 6 and set(from_pages["article_ids"].str.split("; ").explode()) == set(pages)
    for name, records in (("blocks", blocks), ("corpus", corpus_text)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        from_records = _events(folder, tmp_path / f"out_{name}", monkeypatch)
        if name == "blocks":
            pd.testing.assert_frame_equal(from_pages, from_records)
        else:
            same = [c for c in from_pages.columns if "char_" not in c and c != "event_id"]
            pd.testing.assert_frame_equal(from_pages[same], from_records[same])


# --- what a page is read from ----------------------------------------------------------------------------------

STORY = "MOSCOW, December 26. /TASS/. Russia’s economic growth in 2024 will be about 4%, Putin said."


@pytest.mark.parametrize("container", [
    "<article>{}</article>", "<div itemprop=\"articleBody\">{}</div>", "<main>{}</main>"])
def test_html_container_wins_over_other_paragraphs(tmp_path, container):
    body = f"<p>Most read: Oil prices fall</p>{container.format(f'<p>{STORY}</p><p>Second &amp; last.</p>')}"
    article = _read(_write(tmp_path, "story.html", f"<html><body>{body}<p>Subscribe now</p></body></html>"))
    assert article.text == f"{STORY}\n\nSecond & last."


def test_html_article_body_inside_article_is_the_story(tmp_path):
    page = (f"<article><h1>Growth</h1><div class=\"lead\">Putin on the economy</div>"
            f"<div itemprop=\"articleBody\"><p>{STORY}</p></div></article>")
    article = _read(_write(tmp_path, "story.html", page))
    assert (article.text, article.title) == (STORY, "Growth")


def test_html_title_keeps_words_apart_at_a_break(tmp_path):
    """review D #1 (as in a feed's title): an <h1> of two lines read "ErdoganTalks"."""
    page = f"<article><h1>Putin meets Erdogan<br>Talks <span>in</span><div>Sochi</div></h1><p>{STORY}</p></article>"
    assert _read(_write(tmp_path, "story.html", page)).title == "Putin meets Erdogan Talks in Sochi"


def test_html_the_longest_article_of_several(tmp_path):
    page = (f"<main><article><p>Short card</p></article><article><p>{STORY}</p><p>More.</p></article>"
            "<article><p>Another card</p></article></main>")
    assert _read(_write(tmp_path, "story.html", page)).text == f"{STORY}\n\nMore."


@pytest.mark.parametrize("story_part", [
    f"<div id=\"content\"><h1>Growth</h1><p>{STORY}</p><p>Second.</p></div>",
    f"<nav><a href=\"/\">Home</a></nav><article><h1>Growth</h1><p>{STORY}</p><p>Second.</p>"
    "<form><p>Leave a comment</p><textarea></textarea></form></article>",
], ids=["no-container", "article-with-comment-form"])
def test_html_aspnet_form_around_the_body_is_no_furniture(tmp_path, story_part):
    """An ASP.NET page wraps its whole body in <form id="form1">: its paragraphs are the story; a form inside the
    story's container (a comment box) is still furniture."""
    page = ("<html><body><form id=\"form1\" method=\"post\" action=\"./story.aspx\"><div class=\"aspNetHidden\">"
            f"<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"></div>{story_part}</form></body></html>")
    assert _read(_write(tmp_path, "story.aspx.html", page)).text == f"{STORY}\n\nSecond."


def test_html_heading_over_related_links_is_no_text(tmp_path):
    """A "Read more" heading over a section of related-story links is furniture; a sub-heading over paragraphs is
    the story's."""
    page = (f"<article><h1>Growth</h1><p>{STORY}</p><h2>Subhead</h2><p>Second.</p><h2>Read more</h2>"
            "<section class=\"related\"><ul><li><a href=\"/a\">Oil prices fall</a></li><li><a href=\"/b\">Ruble "
            "steady</a></li></ul></section></article>")
    assert _read(_write(tmp_path, "story.html", page)).text == f"{STORY}\n\nSubhead\n\nSecond."


def test_html_br_blocks_and_unclosed_paragraphs(tmp_path):
    page = (f"<html><head><title>Growth</title><body><div class=\"story\"><p>{STORY}\n   again<br>next line"
            "<p>Second<br><br>Third</div><ul><li>not a paragraph</ul></body></html>")
    article = _read(_write(tmp_path, "story.htm", page))
    assert article.text == f"{STORY} again\nnext line\n\nSecond\n\nThird"
    assert article.title == "Growth"


@pytest.mark.parametrize(("head", "body", "published"), [
    ('<meta property="og:published_time" content="2024-12-25">', "", "2024-12-25"),
    ('<meta property="og:article:published_time" content="2024-12-24T09:00">', "", "2024-12-24T09:00"),
    ('<meta name="PubDate" content="Dec 24, 2024">', "", "Dec 24, 2024"),
    ('<meta name="DC.date" content="2024-12-23">', "", "2024-12-23"),
    ("", '<span itemprop="datePublished" content="2024-12-22"></span>', "2024-12-22"),
    ("", '<time itemprop="datePublished" datetime="2024-12-21T10:00">Saturday</time>', "2024-12-21T10:00"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
     '{"@type": "NewsArticle", "datePublished": "2024-12-20"}]}</script>', "", "2024-12-20"),
    ("", "<time datetime=\"2024-12-19\">Thursday</time>", "2024-12-19"),
    ('<meta name="date" content="soon"><meta name="dc.date" content="2024-12-18">', "", "2024-12-18"),
    ('<meta name="date" content="soon">', "", "soon"),
    ("", "", None),
])
def test_html_published_date(tmp_path, head, body, published):
    page = f"<html><head>{head}</head><body><article>{body}<p>{STORY}</p></article></body></html>"
    assert _read(_write(tmp_path, "story.html", page)).published == published


def test_html_time_outside_the_article_is_no_date(tmp_path):
    page = f"<body><div class=\"ticker\"><time datetime=\"2020-01-01\">x</time></div><article><p>{STORY}</p></article>"
    assert _read(_write(tmp_path, "story.html", page)).published is None


def test_html_url_title_source(tmp_path):
    page = ('<head><meta property="og:url" content="https://tass.com/a/1"><meta property="og:site_name" '
            'content="TASS"><title>Page title</title></head><body><main><h1> Story\n title </h1>'
            f'<p>{STORY}</p></main></body>')
    article = _read(_write(tmp_path, "story.html", page))
    assert (article.url, article.source, article.title) == ("https://tass.com/a/1", "TASS", "Story title")
    page = page.replace("<head>", '<head><link rel="canonical" href="https://tass.com/a/2">')
    assert _read(_write(tmp_path, "story.html", page)).url == "https://tass.com/a/2"


# --- encodings and broken pages --------------------------------------------------------------------------------

def test_html_declared_charset_is_honoured(tmp_path):
    page = f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>" \
           f"<body><p>{STORY}</p></body></html>"
    assert _read(_write(tmp_path, "story.html", page.encode("cp1252"))).text == STORY
    page = page.replace('http-equiv="Content-Type" content="text/html; charset=windows-1252"', "charset=ISO-8859-1")
    assert _read(_write(tmp_path, "story.html", page.encode("cp1252"))).text == STORY  # read as browsers do


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_html_byte_order_mark_is_honoured(tmp_path, encoding):
    page = f"<html><head><meta charset=\"windows-1252\"></head><body><p>{STORY}</p></body></html>"
    assert _read(_write(tmp_path, "story.html", page.encode(encoding))).text == STORY


def test_html_not_utf8_without_a_charset_gets_the_iconv_fix(tmp_path):
    path = _write(tmp_path, "story.html", f"<body><p>{STORY}</p></body>".encode("cp1252"))
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and "not UTF-8 text (byte 0x92" in skipped.reason
    assert f"iconv -f WINDOWS-1252 -t UTF-8 {path} > {tmp_path / 'story.utf8.html'}" in skipped.reason


@pytest.mark.parametrize(("content", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "a binary file, not text"),
    ("", "the file is empty"),
    ("<html><head><title>Story</title></head><body></body></html>", "no paragraph text found"),
    ("<html><body><nav><p>Home</p></nav><div hidden><p>We use cookies</p></div>"
     "<script>var p = '<p>x</p>';</script><footer><p>(c) 2024</p></footer></body></html>", "no paragraph text found"),
    ("<html><body>Text straight in the body, with no paragraph</body></html>", "no paragraph text found"),
])
def test_html_broken_page_is_skipped_with_the_fix(tmp_path, content, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    path = _write(folder, "page.html", content)
    [skipped] = read_articles([folder])
    assert isinstance(skipped, Skipped) and skipped.path == str(path)
    assert skipped.reason.startswith(reason)
    if reason == "no paragraph text found":
        assert skipped.reason == ("no paragraph text found (save the page as HTML with its article, "
                                  "or export its text)")


def test_html_thousands_of_unclosed_elements(tmp_path):
    page = "<html><body><article>" + "<div><font>" * 5000 + f"<p>{STORY}</p><h1>A <em>deep</em> title</h1></body>"
    article = _read(_write(tmp_path, "story.html", page))
    assert (article.text, article.title) == (STORY, "A deep title")


COOKIE_BANNERS = [  # as consent tools write them into the page a browser saves ("Save Page As", complete)
    '<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" '
    'class="cc-window cc-banner"><span id="cookieconsent:desc" class="cc-message"><p>This website uses cookies to '
    'ensure you get the best experience on our website.</p></span><a class="cc-btn">Got it!</a></div>',
    '<div id="CybotCookiebotDialog" role="alertdialog"><p>This website uses cookies. We use cookies to personalise '
    'content and ads, to provide social media features and to analyse our traffic.</p></div>',
    '<dialog open><p>Sign up for our newsletter to get the latest news delivered daily to your inbox.</p></dialog>',
    '<div role="navigation"><p>Politics | World | Business &amp; Economy | Society</p></div>',
    # no ARIA role: named by its id or class only (newuser49's list)
    '<div class="cookie-notice"><p>We use cookies to improve your experience on our site. By continuing to browse '
    'you agree to our use of cookies. <a href="/privacy">Privacy policy</a></p><button>Accept</button></div>',
    '<div id="onetrust-consent-sdk"><div class="ot-sdk-container"><p>By clicking "Accept All Cookies", you agree to '
    'the storing of cookies on your device.</p></div></div>',
]


@pytest.mark.parametrize("banner", COOKIE_BANNERS)
def test_html_a_dialog_or_landmark_role_is_furniture_on_a_page_without_a_container(tmp_path, banner):
    """A page with no <article> or <main> is read as every <p> of its body: a cookie banner (role="dialog") was read
    as the story's first paragraph, before its dateline (newuser49)."""
    story = ("MOSCOW, December 26. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with his Turkish "
             "counterpart Hakan Fidan on Thursday.")
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{banner}<h1>Lavrov, Fidan hold talks</h1><div class='c'><p>{story}</p></div>"
                    "</body></html>", encoding="utf-8")
    [article] = read_file(path)
    assert article.text == story


def test_html_a_wrapper_named_for_cookies_that_holds_the_story_is_read(tmp_path):
    # a theme's wrapper around the whole page (its <h1> and all), named for the banner it makes room for
    story = "MOSCOW, December 26. /TASS/. Lavrov held talks with Fidan on Thursday."
    path = tmp_path / "wrapped.html"
    path.write_text(f"<html><body><div class='has-cookie-bar'><h1>Lavrov, Fidan hold talks</h1><p>{story}</p></div>"
                    "</body></html>", encoding="utf-8")
    [article] = read_file(path)
    assert article.text == story


@pytest.mark.parametrize("element", ['<div itemprop="articleBody" class="consent-wrapper">',
                                     '<div class="story-text gdpr-lazy">'])
def test_html_a_story_container_or_a_gdpr_modifier_is_no_notice(tmp_path, element):
    """A story container named for consent, and a story's <div> that waits on GDPR consent, were read as notices:
    "no paragraph text found" (reread51c). trafilatura's discard never takes the body it found, nor "gdpr"."""
    story = "MOSCOW, December 26. /TASS/. Lavrov held talks with Fidan on Thursday."
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{COOKIE_BANNERS[4]}{element}<p>{story}</p></div></body></html>", encoding="utf-8")
    [article] = read_file(path)
    assert article.text == story


def test_html_a_role_that_holds_the_story_is_not_furniture(tmp_path):
    # a story shown in a modal: the dialog holds the <article>, so it is read
    story = "WASHINGTON, January 25. President Trump held a call with King Abdullah II of Jordan on Saturday."
    path = tmp_path / "modal.html"
    path.write_text(f"<html><body><div role='dialog'><article><p>{story}</p></article></div></body></html>",
                    encoding="utf-8")
    [article] = read_file(path)
    assert article.text == story
