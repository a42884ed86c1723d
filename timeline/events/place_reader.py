"""The one reader of an event's place phrases: which phrases of its sentence name where the act was done, in which
role, and which of them is the event's place.

A place is set in three steps, and this module is the middle one and the map of all three.

1. While a sentence's events are built (``extract._Builder``), ``own_place`` reads the act's own phrase: "talks in
   Sochi", "visited Mumbai", a verb of force's object, the named "city of X" before the trigger (``places.clause_place``);
   a saying's own "said in Washington" (``said_place``); a speaker written with a town, "an activist in Damascus said"
   (``placed_speaker``); a trip's destination (``trip_places``); a retreat's place (``retreat_places``); an opening
   "In X," of the sentence's own acts (``places.opening_place``). Where none is found the builder turns to what is not
   a phrase of the act: a header's "here", the transcript header, a dateline's city when the story happens there
   (``places.dateline_places``, ``bureau_depth``, ``dateline_scene``), a retold meeting's venue. Those stay in the
   builder: later steps of the build read the basis they give, and the builder's own rows decide them.
2. After the article's events are built and the speakers' places carried (``speaker_place``), ``place_by_phrases``
   places each event still unplaced by the first phrase of ``READERS`` that applies to its act and names a place. No
   reader places a saying (its own words place it, step 1) or an event whose trigger is not found in its sentence:

   ==========  ===================================================  ==========================================
   role        phrase (its module's doc says what it refuses)       acts
   ==========  ===================================================  ==========================================
   where       "Latakia, where ...", "Hama, scene of ..."          any but a call (``where_places``)
   noun        a force noun's object: "the shelling of Homs"        force (``force_noun_places``)
   part        "parts of Homs", "near Aleppo", "across Syria"       force, protest, retreat (``part_places``)
   capital     "in the capital": the capital last named            force, protest (``capital_places``)
   town        "in the town": the town last named                  force, protest (``town_places``)
   before      "in Homs" before the trigger in its clause           force but troop moves, protest (``before_places``)
   fought      "the battle for control of Aleppo"                   force (``fought_places``)
   sole_town   the one town the sentence names                      force but troop moves, protest (``sole_town``)
   ==========  ===================================================  ==========================================

   The table is the order in which the readers were once separate passes; an event takes the first place found. The
   readers differ in what they call a town on purpose: ``before`` takes a capital of the act's parties' states,
   ``town`` any capital when the act names no party, ``sole_town`` no capital and no country (each module's doc).
3. Passes that place by what is no phrase of the sentence (``seat_places``: a UN dateline's council acts; ``veto_places``;
   ``statement_venue``: a joint statement's venue), and the writing of a place: ``district_places`` (a district as its
   city), ``place_names`` (one name for a place).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterator

from .before_places import place_before
from .capital_places import PLACED_FAMILIES, capital_place, named_capitals
from .clause_places import place_by_clause
from .force_noun_places import noun_object_place
from .fought_places import fought_place
from .part_places import part_place
from .placed_speaker import placed_speaker
from .places import SAYING_TRIGGER, clause_place, opening_place
from .predicates import FORCE_FAMILIES
from .retreat_places import retreat_place
from .said_place import said_place
from .sole_town import sole_town
from .town_places import nouns_of, town_place
from .trip_places import trip_place
from .where_places import where_place

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Event
    from ..timex import Mention
    from .predicates import Predicate


def own_place(text: str, low: str, sent_start: int, sent_end: int, p: Predicate | None, near: Mention | None,
              reported: bool) -> str | None:
    """The place the act's own phrase gives the event of ``p`` in the sentence ``text[sent_start:sent_end]`` while it
    is built (step 1 of the module's doc; ``near``: the date mention whose place may be the act's, ``reported``: the
    act is one a saying reports, which takes no place from the sentence's opening "In X,"), or None."""
    return clause_place(text, low, sent_start, sent_end, p, near) or said_place(text, sent_end, p) \
        or placed_speaker(text, sent_start, sent_end, p) \
        or trip_place(text, sent_start, sent_end, p, reported) \
        or retreat_place(text, sent_end, p) \
        or (None if reported else opening_place(text, sent_start, sent_end))


class ArticleText:
    """The text an event's phrases are read in, with what a reader reads of the whole text once, when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def capitals(self) -> tuple[list[int], list[str]]:
        return named_capitals(self.text)

    @cached_property
    def town_nouns(self) -> tuple[list[int], list[tuple[int, str, str]]]:
        return nouns_of(self.text)


def _force(e: Event) -> bool:
    return e.event_family in FORCE_FAMILIES


def _force_or_protest(e: Event) -> bool:
    return e.event_family in PLACED_FAMILIES


_NOT_MOVED = PLACED_FAMILIES - {"mobilize"}  # (troops moved go somewhere: their place is where they go, not where
# the witness saw them: "A witness in Damascus told Reuters he saw 40 tanks ... heading north", fresh
# t17-reuters-190#27, no place)


def _unmoved(e: Event) -> bool:
    """Is ``e`` an act of force or a protest, but a movement of troops?"""
    return e.event_family in _NOT_MOVED


@dataclass(frozen=True)
class Reader:
    """A phrase's role, the acts it may place, and the place it reads for one (``read(event, article, at)``, the
    trigger at ``at`` in the sentence; None: no such phrase)."""

    role: str
    acts: Callable[[Event], bool]
    read: Callable[[Event, ArticleText, int], str | None]


# the readers of the sentence's place phrases, in the order an event takes its place from them (the module's table)
READERS = (
    Reader("where", lambda e: e.event_type != "call", lambda e, a, at: where_place(e)),
    Reader("noun", _force, lambda e, a, at: noun_object_place(e.sentence, at, at + len(e.trigger))),
    Reader("part", lambda e: _force_or_protest(e) or e.event_type == "retreat",
           lambda e, a, at: part_place(e.sentence, at + len(e.trigger))),
    Reader("capital", _force_or_protest, lambda e, a, at: capital_place(e, lambda: a.capitals)),
    Reader("town", _force_or_protest, lambda e, a, at: town_place(e, a.text, lambda: a.town_nouns)),
    Reader("before", _unmoved, lambda e, a, at: place_before(e)),
    Reader("fought", _force, lambda e, a, at: fought_place(e.sentence)),
    Reader("sole_town", _unmoved, lambda e, a, at: sole_town(e.sentence)),
)


def placing_phrases(e: Event, article: ArticleText) -> Iterator[tuple[str, str]]:
    """The role and place of each phrase of ``e``'s sentence that places ``e``, in the order of ``READERS``: none for a
    saying, whose own words place it (a speaker's "in X" is where he was, not where what he reports was done:
    "Witnesses in Deraa said")."""
    if not e.trigger or SAYING_TRIGGER.match(e.trigger) or (at := e.trigger_offset()) < 0:
        return
    for reader in READERS:
        if reader.acts(e) and (place := reader.read(e, article, at)) is not None:
            yield reader.role, place


def phrase_place(e: Event, article: ArticleText) -> str | None:
    """The place ``e`` takes from its sentence's phrases: the first ``placing_phrases`` finds."""
    return next((place for _, place in placing_phrases(e, article)), None)


def place_by_phrases(events: list[Event], text: str) -> list[Event]:
    """The events with each unplaced one placed at its ``phrase_place`` (location basis "clause")."""
    article = ArticleText(text)
    return place_by_clause(events, lambda e: phrase_place(e, article))
