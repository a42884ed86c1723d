"""Photo captions and credits: spans of a text that are not the story.

Wire pages carry picture captions and credits among the story's lines ("Photo:
Mikhail Metzel/TASS", "© Sergei Bobylev/TASS", "(Photo by ... /AFP)",
"REUTERS/Bob Strong", "Credit: Reuters/Syrian TV via Reuters TV"). The
photographer named there is no actor, and a caption ("Photo: A Libyan rebel
fighter walks past graffiti ... August 5, 2011.") is no sentence of the story.
The forms are data: ``resources/photo_credits.txt``.

    >>> text = "Putin spoke.\\nPhoto: Mikhail Metzel/TASS\\nHe left."
    >>> [text[s:e] for s, e in credit_spans(text)]
    ['Photo: Mikhail Metzel/TASS']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..cue_words import load_kinds

_NAME = r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}"


def _load() -> tuple[re.Pattern, tuple[str, ...]]:
    found = load_kinds("photo_credits.txt", ("agency", "pattern", "cue"))
    agencies, patterns, cues = found["agency"], found["pattern"], found["cue"]
    agency = "|".join(re.escape(a).replace(r"\ ", "[ ]") for a in sorted(agencies, key=len, reverse=True))
    body = "|".join(f"(?:{p.replace('{agency}', agency).replace('{name}', _NAME)})" for p in patterns)
    return re.compile(body, re.MULTILINE), tuple(cues)


# Every form has one of the cues: only the lines they occur in are read with CREDIT_RE (most have none).
CREDIT_RE, _CUES = _load()
_REACH = 400  # how far past its line a bracketed caption may run: "(Image: ...\nCredit: Getty Images)"


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of photo captions and credits in ``text``, in text order, not overlapping."""
    return list(_credit_spans(text))


@lru_cache(maxsize=4)
def _credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``credit_spans``, found once per text: the actor finder and the event extractor both ask for the spans
    of each article (and the actor finder those of its title in between)."""
    spans: list[tuple[int, int]] = []
    reach = 0
    for cue in _cues(text):
        if cue < reach:
            continue
        line_start = text.rfind("\n", 0, cue) + 1
        line_end = text.find("\n", cue)
        line_end = len(text) if line_end < 0 else line_end
        reach = line_end
        for m in CREDIT_RE.finditer(text, max(line_start, spans[-1][1] if spans else 0),
                                    min(len(text), line_end + _REACH)):
            if m.start() > line_end:
                break
            start, end = m.start(), m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
                reach = max(reach, end)
    return tuple(spans)


def _cues(text: str) -> list[int]:
    found = []
    for cue in _CUES:
        i = text.find(cue)
        while i >= 0:
            found.append(i)
            i = text.find(cue, i + 1)
    return sorted(found)
