"""An object pronoun right after its verb names the act's counterpart: "Erdogan has fiercely criticized
Assad's crackdown on protesters, urging him to end the bloodshed" (events_gold_blind t17-reuters-284#7: Assad),
"Turkey has spoken out increasingly against Assad, urging him to end a military crackdown" (fresh28
t17-reuters-152#4), "Turkey, which has cultivated close ties with Assad, indicated it was losing patience after
repeatedly urging him" (fresh19 t17-reuters-83#7), "has stepped up his criticism of Assad after having embraced him"
(fresh5 t17-reuters-58#4), "spoke today with President Bernardo Arévalo of Guatemala and thanked him for his
partnership" (fresh8; blind and check readouts the same). The counterpart reader (``roles._objects``) reads only named
actors after the verb, so it finds none there.

"him" or "her" stands for the nearest person named before the verb in its sentence who is not the verb's agent (an
object pronoun is never its own clause's subject) and is of no other gender (``names.gender``, unknown allowed); neither
is a co-agent of the verb's subject list ("even if Lebanon, South Africa, India and Brazil voted against it": not
Brazil); "her" only as an object (a preposition, a conjunction or a punctuation mark after it: "thanked her for"), not
as an owner ("her aim"). "it" stands for the nearest state or organisation before the verb ("its top arms exporter has
vowed to continue supplying it with weapons": Syria, events_gold_fresh28 t17-reuters-44#7), but for none when a noun
phrase of a thing stands nearer or holds that state, as often it does ("the Syrian government had rejected it", the
Arab plan: events_gold_fresh16 t17-bbc-292#6; "implications for Syria's six-month-old revolt and Assad's efforts to
crush it": not NATO, named before), and never after a verb of saying ("said it would" opens the speaker's own clause).
Not "them", which stands for people the text rarely names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors.names import gender
from .joint_agents import coordinated

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate

# "him", or "her" with a word after it that leaves it an object: a preposition or the "to" of an infinitive, a
# conjunction, an adverb of the verb's, a punctuation mark ("thanked her for", "urged her to", "embraced her in")
_OBJECT_END = (r"(?=\s*[,.;:)]|\s*$|\s+(?:to|for|with|on|in|at|of|over|about|from|into|as|and|but|after|before|when"
               r"|while|during|again|back|down|out)\b)")
_PRONOUN = re.compile(rf"\s+(?:him\b|(?P<her>her){_OBJECT_END}|(?P<it>it){_OBJECT_END})")
# a noun phrase of a thing: a determiner and a word, or a possessive ("Syria's revolt"), outside the actors' own phrases
_THING = re.compile(r"\b(?:the|a|an|this|that|these|those)\s+[a-z]|['’]s\s+[a-z]")
# a state named as the complement of a thing's noun ("a resolution on Libya", "the crisis in Syria"): the phrase is
# the thing, nearer than the state
_COMPLEMENT = re.compile(r"\b(?:the|a|an|this|that|these|those)\s+(?:[a-z][\w-]*\s+){1,3}?"
                         r"(?:on|of|in|for|against|to|with|over|about)\s+(?:the\s+)?$")


def pronoun_object(p: Predicate, parties: list[ActorMention], low: str, floor: int,
                   agents: list[ActorMention]) -> ActorMention | None:
    """The party an object pronoun right after the verb ``p`` stands for (module doc: a person for "him" / "her", a
    state or organisation for "it"), or None: no such pronoun, or no party before it in the sentence (from ``floor``)
    that it may stand for. ``parties``: the sentence's coded
    actors in text order; ``agents``: the verb's agents as read."""
    if p.form != "verb" or p.passive:
        return None
    m = _PRONOUN.match(low, p.trigger.end)
    if m is None or m.group("it") and p.reporting:
        return None
    own = {a.key for a in agents}
    before = [a for a in parties if floor <= a.start and a.end <= p.trigger.start and a.key not in own
              and not any(coordinated(low, parties, agent.name, a.name, p.trigger.start) for agent in agents[:1])]
    if m.group("it"):
        return _state(before, parties, low, p.trigger.start)
    other = "m" if m.group("her") else "f"
    return next((a for a in reversed(before) if a.kind == "person" and not a.placed and gender(a.name) != other), None)


def _state(before: list[ActorMention], parties: list[ActorMention], low: str, end: int) -> ActorMention | None:
    """The state or organisation "it" stands for: the nearest before ``end`` (a state named after a preposition too,
    "close ties to Syria"), unless a noun phrase of a thing stands nearer ("the Arab plan") or holds it ("Egypt
    drafted a resolution on Libya, but Russia opposed it")."""
    for a in reversed(before):
        if a.kind not in ("country", "organization") or "member" in a.flags:
            continue
        between = list(low[a.end:end])
        for b in parties:
            if a.end <= b.start and b.end <= end:
                between[b.start - a.end:b.end - a.end] = " " * (b.end - b.start)
        thing = _THING.search("".join(between)) or _COMPLEMENT.search(low, max(0, a.start - 60), a.start)
        return None if thing else a
    return None
