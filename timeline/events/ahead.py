"""The talks ahead in remarks given before a meeting: that meeting, later the same day.

A White House transcript titled "Remarks by President Biden and Prime Minister X Before Bilateral Meeting" is what
the two leaders said to the press before they sat down; what a speaker says they will discuss, or looks forward to
discussing, with no day of its own, is that meeting's talks, planned for the day of the remarks ("I'm looking
forward to having a detailed discussion with you about where we'll go from here", "We will discuss how to strengthen
our partnership": events_gold_check.md Kristersson #7, fresh10 Zelenskyy #11, fresh11 Albanese #8). Talks with a third
party, or tied to another occasion ("when we meet at the summit"), are not. ``extract._Builder.add`` reads it.
"""

from __future__ import annotations

import re

# a transcript's title that says the remarks come before a meeting or talks
_BEFORE_MEETING = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:an?\s+|the(?:ir)?\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:meeting|talks|discussions?)\b", re.I)
# another occasion or time the talks could be for: then they are not the meeting of the day
_OTHER_OCCASION = re.compile(r"\b(?:summit|conference|forum|visit|trip|next|future|coming|later|soon|upcoming|again|"
                             r"continue|continuing|keep)\b")
# the speaker's own words: "I", "we", "our", "with you"
_FIRST_OR_SECOND = re.compile(r"\b(?:i|i['’](?:m|ll|d)|we|we['’](?:re|ll|d)|our|us|you)\b")


def before_meeting(title: str | None) -> bool:
    """Does the title say these remarks come before a meeting ("... Before Bilateral Meeting")? (A record's title may
    carry underscores its scraper left before words, "Before Bilateral _Meeting": they are no part of the words.)"""
    return bool(title) and _BEFORE_MEETING.search(title.replace("_", "")) is not None


def talks_ahead(low: str, span: tuple[int, int], event_type: str, planned: bool, actor1: str | None,
                actor2: str | None, speakers: set[str]) -> bool:
    """Is this planned talks (or meeting) with no day of its own, of a speaker of the transcript, with no one else
    than the other speaker, the meeting the remarks come before? (Said in the first or second person, and naming no
    other occasion.)"""
    if not planned or event_type not in ("talks", "meeting") or actor1 not in speakers:
        return False
    if actor2 is not None and actor2 not in speakers:
        return False
    start, end = span
    return _FIRST_OR_SECOND.search(low, start, end) is not None and _OTHER_OCCASION.search(low, start, end) is None
