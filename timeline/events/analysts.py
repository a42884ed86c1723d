"""An analyst's saying is no row.

Wire and BBC copy ask outside commentators what an event means: "said Syria expert Joshua Landis, associate professor
of Middle East studies", "said Nicholas Noe, a Beirut-based analyst", "Columnist Asli Aydintasbas of Milliyet newspaper
wrote", "A Damascus based analyst, echoing many observers abroad, said ...", "said another political commentator",
"Analysts say ...". Their comments are no act of a party to the story, and the gold sets give them no row (BBC
convention 4, fresh6 ``315``, fresh11, fresh12 ``198``, fresh15: "academics and commentators as analysts: no rows for
their sayings"); the acts they tell with named actors keep their own rows.

The speaker is read from the words of the reporting verb's subject only: the subject before it, from the sentence's
start or the close of the quote it follows ("Peter Harling, an analyst at ..., said"), or the subject after an inverted
verb (', said X, a Syria expert at ...'), up to a relative clause or a participle ("who", ", speaking"). An analyst
named in another place of the sentence ("Walid al-Moualem told an expert panel", "said the official, who had hired
an analyst") does not count. A researcher of a rights group is the group's voice, not a commentator, and UN experts
are a body of the UN: neither is an analyst here.
"""

from __future__ import annotations

import re

# the describing noun of a commentator: "analyst", "Syria expert", "political commentator", "columnist", "scholar",
# "associate professor", "associate fellow", "think tank", "risk consultancy", "royal biographer"; not "UN experts",
# "weapons experts", "experts from the OPCW", who are a body's inspectors
_ANALYST = re.compile(r"\b(?:analysts?|commentators?|columnists?|scholars?|professors?|fellows?|"
                      r"think[- ]tanks?|consultanc(?:y|ies)|consultants?|biographers?|political\s+scientists?|"
                      r"(?<!un\s)(?<!u\.n\.\s)(?<!nations\s)(?<!weapons\s)"
                      r"(?<!rights\s)(?<!inspection\s)experts?(?!\s+(?:from|of)\s+the\s+(?:un|u\.n\.|united)))\b")
# where a subject before the verb begins: the sentence's start, the close of a quote and its comma, a colon, or
# after the verb of another clause ("Analysts say Assad told his aides": Assad's telling); not the noun
# "think-tank" ("of London's Chatham House think-tank, said")
_SUBJECT_OPENING = re.compile(r"(?:[\"”’]\s*,?|:|\b(?:say|says|said|told|tell|tells|believe|believes|think|thinks|"
                              r"that|wrote|writes|added|adds)\b(?!-))\s*")
# the end of an inverted subject: a relative clause, a participle aside, a new clause
_SUBJECT_END = re.compile(r"\s(?:who|which|whose|that)\s|,\s*(?:speaking|adding|saying|noting|referring|echoing|"
                          r"according|and|but)\b|[;:!?\"“”(]")
_INVERTED = re.compile(r"(?:[\"”’]\s*,?|,)\s*$")  # '..." said X', '..., said X': the verb before its subject
_MAX_SUBJECT_WORDS = 16


def analyst_speaker(text: str, low: str, start: int, end: int, trigger_start: int, trigger_end: int) -> bool:
    """Is the subject of the reporting verb at ``trigger_start:trigger_end`` (in the sentence ``text[start:end]``)
    an analyst or commentator (``_ANALYST``)?"""
    before = low[start:trigger_start]
    subjects = []
    if _INVERTED.search(before):  # '..." said X', or '..., said X' (or 'X, an analyst, said')
        after = low[trigger_end:end]
        stop = _SUBJECT_END.search(after)
        subjects.append(after[:stop.start()] if stop else after)
    if not re.search(r"[\"”’]\s*,?\s*$", before):
        openings = [m.end() for m in _SUBJECT_OPENING.finditer(before)]
        subjects.append(before[openings[-1]:] if openings else before)
    return any(len(s.split()) <= _MAX_SUBJECT_WORDS and _ANALYST.search(s) for s in subjects)
