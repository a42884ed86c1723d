"""Where the clause of an act's trigger ends, for the search of its object (actor2 and participants).

An actor named after the trigger but beyond a clause boundary is the party of another clause, not the act's
counterpart: "the body which is seeking international support for an uprising against President Bashar al-Assad"
(a relative clause), "shot dead three people in Homs as crowds welcomed a U.N. humanitarian team" (a clause of
time), "to lift emergency law, in place since his Baath Party seized power" (a clause of time). (", but" + a clause is
left: "scheduled a meeting ..., but the Chinese and Russian envoys boycotted" moved the boycott's date.)"""

from __future__ import annotations

import re

from ..cue_words import run_class

# a clause of time or reason: a subject of its own and a finite verb
_TIME_CLAUSE = re.compile(
    r"\s(?:even\s+)?(?:as|when|since|after|because|until)\s+(?!well\b|such\b|part\b|a\s+result\b)"
    r"(?:[\w'’.-]+\s+){1,6}?(?:had|has|have|was|were|is|are|did|would|could|will|(?<![-\w])(?!united\b)[a-z]+ed)\b")
_BOUNDARY = re.compile(
    # a relative clause ("that" is also a complementizer: "the idea that"); not a passive one with a "by" agent, who
    # held the place the act takes back ("regained control of districts which had been seized by rebels")
    r",?\s(?:which|who|whom)\s(?!(?:had|has|have)\s+been\s+[a-z]+\s+by\s)"
    r"|;\s"
    r"|\s(?:while|whereas)\s"
    r"|" + _TIME_CLAUSE.pattern)
_AND = re.compile(r"\s+(?:and|or)\s")
# a clause whose verb is attending, addressing, hosting or joining names a meeting's participant: "a ministerial meeting
# in Qatar, which Mr Annan is expected to attend", "to discuss Syria on Monday, when it will be addressed by Navi Pillay"
_PARTICIPANT_CLAUSE = re.compile(run_class(r",;:") + r"{0,80}?\b(?:attend|address|host|join)(?:s|ed|ing)?\b")


def clause_end(text: str, start: int, ceiling: int, meeting: bool = False) -> int:
    """The first clause boundary in ``text[start:ceiling]`` (lower case), else ``ceiling``; of a ``meeting``, a clause
    that attends, addresses, hosts or joins it is no boundary (it names a participant)."""
    m = _BOUNDARY.search(text, start, ceiling)
    if meeting and m is not None and _PARTICIPANT_CLAUSE.match(text, m.end(), ceiling):
        return ceiling
    while m is not None and m.group().startswith(","):
        # "talks between the opposition, who have formed a National Council, and the Damascus leadership": a relative
        # closed by a comma before "and" is an aside inside the object, which goes on after it
        close = text.find(",", m.end(), min(ceiling, m.end() + 80))
        if close < 0 or not _AND.match(text, close + 1):
            break
        m = _BOUNDARY.search(text, close + 1, ceiling)
    return m.start() if m is not None else ceiling


def time_clause_at(text: str, at: int) -> bool:
    """Whether the clause boundary at ``at`` opens a clause of time ("when the Syrian government hesitated"), not of
    a state's span or a reason ("halted since anti-Gaddafi protests turned into civil war", "because the membership
    of Sweden is already on the table")."""
    m = _TIME_CLAUSE.match(text, at)
    return m is not None and not re.match(r"\s(?:even\s+)?(?:since|because)\s", m.group())
