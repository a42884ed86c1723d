"""A country's rebels fighting with no target named fight the story's state, their own (rule 36 of events_gold.md).

Wire copy on a civil war tells the rebels' acts of force by place and day and leaves the side they fight unsaid: "rebels
had shot down one helicopter", "armed rebels then stormed the state hospital", "rebels launched a major offensive",
"In practice, the FSA is waging an escalating guerrilla war". The development sets code the state those rebels rise
against as such a row's ``actor2`` (Free Syrian Army or Syrian rebels -> Syria in 29 of 32 rows of force; 9 military or
assault rows with none read by the system, in seven sets, among them the random wire sets fresh30 and fresh31). So a
``military`` or ``assault`` row whose ``actor1`` is the story's state's rebels (its demonym's "rebels", or the armed
group ``rebel_group`` names them by: "Free Syrian Army") and which has no ``actor2`` gets the story's country, in a
story that is no readout, joint statement or transcript. Not the rebels' moves of their own ("sent hundreds of
fighters to the capital", ``mobilize``: fresh11 t17-bbc-234#12 has no counterpart), nor another country's rebels. Nor,
for now, their retreats: the sets code the same sentence both ways ("Activists said the army pounded areas south-west
of Salah al-Din, from which the rebels retreated on Thursday": Syria in fresh28 t17-bbc-36#14, none in fresh31
t17-bbc-27#17), so a retreat waits for the lead's ruling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.gazetteer import DEMONYMS
from ..actors.rebel_group import GROUP
from ..model import Event

if TYPE_CHECKING:
    from .untargeted import Story


def rebel_target(e: Event, story: Story) -> str | None:
    """The story's state as the target of an act of force (``FORCE_TYPES``) with no ``actor2`` by that state's rebels,
    or None."""
    if e.actor2 is not None or story.country not in DEMONYMS:
        return None
    rebels = {f"{DEMONYMS[story.country]} rebels"} | ({GROUP[story.country]} if story.country in GROUP else set())
    return story.country if e.actor1 in rebels else None
