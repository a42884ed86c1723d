"""A readout's or joint statement's second point told by a participle: "Reiterating the importance of decarbonizing
the transport sector, the leaders welcomed progress to expand electric mobility in India", "The leaders also
highlighted the upcoming U.S.-India Health Dialogue, ..., underscoring their joint commitment to strengthening ...
health cooperation between our two nations".

Rule 25 (events_gold.md) gives a point of another kind than the sentence's other point its own row, and the
development sets read an opening or closing participle of a point verb as such a point when its kind differs:
events_gold_fresh22 #85/#86 ("Reiterating the importance of ...," beside a welcome: a `statement` of the leaders),
#81 (", underscoring their joint commitment to ... cooperation" beside the highlighted dialogue: `cooperate`, rule 7
(b)), fresh18 #67 (", stressing at the same time the need to prevent renewed violence" beside two supports:
`statement`), #80 (", wishing Sudan and its people peace and prosperity" beside a support: `statement`). The same
sets fold it when it restates the sentence's point: one kind, one row (fresh18 #72 "underscored that ...,
emphasizing the importance of ...": one statement; fresh22 #40 "Reaffirming their commitment to ..., the leaders
recommitted ...": the same commitment), and give a participle of the call or meeting sentence no row (its manner, as
a purpose infinitive is its purpose: blind Trudeau "spoke with ..., highlighting the strategic importance of",
fresh22 #1 "welcomed ... to India today, reaffirming the close and enduring partnership"). Not read here: "noting"
(rule 3), "recognizing" (rule 25's reading of "recognized the importance of" as "noted"; fresh3 #3 "recognizing the
launch as a danger" a manner participle, fresh #14, fresh15 #26, fresh19 #16 no rows), and a participle whose object
is no point ("underscoring U.S. and Canadian leadership": fresh15 #66, the manner of the joining). Only a participle
whose clause is a point: an importance or a need, a commitment or resolve, a "that" clause, a good wish.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .clauses import OPENING_PARTICIPLE, PARTICIPLE_CLAUSE, clause_subject
from .cues import CUES, phrase_alternation, stance_object
from .predicates import Predicate
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_PARTICIPLE = re.compile(r"\b(?:(?P<point>reiterating|reaffirming|affirming|underscoring|underlining|emphasi[sz]ing|"
                         r"stressing|highlighting)|(?P<wish>wishing))\b")
_ADVERBIAL = r"(?:\s+(?:again|once\s+again|also|further|at\s+the\s+same\s+time|in\s+this\s+regard))?"
# the point's object: an importance or a need (a statement; the importance of the relationship itself a support, as
# ``point_verbs._RELATION``), a commitment or resolve (``cues.stance_object``), a "that" clause
_NEED = re.compile(_ADVERBIAL + r"\s+the\s+(?:[\w-]+\s+)?(?:importance|need|necessity|urgency)\s+(?:of|to|for)\b")
_RELATION = re.compile(r"[^;,]*?\b(?:relationship|relations|partnership|alliance|ties|friendship)\b")
_STANCE = stance_object()
_THAT = re.compile(_ADVERBIAL + r"\s+that\b")
# a good wish to a named party ("wishing Sudan and its people peace and prosperity"): a statement to them
_WISH = re.compile(r"\s+[^,;]{1,60}?\b(?:peace|success|prosperity|stability|well)\b")
# the main clause's verb of a commitment: a participle commitment beside it restates it ("Reaffirming their
# commitment to ..., the leaders recommitted their administrations to ...": one commitment)
_COMMITTING = re.compile(r"\b(?:re)?commit(?:ted|s)?\b|\bpledged\b|\bcommitment\b")
# a main clause's verb of saying a point ("underscored", "reiterated", "stated"): a statement beside it is the same kind
_SAYING = re.compile(r"(?:%s)\b" % phrase_alternation(CUES["readout_saying_point"]))
# the principals as the main clause's subject after an opening participle's comma
_PRINCIPALS = re.compile(r",\s+(?:the\s+(?:two\s+)?leaders|both\s+leaders|the\s+(?:two\s+)?sides|both\s+sides|they|we)\b")
# between the main clause's subject and its verb
_VERB_GAP = re.compile(r"\s+(?:(?:also|again|further|jointly|once\s+again)\s+)*")
# the kinds of a call or meeting sentence, whose participle is its manner
_MEETING = frozenset({"call", "meeting", "visit"})


def participle_points(st: _SentenceState, is_event: Callable) -> None:
    """The principals' point told by an opening or closing participle of a point verb, of another kind than the
    sentence's row (module docstring)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or not builder.readout_or_joint:
        return
    rows = [e for e in builder.events[st.first:] if e.char_start == sent.start and e.trigger_char_start is not None]
    if not rows:
        return  # (the second point beside a first: a sentence with no row is another pass's)
    for m in _PARTICIPLE.finditer(low, sent.start, sent.end):
        start, end = m.start(), m.end()
        opening = OPENING_PARTICIPLE.fullmatch(low, sent.start, start) is not None
        if opening:
            comma = _subject_comma(st, end)
            if comma is None:
                continue  # ("Reiterating ..., the agreement provides": no principal)
            stop, main = comma, [e for e in rows if e.trigger_char_start > comma]
            main_text = low[comma:sent.end]
        else:
            if not PARTICIPLE_CLAUSE.search(low, max(sent.start, start - 12), start):
                continue
            stop = _clause_end(low, end, sent.end)
            main = [e for e in rows if e.trigger_char_start < start]
            main_text = low[sent.start:start]
        if not main or any(e.event_type in _MEETING for e in main):
            continue  # (the manner of the call or meeting: "spoke with ..., highlighting ...")
        kind = _kind(st, m, stop, main_text)
        if kind is None:
            continue
        head = min(main, key=lambda e: e.trigger_char_start)  # the main clause's first point
        if any(e.event_type == kind and e.actor1 == head.actor1 for e in rows) or kind == "statement" and any(
                _SAYING.fullmatch(e.trigger.lower()) for e in main if e.trigger):
            continue  # one kind, one row ("underscored that ..., emphasizing the importance of ...": the first point
            # is told by a verb of saying, whatever type its content gave it)
        trigger = Trigger(start, end, st.text[start:end], kind, "V")
        p = Predicate(trigger, kind, "verb", "reported", start, rule="participle point")
        # the main clause's subject: the actor after the opening phrase's comma, or the one that opens the sentence
        subject = _actor_after(st, stop) if opening else clause_subject(p, sent, low)
        if subject is None or _VERB_GAP.fullmatch(low, subject.end, head.trigger_char_start):
            agent, other = head.actor1, head.actor2  # the subject's own point beside it: its parties ("the leaders
            # welcomed ...": Modi and Biden)
        else:  # the main row is its object's ("highlighted the upcoming ... Dialogue"): the subject's reading
            agent, other = _subject_pair(st, subject)
        if m.group("wish") is not None:  # the one wished well ("wishing Sudan and its people peace")
            other = next((a.name for a in sent.actors if re.fullmatch(r"\s+(?:the\s+)?", low[end:a.start])), None)
        if not is_event(p, sent, builder, agent):
            continue
        event = st.record(p, **st.on_day(st.basis(p)), agent=agent)
        if other is not None and other != agent and event is not None and builder.events[-1] is event:
            builder.amend(event, actor2=other)  # a point of "the leaders": the first principal, the other as actor2
            event = builder.events[-1]  # (rule 25)
        builder.principal_pair(event)


def _kind(st: _SentenceState, m: re.Match, stop: int, main_text: str) -> str | None:
    """The type of the participle's point, or None when its object is no point (module docstring)."""
    low, end = st.low, m.end()
    if m.group("wish") is not None:
        return "statement" if _WISH.match(low, end, stop) else None
    if _NEED.match(low, end, stop):
        return "support" if _RELATION.match(low, end, stop) else "statement"
    if _STANCE.match(low, end, stop):
        if _COMMITTING.search(main_text):
            return None  # the main clause's commitment told again
        joint = any(q.type == "cooperate" and end < q.trigger.start < stop for q in st.preds)
        return "cooperate" if joint else "support"
    if _THAT.match(low, end, stop):
        return "statement"
    return None


def _clause_end(low: str, start: int, end: int) -> int:
    """Where a closing participle's clause ends: the next semicolon, else the sentence's end."""
    semi = low.find(";", start, end)
    return end if semi < 0 else semi


def _subject_comma(st: _SentenceState, end: int) -> int | None:
    """The comma that closes an opening participle's phrase: the first one the principals follow as the main
    clause's subject ("Reiterating the importance of nuclear energy ... climate, energy transition, and energy
    security needs, Prime Minister Modi and President Biden welcomed ..."), or None."""
    low, stop = st.low, min(st.sent.end, end + 400)  # (an opening phrase is short: no pass over a long run's commas)
    comma = low.find(",", end, stop)
    while comma >= 0:
        if _PRINCIPALS.match(low, comma) or _named_after(st, comma):
            return comma
        comma = low.find(",", comma + 1, stop)
    return None


def _subject_pair(st: _SentenceState, subject) -> tuple[str, str | None]:
    """The agent of a point whose subject is ``subject``; for a group the actor reader resolved to several people at one
    span ("the leaders": Modi and Biden), its member named first in the document and the other."""
    group = list(dict.fromkeys(a.name for a in st.sent.actors if a.start == subject.start and a.end == subject.end))
    if len(group) < 2:
        return subject.name, None
    first = st.builder.first_named
    group.sort(key=lambda n: first.get(n, 0))
    return group[0], group[1]


def _actor_after(st: _SentenceState, comma: int):
    """The actor that opens the main clause after an opening participle's comma, if the actor reader found one."""
    return next((a for a in st.sent.actors if comma < a.start and not a.placed
                 and re.fullmatch(r",\s+(?:the\s+)?", st.low[comma:a.start])), None)


def _named_after(st: _SentenceState, comma: int) -> bool:
    """Does a name the actor reader found open the main clause after an opening participle's comma ("Reiterating ...,
    Prime Minister Modi and President Biden welcomed ...")?"""
    return _actor_after(st, comma) is not None or bool(re.match(r",\s+(?:prime\s+minister|president|the\s+president)\b",
                                                          st.low[comma:comma + 30]))
