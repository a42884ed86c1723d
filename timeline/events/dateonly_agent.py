"""Who does the act of a date no predicate took ("other" rows of ``extract._date_only_events``): no one, unless the
sentence's first actor stands where an agent stands.

Such a row has no verb to read its roles from, so its ``actor1`` was the sentence's first actor, wherever it stood: "the
fall of Slobodan Milosevic in 2000", "The 2003 removal of Saddam Hussein", "a van carrying prisoners was blown up on a
road in north-west Syria on Saturday", "has landed in neighbouring Jordan" made the fallen, the removed or the place the
agent. events_gold.md rule 2: ``actor1`` is an actor the text names as the agent, else null, the actor a participant. An
actor governed by a preposition ("of", "in", "to", ...) is no agent (a "by" phrase is one), nor the owner of a kinsman
("President Assad's British-born wife, Asma, was added to the list") (``no_agent``); then ``actor1`` stays empty and the
counterpart is that actor when it is the "of" phrase of a noun ("the fall of Slobodan Milosevic": ``of_undergoer``) or
the sentence's only actor, else the sentence's first other actor. A kinsman named in apposition ("Assad's cousin, Rami
Makhlouf, intends ...") is the agent instead (``apposed_kinsman``). ``extract._Builder._roles`` (its branch with no
predicate) asks them.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import KIN_NOUNS, phrase_alternation
from ..actors.mention import ActorMention

# the word before the actor (with an article, a demonym or an adjective or two between): a preposition that governs it
_GOVERNED = re.compile(r"\b(?P<prep>of|in|into|to|from|with|on|onto|for|against|over|under|toward|towards|across|near|"
                       r"inside|outside|within|throughout|among|between|than|like|about|upon|via|beyond|around)"
                       r"\s+(?:(?:the|a|an|its|their|his|her|neighbouring|neighboring|northern|southern|eastern|"
                       r"western|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast|"
                       r"central|former|late)\s+){0,2}$", re.I)
# the actor as the owner of a kinsman: "President Assad's wife", "Assad's brother-in-law", "his father's" (the family
# nouns of resources/kin_nouns.csv and their plurals; besides them "widow" and "father-in-law", which name no relative
# coref may give the owner's surname, and the owner's "family" or "relatives")
_KIN_PLURALS = {"wives" if noun == "wife" else noun + "s" for noun in KIN_NOUNS if "-in-law" not in noun}
_KIN_WORDS = set(KIN_NOUNS) | _KIN_PLURALS | {"widow", "father-in-law", "family", "relative", "relatives"}
_KIN_AFTER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:%s)\b" % phrase_alternation(_KIN_WORDS), re.I)
_APPOSED = re.compile(r",[ ]+")  # the kin noun's apposition: ", Rami Makhlouf,"
# an owner before its noun ("aware of Mr Assad's boast", "Under Turkey's policy"): the noun's agent (rules 11 and 27)
_OWNER_AFTER = re.compile(r"[’']s?\b")
# "of" after a noun the actor is named by or is a part of ("the Gulf Arab kingdom of Bahrain called in Saudi troops",
# "one of the FSA fighters showed me": the actor is the subject's own), after a noun of an act whose own agent it is
# ("the wedding of Prince William", "the visit of the Turkish president": rule 11), or after a noun of armed men
# ("fighting between tribesmen of Sadeq al-Ahmar and government forces": his men are his, rule 15's reading of forces)
_NAMED_OF = re.compile(r"\b(?:kingdom|republic|state|emirate|sultanate|government|regime|leaders?|president|one|members?|"
                       r"wedding|visit|trip|tour|speech|arrival|return|decision|offer|proposal|announcement|resignation|"
                       r"departure|tribesmen|fighters|supporters|loyalists|followers|forces|troops|soldiers|militias?|"
                       r"men)\s+of\s+(?:the\s+)?$", re.I)
# the actor as a modifier of the noun after it ("the framework of the U.S.-Mexico relations", "with an Arab League
# resolution", "one of the FSA fighters"): the preposition governs that noun, whose owner the actor is
_MODIFIER_AFTER = re.compile(r"-[A-Z]|[ ](?!(?:and|or|but|nor|in|into|on|at|of|to|for|from|with|by|as|than|over|under|"
                             r"after|before|since|during|was|were|is|are|be|been|has|have|had|who|which|that|whose|"
                             r"the|a|an|its|their|his|her|itself|themselves|also|not|will|would|could|can|may|might|"
                             r"must|should|shall|did|does|do)\b)[a-z]+\b(?<!ed)(?<!ly)")


def apposed_kinsman(text: str, actor: ActorMention, actors: list[ActorMention]) -> ActorMention | None:
    """The kinsman named in an apposition right after ``actor``'s kin noun ("President Bashar al-Assad's cousin, Rami
    Makhlouf, intends to give up ..."): the clause's subject, or None."""
    kin = _KIN_AFTER.match(text, actor.end)
    if kin is None:
        return None
    return next((a for a in actors if a.start > kin.end() and _APPOSED.fullmatch(text, kin.end(), a.start)), None)


def no_agent(text: str, sent_start: int, actor: ActorMention) -> bool:
    """Does ``actor``, the first actor of a date-only row's sentence, stand where no agent stands: governed by a
    preposition (not as an owner or a modifier before its noun, nor after "the kingdom of", "the wedding of"), or
    owning a kinsman?"""
    if _KIN_AFTER.match(text, actor.end) is not None:
        return True
    if _OWNER_AFTER.match(text, actor.end) is not None or _MODIFIER_AFTER.match(text, actor.end) is not None:
        return False
    before = max(sent_start, actor.start - 60)
    return _GOVERNED.search(text, before, actor.start) is not None \
        and _NAMED_OF.search(text, before, actor.start) is None


def of_undergoer(text: str, sent_start: int, actor: ActorMention) -> bool:
    """Is ``actor`` (no agent by ``no_agent``) the "of" phrase of a noun ("the fall of Slobodan Milosevic", "the 2003
    removal of Saddam Hussein", "the capture and killing of Muammar Gaddafi"): the one the act is done to, the row's
    counterpart (as ``extract._undergone`` makes a dated passive's subject)?"""
    m = _GOVERNED.search(text, max(sent_start, actor.start - 60), actor.start)
    return m is not None and m.group("prep").lower() == "of"
