"""A sanction the actor announced, read as a threat when a threat verb goes with it (events_gold.md, rule 12).

"it further said it would impose economic and political sanctions" is a planned ``sanction`` (the speaker's plan), but
``threaten`` with a threat or warn verb in the sentence ("The EU warned Syria it would face sanctions and said it would
tighten restrictions on Damascus") or when the document's own retelling calls it one: "... suspends Syria's membership
and threatens political and economic sanctions" (fresh8 ``t17-reuters-34#7``). A threat verb before "sanctions"
elsewhere in the document is that retelling. (A condition on the target already makes the act a threat:
``PredicateReader.conditional``.)"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.events.speech import SentenceReading

_RETOLD = re.compile(r"\bthreaten(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?sanctions\b")


def retold_threat(reading: SentenceReading, low: str) -> SentenceReading:
    """``reading`` with its announced planned sanction made a threat of the saying's day when a threat verb of the
    sentence goes with it or the document retells a threat of sanctions outside the sentence; ``reading`` itself
    otherwise."""
    main = reading.main
    if main is None or reading.frame is None or main.type != "sanction" or main.status != "planned" \
            or not main.rule.startswith("reported "):
        return reading
    warned = any(p.type == "threaten" and p.form == "verb" and not p.embedded and p is not main
                 for p in reading.predicates)
    if not warned and not any(m.start() < reading.start or m.start() >= reading.end for m in _RETOLD.finditer(low)):
        return reading
    return replace(reading, main=replace(main, type="threaten", status="reported", rule=f"retold {main.rule}"))
