"""An accusing verb in an object relative clause, its own subject named: "bomb attacks in Damascus and Aleppo in recent
months, which the government also blamed on terrorists", "The bombings, which Syria blamed on al Qaeda, killed 44
people", "armed groups which it blames for the violence".

The antecedent is what is blamed (or whom); the clause's subject is the accuser. The subject relatives ("Juppe, who
deplored Syria's crackdown") are ``relatives``'; here "which"/"that"/"whom" is the verb's object and a named actor
stands between it and the verb group. The accusation is a row of its own (events_gold_fresh12 bbc-249#1: "which the
government also blamed on terrorists" = accuse, the terrorists unnamed), with no day of its own: a relative clause
says what its antecedent is known by, not the story's news (rule 1 (c); the present, a standing charge, rule 6).
Among the last passes of a sentence (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .undated_why import RECALLED, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the relative pronoun, then the clause's subject, then at most a few words of the verb group before the verb
_OPENER = re.compile(r"\b(?:which|that|whom)\s+$")
_GROUP = re.compile(r"(?:\s+(?:also|has|have|had|repeatedly|often|long|previously|earlier|itself|themselves|then))*\s+$")


def object_relative_blame(st: _SentenceState, is_event) -> None:
    """The accusation of an accusing verb that heads an object relative clause with a named subject (module doc)."""
    builder, sent, low = st.builder, st.sent, st.low
    for p in st.preds:
        if p.type != "accuse" or p.form != "verb" or p.passive or p.quoted or p.negated \
                or p.trigger.start in st.claimed_starts:
            continue
        group = _GROUP.search(low, max(sent.start, p.start - 40), p.start)
        stop = group.start() if group else p.start
        accuser = next((a for a in sent.actors if a.end == stop), None)
        if accuser is None or _OPENER.search(low, max(sent.start, accuser.start - 12), accuser.start) is None:
            continue
        if st.has_row("accuse", accuser.name):
            continue
        if is_event(p, sent, builder, accuser.name):
            st.record(p, basis=undated(RECALLED), agent=accuser.name)
