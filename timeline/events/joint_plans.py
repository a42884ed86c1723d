"""A joint statement's own plan or ongoing work, told by its authors as the subject: "We will invest in the
modernization of the North American Aerospace Defense Command", "The United States and Canada will facilitate
investment to promote secure and resilient semiconductor supply chains", "We will continue our ambitious agenda to
evolve the multilateral development banks", "We are collectively working to support sustainable energy ... in the
Mekong River Basin".

The development sets code every such clause of a joint statement as the authors' joint work (events_gold.md rule 7
(b); the joint-statement notes of fresh2, fresh13, fresh15, fresh19): a planned `cooperate` with no date for "will",
"intend to", "aim to", "plan to"; an ongoing one, reported with no date, for the present progressive ("are
advancing", "are collectively working"). The verbs that carry cooperation in the lexicon ("will work together to",
"will deepen our cooperation") already give that row; a verb of no type ("invest", "facilitate", "continue",
"conduct", "develop", "focus") gave the sentence no row at all. So in a joint statement of two or more authors, a
sentence with no row whose clause opens (after an adverbial phrase and its comma) with the authors (``we``, "both
countries", "the two sides", or two actors joined by "and") and one of those modals is their cooperation. Not a
negated verb or "focus on" (the topic of the work, no act), not each author's own act ("separately", "our
respective stakeholders"), and not a crosshead; the clause is `talks` when it names
them ("will embark together on an integrated bilateral Strategic Stability Dialogue", "are working to finalize the
Agreement": dev #2, blind Ecuador #5).

The same work told with the work or the authors' joint body as the subject (``_work_as_subject``) is their planned
cooperation too: "The task force will accelerate cooperation on critical clean energy opportunities" (the task force
the authors launched: fresh15 Trudeau #7), "cooperation between the Royal Saudi Naval Forces and Combined Task Force 153
will be enhanced" (the parties named in it: fresh18 Jeddah), "These efforts will be closely coordinated with the
Government of Israel" (no agent; the one coordinated with is the counterpart: fresh6 #9), "Cooperation on mid- and
long-term strategic semiconductor issues will begin in the relevant TTC working groups" (cooperation that will begin:
fresh27 #28). The tasks the authors set their joint body or their teams (``_tasked``) are their planned joint work too,
whatever the verb: "the Climate and Clean Tech working group is tasked to identify opportunities", "The working group
is expected to conduct a joint virtual outreach event", "The leaders tasked their teams with finding areas in which to
deepen and expand commercial partnerships" (fresh27 #25-#29, #43-#48 by the lead's answer 5; fresh4 UAE #24). Only cooperation grown or work
coordinated with a party: not "The task force will be chaired by ...", "the efforts will be evaluated", nor
"coordinated by the UN" (one body's own coordination).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .cues import CONDITION, TASKED_BODY_HEAD, TASKED_TEAMS, TASKING_VERBS
from .predicates import Predicate
from .triggers import Trigger
from .undated_why import undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# an adverbial phrase before the subject, closed by its comma ("To that end,", "With the passage of the CHIPS and
# Science Act,", "Through this historic partnership,"), and "together,"
_OPENER = re.compile(r"\s*(?:" + run_class(r",;:.!?\"“”") + r"{1,90},\s+)?(?:together,\s+)?")
_START = re.compile(r"\s*")  # the subject right at the sentence's start, with no opener
# the authors named by a plural that names no one
# (the authors' region names them too: "North American governments will also develop shared recommendations")
_PLURAL = re.compile(r"(?:we|both\s+(?:countries|sides|nations|governments)|(?:the\s+|our\s+)?(?:(?:two|three|four|north\s+"
                     r"american)\s+)+(?:countries|sides|nations|governments)|our\s+(?:countries|nations|governments))\b")
# what joins the authors named in turn: "and", or a comma before the last ("Japan, the Republic of Korea, and ...")
_LISTED = re.compile(r"(?:,?\s+(?P<and>and)|,)\s+(?:the\s+)?")
_ADVERBS = r"(?:(?:[a-z]+ly|also|further|together|now|continue\s+to)\s+)*"
# the modal of a plan or the progressive of ongoing work, then the first verb of the clause
_MODAL = re.compile(r"\s+" + _ADVERBS + r"(?P<modal>will|intends?\s+to|aims?\s+to|plans?\s+to|are)\s+" + _ADVERBS
                    + r"(?P<verb>[a-z]+)\b")
# no act: a negation, an auxiliary, a plan's "going to", and "focus on" (what the work is about: "We will focus on two
# key sectors", "intend to initially focus on the following specific objectives")
_NOT_VERB = frozenset({"not", "never", "be", "been", "have", "going", "looking", "focus", "focusing"})
# the talks the clause tells ("will embark together on an integrated bilateral Strategic Stability Dialogue", "will
# work towards further expanding market access opportunities through the negotiations of ...", "are working to
# finalize the Agreement"): the development sets' `talks` (dev, fresh and blind notes), in the clause before its end
_TALKS = re.compile(run_class(r";:.!?") +
                    r"*?\b(?:dialogues?|discussions?|negotiat\w*|talks|consultations|finali[sz]\w*)\b")
# the progressive of ongoing joint effort: "We are collectively working to support", "We are also advancing an ambitious
# agenda", "are working to finalize the Agreement" (a light or inner verb, "are taking steps", "are identifying tools",
# tells no joint work: fresh13 gives them no row)
_EFFORT = frozenset({"working", "advancing", "collaborating", "partnering", "coordinating", "pursuing", "building",
                     "developing", "expanding", "deepening", "strengthening", "implementing", "cooperating"})
# each author's own act, not joint work: "We intend to separately make available points of contact", "to engage with our
# respective stakeholders"
_APART = re.compile(run_class(r";:.!?") + r"*?\b(?:separately|individually|respective|unilaterally)\b")


def joint_plans(st: _SentenceState) -> None:
    """The joint statement authors' planned or ongoing joint work of a sentence with no row (module doc)."""
    builder, sent, low = st.builder, st.sent, st.low
    if len(builder.signatories) < 2 or st.heading or st.made or len(builder.events) > st.first:
        return
    found = authors_at(st, _MODAL)
    if found is None:
        if not _tasked(st):
            _work_as_subject(st)
        return
    actors, m = found
    if m.group("verb") in _NOT_VERB or _APART.match(low, m.start("modal"), sent.end):
        return
    progressive = m.group("modal") == "are"
    if progressive and m.group("verb") not in _EFFORT:
        return  # ("are committed to", "are determined to": the commitment readers' own; "We are also identifying tools in
        # the U.S. government's existing food security tool kit", "We are taking further, concrete steps": fresh13 no row)
    if CONDITION.search(low, sent.start, sent.end):
        return  # a joint undertaking held out under a condition is none undertaken ("If the talks succeed, we will ...")
    kind = "talks" if _TALKS.match(low, m.start("verb"), sent.end) else "cooperate"
    trigger = Trigger(m.start("verb"), m.end("verb"), builder.text[m.start("verb"):m.end("verb")], kind, "V")
    p = Predicate(trigger, kind, "verb", "reported" if progressive else "planned", m.start("modal"), rule="joint plan")
    event = st.record(p, basis=undated(), agent=actors[0], claim=False)
    if event is not None:
        builder.amend(event, actor1=actors[0], actor2=actors[1], actors=tuple(dict.fromkeys(actors)))


def authors_at(st: _SentenceState, pattern: re.Pattern[str]) -> tuple[list[str], re.Match[str]] | None:
    """The authors as the subject of the sentence's clause (``_subject``), at its start or after an opener and its
    comma, and the match of ``pattern`` right after them; None when no such subject is followed by it."""
    sent, low = st.sent, st.low
    for at in dict.fromkeys((_START.match(low, sent.start).end(), _OPENER.match(low, sent.start, sent.end).end())):
        subject = _subject(st, at)  # (the clause itself may hold the first comma: try it before an opener)
        m = pattern.match(low, subject[1], sent.end) if subject is not None else None
        if m is not None:
            return subject[0], m
    return None


def _subject(st: _SentenceState, at: int) -> tuple[list[str], int] | None:
    """The authors as the subject at ``at``, and where it ends: two actors joined by "and", else a plural that
    names no one (``_PLURAL``: the statement's signatories); None for any other subject."""
    named = _named_pair(st, at)
    if named is not None:
        return named
    plural = _PLURAL.match(st.low, at, st.sent.end)
    return (list(st.builder.signatories), plural.end()) if plural is not None else None


def _named_pair(st: _SentenceState, at: int) -> tuple[list[str], int] | None:
    """The actors joined by "and" that open the clause at ``at`` ("The United States and Canada", "Japan, the
    Republic of Korea, and the United States"), and where they end; None when the clause opens otherwise."""
    first = next((a for a in st.sent.actors if a.start == at or a.start == at + 4 and st.low.startswith("the ", at)),
                 None)
    if first is None:
        return None
    names, end = [first.name], first.end
    while True:
        joint = _LISTED.match(st.low, end)
        nxt = next((a for a in st.sent.actors if joint is not None and a.start == joint.end()), None)
        if nxt is None:
            return None  # (a list that no "and" closes is no subject of the authors)
        names.append(nxt.name)
        end = nxt.end
        if joint.group("and"):
            break
    if len(set(names)) < 2:
        return None
    return list(dict.fromkeys(names)), end


_COOPERATION = r"(?:co-?operation|collaboration|co-?ordination|partnership|joint\s+work)\b"
# the authors' joint body as the subject of a plan to grow cooperation ("The task force will accelerate cooperation on")
_BODY_PLAN = re.compile(
    r"the\s+(?:(?:new|joint|bilateral|trilateral)\s+)*(?:task\s+force|working\s+group|dialogue|council|commission|committee)"
    r"\s+will\s+" + _ADVERBS + r"(?P<verb>accelerate|deepen|expand|strengthen|enhance|advance|intensify|broaden|bolster"
    r"|increase)\s+(?:(?:our|their|its|the|bilateral|trilateral|joint|further|closer)\s+)*(?:[\w-]+\s+)?" + _COOPERATION)
# the work itself as the subject of a passive plan: cooperation grown, or efforts coordinated with a party
_WORK_PASSIVE = re.compile(
    r"(?:(?:this|these|that|those|such|our|their|the|bilateral|trilateral|joint|close|closer)\s+)*(?:[\w-]+\s+)?"
    r"(?:(?P<coop>co-?operation|collaboration|co-?ordination|partnership)|efforts|work)"
    r"(?P<between>\s+between\s" + run_class(r",;:.!?") + r"{1,120}?)?(?P<topic>\s+on\s" + run_class(r",;:.!?") +
                           r"{1,120}?)?\s+will\s+(?:be\s+(?:(?:[a-z]+ly|further|also)\s+)*"
    r"(?:(?P<grown>enhanced|expanded|deepened|strengthened|intensified|accelerated|broadened|bolstered)"
    r"|(?P<with>coordinated|aligned)\s+with\s)|(?P<begun>begin|start|commence)\b)")


def _work_as_subject(st: _SentenceState) -> None:
    """The authors' planned cooperation of a sentence whose subject is their joint body or the work itself (module
    doc), after an opener as ``joint_plans`` reads one; nothing under a condition or for each author apart."""
    builder, sent, low = st.builder, st.sent, st.low
    if CONDITION.search(low, sent.start, sent.end) or _APART.match(low, sent.start, sent.end):
        return
    for at in dict.fromkeys((_START.match(low, sent.start).end(), _OPENER.match(low, sent.start, sent.end).end())):
        body = _BODY_PLAN.match(low, at, sent.end)
        passive = None if body is not None else _WORK_PASSIVE.match(low, at, sent.end)
        if body is not None or passive is not None and (passive.group("coop") or passive.group("with")) \
                and not (passive.group("begun") and passive.group("between")):
            break
    else:
        return
    # (the work of a body or of the governments is the states', not the leaders' own: fresh15 #7 United States, Canada)
    actors: list[str | None] = list(dict.fromkeys(builder.state_of_person(n) or n for n in builder.signatories))
    if passive is not None:
        verb = "grown" if passive.group("grown") else "begun" if passive.group("begun") else "with"
        if passive.group("between"):
            # the authors it names first, in its order ("between the Royal Saudi Naval Forces and Combined Task Force
            # 153": Saudi Arabia, then the other author; not a body read as a name, "Combined Task")
            named = list(dict.fromkeys(a.name for a in sent.actors if a.name in actors
                                       and passive.start("between") <= a.start < passive.end("between")))
            actors = named + [n for n in actors if n not in named]
        elif verb == "with":  # "coordinated with the Government of Israel": agentless, the party worked with
            party = next((a.name for a in sent.actors if a.start >= passive.end()), None)
            if party is None:
                return
            actors = [None, party]
    else:
        verb = "verb"
    if len(actors) < 2:
        return
    start, end = (body or passive).span(verb)
    trigger = Trigger(start, end, builder.text[start:end], "cooperate", "V")
    p = Predicate(trigger, "cooperate", "verb", "planned", start, rule="joint plan")
    event = st.record(p, basis=undated(), agent=actors[0], claim=False)
    if event is not None:
        builder.amend(event, actor1=actors[0], actor2=actors[1],
                      actors=tuple(n for n in dict.fromkeys(actors) if n is not None))


# the authors' joint body set a task, or expected to do it: "the Climate and Clean Tech working group is tasked to
# identify opportunities", "Working Group 9 is tasked to launch outreach activities", "The working group is expected to
# conduct a joint virtual outreach event", "the working group is tasked to seek to: increase transparency", "is tasked to
# focus on advancing ... supply chain resilience" (a body's focus is its task, not a topic beside a row: fresh27); or
# the authors who set their teams a task, "The leaders tasked their teams with finding areas in which to deepen and
# expand commercial partnerships" (fresh4 UAE #24). The act after it is the authors' planned joint work (fresh27's
# lead's answer 5: a row per sentence and kind), whatever its verb.
_TASK = (r"\s+(?:(?:also|further|jointly)\s+)?(?:(?:seek|continue)\s+to:?\s+|focus\s+on\s+)*(?P<verb>[a-z]+)\b")
_TASKED_BODY = re.compile(
    r"(?:the\s+)?(?:" + run_class(r",;:.!?") + r"{1,90}?\s)??(?:" + TASKED_BODY_HEAD +
                          r")(?:\s+\d{1,2})?\s+(?:is|are)\s+"
    r"(?:also\s+)?(?:tasked|expected|mandated|charged)\s+(?:to|with)" + _TASK)
_TASKED_TEAMS = re.compile(
    r"(?:the\s+(?:two\s+)?leaders|we|the\s+(?:two\s+)?sides|(?:the|our)\s+(?:two|three)\s+(?:countries|governments))\s+"
    r"(?:(?:also|further|jointly)\s+)?(?:" + TASKING_VERBS + r")\s+(?:their|our)\s+(?:respective\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:" + TASKED_TEAMS + r")\s+(?:to|with)" + _TASK)
_FIRST_CLAUSE = re.compile(r"[^,;.!?]*")
# a crosshead glued before the body's task: "Working Group 8 – Investment Screening: The Investment Screening working
# group is tasked to", "Working Group 2 – Climate and Clean Tech: Given the great importance of technology ..., the"
_LABEL = re.compile(r"\s*" + run_class(r":;.!?\n") + r"{1,120}:\s+")
# an opener as ``_OPENER`` reads one, longer ("Given the great importance of technology to address environmental
# challenges and connected market opportunities,")
_TASK_OPENER = re.compile(r"\s*(?:" + run_class(r",;:.!?\"“”") +
                          r"{1,160},\s+)?")  # the task's own words, before a list of its other parts


def _tasked(st: _SentenceState) -> bool:
    """The authors' planned joint work of a sentence that sets their joint body or their teams a task (``_TASKED_BODY``,
    ``_TASKED_TEAMS``), at the clause's start or after an opener; not negated, conditional or each author's own. `talks`
    when the task's first clause tells talks; else `cooperate`, undated. False when the sentence sets no such task."""
    builder, sent, low = st.builder, st.sent, st.low
    label = _LABEL.match(low, sent.start, sent.end)
    opens = (sent.start, label.end()) if label is not None else (sent.start,)
    for at in dict.fromkeys(m.end() for o in opens for m in (_START.match(low, o), _TASK_OPENER.match(low, o, sent.end))):
        m = _TASKED_BODY.match(low, at, sent.end) or _TASKED_TEAMS.match(low, at, sent.end)
        if m is not None:
            break
    else:
        return False
    if m.group("verb") in ("not", "never") or CONDITION.search(low, sent.start, sent.end) \
            or m.re is _TASKED_TEAMS and _APART.match(low, m.start("verb"), sent.end):
        return True  # (a joint body's task is joint, whatever it works on: "tasked to focus on advancing respective
        # supply chain resilience", fresh27 #26)
    first = _FIRST_CLAUSE.match(low, m.start("verb"), sent.end)
    kind = "talks" if _TALKS.match(low, m.start("verb"), first.end()) else "cooperate"
    # (the work of the states, not the leaders' own: as ``_work_as_subject``)
    actors = list(dict.fromkeys(builder.state_of_person(n) or n for n in builder.signatories))
    if len(actors) < 2:
        return True
    start, end = m.span("verb")
    trigger = Trigger(start, end, builder.text[start:end], kind, "V")
    p = Predicate(trigger, kind, "verb", "planned", start, rule="joint plan")
    event = st.record(p, basis=undated(), agent=actors[0], claim=False)
    if event is not None:
        builder.amend(event, actor1=actors[0], actor2=actors[1], actors=tuple(actors))
    return True
