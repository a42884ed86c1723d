"""In wire copy the co-agent of a one-sided act is no counterpart: "The United Nations and United States also
condemned the violence" has no ``actor2`` named, not the United States.

When a clause's agents act together and no party is named as the act's target, the role readers take the second agent as
``actor2``: the readouts' and joint statements' rule (rule 34 of events_gold.md, "The two leaders agreed": the
counterpart principal). Wire copy codes it otherwise: of the development rows of a one-sided act (an accusation, a
demand, a threat, a sanction, a refusal, a saying, backing, aid) whose subject coordinates two or more actors ("Russia
and China oppose ...", "Canada, Australia and Switzerland have also imposed sanctions", "Saudi Arabia, Bahrain and
Kuwait have recalled their ambassadors and demanded an immediate end to the use of military force"), the co-agent is the
gold's ``actor2`` in almost none; the gold gives the story's state (the sanctions, the condemnation of "the violence"),
the body whose text is refused or condemned, or none. So such a row's ``actor2`` is left empty, the co-agent kept in its
cast, and the passes that read a target (``sanction_targets``, ...) may name one; where none does, it stays empty
("Russia and China oppose even U.N. criticism of Syria": no counterpart; the thirty-seventh session's ruling: the pooled
``roles`` measures count any name of the gold's cast in the two slots, so they fall when a co-agent leaves ``actor2``,
and ``actor2_r`` is the measure of the slot). That holds in a story about one state (``forces.story_country``: the
passes read it) that is no readout, joint statement or transcript (nor a bare sentence that names no such state: "The
United States and Saudi Arabia welcomed ... and decided to continue strengthening", a joint statement's words); not for
acts between the parties ("Turkey and Syria were holding joint cabinet meetings", "The army and rebels have battled":
the co-agent is the other side), and only where the second agent stands in the subject's list, joined to the first by
commas or "and".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ActorMention

# acts one side does to or about another: the co-agent is not the one they are done to
ONE_SIDED = frozenset({"accuse", "demand", "threaten", "sanction", "reject", "statement", "support", "aid"})
# what joins two names of a subject's list: ", ", " and ", ", and ", "as well as" (with "the" before the next name)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+)(?:the\s+)?")


def coordinated(low: str, actors: Sequence[ActorMention], first: str, second: str, before: int) -> bool:
    """Is ``second`` named in the same list of names as ``first``, before ``before`` (the act's trigger), each name
    joined to the next by commas or "and" (``low``: the document lower-cased; ``actors``: the sentence's mentions in
    text order)?"""
    named = [a for a in actors if a.start < before and not a.placed]
    for i, a in enumerate(named):
        if a.name != first:
            continue
        for b in named[i + 1:]:
            if not _JOIN.fullmatch(low, a.end, b.start):
                break
            if b.name == second:
                return True
            a = b
    return False

