"""The speaker's own side named by a possessive: "Assad has said his country will not bow to pressure".

A reported clause whose subject is "his country", "its government", "our people" (a possessive pronoun, then one of
``own_body_noun``) names the speaker's own side when the pronoun can stand for the speaker: "his"/"her" for a person,
"its"/"their" for a country or body, "our"/"my" always (``speech.pronoun_is_speaker`` reads the bare pronoun so).
events_gold_fresh28 t17-bbc-115#2 ("President Bashar al-Assad has said his country will not bow to \\"pressure\\"":
reject) was typed a statement: the subject was no actor mention and no bare pronoun. Not a third party's possession
("said Syria's government will not ...": a named subject, read as such) nor a possessive of another's
("he said their government would not resign", of a body: no side of a person speaker's).
"""

from __future__ import annotations

import re

from ..actors import ActorMention
from .cues import CUES

_POSSESSIVE = {"his": "person", "her": "person", "its": "body", "their": "body", "our": "any", "my": "any"}
# the possessive and the body noun just before a verb group, with "own" between them at most
_OWN_BODY = re.compile(r"(?<![\w'’])(his|her|its|their|our|my)\s+(?:own\s+)?(?:%s)\s+$"
                       % "|".join(sorted(map(re.escape, CUES["own_body_noun"]), key=len, reverse=True)))


def possessed_own_side(low: str, start: int, pos: int, speaker: ActorMention | None) -> bool:
    """Is the subject just before ``pos`` (within ``low[start:pos]``) the speaker's side named by a possessive pronoun
    ("his country", "our government"), the pronoun one the speaker can be (module doc)?"""
    m = _OWN_BODY.search(low, max(start, pos - 40), pos)
    if m is None:
        return False
    kind = _POSSESSIVE[m.group(1)]
    if kind == "any" or speaker is None:
        return True
    return (speaker.kind == "person") == (kind == "person")


# a refused act in the passive, refused by the speaker's side as its agent: "will not be supported by my country",
# "would not be accepted by his government", "will never be allowed by us"
_PASSIVE_REFUSAL = re.compile(
    r"(?<![\w'’])(?:will|would|shall|can|could)\s+(?:not|never)\s+(?:(?:ever|simply|just)\s+)?be\s+"
    r"(?:accepted|allowed|permitted|tolerated|approved|endorsed|backed|supported|signed|ratified|recognized|recognised)"
    r"\s+by\s+(?:(us|me)|(his|her|its|their|our|my)\s+(?:own\s+)?(?:%s))(?![\w'’])"
    % "|".join(sorted(map(re.escape, CUES["own_body_noun"]), key=len, reverse=True)))


def passive_refusal(low: str, content: tuple[int, int], speaker: ActorMention | None) -> re.Match | None:
    """A refusal told in the passive with the speaker's side as agent ("Chizhov said: \\"The prospect of a ... resolution
    ... will not be supported by my country\\"", audit t17-reuters-320): the words from the modal to the agent, or None.
    Not a passive with another agent ("will not be accepted by the opposition": theirs, which the speaker reports)."""
    for m in _PASSIVE_REFUSAL.finditer(low, *content):
        if m.group(1) or _POSSESSIVE[m.group(2)] == "any" or speaker is None \
                or (speaker.kind == "person") == (_POSSESSIVE[m.group(2)] == "person"):
            return m
    return None
