"""A government named by its leader: "the Assad regime", "the Obama administration", "the Assad government".

Coreference reads the name in such a phrase as the person ("the Obama administration" is a person's mention, so that
the noun after it keeps the name a name: ``recognize._the_noun``). The phrase names an office, the leader's
government, not the leader acting: the development sets code it as the leader's state, as agent and as target alike
(events_gold.md rule 9 (a), an office of a named state is that state, and rule 34, governments are the states;
fresh32 `t17-reuters-41#13` "The Obama administration sent an ambassador back" = United States, `#2` "a more
assertive approach by the Obama administration"; fresh20 `t17-bbc-212#6`; fresh12 `t17-bbc-217#7` "by the Bush
administration in 2004"; fresh21 `t17-bbc-88#12` "supply weapons to the Assad government" = Syria; fresh14
`t17-bbc-126#3` "sanctions against the Assad regime", fresh22 `t17-bbc-56#4`, bbc `t17-bbc-111#13`; check "the
Lukashenka regime in Belarus" = Belarus; no row codes the leader). The possessive form ("Assad's regime") is read so already, by the owner's state.

Read only after "the" (not "Assad's government", read elsewhere, nor "a Gaddafi regime"), and only for a person whose
state the text or ``people.csv`` gives; the one mention spans the name and the noun, so that a verb finds its subject.
"""

from __future__ import annotations

import re

from .gazetteer import phrase_alternation
from .mention import ActorMention, state_description
from .nearstate import GOVERNMENTS_OWNED
from .people import own_state
from .scan import possessive_at

# the noun after the leader's name, one a leader owns (resources/event_cues.tsv government_owned, as "Assad's
# government" reads it: forces.leaders_forces): "the Assad regime", "the Obama administration", "the Assad government"
_GOVERNMENT = re.compile(r"[ ](%s)(?![\w-])" % phrase_alternation(GOVERNMENTS_OWNED))
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ ]$")


def leader_governments(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with "the <leader> regime / government / administration" read as the leader's state."""
    out: list[ActorMention] | None = None
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.basis == "pronoun":
            continue
        noun = _GOVERNMENT.match(text, m.end)
        if noun is None or _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is None:
            continue
        state = own_state(m)
        if not state:
            continue
        end = noun.end()
        flags = ("possessive",) if possessive_at(text, end) else ()
        if out is None:
            out = list(mentions)
        out[i] = state_description(m.start, end, text[m.start:end], state, noun.group(1), flags)
    return mentions if out is None else out
