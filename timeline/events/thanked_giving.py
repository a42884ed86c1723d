"""The giving a thanks is for: "President Biden expressed gratitude for Italy's contributions to NATO and for providing
temporary shelter to over 4,000 Afghans", "He expressed appreciation for the role the UAE has played in delivering
thousands of tons of medical supplies", "The President thanked Japan for providing $100 million in humanitarian aid".

The thanks is the thanker's ``support`` row; the aid thanked for is a row of its own, of the thanked party
(events_gold.md rule 7 (d); the development sets code it so: fresh3 Mattarella #4, fresh4 UAE #37). Read only for an
aid predicate in the "-ing" form right after "for" or after "the role X has played in", in the object of a verb or
noun of thanks (thank, gratitude, appreciation, grateful); its giver is the party thanked ("thanked Japan for"), the
owner in an earlier "for X's ..." phrase of the same thanks, or the X of "the role X has played". Not a thanks for
a noun of support or aid ("thanked ... for U.S. support, including security assistance": the aid is no act of its own
there), nor hosting, which is no giving (fresh4 Rama #4 codes "Albania's generous hosting of Afghan nationals"
support only). Dated by its own words, else undated.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Callable

from ..cue_words import break_class
from ..actors.gazetteer import opening_class
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_THANKS = re.compile(opening_class(["thank(?:s|ed|ing)?", "gratitude", "appreciation", "grateful", "appreciated?", "appreciates"],
                                   r"\w") + r"\b")  # ("\b(?:thank...)\b", searched for fast: ``opening_class``)
# right before the gerund: "for" (after the thanked party, or a coordinated "and for"), or "the role X has played in"
_FOR = re.compile(r"\bfor\s+$")
_ROLE = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?role\s+(?P<who>(?:[\w.'’-]+\s+){0,5}?)(?:has|have|had)\s+played\s+in\s+$")
_POSSESSIVE = re.compile(r"[’']s?\s")
_CLAUSE_BREAK = re.compile(break_class(r";:") + r"|\b(?:said|says|but|while|which|who)\b")


def thanked_giving(st: _SentenceState, is_event: Callable) -> None:
    """The aid each thanks of the sentence is for (module doc), when no pass has made it."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or _THANKS.search(low, sent.start, sent.end) is None:
        return
    # where each thanks of the sentence ends: the thanks word of a predicate's trigger ("thanked", "expressed gratitude",
    # "is grateful"), read once for all its aid gerunds
    thanks = sorted(m.end() for p in st.preds for m in _THANKS.finditer(low, p.trigger.start, p.trigger.end))
    for q in st.preds:
        if q.family != "aid" or q.negated or q.quoted or q.passive or q.status != "reported" \
                or not low[q.trigger.start:q.trigger.end].split()[0].endswith("ing") \
                or q.trigger.start in builder.trigger_starts:
            continue
        before = bisect.bisect_right(thanks, q.trigger.start)
        if not before:
            continue
        lo = thanks[before - 1]  # the last thanks before the gerund
        if _CLAUSE_BREAK.search(low, lo, q.trigger.start):
            continue
        role = _ROLE.search(low, lo, q.trigger.start)
        if role is not None:
            who = [a for a in sent.actors if role.start("who") <= a.start and a.end <= role.end("who")]
        elif _FOR.search(low, lo, q.trigger.start):
            # the party thanked ("thanked Japan for"), else the owner of an earlier "for X's ..." of the same thanks
            who = [a for a in sent.actors if lo <= a.start and a.end < q.trigger.start
                   and (low[lo:a.start].strip() in ("", "the") and low.startswith(" for", a.end)
                        or _POSSESSIVE.match(low, a.end) and low[lo:a.start].strip() in ("for", "for the"))]
        else:
            continue
        if len({a.name for a in who}) != 1:
            continue
        agent = who[0].name
        if st.has_row("aid", agent):
            continue
        if not is_event(q, sent, builder, agent):
            continue
        day = st.dated.get(q.start) or st.dated.get(q.trigger.start)
        if day is None:  # "... for providing temporary shelter to over 4,000 Afghans ... in August": a date after the
            # gift in its phrase, the sentence's only one, is the gift's (the thanks takes the day it was said)
            after = [m for m in st.dates if m.start >= q.trigger.end and m.end <= sent.end]
            if len(after) == 1 and len(st.dates) == 1 and not _CLAUSE_BREAK.search(low, q.trigger.end, after[0].start):
                day = after[0]
        event = st.record(q, day, basis=day.date_basis if day is not None else undated(), agent=agent)
        if event is not None:  # its parties are the giver and a receiver named after it, not the thanker, nor a people
            # named by its demonym ("to over 4,000 Afghans": no named actor, events_gold_fresh3 Mattarella #4)
            named = {a.name for a in sent.actors if a.start >= q.trigger.end and a.basis != "demonym"}
            other = event.actor2 if event.actor2 in named and event.actor2 != agent else None
            builder.amend(event, actor2=other, actors=tuple(x for x in (agent, other) if x))
