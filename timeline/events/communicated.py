"""A message typed by what it does: "The Arab League issued a statement condemning the crackdown", "The Syrian
government has sent letters to the UN blaming \\"armed terrorist groups\\" for the violence", "Femco later issued a
statement denying the vessel was transporting anything illegal".

A statement, letter or message the subject issues or sends, with a participle of an accusation, demand, rejection or
threat right after it (its addressee may come between: "letters to the UN"), is that speech act of the subject's, as
"wrote to the Security Council accusing the opposition" is. The participle says what the message does; read alone, it
is only a modifier of the noun, and the noun's own act a statement. Not a document another body votes on ("a draft
resolution condemning Syria", "a UN resolution calling for an end to violence"): only the carrier nouns below.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .predicates import CHARGING_PARTICIPLE, Predicate, PredicateReader

# the message, then at most an addressee ("to the UN", "to the Security Council") and a day ("on Sunday") before the
# participle
_DAY = r"(?:on\s+)?(?:(?:late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|overnight)"
# (read from the predicate's trigger, the noun itself, or from right after it: "sent a strongly worded letter")
_CARRIER = re.compile(r"(?:\s+(?:[\w'’-]+\s+){0,3}?)?(?<![\w'’])(?:statements?|letters?|messages?"
                      r"|communiqu[eé]s?|declarations?)"
                      r"(?:,?\s+(?:%s|to\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)){0,2},?\s+$" % _DAY)


def _carries(low: str, p: Predicate, q: Predicate) -> bool:
    """Is ``q``'s participle said of ``p``'s own message: the carrier noun is ``p``'s trigger ("issued a statement
    condemning") or its object right after it ("sent letters to the UN blaming", "sent a strongly worded letter
    accusing"), not a message of a later clause ("Syria issued a statement on Monday, while Turkey sent a letter
    accusing ...": Syria accused no one)?"""
    return any(_CARRIER.match(low, at, q.trigger.start) for at in (p.trigger.start, p.trigger.end))


def communicated(reader: PredicateReader, preds: list[Predicate]) -> list[Predicate]:
    """The statement predicates of ``preds`` whose message a charging participle types, retyped."""
    out = []
    for p in preds:
        if p.type == "statement" and p.form == "verb" and not p.embedded and not p.negated:
            q = next((q for q in preds if q.embedded and q.rule == "participle" and q.type in CHARGING_PARTICIPLE
                      and q.trigger.start > p.trigger.start and not q.negated
                      and _carries(reader.low, p, q)), None)
            if q is not None:
                p = replace(p, type=q.type, rule=f"communicated {q.rule}")
        out.append(p)
    return out
