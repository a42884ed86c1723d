"""The agent of a passive act of force told by the force's act as a noun after it: "Two civilians were killed - one
during an army raid in the capital", "at least three people have been killed in an army offensive in Idlib province",
"hundreds of people being killed in army assaults on opposition strongholds". The force that names the noun's act
("army", "security force", "Syrian troop") does the killing, as "were killed by the army" says it (events_gold.md
rule 20: a side named; fresh10 t17-bbc-162#12; audit t17-bbc-172, t17-bbc-279). The noun opens a phrase of "in",
"during", "amid" or "as a result of" right after the verb group (an adjunct of time or place may stand between: "were
killed on Saturday in an army raid"), and a share of the victims before it ("were killed - one during an army raid",
"nearly 70 people were killed on Monday, most in a government crackdown": audit t17-bbc-271); not clashes, whose two
sides are no one agent, nor a noun with no force or government named before it ("in house-to-house killings"). A
party that owns the noun right after the verb does it too ("have been killed in Assad's crackdown", "in Israel's
offensive in Gaza"), as "in the crackdown by Assad's forces" and "Assad's crackdown has killed" say.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from ..actors.gazetteer import phrase_alternation
from ..actors.recognize import FORCE_ACT_NOUNS
from .cues import FORCE_HEADS
from .nouns import right_after
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .predicates import Predicate

# the verb's adjunct up to the phrase: "in an army raid", "during an army raid", "on Saturday in a Syrian army raid"
_ADJUNCT = r"(?:\s+(?:on|in|at|near|across)\s+(?!(?:an?|the)\s)[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)?"
_OPENS = (r"(?:\s*[,–—-]\s*(?:one|most|many|some|several)(?:\s+of\s+them)?)?"
          r"\s+(?:in|during|amid|as\s+a\s+result\s+of)\s+(?:(?:an?|the)\s+)?(?:(?:fresh|new|renewed)\s+)?")
_PHRASE = re.compile(_ADJUNCT + _OPENS)
# the phrase right after the verb: the adjunct above would take "in Israel's offensive" itself when a place follows
# ("were killed in Israel's offensive in Gaza")
_PHRASE_AT_VERB = re.compile(_OPENS)
_FORCE_HEAD = re.compile(r"(?:%s|government|regime)$" % FORCE_HEADS)
# the force's act: a noun of resources/force_act_nouns.txt ("raid", "shelling", "missile strike"), or one that list
# leaves out (it makes a demonym right before its noun the actor, ``actors.recognize.FORCE_ACT_NOUNS``)
_ACT_NOUNS = list(FORCE_ACT_NOUNS) + ["assaults", "crackdown", "gunfire", "operation", "operations"]
_FORCE_NOUN = re.compile(r"\s+(?P<noun>%s)(?![\w-])" % phrase_alternation(_ACT_NOUNS + ["fire"]))
# the noun owned by the party that does it: "have been killed in Assad's crackdown on dissent", "killed in the
# government's brutal crackdown", "in Israel's military offensive" (events_gold.md rule 20: "Assad's crackdown has killed
# 3,000" names its agent; fresh18 t17-reuters-149#3), as "in the crackdown by Assad's forces" does; at most two words
# between, and not "fire" ("Assad's fire" is no noun wire copy writes)
_OWNED_NOUN = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?P<noun>%s)(?![\w-])" % phrase_alternation(_ACT_NOUNS))
# the noun with its force after "by" ("were killed in raids by government forces on Saturday"; not "fire by")
_NOUN_BY = re.compile(r"(?:[\w-]+\s+)?(?P<noun>%s)\s+by\s+(?:the\s+)?" % phrase_alternation(_ACT_NOUNS))


def _force_noun(p_end: int, after: list[ActorMention], low: str, ceiling: int) -> tuple[ActorMention, int] | None:
    """(the force, the start of its act's noun) of a phrase right after the passive verb ending at ``p_end``."""
    at_verb = _PHRASE_AT_VERB.match(low, p_end, ceiling)
    if at_verb is not None:
        owner = next((a for a in after if a.start == at_verb.end() and "member" not in a.flags), None)
        owned = _OWNED_NOUN.match(low, owner.end, ceiling) if owner is not None else None
        if owned is not None:  # "killed in Assad's crackdown": the owner did it (the "in" before it made a state's name a
            return owner, owned.start("noun")  # place, "in Israel's offensive", but the possessive makes it the owner)
    m = _PHRASE.match(low, p_end, ceiling)
    if m is None:
        return None
    by = _NOUN_BY.match(low, m.end(), ceiling)
    if by is not None:  # "killed in raids by government forces", "by the army": the force after its noun (else the
        # force before it, "killed in army raids by unknown gunmen": the army's)
        a = next((a for a in after if right_after(a, by.end(), low)), None)
        if a is not None and not a.placed and _FORCE_HEAD.search(low, a.start, a.end):
            return a, by.start("noun")
    a = next((a for a in after if a.start == m.end()), None)
    if a is None or a.placed or not _FORCE_HEAD.search(low, a.start, a.end):
        return None
    noun = _FORCE_NOUN.match(low, a.end, ceiling)
    return (a, noun.start("noun")) if noun else None


def passive_force_agent(p_end: int, after: list[ActorMention], low: str, ceiling: int) -> ActorMention | None:
    """The armed force whose act, named by a noun in a phrase right after the passive verb ending at ``p_end``, did
    the verb's act; None when there is none."""
    found = _force_noun(p_end, after, low, ceiling)
    return found[0] if found else None


def told_by_dated_noun(p: Predicate, actors: list[ActorMention], low: str, end: int, dated: Container[int]) -> bool:
    """Is the passive act of force ``p`` the act of a force's noun that a date of its own made an event already ("12
    civilians were killed in security force raids on Saturday": the raids of Saturday are the killing; events_gold_check
    t17-reuters-162#5)? Then the undated verb is no second event."""
    if p.form != "verb" or not p.passive or p.family not in FORCE_FAMILIES:
        return False
    found = _force_noun(p.end, [a for a in actors if a.start >= p.end], low, end)
    return found is not None and found[1] in dated
