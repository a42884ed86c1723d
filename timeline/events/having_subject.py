"""The subject of a sentence-opening perfect participle ("Having almost gone to war in the late 1990s ...,
Damascus would not welcome ...", "Having threatened Syria in 1998, Turkey said ..."): the participle has no subject of
its own, and its agent is the main clause's subject, the actor right after the comma that closes the phrase
(events_gold_fresh21 229#10: actor1 Syria). Not a participle inside the sentence ("Syria, having almost gone to war
with Turkey", whose subject stands before it and is read as any verb's), nor a phrase with no actor right after its
comma ("Having gone to war, they ...": a pronoun, left to the usual reading)."""

from __future__ import annotations

import re

# the opening: "Having" (or "After having"), an adverb at most, then the verb group the predicate starts
_OPENING = re.compile(r"[\s\"“‘'(]*(?:after\s+)?having\s+(?:(?:almost|nearly|already|also|just|once|twice|long|"
                      r"[a-z]+ly)\s+)?(?:been\s+)?$")
# between the comma and the subject: an article at most
_TO_SUBJECT = re.compile(r",\s*(?:the\s+)?")


def having_subject(p, reading, actors, low: str):
    """The actor of the main clause's subject when ``p`` heads a sentence-opening "Having ..." phrase, else None."""
    if p.form != "verb" or not _OPENING.fullmatch(low, reading.start, p.start):
        return None
    close = low.find(",", p.trigger.end, reading.end)
    if close < 0:
        return None
    return next((a for a in actors if a.start > close and _TO_SUBJECT.fullmatch(low, close, a.start)), None)
