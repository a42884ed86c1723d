"""A joint subject's undertaking told by its object, whatever the verb.

"we will improve our trilateral communication mechanism", "we will conduct inaugural exchanges between ...", "we
intend to operationalize our sharing of missile warning data", "decided to continue strengthening real-time
information sharing": a verb no trigger lists, under a plan or a modal, whose object is joint work, named by its
head noun (cooperation, coordination, collaboration, consultations, exchanges, sharing) or by a joint modifier
(trilateral, bilateral, joint, combined, collaborative, cooperative). ``triggers.find_triggers`` adds such a verb as
a cooperate trigger of form J (an act only when its subject is two or more parties: ``senses.joint_subject``) where
no listed trigger stands. Not a verb that ends, weighs or marks the work ("will review our cooperation", "will suspend
our bilateral exchanges"), nor a joint meeting, dialogue or drill ("will hold trilateral meetings": the light verb's
event), nor each side's own ("our respective national ...").
"""

from __future__ import annotations

import re

# the plan or modal before the verb
_FRAME = (r"\b(?:(?:also\s+)?(?:intends?|plans?|aims?|seeks?)\s+to|decided\s+to|agreed\s+to|tasked\s+to|"
          r"(?:will\s+)?(?:continue|work)\s+to|will(?:\s+(?:also|further|jointly))?|shall|continue|continuing|jointly)\s+")
# verbs that end, weigh or mark the work, or are no verb at all
# joint work: the object's head nouns, and the modifiers that make any head joint (also the words ``verb_objects``
# looks for before it scans)
_HEADS = ("cooperation", "coordination", "collaboration", "consultations", "exchanges", "sharing")
_MODIFIERS = ("trilateral", "bilateral", "joint", "combined", "collaborative", "cooperative")
_EXCLUDED = (r"(?!(?:be|not|to|have|has|had|continue|remain|need|want|also|further|jointly|never|only|still|the|a|an|our|"
             r"their|its|this|these|discuss|review|consider|welcome|note|support|suspend|halt|end|stop|cease|freeze|cut|"
             r"terminate|reduce|limit|curtail|abandon|downgrade|reconsider|undermine|oppose|reject|condemn|examine|assess|"
             r"evaluate|study|mark|celebrate|commemorate|highlight|recognize|acknowledge|" + "|".join(_MODIFIERS) +
             r")\b)(?![a-z]+(?:ly|ion|ions|al)\b)")
# a word of the object before its head (no preposition or clause word)
_MOD = r"(?:(?!(?:to|of|with|on|in|for|and|by|at|from|as|that|which|between)\b)[\w-]+\s+)"
# the object: its head joint work, or a joint modifier on a head that is no meeting, dialogue or drill
_OBJECT = (r"(?=\s+(?:(?:our|their|the|a|an|its|new)\s+)?(?!(?:own|respective|domestic|national)\b)"
           r"(?:" + _MOD + r"{0,2}?(?:" + "|".join(_HEADS) + r")(?![\w-])"
           r"|" + _MOD + r"?(?:" + "|".join(_MODIFIERS) + r")\s+(?:and\s+[\w-]+\s+)?"
           r"(?!(?:[\w-]+\s+){0,2}(?:meetings?|summits?|talks|dialogues?|visits?|calls?|negotiations|consultations|"
           r"exercises|drills|statements?)(?![\w-]))[\w-]+))")
VERB_OBJECT = re.compile(_FRAME + r"(?P<verb>" + _EXCLUDED + r"[a-z]+)" + _OBJECT)
# the words one of which every object holds (its head, or a joint modifier): a text with none has no such verb
_OBJECT_WORDS = _HEADS + _MODIFIERS


def verb_objects(low: str, start: int, end: int) -> list[re.Match]:
    """The matches of ``VERB_OBJECT`` in ``low[start:end]``, none looked for in a stretch with no word of joint work
    (most news copy: the pattern's scan is the cost)."""
    if not any(low.find(w, start, end) >= 0 for w in _OBJECT_WORDS):
        return []
    return list(VERB_OBJECT.finditer(low, start, end))
