"""The world's cities (resources/world_cities.csv, GeoNames) give a visit's city its country."""

from timeline.actors.city_countries import city_country, names_country
from timeline.actors.gazetteer import rows
from timeline.events.visited import place_country
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings


def test_city_country_by_name_and_spelling():
    assert city_country("Homs") == "Syria"
    assert city_country("Irbil") == "Iraq"  # a GeoNames alternate spelling ("Erbil" is also a given name: none)
    assert city_country("GENEVA") == "Switzerland"  # any case: a dateline's capitals
    assert city_country("Igora") is None  # a resort of a few hundred people: no city of the list


def test_given_name_gets_no_country():
    assert city_country("Mary") is None  # "visited Mary": a person, or the city in Turkmenistan
    assert place_country("Mary") is None
    assert city_country("Mary", "The prince visited Mary on Tuesday at her home near the palace.") is None


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
