"""An act a saying reports in the past perfect, in the body of a story: done before the saying, on no day the text
gives (events_gold.md rules 1 (c) and 18: "a claim's day does not date the act claimed").

"Mr Ghalioun said the FSA had agreed to the new organization", "Ms Rice said Syria had refused at least one
observer", "Mr Ban said Mr Arabi had asked for UN help", "The Sunday Times said Assad had promised to personally
fight": the saying is the day's (its own row, on the anchor), the act it reports is earlier and undated. In the lead
the past perfect is often the day's news told through its source ("The agency said it had begun to hand out food"),
so only the body is read; troops and crowds a source reports (``basis.SOURCE_REPORTED``: "said it had sent
reinforcements") keep the day's date there, as several sets date them ("Earlier he said troops had deployed").
"""

from __future__ import annotations

import re

from .cues import PERFECT_ADVERBS
from .predicates import Predicate

# "had" right before the act's verb, with adverbs between ("had also", "had already", "had briefly"); not "had been"
# (a passive report of a toll or a deployment: "had been killed", "had been deployed", kept as the other rules read it)
_HAD = re.compile(r"\b(?:had|[’']d)\s+(?:(?:%s|not|never)\s+)*$" % PERFECT_ADVERBS)
_ONSET = re.compile(r"(?:begun|started)\b")


def claimed_before(low: str, p: Predicate, content: tuple[int, int] | None) -> bool:
    """Is ``p`` a verb in the past perfect inside what a reporting verb reports (``content``)? The caller decides
    where (the body of wire or reported copy) and which types (not a source's troop movement or protest)."""
    if p.reporting or p.form != "verb" or content is None or not content[0] <= p.start < content[1]:
        return False
    if _ONSET.match(low, p.trigger.start):
        return False  # "The agency said it had begun to hand out food": an onset of what goes on as the source speaks
    return _HAD.search(low, max(content[0], p.trigger.start - 40), p.trigger.start) is not None


# the speaker again as the reported clause's subject, and the past perfect: "said she had asked", "said it had agreed"
_OWN_HAD = re.compile(r"(?<![\w'’])(?:it|they|he|she|we)\s+(?:had|[’']d)\s+(?:(?:%s)\s+)*$" % PERFECT_ADVERBS)


def own_request_before(low: str, taken: Predicate, content: tuple[int, int] | None) -> bool:
    """Is ``taken``, the act that types a saying ("Baroness Amos said she had asked for full access", "Ban Ki-moon said
    earlier he had asked Mr Annan to pursue ...", "Syria said it had agreed to the plan in principle"), the speaker's own
    act in the past perfect? Then the saying's row is that act, done before the saying on no day the text gives (rule
    18: the act is dated only by its own words; events_gold_fresh34 t17-bbc-14#15, -189#7, -237#2, fresh28
    t17-bbc-115#15), not the saying's day. The caller reads the body of wire or reported copy only."""
    return claimed_before(low, taken, content) \
        and _OWN_HAD.search(low, max(content[0], taken.trigger.start - 40), taken.trigger.start) is not None
