"""Do two names of a place name one place? For the merge across articles (``merge_places``), which keeps apart two
reports whose clauses place their acts at two places.

A place the gazetteer knows is that place: a city of ``resources/world_cities.csv`` (GeoNames, with its spellings:
"Homs", "Khoms") or a capital of ``countries.csv`` ("Lima", "Lome"). Two known places of two countries are two, so Gaza
and Giza, Lima and Lome, though their consonants are one ("gz", "lm"); two cities of the list are one when they are one
city of it; a capital and another place of its country when they are spelt alike ("Kiev", "Kyiv"). A name the gazetteer
does not know is compared by its spelling with the other name (each of a known city's spellings): its consonants, each
once, so that two transliterations of one name match ("Deraa" and "Daraa", "Idlib" and "Idleb", "Maaret" and "Maarat",
"Tel Kalakh" and "Talkalakh"), the Arabic article written one way ("Deir ez-Zor", "Deir al-Zour") and left off at the
start ("al-Qusayr", "Qusayr"); a shorter name is one with the leading words of a longer one ("Maaret", "Maarat
al-Numan"; "Gaza", "Gaza Strip"). A name in another script than the Latin (or of vowels alone) has no consonants to
compare: it is one place with the same name only, casefolded ("Дамаск"), never with every other such name.

    >>> same_place("Gaza", "Giza"), same_place("Lima", "Lome"), same_place("Homs", "Khoms")
    (False, False, True)
    >>> same_place("Deraa", "Daraa"), same_place("Maaret", "Maarat al-Numan"), same_place("Дамаск", "Хомс")
    (True, True, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .actors.city_countries import city_of
from .actors.gazetteer import country_entry

_NOT_CONSONANT = re.compile(r"[^a-z]|[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
# Latin letters that no accent decomposition reaches ("Łódź", "Adapazarı")
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                          "þ": "th"})
_WORDS = re.compile(r"[^\s\-‐‑–]+")
# the Arabic article in its transliterations before the next word of a name: "al-", "el-", "ad-", "ash-", "ez-";
# alone as a word ("Deir ez Zor") too
_ARTICLE = re.compile(r"[aeu][lnrtdsz]h?")


class _Reading(NamedTuple):
    folded: str  # the name casefolded, as written
    words: tuple[str, ...] | None  # each word's consonants (the article as "l"), None for no Latin consonants
    city: tuple[str, str | None] | None  # a known place: (country, the list's city or None for a capital)
    forms: tuple[str, ...]  # the known city's spellings (its own name alone when it is no city of the list)


def same_place(a: str, b: str) -> bool:
    """Do the place names ``a`` and ``b`` name one place (the module's docstring)?"""
    one, two = _reading(a), _reading(b)
    if one.folded == two.folded:
        return True
    if one.city is not None and two.city is not None:
        if one.city[0] != two.city[0]:
            return False  # two countries' places
        if one.city[1] is not None and two.city[1] is not None:
            return one.city[1] == two.city[1]  # the list's cities, each with its spellings
        return _spelt_alike(one.words, two.words)  # a capital: "Kiev" and "Kyiv" are one, "La Paz" and "Sucre" two
    if one.city is not None:
        one, two = two, one
    if two.city is not None:  # ``one`` unknown: like any spelling of the known place
        return any(_spelt_alike(one.words, _reading(form).words) for form in two.forms)
    return _spelt_alike(one.words, two.words)


def _spelt_alike(one: tuple[str, ...] | None, two: tuple[str, ...] | None) -> bool:
    """Consonants alike, whole or the shorter name's words the longer's leading ones ("Maaret", "Maarat al-Numan")."""
    if not one or not two:
        return False
    if _whole(one) == _whole(two):
        return True
    short, long = sorted((one, two), key=len)
    return len(short) < len(long) and long[:len(short)] == short


def _whole(words: tuple[str, ...]) -> str:
    return _REPEATS.sub(r"\1", "".join(words))


@lru_cache(maxsize=1024)
def _reading(name: str) -> _Reading:
    city = city_of(name)
    if city is not None:
        known: tuple[str, str | None] | None = (city.country, city.name)
        forms = city.forms
    else:
        entry = country_entry(name)
        known = (entry.name, None) if entry is not None and entry.form == "capital" else None
        forms = (name,)
    return _Reading(name.casefold(), _consonants(name), known, forms)


def _consonants(name: str) -> tuple[str, ...] | None:
    """Each word's consonants, each once ("Maaret" and "Maarat": "mrt"), the Arabic article as "l" and none before
    the first word; None for a name with a letter of another script or no consonant."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    text = text.translate(_LETTERS)
    if any(c.isalpha() and not c.isascii() for c in text):
        return None  # another script: compared as written
    words = _WORDS.findall(text)
    words = ["al" if _ARTICLE.fullmatch(w) and i < len(words) - 1 else w for i, w in enumerate(words)]
    if len(words) > 1 and words[0] == "al":
        words = words[1:]
    keys = tuple(k for k in (_REPEATS.sub(r"\1", _NOT_CONSONANT.sub("", w)) for w in words) if k)
    return keys or None
