"""The giving or backing an accusation charges: "the US accused the Lebanese militant group Hezbollah of providing
"training, advice and extensive logistical support" to the Syrian regime", "accused Turkey of supplying militant groups
with weapons", "The United States accuses Iran of providing direct assistance to President Assad's government", "which
accuses it of backing Palestinian militants".

The accusation is the sentence's row (``accuse``, the accuser's); the act it charges is a row of its own, of the
accused, dated only by its own words (events_gold.md rule 18: a named party that reports another's act gives the saying
row and the act's row, "as `accuse` + act"; a charge's day does not date the act charged). The development sets code
these so (events_gold_fresh10 t17-bbc-97#4, fresh17 t17-bbc-75#13: `aid`, unresolved); the gerund after "of" was read
as a predicate of the sentence but no pass made it a row, as an embedded act. Read only for an aid or support act, the
gerund right after "accuse(d) X of" (an adverb between: "of directly helping"), X an actor the text names or a pronoun
it resolves; not a negated or quoted one, and not one an earlier row of the same kind and agent already holds, nor one
the story asserts in a sentence of its own, its agent the subject of the same verb ("Clinton accused Russia of supplying
attack helicopters to the Syrian government" and, later, "... acknowledged that Russia was re-supplying the Syrian army":
one act, whose row is the asserting sentence's; rule 11, one row per act per document; events_gold_fresh14 bbc-62#2,
#9). Among the last passes of a sentence (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .undated_why import ONGOING, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# "accused <X> of", then at most one adverb, up to the act's trigger
_CHARGE = re.compile(r"(?<![\w'’-])(?:accused|accuses|accuse|accusing)\s+(?P<accused>" + run_class(r",;:!?\"“”") +
                     r"{2,80}?)\s+of\s+"
                     r"(?:[a-z]+ly\s+)?$")
_FAMILIES = frozenset({"aid", "support"})
# between the agent's name and the verb that asserts its act: auxiliaries and an adverb ("was re-supplying", "has
# continued to supply", "is still providing")
_AUXILIARIES = r"(?:\s+(?:is|are|was|were|has|have|had|been|being|still|also|now|already|continued|continues|to|reportedly))*\s+"
# a source that closes the sentence (", AFP reports", ", the agency said"): no party to the act
_CLOSING_SOURCE = re.compile(r"\s+(?:reports|reported|says|said|writes|wrote)\W*$")


def charged_giving(st: _SentenceState, is_event) -> None:
    """The aid or support act each accusation of the sentence charges (module doc), when no pass has made it. ``is_event``
    is the driver's test of an undated act (``extract._is_event``)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or low.find("accus", sent.start, sent.end) < 0:
        return  # (no accusing verb in the sentence, as in most)
    for q in st.preds:
        if q.family not in _FAMILIES or q.form != "verb" or q.negated or q.quoted \
                or st.taken(q.trigger.start):
            continue
        m = _CHARGE.search(low, max(sent.start, q.start - 120), q.start)
        if m is None:
            continue
        named = [a for a in sent.actors if a.end == m.end("accused") and m.start("accused") <= a.start]
        if not named:
            continue
        agent = named[-1].name
        if st.has_row(q.family, agent) \
                or _asserted_elsewhere(st, agent, q.trigger.text):
            continue
        if not is_event(q, sent, builder, agent):
            continue
        day = st.dated.get(q.trigger.start)
        e = st.record(q, day, basis=day.date_basis if day is not None else undated(ONGOING), agent=agent)
        if e is not None and e.actor2 is not None and _closing_source(st, e.actor2):
            # "... accused Turkey of supplying militant groups with weapons ..., AFP reports": the agency is the story's
            # source, not the one supplied
            builder.amend(e, actor2=None, actors=tuple(n for n in e.actors if n != e.actor2))


def _closing_source(st: _SentenceState, name: str) -> bool:
    """Is every mention of ``name`` in the sentence the subject of a reporting verb that closes it, after a comma?"""
    sent, low = st.sent, st.low
    mentions = [a for a in sent.actors if a.name == name]
    return bool(mentions) and all(low[max(sent.start, a.start - 2):a.start].strip() == ","
                                  and _CLOSING_SOURCE.match(low, a.end, sent.end) for a in mentions)


def _asserted_elsewhere(st: _SentenceState, agent: str, trigger: str) -> bool:
    """Does another sentence of the story make ``agent`` (a mention of it) the subject of the verb of ``trigger`` (its
    stem, any tense, "re-" or not), as a fact of its own (module doc)?"""
    builder, sent = st.builder, st.sent
    stem = re.sub(r"^re-?", "", trigger.lower().split()[0])
    stem = re.sub(r"(?:ying|ies|ied|y|ing|es|ed|s|e)$", "", stem)
    if len(stem) < 4:
        return False
    verb = re.compile(_AUXILIARIES + r"(?:re-?)?%s[a-z]*(?![\w-])" % re.escape(stem))
    return any(a.name == agent and not sent.start <= a.start < sent.end and verb.match(builder.low, a.end)
               for a in builder.mentions)
