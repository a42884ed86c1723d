"""An act placed at a district or quarter of a city is placed at the city.

"withdrew from Baba Amr", "shot dead ... in the Qaboun district of the capital Damascus", "troops surrounded a private
hospital in Bab Sbaa", "inflicted huge losses ... in Salah al-Din": the clause names the district, and the development
sets write the city as the location (bbc t17-bbc-102#6 "Homs"; fresh14 t17-bbc-195#10 "the Salah el-Din area of
Aleppo": Aleppo; no row of any set is placed at a district), so a user who filters the chronology by place finds the
siege of Baba Amr under Homs. The districts and their cities are data (``resources/district_cities.csv``); a district
becomes its city only when the article names that city (a name may be a district of another city, or a province of
another country: Iraq's Salah al-Din).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.gazetteer import rows

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event

CITY_OF = {row["district"]: row["city"] for row in rows("district_cities.csv")}


def place_districts(events: list[Event], text: str) -> list[Event]:
    """The events with each location that is a listed district written as its city, when ``text`` names the city."""
    named: dict[str, bool] = {}
    out = []
    for e in events:
        city = CITY_OF.get(e.location) if e.location else None
        if city is not None and city not in named:
            named[city] = re.search(rf"(?<![\w-]){re.escape(city)}(?![\w-])", text) is not None
        out.append(replace(e, location=city) if city is not None and named[city] else e)
    return out
