"""A long article (a transcript, a live blog, a dossier pasted as one text) is read in time linear in its length: the
passes that read the whole article, its history of people or its rows once per sentence, name or row were quadratic.
Each guard times the work on a long input against the same input at a quarter of its length (tests/runaway.py)."""

from __future__ import annotations

import dataclasses
import types

from timeline.actors import find_actors
from timeline.actors.govref import government_references
from timeline.actors.recognize import find_organisations
from timeline.actors.scan import Scanner
from timeline.events import extract
from timeline.events.private_speakers import _description
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

from runaway import QUARTER, growth

# linear work takes at most 4 times its quarter; quadratic 16 (runaway.py)
LINEAR = 8.0


def _rows(n: int) -> list:
    """``n`` rows of one real event, one per sentence (a sentence's start each)."""
    story = "Russian Foreign Minister Sergei Lavrov met Kofi Annan in Moscow on Tuesday, the ministry said."
    event = next(e for e in process_article(Article(id="rows", text=story, published="2012-03-22"),
                                            Settings(run_date="2026-12-01")).events if e.trigger)
    return [dataclasses.replace(event, char_start=100 * i, char_end=100 * i + 90) for i in range(n)]


def test_a_rows_repeat_is_asked_of_its_own_sentence_only():
    """``_Builder.emitted`` reads the rows of the event's sentence, the last ones made, not every row of the article
    per row made (1 MB of one repeated sentence: 25,000 rows, most of the build's time)."""
    def run(rows: list) -> None:
        builder = types.SimpleNamespace(events=[])
        for row in rows:
            if not extract._Builder.emitted(builder, row):
                builder.events.append(row)

    rows = _rows(8000)
    assert growth(run, rows[:len(rows) // QUARTER], rows, LINEAR) < LINEAR


def test_a_rows_repeat_is_still_found():
    rows = _rows(3)
    builder = types.SimpleNamespace(events=rows)
    assert extract._Builder.emitted(builder, rows[-1])
    assert not extract._Builder.emitted(builder, dataclasses.replace(rows[-1], trigger="talks"))
    assert not extract._Builder.emitted(builder, dataclasses.replace(rows[0], char_start=1000))  # another sentence


def test_a_private_persons_description_costs_no_copy_of_the_rest_of_the_text():
    """``private_speakers._description`` matches "is a ..." where the name ends, not on a copy of the rest of the text
    (one per name: quadratic in a long article)."""
    head = "Kholood is a teacher from Homs. "

    def run(text: str) -> None:
        for _ in range(300):
            _description(text, 7)

    small, big = head + "x " * 50_000, head + "x " * 200_000
    assert _description(big, 7) == "a teacher from Homs"
    assert growth(run, small, big, 2.0) < 2.0  # the same cost at any length (a copy: 4 times)


def test_government_nouns_among_many_mentions_are_fast():
    """``govref.government_references`` asks an index of the mentions whether a bare "the government" lies inside one,
    not every mention per noun."""
    turn = ("Foreign Minister Sergei Lavrov of Russia met Kofi Annan and Nabil Elaraby in Moscow. "
            "The government said the talks would go on. ")

    def make(n: int) -> tuple[str, list]:
        text = turn * n
        return text, find_actors(text)

    def run(made: tuple[str, list]) -> None:
        government_references(made[0], made[1], None)

    small, big = make(800 // QUARTER), make(800)
    assert growth(run, small, big, LINEAR) < LINEAR


def test_organisations_among_many_country_names_are_fast():
    """``recognize.find_organisations`` reads an organisation's country from the names inside it (a bisect over the
    names' starts), not from every name of the text per organisation."""
    turn = "Russia, China, Iran and Turkey wrote to the Latvian Constitutional Court. "

    def run(text: str) -> None:
        find_organisations(Scanner(text))

    assert growth(run, turn * (1000 // QUARTER), turn * 1000, LINEAR) < LINEAR


def test_an_organisations_country_is_the_one_inside_it():
    sc = Scanner("Russia wrote to the Latvian Constitutional Court and the Latvian Supreme Court, Iran said. ")
    find_organisations(sc)
    assert [(sc.work[r.start:r.end], r.country) for r in sc.raws] == [("Latvian Constitutional Court", "Latvia"),
                                                                        ("Latvian Supreme Court", "Latvia")]


def test_a_description_that_fits_no_one_asks_each_person_once():
    """``coref._description`` walks back by each person's last mention (``Resolver.latest``), not every entry of the
    history: "the Japanese prime minister" in a story of two other people asked about every mention so far."""
    from timeline.actors.coref import Resolver

    turn = ("Foreign Minister Sergei Lavrov of Russia met Kofi Annan in Moscow. "
            "The Japanese prime minister said he hoped for peace. ")
    asked = []
    fits = Resolver._fits

    def counted(ent, r, strict):
        asked.append(ent.key)
        return fits(ent, r, strict)

    def calls(n: int) -> int:
        asked.clear()
        Resolver._fits = staticmethod(counted)
        try:
            find_actors(turn * n)
        finally:
            Resolver._fits = staticmethod(fits)
        return len(asked)

    assert calls(200) < LINEAR * calls(50)  # (every entry of the history: 16 times)


def test_organisation_references_among_many_mentions_are_fast():
    """``orgref.organisation_references`` asks an index of the mentions whether a match lies inside one, and puts each
    body it finds among the earlier ones by a bisect, not a scan of every mention and a sort per match."""
    from timeline.actors.orgref import organisation_references

    turn = ("Foreign Minister Sergei Lavrov of Russia met Kofi Annan and Nabil Elaraby in Moscow. "
            "The Arab League said the talks would go on. The league said it would send monitors. ")

    def make(n: int) -> tuple[str, list]:
        text = turn * n
        return text, [m for m in find_actors(text) if m.basis != "description"]

    def run(made: tuple[str, list]) -> None:
        organisation_references(*made)

    small, big = make(1200 // QUARTER), make(1200)
    assert growth(run, small, big, LINEAR) < LINEAR
    text, mentions = make(2)
    assert [(m.text, m.name) for m in organisation_references(text, mentions) if m.basis == "description"] == \
        [("The league", "Arab League")] * 2
