"""The country of a place already known to be one, by the world's cities (``resources/world_cities.csv``, GeoNames).

The gazetteer knows countries and their capitals only: "IGORA", "DUBAI (Reuters) -", "GENEVA" have no country, so a
dateline there could not tell a foreign state's act from the host's. The city list gives them one; it is used only
for a place something else has already found (a dateline's), never to find a place in running text, where names
such as "Mobile", "Reading" or "Florence" are words and given names.

    >>> place_country("Dubai").name, place_country("Damascus").name, place_country("Irbil").name
    ('United Arab Emirates', 'Syria', 'Iraq')
    >>> place_country("Igora") is None  # a resort of a few hundred people: no city of the list
    True
"""

from __future__ import annotations

from .gazetteer import GAZETTEER, Entry, country_entry, rows


def _load() -> dict[str, str]:
    names = {row["iso3"]: row["name"] for row in rows("countries.csv")}
    cities: dict[str, str] = {}
    for row in rows("world_cities.csv"):
        for form in [row["name"], *filter(None, row["alternates"].split("|"))]:
            cities.setdefault(form.casefold(), names[row["iso3"]])
    return cities


_CITIES = _load()


def place_country(place: str | None) -> Entry | None:
    """The gazetteer's country entry for ``place``: the country it names or whose capital it is, else the country of
    the city of that name (any case), else None."""
    if not place:
        return None
    if (entry := country_entry(place)) is not None or place in GAZETTEER:
        return entry  # a name the gazetteer knows as something else (an organization: "United Nations") is not a city
    country = _CITIES.get(place.casefold())
    return country_entry(country) if country else None
