"""Who does what to whom: actor1 (the agent or speaker) and actor2 (the counterpart or target).

- the speaker of a reporting verb and the subject of a verb are found by ``subjects.py`` ("Lavrov said",
  "said Lavrov", "according to Lavrov"; the actor before the verb in its clause, not in a prepositional
  phrase, a possessive, a relative clause or an apposition; a coordination is one subject, its first actor
  the agent: "Lavrov and his Turkish counterpart Cavusoglu hashed over": Lavrov, with Cavusoglu);
- in the passive the agent follows "by" ("was hosted by X"); after
  "received a call from X", X called;
- a pronoun heading a reported clause stands for the speaker ("Syria said it had agreed": Syria agreed);
- the counterpart: the first actor after the predicate in its clause ("met
  with A and B": A, with B), else the second of a coordinated subject ("X and
  Y met"); never the agent's own country ("Biden emphasized the United
  States' commitment to Ukraine": Ukraine);
- an event noun's agent is its owner ("Fico's visit", "the attack by
  Hamas"), else the agent of the verb that heads the sentence.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from ..cue_words import PAST_VERB, break_class, greedy_run, run_class
from .own_clause import clause_end, time_clause_at
from ..actors import ActorMention, canonical_key
from ..actors.people import own_state
from ..actors.gazetteer import SPEECH_VERBS, phrase_alternation
from ..temporal.lexicon import MONTHS, WEEKDAYS, alternation
from .cues import (ADVERBS, CLAUSE_STOP, CUES, MONEY_NOUNS, PHRASE_CLOSE, SUBORDINATORS, TASKED_BODY,
                   VERB_GROUP)
from .agentless import absolute_crowd, crowd_headed, unnamed_condemnation
from .nouns import NOUN_BY, owner as noun_owner, right_after
from .frame_time import SAID_TIME
from .having_subject import having_subject
from .object_pronouns import pronoun_object
from .obliged import addressed_pronoun, group_subject
from .opposing import opposing_subject
from .owned_acts import force_noun_subject
from .participle_heads import participle_head
from .pronoun_forces import pronoun_force_owner
from .predicates import (CROWDS, DRAWING, SPEECH as SPEECH_TYPES, SPEECH_ACTS, SUPPORTERS_RALLY, Predicate,
                         FORCE_FAMILIES, gerund_of, supporters_start)
from .travel import TRAVEL_GENERIC, travel_direction
from .trigger_objects import spanned_counterpart
from .refused_force_places import without_refused_act_places
from .unnamed_sayers import same_they, told_by_unnamed
from .vetoed_council import council_counterparts
from .drawn_acts import drawn, drawn_roles
from .killed_in import passive_force_agent
from .series import series_member
from .speech import SentenceReading, answered_party, blamed_failure, named_subject
from .subjects import (BRACKET, COORDINATION, HARD, MODIFIER_PREFIX, QUOTE, ordered, owned_force, speakers, subject_group,
                       usable)

_NOT_BY_FORCES = frozenset(SPEECH_TYPES) | {"protest"}  # armed forces neither speak nor protest


def _aliases_dropped(actors: list[ActorMention], low: str) -> list[ActorMention]:
    """Without the short names a text defines in brackets after an actor ("the Republic of Indonesia
    (Indonesia)", "the United States of America (United States, or U.S.)"): they name the actor
    before them again, and are neither its coordination nor the subject of what follows."""
    out: list[ActorMention] = []
    bracket: tuple[int, int, str] | None = None  # the span of the brackets after an actor, and its key
    for a in actors:
        if bracket is not None and bracket[0] < a.start < bracket[1]:
            if a.key == bracket[2]:
                continue
        elif out and out[-1].end <= a.start:
            m = BRACKET.match(low, out[-1].end)
            bracket = (m.start(), m.end(), out[-1].key) if m else None
            if bracket is not None and bracket[0] < a.start < bracket[1] and a.key == bracket[2]:
                continue
        out.append(a)
    return out


def coded(a: ActorMention) -> ActorMention:
    """An official the text does not name ("the Syrian foreign minister", "Russian envoys": an unresolved
    description with a country) acts for that country, as event data codes it (Syria, Russia); one of an
    organisation ("the Arab League's envoy", "the UN human rights chief") for the organisation."""
    if "unresolved" not in a.flags or a.kind != "person" or not (a.country or a.org):
        return a
    if a.org:  # "the FSA's deputy leader": the FSA, not the country it is of
        return dataclasses.replace(a, name=a.org, key=canonical_key(a.org), kind="organization", role=None)
    return dataclasses.replace(a, name=a.country, key=canonical_key(a.country), kind="country", role=None)


# "most Yemenis", "many Syrians", and a counted group of a people, "12 Syrian generals", "200 Syrians"
_SHARE = re.compile(r"\b(?:%s|\d[\d,]*)\s+$" % "|".join(CUES["people_share"]))


def people_share(a: ActorMention, low: str) -> bool:
    """Is ``a`` a share of a people, named by its plural ("most Yemenis were with him", "many Syrians", "12 Syrian
    generals have already defected"): the people the reported clause is about, not a state the statement is made
    to?"""
    return a.kind == "country" and a.text.endswith("s") and a.text[:1].isupper() \
        and _SHARE.search(low, max(0, a.start - 12), a.start) is not None


# a hyphenated modifier of states right before the noun, with at most one word between: "russian-turkish (peace) "
_HYPHEN_PAIR_BEFORE = re.compile(r"(?<![\w.-])[\w.]+(?:-[\w.]+)+\s+(?:[a-z]+\s+)?$")
# before an instrument's noun, the words of its name between: "the 1951 U.S.-Philippines Mutual Defense Treaty"
_HYPHEN_PAIR_NAMING = re.compile(r"(?<![\w.-])[\w.]+(?:-[\w.]+)+\s+(?:[a-z]+\s+){0,4}$")


def hyphen_pair(p: Predicate, actors: list[ActorMention], low: str, floor: int) -> list[ActorMention]:
    """The two or more states a hyphenated modifier right before the trigger names ("Russian-Chinese talks",
    "Russian-Turkish (peace) consultations", "U.S.-China trade talks"), in text order; empty when there is none.
    Used for the parties of a talks noun here (``_hyphen_pair``) and of a called-off one (``called_off_events``)."""
    words = _HYPHEN_PAIR_BEFORE.search(low, max(floor, p.trigger.start - 60), p.trigger.start)
    if words is None and p.family == "agree" and p.form == "noun":
        words = _HYPHEN_PAIR_NAMING.search(low, max(floor, p.trigger.start - 80), p.trigger.start)
    if words is None:
        return []
    inside = [a for a in actors if words.start() <= a.start and a.end <= p.trigger.start
              and not a.placed and "dateline" not in a.flags]
    if len(inside) < 2 or any(low[a.end:b.start] != "-" for a, b in zip(inside, inside[1:])) \
            or len({a.key for a in inside}) < len(inside):
        return []
    return inside


def _hyphen_pair(p: Predicate, actors: list[ActorMention], low: str, floor: int):
    """The states a hyphenated modifier right before a meeting, talks or agreement noun names ("Russian-Chinese
    talks were held", "Russian-Turkish consultations took place", "U.S.-China trade talks resumed"): the first is
    the agent, the others the counterparts. None when the noun has no such modifier."""
    if p.family not in _BETWEEN_FAMILIES or p.trigger.form not in ("N", "X") or not (p.form == "noun" or p.passive):
        return None
    inside = hyphen_pair(p, actors, low, floor)
    return (inside[:1], inside[1:]) if inside else None


# (its acronym may follow in brackets: "the U.S.-Bangladesh Trade and Investment Cooperation Forum Agreement (TICFA),
# signed in 2013")
_INSTRUMENT_AFTER_PAIR = re.compile(r"\s+(?:[\w.-]+\s+){0,6}?(?:%s)(?:\s+\([\w.-]+\))?,?\s+$"
                                    % phrase_alternation(CUES["instrument_head"]))


def _named_pair(p: Predicate, before: list[ActorMention], low: str):
    """The parties a hyphenated pair names in an instrument's name right before its signing participle ("the United
    States-Malaysia Trade Investment Framework Agreement signed in 2004", "The U.S.-Cambodia ... Agreement was signed
    in 2006"): the first is the agent, the others the counterparts (the nearest actor alone, the pair's last, would be
    the subject). None when the participle has no such name before it."""
    if p.family != "agree" or p.form != "verb" or not (p.passive or p.embedded and p.rule == "participle"):
        return None
    names = [a for a in before if not a.placed and "dateline" not in a.flags]
    for last in reversed(names):
        # (the nearest name may be a word of the instrument's own name, "Investment Cooperation Forum": the pair is
        # the hyphenated one before it)
        if not _INSTRUMENT_AFTER_PAIR.fullmatch(low, last.end, p.start):
            continue
        pair = [last]
        for a in reversed(names[:names.index(last)]):
            if low[a.end:pair[0].start] != "-":
                break
            pair.insert(0, a)
        if len(pair) >= 2 and len({a.key for a in pair}) == len(pair):
            return pair[:1], pair[1:]
    return None


_OF_MEMBERS = re.compile(r"\s+of\s+(?:the\s+)?")
_MEMBER_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?:the\s+)?|-")  # (a hyphenated pair: "of the India-U.S. Platform")


def _of_members(p: Predicate, after: list[ActorMention], low: str):
    """The members a meeting or talks noun names with "of" ("A meeting of the foreign ministers of Russia, Turkey and
    Iran was held", "a meeting of the Security Council"): those who meet, the first named first. None when the noun
    is not so followed."""
    if p.family != "consult" or p.type == "visit" or p.form != "noun" and not p.passive \
            or p.trigger.form not in ("N", "X"):
        return None
    m = _OF_MEMBERS.match(low, p.trigger.end)
    first = next((a for a in after if m is not None and a.start == m.end() and not a.placed), None)
    if first is None:
        return None
    members, end = [first], first.end
    for a in after:
        if a.start > end and _MEMBER_JOIN.fullmatch(low, end, a.start) and not a.placed:
            members.append(a)
            end = a.end
    return members[:1], members[1:]


# an opening phrase headed by a call, meeting or talks noun: "In a phone call with ...", "During a telephone
# conversation on Monday, ...", "At a meeting with ...", "After talks with ...", "Speaking at a joint news
# conference after talks with ...", "At a joint news conference after talks in Moscow on Monday, ..."
# (after an opening "But" or "And": "But after meeting Syrian leaders, Mr Lavrov said"; "on" only before "a" or an owner,
# "Speaking on a visit to Istanbul", "Speaking while on a visit to South Africa", not "On the talks, he said": a topic)
_FRONTED = re.compile(r"[\s\"“]*(?:(?:but|and)\s+)?(?:speaking\s+(?:[\w-]+\s+){0,6}?|(?:at|during|in)\s+(?:an?|the|his|her|their)\s+(?:%s)\s+)?"
                      r"(?:in|during|at|over|after|following|on(?=\s+(?:an?|his|her|their)\s))\s+"
                      r"(?:(?:an?|the|his|her|their|its|this|that)\s+)?(?:[\w-]+\s+){0,3}"
                      % phrase_alternation(CUES["press_occasion"]))


def fronted_occasion(p: Predicate, reading: SentenceReading, low: str) -> bool:
    """``p`` heads an opening phrase of a call, meeting or talks ("After talks with his Russian counterpart, ...",
    "Speaking after a meeting with Annan, ...": ``_FRONTED``)."""
    return _FRONTED.fullmatch(low, reading.start, p.trigger.start) is not None


_WITH_OBJECT = re.compile(r"\s+(?:(?:in|at)\s+" + run_class(r",;:()") +
                          r"{1,40}?\s+)?with\s")  # "talks (in Damascus) with Assad"
_GERUND_AFTER = re.compile(r"\b(?:after|following|before)\s+$")  # "After meeting Lavrov": no determiner, a gerund
_WELCOMED_TO = re.compile(r"welcomed\s.*\sto\s", re.S)
_TOLD_STOP = re.compile(break_class(r",;:\"“") + r"|(?<![\w'])that(?![\w'])")


def _fronted_occasion(p: Predicate, reading: SentenceReading, actors: list[ActorMention], low: str,
                      first_seen: dict[str, int], owners: tuple[ActorMention, ...]):
    """(agents, counterparts) of a call or meeting named by an opening phrase, whose parties are the main
    clause's subject and the phrase's "with" object ("In a phone call with Zelenskyy on Wednesday, Macron
    pledged ...": Macron, with Zelenskyy; "In a call with Erdogan on Friday, Putin said ...": Putin, with
    Erdogan); without "with", the main clause's own parties ("During a phone call on Thursday, Lavrov told
    Blinken ...": Lavrov, with Blinken). None when the sentence does not open so."""
    if not _FRONTED.fullmatch(low, reading.start, p.trigger.start) or p.owned or low.startswith(" of ", p.trigger.end):
        return None  # (not "Following a meeting of the Security Council on Monday, Russia said": the Council's)
    close = low.find(",", p.trigger.end, reading.end)
    main = reading.main
    if close < 0 or main is None or main.trigger.start < close or main.trigger is p.trigger:
        return None
    subject = [a for a in actors if close < a.start and a.end <= main.start]
    if not subject:
        return None  # "In a call with Erdogan, he said ...": the antecedent is another sentence's
    agents, counterparts = roles(main, reading, actors, low, first_seen, owners)
    if not agents:
        return None
    # (a gerund takes its object with no "with": "After meeting Lavrov in Geneva, Davutoglu said")
    # ("After talks in Damascus with Assad": the "with" object past the venue)
    with_ = p.trigger.text.endswith(" with") or _WITH_OBJECT.match(low, p.trigger.end, close) is not None \
        or p.trigger.text.endswith("ing") and _GERUND_AFTER.search(low, reading.start, p.trigger.start) is not None
    inside = [a for a in actors if p.trigger.end <= a.start < close and not a.placed] if with_ else []
    if main.reporting and main.trigger.text.startswith("told"):
        # "told U.S. Secretary of State Antony Blinken that ...": the one told, however long the title before the name
        inside += [a for a in actors if main.end <= a.start <= main.end + 60 and a.kind == "person"
                   and not _TOLD_STOP.search(low, main.end, a.start)][:1]
    if main.reporting:
        counterparts = []  # "..., Erdogan said Turkey would help": what the saying reports names no party to the talks
    keys = {agents[0].key}
    out = []
    for a in inside + agents[1:] + counterparts:
        if a.key not in keys:
            keys.add(a.key)
            out.append(a)
    return agents[:1], out


# a crowd noun that opens its own clause: after "and"/"but"/a comma or at the sentence start, with at most a quantity or
# an adverb of its own before it ("... and protesters were gathering", "but thousands of protesters marched")
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|while|as|where|when)\s+)(?:(?:the|some|many|more|other|angry|"
                           r"hundreds|thousands|dozens|tens|of)\s+)*$")


# a subordinate clause of time or reason with a subject of its own after a request ("as the Red Crescent struggles",
# "while the army shells Homs"); not "such as the", "as well as the", "as a"+noun of role ("as a mediator")
_REQUEST_ASIDE = re.compile(r"(?<!\bsuch)(?<!\bwell)\s(?:as|while|because|since|when|after|before)\s+the\s")


_NON_SPACE = re.compile(r"\S")
_TO_VERBS: list = [None, None, [], []]  # the predicates and text last asked about, their starts and "to"s (below)


def _infinitive_after(reading: SentenceReading, low: str, end: int, ceiling: int) -> int:
    """Where the first verb of the sentence after ``end`` whose word before is "to" starts, with a word between
    (``end`` < it), if before ``ceiling``; else ``ceiling``. The verbs after a "to" are found once per sentence
    (each consult predicate once split the text from it to every predicate after it: cubic in a run-on sentence)."""
    if _TO_VERBS[0] is not reading.predicates or _TO_VERBS[1] is not low:
        found = []
        for q in reading.predicates:
            if q.form in ("verb", "report"):
                k = q.start
                while k > 0 and low[k - 1].isspace():
                    k -= 1
                if k >= 2 and low.startswith("to", k - 2):
                    found.append((q.start, k - 2))  # (the verb; the "to" before it)
        found.sort()
        _TO_VERBS[:] = [reading.predicates, low, [q for q, _ in found], [to for _, to in found]]
    starts, tos = _TO_VERBS[2], _TO_VERBS[3]
    for i in range(bisect.bisect_right(starts, end), len(starts)):
        if starts[i] >= ceiling:
            break
        to = tos[i]  # the text from ``end`` to the verb splits into more than one word, the last "to":
        if to > end and low[to - 1].isspace() and _NON_SPACE.search(low, end, to - 1):
            return starts[i]
    return ceiling


def roles(p: Predicate, reading: SentenceReading, actors: list[ActorMention], low: str,
          first_seen: dict[str, int], owners: tuple[ActorMention, ...] = ()) -> tuple[list[ActorMention], list[ActorMention]]:
    """(agents, counterparts) of predicate ``p`` in its sentence; agents[0] is actor1. ``owners``: the people
    "his", "her" before a noun stand for, only ever the owner of an event noun ("his visit"). A party that turns
    critical with no "of" after it names no one it turns against ("Turkey turned sharply critical during the
    uprising, as Damascus ignored advice": not Damascus, events_gold_fresh12 53#11), so it has no counterpart."""
    agents, counterparts = _roles(p, reading, actors, low, first_seen, owners)
    parties = _party_actors(p, reading, actors, low)
    subject = having_subject(p, reading, parties, low)
    if subject is not None:  # "Having almost gone to war in the late 1990s ..., Damascus would not welcome ...": the main
        # clause's subject is the opening participle's agent
        agents, counterparts = [subject], [a for a in agents + counterparts if a.key != subject.key]
    if p.type == "accuse" and p.trigger.text.endswith("critical") and not _OF.match(low, p.trigger.end):
        return agents, []
    if drawn(p, low):  # "vetoed a resolution on Saturday, drawing protests in Damascus": not the vetoers' protests
        return drawn_roles(p, low, agents, counterparts)
    council = council_counterparts(p, low, parties, agents, counterparts)
    if council is not None:  # "Russia and China have blocked resolutions condemning Syrian President Bashar al-Assad":
        # the veto's counterpart is the Security Council, not what the resolution names (vetoed_council.py)
        counterparts = council
    named = pronoun_object(p, parties, low, reading.start, agents)
    if named is not None and (not counterparts or counterparts[0].key != named.key):
        # "urging him to end the bloodshed", "supplying it with weapons": the party the object pronoun stands for
        # (``object_pronouns``), before any named further on ("accuses it of backing Palestinian militants")
        counterparts = [named] + [a for a in counterparts if a.key != named.key]
    if not counterparts:  # "has accepted the Arab League plan": the party the trigger itself spans (trigger_objects)
        counterparts = spanned_counterpart(p, parties, agents)
    # "ruled out military intervention in Syria": where the refused act would happen is no target (rule 38)
    return agents, without_refused_act_places(p, low, counterparts)


_OF = re.compile(r"\s+of\b")
# the readings, actors and texts last asked about (``_party_actors``), the latest first: their usable actors in the
# reading's span, the places of the unnamed forces among them, and the parties by the forces a predicate leaves out
# (a few: the roles of a noun's main verb are asked with the noun's parties, ``_roles``)
_PARTIES: list = []


def _party_actors(p: Predicate, reading: SentenceReading, actors: list[ActorMention],
                  low: str) -> list[ActorMention]:
    """The actors of the sentence that may be parties to ``p``, coded and without the short names defined in
    brackets (``_aliases_dropped``): the usable ones in the reading's span, but for unnamed forces before a
    predicate of speech or protest (or anywhere in the sentence of a reporting verb) that their owner does not name.
    Read once per sentence (``actors`` as the caller holds it, not changed between calls) and kept by the forces
    left out: each predicate read and coded all of the sentence's actors, quadratic in a run-on sentence."""
    read = next((r for r in _PARTIES if r[0] is reading and r[1] is actors and r[2] is low), None)
    if read is None:
        kept = [a for a in actors if usable(a) and reading.start <= a.start < reading.end]
        read = (reading, actors, low, kept, [k for k, a in enumerate(kept) if "forces" in a.flags], {})
        _PARTIES[:] = [read] + _PARTIES[:3]
    kept, forces, known = read[3], read[4], read[5]
    left: tuple[int, ...] = ()
    if forces and p.type in _NOT_BY_FORCES:
        speech = p.type in SPEECH_TYPES
        left = tuple(k for k in forces if not (speech and owned_force(kept[k])) and (p.reporting or kept[k].start < p.end))
    hit = known.get(left)
    if hit is None:
        if len(known) >= 16:
            known.clear()  # (a run-on sentence of forces and sayings: each saying leaves out more of them)
        out = set(left)
        hit = known[left] = _aliases_dropped([coded(a) for k, a in enumerate(kept) if k not in out], low)
    return hit


def _roles(p: Predicate, reading: SentenceReading, actors: list[ActorMention], low: str,
           first_seen: dict[str, int], owners: tuple[ActorMention, ...] = ()) -> tuple[list[ActorMention], list[ActorMention]]:
    """``roles`` of any predicate."""
    actors = _party_actors(p, reading, actors, low)
    # (unnamed forces, actors/forces.py, act by force: "tanks ... swept into districts where protests demanding ..."
    # is no demand of theirs, and "security forces ... have prevented demonstrators" no protest of theirs); forces
    # their owner names speak for it ("Syria's army said": ``owned_force``)
    floor = reading.start
    if reading.content and reading.content[0] <= p.trigger.start < reading.content[1] and p is not reading.frame:
        floor = reading.content[0]
    ceiling = reading.end
    if reading.content and p is reading.frame and reading.content[0] > p.start:
        ceiling = p.end + 60  # "told reporters", "told Lavrov": the addressee, not the reported clause
    elif floor == (reading.content or (None,))[0]:
        ceiling = reading.content[1]  # a reported clause's own actors, not the speaker after it
    if reading.source is not None and p.trigger.start < reading.source.start:
        ceiling = reading.source.start  # "..., residents said, as President Bashar al-Assad broadened ...": not theirs
    elif reading.source is not None and reading.source.trigger.text.lower().startswith("according"):
        # "According to the Russian foreign minister, Moscow and Damascus also agreed ...", "Russia, according to
        # diplomats, blocked ...": the source's phrase names no party to the act it reports (events_gold.md rule 18:
        # "according to X" is no saying of X's)
        comma = low.find(",", reading.source.end, p.trigger.start)
        phrase_end = comma if comma >= 0 else reading.source.end
        actors = [a for a in actors if not reading.source.start <= a.start < phrase_end]
    if p.reporting:
        agents = speakers(p, actors, low, first_seen, reading.start)
        taken = reading.taken if reading.main is not None and reading.main.trigger is p.trigger else None
        owned = None if taken is None else pronoun_force_owner(
            taken, [a for a in actors if a.end <= taken.start], low, reading.start)
        if owned is not None:
            agents = [owned]  # a saying typed by the act of force it takes over, whose subject is a leader's forces by a
            # pronoun ("U.S. officials were looking for ... with Assad as his tanks poured into Deraa, where a human
            # rights activist said ..."): his state, not the subject before (``pronoun_forces``)
        agent = agents[0] if agents else None
        if agent and reading.main is not None and reading.main.trigger is p.trigger and reading.main.type != "statement":
            # (a denial the speaker holds to has no counterpart: "insisted that Damascus had no role in the blast which
            # killed Hariri" rejects no act of Hariri's)
            cp = _content_counterpart(reading, actors, low, agent) if reading.main.rule != "insisted denial" else []
            if owned is not None:
                cp = [a for a in cp if a.start >= taken.end]  # (the forces' own target, not the clause before theirs)
            return agents[:1], agents[1:] + cp
        after = [a for a in actors if p.end <= a.start < ceiling and a.start - p.end <= 12
                 and not a.placed and a.key != (agent.key if agent else None) and not people_share(a, low)]
        if not after and reading.frame is p:
            # "affirms that it intends to take into consideration ... India's request": the party whose request
            # the statement takes up is its counterpart
            answered = answered_party(reading, actors, low, agent)
            after = [answered] if answered is not None else []
        return agents[:1], agents[1:] + after[:1]
    before = [a for a in actors if floor <= a.start and a.end <= p.start]
    if p.family == "consult":  # "meet again on Thursday to discuss Syria": what they discuss is the topic
        ceiling = _infinitive_after(reading, low, p.end, ceiling)
    if p.family in FORCE_FAMILIES and p.form == "verb":
        aside = _PLACE_ASIDE.search(low, p.end, ceiling)
        # "killed dozens of civilians in the central town of Rastan, which had seen protests against Assad": what the
        # place's relative clause names is no target
        ceiling = aside.start("comma") if aside is not None else ceiling
    if p.family == "demand" and p.form == "verb":
        # "is expected to ask for more visas for foreign aid workers as the Syrian Arab Red Crescent struggles to
        # distribute food": a clause of time or reason after the request is no party to it
        aside = _REQUEST_ASIDE.search(low, p.end, ceiling)
        ceiling = aside.start() if aside is not None else ceiling
    concessive = _CONCESSIVE.search(low, p.end, ceiling) if p.family in FORCE_FAMILIES else None
    # "would press on with a crackdown against unrest despite increased pressure from the Arab League to end it",
    # "killed dozens of protesters on Friday despite assurances by President Bashar al-Assad" (audit t17-reuters-209,
    # -336): who presses against the act of force, in a phrase conceded after it, is not its target (acts of force
    # only: the PLOVER dev sentences' targets of other acts fall when the cut is general)
    ceiling = concessive.start() if concessive is not None else ceiling
    # a relative clause, a clause of time or a coordinated clause after the act names its own parties (own_clause.py)
    # (not of a passive act, whose agent a clause of time may name: "were killed when troops backed by tanks
    # overran towns"; nor of protests, whose government the clause of its crackdown names: "protesters were gathering
    # ... after security forces fired on demonstrators")
    own = ceiling if p.passive or p.type == "protest" else clause_end(low, p.end, ceiling, p.type in _MEETINGS)
    if own < ceiling and p.type in _REACTIONS and time_clause_at(low, own) \
            and not any(own > a.start >= p.end and not a.placed for a in actors):
        # a reaction or meeting whose own clause names no one: its counterpart stands in the clause of time or reason
        # after it ("imposed economic sanctions when the Syrian government hesitated", "Turkey has protested after
        # Syrian forces opened fire"; a relative clause stays another's: "the Paris meeting follows similar events in
        # Tunis and Istanbul which demanded tougher action against the Assad regime")
        own = ceiling
    ceiling = own
    after = [a for a in actors if a.start >= p.end and a.start < ceiling]
    if p.family == "consult" and p.form == "verb":
        after = _without_topic(p, after, low, ceiling)
    if p.type == "sanction" and p.form == "verb":
        # an envoy the trigger itself names ("summoned Moldova's ambassador", "expelled the German diplomats"): the
        # envoy's state is the target
        after = [a for a in actors if p.trigger.start < a.start < p.end and a.kind != "organization"] + after
    if p.type == "meeting" and p.form == "verb" and _WELCOMED_TO.match(p.trigger.text):
        # "welcomed Prime Minister Kishida of Japan to the White House": the guest, whom the trigger itself names
        # (not the place it was welcomed to)
        to = p.trigger.start + p.trigger.text.rfind(" to ")
        after = [a for a in actors if p.trigger.start < a.start < to and not a.placed] + after
    if p.type == "reject" and p.form == "verb" and _RESISTANCE_FROM.search(p.trigger.text.lower()):
        # "A U.S. and European push to impose sanctions is meeting fierce resistance from Russia and China", "but they
        # face opposition from Russia and China": those after "from" reject, what the subject pushes for is rejected
        # (events_gold_blind t17-reuters-314#1, fresh15 t17-bbc-199#28: actor1 Russia)
        # (the actor after "from" reads as a place of origin: placed, as in "drawn condemnation from the West")
        first = next((a for a in after if _THE.fullmatch(low, p.end, a.start)), None)
        if first is not None:
            group = _by_group(first, after, low, allow_placed=True)  # "from Russia and China": places or not
            keys = {g.key for g in group}
            subject = [a for a in ordered(subject_group(before, low, _subject_position(p, reading, low, actors), floor),
                                          first_seen) if a.key not in keys]
            return group[:1], subject[:1] + group[1:]
    pair = _between(p, after, low) or _hyphen_pair(p, actors, low, reading.start) or _of_members(p, after, low) \
        or _named_pair(p, before, low)
    if pair is not None:
        return pair
    put = _PUT_UNDER.search(low, max(floor, p.trigger.start - 120), p.trigger.start) \
        if p.form == "noun" and not p.passive else None
    targets = [a for a in actors if put is not None and put.start("object") <= a.start and a.end <= put.end("object")
               and (not a.placed or _place_target(p))]
    if targets:
        # "The EU put Rosneft under sanctions", "placed the opposition leader under house arrest": the subject of the
        # verb puts its object under the measure, the object its target (not the agent, as in "Rosneft has been
        # under sanctions"); the measure's owner ("put Rosneft under U.S. sanctions") when no subject is named
        subject = ordered(subject_group(before, low, put.start(), floor), first_seen) or \
            [o for o in [_owner(p, actors, low)] if o is not None]
        keys = {a.key for a in subject}
        return subject[:1], subject[1:] + [a for a in targets if a.key not in keys]
    under = _UNDER.search(low, max(floor, p.trigger.start - 50), p.trigger.start) \
        if p.form == "noun" and p.type == "sanction" else None
    if under is not None:
        # "Makhlouf has been under U.S. sanctions since 2008", "Syria has been under American and European sanctions":
        # the subject is under the sanctions, their target; the state that modifies the noun imposed them
        owner = _owner(p, actors, low)
        targets = [a for a in before if a.end <= under.start() and not a.placed
                   and (owner is None or a.key != owner.key) and _SUBJECT_GAP.fullmatch(low, a.end, under.start())]
        return ([owner] if owner is not None else []), targets[-1:]
    if p.form == "noun" and p.family == "consult" and p.type != "summit" and not p.passive:
        fronted = _fronted_occasion(p, reading, actors, low, first_seen, owners)
        if fronted is not None:
            return fronted
    agent = gerund_agent(p, after, low)
    if agent is not None:
        # "There was heavy shelling by Syrian forces in Homs", "after weeks of shelling from government forces": the
        # "-ing" noun of an act of force is the act of its "by" agent, as "the attack by Hamas" is (not its target)
        close = PHRASE_CLOSE.search(low, agent.end)
        stop = close.start() if close is not None else ceiling
        return [agent], _objects(p, [a for a in after if a is not agent and a.start < stop], low, [agent],
                                 allow_location=True)
    head = participle_head(p, before, low)
    if head is not None:
        # "Syrian forces shooting at refugees", "rebel fighters capturing a tank": the actor the participle describes
        # does its act (``participle_heads``)
        close = PHRASE_CLOSE.search(low, p.end)  # (its object ends its phrase: "shooting at refugees, and Jordanian
        stop = close.start() if close is not None else ceiling  # soldiers ...": not the soldiers)
        return [head], _objects(p, [a for a in after if a.start < stop], low, [head], allow_location=_place_target(p))
    main = reading.main
    dated_of = _DATED_OF.match(low, p.trigger.end) if p.form == "noun" else None
    if gerund_of(p, low) or p.form == "noun" and p.family in FORCE_FAMILIES \
            and (low.startswith(" of ", p.trigger.end) or dated_of is not None) \
            and not p.owned and _owner(p, actors, low) is None:
        # "the killing of 10 protesters" names its agent only in a "by" phrase ("the killing of Turkish activists on a
        # Gaza-bound aid convoy by Israeli forces last year"); in a phrase of another time, or as what a speaker
        # condemns, it is not the main clause's subject's either ("Syrian troops stormed Rastan on Sunday, following the
        # killing of 10 protesters on Friday", "France condemned the killing of ..."; events_gold.md rule 2)
        close = PHRASE_CLOSE.search(low, p.trigger.end)
        stop = close.start() if close is not None else min(ceiling, p.trigger.end + 100)
        inside = [a for a in after if a.start < stop]
        by = _BY_AFTER.search(low, p.trigger.end, stop)
        agents = [a for a in inside if by is not None and a.start == by.end()][:1]  # "by Syrian troops"
        if agents or _OTHER_TIME_PHRASE.search(low, max(reading.start, p.trigger.start - 40), p.trigger.start) \
                or dated_of is not None or _YEAR_BEFORE.search(low, max(reading.start, p.trigger.start - 30), p.trigger.start) \
                or main is not None and main.type in _DISAPPROVING and main.form == "verb" and not main.passive \
                and not main.reporting and main.trigger.end <= p.trigger.start:
            return agents, _objects(p, [a for a in inside if a not in agents], low, agents, allow_location=True)
    if p.form == "noun" and not p.passive and unnamed_condemnation(p, low):
        # "refused to join international condemnation of Syria's long crackdown": condemners the text does not name
        # (not the main clause's subject), the condemned its counterpart
        return [], _objects(p, after, low, [], allow_location=False)
    if p.form == "noun" and not p.passive:
        own = [a for a in owners if reading.start <= a.start and _OWNS.fullmatch(low, a.end, p.trigger.start)]
        owner = _owner(p, sorted(actors + own, key=lambda a: a.start), low)
        main = reading.main
        if owner is not None and main is not None and owner.start >= main.end and _reaction_to(p, main, low, floor):
            owner = None  # "The attack on Friday was condemned by the U.N. Security Council": the Council's condemnation
        if owner is not None:
            agents = [owner]
            if owner.basis == "demonym" and owner.role and not owner.placed:
                # "Russian and Iranian strikes on Idlib": every state of the list commits the act
                agents = _by_group(owner, [a for a in actors if a.basis == "demonym" and a.role == owner.role], low)
            if owner.end <= p.trigger.start and "forces" in owner.flags:
                # "killed in security force raids on Saturday while ... against Assad family rule": the raid's target, if
                # any, is in its own phrase, not in a clause after it
                close = _RAID_PHRASE_CLOSE.search(low, p.trigger.end)
                after = [a for a in after if close is None or a.start < close.start()]
            if p.family == "consult":
                # "A dissident who took part in an opposition conference in Turkey last week said ... to be rid of
                # Assad": the meeting's counterpart is in its own phrase, not in what a saying after it reports
                said = next((q.trigger.start for q in reading.predicates if q.reporting
                             and q.trigger.start >= p.trigger.end), None)
                after = [a for a in after if said is None or a.start < said]
            counterparts = _objects(p, after, low, agents, allow_location=_place_target(p))
            return agents, counterparts
        main = reading.main
        if main is not None and main.type in _DISAPPROVING and p.family in FORCE_FAMILIES and main.form == "verb" \
                and main.trigger.end <= p.trigger.start and not main.passive and not main.reporting:
            # an attack a speaker condemns is not the speaker's: "The Russian Foreign Ministry strongly condemned the
            # terrorist attack in Kabul on Thursday" (no agent named: events_gold.md rule 2)
            return [], _objects(p, after, low, [], allow_location=True)
        if p.type == "protest" and _OTHER_TIME_PHRASE.search(low, max(reading.start, p.trigger.start - 40), p.trigger.start):
            # "On Thursday, ahead of mass protests that broke out again on Friday, Assad ended ...", "After protests on
            # Friday, Assad lifted ...": the crowd of a phrase of another time is not the main clause's subject (no
            # agent named: events_gold.md rule 2)
            close = PHRASE_CLOSE.search(low, p.trigger.end)  # (nor is a party of the main clause its target)
            return [], _objects(p, [a for a in after if close is None or a.start < close.start()], low, [],
                                allow_location=True)
        if p.type == "protest" and p.trigger.text.split()[0] in CROWDS and _CLAUSE_OPENS.search(low, floor, p.trigger.start):
            # "Assad is facing the deepest crisis of his 11 years in power and protesters were gathering again on
            # Saturday in Deraa": the crowd noun that opens its own clause is the protest and its unnamed agent, not a
            # noun of the main clause's act (rule 2)
            return [], _objects(p, after, low, [], allow_location=_place_target(p))
        if main is not None and _reaction_to(p, main, low, floor):
            # the subject of a passive of a reaction undergoes it, and its "by" agent is not the noun's: "The attack on
            # Friday was condemned by the U.N. Security Council" (no agent named: events_gold.md rule 2); but "The talks
            # on Monday were attended by Lavrov and Cavusoglu" are theirs
            return [], _objects(p, [a for a in after if a.end <= main.start], low, [], allow_location=_place_target(p))
        if main is not None and main.trigger is not p.trigger and not main.reporting and main.form == "verb" \
                and _controller(main, actors, low, floor) is None:  # (not the agent of an infinitive another brings
            # about: "response to protests on Friday ..., prompting Saleh to ... declare a state of emergency")
            return roles(main, reading, actors, low, first_seen, owners)
    if p.passive or p.trigger.text.startswith("received") or (p.type == "aid" and p.trigger.text.startswith("receiv")):
        # ("Jordan receives $400 million from Saudi Arabia", "will receive": the giver is after "from" in any tense)
        marker = "by" if p.passive else "from"
        if p.type == "aid" and not p.passive:  # "had received up to $6 million in U.S. funds": the giver owns the money
            marker = rf"(?:from|in(?=\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s+(?:{MONEY_NOUNS})\b))"
        if p.passive and p.type == "accuse" and p.trigger.text.split()[0] in DRAWING:
            marker = "from"  # "have drawn increasing condemnation from the West, Turkey and ... Jordan"
        if p.passive and p.type == "sanction" and p.trigger.text.startswith("summoned"):
            marker = "to(?:\\s+the)?"  # "was summoned to the Latvian Foreign Ministry": the ministry summoned him
        if p.passive and p.trigger.text.endswith(" entry"):
            marker = "(?:to|into)(?:\\s+the)?"  # "she has been denied entry into Syria": the state entered denies it
        m = re.compile(rf"\s+{marker}\s+").search(low, p.end, min(ceiling, p.end + 60))
        agent_after = [a for a in after if m and a.start == m.end()]
        if not agent_after and m and marker != "by" and p.trigger.text.endswith(" entry") \
                and low.startswith("country", m.end()):
            # "fled Syria, but were denied entry to the country": the state named last before it
            agent_after = [a for a in before if a.kind == "country" and not a.placed][-1:]
        if not agent_after and m and marker == "from":
            # "drawn increasing condemnation from the West, Turkey and ... Saudi Arabia": the first named in the list
            agent_after = [a for a in after if m.end() < a.start <= m.end() + 40
                           and re.fullmatch(r"[\w\s,-]*", low[m.end():a.start])][:1]
        if not agent_after and p.passive:
            # "the", after an adjunct of time or place: "was condemned on Tuesday by the Organization of Islamic
            # Cooperation" (not "met with a swift and firm response by the UN Security Council", "was discussed,
            # including the possible use of chemical weapons by the Assad government")
            at = p.end
            if p.rule == "light verb" and p.trigger.form in ("N", "X"):
                group = _NOUN_PASSIVE_GROUP.match(low, p.end)  # "New sanctions were imposed by the European Union"
                at = group.end() if group else at
            m = _ADJUNCT_BY_THE.match(low, at, min(ceiling, at + 60))
            agent_after = [a for a in after if m and right_after(a, m.end(), low)]
        if not agent_after and p.passive:  # "have been declared persona non grata by the Slovak authorities", right
            m = _BY_THE.match(low, p.end)  # after the verb (not "met with a ... response by the UN Security Council")
            agent_after = [a for a in after if m and right_after(a, m.end(), low)]
        if not agent_after and p.passive and p.family in FORCE_FAMILIES:
            # "were killed - one during an army raid": the force of the act the noun names (killed_in)
            agent_after = [a for a in [passive_force_agent(p.end, after, low, ceiling)] if a is not None]
        subject = ordered(subject_group(before, low, p.start, floor), first_seen)
        if agent_after:
            if p.passive and not subject:
                # "The draft resolution was vetoed by Russia and China": as "Russia and China vetoed it", the second
                # of the agents is the counterpart when the subject names none; an actor inside the subject is
                # ("Israel's actions were condemned by Turkey, Iran and Qatar", "The Israeli strike on Gaza")
                group = _by_group(agent_after[0], after, low)
                if p.rule == "light verb" and p.trigger.form in ("N", "X"):
                    # "Fresh sanctions were imposed on Iran by the United States": whom the noun's act is done to
                    target = [a for a in after if p.end <= a.start and a.end <= low.rfind(" by ", 0, m.end())
                              and a.key != group[0].key]
                    if target:
                        return group[:1], target[:1] + group[1:]
                inside = _in_subject(before, low, p, floor)
                if inside is not None and inside.key not in {g.key for g in group}:
                    return group[:1], [inside] + group[1:]
                return group[:1], group[1:]
            return [agent_after[0]], subject[:1] + subject[1:]
        if p.type == "aid" and p.trigger.text.startswith("receiv"):
            return [], subject  # "Jordan received $400 million last month": the receiver gives nothing; no giver named
        if p.passive:
            if p.type == "mobilize" and subject and _armed_modifier(subject[0], low):
                return subject[:1], subject[1:]  # "Nato warplanes ... were despatched": the force's owner sent them
            return [], subject
    if p.rule == "light verb":
        m = NOUN_BY.match(low, p.trigger.end)
        by = next((a for a in after if m and right_after(a, m.end(), low) and not a.placed), None)
        if by is not None:
            subject = ordered(subject_group(before, low, _subject_position(p, reading, low, actors), floor), first_seen)
            return [by], [a for a in subject if a.key != by.key]
    if p.form == "verb":
        opposing = opposing_subject(p, actors, low, floor)
        if opposing:
            # "Resistance from Russia and China has so far obstructed U.S. and European efforts": theirs
            # (whose efforts the trigger itself names, "obstructed U.S. and European efforts for a United Nations
            # resolution", rather than the phrase after, which describes them)
            keys = {a.key for a in opposing}
            inside = [a for a in actors if p.trigger.start < a.start < p.end and a.key not in keys and not a.placed]
            # (the target first: the counterpart, the second opposer after it as one of the cast)
            return opposing[:1], (inside[:1] or _objects(
                p, [a for a in after if a.key not in keys], low, opposing, allow_location=_place_target(p))) \
                + opposing[1:]
        force = force_noun_subject(p, reading.predicates, actors, low)
        if force is not None:
            # "the crackdown by Syrian forces has killed 2,000", "Assad's crackdown has killed 3,000 people": the
            # owner of the force noun that is the clause's subject does the clause's act (events_gold.md rule 11)
            return [force], _objects(p, [a for a in after if a.key != force.key], low, [force],
                                     allow_location=_place_target(p))
        intent = _intent_owner(p, actors, low, floor) or _controller(p, actors, low, floor)
        if intent is not None:
            return [intent], _objects(p, after, low, [intent], allow_location=_place_target(p))
    if p.rule == SUPPORTERS_RALLY:
        # "thousands of supporters of Mr Assad attended a rally", "Assad's supporters rallying", "a pro-Assad
        # demonstration": an unnamed crowd (actor1 null, events_gold.md rule 2) backing the one its phrase names
        begin = supporters_start(low, p.trigger.start, floor, {a.end for a in actors})
        backed = [a for a in actors if begin is not None and begin - 30 <= a.start < p.trigger.start and not a.placed]
        return [], backed[-1:]
    position = _subject_position(p, reading, low, actors)
    if p.type == "protest" and p.form == "verb" and not p.passive and (crowd_headed(low, p, floor, before)
                                                                        or absolute_crowd(low, p, floor)):
        # "Assad lifted the emergency law on Thursday, but protesters marched again in Homs": a crowd the text does
        # not name heads the protest's clause, not the actor of the clause before the "but" (the gold sets code
        # unnamed crowds with actor1 null: events_gold.md rule 2)
        return [], _objects(p, after, low, [], allow_location=_place_target(p))
    owned = pronoun_force_owner(p, before, low, floor)  # ("with Assad as his tanks poured into Deraa": his state)
    subject = [owned] if owned is not None else ordered(subject_group(before, low, position, floor), first_seen)
    if subject and told_they(p, reading, low, actors):
        subject = []  # "Gulf Arab states said they were expelling Syria's ambassadors ... over what they described as
        # the 'mass slaughter' of civilians": "they" is the unnamed group (unnamed_sayers), not an actor before it
    if not subject:
        subject = _speaker_pronoun(p, reading, actors, low, first_seen, position)
    if p.type == "statement" and p.trigger.form == "R" and p.form == "verb" \
            and p.trigger.text.split()[0] in CUES["participle_saying"]:
        after = []  # ", saying the council should not give up on Syria": the participle of saying takes a clause, no
        # addressee; what it reports is its topic, no counterpart
    counterparts = _objects(p, after, low, subject, allow_location=_place_target(p))
    if p.type == "protest" and not counterparts:
        # "At least eight people were killed in anti-Assad protests", "staged an anti-Assad demonstration ... and
        # chanted": the name an "anti-"/"pro-" modifier holds is whom the protest is against or for, not its subject
        known = {a.key for a in subject}
        counterparts = [a for a in actors if floor <= a.start < ceiling and a.key not in known
                        and MODIFIER_PREFIX.search(low, max(floor, a.start - 5), a.start)][:1]
    attack = _condemned_attack(p, reading, actors, low)
    if attack is not None:
        # "condemned the attack on Kyiv", "condemned the attack on the embassy in Kabul": whom an attack hit is not
        # accused; its attacker is, when named ("condemned the Israeli attack on Gaza", "Russia's strike on Kyiv")
        owner = _owner(attack, actors, low)
        if owner is not None and owner.key not in {a.key for a in subject}:
            counterparts = [owner]
        elif counterparts and (target := _ATTACK_TARGET.match(low, attack.trigger.end)) is not None \
                and counterparts[0].start < target.end():
            counterparts = []  # (but "condemns attacks ... the Syrian government": one named past the noun's phrase)
    if len(subject) > 1 and (p.family == "cooperate" or p.trigger.form == "J") and counterparts \
            and not _WITH.search(low, p.end, counterparts[0].start):
        counterparts = []  # "The United States and the EU are working jointly towards ... a further Russian invasion
        # of Ukraine": a joint act's partners are its subjects, and another only "with" it (so too a body they set up
        # together: "will establish a joint Task Force to address the immediate energy security needs of the EU")
    if p.type == "aid" and counterparts and (war := _AGGRESSOR.match(low, counterparts[0].end)) is not None:
        # "to provide more than $1 billion ... for those affected by Russia's war in Ukraine": the owner of the war is
        # no receiver of the aid; the place it is waged in is, when named right after it
        victim = next((a for a in actors if a.start == war.end() and war.group(1)), None)
        counterparts = [victim] if victim is not None else counterparts[1:]
    if not counterparts and len(subject) > 1:
        return subject[:1], subject[1:]
    return subject[:1] + [a for a in subject[1:]], counterparts


# an actor owning a war or an aggression ("Russia's war in Ukraine", "Russia's brutal invasion of"), and the word that
# names where it is waged, if one does; the noun a whole word (not "Ukraine's wartime economy", "Syria's war-torn
# provinces", "warring", "warplanes": the receiver's own)
_AGGRESSOR = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:war|invasion|aggression|assault|offensive)(?![\w-])"
                        r"(?:\s+(in|on|of|against)\s+)?")
_MOVERS = frozenset(CUES["mover"])
_WORD_AFTER = re.compile(r"(?:['’]s)?\s+([a-z]+)")


def _armed_modifier(a: ActorMention, low: str) -> bool:
    """Does the actor name the armed force it modifies ("Nato warplanes", "Syria's tanks"), or is it that force
    ("Syrian forces had been redeployed from the border", "Syrian troops have been deployed")?"""
    m = _WORD_AFTER.match(low, a.end)
    return m is not None and m.group(1) in _MOVERS or _ARMED_END.search(low, a.start, a.end) is not None


# what may stand before the subject noun of a passive in its clause: no comma, no opening adjunct ("After the attack
# on Friday three men were arrested by police")
_SUBJECT_LEAD = re.compile(greedy_run(r",;:()\"“”"))
_ADJUNCT_LEAD = re.compile(r"\b(?:%s)\b" % "|".join(CUES["adjunct_lead"]))


def _by_group(first: ActorMention, after: list[ActorMention], low: str, *,
              allow_placed: bool = False) -> list[ActorMention]:
    """The actors coordinated with ``first``, the agent after "by" ("by Russia and China", "by Turkey, Iran and
    Qatar"), ``first`` first; not across "with" ("signed by Lavrov with ..."), nor across a place unless
    ``allow_placed`` (after "from", where a party reads as a place of origin: "resistance from Russia and China")."""
    group, last = [first], first
    for b in sorted((b for b in after if b.start >= first.end), key=lambda b: b.start):
        if b.start < last.end:
            continue
        gap = low[last.end:b.start]
        if not COORDINATION.match(gap) or "with" in gap or b.placed and not allow_placed:
            break
        if b.key not in {g.key for g in group}:
            group.append(b)
        last = b
    return group


def _in_subject(before: list[ActorMention], low: str, p: Predicate, floor: int) -> ActorMention | None:
    """The first actor, not a place, inside the subject of the passive ``p`` whose subject is no actor ("Israel's
    actions", "The Israeli strike on Gaza"): the subject from the clause start, with no comma, no adjunct lead."""
    if not _SUBJECT_LEAD.fullmatch(low, floor, p.start):
        return None
    inside = [a for a in before if floor <= a.start and a.end <= p.start and not a.placed]
    if not inside or _ADJUNCT_LEAD.search(low, floor, inside[0].start):
        return None
    return inside[0]


def _reaction_to(p: Predicate, main: Predicate, low: str, floor: int) -> bool:
    """Is ``main`` a passive of a reaction (``_DISAPPROVING``) whose subject holds the event noun ``p``?"""
    return main.passive and main.form == "verb" and main.trigger is not p.trigger and main.type in _DISAPPROVING \
        and main.trigger.text.split()[0] not in _CLAIMS and _subject_of_passive(p, main, low, floor)


def _subject_of_passive(p: Predicate, main: Predicate, low: str, floor: int) -> bool:
    """Is the event noun ``p`` in the subject of the passive verb ``main`` after it ("The bombing of a market in
    Aleppo on Tuesday was condemned by France"): before its verb group in one stretch with no comma, and no opening
    adjunct before the noun?"""
    if p.trigger.end > main.start or not _SUBJECT_LEAD.fullmatch(low, floor, main.start):
        return False
    return _ADJUNCT_LEAD.search(low, floor, p.trigger.start) is None


_CLAIMS = frozenset(CUES["agency_claim"])
# a preposition of another time and the words of its noun phrase before an act noun ("ahead of mass protests", "after
# weeks of protests", "despite the protests"): ``opening_own_time``
# a killing the noun phrase dates by a year of its own, before it or before its "of": "strained by the 2005 assassination
# of Rafik al-Hariri", "tense since the assassination in 2005 of Rafik Hariri": a past act the main clause's subject is
# not said to have done (no agent named: events_gold.md rule 2; events_gold_check t17-reuters-9#6, fresh15 28#21,
# fresh17 287#13)
_YEAR_BEFORE = re.compile(r"(?<![\w'’])(?:the|a|an)\s+(?:1[89]|20)\d\d\s+(?:[a-z-]+\s+)?$")
_DATED_OF = re.compile(r"\s+in\s+(?:%s\s+)?(?:1[89]|20)\d\d\s+of\s" % alternation(MONTHS))
_OTHER_TIME_PHRASE = re.compile(r"(?<![\w'])(?:%s)\s+(?:[\w-]+\s+){0,3}$" % phrase_alternation(CUES["opening_own_time"]))
_DISAPPROVING = frozenset({"accuse", "statement", "support", "demand", "reject"})
# what may stand between a verb of condemning and the attack noun it takes as object: a determiner, adjectives, a
# demonym or possessive owner ("condemned the deadly Russian missile strike", "denounced Israel's attack")
# the place or people an attack noun hits: "the attack on the embassy in Kabul", "strikes against civilians in Idlib"
# a relative clause on the place of an act of force: ", which had seen protests", ", where ..."
_PLACE_ASIDE = re.compile(r"\s(?:in|at|into|near|on)\s+(?:the\s+)?" + run_class(r",;:()\"“”") +
                          r"{1,60}?(?P<comma>,)\s+(?:which|where)\s")
_ATTACK_TARGET = re.compile(r"(?:\s+(?:on|in|against|at|targeting|near|inside)\s+" + run_class(r",;:.()\"“”") +
                            r"{1,60}?)+(?=[,;:.()\"“”]|\s+(?:on\s+[A-Z]?[a-z]+day|and|but|that|which|as|after|while)\b|$)")
_ATTACK_LEAD = re.compile(r"\s+(?:(?:strongly|firmly|also|again)\s+)?(?:[\w'’-]+\s+){0,4}")


def _condemned_attack(p: Predicate, reading: SentenceReading, actors: list[ActorMention], low: str) -> Predicate | None:
    """The attack noun an accusation verb takes as its object ("condemned the attack on Kyiv", "denounced the Israeli
    strike on Gaza"), or None."""
    if p.type != "accuse" or p.form != "verb" or p.passive:
        return None
    for q in reading.predicates:
        if q.form != "noun" or q.type != "military" and q.rule != "civil target" or q.trigger.start <= p.end \
                or q.trigger.start - p.end > 50:
            # (an attack, not an assault: "condemn the crackdown on the civilian population in Syria" accuses Syria;
            # but an attack noun that is an assault by its civil target is still an attack: "condemned the attack on
            # its embassy in Kabul" accuses no one of the place)
            continue
        gap = _ATTACK_LEAD.fullmatch(low, p.end, q.trigger.start)
        if gap is None or any(w in ("of", "on", "in", "and", "for", "over", "to", "that", "as") for w in low[p.end:q.trigger.start].split()):
            return None
        inside = [a for a in actors if p.end <= a.start and a.end <= q.trigger.start]
        owner = _owner(q, actors, low)
        if any(owner is None or a.key != owner.key for a in inside):
            return None  # "condemned Russia and the attack": an actor object of its own
        return q
    return None


# "heavy shelling by Syrian forces", "weeks of shelling from government forces": an "-ing" act of force read as a noun,
# its agent right after "by" (any actor) or "from" (armed forces only: not "shelling from the hills")
_GERUND_BY = re.compile(r"\s+(?P<by>by|from)\s+")
_ARMED_END = re.compile(r"(?:%s)$" % phrase_alternation(CUES["armed_force"]))
_ARMED_NEXT = re.compile(r"\s+(?:%s)\b" % phrase_alternation(CUES["armed_force"]))  # "Syrian| troops"


def gerund_agent(p: Predicate, after: list[ActorMention], low: str) -> ActorMention | None:
    """The agent of an act of force named by a single "-ing" word that the predicate reader took for a participle
    ("There was heavy shelling by Syrian forces", "after weeks of shelling from government forces"): the actor right
    after "by", or an actor of armed forces right after "from"; None otherwise."""
    if p.form != "verb" or p.rule != "participle" or p.family not in FORCE_FAMILIES \
            or " " in p.trigger.text or not p.trigger.text.lower().endswith("ing"):
        return None
    m = _GERUND_BY.match(low, p.trigger.end)
    a = next((a for a in after if m is not None and a.start == m.end()), None)
    if a is None:
        return None
    armed = "forces" in a.flags or _ARMED_END.search(low, a.start, a.end) or _ARMED_NEXT.match(low, a.end)
    # (armed forces after "from" are read as a place: "from Syrian troops" is whence the fire came, the troops its agent)
    return a if armed or m.group("by") == "by" and not a.placed else None
_BY_THE = re.compile(r"\s+by\s+the\s+")
_CONCESSIVE = re.compile(r"\s(?:despite|in\s+spite\s+of|notwithstanding)\s")  # an adjunct conceded after the act
_RESISTANCE_FROM = re.compile(r"\b(?:resistance|opposition)\s+from$")
_BY_AFTER = re.compile(r"\s+by\s+")
_NOUN_PASSIVE_GROUP = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
                                 r"(?:(?:%s|[a-z]+ly)\s+)*[a-z]+(?:\s+out)?(?=\s)" % "|".join(sorted(ADVERBS)))
_ADJUNCT_BY_THE = re.compile(r"(?:\s+(?:%s)\b(?:\s+(?!(?:a|an|with|of|and|including)\b)[\w.'’-]+){1,5}?)?\s+by\s+the\s+"
                             % "|".join(CUES["passive_adjunct_lead"]))
_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?")
# a fight noun's passive of its reporting before its "between" ("clashes were reported between armed rebels and
# government forces in the towns of ...": the two sides, as "clashes between ... were reported"; fights_between too)
REPORTED_BETWEEN = r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:reported|seen|heard)"
# "clashes (erupted) between", "fighting broke out between": the two sides of a fight
_ERUPTED_BETWEEN = re.compile(r"\s+(?:(?:have\s+|had\s+)?(?:erupted|broke\s+out|broken\s+out|flared(?:\s+up)?|raged|"
                              r"resumed|continued|took\s+place)\s+|%s\s+)?(?:(?:on|late\s+on|early\s+on)\s+[a-z]+day\s+)?"
                              r"between\s+(?:the\s+)?" % REPORTED_BETWEEN)
_PAIR_AND = re.compile(r"\s+and\s+(?:the\s+|his\s+|her\s+|its\s+)?")
_MEETINGS = frozenset({"meeting", "summit", "talks"})
_REACTIONS = _MEETINGS | {"accuse", "sanction", "reject", "statement", "threaten", "demand"}
_BETWEEN_FAMILIES = frozenset({"consult", "agree", "cooperate"})


def _between(p: Predicate, after: list[ActorMention], low: str) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """The two sides of a meeting or an agreement named "between" them, right after its noun ("the talks between
    Lavrov and Mirzoyan will take place in Moscow", "an agreement between Russia and Iran was signed"): the first is
    the agent, the second the counterpart. None when the noun is not so followed."""
    fight = p.type == "military"
    if p.family not in _BETWEEN_FAMILIES and not fight or p.trigger.form not in ("N", "X") and p.form != "noun":
        return None
    m = (_ERUPTED_BETWEEN if fight else _BETWEEN).match(low, p.trigger.end)
    first = next((a for a in after if m is not None and _opens(a, m, low) and not a.placed), None)
    if first is None:
        return None
    k = _PAIR_AND.match(low, first.end)
    second = next((a for a in after if k is not None and _opens(a, k, low) and not a.placed), None)
    if second is None and fight and k is not None:
        return [first], []  # "clashes erupted between Syrian troops and rebels": the side named, with no one named
    if second is None or second.key == first.key:
        return None
    return [first], [second]


def _opens(a: ActorMention, m: re.Match, low: str) -> bool:
    """Does the actor ``a`` stand right after the match ``m`` of a "between" or an "and", its "the" included (the
    army's mention holds its article: "fighting between the army and rebels", "clashes between rebels and the army")?"""
    return a.start == m.end() or a.start < m.end() and low[a.start:m.end()] == "the "


# "said it had agreed", "told ... it would", "said they would tighten": a body pronoun heading the reported clause
_BODY_SUBJECT = re.compile(rf"(?:^|[\s,;(])(?P<pronoun>it|they)(?:\s+(?:{VERB_GROUP}|[a-z]+ly))*\s+$")
# (or the saying's time, clock and all, which may stand after "that": "said that at 10:30 on Wednesday it would")
_CLAUSE_LEAD = re.compile(r"\s*(?:that\s+)?(?:(?:on|in|at|last|this|next)\s+[\w\s,]{1,25}?|%s)?,?\s*$" % SAID_TIME)


def _speaker_pronoun(p: Predicate, reading: SentenceReading, actors: list[ActorMention], low: str,
                     first_seen: dict[str, int], pos: int) -> list[ActorMention]:
    """The speaker a pronoun heading a reported clause stands for: "Syria said on May 11 it had agreed to swap
    candidacies" (Syria agreed), "Syria told a closed meeting of Asian U.N. members it had agreed", "France and
    Britain said they would push for a vote". "it" of a country, an organisation or a group; "they" of those or of
    several people; only when the pronoun opens the clause ("said the plan failed and it would": the plan)."""
    frame, content = reading.frame, reading.content
    if frame is None or content is None or p is frame or not content[0] <= p.trigger.start < content[1]:
        return []
    if p.rule == "victim object" or len(low[p.start:p.trigger.start].split()) > 2:
        return []  # "they have faced attacks since the protests erupted": the pronoun's own verb is no act of theirs
    m = _BODY_SUBJECT.search(low, max(content[0], pos - 60), pos)
    if m is None or not _CLAUSE_LEAD.fullmatch(low, content[0], m.start("pronoun")):
        return []
    if any(content[0] <= a.start < m.start("pronoun") for a in actors):
        return []
    group = speakers(frame, actors, low, first_seen, reading.start)
    if not group:
        return []
    if m.group("pronoun") == "it":
        return group[:1] if len(group) == 1 and group[0].kind != "person" else []
    return group if len(group) > 1 or group[0].kind != "person" else []


# "... and called on", "... and is to visit", "... and will travel": a verb coordinated with the one before it ("... and
# will continue imposing economic costs on Russia": "continue" after a modal is of its verb group, ``clauses``)
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?P<quote>[\"“])?(?:and|but)\s+(?:(?:also|then|later|further|is|are|was|were|will|would|"
                         r"has|have|had|expected|due|set|plans|planned|going|to|(?<=(?:will|ould)\s)continue)\s+){0,4}$")
_WORD = re.compile(r"[a-z][a-z'’-]*")
_BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had"})
# "we intend to cooperate", "the two sides decided to expand cooperation": the plan's subject is the subject of the
# act after "to" (a plural subject that names no one as "we")
_WE_PLAN = "|".join(r"\s+".join(w.split()) + r"\s+to" for w in CUES["we_plan_to"])
_HEADS = "|".join(w for w in CUES["plural_anaphor"] if w not in ("two", "both", "they"))
# what a plural subject's countries are named with ("our countries and companies are working in lockstep"): the countries act
_COMPANIONS = "|".join(r"\s+".join(w.split()) for w in CUES["plural_companion"])
_PLURAL_SUBJECT = re.compile(
    rf"(?:^|[\s,;(“\"])(?:(?P<they>they)|(?:all\s+the|all|the|our|both|both\s+the)\s+(?:{_HEADS})(?:\s+and\s+(?:our\s+|their\s+)?(?:{_COMPANIONS}))?"
    rf"|(?:the\s+|our\s+)(?:two|three|four)\s+(?:[\w-]+\s+){{0,2}}?(?:{_HEADS})"  # "the three North American governments"
    r"|the\s+(?:bilateral|trilateral|joint)\s+(?:committee|commission)"  # "The trilateral committee pledged": its members
    # "The Technology Standards working group is tasked to develop approaches": a joint statement's body (senses._TASKED_BODY)
    r"|" + TASKED_BODY + r"(?:\s+seek\s+to)?"  # (senses' allows "also", "further", "jointly" after "to"; this not)
    r"|(?:the\s+)?(?:two|both))"
    r"(?:\s+(?:also|jointly|both|all|further|again|then|each|have|had|has|will|would|did|(?:will|would)\s+continue\s+to|closely|"
    r"are|were|been|long|soon|already|continue|" + _WE_PLAN + r"))*\s+$")  # "our two countries have long been partnering on"
# ("decided to continue strengthening real-time information sharing": a gerund kept on keeps the subject)
# ("They would continue to closely coordinate": "will/would continue to" and "closely" keep the subject; a bare
# "that they continue to support Ukraine" in remarks is often another "they")


# ("remain": "We remain committed to making life better for people on both sides of our shared border", as "we are")
_WE_WORDS = (r"also|jointly|all|together|further|again|then|have|had|will|would|are|were|been|remain|do|did|can|must|should|"
             r"continue\s+to|continuing|continue|now|soon|long|already|[a-z]{3,}ly|" + _WE_PLAN)
_WE = re.compile(r"(?:^|[\s,;(“\"])we(?:['’](?:re|ve|ll|d))?(?:\s+(?:" + _WE_WORDS + r"))*\s+$")  # "We will soon announce",
# "we are closely cooperating with Germany"
# a transcript speaker's "we" also through what the side manages or is at work on: "we've been able to work together as
# good friends", "we were able to get them the weapons", "we're also working to hold Russia accountable" (the act after
# "to" is the speaker's side's; in a joint statement "we are collectively working to" is the authors' joint effort,
# ``joint_plans``, so written copy keeps ``_WE``)
_WE_SPOKEN = re.compile(r"(?:^|[\s,;(“\"])we(?:['’](?:re|ve|ll|d))?(?:\s+(?:" + _WE_WORDS + r"|able\s+to|working\s+to))*\s+$")
_WE_CLAUSE = re.compile(r"(?:^|[\s,(“\"])we(?:['’](?:re|ve|ll|d))?\s" + greedy_run(r";:.") + r"$")
_WE_APPOSITION = re.compile(r"(?:^|[\s,;(“\"])we\s*[—–]\s*(?P<list>[^—–]{3,400}?)\s*[—–]\s*$")


def we_subject(p: Predicate, reading: SentenceReading, low: str, spoken: bool = False) -> tuple[int, int] | None:
    """Is the subject of ``p`` "we"? The span of the people it lists ("we — President Macron of France, ...,
    and President Biden of the United States — express ..."), else an empty span; None when it is not. ``spoken``: a
    remarks transcript's speaker (``_WE_SPOKEN``)."""
    pos = _subject_position(p, reading, low)
    lo = max(0, reading.start - 1, pos - 420)
    m = _WE_APPOSITION.search(low, lo, pos)
    if m is not None:
        return m.span("list")
    m = (_WE_SPOKEN if spoken else _WE).search(low, max(lo, pos - 60), pos)
    if m is None and p.form == "noun" and not p.owned:  # "we are looking forward to co-hosting the Summit"
        m = _WE_CLAUSE.search(low, lo, pos)
    return (m.end(), m.end()) if m is not None else None


# "I met ...", "I have spoken to ...": a first-person singular subject (of a quotation's verb)
_I = re.compile(r"(?:^|[\s,;(“\"])i(?:['’](?:ve|ll|d|m))?(?:\s+(?:also|just|personally|then|again|already|have|had|"
                r"will|would|did|was))*\s+$")


def first_person(p: Predicate, reading: SentenceReading, low: str) -> str | None:
    """"i" or "we" when that is the subject of ``p`` ("I spoke to President Obama last night", "We gave our warnings
    to Israel"), else None."""
    pos = _subject_position(p, reading, low)
    lo = max(0, reading.start - 1, pos - 60)
    if _I.search(low, lo, pos):
        return "i"
    return "we" if _WE.search(low, lo, pos) else None


_COUNTRY_HEADS = re.compile(r"\b(?:%s)\b" % "|".join(CUES["country_head"]))  # event_cues.tsv


def plural_head(p: Predicate, reading: SentenceReading, low: str, actors: list[ActorMention]) -> str | None:
    """The words of a plural subject that names no one ("the two countries", "they"), or None; not a "they" that
    heads what an unnamed plural subject says ("Gulf states say they are expelling": that group, no one's
    meeting; ``unnamed_sayers``)."""
    m = _plural_match(p, reading, low)
    return m.group(0) if m is not None and not _told_they(m, reading, low, actors) else None


def told_they(p: Predicate, reading: SentenceReading, low: str, actors: list[ActorMention]) -> bool:
    """Is the subject of ``p`` a "they" that heads what an unnamed plural subject says ("Gulf states say they are
    expelling Syria's ambassadors": the group, which the text does not name)?"""
    m = _plural_match(p, reading, low)
    return m is not None and _told_they(m, reading, low, actors)


def _plural_match(p: Predicate, reading: SentenceReading, low: str) -> re.Match | None:
    pos = _subject_position(p, reading, low)
    return _PLURAL_SUBJECT.search(low, max(0, reading.start - 1, pos - 60), pos)  # ("the three North American governments will")


def _told_they(m: re.Match, reading: SentenceReading, low: str, actors: list[ActorMention]) -> bool:
    at = m.start("they")  # -1 when the subject is not "they"
    if at < 0:
        return False
    return told_by_unnamed(low, at, reading.start, actors) or same_they(low, at, reading.start, actors)


def of_countries(head: str | None) -> bool:
    """Does a plural subject speak of countries, not of people ("The two countries will collaborate", "our
    two nations")? Then it stands for the countries of the leaders who met or signed, not for the leaders."""
    return head is not None and _COUNTRY_HEADS.search(head) is not None


_CLAUSE_VERBS: list = [None, [], [], False]  # the predicates last asked about, their clause verbs, the verbs' ends, in order?


def _last_clause_verb(reading: SentenceReading, pos: int) -> Predicate | None:
    """The last of the sentence's verbs that head a clause (a verb or a saying, not embedded) to end by ``pos``, in the
    order of the sentence's predicates. Those verbs are found once per sentence and, when their ends rise in that
    order (as they do in text order), bisected (each subject asked for them again: the unnamed-force test of a date
    asks for the parties of every force noun of the sentence, and a run-on sentence of dated clauses was cubic)."""
    preds = reading.predicates
    if _CLAUSE_VERBS[0] is not preds:
        verbs = [q for q in preds if q.form in ("verb", "report") and not q.embedded]
        ends = [q.end for q in verbs]
        _CLAUSE_VERBS[:] = [preds, verbs, ends, all(a <= b for a, b in zip(ends, ends[1:]))]
    _, verbs, ends, rising = _CLAUSE_VERBS
    if rising:
        i = bisect.bisect_right(ends, pos)
        return verbs[i - 1] if i else None
    before = [q for q in verbs if q.end <= pos]
    return before[-1] if before else None


def _subject_position(p: Predicate, reading: SentenceReading, low: str,
                      actors: list[ActorMention] | None = None) -> int:
    """Where to look back for the subject: before the first verb of a coordination ("The President
    voiced our concerns ... and called on Russia": the President called on Russia); when that verb is no
    predicate of ours ("President Biden highlighted U.S. support for Brazil's Amazon Fund and pledged"),
    just after the person in subject position before it."""
    coordinated = _AND_BEFORE.search(low, max(reading.start, p.start - 40), p.start)
    if not coordinated:
        last = _last_clause_verb(reading, p.start)
        if last is not None and series_member(p, last, reading.predicates, low):
            # "The EU froze the assets of 18 officials, banned the export of arms ...": the series' subject
            return next(q.start for q in reading.predicates if q.form in ("verb", "report") and not q.embedded)
        return p.start
    # a quotation that opens at "and" goes on with what the saying reports, not with the saying ('said that Saudi
    # Arabia ... first brought Libya to the Arab League in March "and pushed the Arab League to ...')
    content = reading.content
    floor = content[0] if coordinated.group("quote") and content is not None \
        and content[0] <= p.trigger.start < content[1] else reading.start
    earlier = [q for q in reading.predicates if q.form in ("verb", "report") and not q.embedded
               and floor <= q.start < p.start and q is not p]
    if earlier:
        return earlier[0].start
    subjects = [a.end for a in actors or () if "subject" in a.flags and floor <= a.start and a.end <= p.start]
    if subjects:
        return max(subjects)
    # the first conjunct's verb, which the lexicon does not know: the first verb in the past (or a form of "be" or "have")
    # after an actor of the clause, not inside a name ("Saudi Arabia and its partners in the Gulf first brought Libya to
    # the Arab League in March "and pushed the Arab League to take a decision": Saudi Arabia pushed, not Libya)
    spans = [(a.start, a.end) for a in actors or () if floor <= a.start and a.end <= p.start]
    for m in _WORD.finditer(low, min((s for s, _ in spans), default=p.start), p.start):
        if (m.group() in _BE_HAVE or PAST_VERB.fullmatch(m.group())) and not any(s <= m.start() < e for s, e in spans):
            return m.start()
    # a first conjunct the lexicon does not know under a modal: the verb after the modal ("We will share best practices
    # and coordinate capacity building efforts", "we will continue to reinforce ... and to work together": we coordinate)
    hard = max((m.end() for m in CLAUSE_STOP.finditer(low, floor, coordinated.start())), default=floor)
    m = _MODAL_VERB.search(low, hard, coordinated.start())
    if m is not None and not any(s <= m.end() < e for s, e in spans) \
            and SUBORDINATORS.isdisjoint(_WORD.findall(low, m.end(), coordinated.start())):
        return m.end()  # (not across a clause of its own: "could destabilize a region in which Assad enjoys strong
        # support from Iran and backs militant groups": Assad backs them)
    return p.start


# a modal and the verb it governs: "will share", "will continue to reinforce", "should also aim"
# (or a plan verb's "to": "decided to expand and strengthen bilateral cooperation": they strengthen it)
_MODAL_VERB = re.compile(r"(?<![\w-])(?:will|shall|would|must|should|can|could|" + _WE_PLAN + r")\s+(?:(?:also|jointly|further|together|[a-z]{3,}ly)\s+)*"
                         r"(?=[a-z])(?!not\b|be\b)")


# the topic of a conversation: the object of "discuss" or "talk about", or a phrase of "about", "on", "over" right
# after the verb (not "on Wednesday", "over the weekend"); it runs to the "with" that names the other party a few words
# on, else to the end of its clause
_TOPIC_VERB = re.compile(r"(?:^|\s)(?:%s)$" % phrase_alternation(CUES["topic_verb"]))
_TOPIC_LEAD = re.compile(r"\s+(?:%s)\s+(?!(?:the\s+)?(?:%s|%s|\d|weekend|phone|telephone)\b)"
                         % (phrase_alternation(CUES["topic_lead"]), alternation(MONTHS), alternation(WEEKDAYS)))
_TOPIC_WITH = re.compile(r"\s*(?:[\w.'’-]+\s+){0,8}?(?:with|alongside)\s")
_TOPIC_END = re.compile(break_class(r",;:()\"“”") + r"|\s(?:after|before|when|while|because|but|which|who|where"
                        r"|that)\s")


def _without_topic(p: Predicate, after: list[ActorMention], low: str, ceiling: int) -> list[ActorMention]:
    """``after`` without the actors of the topic of a verb of conversation: "Lavrov will talk about Syria with John
    Kerry", "Obama will discuss Iran with Netanyahu": Syria and Iran are what is talked about, no party to the talks
    (Kerry and Netanyahu are); "discussed the situation in Syria" names no party at all."""
    start = p.end if _TOPIC_VERB.search(p.trigger.text.lower()) else None
    if start is None:
        lead = _TOPIC_LEAD.match(low, p.end)
        start = lead.end() if lead is not None else None
    if start is None:
        return after
    close = _TOPIC_WITH.match(low, start, ceiling) or _TOPIC_END.search(low, start, ceiling)
    end = close.end() if close is not None and close.re is _TOPIC_WITH else close.start() if close is not None \
        else ceiling
    return [a for a in after if not start <= a.start < end]


_NEAR = re.compile(r"\bnear\s+(?:the\s+)?$")


def _place_target(p: Predicate) -> bool:
    """May a place be the counterpart? The place visited, and the target of a threat, an attack, a
    sanction or a withdrawal ("resume terrorist activities in Israel"); not the venue of talks."""
    return p.type == "visit" or p.family not in ("consult", "statement", "agree", "cooperate", "support")


# a phrase's close (cues.PHRASE_CLOSE) or a conjunction that opens another clause
_RAID_PHRASE_CLOSE = re.compile(PHRASE_CLOSE.pattern + r"|\s(?:while|when|as|after|before|but|and|which|who)\s")


def _owner(p: Predicate, actors: list[ActorMention], low: str) -> ActorMention | None:
    """The possessive actor before an event noun ("Fico's visit"), the actor after "by", or the organisation that
    modifies it: ``nouns.owner``, the reading ``nouns.owned`` also uses."""
    return noun_owner(actors, low, p.trigger.start, p.end)


# "Riyadh's decision to supply more oil", "Russia's offer to host talks": the owner of the plan does the act
_INTENT = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+)?(?:{phrase_alternation(CUES['intent_noun'])})\s+to\s+"
                     rf"(?:(?:{VERB_GROUP})\s+)*$")


def _intent_owner(p: Predicate, actors: list[ActorMention], low: str, floor: int) -> ActorMention | None:
    """The possessive owner of a decision, plan or offer whose infinitive is ``p``."""
    m = _INTENT.search(low, max(floor, p.trigger.start - 60), p.trigger.start)
    if m is None:
        return None
    return next((a for a in actors if a.end == m.start() and not a.placed), None)


_CAUSATIVE_BEFORE = re.compile(r"\b(?:%s)\s+$" % phrase_alternation(CUES["causative"]))
# the infinitive after the object, perhaps the second of two ("prompting Saleh to sack his cabinet and declare")
_TO_INFINITIVE = re.compile(r"\s+to\s+(?:[a-z'’-]+\s+){0,6}?(?:and\s+)?")


def _controller(p: Predicate, actors: list[ActorMention], low: str, floor: int) -> ActorMention | None:
    """The object of a causative verb whose infinitive is ``p`` ("prompting Saleh to sack his cabinet and declare a
    30-day state of emergency": Saleh declares), the act's agent; None when ``p`` is no such infinitive."""
    for a in sorted(actors, key=lambda a: -a.end):
        if a.end > p.start or a.start < floor or a.placed:
            continue
        if not _TO_INFINITIVE.fullmatch(low, a.end, p.start):
            return None
        return a if _CAUSATIVE_BEFORE.search(low, max(floor, a.start - 16), a.start) else None
    return None


_THAT = re.compile(r"\s+(?:that|which)\s+")
# between a statement noun (or its "by" agent) and the verb of its clause, past the statement's own date: "that",
# "which", or a comma before a participle ("the statement by the UN Security Council on December 1, 2023, condemning
# Houthi attacks", "issued a joint statement on January 3, 2024, which called for ...")
_DATED_CLAUSE = re.compile(r"(?:\s+(?:on|in)\s+(?:[a-z]+\s+)?(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{1,2})?(?:,\s+\d{4})?)?"
                           r"(?P<open>,?\s+(?:that|which)\s+(?:also\s+)?|,\s+)")
# a verb that issues a statement noun, its object ("our governments issued a joint statement", "the Council adopted a
# presidential statement")
_ISSUED = re.compile(r"\b(?:issued|released|adopted|published|put\s+out)\s+(?:a|an|the|its|their|our)\s+"
                     r"(?:[\w-]+\s+){0,2}$")


def statement_act(p: Predicate, preds: list[Predicate], actors: list[ActorMention],
                  low: str) -> tuple[Predicate, ActorMention | None] | None:
    """The speech act a statement noun's clause says it made, and its "by" agent ("an August 3 statement by the
    Security Council that condemned the government's crackdown": the Council's accusation; "the statement by the UN
    Security Council on December 1, 2023, condemning Houthi attacks": a participle after the statement's date): the
    verb and the owner, or None. A statement its subject issued ("our governments issued a joint statement on January
    3, 2024, which called for ...") is the issuer's: the owner is then None, and the caller finds the issuer."""
    if p.trigger.form != "N" or p.type != "statement":
        return None
    by = NOUN_BY.match(low, p.trigger.end)
    owner = next((a for a in actors if by is not None and right_after(a, by.end(), low)), None)
    if owner is not None:
        start = owner.end
    elif by is None and _ISSUED.search(low, max(0, p.trigger.start - 50), p.trigger.start):
        start = p.trigger.end
    else:
        return None
    for q in preds:
        if q.start < start or q.type not in SPEECH_ACTS or q.form != "verb" or q.quoted:
            continue
        m = _DATED_CLAUSE.fullmatch(low, start, q.start)
        if m is None or m.group("open").strip() == "," and not q.trigger.text.split()[0].endswith("ing"):
            return None
        if m.group("open").strip() == "," and q.trigger.text.split()[0].endswith("ing") and q.start != q.trigger.start:
            return None
        return q, owner
    return None


# what may stand between two coordinated verb phrases of one clause: the first one's object, then "and"
_AND_NEXT_VERB = re.compile(run_class(r";:()\"“”—–") +
                            r"*?(?:,\s*|\s)and\s+(?:also\s+|then\s+|has\s+|have\s+|had\s+)*")  # ("has urged
# Assad to implement reforms and has added its voice to ... condemnation": a perfect conjunct)


def coordinated_acts(said: Predicate, preds: list[Predicate], low: str) -> list[Predicate]:
    """The speech acts of other kinds coordinated with ``said`` in one clause, its subject shared ("a statement by the
    Security Council that condemned the government's crackdown and called for it to end": the Council's demand too):
    a past verb after "and", each after the one before."""
    out, last = [], said
    for q in preds:
        if q.start <= last.end or q.form != "verb" or q.quoted or q.type not in SPEECH_ACTS:
            continue
        if not _AND_NEXT_VERB.fullmatch(low, last.end, q.start) or not PAST_VERB.fullmatch(q.trigger.text.split()[0]) \
                or q.passive or q.negated:
            break  # (a passive conjunct is done to the subject: "has urged ... and has been criticized by Damascus")
        if q.family != said.family and all(q.family != o.family for o in out):
            out.append(q)
        last = q
    return out


# "his visit", "her first official visit": "his"/"her" determines the event noun itself
_OWNS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
# "(has been) under U.S. sanctions", "under new EU sanctions": the sanctions noun is the object of "under"
_UNDER = re.compile(r"\b(?:been|is|are|was|were|be|being|remains?|remained|stays?|stayed|came|comes|come|put|placed)\s+"
                    r"under\s+(?:[\w.'’-]+\s+){0,4}$")
# "put Rosneft under sanctions", "placed the Syrian oil ministry under new U.S. sanctions": the object between the verb
# and "under" (no clause break), the measure noun after "under" and its modifiers
_PUT_UNDER = re.compile((r"\b(?:%s)\s+(?P<object>" + run_class(r",;:()\"“”") +
                        r"{1,80}?)\s+under\s+(?:[\w.'’-]+\s+){0,4}$")
                        % phrase_alternation(CUES["put_under"]))
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,3}")  # the subject's verb group before "been under": no comma, few words



# a name that modifies the object as its backer: "US-backed", "Western-sponsored", "Arab-brokered" (not "-led": "the
# Saudi-led coalition" is the kingdom's)
_BACKER = re.compile(r"-(?:backed|sponsored|drafted|authored|proposed|brokered|supported|funded|financed|trained|armed)\b")


def _objects(p: Predicate, after: list[ActorMention], low: str, agents: list[ActorMention],
             allow_location: bool) -> list[ActorMention]:
    """The counterpart: the first actor after the predicate in its clause, with its coordination."""
    own = {a.key for a in agents} | {a.country for a in agents if a.country and a.kind != "group"}
    # (a group's country is the state it rises against or stands beside, not its own side: "Syrian rebels attacked
    # the Syrian army", "Syrian army deserters killed seven soldiers": Syria is the target)
    if p.type == "visit" and p.form == "verb" and p.trigger.text.split()[0] in TRAVEL_GENERIC:
        # a verb of travel goes to the place named right after it ("went to Deraa"); where one came from ("came
        # from Canada") or what for ("flew in from around the world for Friday's wedding of Prince William") is none
        origin = travel_direction(p.trigger.text) is not None
        after = [a for a in after if not origin and _THE.fullmatch(low, p.end, a.start)]
    starts = None  # where the actors of ``after`` start, once one is asked about (``_actor_right_after``)
    for a in after:
        if HARD.search(low, p.end, a.start) or QUOTE.search(low, p.end, a.start):
            break  # not across a clause break, nor into a quotation
        if _AND_SAYING.search(low, p.end, a.start):
            break  # "has denied any role and says Mikati's new government must ...": what the second verb reports
        if _COMMA_SAYING.search(low, p.end, a.start):
            break  # "echoed Cabral's remarks, saying the council should not give up on Syria": what the participle reports
        if p.type != "demand" and _COMMA_ACT.search(low, p.end, a.start):
            break  # "has been championing the cause of the protesters, leading calls for a U.N. Security Council
            # resolution": the participle's demand has objects of its own (but "The Arab League plan calls for a
            # ceasefire, urging Damascus to free prisoners": one demand, whose addressee the participle names)
        if _NEW_CLAUSE.search(low, p.end, a.start) and _own_verb_after(low, a.end):
            break  # "... would descend into civil war if he were forced to quit and Washington voiced concern", "could
            # not engage in talks while Assad's military continued to storm ...": the subject of a clause of its own
        if _PRESSED_TO.match(p.trigger.text) and _TO_VERB.search(low, p.end, a.start):
            break  # "has resisted diplomatic pressure to support tougher action against Syria's government": what the
            # pressure asks for is no act, and its object no counterpart of the refusal
        if _WHERE_CLAUSE.search(low, p.end, a.start):
            break  # "will conduct an exercise in Hatay, where more than 7,000 Syrians have taken refuge": a "where" clause
            # has a subject and an act of its own
        by = _OTHER_ACT.search(low, p.end, a.start)
        if by is not None and low[p.end:by.start()].strip(" ,"):  # (but "negotiations, launched by ...": its own)
            break  # "partnering ... under our joint Task Force ... announced by Presidents Biden and von der Leyen"
        if starts is None:
            starts = {b.start for b in after}
        if _actor_right_after(a, starts, low):
            continue  # "U.S. Syria envoy James Jeffrey": the country modifies the person
        if a.placed and not allow_location:
            continue
        if p.type == "protest" and _NEAR.search(low, max(0, a.start - 12), a.start):
            continue  # "took to the streets ... from towns near the western Lebanese border to the desert regions near
            # Iraq": a place the protests are near, not in, nor their target
        if _BACKER.match(low, a.end):
            continue  # "voted against the recent US-backed human rights council resolution": the backer of the object
            # is no party to the act (the gold's counterpart is the council; events_gold_fresh10 t17-bbc-162#18)
        if a.key in own or a.name in own:
            continue
        group = [a]
        rest = [b for b in after if b.start >= a.end]
        last = a
        while rest:
            nxt = rest[0]
            same = [b for b in rest if (b.start, b.end) == (nxt.start, nxt.end)]
            if not COORDINATION.match(low[last.end:nxt.start]) or "with" in low[last.end:nxt.start]:
                break
            group.extend(same)
            last = nxt
            rest = [b for b in rest if b.start >= nxt.end]
        return [_leader_side(p, g, low) for g in group if g.key not in own]
    return []


_POSSESSIVE_END = re.compile(r"['’]s?\s")


def _leader_side(p: Predicate, a: ActorMention, low: str) -> ActorMention:
    """The counterpart of an act of force told as a leader's owned noun ("is fighting back heroically against Putin's
    continued brutality") is the leader's state, as his forces or regime are (events_gold.md rule 15; fresh17's Munich
    press conference #16: Ukraine against Russia)."""
    if p.type not in ("military", "assault") or a.kind != "person" \
            or not ("possessive" in a.flags or _POSSESSIVE_END.match(low, a.end)):
        return a
    country = own_state(a)  # (people.csv: "Putin" is Russia's)
    if not country:
        return a
    return dataclasses.replace(a, name=country, key=canonical_key(country), kind="country", role=None)


def _actor_right_after(a: ActorMention, starts: set[int], low: str) -> bool:
    """Does an actor (``starts``: where the actors start) begin after ``a`` with nothing but spaces between? Only
    up to the first character after ``a`` that is no space (each actor asked of every other: quadratic in a run-on
    sentence)."""
    k = a.end
    while k < len(low) and low[k].isspace():
        k += 1
    return any(s in starts for s in range(a.end + 1, k + 1))


# a saying coordinated after the verb's object: the actors after it are in what it reports
_AND_SAYING = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later)\s+)?%s" % SPEECH_VERBS.replace("[ ]", r"\s+"))
_OWNED_WORD = re.compile(r"\s+[a-z-]+")


def _own_verb_after(low: str, end: int) -> bool:
    """Does a verb of its own follow the actor that ends at ``end``, or the noun it owns ("Assad's military
    continued": one or two words after the possessive)?"""
    if _OWN_VERB.match(low, end):
        return True
    if not low.startswith(("'s", "’s"), end):
        return False
    pos = end + 2
    for _ in range(2):
        m = _OWNED_WORD.match(low, pos)
        if m is None:
            return False
        pos = m.end()
        if _OWN_VERB.match(low, pos):
            return True
    return False


# a participle with its "by" agent between a predicate and an actor: the agent of an act of its own
_OTHER_ACT = re.compile(r"\b(?:%s)\s+by\s" % "|".join(CUES["by_participle"]))  # event_cues.tsv: by_participle
_WITH = re.compile(r"\b(?:with|alongside)\b")
# a verb of saying coordinated with the act: what it reports holds no object of the act ("has denied any role and
# says ...", "closed its border and said Syria must ...")
_AND_SAYING = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:(?:has|have|had)\s+)?(?:%s)\b"
                         % phrase_alternation(CUES["clause_saying"]))
# a participle of saying after a comma: what it reports holds no object of the act before it (event_cues.tsv)
_COMMA_SAYING = re.compile(r",\s*(?:(?:also|then|later)\s+)?(?:%s)\b" % phrase_alternation(CUES["participle_saying"]))
# a participle after a comma that heads an act of its own: the actors after it are its (event_cues.tsv: participle_act)
_COMMA_ACT = re.compile(r",\s*(?:(?:also|then|later)\s+)?(?:%s)\b" % phrase_alternation(CUES["participle_act"]))
_THE = re.compile(r"\s*(?:the\s+)?")
_WHERE_CLAUSE = re.compile(r",\s*where\s")
_PRESSED_TO = re.compile(r".*\bpressure$")  # a refusal of pressure ("resisted international pressure", event_triggers.tsv)
_TO_VERB = re.compile(r"\bto\s+[a-z]")
# a coordinated clause with a subject of its own: "and Washington voiced", ", but Russia has said"
# (or a reason clause with one: "Riyadh was pulling out because the Syrian government had not followed the plan")
_NEW_CLAUSE = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas|because|although|though)\s+(?:the\s+)?$")
_OWN_VERB = re.compile(r"\s+(?:(?:also|then|later|has|have|had|is|are|was|were|will|would|did|does|could|may|might|must|"
                       r"should|can)\b|[a-z]+ed\b|said\b|says\b|told\b|took\b|gave\b|made\b|met\b|held\b)")


_AGENT_ASIDE = re.compile(r"\s*,\s*(?:which|who)\s" + greedy_run(r",;:()\"“”") + r"$")


def _speakers_description(reading: SentenceReading, agent: ActorMention, low: str) -> tuple[int, int] | None:
    """The span between the speaker and the saying verb that closes the sentence when it is the speaker's own
    description ('"... it is no longer enough to condemn the violence," Joe Stork, deputy Middle East director at
    pressure group Human Rights Watch, said': his group, inside it, is no party his demand is made to,
    events_gold_fresh17 t17-reuters-287#3); else None."""
    frame, main = reading.frame, reading.main
    # (a speech act only: an act the saying is taken over by keeps the parties its clause names)
    if frame is not None and reading.content is not None and reading.content[1] <= frame.start \
            and main is not None and main.type in SPEECH_ACTS \
            and _DESCRIPTION.fullmatch(low, agent.end, frame.start) is not None:
        return agent.end, frame.start
    return None


# the speaker's description set off by commas between the speaker and a closing saying verb (", a prominent Syrian
# activist whose father was jailed by the elder Assad, said"), or its rest after a title the speaker's mention took in
# ("Philippe Bolopion, deputy director| at Human Rights Watch, said"); not a clause of its own ("Erdogan promised to
# impose sanctions on Syria, but only now have they been announced")
_DESCRIPTION = re.compile(r"\s*(?:,|(?:at|of|with|from|for|in)\s)" + run_class(r",;:\"“”") + r"+,\s*")


_JOINED = re.compile(r"\s+and\s+")  # "President Joe Biden and I": a name joined to the speaker's pronoun


def _joined_to(me: ActorMention, agent: ActorMention, actors: list[ActorMention], low: str) -> bool:
    """Is ``me`` the speaker's own pronoun ("I") joined by "and" to a name of ``actors`` just before it ("President
    Joe Biden and I will continue to stand with Ukraine")? Then it heads no clause of its own: it is the second
    half of the subject, and the name is the speaker's partner in the act."""
    return me.key == agent.key and me.basis == "pronoun" and low[me.start:me.end] == "i" \
        and any(a.end < me.start and _JOINED.fullmatch(low, a.end, me.start) for a in actors)


def _content_counterpart(reading: SentenceReading, actors: list[ActorMention], low: str,
                         agent: ActorMention) -> list[ActorMention]:
    """The target of a reported speech act: the subject of an obligation, else the first actor of the
    reported clause that is not the speaker."""
    lo, hi = reading.content or (reading.start, reading.end)
    hi = min([a.start for a in actors if lo < a.start < hi and _NEW_CLAUSE.search(low, lo, a.start)
              and _own_verb_after(low, a.end) and not _joined_to(a, agent, actors, low)]
             + [hi])  # "... and Washington voiced concern": a clause of its own
    described = _speakers_description(reading, agent, low)  # (one span for every actor: asked once)
    inside = [a for a in actors if lo <= a.start < hi and not a.placed and a.key != agent.key
              and (agent.country is None or a.name != agent.country or agent.kind == "group" and _government(a, low))
              and not any(b.start == a.start and b.end > a.end for b in actors)
              and not _AGENT_ASIDE.match(low, agent.end, a.start)
              and not (described is not None and described[0] <= a.start < described[1])]
    # (not an actor of a relative aside on the agent: "Algeria and Iran, which is regarded as Syria's closest ally, were
    # against the recommendation, reports say": Syria is no party of the rejection)
    # (an armed group or party is no state, and the government of its country is another party: "Hezbollah says
    # Lebanon's government must end funding", but not "rejected foreign intervention that compromises Syria's
    # sovereignty"; "Mikati's new government" is the state, not its leader, who owns it)
    joined = [a for a in inside if any(_joined_to(b, agent, [a], low) for b in actors)]
    if joined and len(inside) > len(joined):
        # "And President Joe Biden and I will continue to stand with Ukraine, as I said yesterday": the name joined
        # to the speaker's own "I" acts with the speaker; the party they act towards is the counterpart (Ukraine;
        # events_gold_fresh17 Harris #10). Alone it stays one ("Erdogan said he and Assad had agreed")
        inside = [a for a in inside if a not in joined]
    main = reading.main
    if main is not None and main.rule == "reported obligation" and reading.taken is not None:
        # "Davutoglu told Assad on Tuesday that he should end the crackdown": the pronoun asked is the one addressed
        addressed = addressed_pronoun(low, actors, reading.content or (reading.start, reading.end),
                                      reading.taken.trigger.start, reading.frame, agent)
        if addressed is not None:  # (a body no actor names, "told the council": no counterpart of the clause's)
            return [addressed] if isinstance(addressed, ActorMention) else []
        span, at = reading.content or (reading.start, reading.end), reading.taken.trigger.start
        if group_subject(low, span, at) and not named_subject(low, actors, span, at):
            return []  # "said ... then like-minded countries should find ways", "said Lebanese had to care for Syria's
            # security": the group asked names no actor, and an actor later in the clause is no party asked (not "the
            # US and other developed nations must allocate": the US is asked, PLOVER dev DEMAND-0011)
    if main is not None and main.rule == "reported warning":
        # "hinted that Israel's stability could be threatened if Assad was toppled": the one whose good is in danger
        harmed = [a for a in inside if _HARMED.match(low, a.end)]
        if harmed:
            return harmed[:1]
    if main is not None and main.rule == "reported failure":
        # "told the meeting that Riyadh was pulling out because the Syrian government had not followed an Arab peace
        # plan": the one blamed for the failure, not the first actor of the clause
        # (read over the whole reported clause: the blamed may head a "because" clause the counterpart stops before)
        blamed = blamed_failure(low, actors, reading.content or (reading.start, reading.end), agent)
        if blamed is not None and blamed.key != agent.key:
            return [blamed]
    return inside[:1]


# a state named as its government: "the Lebanese government", "Lebanon's (new) government", "Mikati's government"
_GOVERNMENT_NOUNS = tuple(CUES["government_noun"])
_GOVERNMENT_AFTER = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}?(?:%s)\b" % "|".join(_GOVERNMENT_NOUNS))


def _government(a: ActorMention, low: str) -> bool:
    """Does ``a``, a state, stand for its government ("the Lebanese government", "Lebanon's new government")?"""
    return a.role in _GOVERNMENT_NOUNS or _GOVERNMENT_AFTER.match(low, a.end) is not None


# the owner of what a warning says is in danger: "Israel's stability could be threatened", "Turkey's security would be
# endangered"
_HARMED = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}?(?:stability|security|safety|existence|future|interests?|survival)\s+"
                     r"(?:would|could|will|might|may|can)\s+(?:also\s+)?be\s+(?:threatened|endangered)")
