"""Support given as assistance: "will continue to support the Afghan people, including through continued development,
humanitarian, and security assistance", "committed to increasing international support for the Haitian people,
including through security and humanitarian assistance".

A support or commitment whose means the clause names as assistance or aid is the giving of that aid (events_gold.md
rule 7 (d): a commitment to give money or goods is ``aid``; blind 2021-04-14 Ghani #4 and fresh15 Trudeau #55 code
these two ``aid``). Read only when the word "support" stands after the trigger in the same clause and an "including
through" / "including by providing" / "through" phrase ending on "assistance" or "aid" follows it, before the
clause ends; not a thanks for support ("thanked ... for U.S. support, including security assistance": the thanker
gives nothing), which only a support or cooperation typed from another verb can be (the caller's test).
"""

from __future__ import annotations

import re

from ..cue_words import run_class

_MEANS = re.compile(run_class(r".;:!?") + r"*?\bsupport(?:s|ed|ing)?\b" + run_class(r".;:!?") +
                    r"{0,100}?,?\s+(?:including\s+)?(?:through|via|by\s+providing)"
                    r"\s+(?:(?:continued|additional|more|new|further|its|their|our)\s+)*(?:[\w-]+,?\s+(?:and\s+)?){0,5}?"
                    r"(?:assistance|aid)\b")
_THANKS = re.compile(r"thank|grat|apprec|welcom|prais|commend")


def support_as_aid(low: str, trigger_start: int, trigger_end: int, end: int) -> bool:
    """Is the support or commitment whose trigger spans ``[trigger_start, trigger_end)`` given as assistance named
    after it, before ``end`` (its sentence's end)?"""
    return _THANKS.match(low, trigger_start) is None and _MEANS.match(low, trigger_end, end) is not None
