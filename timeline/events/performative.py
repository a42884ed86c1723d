"""A speaker's own speech act in a remarks transcript, performed with its noun.

In a transcript the speakers thank, congratulate and condole in the first person, with a noun that no agent
owns: "PRESIDENT WIDODO: ... firstly I offer my condolences regarding the wildfire disaster in Maui",
"First of all, let me pay tribute to the 2,448 Americans who paid the ultimate sacrifice", "Thanks for the kind
invitation to come here.", "Congratulations, once again, on Your Excellency's inauguration as president." Each
is an act of the turn's speaker (``_Builder._turn_speaker``), typed as its noun is (condolences and
congratulations a statement, thanks and tribute support: events_gold.md, "Type by meaning").

A host's greeting that does not welcome ("Mr. Prime Minister, it's great to see you.") is no meeting of its own when
a welcome follows in the same turn ("... it's an honor to welcome you to the White House."): ``welcome_ahead``, read by
``extract._is_event``; the welcome's sentence is the meeting's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors.gazetteer import word_list
from .clauses import OPENS
from .predicates import Predicate

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Sentence, _Builder

_VERBS = "|".join(sorted(word_list("performative_frames.txt"), key=len, reverse=True))
# "I offer my", "we would like to extend our deepest", "allow me to convey my", right before the noun
_FRAME = re.compile(
    r"(?:(?<![\w'’])(?:i|we)(?:['’]d|\s+would|\s+want|\s+wish)?\s+(?:(?:like|want|wish)\s+to\s+)?(?:also\s+)?"
    r"|\b(?:let|allow)\s+me\s+(?:to\s+)?(?:also\s+|first\s+)?)"
    rf"(?:{_VERBS})\s+(?:(?:my|our)\s+)?(?:(?:deepest|deep|sincere|sincerest|heartfelt|warm|warmest|warm-hearted|"
    r"personal|profound|special|full|great|big)\s+){0,2}$")
_NOUNS = frozenset(word_list("performative_nouns.txt"))
# a transcript turn label opening the sentence ("PRESIDENT WIDODO: ")
_LABEL = re.compile(r"[A-Z][A-Z .'’-]+:\s+")


def performed(text: str, low: str, start: int, p: Predicate) -> bool:
    """Is ``p``, a noun that names a speech act (``performative_nouns.txt``), the speaker's own act in the first
    person: after a frame ("I offer my condolences"), or opening the sentence ("Thanks for ...")? ("let me pay
    tribute" is a verb of support, ``event_triggers.tsv``.)"""
    if p.type not in ("statement", "support") or p.negated or p.quoted:
        return False
    at = p.trigger.start
    if low[at:p.trigger.end] not in _NOUNS:
        return False  # ("Allow me to convey my appreciation for our cooperation ... through the doses-sharing
        # mechanism in which I received 13.4 million doses": what the speaker appreciates is the act, aid)
    if _FRAME.search(low, max(start, at - 60), at):
        return True
    label = _LABEL.match(text, start)
    begin = label.end() if label else start
    return OPENS.fullmatch(low, begin, at) is not None


# a greeting that welcomes the guest ("an honor to welcome you to the White House", "welcome back to the White House",
# "I want to warmly welcome you again"; not the host's welcome thanked for: "thank you for the warm welcome to Jakarta")
_WELCOME = re.compile(r"(?:(?:^|[.,;:!?—]|\b(?:to|i|we|and|me))\s*(?:[a-z]+ly\s+)?)welcome\s+(?:(?:you\s+)?(?:back\s+|again\s+|here\s+)?(?:to\s|here\b|again\b)|you\b)", re.M)


def welcome_ahead(builder: _Builder, sent: Sentence, p: Predicate) -> bool:
    """Is ``p`` a greeting that does not welcome, followed in the same transcript turn, within two sentences' reach, by
    one that does?"""
    low = builder.low
    if _WELCOME.search(low, p.trigger.start, sent.end):
        return False
    turn_end = next((start for start, _ in builder.labels if start > sent.end), len(low))
    return _WELCOME.search(low, sent.end, min(turn_end, sent.end + 160)) is not None


# thanks set off by a dash inside a sentence of the turn: "we strengthened our climate ties — thank you, thank you, thank
# you for your move on climate; it's a big deal — including ...", "working in lockstep on emerging technology,
# including — I want to thank you, Mr. Prime Minister, for your work to build a safe 5G network" ("I to want", as
# transcribed, too)
_ASIDE_THANKS = re.compile(r"[—–]\s*(?:and\s+)?(?:(?:i|we)\s+(?:to\s+)?(?:also\s+)?(?:want|wish|would\s+like)\s+to\s+"
                           r"(?:also\s+)?)?(thank)\s+you\b")

# what the thanks are for, in the aside itself: "thank you, thank you, thank you for your move", "thank you, Mr. Prime
# Minister, for your work"
_THANKED_FOR = re.compile(r"(?:(?:mr|mrs|ms|dr)\.|[^—–;.!?()])*?[,\s]for\s")


def aside_thanks(st) -> None:
    """Thanks a speaker interjects, set off by a dash, in a sentence of a transcript turn that tells of something else:
    the speaker's support of the one spoken to, said on the day of the remarks (not on the day the sentence gives the
    act it tells: "And in May, we strengthened our climate ties — thank you ... for your move on climate"). One a
    sentence, and none when the sentence has the speaker's support already ("Thank you — thank you so much"); only thanks
    for something ("— thank you so very much." to an aide bringing water is a courtesy)."""
    builder = st.builder
    if not builder.labels or st.heading:
        return
    done = st.done()
    for m in _ASIDE_THANKS.finditer(st.low, st.sent.start, st.sent.end):
        p = next((q for q in st.preds if q.trigger.start == m.start(1) and q.type == "support"), None)
        if p is None or p.trigger.start in done or p.negated or p.quoted:
            continue
        if _THANKED_FOR.match(st.low, m.end()) is None:
            continue  # "We cannot — (an aide delivers a glass of water) — thank you so very much.": a courtesy, no
            # thanks for an act of the one spoken to
        speaker = builder._turn_speaker(p.trigger.start)
        if speaker is None or any(e.event_type == "support" and e.actor1 == speaker and e.char_start == st.sent.start
                                  for e in builder.events[st.first:]):
            return
        st.record(p, basis="dateline", agent=speaker)
        return
