"""A proposal in apposition, then who rejected it: "Authorities said Assad intended to launch national dialogue talks,
an offer rejected by opposition leaders", "Mr Annan called for Iran to be involved ..., a proposal put forward by
Russia but rejected by the US" (audit t17-reuters-260, t17-bbc-154); "..., a move welcomed by the opposition"; a charge
or claim denied ("Activists say he was tortured horrifically in captivity, a charge denied by authorities":
events_gold_fresh5 259#10).

The noun after the comma ("an offer", "a proposal", "a plan", "a call", "a move") names what the clause before it told,
and a passive participle of rejecting (or condemning, or welcoming and backing) after it, with its agent after "by", is an act of that agent's:
a row of its own, with the agent as ``actor1`` (events_gold.md: "rejection" is an event between identifiable actors;
the main-clause passive, "It was rejected by Israel", is already one: events_gold_fresh3 75#9). The participle says
what became of the proposal, not the story's news of the day: no day of its own (rule 1 (c), as an object relative
clause's blame, ``object_relatives``). Among the last passes of a sentence (``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .undated_why import RECALLED, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the opener of a noun in apposition, after a comma or a spaced dash (", a charge", " - a charge", " — an offer"), up
# to its noun, and the nouns of a charge (which a relative clause denies; whose maker is the rejection's other side)
_OPENER = r"(?:,|\s[-–—])\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?"
_CHARGES = r"(?:charges?|claims?|accusations?|allegations?)"
# ", an offer", " - a proposal put forward by Russia but": the apposed noun, up to the participle
_APPOSED = re.compile(_OPENER + r"(?:offers?|proposals?|plans?|ideas?|calls?|moves?|initiatives?|suggestions?|"
                      r"requests?|demands?|steps?|decisions?|measures?|proposition|overtures?|" + _CHARGES + ")"
                      r"(?:\s+" + run_class(r",;:.") +
                      r"{1,60}?\s+(?:but|and|yet))?(?:\s+(?:quickly|promptly|swiftly|flatly|immediately|"
                      r"later|also|since|already|firmly))?\s+$")
_BY = re.compile(r"\s+by\s+(?:the\s+)?")
# a charge in apposition (after a comma or a dash), then a relative clause with no pronoun whose verb denies it: "- a
# claim the government denies",
# ", an allegation which Damascus has flatly rejected" (the subject, group "subject", right before the verb)
_CONTACT = re.compile(_OPENER + _CHARGES + r"\s+(?:that\s+|which\s+)?(?P<subject>" + run_class(r",;:.") + r"{1,60}?)\s+"
                      r"(?:(?:has|have|had|also|strongly|flatly|firmly|vehemently|always|repeatedly|quickly|"
                      r"immediately)\s+)*$")


def _contact_denier(st: _SentenceState, p):
    """The subject of a denying verb in a relative clause on an apposed charge ("Rebels say they can now fight attacks
    from the air ..., a claim the government denies": audit t17-bbc-165), when an actor ends right at the subject's end,
    else None."""
    m = _CONTACT.search(st.low, max(st.sent.start, p.trigger.start - 120), p.trigger.start)
    if m is None:
        return None
    return next((a for a in st.sent.actors if a.end == m.end("subject") and a.start >= m.start("subject")
                 and not a.placed), None)


# the apposed noun is a charge ("a charge denied by authorities", " - a claim rejected by Damascus")
_CHARGE = re.compile(_OPENER + _CHARGES + r"\b[^,]*$")


def apposed_rejections(st: _SentenceState, is_event) -> None:
    """The rejection (condemnation, support) of a proposal in apposition, by the agent named after "by" (module doc)."""
    sent, low = st.sent, st.low
    for p in st.preds:
        if p.type not in ("reject", "accuse", "support") or p.form != "verb" or p.quoted or p.negated \
                or p.trigger.start in st.claimed_starts:
            continue
        agent = _contact_denier(st, p) if p.type == "reject" and not p.passive else None
        if agent is None:
            if not (p.passive or p.rule == "participle") \
                    or _APPOSED.search(low, max(sent.start, p.trigger.start - 100), p.trigger.start) is None:
                continue
            by = _BY.match(low, p.trigger.end)
            if by is None:
                continue
            agent = next((a for a in sent.actors if by.end() - 4 <= a.start <= by.end() + 30 and not a.placed
                          and not re.search(r"[,;]", low[by.end():a.start])), None)
            if agent is None:
                continue
        if st.has_row(p.family, agent.name):
            continue
        if is_event(p, sent, st.builder, agent.name):
            event = st.record(p, basis=undated(RECALLED), agent=agent.name)
            if _CHARGE.search(low, max(sent.start, p.trigger.start - 100), p.trigger.start):
                # "Activists say he was tortured ..., a charge denied by authorities": the other side of a denied charge
                # is whoever made it, the unnamed activists here, not an actor of the charge's own clause
                accuser = next((e.actor1 for e in st.builder.events[st.first:] if e is not event
                                and e.event_type in ("statement", "accuse") and e.actor1 not in (None, agent.name)), None)
                st.builder.amend(event, actor2=accuser, actors=(agent.name, accuser) if accuser else (agent.name,))
