"""Acts of an adverbial clause with a named subject of its own: "The European Union widened sanctions against Assad
after China and Russia blocked an attempt by Western powers to bring about a U.N. Security Council resolution" (a
rejection by China and Russia), "Bahrain ... joined growing condemnation of Syria when Foreign Minister Sheikh Khaled
al-Khalifa announced the recall of his country's ambassador" (his sanction).

The clause's verb follows a subordinator (``adverbial_same_time``, ``adverbial_other_time`` in ``event_cues.tsv``)
and a subject made only of named actors ("China and Russia", "Foreign Minister Sheikh Khaled al-Khalifa"), with at
most a few words of time or aspect between (``relative_act_lead``). A clause whose subject is a pronoun or a common
noun ("after he met", "when security forces opened fire") is left to the other rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CUES, PRONOUNS

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Sentence
    from .predicates import Predicate

_SAME = frozenset(CUES["adverbial_same_time"])
_LEAD = "|".join(sorted(CUES["relative_act_lead"], key=len, reverse=True))
_WORDS = "|".join(sorted(_SAME | frozenset(CUES["adverbial_other_time"]), key=len, reverse=True))
_SUBORDINATOR = re.compile(rf"(?:^|(?<=[\s,(]))(?:{_WORDS})\s+")
_REST = re.compile(rf"(?P<subject>[^,;:()]{{2,80}}?)\s+(?P<lead>(?:(?:{_LEAD}|did)\s+)*)")
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")


def adverbial_clause(q: Predicate, sent: Sentence, low: str) -> tuple[str, tuple[str, ...], int] | None:
    """("same_time", names, at) when ``q`` heads an adverbial clause of the same time as the act before it ("when",
    "while"), ("other_time", names, at) of another time ("after", "before", "since", ...), its subject made of the
    actors named (all of them), ``at`` where its subordinator starts; None otherwise."""
    if q.form not in ("verb", "report") or not q.embedded or q.quoted or q.topic or q.passive or q.negated \
            or q.rule == "participle":
        return None
    subordinators = list(_SUBORDINATOR.finditer(low, max(sent.start, q.start - 100), q.start))
    if not subordinators:
        return None
    sub = subordinators[-1]  # the nearest: "after ... when X announced" is the "when" clause's
    m = _REST.fullmatch(low, sub.end(), q.start)
    if m is None:
        return None
    pos, end = m.start("subject"), m.end("subject")
    names = []
    for a in sorted((a for a in sent.actors if pos <= a.start and a.end <= end), key=lambda a: a.start):
        if _JOIN.fullmatch(low, pos, a.start) is None or a.text.lower() in PRONOUNS:
            return None  # (a name or a noun of armed forces, not a pronoun: "after he criticized the state" is left to the rules of "he")
        names.append(a.name)
        pos = a.end
    if pos != end or not names:
        return None  # a subject not all named ("after security forces opened fire")
    return ("same_time" if sub.group().split()[0] in _SAME else "other_time"), tuple(dict.fromkeys(names)), sub.start()
