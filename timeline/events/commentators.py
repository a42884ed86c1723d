"""An outside commentator's saying has no place from the dateline.

Wire copy asks analysts, scholars and exiles for comment, by telephone or from their own desks: "said Joshua Landis, a
Syria expert at the University of Oklahoma", "Hugh Pope, an analyst at International Crisis Group, said", "said Rime
Allaf, Associate Fellow in Chatham House", "Walid Saffour, the London-based president of the Syrian Human Rights
Committee". The dateline names where the reporter filed, not where they spoke (the gold leaves such rows without a
place: events_gold_fresh4, _fresh5, _fresh7, _fresh13, _fresh15). A speaker "based" in the dateline's own city is
there: "Paris-based Burhan Ghalioun ... told France 24 television" in a story filed from Paris keeps Paris.
"""

from __future__ import annotations

import re

# the appositive or title of a commentator: "a Syria expert at", "an analyst at", "an associate professor at",
# "Associate Fellow in", "a Syrian-born scholar in", "of London's Chatham House think-tank"
_COMMENTATOR = re.compile(r"\b(?:analyst|expert|scholar|professor|[Ff]ellow|researcher|think[- ]tank)s?\b")
# "the London-based president", "British-based opposition activist", "the New York-based group"
_BASED = re.compile(r"\b(?P<base>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-based\b")


def commentator(sentence: str, dateline_place: str | None) -> bool:
    """Does the sentence quote an outside commentator, or someone based elsewhere than the dateline's place?"""
    if _COMMENTATOR.search(sentence):
        return True
    places = [part.strip().lower() for part in (dateline_place or "").split("/")]
    return any(m.group("base").lower() not in places for m in _BASED.finditer(sentence))
