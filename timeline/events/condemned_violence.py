"""A condemnation of "the violence" or "the crackdown", or a demand for "an end to" it, names no party, and the
development sets code the story's state as its target (rule 19's accused; events_gold.md, "type by meaning").

Wire copy on one state's crackdown tells other parties' condemnations and demands by what they condemn: "The United
Nations and United States also condemned the violence" (check t17-reuters-206#9), "France ... has repeatedly
condemned what it calls excessive force being used there" (check 206#5), "an August 3 statement by the Security
Council that condemned the government's crackdown" (blind t17-reuters-314#12), "have imposed targeted sanctions on
Syrian officials and condemned the violence used to suppress dissent" (fresh29 t17-reuters-260#18), "France said it
was \"extremely concerned\" and condemned the violence" (fresh35 t17-bbc-11#12), "Saudi Arabia, Bahrain and Kuwait
have recalled their ambassadors and demanded an immediate end to the use of military force against civilians" (fresh17
t17-bbc-173#14). The gold gives each the story's state as ``actor2``, as it does the rows the clause readers already
aim ("condemned the Syrian government for fresh military assaults", "urged Syria to halt the bloodshed"). So an
``accuse`` or ``demand`` row with no ``actor2``, in a story that is no readout, joint statement or transcript, gets
the story's country (a rule of ``untargeted``'s pass: for an ``accuse`` row, after ``charged_state`` found none) when,
after its trigger and in its clause, a verb of condemnation takes the violence as its object ("condemned the
violence", "condemning the crackdown", "condemned what it calls excessive force"), or a demand asks for an end or a
halt to it ("demanded an immediate end to the use of military force", "to appeal for an end to the killing of
protesters"), with no owner but the story's government ("the government's crackdown", "its repression"), and the
agent is not of that state. Not a killing, an attack or an assault ("condemned the killing of a Lebanese cameraman",
"condemned the attack": one deed, whose doer the gold leaves unnamed), nor a "concern" (a ``statement``, which the
gold leaves without a target).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..actors.gazetteer import DEMONYMS
from ..model import Event

if TYPE_CHECKING:
    from .untargeted import Story

_OWNER = (r"(?:the\s+|its\s+|this\s+|such\s+|(?:the\s+)?(?:{demonym}\s+)?(?:government|regime|authorities)['’]s?\s+"
          r"|{state}['’]s\s+)?")
_VIOLENCE = (r"(?:[a-z]+\s+)?(?:violence|crackdown|repression|bloodshed|brutality|(?:excessive|military|lethal)\s+force"
             r"|use\s+of\s+(?:[a-z]+\s+)?force)\b")
# the verbs of condemnation, by their stems (an agent's verb in ``_CONDEMNED``, a text's verb in ``_TEXT_BEFORE``)
_CONDEMN = r"(?:condemn|criticis|criticiz|denounc|deplor)"
_CONDEMNED = (rf"\b{_CONDEMN}(?:s|e|es|ed|ing)?\s+"
              r"(?:what\s+(?:it|he|she|they)\s+(?:calls?|says?\s+is|describes?\s+as)\s+)?")
_ENDED = r"\b(?:an?\s+)?(?:immediate\s+|swift\s+)?(?:end|halt)\s+to\s+"
# the violence's own doer or place named after it ("the violence by rebels"): not read here
_NOT_AFTER = re.compile(r"\s+(?:by|of)\s+(?!the\s+(?:government|regime|authorities)\b)[a-z]")
# a text that condemns ("to approve a resolution condemning the violence"): the text's words, not the agent's act (the
# gold codes fresh36 t17-reuters-244#30 a demand of the General Assembly)
_TEXT_BEFORE = re.compile(rf"\b(?:resolution|draft|text|motion)\s+(?:that\s+)?{_CONDEMN}\w*\s+[^.;]*$")
_CLAUSE_END = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b")


@cache
def _patterns(story: str) -> dict[str, re.Pattern]:
    """Each type's pattern of the violence condemned or asked to end, with the owners ``story``'s state gives it."""
    owner = _OWNER.format(demonym=re.escape(DEMONYMS[story].lower()), state=re.escape(story.lower()))
    return {"accuse": re.compile(_CONDEMNED + owner + _VIOLENCE),
            "demand": re.compile(_ENDED + owner + r"(?:" + _VIOLENCE
                                 + r"|killing(?:s)?\s+of\s+(?:[a-z]+\s+)?(?:protesters|civilians|demonstrators)\b)")}


def violence_target(e: Event, story: Story) -> str | None:
    """The story's state as the target of an untargeted condemnation of the violence, or demand for its end (see the
    module docstring), or None."""
    if story.country not in DEMONYMS or e.actor2 is not None or e.trigger_char_start is None or story.own_act(e):
        return None
    low, start = story.low, e.trigger_char_start
    stop = _CLAUSE_END.search(low, start, e.char_end)
    end = stop.start() if stop is not None else e.char_end
    noun = _patterns(story.country)[e.event_type].search(low, start, end)
    if noun is None or _NOT_AFTER.match(low, noun.end()) \
            or _TEXT_BEFORE.search(low, max(start - 30, e.char_start), noun.end()):
        return None
    return story.country
