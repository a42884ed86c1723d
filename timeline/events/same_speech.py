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

The speech goes on past its second sentence: a saying of the same speaker right after one this rule dated takes the same
date ("He readily admitted that ... . But he does not accept the claim ..."). And the occasion may be told by a verb
the lexicon reads as no act, so that its sentence made only a date-only ``other`` row: "When I was in Cairo last
week, I spoke to the Arab League's secretary-general, Nabil el-Araby. He readily admitted that ..." (fresh42
t17-bbc-59--part1, a blog column), "Kofi Annan left Syria on Sunday after two days of talks with President Assad,
saying he was \"optimistic\" ... . He said he had presented Mr Assad with \"concrete proposals\" ..." (fresh31
t17-bbc-242): a saying in the simple past of one that row names, right after it, is said on that occasion, its day or
its week (``inferred``, rule ``article/speech_occasion``). Not a row that shares its sentence with another act (the act
is the occasion, if any), nor one whose week holds the story's day ("show Syrian artillery and tanks were still close
to populated areas this week": no occasion; so "In a blunt message at the end of this week, ... Erdogan made it
abundantly clear ... . Mr Erdogan said ..." keeps the story's day where fresh37 t17-bbc-15#9 has the week); a saying in
the present there is the story's ("he was until last week Syria's ambassador to Iraq ... He accuses his former masters
of ...").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..model import Event
from .aspect import perfect_before
from .basis import occasion_before
from ..cue_words import PAST_VERB
from .predicates import SPEECH, Predicate

SAME_SPEECH = "article/same_speech"
SPEECH_OCCASION = "article/speech_occasion"
SPEECH_RULES = frozenset({SAME_SPEECH, SPEECH_OCCASION})

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _Builder


def speech_before(builder: _Builder, p: Predicate, actor1: str | None) -> Event | None:
    """The event of the sentence before whose date ``p`` (an act of speech of ``actor1`` with no date of its own)
    takes, or None: a saying of ``actor1`` this rule dated there (the speech goes on), else the date-only ``other``
    row there that names ``actor1`` (``_occasion_row``: the occasion, a day or a week), else the act of speech there
    dated by its words to a day other than the story's (``occasion_before``), by ``actor1``, its state or one of its
    people, or with ``actor1`` named before its verb. ``speech_rule`` names the rule each gives."""
    if actor1 is None or p.form not in ("verb", "report") or p.status == "planned" \
            or not (p.reporting or p.type in SPEECH) or p.rule == "participle" or perfect_before(builder.low, p.start):
        return None  # (a participle or a perfect is an act of its own clause's time: "Turkey has now determined to take
        # the matter to Nato, calling for an urgent meeting", after "said on Saturday": the story's day)
    carried = builder.last_speech  # "He readily admitted that ... . But he does not accept ...": the speech goes on
    if carried is not None and carried[0] == builder.sentences - 1 and carried[1].actor1 == actor1:
        return carried[1]
    occasion = _occasion_row(builder, p, actor1)
    if occasion is not None:
        return occasion
    before = occasion_before(builder)
    if before is None or before.event_type not in SPEECH or before.status != "reported" or before.actor1 is None \
            or before.date_basis != "explicit" or before.date_start is None \
            or before.date_start == builder.day_at(p.trigger.start):
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


def speech_rule(speech: Event) -> str:
    """The rule that dates a saying by ``speech``, the act ``speech_before`` found: the speech's own when it was carried
    itself, the occasion's for a date-only row, else the same speech's."""
    if speech.date_rule in SPEECH_RULES:
        return speech.date_rule
    return SPEECH_OCCASION if speech.event_type == "other" else SAME_SPEECH


def _occasion_row(builder: _Builder, p: Predicate, actor1: str) -> Event | None:
    """The date-only ``other`` row of the sentence before, the only event of its sentence, dated by its words to a day
    or a week that does not hold the story's day, that names ``actor1`` (the occasion of the speech ``p`` tells in the
    simple past; module doc), or None."""
    last = builder.last_dated
    if last is None or last[0] != builder.sentences - 1:
        return None
    row = last[1]
    anchor = builder.day_at(p.trigger.start)  # (a live entry's day, else the page's)
    if row.event_type != "other" or row.trigger is not None or row.precision not in ("day", "time", "week") \
            or row.date_start is None or anchor is None or row.date_start <= anchor <= row.date_end \
            or actor1 not in row.actors:
        return None  # (a week that holds the story's day: "show Syrian artillery and tanks were still close to
        # populated areas this week" describes no occasion before the story's sayings)
    for e in reversed(builder.events):  # (the events in text order: the sentence's are the last before this one's)
        if e.char_start < row.char_start:
            break
        if e is not row and e.char_start == row.char_start:
            return None  # (the sentence's own act is the occasion, if any: "Gen Ali Habib, who was removed from his
            # post on Monday, denied reports ...", "Cabral, one of the co-sponsors of last week's failed resolution,
            # confirmed ...")
    first = builder.low[p.trigger.start:p.trigger.end].split()[0]
    return row if PAST_VERB.fullmatch(first) else None
