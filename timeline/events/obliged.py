"""Three subjects of an obligation in a reported clause that name no actor of their own, and still make it a demand.

``speech.obligation`` reads "said Syria must stop the killing" as a demand on Syria: the modal's subject is a named
actor other than the speaker (or a body that is never the speaker: "the council", "the world"). Two other subjects
say who is asked as plainly:

- a pronoun that stands for the party a verb of telling addresses ("Erdogan told Assad he must stop the killing", "The
  Chinese envoy told the council that ... it should not take them into consideration", "The UK is also telling
  opposition forces they must observe human rights standards"): the addressee is asked to act (events_gold_fresh13
  t17-reuters-192#9; audit t17-bbc-274, t17-bbc-232). Without this, "he must stop the killing" typed the telling by the
  killing it asks to stop, an assault;
- a harm that must stop or end ("Russia said violence must end before any peacekeepers could be sent", "Mr Araby said
  that the killings in Syria should stop", "The military operations have to stop," Davutoglu told a news conference):
  the speaker demands that whoever does it halt, a demand with no subject of its own, as "there must be no repeat" is
  (``demand_impersonal``; events_gold_bbc t17-bbc-111#16; audit t17-bbc-264, t17-reuters-310, t17-reuters-50);
- a group of parties with no "the" before it, opening the reported clause or its "then" ("both sides should end the
  bloodshed", "all parties must", "like-minded countries should find ways to do so"), or a people named by a demonym
  that is its own plural ("said on Tuesday Lebanese had to \"care for Syria's security\""): the speaker asks them to
  act (events_gold_fresh14 t17-reuters-106#8; audit t17-bbc-297, t17-bbc-112). "the sides" was one already
  (``speech._OBLIGATED``); not a possessive or a number before the noun ("our two countries should deepen ...": the
  speaker's own side), nor a group after a preposition ("aid to other countries should").

Not a pronoun after any other frame ("Assad told reporters he must stay": no addressee that is an actor; "said it must
act": the speaker itself), and not a harm that would end of itself ("the crisis must end through dialogue" names no
harm of the cue list; "violence must be the first step" no halting verb).
"""

from __future__ import annotations

import re

from ..actors import ActorMention
from ..actors.gazetteer import DEMONYMS, phrase_alternation
from .cues import CUES, DETERMINERS, PRONOUNS
from .predicates import Predicate

_TELLING = tuple(CUES["telling"])
# the pronoun subject right before the modal ("he must", "it also should", "they now have to")
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:it|he|she|they)\s+(?:(?:also|now|still|first|[a-z]+ly)\s+)?$")
# the addressee right after the verb of telling: a name, with "the" before it ("told the council", "told Assad")
_BEFORE_ADDRESSEE = re.compile(r"\s+(?:the\s+)?")
# a body named by its noun right after the verb of telling ("told the council", "telling opposition forces")
_ADDRESSED_BODY = re.compile(r"\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:%s)(?![\w'’-])" % phrase_alternation(CUES["obligated"]))
# a harm of the cue list heading the obligation's subject, then the modal and a verb of halting ("violence must end",
# "the killings in Syria should stop", "the military operations have to stop"); what may stand between the noun and
# the modal: a short "in"/"of"/"against" phrase, no clause ("the killing of civilians must stop")
_HARM = phrase_alternation(CUES["halted_harm"])
_HARM_SUBJECT = re.compile(r"(?<![\w'’-])(?:%s)(?:\s+(?:in|of|on|against|by)\s+(?:[\w'’.-]+\s+){1,3}?|\s+)$" % _HARM)
# a saying of its own inside what the frame reports, before the obligation: the obligation is what that saying says
# ('"I met President Assad ... and told him the violence must stop," Davutoglu told reporters': the telling of Tuesday;
# "opposition leaders ..., who say security forces must first stop shooting protesters and political prisoners must be
# released": the opposition's demand, ``speech``'s passive obligation)
_INNER_SAYING = re.compile(r"(?<![\w'’-])(?:%s|say|said|says|saying|warned|urged)(?![\w'’-])"
                           % phrase_alternation(CUES["telling"]))


def said_inside(low: str, start: int, end: int) -> bool:
    """Is there a saying of its own (a verb of saying or telling, "warned", "urged") in ``low[start:end]``, the part of
    a reported clause before its obligation?"""
    return _INNER_SAYING.search(low, start, end) is not None


# a group of parties with no "the" (``obligated_group``), or a people by a demonym that is its own plural ("Lebanese",
# "Chinese"; "Syrians" is a named actor already), right before the modal and after the clause's start, a comma, "that",
# "then" or "and" (what the window before it opens on is the clause's start when the clause is shorter)
_DEMONYM_PEOPLE = sorted({d.lower() for d in DEMONYMS.values() if d.lower().endswith("ese")})
_GROUP_SUBJECT = re.compile(
    r"(?:^|,|(?<![\w'’-])(?:that|then|and))\s+[\"“]?(?:(?:(?:both|all|other|all\s+other)\s+(?:[\w-]+\s+)?"
    r"|(?!(?:%s)\s)[a-z][\w-]+\s+)(?:%s)|(?:%s))\s+$"
    % ("|".join(DETERMINERS | PRONOUNS | {"two", "three", "four", "five", "some", "many", "most", "few", "several", "such",
                                          "united", "of", "to", "for", "with", "in", "on", "from", "by", "against", "among"}),
       phrase_alternation(CUES["obligated_group"]), "|".join(_DEMONYM_PEOPLE)))


def group_subject(low: str, content: tuple[int, int], pos: int) -> bool:
    """Is the subject of the modal at ``pos`` a group of parties with no "the" ("both sides should", "like-minded
    countries should") or a people by its demonym ("Lebanese had to"), opening the reported clause ``content`` or a
    clause of it?"""
    lo = max(content[0], pos - 50)
    return _GROUP_SUBJECT.search(("," if lo == content[0] else "") + " " + low[lo:pos]) is not None


_HALTED = re.compile(r"\s+(?:(?:now|immediately|at\s+once|first)\s+)?(?:stop|end|cease|halt|come\s+to\s+an\s+end)(?![\w'’-])")


def addressee(low: str, actors: list[ActorMention], frame: Predicate | None,
              speaker: ActorMention | None) -> ActorMention | str | None:
    """The party a verb of telling addresses, right after it: a named actor other than the speaker ("told Assad", "told
    the council" when the council is named), else the body noun of the ``obligated`` cue list ("telling opposition
    forces") as a string; None for any other frame, or none addressed ("told reporters")."""
    if frame is None or not low.startswith(_TELLING, frame.trigger.start):
        return None
    end = frame.trigger.end
    for a in actors:
        if a.start >= end and _BEFORE_ADDRESSEE.fullmatch(low, end, a.start) and not a.placed \
                and (speaker is None or a.key != speaker.key):
            return a
    body = _ADDRESSED_BODY.match(low, end)
    return body.group() if body is not None else None


def addressed_pronoun(low: str, actors: list[ActorMention], content: tuple[int, int], pos: int,
                      frame: Predicate | None, speaker: ActorMention | None) -> ActorMention | str | None:
    """The addressee (``addressee``) that the subject of the modal at ``pos`` stands for: a third-person pronoun ("it",
    "he", "she", "they") right before the modal, an adverb allowed between, inside the clause a verb of telling reports;
    None when the subject is no such pronoun or the frame addresses no one."""
    if frame is None or frame.trigger.end > content[0] or _PRONOUN_BEFORE.search(low, content[0], pos) is None:
        return None  # (not a closing frame: '"They should carefully consider this," Saleh told army commanders': the
        # quotation's "they" is whoever it named before)
    return addressee(low, actors, frame, speaker)


def halted_harm(low: str, content: tuple[int, int], start: int, end: int) -> bool:
    """Is the modal at ``low[start:end]`` one that a harm of the cue list heads the subject of, with a verb of halting
    after it ("violence must end", "the killings in Syria should stop")?"""
    harm = _HARM_SUBJECT.search(low, max(content[0], start - 60), start)
    return harm is not None and _HALTED.match(low, end, content[1]) is not None \
        and not said_inside(low, content[0], harm.start())
