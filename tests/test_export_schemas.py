"""Article sets as analysts get them: a news API's response or a scraper's JSON, handed over as it was saved.

A NewsAPI response was read as nothing ("no 'text' field ... --text-field content"); with --text-field content its
dates were unread (``publishedAt`` only hinted), the TASS story's yearless dateline had no year, NewsAPI's
truncation mark "… [+1534 chars]" gave an event dated the year 1534, and the source, an object
{"id": "reuters", "name": "Reuters"}, was left empty. ``ingest.schemas`` reads the known export schemas by their
keys, ``ingest.truncation`` strips the mark, ``records.field_value`` reads a source object's name.

tests/data/newsapi_everything.json is the lead's file: written in the form of NewsAPI's /v2/everything response,
not a real response (its stories are two wire leads of 2018).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline
from conftest import DATA, RUN_DATE
from timeline.cli import main
from timeline.ingest import read_articles
from timeline.ingest.records import field_value
from timeline.ingest.schemas import recognise
from timeline.ingest.truncation import cut
from timeline.model import Article, Skipped
from timeline.settings import Fields, Settings
from timeline.temporal import find_mentions

NEWSAPI = DATA / "newsapi_everything.json"
READ_AS = ("read as a NewsAPI response: text from 'content', date from 'publishedAt', title from 'title', "
           "url from 'url', source from 'source.name'")


def _records(tmp_path: Path, records: list[dict], name: str = "export.json") -> list:
    path = tmp_path / name
    path.write_text(json.dumps(records), encoding="utf-8")
    return list(read_articles([path]))


def test_newsapi_response_is_read_without_flags():
    first, second = read_articles([NEWSAPI])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.published, first.source, first.title) == ("2018-08-28T10:15:00Z", "Reuters",
                                                             "Lavrov, Pompeo discuss Syria by phone")
    assert first.url == "https://www.reuters.com/article/x" and first.id == "newsapi_everything:1"
    # the mark and the sentence it cuts are gone; the whole sentences before them are read
    assert first.text.endswith("discussed Syria in a phone call on Monday, the Russian foreign ministry said.")
    assert "[+" not in first.text and "Lavrov warned" not in first.text
    assert first.truncated.startswith("text_truncated: the API gave the first 189 characters of 1723; fetch")
    assert first.read_as == READ_AS and second.read_as == READ_AS
    assert (second.published, second.source, second.truncated) == ("2018-09-01T08:00:00Z", "TASS", None)
    assert first.date_field is None and first.title_field is None  # no "date_field_missing" hint


def test_newsapi_build_dates_the_call_and_the_meeting():
    """End to end: the Lavrov-Pompeo call on the Monday before 2018-08-28, the Putin-Erdogan meeting in the week
    after 2018-09-01, with their sources; no event of the year 1534."""
    result = timeline.build([NEWSAPI], Settings(run_date=RUN_DATE))
    events = result.events
    call = events[(events["event_type"] == "call")].iloc[0]
    assert (call["event_date"], call["source"], call["date_text"]) == ("2018-08-27", "Reuters", "Monday")
    meeting = events[(events["event_type"] == "meeting")].iloc[0]
    assert meeting["source"] == "TASS" and meeting["status"] == "planned"
    assert (str(meeting["date_start"]), str(meeting["date_end"])) == ("2018-09-03", "2018-09-09")
    assert not events["event_date"].astype(str).str.startswith("1534").any()
    flags = list(result.articles["flags"])
    assert flags[0].startswith(f"schema: {READ_AS}; text_truncated: the API gave the first 189 characters of 1723")
    assert flags[1] == f"schema: {READ_AS}"
    assert list(result.articles["anchor_date"]) == ["2018-08-28", "2018-09-01"]


def test_newsapi_build_report_says_once_what_it_read(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(NEWSAPI), "-o", str(out), "--no-html", "--quiet"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line for line in lines if "read as" in line] == [
        f"  {READ_AS} (2 article(s) in {NEWSAPI}; --text-field, --date-field ... name other fields)"]
    assert any(line.startswith("  1 article(s) have a text their API cut short, ending in '[+N chars]' "
                               "(newsapi_everything:1)") and "fetch the full stories from their urls" in line
               for line in lines)
    with open(out / "events.csv", encoding="utf-8") as handle:
        sources = {row["source"] for row in csv.DictReader(handle)}
    assert sources == {"Reuters", "TASS"}


def test_named_fields_win_over_the_schema(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(NEWSAPI), "-o", str(out), "--no-html", "--quiet",
                                       "--text-field", "description", "--date-field", "published"])
    assert result.exit_code == 0, result.output
    with open(out / "articles.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["flags"].startswith("schema: read as a NewsAPI response: title from 'title', url from 'url', "
                                       "source from 'source.name'; date_field_missing")
    assert rows[0]["anchor_date"] == ""  # --date-field published, which no record has, is the user's word
    assert "no record has a 'published' field" in result.output
    first = next(read_articles([NEWSAPI], Fields(text="description")))
    assert first.text == "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Mike Pompeo discussed " \
                         "Syria in a phone call on Monday." and first.truncated is None


def test_newsapi_content_is_cut_once_to_choose_and_read_it(tmp_path, monkeypatch):
    """Choosing "content" over "description" weighs the cut content; the article reads that cut, not a second one."""
    from timeline.ingest import records, schemas

    cuts = []

    def counted(text: str):
        cuts.append(text)
        return cut(text)

    monkeypatch.setattr(schemas, "cut", counted)
    monkeypatch.setattr(records, "cut", counted)
    record = {"source": {"id": None, "name": "Reuters"}, "author": None, "title": "Talks", "url": "https://x/1",
              "urlToImage": None, "publishedAt": "2018-08-28T10:15:00Z", "description": "Lavrov met Cavusoglu.",
              "content": "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister "
                         "Mevlut Cavusoglu in Moscow on Monday. They discussed … [+2210 chars]"}
    article, = _records(tmp_path, [record])
    assert article.text.endswith("in Moscow on Monday.") and article.truncated.startswith("text_truncated: ")
    assert cuts == [record["content"]]
    record["description"] = "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu " \
                            "in Moscow on Monday to discuss Syria's Idlib province, the ministry said."
    cuts.clear()
    article, = _records(tmp_path, [record])  # the description chosen: it is the text read, and cut (it has no mark)
    assert article.text == record["description"] and article.truncated is None
    assert cuts == [record["content"], record["description"]]


def test_newsapi_reads_the_description_when_the_cut_content_keeps_less(tmp_path):
    record = {"source": {"id": None, "name": "Reuters"}, "author": None, "title": "Talks", "url": "https://x/1",
              "urlToImage": None, "publishedAt": "2018-08-28T10:15:00Z",
              "description": "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu in "
                             "Moscow on Monday to discuss Syria's Idlib province, the ministry said.",
              "content": "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister "
                         "Mevlut Cavusoglu in Moscow on Monday to discuss … [+2210 chars]"}
    article, = _records(tmp_path, [record])
    assert article.text == record["description"]
    assert article.read_as.startswith("read as a NewsAPI response: text from 'description' (the API cut 'content' "
                                      "shorter than 'description'), date from 'publishedAt'")
    record["content"], record["description"] = None, "Lavrov met Cavusoglu on Monday."
    article, = _records(tmp_path, [record])
    assert article.text == "Lavrov met Cavusoglu on Monday." and "text from 'description'" in article.read_as


@pytest.mark.parametrize("ending, given", [
    (" … [+1534 chars]", 57), ("…[+1534 chars]", 57), ("...[+1534 chars]", 57), (" [+1534 chars]", 57),
    (" [+1 char]", 57)])
def test_truncation_marks_are_stripped_with_the_cut_sentence(ending, given):
    text = "Lavrov spoke on Monday. Pompeo spoke on Tuesday. He warned" + ending
    found = cut(text)
    assert found is not None and found.text == "Lavrov spoke on Monday. Pompeo spoke on Tuesday."
    assert found.given == given + 1 and found.total == found.given + int(ending.split("+")[1].split()[0])
    assert cut("He said the text ran to [+1534 chars] in the draft.") is None  # only at the end


def test_a_plain_record_with_the_mark_is_flagged_too(tmp_path):
    """A NewsAPI "content" copied into timeline's own fields: no schema, but the mark is still the API's."""
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "a1", "published": "2018-08-28", "text": "MOSCOW (Reuters) - Lavrov met "
                                "Pompeo on Monday. Lavrov warned … [+1534 chars]"}) + "\n", encoding="utf-8")
    article, = read_articles([path])
    assert article.read_as is None and article.text == "MOSCOW (Reuters) - Lavrov met Pompeo on Monday."
    assert article.truncated == ("text_truncated: the API gave the first 61 characters of 1595; fetch the full "
                                 "story from its url")
    result = timeline.build([path], Settings(run_date=RUN_DATE))
    assert result.articles["flags"].iloc[0].startswith("text_truncated: ")


def test_a_truncation_mark_in_plain_text_is_no_year():
    for text in ("Lavrov warned … [+1534 chars]", "Lavrov warned [+1534 chars] and more", "The draft ran 1534 chars.",
                 "The note has 1990 characters."):
        assert not [m for m in find_mentions(text, None) if "1534" in m.text or "1990" in m.text], text
    assert [m.value for m in find_mentions("Lavrov visited Ankara in 1999.", None)] == ["1999"]


def test_trafilatura_json_output(tmp_path):
    record = {"title": "Putin to meet Erdogan", "author": None, "hostname": "tass.com", "date": "2018-09-01",
              "categories": "", "tags": "", "fingerprint": "a1b2", "id": None, "license": None,
              "comments": "", "raw_text": "x", "language": "en", "image": None, "pagetype": "article",
              "filedate": "2024-05-01", "source": "https://tass.com/1", "source-hostname": "TASS",
              "excerpt": "Putin will meet Erdogan next week.",
              "text": "MOSCOW, September 1. /TASS/. Russian President Vladimir Putin will meet Turkish President "
                      "Recep Tayyip Erdogan in Tehran next week, Kremlin spokesman Dmitry Peskov said on Saturday."}
    article, = _records(tmp_path, [record])
    assert (article.url, article.source, article.published, article.id) == ("https://tass.com/1", "TASS",
                                                                             "2018-09-01", "export:1")
    assert article.read_as == ("read as trafilatura JSON: text from 'text', date from 'date', title from 'title', "
                               "url from 'source', source from 'source-hostname'")
    record["source-hostname"] = None  # no site name: the host
    article, = _records(tmp_path, [record])
    assert article.source == "tass.com" and "source from 'hostname'" in article.read_as
    as_dict = {k: v for k, v in record.items() if k not in ("source", "source-hostname", "excerpt")}
    as_dict |= {"url": "https://tass.com/1", "sitename": "TASS", "description": "Putin will meet Erdogan."}
    article, = _records(tmp_path, [as_dict])
    assert (article.url, article.source) == ("https://tass.com/1", "TASS")
    assert article.read_as.startswith("read as trafilatura's metadata: ")


def test_newspaper_dump_with_a_list_of_authors(tmp_path):
    record = {"url": "https://www.reuters.com/article/x", "read_more_link": "", "language": "en",
              "title": "Lavrov, Pompeo discuss Syria by phone", "top_image": "", "meta_img": "", "images": [],
              "movies": [], "keywords": [], "meta_keywords": [""], "tags": [], "authors": ["Reuters Staff"],
              "publish_date": "2018-08-28T10:15:00+00:00", "summary": "", "meta_description": "",
              "meta_lang": "en", "meta_favicon": "", "meta_site_name": "Reuters", "canonical_link": "",
              "text": "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Mike "
                      "Pompeo discussed Syria in a phone call on Monday, the Russian foreign ministry said."}
    article, = _records(tmp_path, [record])
    assert (article.published, article.source, article.url) == ("2018-08-28T10:15:00+00:00", "Reuters",
                                                                record["url"])
    assert article.read_as.startswith("read as a newspaper3k/newspaper4k dump: text from 'text', date from "
                                      "'publish_date'")
    assert article.date_field is None  # read, not hinted


def test_gdelt_article_list_is_skipped_with_why(tmp_path):
    records = [{"url": f"https://tass.com/{n}", "url_mobile": "", "title": "Putin to meet Erdogan",
                "seendate": "20180901T081500Z", "socialimage": "", "domain": "tass.com", "language": "English",
                "sourcecountry": "Russia"} for n in (1, 2)]
    path = tmp_path / "gdelt.json"
    path.write_text(json.dumps({"articles": records}), encoding="utf-8")
    skipped = list(read_articles([path]))
    assert all(isinstance(s, Skipped) for s in skipped) and len(skipped) == 2
    assert skipped[0].reason.startswith("a GDELT DOC article list gives each article's url, title and the time "
                                        "GDELT saw it, but no text (fetch the stories from their urls")
    assert skipped[0].reason == skipped[1].reason  # one line of the report counts the rest


def test_media_cloud_story_list(tmp_path):
    story = {"id": "c0ffee", "media_name": "tass.com", "media_url": "tass.com", "title": "Putin to meet Erdogan",
             "publish_date": "2018-09-01", "url": "https://tass.com/1", "language": "en",
             "indexed_date": "2018-09-01T09:00:00"}
    skipped, = _records(tmp_path, [story])
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("a Media Cloud story list gives no story text "
                                                                      "unless asked for it")
    story["text"] = "MOSCOW, September 1. /TASS/. Russian President Vladimir Putin will meet Turkish President " \
                    "Recep Tayyip Erdogan in Tehran next week."
    article, = _records(tmp_path, [story])
    assert (article.id, article.source, article.published) == ("c0ffee", "tass.com", "2018-09-01")
    legacy = {"stories_id": 1112979919, "media_id": 1, "media_name": "Reuters", "publish_date": "2018-08-28 10:15:00",
              "title": "Talks", "url": "https://r/1", "guid": "https://r/1", "story_text": story["text"]}
    article, = _records(tmp_path, [legacy])
    assert (article.id, article.source, article.text) == ("1112979919", "Reuters", story["text"])


def test_a_field_matched_but_for_case_is_read_in_a_schema_too(tmp_path):
    """A Media Cloud list whose records name their id and title "ID" and "Title": ``field_case`` matched them, and the
    schema then put its own "id" and "title" in their place, absent from the record, so the article had no title and
    the id "export:1", while its flag said "'ID' read as 'id'" and a second one that "Title" looked like a title. The
    field matched but for case is the record's own and is read (a JSON record, and a CSV whose header says so), with
    the fields as the command line gives them (``Fields.named``: none named) as with a library user's ``Fields()``,
    whose case-matched names counted as named (not the default) and so were read already."""
    story = {"ID": "mc-1", "Title": "Putin to meet Erdogan", "media_name": "tass.com", "media_url": "tass.com",
             "publish_date": "2018-09-01", "url": "https://tass.com/1", "indexed_date": "2018-09-01T09:00:00",
             "text": "MOSCOW, September 1. /TASS/. Russian President Vladimir Putin will meet Turkish President "
                     "Recep Tayyip Erdogan in Tehran next week."}
    table = tmp_path / "export.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(story))
        writer.writeheader()
        writer.writerow(story)
    path = tmp_path / "export.json"
    path.write_text(json.dumps([story]), encoding="utf-8")
    read = [a for fields in (Fields(named=frozenset()), Fields()) for a in read_articles([path, table], fields)]
    assert len(read) == 4
    for article in read:
        assert (article.id, article.title, article.source) == ("mc-1", "Putin to meet Erdogan", "tass.com")
        assert article.field_case == (("Title", "title"), ("ID", "id")) and article.title_field is None
        assert article.read_as == ("read as a Media Cloud story list: text from 'text', date from 'publish_date', "
                                   "url from 'url', source from 'media_name'")


def test_records_in_timelines_own_fields_are_no_schema():
    assert recognise({"id": "a", "text": "x", "published": "2018-08-28", "source": "TASS", "url": "u",
                      "title": "t"}) is None
    assert recognise({"text": "x", "date": "2018-08-28", "title": "t"}) is None  # a 'date' field alone: hinted


def test_field_values_objects_and_lists():
    assert field_value({"id": "reuters", "name": "Reuters"}) == ("Reuters", None)
    assert field_value(["Jane Doe", "John Roe"]) == ("Jane Doe, John Roe", None)
    assert field_value([{"@type": "Person", "name": "Jane Doe"}]) == ("Jane Doe", None)
    assert field_value({"id": "reuters"}) == (None, "an object with no 'name'")
    assert field_value([1, 2]) == (None, "a list of other things than names")
    assert field_value(True) == (None, "true or false") and field_value(2018) == ("2018", None)


def test_an_object_in_a_field_read_is_flagged_not_written_as_a_repr(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "a1", "published": "2018-08-28", "source": {"id": "reuters"},
                                "text": "MOSCOW (Reuters) - Lavrov met Pompeo on Monday."}) + "\n", encoding="utf-8")
    result = timeline.build([path], Settings(run_date=RUN_DATE))
    assert result.events["source"].isna().all()
    assert result.articles["flags"].iloc[0] == ("field_unreadable: the 'source' field holds an object with no "
                                                "'name' ({\"id\": \"reuters\"}), so no source was read from it")
    out = tmp_path / "out"
    report = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--no-html", "--quiet"])
    assert "1 article(s) have a field that holds no text, an object or a list, and was not read (a1;" in report.output


def test_newsapi_articles_as_json_lines_or_csv(tmp_path):
    """The same articles saved one a line, or as a CSV with their columns (the source as its name): read alike."""
    articles = json.loads(NEWSAPI.read_text(encoding="utf-8"))["articles"]
    lines = tmp_path / "napi.jsonl"
    lines.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    table = tmp_path / "napi.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(articles[0]))
        writer.writeheader()
        writer.writerows({**a, "source": a["source"]["name"]} for a in articles)
    for path in (lines, table):
        first, second = read_articles([path])
        assert (first.source, second.source) == ("Reuters", "TASS"), path
        assert first.published == "2018-08-28T10:15:00Z" and first.truncated.startswith("text_truncated: ")
        assert first.read_as.startswith("read as a NewsAPI response: text from 'content', date from 'publishedAt'")


def test_a_csv_header_decides_the_schema_of_every_row(tmp_path, monkeypatch):
    """A CSV's rows all have its header's keys: the header is recognised once (a NewsAPI table), not every row again."""
    from timeline.ingest import records, schemas

    asked = []

    def counted(record):
        asked.append(sorted(record))
        return recognise(record)

    monkeypatch.setattr(records, "recognise", counted)
    monkeypatch.setattr(schemas, "recognise", counted)
    articles = json.loads(NEWSAPI.read_text(encoding="utf-8"))["articles"]
    table = tmp_path / "napi.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(articles[0]))
        writer.writeheader()
        writer.writerows({**a, "source": a["source"]["name"]} for a in articles * 3)
    read = list(read_articles([table]))
    assert len(read) == 6 and all(a.read_as.startswith("read as a NewsAPI response") for a in read)
    assert asked == [sorted(articles[0])]


def test_an_api_error_response_is_named(tmp_path):
    path = tmp_path / "napi.json"
    path.write_text(json.dumps({"status": "error", "code": "apiKeyInvalid",
                                "message": "Your API key is invalid or incorrect."}), encoding="utf-8")
    skipped, = read_articles([path])
    assert skipped.reason == ("an API's error response, not articles (apiKeyInvalid: Your API key is invalid or "
                              "incorrect.) (fix the request and save its response again)")
