"""An act of force or a protest done in a part of a named place, beside it or across it: done at that place.

"tanks and armored vehicles deployed around dissident neighborhoods of Latakia", "Syrian troops raided houses in a
Sunni district of the besieged port of Latakia", "continued to bombard parts of the city of Homs", "The army and
rebels have battled in several parts of Damascus" (fresh11 t17-bbc-234#9): the development sets place an act in a
district, area or part of a city at the city (fresh14 t17-bbc-195#10 "the Salah el-Din area of ... Aleppo", fresh16
"the Baba Amr area of Homs"), and one done beside a town at the town: "an assault on an Air Force Intelligence Complex
near Damascus" (check t17-reuters-162#10), "stormed an area northwest of the city of Hama" (fresh4 t17-reuters-282#2),
"captured and killed near his home town of Sirte" (check t17-reuters-156#7); one done across a country at the
country: "Fresh anti-government protests were held on Friday in cities across Syria" (fresh12 t17-bbc-249#9), "the
crackdown has killed 3,000 people across Syria" (blind t17-reuters-173#16). ``places.clause_place`` reads only "in/at
X" (and a few object shapes), whose place must follow the preposition at once.

Not placed: an act of another family (a demand, a sanction, a support: "occupation of parts of Lebanon" is the
topic), a saying, an act that has a place; a phrase past a clause boundary (";", "who", "which", "where", a saying
verb); "near", "outside" or "north of" a country ("outside Syria" is not in it, "near the Turkish border" names no
town); "across the border into Turkey" (only "across X" itself, or "across much of X"); "spread across Syria" (how far
protests reached: fresh16 t17-reuters-21#1 has no place).
"""

from __future__ import annotations

import re

from ..cue_words import break_class
from ..actors.gazetteer import country_entry
from .cues import CUES
from .places import known_named_place

WINDOW = 110  # characters after the trigger in which the phrase must start
# where the trigger's clause ends: another clause, a saying
_STOP = re.compile(break_class(r";:()\"“”—") + r"|\s--\s|\s(?:who|which|where|whose|while|said|says|say|told"
                   r"|according|adding|added)\b")

_PLACE = r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al|el|ad|ar|as|ash|at|az|an)?-?\s*[A-Z][\w'’.\-]*){0,2})"
# up to four modifiers of the noun, none a function word ("the besieged port of", "the country's most populous city,")
_MODS = r"(?:(?!(?:a|an|the|and|or|of|on|in|for|with|to|from|by|at|as|that|against|over|into|under|after|before)\s)(?:[a-z'’-]+|[A-Z][a-z]+(?:i|an|ese|ish))\s+){0,4}?"
_TOWN = r"(?:(?:city|town|village|port|capital)(?:\s+of\s+|,\s+)|capital\s+)?"  # (also "the Syrian capital Damascus")
_COMPASS = "|".join(CUES["compass"]) + r"|(?:north|south)-(?:east|west)"
_PHRASES = (
    # a part of a place: "neighborhoods of Latakia", "parts of the city of Homs", "the Baba Amr district of Homs"
    # (not "as part of sanctions against Amman": a bare "part of" is a share of something, no place)
    # "the outskirts of Aleppo", "the suburbs of Damascus"
    ("part", re.compile(r"(?<![\w-])(?<!as\s)(?<!a\s)(?:areas?|districts?|neighbou?rhoods?|quarters?|parts?|sections?|"
                        r"suburbs?|outskirts|countryside)\s+(?:of|around)\s+"
                        r"(?:the\s+)?" + _MODS + _TOWN + _PLACE)),
    # a suburb named by its city before the noun: "in a Damascus suburb", "the Damascus suburbs", "the Damascus
    # countryside" (the city: fresh12 t17-bbc-249#10), and of a named suburb the suburb, a town of its own: "marched
    # through the Damascus suburb of Saqba" (fresh29 t17-reuters-260#5: Saqba), or the city when the suburb is unknown
    ("suburb", re.compile(r"(?<![\w-])(?:(?:a|the)\s+|(?<=\bin\s))(?P<city>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)?)\s+"
                          r"(?:suburbs?|outskirts|countryside)(?![\w-])(?:\s+of\s+" + _PLACE + r")?")),
    # beside a place: "near Damascus", "northwest of the city of Hama", "near his home town of Sirte"
    ("near", re.compile(r"(?<![\w-])(?:near|outside|(?:%s)\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?" % _COMPASS
                        + _MODS + _TOWN + _PLACE)),
    # across a place: "across Syria", "across much of Syria"
    # (not after a verb of spreading: "protests spread across Syria" tells how far they reached, no venue: fresh16
    # t17-reuters-21#1)
    ("across", re.compile(r"(?<![\w-])(?<!spread\s)(?<!spreading\s)(?<!spreads\s)(?<!swept\s)(?<!sweeping\s)"
                          r"(?:across|throughout)\s+(?:(?:much|most|all)\s+of\s+)?" + _PLACE)),
)


def _country(place: str) -> bool:
    entry = country_entry(place)
    return entry is not None and entry.form != "capital"


def part_place(sentence: str, start: int) -> str | None:
    """The place of the first part, near or across phrase after ``start`` in the trigger's clause, if it names one."""
    stop = _STOP.search(sentence, start)
    end = min(len(sentence), start + WINDOW, stop.start() if stop else len(sentence))
    found = []
    for kind, rx in _PHRASES:
        m = rx.search(sentence, start, len(sentence))
        if m is None or m.start() >= end:
            continue
        place = m.group("place") and known_named_place(m.group("place"))
        if kind == "suburb" and not place:
            place = known_named_place(m.group("city"))
        if place is None or kind == "near" and _country(place):
            continue
        found.append((m.start(), place))
    return min(found)[1] if found else None

