"""The means a reported clause names for its subject's act ("said Damascus had taken steps to adhere to the plan by
withdrawing some troops", "said Russia was becoming part of the problem by supporting President Bashar al-Assad"): the
"by" gerund is an act of the clause's named subject, a row of its own beside the saying (events_gold.md rule 18),
dated only by its own words. Outside a reported clause a "by" gerund stays the main verb's manner."""

from __future__ import annotations

import re

from ..actors import ActorMention
from .predicates import Predicate
from .subjects import subject_of

# "by" right before the gerund, at most one adverb between ("by openly backing")
_BY_GERUND = re.compile(r"(?<![\w'’])by\s+(?:[a-z]{3,}ly\s+)?$")
# the clause's own verb group right after its subject ("Damascus had taken", "Russia was becoming", "Iran has helped")
_SUBJECT_VERB = re.compile(r"\s+(?:has|have|had|is|are|was|were)\s")


def means_agent(low: str, content: tuple[int, int], p: Predicate, actors: list[ActorMention]) -> ActorMention | None:
    """The named subject of the reported clause ``content`` whose means the participle ``p`` tells ("by withdrawing"),
    or None: ``p`` a gerund right after "by", inside the clause, whose subject is an actor the clause opens with and
    whose verb group follows it at once (not "said the veto had encouraged ... by ...": no actor heads it)."""
    if p.rule != "participle" or not p.embedded or p.form != "verb" or p.quoted or p.negated \
            or not content[0] <= p.trigger.start < content[1] \
            or _BY_GERUND.search(low, max(content[0], p.trigger.start - 20), p.trigger.start) is None:
        return None
    before = [a for a in actors if content[0] <= a.start and a.end <= p.trigger.start]
    if not before:
        return None
    first = before[0]
    if low[content[0]:first.start].strip(" \"“'") not in ("", "that", "the") \
            or _SUBJECT_VERB.match(low, first.end) is None:
        return None
    subject = subject_of(_SUBJECT_VERB.match(low, first.end).end() - 1, before[:1], low, content[0])
    return subject if subject is not None and subject.key == first.key else None
