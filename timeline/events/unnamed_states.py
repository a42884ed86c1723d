"""Acts of a group of states the text does not name one by one: "Western nations praised the resolution", "Arab states
endorsed it", "Western countries have tightened sanctions on Syria".

An undated predicate is an event only when an actor does it (``extract._is_event``); "Western powers" is no actor of
the tables, so such acts were dropped as agentless (``drop34``: the most frequent reason a missed gold row's trigger
is dropped, ``scripts/drop_reasons.py``). The gold sets code them with ``actor1`` null (events_gold.md rules 2 and 13:
the text, not the annotator, supplies the agent). Kept to the plain shape: the subject right before the verb group is
a region's or a kind's states (``_GROUP``: "Western nations", "the five Western powers", "Gulf Arab states"), the verb
active, reported as done, not negated, quoted or embedded. A speech act of theirs (a warning, an accusation, a demand,
a rejection, a saying) is a row only when its target is named (rule 13: "Western nations have warned of a potential
massacre" names no side, no row); an act such as support, a sanction or a meeting is a row as it stands. Not their
diplomats or leaders ("Western diplomats say": a source, rule 9), nor a group after a preposition ("the suspicion of
Arab states"), nor one with a state named in it ("The United States and other Western powers": that state is the agent).
"""

from __future__ import annotations

import re

from .predicates import Predicate

# a determiner or a count, then the region or kind, then the plural head, right before the verb group
_GROUP = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|as|that|when|after|since|because|although|though|the|several|many|some|most|"
    r"other|all|both|key|major|five|four|three|two|six|\d+)\s+)"
    r"(?:(?:several|many|some|most|other|all|both|key|major|five|four|three|two|six|\d+)\s+)?"
    r"(?:western|arab|gulf(?:\s+arab)?|european|muslim|islamic|african|asian|latin\s+american|neighbo(?:u)?ring|"
    r"regional|world)\s+(?:nations|states|countries|powers|governments)\s+$")
_VERB_GROUP = re.compile(r"(?<![a-z])(?:(?:have|has|had|are|were|is|was|been|being|also|all|both|now|already|again|jointly|"
                         r"[a-z]{3,}ly)\s+)*$")
_SPEECH = frozenset({"statement", "threaten", "accuse", "demand", "reject"})


def states_group_act(p: Predicate, low: str, floor: int, targets: list[str]) -> bool:
    """Is ``p``, which names no agent, an act of an unnamed group of states (see the module docstring)? ``floor`` is
    where the sentence starts; ``targets`` the counterparts the clause names."""
    if p.form != "verb" or p.passive or p.negated or p.quoted or p.embedded or p.topic or p.status != "reported":
        return False
    if p.type in _SPEECH and not targets:
        return False  # rule 13: no row when neither side is named
    group = _VERB_GROUP.search(low, floor, p.trigger.start)  # (only auxiliaries and adverbs between: not "have
    # mostly muted their criticism", a light verb that says no criticism was made)
    start = max(floor, group.start() - 80)
    before = ("" if start == floor else "~") + low[start:group.start()]  # ("^" only at the sentence's start)
    return _GROUP.search(before) is not None
