"""A capital that opens a name: "the Bucharest Nine", "the OSCE Minsk Group", "the Paris Agreement".

A capital is read as its state ("Moscow said", "Bucharest and Washington agreed": ``recognize.find_gazetteer``). But a
grouping of states, an accord, a document or a structure is often named after the city where it was made, first met or
stands, and then the capital is only the first word of that name: "President Biden spoke today with the Bucharest Nine (B9)
group" names no act with Romania (the group is its nine leaders, events_gold.md: "Groups are resolved to their
members"), "committed to meeting the goals of the Paris Agreement" none with France, "commitments reflected in the
Phnom Penh Statement" none with Cambodia, "the OSCE Minsk Group co-chairs" none with Belarus. The words that make such a
name are ``resources/capital_name_heads.txt``: a capitalised head right after the capital ("Group", "Club", "Pact",
"Declaration", "Agreement", "Statement", "Format", "Wall", ...), and a number word only after "the" ("the Bucharest
Nine"; a caption run into its sentence, "in Damascus Three people were killed", keeps Damascus). The whole name is
claimed, so no pass reads an actor in it, as a programme's name that does not act is (``find_organisations``).
Not the capital followed by any capitalised word: captions run into their sentence ("BBC News, Beirut The issue"),
a weekday or a month ("in Brussels Friday", "in Damascus June 7") and a venue ("Washington Convention Center") keep
the capital as it was, and so does a period ("the Damascus Spring", "the Prague Spring": whose spring it was is the
state's, "oversaw ... before his 'Damascus Spring' faded amid a wave of repression").
"""

from __future__ import annotations

import re

from .gazetteer import word_list
from .names import NAME_END

_WORDS = word_list("capital_name_heads.txt")
_HEADS = "|".join(re.escape(w) for w in sorted((w for w in _WORDS if not w.startswith("=")), key=len, reverse=True))
_NUMBERS = "|".join(re.escape(w[1:]) for w in _WORDS if w.startswith("="))
# the head right after the capital, one space between, and no word going on ("Conventions" is a head of its own,
# "Convention Center" a venue), but the name's possessive or a quote closing it ends it ("the OSCE Minsk Group's
# co-chairs", "the 'Paris Club'": ``names.NAME_END``)
_HEAD = re.compile(rf"[ ](?:{_HEADS}){NAME_END}(?![ ]+(?:Center|Centre|Hall)\b)")
_NUMBER = re.compile(rf"[ ](?:{_NUMBERS}){NAME_END}")
_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he[ ]$")


def name_end(work: str, start: int, end: int) -> int | None:
    """Where the name a capital at ``start:end`` opens ends ("the Bucharest| Nine|", "the Paris| Agreement|"), or
    None when the capital opens no such name."""
    head = _HEAD.match(work, end)
    if head is None and _THE_BEFORE.search(work, max(0, start - 5), start):
        head = _NUMBER.match(work, end)
    return head.end() if head is not None else None
