"""A saying that charges the story's state by a noun of its government charges that state (rules 19 and 35 of
events_gold.md: the accused is ``actor2``).

A saying typed by its content (``speech.charge_cue``: "deceit", "crimes against humanity", "excessive force") took its
``actor2`` from the addressee ("told the Security Council"), from another name in the clause ("no plans for Britain to
arm Syrian rebels") or had none, where what the charge is said of is the story's state named by a noun, no actor
mention: "The regime's long track record is one of dependable deceit and deception" (fresh33 t17-bbc-271#20),
"this murdering regime" (fresh29 t17-bbc-108#11), "government forces committed crimes against humanity" (fresh31
t17-bbc-238#8), "Security forces continue to arbitrarily detain" (fresh13 t17-reuters-46#25), "Assad's forces had
committed violations" (fresh29 t17-reuters-336#18), "the Syrian regime \"is about to carry out some truly appalling
acts\"" (fresh34 t17-bbc-304#8). The development sets code the story's state there. So an ``accuse`` row whose trigger
is a saying verb, in a story that is no readout, joint statement or transcript, gets the story's country as
``actor2`` when what was said (the quote before the verb, else the clause after it) names the state by such a noun
("the regime", "this regime", "the <story demonym> regime", "government forces", "security forces", its leader's
"forces" or "regime"), the speaker is not of that state, and the row's ``actor2`` is none, is named outside what was
said (the addressee) or only after the noun (a name of a later clause).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..actors.gazetteer import DEMONYMS
from ..model import Event

if TYPE_CHECKING:
    from .untargeted import Story

_SAYING = re.compile(r"(?:said|says|say|saying|added|adds|told|tells|noted|notes|stated|states|wrote|writes|declared|"
                     r"insisted|insists)")
# the quote a closing saying verb tells: '"...," Rice said', '"...," said Julie de Rivero'
_QUOTE_BEFORE = re.compile(r"[,.!?]?\s*[\"”]\s*(?:[\w.’'-]+\s+){0,8}$")
_NOUN = r"(?:(?:the|this|that)\s+(?P<epithet>[a-z]+ing\s+)?(?:{demonym}\s+)?regime|(?:government|regime|security)\s+forces)(?![\w-])"
# what makes the noun the subject or possessor of what is said of it ("The regime's long track record", "Security
# forces continue to", "the Syrian regime \"is about to"), not the object of another's act ("armed gangs were \"killing
# civilians and security forces\""); a noun with its own epithet ("this murdering regime") is charged wherever it stands
_SUBJECT_AFTER = re.compile(r"['’]s?(?![\w-])|\s*[\"“”]?\s*(?:have|has|had|is|are|was|were|continues?|needs?|will|would|could|"
                            r"may|might|must|should|can|remains?|keeps?|[a-z]+ed)(?![\w'’-])")
# a noun after these words is the one another's act goes to or stands with, not the one charged ("those who would
# rather sell arms to the Syrian regime": fresh31 t17-bbc-86#4 codes no charge of Syria)
_RECIPIENT = re.compile(r"(?<![\w-])(?:to|with|against|for|from|towards?|into)\s+$")
_OWNED = re.compile(r"['’]s?\s+(?:forces|troops|regime)(?![\w-])")


@cache
def _noun(demonym: str) -> re.Pattern:
    """A noun of the government of the state whose demonym is ``demonym`` (``_NOUN``)."""
    return re.compile(_NOUN.format(demonym=re.escape(demonym.lower())))


def charged_target(e: Event, story: Story) -> str | None:
    """The story's state as the ``actor2`` of a saying that charges it by a noun of its government (see the module
    docstring), or None."""
    if story.country not in DEMONYMS or not e.trigger or not _SAYING.fullmatch(e.trigger.lower()) \
            or e.trigger_char_start is None or story.own_act(e):
        return None
    return story.country if _charged_at(e, story) is not None else None


def _charged_at(e: Event, story: Story) -> int | None:
    """Where what was said names the story's state by a noun of its government, when the row's ``actor2`` does not
    stand before it in what was said; else None."""
    low, state, state_of_person = story.low, story.country, story.state_of_person
    start, end, at = e.char_start, e.char_end, e.trigger_char_start
    quote = _QUOTE_BEFORE.search(low, start, at)
    lo, hi = (start, quote.start()) if quote is not None else (at + len(e.trigger), end)
    m = next((m for m in _noun(DEMONYMS[state]).finditer(low, lo, hi) if not _RECIPIENT.search(low, lo, m.start())
              and (m.group("epithet") or _SUBJECT_AFTER.match(low, m.end()))), None)
    found = m.start() if m is not None else None
    here = story.mentions_in(lo, hi)
    for a in here:  # "Assad's forces", "Assad's regime": the leader's own
        if (a.name == state or state_of_person(a.name) == state) and (owned := _OWNED.match(low, a.end)) \
                and _SUBJECT_AFTER.match(low, owned.end()) \
                and (found is None or a.start < found):
            found = a.start
    if found is None:
        return None
    told = e.trigger.lower().startswith(("told", "tells"))
    if e.actor2 is not None and any(a.name == e.actor2 and lo <= a.start < found
                                    and not (told and a.start - (at + len(e.trigger)) <= 12) for a in here):
        return None  # the row's counterpart stands before the noun in what was said (not the one told: "told the
        # Security Council: \"The regime's ..."): the clause's own reading
    return found
