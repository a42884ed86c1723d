"""An accusing participle on the party accused, its accusers after "by": "the Obama administration, which has been
criticized by human rights groups for not doing more", "Beset by civil unrest at home and lambasted by the West and his
Arab neighbors for his violent crackdown on dissent, Syria's President Bashar al-Assad can count on one firm ally".

The passive's patient is no subject of the clause's own verb here: it is the antecedent of a subject relative clause
("X, which has been criticized by ...") or the subject a fronted participle phrase sets off ("Lambasted by ..., X
..."). The accusation is a row of its own (events_gold_fresh15 113#1; audit t17-reuters-41), ``actor2`` the party
accused; ``actor1`` the accuser named after "by", else none (events_gold.md rule 13: "the West", "human rights groups"
are no actor). Like an object relative clause's blame (``object_relatives``), it says what the party is known by, not
the story's news: no day of its own (rule 1 (c)). Among the last passes of a sentence (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

_ADVERBS = r"(?:(?:also|long|repeatedly|widely|often|increasingly|sharply|heavily|roundly|strongly|fiercely|openly|been|being)\s+)"
# ", which has been criticized", ", who was widely condemned": the relative pronoun and the verb group before the verb
_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:(?:has|have|had|is|are|was|were)\s+)?" + _ADVERBS + r"{0,3}$")
# a fronted participle phrase, from the sentence's start (after a wire dateline, perhaps after another participle with
# its agent and "and"): "Lambasted by", "Beset by civil unrest at home and lambasted by"
_FRONTED = re.compile(r"(?:[^\n]{0,60}?\((?:reuters|ap|afp)\)\s*[-–—]+\s*)?[\s\"“]*(?:[a-z]+\s+by\s+" +
                      run_class(r",;:") + r"{0,80}?\s+and\s+)?"
                      + _ADVERBS + r"{0,2}$")
_BY = re.compile(r"\s+by\s+")
# what may stand between the antecedent's name and the relative's comma: the head noun of a name used as a modifier ("the
# Obama administration", "the Assad government"), not a verb of its own ("The U.N. published its report")
_HEAD = re.compile(r"(?:\s+(?:administration|government|regime|leadership|cabinet|family|camp|forces|army))?")


def blamed_patients(st: _SentenceState, is_event) -> None:
    """The accusation of an accusing participle whose patient is a relative's antecedent or the subject after a fronted
    participle phrase (module doc), when the sentence has no accusation yet."""
    builder, sent, low = st.builder, st.sent, st.low
    if "accuse" in st.families or st.has_row("accuse"):
        return
    for p in st.preds:
        if p.type != "accuse" or p.form != "verb" or not (p.passive or p.rule == "participle") or p.quoted \
                or p.negated or p.trigger.start in st.claimed_starts:
            continue
        by = _BY.match(low, p.trigger.end)
        if by is None:
            continue
        patient = None
        rel = _RELATIVE.search(low, max(sent.start, p.trigger.start - 60), p.trigger.start)
        if rel is not None:  # the antecedent: the actor right before the comma, or its head noun
            patient = max((a for a in sent.actors if a.end <= rel.start() and _HEAD.fullmatch(low, a.end, rel.start())
                           and not a.placed), key=lambda a: a.end, default=None)
        elif _FRONTED.fullmatch(low, sent.start, p.trigger.start):
            comma = low.find(",", p.trigger.end, sent.end)
            if comma > 0:  # the subject after the phrase: the first actor within a few words of its comma
                patient = next((a for a in sent.actors if comma < a.start <= comma + 40 and not a.placed), None)
        if patient is None:
            continue
        stop = min((i for i in (low.find(c, by.end(), sent.end) for c in ",;") if i >= 0), default=sent.end)
        agent = next((a for a in sent.actors if by.end() <= a.start < min(stop, by.end() + 30) and not a.placed), None)
        if agent is not None and agent.key == patient.key:
            continue
        if not is_event(p, sent, builder, (agent or patient).name):  # (a party the row has, for the test only)
            continue
        event = st.record(p, basis=undated(), agent=agent.name if agent else None)
        actors = tuple(a.name for a in (agent, patient) if a is not None)
        builder.amend(event, actor1=agent.name if agent else None, actor2=patient.name, actors=actors)
        return
