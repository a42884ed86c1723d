"""A "today" of the present state of things, not the day of an act.

"Today, Ukraine remains a free and vibrant democracy", "Jamaica today is a model of a small, open economy",
"it could end today if Putin ...", "in today's uncertain world": the clause says how things are (or could be),
and "today" is the present, not a day on which someone did something. "Today, I'm announcing ...", "Martyrs
will be buried today", "President Assad issued today decree number 33", "Today's resolution is absolutely
clear" (its adoption) are acts of the day.

``general_present`` is asked only of a "today" (or "tonight") that no event predicate claimed, which would
otherwise be an ``other`` event of its own (``extract``); a known act that "today" dates ("Today, the United
States is announcing ...") is never asked. It reads the verb group that governs the date in its stretch of the
sentence (between commas, dashes, colons): the nearest one before the date, or, when the date opens its
clause or sits in its subject ("Today, Ukraine remains", "Jamaica today is"), the first one after it. A state is
the copula with no participle ("is a model"), a verb of state (``present_states.tsv``: remain, stay, face,
need, stand, "continue to be"), "have" with an object ("has the upper hand"), a modal of what could be
("would", "could", "must"), and the progressive of someone other than the speaker ("Today Russia is feeding a
hungry market", "India and the U.S. are walking shoulder to shoulder"). Anything else, or no verb found, is
taken for an act: the rule only drops what it can read as a state.
"""

from __future__ import annotations

import re

from ..cue_words import break_class
from ..model import Mention
from .cues import load_tsv


WORDS = {k: frozenset(v) for k, v in load_tsv("present_states.tsv").items()}
_STATE_PHRASES = frozenset(w for w in WORDS["state"] if " " in w)
_STATE = WORDS["state"] - _STATE_PHRASES
_DAYS = frozenset({"today", "tonight"})
_TOKEN = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*|['’](?:s|re|m|ve|ll|d)(?![a-z])|n['’]t(?![a-z])")
# a stretch of the sentence: commas, dashes, colons, brackets, quotes and sentence ends close it
_STRETCH = re.compile(break_class(r",;:—–()\"“”?!") + r"|\s--?\s|\.\s|\n")
_ADVERBS = frozenset({"not", "n't", "n’t", "only", "still", "also", "now", "already", "very", "really", "so", "just",
                      "never", "even", "all", "again", "further", "definitely", "certainly", "clearly", "indeed"})
_FIRST_PERSON = frozenset({"i", "we"})
_NOT_INFINITIVE = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                             "my", "your", "me", "us", "them", "him", "you", "be", "what", "which", "whom", "all",
                             "some", "any", "each", "every", "no", "one", "two", "and", "or", "date"})
SUBJECT_WORDS = 3  # at most this many words before a date that sits in its clause's subject ("Jamaica today is")

STATE, ACT, MODAL, INFINITIVE, PARTICIPLE = "state", "act", "modal", "infinitive", "participle"


def _skip(tokens: list[str], i: int) -> int:
    while i < len(tokens) and (tokens[i] in _ADVERBS or tokens[i].endswith("ly")):
        i += 1
    return i


def _groups(tokens: list[tuple[str, int, int]], text: str) -> list[tuple[int, int, str]]:
    """The verb groups of a stretch as (start, end, kind); the kinds say what the group tells of its time."""
    words = [t for t, _, _ in tokens]
    out = []
    for i, (w, s, e) in enumerate(tokens):
        prev = words[i - 1] if i else ""
        kind = None
        clitic = w[0] in "'’"
        if w in WORDS["copula"] or (clitic and w[1:] in ("re", "m")) or (
                clitic and w[1:] == "s" and prev in WORDS["copula_subject"]):
            j = _skip(words, i + 1)
            nxt = words[j] if j < len(words) else ""
            if nxt.endswith("ing"):
                if nxt in _STATE:
                    kind = STATE
                elif nxt == "going" and j + 1 < len(words) and words[j + 1] == "to":
                    kind = ACT  # "we're going to be discussing": a plan of the day
                elif _FIRST_PERSON & set(words[:i]) or prev in ("i", "we") or w[1:] == "m":
                    kind = ACT  # "Today, I'm setting a second goal": the speaker's act of the day
                else:
                    kind = STATE  # "Today Russia is feeding a hungry market": what goes on these days
            elif nxt.endswith(("ed", "en")) or nxt in WORDS["past"] or nxt == "to":
                kind = ACT  # "will be buried", "is to visit"
            else:
                kind = STATE  # "is a model", "is quiet", "are only a fraction"
        elif w in WORDS["modal"] and (text[s:s + 1].islower() or not i):
            kind = MODAL
        elif w in WORDS["future"] and not clitic or w in ("'ll", "’ll"):
            kind = ACT
        elif w in WORDS["have"]:
            j = _skip(words, i + 1)
            nxt = words[j] if j < len(words) else ""
            kind = STATE if nxt in WORDS["possessed"] or nxt == "to" else ACT
        elif " ".join(words[i:i + 3]) in _STATE_PHRASES:
            kind = STATE  # "Today, Syria continues to be ...": a state that goes on
        elif w in _STATE:
            kind = STATE if not w.endswith("ing") or prev not in WORDS["copula"] else None
        elif w in WORDS["past"] or (w.endswith("ed") and prev in WORDS["past_subject"]):
            kind = ACT  # "I went to", "What we talked about today"
        elif prev == "to" and w not in _NOT_INFINITIVE and not w.endswith("ing") and w.isalpha():
            kind = INFINITIVE
        elif w.endswith("ing") and len(w) > 5 and prev not in WORDS["copula"] and not (
                i and tokens[i - 1][0][0] in "'’"):
            kind = PARTICIPLE
        if kind is not None:
            out.append((s, e, kind))
    return out


def _tokens(low: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(low, start, end)]


def _resolve(groups: list[tuple[int, int, str]], k: int) -> str:
    """What group ``k`` tells: an infinitive or a participle takes its reading from the finite verb before it
    ("would be harder to get away with today": what could be; "I'm proud and pleased to announce today": an
    act; "It is hard, looking at the bloodshed in Libya today": a state)."""
    kind = groups[k][2]
    if kind in (INFINITIVE, PARTICIPLE):
        finite = next((g[2] for g in reversed(groups[:k]) if g[2] not in (INFINITIVE, PARTICIPLE)), None)
        if finite == MODAL:
            return STATE
        if kind == PARTICIPLE and finite == STATE:
            return STATE
        return ACT
    return STATE if kind == MODAL else kind


def _governing(text: str, low: str, mention: Mention, start: int, end: int) -> tuple[list, int] | None:
    """The verb groups of the sentence and the index of the one that governs ``mention``: the nearest before it in its
    stretch, or, when the date opens its clause or sits in its subject, the first after it (None: none read)."""
    bounds = [start] + [m.end() for m in _STRETCH.finditer(low, start, end)] + [end]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    home = next(i for i, (a, b) in enumerate(spans) if a <= mention.start < b or i == len(spans) - 1)
    tokens = [t for a, b in spans for t in _tokens(low, a, b)]
    groups = _groups(tokens, text)
    lo, hi = spans[home]
    near = [k for k, g in enumerate(groups) if lo <= g[0] and g[1] <= mention.start]
    if near:
        return groups, near[-1]
    subject = [t for t in _tokens(low, lo, mention.start) if t[0][0] not in "'’"]
    if len(subject) > SUBJECT_WORDS:
        return None  # "I look forward to our conversation today": a verb we cannot read comes first
    later = [k for k, g in enumerate(groups) if g[0] >= mention.end]
    if not later:
        return None
    k = later[0]
    if groups[k][0] >= hi and _tokens(low, mention.end, hi):
        return None  # the date's own stretch goes on with words but no verb we know
    return groups, k


_POSSIBLE = frozenset({"would", "could", "might", "may", "'d", "’d"})
_DATE_NOUN = re.compile(r"\s*(?:['’]s\b|[a-z]+(?<!ago)(?<!when)(?<!and)(?<!or)\s)")  # "Sunday's", "1975-90 civil war"


# a clause or a participle of its own between a modal and the date: a conjunction, a relative word, an -ed/-en verb
_OWN_CLAUSE = re.compile(r"\b(?:before|after|when|while|since|because|until|that|which|who|whom|whose|where|something|"
                         r"[a-z]{3,}ed|given|taken|written|driven|seen|done|did|made|won|began|fought|held|met|left)\b")


def possible_only(text: str, low: str, mention: Mention, start: int, end: int) -> bool:
    """Is the date of the sentence ``start``-``end`` governed by a modal of what may or would be ("Similar protests may
    take place on Sunday", "Homs today could be Syria tomorrow", "This year, we would need a corresponding growth
    rate", "many thought Kyiv would fall"): a forecast or a hypothetical, no day of an act (a dated plan says "will";
    "would have" is read as any verb). Not a date before its noun ("Lebanon's 1975-90 civil war")."""
    if low[mention.start:mention.end] in _DAYS or _DATE_NOUN.match(low, mention.end):
        return False
    found = _governing(text, low, mention, start, end)
    if found is None:
        return False
    groups, k = found
    while k >= 0 and groups[k][2] in (INFINITIVE, PARTICIPLE):
        k -= 1
    if k < 0 or groups[k][2] != MODAL or low[groups[k][0]:groups[k][1]] not in _POSSIBLE:
        return False
    if groups[k][0] < mention.start and _OWN_CLAUSE.search(low, groups[k][1], mention.start):
        return False  # "would be smaller than the loss ... before rebels launched a revolt in early 2011", "may be an
        # interview given ... on 27 May 2012": a verb of its own between the modal and the date dates a told act
    return re.match(r"\s+(?:not\s+)?have\b", low[groups[k][1]:]) is None


def general_present(text: str, low: str, mention: Mention, start: int, end: int) -> bool:
    """Is this "today" of the sentence ``start``-``end`` the present of a state, no day of an act?"""
    if low[mention.start:mention.end] not in _DAYS:
        return False
    after = _tokens(low, mention.end, min(end, mention.end + 60))
    possessive = bool(after) and after[0][0] in ("'s", "’s")
    if possessive:
        head = []
        for w, s, _ in after[1:5]:
            if _STRETCH.search(low, mention.end, s):
                break
            head.append(w)
        if WORDS["act_noun"] & set(head):
            return False  # "Today's resolution is absolutely clear": its adoption is the act of the day
    before = _tokens(low, max(start, mention.start - 20), mention.start)
    if before and before[-1][0] in WORDS["era_before"] and (possessive or before[-1][0] == "of"):
        return True  # "in today's uncertain world", "the Tea Party revolutionary movement of today"
    found = _governing(text, low, mention, start, end)  # the verb group that governs the date, if one is read
    return found is not None and _resolve(*found) == STATE


# what opens the clause a date's subject belongs to, inside its stretch: "and this year was no exception"
_CLAUSE_OPENER = frozenset({"and", "but", "or", "so", "while", "whereas", "although", "though"})
SUBJECT_NOUN_WORDS = 6  # at most this many words before a date in its clause's subject ("the number one objective for")


def subject_date_state(text: str, low: str, mention: Mention, start: int, end: int) -> bool:
    """Does the date sit in the subject of a clause whose verb is the copula with no participle, so that the clause
    says what a time is or holds, no act ("The number one objective for 2025 is to achieve the goals ...", "The most
    important thing in the coming year is 'the well-being of the Russian people'", "It always has a good cast-list and
    this year was no exception")? Read only for a date no act claimed (``extract._date_only_events``): no verb group
    between the start of its clause and the date, and the copula right after the date, not followed by a participle
    ("was marked", "is being held": an act told in the passive or progressive)."""
    bounds = [start] + [m.end() for m in _STRETCH.finditer(low, start, end)] + [end]
    lo, hi = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= mention.start < b), (start, end))
    before = _tokens(low, lo, mention.start)
    # the clause's start: after the last conjunction that closes a finite clause ("It always has a good cast-list and";
    # not the "and" of a name, "Kofi Annan's decision not to renew his mandate as special UN and Arab League envoy")
    opener = max((i + 1 for i, t in enumerate(before) if t[0] in _CLAUSE_OPENER
                  and any(g[2] not in (INFINITIVE, PARTICIPLE) for g in _groups(before[:i], text))), default=0)
    subject = before[opener:]
    if not before or len(subject) > SUBJECT_NOUN_WORDS or _groups(subject, text):
        return False  # the date opens the stretch ("Today, Arab policy is ...": ``general_present``'s reading), or a
        # long subject or a verb before the date in its clause (the date is no short subject's)
    if any(t[0] in ("'s", "’s") for t in subject):
        return False  # an owner's noun: "the Arab League's move on Saturday was a wounding blow" dates the League's
        # act (events_gold_fresh39 t17-reuters-26#2), not a time described
    after = _tokens(low, mention.end, hi)
    if not after or after[0][0] not in WORDS["copula"]:
        return False  # the copula right after the date ("the 2011 Libyan crisis revived ...": a noun the date modifies)
    words = [t[0] for t in after]
    j = _skip(words, 1)
    nxt = words[j] if j < len(words) else ""
    return not (nxt.endswith(("ed", "en", "ing")) or nxt in WORDS["past"] or nxt == "being")
