"""Second acts of force in a sentence: a coordinated clause with a subject of its own, and the named agent of a noun
of an act of force.

"tanks shelled the old quarter of the city and security forces stormed the Omari mosque" is two acts of force, each
its own subject's (``own_subject_act``: the families are ``separate_subject_family`` in ``event_cues.tsv``); a shared
subject's second verb of force is a second act too ("Syrian forces killed six people ... and later opened fire on
hundreds of youths", events_gold_fresh40 t17-reuters-137--part1#1/#2: ``extract._second_measure``, the families in
``separate_measure_family``) unless it tells the first act's victims ("attacked the army and killed many people",
"shot dead Tammo and wounded his son", "fired on residential areas and wounded three protesters": one act, as
events_gold_fresh3 reuters-322, fresh4 reuters-157 and fresh41 reuters-233 code them; ``toll_of_first``); "air
strikes by NATO", "shelling from government forces" name the agent after the noun (``force_noun_agent``).
``extract._coordinated_acts`` and ``adverbials.force_phrase_acts`` call them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import coordinate_subject
from .cues import CUES
from .nouns import NOUN_BY
from .predicates import FORCE_FAMILIES
from .roles import coded, gerund_agent

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from ..model import Event
    from .extract import Sentence
    from .predicates import Predicate


_OWN_SUBJECT_FAMILIES = frozenset(CUES["separate_subject_family"])  # event_cues.tsv


def own_subject_act(q: Predicate, preds: list[Predicate], sent: Sentence, events: list[Event], low: str) -> bool:
    """Is the verb ``q``, of a family the sentence already has an event of, the act of a clause with a subject of its
    own ("tanks shelled the old quarter of the city and security forces stormed the Omari mosque": two acts of force,
    two targets)? Its verb differs from each of theirs; a clause that shares the subject ("shelled ... and stormed")
    stays one act."""
    if q.form != "verb" or q.embedded or q.quoted or q.topic or q.family not in _OWN_SUBJECT_FAMILIES:
        return False
    if not coordinate_subject(q, preds, sent, low):
        return False  # None (no coordinated clause) or "" (the subject shared)
    return another_verb(q, events, low)


# a verb of killing or wounding: after "and", the victims of the act before it ("shelled Homs and killed 20 people")
_TOLL_VERB = re.compile(r"(?:kill|wound|injur|shot\s+dead|shoot\s+dead|shooting\s+dead)")


def toll_of_first(q: Predicate, low: str) -> bool:
    """Is the second verb ``q`` of a shared subject's acts of force a killing or wounding, the toll of the act before
    it ("attacked the army and killed many people", "fired on residential areas and wounded three protesters"), not an
    act of its own?"""
    return q.family in FORCE_FAMILIES and _TOLL_VERB.match(low, q.trigger.start) is not None


def another_verb(q: Predicate, events: list[Event], low: str) -> bool:
    """Do ``events`` (the sentence's) hold an event of ``q``'s family and status, and is each such event one before
    ``q`` with a verb other than ``q``'s ("shelled ... and security forces stormed", "imposed ... and banned")? Then
    ``q`` may be a second act of that family (``own_subject_act``, ``extract._second_measure``)."""
    verb = low[q.trigger.start:q.trigger.end].split()[0]
    same = [e for e in events if e.event_family == q.family and e.status == q.status]
    return bool(same) and all(e.trigger and e.trigger.lower().split()[0] != verb and e.char_start <= q.start
                              for e in same)


def force_noun_agent(p: Predicate, sent: Sentence, low: str) -> ActorMention | None:
    """The named agent of a noun of an act of force: after "by" ("air strikes by NATO"), or of an "-ing" noun the
    reader took for a participle after "by" or "from" ("shelling from government forces", ``roles.gerund_agent``)."""
    after = [coded(a) for a in sent.actors if a.start >= p.trigger.end]
    if p.form == "verb":
        return gerund_agent(p, after, low)
    after = [a for a in after if not a.placed]
    by = NOUN_BY.match(low, p.trigger.end)
    return next((a for a in after if by is not None and a.start == by.end()), None)
