"""The command line, driven as a user would (click's CliRunner), on the real seed articles.

The acceptance cases of issue 2 are checked here on the CSV the command writes.
"""

from __future__ import annotations

import html
import json
import re
import shutil

import click
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import ROOT, RUN_DATE, SEED_DATELINE, SEED_NO_DATELINE, corpus

from timeline import cli
from timeline.table import COLUMNS

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(cli, "_today", lambda: RUN_DATE)  # the CLI's only clock reading
    return CliRunner()


def run_build(runner, tmp_path, *args):
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", *map(str, args), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = pd.read_csv(out / "events.csv", dtype=str)
    articles = pd.read_csv(out / "articles.csv", dtype=str)
    return result, events, articles, out


def one(frame, **where):
    rows = frame
    for column, value in where.items():
        rows = rows[rows[column].fillna("").str.contains(value, regex=False)]
    assert len(rows) >= 1, f"no event with {where}"
    return rows.iloc[0]


@pytest.mark.corpus
@pytest.mark.parametrize("date, event_type, actor1, others", [
    ("2018-08-27", "meeting", "Anatoly Antonov", ("David Satterfield", "James Jeffrey")),
    ("2018-08-29", "statement", "Sergei Lavrov", ()),
    ("2018-08-24", "talks", "Sergei Lavrov", ("Mevlut Cavusoglu",)),
    ("2018-08-30", "statement", "Heather Nauert", ()),
], ids=["meeting", "lavrov-statement", "talks", "nauert-statement"])
def test_cli_build_seed_with_dateline(runner, tmp_path, date, event_type, actor1, others):
    _, events, articles, _ = run_build(runner, tmp_path, corpus("seeds", f"{SEED_DATELINE}.txt"))
    row = one(events, event_date=date, event_type=event_type, actor1=actor1)
    for name in others:
        assert name in row["actors"]
    article = articles.iloc[0]
    assert (article["anchor_date"], article["anchor_source"], article["year_source"]) == ("2018-08-30", "dateline", "weekday")
    assert "year_inferred" in article["flags"]


@pytest.mark.corpus
@pytest.mark.parametrize("seed", [SEED_DATELINE, SEED_NO_DATELINE])
def test_cli_build_no_event_from_the_pronoun_we(runner, tmp_path, seed):
    _, events, _, _ = run_build(runner, tmp_path, corpus("seeds", f"{seed}.txt"))
    assert not events["date_text"].fillna("").str.fullmatch(r"(?i)we").any()
    assert "2018-08-29" not in set(events["event_date"].dropna()) or seed == SEED_DATELINE


@pytest.mark.corpus
@pytest.mark.parametrize("options, wednesday", [
    ((), None),
    (("--reference-date", "2018-08-30"), "2018-08-29"),
], ids=["no-anchor", "reference-date"])
def test_cli_build_seed_without_dateline(runner, tmp_path, options, wednesday):
    _, events, articles, _ = run_build(runner, tmp_path, corpus("seeds", f"{SEED_NO_DATELINE}.txt"), *options)
    zone = one(events, date_text="2017")
    assert (zone["event_date"], zone["precision"], zone["date_start"], zone["date_end"]) == (
        "2017", "year", "2017-01-01", "2017-12-31")
    on_wednesday = one(events, date_text="Wednesday")
    if wednesday is None:
        assert pd.isna(on_wednesday["event_date"]) and on_wednesday["date_basis"] == "unresolved"
        assert "unresolved" in on_wednesday["flags"]
        assert articles.iloc[0]["anchor_source"] == "none"
    else:
        assert on_wednesday["event_date"] == wednesday and on_wednesday["date_basis"] == "explicit"


@pytest.mark.corpus
@pytest.mark.parametrize("seed", [SEED_DATELINE])
def test_cli_build_events_have_exact_offsets(runner, tmp_path, seed):
    path = corpus("seeds", f"{seed}.txt")
    text = path.read_text(encoding="utf-8")
    _, events, _, _ = run_build(runner, tmp_path, path)
    for row in events.itertuples():
        assert text[int(row.char_start):int(row.char_end)] == row.sentence
        if isinstance(row.date_text, str):
            assert text[int(row.date_char_start):int(row.date_char_end)] == row.date_text


@pytest.mark.parametrize("bad_name, content, reason", [
    ("latin1.txt", "Caf\xe9 talks on Monday".encode("cp1252"), "not UTF-8"),
    ("empty.txt", b"", "empty"),
    ("notes.docx", b"PK\x03\x04", "not an article file (.docx)"),
], ids=["not-utf8", "empty", "unsupported"])
def test_cli_build_bad_file_is_skipped_and_reported(runner, tmp_path, bad_name, content, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "samples" / f"{SEED_DATELINE}.txt", folder)
    (folder / bad_name).write_bytes(content)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden: passed over quietly
    result, events, articles, _ = run_build(runner, tmp_path, folder)
    skipped = articles[articles["status"] == "skipped"]
    assert len(skipped) == 1 and reason in skipped.iloc[0]["reason"]
    assert bad_name in result.output and "skipped" in result.output  # on stderr, with the file name
    assert (articles["status"] == "ok").sum() == 1 and len(events) > 0


@pytest.mark.parametrize("place, country", [("Abu  Dhabi", "United Arab Emirates"), ("New\u00a0Delhi", "India")],
                         ids=["two-spaces", "no-break-space"])
def test_cli_build_a_visit_to_a_place_of_odd_spacing(runner, tmp_path, place, country):
    """A visit's place whose words stand apart by two spaces or a no-break space is read, not a crash of the build."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "visit.txt").write_text(f"WASHINGTON, June 7, 2011\n\nU.S. President Barack Obama visited {place} on "
                                      "Monday.\n", encoding="utf-8")
    _, events, _, _ = run_build(runner, tmp_path, folder)
    one(events, event_type="visit", actor1="Barack Obama", actor2=country)


@pytest.mark.parametrize("args, message", [
    (["build", "no/such/folder"], "no such file or directory"),
    (["build", "data/samples", "--reference-date", "30/08/2018"], "YYYY-MM-DD"),
    (["build", "data/samples", "--year", "0"], "--year"),
], ids=["missing-path", "bad-date", "bad-year"])
def test_cli_build_bad_options_say_the_fix(runner, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(cli.main, [*args, "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert message in result.output


@pytest.mark.parametrize("value, said", [
    ("2018-02-30", "'2018-02-30' is not a date: February 2018 has 28 days (give it as YYYY-MM-DD)"),
    ("2018-13-01", "'2018-13-01' is not a date: there is no month 13"),
    ("2018/08/30", "'2018/08/30' is not in the form YYYY-MM-DD; give it as --reference-date 2018-08-30"),
    ("2018-8-3", "give it as --reference-date 2018-08-03"),
])
def test_cli_a_reference_date_of_no_day_or_another_form_says_which(runner, value, said):
    """--reference-date 2018-02-30 was told "is not a date; give it as YYYY-MM-DD", the form it has (newuser52)."""
    result = runner.invoke(cli.main, ["dates", "on Monday", "--reference-date", value])
    assert result.exit_code == 2
    assert said in " ".join(result.output.split())


@pytest.mark.parametrize("flag", ["--no-html"])
def test_cli_build_defaults_to_the_bundled_samples(runner, tmp_path, monkeypatch, flag):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", "-o", str(out), flag])
    assert result.exit_code == 0, result.output
    articles = pd.read_csv(out / "articles.csv")
    assert len(articles) == len([p for p in (ROOT / "data" / "samples").iterdir()]) - 1 + 4  # jsonl holds 4
    assert (articles["status"] == "ok").all()
    assert not (out / "timeline.html").exists()


@pytest.mark.parametrize("fmt", ["jsonl"])
def test_cli_build_writes_other_formats(runner, tmp_path, fmt):
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(ROOT / "data" / "samples"), "-o", str(out), "--format", fmt,
                                      "--no-html"])
    assert result.exit_code == 0, result.output
    frame = pd.read_json(out / f"events.{fmt}", lines=True)
    assert len(frame) > 0 and "event_date" in frame.columns
    assert not (out / "events.csv").exists()  # instead of CSV, as the README says (it said "too")


def test_cli_build_writes_csv_and_jsonl_when_both_are_asked_for(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(ROOT / "data" / "samples"), "-o", str(out), "--format", "csv",
                                      "--format", "jsonl", "--no-html"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{table}.{fmt}" for fmt in ("csv", "jsonl")
                                                           for table in ("events", "mentions", "articles", "actors"))
    assert "`--format jsonl` writes JSON Lines tables instead of CSV; `--format csv --format jsonl` writes both." \
        in " ".join(README.split())


@pytest.mark.parametrize("formats", [["--format", "csv,jsonl"], ["--format", "CSV", "--format", " jsonl ,csv"]])
def test_cli_build_reads_formats_parted_by_commas_in_any_case(runner, tmp_path, formats):
    """"--format csv,jsonl" and "--format CSV" were "'csv,jsonl' is not one of 'csv', 'jsonl', 'xlsx'" (newuser52)."""
    story = tmp_path / "story.txt"
    story.write_text("MOSCOW, March 3, 2020. Lavrov met his Turkish counterpart in Moscow on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(story), "-o", str(out), *formats, "--no-html"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{table}.{fmt}" for fmt in ("csv", "jsonl")
                                                           for table in ("events", "mentions", "articles", "actors"))
    wrong = runner.invoke(cli.main, ["build", str(story), "-o", str(out), "--format", "csv,json"])
    assert wrong.exit_code == 2 and "did you mean 'jsonl'?" in wrong.output  # (it was click's bare "not one of")
    assert "did you mean 'xlsx'?" in runner.invoke(cli.main, ["build", str(story), "--format", "Excel"]).output


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["APW19980807.0261.tml"])
def test_cli_timex_keeps_tml_text_and_scores(runner, tmp_path, name):
    from timeline.ingest.tml import read_tml

    gold = corpus("tempeval3", "train", "AQUAINT", name)
    out = tmp_path / "tagged"
    result = runner.invoke(cli.main, ["timex", str(gold), "-o", str(out), "--explain"])
    assert result.exit_code == 0, result.output
    assert "rule=" in result.output and "anchor=1998-08-07" in result.output
    written = read_tml(out / name)
    assert written.text == read_tml(gold).text
    assert written.dct == read_tml(gold).dct and written.timexes
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(gold, gold_dir)
    scored = runner.invoke(cli.main, ["score", str(gold_dir), str(out)])
    assert scored.exit_code == 0, scored.output
    assert re.search(r"relaxed\s+\d+\.\d", scored.output)


@pytest.mark.parametrize("text, needles", [
    ("Lavrov said on Wednesday he will visit Ankara next month.", ("'Wednesday'", "2018-08-29", "'next month'", "2018-09")),
    ("Talks are planned for Friday.", ("'Friday'", "2018-08-31", "direction=future")),
])
def test_cli_dates_explains_each_value(runner, text, needles):
    result = runner.invoke(cli.main, ["dates", text, "--reference-date", "2018-08-30"])
    assert result.exit_code == 0, result.output
    for needle in needles:
        assert needle in result.output


@pytest.mark.parametrize("name", sorted(cli.main.commands))
def test_cli_every_command_is_documented(name):
    command = cli.main.commands[name]
    assert "Example:" in (command.help or ""), f"`timeline {name} --help` has no Example block"
    assert f"timeline {name}" in README, f"README does not show `timeline {name}`"


def test_cli_top_level_help_has_an_example_and_every_option_says_what_it_is(runner):
    """`timeline --help` was the one help page with no example, and --title-field, --url-field, --source-field and
    --id-field showed only their defaults (ux39)."""
    assert "Example:" in (cli.main.help or "") and "timeline build" in cli.main.help
    for name, command in cli.main.commands.items():
        bare = [p.name for p in command.params if isinstance(p, click.Option) and not p.help and p.name != "help"]
        assert bare == [], f"`timeline {name} --help` gives these options no help: {bare}"


@pytest.mark.parametrize("workers", ["2"])
def test_cli_build_workers_give_the_same_tables(runner, tmp_path, workers):
    one, many = tmp_path / "one", tmp_path / "many"
    samples = str(ROOT / "data" / "samples")
    for out, extra in ((one, []), (many, ["--workers", workers])):
        result = runner.invoke(cli.main, ["build", samples, "-o", str(out), "--no-html", *extra])
        assert result.exit_code == 0, result.output
    for table in ("events", "mentions", "articles", "actors"):
        assert (one / f"{table}.csv").read_bytes() == (many / f"{table}.csv").read_bytes(), table


def tab_title(out) -> str:
    page = (out / "timeline.html").read_text(encoding="utf-8")
    return re.search(r"<title>(.*?)</title>", page).group(1)


@pytest.mark.parametrize("inputs,extra,expected", [
    # no --title: what the file holds, the articles read and the months of their dates
    (["data/samples"], [], "Timeline of 8 articles dated Aug 2018 – Dec 2024"),
    # one article: its title
    (["data/samples/tass-1893901.txt"], [],
     "Russia imposes state of federal-level emergency due to fuel oil spill in Black Sea"),
    # --title overrides it, escaped
    (["data/samples"], ["--title", "Idlib <2018> & Co"], "Idlib &lt;2018&gt; &amp; Co"),
])
def test_cli_build_titles_the_timeline(runner, tmp_path, inputs, extra, expected):
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", *(str(ROOT / i) for i in inputs), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    assert tab_title(out) == expected
    page = (out / "timeline.html").read_text(encoding="utf-8")
    texts = [json.loads(f'"{t}"') for t in re.findall(r'"text":"((?:[^"\\]|\\.)*)"', page)]
    assert html.unescape(expected) in map(html.unescape, texts)  # the heading says the same


def test_cli_build_no_html_names_a_stale_timeline(runner, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "timeline.html").write_text("<html>an earlier run</html>", encoding="utf-8")
    result = runner.invoke(cli.main, ["build", str(ROOT / "data" / "samples"), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "timeline.html is from an earlier run" in result.output
    assert (out / "timeline.html").read_text(encoding="utf-8") == "<html>an earlier run</html>"  # left as it was


@pytest.mark.parametrize("copies, named", [
    (1, f"1 article(s) have no anchor date (article_id {SEED_NO_DATELINE}), so"),
    (5, "5 article(s) have no anchor date (article_id undated-0, undated-1, undated-2 and 2 more), so"),
], ids=["one", "five"])
def test_cli_build_names_the_articles_with_no_anchor_date(runner, tmp_path, copies, named):
    """The hint to pass --reference-date said how many articles lacked a date, not which (the Quickstart's own run
    printed "1 article(s) have no anchor date" over eight)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "samples" / f"{SEED_DATELINE}.txt", folder)
    text = (ROOT / "data" / "samples" / f"{SEED_NO_DATELINE}.txt").read_bytes()
    for n in range(copies):
        # (each copy a text of its own: one text under two names is read once, ``ingest.copies``)
        (folder / (f"undated-{n}.txt" if copies > 1 else f"{SEED_NO_DATELINE}.txt")).write_bytes(
            text + (f"\n\n(Copy {n}.)\n".encode() if copies > 1 else b""))
    result = runner.invoke(cli.main, ["build", str(folder), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "have no anchor date" in line)
    assert named in line and SEED_DATELINE not in line  # (the dated one is in the run's table by file)
    assert "--date-field" not in result.output  # a .txt file has no field to name


def test_cli_build_hint_names_the_date_field_option(runner, tmp_path):
    """A JSONL whose records carry their date as "date", not "published", was read with no anchor and the hint named
    only --reference-date and --year (found as a new user in the twenty-fifth session): it names --date-field too,
    and with it the record is anchored."""
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a1", "date": "2025-03-03", "text": "MOSCOW, March 3. /TASS/. Lavrov met Fidan on Monday."}\n',
                    encoding="utf-8")
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "the records' date-like fields: 'date' (--date-field date)" in result.output
    again = runner.invoke(cli.main, ["build", str(path), "-o", str(tmp_path / "out2"), "--no-html", "--date-field", "date"])
    assert again.exit_code == 0, again.output
    assert "no anchor date" not in again.output and "date_field_missing" not in again.output


_DATED = ('{"id": "a1", "date": "2019-03-04", "time": "10:00", "text": "Lavrov met Fidan on Monday."}\n'
          '{"id": "a2", "date": "2019-03-05", "text": "Lavrov met Fidan on Tuesday."}\n')


def test_cli_build_names_the_missing_date_field_and_the_records_own(runner, tmp_path):
    """`--date-field pubdate` on records that carry `date` said only "under another name than 'published'" (found as a
    new user in the twenty-sixth session): the run says which field was asked for, that no record has it, and which
    of the records' fields read as dates ("time", "10:00", does not), with the option that names it; articles.csv
    flags each record."""
    path = tmp_path / "dates.jsonl"
    path.write_text(_DATED, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html", "--date-field", "pubdate"])
    assert result.exit_code == 0, result.output
    assert ("no record has a 'pubdate' field (--date-field pubdate), so no publication date was read from them; "
            "the records' date-like fields: 'date' (--date-field date)") in result.output
    assert "another name than" not in result.output
    flags = pd.read_csv(out / "articles.csv")["flags"]
    assert flags.str.startswith("date_field_missing: no 'pubdate' field, but 'date' reads as a date "
                                "(--date-field date)").all()


def test_cli_build_counts_records_without_the_named_date_field(runner, tmp_path):
    """Some records with the field and some without: how many lack it; a field no record's value reads as a date
    in is said to be so (then no option can be named)."""
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a1", "pubdate": "2019-03-04", "text": "Lavrov met Fidan on Monday."}\n'
                    '{"id": "a2", "note": "soon", "text": "Lavrov met Fidan on Tuesday."}\n', encoding="utf-8")
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html",
                                      "--date-field", "pubdate"])
    assert result.exit_code == 0, result.output
    assert ("1 record(s) (articles.csv flags say which) have no 'pubdate' field (--date-field pubdate), so no "
            "publication date was read from them; no other field of theirs reads as a date") in result.output


def test_cli_build_without_a_date_field_says_nothing_new(runner, tmp_path):
    """Records with no date at all and the default field: no flag, and the no-anchor hint as before."""
    path = tmp_path / "undated.jsonl"
    path.write_text('{"id": "a1", "text": "Lavrov met Fidan on Monday."}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "another name than 'published', --date-field NAME" in result.output
    assert "date_field_missing" not in result.output and pd.read_csv(out / "articles.csv")["flags"].isna().all()


_HEADLINED = ('id,headline,body,pubdate\n'
              'a1,Lavrov meets Fidan in Moscow,"MOSCOW, March 3. /TASS/. Lavrov met Fidan on Monday.",2025-03-03\n')


def test_cli_build_names_a_headline_column_as_the_title(runner, tmp_path):
    """A CSV with a 'headline' column and no 'title' was read with every article untitled and no word (ux30's list,
    the thirtieth session): the run names --title-field as it names --date-field, articles.csv flags the record, and
    with the option the article has its title."""
    path = tmp_path / "feed.csv"
    path.write_text(_HEADLINED, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html", "--text-field", "body",
                                      "--date-field", "pubdate"])
    assert result.exit_code == 0, result.output
    assert ("no record has a 'title' field (--title-field title, the default), so those articles are untitled; "
            "the records' title-like fields: 'headline' (--title-field headline)") in result.output
    article = pd.read_csv(out / "articles.csv").iloc[0]
    assert article["flags"] == ("title_field_missing: no 'title' field, but 'headline' looks like a title "
                                "(--title-field headline)")
    again = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html", "--text-field", "body",
                                     "--date-field", "pubdate", "--title-field", "headline"])
    assert again.exit_code == 0, again.output
    assert "title" not in again.output
    article = pd.read_csv(out / "articles.csv").iloc[0]
    assert article["title"] == "Lavrov meets Fidan in Moscow" and pd.isna(article["flags"])


@pytest.mark.parametrize("header, row", [
    ("id,text,summary", 'a1,"Lavrov met Fidan on Monday.",Talks in Moscow'),  # no name says title: no hint
    ("id,text,title_url", 'a1,"Lavrov met Fidan on Monday.",'),  # empty
    ("id,text,headline", 'a1,"Lavrov met Fidan on Monday.","A line\nand another"'),  # more than one line
])
def test_cli_build_title_hint_only_for_a_field_that_reads_as_a_title(runner, tmp_path, header, row):
    path = tmp_path / "in.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "--title-field" not in result.output and "title_field_missing" not in result.output


def test_cli_build_names_the_missing_title_field_it_was_given(runner, tmp_path):
    path = tmp_path / "in.jsonl"
    # (a record holding the default "title" is read by it, with a note: ``ingest.field_default``)
    path.write_text('{"id": "a1", "headline": "Talks in Moscow", "text": "Lavrov met Fidan on Monday."}\n',
                    encoding="utf-8")
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-html",
                                      "--title-field", "hed"])
    assert result.exit_code == 0, result.output
    assert ("no record has a 'hed' field (--title-field hed), so those articles are untitled; "
            "the records' title-like fields: 'headline' (--title-field headline)") in result.output


@pytest.mark.parametrize("published, flagged", [("03/04/2019", True), ("04/04/2019", False), ("30/08/2018", False),
                                                ("2019-03-04", False)])
def test_cli_build_flags_a_publication_date_that_reads_either_way(runner, tmp_path, published, flagged):
    """"03/04/2019" was read as March 4 without a word: it is flagged in articles.csv and counted in the run's report
    with the fix (YYYY-MM-DD); a date that reads one way only is not."""
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "published": published, "text": "Lavrov met Fidan on Monday."}) + "\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    line = (f"1 article(s) have a publication date that reads either way ('03/04/2019' in {path}: day and month could "
            "change places), read month first (articles.csv flags say which); write dates as YYYY-MM-DD")
    assert (line in result.output) is flagged
    flags = pd.read_csv(out / "articles.csv")["flags"].astype("string").fillna("")
    assert (flags[0] == "published_ambiguous: '03/04/2019' read month first, as 2019-03-04 (write YYYY-MM-DD)") \
        is flagged


def test_readme_dates_example_prints_what_the_readme_shows(runner):
    """The README's `timeline dates` block is the command's output, character for character (its columns had
    drifted narrower than the command prints them)."""
    import shlex

    section = README.split("### `timeline dates`", 1)[1]
    command, shown = re.search(r"```bash\n(timeline dates .+?)\n```\s*```\n(.+?)```", section, re.S).groups()
    result = runner.invoke(cli.main, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    assert result.output == shown


def test_cli_dates_reads_standard_input_when_given_no_text(runner):
    assert "with no TEXT and no --file, the text is read from standard input" in \
        " ".join(runner.invoke(cli.main, ["dates", "--help"]).output.split())
    result = runner.invoke(cli.main, ["dates", "--reference-date", "2018-08-30"],
                           input="Lavrov said on Wednesday he will visit Ankara next month.")
    assert result.exit_code == 0, result.output
    assert "'Wednesday'" in result.output and "2018-08-29" in result.output and "2018-09 " in result.output


def test_cli_dates_reads_standard_input_for_a_hyphen(runner):
    """`timeline dates -` read "-" as a text of one hyphen: "no temporal expressions found", exit status 0, the piped
    text unread (newuser52)."""
    result = runner.invoke(cli.main, ["dates", "-", "--reference-date", "2018-08-30"],
                           input="Lavrov said on Wednesday he will visit Ankara next month.")
    assert result.exit_code == 0, result.output
    assert "'Wednesday'" in result.output and "2018-08-29" in result.output


@pytest.mark.parametrize("command", [["build"], ["timex", "-o", "tagged"]])
def test_cli_build_and_timex_say_they_read_no_standard_input(runner, command, tmp_path, monkeypatch):
    """`timeline build -` said "-: no such file or directory (no '-' in the current folder ...; check the path)":
    a usage error now says the inputs are files and how to save the piped text as one (newuser52)."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli.main, [*command, "-"], input='{"text": "Lavrov met Fidan on Monday."}\n')
    assert result.exit_code == 2, result.output
    assert "'-' (standard input)" in result.output and "> articles.jsonl" in result.output
    assert "no such file" not in result.output


@pytest.mark.parametrize("args, stdin, said", [
    (["dates"], "", "standard input was empty"),
    (["dates"], " \n\n", "standard input was empty"),
    (["dates", ""], None, "the TEXT is empty"),
    (["dates", "  "], None, "the TEXT is empty"),
])
def test_cli_dates_refuses_an_empty_text(runner, args, stdin, said):
    """An empty text (an unset shell variable piped in, a quoted empty TEXT) is a usage error naming the fix, not
    "no temporal expressions found" with exit status 0, which reads as a text with no dates."""
    result = runner.invoke(cli.main, args, input=stdin)
    assert result.exit_code == 2, result.output
    assert said in result.output and "--file PATH" in result.output
    assert "no temporal expressions found" not in result.output


def test_cli_help_lists_every_command_without_cutting_its_summary(runner):
    result = runner.invoke(cli.main, ["--help"], terminal_width=80)
    commands = result.output.split("Commands:", 1)[1]
    assert sorted(re.findall(r"^  (\w+) ", commands, re.M)) == sorted(cli.main.commands)
    assert "..." not in commands


def test_cli_build_help_names_every_file_type_it_reads(runner):
    from timeline.ingest import SUPPORTED

    text = " ".join(runner.invoke(cli.main, ["build", "--help"]).output.split("Options:", 1)[0].split())
    assert [suffix for suffix in SUPPORTED if not re.search(rf"{re.escape(suffix)}\b", text)] == []


@pytest.mark.parametrize("broken, problem", [
    ("<TimeML>cut short", "no <TEXT>...</TEXT> element"),
    ("<TimeML><TEXT>Talks on Monday.</TEXT></TimeML>", "no document creation time"),
], ids=["no-text", "no-dct"])
def test_cli_score_says_a_broken_system_file_is_written_again_by_timex(runner, tmp_path, broken, problem):
    """`timeline score GOLD SYS` with a broken system .tml said "a TimeML file must hold its document text inside
    <TEXT>", advice for writing TimeML (found as a new user in the twenty-sixth session): a system file is fixed by
    writing it again from the gold files, and the message says how; after that the scoring runs."""
    from timeline.export.timeml import to_timeml

    gold, system = tmp_path / "gold", tmp_path / "sys"
    gold.mkdir()
    system.mkdir()
    (gold / "d1.tml").write_text(to_timeml("Lavrov met Fidan on Monday.", [], docid="d1", dct="2018-08-30"),
                                 encoding="utf-8")
    (system / "d1.tml").write_text(broken, encoding="utf-8")
    result = runner.invoke(cli.main, ["score", str(gold), str(system)])
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert f"{system / 'd1.tml'}: the system file cannot be read: {problem}" in message
    assert f"(write the system files again from the gold files: re-run `timeline timex {gold} -o {system}`)" in message
    assert "must hold its document text" not in message
    assert runner.invoke(cli.main, ["timex", str(gold), "-o", str(system)]).exit_code == 0
    again = runner.invoke(cli.main, ["score", str(gold), str(system)])
    assert again.exit_code == 0, again.output


def test_cli_score_keeps_the_timeml_advice_for_a_broken_gold_file(runner, tmp_path):
    gold, system = tmp_path / "gold", tmp_path / "sys"
    gold.mkdir()
    system.mkdir()
    (gold / "d1.tml").write_text("<TimeML>cut short", encoding="utf-8")
    (system / "d1.tml").write_text("<TimeML>cut short", encoding="utf-8")
    result = runner.invoke(cli.main, ["score", str(gold), str(system)])
    assert result.exit_code == 1 and "a TimeML file must hold its document text inside <TEXT>" in result.output


def test_cli_build_names_an_untitled_article_by_the_start_of_its_text(runner, tmp_path):
    """Untitled records (Timeline17's) were named by their id in the chronology list: the list shows the start of
    the text past the dateline instead, the id in the tip; events.csv keeps its columns and its empty title."""
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "t17-x-1", "text": "DAMASCUS (Reuters) - Syrian President Bashar al-Assad met the UN '
                    'envoy Kofi Annan in Damascus on Saturday, state media said. More talks are planned.", '
                    '"published": "2012-03-10"}\n', encoding="utf-8")
    _, events, _, out = run_build(runner, tmp_path, path)
    assert list(events.columns) == list(COLUMNS) and events["title"].isna().all()
    page = (out / "timeline.html").read_text(encoding="utf-8")
    list_part = page[page.index('<section id="chronology">'):]
    assert ('title="t17-x-1 · no title: its text&#x27;s start"><span class="s">Syrian President Bashar al-Assad met '
            "the UN envoy Kofi Annan in Damascus on…</span>") in list_part



@pytest.mark.parametrize("other, day_first", [("25/02/2021", True), ("02/25/2021", False), ("2021-02-25", False)])
def test_cli_build_reads_a_date_that_reads_either_way_as_the_rest_of_its_file(runner, tmp_path, other, day_first):
    """A CSV written day first ("25/02/2021", "13/03/2021") had its "03/02/2021" read as March 2, a month off (a new
    user's file, the thirty-first session): a date that reads either way is read day first when another date of
    its file reads day first only and none month first only; flagged so, and the run's line names the file."""
    path = tmp_path / "dmy.csv"
    path.write_text("id,published,text\n"
                    "a1,03/02/2021,Lavrov met Fidan on Wednesday.\n"
                    f"a2,{other},Putin called Macron on Thursday.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli.main, ["build", str(path), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    articles = pd.read_csv(out / "articles.csv", dtype=str).fillna("")
    assert articles["anchor_date"][0] == ("2021-02-03" if day_first else "2021-03-02")
    flag = ("published_ambiguous: '03/02/2021' read day first (its file's '25/02/2021' is), as 2021-02-03 "
            "(write YYYY-MM-DD)" if day_first else
            "published_ambiguous: '03/02/2021' read month first, as 2021-03-02 (write YYYY-MM-DD)")
    assert articles["flags"][0] == flag
    how = "read day first, as other dates of their file are" if day_first else "read month first"
    assert (f"('03/02/2021' in {path}: day and month could change places), {how} (articles.csv flags say which)"
            in " ".join(result.output.split()))


def test_cli_dates_article_shows_one_article_of_a_record_file(runner, tmp_path):
    """`timeline dates --file FILE --article ID` explains one row's article of a file of hundreds (the article ids
    were on stderr only, so `> out` or `| grep` lost them); an id the file has not is a usage error naming its ids
    and its skipped records; --article without --file is one too."""
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "a1", "published": "2021-03-01", "text": "Lavrov met Fidan on Monday."},
        {"id": "a2", "published": "2021-03-02", "text": "Putin called Macron last week."})) + "{broken\n",
        encoding="utf-8")
    result = runner.invoke(cli.main, ["dates", "--file", str(path), "--article", "a2"])
    assert result.exit_code == 0, result.output
    assert "# a2: anchor 2021-03-02" in result.output and "'last week'" in result.output
    assert "a1" not in result.output and "Monday" not in result.output and "skipped" not in result.output
    result = runner.invoke(cli.main, ["dates", "--file", str(path), "--article", "a3"])
    assert result.exit_code == 2
    assert (f"no article 'a3' in {path} (its article ids: a1, a2; 1 of its records were skipped: "
            f"`timeline build {path}` says why)") in " ".join(result.output.split())
    result = runner.invoke(cli.main, ["dates", "Lavrov met Fidan on Monday.", "--article", "a1"])
    assert result.exit_code == 2 and "give --file PATH too" in result.output


def test_cli_dates_heads_each_article_of_a_record_file_on_stdout(runner, tmp_path):
    """ux31: over a record file, which article each line was of was written on stderr only, so `> out.txt` or
    `| grep` lost it. Each article's lines follow a line on stdout with its id, its anchor and where the anchor came
    from, and its title, or with none the start of its text past the dateline; stderr keeps the warnings. A TEXT
    argument is headed by its anchor alone (the reader gave the text)."""
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "a1", "published": "2021-03-01", "title": "Lavrov  meets\nFidan", "text": "Lavrov met Fidan on Monday."},
        {"id": "a2", "text": "MOSCOW, March 2. /TASS/. Putin called Macron last week. They spoke of Ukraine."},
        {"id": "a3", "published": "2021-03-03", "text": "No date here."})), encoding="utf-8")
    result = runner.invoke(cli.main, ["dates", "--file", str(path), "--year", "2021"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("#")] == [
        '# a1: anchor 2021-03-01 (metadata), title "Lavrov meets Fidan"',
        '# a2: anchor 2021-03-02 (dateline, year from option), starts "Putin called Macron last week."',
        '# a3: anchor 2021-03-03 (metadata), starts "No date here."']
    heads = [i for i, line in enumerate(lines) if line.startswith("#")]  # each date under its article's line
    assert "'Monday'" in lines[1] and any("'last week'" in line for line in lines[heads[1]:heads[2]])
    assert "#" not in result.stderr and "no temporal expressions found" in result.stderr
    text = runner.invoke(cli.main, ["dates", "Lavrov met Fidan on Monday.", "--reference-date", "2021-03-01"])
    assert text.stdout.splitlines()[0] == "# text: anchor 2021-03-01 (option)" and text.stderr == ""


def test_cli_undated_line_blames_no_anchor_only_in_an_article_without_one():
    """The build's count of undated events said "in an article with no anchor date" of every unresolved date, so the
    open Timeline17 build (every article dated) told a new user to look for an article with no anchor that did not
    exist and pass --reference-date: an unresolved date in an anchored article is counted as "unresolved"."""
    undated = pd.DataFrame({"date_rule": [None, None, None, "undated:planned"],
                            "date_basis": ["unresolved", "unresolved", "unresolved", "undated"],
                            "anchor_date": ["2011-09-24", None, None, "2011-09-24"]})
    line = cli._undated_line(undated)
    assert "2 in an article with no anchor date, 1 unresolved, 1 no day yet" in line
    assert "1 unresolved" in cli._undated_line(undated.iloc[[0]])
