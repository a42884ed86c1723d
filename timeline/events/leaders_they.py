"""A joint statement's "They" after a sentence its leaders lead: the leaders, not the statement's authors.

In a readout or joint statement the actors are who the clause names (events_gold.md rule 34): "The leaders hailed the
signing of ... . They welcomed the call for proposals ..." is the two leaders' welcome (events_gold_fresh22 #37, #39),
as "The two sides noted ... . They welcomed ..." is the authors' (the Jeddah Communique, fresh18 #12). A "They" whose
sentence before is led by the leaders, described and not named ("The leaders", "The two leaders", "Both leaders", "The
Presidents", "The President and Prime Minister", after an opening phrase: "Reaffirming their commitment to ..., the
leaders recommitted ... . They also welcomed"), is those leaders; a run of "They" sentences goes back to the first. A
"They" after leaders the sentence names is ``actors/theyref.py``'s; after "The two sides", "The Parties" or "Both
countries", the authors.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..actors.scan import sentence_starts
from ..actors.theyref import subject_position

# the leaders of a call or meeting, described: "the leaders", "the two leaders", "both leaders", "the Presidents",
# "the President and Prime Minister"
_LEADERS = re.compile(r"(?:the\s+|both\s+|all\s+)(?:(?:two|three|four)\s+)?(?:leaders|presidents|prime\s+ministers)\b"
                      r"|the\s+president\s+and\s+(?:the\s+)?prime\s+minister\b")
_THEY = re.compile(r"they\b")
_BACK = 3  # sentences read back for the leaders' one, at most (so up to two "They" sentences passed over between)


def leaders_before(text: str, low: str, start: int) -> bool:
    """Is the "They" that leads the sentence starting at ``start`` the leaders the sentence before it describes
    (``_LEADERS``), directly or through a run of "They" sentences? ``low`` is ``text`` lower-cased."""
    starts = sentence_starts(text)
    k = bisect_right(starts, start) - 1
    for _ in range(_BACK):
        if k <= 0:
            return False
        pos = subject_position(text, starts[k - 1], starts[k])
        if pos is None:
            return False
        pos += len(low[pos:starts[k]]) - len(low[pos:starts[k]].lstrip())
        if _LEADERS.match(low, pos):
            return True
        if not _THEY.match(low, pos):
            return False
        k -= 1
    return False
