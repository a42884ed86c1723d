"""Saved feeds (timeline.ingest.feed): RSS 2.0, RSS 1.0 and Atom items as articles, and the items and files skipped.

``tests/data/feeds/briefings.rss`` and ``briefings.atom`` hold three real corpus articles: two White House
readouts (whitehouse/readouts_dev.jsonl) and a TASS story with its dateline (tass/tass_dev.jsonl), one ``<p>`` per
paragraph of the record's text. The RSS feed gives the first in ``content:encoded`` (CDATA), the second as
entity-escaped HTML in ``description``, the TASS story in ``content:encoded`` with its dateline in ``<strong>`` and
a figure after it; its dates are RFC 822 with named zones (EST, EDT) and an offset. The Atom feed gives them as
``type="html"`` content, ``type="xhtml"`` content and CDATA, the TASS entry with an ``updated`` of the next
morning and no ``published``, so that its dateline's day wins as the anchor's precedence says.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import DATA, RUN_DATE, corpus, read_jsonl, write_file as _write

import timeline
from timeline import cli
from timeline.anchor import anchor_set
from timeline.ingest import read_articles, read_file
from timeline.ingest.feed import _rfc822
from timeline.model import Article, Skipped

RSS = DATA / "feeds" / "briefings.rss"
ATOM = DATA / "feeds" / "briefings.atom"
MACRON = "wh-2024-11-22-readout-of-president-bidens-call-with-president-macron-of-france-4"
SCHOLZ = "wh-2022-10-09-readout-of-president-joe-bidens-call-with-chancellor-olaf-scholz-of-germany"
TASS_ID = "tass-1894077"
URLS = {MACRON: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/11/22/"
                "readout-of-president-bidens-call-with-president-macron-of-france-4/",
        SCHOLZ: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/10/09/"
                "readout-of-president-joe-bidens-call-with-chancellor-olaf-scholz-of-germany/",
        TASS_ID: "https://tass.com/politics/1894077"}
DATELINE = "IGORA /Leningrad region/, December 26. /TASS/. Russia's economic growth in 2024 will be about 4%"
FIELDS = ("id", "title", "published", "url", "source")


def _read(path: Path) -> list[Article | Skipped]:
    return list(read_file(path))


# --- the fixture feeds ------------------------------------------------------------------------------------------

def test_feed_rss_items_ids_dates_and_text():
    articles = _read(RSS)
    assert all(isinstance(a, Article) for a in articles)
    assert [a.id for a in articles] == [MACRON, SCHOLZ, TASS_ID]  # the guid
    assert [a.record for a in articles] == [1, 2, 3] and {a.path for a in articles} == {str(RSS)}
    assert [a.published for a in articles] == ["2024-11-22T13:37:03-05:00", "2022-10-09T12:36:40-04:00",
                                               "2024-12-26T20:13:39+03:00"]
    assert [a.url for a in articles] == list(URLS.values())
    assert [a.source for a in articles] == ["The White House", "The White House", "TASS"]  # the item's <source>
    assert articles[2].title == "Russia’s economic growth will be almost 4% in 2024, Putin says"
    macron, scholz, tass = (a.text for a in articles)
    assert macron.startswith("President Biden spoke today with President Macron of France on a number")  # not the
    assert macron.endswith("national security teams.\n\n###")  # description's one line: content:encoded wins
    assert scholz.startswith("President Joseph R. Biden, Jr. spoke today") and scholz.endswith("Balkans.\n\n###")
    assert tass.startswith(DATELINE) and tass.count("\n\n") == 4  # five paragraphs, no figure caption
    assert "Nikolsky" not in tass and "<" not in tass


def test_feed_atom_entries_ids_dates_and_text():
    rss, atom = _read(RSS), _read(ATOM)
    assert [a.id for a in atom] == list(URLS.values())  # the entry's id, here its url
    assert [a.url for a in atom] == list(URLS.values())
    assert [a.published for a in atom] == ["2024-11-22T13:37:03-05:00", "2022-10-09T12:36:40-04:00",
                                           "2024-12-27T10:02:00+03:00"]  # published, else updated
    assert [a.source for a in atom] == ["Saved briefings", "Saved briefings", "TASS"]  # the feed's, the source's
    assert [a.text for a in atom] == [a.text for a in rss]  # html, xhtml and CDATA content read alike
    assert [a.title for a in atom] == [a.title for a in rss]


@pytest.mark.corpus
def test_feed_text_is_the_corpus_articles_text():
    records = {r["id"]: r for name in (("whitehouse", "readouts_dev.jsonl"), ("tass", "tass_dev.jsonl"))
               for r in read_jsonl(corpus(*name)) if r["id"] in URLS}
    for path in (RSS, ATOM):
        for article, article_id in zip(_read(path), URLS):
            assert article.text == records[article_id]["text"], (path.name, article_id)
            assert article.title == records[article_id]["title"]


def test_feed_anchors_keep_the_readers_precedence():
    """RSS: each item's pubDate; the TASS item's dateline gives the same day, so its dateline is the source (the
    pubDate its year: basis49). Atom: the TASS entry was updated the next morning; its dateline's day, one day before,
    wins (within three days) and the difference is flagged."""
    rss = anchor_set(_read(RSS), run_date=RUN_DATE)
    assert [(str(a.date), a.source) for a in rss] == [("2024-11-22", "metadata"), ("2022-10-09", "metadata"),
                                                        ("2024-12-26", "dateline")]
    assert (rss[2].year_source, rss[2].flags) == ("metadata", ())
    assert rss[2].dateline is not None and rss[2].dateline.agency == "TASS"
    atom = anchor_set(_read(ATOM), run_date=RUN_DATE)
    assert (str(atom[2].date), atom[2].source, atom[2].year_source) == ("2024-12-26", "dateline", "metadata")
    assert atom[2].flags == ("dateline_day_differs_from_metadata_by_1d",)
    assert atom[2].dateline.place.upper() == "IGORA"


@pytest.mark.parametrize("path, basis", [(RSS, "dateline"), (ATOM, "dateline")], ids=["rss", "atom"])
def test_feed_event_offsets_point_into_the_item_text(path, basis):
    texts = {a.id: a.text for a in _read(path)}
    result = timeline.build(path, timeline.Settings(run_date=RUN_DATE))
    events = result.events
    assert len(events) >= 6 and set(events["article_ids"]) == set(texts)
    for row in events.itertuples():
        text = texts[row.article_ids]
        assert text[row.char_start:row.char_end] == row.sentence
        if pd.notna(row.date_char_start):
            assert text[int(row.date_char_start):int(row.date_char_end)] == row.date_text
    tass = events[events["article_ids"] == list(texts)[2]]
    statement = tass[tass["event_type"] == "statement"].iloc[0]
    # the RSS item's dateline gives its pubDate's day (basis49: ``dateline``, it was ``published``); the Atom entry's
    # timestamp is a day later, so its dateline's day dates it (``anchor_set`` above: ``dateline``)
    assert (statement["event_date"], statement["date_basis"]) == ("2024-12-26", basis)
    assert texts[list(texts)[2]][statement["char_start"]:].startswith("Russia's economic growth in 2024")


def _events(paths: list[Path], out: Path, monkeypatch) -> pd.DataFrame:
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)
    result = CliRunner().invoke(cli.main, ["build", *map(str, paths), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert ", 0 skipped;" in result.output
    return pd.read_csv(out / "events.csv", dtype=str)


@pytest.mark.corpus
@pytest.mark.parametrize("path", [RSS, ATOM], ids=["rss", "atom"])
def test_feed_builds_the_same_events_as_its_jsonl_records(tmp_path, monkeypatch, path):
    """`timeline build FEED` and a build of the corpus records of the same articles, with the feed's metadata:
    the same event rows, offsets and all (the corpora write one paragraph a line block, as the feed reader joins
    the item's paragraphs)."""
    records = {r["id"]: r for name in (("whitehouse", "readouts_dev.jsonl"), ("tass", "tass_dev.jsonl"))
               for r in read_jsonl(corpus(*name)) if r["id"] in URLS}
    lines = [{**{k: getattr(article, k) for k in FIELDS}, "text": records[article_id]["text"]}
             for article, article_id in zip(_read(path), URLS)]
    jsonl = _write(tmp_path, "articles.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    from_feed = _events([path], tmp_path / "out_feed", monkeypatch)
    from_records = _events([jsonl], tmp_path / "out_records", monkeypatch)
    assert len(from_feed) >= 6
    pd.testing.assert_frame_equal(from_feed, from_records)


# --- other feeds: RSS 1.0, ids, dates, encodings -----------------------------------------------------------------

RDF = """<?xml version="1.0" encoding="{encoding}"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>Wire</title><link>https://example.org/</link>
    <description>x</description><items><rdf:Seq><rdf:li rdf:resource="https://example.org/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://example.org/1">
    <title>Lavrov meets Fidan</title>
    <link>https://example.org/1</link>
    <dc:date>2024-12-26T10:00:00+03:00</dc:date>
    <description>MOSCOW, December 26. /TASS/. Russian Foreign Minister Sergey Lavrov met {name} on Thursday.</description>
  </item>
</rdf:RDF>
"""


@pytest.mark.parametrize("encoding", ["UTF-8", "windows-1251", "ISO-8859-1"])
def test_feed_rss1_with_dc_date_in_its_declared_encoding(tmp_path, encoding):
    name = "Сергей Шойгу" if encoding == "windows-1251" else "Hakan Fidan"
    path = _write(tmp_path, "wire.rdf.xml", RDF.format(encoding=encoding, name=name).encode(encoding))
    [article] = _read(path)
    assert (article.id, article.url, article.title) == ("https://example.org/1", "https://example.org/1",
                                                         "Lavrov meets Fidan")
    assert (article.published, article.source) == ("2024-12-26T10:00:00+03:00", "Wire")
    assert article.text == ("MOSCOW, December 26. /TASS/. Russian Foreign Minister Sergey Lavrov met "
                            f"{name} on Thursday.")  # plain text: kept as written


def _rss(*items: str, channel: str = "<title>Wire</title>") -> str:
    return ('<?xml version="1.0"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>'
            + channel + "\n" + "\n".join(f"<item>{item}</item>" for item in items) + "\n</channel>\n</rss>\n")


def test_feed_item_id_falls_back_to_link_then_file_and_place(tmp_path):
    path = _write(tmp_path, "wire.rss", _rss("<guid>g-1</guid><link>https://example.org/a</link><description>A."
                                             "</description>",
                                             "<link> https://example.org/b </link><description>B.</description>",
                                             "<description>C.</description>"))
    assert [(a.id, a.url, a.record) for a in _read(path)] == [
        ("g-1", "https://example.org/a", 1), ("https://example.org/b", "https://example.org/b", 2), ("wire:3", None, 3)]


def test_feed_plain_text_paragraphs_are_kept_and_html_is_text(tmp_path):
    path = _write(tmp_path, "wire.rss", _rss(
        "<description>First paragraph.\n\nSecond one.</description>",
        "<description>Tom &amp;amp; Jerry&lt;br&gt;&lt;br&gt;Next &amp;lt;b&amp;gt;.</description>",
        "<description><![CDATA[<div>One<script>x()</script></div><div>Two &amp; <a href='#'>three</a></div>]]>"
        "</description>"))
    assert [a.text for a in _read(path)] == ["First paragraph.\n\nSecond one.", "Tom & Jerry\n\nNext <b>.",
                                             "One\n\nTwo & three"]


@pytest.mark.parametrize(("written", "iso"), [
    ("Thu, 26 Dec 2024 20:13:39 +0300", "2024-12-26T20:13:39+03:00"),
    ("Fri, 22 Nov 2024 13:37:03 EST", "2024-11-22T13:37:03-05:00"),
    ("Sun, 09 Oct 2022 12:36:40 EDT", "2022-10-09T12:36:40-04:00"),
    ("26 Dec 2024 23:30 GMT", "2024-12-26T23:30:00+00:00"),  # no weekday, no seconds
    ("Thu, 26 Dec 2024 23:30:00 UT", "2024-12-26T23:30:00+00:00"),
    ("Fri, 27 Dec 2024 01:10:00 MSK", "2024-12-27T01:10:00+03:00"),  # a zone feeds write that RFC 822 does not name
    ("Thu, 26 Dec 24 20:13:39 PST", "2024-12-26T20:13:39-08:00"),  # a two-digit year
    ("Sat, 01 Jan 99 10:00:00 -0000", "1999-01-01T10:00:00-00:00"),
    ("Thu, 26 Dec 2024 20:13:39 A", "2024-12-26T20:13:39"),  # a military letter: no offset, the time as written
    ("Thursday, 26 December 2024", "2024-12-26"),
    ("26 Dec 2024 25:61:00 GMT", "2024-12-26"),  # review A #7: no time that is one, the date alone
    ("26 Dec 2024 23:59:60 GMT", "2024-12-26"),
], ids=lambda value: value if isinstance(value, str) and "," in value[:10] else None)
def test_feed_rfc822_dates(written, iso):
    assert _rfc822(written) == iso


@pytest.mark.parametrize("written", ["Thu, 31 Feb 2024 20:13:39 GMT", "2024-12-26T20:13:39Z", "yesterday",
                                     "Thu, 26 Foo 2024 20:13:39 GMT"])
def test_feed_rfc822_refuses_what_is_no_rfc822_date(written):
    assert _rfc822(written) is None


def test_feed_titles_with_markup_are_text(tmp_path):
    rss = _write(tmp_path, "wire.rss", _rss("<title>Lavrov &lt;i&gt;meets&lt;/i&gt; Fidan</title>"
                                            "<description>A.</description>"))
    atom = _write(tmp_path, "wire.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>'
                                         '<title type="html">Lavrov &lt;i&gt;meets&lt;/i&gt;\n Fidan</title>'
                                         '<title>second</title><summary>A.</summary></entry></feed>')
    assert [_read(path)[0].title for path in (rss, atom)] == ["Lavrov meets Fidan"] * 2


def test_feed_iso_pubdate_is_read_as_written(tmp_path):
    path = _write(tmp_path, "wire.rss", _rss("<pubDate>2024-12-26T20:13:39+03:00</pubDate><description>A."
                                             "</description>"))
    assert _read(path)[0].published == "2024-12-26T20:13:39+03:00"


# --- skipped items and files ------------------------------------------------------------------------------------

def test_feed_items_without_text_are_skipped_the_rest_read(tmp_path):
    path = _write(tmp_path, "wire.rss", _rss(
        "<guid>a</guid><pubDate>Thu, 26 Dec 2024 20:13:39 +0300</pubDate><description>MOSCOW, December 26. /TASS/. "
        "Lavrov met Fidan.</description>",
        "<guid>b</guid><title>No text</title><description>   </description>",
        "<guid>c</guid><pubDate>last Thursday</pubDate><description>Text.</description>",
        "<guid>d</guid><pubDate>Thu, 31 Feb 2024 20:13:39 GMT</pubDate><dc:date>2024-02-29</dc:date>"
        "<description>Text.</description>",
        "<guid>e</guid><description><![CDATA[<figure><img src='x.jpg'><figcaption>Photo</figcaption></figure>]]>"
        "</description>"))
    records = list(read_articles([path]))
    assert [(type(r).__name__, r.id, r.record) for r in records] == [
        ("Article", "a", 1), ("Skipped", "b", 2), ("Article", "c", 3), ("Article", "d", 4), ("Skipped", "e", 5)]
    assert records[2].published == "last Thursday"  # kept as written: the anchor step flags it (below)
    assert records[3].published == "2024-02-29"  # the first date that reads as one
    assert all(r.path == str(path) for r in records)
    assert records[1].reason == ("item 2 (line 5) has no text (its content:encoded or description is missing or "
                                 "empty; fill one or drop the item)")
    assert records[4].reason.startswith("item 5 (line 8) has no text")


def test_feed_item_with_an_unreadable_date_is_kept_as_a_record_is(tmp_path):
    """An item whose pubDate is no date is not lost: like a JSONL record with an unreadable ``published``, it is
    anchored on its dateline, and the date is flagged; with no dateline either, it is read with no anchor date and the
    build says so and how to fix it."""
    path = _write(tmp_path, "wire.rss", _rss(
        "<guid>a</guid><pubDate>last Thursday</pubDate><description>MOSCOW, December 26. /TASS/. "
        "Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan on Wednesday."
        "</description>"))
    entry = _read(path)[0]
    anchor = anchor_set([entry], year=2024, run_date=RUN_DATE)[0]  # (as --year 2024: a TASS dateline has no year)
    assert (anchor.source, str(anchor.date)) == ("dateline", "2024-12-26")
    assert any(flag.startswith("published_unreadable: 'last Thursday' is no date") for flag in anchor.flags)
    atom = _write(tmp_path, "w.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>\n'
                  '<entry><id>2</id><published>soon</published><summary>Text.</summary></entry>\n</feed>')
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["build", str(atom), "-o", str(out), "--no-html"])
    articles = pd.read_csv(out / "articles.csv")
    assert list(articles["status"]) == ["ok"], result.output
    assert "published_unreadable: 'soon' is no date" in articles["flags"][0]
    assert "1 article(s) have a publication date that is no date" in result.output


def test_feed_atom_entry_without_text_is_skipped(tmp_path):
    feed = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>\n'
            '<entry><id>1</id><updated>2024-12-26T10:00:00Z</updated><content src="https://example.org/1"/></entry>\n'
            '<entry><id>3</id><content type="image/png">iVBORw0KGgo=</content><summary>Text.</summary></entry>\n'
            '</feed>')
    records = _read(_write(tmp_path, "w.atom", feed))
    assert [(type(r).__name__, r.id) for r in records] == [("Skipped", "1"), ("Article", "3")]
    assert records[0].reason.startswith("entry 1 (line 2) has no text (its content or summary")
    assert (records[1].text, records[1].published) == ("Text.", None)  # no date at all: the dateline or options


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("cut.rss", _rss("<description>A.</description>")[:-18],  # a download cut short after the item
     "not well-formed XML (no element found at line 5, column 1) (fix the feed at that line (an unescaped & or <, "
     "or a download cut short), or save the feed again)"),
    ("amp.rss", _rss("<title>Q&A</title><description>A.</description>"),
     "not well-formed XML (not well-formed (invalid token) at line 4, column 17)"),
    ("nbsp.rss", _rss("<description>A&nbsp;B</description>"),
     "not well-formed XML (undefined entity at line 4, column 21) (write the character itself or as a number "
     "(&#160;), or put the item's HTML in <![CDATA[ ... ]]>)"),
    ("empty.rss", "  \n", "the file is empty (remove it or save the feed again)"),
    ("none.rss", _rss(), "the feed holds no <item> (save the feed with its items, or leave it out)"),
    ("none.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title></feed>',
     "the feed holds no <entry> (save the feed with its items, or leave it out)"),
    ("data.xml", '<?xml version="1.0"?><records><record>1</record></records>',
     "an XML file whose root is <records>, not an RSS or Atom feed (timeline reads an .xml file as an RSS or Atom "
     "feed only; convert its articles to .jsonl or .txt, or leave it out)"),
    ("doc.xml", '<?xml version="1.0"?><TimeML><DOCID>x</DOCID></TimeML>',
     "an XML file whose root is <TimeML>, not an RSS or Atom feed (rename it to .tml)"),
    ("page.rss", "<html><body><p>Not a feed</p></body></html>",
     "an XML file whose root is <html>, not an RSS or Atom feed"),
    # review A #10: Atom 0.3 is named as such, and an entity is the file's (it may be no feed)
    ("a03.atom", '<feed xmlns="http://purl.org/atom/ns#" version="0.3"><entry><id>1</id><content>x</content></entry>'
     "</feed>", "a feed whose root is <feed> in the namespace http://purl.org/atom/ns#, not RSS 2.0, RSS 1.0 or Atom "
     "1.0 (http://www.w3.org/2005/Atom) (save the feed again as RSS 2.0 or Atom 1.0, or leave it out)"),
    ("other.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><records/>',
     "the file declares an XML entity ('a' at line 1)"),
    # review A #4: after a "%ext;" expat reads no declaration, and "&a;" is undefined: an error, not text lost
    ("pe2.rss", '<?xml version="1.0"?>\n<!DOCTYPE rss [ %ext; <!ENTITY a "AAA"> ]><rss><channel><item><description>'
     "x &a; y</description></item></channel></rss>", "not well-formed XML (undefined entity &a; at line 2, column 78) "
     "(write the character itself or as a number (&#160;), or put the item's HTML in <![CDATA[ ... ]]>)"),
], ids=lambda value: value if isinstance(value, str) and len(value) < 12 else None)
def test_feed_file_that_cannot_be_read_is_skipped_with_the_fix(tmp_path, name, content, reason):
    path = _write(tmp_path, name, content)
    [skipped] = list(read_articles([path]))
    assert isinstance(skipped, Skipped) and skipped.path == str(path) and skipped.record is None
    assert skipped.reason.startswith(reason)


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n'
          + "".join(f'<!ENTITY lol{i + 1} "{("&lol" + (str(i) if i else "") + ";") * 10}">\n' for i in range(9))
          + ']>\n<rss version="2.0"><channel><item><description>&lol9;</description></item></channel></rss>\n')


@pytest.mark.parametrize("content", [
    LAUGHS,
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
    "<rss><channel><item><description>&x;</description></item></channel></rss>",
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p "x">]><rss><channel><item><description>A</description>'
    "</item></channel></rss>",
], ids=["billion-laughs", "external", "parameter"])
def test_feed_entity_declarations_are_refused_not_expanded(tmp_path, content):
    [skipped] = _read(_write(tmp_path, "evil.rss", content))
    assert isinstance(skipped, Skipped)
    assert "declares an XML entity" in skipped.reason and "which timeline does not expand" in skipped.reason
    assert skipped.reason.endswith("(delete the <!DOCTYPE ...> declarations; a feed needs none)")


def test_feed_doctype_without_entities_is_read(tmp_path):
    """RSS 0.91 feeds name Netscape's DTD; it is never fetched, and the feed is read."""
    content = ('<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
               '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>W</title>'
               "<item><title>T</title><link>https://example.org/1</link><description>Text.</description></item>"
               "</channel></rss>")
    [article] = _read(_write(tmp_path, "old.rss", content))
    assert (article.id, article.text, article.title) == ("https://example.org/1", "Text.", "T")


def test_feed_html_entities_after_an_external_dtd_are_their_characters(tmp_path):
    """review A #4: with RSS 0.91's DOCTYPE expat skips the entities it does not know; "Caf&eacute; Paris&nbsp;on"
    read "Caf Parison". Its DTD declares HTML's names: each is its character."""
    content = ('<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
               '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>W</title>'
               "<item><title>Caf&eacute;</title><description>Lavrov met Fidan in Caf&eacute; Paris&nbsp;on Monday."
               "</description></item></channel></rss>")
    [article] = _read(_write(tmp_path, "old.rss", content))
    assert (article.title, article.text) == ("Café", "Lavrov met Fidan in Café Paris\u00a0on Monday.")
    [skipped] = _read(_write(tmp_path, "odd.rss", content.replace("&nbsp;", "&foo;")))
    assert skipped.reason.startswith("not well-formed XML (undefined entity &foo; at line 3")


def test_feed_entity_in_a_used_attribute_after_an_external_dtd_is_refused(tmp_path):
    """review D #2: expat drops an undeclared entity in an attribute without a word: an Atom link
    "http://x/caf&eacute;/y" read "http://x/caf/y". An HTML element's attribute in a field reaches no text."""
    atom = ('<?xml version="1.0"?>\n<!DOCTYPE feed SYSTEM "http://x/a.dtd">\n<feed xmlns="http://www.w3.org/2005/'
            'Atom"><entry><id>e1</id><link href="http://x/caf&eacute;/y"/><summary>Putin met Erdogan.</summary>'
            "</entry></feed>")
    [skipped] = _read(_write(tmp_path, "a.atom", atom))
    assert skipped.reason == ("an attribute at line 3 names the entity &eacute;, which the external DTD the DOCTYPE "
                              "names would declare; timeline does not read that DTD, and the value would lose it "
                              "(write the character itself or as a number (&#233;))")
    [article] = _read(_write(tmp_path, "b.atom", atom.replace("&eacute;", "&amp;&#233;")))
    assert article.url == "http://x/caf&\u00e9/y"
    rss = ('<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "http://x/rss.dtd">\n<rss><channel><item><guid>g</guid>'
           '<description><p title="Caf&eacute;">One <a href="http://x/?a=1&nbsp;b">caf&eacute;</a></p>'
           "</description></item></channel></rss>")
    assert _read(_write(tmp_path, "c.rss", rss))[0].text == "One caf\u00e9"
    [skipped] = _read(_write(tmp_path, "d.rdf.xml", '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "x.dtd">\n'
                             '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/'
                             'rss/1.0/"><item rdf:about="http://x/&foo;1"><description>A.</description></item>'
                             "</rdf:RDF>"))
    assert "names the entity &foo;" in skipped.reason


@pytest.mark.parametrize(("field", "text"), [
    ("<description>Lavrov met <b>Fidan</b> on Monday.</description>", "Lavrov met Fidan on Monday."),
    ("<description><p>Lavrov met Fidan on Monday.</p><p>Second.</p></description>",
     "Lavrov met Fidan on Monday.\n\nSecond."),
    ('<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><div '
     'xmlns="http://www.w3.org/1999/xhtml"><p>Lavrov met Fidan.</p></div></content:encoded>'
     "<description>Short.</description>", "Lavrov met Fidan."),
], ids=["inline", "paragraphs", "xhtml-content"])
def test_feed_raw_html_elements_in_a_field_are_read_as_xhtml_is(tmp_path, field, text):
    """review A #2: a field holding raw, well-formed elements gave the text before the first one ("Lavrov met"),
    nothing ("missing or empty"), or the description instead of the content."""
    assert _read(_write(tmp_path, "wire.rss", _rss(field)))[0].text == text


@pytest.mark.parametrize("depth", [1000, 5000, 100_000])
def test_feed_deeply_nested_xhtml_is_read_without_recursion(tmp_path, depth):
    """review A #3: ``ET.tostring`` recursed, and an entry nesting 1000 <div> raised RecursionError out of the
    reader, ending the build of every input."""
    entry = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><content type="xhtml"><div '
             'xmlns="http://www.w3.org/1999/xhtml">' + "<div>" * depth + "Lavrov met Fidan on Monday." + "</div>" * depth
             + "</div></content></entry></feed>")
    assert _read(_write(tmp_path, "deep.atom", entry))[0].text == "Lavrov met Fidan on Monday."


def test_feed_item_whose_html_gives_no_paragraph_says_so(tmp_path):
    """review A #5: an item whose HTML is a link or a heading only is not "missing or empty"; a title in a link is
    the title."""
    path = _write(tmp_path, "wire.rss", _rss(
        '<title>&lt;a href="https://x"&gt;Lavrov meets Fidan&lt;/a&gt;</title><description>&lt;p&gt;&lt;a '
        'href="https://x"&gt;MOSCOW, December 26. /TASS/. Lavrov met Fidan on Monday.&lt;/a&gt;&lt;/p&gt;'
        "</description>",
        "<description><![CDATA[<h1>Lavrov met Fidan on Monday.</h1>]]></description>",
        "<title>&lt;a href='https://x'&gt;Lavrov meets Fidan&lt;/a&gt;</title><description>Text.</description>"))
    records = _read(path)
    for skipped in records[:2]:
        assert skipped.reason.endswith("has no text (its content:encoded or description holds HTML with no paragraph "
                                       "text (a heading, links or a figure only); save the item with its story's text "
                                       "or drop it)")
    assert records[2].title == "Lavrov meets Fidan"


def test_feed_source_is_the_feeds_title_as_text(tmp_path):
    """review A #6: the feed's own title is a text construct as an entry's is."""
    atom = _write(tmp_path, "t.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Wire &lt;b&gt;X'
                                      "&lt;/b&gt;</title><entry><id>1</id><summary>Hi.</summary></entry></feed>")
    assert _read(atom)[0].source == "Wire X"


def test_feed_titles_keep_words_apart_at_breaks_and_blocks(tmp_path):
    """review D #1: a title's text nodes were joined with nothing: "Erdogan<br>Talks" read "ErdoganTalks", a
    channel title of two paragraphs "OneTwo"; a script's text is still left out."""
    rss = _write(tmp_path, "wire.rss", "<rss><channel><title>Wire &lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;"
                 "</title><item><guid>g</guid><title>Putin meets Erdogan&lt;br&gt;Talks in Sochi</title>"
                 "<description>x</description></item><item><guid>h</guid><title>&lt;h2&gt;Syria&lt;/h2&gt;&lt;p&gt;"
                 "Truce &lt;b&gt;ho&lt;/b&gt;lds&lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;</title><description>x"
                 "</description></item></channel></rss>")
    atom = _write(tmp_path, "wire.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title '
                  'type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Putin meets Erdogan<br/>Talks</div></title>'
                  "<summary>A.</summary></entry></feed>")
    records = _read(rss) + _read(atom)
    assert [r.title for r in records] == ["Putin meets Erdogan Talks in Sochi", "Syria Truce holds",
                                          "Putin meets Erdogan Talks"]
    assert records[0].source == "Wire One Two"


def test_feed_xml_file_is_read_as_a_feed_in_a_folder(tmp_path):
    (tmp_path / "in").mkdir()
    _write(tmp_path / "in", "feed.xml", RSS.read_bytes())
    _write(tmp_path / "in", "other.xml", "<records/>")
    records = list(read_articles([tmp_path / "in"]))
    assert [type(r).__name__ for r in records] == ["Article"] * 3 + ["Skipped"]
    assert records[-1].path == str(tmp_path / "in" / "other.xml")
