"""Event nouns: is a trigger noun the event of its clause, or only named in it?

A noun from the lexicon ("visit", "attack", "talks") is an event when a light verb takes it ("held talks",
decided in ``PredicateReader.read``, ``predicates.py``), when an agent owns it or when a date dates it; these
rules, for ``PredicateReader.read``, tell its other uses apart:

- owned: a possessive actor before it ("Fico's visit"), "by <actor>" after it ("the attack by Hamas") or a
  relative clause whose named subject makes it with a light verb ("a visit that Prime Minister Tayyip Erdogan is
  expected to make": ``relative_agent``; its verb group says whether it is planned, ``relative_plan``)
  (``owned``); who owns a noun already an event, for ``roles``, is ``owner``, beside it, which reaches further;
- a time adjunct of its clause, a noun of travel after "during" or "on" ("Ban Ki-moon told reporters during a visit
  to Colombia's coastal city of Cartagena"): the travel of the clause's subject, at the time of the clause's act
  (``travel_adjunct``; read by ``extract._travel_adjuncts``);
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

from ..cue_words import run_class
from ..actors.gazetteer import phrase_alternation
from .cues import AUXILIARY, BE, BOUNDARY, CUES, DETERMINERS, HAVE, LIGHT, PLAN_TO, TOPIC
from .triggers import Trigger

if TYPE_CHECKING:
    from ..actors import ActorMention
    from .predicates import PredicateReader

_COMPOUND_STOP = TOPIC | AUXILIARY | DETERMINERS | BE | HAVE | frozenset({"and", "or", "in", "at", "to", "but"})


def in_name(reader: PredicateReader, t: Trigger) -> bool:
    """Is the noun capitalised after a capitalised word, inside a proper name ("Warsaw Pact")?"""
    if not reader.text[t.start:t.start + 1].isupper():
        return False
    m = re.search(r"([A-Z][\w.-]*)\s+$", reader.text[max(reader.start, t.start - 40):t.start])
    return m is not None and t.start - len(m.group()) > reader.start


# "during a visit to", "on a two-day visit to", "during an official trip in": the adjunct, its noun and where it goes
_TRAVEL_ADJUNCT = re.compile(r"(?<![\w-])(?:%s)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}$"
                             % "|".join(CUES["travel_adjunct_preposition"]))
_TRAVEL_NOUNS = frozenset(CUES["travel_noun"])
_TRAVEL_GOAL = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?[A-Z]")


def travel_adjunct(text: str, low: str, t: Trigger, start: int) -> bool:
    """Is the noun ``t`` a noun of travel in a time adjunct of its clause, with where it goes ("during a visit to
    the Libyan capital Tripoli", "on a two-day visit to Moscow"), and no agent of its own ("by ...")?"""
    if t.text not in _TRAVEL_NOUNS or not _TRAVEL_GOAL.match(text, t.end):
        return False
    return _TRAVEL_ADJUNCT.search(low, max(start, t.start - 40), t.start) is not None \
        and _TRAVELLER_BY.match(low, t.end) is None


_TRAVELLER_BY = re.compile(r"[^,;.()]{0,60}?\bby\s")  # "a visit to Moscow by Chinese President Xi": Xi's


def modifier(reader: PredicateReader, t: Trigger) -> bool:
    """Is this noun a modifier of a following event noun in one compound ("threat reduction consultations")?"""
    tokens = reader.tokens
    i = tokens.index(t.end)
    if i >= len(tokens.words):
        return False
    stop = tokens.ends[min(len(tokens.words) - 1, i + 1)]
    for other in reader.triggers_in(t.end, stop):
        if other.form == "N" or other.form == "X":
            between = tokens.words[i:tokens.index(other.start)]
            if all(w.isalpha() and w not in _COMPOUND_STOP for w in between):
                return True
    return False


_ROUNDS = frozenset({"round", "rounds", "session", "sessions"})
_ROUND_TYPES = frozenset({"talks", "meeting", "summit"})


def is_topic(reader: PredicateReader, t: Trigger) -> bool:
    """A noun after a topic preposition or a hypothetical adjective ("of an offensive", "a potential attack")."""
    tokens = reader.tokens
    i = tokens.index(t.start)
    if _hypothetical(reader, t):
        return True
    for j in range(i - 1, max(-1, i - 5), -1):
        w = tokens.words[j]
        if w == "of" and j > 0 and tokens.words[j - 1] in _ROUNDS and t.type in _ROUND_TYPES:
            return False  # "the next round of consultations will take place in Geneva": the round is the talks
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
    """Does an owner determine the noun: a possessive within four tokens before it, an actor's or any other
    ("the regime's crackdown"), or "by <actor>" right after it (``NOUN_BY``: "the attack by Hamas")? Narrower than
    ``owner``, which names the owner of a noun already an event: its possessive reaches over four words and a verb
    ("Syria's ruling family will fight protesters": no protest of Syria's; "the DPRK's advancing nuclear and missile
    threats", a topic), its "by" over an object ("the signs of six months of attack by President Assad's army":
    "signs" is no act of Assad's), and a modifying organisation is no owner of a compound ("a U.N. Security Council
    sanctions resolution": no sanction)."""
    tokens = reader.tokens
    i = tokens.index(t.start)
    for j in range(i - 1, max(-1, i - 5), -1):
        w = tokens.words[j]
        if w in ("'s", "’s") or (tokens.ends[j] in reader.actor_ends and reader.text[tokens.ends[j]:tokens.ends[j] + 1] in ("'", "’")):
            return True
        if w in BOUNDARY or w in TOPIC:
            break
    by = NOUN_BY.match(reader.low, t.end)
    return by is not None and any(right_after(a, by.end(), reader.low) for a in reader.actors) \
        or relative_agent(reader.actors, reader.low, t.end) is not None \
        or call_modifier(reader.actors, reader.low, t.start) is not None


def relative_agent(actors: list[ActorMention], low: str, end: int) -> tuple[ActorMention, str] | None:
    """The named subject of a relative clause right after an event noun whose verb is a light verb that makes the noun
    ("a visit that Prime Minister Tayyip Erdogan is expected to make", "the offensive which the army launched"), and
    the clause's verb group; None when the clause is not of that shape ("the visit that angered Ankara")."""
    m = _RELATIVE.match(low, end)
    if m is None:
        return None
    a = next((a for a in actors if a.start == m.end() and not a.placed), None)
    if a is None:
        return None
    group = _RELATIVE_GROUP.match(low, a.end)
    return (a, group.group("group")) if group is not None else None


_FUTURE_MODAL = frozenset(CUES["future_modal"])  # ("will pay": still to come)


def relative_plan(actors: list[ActorMention], low: str, end: int) -> bool:
    """Does the relative clause that makes the noun at ``end`` say it is still to come ("is expected to make", "will
    pay", "plans to make")?"""
    found = relative_agent(actors, low, end)
    if found is None:
        return False
    words = found[1].split()
    return any(w in _FUTURE_MODAL for w in words) \
        or any(w == "to" and k > 0 and words[k - 1] in PLAN_TO for k, w in enumerate(words))


def right_after(a: ActorMention, at: int, low: str) -> bool:
    """Does the actor ``a`` stand at ``at``, right after a "by (the)" that the caller matched, its "the" included? A
    mention of an unnamed force or of a government holds its article ("the military", "the regime", "the security
    services": ``actors/forces.py``, ``govref``), which the "by the" of "a 1982 massacre by the military", "the crackdown
    launched by the security services" has already read."""
    return a.start == at or a.start < at and low[a.start:at] == "the "


def owner(actors: list[ActorMention], low: str, start: int, end: int) -> ActorMention | None:
    """The owner of the event noun at ``low[start:end]``: the possessive actor before it ("Fico's visit"), the actor
    after "by" ("the attack by Hamas", "the measures against Gazprombank imposed by the US Treasury"), the subject of
    a relative clause that makes it ("a visit that Erdogan is expected to make"), or the organisation that modifies it
    ("an Arab League statement")."""
    near = _possessor(actors, low, start)
    if near is not None:
        return near
    m = _BY_AGENT.match(low, end)
    if m:
        return next((a for a in actors if right_after(a, m.end(), low)), None)
    relative = relative_agent(actors, low, end)
    if relative is not None:
        return relative[0]
    return call_modifier(actors, low, start) or _modifier(actors, low, start) or force_demonym(actors, low, start)


def force_demonym(actors: list[ActorMention], low: str, start: int) -> ActorMention | None:
    """The demonym right before a noun of an act of force that it made an actor ("the Russian invasion of Ukraine",
    "a Russian missile strike on Kyiv": Russia; actors/recognize.py, ``force_act_nouns.txt``): the state that
    commits it, the noun at ``start`` being that noun or its head."""
    for a in actors:
        if a.basis == "demonym" and a.kind == "country" and a.role and a.end < start and "possessive" not in a.flags:
            run = _DEMONYM_RUN.match(low, a.end)  # "Russian| and Iranian strikes": the first of a list
            if run is None:  # no space after the demonym ("Syrian&amp;Iranian strikes" of a scraped page): no noun
                continue
            at = run.end()
            if low.startswith(a.role, at) and start < at + len(a.role):
                return a
    return None


# what stands between a demonym of a list and the noun of the list (", Hungarian and Slovak ")
_DEMONYM_RUN = re.compile(r"(?:(?:,\s|\sand\s|,\sand\s)[a-z][\w-]+)*\s")


# "despite U.N. calls for a ceasefire", "has led to U.S. calls for the long-time leader to step aside": a state or
# body named right before a call noun, after a preposition or a verb that answers or refuses it, makes the call
_CALL_NOUN = re.compile(r"calls?\s+(?:for|on)\b")
_CALL_LEAD = re.compile(r"(?:^|\W)(?:%s)\s+$" % phrase_alternation(CUES["call_noun_before"]))


def call_modifier(actors: list[ActorMention], low: str, start: int) -> ActorMention | None:
    """The actor whose call the noun at ``start`` is ("ignored U.N. calls for": the United Nations), or None."""
    if not _CALL_NOUN.match(low, start):
        return None
    a = next((a for a in actors if a.end < start and not low[a.end:start].strip()), None)
    if a is None or "possessive" in a.flags:
        return None
    return a if _CALL_LEAD.search(low, max(0, a.start - 14), a.start) else None


def _possessor(actors: list[ActorMention], low: str, start: int) -> ActorMention | None:
    """The possessive actor that determines the noun at ``start``, with only modifiers between (``_POSSESSED``)."""
    near = [a for a in actors if a.end <= start and start - a.end <= 40
            and ("possessive" in a.flags or low[a.end:a.end + 1] in ("'", "’"))
            and _POSSESSED.fullmatch(low, a.end, _word_start(low, start))]
    return max(near, key=lambda a: a.end) if near else None


# "a visit that Prime Minister Tayyip Erdogan is expected to make": a restrictive relative clause (no comma) whose
# subject is named and whose verb group (auxiliaries, "expected to", "plans to") ends in a light verb
_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")
_RELATIVE_GROUP = re.compile(r"(?P<group>(?:\s+(?:%s|%s|%s|%s|[a-z]+ly))*)\s+(?:%s)\b" % (
    "|".join(map(re.escape, sorted(AUXILIARY))), "|".join(sorted(BE)), "|".join(sorted(HAVE)),
    "|".join(sorted(PLAN_TO)), "|".join(map(re.escape, sorted(LIGHT)))))
# "backed an August 3 statement by the Security Council", "the attack by Hamas": the agent right after the noun
NOUN_BY = re.compile(r"\s+by\s+(?:the\s+)?")
# "Ahmed Davutoglu's discussion", "the Syrian army's mortar and rocket attacks", "Guatemala's June 25<sup>th</sup>
# general elections", "his support": the possessive determines the noun itself, with only modifiers between, no comma
# ("the Baath Party's authority this month, with the largest protests", "Defying Assad's military crackdown,
# demonstrators took to the streets": not the owner of the noun after)
_POSSESSED = re.compile((r"(?:['’]s?)?(?:\s+(?!(?:%s)\b)" + run_class(r"\s,;:") +
                        r"+){0,4}\s+") % phrase_alternation(CUES["possessed_stop"]))
# "the attack by Hamas", "the measures against Gazprombank imposed by the US Treasury", "strikes carried out by"
_BY_AGENT = re.compile(r"(?:\s+(?:against|on|of|targeting)\s+[^,;.()\"“”]{1,40}?)?"
                       r"(?:,?\s+(?:[a-z]+ed|taken|undertaken|given|made|done|led|held|carried\s+out))?"
                       r"\s+by\s+(?:the\s+)?")  # also after a comma: "the initiative, launched by X and Y"


def determines(low: str, end: int, start: int) -> bool:
    """Does the possessive ending at ``end`` ("Syria|'s", "Cyprus|'") determine the noun at ``start``, with only
    modifiers between ("Syria's ongoing crackdown"; not "the league's foreign ministers are meeting")?"""
    return _POSSESSED.fullmatch(low, end, _word_start(low, start)) is not None


def _word_start(low: str, pos: int) -> int:
    """Where the word holding ``pos`` starts ("re-election": the trigger "election" is inside it)."""
    while pos > 0 and (low[pos - 1].isalnum() or low[pos - 1] == "-"):
        pos -= 1
    return pos


# "an Arab League statement", "the Security Council vote": an organisation named just before the noun, after a
# determiner, is its owner (a country there is as often the topic: "the Iran talks", "Syria sanctions"); so is one
# after a preposition or an adjective of the act ("under EU sanctions", "the threat of new EU sanctions")
_MODIFIER_LEAD = re.compile(r"(?:^|\W)(?:a|an|the|this|that|last|its|another|under|of|by|with|from|new|fresh|further|"
                            r"tough|tougher|more)\s+$")
# a state named by its abbreviation is an adjective, not a topic: "U.S. sanctions", "UK sanctions" (not "Syria sanctions")
_STATE_ABBREVIATION = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,3}")


def _modifier(actors: list[ActorMention], low: str, start: int) -> ActorMention | None:
    """The organisation or group that modifies an event noun right before it ("an Arab League statement earlier on
    Monday", "the Syrian opposition meeting in Istanbul"), or a state named by its abbreviation ("U.S. sanctions")."""
    a = next((a for a in actors if a.end < start and not low[a.end:start].strip()), None)
    if a is None or "possessive" in a.flags:
        return None
    if a.kind == "country" and _FORCE_HEAD.search(low, a.start, a.end) and _FORCE_ACT.match(low, start) \
            and _FORCE_MODIFIER_LEAD.search(low, max(0, a.start - 12), a.start):
        return a  # "killed in security force raids on Saturday", "during a Syrian army raid": the force's own raid (a
        # force after "in" is no place)
    if a.placed:
        return None
    if a.kind not in ("organization", "group") \
            and not (a.kind == "country" and _STATE_ABBREVIATION.fullmatch(a.surface or "")):
        return None
    return a if _MODIFIER_LEAD.search(low, max(0, a.start - 12), a.start) else None


# a state's force named as the modifier of a noun of its act of force ("security force raids", "a Syrian army raid",
# "government troop assaults"): the force does it (audit t17-reuters-252; events_gold_check t17-reuters-162#5,
# events_gold_fresh10 t17-bbc-162#12)
_FORCE_HEAD = re.compile(r"(?:army|military|force|forces|troops?|police|security|soldiers?)$")
_FORCE_ACT = re.compile(r"(?:raids?|attacks?|assaults?|shelling|bombardments?|offensive|incursions?|strikes?|operations?)"
                        r"(?![\w-])")
_FORCE_MODIFIER_LEAD = re.compile(r"(?:^|\W)(?:a|an|the|in|during|by|of|after|from|with|and)\s+$")
