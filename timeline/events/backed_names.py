"""A name described as backed by another, in a participle set off by a comma: "the Shi'ite Hezbollah movement in
neighboring Lebanon, also backed by Iran", "Hezbollah, supported by Syria and Iran, is at odds with ...", "Obama,
backed by the European Union, called on Thursday for Assad to go" (events_gold_fresh20 t17-reuters-2#12, fresh17
t17-reuters-172#3; audit t17-reuters-106, t17-reuters-2).

The agent after "by" supports the name before the comma: a support row of its own beside the sentence's other acts
("supports the Palestinian Islamist group Hamas and the Shi'ite Hezbollah movement ..., also backed by Iran": Syria's
support of Hamas and Iran's of Hezbollah, another actor, rule 6). The predicate pass made such a participle an event
only when the sentence had no other act of its family, and then took the name before it for the backer. The backing
is a standing one, undated (rule 6), unless the name's own act in the clause is dated: then it is the backing of that
act, of its day ("Obama, backed by the European Union, called on Thursday": Thursday).

The participle follows a comma (perhaps with "also", "now", "largely" ...): one with no comma defines the name ("Libyan
rebels supported by NATO forces", events_gold_fresh18 reuters-149: no row), and one after no name backs a thing ("a
project supported by the European Commission": ``predicates`` reads it). The backed name is the actor right before the
comma, or before an apposition or a group noun with its place ("Hezbollah, an armed ... movement, backed by", "the
Hezbollah movement in neighboring Lebanon, also backed by"); the backer is a named actor right after "by" (not "by
tanks", "by the threat of force"), with the actors joined to it ("by Syria and Iran"). Not inside a quotation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .nouns import right_after
from .predicates import COMMA_SET_ADVERBS, Predicate, _inside, quoted_spans
from .triggers import Trigger
from .undated_why import STANDING, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_BACKED = re.compile(r",\s*(?:(?:%s)\s+)?(?P<verb>backed|supported|sponsored|funded|bankrolled|financed)\s+by\s+(?:the\s+)?"
                     % COMMA_SET_ADVERBS)
# between the backed name and the comma: a group noun with its place, or an apposition
_GAP = re.compile(r"(?:\s+(?:movement|group|party|militia|faction|government|alliance|organi[sz]ation)"
                  r"(?:\s+in\s+(?:neighbou?ring\s+)?[\w'’.-]+)?)?"
                  r"(?:\s*,\s*(?:an?|the|its|their)\s+" + run_class(r",;:()\"“”") + r"{1,60}?)?\s*")
_IN_PLACE = re.compile(r"\bin\s+(?:neighbou?ring\s+)?$")
# a backer joined to the one before: "and" ("by Syria and Iran", "by Iran, Syria and Russia"), or a comma inside a
# list that ends in "and" (a comma alone may end the participle: "backed by Iran, Syria said on Monday, had ...")
_AND_JOINED = re.compile(r"\s*(?:,\s*)?and\s+")
_COMMA_JOINED = re.compile(r"\s*,\s*")


def _backed(st: _SentenceState, comma: int):
    """The name right before the comma at ``comma`` (module doc), or None."""
    low = st.low
    for a in sorted(st.sent.actors, key=lambda a: -a.end):
        if a.end > comma or a.start < st.sent.start:
            continue
        if a.placed or _IN_PLACE.search(low, max(st.sent.start, a.start - 20), a.start):
            continue  # "movement in neighboring Lebanon": the place on the way
        return a if _GAP.fullmatch(low, a.end, comma) else None
    return None


def _backers(st: _SentenceState, at: int) -> list:
    """The named actor right after "by" (at ``at``) and those joined to it ("by Syria and Iran", "by Iran, Syria and
    Russia"; not "by Iran, Syria said")."""
    low = st.low
    actors = sorted((a for a in st.sent.actors if not a.placed and a.start >= at - 4), key=lambda a: a.start)
    first = next((a for a in actors if right_after(a, at, low)), None)
    if first is None:
        return []
    group, listed = [first], []  # listed: names after a comma, kept only when an "and" ends their list
    for a in actors:
        last = (listed or group)[-1]
        if a.start <= last.end:
            continue
        if _AND_JOINED.fullmatch(low, last.end, a.start):
            group += listed + [a]
            listed = []
        elif _COMMA_JOINED.fullmatch(low, last.end, a.start):
            listed.append(a)
    return group


def backed_names(st: _SentenceState) -> None:
    """The support rows of names described as backed (module doc)."""
    sent, low, builder = st.sent, st.low, st.builder
    quotes = None
    for m in _BACKED.finditer(low, sent.start, sent.end):
        verb = m.start("verb")
        quotes = quoted_spans(low, sent.start, sent.end) if quotes is None else quotes
        if _inside(verb, quotes):
            continue  # '"We have all seen what the Syrian regime, backed by the Russian Government, has done"': a
            # speaker's words, no act the story tells (as ``predicates`` reads a quotation)
        if st.taken(verb):
            continue  # the predicate pass made it (now with the backer as agent: ``predicates``, passive participle)
        backed = _backed(st, m.start())
        backers = _backers(st, m.end())
        if backed is None or not backers or backed.key in {b.key for b in backers}:
            continue
        own = next((e for e in builder.events[st.first:] if e.actor1 == backed.name and e.date_char_start is not None
                    and e.date_basis == "explicit"), None)
        day = next((d for d in st.dates if own is not None and d.start == own.date_char_start), None)
        trigger = Trigger(verb, m.end("verb"), low[verb:m.end("verb")], "support", "V")
        p = Predicate(trigger, type="support", form="verb", status="reported", start=verb, rule="backed name")
        event = st.record(p, day, basis=day.date_basis if day is not None else undated(STANDING), agent=backers[0].name)
        builder.amend(event, actor1=backers[0].name, actor2=backed.name,
                      actors=tuple(dict.fromkeys([backers[0].name, backed.name] + [b.name for b in backers[1:]])))
