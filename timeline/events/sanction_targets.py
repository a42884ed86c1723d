"""A sanction with no target named in its clause is on the story's state, or on the state its object names.

Wire copy on one state's crisis tells other states' and bodies' measures without naming their target as a party:
"Saudi Arabia ... pulled its envoy late on Sunday", "the Arab League announced it was suspending the country's
membership", "the European Union said it was considering tougher sanctions", or names it only inside the measure's
object: "The EU imposed an embargo on crude oil imports from Syria", "Air France announced that it was stopping all
flights to Damascus", "Qatar ... shut its embassy in Damascus". The development sets code that state as such a row's
counterpart (``participants``, ``actor2``: eleven sets, among them the random wire sets fresh30, fresh31 and fresh32).
So a ``sanction`` row with no ``actor2``, in a story that is no readout, joint statement or transcript, gets

- the first state its sentence names after the trigger right after "from", "in", "to", "on", "against" or "with"
  ("imports from Syria", "its embassy in Damascus"), when that is not the agent nor the agent's state;
- else the story's country (``forces.story_country``), when there is one and it is not the agent nor the agent's
  state, and the sentence names no other state (not the agent's, not a place) with an "its" or "their" after the
  trigger ("Muammar Gaddafi's Libya is a member of the rights council, but the General Assembly suspended its
  membership rights": Libya's, which the role readers leave); nor when a person, group or company follows the trigger
  ("imposed sanctions on Makhlouf") or a person opens the sentence ("Habib had been added to an EU sanctions list"),
  nor a pronoun or group noun after "on" / "against" that stands for one ("a travel ban and asset freeze on her",
  "further sanctions against the group"): those are the measure's own targets.

A body's suspension of its own mission in that state is a ``retreat`` (event_triggers.tsv), and the sets code the
state the mission was sent to as its counterpart too ("the league's decision to suspend its observer mission in the
country", events_gold_fresh30 t17-bbc-161#7; "deployed an observer mission to Syria ... but suspended it", t17-bbc-34#12),
so such a row is aimed the same way; a suspension of its own operations or patrols is not ("The Red Crescent has
suspended some of its operations in Aleppo", fresh34 t17-bbc-304#15, "his team suspended its patrols in Syria", fresh18
t17-bbc-300#21: no counterpart).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors.gazetteer import country_entry
from ..model import Event

if TYPE_CHECKING:
    from .untargeted import Story

_BEFORE_STATE = re.compile(r"\b(?:from|in|to|on|against|with)\s+(?:the\s+)?$", re.I)
# a measure on someone the sentence names by a pronoun or a noun of a group: its target is that one, not the state
_ON_SOMEONE = re.compile(r"\b(?:on|against)\s+(?:her|him|them|it|the\s+(?:[\w-]+\s+){0,4}?(?:group|firm|company|bank|"
                         r"tycoon|family|man|woman|businessman|operator|movement|militia|organi[sz]ation))\b", re.I)
# a measure on "its" or "their" something after the trigger: the owner may be another state the sentence names
_ITS = re.compile(r"\b(?:its|their)\b", re.I)
# the trigger of a retreat that suspends the agent's own mission (event_triggers.tsv: "suspended its observer mission")
_MISSION = re.compile(r"\bsuspend\w*\s.*\bmissions?$", re.I)


def sanction_target(e: Event, story: Story) -> str | None:
    """The target of a ``sanction`` row (or a ``retreat`` that suspends the agent's mission) with an agent and no
    ``actor2`` (see the module docstring), or None; the agent's own state (``Story.state_of_person``) is none."""
    if e.actor2 is not None or e.actor1 is None \
            or e.event_type == "retreat" and _MISSION.search(e.trigger or "") is None:
        return None
    text, country = story.text, story.country
    start, end = e.char_start, e.char_start + len(e.sentence)
    # Not ``e.trigger_offset()`` (measured by unify34): a trigger recorded in lower case and not found as written
    # ("banned eu firms") leaves the search below to the whole sentence, which takes the object of the act "and" joins
    # it to ("The EU imposed an embargo on crude oil imports from Syria in September and banned EU firms from new
    # investment in its oil industry": Syria, fresh t17-reuters-340); the recorded offset moved that one row (of every
    # development and audit document) to the story's state, Iran, and reading the whole sentence, or from before an
    # "and", moved three others for the worse (audit bbc-161, bbc-97, reuters-121). A coordinated act's shared object
    # wants its own reader.
    at = e.sentence.find(e.trigger) if e.trigger else -1
    begin = start + at + len(e.trigger) if at >= 0 else start
    agents = {e.actor1, story.state_of_person(e.actor1)}
    here = [m for m in story.mentions_in(start, end) if m.name not in agents]
    for m in here:
        if m.start >= begin and country_entry(m.name) is not None and _BEFORE_STATE.search(text, max(start, m.start - 30), m.start):
            return m.name  # "imports from Syria", "its embassy in Damascus"
    if country is None or country in agents or country in e.actors:
        return None
    if any(country_entry(m.name) is not None and m.name != country and not m.placed for m in here) \
            and _ITS.search(text, begin, end):
        return None  # another state named, and the measure on "its" membership or rights: it may be that state's
    if any(m.start >= begin and not m.placed and country_entry(m.name) is None for m in here):
        return None  # a person, group or company after the trigger: the measure's own target
    first = here[0] if here else None
    if first is not None and first.kind == "person" and first.basis != "description" and first.start < begin \
            and not text[start:first.start].strip():
        return None  # "Habib had been added to an EU sanctions list": the person the sentence opens on is the target
    if _ON_SOMEONE.search(text, begin, end):
        return None
    return country
