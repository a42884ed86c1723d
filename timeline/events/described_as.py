"""A named speaker's description of a thing as something, with no charge in the verdict: the speaker's saying.

"The US president has described the situation in Syria as \"heartbreaking\"", "Al-Manar ... described it as \"a clear
message to Nato\"", "Mr Churkin described Thursday's negotiations as \"something of a roller-coaster\"" tell what the
speaker said of the day (a ``statement``, events_gold.md rule 4 and the speech rule; events_gold_fresh30 t17-bbc-171#5,
fresh33 t17-bbc-263#16, fresh31 t17-bbc-154#5, fresh21 t17-bbc-88#5). A verdict with a word of condemnation or a charge
is an accusation already (``senses.names_condemnation``); without one the naming verb gave no row at all.

Only the active verb with its object before the "as" ("described X as Y"): not the passive ("was described as stable",
"has been described as"), not a participle with no object ("a man described as a tribal leader"), not the naming
clause "what Moscow described as a gesture of friendship" (a name the writer quotes, no saying), not an infinitive
("used to describe his policy as ...": a habit, no act), not a description of an act named in its object ("described
Thursday's negotiations as ...": the act's row, events_gold_fresh21 t17-bbc-88#5 keeps its agent), not a relative
clause's aside ("Mr Hague, who has also described the Assad regime as \"doomed\", said ...": the main clause's saying
is the row), and not under a pronoun subject ("He described ... as \"simpletons\"": ``_NOT_ACTIVE``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .senses import WHAT_NAMER, verdict_as

if TYPE_CHECKING:
    from .predicates import PredicateReader
    from .triggers import Trigger

# the verbs read here: the naming verbs that tell a speaker's words ("termed", "dubbed" name a thing in the writer's voice
# as often: "the so-called ...", "dubbed the Arab Spring")
_DESCRIBING = frozenset({"described", "describes", "describe"})
# what before the verb makes it no act of a speaker: the passive's "be", an infinitive, a relative pronoun (with "has",
# "had" or an adverb between); and a pronoun subject, whose speaker a feature story's interviews leave unclear ("I had
# interviewed a member of the opposition ... . He described the government supporters all around him as
# \"simpletons\"", audit t17-bbc-64: read as the last named man), where a news story's "He described" tells on a
# speech already given its row
_NOT_ACTIVE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being|to|who|which|that|he|she|they|it)"
                         r"(?:\s+(?:has|have|had|also|long|often|repeatedly|previously|widely|once|variously|been))*\s+$")
# what ends the clause before its "as": the verdict must come within it
_CLAUSE_END = frozenset({".", ";", ":"})


def described_saying_verb(verb: str) -> bool:
    """Is ``verb`` (a trigger's text, one word: not "described as") one of the describing verbs read here, in any case?"""
    return verb.lower() in _DESCRIBING


def described_saying(reader: PredicateReader, t: Trigger) -> bool:
    """Is ``t`` (a naming verb whose verdict names no charge) a speaker's active description "described X as Y"?"""
    if not described_saying_verb(t.text):
        return False
    before = reader.low[max(reader.start, t.start - 40):t.start]
    if _NOT_ACTIVE.search(before) or WHAT_NAMER.search(reader.low, max(reader.start, t.start - 60), t.start):
        return False
    words = reader.tokens.words
    i = reader.tokens.index(t.end)
    if words[i:i + 1] in (["as"], ["how"], ["what"]):
        return False  # "described as", "described how ...": no object described as something (nor any word after
        # the verb: the loop below reads none)
    for k in range(i + 1, min(len(words), i + 20)):
        w = words[k]
        if w in _CLAUSE_END:
            return False
        if w == "as" and verdict_as(words, k):
            at = reader.tokens.starts[k]
            # not an act named in the object ("described Thursday's negotiations as \"something of a roller-coaster\"":
            # the talks are the row, as before; read as a saying, its report took the talks' agent away)
            return not any(t.end <= o.start < at for o in reader.triggers)
    return False
