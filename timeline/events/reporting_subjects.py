"""Where the subject of a reporting verb stands: the words ``analysts`` and ``unnamed_sources`` judge.

A reporting verb's subject is before it, from the sentence's start or from where its clause opens: the close of a
quote ('..." the official said'), a colon or semicolon, ", and", a conjunction ("but", "however", "while", "that",
"because" ...), or the verb of another clause ("Analysts say Assad told his aides": Assad's telling; not the noun
"think-tank", "of London's Chatham House think-tank, said"). Or it follows the verb, inverted after a quote ('...,"
said Nicholas Noe, a Beirut-based analyst') or a comma, up to what ends it: a relative clause, a participle aside, a
new clause, a time or manner adjunct of the verb ("on condition of anonymity", "by telephone", "on Monday",
"earlier"), a clause's punctuation or the sentence's end (a dot inside the sentence is an abbreviation's: "U.S.", "W.
Andrew Terrill"). A subject has at most ``max_words`` words, each reader's own: an analyst is a name and a short
description (16), an unnamed source may be two coordinated noun phrases with their places (30). An inverted subject
after a quote is the verb's own however its description runs on, so its first words are kept.
"""

from __future__ import annotations

import re

# where a subject before the verb begins (its end is the match's end)
_OPENING = re.compile(r"(?:(?:[\"”]|’(?!s\b))\s*,?|:|;|,\s*and\b|\b(?:but|however|nevertheless|meanwhile|while|although|"
                      r"though|that|where|when|as|after|because|since|say|says|said|told|tell|tells|believe|believes|"
                      r"think|thinks|wrote|writes|added|adds)\b(?!-|\s+tanks?\b)\s*,?)\s*")
# the end of an inverted subject (an alternative that opens on white space is tried at a run's first character only:
# from every space of a 20,000-space run, "\s+(?:on ...)" and "\s*$" were quadratic, 6 s for one inverted subject;
# the search starts right after the verb, so the first character of a run always has a character before it)
_INVERTED_END = re.compile(r"\s(?:who|which|whose|that)\s|,\s*(?:speaking|adding|saying|noting|referring|echoing|"
                           r"according|asking|requesting|declining|who|which|and|but)\b"
                           r"|(?<!\s)\s+(?:on\s+condition|by\s+(?:tele)?phone|on\s+[a-z]+day|late\s+on|earlier|later"
                           r"|this\s+week|last\s+week)\b|[;:!?\"“”(]|,\s*$|(?<!\s)\s*$")
_AFTER_QUOTE = re.compile(r"[\"”’]\s*,?\s*$")  # '..." said X': the verb right after a quote
_AFTER_COMMA = re.compile(r",\s*$")  # '..., said X'


def after_quote(low: str, start: int, trigger_start: int) -> bool:
    """Does the reporting verb at ``trigger_start`` follow the close of a quote ('...," said X', '..." the official
    said' is not: a subject stands between), in the sentence from ``start``?"""
    return _AFTER_QUOTE.search(low, start, trigger_start) is not None


def inverted(low: str, start: int, trigger_start: int) -> bool:
    """Does the verb stand right after a quote or a comma, so that its subject follows it ('...," said X', '..., said
    X')?"""
    return after_quote(low, start, trigger_start) or _AFTER_COMMA.search(low, start, trigger_start) is not None


def subject_after(low: str, start: int, end: int, trigger_start: int, trigger_end: int,
                  max_words: int) -> tuple[int, int] | None:
    """The span of the inverted subject after the verb at ``trigger_start:trigger_end`` (sentence ``low[start:end]``),
    up to ``_INVERTED_END``: after a quote its first ``max_words`` words, after a comma None when it is longer."""
    stop = _INVERTED_END.search(low, trigger_end, end)
    span_end = stop.start() if stop else end
    words = list(re.finditer(r"\S+", low[trigger_end:span_end]))
    if len(words) > max_words:
        if not after_quote(low, start, trigger_start):
            return None  # ("Riyad al-Asaad, claims to have 15,000 men under his command, though analysts believe ...":
            # no subject after "claims")
        span_end = trigger_end + words[max_words - 1].end()
    return trigger_end, span_end


def subject_start(low: str, start: int, trigger_start: int) -> int | None:
    """Where the subject before the verb at ``trigger_start`` begins: after the last opening of its clause
    (``_OPENING``), else None (it runs from the sentence's start)."""
    openings = [m.end() for m in _OPENING.finditer(low, start, trigger_start)]
    return openings[-1] if openings else None


def short(low: str, begin: int, end: int, max_words: int) -> bool:
    """Has ``low[begin:end]`` at most ``max_words`` words?"""
    return len(low[begin:end].split()) <= max_words
