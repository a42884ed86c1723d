"""An agreement told in an object relative clause: "the Syrian government had not followed an Arab peace plan it agreed
to before the monitors were sent", "Assad has flagrantly ignored the agreement he signed with the Arab League", "an
earlier Arab peace plan, adopted on 2 November, which Syria accepted".

The plan, deal or agreement is the object of the clause's verb and comes before it; the clause's subject, a named actor
or a pronoun, stands between them. No predicate reads it: "accepted" and "signed" are agreements only with their object
after them, and the verb of a relative clause is no clause's head. The clause tells that its subject agreed (a row of its
own, events_gold_fresh11 t17-bbc-185#10 "an Arab peace plan it agreed to": agreement, Syria, undated), with no day of its
own: a relative clause says what its antecedent is known by, not the story's news (rule 1 (c)), as the blame of
``object_relatives`` does. The counterpart is the party "with" names right after the verb ("signed with the Arab
League"), else none the clause names.

A pronoun subject is the nearest actor before the plan's noun of its kind: "it" a state or a body, "he" or "she" a
person, "they" any ("the Syrian government had not followed an Arab peace plan it agreed to": Syria; "Assad has
flagrantly ignored the agreement he signed": Assad, not the sentence's speaker), never the plan's owner ("Mr Annan's
peace plan, which he accepted"). A clause with a date right after its verb ("which he accepted last week") is left to
the passes that date the sentence. Not a plan only proposed, rejected or
refused ("the plan Annan proposed", "the proposal it rejected": other verbs), nor a negated or a hedged acceptance
("which it never accepted", "the deal it would sign"), nor a verb with an object of its own after it ("the plan it
agreed to implement" is read, "it signed a decree" is no relative). Among the last passes of a sentence
(``extract._sentence_events``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..cue_words import run_class
from ..actors.gazetteer import opening_first
from .predicates import Predicate
from .triggers import Trigger
from .undated_why import RECALLED, undated

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# the antecedent: a noun of something agreed, right before the clause (perhaps with "which"/"that", or an aside set off
# by commas between it and ", which": "an earlier Arab peace plan, adopted on 2 November, which Syria accepted")
_AGREED_NOUN = (r"(?:peace\s+)?(?:plans?|deals?|agreements?|accords?|initiatives?|proposals?|ceasefires?|cease-fires?|"
                r"truces?|deadlines?|road\s*maps?|treaty|treaties|pacts?|memorand(?:um|a)|terms|conditions|settlements?|"
                r"arrangements?|frameworks?|compacts?|protocols?)")
_OPENER = re.compile(rf"(?<![\w-]){_AGREED_NOUN}(?:," + run_class(r",;:()\"“”") +
                     r"{1,50})?(?:,?\s*(?:which|that)\s+|\s+)$")
# between the subject and the verb: auxiliaries of the past and adverbs of time (not a modal or a negation)
_GROUP = r"(?:(?:had|has|have|already|previously|also|then|later|earlier|first|originally|itself|themselves|" \
         r"subsequently|formally|eventually|finally)\s+)*"
_VERB = re.compile(opening_first(r"\s", 1, r"\s") + rf"\s*{_GROUP}(?P<verb>agreed\s+to|accepted|signed|endorsed)(?![\w-])")
# (a run of white space from its first character, "(?<!\s)\s+", written to open on it: searched for fast)
# what may follow the verb of an object relative: an end of clause, a preposition, a conjunction or an infinitive's
# verb ("agreed to implement"), never an object of its own ("accepted the plan", "signed a decree")
_AFTER = re.compile(r"\s*(?:$|[,.;:)\"”—–-]|\s(?:in|on|at|before|after|last|earlier|with|and|but|while|when|as|under|by|"
                    r"during|since|until|over|from|for|to|only|just|in\s+principle)\b)")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|that|these|those|our)\b")
_PRONOUN = re.compile(r"(?<![\w'’-])(?P<pro>he|she|it|they)$")
_PERSON = ("he", "she")
_OWNER = re.compile(r"\s*['’]s?\s")  # the plan's owner ("Mr Annan's peace plan, which he accepted"): not who accepted it
_WITH = re.compile(r"\s+with\s+(?P<the>the\s+)?")  # its party's mention may hold the "the" or not


def accepted_plans(st: _SentenceState, is_event: Callable) -> None:
    """The agreement of the subject of an object relative clause whose verb agrees to what it follows (module doc)."""
    sent, low = st.sent, st.low
    for m in _VERB.finditer(low, sent.start, sent.end):
        start, end = m.start("verb"), m.end("verb")
        if st.taken(start):
            continue
        if _OBJECT_AFTER.match(low, end) or m.group("verb") != "agreed to" and not _AFTER.match(low, end):
            continue  # (after "agreed to" a bare verb may follow: "the plan it agreed to implement")
        if any(0 <= d.start - end <= 12 for d in st.dates):
            continue  # "which he accepted last week": a dated clause, whose date the sentence's own passes read
        subject = _subject(st, m.start())
        if subject is None:
            continue
        agent, noun_start = subject
        if st.has_row("agreement", agent):
            continue  # (a pass before made this agreement, or one of the same party, a row)
        trigger = Trigger(start, end, st.text[start:end], "agreement", "V")
        p = Predicate(trigger, "agreement", "verb", "reported", start, embedded=True, rule="accepted plan")
        if not is_event(p, sent, st.builder, agent):
            continue
        event = st.record(p, basis=undated(RECALLED), agent=agent)
        other = _with_party(st, end)
        st.builder.amend(event, actor1=agent, actor2=other,
                         actors=tuple(dict.fromkeys(n for n in (agent, other) if n is not None)))


def _subject(st: _SentenceState, verb_group: int) -> tuple[str, int] | None:
    """The agent of the relative clause whose verb group starts at ``verb_group``, and where its antecedent noun
    stands: a named actor or a pronoun right before the group, with a noun of something agreed right before it."""
    sent, low = st.sent, st.low
    named = next((a for a in sent.actors if a.end == verb_group and not a.placed and a.basis != "pronoun"), None)
    if named is not None:
        start = named.start
        # (a mention of "the Syrian government" may hold its "the")
        opener = _OPENER.search(low, max(sent.start, start - 90), start) \
            or _OPENER.search(low, max(sent.start, start - 90), _unthe(low, start))
        return (named.name, opener.start()) if opener is not None else None
    pro = _PRONOUN.search(low, max(sent.start, verb_group - 5), verb_group)
    if pro is None:
        return None
    opener = _OPENER.search(low, max(sent.start, pro.start() - 90), pro.start())
    if opener is None:
        return None
    kinds = ("person",) if pro.group("pro") in _PERSON else ("country", "organization") \
        if pro.group("pro") == "it" else None
    before = [a for a in sent.actors if a.end <= opener.start() and not a.placed and "dateline" not in a.flags
              and (kinds is None or a.kind in kinds) and not _OWNER.match(low, a.end)]
    return (before[-1].name, opener.start()) if before else None


def _unthe(low: str, start: int) -> int:
    """``start`` moved past a "the " its mention holds."""
    return start + 4 if low.startswith("the ", start) else start


def _with_party(st: _SentenceState, end: int) -> str | None:
    """The actor "with" names right after the verb ("signed with the Arab League")."""
    m = _WITH.match(st.low, end)
    if m is None:
        return None
    return next((a.name for a in st.sent.actors if a.start in (m.end(), m.start("the")) and not a.placed), None)
