"""A saying told in an absolute "with" clause after the main clause is the named speaker's statement.

"The US and Israel have expressed concern about the fate of Syria's arms, with Israeli PM Benyamin Netanyahu speaking
of a "great threat" ...", "... sharpened divisions among Security Council members, with both Moscow and Beijing saying
that the resolution ... had been abused", "Government forces also continued to pound rebel-held districts of Homs, with
the Syrian Observatory saying that mortar shells were landing ...": the participle's subject is the one named right
before it, not the main clause's subject, and a named party's saying is a row of its own (events_gold.md rule 18). The
participle reads as no event otherwise (``extract._participle_acts`` gives a participle the main clause's subject), and
"speaking of" is no trigger at all. An unnamed speaker ("with residents describing a mutiny") gives none (rule 9 (b)).
Undated beside a perfect or present main clause: the clause tells what was said beside its act, not when
(events_gold_fresh14 t17-bbc-195#7); beside a past act of the story, that report's day (fresh15 t17-bbc-235#13).
Run by ``extract._sentence_events`` after the participle pass.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from ..cue_words import break_class, run_class
from .clause_saying import past_main
from .predicates import CHARGING_PARTICIPLE, Predicate
from .triggers import Trigger
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# ", with (both) X": the head of every absolute "with" clause here, the named parties in ``who``
_WITH_WHO = r",\s+with\s+(?:both\s+|all\s+)?(?P<who>" + run_class(r",;:()\"“”") + r"{2,80}?)"
# ", with (both) X saying|speaking of|...": the speaker's words between "with" and the participle, no clause break; a
# named agency's or monitor's report is a saying too (", with the Lebanese National News agency reporting that ...",
# ", with one group - the Syrian Network for Human Rights - putting the death toll at over 70": BBC convention 6,
# events_gold_fresh21 t17-bbc-67#3, events_gold_fresh15 t17-bbc-235#13), the speaker's dash apposition closed before it
_WITH_SAYING = re.compile(_WITH_WHO + r"(?:\s+[-–—])?\s+(?P<verb>saying|speaking\s+(?:of|about)|insisting|arguing|"
                          r"reporting|putting\s+(?:the|its)\s+(?:death\s+)?toll)(?![\w-])")
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)?\s*(?:the\s+)?")  # between the named speakers of one group


def with_saying(st: _SentenceState, is_event: Callable) -> None:
    """Add the statement of each named speaker of a ", with X saying ..." clause of the sentence (see the module)."""
    if st.heading:
        return
    sent, low = st.sent, st.low
    for m in _WITH_SAYING.finditer(low, sent.start, sent.end):
        start, end = m.start("verb"), m.end("verb")
        if st.taken(start):
            continue  # (a pass before made the participle a row: "pound Homs, with Russia and China saying", not twice)
        group = _named_group(st, m.start("who"), m.end("who"))
        if not group:
            continue  # no one named right before the participle ("with residents describing", "with Assad's forces")
        trigger = Trigger(start, end, st.text[start:end], "statement", "V")
        p = Predicate(trigger, "statement", "verb", "reported", start, rule="with saying")
        agent = group[0].name
        if not is_event(p, sent, st.builder, agent):
            continue
        # beside a main clause that tells a past act of the story ("Activists said at least 40 people were killed, with
        # one group ... putting the death toll at over 70") the saying is of that report's day, as a "while" clause's
        # (``clause_saying``); beside a perfect or a present ("have expressed concern, with ... speaking of") undated
        on_day = st.on_day("report") if past_main(low, sent.start, m.start()) else {"mention": None, "basis": undated()}
        event = st.record(p, **on_day, agent=agent)
        names = tuple(dict.fromkeys(a.name for a in group))
        st.builder.amend(event, actor1=agent, actor2=names[1] if len(names) > 1 else None, actors=names)


def _named_group(st: _SentenceState, start: int, end: int) -> list:
    """The parties named last in ``start``-``end``, its end the span's, with those joined to it ("both Moscow and
    Beijing"); empty when no party ends the span ("with residents describing", "with Assad's forces")."""
    named = [a for a in st.sent.actors if start <= a.start and a.end <= end and not a.placed]
    if not named or named[-1].end != end:
        return []
    group = [named[-1]]
    for a in reversed(named[:-1]):
        if not _JOINED.fullmatch(st.low, a.end, group[0].start):
            break
        group.insert(0, a)
    return group


# ", with (both) X (both) <participle>": a participle of a speech act of another kind or a refusal, right after the
# named parties ("The international community remains divided on Syria, with Russia and China both blocking UN
# Security Council resolutions on Syria": their rejection, events_gold_fresh12 t17-bbc-249#15)
_WITH_ACT = re.compile(_WITH_WHO + r"(?:\s+(?:both|all|also|now|still))?\s+$")


def with_acts(st: _SentenceState, is_event: Callable) -> None:
    """The act of a ", with X <participle>" clause of one of ``CHARGING_PARTICIPLE`` (a refusal, a charge, a demand,
    a threat): the parties named right before the
    participle are its agents (the first ``actor1``, the others with it), its counterpart one its own clause names.
    A participle no pass made a row is added, undated (the clause tells a standing state of things beside the main
    clause, as the saying's clause does); one a pass gave the main clause's subject ("The Security Council remains
    divided, with Russia and China both blocking ...": not the Council's) gets these parties. Not in a heading, as
    ``with_saying``."""
    if st.heading:
        return
    sent, low = st.sent, st.low
    for p in st.preds:
        if p.type not in CHARGING_PARTICIPLE or p.rule != "participle" or p.quoted or p.negated \
                or p.trigger.start in st.claimed_starts and p.trigger.start not in st.builder.trigger_starts:
            continue
        m = _WITH_ACT.search(low, max(sent.start, p.start - 100), p.start)
        if m is None:
            continue
        group = _named_group(st, m.start("who"), m.end("who"))
        if not group:
            continue
        agent, own = group[0].name, {a.name for a in group}
        # the counterpart: "each other" is the group's second party; else the first party named in the participle's
        # own clause, up to its comma or the next conjunct ("with Syrian ally Russia calling for an extension and the
        # US sceptical": not the US)
        stop = _CLAUSE_END.search(low, p.trigger.start, sent.end)
        if _EACH_OTHER.match(low, p.trigger.end) and len(own) > 1:
            target = group[1].name
        else:
            target = next((a.name for a in sent.actors if p.trigger.start <= a.start < (stop.start() if stop else sent.end)
                           and a.name not in own), None)
        names = tuple(dict.fromkeys([a.name for a in group] + ([target] if target else [])))
        events = st.builder.events
        made = next((i for i in range(st.first, len(events)) if events[i].char_start == sent.start
                     and events[i].trigger == p.trigger.text and events[i].event_type == p.type), None)
        if made is not None:
            events[made] = replace(events[made], actor1=agent, actor2=target, actors=names)
            continue
        if p.trigger.start in st.builder.trigger_starts:
            continue
        q = replace(p, embedded=False, rule="with act")
        if not is_event(q, sent, st.builder, agent):
            continue
        event = st.record(q, basis=undated(), agent=agent)
        st.builder.amend(event, actor1=agent, actor2=target, actors=names)


_CLAUSE_END = re.compile(break_class(r",;:") + r"|\sand\s+(?:the\s+)?[A-Za-z]")
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b")
