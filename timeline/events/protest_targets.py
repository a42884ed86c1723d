"""A protest with no target named in its clause is against the story's state (rule 22 of events_gold.md).

Rule 22 codes a protest row's ``actor2`` as the target as written ("against Assad", "anti-government" = the state),
else the state whose places the protests are in. Wire copy on one state's uprising tells its protests by their places
and days only: "Fresh anti-government protests were held on Friday in cities across Syria", "a silent protest in
Damascus by 150 people this week", "20,000 protesters in nearby Jassem on Friday", "Smaller ... demonstrations took
place after Friday prayers in the central city of Homs". The development sets code that state as such a row's
``actor2`` (17 rows with none read by the system, in twelve sets, among them the random wire sets fresh32 and fresh35;
one development protest row has no ``actor2``). So a ``protest`` row with no ``actor2``, in a story that is no readout,
joint statement or transcript, gets the story's country (``forces.story_country``) when there is one, it is not the
row's agent nor the agent's state, and the sentence names no other country (not a place of the story's state): "the
Israeli army fired on a demonstration at the Lebanese border village", "in the Omani city of Sohar" are not read for
another state's story; nor a ruler named by a noun ("against the tyrant": ``resources/protest_ruler_nouns.txt``), nor
any person, party or body besides the protesters, who may be the target the sentence means ("seven months of popular
protests opposing his rule", "to call for Mr Assad's departure", "challenged the Baath Party's authority": the
development rows code Assad and the Baath Party there).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ..actors import ActorMention
from ..actors.gazetteer import GAZ_RE, GAZETTEER, country_entry, phrase_alternation, word_list
from ..model import Event
from .drawn_acts import drawn_at

# a ruler named by a noun of the slogan or target ("against the tyrant"): the protest's target is he, not the state
_RULER = re.compile(r"\b(?:%s)\b" % phrase_alternation(word_list("protest_ruler_nouns.txt")), re.I)


def protest_targets(events: list[Event], story: str | None, mentions: list[ActorMention], starts: list[int],
                    state_of_person: Callable[[str], str | None]) -> list[Event]:
    """``events`` with each untargeted ``protest`` row's target set to the story's state (see the module docstring);
    ``mentions`` in text order, ``starts`` their starts."""
    if story is None:
        return events
    out = []
    for e in events:
        if e.event_type == "protest" and e.actor2 is None and _story_only(e, story, mentions, starts, state_of_person):
            e = e.aimed_at(story)
        out.append(e)
    return out


def _story_only(e: Event, story: str, mentions: list[ActorMention], starts: list[int],
                state_of_person: Callable[[str], str | None]) -> bool:
    if e.actor1 is not None and story in (e.actor1, state_of_person(e.actor1)):
        return False
    start, end = e.char_start, e.char_start + len(e.sentence)
    trigger = e.trigger_char_start
    if trigger is not None and drawn_at(e.sentence.lower(), trigger - start, trigger - start + len(e.trigger or "")):
        start = trigger  # "vetoed a resolution on Saturday, drawing protests in Damascus": not the vetoers'
    here = mentions[bisect_left(starts, start):bisect_left(starts, end)]
    if any(m.name != story and country_entry(m.name) is not None for m in here):
        return False  # "a demonstration at the Lebanese border village": another state's
    words = e.sentence[start - e.char_start:]
    if any(GAZETTEER[g.group()].kind == "country" and GAZETTEER[g.group()].name != story for g in GAZ_RE.finditer(words)):
        return False  # "in the Omani city of Sohar" (a demonym of a place, no actor mention): that state's protest
    if _RULER.search(words):
        return False  # "chanted \"God is greatest against the tyrant\"": against the ruler
    # a person, party or body the sentence names may be the target ("protests opposing his rule", "to call for Mr
    # Assad's departure", "challenged the Baath Party's authority"): the clause readers' to name, not the story's state
    return not any(m.name != e.actor1 and country_entry(m.name) is None for m in here)
