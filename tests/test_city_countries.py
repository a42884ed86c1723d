"""The world's cities (resources/world_cities.csv, GeoNames) give a visit's city its country."""

from timeline.actors.city_countries import city_country, city_of, names_country
from timeline.actors.gazetteer import rows
from timeline.events.visited import place_country
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings


def test_city_country_by_name_and_spelling():
    assert city_country("Homs") == "Syria"
    assert city_country("Irbil") == "Iraq"  # a GeoNames alternate spelling ("Erbil" is also a given name: none)
    assert city_country("ALEPPO") == "Syria"  # any case: a dateline's capitals
    # Geneva is also a given name, in capitals too: its country only where the article names it
    assert city_country("GENEVA") is None and city_country("GENEVA", "GENEVA - Swiss police said.") == "Switzerland"
    assert city_country("Igora") is None  # a resort of a few hundred people: no city of the list


def test_given_name_gets_no_country():
    assert city_country("Mary") is None  # "visited Mary": a person, or the city in Turkmenistan
    assert place_country("Mary") is None
    assert city_country("Mary", "The prince visited Mary on Tuesday at her home near the palace.") is None


def test_given_name_in_capitals_is_still_a_given_name():
    """A dateline or a transcript's header writes the place in capitals ("MARY, Turkmenistan", "ERBIL, Iraq"): the
    name is the same given name, so it takes the country only when the article names it, as in title case."""
    assert city_country("MARY") is None and city_country("mary") is None
    assert city_country("ERBIL") is None and place_country("ERBIL") is None
    text = "ERBIL, Iraq (Reuters) - Iraq's Kurdish leaders met on Tuesday."
    assert city_country("ERBIL", text) == "Iraq" and place_country("ERBIL", text) == "Iraq"
    assert city_country("MARY", "MARY - The prince visited his aunt on Tuesday.") is None
    assert city_country("HOMS") == "Syria"  # no given name: its country, text or not


def test_city_of_names_the_city_and_its_spellings():
    homs = city_of("Khoms")
    assert homs is not None and homs.name == "Homs" and homs.country == "Syria" and "Homs" in homs.forms
    assert city_of("HOMS") == homs and city_of("Mary").country == "Turkmenistan"  # a place already found: no test
    assert city_of("Igora") is None and city_of(None) is None


def test_given_name_city_takes_the_country_its_article_names():
    text = "Turkey's foreign minister arrived in Erbil on Tuesday for talks with the leaders of Iraq's Kurdistan region."
    assert city_country("Erbil") is None and city_country("Erbil", text) == "Iraq"
    assert place_country("Erbil", text) == "Iraq"
    assert city_country("Geneva", "Kerry arrived in Geneva, Swiss officials said.") == "Switzerland"  # its people
    # the list's Bali is a town in India; a story of the Indonesian island names Indonesia, not India
    assert city_country("Bali", "Obama arrived in Bali, Indonesia's foreign ministry said.") is None


def test_names_country_reads_whole_words():
    assert names_country("talks in Baghdad", "Iraq")  # a capital names its state
    assert not names_country("Romania's envoy", "Oman")  # "Oman" inside a word


def test_visit_to_a_city_takes_its_country():
    text = ("The UN's humanitarian chief Valerie Amos was allowed to visit Homs on 7 March and spent an hour in "
            "Baba Amr.")  # (audit t17-bbc-24)
    events = process_article(Article(id="homs", text=text, published="2012-03-10"), Settings(run_date="2026-12-01")).events
    assert [(e.actor2, e.location) for e in events if e.event_type == "visit"] == [("Syria", "Homs")]
    assert place_country("Munich, Germany") == "Germany" and place_country("Munich") == "Germany"


def test_resource_is_small_and_names_known_countries():
    countries = {row["iso3"] for row in rows("countries.csv")}
    cities = rows("world_cities.csv")
    assert 3000 < len(cities) < 5000
    assert all(row["iso3"] in countries for row in cities)
    names = [row["name"] for row in cities]
    assert len(names) == len(set(names))
