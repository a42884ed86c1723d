"""A reporter's question in a remarks transcript asks about a plan; it reports none.

"Q Mr. President, will you meet President Xi next week?" is no planned meeting: the gold sets give a question's
row only to an act the question takes as done ("was it a mistake to call Xi a 'dictator'?": the criticism, fresh7
Modi ``#11``; "will you respond to attacks on U.S. troops?": the attacks, fresh11 Albanese ``#11``), never to what it
asks about. A question turn runs from a line opening with "Q " to the next speaker's label.
"""

from __future__ import annotations

import bisect
import re

from ..actors.scan import QUESTION_LINE

_QUESTION_END = re.compile(r"\?[\"”’')]*\s*$")


def question_lines(text: str) -> list[int]:
    """Where the question turns of a transcript begin ("Q Mr. President, ..."), in text order."""
    return [m.start() for m in QUESTION_LINE.finditer(text)]


def in_question(questions: list[int], turn_start: int, position: int) -> bool:
    """Does a reporter's question turn (``questions``: where the "Q" lines begin, in text order) begin at or before
    ``position`` and after ``turn_start``, where the labelled turn that holds ``position`` begins? A colon inside the
    question ("Q Mr. President, one on China: ... Did you discuss Taiwan?") ends nothing."""
    k = bisect.bisect_right(questions, position) - 1
    return k >= 0 and questions[k] > turn_start


def asked(text: str, questions: list[int], label_starts: list[int], start: int, end: int) -> bool:
    """Is the sentence [start, end) a question (it ends in "?") of a reporter's turn: after a "Q" line, with no
    speaker's label between (``label_starts``: where the labels "PRESIDENT BIDEN:" begin, in text order)?"""
    if not questions or _QUESTION_END.search(text, start, end) is None:
        return False
    j = bisect.bisect_right(label_starts, start) - 1  # the label whose turn holds the sentence, if any
    return in_question(questions, label_starts[j] if j >= 0 else -1, start)
