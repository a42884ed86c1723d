"""A state's own body named in the text: its government or its forces ("Syrian security forces", "the Syrian
government", "Assad's forces", bare "troops" read as a state already), not its name, a place, a person or officials.

Syria coverage from a border names Turkey, Lebanon or Jordan about as often as Syria, so counting names leaves no
story country (``forces.story_country``); whose government and forces the story names tells the state its unrest is
in, and so whose bare "security forces" and "the government" it tells of (t17-bbc-306: "Syrian troops" six times
against "Lebanon's army" once).
"""

from __future__ import annotations

from ..cue_words import load_tsv
from .gazetteer import rows, word_list
from .mention import ActorMention

# the nouns of a government a leader owns ("Assad's government", "Assad's regime"): the cue row government_owned of
# event_cues.tsv, which the state's government nouns (government_noun, events/roles.py) take in; loaded here once for
# this module and forces.py (which imports this one)
GOVERNMENTS_OWNED = frozenset(load_tsv("event_cues.tsv")["government_owned"])
# the nouns of a state's body: its forces (resources/force_nouns.txt, bare "forces" and "loyalists") and its
# government (resources/government_nouns.csv, and the nouns a leader owns); not "the country", "the nation"
# (the nouns of every form of state: the state as a whole, not a body of it)
_FORCES = frozenset({p.lower().removeprefix("the ") for p in word_list("force_nouns.txt")} | {"forces", "loyalists"})
_GOVERNMENT = frozenset({r["noun"].lower() for r in rows("government_nouns.csv") if r["style"] != "*"}
                        | GOVERNMENTS_OWNED)


def body_state(m: ActorMention) -> str | None:
    """The state whose forces or government ``m`` names, if it names one."""
    if m.kind != "country" or not m.name or "unresolved" in m.flags:
        return None
    role = (m.role or "").lower()
    return m.name if "forces" in m.flags or role in _FORCES or role in _GOVERNMENT else None

