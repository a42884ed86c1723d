"""A list's lead-in line gives its items their subject and their plan.

"In pursuit of these objectives, we intend to:" then "1. Share information and best practices ..." and "2. Cooperate
and jointly support work in multilateral fora": each item is a bare verb whose subject and plan are the lead-in's
(the signatories intend to share, to cooperate). Used by ``senses.joint_subject`` (the items' joint subject), by
``extract._Builder._parties`` (their parties) and by ``predicates`` (their plan: planned, undated).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..cue_words import run_class
from ..last_match import last_match

# the lead-in: a plan, a task or an undertaking before "to" (or a bare "will"), ending its line with a colon
# ("Among the actions the United States and the European Union intend to take ... are the following:")
_LEAD_IN = re.compile(r"(?:^|[.;:!?]\s|\n)(?P<clause>" + run_class(r"\n.;:!?") +
                      r"{0,160}?\b(?P<verb>intends?|plans?|aims?|seeks?|decided|agreed|"
                      r"commits?|tasked|will|shall)(?:\s+to)?(?:\s" + run_class(r"\n.;:!?") +
                      r"{0,160}?\bare\s+the\s+following)?):[ \t]*\n")
# a line that is an item of the list: a dash, a bullet or a number before it, or nothing but a number
_BULLET = r"(?:[-–•*]|\d{1,2}[.)])"  # a list item's marker: a dash, a bullet, "1." or "2)"
_ITEM = re.compile(r"[ \t]*%s\s" % _BULLET)
_MARKER = re.compile(r"%s\s+$" % _BULLET)
_FUTURE = frozenset({"intend", "intends", "plan", "plans", "aim", "aims", "seek", "seeks", "tasked", "will", "shall"})
_REACH = 3000  # how far back an item's lead-in may be
# a lead-in whose subject is two or more parties: "we", a coordination, a counted or plural group
_JOINT = re.compile(r"\b(?:we|both|two|three|four|sides|leaders|countries|governments|parties|and)\b")


@lru_cache(maxsize=256)  # asked by joint_subject, _parties and _status at each sentence start; keyed on the text, so small
def lead_in(low: str, start: int) -> tuple[int, int, bool] | None:
    """The span of the lead-in clause of the list item that opens at ``start`` ("we intend to"), and whether it plans
    the item (not "decided to:", "agreed to:"), or None: when ``start`` opens no item (a marker, or nothing, before it on
    its line) or a line that is no item stands between it and the lead-in."""
    line = low.rfind("\n", 0, start) + 1
    if low[line:start].strip() and not _MARKER.search(low, line, start):
        return None  # inside a line of prose, not at an item's start
    found = last_match(_LEAD_IN, low, max(0, start - _REACH), line)
    if found is None:
        return None
    between = low[found.end():line]
    if not low[line:start].strip() and between.strip():
        return None  # a line with no marker is an item only right after the lead-in
    for row in between.split("\n"):
        if row.strip() and not _ITEM.match(row):
            return None  # a paragraph of prose between: the list has ended
    return found.start("clause"), found.end("clause"), found.group("verb") in _FUTURE


def joint_lead_in(low: str, start: int) -> bool:
    """Does the list item that opens at ``start`` have a lead-in whose subject is two or more parties ("we intend to:",
    "the United States and the European Union intend to:"; not "Iran intends to:")?"""
    lead = lead_in(low, start)
    return lead is not None and _JOINT.search(low, lead[0], lead[1]) is not None
