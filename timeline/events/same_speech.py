"""The day of a speech that goes on into the next sentence with another act of speech.

"Nabih Berri ... said on Tuesday Lebanese had to care for Syria's security. He added, "We warn against any attempt
to export strife"": the warning is a second act of the Tuesday speech, not of the story's day. "On Monday, ... Ban
Ki-moon and US Secretary of State Hillary Clinton urged ... . Mrs Clinton told the UN Security Council that ...",
"On Friday, ... Kofi Annan renewed calls for ... . Speaking to UN Security Council members, he said ...": the same.
An act of speech with no date of its own, whose speaker (or the speaker's state) made an act of speech the sentence
just before dated to a day other than the story's, takes that day (events_gold.md rule 1 (b): the same event as a
dated one; ``inferred``, rule ``article/same_speech``). Only an act a report would date (the caller's test: not
background, a plan or an act under "will"), in the simple past or a reporting verb (not a perfect or a participle:
"Turkey has now determined to take the matter to Nato, calling for an urgent meeting"), nor the answer of one the
dated act was done to ("the Arab League offered Sunday to host talks between the opposition and the Damascus
leadership. But Syria's envoy said ...": the story's day). "At the time" goes first (``basis.at_the_time``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..model import Event
from .aspect import perfect_before
from .basis import occasion_before
from .predicates import SPEECH, Predicate

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _Builder


def speech_before(builder: _Builder, p: Predicate, actor1: str | None) -> Event | None:
    """The act of speech dated to a day in the sentence before, by ``actor1`` or its state, that ``p`` (an act of
    speech of the same speaker with no date of its own) goes on with; None if there is none."""
    if actor1 is None or p.form not in ("verb", "report") or p.status == "planned" \
            or not (p.reporting or p.type in SPEECH) or p.rule == "participle" or perfect_before(builder.low, p.start):
        return None  # (a participle or a perfect is an act of its own clause's time: "Turkey has now determined to take
        # the matter to Nato, calling for an urgent meeting", after "said on Saturday": the story's day)
    before = occasion_before(builder)
    if before is None or before.event_type not in SPEECH or before.status != "reported" or before.actor1 is None \
            or before.date_basis != "explicit" or before.date_start is None \
            or before.date_start == builder.anchor.date:
        return None  # (a speech of the story's day: the day a report takes already)
    country = functools.partial(builder.state_of_person, listed=False)  # (the article's reading alone)
    if actor1 != before.actor1 and country(actor1) != before.actor1 and country(before.actor1) != actor1 \
            and not (actor1 in before.actors and _named_before_verb(before, actor1)):
        return None
    return before


def _named_before_verb(event: Event, name: str) -> bool:
    """Is ``name`` (its last word) written in the clause before ``event``'s verb, among those who do it ("Ban
    Ki-moon and US Secretary of State Hillary Clinton urged", "UN and Arab League special envoy Kofi Annan renewed
    calls", coded with another actor1), not among those it is done to or for ("the Arab League offered Sunday to host
    talks ... and the Damascus leadership")?"""
    at = event.trigger_offset()
    subject = event.sentence[event.sentence.rfind(",", 0, at) + 1:at]  # (the clause's: not "Mindful of the threat
    # of civil war in Syria, ..., the Arab League offered")
    return at > 0 and re.search(r"\b%s\b" % re.escape(name.split()[-1]), subject) is not None
