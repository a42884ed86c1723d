"""A group of states named by its members: "Western countries including the United States and France".

Wire copy names a group of states and then some of its members after "including" or "such as": "The formation
of the council has been welcomed by Western countries including the United States and France", "Syria's allies,
such as Russia and Iran, have blocked ...". What the group does, the members it names do (it is all the text
lets us name), so the group's noun phrase is a mention of each of them, as a plural "they" is of the actors it
stands for (``theyref.py``): the subject of a verb or the agent after "by" then reads them. The plural nouns and
the words before them are ``resources/member_groups.csv``; the members are the countries and organisations the
list names right after "including", "such as" or "among them", joined by commas and "and". A group that is a
place ("protests in countries such as Egypt") and one an actor already names ("EU countries including France":
the EU) are left alone.
"""

from __future__ import annotations

import dataclasses
import re

from .gazetteer import phrase_alternation, rows
from .mention import ActorMention, in_text_order, overlaps, by_start as mentions_by_start

_TABLE = rows("member_groups.csv")
# the words that open the list of a group's members ("Western countries including ...", "such as", "among them")
MEMBERS_CUE = r"(?:including|such\s+as|among\s+them)"
_HEADS = phrase_alternation(r["word"] for r in _TABLE if r["role"] == "head")
_MODIFIERS = phrase_alternation(r["word"] for r in _TABLE if r["role"] == "modifier")
_GROUP = re.compile(
    rf"(?<![\w'’-])(?P<np>(?:(?:the|its|their|{_MODIFIERS}|[A-Z][a-z]+)\s+){{0,3}}(?:{_HEADS}))"
    rf",?\s+{MEMBERS_CUE}\s+(?:the\s+)?")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|within|inside|into|from)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")  # ", ", " and ", ", and the "
_KINDS = ("country", "organization")
# the cue and what _GROUP takes after it: a group's noun phrase ends at most four words before it (three words, a
# head, its comma), so _GROUP is searched only in the stretches that end at a cue and start six words before
_CUE = re.compile(rf"{MEMBERS_CUE}\s+(?:the\s+)?")
_WORDS_BEFORE_CUE = 6


def group_members(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with a mention of each member at the noun phrase of a group its list names, in text order."""
    matches = list(_groups(text))
    if not matches:
        return mentions
    added: list[ActorMention] = []
    taken = [(m.start, m.end) for m in mentions]
    by_start = mentions_by_start(mentions)
    for match in matches:
        start, end = match.span("np")
        if overlaps(taken, start, end) or _PLACE_BEFORE.search(text, max(0, start - 12), start) \
                or any(s < start <= e + 1 for s, e in taken):
            continue  # "in countries such as Egypt": a place; "EU countries including France": the EU's
        members = _listed(text, match.end(), by_start)
        if not members:
            continue
        added.extend(dataclasses.replace(m, start=start, end=end, text=text[start:end], basis="description",
                                         flags=("subject",)) for m in members)
    if not added:
        return mentions
    return in_text_order(mentions + added)


def _groups(text: str):
    """``_GROUP.finditer(text)``, searched only near each cue (a text without one costs one scan for the cues)."""
    stretches: list[list[int]] = []
    for cue in _CUE.finditer(text):
        start = _words_back(text, cue.start(), _WORDS_BEFORE_CUE)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = cue.end()
        else:
            stretches.append([start, cue.end()])
    for start, end in stretches:
        yield from _GROUP.finditer(text, start, end)


def _words_back(text: str, at: int, words: int) -> int:
    """The start of the ``words``-th word before ``at`` (0 when there are fewer)."""
    i = at
    for _ in range(words):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        if i == 0:
            break
    return i


def _listed(text: str, pos: int, by_start: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """The countries and organisations listed from ``pos`` on, each one name."""
    out: list[ActorMention] = []
    while True:
        here = [m for m in by_start.get(pos, []) if m.kind in _KINDS and "possessive" not in m.flags]
        if not here:
            break
        first = max(here, key=lambda m: m.end)
        if first.key not in {m.key for m in out}:
            out.append(first)
        gap = _LIST_GAP.match(text, first.end)
        if gap is None:
            break
        pos = gap.end()
    return out
