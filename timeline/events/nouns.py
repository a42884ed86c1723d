"""Event nouns: is a trigger noun the event of its clause, or only named in it?

A noun from the lexicon ("visit", "attack", "talks") is an event when a light verb takes it ("held talks",
decided in ``PredicateReader.read``, ``predicates.py``), when an agent owns it or when a date dates it; these
rules, for ``PredicateReader.read``, tell its other uses apart:

- owned: a possessive actor before it ("Fico's visit") or "by <actor>" after it ("the attack by Hamas")
  (``owned``);
- a topic: after a topic preposition ("concerned about a chemical weapons attack", "the possibility of an
  offensive") or of something that may happen ("a potential offensive", "pressure to stop the crackdown")
  (``is_topic``);
- a modifier of a following event noun in one compound ("nuclear threat reduction consultations": "threat" is
  not the event) (``modifier``);
- part of a proper name, capitalised after a capitalised word ("the Warsaw Pact", "the Paris Agreement")
  (``in_name``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import AUXILIARY, BE, BOUNDARY, DETERMINERS, HAVE, TOPIC
from .triggers import Trigger

if TYPE_CHECKING:
    from .predicates import PredicateReader

_COMPOUND_STOP = TOPIC | AUXILIARY | DETERMINERS | BE | HAVE | frozenset({"and", "or", "in", "at", "to", "but"})


def in_name(reader: PredicateReader, t: Trigger) -> bool:
    """Is the noun capitalised after a capitalised word, inside a proper name ("Warsaw Pact")?"""
    if not reader.text[t.start:t.start + 1].isupper():
        return False
    m = re.search(r"([A-Z][\w.-]*)\s+$", reader.text[max(reader.start, t.start - 40):t.start])
    return m is not None and t.start - len(m.group()) > reader.start


def modifier(reader: PredicateReader, t: Trigger, triggers: list[Trigger]) -> bool:
    """Is this noun a modifier of a following event noun in one compound ("threat reduction consultations")?"""
    tokens = reader.tokens
    i = tokens.index(t.end)
    if i >= len(tokens.words):
        return False
    stop = tokens.ends[min(len(tokens.words) - 1, i + 1)]
    for other in triggers:
        if t.end < other.start <= stop and (other.form == "N" or other.form == "X"):
            between = tokens.words[i:tokens.index(other.start)]
            if all(w.isalpha() and w not in _COMPOUND_STOP for w in between):
                return True
    return False


def is_topic(reader: PredicateReader, t: Trigger) -> bool:
    """A noun after a topic preposition or a hypothetical adjective ("of an offensive", "a potential attack")."""
    tokens = reader.tokens
    i = tokens.index(t.start)
    if _hypothetical(reader, t):
        return True
    for j in range(i - 1, max(-1, i - 5), -1):
        w = tokens.words[j]
        if w in TOPIC:
            return True
        if w in DETERMINERS or w.isdigit() or w.endswith(("al", "ic", "ive", "ous", "ed", "an", "ese", "ish", "-level")) \
                or w in ("weapons", "chemical", "terrorist", "nuclear", "peace", "security", "military"):
            continue
        if tokens.ends[j] in reader.actor_ends:
            continue
        return False
    return False


def _hypothetical(reader: PredicateReader, t: Trigger) -> bool:
    """A noun of something that may happen: "a potential attack", or the object of an infinitive, what
    someone aims at ("with the aim to conclude the deal", "pressure to stop the crackdown")."""
    tokens = reader.tokens
    i = tokens.index(t.start)
    for k in range(i - 1, max(0, i - 6), -1):
        w = tokens.words[k]
        if w in ("possible", "potential", "eventual", "would-be", "any"):
            return True
        if w in BOUNDARY or w in TOPIC or w in ("and", "or"):
            break
        if tokens.words[k - 1] == "to" and w.isalpha() and w not in DETERMINERS and w not in AUXILIARY:
            return True
    return False


def owned(reader: PredicateReader, t: Trigger) -> bool:
    """A possessive actor before the noun, or "by <actor>" after it."""
    tokens = reader.tokens
    i = tokens.index(t.start)
    for j in range(i - 1, max(-1, i - 5), -1):
        w = tokens.words[j]
        if w in ("'s", "’s") or (tokens.ends[j] in reader.actor_ends and reader.text[tokens.ends[j]:tokens.ends[j] + 1] in ("'", "’")):
            return True
        if w in BOUNDARY or w in TOPIC:
            break
    m = re.match(r"\s+by\s+", reader.low[t.end:t.end + 6])
    return bool(m) and any(a.start == t.end + m.end() for a in reader.actors)
