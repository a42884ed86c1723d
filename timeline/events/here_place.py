"""A country named as "here": the place a transcript's header names.

A speaker of a remarks transcript who says "the warm welcome you've given me here in Japan" or "have you here in the
United States" stands where the header line says the remarks were given ("Akasaka Palace Tokyo, Japan", "InterContinental
New York Barclay New York, New York"), so the act is at that place, not in the country the clause names (fresh23:
Tokyo, not Japan; dev: New York, not the United States). Only a country is read so: a room or a building named "here"
("here at the White House") is the clause's own place, and a header whose state is known and is another than the
country named is left alone (the clause wins).
"""

from __future__ import annotations

import re

from ..actors.gazetteer import GAZETTEER
from .visited import place_country

_HERE = r"\bhere\s+(?:in|to)\s+(?:the\s+)?"


def here_header(text: str, sent_start: int, sent_end: int, place: str, header: str | None) -> str | None:
    """``header`` when the clause place ``place`` of the sentence ``text[sent_start:sent_end]`` is a country named as
    "here in <place>" and the header's place lies in it (or in no state the gazetteer knows), else None."""
    if not header:
        return None
    entry = GAZETTEER.get(place)
    if entry is None or entry.kind != "country":
        return None
    if re.compile(_HERE + re.escape(place) + r"\b", re.IGNORECASE).search(text, sent_start, sent_end) is None:
        return None  # (searched in place: no copy of the sentence)
    state = place_country(header, text)
    return header if state is None or state == entry.country else None
