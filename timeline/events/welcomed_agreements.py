"""An agreement a joint statement welcomes as signed, finalized or launched: "The two sides welcomed the finalization
of a Partnership Framework for Advancing Clean Energy", "The United States and Saudi Arabia welcomed the recent signing
of memoranda of understanding on cybersecurity cooperation", "The leaders welcomed the signing of an MoU between
Indian universities ... and the Association of American Universities".

The welcome is the authors' support of the day (the sentence's own row); the agreement it names as concluded is an
event of its own, of its parties, which the development sets code as an `agreement` row with no date (the statement
does not say when it was signed): events_gold_fresh18 Jeddah #20, #37 (the welcomers' own framework and memoranda:
the authors, first named first; an agreement "between X and Y": those two, as fresh4 UAE #31's noted one), under
events_gold.md rule 3 (what is noted or welcomed is annotated when it is an event with a named actor). Only in joint
statements (``_Builder.signatories``), where the development sets read it so; not after "noted" (``_WELCOMING``), not
a plan ("the agreements to be signed"), not an agreement whose signing the sentence dates (the dating passes make it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .predicates import Predicate
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# a full stop inside an abbreviation ("u.s.-kenya", "u.s."), after a lone letter or before a word: never a sentence's
_ABBREVIATION_STOP = r"(?<=\b\w)\.|\.(?=[\w-])"
# right after the welcoming verb: "the (recent) signing of (a/an/the) ... Memorandum", "the finalization of a
# Partnership Framework", "the important launch of the ... arrangement": the act noun, then the agreement noun within
# the same phrase (no comma, no clause word, no full stop but an abbreviation's)
_CONCLUDED = re.compile(
    r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<act>signing|signature|conclusion|finali[sz]ation|completion|launch|renewal)"
    r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?!that\b|which\b|to\b|will\b)(?:[\w'’-]|%s)+\s+)"
    r"{0,8}?"
    r"(?P<noun>agreements?|memorand(?:um|a)|mous?|frameworks?|arrangements?|accords?|treaty|treaties)\b"
    % _ABBREVIATION_STOP)
# (not "noted": fresh4 UAE #31's noted Israel-Jordan arrangement is a row placed at the meeting's venue, which an
# undated agreement does not take here; fresh18's welcomed ones have none)
_WELCOMING = frozenset({"welcomed", "welcome", "welcomes", "hailed", "applauded", "lauded", "commended", "celebrated"})
# "between X and Y" after the noun, in its phrase: the agreement's own parties
_BETWEEN = re.compile(r"(?:[^,;.]|(?<=[A-Z])\.){0,120}?\bbetween\s+(?P<sides>[^,;]*)")

_SIDE_END = re.compile(r"\s(?:to|for|on|that|which|who|with|in|under|at|by)\s")


def welcomed_agreements(st: _SentenceState) -> None:
    """The agreement a joint statement's sentence welcomes as concluded (module doc), undated, of its parties."""
    builder, sent, low = st.builder, st.sent, st.low
    if not builder.signatories or st.heading or "agreement" in st.families:
        return
    for q in st.preds:
        if q.trigger.text.lower() not in _WELCOMING or q.quoted or q.negated or q.embedded:
            continue
        m = _CONCLUDED.match(low, q.trigger.end, sent.end)  # in its own sentence, not the next one's noun
        if m is None or any(m.start() <= d.start < sent.end for d in st.dates):
            continue
        parties = _between(st, m.end())
        if parties is None:
            return
        if not parties:  # the welcomers' own: "The two sides welcomed the finalization", "The United States and Saudi
            parties = builder.parties(sent, q)[0][:2]  # Arabia welcomed the recent signing of memoranda"
            if len(parties) == 1 and parties[0] in builder.signatories and len(builder.signatories) == 2:
                parties += [n for n in builder.signatories if n != parties[0]]
        if not parties:
            return
        trigger = Trigger(m.start("act"), m.end("act"), builder.text[m.start("act"):m.end("act")], "agreement", "N")
        p = Predicate(trigger, "agreement", "noun", "reported", m.start("act"), owned=True, rule="welcomed agreement")
        event = st.record(p, basis="undated", agent=parties[0], claim=False)
        if event is not None:
            builder.amend(event, actor1=parties[0], actor2=parties[1] if len(parties) > 1 else None,
                          actors=tuple(parties))
        return


def _between(st: _SentenceState, at: int) -> list[str] | None:
    """The two parties named "between X and Y" right after the agreement noun at ``at`` (the longest actor name of each
    side: "the U.S. National Science Foundation (NSF) and India's Department of Biotechnology"); [] with no "between",
    None when its sides are not two named actors ("between Indian universities, represented by ..., and ...")."""
    m = _BETWEEN.match(st.low, at, st.sent.end)
    if m is None:
        return []
    sides = m.group("sides")
    cut = sides.find(" and ")
    if cut < 0:
        return None
    start = m.start("sides")
    stop = _SIDE_END.search(sides, cut + 5)  # "... and the Anthropological Survey of India to facilitate ...": its phrase
    spans = ((start, start + cut), (start + cut + 5, start + stop.start() if stop else m.end("sides")))
    names = []
    for lo, hi in spans:
        inside = [a for a in st.sent.actors if lo <= a.start < hi and not a.placed]
        if not inside:
            return None
        names.append(max(inside, key=lambda a: a.end - a.start).name)
    return names if names[0] != names[1] else None
