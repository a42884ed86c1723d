"""The country of a city already known to be a place, by the world's cities (``resources/world_cities.csv``, GeoNames).

The gazetteer knows countries and their capitals only: "visited Homs", "I was in Munich" gave a visit no host
country, though "visited Damascus" did. The city list gives them one. It is read only for a place something else
has already found (the place a visit goes to, ``visited.place_country``), never to find a place in running text,
where names such as "Mobile", "Reading" or "Florence" are words and given names.

A visit's place that is also a given name ("Mary", "Erbil", "Geneva", "Milan", "Hassan": 119 of the list's
spellings) may be a person ("visited Mary") or another place of the name ("Bali": a town in India by the list, the
Indonesian island no city of it). It takes the city's country only when the article names that country elsewhere
(its name, capital or people: "Iraq's prime minister arrived in Erbil"); the person or the other place rarely comes
with the list's country beside it.

    >>> city_country("Homs"), city_country("Irbil"), city_country("New York")
    ('Syria', 'Iraq', 'United States')
    >>> city_country("Mary") is None, city_country("MARY") is None  # a given name, no article: a person, or the city
    (True, True)
    >>> city_country("Erbil", "Iraqi Prime Minister Mustafa al-Kadhimi arrived in Erbil.")
    'Iraq'
    >>> city_country("Igora") is None  # a resort of a few hundred people: no city of the list
    True
"""

from __future__ import annotations

from typing import NamedTuple

from .gazetteer import GAZ_RE, GAZETTEER, GIVEN_NAMES, rows
from .scan import in_word


class City(NamedTuple):
    """A city of the list: its name, its country (display name) and every spelling the list gives it."""

    name: str
    country: str
    forms: tuple[str, ...]


def _load() -> dict[str, City]:
    names = {row["iso3"]: row["name"] for row in rows("countries.csv")}
    cities: dict[str, City] = {}
    for row in rows("world_cities.csv"):
        forms = (row["name"], *filter(None, row["alternates"].split("|")))
        city = City(row["name"], names[row["iso3"]], forms)
        for form in forms:
            cities.setdefault(form.casefold(), city)
    return cities


_CITIES = _load()
# the given names in any case: a dateline's or a header's capitals ("MARY", "ERBIL") name the same person or place
_GIVEN_NAMES = frozenset(name.casefold() for name in GIVEN_NAMES)


def city_of(place: str | None) -> City | None:
    """The city of the list that ``place`` spells (any case: "Homs", "Khoms", "HOMS"), else None. Unlike
    ``city_country`` it asks nothing of given names: the caller has a place, and wants to know which."""
    return _CITIES.get(place.casefold()) if place else None


def city_country(place: str | None, text: str | None = None) -> str | None:
    """The country (display name) of the city ``place`` names (any case), else None. A place that is also a given
    name, in any case ("Erbil", a dateline's "MARY"), takes it only when the article ``text`` names that country
    (``names_country``): "visited Erbil" in a story of Iraq, not "visited Mary", nor "Bali" (India's town by the
    list) where Indonesia is the story's."""
    city = city_of(place)
    if city is None or place.casefold() not in _GIVEN_NAMES:
        return city.country if city else None
    return city.country if text and names_country(text, city.country) else None


def names_country(text: str, country: str) -> bool:
    """Does ``text`` name the state ``country`` by any of the gazetteer's forms of it, whole words ("Iraq", "Iraqi",
    "Baghdad", "DRC", "Swiss")?"""
    for m in GAZ_RE.finditer(text):
        if in_word(text, m.start()):
            continue  # "Oman" in "Romania"
        entry = GAZETTEER[m.group()]
        if entry.kind == "country" and entry.country == country:
            return True
    return False
