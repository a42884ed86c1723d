"""The state a story is set in, told by where it places things, for a story whose named states do not decide it.

BBC and Reuters copy led by another state's diplomacy names that state as often as the one the fighting is in
("Hillary Clinton ... said a working group will be set up with Turkey": the United States 17 mentions against
Syria 12; a Security Council story: Russia 10 against Syria 7), so counting names (``forces.story_country``) leaves
its "the army pounded al-Tal district", "government forces had been relentlessly shelling the city of Homs" with no
owner. Where the story says things happen ("violence in Syria", "footage from inside Syria": a country mention
flagged "location" after "in", "inside", "across", "throughout"; not "aid to Syria", "imports into the United
States") tells where it is set: the United States is the actor of such a story, not its place. Only among the
states named about as often as the first (a story that names another state clearly most often is that state's), and
only when one of them is clearly the place most named: ``MIN_PLACES`` such mentions and ``LEAD_PLACES`` times the
next (a round-up of the Arab unrest says things happen in Bahrain and Libya twice each, Syria and Russia once: no one
scene, and its "the army", Yemen's, stays unowned; a Beirut story of a Lebanese arrest names Syria and Lebanon once
each: none).

A short story that names one state only, and names it as a place ("Unverified footage from inside Syria suggests
... made homeless by government troops"), is set in it however few its mentions.

The text's own owner comes first: ``story_country`` asks this module only after counting names and counting the
bodies of each state ("US troops", "the Iraqi army": ``nearstate.body_state``) have not decided; and only for the
bare forces (``forces.story_forces``), which it flags "scene" so that they are no evidence of the story's country for
the passes after it: where a story is set tells whose its bare "the army" is, not whose its bare "the government" or
"rebels" are (a bare "rebel fighters attacked the military position" in a BBC analysis of Houla stays unowned).
"""

from __future__ import annotations

import re
from collections import Counter

from .mention import ActorMention, state_of

MIN_PLACES = 2
LEAD_PLACES = 3
# where a country stands as the place things happen in: "violence in Syria", "from inside Syria", "across Syria"; not
# where things go or come from ("aid to Syria", "exports into the United States", "refugees from Syria": a
# destination or an origin, which a diplomatic story or a trade statement names of its partner as often)
_SCENE = re.compile(r"(?<![\w-])(?:in|inside|across|throughout)\s(?:the\s)?$", re.I)


def is_scene(text: str, m: ActorMention) -> bool:
    """Is ``m`` a country named as where things happen ("in Libya", "inside Syria")?"""
    return m.kind == "country" and bool(m.name) and "location" in m.flags \
        and bool(_SCENE.search(text, max(0, m.start - 12), m.start))


def _scenes(text: str, mentions: list[ActorMention]) -> Counter:
    """How often each country is named as where things happen ("in Syria", "inside Syria")."""
    return Counter(m.name for m in mentions if is_scene(text, m))


def placed_state(text: str, mentions: list[ActorMention], candidates: set[str]) -> str | None:
    """Of ``candidates`` (the states named about as often as the first), the one ``mentions`` name clearly most often
    as where things happen, if one is: at least ``MIN_PLACES`` times and ``LEAD_PLACES`` times any other state."""
    ranked = _scenes(text, mentions).most_common(2)
    if not ranked or ranked[0][0] not in candidates or ranked[0][1] < MIN_PLACES:
        return None
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] >= LEAD_PLACES * ranked[1][1] else None


def sole_placed_state(text: str, mentions: list[ActorMention]) -> str | None:
    """The one state ``mentions`` name, when they name no other and name it as where things happen at least once."""
    states = {state for state in map(state_of, mentions) if state}
    if len(states) != 1:
        return None
    state = states.pop()
    return state if _scenes(text, mentions)[state] else None
