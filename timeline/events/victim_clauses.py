"""An arrest told in a relative clause on the named person it befell: "Fayez Sara, an opposition figure who was
detained earlier in the uprising, said ...", "said Hussein, who was detained during the uprising", "Louay Hussein, a
writer who was detained during this year's protests and took part in ...".

The clause is a passive with no agent, so the relative-clause reader (``relatives.relative_clause``), which makes the
antecedent the clause's agent, leaves it; and ``agentless.agentless_act`` reads only a victim that stands right before
the verb group as its subject. The gold sets code such a detention of a named person all the same, ``actor1`` null and
the person the counterpart (events_gold.md rule 2; rule 20 keeps a row with a named victim: events_gold_fresh16
t17-reuters-27#19). This pass adds that row for a coercion verb (``event_types.csv`` coerce: arrested, detained,
jailed, expelled, ...) whose relative clause opens with "who" right after the name, or after an apposition that
describes it ("an opposition figure who"), with only the verb group's auxiliaries and adverbs between "who" and the
verb. Not an act with a "by" agent (the agent's, read elsewhere), nor one negated, quoted or planned ("who was to be
arrested", "who faces arrest": no verb of the pass), nor a release ("who was freed": concede, not coerce). It is
undated unless its own words date it: what befell the person before the story's news (the relative-clause reader's
convention for a "who" clause), and placed only by a place in its own verb phrase. Among the sentence's last passes (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .clause_places import borrowed_place
from .cues import ADVERB_WORDS
from .undated_why import RECALLED, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the name's apposition (a determiner, then words with no punctuation) or nothing, "who", then the passive's verb
# group ("was", "had been", "was later") up to the trigger
_WHO_PASSIVE = re.compile((r"(?P<gap>,\s+(?:(?:a|an|the|his|her|its|their|[a-z][\w-]*['’]s)\s+" +
                          run_class(r",;:.!?\"“”()") + r"{1,80}?\s+)?)"
                          r"who\s+(?:(?:was|were|had|has|have|been|%s)\s+)*$") % ADVERB_WORDS)
# where the clause's own verb phrase ends (``agent_passives`` too)
VERB_PHRASE_END = re.compile(r",|;|:|\s(?:and|but)\s")
_BY_AGENT = re.compile(run_class(r",;:.") + r"{0,40}?\bby\s")


def victim_clause_acts(st: _SentenceState) -> None:
    """The coercion of each relative clause on a named victim (module doc) that no pass has made."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or low.find("who", sent.start, sent.end) < 0:
        return
    for q in st.preds:
        if q.type != "coerce" or q.form != "verb" or not q.passive or q.negated or q.quoted or q.topic \
                or q.status != "reported" or st.taken(q.trigger.start):
            continue
        m = _WHO_PASSIVE.search(low, max(sent.start, q.trigger.start - 120), q.trigger.start)
        if m is None or _BY_AGENT.match(low, q.trigger.end):
            continue  # ("who was arrested by police": the police's act, not one of no named agent)
        victim = next((a for a in sent.actors if a.end == m.start("gap") and not a.placed), None)
        if victim is None or any(e.event_family == q.family and victim.name in e.actors
                                 for e in builder.events[st.first:]):
            continue
        day = st.dated.get(q.trigger.start)
        event = st.record(q, day, basis=day.date_basis if day is not None else undated(RECALLED))
        if event is not None and event is builder.events[-1]:
            changes = dict(actor1=None, actor2=victim.name, actors=(victim.name,))
            end = VERB_PHRASE_END.search(low, q.trigger.end, sent.end)
            if borrowed_place(event, builder.text, q.trigger.end, end.start() if end else sent.end):
                changes.update(location=None, location_basis=None)  # ("a writer who was detained during this year's
                # protests and took part in the opposition conference in Damascus": the conference's place)
            builder.amend(event, **changes)
