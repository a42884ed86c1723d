"""A video script's soundbite: what the person its label names says, a statement of theirs on the story's day.

Wire video scripts mark each soundbite with a label in capitals before the words spoken ("(SOUNDBITE) (Arabic)
ARAB LEAGUE SECRETARY GENERAL, NABIL EL-ARABY, SAYING:"); the marker is cut off as a credit, and the label reads as
a titled name (``scan.normalise_caps``). ``extract.extract_events`` runs this after a sentence's other passes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.scan import SOUNDBITE
from .speech import blamed_failure

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Sentence, _Builder


def soundbite(builder: _Builder, sent: Sentence) -> None:
    """A soundbite of a video script is a statement of the person its label names, on the story's day (the label
    in capitals reads as a titled name: ``scan.normalise_caps``), when the reading of the sentence made none of
    theirs (no comma before "SAYING": no participle frame). Words that blame another side for its failure make it an
    accusation."""
    # the label as the scan read it (``scan.SOUNDBITE``): its marker ("(SOUNDBITE) (Arabic) ") cut off as a credit,
    # the sentence opens at the label ("ARAB LEAGUE SECRETARY GENERAL, NABIL EL-ARABY, SAYING:")
    label = SOUNDBITE.match(builder.text, builder.text.rfind("\n", 0, sent.start) + 1)
    if label is None or label.start(1) != sent.start or label.end() > sent.end:
        return
    people = [a for a in sent.actors if a.kind == "person" and a.end <= label.end()]
    saying = next((p for p in sent.reading.predicates if p.trigger.start >= label.end() - 8
                   and p.trigger.text.lower() == "saying"), None)
    if not people or saying is None:
        return
    speaker = people[-1].name
    if any(e.actor1 == speaker and e.char_start == sent.start for e in builder.events):
        return
    blamed = blamed_failure(builder.low, sent.actors, (label.end(), sent.end), people[-1])
    if blamed is not None:
        # "... SAYING: \"In view of the Syrian government's failure to carry out ... the Arab League's initiative":
        # blaming another side for its failure is an accusation of it, as in a reported clause (``speech.failure``)
        saying = replace(saying, type="accuse", rule="reported failure")
    event = builder.add(sent, saying, None, basis="dateline", agent=speaker)
    if event is not None and blamed is not None and blamed.name != speaker:
        builder.amend(event, actors=(speaker, blamed.name), actor2=blamed.name)  # the one blamed, not the label's
        return
    # "QATARI FOREIGN MINISTER AND DEPUTY PRIME MINISTER, HAMAD ...": the label's titles and country are the
    # speaker's own, in apposition, no one spoken to
    labelled = [a.name for a in sent.actors if a.end <= label.end() and a.name != speaker]
    if event is not None and event.actor2 is not None and any(event.actor2 in name for name in labelled):
        builder.amend(event, actors=(speaker,), actor2=None)
