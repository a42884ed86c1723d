"""A reporter's question in a remarks transcript asks about a plan; it reports none.

"Q Mr. President, will you meet President Xi next week?" is no planned meeting: the gold sets give a question's
row only to an act the question takes as done ("was it a mistake to call Xi a 'dictator'?": the criticism, fresh7
Modi ``#11``; "will you respond to attacks on U.S. troops?": the attacks, fresh11 Albanese ``#11``), never to what it
asks about. A question turn runs from a line opening with "Q " to the next speaker's label.
"""

from __future__ import annotations

import bisect
import re

_QUESTION_LINE = re.compile(r"(?m)^[ \t]*Q[ ]")  # as ``actors.scan`` reads a question turn
_QUESTION_END = re.compile(r"\?[\"”’')]*\s*$")


def question_lines(text: str) -> list[int]:
    """Where the question turns of a transcript begin ("Q Mr. President, ..."), in text order."""
    return [m.start() for m in _QUESTION_LINE.finditer(text)]


def asked(text: str, questions: list[int], label_starts: list[int], start: int, end: int) -> bool:
    """Is the sentence [start, end) a question (it ends in "?") of a reporter's turn: after a "Q" line, with no
    speaker's label between (``label_starts``: where the labels "PRESIDENT BIDEN:" begin, in text order)?"""
    if not questions or _QUESTION_END.search(text, start, end) is None:
        return False
    k = bisect.bisect_right(questions, start) - 1
    if k < 0:
        return False
    j = bisect.bisect_right(label_starts, start) - 1
    return j < 0 or label_starts[j] < questions[k]
