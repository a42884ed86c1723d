"""A witness's account of force in a quotation that runs on past its attribution.

Wire copy quotes a witness or an analyst over several sentences and attributes one of them ('"It was very difficult
in the beginning. The tanks came ... . They were arresting people who went out to demonstrate and they came for
me."', '... as well as in terms of dialogue. It's been arresting people at the very moment ..."', '"The regime is
weakening and the biggest proof, is that they're using air support ..."'). A verb of force in the attributed
sentence is the act the witness saw (``speech._witnessed``); one in a sentence of the same quotation that has no
reporting verb of its own is that too, when the extractor finds its agent in the quotation (a named actor, a
description such as "the regime", or a "they" resolved to one): the gold sets code such acts (events_gold.md rule 13,
an unnamed group that resolves to an actor; fresh5, fresh9, fresh20). Not when the act is negated, passive, held
possible or planned, and not a noun (a quoted noun names what the speaker talks about, not an act); not in a
quotation that opens inside the sentence (a caption's '... This must stop" End Quote ... Heavy shelling ...': what
follows an odd quote mark is not the quote's), nor in a relative clause or an infinitive, where the speaker
characterises someone rather than telling what was done ("the last of the Arab leaders who repressed religious and
ethnic differences", "The regime now is using al-Qaeda to strike the Syrian people").

Nor when the witness speaks as one of the crowd the act fell on ("we", "us", "our": "As soon as we reached the
central square, security forces arrested the young amongst us", "... they opened fire to disperse us"): a protester's
account of the day's crackdown retells the act the story has already told ("Maya ... was arrested at her first
demonstration", "Syrian helicopter gunships fired machineguns to disperse pro-democracy protests"), and the gold
sets give the later quote no row of its own (events_gold.md: "the later quote ... is the same act and its sentence
is not annotated"; fresh21 bbc-90, fresh29 reuters-324). The acts a witness tells without standing in the crowd
("They were arresting people who went out to demonstrate and they came for me", "military jets bombarded civilians
who had escaped to the mountains") are the ones the gold codes (fresh20, fresh9).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .predicates import FORCE_FAMILIES, Predicate, quoted_spans

if TYPE_CHECKING:  # pragma: no cover
    from .speech import SentenceReading

_CHARACTERISING = frozenset({"who", "which", "that", "to"})  # a relative clause's or an infinitive's verb
_CROWD = re.compile(r"\b(?:[Ww]e|us|[Oo]ur)\b")  # the witness among those the act fell on (case kept: "US" is a state)


def run_on_witness(p: Predicate, reading: SentenceReading, text: str, low: str) -> bool:
    """Is the quoted ``p`` an act of force told in a sentence of a quotation with no reporting verb or source of its
    own, in the past or present, affirmed and active, in a quotation that opens at the sentence's start or before it,
    told by a witness who does not speak as one of the crowd it fell on, and heading a clause of its own? (Its agent is asked for after: ``extract._is_event``.)"""
    if not p.quoted or p.form != "verb" or p.family not in FORCE_FAMILIES or p.negated or p.passive \
            or p.status != "reported" or reading.frame is not None or reading.source is not None:
        return False
    opens = next((s for s, e in quoted_spans(text, reading.start, reading.end) if s <= p.trigger.start < e), None)
    if opens is None or text[reading.start:opens].strip() or _CROWD.search(text, reading.start, reading.end):
        return False
    before = low[reading.start:min(p.start, p.trigger.start)].split()
    return not before or before[-1] not in _CHARACTERISING
