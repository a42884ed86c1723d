"""Relative clauses set off by a comma, the one reader of them: where such an aside opens and closes
(``aside_span``; ``in_aside``: is a place in one), which verb heads it (``heads_aside``: what ``aspect.aside``
leaves undated) and whose act that verb is (``relative_clause``).

An aside opens at a comma and "who" or "which" ("that" opens a restrictive clause, no aside). Its acts are those of a
non-restrictive relative clause: "Sheree Zielke, 55, who came from Canada to watch the event" (her visit), "Russia and
China, which backed previous rounds of sanctions" (their support), "landed in Beijing, where he called for ..." (his
demand), "held a call with ..., in which King Abdullah congratulated President Trump" (his statement).

A verb heads such a clause when only a few words of time, aspect or emphasis (``relative_act_lead`` in
``event_cues.tsv``) stand between "who"/"which" and it, and its subject is then the antecedent: the actor right before
the comma, perhaps with an age or a bracket after it. After "where" the clause has a subject of its own, a pronoun or
a named actor, and happens where and when the act before it did. A clause with a word of habit (``relative_habit``:
"who has long sought warm relations") or in the present ("which increases security of supply") says what its
antecedent is or stands for, not an act, unless its verb reports or is a hostile speech act ("Assad, who says ...",
"Kofi Annan himself, who insists that ..."): what the antecedent keeps saying; nor is a "which" clause on a name after
a preposition ("a new peace plan for Syria, which called on ...") the name's, while a "who" clause is ("a statement
issued by ... Navi Pillay, who called for ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from ..cue_words import PAST_VERB, break_class, greedy_run, run_class
from ..actors.gazetteer import word_list
from ..last_match import last_match
from .cues import CLAUSE_COMMA, CUES

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Mention
    from .extract import Sentence
    from .predicates import Predicate

PRONOUN = r"(?:who|which)"  # the pronouns that open an aside
_LEAD = "|".join(sorted(CUES["relative_act_lead"], key=len, reverse=True))
_HABIT = frozenset(CUES["relative_habit"])  # no habit word is a lead word, so today a habit word already ends the
# lead ("who has long sought": no act); the test on the lead below guards a lead list that would take one in
# a manner adverb between the pronoun and its verb group leaves the verb heading the aside ("The Arab League, which
# swiftly suspended Libya's membership", "who has sharply criticised the crackdown"), but not a word that hedges or
# limits the act (``_NOT_MANNER``: "which reportedly left", "who rarely utters") nor a habit word (``_HABIT``)
_NOT_MANNER = ("early|likely|reportedly|allegedly|apparently|supposedly|possibly|probably|rarely|hardly|barely|"
               "scarcely|seldom|occasionally|usually|normally|generally|largely|mostly|mainly|partly|nearly|fully|"
               "formally|officially|nominally|reply|rally|family|italy")
_MANNER = rf"(?!(?:{_NOT_MANNER})\b)[a-z]{{3,}}ly"
# the opening of an aside: a comma, or a dash set off by spaces ("Russia and China - both of which have blocked UN
# resolutions", "Assad - who blames \"armed terrorist acts\" for the unrest -"), then the pronoun, perhaps after a
# quantifier ("both of which", "all of whom"), the pronoun in ``pronoun``
_OPENER = r"(?:,|\s[—–-]{1,2})\s*(?P<pronoun>(?:(?:both|all|each)\s+of\s+(?:which|whom))|%s)" % PRONOUN
_WHO = re.compile(rf"{_OPENER}\s+(?P<lead>(?:(?:{_LEAD}|{_MANNER})\s+)*)$")
_SAYS = frozenset({"demand", "accuse", "reject", "threaten"})  # speech acts a present tense in an aside keeps making
_HEAD_REACH = 90  # characters before a verb group where the pronoun of its aside may stand


def heads_aside(low: str, start: int, floor: int = 0) -> re.Match | None:
    """The opening (", who" or ", which" and the lead words after it) of the aside whose verb group starts at
    ``start`` ("Turkey, which previously supported Assad", "the European Union, which had already imposed"); None
    when the verb heads no aside. ``floor``: where the sentence starts."""
    return _WHO.search(low, max(floor, start - _HEAD_REACH), start)


_OPEN = re.compile(rf",\s*(?:{PRONOUN}|whose)\s" + greedy_run(r",;:") + rf"$|{_OPENER}\s(?:(?!\s[—–-])" +
                   run_class(r",;:") + r")*$")
# "a dissident who met Assad two weeks ago, told Reuters"
_OPEN_WHO = re.compile(r"(?<=[a-z])\s+who\s" + greedy_run(r",;:") + "$")


def in_aside(low: str, floor: int, at: int) -> bool:
    """Does an aside opened after ``floor`` still run at ``at``, with no comma, semicolon or colon since its pronoun
    ("Nasrallah, who had praised popular uprisings ... earlier this year, said"; "Ankara, which has already imposed an
    arms embargo, has said")?"""
    return _OPEN.search(low, floor, at) is not None


def in_person_aside(low: str, floor: int, at: int) -> bool:
    """``in_aside``, or in a relative clause on a person opened by "who" with no comma ("Walid al-Bunni, a dissident who
    met Assad two weeks ago, told Reuters")."""
    return in_aside(low, floor, at) or _OPEN_WHO.search(low, floor, at) is not None


# An aside that holds a date also opens at "whose" (", whose country quietly hosted a conference ... last week,"), at a
# "who" with no comma ("Walid al-Bunni, a dissident who left Syria for Paris two weeks ago, told Reuters") and at a participle of election or appointment set off as an apposition ("Libya,
# elected to the council last year, is suspended"): its date is the apposition's too. It closes at the next comma,
# semicolon, colon or dash.
_ASIDE_OPEN = re.compile(rf",\s*(?:{PRONOUN}\s|whose\s|(?:re-?)?(?:elected|appointed|named|chosen)\s+(?:to|as|in|last|this|earlier)\b)"
                         r"|(?<=[a-z])\s+who\s")
# (not the comma of a number: "killed at least 3,500 people")
_ASIDE_CLOSE = re.compile(CLAUSE_COMMA + r"|" + break_class(r";:") + r"|\s[—–-]+\s")


def aside_span(low: str, start: int, end: int, mention: Mention) -> tuple[int, int] | None:
    """The span of the aside that holds the date ``mention`` ("Syria told a closed meeting ... it had agreed to swap
    candidacies with Kuwait, which was set to run for the council in 2013, and drop out of the 2011 race"; not
    "Putin, who ..., tried to play down ... last week"): the date is the clause's, about its own actor, and dates no
    predicate outside it. None when the date is in no aside of the sentence ``start``-``end``."""
    opening = last_match(_ASIDE_OPEN, low, start, mention.start)
    if opening is None:
        return None
    close = _ASIDE_CLOSE.search(low, opening.end(), end)
    stop = close.start() if close is not None else end
    if stop < mention.end:
        return None  # the clause closed before the date
    return opening.start(), stop


_PRONOUN_OPEN = re.compile(rf",\s*(?P<pronoun>{PRONOUN})\s")


def date_aside(sent: Sentence, low: str, mention: Mention) -> ClauseAct | None:
    """Whose the date ``mention`` is when it stands in an aside opened by ", who" or ", which" (``aside_span``) that
    names no act of its own the lexicon reads ("his former Prime Minister Riad Hijab, who fled to Jordan earlier this
    week", "his father Hafez al-Assad, who ruled Syria for 30 years until his death in 2000"): the antecedents before
    the comma (``relative_clause``'s reading); None when the date is in no such aside or no actor is its antecedent
    (nor a name after a preposition before "which": "Membership of the Brotherhood, which led an armed uprising ... in
    1982"). The event such a date makes is the antecedent's, not the main clause subject's."""
    span = aside_span(low, sent.start, sent.end, mention)
    if span is None:
        return None
    m = _PRONOUN_OPEN.match(low, span[0])
    if m is None:
        return None
    return _antecedents(sent, low, span[0], m.group("pronoun") == "who", _AFTER_NAME)


_WHERE = re.compile(r",\s*(?:where|in\s+which|during\s+which)\s+(?P<subject>he|she|they|we|" + run_class(r",;:()") +
                    r"{2,60}?)\s+"
                    rf"(?P<lead>(?:(?:{_LEAD}|will|would)\s+)*)$")
_AND = re.compile(r"\s*(?:,\s*)?and\s+|\s*,\s*")
# a name after one of these is no antecedent of its own ("a plan for Syria, which ...", "supported by the EU, which")
_PREPOSITION = re.compile(r"\b(?:for|to|in|into|on|at|against|with|by|from|over|about|toward|towards|under|than)\s+(?:the\s+)?$")
_WHOSE = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}$")  # ", whose crackdown", ", whose brutal crackdown"
_AFTER_NAME = re.compile(r"(?:,\s*\d{1,3}|\s*\([^()]{1,40}\)|\s+(?:himself|herself|itself|themselves))?\s*")


class ClauseAct(NamedTuple):
    """Whose act the verb heading a clause is (``relative_clause``, ``adverbials.adverbial_clause``)."""

    kind: str  # "who" (a "who" or "which" clause), "where", "same_time" or "other_time" (an adverbial clause)
    members: tuple[str, ...] = ()  # the names of the clause's subject, in text order; () after "where"
    where_subject: str | None = None  # after "where": "" the subject of the act before ("he", "she"), "*" all its
    # parties ("they", "we"), None a named subject of its own
    after_preposition: bool = False  # after "who": a preposition holds the antecedent ("by ... Navi Pillay, who")
    subordinator_start: int | None = None  # an adverbial clause: where its subordinator starts


def relative_clause(q: Predicate, sent: Sentence, low: str) -> ClauseAct | None:
    """Kind "who", the antecedents' names and whether a preposition holds them when ``q`` heads a relative clause set
    off by a comma whose subject is the actor or actors before the comma ("Russia and China, which ..."); kind
    "where" when it heads a "where" clause, with ``where_subject`` None when the clause has a named subject of its
    own, "" when "he" or "she" stands for the subject of the act before, "*" when "they" or "we" stands for all its
    parties; None otherwise (a restrictive clause, a state, another subject, a verb deeper in the clause)."""
    if q.form == "noun" and not q.quoted and not q.topic and not q.negated:
        m = _WHOSE.search(low, max(sent.start, q.trigger.start - 40), q.trigger.start)
        # "Assad, whose crackdown on protests has led to ...": the act noun the antecedent owns is its act
        return _antecedents(sent, low, m.start(), True, _AFTER_NAME) if m is not None else None
    if q.form not in ("verb", "report") or q.quoted or q.topic or q.passive or q.negated:
        return None
    m = heads_aside(low, q.start, sent.start)
    if m is None and q.form == "verb":
        m = _conjunct_aside(low, q.start, sent.start)  # "which had suspended Libya's membership and backed a no-fly zone"
    if m is not None:
        if _HABIT & set(m.group("lead").split()):
            return None
        verb = q.first_word(low)
        if verb.endswith("s") and not verb.endswith("ss") and not (q.reporting or q.type in _SAYS):
            return None  # a present tense: what the antecedent is or does ("which increases security of supply",
            # "which supports"); but a reporting verb or a hostile speech act says what it holds and keeps saying
            # ("Assad, who says his government is serious about political reform": his statement, undated; "Kofi
            # Annan himself, who insists that any political solution must involve dialogue": his demand)
        person = m.group("pronoun").split()[-1] in ("who", "whom")  # an aside on a person ("who", "of whom")
        return _antecedents(sent, low, m.start(), person, _AFTER_NAME)
    return _where_clause(q, sent, low)


_WHOSE_STATE = re.compile(r",\s*whose\s+(?:%s)\s+(?:(?:%s|[a-z]+ly)\s+)*$" % (
    "|".join(re.escape(w) for w in word_list("whose_state_nouns.txt")), "|".join(sorted(CUES["relative_act_lead"], key=len, reverse=True))))


def whose_state(q: Predicate, sent: Sentence, low: str) -> str | None:
    """The name of the antecedent when ``q`` heads an aside of its state ("Erdogan, whose country quietly hosted a
    conference ... last week": Erdogan's country hosted it); None otherwise."""
    if q.form != "verb" or q.quoted or q.passive or q.negated:
        return None
    m = _WHOSE_STATE.search(low, max(sent.start, q.start - _HEAD_REACH), q.start)
    clause = _antecedents(sent, low, m.start(), True, _AFTER_NAME) if m is not None else None
    return clause.members[-1] if clause is not None and len(clause.members) == 1 else None


# the verb of a relative clause's second verb phrase: "and" (perhaps "also", "later") right before it
_AND_SECOND = re.compile(r"\s(?:and|but)\s+(?:(?:also|later|then|has|have|had)\s+){0,2}$")


def _conjunct_aside(low: str, start: int, floor: int) -> re.Match | None:
    """The opening of the aside whose second verb phrase the verb at ``start`` heads ("The Arab League, which had
    suspended Libya's membership and backed a no-fly zone there, ..."): the aside's first verb, a past one, follows its
    pronoun and the two share its subject, with no comma, semicolon or colon between; None otherwise."""
    if not _AND_SECOND.search(low, max(floor, start - 30), start) or not in_aside(low, floor, start):
        return None
    opened = _OPEN.search(low, floor, start)
    for w in re.finditer(r"[a-z]+", low[opened.start():start]):
        at = opened.start() + w.start()
        m = heads_aside(low, at, floor)
        if m is not None and m.start() >= opened.start() - 1 and PAST_VERB.fullmatch(w.group()):
            return m  # (past its auxiliary: "which had suspended")
    return None


# a relative pronoun with no comma before it, right after a word: "Libyan rebels who toppled", "Israel which seized"
_BARE_WHO = re.compile(rf"(?<=[\w.’')])\s+{PRONOUN}\s+(?P<lead>(?:(?:{_LEAD})\s+)*)$")
_NO_GAP = re.compile(r"")


def bare_relative(q: Predicate, sent: Sentence, low: str) -> ClauseAct | None:
    """Kind "who" and the antecedents' names when ``q`` heads a relative clause with no comma straight after a named
    actor and is an act in the past ("Western powers lent air support to Libyan rebels who toppled Muammar
    Gaddafi", "like his British counterpart William Hague who deplored Syria's policy", "Israel which seized the
    Golan Heights from Syria in a 1967 war"). Such a clause often defines rather than reports, so only a past act of
    the name right before the pronoun is read: not "that" ("countries that recognize the council"), not a present
    ("states which back the plan"), not a saying, a passive, a negation or a habit; None otherwise."""
    if q.form != "verb" or q.reporting or q.type == "statement" or q.quoted or q.topic or q.passive or q.negated \
            or q.status != "reported":
        return None
    m = _BARE_WHO.search(low, max(sent.start, q.start - _HEAD_REACH), q.start)
    if m is None:
        return None
    lead = m.group("lead").split()
    if _HABIT & set(lead) or not PAST_VERB.fullmatch(q.first_word(low)):
        return None
    clause = _antecedents(sent, low, m.start(), True, _NO_GAP)  # (after a preposition too: with no comma the clause
    # holds to the name, "peace talks with Israel which seized ...")
    if clause is None and m.group().split()[0] == "who":
        clause = _described_person(sent, low, m.start())
    return clause


# a description set off after a person's name, up to a bare "who": "Michel Kilo, a member of the Syria-based National
# Committee for Democratic Change (NCDC) who has criticized the SNC", "Aref Dalila, a leading economist who ..."
_DESCRIPTION = re.compile(r",\s+(?:a|an|the|one)\s+(?:" + run_class(r",;:\"“”()") + r"|\([^()]*\))*$")


def _described_person(sent: Sentence, low: str, at: int) -> ClauseAct | None:
    """Kind "who" with the name of the person whose description (an apposition with no comma before the pronoun)
    ends at ``at``: "who" stands for a person, the one described, not an organisation named inside the description
    ("a member of the ... Committee ... who has criticized": the member); None when no person's name opens it."""
    person = next((a for a in sorted(sent.actors, key=lambda a: -a.end) if a.end <= at and a.kind == "person"
                   and _DESCRIPTION.fullmatch(low, a.end, at)), None)
    return ClauseAct("who", (person.name,)) if person is not None else None


_TO_BEFORE = re.compile(r"\bto\s+$")


def _state_reached(actor, low: str, floor: int, who: bool) -> bool:
    """A state named as where something goes ("ceded some regional leadership to Turkey, which has taken a strong
    line against Israel", "flew to Damascus, which has rejected the plan") is marked as a place, yet a "which" clause
    after it says what that state does."""
    return not who and actor.kind == "country" and _TO_BEFORE.search(low, max(floor, actor.start - 4), actor.start) is not None


def _antecedents(sent: Sentence, low: str, at: int, who: bool, gap: re.Pattern) -> ClauseAct | None:
    """Kind "who" with the names of the actors that end right before ``at`` (the comma or the space before the
    pronoun; ``gap`` what may stand between) and of those joined to them ("Russia and China, which ..."); None when
    no actor ends there, or when a preposition holds it and the pronoun is "which" (``who`` False)."""
    named = [a for a in sent.actors if a.end <= at and (not a.placed or _state_reached(a, low, sent.start, who))]
    last = next((a for a in sorted(named, key=lambda a: -a.end) if gap.fullmatch(low, a.end, at)), None)
    if last is None:
        return None
    members = [last]
    for a in sorted(named, key=lambda a: -a.end):  # "Russia and China, which backed ...": all of them
        if a.end <= members[-1].start and _AND.fullmatch(low, a.end, members[-1].start):
            members.append(a)
    head = members[-1]
    held = _PREPOSITION.search(low, max(sent.start, head.start - 12), head.start) is not None \
        and not (head.placed and _state_reached(head, low, sent.start, who))
    if held and not who:
        return None  # "a new peace plan for Syria, which called on ...": the clause is the plan's (but "who" stands
        # for a person, the name's even after a preposition: "a statement issued on Friday by U.N. human rights
        # chief Navi Pillay, who called for international protection of civilians")
    return ClauseAct("who", tuple(dict.fromkeys(a.name for a in reversed(members))), after_preposition=held)


def _where_clause(q: Predicate, sent: Sentence, low: str) -> ClauseAct | None:
    """Kind "where" when ``q`` heads a "where" clause (``relative_clause``)."""
    m = _WHERE.search(low, max(sent.start, q.start - _HEAD_REACH), q.start)
    if m is None or _HABIT & set(m.group("lead").split()):
        return None
    subject = m.group("subject")
    if subject in ("he", "she"):
        return ClauseAct("where", where_subject="")  # the subject of the act before: "landed in Beijing, where he
        # called for"
    if subject in ("they", "we"):
        return ClauseAct("where", where_subject="*")  # all who took part in the act before: "met ... at the White
        # House today, where they"
    if any(a.start == m.start("subject") and a.end == m.end("subject") for a in sent.actors):
        return ClauseAct("where", where_subject=None)  # "Latin America, where Chile and Costa Rica edged out
        # Nicaragua"
    return None
