"""A text an API cut short: NewsAPI's "content" ends in "… [+1534 chars]" (the story's first 200 characters, and how
many more the story has).

The marker is no part of the story: read as text, "[+1534 chars]" gave an event dated the year 1534. ``cut``
strips it, and the sentence the API cut in the middle with it ("Lavrov warned …": a half sentence gives an act with
no object, or half a date, "on Tues"), keeping the whole sentences before it; the article is flagged
``text_truncated`` with how much of the story was given, and the fix (fetch the story from its url).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sentences import split_sentences

FLAG = "text_truncated"
# "… [+1534 chars]", "...[+1534 chars]", " [+1534 chars]": at the very end of the text
_MARKER = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+(\d+)\s+chars?\]\s*\Z")
_WHOLE = re.compile(r"[.!?][\"'”’)\]]*\Z")  # a sentence that ends as one ("said." / "said.”"), not "warned …"


@dataclass(frozen=True)
class Cut:
    text: str  # the whole sentences before the cut (the text before the marker when none is whole)
    given: int  # characters the API gave, before its marker
    total: int  # the story's length: those and the "+N" more

    def note(self) -> str:
        return (f"{FLAG}: the API gave the first {self.given} characters of {self.total}; fetch the full story from "
                "its url")


def cut(text: str) -> Cut | None:
    """The text without an API's truncation marker and the half sentence before it, or None when it has none."""
    match = _MARKER.search(text)
    if match is None:
        return None
    given = text[:match.start()].rstrip()
    spans = split_sentences(given)
    kept = given
    if spans and not _whole(given, spans[-1]):  # the API cut the last sentence: the whole ones before it are read
        earlier = [span for span in spans[:-1] if _whole(given, span)]
        if earlier:
            kept = given[:earlier[-1][1]].rstrip()
    return Cut(kept, len(given), len(given) + int(match.group(1)))


def _whole(text: str, span: tuple[int, int]) -> bool:
    return _WHOLE.search(text[span[0]:span[1]].rstrip()) is not None
