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

The development sets read four more welcomed acts so (events_gold_fresh22 India #44, #63, #74, fresh18 Jeddah #34, #41),
each a concrete act whose parties the phrase names (not an owned noun, which rule 11 leaves without a row when undated:
fresh18 #30 "Saudi Arabia's assumption of command", fresh22 #39 "the call for proposals released by NSF and ..."):
the settlement of a dispute "between X and Y" (an `agreement`); consultations, negotiations or talks "between X and Y"
or "between the relevant entities on both sides" (`talks`, of the two signatories: "intensified consultations
between the relevant entities on both sides"; not "continued discussions", with no parties: fresh5 #34); a side
"represented by" a named body ("between Indian universities, represented by the Council of Indian Institutes of
Technology (IIT Council), and the Association of American Universities": the council and the association); "a new
Memorandum of Cooperation" right after the verb (the welcomers' own, as "the finalization of a Partnership
Framework"; not "the landmark agreements to connect Iraq's electricity grid", fresh4 #21, no "new"); and a named
party's signing told as a gerund with its subject ("welcomed the Kingdom of Saudi Arabia signing the Artemis
Accords": that party's agreement, its counterparts unnamed; not "welcomed the United States serving as host for the
World Cup", no act of signing).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CUES
from .predicates import Predicate
from .triggers import Trigger
from .undated_why import RECALLED, undated

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
# "lauded the settlement of the seventh and last outstanding World Trade Organisation (WTO) dispute between ...": an
# agreement of the two named after it (``_between`` required)
_SETTLED = re.compile(
    r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<act>settlement|resolution)\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!that\b|which\b|to\b|will\b)(?:[\w'’()-]|%s)+\s+){0,8}?(?P<noun>disputes?)\b" % _ABBREVIATION_STOP)
# "welcomed intensified consultations between ...": talks of the two named after it (``_between`` required)
_TALKS = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<act>consultations|negotiations|talks)\b")
# "welcomed a new Memorandum of Cooperation": an agreement just made, the welcomers' own unless "between" names others
_NEW = re.compile(r"\s+(?:a|the)\s+new\s+(?:[\w-]+\s+){0,3}?(?P<act>(?P<noun>agreements?|memorand(?:um|a)|mous?|"
                  r"frameworks?|arrangements?|accords?|treaty|treaties))\b")
# "welcomed the Kingdom of Saudi Arabia signing the Artemis Accords": the party named right after the verb, its gerund
# of signing and the agreement noun in the same phrase
_SIGNING = re.compile(r"\s+(?P<act>signing|ratifying|joining)\s+(?:the\s+|a\s+|an\s+)?(?:(?!that\b|which\b|to\b)"
                      r"[\w'’-]+\s+){0,5}?(?P<noun>agreements?|memorand(?:um|a)|accords?|treaty|treaties|conventions?|"
                      r"pledge|charter|declaration)\b")
# (``event_cues.tsv`` welcoming; not "noted": fresh4 UAE #31's noted Israel-Jordan arrangement is a row placed at the
# meeting's venue, which an undated agreement does not take here; fresh18's welcomed ones have none)
_WELCOMING = frozenset(CUES["welcoming"])
# "between X and Y" after the noun, in its phrase: the agreement's own parties
_BETWEEN = re.compile(r"(?:[^,;.]|(?<=[A-Z])\.){0,120}?\bbetween\s+(?P<sides>[^,;]*)")

_BEFORE_SIGNER = re.compile(r"\s+(?:the\s+)?")
_SIDE_END = re.compile(r"\s(?:to|for|on|that|which|who|with|in|under|at|by)\s")
# "between the relevant entities on both sides", "between the two sides", "between our two countries": the signatories
_BOTH_SIDES = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?on\s+both\s+sides\b|(?:the|our)\s+two\s+(?:sides|countries|"
                         r"governments|nations)\b")
# "between Indian universities, represented by the Council of ... (IIT Council), and the Association of ...": the body that
# represents a side is the party
_REPRESENTED = re.compile(r"[^,;]*,\s+represented\s+by\s+(?P<rep>[^,;]*),\s+and\s+(?P<other>[^,;]*)")


def welcomed_agreements(st: _SentenceState) -> None:
    """The agreement or talks a joint statement's sentence welcomes as concluded or held (module doc), undated, of their
    parties."""
    builder, sent = st.builder, st.sent
    if not builder.signatories or st.heading or "agree" in st.families:
        return
    for q in st.preds:
        if q.trigger.text.lower() not in _WELCOMING or q.quoted or q.negated or q.embedded:
            continue
        found = _welcomed_act(st, q)
        if found is None:
            continue
        m, kind, parties = found
        if any(m.start() <= d.start < sent.end for d in st.dates):
            continue  # a signing the sentence dates: the dating passes make it
        if not parties:
            return
        trigger = Trigger(m.start("act"), m.end("act"), builder.text[m.start("act"):m.end("act")], kind, "N")
        p = Predicate(trigger, kind, "noun", "reported", m.start("act"), owned=True, rule="welcomed " + kind)
        event = st.record(p, basis=undated(RECALLED), agent=parties[0], claim=False)
        if event is not None:
            builder.amend(event, actor1=parties[0], actor2=parties[1] if len(parties) > 1 else None,
                          actors=tuple(parties))
        return


def _welcomed_act(st: _SentenceState, q: Predicate) -> tuple[re.Match, str, list[str]] | None:
    """The act the welcoming verb ``q`` names right after it (in its own sentence, not the next one's noun), its type and
    its parties ([] when they are not named, so that no row is made); None when the verb names none of these acts."""
    low, end = st.low, st.sent.end
    for pattern, kind, named in ((_CONCLUDED, "agreement", False), (_SETTLED, "agreement", True),
                                 (_TALKS, "talks", True), (_NEW, "agreement", False)):
        m = pattern.match(low, q.trigger.end, end)
        if m is None:
            continue
        parties = _between(st, m.end())
        if parties is None or (named and not parties):
            return m, kind, []
        return m, kind, parties or _welcomers(st, q)
    for a in st.sent.actors:  # "welcomed the Kingdom of Saudi Arabia signing the Artemis Accords"
        if a.start >= q.trigger.end and _BEFORE_SIGNER.fullmatch(low, q.trigger.end, a.start) and not a.placed:
            m = _SIGNING.match(low, a.end, end)
            return (m, "agreement", [a.name]) if m is not None else None
    return None


def _welcomers(st: _SentenceState, q: Predicate) -> list[str]:
    """The welcomers as the parties of their own agreement ("The two sides welcomed the finalization", "The United States
    and Saudi Arabia welcomed the recent signing of memoranda"), first named first; the other signatory of two joins
    one named alone."""
    builder = st.builder
    parties = builder.parties(st.sent, q)[0][:2]
    if len(parties) == 1 and parties[0] in builder.signatories and len(builder.signatories) == 2:
        parties += [n for n in builder.signatories if n != parties[0]]
    return parties


def _between(st: _SentenceState, at: int) -> list[str] | None:
    """The two parties named "between X and Y" right after the agreement noun at ``at`` (the longest actor name of each
    side: "the U.S. National Science Foundation (NSF) and India's Department of Biotechnology"; the signatories "on both
    sides"; a side's representative: ``_REPRESENTED``); [] with no "between", None when its sides are not two named
    actors ("between GE Aerospace and ...", a company the actor lists do not know)."""
    m = _BETWEEN.match(st.low, at, st.sent.end)
    if m is None:
        return []
    start = m.start("sides")
    if _BOTH_SIDES.match(st.low, start):
        signatories = list(st.builder.signatories)
        return signatories if len(signatories) == 2 else None
    represented = _REPRESENTED.match(st.low, start, st.sent.end)
    if represented is not None:
        stop = _SIDE_END.search(represented.group("other"))
        spans = ((represented.start("rep"), represented.end("rep")),
                 (represented.start("other"), represented.start("other") + stop.start() if stop else represented.end("other")))
        return _named(st, spans)
    sides = m.group("sides")
    cut = sides.find(" and ")
    if cut < 0:
        return None
    stop = _SIDE_END.search(sides, cut + 5)  # "... and the Anthropological Survey of India to facilitate ...": its phrase
    spans = ((start, start + cut), (start + cut + 5, start + stop.start() if stop else m.end("sides")))
    return _named(st, spans)


def _named(st: _SentenceState, spans: tuple[tuple[int, int], ...]) -> list[str] | None:
    """The longest actor name in each span, or None when one holds none or both name the same."""
    names = []
    for lo, hi in spans:
        inside = [a for a in st.sent.actors if lo <= a.start < hi and not a.placed]
        if not inside:
            return None
        names.append(max(inside, key=lambda a: a.end - a.start).name)
    return names if names[0] != names[1] else None
