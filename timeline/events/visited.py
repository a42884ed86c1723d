"""The country a visit goes to: its counterpart.

A visit's counterpart is the state of the place visited when the clause names one ("it's great to be back in
Vilnius": Lithuania; "visited the White House": the United States), not the one the speaker addresses in a
transcript's turn (Nausėda) nor a later noun of the sentence ("I was here in 2014 ... what Russia was likely to
do"). "here" in a visit ("I was here in 2014") is where the remarks were given, as the transcript's header line names
it ("Vilnius, Lithuania"), or the dateline's place when the story is set there. A place the gazetteer does not place
in a state, nor any city of ``world_cities.csv`` ("visited Camp David"), changes nothing; a country named as the
place is already the counterpart (roles).

Called from ``EventExtractor._roles`` and the location chain of ``EventExtractor.add`` (``extract.py``).
"""

from __future__ import annotations

import re

from ..actors.city_countries import city_country
from ..actors.gazetteer import GAZETTEER
from .places import NOT_VISIT_PLACES, destination_span
from .predicates import Predicate
from .travel import to_here, travel_direction


def comes_here(p: Predicate) -> bool:
    """Is ``p`` a visit to "here", the place the speaker stands ("I was here in 2014": ``travel.to_here``)?"""
    return p.type == "visit" and to_here(p.trigger.text)


def place_country(place: str | None, text: str | None = None) -> str | None:
    """The state of ``place``: a capital's ("Vilnius": Lithuania), an institution's seat ("White House"), the region
    of a "City, Region" line when it is a country ("Vilnius, Lithuania"), or a city's (``city_countries``: "Homs",
    "Munich, Germany"; a given name's, "Erbil", only when the article ``text`` names its country: not "Mary")."""
    if not place:
        return None
    for part in (place, place.rsplit(",", 1)[-1].strip()):
        entry = GAZETTEER.get(part)
        if entry is not None and entry.country and (entry.kind == "country" or entry.form == "name"):
            return entry.country
    return city_country(place.split(",", 1)[0].strip(), text)  # "visited Homs": Syria (``city_countries``)


def visited_countries(text: str, sent_end: int, p: Predicate, here: str | None) -> list[str]:
    """The states of the places the visit ``p`` goes to: the place named right after its words (``destination``) and
    those joined to it by "and" ("to travel to Moscow and Beijing": Russia, China), or, for "here", ``here`` (the
    transcript's header place or the dateline's venue); none for where one came from ("came from Canada"), nor when
    the first place is in no state the gazetteer knows."""
    if p.type != "visit" or travel_direction(p.trigger.text) == "from":
        return []
    if comes_here(p):
        country = place_country(here, text)
        return [country] if country else []
    countries: list[str] = []
    end = p.trigger.end
    while True:
        found = destination_span(text, end, sent_end, NOT_VISIT_PLACES)
        country = place_country(found[0], text) if found else None
        if country is None:
            return countries
        countries.append(country)
        end = found[2]  # where the place's words end, whatever spacing stands between them ("Abu  Dhabi")
        joined = _AND.match(text, end, sent_end)
        if joined is None:
            return list(dict.fromkeys(countries))
        end = joined.end()


_AND = re.compile(r"\s*,?\s+and(?=\s)")
