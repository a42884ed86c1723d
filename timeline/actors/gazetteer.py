"""Word lists from ``timeline/resources/`` and the regexes compiled from them.

Everything here is loaded once, at import. Each list is a plain data file
(``#`` lines are comments); the lists are matched with one regex each, built as
a character trie so that a thousand alternatives cost about as much as one.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from ..temporal.lexicon import NUMBERS

# Letters, as character classes usable with the standard ``re`` module.
_RANGES = ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))
_UPPER_CHARS = "".join(chr(c) for lo, hi in _RANGES for c in range(lo, hi) if chr(c).isupper() or chr(c).istitle())
_LOWER_CHARS = "".join(chr(c) for lo, hi in _RANGES for c in range(lo, hi) if chr(c).islower())


def _ranges(chars: str) -> str:
    """``chars`` for a character class, each run of consecutive code points written as a range ("A-Z"): the same
    class, but ``re`` parses it faster (the name patterns hold ``UPPER`` and ``LOWER`` dozens of times: about a fifth
    shorter so)."""
    runs: list[list[int]] = []
    for c in sorted(map(ord, chars)):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo + 1 else re.escape(chr(hi)) if hi > lo else "")
                   for lo, hi in runs)


UPPER = "[" + _ranges(_UPPER_CHARS) + "]"
LOWER = "[" + _ranges(_LOWER_CHARS) + "\u0300-\u036f]"  # combining marks count as lower: "Çavuşoğlu"


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer entry as matched by one written form."""

    name: str  # display name: "Russia", "United Nations"
    kind: str  # "country" | "organization" | "group"
    country: str | None  # the country itself, or the state an office belongs to
    form: str  # how this surface names it: name | alias | demonym | capital | metonym | plural


@dataclass(frozen=True, slots=True)
class Title:
    canonical: str  # "Foreign Minister"; "" for honorifics and "counterpart"
    kind: str  # leader | minister | diplomat | official | spokesperson | military | ... | modifier
    country: str | None = None  # the one government whose office it names ("Assistant Secretary of State")


def _lines(name: str) -> list[str]:
    text = resources.files("timeline.resources").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def word_list(name: str) -> list[str]:
    """The entries of a one-word-or-phrase-a-line resource file (blank and ``#`` lines dropped)."""
    return [line.strip() for line in _lines(name)]


def rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV resource file (``#`` lines dropped), values stripped."""
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(_lines(name))]


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def phrase_alternatives(words: Iterable[str]) -> list[str]:
    """``words`` as regex alternatives, longest first, each word escaped and any space in it matching any run of white
    space ("security forces", "security\\nforces")."""
    return [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]


def phrase_alternation(words: Iterable[str]) -> str:
    """One regex alternation of ``words`` (``phrase_alternatives``)."""
    return "|".join(phrase_alternatives(words))


def opening_first(opening: str, width: int, before: str, absent: bool = True) -> str:
    """``(?<!before)opening`` (``absent``; else ``(?<=before)opening``) for an ``opening`` that matches exactly
    ``width`` characters, written with the look-behind after it: ``opening(?<!before(?s:...))``, a dot a character of
    the opening. The same matches; but the engine searches an expression that opens on a literal or a class for where
    the text has it, and tries one that opens on a look-behind at every position of the text (a scan for capitalised
    names runs up to three times faster so)."""
    return f"{opening}(?<{'!' if absent else '='}{before}(?s:{'.' * width}))"


def guarded(alternatives: Iterable[str], before: str) -> str:
    """``(?<!before)(?:alternatives)`` (``before`` a class of one character, each alternative a regex), each alternative
    that opens on a letter written with the look-behind after that letter (``opening_first``):
    "W(?<![\\w-](?s:.))est\\s+Philippine\\s+Sea|S(?<![\\w-](?s:.))trait..."."""
    return "|".join(opening_first(a[0], 1, before) + a[1:] if a[:1].isalnum() else "(?<!" + before + ")" + a
                    for a in alternatives)


def first_character(alternative: str) -> str:
    """An alternative's first character, as a regex: a character or an escaped one."""
    return alternative[:2] if alternative.startswith("\\") else alternative[:1]


def after_first(alternatives: Iterable[str]) -> str:
    """The alternation of ``alternatives`` (regexes that each open on one character, escaped or not) for a place where
    that character has been read already: one group a first character, behind a look-behind for it, the alternatives
    of a group in their given order: "(?<=s)(?:ecurity\\s+forces|oldiers)|(?<=t)(?:roops|anks)". The same matches as
    "(?:alternatives)" one character earlier (two alternatives that open on different characters never match at one
    place; under IGNORECASE give them in one case)."""
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(first_character(a), []).append(a[len(first_character(a)):])
    return "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items())


def opening_class(alternatives: list[str], before: str) -> str:
    """``(?<!before)(?:alternatives)`` (``before`` a class of one character, each alternative a regex that opens on one
    character) written to open on the class of the alternatives' first characters, the look-behind after it
    (``opening_first``), then ``after_first``: the same matches, but the engine tests one class at each position of
    the text instead of each alternative and its look-behind (under IGNORECASE ``re`` finds no prefix to search for,
    and tries every alternative everywhere)."""
    starts = "[" + "".join(dict.fromkeys(first_character(a) for a in alternatives)) + "]"
    return opening_first(starts, 1, before) + "(?:" + after_first(alternatives) + ")"


def trie_pattern(words: list[str]) -> str:
    """One regex alternative that matches any of ``words``, longest first."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def ser(node: dict) -> str:
        alts = [re.escape(ch) + ser(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return ser(root)


def _plural(demonym: str) -> str | None:
    """ "Russians", "Saudis"; of two words too ("The Russians, South Africans and Indians have urged dialogue":
    without "South Africans" the list broke and its last member led it)."""
    if demonym.endswith(("an", "i")):
        return demonym + "s"
    return None


def _load_gazetteer() -> dict[str, Entry]:
    entries: dict[str, Entry] = {}

    def put(surface: str, entry: Entry) -> None:
        # The first writer wins: a country's own name beats another's alias.
        entries.setdefault(surface, entry)

    countries = rows("countries.csv")
    for row in countries:
        name = row["name"]
        put(name, Entry(name, "country", name, "name"))
    for row in countries:
        name = row["name"]
        for alias in _split(row["aliases"]):
            put(alias, Entry(name, "country", name, "alias"))
        for demonym in _split(row["demonyms"]):
            put(demonym, Entry(name, "country", name, "demonym"))
            plural = _plural(demonym)
            if plural:
                put(plural, Entry(name, "country", name, "plural"))
        for capital in _split(row["capitals"]):
            put(capital, Entry(name, "country", name, "capital"))
    for row in rows("organizations.csv"):
        name = row["name"]
        kind = "group" if row["kind"] in ("armed_group", "party", "movement") else "organization"
        country = row["country"] or None
        put(name, Entry(name, kind, country, "name"))
        for alias in _split(row["aliases"]):
            put(alias, Entry(name, kind, country, "alias"))
        for metonym in _split(row["metonyms"]):
            put(metonym, Entry(name, kind, country, "metonym"))
    return entries


GAZETTEER: dict[str, Entry] = _load_gazetteer()


def country_entry(name: str | None) -> Entry | None:
    """The gazetteer's entry for ``name`` when it names a country (by its name, an alias, a demonym or its capital:
    "Damascus" is Syria's), else None (an organization, a group, a name the gazetteer does not know, no name)."""
    entry = GAZETTEER.get(name) if name else None
    return entry if entry is not None and entry.kind == "country" else None


def demonym_state(word: str | None, plural: bool = False) -> str | None:
    """The state whose demonym ``word`` is ("Syrian": Syria), or None; with ``plural``, its plural demonym too
    ("Syrians": a people named by its state, where ``peoples`` reads the adjective before a people's name only)."""
    entry = country_entry(word)
    forms = ("demonym", "plural") if plural else ("demonym",)
    return entry.name if entry is not None and entry.form in forms else None


# a country's first demonym, by display name ("Russia": "Russian"): "Russia's Foreign Ministry" is the
# "Russian Foreign Ministry"
DEMONYMS: dict[str, str] = {row["name"]: _split(row["demonyms"])[0] for row in rows("countries.csv")
                            if _split(row["demonyms"])}
# number words that count people back ("the two leaders", "the four envoys", "both diplomats"), for titled.py and
# counted.py alike: the numbers two to four of time_words.tsv, and "both" (2), which has a grammar of its own in each
# ("both [the] leaders", no "the" before it); COUNT_BACK_NUMBERS is the numbers' alternation, "both" apart
COUNT_WORDS: dict[str, int] = {w: int(v) for w, v in NUMBERS.items()
                               if " " not in w and v in ("2", "3", "4")} | {"both": 2}
COUNT_BACK_NUMBERS = "|".join(sorted((w for w in COUNT_WORDS if w != "both"), key=len, reverse=True))
# an organisation's kind as organizations.csv lists it ("company", "igo", ...), by display name; a newspaper is a
# company to the nouns that describe one ("the company": org_descriptions.csv)
ORG_KINDS: dict[str, str] = {row["name"]: "company" if row["kind"] == "newspaper" else row["kind"]
                             for row in rows("organizations.csv")}
# No look-behind (it would stop fast scanning); the caller rejects in-word starts.
GAZ_RE = re.compile(r"(?:" + trie_pattern(list(GAZETTEER)) + r")(?!\w)")
# Lower-cased display names and aliases, for ``canonical_key`` on a bare name.
GAZ_BY_FOLD: dict[str, Entry] = {}
for _surface, _entry in GAZETTEER.items():
    if _entry.form in ("name", "alias"):
        GAZ_BY_FOLD.setdefault(_surface.lower(), _entry)


def _load_titles() -> tuple[dict[str, Title], re.Pattern, re.Pattern, re.Pattern]:
    """Titles as regexes: one run over the lower-cased text, one over the text, one for "then-".

    Abbreviations and honorifics ("Gen.", "PM", "Mr") are matched with their
    case; other titles in any case ("Foreign Minister", "foreign minister").
    Each match includes the non-word character before the title; run them over
    ``" " + text`` and a match's span in the text is ``(m.start(), m.end() - 1)``.
    """
    titles: dict[str, Title] = {}
    sensitive, insensitive, hyphen = [], [], []
    for row in rows("titles.csv"):
        variant = row["variant"]
        titles.setdefault(variant.lower(), Title(row["canonical"], row["kind"], row.get("country") or None))
        if variant.endswith("-"):
            hyphen.append(variant[:-1].lower())  # "then-", "ex-"
        elif "." in variant or variant.isupper() or row["kind"] == "honorific":
            sensitive.append(variant)
        else:
            insensitive.append(variant.lower())
    # Each regex begins with one non-word character (the caller pads the text with a space), so
    # that ``re`` tries the trie only after spaces and punctuation, and never inside a word.
    lower = re.compile(r"\W(?:" + trie_pattern(insensitive) + r")(?P<plural>s)?(?!\w)")
    cased = re.compile(r"\W(?:" + trie_pattern(sensitive) + r")(?P<plural>s)?(?!\w)")
    hyphens = re.compile(r"\W(?:" + trie_pattern(hyphen) + r")-(?=\w)")
    return titles, lower, cased, hyphens


TITLES, TITLE_LOWER_RE, TITLE_CASED_RE, TITLE_HYPHEN_RE = _load_titles()


def _load_given_names() -> dict[str, str]:
    return {row["name"]: row["gender"] for row in rows("given_names.csv")}


GIVEN_NAMES: dict[str, str] = _load_given_names()
# "One activist said": a person the text does not name (noun -> gender or "")
UNNAMED_PEOPLE: dict[str, str] = {row["noun"]: row["gender"] for row in rows("unnamed_people.csv")}
# "his father, Hafez": family nouns, whose given name names a relative (noun -> gender or "")
KIN_NOUNS: dict[str, str] = {row["noun"]: row["gender"] for row in rows("kin_nouns.csv")}
# "his father, Hafez al-Assad": a family noun of an elder or a younger generation (noun -> "elder", "younger" or "")
KIN_GENERATIONS: dict[str, str] = {row["noun"]: row["generation"] for row in rows("kin_nouns.csv")}
# "Mr", "Queen", "Spokeswoman": the gender a title tells (lower case, no dot)
TITLE_GENDERS: dict[str, str] = {row["title"].lower(): row["gender"] for row in rows("title_genders.csv")}


def _load_variants(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in rows(name):
        for variant in _split(row["variants"]):
            out[variant] = row["canonical"]
    return out


GIVEN_VARIANTS = _load_variants("given_name_variants.csv")
SURNAME_VARIANTS = _load_variants("surname_variants.csv")
NOT_NAME_WORDS = frozenset(_lines("not_name_words.txt"))
# "said", "pointed out": after an actor, they make it the speaker (recognize.py, orgref.py)
SPEECH_VERBS = "(?:" + "|".join(re.escape(v.strip()).replace(r"\ ", "[ ]") for v in
                                sorted(_lines("speech_verbs.txt"), key=len, reverse=True)) + r")(?!\w)"
SPEECH_VERB = re.compile(SPEECH_VERBS)  # one word, matched whole (``fullmatch``): is it a verb of saying?
# a verb of saying past at most two adverbs or auxiliaries ("said", "also said", "has also accused"), and that after
# an actor's end (", later told"): the actor speaks (recognize.py, orgref.py; personref.py and officials.py let a run
# of such words stand before the verb)
SPEAKS = r"(?:(?:also|later|then|further|has|had)[ ]){0,2}" + SPEECH_VERBS
SPEAKS_AFTER = re.compile(r",?[ ]+" + SPEAKS)
# News agencies (agencies.txt): never a person, but the first word of an organisation ("Xinhua News Agency")
AGENCY_WORDS = frozenset(line.strip() for line in _lines("agencies.txt"))
ACTOR_NOUNS = tuple(sorted((line.strip().lower() for line in _lines("actor_nouns.txt")), key=len, reverse=True))
ACTOR_NOUN_RE = re.compile(r"[ \u00a0]+(?i:(" + trie_pattern(list(ACTOR_NOUNS)) + r"))(?!\w)")


def _load_org_heads() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in rows("org_heads.csv")}


ORG_HEADS: dict[str, str] = _load_org_heads()
ORG_HEAD_RE = re.compile(r"(?:" + trie_pattern(list(ORG_HEADS)) + r")\b")  # caller rejects in-word starts
COUNTERPART_ROLES: dict[str, str] = {row["title"]: row["counterpart"] for row in rows("counterpart_roles.csv")}

_WITH_THE = ("United ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Central African Republic", "Czech Republic",
             "Dominican Republic", "Democratic Republic", "Republic of", "Holy See", "Maldives", "Marshall Islands",
             "Solomon Islands", "Comoros", "Seychelles", "Soviet Union")


def with_article(country: str) -> str:
    """ "United States" -> "the United States"; "Russia" -> "Russia"."""
    return f"the {country}" if country.startswith(_WITH_THE) else country
