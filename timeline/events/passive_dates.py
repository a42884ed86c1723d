"""The undergoer of a dated passive with no act of the lexicon: "Gen Daoud Rajiha was appointed defence minister in
August 2011", "Ms Bouvier was badly injured in the bombardment ... last week", "Ben Ali and Mubarak, who were ousted by
popular uprisings in January and February".

Such a date makes an "other" event of its own (``extract._date_only_events``) and its row took the clause's subject as
``actor1``; in the passive the subject is the one the act is done to, and the agent is the "by" phrase's actor or no
one (events_gold.md rule 2: ``actor1`` is an agent the text names; fresh17 ``t17-bbc-173#26`` "who was removed from his
post on Monday": actor1 null, Ali Habib actor2; fresh20 ``t17-reuters-128#9``: Ben Ali actor2). Not a raising or
stative participle ("was expected to rise in 2011", "was scheduled to deliver a keynote address on Thursday", "was
born in 1965", "have been strained since the murder in 2005"): its subject does the act after it, or nothing is done.
Word list: ``event_cues.tsv`` ``passive_date_state``.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..cue_words import break_class, run_class
from ..actors import ActorMention
from ..last_match import last_match
from .agentless import VERB_GROUP_WORD
from .cues import CUES

_STATE = frozenset(CUES["passive_date_state"])
# the passive's auxiliary, adverbs after it, and the participle: "was appointed", "had been badly injured", "were
# reportedly ousted" (an -ed, -en or -wn form or an irregular one of ``passive_date_irregular``)
_PARTICIPLE = r"(?:[a-z]+(?:ed|en|wn)|%s)" % "|".join(sorted(CUES["passive_date_irregular"], key=len, reverse=True))
_PASSIVE = re.compile(rf"\b(?:was|were|been|being|is|are|got)\s+(?:(?:[a-z]+ly|also|later|then|since|all|both)\s+)*"
                      rf"(?P<part>{_PARTICIPLE})\b")
# what ends the date's clause before it: a clause break, a conjunction opening a new clause or a relative pronoun
_BREAK = re.compile(break_class(r";:()—–\"“”") + r"|,\s+(?:and|but|while|after|before|when|as)\s|\s(?:and|but|while"
                    r"|when|after|before)"
                    r"\s+(?:he|she|it|they|we|the)\s")
# the verb group between the subject and the participle, after an apposition ("Najib Mikati, a Sunni, was
# designated"): the passive's own words only
_GROUP = re.compile(r"(?:,\s+(?:(?:a|an|the|his|her|its|their|[a-z][\w-]*['’]s)\s+" + run_class(r",;:.!?\"“”()") +
                    r"{1,80}?|\d{1,3}),)?"
                    rf"(?:\s+{VERB_GROUP_WORD})*\s+")
_RELATIVE = re.compile(r",\s+(?:who|which)(?:\s+{0})*\s+$".format(VERB_GROUP_WORD))
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|with|to|in|on|for|from|against|by|between|at|over|about|than)\s+"
                                 r"(?:the\s+)?$")


_REACH = 200  # how far before the date its passive (90 characters at most) and the passive's subject may start


def _passive_before(low: str, start: int, date_start: int) -> re.Match | None:
    """The last passive verb group before the date in its clause (nothing ends the clause between them), or None."""
    # (a window: a long sentence of many dated clauses is read in linear time)
    found = last_match(_PASSIVE, low, max(start, date_start - _REACH), date_start)
    if found is None or _BREAK.search(low, found.end(), date_start) or date_start - found.end() > 90:
        return None
    if found.group("part") in _STATE or re.match(r"\s+to\s+[a-z]+", low[found.end():found.end() + 30]):
        return None  # "was born in 1965", "is expected to rise in 2011": no act done to the subject
    return found


def passive_undergoer(low: str, start: int, date_start: int, actors: Sequence[ActorMention],
                      antecedent: str | None = None) -> str | None:
    """The actor that undergoes the passive act dated at ``date_start``: the subject right before its verb group, or
    ``antecedent`` when the verb group opens a relative clause on it ("Ben Ali and Mubarak, who were ousted by popular
    uprisings in January"); None when the date's clause is no such passive. ``start`` is where the sentence starts."""
    passive = _passive_before(low, start, date_start)
    if passive is None:
        return None
    if antecedent is not None:
        return antecedent if _RELATIVE.search(low, max(start, passive.start() - 60), passive.start()) else None
    subject = None
    for a in actors:
        if passive.start() - _REACH <= a.end <= passive.start() and not a.placed and _GROUP.fullmatch(low, a.end, passive.start()) \
                and not _PREPOSITION_BEFORE.search(low, max(start, a.start - 20), a.start):
            subject = a
    return subject.name if subject is not None else None


# a "by" phrase right before the date that names its agent by a noun the finder knows no actor for: "(have been added to
# since,) by the Bush administration in 2004": the agent is unnamed for the row, not an actor named elsewhere
_BY_BEFORE = re.compile(r"(?<![\w-])by\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){1,4}?(?:in|on|at|during|since|from)?\s*$")


def unnamed_by(low: str, start: int, date_start: int, actors: Sequence[ActorMention]) -> bool:
    """Does a "by" phrase with no actor in it stand right before the date at ``date_start`` ("by the Bush administration
    in 2004")? Its row's agent is that unnamed one (events_gold.md rule 2), so no other actor of the sentence is."""
    m = _BY_BEFORE.search(low, max(start, date_start - 60), date_start)
    return m is not None and not any(m.start() <= a.start < date_start for a in actors)
