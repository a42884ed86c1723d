"""Personal names: what one looks like in text, and one identity key per person.

``canonical_key`` folds the ways one name is written across articles into one
key: case, diacritics (also as combining marks), middle initials, "Jr.",
Arabic article prefixes ("al-Assad"), transliteration variants of given names
("Sergey" -> "sergei") and of Slavic surname endings ("Zelenskyy" ->
"zelensky"). Countries and organisations key by their gazetteer display name,
so ``canonical_key("U.S.") == canonical_key("United States")``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .gazetteer import GAZ_BY_FOLD, GIVEN_NAMES, GIVEN_VARIANTS, LOWER, SURNAME_VARIANTS, TITLES, UPPER, word_list

_SP = r"[ \u00a0]"
# The end of a name's last word: no word going on (a letter, a hyphen, or an apostrophe inside the word: "O'Brien",
# "Côte d'Ivoire"), but the name's possessive or a quote closing it ends it as a space does ("Riad al-As ` aad's
# men", "the OSCE Minsk Group's co-chairs", "the so-called 'Paris Club'"; a plural's "the Nations' "): the guard
# (?![\w'’-]) refused both, and the name was cut short or not read (``capital_names``, ``recognize.ORG_MEMBER_RE``).
NAME_END = r"(?![\w-]|['’](?!s\b)\w)"
# A capitalised word: "Lavrov", "McDonald", "O'Brien", "Kassym-Jomart", "Zia-ul-Haq", and an apostrophe for the
# Arabic ayn or hamza inside it, "Ja'afari", "Mu'allem", "Sa'ad" (two letters or more after it: not "Assad's", nor
# a contraction, "We've", "They're", "You'll").
# (It starts with the upper-case class so that ``re`` can scan for it fast.)
# Timeline17's tokenised Reuters copy writes that apostrophe as "` " between spaces, "Colonel Riad al-As ` aad",
# "Da ` raa", after a short first part of two or three letters (it writes an opening quote the same way: "If ` we
# ...": not when a function word follows, resources/quote_mark_words.txt).
_QUOTE_WORDS = "|".join(sorted(map(re.escape, word_list("quote_mark_words.txt")), key=len, reverse=True))
# (The mark is read first, and then what stands before it: two or three letters, a capital first, after no word
# character (a start, a space or a hyphen: "al-As ` aad"); ``re`` compiles each class of ``UPPER`` and ``LOWER``
# anew, and the patterns that hold a name hold this up to seven times.)
TICK = (rf"[ ]`[ ](?:(?<={UPPER}{LOWER}[ ]`[ ])(?<!\w(?s:.....))|(?<={UPPER}{LOWER}{LOWER}[ ]`[ ])(?<!\w(?s:......)))"
        rf"(?!(?:{_QUOTE_WORDS}){NAME_END}){LOWER}{{2,}}{NAME_END}")
WORD = (rf"{UPPER}(?:['’]{UPPER})?{LOWER}+(?:['’](?!(?:ve|re|ll)(?!\w)){LOWER}{{2,}}|{TICK})?(?:{UPPER}{LOWER}+)*"
        rf"(?:-(?:{UPPER}{LOWER}+|{LOWER}{{2,}}))*")
# Arabic articles written onto the word: "al-Bashir", "el-Sisi".
PREFIXED = rf"(?:[aeu]l|a[dnrstz]|ash)-{UPPER}{LOWER}+(?:['’](?!(?:ve|re|ll)(?!\w)){LOWER}{{2,}}|{TICK})?"  # "al-Mu'allem"
PARTICLE = r"(?:al|el|bin|ben|ibn|bint|abu|de|del|della|der|di|da|dos|das|du|van|von|den|la|le|ter|zu|y)"
INITIAL = rf"{UPPER}\."
SUFFIX = rf"(?:,?{_SP}(?:Jr\.?|Sr\.?|II|III|IV)(?!\w))"
NAME = (
    rf"{WORD}"
    rf"(?:{_SP}(?:{PARTICLE}{_SP})*(?:{WORD}|{PREFIXED}|{INITIAL}(?={_SP}{UPPER}))){{0,5}}"
    rf"{SUFFIX}?"
)
NAME_RE = re.compile(NAME)
# After a title a name may open with its Arabic article: "President el-Sisi", "President al-Assad".
TITLED_NAME_RE = re.compile(rf"(?:{PREFIXED}(?![\w-])|(?:(?:von|van|de|da|di|du|del|della|der|den|ter|le|la){_SP})+{WORD}|{NAME})"
                            rf"(?:{_SP}(?:{PARTICLE}{_SP})*(?:{WORD}|{PREFIXED}))*{SUFFIX}?")
# (after a title a name may also open with its lower-case particles: "President von der Leyen")
PREFIXED_RE = re.compile(PREFIXED)
TOKEN_RE = re.compile(rf"{WORD}|{PREFIXED}|{INITIAL}|{PARTICLE}(?=[ \u00a0])")
SUFFIX_RE = re.compile(SUFFIX + "$")

_SPECIAL = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                          "’": "'", "‘": "'"})
_ARABIC_ARTICLE = re.compile(r"^(?:[aeu]l|a[dnrstz]|ash)-(?=\w)")
_DROP_TOKENS = frozenset({"al", "el", "ul", "jr", "sr", "ii", "iii", "iv"})
_REGNAL = frozenset({"ii", "iii", "iv"})
# the words before a father's (or son's) name in a full name ("Sultan bin Abdulaziz al-Saud", "Abu Mazen"): what
# follows one is no surname of the person (coref._ends_with)
PATRONYMIC = frozenset({"bin", "ben", "ibn", "bint", "abu", "ould"})
# of those, the ones after which a Saudi full name's house name may be left out ("Abdullah bin Abdulaziz al-Saud" is
# "Abdullah bin Abdulaziz": person_key): kept to "bin", "ibn" on purpose, since the key of every listed person rides on
# it and no audit text has a four-word name with one of the others second ("Mohamed Ould Abdel Aziz" would lose
# "Aziz"); widening it moved no development or audit row (unify34)
_NASAB = PATRONYMIC & {"bin", "ibn"}
_REGNAL_NAME = re.compile(r"\S+[ \u00a0]+(?:II|III|IV)")
_SLAVIC_END = re.compile(r"(sk|ck|tsk|zk)(?:yy|iy|ii|ij|yi|yj|i)$")
# A full name's last word may be a given name spelled one of its ways: an Arabic name often ends with the father's
# given name ("Hadi Abdullah" and "Hadi Abdallah" are one man). The last word folds as a given name does, as the word
# alone already does, but only by a transliteration (same first letter, at most two letters longer or shorter):
# not by a short form, or "George Will" would be a William and "Prince William" a part of his name
# (registry._compute_roots).
_LAST_GIVEN = {v: c for v, c in GIVEN_VARIANTS.items() if v[:1] == c[:1] and abs(len(v) - len(c)) <= 2}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no diacritics, straight apostrophes: "Çavuşoğlu" -> "cavusoglu"."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


_HYPHEN_SURNAMES = frozenset(word_list("hyphen_name_surnames.txt"))
_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_HYPHEN_WORDS = frozenset(word_list("hyphen_word_prefixes.txt"))  # "Long-term", "Anti-war": words, no names


def hyphen_given_name(first: str, second: str) -> bool:
    """Are ``first second`` a family name and a hyphenated given name, Korean or Taiwanese style ("Ban
    Ki-moon", "Moon Jae-in", "Ma Ying-jeou"; ``resources/hyphen_name_surnames.txt``)? Such a pair is a person's
    name wherever it stands."""
    return first in _HYPHEN_SURNAMES and bool(_HYPHEN_GIVEN.fullmatch(second)) \
        and second.split("-", 1)[0] not in _HYPHEN_WORDS


@lru_cache(maxsize=65536)
def gender(name: str) -> str | None:
    """"m", "f" or None, from the first given name that the list knows."""
    for token in name.split():
        token = token.strip(",.")
        found = GIVEN_NAMES.get(token)
        if found is None and token[:1].isupper():
            found = GIVEN_NAMES.get(token.capitalize())
        if found:
            return found if found in ("m", "f") else None
    return None


def strip_titles(name: str) -> str:
    """ "President Joseph R. Biden, Jr." -> "Joseph R. Biden, Jr." """
    words = name.split()
    while len(words) > 1:
        for n in (4, 3, 2, 1):
            if len(words) > n and " ".join(words[:n]).lower() in TITLES:
                words = words[n:]
                break
        else:
            break
    return " ".join(words)


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """The identity key of a personal name (no gazetteer look-up)."""
    return _person_key(name, variants=True)


@lru_cache(maxsize=65536)  # (as ``person_key``: the registry asks it of each full form at every canonical name)
def spelling_key(name: str) -> str:
    """``person_key`` without the spelling variants: "Hafez al-Assad" -> "hafez assad" (as its key), while
    "Sergey Lavrov" -> "sergey lavrov" (its key is "sergei lavrov"). Says whether a form is written in the
    canonical transliteration, whatever its particles, initials and suffixes."""
    return _person_key(name, variants=False)


def _person_key(name: str, variants: bool) -> str:
    name = strip_titles(name).strip()
    if not _REGNAL_NAME.fullmatch(name):
        name = SUFFIX_RE.sub("", name)
    tokens = []
    # (an apostrophe inside a name is a transliteration mark: "Ja'afari" and "Jaafari" are one person)
    # ("al-As ` aad": the same mark as tokenised copy writes it, actors/names.py TICK)
    words = fold(name.replace(" ` ", "'")).replace(".", " ").replace(",", " ").replace("'", "").split()
    regnal = len(words) == 2 and words[1] in _REGNAL  # "Abdullah II" is not any Abdullah
    for raw in words:
        raw = _ARABIC_ARTICLE.sub("", raw)
        if raw in _DROP_TOKENS and not (regnal and raw in _REGNAL):
            continue
        tokens.extend(t for t in raw.split("-") if t and (t not in _DROP_TOKENS or regnal and t in _REGNAL))
    if len(tokens) > 1:
        tokens = [t for t in tokens[:-1] if len(t) > 1] + [tokens[-1]]  # middle initials
    if len(tokens) == 4 and tokens[1] in _NASAB:
        tokens = tokens[:3]  # "Abdullah bin Abdulaziz al-Saud" is "Abdullah bin Abdulaziz": after a father's name, the
        # house name may be left out
    if not tokens:
        return fold(name).strip()
    *given, last = tokens
    if not variants:
        return " ".join(given + [last])
    given = [GIVEN_VARIANTS.get(t, t) for t in given]
    if given and last in _LAST_GIVEN and last not in SURNAME_VARIANTS:
        last = _LAST_GIVEN[last]
    last = SURNAME_VARIANTS.get(last, last)
    last = _SLAVIC_END.sub(r"\1y", last)
    if not given:
        last = GIVEN_VARIANTS.get(last, last) if last in GIVEN_VARIANTS and last not in SURNAME_VARIANTS else last
    return " ".join(given + [last])


@lru_cache(maxsize=65536)
def canonical_key(name: str) -> str:
    """One key per actor across articles.

    Countries and organisations (by display name or any alias) key by their
    display name folded ("US" -> "united states"); personal names by
    ``person_key`` ("Sergey Lavrov" and "Sergei Lavrov" -> "sergei lavrov").
    """
    entry = GAZ_BY_FOLD.get(name.strip().lower())
    if entry is not None:
        return fold(entry.name)
    return person_key(name)

