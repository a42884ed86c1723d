"""A "they" heading what an unnamed plural subject says is that subject.

"Gulf states say they are expelling Syria's ambassadors", "Western diplomats said on Wednesday that they did not
expect a vote": the pronoun heads the clause its own subject's saying reports, so it stands for that subject (a
group the text does not name: no actor, events_gold.md rule 2), not for the parties of the latest call or meeting
that a bare "they" opening a clause stands for ("They discussed ...": ``extract._Builder._parties``). A named
subject ("Syrian rebels said they") is the speaker's, read by ``roles._speaker_pronoun``; one the group words
name as an anaphor ("the two leaders said they", "both men said they": ``plural_anaphor``) still stands for the
meeting's parties.
"""

from __future__ import annotations

import re

from ..cue_words import break_class, run_class
from ..actors import ActorMention
from .cues import PLURAL_ANAPHORS, SUBJECT_TO_VERB

# the saying and what may stand between it and its clause: "said on Wednesday", "told reporters", "said in a
# statement", "said that"
_SAYER_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<subject>[a-z][a-z-]*(?:s|men)|people)\s+(?:(?:{SUBJECT_TO_VERB})\s+)*"
    r"(?:(?:say|says|said|announced|stated|added|insisted|claimed|confirmed|declared)"
    r"(?:\s+(?:on|in|late|early|earlier|last|this|today|yesterday)\b" + run_class(r",;:.!?\"“”()\n") + r"{0,30}?)?"
    r"|told\s+[a-z0-9][\w'’ -]{0,30}?)\s*,?\s+(?:that\s+)?$")
_GROUP_WORDS = PLURAL_ANAPHORS | {"men", "women"}
# what makes a group word an anaphor ("the leaders", "the two sides", "both delegations"), not a new group ("Gulf
# Arab governments", "Western officials")
_COUNTED = re.compile(r"(?<![\w'’-])(?:the|our|both|all|two|three|four)\s+(?:[a-z-]+\s+)?$")


def told_by_unnamed(low: str, pronoun: int, floor: int, actors: list[ActorMention]) -> bool:
    """Does the "they" at ``pronoun`` head a clause that an unnamed plural subject says (its last word a plural, in
    -s, -men or "people", no actor's, nor a group word read as an anaphor)? ``floor``: where the sentence starts."""
    m = _SAYER_BEFORE.search(low, max(floor, pronoun - 90), pronoun)
    if m is None:
        return False
    start, end = m.span("subject")
    if m.group("subject") in _GROUP_WORDS and _COUNTED.search(low, max(floor, start - 30), start):
        return False  # "the two leaders said they", "both sides said they": the group word's own reading
    return not any(a.start < end and start < a.end for a in actors)


_THEY = re.compile(r"(?<![\w'’-])they\b")
# an actor that a later "they" could stand for instead: one not owned ("Syria's ambassadors" is the ambassadors)
_OWNED = re.compile(r"\w['’]s\s")


def same_they(low: str, pronoun: int, floor: int, actors: list[ActorMention]) -> bool:
    """Is the "they" at ``pronoun`` a later mention of a "they" that an unnamed plural subject says, earlier in the
    sentence, with no actor it could stand for between them ("Gulf Arab states said they were expelling Syria's
    ambassadors ... over what they described as the 'mass slaughter' of civilians": the states described it)?"""
    for m in _THEY.finditer(low, floor, pronoun):
        if told_by_unnamed(low, m.start(), floor, actors):
            return not any(m.end() <= a.start < pronoun and not a.placed and not _OWNED.search(low, a.start, a.end)
                           for a in actors)
    return False


# what ends the reported act's own phrase: a clause mark or a conjunction that opens another clause
_CLAUSE_BREAK = re.compile(break_class(r",;:.!?()\"“”—–") + r"|\s-\s|\b(?:but|and|or|while|as|after|before|because"
                           r"|since|when)\b")


def named_in_clause(p, actors: list[ActorMention], low: str, names: list[str]) -> bool:
    """Does the act ``p`` of such an unnamed group fall on an actor of ``names`` its own phrase names, after its verb
    and before any other clause ("they are expelling Syria's ambassadors": Syria; not "told Amnesty they were beaten",
    whom they told, nor "they support reforms, but fear that calls for the overthrow of Assad", another clause's)?"""
    return p.form == "verb" and not p.passive and any(
        a.name in names and not a.placed and a.start >= p.trigger.end and not _CLAUSE_BREAK.search(low, p.trigger.end, a.start)
        for a in actors)
