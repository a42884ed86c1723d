"""A sanction the actor announced, read as a threat when the document's own retelling calls it one (events_gold.md,
rule 12).

"it further said it would impose economic and political sanctions" is a planned ``sanction`` (the speaker's plan), but
``threaten`` when the document retells it as a threat: "... suspends Syria's membership and threatens political and
economic sanctions" (fresh8 ``t17-reuters-34#7``). A threat verb before "sanctions" elsewhere in the document, not
negated, in a clause that names a party of the announcing sentence, is that retelling. (A threat or warn verb in the
sentence itself makes the announced sanction a threat in ``speech.read_sentence``; a condition on the target does
in ``PredicateReader.conditional``.)"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.actors.gazetteer import opening_first
from timeline.events.speech import SentenceReading

_RETOLD = re.compile(opening_first("threaten", 8, r"\w") + r"(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?sanctions\b")
# a negated threat is none ("had not threatened sanctions before")
_NOT_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$")


def threat_retellings(low: str) -> list[int]:
    """Where the document (``low``, lower-cased) tells of a threat of sanctions, not negated ("threatens political and
    economic sanctions"): read once per document, for ``retold_threat``."""
    return [m.start() for m in _RETOLD.finditer(low) if not _NOT_BEFORE.search(low, max(0, m.start() - 20), m.start())]


def _same_party(low: str, at: int, sent_actors, actors) -> bool:
    """Does the clause of the retelling at ``at`` (from its sentence's start) name a party the announcing sentence
    names (``sent_actors``)? "The Arab League ... suspends Syria's membership and threatens ... sanctions" retells the
    League's announcement; "Separately, Russia last year threatened sanctions against Georgia" is another's."""
    start = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at)) + 1
    here = {a.name for a in sent_actors}
    return any(a.name in here for a in actors if start <= a.start < at) \
        or any(name.lower() in low[start:at] for name in here)  # (a longer form the finder does not know: "The Arab
    # League of Nations suspends ...")


def retold_threat(reading: SentenceReading, low: str, retellings: list[int], sent_actors=(),
                  actors=()) -> SentenceReading:
    """``reading`` with its announced planned sanction made a threat of the saying's day when one of the document's
    ``retellings`` (``threat_retellings``) outside the sentence retells it; ``reading`` itself otherwise."""
    main = reading.main
    if main is None or reading.frame is None or main.type != "sanction" or main.status != "planned" \
            or not main.rule.startswith("reported "):
        return reading
    if not any((at < reading.start or at >= reading.end) and _same_party(low, at, sent_actors, actors)
               for at in retellings):
        return reading
    return replace(reading, main=replace(main, type="threaten", status="reported", rule=f"retold {main.rule}"))
