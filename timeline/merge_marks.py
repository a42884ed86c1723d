"""Words in two reports that make them two events, whatever the merge rules would say (``merge_parties.apart`` asks):

* a repeat: "Mr Annan, who is due to meet Mr Assad again on Sunday" is not the meeting "on Saturday" another article
  gives; "again", "once more", "a second", "another" next to the act's word mark it as one after an earlier one;
* a different figure for the same toll: "The Local Co-ordination Committees group said another 35 people were killed
  across Syria on Friday" and, in another article, "The Local Co-ordination Committees ... said 77 people were killed
  across Syria on Friday" are two counts of the day (an update, or two tallies), not one saying told twice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cue_words import run_class
from .model import DAY_PRECISIONS, Event

# after the act's word, in its clause: "meet Mr Assad again", "met with you once more"
_AGAIN_AFTER = re.compile(r"^" + run_class(".;:,()") + r"{0,40}?\b(?:again|once more|anew)\b", re.I)
# before it: "a second meeting", "another round of talks", "a third visit"
_AGAIN_BEFORE = re.compile(r"\b(?:second|third|fourth|another)\s+(?:round\s+of\s+|set\s+of\s+)?$", re.I)


def repeat_marked(e: Event) -> bool:
    """Does the report mark its act as a repeat of an earlier one ("meet ... again", "a second round of talks")?"""
    at = e.trigger_offset()
    if at < 0 or not e.trigger:
        return False
    return bool(_AGAIN_AFTER.search(e.sentence[at + len(e.trigger):]) or _AGAIN_BEFORE.search(e.sentence[:at]))


def repeat_of_earlier(a: Event, b: Event) -> bool:
    """Is one of two day reports marked as a repeat and the other on an earlier day (the first of the two acts)?"""
    if a.precision not in DAY_PRECISIONS or b.precision not in DAY_PRECISIONS or a.date_start is None \
            or b.date_start is None or a.date_start == b.date_start:
        return False
    later = a if a.date_start > b.date_start else b
    return repeat_marked(later)


# a figure and what it counts: "35 people were killed", "77 people have been killed", "at least 200 security personnel
# have also been killed" (the noun right after the figure, with the verb, names the toll)
_TOLL = re.compile(r"\b(\d[\d,]*)\s+([a-z-]+)?(?:\s+[a-z-]+){0,4}?\s+(?:(?:were|was|have|has|had)\s+(?:also\s+)?"
                   r"(?:been\s+)?)?(killed|dead|died|wounded|injured|arrested|detained)\b", re.I)


@lru_cache(maxsize=4096)
def tolls(sentence: str) -> dict[tuple[str, str], frozenset[str]]:
    """{(what is counted, the verb): the figures given} ("people", "killed": {"35"})."""
    found: dict[tuple[str, str], set[str]] = {}
    for m in _TOLL.finditer(sentence):
        noun = (m.group(2) or "").lower()
        found.setdefault((noun, m.group(3).lower()), set()).add(m.group(1).replace(",", ""))
    return {k: frozenset(v) for k, v in found.items()}


def other_toll(a: Event, b: Event) -> bool:
    """Do two articles' reports give different figures for the same toll (a shared count, no figure in common)? In one
    article the speech rule holds: a speaker's later figure continues the saying."""
    if a.article_id == b.article_id:
        return False
    ta, tb = tolls(a.sentence), tolls(b.sentence)
    return any(not (ta[k] & tb[k]) for k in ta.keys() & tb.keys())
