"""A past passive with its agent after "by", told in a clause under another: "The assembly debated the resolution, which
was proposed by Saudi Arabia, shortly after ...", "shelling and gunfire were reported from the Tadamon quarter,
despite it having been earlier stormed by government forces", "Mr Kilo, who was imprisoned by the Syrian government,
said ...".

The predicate reader marks such a verb embedded (under a relative pronoun or a subordinator), so no pass of a clause's
own verb takes it; the relative-clause reader (``relatives.relative_clause``) takes only an active verb, whose subject
is the antecedent, and the narrower passes of a passive with an agent read one type each (``blamed_patients``: an
accusation; ``proposed_by``: a proposal right after its noun; ``apposed_rejections``, ``backed_names``: a participle).
The gold sets code the act all the same, the agent named after "by" its ``actor1`` and the passive's subject, when a
name, its counterpart (events_gold.md rule 20; events_gold_fresh30 t17-bbc-201#9 and #17, t17-bbc-7#13). Read only
when the verb group is a past passive ("was", "were", "had been", "having been", with adverbs such as "earlier"
between) and "by" follows the verb at once with a named actor within a few words (not "outlined in a secret report
by", whose "by" is the report's; not a present passive, a state: "the roads are blocked by the army"), or when the
verb is a reduced relative's participle of force right after its noun or the noun's comma and the agent an armed force
("the town of Rastan, surrounded by President Assad's army", "civilians killed by security forces": ``_REDUCED``);
not a verb negated, quoted, planned or a topic. Undated unless a date of its own clause dated it (then a dating pass
made it already): what befell the subject before the story's news, as the relative-clause reader's convention for a
"who" clause (rule 1 (c)); not made when its clause has a date the dating passes gave another act ("where four
protesters have been killed by security forces since Friday, has seen the first protests": events_gold_fresh29
t17-reuters-223#4 is that killing, dated; an undated row of it is paired with the wrong gold row), nor placed at a place
outside its clause. One row per family and agent in the sentence. Among the sentence's last passes
(``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause_places import borrowed_place
from .cues import ADVERB_WORDS, BE, HAVE
from .predicates import FORCE_FAMILIES, FORCE_TYPES
from .undated_why import RECALLED, undated
from .victim_clauses import VERB_PHRASE_END

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the past passive's auxiliary right before the verb, adverbs between ("was earlier", "having been")
_PAST_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:(?:%s)\s+){0,2}$" % ADVERB_WORDS)
_BY = re.compile(r"\s+by\s+")
# what may stand between "by" and the agent's name: a determiner and a modifier or two, no punctuation
_BEFORE_AGENT = re.compile(r"(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,2}")
# the words of the verb group between the subject and the verb: auxiliaries and adverbs ("had earlier been")
_GROUP = r"(?:(?:has|have|had|was|were|been|%s)\s+)*" % ADVERB_WORDS
# the antecedent's end before a relative pronoun set off by a comma or dash: "Mr Kilo, who was", "the resolution - which"
_RELATIVE = re.compile(r"\s*[,–—-]\s*(?:who|which)\s+" + _GROUP + "$")
# a subject right before the verb group ("Mr Kilo was")
_SUBJECT = re.compile(r"\s+" + _GROUP + "$")
_REACH = 80  # characters back from the verb where the relative pronoun may stand
# a reduced relative: a participle right after the noun it tells of, or after the comma that closes it ("an armed
# movement backed by Syria and Iran", "the city ..., surrounded by President Assad's army", "civilians killed by
# security forces"); the word before is a noun's (not an auxiliary, a pronoun, "to" or "and")
_REDUCED = re.compile(r"(?<![\w'’-])(?!(?:%s|to|and|or|but|not|he|she|it|they|we|who|which|that)\b)[a-z][\w'’-]*,?\s+$"
                      % "|".join(sorted(BE | HAVE, key=len, reverse=True)))


def _agent(st: _SentenceState, start: int):
    """The named actor right after "by" at ``start`` (a determiner and two modifiers at most between)."""
    return next((a for a in st.sent.actors if a.start >= start and not a.placed
                 and _BEFORE_AGENT.fullmatch(st.low, start, a.start)), None)


def _subject(st: _SentenceState, at: int):
    """The passive's named subject, a place too: the relative clause's antecedent or the actor right before the verb
    group at ``at``."""
    low, floor = st.low, max(st.sent.start, at - _REACH)
    for pattern in (_RELATIVE, _SUBJECT):
        m = pattern.search(low, floor, at)
        if m is not None:
            before = next((a for a in st.sent.actors if a.end == m.start()), None)
            if before is not None:
                return before
    return None


def _reduced_relative(low: str, q, floor: int) -> bool:
    """Is the embedded verb ``q`` a single past participle right after a noun (``_REDUCED``), the passive of a reduced
    relative clause ("an armed movement backed by Syria")?"""
    words = low[q.trigger.start:q.trigger.end].split()
    return len(words) == 1 and words[0].endswith(("ed", "en")) \
        and _REDUCED.search(low, max(floor, q.trigger.start - 40), q.trigger.start) is not None


def agent_passives(st: _SentenceState, is_event) -> None:
    """The agent's act of each embedded past passive with "by" and a named agent that no pass has made (module doc)."""
    sent, low, builder = st.sent, st.low, st.builder
    if st.heading or low.find(" by ", sent.start, sent.end) < 0:
        return
    for q in st.preds:
        if q.form != "verb" or not q.embedded or q.negated or q.quoted or q.topic \
                or q.status != "reported" or q.family == "statement" or st.taken(q.trigger.start):
            continue
        reduced = not q.passive and (q.family in FORCE_FAMILIES or q.type in FORCE_TYPES) \
            and _reduced_relative(low, q, sent.start)
        if not (reduced or q.passive and _PAST_PASSIVE.search(low, max(sent.start, q.trigger.start - 40), q.trigger.start)):
            continue
        by = _BY.match(low, q.trigger.end)
        agent = _agent(st, by.end()) if by is not None else None
        if agent is None or reduced and "forces" not in agent.flags:
            continue
        subject = _subject(st, q.start)
        patient = subject if subject is not None and not subject.placed else None
        if patient is not None and patient.key == agent.key:
            continue
        if st.has_row(q.family, agent.name) or not is_event(q, sent, builder, agent.name):
            continue
        day = st.dated.get(q.trigger.start)
        end = VERB_PHRASE_END.search(low, by.end(), sent.end)
        stop = end.start() if end else sent.end
        if day is None and any(by.end() <= m.start < stop for m in st.dates):
            continue  # ("The region, where four protesters have been killed by security forces since Friday, has seen
            # the first protests ...": the clause's own date went to another act; an undated row would contradict it)
        event = st.record(q, day, basis=day.date_basis if day is not None else undated(RECALLED), agent=agent.name)
        if event is not None and event is builder.events[-1]:
            actors = tuple(dict.fromkeys(a.name for a in (agent, patient) if a is not None))
            changes = dict(actor1=agent.name, actor2=patient.name if patient is not None else None, actors=actors)
            if borrowed_place(event, st.text, subject.start if subject is not None else q.start, stop):
                changes.update(location=None, location_basis=None)  # ("Protesters marched in Hama, which was shelled
                # by Syrian troops, and in Homs": not the place of the sentence's other clause)
            builder.amend(event, **changes)
