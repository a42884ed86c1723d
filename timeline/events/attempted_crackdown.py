"""A state's attempt to put down protest told in a clause that leans on a name: a relative clause of its force ("the
Syrian government whose army has been struggling to crush eight months of protests", "Syria, whose military is trying
to stamp out popular unrest"), a participle after its force or authorities ("Syrian troops trying to quash three
months of protests are committing ...", "while Assad's troops tried to stamp out unrest") or a "who" clause ("Assad, who is fighting to crush a year-long uprising"). The gold sets
code the crackdown as the state's assault (events_gold_fresh10 t17-reuters-121#1, fresh15 t17-bbc-199#2; the main
clause "The Syrian army has been trying to crush the protests" already is one). No clause reader took these: a verb
after "whose" and its noun, or after a participle of trying, heads no clause of its own.

The predicate is an assault already typed as force on dissent (``predicates._puts_down_dissent``: the object is
protest or dissent); its agent is the name the clause leans on (before "whose" or "who", or the participle's subject:
an actor, or a force of the story's state; before "whose" a place too, whose army it is). An attempt is no act of one day: the row is undated. Not a participle set off by commas ("Syrian authorities, trying to crush five
weeks of protests against Assad's rule, have accused ..."): an aside on the subject of another act, which restates the
crackdown the story has told (events_gold_fresh14 t17-reuters-106#1 folds it into the lead's row).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.mention import state_of
from .cues import FORCE_HEADS
from .undated_why import ONGOING, undated

_TRYING = r"(?:trying|struggling|fighting|seeking|attempting|tried|struggled|fought|sought|attempted)\s+to\s+"
_GROUP = r"(?:(?:is|are|was|were|has|have|had|been|still|also|long|now)\s+)*"
_FORCE = r"(?:%s|government|regime|authorities)" % FORCE_HEADS
# the words between the name and the verb: ", whose army has been struggling to ", " trying to ", ", who is fighting to "
_LEAN = re.compile(rf"(?P<kind>\s*,?\s+whose\s+(?:[a-z]+\s+)?{_FORCE}\s+{_GROUP}(?:{_TRYING})?"
                   rf"|\s+{_TRYING}"
                   rf"|\s*,\s+who\s+{_GROUP}{_TRYING})$")


def attempted_crackdown_rows(st) -> None:
    """The rows of such attempts (see the module docstring); ``st`` is extract's sentence state."""
    low, actors = st.low, st.sent.actors
    for q in st.preds:
        if q.type != "assault" or q.form != "verb" or q.passive or q.negated or q.quoted \
                or st.taken(q.trigger.start):
            continue
        m = _LEAN.search(low, max(st.sent.start, q.start - 80), q.start)
        if m is None:
            continue
        whose = "whose" in m.group("kind")  # (a place owns its army: "calling for change in Syria, whose military")
        agent = next((a for a in actors if a.end == m.start() and (whose or not a.placed)
                      and a.kind in ("country", "person", "organization")), None)
        if agent is None:
            continue
        name = state_of(agent, ("person",)) if whose else agent.name  # ("Assad, whose forces have ...": Syria's, as
        if name is None:  # "Assad's troops" are; but "Assad, who is fighting to crush ...": his own)
            continue
        event = st.record(replace(q, embedded=False, rule="attempted crackdown"), basis=undated(ONGOING), agent=name)
        if event is not None:
            st.builder.amend(event, actor1=name, actor2=None, actors=(name,))
