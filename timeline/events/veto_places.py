"""A dated veto at the Security Council: at the United Nations, in a story filed from anywhere (events_gold.md rule 23,
the lead's ruling of the thirty-first session).

A veto is cast in the chamber at the council's vote, as its meetings are held there (``seat_places``): "China and
Russia vetoed a UN resolution on Syria 10 days ago" (bbc t17-bbc-111#3), "Russia and China have vetoed a UN Security
Council resolution" told as the day's news (fresh29 t17-bbc-141#1), "in July, when Russia and China vetoed a
western-drafted resolution" (fresh19 t17-bbc-298#2), "which last month vetoed a draft Security Council resolution"
(fresh28 t17-reuters-200#7); the development gold places every dated veto there. A dated block of one resolution is
the veto told another way ("after Russia and China blocked a UN resolution ... on Saturday", fresh29 t17-bbc-108#4;
"blocked the resolution last week", fresh30 t17-bbc-112#5: the lead's ruling of the thirty-second session); a block of
another body's resolution ("blocked an Arab League resolution") or of an attempt is not. So is a veto the clause itself
places "in the Security Council", dated or not ("has been vetoed in the Security Council by China and Russia", fresh28
t17-bbc-115#13; audit t17-bbc-120).

Left as they are: an undated or background veto ("China has twice vetoed UN resolutions", "have vetoed two previous
resolutions", "the third time that Moscow and Beijing have vetoed": unplaced in the gold); a veto told as the object
of another's saying ("condemning Russia's veto of the resolution on Saturday": the row is the saying's, fresh30
t17-bbc-34#18); a vote of another body ("voted against the human rights council resolution", "voted against Syria's
suspension" in the Arab League); and an abstention at a council vote (the gold places one, in a story filed from
UNITED NATIONS that ``seat_places`` places, and leaves one unplaced: fresh13 t17-reuters-192#20, fresh12
t17-bbc-217#17). A veto the clause places elsewhere keeps its place; one placed at the
speaker's capital only by default ("China ... vetoed": Beijing) is moved.

Its parties are ``vetoed_council``'s (the Security Council as the counterpart), read earlier from the predicate; this
reads the finished event's trigger, so its ``_VETO`` is the bare verb only, where that module's also takes "used its
veto"; "blocked" (``vetoed_council.BLOCK_VERB``, the one reading of the verb) counts only with one resolution right
after it (``_BLOCKED_ONE``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .places import COUNCIL_NAME
from .vetoed_council import BLOCK_VERB

if TYPE_CHECKING:
    from ..model import Event

_VETO = re.compile(r"^(?:vetoe[ds]|vetoing|veto)$", re.I)  # the verb: "vetoed", "to veto"
# a block's object (the trigger may run on, "blocked a un resolution": ``BLOCK_VERB`` reads its first word), one
# resolution: "blocked a UN resolution drafted by ...", "blocked the resolution last week"; not "an Arab League
# resolution", not "resolutions", not "an attempt"
_BLOCKED_ONE = re.compile(r"\s+(?:a|the)\s+(?:(?:UN|U\.N\.|United\s+Nations|Security\s+Council|draft|western-drafted|"
                          r"Western-backed|Arab-backed)\s+){0,3}(?:draft\s+)?resolution\b", re.I)
_OWNED = re.compile(r"(?:'s|’s|\b(?:its|their|his|her|a|the))\s+$", re.I)  # "Russia's veto of": a noun, not the act
# a background veto: more than one, or one before others ("twice", "two previous resolutions", "the third time")
_BACKGROUND = re.compile(r"\b(?:twice|two|three|several|previous(?:ly)?|repeatedly|again|already|second|third|"
                         r"resolutions|times)\b", re.I)
_IN_COUNCIL = re.compile(r"\s+(?:in|at)\s+the\s+" + COUNCIL_NAME + r"\b")
_MOVABLE = frozenset({None, "speaker"})  # no place, or only the speaker's capital by default


def place_vetoes(events: list[Event]) -> list[Event]:
    """The events with each dated veto placed at the United Nations, and a veto "in the Security Council" dated or
    not."""
    return [replace(e, location="United Nations", location_basis="clause")
            if e.location_basis in _MOVABLE and e.status == "reported" and _cast_at_council(e) else e for e in events]


def _cast_at_council(e: Event) -> bool:
    """Whether ``e`` is a veto the chamber saw: dated or placed in the council by its clause, and not background."""
    trigger, sentence = (e.trigger or "").strip(), e.sentence
    blocked = BLOCK_VERB.match(trigger.lower())
    if not (blocked or _VETO.match(trigger)):
        return False
    at = e.trigger_offset()
    if at < 0:
        return False
    end = at + len(trigger)
    if blocked and not _BLOCKED_ONE.match(sentence, at + blocked.end()):  # a block of something else than one resolution
        return False
    if _IN_COUNCIL.match(sentence, end):  # "vetoed in the Security Council": placed by its clause
        return True
    return e.date_start is not None and not _OWNED.search(sentence, max(0, at - 12), at) \
        and not _BACKGROUND.search(sentence, max(0, at - 40), end + 60)
