"""A sanction the actor announced, read as a threat when the document itself retells it so (events_gold.md, rule 12).

"it further said it would impose economic and political sanctions" is a planned ``sanction`` (the speaker's plan), but
``threaten`` when the document's own retelling calls it one: "... suspends Syria's membership and threatens political
and economic sanctions" (fresh8 ``t17-reuters-34#7``). A threat verb before "sanctions" elsewhere in the document is
that retelling."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.events.speech import SentenceReading

_RETOLD = re.compile(r"\bthreaten(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?sanctions\b")


def retold_threat(reading: SentenceReading, low: str) -> SentenceReading:
    """``reading`` with its announced planned sanction made a threat of the saying's day when the document retells a
    threat of sanctions outside the sentence; ``reading`` itself otherwise."""
    main = reading.main
    if main is None or reading.frame is None or main.type != "sanction" or main.status != "planned" \
            or not main.rule.startswith("reported "):
        return reading
    if not any(m.start() < reading.start or m.start() >= reading.end for m in _RETOLD.finditer(low)):
        return reading
    return replace(reading, main=replace(main, type="threaten", status="reported", rule=f"retold {main.rule}"))
