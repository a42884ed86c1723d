"""A speaker's refusal to tell ("declined to say whether ...", "declined to reveal specifics", "refused to comment on")
after a saying of theirs in the story: what their speech did not say, no act of its own.

News copy closes a speaker's quotes with what they would not tell: "White House spokesman Jay Carney said the
administration was pursuing a range of possible policy options ... . But he declined to say whether measures might
be imposed against Assad himself", "He declined to reveal specifics, but said there were unresolved issues with
the authorities". The gold sets give such a sentence no row of its own (events_gold.md, "Speech": one saying row per
speech; the sentences that tell a refusal to comment alongside a saying, events_gold_check t17-reuters-33#1,
events_gold_fresh2 t17-reuters-154#3, events_gold_fresh14 t17-bbc-62#6, are rows of the saying only). A refusal to
act is not one of these ("Russia refused to discuss the draft", "refused to let the convoy through": a rejection,
its row stands), nor a refusal by someone who has said nothing in the story (not folded: nothing to fold into).
"""

from __future__ import annotations

import re

from .predicates import Predicate
from .triggers import DEFINED

# the verb of refusing, then an infinitive of telling: what a speaker would not disclose, or his own anonymity
# ("refused to be named": the ``anonymity`` definition of event_triggers.tsv, one list with unnamed_sources')
_WITHHELD = re.compile(r"(?:declin|refus)(?:ed|es|e|ing)\s+to\s+(?:say|comment|elaborate|specify|confirm|reveal|"
                       rf"disclose|give\s+(?:any\s+)?details|name|identify|be\s+drawn|{DEFINED['anonymity']})\b")


def withheld(low: str, p: Predicate | None) -> bool:
    """Is ``p`` a refusal to tell ("declined to say", "refused to comment"), read at its trigger in the lower-cased
    text ``low``?"""
    return p is not None and _WITHHELD.match(low, p.trigger.start) is not None
