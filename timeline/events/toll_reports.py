"""A named body's report of a toll (events_gold.md rule 31): "The UN says more than 5,000 people have died".

Rule 31 (by rule 18) gives a named body or person that reports a toll a saying row on the saying's day (``statement``, or
by its content), the agentless toll itself none (rule 20). The plain "The UN says ..." is the speech rule's frame; three
shapes of copy were missed and are read here:

- a relative clause whose saying tells the toll, on a noun of a main clause with an act of its own: "Arab foreign
  ministers are due to meet ... to consider the next steps on Syria, where the United Nations estimates that some 3,500
  civilians have been killed", "the uprising ..., which UN estimates say has left more than 8,000 people dead", "the
  state's crackdown, which the UN estimates has left at least 10,000 people dead", "military assaults in which the
  United Nations says 2,200 people have died" (events_gold_fresh t17-reuters-241#8, fresh12 t17-bbc-249#19). The saying
  frames nothing there (``speech._where_clause_saying`` leaves such a clause to the main clause's act), so no pass made it
  a row. Only the present tense ("says", "estimates"): a standing figure (rule 6), undated. A past "in which the United
  Nations said more than 2,200 people have been killed" in a lead is the day's speech the story tells on later in its
  speaker's words (fresh13 t17-reuters-46#1 codes none: Pillay's #4), left as it was.
- a state's standing figure told again in the body: "The Syrian government says the army has pulled out of the city
  ... . The Syrian government says 500 solders and police have been killed in the bloodshed" (fresh20 t17-reuters-63#7),
  "..., the government says" (fresh16 t17-reuters-27#15): an undated present-tense report of a toll is no continuation
  of the speaker's earlier undated saying (``standing_toll``, read by ``extract._Builder.repeats``).
- a toll whose men died fighting the side the state names: "The government says at least 2,000 members of the security
  forces have been killed combating \"armed gangs and terrorists\"" is the toll's statement (bbc t17-bbc-111#19, fresh21
  t17-bbc-88#15), not the blame "killed by \"armed gangs\"" is (fresh15 t17-bbc-199#17): ``fought_label``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..cue_words import run_class
from .agentless import TOLL_COUNT
from .clause_saying import named_speaker
from .predicates import Predicate
from .triggers import Trigger
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# a toll: a count, a few words of whom it counts, then the dying ("have been killed", "were shot dead", "have died",
# "has left more than 8,000 people dead")
_TOLL = re.compile(rf"(?<![\w'’-]){TOLL_COUNT}(?:\s+[\w'’-]+){{0,6}}?\s+(?:(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?|"
                   rf"were\s+|was\s+)?(?:killed|died|shot\s+dead|(?:were\s+|been\s+)?dead)(?![\w-])"
                   rf"|(?<![\w'’-])(?:has|have)\s+left\s+(?:[\w,'’-]+\s+){{1,6}}?dead(?![\w-])")


def reports_toll(low: str, start: int, end: int) -> bool:
    """Does ``low[start:end]`` tell a toll of the killed or dead?"""
    return _TOLL.search(low, start, end) is not None


_PRESENT_SAYING = frozenset({"says", "say", "estimates", "estimate"})


def standing_toll(low: str, verb: str, content: tuple[int, int] | None, undated: bool) -> bool:
    """Is a saying with the verb ``verb`` an undated present-tense report of a toll ("The Syrian government says 500
    solders and police have been killed", "..., the government says"): a standing figure of its own (rule 6), a row
    whatever the speaker said before (module doc)?"""
    return undated and verb in _PRESENT_SAYING and content is not None and reports_toll(low, *content)


# the fighting the toll's men died in, right before the side it names: "killed combating \"armed gangs\""
_FOUGHT = re.compile(r"(?:killed|died|dead)\s+(?:while\s+|when\s+)?(?:combating|combatting|fighting|battling|"
                     r"confronting)\s+[\"“]?$")


def fought_label(low: str, label_start: int) -> bool:
    """Is the enemy label at ``label_start`` (or the quotation that opens there) the side the toll's men died fighting
    ("killed combating \"armed gangs and terrorists\""): the state's toll, no blame (module doc)?"""
    return _FOUGHT.search(low, max(0, label_start - 40), label_start) is not None


# ", where the United Nations estimates that", "assaults in which the UN says", ", which UN estimates say has left": the
# relative word (after a comma or not), the speaker (a name or a description, "the" allowed before it; "estimates" or
# "figures" after a bare name), the present saying
_RELATIVE_SAYING = re.compile(r"(?:,\s+|\s)(?:where|in\s+which|which)\s+(?P<who>" + run_class(r",;:()\"“”") +
                              r"{2,60}?)"
                              r"(?P<their>\s+(?:estimates|figures))?\s+(?P<verb>says|say|estimates)(?![\w-])")


def relative_toll_sayings(st: _SentenceState, is_event: Callable) -> None:
    """Add the statement of a named speaker whose present-tense saying a relative clause tells, reporting a toll, when no
    pass made it a row (module doc); undated (rule 6)."""
    if st.heading:
        return
    sent, low = st.sent, st.low
    for m in _RELATIVE_SAYING.finditer(low, sent.start, sent.end):
        start, end = m.start("verb"), m.end("verb")
        if st.taken(start) or st.frame is not None and st.frame.trigger.start == start \
                or not reports_toll(low, end, _clause_end(low, end, sent.end)):
            continue
        speaker = named_speaker(sent, low, m.start("who"), m.end("who"))
        if speaker is None:
            continue  # no one named right before the verb ("in which rights campaigners say")
        trigger = Trigger(start, end, st.text[start:end], "statement", "R")
        p = Predicate(trigger, "statement", "verb", "reported", start, rule="relative toll saying")
        if not is_event(p, sent, st.builder, speaker.name):
            continue
        event = st.record(p, basis=undated(), agent=speaker.name)
        if event is not None:
            st.builder.amend(event, actor1=speaker.name, actor2=None, actors=(speaker.name,))


_CLAUSE_END = re.compile(r",(?!\d)|;")


def _clause_end(low: str, start: int, end: int) -> int:
    """Where the relative clause that opens at ``start`` ends: its closing comma (not the comma of "9,000") or the
    sentence's end."""
    m = _CLAUSE_END.search(low, start, end)
    return m.start() if m else end
