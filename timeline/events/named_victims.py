"""Acts of force on a named victim by an agent the text does not name: "there have been increasing reports of attacks on
security forces", "Syrian state media have reported attacks on government buildings and security headquarters", "the
attack on an Israeli tourist bus in Bulgaria", '"they attacked the army and killed many people"'.

events_gold.md rule 20 (with rule 2): an act whose agent the text does not name keeps its row when its victim is a
named actor (a person, a state, its forces, embassies or property), ``actor1`` null and the victim the counterpart;
rule 11 governs owned nouns only ("agentless undated nominals are not governed by this rule"). An undated predicate
is an event only when an actor does it (``extract._is_event``), and an unowned noun only when "between" names its two
sides (``fights_between``), so these made no row in any set (fresh15 t17-bbc-199#19, fresh18 t17-reuters-149#1,
fresh29 t17-bbc-31#1, fresh3 t17-reuters-322#11, fresh16 t17-reuters-27#6 ...). ``unnamed_attackers`` reads the
same act when an unnamed armed group is its subject; this reads it whatever the subject (none, a pronoun the text
does not resolve, "some people"):

- an ``act`` noun of ``resources/force_victims.tsv`` with "on", "against" or "upon" right after it, then a named actor
  that is no place (a count, "members of", an article may stand between), or a post or building of a state's forces
  or government ("a police station", "government buildings": the story's state, as ``unnamed_attackers._post_in``);
  no actor right before the noun (an attributive agent owns it: "NATO air strikes on Libya", rule 27);
- an active verb of force with the state's force as its object, as ``unnamed_attackers`` reads it ("attacked the
  army", "have taken up arms against the security forces");
- a passive of an ``agentless_type`` whose subject is a named body's people or property (``people`` and ``property``
  of ``resources/force_victims.tsv``) right before its verb group: "UN monitors were fired on", "Syrian Red Crescent
  workers had been killed", "the embassies of France and the United States in Syria were attacked"
  (``agentless.agentless_act`` reads only a named actor itself as the subject); not a state's people ("Two French
  journalists were killed": rule 20's unnamed people), only its embassies, offices or missions;

told as done: not quoted, negated, planned or a topic (``_is_event`` tests those first).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors.gazetteer import phrase_alternation
from ..cue_words import load_kinds
from .agentless import VERB_GROUP_WORD
from .cues import CUES, FORCE_HEAD_END
from .predicates import FORCE_FAMILIES
from .unnamed_attackers import VICTIM_LEAD_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate

_VICTIMS = load_kinds("force_victims.tsv", ("act", "people", "property"))
_NOUNS = frozenset(w.lower() for w in _VICTIMS["act"])
# between the noun and its victim: "on", "against", "upon", then an article, a count, "members of" ... or "one"
_TO_VICTIM = re.compile(r"\s+(?:on|against|upon)(?:\s+(?:" + VICTIM_LEAD_WORDS + r"|one))*\s+")
# a post or building of a state's forces or government: "police stations", "government buildings"
_POST = re.compile(r"(?:(?:government|regime|state|security|army|military|police)\s+)?(?:%s|(?:government|regime|state)"
                   r"\s+(?:buildings?|offices?|headquarters|installations?|facilities|targets))(?![\w-])"
                   % phrase_alternation(CUES["force_post"]))
# the verb's object: right after it, or after "on", "at", "against" (an article, a count or "its" between; not "one":
# ``unnamed_attackers._TO_VICTIM`` takes it and not "against")
_TO_OBJECT = re.compile(r"(?:\s+(?:on|at|upon|against|with))?(?:\s+(?:" + VICTIM_LEAD_WORDS + r"|its))*\s+")
_BODY = phrase_alternation(w.lower() for kind in ("people", "property") for w in _VICTIMS[kind])
_TYPES = frozenset(CUES["agentless_type"])
# from the body's name to the passive's trigger: at most one more word, the body's noun, the verb group
_NAME_TO_VERB = re.compile(rf"(?:\s+[a-z][\w-]*)?\s+(?P<noun>{_BODY})(?:\s+{VERB_GROUP_WORD})*\s+")
# a state's property (not its people: "Syrian journalists were arrested" names no victim, rule 20)
_PROPERTY = frozenset(w.lower() for w in _VICTIMS["property"])
# "the embassies of France and the United States in Syria were": the noun and its "of" before the body's name ...
_NOUN_OF = re.compile(rf"(?:^|[.;:,]\s*|\b(?:the|an?|its|their|both)\s+)(?:{_BODY})\s+of\s+(?:the\s+)?$")
# ... and from the name to the trigger: a second name, a place, the verb group
_OF_TO_VERB = re.compile(rf"(?:\s+and\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?)?(?:\s+in\s+[\w.'’-]+)?"
                         rf"(?:\s+{VERB_GROUP_WORD})*\s+")
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+$")
_ARMS = re.compile(r"\s+up\s+arms\s+against(?:\s+(?:the|a|an))?\s+")  # "taken up arms against the security forces"
# from an actor to the noun it owns: a "'s", an adjective or two ("NATO air strikes", "Israel's attack")
_OWNER_TO_NOUN = re.compile(r"(?:['’]s)?(?:\s+[a-z-]+){0,2}\s+")


def named_victim(p: Predicate, actors: list[ActorMention], low: str, floor: int, country: str | None) -> str | None:
    """The name of the victim of ``p``, an act of force whose agent the text does not name, when it is a named actor
    (or a post of the story's state, ``country``); None when ``p`` is no such act. ``floor``: the sentence's start."""
    if p.family not in FORCE_FAMILIES or p.quoted or p.negated or p.topic or p.status != "reported":
        return None
    word = p.trigger.text.lower().split()[0]
    if word in _NOUNS and not p.owned and (p.form == "noun" or not p.passive):
        to = _TO_VICTIM.match(low, p.trigger.end)
        if to is not None and _DEFINITE.search(low, max(floor, p.trigger.start - 12), p.trigger.start):
            to = None  # "said the attack on the UN team near Haffa was deliberate": an act told before or after
            # in the story, named again (one row per act per document, rule 11); "attacks on", "an attack on" tell one
        if to is not None and not _attributive(p, actors, low, floor):
            victim = next((a for a in actors if a.start == to.end() and not a.placed), None)
            if victim is not None:
                return victim.name
            if country is not None and _POST.match(low, to.end()) \
                    and not any(to.end() <= a.start < to.end() + 40 for a in actors):
                return country
    if p.form != "verb":  # (a noun has no other reading)
        return None
    if p.passive:
        return _passive_body(p, actors, low, floor)
    at = p.trigger.end
    arms = _ARMS.match(low, at)
    to = arms if arms is not None else _TO_OBJECT.match(low, at)
    start = to.end() if to is not None else at
    victim = next((a for a in actors if a.start == start and not a.placed
                   and FORCE_HEAD_END.search(low, a.start, a.end)), None)
    return victim.name if victim is not None else None


def _attributive(p: Predicate, actors: list[ActorMention], low: str, floor: int) -> bool:
    """Does an actor stand right before the noun, maybe with an adjective or two ("NATO air strikes", "a rebel
    attack", "Israel's attack"): an agent that owns it (rule 27), not this reading."""
    lo = max(floor, p.trigger.start - 40)
    return any(lo <= a.end <= p.trigger.start and _OWNER_TO_NOUN.fullmatch(low, a.end, p.trigger.start)
               for a in actors)


def _passive_body(p: Predicate, actors: list[ActorMention], low: str, floor: int) -> str | None:
    """The named body whose people or property are the subject of ``p``, a passive of an ``agentless_type`` ("UN monitors
    were fired on", "the embassies of France ... were attacked"); None when there is none."""
    if p.type not in _TYPES:
        return None
    for a in reversed(actors):
        if a.end > p.trigger.start or a.start < floor:
            continue
        if a.placed:
            continue
        m = _NAME_TO_VERB.fullmatch(low, a.end, p.trigger.start)
        if m is not None:
            if a.kind == "country" and m.group("noun") not in _PROPERTY:
                return None  # "Two French journalists were killed", "Syrian activists were arrested": a state's
                # people are no named victim (rule 20); its embassy is
            return a.name
        if _NOUN_OF.search(low, max(floor, a.start - 40), a.start) and _OF_TO_VERB.fullmatch(low, a.end, p.trigger.start):
            return a.name
    return None
