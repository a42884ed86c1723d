"""A reporter's question in a remarks transcript asks about a plan; it reports none; and no line of
a reporter's turn is a row of its own.

"Q Mr. President, will you meet President Xi next week?" is no planned meeting: the gold sets give a question's
row only to an act the question takes as done ("was it a mistake to call Xi a 'dictator'?": the criticism, fresh7
Modi ``#11``; "will you respond to attacks on U.S. troops?": the attacks, fresh11 Albanese ``#11``), never to what it
asks about. A question turn runs from a line opening with "Q " to the next speaker's label.

Rule 30's reading (e) (``events_gold.md``, twenty-fourth session): "a reporter's question gives no row of its own, and
its dated presupposition may date the act a speaker tells". The relabelled development transcripts drop every row of
a reporter's turn, the question's own sentences and the lines that lead to it alike (fresh7 Modi ``#11``, fresh11
Albanese ``#11``, fresh17 ``#34``, ``#36``, ``#37``), and the later ones give none: "Q You've spoken about enduring
American support for Ukraine ... this weekend." (fresh17), "Q ... Your old friend, Mitch McConnell, says you have only
spoken to each other once" and "You face a May 1st deadline for the withdrawal of U.S. troops" (fresh25), "Sir, I just
got back last night from a reporting trip to the border" (fresh26). So any sentence of a reporter's turn gives no row
(``reporters_turn``, ``without_reporters_turns``); the speaker's answer after it is the speaker's own. They are dropped
once the document's rows are built and folded, so that what they took part in (a speaker's later saying folded into
one, a consult the answer retells) reads as before. (The builder once also dropped, as it read them, the sentences of a
reporter's turn ending in "?" that asked about a plan or named no one, ``asked``; beside ``reporters_turn`` it dropped
nothing more: the 460-article, ``cut_records.jsonl`` and audit builds were byte-identical without it, thirtieth session.)
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..actors.scan import QUESTION_LINE

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event

def question_lines(text: str) -> list[int]:
    """Where the question turns of a transcript begin ("Q Mr. President, ..."), in text order."""
    return [m.start() for m in QUESTION_LINE.finditer(text)]


def in_question(questions: list[int], turn_start: int, position: int) -> bool:
    """Does a reporter's question turn (``questions``: where the "Q" lines begin, in text order) begin at or before
    ``position`` and after ``turn_start``, where the labelled turn that holds ``position`` begins? A colon inside the
    question ("Q Mr. President, one on China: ... Did you discuss Taiwan?") ends nothing."""
    k = bisect.bisect_right(questions, position) - 1
    return k >= 0 and questions[k] > turn_start


def reporters_turn(questions: list[int], label_lines: list[int], position: int) -> bool:
    """Is ``position`` in a reporter's turn: after a "Q" line (``questions``) that follows the line of the latest
    speaker's label (``label_lines``: where the lines of the labels "PRESIDENT BIDEN:" begin, in text order), or that
    opens the transcript before any label?"""
    if not questions:
        return False
    k = bisect.bisect_right(label_lines, position) - 1
    return in_question(questions, label_lines[k] if k >= 0 else -1, position)


# a line that opens with a label in capitals and a colon ("MS. JEAN-PIERRE:", "MODERATOR:", a misspelt "PRESIDENT
# ZELENSKKY:"): whoever speaks there, the reporter's turn has ended, even when the actor scan names no one by it
_ANY_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'’-]*(?:[ ][A-Z][A-Z.'’-]*){0,5}:")


def without_reporters_turns(events: list[Event], text: str, questions: list[int],
                            label_lines: list[int]) -> list[Event]:
    """``events`` but those whose sentence begins in a reporter's turn (``reporters_turn``) with no other line
    labelled in capitals between its "Q" line and the sentence, or opening it."""
    if not questions:
        return events
    return [e for e in events if not reporters_turn(questions, label_lines, e.char_start)
            or _labelled_since(text, questions[bisect.bisect_right(questions, e.char_start) - 1], e.char_start)]


def _labelled_since(text: str, question: int, position: int) -> bool:
    """Does a line labelled in capitals begin after the "Q" line at ``question`` and at or before ``position`` (the
    label that opens the sentence at ``position`` counts: "MODERATOR: We will now take ...")?"""
    end = text.find("\n", position)
    return any(m.start() <= position for m in _ANY_LABEL.finditer(text, question, len(text) if end < 0 else end))
