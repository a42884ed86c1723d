"""The ``Date:`` of the e-mail a pasted story was forwarded in gives its yearless dateline its year (``anchor`` step
2a', ``year_source`` "mail"): newuser50's fwd.txt, a TASS story of "December 26" forwarded on Thu, Dec 26, 2024, was
read as 2023-12-26, the set's commonest year. A story without a dateline is not anchored by it."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.ingest import read_file

HEADER = ("---------- Forwarded message ---------\nFrom: Jane Doe <jane.doe@example.edu>\n"
          "Date: Thu, Dec 26, 2024 at 9:14 PM\nSubject: Putin says Biden in 2021 proposed to postpone Ukraine's "
          "admission to NATO\nTo: Research Group <group@example.edu>\n\n\n")
STORY = ("IGORA /Leningrad Region/, December 26. /TASS/. US President Joe Biden offered Russia's leader Vladimir Putin "
         "back in 2021 to postpone Ukraine's admission to NATO by 10-15 years.\n")
OTHER = ("MOSCOW, March 3, 2023. /TASS/. Russian Foreign Minister Sergey Lavrov met his Indian counterpart on "
         "Friday.\n")  # a story of the set dated 2023: the set's commonest year


def _articles(tmp_path, files):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out"), "--no-html", "--quiet"])
    assert result.exit_code == 0, result.output
    return {r["article_id"]: r for r in csv.DictReader(io.StringIO((tmp_path / "out" / "articles.csv").read_text()))}


def test_a_forwarded_storys_dateline_takes_its_year_from_the_mail(tmp_path):
    (tmp_path / "fwd.txt").write_text(HEADER + STORY, "utf-8")
    [article] = read_file(tmp_path / "fwd.txt")
    assert article.mail_date == "Thu, Dec 26, 2024 at 9:14 PM" and article.published is None
    rows = _articles(tmp_path, {"fwd.txt": HEADER + STORY, "other.txt": OTHER})
    assert (rows["fwd"]["anchor_date"], rows["fwd"]["anchor_source"], rows["fwd"]["year_source"]) == (
        "2024-12-26", "dateline", "mail")


@pytest.mark.parametrize("sent", ["Date: Fri, Jan 3, 2025 at 8:00 AM", "Sent: Friday, January 3, 2025 8:00 AM"],
                         ids=["gmail-date", "outlook-sent"])
def test_a_story_forwarded_after_new_year_is_of_the_year_before(tmp_path, sent):
    header = HEADER.replace("Date: Thu, Dec 26, 2024 at 9:14 PM", sent)
    rows = _articles(tmp_path, {"fwd.txt": header + STORY})
    assert (rows["fwd"]["anchor_date"], rows["fwd"]["year_source"]) == ("2024-12-26", "mail")


def test_the_mail_date_does_not_anchor_a_story_without_a_dateline(tmp_path):
    """A story may be forwarded days after it was published: its "on Friday" is not read against the forward's week."""
    rows = _articles(tmp_path, {"fwd.txt": HEADER + STORY.split("/TASS/. ", 1)[1]})
    assert rows["fwd"]["anchor_date"] == "" and rows["fwd"]["anchor_source"] == "none"


MAIL = ("---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\nDate: Thu, Dec 26, 2024 at 10:14 AM\n"
        "Subject: Fwd: Putin met Erdogan in Ankara on Monday\nTo: me@example.org\n\n")
TALKS = ("Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan in Ankara on Monday, "
         "the Kremlin said.")


@pytest.mark.parametrize("dateline", ["", "ANKARA, December 23. /TASS/. "], ids=["no-dateline", "dateline"])
def test_the_mail_header_is_no_sentence_of_the_story(tmp_path, dateline):
    """A story with no dateline pasted from an e-mail had its header read as sentences: the ``Date:`` line an
    ``other`` event on the mail's day, the ``Subject:`` a second meeting, the story's own (fixmail51). The story
    starts past the header (``text.header_end``), as it did past a dateline."""
    from timeline.ingest.text import Opening, header_end

    text = MAIL + dateline + TALKS
    assert header_end(Opening.of(text)) == len(MAIL.rstrip())
    _articles(tmp_path, {"fwd.txt": text})
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "events.csv").read_text("utf-8"))))
    assert rows and all(int(row["char_start"]) >= len(MAIL) for row in rows), [r["sentence"] for r in rows]


@pytest.mark.parametrize(("fold", "end"), [("    ", "\n"), ("\t", "\n"), ("\t", "\r\n")],
                         ids=["spaces", "tab", "tab-crlf"])
def test_a_folded_mail_header_is_no_sentence_of_the_story(tmp_path, fold, end):
    """Outlook's ``To:`` wrapped onto an indented line: the header goes on past it (``mail_header``) though the text
    the rules read (``text_view``) drops the indent, so the story's start is found in the text as given
    (``Article.header_end``): the folded line and the ``Subject:`` under it were read as sentences (fixmail51)."""
    header = end.join(["-----Original Message-----", "From: Desk <desk@example.org>",
                       "Sent: Thursday, December 26, 2024 10:14 AM",
                       "To: Research Group <group@example.edu>; Alice Smith <alice.smith@example.edu>;",
                       f"{fold}Bob Jones <bob.jones@example.edu>", "Subject: FW: Putin met Erdogan in Ankara on Monday",
                       "", ""])
    (tmp_path / "fwd.txt").write_text(header + TALKS, "utf-8", newline="")
    [article] = read_file(tmp_path / "fwd.txt")
    assert article.header_end == len(header.rstrip())
    _articles(tmp_path, {"fwd.txt": header + TALKS})
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "events.csv").read_text("utf-8"))))
    assert rows and all(int(row["char_start"]) >= len(header) for row in rows), [r["sentence"] for r in rows]
