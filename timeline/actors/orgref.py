"""Later mentions of an organisation: a shorter name, "the ministry", the speaker "it".

TASS and agency copy name an institution once and then write "the ministry
pointed out", "the press service said", '..., it added'. Three rules, after
coreference:

- an organisation named by the tail of the name of one named before it ("the
  Syrian National Council ... the National Council") is that one;
- "the <noun>" (``resources/org_references.txt``), not followed by "of" or a
  capitalised word, as a speaker ("the ministry pointed out") or opening a
  sentence ("The ministry recalled that"), is the most recent organisation
  or group named before it whose name has that word ("the Russian Foreign
  Ministry ... the ministry", "the Syrian National Council ... The council,
  grouping Assad's foes, said"), or, for a noun of a kind
  (``resources/org_descriptions.csv``: "the company", "the trading house"),
  the most recent organisation of that kind in ``organizations.csv``
  ("Trafigura ... ," the trading house said");
- "it" as the subject of a reporting verb ('..., it added', "it noted") is the
  organisation or country that leads the nearest sentence before it that has
  one, and no actor when a thing leads it ("State television showed ... . It
  said"; ``itref.py``); when a person leads it, or none is found, it is the
  most recent organisation that spoke: one followed by a reporting verb or
  after "according to" (so '..., it added' after "sanctions of the European
  Union" is still the ministry that was speaking).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from ..cue_words import break_class
from ..temporal.lexicon import FULL_WEEKDAYS
from .forces import story_country
from .gazetteer import GAZETTEER, ORG_KINDS, SPEAKS, SPEAKS_AFTER, TITLES, Entry, opening_first, rows, word_list
from .itref import FALLBACK, THING, antecedent as it_antecedent, mention_index, owner as its_owner
from .mention import ActorMention, SpanIndex, in_text_order
from .names import canonical_key
from .scan import sentence_starts

_WINDOW = 2500  # characters back in which an antecedent is looked for
# the nouns of a kind that copy also writes of bodies it does not name ("a group of judges", "the group of friends"):
# found only near ("the group": the body named in the last _KIND_WINDOW characters) and only as a subject or a speaker
# that leads its sentence (org_descriptions.csv)
_LOOSE = frozenset({"group", "organization", "organisation"})
_KIND_WINDOW = 600
_ACCORDING = re.compile(r"(?i:according[ ]to)[ ](?:the[ ])?$")
# (this and _ITS_OFFICE open on the word, its look-behind after it: ``opening_first``)
_IT_SPEAKS = re.compile(opening_first("(?P<it>[Ii]t)", 2, r"[\w'’]") + "[ ]+" + SPEAKS)
# "its president said", "its spokesman told Reuters": an office of the organisation or country "its" is, no name
_ITS_OFFICE = re.compile(opening_first("[Ii]ts", 3, r"[\w'’]") + r"[ ]+(?P<title>[a-z][a-z-]*(?:[ ][a-z][a-z-]*)?)[ ]+" + SPEAKS)


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, frozenset[str]]:
    """ "the trading house" -> {"company"}, "the group" -> {"ngo", "armed_group", ...}: nouns that name an organisation
    by its kind (``org_descriptions.csv``, a row a kind)."""
    out: dict[str, set[str]] = {}
    for row in rows("org_descriptions.csv"):
        out.setdefault(row["noun"], set()).add(row["kind"])
    return {noun: frozenset(kinds) for noun, kinds in out.items()}


@lru_cache(maxsize=1)
def _named() -> dict[str, frozenset[str]]:
    """ "agency" -> the organisations copy calls "the agency" though their name lacks the word (the Red Cross, the
    World Food Programme: ``org_reference_names.csv``)."""
    out: dict[str, set[str]] = {}
    for row in rows("org_reference_names.csv"):
        out.setdefault(row["noun"], set()).add(row["name"])
    return {noun: frozenset(names) for noun, names in out.items()}


@lru_cache(maxsize=1)
def _reference_re() -> re.Pattern:
    nouns = word_list("org_references.txt") + list(_descriptions())
    nouns = sorted(set(nouns), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", "[ ]") for n in nouns)
    # "the ministry said", not "the Ministry of Defence" nor "the Ministry Building" (the look-behind after "the", as in
    # _IT_SPEAKS)
    the = opening_first("(?P<the>[Tt]he)", 3, r"\w")
    return re.compile(rf"{the}[ ](?P<noun>(?i:{alternatives}))(?!\w)(?![ ](?:of|for)[ ])(?![ ][A-Z])")


@lru_cache(maxsize=1)
def _national_tails() -> dict[str, list[Entry]]:
    """Listed bodies whose name is their country's demonym or name and a tail ("Syrian National Council":
    "National Council" -> it), by tail."""
    out: dict[str, list[Entry]] = {}
    for surface, entry in GAZETTEER.items():
        if entry.form != "name" or entry.kind == "country" or not entry.country or " " not in surface:
            continue
        first, tail = surface.split(" ", 1)
        own = GAZETTEER.get(first)
        if own is not None and own.kind == "country" and own.name == entry.country and " " in tail:
            out.setdefault(tail, []).append(entry)
    return out


def short_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """An organisation named by the tail of an organisation named before it ("the Syrian National Council
    ... the National Council") is that one; with none named before, an unlisted body named by the tail of a
    listed body of the story's country ("the newly formed National Council" in a Syria story: the Syrian
    National Council; ``forces.story_country``) is that one."""
    out: list[ActorMention] = []
    tails: dict[str, ActorMention] = {}  # each word tail of a body's name seen ("National Council") -> the last body
    country = ...  # read at the first unlisted body with a listed namesake: most articles have none
    for m in mentions:
        if m.kind in ("organization", "group") and m.basis == "name":
            full = tails.get(m.name)  # (an index, not a walk back over every body per body)
            if full is not None:
                m = dataclasses.replace(m, name=full.name, key=full.key, role=full.role, country=full.country,
                                        basis="alias")
            elif m.name not in GAZETTEER and m.name in _national_tails():
                if country is ...:
                    country = story_country(mentions)
                entry = next((e for e in _national_tails()[m.name] if e.country == country), None)
                if entry is not None:
                    m = dataclasses.replace(m, name=entry.name, key=canonical_key(entry.name), kind=entry.kind,
                                            country=entry.country, basis="alias")
                tails.update(_tails(m))
            else:
                tails.update(_tails(m))
        out.append(m)
    return out


def _tails(m: ActorMention) -> dict[str, ActorMention]:
    """The word tails of ``m``'s name ("National Council", "Council" of "Syrian National Council"), each to ``m``."""
    return {m.name[i + 1:]: m for i, c in enumerate(m.name) if c == " "}


def organisation_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the references to earlier organisations added, in text order (``mentions`` are in it)."""
    mentions = short_names(mentions)
    orgs = [m for m in mentions if m.kind == "organization" and not m.placed]
    bodies = [m for m in mentions if m.kind in ("organization", "group") and not m.placed]
    spans = [(m.start, m.end) for m in mentions]
    taken = SpanIndex(spans)  # (asked of each match: a scan of every mention per match was quadratic in a long article)
    added: list[ActorMention] = []
    descriptions = _descriptions()
    for match in _reference_re().finditer(text):
        start, end = match.start(), match.end()
        if taken.overlaps(start, end):
            continue
        spoken = SPEAKS_AFTER.match(text, end) or _closing(text, start)
        if not (spoken or _clause_subject(text, start, end)):
            continue  # only as a speaker or a subject: "the Agency's programmes" may be another agency
        noun = match.group("noun").lower()
        kinds, named = descriptions.get(noun, frozenset()), _named().get(noun, frozenset())
        if not spoken:
            # a subject inside the sentence: a body named by a word of its own name ("the league", "the council"), not
            # by its kind ("the company", so ``kinds`` is empty here), and none when another body is named before it in
            # the sentence ("A Vitol spokesman said the company was not commenting": Vitol, not the company named last)
            if noun not in _name_nouns() or _other_body_before(text, start, bodies):
                continue
            kinds, named = frozenset(), frozenset()
        elif noun in _LOOSE and (_QUOTE_OPENS.search(text, max(0, start - 2), start)
                                 or _closes_sentence(text, start, end) or text[end:end + 2] in ("'s", "’s")):
            # a quotation's own "the group" ('SANA said ... "The group opened fire'), one that closes a sentence
            # ("The rebels later decided to withdraw ..., the group said.": a saying that takes the act's row, as a
            # named speaker's does) or an owner ("The group's founding charter calls for": a document's stance) refers
            # by its kind no further (a subject inside the sentence refers by no kind at all, above)
            kinds = frozenset()
        # (the walk back starts at the last body that starts by the match, found by a bisect: the bodies after it end
        # after the match; a walk over every one of them per match was quadratic in a long article)
        earlier = map(bodies.__getitem__, range(bisect.bisect_right(bodies, start, key=_start) - 1, -1, -1))
        antecedent = next((m for m in earlier if m.end <= start and start - m.end <= _WINDOW
                           and (noun in m.name.lower() or m.name in named
                                or _of_kind(text, m, kinds, start if noun in _LOOSE else None))), None)
        if antecedent is not None:
            added.append(_refer(text, start, end, antecedent, "description"))
            # a later "the group" may be this one ("The Observatory, which said ... . The group says"): put after those
            # of its start, as a stable sort of the list would (a sort per reference was quadratic in a long article)
            bisect.insort(bodies, added[-1], key=_start)
    if added:
        orgs = sorted(orgs + added, key=lambda m: m.start)
        taken = SpanIndex(spans + [(m.start, m.end) for m in added])
    context = None  # read at the first "it" or "its" that may speak: most articles have none
    for match in _ITS_OFFICE.finditer(text):
        start, end = match.start(), match.end("title")
        title = TITLES.get(match.group("title"))
        if title is None or title.kind in ("honorific", "modifier", "counterpart") or taken.overlaps(start, end):
            continue
        if context is None:
            context = _it_context(text, mentions + added, orgs)
        antecedent = its_owner(text, start, context[1], context[0])
        if antecedent is not None and antecedent.kind in ("organization", "group"):
            added.append(_refer(text, start, end, antecedent, "description"))
    for match in _IT_SPEAKS.finditer(text):
        start, end = match.span("it")
        if taken.overlaps(start, end) or not _closing(text, start):
            continue
        if context is None:
            context = _it_context(text, mentions + added, orgs)
        starts, by_start, speakers = context
        antecedent = it_antecedent(text, start, by_start, starts)
        if antecedent == THING:
            continue
        if antecedent == FALLBACK:
            antecedent = next((m for m in reversed(speakers) if m.end <= start and start - m.end <= _WINDOW), None)
        if antecedent is not None:
            added.append(_refer(text, start, end, antecedent, "pronoun"))
    if not added:
        return mentions
    return in_text_order(mentions + added)


# a clause's subject inside a sentence: "Last weekend the league suspended Syria's membership", "it hoped the council
# would send a strong message", "some envoys said the council was close to agreement": after a clause boundary (a
# comma, a subordinator, a saying, an opening time phrase) and before a finite verb (not "the council of ministers",
# "urged the council to act", "the league's charter")
_BOUNDARY_BEFORE = re.compile(r"(?:" + break_class(r",;:") + r"|(?<![\w-])(?i:that|said|says|say|saying|hoped|hopes"
                              r"|believes|expects|when|after|before|as|"
                              r"because|but|while|if|since|until|whether|weekend|week|month|year|morning|night|evening|"
                              r"afternoon|earlier|later|now|then|meanwhile|yesterday|today|"
                              + "|".join(FULL_WEEKDAYS) + r"))[ ]+$")
_FINITE_AFTER = re.compile(r"[ ]+(?:(?:also|later|then|already|formally|unanimously|swiftly|quickly|now|still|not|never|"
                           r"has|had|have|would|will|could|may|might|must|should|did|does|is|was|were|are|been)[ ]+){0,3}"
                           r"(?:[a-z]+ed|met|held|made|took|gave|sent|chose|began|won|is|was|has|had|will|would|could|"
                           r"must|should|may|might|can)\b(?![ ]+(?:by|of|in|to)\b)")


_QUOTE_OPENS = re.compile(r"(?:^|\s)[\"“]$")
# the agent of a passive named by "by" ("citizens taken hostage by Hamas in Gaza. The group discussed"): no antecedent
# of a noun of a kind
_BY = re.compile(r"\bby[ ]+$")


def _closes_sentence(text: str, start: int, end: int) -> bool:
    """Is "the <noun>" at ``start`` a closing speaker: after a comma, its verb of saying ending the sentence?"""
    said = SPEAKS_AFTER.match(text, end)
    return said is not None and text[max(0, start - 2):start] == ", " and text[said.end():said.end() + 1] in (".", "")


def _of_kind(text: str, mention: ActorMention, kinds: frozenset[str], loose: int | None) -> bool:
    """Is the body one of ``kinds`` (``organizations.csv``; "unlisted": not listed there)? For a noun of ``_LOOSE``
    at ``loose``, one named in the ``_KIND_WINDOW`` characters before it and no passive's agent."""
    if ORG_KINDS.get(mention.name, "unlisted") not in kinds:
        return False
    return loose is None or loose - mention.end <= _KIND_WINDOW \
        and not _BY.search(text, max(0, mention.start - 4), mention.start)


@lru_cache(maxsize=1)
def _name_nouns() -> frozenset[str]:
    """The nouns that refer by a word of the organisation's own name (``org_references.txt``)."""
    return frozenset(n.lower() for n in word_list("org_references.txt"))


def _other_body_before(text: str, start: int, bodies: list[ActorMention]) -> bool:
    """Is a body named between the start of the sentence that holds ``start`` and ``start``? (``bodies`` in text
    order: the first that starts at the sentence's opening or after it, by a bisect)"""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    i = bisect.bisect_left(bodies, opening, key=_start)
    return i < len(bodies) and bodies[i].start < start


def _start(m: ActorMention) -> int:
    return m.start


def _clause_subject(text: str, start: int, end: int) -> bool:
    """Is "the <noun>" at ``start`` the subject of a clause that opens after a boundary and goes on with a finite
    verb ("Last weekend the league suspended ...", "said the council would ...")?"""
    return _BOUNDARY_BEFORE.search(text, max(0, start - 12), start) is not None and _FINITE_AFTER.match(text, end) is not None


def _it_context(text: str, mentions: list[ActorMention], orgs: list[ActorMention]
                ) -> tuple[list[int], dict[int, ActorMention], list[ActorMention]]:
    """What resolving a speaking "it" reads: the sentence starts, the mentions by start (in text order, the last at
    a start kept), and the organisations that speak ("the ministry said", "according to the agency")."""
    speakers = [m for m in orgs if SPEAKS_AFTER.match(text, m.end) or _ACCORDING.search(text, max(0, m.start - 20), m.start)]
    return sentence_starts(text), mention_index(sorted(mentions, key=lambda m: m.start)), speakers


def _closing(text: str, start: int) -> bool:
    """Is "it" the speaker after a quotation or a clause ('...," it added', '... . It noted that')?"""
    before = text[max(0, start - 3):start].rstrip(" ")
    return not before or before[-1] in ",\"”'’.;:\n"


def _refer(text: str, start: int, end: int, antecedent: ActorMention, basis: str) -> ActorMention:
    return ActorMention(start, end, text[start:end], antecedent.name, antecedent.key, antecedent.kind,
                        antecedent.role, antecedent.country, basis, antecedent.surface, ("subject",))
