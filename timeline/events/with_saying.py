"""A saying told in an absolute "with" clause after the main clause is the named speaker's statement.

"The US and Israel have expressed concern about the fate of Syria's arms, with Israeli PM Benyamin Netanyahu speaking
of a "great threat" ...", "... sharpened divisions among Security Council members, with both Moscow and Beijing saying
that the resolution ... had been abused", "Government forces also continued to pound rebel-held districts of Homs, with
the Syrian Observatory saying that mortar shells were landing ...": the participle's subject is the one named right
before it, not the main clause's subject, and a named party's saying is a row of its own (events_gold.md rule 18). The
participle reads as no event otherwise (``extract._participle_acts`` gives a participle the main clause's subject), and
"speaking of" is no trigger at all. An unnamed speaker ("with residents describing a mutiny") gives none (rule 9 (b)).
Undated: the clause tells what was said beside the main clause's act, not when (events_gold_fresh14 t17-bbc-195#7).
Run by ``extract._sentence_events`` after the participle pass.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .predicates import Predicate
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# ", with (both) X saying|speaking of|...": the speaker's words between "with" and the participle, no clause break
_WITH_SAYING = re.compile(r",\s+with\s+(?:both\s+|all\s+)?(?P<who>[^,;:()\"“”]{2,80}?)\s+"
                          r"(?P<verb>saying|speaking\s+(?:of|about)|insisting|arguing)(?![\w-])")
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)?\s*(?:the\s+)?")  # between the named speakers of one group


def with_saying(st: _SentenceState, is_event: Callable) -> None:
    """Add the statement of each named speaker of a ", with X saying ..." clause of the sentence (see the module)."""
    if st.heading:
        return
    sent, low = st.sent, st.low
    for m in _WITH_SAYING.finditer(low, sent.start, sent.end):
        start, end = m.start("verb"), m.end("verb")
        if start in st.claimed_starts or start in st.builder.trigger_starts:
            continue  # (a pass before made the participle a row: "pound Homs, with Russia and China saying", not twice)
        speakers = [a for a in sent.actors if m.start("who") <= a.start and a.end <= m.end("who") and not a.placed]
        if not speakers or speakers[-1].end != m.end("who"):
            continue  # no one named right before the participle ("with residents describing", "with Assad's forces")
        group = [speakers[-1]]  # the last name and those joined to it ("both Moscow and Beijing")
        for a in reversed(speakers[:-1]):
            if not _JOINED.fullmatch(low, a.end, group[0].start):
                break
            group.insert(0, a)
        trigger = Trigger(start, end, st.text[start:end], "statement", "V")
        p = Predicate(trigger, "statement", "verb", "reported", start, rule="with saying")
        agent = group[0].name
        if not is_event(p, sent, st.builder, agent):
            continue
        event = st.record(p, basis="undated", agent=agent)
        names = tuple(dict.fromkeys(a.name for a in group))
        st.builder.amend(event, actor1=agent, actor2=names[1] if len(names) > 1 else None, actors=names)
