"""A readout's or joint statement's point told by a verb the trigger lexicon does not read as a saying.

Rule 25 (events_gold.md, decided in the twenty-second session): in a White House readout or joint statement a point
the principal makes by a point verb, in a sentence or clause of its own, is a row of its own, dated the call's or
meeting's day. The lexicon reads "raised concerns" / "raised objections", "made clear" and "highlighted the
partnership", but not the same verbs with another object, which in a readout are points all the same: "President
Biden raised Russia's brutal war against Ukraine" (dev Xi 2022 #14), "The President also raised the humanitarian
crisis in Gaza" (dev Netanyahu #4), "He raised specific transnational challenges" (dev Xi 2021 #10), "He was clear
about the need to protect American workers" (#5), "and communicated the continued determination of the United States
to uphold our commitments" (#6), "They highlighted their dedication to ending the pandemic" (dev Macron #5), "The two
sides highlighted the joint efforts through the Terrorist Financing Targeting Center" (audit Jeddah communique). In
wire copy the same verbs are mostly no saying ("has raised salaries", "raised fears", "the event highlighted how
hard it was"), so they stay out of the lexicon and are read here, in readouts (title "Readout ...") and joint
statements only, and only with the principal as the clause's subject: a name the actor reader found, a pronoun, or a
description of the principals ("The President", "The two leaders", "Both sides"), right before the verb. Not
"concerns raised by", not "shortages ... have highlighted the importance of" (no principal), not a verb whose clause
already has a row (``raised concerns`` and the relationship's "highlighted" are the lexicon's). The row is a
`statement` of the day (the sentence's own day, as every point of the call).

The lexicon's own point verbs are read here too where the extractor left their clause without a row, folded into an
act of another kind in the sentence: a point before or after a "noted" clause ("President Biden also raised concerns
about the DPRK's provocative behavior, noted ..., and underscored the United States' ironclad commitment": dev Xi 2022
#15; "President Biden noted he would be following the planned January 9 protests ... and emphasized Venezuelans
should be allowed to express their political opinions": dev Gonzalez Urrutia #6), a point before the frame of another
act ("expressed his deep condolences to President Erdogan ... and made clear we stand with our NATO Ally": check
Erdogan #4), a point beside a proposed meeting ("reaffirmed his goal of building a stable and predictable
relationship with Russia ..., and proposed a summit meeting": dev Putin #6). Rule 25's readings hold: two points of
one kind are one row (no row where the sentence has a statement already: "reiterated that ... and underscored
that ..."), a point verb whose object is the act gives that act's row only ("expressed the Administration's support
for"), and a concern voiced beside the demand it grounds is the demand ("voiced our concerns over ..., and called on
Russia to de-escalate": dev Putin #4, one row).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .cues import CUES, object_words, phrase_alternation, stance_object
from .predicates import Predicate
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the point verbs the lexicon leaves to this pass (the lexicon's own readings of them win: their trigger starts a row)
_UNREAD = r"(?:%s)(?<!clear)|(?:was|were)\s+clear(?=\s+(?:about|that|on|with)\b)" % phrase_alternation(CUES["readout_unread_point"])
# the lexicon's statement verbs of a point (rule 25's list; not "noted", rule 3; not the verbs of support or
# condemnation, which type their own rows)
_SAYING_POINTS = phrase_alternation(CUES["readout_saying_point"])
# (group "unread": a verb the lexicon leaves to this pass, "was clear about" included)
_VERB = re.compile(r"\b(?:(?P<unread>%s)|%s)\b" % (_UNREAD, _SAYING_POINTS))
# a stance whose act types it ("emphasized her determination to continue to strengthen the bonds", "reiterated
# their readiness to continue working together": the lexicon's, as ``extract._RESOLVE_OBJECT``), or a point on the
# relationship itself ("emphasized the importance of further expanding our ... ties"): support, the kind of the
# readout's other evaluations, not a statement of its own
_STANCE = stance_object("readiness", "dedication")
_RELATION = re.compile(r"\s+the\s+(?:[\w-]+\s+)?importance\s+of\s+[^;]*?\b(?:relationship|relations|partnership|alliance|ties|"
                       r"bonds|friendship)\b")
# a point verb's object that is an act, in at most three words ("reaffirmed U.S. support for", "underscored strong U.S.
# support"): the point is that act's row, one row of the act's type (rule 25; ``extract._OBJECT_ACT``)
# (no clause between: not "emphasized Venezuelans should be allowed to ...")
_OBJECT_WORDS = object_words(r"that|should|must|would|will|can|could|may|be|is|are|was|were|has|have|had")
# the kinds of act a point beside them elaborates, one row (dev Putin #4 "voiced our concerns over ..., and called on
# Russia to de-escalate": the demand; dev el-Sisi #2 "condemned Hamas' terrorist attack ... and reiterated that Hamas
# does not stand for ...": the accusation)
# a party's right affirmed ("reaffirmed Israel's right to defend itself"): support of that party (rule 7 (c), as the
# lexicon reads "recognized ... right"), the kind of the support beside it ("... and expressed the Administration's
# support for ...": the point_verb cue's restated position, one kind)
_RIGHT = re.compile(r"\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)?['’]s\s+(?:[\w-]+\s+)?rights?\b")
_GROUNDED = frozenset({"demand", "accuse", "threaten", "reject"})
# the next point of the sentence: a semicolon, or "and" and a verb of a readout's point (the cue readout_next, as
# ``readout_topics._NEXT`` reads it, this pass's two rows, and the verbs of a topic, "..., and discussed recent
# engagements": ``readout_topics._TOPIC_VERB``): after ", and" at most six words on ("..., and the President also
# raised"), after a bare "and" right after it ("and emphasized"); no other "-ed" word ("..., and the sanctions imposed
# on ...", "and diversified supply chains": the point's object goes on)
_NEXT_VERBS = r"(?:%s|%s|%s|discussed|reviewed)\b" % (phrase_alternation(CUES["readout_next"]), _UNREAD, _SAYING_POINTS)
_NEXT_POINT = re.compile(r";|,\s+and\s+(?:[\w.’'-]+\s+){0,6}?(?:also\s+)?%s|\s+and\s+(?:also\s+)?%s" % (_NEXT_VERBS, _NEXT_VERBS))
# the clause's subject right before the verb: a pronoun or a description of the principals, at the clause's opening
# (the sentence's, or after ", and" / "and"); a named principal is read from the actors (``_named_subject``)
_PRINCIPALS = (r"(?:he|she|they|we|the\s+(?:vice\s+)?president|the\s+(?:two\s+)?leaders|both\s+leaders|the\s+(?:two\s+)?sides|"
               r"both\s+sides|the\s+(?:u\.s\.|american)\s+side)")
_ADVERBS = r"(?:\s+(?:also|again|further|once\s+again))?"
# (each searched over the sentence before the verb: its first white space starts only at a run's first character, as
# any later start in a run can only match where the run's first does; tried at every space of a long run, it was
# quadratic: 40,000 spaces before "raised" in a readout took 2 s)
_DESCRIBED = re.compile(r"(?:^|,?(?<!\s)\s+and\s+)" + _PRINCIPALS + _ADVERBS + r"\s+$")
_ADVERB = re.compile(_ADVERBS + r"\s+$")
# a second verb phrase of the sentence's subject: "He also discussed ..., and communicated ..."
_CONJUNCT = re.compile(r",?(?<!\s)\s+and" + _ADVERBS + r"\s+$")
_OPENING = re.compile(_PRINCIPALS + r"\s")


def point_verb_rows(st: _SentenceState, is_event: Callable) -> None:
    """The principal's statement of each point verb of the sentence the lexicon does not read (module docstring)."""
    builder, sent, low = st.builder, st.sent, st.low
    if st.heading or not builder.readout_or_joint:
        return
    for m in _VERB.finditer(low, sent.start, sent.end):
        start = m.start()
        if st.taken(start):
            continue
        if not _principal_subject(st, start):
            continue  # ("concerns raised by some council members", "shortages ... have highlighted")
        stop = _NEXT_POINT.search(low, m.end(), sent.end)
        stop = stop.start() if stop else sent.end
        rows = [e for e in builder.events[st.first:] if e.char_start == sent.start]
        if any(e.trigger_char_start is not None and start <= e.trigger_char_start < stop for e in rows):
            continue  # the clause has its row ("highlighted U.S. ... efforts to mobilize")
        unread = m.group("unread") is not None
        kind = next((q.type for q in st.preds if q.trigger.start == start), "statement")
        act = next((q.type for q in st.preds if q.type != "statement" and m.end() <= q.trigger.start < stop
                    and _OBJECT_WORDS.fullmatch(low, m.end(), q.trigger.start)), None)
        if act is not None:
            kind = act
        elif not unread and kind == "statement" and (_STANCE.match(low, m.end()) or _RIGHT.match(low, m.end())
                                                     or _RELATION.match(low, m.end(), stop)):
            kind = "support"
        if any(e.event_type == kind or e.event_family == kind for e in rows) \
                or rows and all(e.event_type in _GROUNDED for e in rows):
            continue  # one kind, one row ("reiterated that ... and underscored that ...", "expressed his appreciation
            # for ... and underscored their dedication": support); the act a point beside it grounds
        if _CONJUNCT.search(low, sent.start, start) and any(
                e.event_type == "support" and e.trigger_char_start is not None and e.trigger_char_start < start for e in rows):
            continue  # a second verb phrase after praise is the praise told on ("Mr. Finer applauded their invaluable
            # contributions ... and highlighted that their joint award demonstrates the importance of defending human
            # rights": one support, events_gold_fresh2)
        if kind != "statement" and not unread:
            continue  # (a point of another kind with no row: the lexicon's reading, left to it; the verbs it does
            # not read give their statement: "The two sides highlighted the joint efforts through ...")
        trigger = Trigger(start, m.end(), st.text[start:m.end()], "statement", "V")
        p = Predicate(trigger, "statement", "verb", "reported", start, rule="readout point")
        agent = None
        if not is_event(p, sent, builder):
            # a second verb phrase whose subject the roles do not find past the first ("President Biden noted he
            # would be following ... and emphasized Venezuelans should be allowed ..."): the sentence's opening name
            agent = _opening_name(st) if _CONJUNCT.search(low, sent.start, start) else None
            if agent is None or not is_event(p, sent, builder, agent):
                continue
        # the principal and the one the point is made to or about, no third party its words name ("the G7 commitment")
        builder.principal_pair(st.record(p, **st.on_day(st.basis(p)), agent=agent))


def _principal_subject(st: _SentenceState, start: int) -> bool:
    """Is the verb at ``start`` the principal's: its clause's subject named or described right before it, or the
    sentence's opening subject when the verb is a second verb phrase of it ("He also discussed ..., and
    communicated ...")?"""
    before = st.low[st.sent.start:start]
    if _named_subject(st, start) or _DESCRIBED.search(before):
        return True
    return _CONJUNCT.search(before) is not None and (_OPENING.match(before) is not None or _opening_name(st) is not None)


def _opening_name(st: _SentenceState) -> str | None:
    """The name that opens the sentence ("President Biden noted ..."), if one does."""
    return next((a.name for a in st.sent.actors if a.start == st.sent.start), None)


def _named_subject(st: _SentenceState, start: int) -> bool:
    """Does a name the actor reader found end right before the verb, at the opening of its clause ("President Biden
    raised", "The Vice President and President Marcos also highlighted")?"""
    low = st.low
    for a in st.sent.actors:
        if a.end <= start and _ADVERB.fullmatch(low, a.end, start):
            opening = low[st.sent.start:a.start].rstrip()
            return opening == "" or opening.endswith((",", "and", "and the", "the")) or opening.endswith(".")
    return False
