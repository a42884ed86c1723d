"""TimeML reading (timeline.ingest.tml) and writing (timeline.export.timeml)."""

from __future__ import annotations

import collections
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.export.timeml import non_overlapping, to_timeml, write_timeml
from timeline.ingest.tml import parse_tml, read_tml, tml_to_article
from timeline.model import Mention

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tempeval3" / "train"


def _files(folder: str = "*") -> list[Path]:
    return sorted(TRAIN.glob(f"{folder}/*.tml"))


def _mentions(doc) -> list[Mention]:
    return [Mention(start=t.start, end=t.end, text=t.text, type=t.type, value=t.value, mod=t.mod)
            for t in doc.timexes]


def _spans(doc) -> list[tuple]:
    return [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in doc.timexes]


# Counts from /work/shared/corpora/tempeval3/README.md (TIMEX3 inside <TEXT>, DCT excluded).
@pytest.mark.parametrize(("folder", "docs", "timexes", "types"), [
    ("TimeBank", 183, 1243, {"DATE": 1016, "DURATION": 189, "TIME": 22, "SET": 16}),
    ("AQUAINT", 73, 579, {"DATE": 489, "DURATION": 68, "TIME": 8, "SET": 14}),
])
@pytest.mark.corpus
@pytest.mark.skipif(not TRAIN.is_dir(), reason="TempEval-3 corpus not found")
def test_tml_read_corpus_counts(folder, docs, timexes, types):
    documents = [read_tml(path) for path in _files(folder)]
    found = collections.Counter(t.type for doc in documents for t in doc.timexes)
    assert (len(documents), sum(found.values()), dict(found)) == (docs, timexes, types)


@pytest.mark.parametrize("folder", ["TimeBank", "AQUAINT"])
@pytest.mark.corpus
@pytest.mark.skipif(not TRAIN.is_dir(), reason="TempEval-3 corpus not found")
def test_tml_read_agrees_with_xml_parser(folder):
    """Text, timexes and DCT agree with ElementTree on every file; offsets slice the text."""
    for path in _files(folder):
        doc = read_tml(path)
        root = ET.parse(path).getroot()
        text_element = root.find("TEXT")
        assert doc.text == "".join(text_element.itertext()), path.name
        expected = [("".join(t.itertext()), t.get("type"), t.get("value"), t.get("tid"))
                    for t in text_element.iter("TIMEX3")]
        assert [(t.text, t.type, t.value, t.tid) for t in doc.timexes] == expected, path.name
        assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes), path.name
        assert doc.dct == root.find("DCT").find("TIMEX3").get("value"), path.name
        assert doc.docid == root.findtext("DOCID").strip(), path.name


@pytest.mark.parametrize(("name", "docid", "dct", "title", "first"), [
    ("AQUAINT/APW19980807.0261.tml", "APW19980807.0261", "1998-08-07",
     "Explosions rock U.S. embassies in Tanzania, Kenya", ("Friday", "DATE", "1998-08-07", None)),
    ("TimeBank/wsj_1073.tml", "wsj_1073", "1989-10-25", None, ("last year", "DATE", "1988", None)),
    ("TimeBank/ABC19980108.1830.0711.tml", "ABC19980108.1830.0711", "1998-01-08", None,
     ("week", "DURATION", "P1W", None)),
])
@pytest.mark.corpus
@pytest.mark.skipif(not TRAIN.is_dir(), reason="TempEval-3 corpus not found")
def test_tml_read_known_documents(name, docid, dct, title, first):
    doc = read_tml(TRAIN / name)
    assert (doc.docid, doc.dct, doc.title) == (docid, dct, title)
    t = doc.timexes[0]
    assert (t.text, t.type, t.value, t.mod) == first
    assert doc.text[t.start:t.end] == t.text


_DCT = '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME"/></DCT>'


@pytest.mark.parametrize(("inner", "text", "timexes"), [
    # entities are unescaped and offsets count the unescaped characters
    ('AT&amp;T &lt;b&gt; <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>',
     "AT&T <b> Friday", [(9, 15, "Friday", "DATE", "1998-08-07", None)]),
    # CRLF and lone CR become LF (XML line-end normalisation); &#13; stays a CR
    ('a\r\nb\rc&#13;<TIMEX3 tid="t1" type="DURATION" value="P1D" mod="APPROX">a day</TIMEX3>',
     "a\nb\nc\ra day", [(6, 11, "a day", "DURATION", "P1D", "APPROX")]),
    # numeric references are read as XML does (&#150; is U+0096), other tags vanish
    ('x&#150;y&#x2014;<EVENT eid="e1">said</EVENT> <TIMEX3 tid="t2" type=\'SET\' value="P1D">daily</TIMEX3>',
     "x\x96y\u2014said daily", [(9, 14, "daily", "SET", "P1D", None)]),
    # a bare ampersand and an unknown entity survive as written; quotes untouched
    ('R&D &foo; "q" <SIGNAL sid="s1">on</SIGNAL>', 'R&D &foo; "q" on', []),
])
def test_tml_parse_text_and_offsets(inner, text, timexes):
    doc = parse_tml(f"<TimeML><DOCID>d1</DOCID>{_DCT}<TEXT>{inner}</TEXT></TimeML>")
    assert doc.text == text
    assert _spans(doc) == timexes
    assert doc.dct == "1998-08-07"


@pytest.mark.parametrize(("markup", "problem"), [
    (f"<TimeML><DOCID>d1</DOCID>{_DCT}</TimeML>", "no <TEXT>"),
    ("<TimeML><DOCID>d1</DOCID><TEXT>Friday</TEXT></TimeML>", "no document creation time"),
    ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE"/></DCT><TEXT>x</TEXT></TimeML>', "no document creation time"),
])
def test_tml_read_rejects_incomplete_files(tmp_path, markup, problem):
    path = tmp_path / "broken.tml"
    path.write_text(markup, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_tml(path)
    assert caught.value.path == str(path)
    assert problem in caught.value.problem
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("dct", "published"), [
    ("1998-02-12T01:58:00", "1998-02-12"),
    ("1989-10-26", "1989-10-26"),
])
def test_tml_to_article_uses_dct(dct, published):
    doc = parse_tml(f'<TimeML><DOCID>wsj_0001</DOCID><DCT><TIMEX3 tid="t0" value="{dct}"/></DCT>'
                    "<TITLE>A title</TITLE><TEXT>\nBody text.\n</TEXT></TimeML>")
    article = tml_to_article(doc, "corpus/wsj_0001.tml")
    assert (article.id, article.text, article.published, article.dct, article.path, article.title) == (
        "wsj_0001", "\nBody text.\n", published, dct, "corpus/wsj_0001.tml", "A title")


@pytest.mark.parametrize("folder", ["TimeBank", "AQUAINT"])
@pytest.mark.corpus
@pytest.mark.skipif(not TRAIN.is_dir(), reason="TempEval-3 corpus not found")
def test_timeml_round_trip_corpus(folder):
    """Every gold file, written back with its own timexes, reads back identical."""
    files = _files(folder)
    assert files
    for path in files:
        doc = read_tml(path)
        markup = to_timeml(doc.text, _mentions(doc), docid=doc.docid, dct=doc.dct)
        back = parse_tml(markup)
        assert (back.docid, back.dct, back.text) == (doc.docid, doc.dct, doc.text), path.name
        assert _spans(back) == _spans(doc), path.name
        assert [t.tid for t in back.timexes] == [f"t{i}" for i in range(1, len(doc.timexes) + 1)]
        xml_text = "".join(ET.fromstring(markup.encode("utf-8")).find("TEXT").itertext())
        assert xml_text == doc.text, path.name


@pytest.mark.parametrize(("text", "spans", "expected_inner", "xml_valid"), [
    ('He said "on Monday" & <left>.', [(12, 18)],
     'He said "on <TIMEX3 tid="t1" type="DATE" value="V">Monday</TIMEX3>" &amp; &lt;left&gt;.', True),
    ("line\r\nnext", [(0, 4)], '<TIMEX3 tid="t1" type="DATE" value="V">line</TIMEX3>&#13;\nnext', True),
    ("page\x0cbreak", [], "page&#12;break", False),
])
def test_timeml_escapes_only_what_xml_needs(text, spans, expected_inner, xml_valid):
    mentions = [Mention(start=s, end=e, text=text[s:e], type="DATE", value="V") for s, e in spans]
    markup = to_timeml(text, mentions, docid="d", dct="2018-08-30")
    assert markup.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0] == expected_inner
    assert parse_tml(markup).text == text
    if xml_valid:
        assert "".join(ET.fromstring(markup.encode("utf-8")).find("TEXT").itertext()) == text


@pytest.mark.parametrize(("spans", "kept"), [
    ([(0, 10), (5, 15)], [(0, 10)]),                  # overlap: the earlier start wins
    ([(5, 15), (0, 10)], [(0, 10)]),                  # whatever the input order
    ([(0, 6), (0, 14)], [(0, 14)]),                   # same start: the longer wins
    ([(0, 14), (7, 14), (15, 20)], [(0, 14), (15, 20)]),  # nested dropped, later kept
    ([(0, 6), (6, 12)], [(0, 6), (6, 12)]),           # touching spans do not overlap
    ([(3, 3), (4, 8)], [(4, 8)]),                     # empty span dropped
])
def test_timeml_non_overlapping_rule(spans, kept):
    mentions = [Mention(start=s, end=e, text="", type="DATE", value="V") for s, e in spans]
    assert [(m.start, m.end) for m in non_overlapping(mentions)] == kept


@pytest.mark.parametrize(("mentions", "tags"), [
    ([Mention(19, 25, "Monday", "DATE", "2018-08-27"),
      Mention(0, 9, "Yesterday", "DATE", "2018-08-29", mod="START")],
     ['<TIMEX3 tid="t1" type="DATE" value="2018-08-29" mod="START">',
      '<TIMEX3 tid="t2" type="DATE" value="2018-08-27">']),
])
def test_timeml_tids_in_document_order_with_mod(mentions, tags):
    text = "Yesterday and last Monday."
    markup = to_timeml(text, mentions, docid="d", dct="2018-08-30")
    assert [line for line in tags if line in markup] == tags
    assert markup.index(tags[0]) < markup.index(tags[1])
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2018-08-30"' in markup


@pytest.mark.parametrize(("dct", "dct_type"), [("2018-08-30", "DATE"), ("1998-02-12T01:58:00", "TIME")])
def test_timeml_write_reads_back(tmp_path, dct, dct_type):
    text = "Antonov met Satterfield on Monday, August 27."
    mention = Mention(27, 44, "Monday, August 27", "DATE", "2018-08-27")
    path = write_timeml(tmp_path / "out" / "tass.tml", text, [mention], docid="tass-1", dct=dct)
    assert path == tmp_path / "out" / "tass.tml"
    doc = read_tml(path)
    assert (doc.docid, doc.dct, doc.text) == ("tass-1", dct, text)
    assert _spans(doc) == [(27, 44, "Monday, August 27", "DATE", "2018-08-27", None)]
    assert f'type="{dct_type}" value="{dct}"' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("start", "end"), [(40, 60), (-1, 3)])
def test_timeml_rejects_span_outside_text(start, end):
    with pytest.raises(ValueError, match="outside the text"):
        to_timeml("short text", [Mention(start, end, "x", "DATE", "V")], docid="d", dct="2018-08-30")
