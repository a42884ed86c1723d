"""The same text given twice is read once (``ingest.copies``): a page saved twice under two file names, a story in
two feeds under different ids (newuser50), a feed exported twice under the same ids (copyid51). Each copy was read,
its month-dated and undated events written twice, and no note said that two inputs held one text."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from timeline.cli import main
from timeline.ingest import read_articles, unique_ids
from timeline.ingest.copies import read_once
from timeline.model import Article, Skipped

STORY = ("MOSCOW, December 26. /TASS/. Events like the BRICS Media Summit organized by TASS in September 2024 provide "
         "alternative information and should be held regularly, Russian Foreign Minister Sergey Lavrov said in an "
         "interview with Russian and foreign media outlets on Thursday.\n")  # newuser50's email_tass.txt


def _rows(path):
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def test_a_text_saved_under_two_names_is_read_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, "utf-8")
    (folder / "b.txt").write_text(STORY.replace(" in an ", "  in an\n"), "utf-8")  # (whitespace apart, the same)
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    rows = {row["article_id"]: row for row in _rows(tmp_path / "out" / "articles.csv")}
    assert rows["a"]["status"] == "ok" and rows["b"]["status"] == "skipped"
    assert rows["b"]["reason"].startswith(f"the same text as 'a' ({folder / 'a.txt'})")
    assert f"skipped {folder / 'b.txt'}: the same text as 'a'" in result.output
    events = _rows(tmp_path / "out" / "events.csv")
    assert events and {row["article_id"] for row in events} == {"a"}


def test_a_story_in_two_feeds_under_two_ids_is_read_once_and_an_update_is_not(tmp_path):
    path = tmp_path / "feeds.jsonl"
    records = [{"id": "tass-1", "text": STORY}, {"id": "rss-9", "text": STORY},
               {"id": "rss-10", "text": STORY.replace("Thursday", "Wednesday")}]  # one word changed: its own story
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    found = list(read_once(read_articles(path)))
    assert [type(r) for r in found] == [Article, Skipped, Article]
    assert found[1].id == "rss-9" and found[1].record == 2
    assert found[1].reason.startswith(f"the same text as 'tass-1' ({path}:1)")


def test_a_copy_under_its_own_id_is_skipped_alike_and_another_text_under_it_is_read_as_id_2(tmp_path):
    """A copy under the same id (a feed exported twice) was read as ID#2 and flagged, the run saying "leave the copy
    out", while a copy under another id was skipped: its month-dated and undated events came out twice all the same
    (reread51c). It is skipped with the reason naming the first (path:record) in ``build``, ``timex`` and ``dates
    --file`` alike; only another text under that id is read as ID#2 (``unique_ids``)."""
    path = tmp_path / "twice.jsonl"
    records = [{"id": "tass-1", "text": STORY}, {"id": "tass-1", "text": STORY.replace(" in an ", "\n in  an ")},
               {"id": "tass-1", "text": STORY.replace("Thursday", "Wednesday")}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    found = list(unique_ids(read_once(read_articles(path))))
    assert [type(r) for r in found] == [Article, Skipped, Article]
    assert [r.id for r in found] == ["tass-1", "tass-1", "tass-1#2"]
    reason = f"the same text as 'tass-1' ({path}:1), read once there"
    assert found[1].record == 2 and found[1].reason.startswith(reason)
    assert found[2].repeated_id == "tass-1"

    build = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html",
                                      "--reference-date", "2024-12-26"])
    assert build.exit_code == 0, build.output
    assert f"skipped {path}:2: {reason}" in build.output
    assert "have the id of an earlier one" not in build.output  # (the note of a copy read as ID#2: none is)
    assert "1 article(s) have the id of an earlier article with another text" in build.output
    rows = {row["article_id"]: row for row in _rows(tmp_path / "out" / "articles.csv")}
    assert "repeated_id: an earlier record with another text has the id 'tass-1'" in rows["tass-1#2"]["flags"]
    assert {row["article_id"] for row in _rows(tmp_path / "out" / "events.csv")} == {"tass-1", "tass-1#2"}

    timex = CliRunner().invoke(main, ["timex", str(path), "-o", str(tmp_path / "tml"), "--reference-date",
                                      "2024-12-26"])
    assert timex.exit_code == 0, timex.output
    assert "2 article(s) tagged, 1 skipped" in timex.output and f"skipped {path}:2: {reason}" in timex.output
    assert sorted(p.name for p in (tmp_path / "tml").iterdir()) == ["tass-1.tml", "tass-1_2.tml"]

    dates = CliRunner().invoke(main, ["dates", "--file", str(path), "--reference-date", "2024-12-26"])
    assert dates.exit_code == 0, dates.output
    assert f"skipped {path}:2: {reason}" in dates.output
    assert [line.split(":")[0] for line in dates.output.splitlines() if line.startswith("# ")] == [
        "# tass-1", "# tass-1#2"]


def test_a_blank_text_under_its_own_id_again_is_skipped_as_a_copy_and_not_under_another(tmp_path):
    """Two TimeML files of one DOCID and an empty <TEXT> (a blank text, which ``read_once`` compared with none) were
    read as doc1 and doc1#2, the run saying "the same story given twice may count its events twice; leave the copy
    out", a note no other copy gets now: the second is skipped as a copy, naming the first; a blank text under
    another id is no copy of it (it holds no story)."""
    tml = ('<?xml version="1.0"?>\n<TimeML>\n<DOCID>{}</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-01" '
           'functionInDocument="CREATION_TIME">2020-01-01</TIMEX3></DCT>\n<TEXT>{}</TEXT>\n</TimeML>\n')
    for folder, docid, text in (("a", "doc1", " "), ("b", "doc1", ""), ("c", "doc2", " ")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.tml").write_text(tml.format(docid, text), "utf-8")
    found = list(unique_ids(read_once(read_articles([tmp_path / f for f in "abc"]))))
    assert [(type(r), r.id) for r in found] == [(Article, "doc1"), (Skipped, "doc1"), (Article, "doc2")]
    assert found[1].reason.startswith(f"the same text as 'doc1' ({tmp_path / 'a' / 'x.tml'}), read once there")
    result = CliRunner().invoke(main, ["build", *(str(tmp_path / f) for f in "abc"), "-o", str(tmp_path / "out"),
                                       "--no-html"])
    assert result.exit_code == 0, result.output
    assert "id of an earlier" not in result.output


def test_a_text_with_a_lone_surrogate_is_told_apart_and_its_copy_skipped():
    """``read_once`` knows a text by a digest of its UTF-8 (``copies._digest``): a JSON string may escape a lone
    surrogate ("\\ud800"), which UTF-8 refuses, and each must still be one text of its own."""
    texts = [STORY + "\ud800", STORY + "\ud800", STORY + "\udc00", STORY + "\ud800\udc00"]
    found = list(read_once(Article(id=f"s{n}", text=t, path="feed.jsonl", record=n) for n, t in enumerate(texts, 1)))
    assert [type(r) for r in found] == [Article, Skipped, Article, Article]
    assert found[1].reason.startswith("the same text as 's1' (feed.jsonl:1)")
