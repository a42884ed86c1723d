"""The country of a city already known to be a place, by the world's cities (``resources/world_cities.csv``, GeoNames).

The gazetteer knows countries and their capitals only: "visited Homs", "I was in Munich" gave a visit no host
country, though "visited Damascus" did. The city list gives them one. It is read only for a place something else
has already found (the place a visit goes to, ``visited.place_country``), never to find a place in running text,
where names such as "Mobile", "Reading" or "Florence" are words and given names; and a visit's place that is also a
given name gets no country ("visited Mary": a person, or the city in Turkmenistan).

    >>> city_country("Homs"), city_country("Irbil"), city_country("New York")
    ('Syria', 'Iraq', 'United States')
    >>> city_country("Mary") is None  # a given name: a person, or the city in Turkmenistan
    True
    >>> city_country("Igora") is None  # a resort of a few hundred people: no city of the list
    True
"""

from __future__ import annotations

from .gazetteer import GIVEN_NAMES, rows


def _load() -> dict[str, str]:
    names = {row["iso3"]: row["name"] for row in rows("countries.csv")}
    cities: dict[str, str] = {}
    for row in rows("world_cities.csv"):
        for form in [row["name"], *filter(None, row["alternates"].split("|"))]:
            cities.setdefault(form.casefold(), names[row["iso3"]])
    return cities


_CITIES = _load()


def city_country(place: str | None) -> str | None:
    """The country (display name) of the city ``place`` names (any case), else None. A place that is also a given
    name may be a person ("visited Mary"; "Bali" is a town in India by the list, and the Indonesian island no city
    of it): no country for it."""
    if not place or place in GIVEN_NAMES:
        return None
    return _CITIES.get(place.casefold())
