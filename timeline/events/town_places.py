"""An act of force or a protest "in/near the town", "the city", or a verb of force on it ("are bombarding the city",
"stormed the town"): at the town or city the story has just named.

"Damascus says some 120 security personnel were killed by 'armed gangs' in the town on 6 June" (the town of Jisr
al-Shughour, audit t17-bbc-199, t17-reuters-219), "We followed Maj Yaya's group of fighters as they attacked an army
base near the town" (Qusayr, fresh16 t17-bbc-49#10), "thousands rallied ... in the southern city" (Deraa, fresh2
t17-reuters-191#5), "security forces fought off attacks ... in the city" (Damascus, fresh11 t17-bbc-234), "Hundreds are
reported to have died since shelling of the city began" (Homs, t17-bbc-34). Wire and web copy name the town once and
then call it "the town" or "the city"; the gold places the act there (events_gold.md rule 8, carried places).
``places.the_named_place`` reads the phrase right after a verb of force when the story named it "the city of X"; this
reads it anywhere in the act's sentence, after an act ``places`` left unplaced, and takes the place named nearest
before it: the last "city/town/village of X" of the same noun, or a town named after a preposition of place ("in Hama",
"into Jisr al-Shughour") in the sentence or the few before it (``WINDOW``), or the town the sentence itself names
("Homs is close to the border with Lebanon, which ... supply line to insurgents in the city").

Not a district ("the Baba Amr district", "Baba Amr area": the city is the one it is in), not a province named after
its town ("a village in Hama province": no town of Hama), not a country, and a capital
only of the act's parties' states (not the "Washington" an official spoke in); nothing when no town is near.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from ..actors.gazetteer import GAZETTEER, phrase_alternation
from .capital_places import party_states
from .cues import CUES
from .places import TOWN_NAME, known_place, named_place

if TYPE_CHECKING:
    from ..model import Event

WINDOW = 600  # characters before the phrase in which a town named after a preposition is the one meant
_ADJ = r"(?:northern|southern|eastern|western|central|restive|besieged|coastal|border|rebel-held|embattled|old|same|[a-z]+ern)"
# a verb of force whose object is the town: "Pro-government troops are bombarding the city with shells" (Aleppo, fresh31
# t17-bbc-131#2), "tanks stormed the town" (``force_on_the_town`` in ``event_cues.tsv``)
_FORCE_VERB = phrase_alternation(CUES["force_on_the_town"])
_THE_TOWN = re.compile(r"\b(?:[Ii]n|into|near|outside|of|around|inside|across|to|on|through|" + _FORCE_VERB + r")\s+the\s+(?:%s\s+)?"
                       r"(?P<noun>city|town|village)\b(?!\s+(?:of|centre|center|hall|council|authorities|governor)\b)"
                       r"(?!['’]s)" % _ADJ)
_NOUN_OF = re.compile(r"\b(?P<noun>city|town|village)\s+of\s+" + TOWN_NAME)
_AFTER_PREP = re.compile(r"(?<![\w-])(?:in|at|near|into|to|outside|around"
                         r"|(?:parts|districts|outskirts|suburbs|streets|neighbou?rhoods|quarters|areas|part|edge|centre|center)\s+of)"
                         r"\s+(?:the\s+)?(?>" + TOWN_NAME + r")(?!\s+(?:province|governorate|region)\b)")  # ("a village in Hama
# province": the province, not the town of Hama)
_NAMED_PART_OF = re.compile(r"(?<=[A-Za-z][\w'’-]\s)(?:district|neighbou?rhood|quarter|area)\s+of\s+" + TOWN_NAME)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")  # "the Khalidiya district of Homs": Homs is the city
_BARE = re.compile(r"(?<![\w'’-])" + TOWN_NAME)


@lru_cache(maxsize=512)
def _district(place: str, text: str) -> bool:
    """Is ``place`` a district of a city in ``text`` ("the Baba Amr district", "the Baba Amr area of Homs", "the
    strategic south-west district of Salah al-Din", "Bab Sbaa, a neighbourhood"; not "the Aleppo area")?"""
    q = re.escape(place)
    return re.search(rf"{q}\s+(?:district|neighbou?rhood|quarter)\b|{q}\s+area\s+of\b"
                     rf"|\b(?:the|a|[a-z-]+)\s+(?:district|neighbou?rhood|quarter)\s+of\s+{q}(?![\w-])"
                     rf"|{q},\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:district|neighbou?rhood|quarter|suburb)\b", text) is not None


def _town(raw: str, text: str, states: set[str], named: bool = False) -> str | None:
    """The town ``raw`` names, if it is one: a known place that is no country or district, and no capital but of
    ``states`` (when the act's parties have any) unless the text ``named`` it a city ("the city of Damascus")."""
    place = named_place(raw)
    if not place or not known_place(place) or _district(place, text):
        return None
    entry = GAZETTEER.get(place)
    if entry is not None and (entry.form != "capital" or not named and states and entry.country not in states):
        return None
    return place


def nouns_of(text: str) -> tuple[list[int], list[tuple[int, str, str]]]:
    """The end, and the start, noun and name, of each "city/town/village of X" in ``text``, in order: read once per
    article (``last_town`` looks back from every unplaced act)."""
    ends, found = [], []
    for m in _NOUN_OF.finditer(text):
        ends.append(m.end())
        found.append((m.start(), m.group("noun"), m.group("place")))
    return ends, found


def last_town(text: str, sent_start: int, end: int, noun: str, states: set[str],
              nouns: tuple[list[int], list[tuple[int, str, str]]] | None = None) -> str | None:
    """The town "the ``noun``" at ``end`` refers back to (see the module's doc), or None (``nouns``: the text's
    ``nouns_of``, when the caller has it)."""
    found, at = None, -1
    ends, named = nouns or nouns_of(text)
    for i in range(bisect_right(ends, end) - 1, -1, -1):  # the last of the noun that names a town
        start, its_noun, raw = named[i]
        if its_noun == noun and (place := _town(raw, text, states, named=True)):
            found, at = place, start
            break
    for m in _AFTER_PREP.finditer(text, max(0, end - WINDOW), end):
        if m.start() > at and (place := _town(m.group("place"), text, states)):
            found, at = place, m.start()
    for m in _NAMED_PART_OF.finditer(text, max(0, end - WINDOW), end):
        if m.start() > at and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and (place := _town(m.group("place"), text, states)):
            found, at = place, m.start()
    for m in _BARE.finditer(text, sent_start, end):  # the sentence's own town ("Homs is close to ..."; not a capital
        # that stands for its government: "Damascus says ... killed in the town")
        if m.start() > at and (place := _town(m.group("place"), text, {""})):
            found, at = place, m.start()
    return found


def town_place(e: Event, text: str, nouns: Callable[[], tuple[list[int], list[tuple[int, str, str]]]]) -> str | None:
    """The town "the town/city" of ``e``'s sentence refers back to, if the sentence says it (``nouns``: the text's
    ``nouns_of``, read when first asked)."""
    m = _THE_TOWN.search(e.sentence)
    return None if m is None else last_town(text, e.char_start, e.char_start + m.start(), m.group("noun"),
                                            party_states(e), nouns())
