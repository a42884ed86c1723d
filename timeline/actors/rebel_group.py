"""A country's unnamed rebels are the armed group the story names (events_gold.md rule 36).

Syria stories call their armed opposition "rebels", "rebel fighters", "the rebels" or "Syrian rebels" without saying
which group; ``forces.story_rebels`` and the recognizer name such rebels by the country ("Syrian rebels") unless a
group is named beside them. The development sets coded the same fighters both ways, "Free Syrian Army" and "Syrian
rebels", by annotator; the lead's ruling (rule 36, thirtieth session) reads them by the article: the Free Syrian Army
when the article names it anywhere ("Rebels from the Free Syrian Army withdrew", "the FSA"), the story's own reading
of who the rebels are, else "Syrian rebels" (events_gold_fresh10 t17-bbc-162#14 "rebels had killed six soldiers" and
bbc t17-bbc-294#21 "Syrian rebels also produced footage", in stories that name the FSA; fresh30 t17-bbc-57#3 "killed by
rebels", in one that never does). Other countries' rebels ("Libyan rebels") and a group the text names ("Kurdish
rebels", the Jabhat al-Nusra beside the noun) are untouched.
"""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import DEMONYMS
from .mention import ActorMention

# a country -> the armed group its unnamed rebels are when the story names it (rule 36)
GROUP = {"Syria": "Free Syrian Army"}


def story_rebel_group(mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each country's rebels ("Syrian rebels") renamed to the group ``GROUP`` gives that country,
    when a mention names the group."""
    named = {m.name: m for m in mentions if m.kind == "group" and m.name in GROUP.values()}
    rename = {f"{DEMONYMS[country]} rebels": named[group] for country, group in GROUP.items() if group in named}
    if not rename:
        return mentions
    return [replace(m, name=rename[m.name].name, key=rename[m.name].key) if m.name in rename else m for m in mentions]
