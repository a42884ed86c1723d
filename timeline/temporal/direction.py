"""Past or future? The direction of a date from the words around it.

"Lavrov said on Wednesday" is the Wednesday before the anchor; "will meet on
Friday" is the Friday after it. We look for the nearest tense cue in the
same sentence: a modal or plan word ("will", "is to", "plans to",
"scheduled") says future; a past-tense verb ("said", "met", "was held", "has
told") says past; a present-tense verb says present. No parser is needed:
the cue words are lists in ``resources/tense_words.tsv``.
"""

from __future__ import annotations

import re
from importlib import resources

PAST, FUTURE, PRESENT = "past", "future", "present"


def _load() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {}
    text = resources.files("timeline.resources").joinpath("tense_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            category, *entries = line.split("\t")
            words.setdefault(category, set()).update(w.strip() for e in entries for w in e.split(",") if w.strip())
    return words


_WORDS = _load()
FUTURE_MODALS = _WORDS["future_modal"]  # will, shall, 'll, would
FUTURE_INTENT = _WORDS["future_intent"]  # plans (to), scheduled (to), due (to)
FUTURE_WORDS = _WORDS["future_word"]  # upcoming, next, tomorrow
PAST_VERBS = _WORDS["past_verb"]  # said, met, held (irregular pasts)
PAST_WORDS = _WORDS["past_word"]  # ago, yesterday, last, earlier
PRESENT_VERBS = _WORDS["present_verb"]  # is, are, says
NOT_PAST = _WORDS["not_past"]  # -ed words that are not past verbs: need, united, hundred
BE = {"is", "are", "am", "was", "were", "be", "been", "being"}
HAVE = {"has", "have", "had", "'s", "'ve", "'d"}

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|'[a-z]+|[.!?;:]")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"'(\u201c]?[A-Z0-9])|\n\s*\n")
WINDOW = 160  # characters searched on each side


def _cue(words: list[str], i: int, before: list[str]) -> str | None:
    """The tense cue of word i, if it gives one (``before`` = the words before it)."""
    w = words[i]
    prev = before[-1] if before else ""
    if w in FUTURE_MODALS:
        return FUTURE
    if w == "to" and prev in FUTURE_INTENT | BE:
        return FUTURE
    if w in FUTURE_INTENT and i + 1 < len(words) and words[i + 1] == "to":
        return FUTURE
    if w in PAST_VERBS or (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST):
        if prev in FUTURE_MODALS or prev in ("be", "to"):
            return FUTURE
        if prev in ("is", "are", "am") and w not in PAST_VERBS:
            return PRESENT if w.endswith("ed") else PAST  # "is expected" / "is said"
        return PAST
    if w in HAVE and i + 1 < len(words) and (words[i + 1] in PAST_VERBS or words[i + 1].endswith(("ed", "en"))):
        return PAST
    if w in ("was", "were"):
        return PAST
    if w in PRESENT_VERBS:
        return PRESENT
    return None


def sentence_span(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), bounded to WINDOW characters each side."""
    left = max(0, start - WINDOW)
    right = min(len(low), end + WINDOW)
    s = left
    for m in _SENTENCE_END.finditer(low, left, start):
        s = m.end()
    m = _SENTENCE_END.search(low, end, right)
    return s, (m.start() + 1 if m else right)


def direction(text: str, start: int, end: int, *, low: str | None = None) -> str | None:
    """'past', 'future', 'present' or None, from the nearest cue in the sentence."""
    low = text.lower() if low is None else low
    s, e = sentence_span(text, start, end)
    left = _WORD.findall(low, s, start)
    right = _WORD.findall(low, end, e)
    # Clause words beside the mention that fix the direction by themselves.
    for w in left[-2:]:
        if w in FUTURE_WORDS:
            return FUTURE
    best: tuple[int, str] | None = None
    for distance, i in enumerate(range(len(left) - 1, -1, -1)):
        if left[i] in ".!?;":
            break
        cue = _cue(left, i, left[:i])
        if cue:
            best = (distance, cue)
            break
    words = left[-3:] + right
    offset = len(left[-3:])
    for distance, i in enumerate(range(offset, len(words))):
        if best is not None and distance >= best[0]:
            break
        if words[i] in ".!?;":
            break
        cue = _cue(words, i, words[:i])
        if cue:
            best = (distance, cue)
            break
    return best[1] if best else None
