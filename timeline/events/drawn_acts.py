"""An act noun that a verb of drawing holds as its object ("Russia and China vetoed a resolution on Saturday, drawing
protests in Damascus", "the killings sparked demonstrations across the country"): others' act, which the drawing
verb's subject provoked. Its agents are not that subject (nor the names of the clause the participle hangs on): the
protesters are unnamed (rule 13 of events_gold.md: ``actor1`` null), and its counterpart is one its own phrase names
("protests against Assad"), else, for a protest, the story's state (``protest_targets``, rule 22).

The verbs are those of event_triggers.tsv's "drew ... condemnation from" row (``predicates.DRAWING``), whose noun
with "from" is read as a passive already ("drew sharp criticism from France": France's accusation); this module
reads the noun with no "from" after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .predicates import DRAWING

if TYPE_CHECKING:
    from ..actors import ActorMention
    from .predicates import Predicate

# the drawing verb, then up to three modifiers of the noun ("drawing angry street protests", "sparked a wave of"); not
# "drawing up sanctions" (preparing one's own)
_BEFORE_NOUN = re.compile(r"(?<![\w-])(%s)\s+(?!up\b)(?:(?:a|an|the|some|more|further|fresh|new)\s+)?"
                          r"(?:[a-z-]+\s+(?:of\s+)?){0,3}$" % "|".join(sorted(DRAWING, key=len, reverse=True)))
_FROM_BY = re.compile(r"\s+(?:from|by)\s")
_LOOK = 60  # characters before the noun in which its drawing verb stands


def drawn(p: Predicate, low: str) -> bool:
    """Is ``p`` an act noun that a verb of drawing holds as its object, with no "from" or "by" naming its agents?"""
    return p.form == "noun" and not p.owned and drawn_at(low, p.trigger.start, p.trigger.end)


def drawn_at(low: str, start: int, end: int) -> bool:
    """Is the noun at ``low[start:end]`` the object of a verb of drawing, with no "from" or "by" after it?"""
    found = _BEFORE_NOUN.search(low, max(0, start - _LOOK), start)
    return found is not None and not _FROM_BY.match(low, end)


def drawn_roles(p: Predicate, low: str, agents: list[ActorMention], counterparts: list[ActorMention]
                ) -> tuple[list[ActorMention], list[ActorMention]]:
    """The roles of a ``drawn`` noun: no agent, and as counterparts only the parties named after it (the drawing
    verb's subject and the names of its clause before the noun are no party to it)."""
    return [], [a for a in agents + counterparts if a.start >= p.trigger.end]
