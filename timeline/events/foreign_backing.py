"""The armed side a speaker fights, told as armed, paid or backed from outside: "The government calls them \"armed
groups\", and says they are armed and financed by foreign powers", "Syria's UN ambassador said that the main threat to
the ceasefire came from the armed opposition backed by Qatar, Saudi Arabia and Turkey".

A state that names the side it fights as gangs, terrorists or a foreign plot blames that side (``speech.enemy_label``);
putting that side's arms, money or backing on outside powers is the same blame in a clause shape of its own, a passive
participle with its agent: the development sets code the saying ``accuse`` where the state's "blames the violence on
terrorists backed by foreign powers" is (events_gold_bbc, fresh14, fresh12 rows of "foreign-backed armed groups"). The
audit sample has thirty sentences of the label in twenty-eight documents, most of them under "blames" (already an
accusation); the ones under a saying verb were statements (t17-bbc-198, t17-bbc-187).

Read in a reported clause: a participle of arming, paying or backing ("armed and financed", "backed", "supported"), then
"by" and outside powers ("foreign powers", "outside countries", "external parties") or a named state or body the text
names, or "from abroad"; the participle follows a word of the armed side ("armed opposition", "terrorists", "gangs",
"militants", "they") within a few words. Not "troops backed by tanks" (an instrument, no party), nor a participle with
no armed side before it ("a plan backed by the Arab League", "a resolution supported by Russia").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention

_PARTICIPLE = r"(?:armed|backed|financed|funded|supported|sponsored|paid|trained|equipped)"
_BACKED = re.compile(r"(?<![\w'’-])%s(?:\s*,?\s+(?:and\s+)?%s)*\s+(?P<by>by\s+(?:the\s+)?|from\s+abroad)" % (_PARTICIPLE, _PARTICIPLE))
# outside powers, unnamed ("foreign powers", "outside countries", "external parties", "Western intelligence services")
_OUTSIDE = re.compile(r"(?:foreign|outside|external|western|regional|certain)\s+(?:[\w-]+\s+)?"
                      r"(?:powers|countries|parties|states|governments|hands|elements|agents|circles|sides|"
                      r"intelligence|services|sponsors|backers)(?![\w'’])")
# the armed side, within four words before the participle (its head, or the pronoun that stands for it), then only an
# auxiliary or a quotation mark
_ARMED_SIDE = re.compile(r"(?<![\w'’-])(?:armed|gangs?|terrorists?|militants?|mercenaries|saboteurs|insurgents?|"
                         r"extremists?|jihadists?|rebels?|opposition|infiltrators|they|them)[\"”]?"
                         r"(?:\s+(?:[\w-]+|[\"“”]))?(?:,?\s+(?:are|were|is|was|being|been|have|has|had|all))*\s*,?\s*$")


def foreign_backing(low: str, content: tuple[int, int], actors: list[ActorMention]) -> bool:
    """Does the reported clause ``content`` tell the armed side as armed, paid or backed from outside (module doc)?"""
    for m in _BACKED.finditer(low, *content):
        if not _ARMED_SIDE.search(low, max(content[0], m.start() - 60), m.start()):
            continue
        if m.group("by").startswith("from") or _OUTSIDE.match(low, m.end()):
            return True
        if any(a.start == m.end() and not a.placed for a in actors):
            return True  # "backed by Qatar, Saudi Arabia and Turkey": a party the text names
    return False
