"""Owned noun acts (``events_gold.md`` rule 11): an act told as a noun with its agent as owner ("Syria's assault on
Homs", "Fico's visit to Moscow", "a threat by Syria to deal firmly", "the violent crackdown by Mr Assad's government",
"Assad, whose crackdown on protests") is an event only when the text dates it: a date of its own phrase or sentence
that the dating passes gave it ("Saturday's decision", "Assad's crackdown has killed 3,000 people since March"). An
undated one is background that no date can place, repeated in every story that names it, and gives no event, even as
the object of a reaction ("condemning the violent crackdown by Mr Assad's government": the veto's event names the
target); a clause that tells the same act keeps its own event.

The owner is a possessive that determines the noun (``nouns.determines``: "Syria's ongoing crackdown", "the regime's crackdown";
not "The league's foreign ministers are meeting", whose possessive determines the ministers) or the actor right after
"by" (``nouns.NOUN_BY``). Out of scope, as the rule is worded: an attributive owner ("U.S. calls for", "an Arab League
statement"), a relative clause whose subject makes the noun ("a visit that Erdogan is expected to make": a clause
tells it), nouns with no owner, and a possessive noun that is the object of a verb making the act ("Lavrov repeated
Moscow's warning", "reiterated the president's call": ``_made_by_verb``; the clause tells the act on its own day). ``_SentenceState.record`` (extract.py) asks ``undated_owned_act`` of every
undated act the passes of undated acts would make; ``_relative_clause_acts`` drops a noun after "whose" that no date dates the same way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .cues import AUXILIARY, BE, DETERMINERS, HAVE, LIGHT, REPORT_OBJECT, SUBJECT_TO_VERB
from .nouns import NOUN_BY, determines, owner, right_after
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate


_VERB_GROUP = AUXILIARY | BE | HAVE  # ("the league's foreign ministers are meeting": a clause, no owned noun)
_POSSESSIVE = re.compile(r"\w['’]s?(?=\s)")  # "Syria's", "Cyprus'", "the regime's": its apostrophe
# a verb whose object is the act it makes ("repeated Moscow's warning", "reiterated the president's call", "launched
# the army's assault"): the clause tells the act, on its own day, and the noun is its content, not background
_MAKING = LIGHT | REPORT_OBJECT | {"repeated", "repeats", "repeat", "repeating", "restated", "restates", "echoed",
                                   "echoes"}
_WORD_BEFORE = re.compile(r"([a-z-]+)\s+$")


def _made_by_verb(low: str, owner: int, actors: list[ActorMention]) -> bool:
    """Is the possessive whose apostrophe is at ``owner`` the object of a verb that makes the act (``_MAKING``), its
    owner an actor or one word, after at most a determiner ("repeated Moscow's warning", "renewed the regime's
    offer")?"""
    start = next((a.start for a in actors if a.end == owner), None)
    if start is None:
        start = owner
        while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
            start -= 1
    for _ in range(2):
        m = _WORD_BEFORE.search(low, max(0, start - 40), start)
        if m is None:
            return False
        if m.group(1) in _MAKING:
            return True
        if m.group(1) not in DETERMINERS:
            return False
        start = m.start()
    return False


def owned_by_agent(p: Predicate, actors: list[ActorMention], low: str) -> bool:
    """Is the noun ``p`` owned by its agent: any possessive ("'s", "s'") within 60 characters before it that
    determines it ("Syria's assault", "the regime's crackdown"; its owner need not be an actor), unless a verb group
    stands between or a verb that makes the act takes it ("repeated Moscow's warning": ``_made_by_verb``); or a
    named actor right after "by" ("the crackdown by Mr Assad's government"); or a party right after "from" (rule 33:
    ``_from_agent``)?"""
    if _from_agent(p, actors, low):
        return True
    if p.form != "noun" or not p.owned:
        return False
    start = p.trigger.start
    for m in _POSSESSIVE.finditer(low, max(0, start - 60), start):
        if determines(low, m.start() + 1, start) and not any(w in _VERB_GROUP for w in low[m.end():start].split()):
            return not _made_by_verb(low, m.start() + 1, actors)
    by = NOUN_BY.match(low, p.trigger.end)
    return by is not None and any(right_after(a, by.end(), low) for a in actors)


# a noun of leaving, whose "from" names what is left, not who acts ("the withdrawal from Afghanistan", "defections from the
# army", "his return from Moscow")
_LEAVING = re.compile(r"(?:withdraw|pull|depart|defect|exit|resign|return|releas|escap|flight|flee|evacuat)")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")


def _from_agent(p: Predicate, actors: list[ActorMention], low: str) -> bool:
    """Is ``p`` an act told as a noun whose agent is a party named right after "from" ("weeks of shelling from government
    forces", "the target of air strikes from Turkey and shelling from Iran", "pressure from Washington")? events_gold.md
    rule 33: "from" here does what "by" and the owner do, so the noun is rule 11's (a row only when dated). A noun, or an
    act noun a pass read as a verb: a single "-ing" word ("shelling", ``roles.gerund_agent``) or the noun after "came
    under", "the target of" (``under_fire``); a clause's verb ("Turkish jets struck from Turkey") is none. Not a place
    ("shelling from across the border": no actor), nor a noun of leaving (``_LEAVING``)."""
    word = p.trigger.text.lower()
    noun = p.form == "noun" or p.rule == "under fire" \
        or p.form == "verb" and p.rule == "participle" and " " not in word and word.endswith("ing")
    if not noun or p.family == "retreat" or _LEAVING.match(word):
        return False
    m = _FROM.match(low, p.trigger.end)
    return m is not None and any(right_after(a, m.end(), low) for a in actors)  # (a force or state there may be
    # flagged a place, whence the fire came: ``roles.gerund_agent``; it is the agent all the same)


def undated_owned_act(p: Predicate, actors: list[ActorMention], low: str, mention: object | None) -> bool:
    """Is ``p`` an owned noun act (``owned_by_agent``) that no date mention dates (``mention`` is the date the pass
    found for it, None when there is none)? Then it gives no event (rule 11)."""
    return mention is None and owned_by_agent(p, actors, low)



# between a force noun and its clause's verb: its "by" agent, its target or place phrase ("the air raids by NATO on
# the capital", "Assad's crackdown on protesters"), then the verb group ("has", "have now"); no clause break
_SUBJECT_TAIL = re.compile((r"(?:\s+(?:by|on|against|in|across|of)\s+" + run_class(r",;:.()\"“”") + r"{1,50}?)*"
                            r"(?:\s+(?:%s|%s))*\s+$")
                           % ("|".join(sorted(_VERB_GROUP, key=len, reverse=True)), SUBJECT_TO_VERB))
_NO_SUBJECT = re.compile(r"\b(?:that|which|who|whom|whose|and|or|but|said|says|say)\b")


def force_noun_subject(p: Predicate, predicates: list[Predicate], actors: list[ActorMention],
                       low: str) -> ActorMention | None:
    """The owner of a force noun that is the subject of the force verb ``p`` ("the air raids by NATO on the capital
    killed three civilians", "Assad's crackdown has killed 3,000 people", "the crackdown by Syrian forces has killed
    2,000"): the clause's act is the owner's (rule 11: where the owned noun's event is dropped, the clause gets the
    row), dated as the clause is. None when the noun is not owned by its agent or is not the verb's subject."""
    if p.form != "verb" or p.passive or p.reporting or p.family not in FORCE_FAMILIES:
        return None
    noun = next((q for q in reversed(predicates) if q.form == "noun" and q.family in FORCE_FAMILIES
                 and q.end <= p.start and p.start - q.end <= 80), None)
    if noun is None or not owned_by_agent(noun, actors, low):
        return None
    gap = low[noun.end:p.start]
    if _NO_SUBJECT.search(gap) or not _SUBJECT_TAIL.fullmatch(gap):
        return None
    return owner(actors, low, noun.trigger.start, noun.end)


# "the Vice President's visit to Palawan, where she launched ...": the pronoun of a "where" clause after an owned noun
_WHERE_PRONOUN = re.compile(r",\s+where\s+(?:he|she|they)\s+(?:[a-z]+\s+){0,2}$")


def where_owner(p: Predicate, predicates: list[Predicate], actors: list[ActorMention], low: str,
                owners: tuple[ActorMention, ...] = ()) -> ActorMention | None:
    """The owner of the act noun a "where" clause follows, when the clause's subject is a pronoun ("Building on the
    Vice President's visit to Palawan, where she launched new initiatives to support ...": the Vice President, not
    the main clause's subject); None otherwise."""
    if p.form not in ("verb", "report") or p.passive:
        return None
    m = _WHERE_PRONOUN.search(low, max(0, p.start - 40), p.start)
    if m is None:
        return None
    noun = next((q for q in reversed(predicates) if q.form == "noun" and q.end <= m.start()
                 and m.start() - q.end <= 40 and not any(ch in low[q.end:m.start()] for ch in ",;:()")), None)
    if noun is None:
        return None
    everyone = sorted(actors + list(owners), key=lambda a: a.start)
    return owner(everyone, low, noun.trigger.start, noun.end) if owned_by_agent(noun, everyone, low) else None
