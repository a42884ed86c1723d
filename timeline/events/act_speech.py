"""A speech act told by its own verb ("Clinton accused Russia of ...", "UNICEF called on Syria to ...", "The Arab
League has rejected ...") opens its speaker's speech of the day, as a first "said" does: a later plain saying of theirs
that day ("She said the move would ...", "..., HRW said", "Mr Ban said ...") tells that speech on and is no new
statement row (events_gold.md, "Annotation rules", "Speech": a continuation gives no row unless it carries another
type or another addressee; rule 18: one saying row per speech).

``ActSpeeches`` records such acts (``note``) and answers whether a plain saying tells one on (``tells_on``); the
saying's other tests (news copy, not its own date, the same official) stay in ``extract._Builder.repeats``."""

from __future__ import annotations

import re

from ..cue_words import run_class
from ..model import Event
from .predicates import SPEECH_ACTS, Predicate


# a sentence that opens on where the saying was made: "In Istanbul, ", "At the United Nations in New York, "
_VENUE_OPENING = re.compile(r"(?:In|At|From)\s[A-Z]" + run_class(r",.;:") + r"{0,40},")


_PRESENT = re.compile(r"[a-z]+[^s]s")  # "calls", "urges", "supports" (not "discuss", "pass")
# a vote cast in a council is no speech: "Russia and China have vetoed a UN Security Council resolution ... . Russia
# said some countries had incited the opposition" is a statement of its own (events_gold_fresh29 bbc-141#16)
_VOTE = re.compile(r"(?:vetoe?[ds]?|vetoing|voted|votes)\b")


class ActSpeeches:
    """(speaker, day) -> the speech acts told by their own verb that opened the speaker's speech of that day."""

    def __init__(self) -> None:
        self._acts: dict[tuple[str, str], list[Event]] = {}

    def note(self, event: Event, p: Predicate) -> None:
        """Record ``event`` if it is a reported, affirmed speech act of a named speaker on a known day, told by a verb
        of its own (not a reporting verb: those are the plain sayings ``repeats`` already records), not in the simple
        present ("Kofi Annan's plan calls for ...", "the draft fully supports ...": a standing text, no speech of the day)."""
        if event.event_type in SPEECH_ACTS and event.status == "reported" and not p.negated and not p.quoted \
                and p.form == "verb" and event.actor1 is not None and event.event_date is not None \
                and not _PRESENT.fullmatch(p.trigger.text.split()[0].lower()) and not _VOTE.match(p.trigger.text.lower()):
            self._acts.setdefault((event.actor1, event.event_date), []).append(event)

    def tells_on(self, event: Event, named: frozenset[str]) -> bool:
        """Does the plain statement ``event`` (its speaker's, undated by its own words) tell on a speech act its
        speaker made that day (``named``: the actors the saying's sentence names), to no other addressee ("She said ..." after "Clinton accused Russia of ...")? Not one
        that names the act's counterpart again ("Davutoglu urged Syria to ... . Davutoglu said the talks in Damascus had
        been frank": his account of the talks with that party, an occasion of its own)."""
        if event.event_type != "statement" or event.actor1 is None or event.event_date is None:
            return False
        acts = self._acts.get((event.actor1, event.event_date), ())
        return any(event.actor2 in (None, act.actor2, act.actor1) and act.char_end <= event.char_start
                   and (act.actor2 is None or act.actor2 not in named) for act in acts)


def plain_continuation(speaker, actors, content, text: str, sentence_start: int) -> bool:
    """Is the saying told by ``speaker`` (its mention in the sentence) a plain continuation of its speaker's speech, with
    no other party in it but in what it reports, and what it reports led by no other party? Not when the mention stands
    inside the reported clause ("He also began taking a more political role ..., diplomats in the Syrian capital
    said": another's saying about him), when another actor is named outside the reported clause ("Speaking to UN
    Security Council members, he said ...": another addressee), or when the reported clause opens with another party
    ("Syria was carrying out political reforms ..., he said": that party's act told, a row of its own type), nor one
    set at a venue of its own before its speaker ("In Istanbul, the National Council said ...": another occasion)."""
    if speaker is None or content is None:
        return False
    if _VENUE_OPENING.match(text, sentence_start, speaker.start):
        return False
    start, end = content
    if start <= speaker.start < end:
        return False
    for actor in actors:
        if actor.name == speaker.name:
            continue
        if not start <= actor.start < end:
            return False
        opening = text[start:actor.start].strip().lower()
        if opening in ("", "that", "the", '"', "'"):
            return False
    return True
