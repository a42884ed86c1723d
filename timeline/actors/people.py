"""Well-known people by the surname the news uses alone ("Putin", "President Macron", "Prime Minister
Netanyahu of Israel"), from ``resources/people.csv``.

``known_person(surname, head, country)`` is the listed person a one-word name is, when the mention
agrees with them: none of its title (``head``, a canonical title) and country contradicts theirs, and
either it has one of them or the surname alone is enough (``alone``: "Putin", not "Johnson").
Coreference (``coref.py``) asks only when no one in the article has that surname.

    >>> known_person("Putin").name
    'Vladimir Putin'
    >>> known_person("Johnson") is None, known_person("Johnson", "Prime Minister", "United Kingdom").name
    (True, 'Boris Johnson')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import TITLES, _split, rows
from .mention import ActorMention
from .names import canonical_key, gender as name_gender, person_key

# Titles too general to tell people apart ("Secretary Pompeo", "Minister Lavrov"): no evidence either way,
# unless the person's own titles list them.
_GENERIC = frozenset({"Secretary", "Minister", "Head", "Chief", "Leader", "Chairman", "Chair", "Official",
                      "Advisor", "Aide", "Director", "Representative", "Envoy"})
_HONOURS = frozenset(t.canonical for t in TITLES.values() if t.kind in ("modifier", "honorific") and t.canonical)


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # the full name: "Vladimir Putin"
    surnames: tuple[str, ...]  # the forms used alone: "Putin"
    country: str | None
    titles: frozenset[str]  # canonical titles (titles.csv)
    alone: bool  # is the surname alone, with no title nor country, enough?


def _load() -> dict[str, tuple[Person, ...]]:
    by_key: dict[str, list[Person]] = {}
    for row in rows("people.csv"):
        person = Person(row["name"], tuple(_split(row["surnames"])), row["country"] or None,
                        frozenset(_split(row["titles"])), row["alone"].lower() == "yes")
        for form in person.surnames:
            people = by_key.setdefault(person_key(form), [])
            if person not in people:
                people.append(person)
    return {key: tuple(people) for key, people in by_key.items()}


PEOPLE: dict[str, tuple[Person, ...]] = _load()


def listed_name(key: str) -> str | None:
    """The name people.csv writes for the person whose ``canonical_key`` is ``key`` ("bashar assad":
    Bashar al-Assad), or None."""
    return _LISTED.get(key)


def _listed() -> dict[str, str]:
    out: dict[str, str] = {}
    for people in PEOPLE.values():
        for person in people:
            out.setdefault(canonical_key(person.name), person.name)
    return out


_LISTED: dict[str, str] = _listed()


def listed_country(key: str) -> str | None:
    """The country ``people.csv`` gives the person whose key is ``key``, if listed."""
    return _LISTED_COUNTRY.get(key)


_LISTED_COUNTRY: dict[str, str | None] = {person_key(p.name): p.country for people in PEOPLE.values() for p in people}


def listed_state(name: str) -> str | None:
    """The state ``people.csv`` gives the person ``name``: under that name, else under the full name it lists for a
    shorter one ("Tayyip Erdogan": Recep Tayyip Erdogan); None for a name it does not list."""
    country = listed_country(person_key(name))
    if country is None and (fuller := fuller_person(name)) is not None:
        return fuller.country
    return country


def own_state(m: ActorMention) -> str | None:
    """The state the person ``m`` names acts for: the country the article gives the mention, else the one
    ``people.csv`` gives the person (``listed_state``: "Putin" is Russia's); None for a mention of no person.
    (``_Builder.state_of_person`` is the same by name, with the article's reading of any mention of that name.)
    Use it for a person whose state is wanted even when the article does not give it ("Putin's troops", "Assad's
    government"); ``mention.state_of`` is what a mention of any kind stands for (a country itself, an organisation's
    base) and takes a person's state only from the article."""
    return (m.country or listed_state(m.name)) if m.kind == "person" else None


def listed_titles(key: str) -> frozenset[str]:
    """The canonical titles ``people.csv`` gives the person whose key is ``key`` (none when not listed)."""
    return _LISTED_TITLES.get(key, frozenset())


_LISTED_TITLES: dict[str, frozenset[str]] = {person_key(p.name): p.titles for people in PEOPLE.values() for p in people}


def listed_surnames(key: str) -> tuple[str, ...]:
    """The forms ``people.csv`` lists as standing alone for the person whose key is ``key`` ("Ban" of "Ban Ki-moon",
    "Xi" of "Xi Jinping": not the last word of the name), or none when the person is not listed."""
    return _LISTED_SURNAMES.get(key, ())


_LISTED_SURNAMES: dict[str, tuple[str, ...]] = {person_key(p.name): p.surnames for people in PEOPLE.values()
                                                for p in people}


def _fits(person: Person, head: str | None, country: str | None, gender: str | None = None) -> bool:
    if country is not None and person.country is not None and country != person.country:
        return False
    if head is not None and head not in person.titles and head not in _GENERIC and head not in _HONOURS:
        return False
    evidence = (country is not None and country == person.country) or (head is not None and head in person.titles)
    return evidence or person.alone or _addressed(person, gender)


def _addressed(person: Person, gender: str | None) -> bool:
    """Is a gendered honorific before the surname ("Mr Ban", "Mrs Clinton": ``gender``, from the mention's title words)
    evidence enough for a person whose surname alone is not? It tells the name is a person's, not a word ("ban"), and
    BBC copy names its well-known people so on every mention after the first, the first often cut from a Timeline17
    record (fresh31 t17-bbc-242 "Mr Ban", t17-bbc-166 "said Mrs Clinton", with no full name in the text). Not when the
    person's given names say another gender ("Mr Clinton" is no Hillary Clinton), and a woman's honorific only when
    they say hers: the names read without the surname ("Kim" of "Kim Jong Un" is a woman's given name elsewhere), and a
    listed person whose given names tell nothing is taken for a man ("Mr Ban"; "Ms Kim" is no Kim Jong Un)."""
    if gender is None:
        return False
    own = name_gender(" ".join(w for w in person.name.split() if w not in person.surnames))
    return own == gender or own is None and gender == "m"


def fuller_person(surface: str) -> Person | None:
    """The listed person a shorter full name is: the last names of their listed name ("Tayyip Erdogan" of
    "Recep Tayyip Erdogan"), ending with one of their surnames (None when no one, or more than one, fits)."""
    words = person_key(surface).split()
    if len(words) < 2:
        return None
    fit = [p for p in PEOPLE.get(words[-1], ()) if len(person_key(p.name).split()) > len(words)
           and person_key(p.name).split()[-len(words):] == words]
    return fit[0] if len(fit) == 1 else None


@lru_cache(maxsize=4096)  # (asked of every person candidate with a space in every document: the surfaces recur)
def reordered_person(surface: str) -> Person | None:
    """The listed person a full name writes in another order: family name first, as Japanese, Chinese and
    Korean names often are in English copy ("Kishida Fumio": Fumio Kishida), under any title ("Prime Minister
    Kishida Fumio"); None when the name is written as listed, or is no listed name's words (one person only).

    >>> reordered_person("Prime Minister Kishida Fumio").name, reordered_person("Fumio Kishida")
    ('Fumio Kishida', None)
    """
    words = person_key(surface).split()
    if len(words) < 2:
        return None
    fit = _BY_WORDS.get(tuple(sorted(words)), ())
    return fit[0] if len(fit) == 1 and person_key(fit[0].name).split() != words else None


def _by_words() -> dict[tuple[str, ...], tuple[Person, ...]]:
    out: dict[tuple[str, ...], list[Person]] = {}
    for people in PEOPLE.values():
        for person in people:
            found = out.setdefault(tuple(sorted(person_key(person.name).split())), [])
            if person not in found:
                found.append(person)
    return {words: tuple(people) for words, people in out.items()}


_BY_WORDS: dict[tuple[str, ...], tuple[Person, ...]] = _by_words()


def has_namesakes(surname: str) -> bool:
    """Does ``people.csv`` list more than one person under ``surname`` (only then may the countries around a
    mention tell them apart)?"""
    return len(PEOPLE.get(person_key(surname), ())) > 1


def known_person(surname: str, head: str | None = None, country: str | None = None,
                 nearby: frozenset[str] = frozenset(), gender: str | None = None) -> Person | None:
    """The listed person ``surname`` names, given the mention's title head and country (None when the
    list has no one, or more than one, who fits). When several fit, ``nearby``, the countries the text names
    around the mention, may tell them apart: "King Abdullah" after "Saudi Arabia ... pulled its envoy" is the
    Saudi king, not Jordan's, when only his kingdom is named there.
    ``gender``, of the mention's honorific ("Mr Ban", "Mrs Clinton"), is evidence as a title is (``_addressed``).

    >>> known_person("Abdullah", "King") is None, known_person("Abdullah", "King", nearby=frozenset({"Jordan"})).name
    (True, 'Abdullah II')
    """
    people = PEOPLE.get(person_key(surname))
    if not people:
        return None
    fit = [p for p in people if _fits(p, head, country, gender)]
    if len(fit) > 1 and nearby:
        fit = [p for p in fit if p.country in nearby]
    return fit[0] if len(fit) == 1 else None
