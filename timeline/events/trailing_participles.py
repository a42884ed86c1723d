"""A participle clause after the comma that follows a date ("Russia and China vetoed a resolution on Saturday,
drawing protests in Damascus"; "tightened sanctions this month, adding the Commercial Bank ..."): a clause of its
own, told of the main clause's act. The place beside a date before its comma is the main clause's
(``places.clause_place``): the protests are in Damascus, the veto is not; and so is the date itself when the
participle tells a consequence others make ("drawing", "prompting", "sparking": ``dating._CONSEQUENCE``), while a
participle of the subject's own second act shares it ("hosted Yemen's president on Monday, pledging aid"). A saying
participle (", saying Moscow opposed any foreign intervention") is the subject's saying at the main clause's time,
and what it reports keeps that time: ``attach`` leaves its clause alone.

The "-ing" word is in lower case (not "Beijing") and no preposition ("according to", "including", "during") or
noun ("morning", "meeting").
"""

from __future__ import annotations

import re

from .cues import CLAUSE_BREAK

_OPENING = re.compile(r",\s+(?:(?:also|thereby|further|so|then|again)\s+)?"
                      r"(?!(?:according|including|excluding|during|notwithstanding|regarding|concerning|"
                      r"morning|evening|nothing|something|anything|everything|meeting|building|"
                      r"beijing|wyoming|reading|spring|string|thing|king|ring|wing|sing)\b)([a-z]{2,}ing)\b")


def opening(text: str, low: str, start: int, end: int) -> int | None:
    """Where the first participle clause after a comma in ``text[start:end]`` opens (its comma), None when none does
    before a clause break; ``low`` is ``text`` lower-cased."""
    found = participle(text, low, start, end)
    return found.start() if found is not None else None


def participle(text: str, low: str, start: int, end: int) -> re.Match | None:
    """The first participle clause's opening in ``text[start:end]`` (``opening``): group 1 is its "-ing" word."""
    stop = CLAUSE_BREAK.search(low, start, end)  # (a break holds no comma, so it ends before any opening after it)
    limit = stop.start() if stop is not None else end
    for found in _OPENING.finditer(low, start, end):
        if found.start() > limit:
            return None
        if text[found.start(1)].islower():
            return found
    return None
