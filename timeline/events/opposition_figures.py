"""A refusal or a charge whose subject is the story's opposition told by its members: "Many opposition figures have
dismissed Assad's promise of political reform", "But opposition figures refuse to sit down and talk while the killings
continue", "Opposition leaders rejected the offer".

"The opposition" alone is the story's opposition (``actors.oppref``), but "opposition figures", "opposition leaders",
"opposition groups" name no actor the finder reads, so such a verb had no agent and made no event. The development
sets code these subjects as the story's opposition ("Syrian opposition") when they do an act of a listed type: fresh18
t17-reuters-149#9 (the dismissal, reject), fresh19 t17-reuters-83#14 ("Opposition figures ... several have said that no
dialogue can succeed", reject), fresh10 t17-bbc-162#4 ("Syrian opposition groups said Russia was becoming part of the
problem", accuse), as events_gold.md rule 13 says of a speaker that resolves to an actor ("the opposition"). Only for a
rejection or an accusation the verb itself makes: "opposition groups said 39 people were killed" only attributes
(BBC convention 6, rule 9 (b)) and stays no row, as the verbs of saying are not read here. Not in a story that names no
country clearly (``forces.story_country``), nor another country's opposition ("Lebanon's opposition leaders").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors.gazetteer import DEMONYMS, phrase_alternation
from ..actors.oppref import OPPOSITION_NOUN_HEADS
from .cues import GROUP_QUANTIFIER, SUBJECT_LINK, SUBJECT_TO_VERB

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState
    from .predicates import Predicate

_TYPES = ("reject", "accuse")
# the plural nouns of the opposition's own members and bodies ("figures", "leaders", "groups", "parties": the voice
# kind of ``resources/opposition_noun_heads.txt``, the one list of the nouns "opposition" modifies)
_VOICES = phrase_alternation(n for n in OPPOSITION_NOUN_HEADS["voice"] if n.endswith("s"))
# the subject, opening its sentence (perhaps after "But", "However,"): an optional quantifier or adjective, perhaps the
# country's demonym, "opposition" and a noun of its members, then only auxiliaries and adverbs before the verb
_SUBJECT = re.compile(rf"[\s\"“]*(?:(?:{SUBJECT_LINK}|and)\s*,?\s+)?"
                      rf"(?:(?:{GROUP_QUANTIFIER}|leading|prominent|senior|main|key|top|exiled)\s+){{0,2}}"
                      r"(?:(?P<demonym>[a-z]+)\s+)?opposition\s+(?:%s)"
                      r"\s+(?:(?:%s|still|all|both|not|never)\s+)*$" % (_VOICES, SUBJECT_TO_VERB))


def opposition_figure_acts(st: _SentenceState) -> None:
    """The first rejection or accusation verb of the sentence that no pass made an event, whose subject is the
    opposition told by its members (module doc): the story's opposition's act."""
    builder, sent, low = st.builder, st.sent, st.low
    for p in st.preds:
        if p.type not in _TYPES or p.family in st.families or not _reads(p) or p.trigger.start in st.claimed_starts:
            continue
        m = _SUBJECT.fullmatch(low, sent.start, p.start)
        if m is None:
            continue
        country = builder.story_country
        demonym = DEMONYMS.get(country) if country else None
        if demonym is None or m.group("demonym") not in (None, demonym.lower()):
            return
        st.record(p, **st.on_day(st.basis(p)), agent=f"{demonym} opposition")
        return


def _reads(p: Predicate) -> bool:
    """Is ``p`` a verb told as done (not quoted, negated, passive, embedded or a topic)?"""
    return p.form == "verb" and not (p.quoted or p.negated or p.passive or p.embedded or p.topic)
