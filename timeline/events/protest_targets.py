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
from typing import TYPE_CHECKING

from ..actors.gazetteer import GAZ_RE, GAZETTEER, country_entry, phrase_alternation, word_list
from ..model import Event
from .drawn_acts import drawn_at

if TYPE_CHECKING:
    from .untargeted import Story

# a ruler named by a noun of the slogan or target ("against the tyrant"): the protest's target is he, not the state
_RULER = re.compile(r"\b(?:%s)\b" % phrase_alternation(word_list("protest_ruler_nouns.txt")), re.I)


def protest_target(e: Event, story: Story) -> str | None:
    """The story's state as the target of a ``protest`` row with no ``actor2`` (see the module docstring), or None."""
    if story.country is None or e.actor2 is not None or story.own_act(e):
        return None
    start, end = e.char_start, e.char_start + len(e.sentence)
    trigger = e.trigger_char_start
    if trigger is not None and drawn_at(story.low, trigger, trigger + len(e.trigger or "")):
        start = trigger  # "vetoed a resolution on Saturday, drawing protests in Damascus": not the vetoers'
    here = story.mentions_in(start, end)
    if any(m.name != story.country and country_entry(m.name) is not None for m in here):
        return None  # "a demonstration at the Lebanese border village": another state's
    words = e.sentence[start - e.char_start:]
    if any(GAZETTEER[g.group()].kind == "country" and GAZETTEER[g.group()].name != story.country
           for g in GAZ_RE.finditer(words)):
        return None  # "in the Omani city of Sohar" (a demonym of a place, no actor mention): that state's protest
    if _RULER.search(words):
        return None  # "chanted \"God is greatest against the tyrant\"": against the ruler
    # a person, party or body the sentence names may be the target ("protests opposing his rule", "to call for Mr
    # Assad's departure", "challenged the Baath Party's authority"): the clause readers' to name, not the story's state
    return None if any(m.name != e.actor1 and country_entry(m.name) is None for m in here) else story.country
