"""Reported speech: the reporting verb that frames a sentence, what it reports, and the sentence's event.

A reporting verb ("said", "told reporters", "according to") frames the
sentence: what it reports is the clause after it ("said that ...") or, when
it closes the sentence, the clause before it ("..., Putin told reporters").
The statement takes the kind of the speech act it reports when that is
stronger than saying: a demand, accusation, rejection, threat or support
("said that Sudan must return the helicopter" is a demand, "announced that it
will not renew the contract" a rejection, a reported clause that calls
something "illegal" an accusation), or the speaker's own announced act ("said
they would meet the mediator", planned). An act of someone else it reports
("..., military sources said") is an event of its own; a statement of no one
we can name ("residents said") is only the source of what it reports.
``read_sentence`` returns all of this; ``SentenceReading.main`` is the
sentence's event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..actors import ActorMention
from ..actors.gazetteer import opening_first, phrase_alternation
from ..actors.mention import state_of
from ..last_match import last_match
from ..temporal.grammar import MONTH
from ..temporal.lexicon import MONTHS, PARTS_OF_DAY, UNITS, WEEKDAYS
from .charged_force import charges_force
from .communicated import communicated
from .condemned_conduct import condemned_conduct
from .contingent_force import contingent_force
from .conditions import warns_of_harm
from .defiance import defiance, defying_words
from .foreign_backing import foreign_backing
from .frame_time import ADDRESSEE, WEEKDAY, frame_day
from ..cue_words import COLON, PAST_VERB, greedy_run, run_class
from .cues import (ADVERBS, BE, CUES, DETERMINERS, FRAME_ADJUNCT, HAVE, MODAL_GROUP, MODALS, PRONOUNS, SUBORDINATORS,
                   TOPIC, break_class, phrases)
from .media import by_phone, document_topics, state_protest
from .obliged import addressed_pronoun, group_subject, halted_harm, said_inside
from .kept_commitments import kept_commitment
from .predicates import (COMMITMENT_NOUNS, FORCE_FAMILIES, HOSTILE, SPEECH_ACTS, Predicate, PredicateReader, best, tabled_draft,
                         type_info)
from .opening_day import DAY_OF_CLAUSE, opening_end
from .own_side import passive_refusal, possessed_own_side
from .perpetrators import perpetrators
from .relatives import in_aside
from .senses import ABILITY, INSIST, POSSIBILITY, possibility_group
from .stated_need import stated_need
from .subjects import QUOTE, of_people, speaker as speaker_of, subject_of
from .toll_reports import fought_label
from .triggers import Trigger

INTENT = frozenset(CUES["intent"])
_OBLIGATION = phrases("obligation")
# "the (international) community must", "the UN mission should": a subject that is not the speaker, named or not
_OBLIGATED = re.compile(r"(?<![\w'])the\s+(?:[\w.-]+\s+){0,2}?(?:%s)\s+$"
                        % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in CUES["obligated"]))
# "Citizens should report ...": the public, opening the reported clause (after a quotation mark)
_PUBLIC = re.compile(r"\s*[\"“]?(?:%s)\s+$" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in CUES["obligated_public"]))
BOUNDARY_WORDS = TOPIC | SUBORDINATORS | frozenset({"and", "or", "but", "to"})
_REFUSAL_MODAL = phrases("refusal_modal")
_REFUSAL_OWN = phrases("refusal_own")
# the act a modal refusal refuses, after at most two adverbs ("will not immediately accept")
_REFUSAL_ACT = re.compile(r"\s+(?:(?:%s|\w{3,}ly)\s+){0,2}?%s" % ("|".join(re.escape(w) for w in ADVERBS),
                                                                 phrases("refusal_act").pattern))
_REFUSAL_IMPERSONAL = phrases("refusal_impersonal")
# a negated want of an outside party's involvement ("did not want to see any foreign soldiers in Syria")
_UNWANTED = re.compile(r"(?<![\w'’])(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)\s+want\s+(?:to\s+see\s+)?"
                       r"(?:[\w'’-]+\s+){0,4}?(?:%s)(?![\w-])" % phrase_alternation(CUES["unwanted_involvement"]))
_DEMAND_IMPERSONAL = phrases("demand_impersonal")
# (a quotation mark may stand between the words of a phrase: "Assad's legitimacy had \"nearly run out\"")
_DISAPPROVAL = re.compile(r"(?<![\w'])(?:%s)(?![\w'])"
                          % phrase_alternation(CUES["disapproval"]).replace(r"\s+", r"\s+[\"“”]?"))
# the party put behind a harm: "were behind the killings", "are behind the violence", "was behind last week's attack"
_BEHIND_HARM = re.compile(r"(?<![\w'])(?:is|are|was|were|being|been)\s+(?:(?:all|also|really|actually)\s+)?behind\s+"
                          r"(?:(?:the|this|these|those|a|an|recent|latest|[\w-]+['’]s?)\s+){0,2}(?:%s)(?![\w'])"
                          % phrase_alternation(CUES["behind_harm"]))
# the speaker's own blame in a relative clause of what it says, by a pronoun: "Syria says over 500 soldiers have been
# killed by armed groups which it blames for the violence", "Authorities say 500 police have been killed by gunmen they
# also blame for most of the civilian deaths"
_OWN_BLAME = re.compile(r"(?<![\w'])(?:which|whom|that|[a-z]+(?:s|men|people))\s+(?:it|they)\s+(?:also\s+)?"
                        r"(?:blames?|blamed|accuses?|accused)(?![\w'])")
_FAILURE = phrases("blamed_failure")
# a duty not done: a negated auxiliary, then a verb of keeping to a duty ("had not followed an Arab peace plan")
_UNKEPT = re.compile(r"(?<![\w'])(?:(?:had|has|have|did|does|do)\s+not|(?:hadn|hasn|haven|didn|doesn|don)['’]t)\s+"
                     r"(?:(?:yet|fully|even|so\s+far|properly)\s+)?(?:%s)(?![\w'])" % phrase_alternation(CUES["unkept_duty"]))
_OWNED_FAILURE = re.compile(r"(?<=['’]s\s)(?:%s)(?![\w'])" % phrase_alternation(CUES["owned_failure"]))
_ULTIMATUM = phrases("ultimatum")
_WRONGDOING = phrases("wrongdoing")  # "as an excuse", "deceit", "with impunity"
_CONDEMNATION = phrases("condemnation")
_INSULT = phrases("insult")
_ENEMY_LABEL = phrases("enemy_label")
# a quotation opening within three words of the label: the speaker's own words ("\"terrorist organizations\"",
# "\"tens of terrorists\"", "\"armed gangs and terrorists\"")
_QUOTED_LABEL = re.compile(r"[\"“]\s*(?:[\w-]+\s+){0,3}?(?:%s)(?![\w'])" % phrase_alternation(CUES["enemy_label_quoted"]))
_LAST_WORD = re.compile(r"[a-z]+$")  # the verb a blame ends with ("which it also blames")
_QUOTE_OPENING = re.compile(r"[\"“]?\s*")  # the quotation mark a quoted label opens with, not one of its words
# a speaker that is a news medium (a state's news agency, television or daily): its report is a statement
_MEDIUM_SPEAKER = re.compile(r"\b(?:news|agency|television|tv|radio|daily|newspaper|media|broadcaster)\b", re.I)
_THREAT_IDIOM = phrases("threat_idiom")
# a response of the subject's own side promised in what is said (events_gold.md rule 19: a harm the speaker's side would
# bring about): "his country would \"take the necessary measures\" in response", "interference in Gulf state affairs
# would not be tolerated", "strikes on Russian territory will never go unanswered", "told Assad to halt such military
# operations now or face unspecified consequences". Only under a modal of will ("must take the necessary steps" asks
# another to act: a demand), and not with a negation before the response ("would not take any measures").
_Q = r"[\"“”'‘’`]?\s*"
_OWN_RESPONSE = re.compile(
    r"(?<![\w'’])(?:will|would|shall|'ll|’ll)\s+" + _Q + r"(?:(?:decisively|firmly|immediately|also|then)\s+)?" + _Q
    + r"(?:take\s+" + _Q + r"(?:all\s+)?(?:the\s+)?(?:necessary|appropriate|required|needed)\s+(?:measures|steps|actions?)"
    r"|(?:not|never)\s+(?:be\s+tolerated|tolerate|go\s+unanswered|go\s+unpunished))(?![\w'’])"
    r"|(?<![\w'’])or\s+(?:else\s+)?face\s+(?:(?:the|unspecified|serious|severe|grave|dire)\s+){0,2}consequences(?![\w'’])")
# the kinds of act whose announcement by the actor is a threat of it (not a planned protest, demand or refusal, nor a
# deployment or an armed act: "Lebanon said it would send more troops to reinforce the border" is a plan of its own)
ANNOUNCED_THREATS = frozenset(CUES["announced_threat_type"])


@dataclass(frozen=True, slots=True)
class SentenceReading:
    start: int
    end: int
    predicates: tuple[Predicate, ...]  # every predicate kept, in text order
    frame: Predicate | None = None  # the reporting verb that frames the sentence
    content: tuple[int, int] | None = None  # what the frame reports
    reported: Predicate | None = None  # the content's own event, when the frame does not take it over
    main: Predicate | None = None  # the sentence's event (the frame typed by its content, or the best predicate)
    taken: Predicate | None = None  # the content's predicate that typed the frame ("said they would meet")
    source: Predicate | None = None  # the reporting verb of an unnamed source (", residents said"): no act, no frame


def _hosted(reader: PredicateReader, preds: list[Predicate]) -> list[Predicate]:
    """A meeting verb whose object is a meeting noun says less than the noun: "will host a future, third
    Summit" is a summit, "hosted a meeting" a meeting; the noun takes the verb's place."""
    out = list(preds)
    tokens = reader.tokens
    for v in preds:
        if v.family != "consult" or v.form != "verb" or v.rule == "light verb" or v not in out:
            continue
        i = tokens.index(v.end)
        for n in preds:
            if n.form == "noun" and n.family == "consult" and n.trigger.start >= v.end and n in out:
                between = tokens.words[i:tokens.index(n.trigger.start)]
                if len(between) <= 5 and all(w == "," or w in DETERMINERS or w.isalpha() and w not in BOUNDARY_WORDS
                                             for w in between):
                    out[out.index(n)] = replace(n, form="verb", start=v.start, status=v.status, embedded=v.embedded,
                                                topic=False, rule="light verb")
                    out.remove(v)
                break
    return out


# "on the sidelines of the G20 summit", "on the margins of last week's forum": the occasion of another meeting
# (the look-behind after the two-letter word: ``opening_first``)
_SIDELINES = re.compile(opening_first("(?:on|at|in)", 2, r"[\w']") + r"\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+")


_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:which|that|due|set|scheduled|expected|to\s+be)(?![\w'])")


def _sidelines(reader: PredicateReader, preds: list[Predicate]) -> list[Predicate]:
    """A meeting noun that heads "on the sidelines of ..." is the venue of the meeting, talks or call the clause
    reports before it ("Lavrov met Blinken on the sidelines of the G20 meeting in New Delhi on Thursday", "Biden
    will meet Xi on the sidelines of the APEC summit next week"), not an event of its own: the noun is dropped,
    so that the clause's own meeting takes the phrase's date and its actors are not the summit's."""
    out = list(preds)
    for m in _SIDELINES.finditer(reader.low, reader.start, reader.end):
        if not any(p.family == "consult" and p.trigger.start < m.start() for p in out):
            continue  # "On the sidelines of the summit, the two leaders signed ...": no meeting before it
        head = next((p for p in out if p.form == "noun" and p.family == "consult"
                     and m.end() <= p.trigger.start <= m.end() + 60
                     and not any(w in reader.low[m.end():p.trigger.start] for w in (",", ";", " and "))), None)
        if head is not None and not _OWN_CLAUSE.match(reader.low, head.trigger.end):
            out.remove(head)  # (not "the summit that opens on Wednesday": the summit's own clause says it happens)
    return out


def sidelines_host(low: str, mention_start: int, preds: list[Predicate]) -> Predicate | None:
    """The meeting, talks or call a date in its "on the sidelines of" phrase dates ("met Blinken on the sidelines
    of the G20 meeting in New Delhi on Thursday", "met ... on the sidelines of last week's summit"): the
    summit's day is the day of the meeting held at it. None when the date is no part of such a phrase after
    a meeting of the clause."""
    for m in _SIDELINES.finditer(low, max(0, mention_start - 100), mention_start):
        if _SIDELINES_BREAK.search(low, m.end(), mention_start):
            continue  # "on the sidelines of the summit that opens on Wednesday": the summit's own clause
        host = next((p for p in reversed(preds) if p.family == "consult" and p.trigger.end <= m.start()
                     and m.start() - p.trigger.end <= 120), None)
        if host is not None and not any(host.trigger.end <= q.trigger.start < m.start() and q.form != "noun"
                                        for q in preds):
            return host
    return None


_SIDELINES_BREAK = re.compile(break_class(";:") + r"|(?<![\w'])(?:which|that|who|where|when|after|before|since|while)"
                              r"(?![\w'])")


def frame_and_content(reader: PredicateReader, preds: list[Predicate]) -> tuple[Predicate | None, tuple[int, int] | None]:
    """The reporting verb that frames the sentence and the span of what it reports.

    A frame opens the sentence's main clause ("Lavrov said that ...", "According to X, ...") or closes
    it ("..., Putin told reporters", '..." she added'); a reporting verb after the clause's own verb
    ("condemned Hamas' attack and reiterated that ...") or inside a subordinate clause frames nothing.
    """
    tokens = reader.tokens
    fallback = None
    # (the verb of an opening "On the day he declared an amnesty," is the time's, no verb of the main clause)
    opening = opening_end(reader.low, reader.start, reader.end)
    for p in preds:
        if not p.reporting or p.quoted:
            continue
        i = tokens.index(p.trigger.start)
        if _DASHED_ASIDE_BEFORE.search(reader.low, max(reader.start, p.start - 40), p.start) \
                and _DASHED_ASIDE_AFTER.match(reader.low, p.trigger.end):
            continue  # "the United States — and I am announcing today — will be investing $20 million": a saying set
            # off by dashes inside the clause frames nothing; the clause around it is the sentence's
        if p.trigger.text.startswith("according"):
            if i <= 1:  # "According to X, ...": what follows the first comma
                comma = next((tokens.starts[k] for k in range(i, len(tokens.words)) if tokens.words[k] == ","), None)
                return p, ((comma + 1, reader.end) if comma is not None else None)
            # "..., according to the president, but Kiev announced that ...": a later frame says more
            fallback = fallback or (p, (reader.start, p.start))
            continue
        after = tokens.index(p.end)
        words_after = tokens.words[after:]
        where = _where_clause_saying(reader, p, preds)  # ", where a rights group said ...": the clause after it
        around = None if where or p.embedded or _aside_by(reader, p) else parenthetical_frame(reader, p, preds)
        if around is not None:
            return p, around
        closing = None if where or _aside_by(reader, p) else _closing(reader, p, preds)
        if closing is not None and words_after[:1] and words_after[0] in _VERB_AFTER:
            closing = None  # "despite what activists say was the biggest offensive": the clause goes on
        if closing is not None and "that" not in words_after[:4]:
            return p, (reader.start, closing)
        if p.embedded and not _as_clause_saying(reader, p, preds) and not where \
                and not _participle_saying(reader, p, preds, opening):
            continue
        if where:  # what the clause's saying reports runs to the comma that closes the clause ("..., where a rights
            # group said on Tuesday 400 people have been killed by security forces, has sectarian undercurrents")
            day = frame_day(reader.low, p.end)
            opens = day[1] if day else p.end
            close = _CLAUSE_COMMA.search(reader.low, opens, reader.end)  # (not the comma of "9,000")
            return p, (opens, close.start() if close else reader.end)
        if any(q.form == "verb" and not q.embedded and not q.quoted and opening <= q.trigger.start < p.trigger.start
               for q in preds) and not _COORDINATED_FRAME.search(reader.low, max(reader.start, p.start - 12), p.start):
            continue  # a second verb of the clause: the first one says what happened ("but said ..." frames its own)
        # "said on Wednesday that ...": the date and the addressee before "that" go with the frame
        that = _that_after(reader, words_after, after, p.end)
        if that is not None and "," not in words_after[:that] and not _COORDINATED_THAT & set(words_after[:that]):
            # (not "said Mr Assad should step down and that ...": the "that" of a second reported clause)
            return p, (tokens.ends[after + that], reader.end)
        day = frame_day(reader.low, p.end)
        if day is not None:  # "said on Tuesday he has visited Syria": the day is the saying's
            return p, (day[1], reader.end)
        told = _TOLD_DAY.match(reader.low, p.end) if reader.low.startswith(TELLING, p.trigger.start) else None
        if told is not None:  # "told a closed meeting of Asian U.N. members on May 11 it had agreed": the telling's
            return p, (told.end(), reader.end)
        return p, (p.end, _coordinated_end(reader, p, preds))
    return fallback or (None, None)


_BY = re.compile(r"\s+by\s")
# the speaker's pronoun and the perfect right before a claimed act's verb: "said it had shot", "say they have repelled"
_CLAIMED_PERFECT = re.compile(r"(?<![\w'’])(?:it|they|he|she|we)\s+(?:had|has|have)\s+(?:[a-z]+ly\s+|also\s+|already\s+)?$")
# or the simple past right after the pronoun: "Libyan rebels said they repulsed a government assault" (events_gold.md
# rule 18: a named party's claim of a done act is its statement and the act, the act dated by its own words only)
_CLAIMED_PAST = re.compile(r"(?<![\w'’])(?:it|they|he|she|we)\s+(?:[a-z]+ly\s+|also\s+|already\s+)?$")
# the acts a claim reports as done, apart from the saying (rule 18): force, and giving or punishing another ("said it had
# begun to hand out food"); not agreeing, cooperating or conceding, which a party announces as its decision (rule 14:
# "said it had agreed to swap candidacies" is the agreement it announces, one row)
_CLAIMED_FAMILIES = FORCE_FAMILIES | {"aid", "sanction"}
# of the concessions, a withdrawal is an act done on the ground, no decision announced ("says the army has pulled out of
# the city", events_gold_fresh20 t17-reuters-63#1, #2; "said Damascus had ... withdrawn some troops", fresh17 bbc-75)
_CLAIMED_TYPES = frozenset({"retreat"})


def claimed_act(low: str, content: tuple[int, int], p: Predicate) -> bool:
    """Is ``p`` an armed act the speaker claims as done, with its pronoun and a perfect ("The Free Syrian Army said it had
    shot the aircraft down", "Rebels told Reuters they had shot down a helicopter")? The claim is the day's statement
    and the act an event of its own, undated (events_gold_bbc 294#22, #23; rule 1 (c)), not one row that types the
    saying by the act. Not a plan ("said it would send troops": the speaker's announced act)."""
    return _claimable(low, content, p) \
        and (_CLAIMED_PERFECT.search(low, max(content[0], p.trigger.start - 30), p.trigger.start) is not None
             or _simple_past(low, content, p)
             and _CLAIMED_PAST.search(low, max(content[0], p.trigger.start - 30), p.trigger.start) is not None)


def claimed_by_side(low: str, content: tuple[int, int], p: Predicate, subject: ActorMention) -> bool:
    """Is ``p`` an act of the kind ``claimed_act`` reads, told as done by a named ``subject`` of the speaker's own
    ("The Syrian government says the army has pulled out of the city", events_gold_fresh20 t17-reuters-63#1, #2;
    "Syria's interior ministry said security forces had arrested 30 gunmen")? The same claim: the saying is the day's
    statement and the act a row of its own, dated only by its own words (rule 18), not one row that types the saying by
    the act. Its verb group follows the subject at once (a perfect, or a simple past of force)."""
    return _claimable(low, content, p) and subject.end <= p.trigger.start \
        and (_SUBJECT_PERFECT.fullmatch(low, subject.end, p.trigger.start) is not None
             or _simple_past(low, content, p) and _SUBJECT_ADVERBS.fullmatch(low, subject.end, p.trigger.start) is not None)


def _claimable(low: str, content: tuple[int, int], p: Predicate) -> bool:
    """Is ``p`` a done act that a claim may report apart from the saying: an affirmed, active verb of force, giving
    or punishing, not a plan, inside the reported clause ``content``?"""
    return p.status != "planned" and p.type not in SPEECH_ACTS and p.form == "verb" \
        and (p.family in _CLAIMED_FAMILIES or p.type in _CLAIMED_TYPES) \
        and not p.passive and not p.negated and content[0] <= p.trigger.start < content[1]


def _simple_past(low: str, content: tuple[int, int], p: Predicate) -> bool:
    """Is ``p`` a verb of force in the simple past, outside a quotation ("said that it shot down"; not a quotation's
    "they attacked")?"""
    return p.family in FORCE_FAMILIES and p.start == p.trigger.start and not p.quoted \
        and PAST_VERB.fullmatch(low[p.trigger.start:p.trigger.end].split()[0]) is not None \
        and not QUOTE.search(low, content[0], p.trigger.start)


# adverbs between a subject and its simple past ("the army also stormed")
_SUBJECT_ADVERBS = re.compile(r"\s+(?:(?:[a-z]+ly|also|already|again|then)\s+)*")
# a first-person saying set off by dashes: "— and I am announcing today —"
_DASHED_ASIDE_BEFORE = re.compile(r"\s[—–]\s+(?:and\s+|as\s+)?(?:i|we)(?:\s+(?:am|are|was|were|have|has|had|can|will))?\s+$")
_DASHED_ASIDE_AFTER = re.compile(r"(?:\s+(?:today|now|here|this\s+morning|this\s+afternoon|this\s+evening))?\s+[—–]\s")


def _aside_by(reader: PredicateReader, p: Predicate) -> bool:
    """Is ``p`` a passive participle with its agent ("Davutoglu's discussion with the opposition ..., reported by an
    unnamed Turkish foreign ministry official, followed a threat by Syria ..."): an aside on a noun of the clause,
    which closes no reported clause?"""
    return p.embedded and p.rule == "participle" and _BY.match(reader.low, p.trigger.end) is not None


_OBJECT_FRAMES = frozenset(CUES["object_frame"])
_COORDINATED_THAT = frozenset({"and", "but"})
THAT_REACH = 8  # words from a frame to the "that" of its reported clause: "told the U.N. Human Rights Council on Friday that"


def _that_after(reader: PredicateReader, words_after: list[str], after: int, end: int) -> int | None:
    """The index in ``words_after`` (the tokens after a frame that ends at ``end``; ``after``: the first one's index)
    of the first "that" within ``THAT_REACH`` words of the frame, counted by the spaces between them, so that an
    abbreviation is one word ("the U.N. Security Council on Friday that", events_gold_fresh4 t17-reuters-157 #23: its
    dots are tokens of their own); None when there is none."""
    for k, w in enumerate(words_after):
        if w == "that":
            return k if len(reader.low[end:reader.tokens.starts[after + k]].split()) < THAT_REACH else None
        if k >= 3 * THAT_REACH:
            return None
    return None
_CLAUSE_WORDS = re.compile(r"\b(?:that|is|are|was|were|be|been|has|have|had|%s|did|does)\b" % MODAL_GROUP)


def _coordinated_end(reader: PredicateReader, p: Predicate, preds: list[Predicate]) -> int:
    """Where what the frame ``p`` reports ends: at a past verb coordinated with the frame itself when the frame took
    a noun phrase, not a clause ("The President acknowledged Prime Minister Trudeau's disappointment regarding ...,
    and reaffirmed his commitment to ...": the second act is his own; not "said the talks were useful and agreed",
    whose reported clause has a verb of its own); else the sentence's end."""
    low = reader.low
    if low[p.trigger.start:p.trigger.end].split()[0] not in _OBJECT_FRAMES:
        return reader.end
    for q in preds:
        if q.start <= p.end or q.form != "verb" or q.quoted:
            continue
        m = _COORDINATED_FRAME.search(low, max(p.end, q.start - 20), q.start)
        verb = q.first_word(low)
        if m is None or not PAST_VERB.fullmatch(verb):
            continue
        if q.type == "demand":
            return reader.end  # "stressed their goal to end the war, and called on ...": the point grounds the demand,
            # one act (as "voiced our concerns ..., and called on Russia to de-escalate")
        if _CLAUSE_WORDS.search(low, p.end, m.start()) or any(
                p.end <= o.start < m.start() and o.form == "verb" and not o.embedded for o in preds):
            return reader.end  # a clause of its own before "and": what the frame reports goes on
        return m.start()
    return reader.end


TELLING = tuple(CUES["telling"])  # verbs of telling: "told a closed meeting ... on May 11 it had agreed"
# a verb of telling, its addressee (no comma, no verb of its own), a day, then the reported clause's pronoun subject
_TOLD_DAY = re.compile(r"(?:\s+(?!(?:that|it|he|she|they|we|i)\b)[a-z.'’-]+){1,8}?\s+on\s+(?:%s|%s\s+\d{1,2})"
                       r"(?=\s+(?:it|he|she|they|we|i)\s)"
                       % (WEEKDAY, MONTH.lower()))


_NEW_CLAUSE = re.compile(r",\s*(?:and|but)\s+(?:they|we|he|she|i|the\s+(?:two\s+)?(?:leaders|presidents|sides|ministers))\s")
_VERB_AFTER = BE | HAVE | MODALS
_COORDINATED_FRAME = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later)\s+)?$")


# a frame in the present or the present perfect ("says", "has said"), and a present verb set against what it says
_PRESENT_FRAME = re.compile(r"\b(?:(?:has|have)\s+(?:also\s+)?[a-z]+|[a-z]+s)$")
BUT_BEFORE = re.compile(r",\s*but\s+(?:also\s+|still\s+)?$")


# in what an opening frame reports, a verb group a later past verb cannot share: a modal or a progressive ("said that
# Assad would be ousted ... and warned", "said he was backing the protesters and warned of civil war")
_FRAME_ONLY = re.compile(r"\b(?:%s|(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ing)\b" % MODAL_GROUP)
# a perfect verb group ("had failed in its duty", "has collapsed"): a past speech act after it and "and" is the speaker's
_PERFECT_GROUP = re.compile(r"\b(?:has|have|had)\s+(?:(?:not|never|also|already|[a-z]+ly)\s+)?[a-z]+(?:ed|en|wn|ne|t)\b")
# a present of "be" before the "and" with no past or perfect auxiliary after it ("said that the \"era of military coups
# is over\" and vowed to protect ..."): a simple past speech act after it is set against its tense, the speaker's (not
# "said the man, who is a party member, had threatened him and demanded money": the man's). The last "is"/"are" is
# looked at only (``_present_be``): a look-ahead over the rest of the clause after each took 6 s on a 3,000-word sentence
_PRESENT_BE = re.compile(r"\b(?:is|are)\b")
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|has|have|had)\b")
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:(?:also|then|later)\s+)?$")
_IRREGULAR_ACTS = frozenset({"met", "held", "spoke", "made", "sent", "told", "said"})


def speakers_conjunct(low: str, frame: Predicate, content: tuple[int, int], q: Predicate, *, bare: bool = False,
                      actors: list[ActorMention] | tuple = ()) -> bool:
    """Is the past verb ``q``, in what the opening ``frame`` reports, coordinated with the frame itself, its subject
    the speaker? After a verb group of the reported clause it cannot share: a modal or a progressive ("said that
    Assad would be ousted ... and warned that ...", "said he was backing the protesters and warned of civil war"),
    or a present of "be" or a perfect before a speech act ("declared that the \"era of military coups is over\" and
    vowed to protect the \"youth revolution\"", "said on Friday that the international community had failed in its duty, and
    called for unity": a second act of the speaker's; not "said troops had stormed the town and arrested dozens",
    whose arrests are the troops', nor "said that President Obama had spoken with Merkel and agreed on the need for
    ...": a perfect whose subject is an actor, one of ``actors``, is that actor's to share). ``bare``: ``q`` must
    follow "and" with no subject of its own (the caller has not read its subject)."""
    if content[0] < frame.end or not content[0] <= q.start < content[1] or q.form != "verb" or q.quoted:
        return False
    verb = q.first_word(low)
    if not (verb.endswith("ed") or verb in _IRREGULAR_ACTS):
        return False
    if bare and _AND_BEFORE.search(low, max(content[0], q.start - 16), q.start) is None:
        return False
    if _FRAME_ONLY.search(low, content[0], q.start) is not None:
        return True
    if q.type in SPEECH_ACTS and _present_be(low, content[0], q.start):
        return True  # a present the past cannot share (not "said the resolution was one-sided and supported the armed
        # opposition": one past, the resolution's)
    perfect = _PERFECT_GROUP.search(low, content[0], q.start) if q.type in SPEECH_ACTS else None
    return perfect is not None and not any(content[0] <= a.start < perfect.start() for a in actors)


def _present_be(low: str, start: int, end: int) -> bool:
    """Does ``low[start:end]`` hold a present of "be" with no past or perfect auxiliary after it (``_PRESENT_BE``)?"""
    last = last_match(_PRESENT_BE, low, start, end)
    return last is not None and _PAST_AUXILIARY.search(low, last.end(), end) is None


def stance_after_but(low: str, frame: Predicate, content: tuple[int, int], q: Predicate) -> bool:
    """Is ``q`` a present verb of the speaker set by ", but" against what a present or perfect frame reports ("Iran
    has said it is willing to resume discussions, but insists that other countries recognize its right")? It is
    coordinated with the frame, the speaker's own act, and what the frame reports ends before it."""
    if not content[0] <= q.start < content[1] or q.form != "verb" or q.quoted:
        return False
    verb = q.first_word(low)
    return _PRESENT_FRAME.search(low, max(0, frame.start - 8), frame.end) is not None and verb.endswith("s") \
        and not verb.endswith("ss") and BUT_BEFORE.search(low, content[0], q.start) is not None


_BEFORE_NAME = re.compile(r"\s*(?:the\s+)?")
_BEFORE_FRAME = re.compile(r"\s*(?:(?:also|jointly|together|today|have|has|will|\w+ly)\s+)*")


def _last_speaker(reader: PredicateReader, pos: int, p: Predicate) -> bool:
    """Is the stretch from ``pos`` (after the "and" of a list whose comma a name closes) to the frame ``p`` one named
    actor, the last of a list of speakers ("Germany, Greece, Italy, and the United States announce")?"""
    low = reader.low
    return any(a.start >= pos and _BEFORE_NAME.fullmatch(low, pos, a.start) and _BEFORE_FRAME.fullmatch(low, a.end, p.start)
               for a in reader.actors)


_COLON_AFTER = re.compile(r"\s*(?:" + COLON + ")")
# the one told, in a few words, before a colon ("Susan Rice told the Security Council: \"...\""): what the frame
# reports follows the colon, as after "told reporters:" (``ADDRESSEE``)
_TOLD_COLON = re.compile(r"(?:\s+[\w'’.-]+){1,6}?\s*(?:" + COLON + ")")
# the comma that closes a frame set off inside a clause, and the first word after it (", state media said, security")
_COMMA_AFTER_FRAME = re.compile(r"\s*,\s*([\w'’\"“-]+)")
# words after that comma that open no rest of the clause: a conjunction, a participle or an adjunct of the frame's own
_NO_REST = frozenset({"and", "but", "or", "adding", "saying", "noting", "who", "which", "as", "while", "in", "amid", "ahead",
                      "after", "before", "citing", "according"})


def parenthetical_frame(reader: PredicateReader, p: Predicate, preds: list[Predicate]) -> tuple[int, int] | None:
    """The clause around a frame set off by commas inside it, when the part before the frame holds no verb of its own
    ("In the capital itself, state media said, security forces launched operations in many areas", "The US, she said,
    was also increasing aid for Syrian refugees", "Iran, Les Echos said, could also provide ..."): what the frame
    reports is the whole sentence, its act after the frame (events_gold.md rule 9), not the phrase or subject before
    it. Not a frame that closes a clause with a verb of its own ("Troops deployed in Homs, witnesses said, ahead of
    Friday prayers"), an "as" frame (", as Lavrov said,"), or a frame with no comma after it."""
    tokens = reader.tokens
    i = tokens.index(p.start)
    j = i - 1
    while j > 0 and tokens.words[j] != "," and i - j <= 6:
        j -= 1
    if j <= 0 or tokens.words[j] != "," or tokens.words[j + 1] in ("as", "and", "but", "or", "who", "which", "that"):
        return None
    if any(w in ('"', "“", "”") for w in tokens.words[tokens.index(reader.start):i]):
        return None  # '"Russia," he said, "supported the call ...': a quotation split by its frame, the quote readers'
    day = frame_day(reader.low, p.end)
    after = ADDRESSEE.match(reader.low, day[1] if day else p.end).end()
    comma = _COMMA_AFTER_FRAME.match(reader.low, after, reader.end)
    if comma is None or comma.group(1) in _NO_REST:
        return None
    if _VERB_GROUP_WORD.search(reader.low, reader.start, tokens.starts[j]) is not None:
        return None  # a clause of its own before the frame: the closing reading's
    rest = _STRETCH.match(reader.low, comma.start(1), reader.end)
    if not any(q is not p and q.form == "verb" and not q.quoted and rest.start(1) <= q.trigger.start < rest.end(1)
               for q in preds):
        return None  # no act of the clause's own after the frame: "His defection, he said, had actually taken place four
        # days after the killings", "Monday's meeting in Damascus, she said, was not enough": a comment on what the
        # part before names, which the closing reading keeps as the speaker's statement (read whole, the speaker's
        # pronoun inside the clause was taken for the killers', the meeting's guest)
    return reader.start, reader.end


def _closing(reader: PredicateReader, p: Predicate, preds: list[Predicate] = ()) -> int | None:
    """Where the reported clause ends when the frame closes the sentence ("..., Putin told reporters")."""
    tokens = reader.tokens
    i = tokens.index(p.start)
    if p.rule == "participle" and p.trigger.text.split()[0].lower().endswith("ing") and i > 0 \
            and tokens.words[i - 1] == ",":
        return None  # "announced an extra $5.5m in help ..., saying this would bring US aid to $82m": a participle of
        # saying after a comma is the act of the clause's own subject, never an inverted frame that closes the clause
        # before it (not "we have committed and we're announcing now to provide", a progressive)
    j = i - 1
    while j > 0 and tokens.words[j] not in (",", "”", '"') and i - j <= 12:
        j -= 1
    if j <= 0 or i - j > 12 or tokens.words[j] not in (",", "”", '"'):
        return None
    if tokens.words[j] != "," and _scare_quote(reader, tokens.starts[j]):
        return None  # "The EU on Monday backed the Arab League's \"bold\" plan but Russia said violence must end ...": a
        # quoted word inside the clause closes no quotation the frame reports
    if tokens.words[j] == "," and len([w for w in tokens.words[tokens.index(reader.start):j] if w.isalnum()]) < 3:
        return None  # "However, activists ... said": an opening adverb, not a reported clause
    if tokens.words[j] == "," and tokens.words[j + 1] in ("and", "or") and tokens.starts[j] in reader.actor_ends \
            and _last_speaker(reader, tokens.ends[j + 1], p):
        return None  # "Today, the European Commission, Germany, ..., and the United States announce our intent to": the
        # last comma of a list of speakers, no reported clause before it
    if tokens.words[j] == ",":
        # "General Ali Mohsen, commander of ..., said on Monday he was backing ...", "Earlier this week, Churkin told
        # reporters it was not the time ...": the comma closes an apposition or an opening phrase, and the frame
        # takes the clause after it
        day = frame_day(reader.low, p.end)
        after = ADDRESSEE.match(reader.low, day[1] if day else p.end).end()
        told_colon = reader.low.startswith(TELLING, p.trigger.start) and not p.embedded \
            and _TOLD_COLON.match(reader.low, after) is not None  # ("told the Security Council: ...")
        if (_COLON_AFTER.match(reader.low, after) or told_colon) \
                and not (tokens.words[tokens.index(reader.start)] in _OPENING_PARTICIPLES
                         and any(reader.start <= t.start < tokens.starts[j] for t in reader.acts)):
            return None  # "In Cairo on Thursday, Mr Annan said: \"I hope ...\"", "Gatilov told Interfax: ...": a colon
            # opens what the frame reports after it; the comma closed an opening phrase, even one that names an act
            # ("Opening the summit, Turkish Prime Minister Recep Tayyip Erdogan said: \"The Syrian regime should not be
            # allowed ...\"", "Speaking at a meeting of Friends of Syria in Paris, ... said: ...", "In a statement on
            # Sunday, ...: ..."); a question put to the speaker that names an act ("Asked about Israel's objections to
            # ..., Hijazi replied: ...") keeps the reading of a closing frame
        nxt = re.match(r"\s+([a-z]+)", reader.low[after:after + 20])
        if nxt and (nxt.group(1) == "that" or nxt.group(1) in PRONOUNS and nxt.group(1) not in ("who", "which")):
            return None
        stretch = _stretch_after(reader, after)
        if _apposition(reader, j, p.start) or _subject_comma(reader, j, i, after, stretch):
            return None
        clause = _clause_after(reader, stretch)
        if clause and _as_clause_frame(reader, j, i):
            return None  # "Shukr, from Lebanon's pro-Syrian Baath Party, fumed as Alloush said Assad was \"a liar.\"":
            # the frame heads an "as" clause of its own, and reports the clause after it (fresh10 121#7)
        if (clause or _object_after(reader, after)) and _no_clause_before(reader, j, i):
            return None  # "Ammar Qurabi, Cairo-based head of ..., said the death toll ...", "In another outbreak of
            # armed opposition to Assad, people in ... Homs said rebel soldiers had hit ...": a subject or an
            # opening phrase before the comma, and what the frame reports after it ("After the vote, Hariri posted a
            # string of critiques on the social network": its object)
        if _object_follows(reader, j, i, after, preds):
            return None  # "In the face of global threats, the Leaders acknowledged the importance of investment ...",
            # "Among Syria's non-Arab neighbors, Iranian daily Qods says the appointment of ...": a subject of the
            # frame's own after the comma and the frame's object after it; a closing frame takes adjuncts only
        if tokens.words[j + 1] in _CLAUSE_LINKS and _own_subject(tokens.words[j + 2:i]) and tokens.words[i] not in BE \
                and tokens.words[i - 1] not in BE and _clause_told(reader, stretch):
            return None  # "His stepping down is a key part of an Arab League plan to end the Syria crisis, but Moscow
            # insists such a move would amount to regime change imposed from outside", "It was not clear when they died,
            # but Deraa residents say dozens of civilians were killed ...": a clause of its own before the comma too, and
            # the frame heads a second one set against it; a closing frame ends its sentence or takes adjuncts only
            # ("..., Putin told reporters in Moscow", "..., said one official who has worked in Syria"), so a clause of
            # its own after the frame is what it reports (not a passive of report: "while a dozen more people were
            # reported killed in ..."). Not after an opening subordinate clause ("Whereas Erdogan has earned admiration
            # among Arabs for championing the Palestinian cause ..., analysts say ..."): the clause before the comma may
            # hold the sentence's act (events_gold_fresh21 67#22), which the closing reading keeps
    return tokens.starts[j]


# the determiners that open a frame's object (not "that", "this", "these", "those": "said that ...", "said this week")
_OBJECT_DETERMINERS = DETERMINERS - {"that", "this", "these", "those"}


_DETERMINER_AFTER = re.compile(r"\s+([a-z]+)\s+[\w’'-]")  # the first word after the frame, a word after it
# words of a time after a frame, besides ``_TIME_HEADS`` ("said the next day", "said the same night")
_TIME_WORDS = frozenset({"time", "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning",
                         "evening", "afternoon"})
# the one told (a few words, no comma) and the pronoun that opens the clause told
_TOLD_PRONOUN = re.compile(r"(?:\s+(?!(?:that|it|he|she|they|we|i)\b)[\w.'’-]+){1,4}?\s+(?:it|he|she|they|we|i)\s")


def _object_follows(reader: PredicateReader, j: int, i: int, after: int, preds: list[Predicate]) -> bool:
    """Does a noun phrase with a determiner follow the frame at token ``i`` (at ``after``, past its day), with the
    frame's own subject between the comma at token ``j`` and it ("In the face of global threats, the Leaders
    acknowledged the importance of ...", "Building on this cooperation, they announced a new joint initiative")? The
    frame opens the clause it heads: what follows is its object or the reported clause, never the adjunct a closing
    frame may take. Not an inverted frame (", said the Syrian Observatory": no subject before the verb), a verb of
    telling (its addressee: "he told the BBC by phone") unless a pronoun opens the clause told after the one told, a
    subject opened by a conjunction or auxiliary (", but she said the comments ...", ", who is due in Syria, had said"),
    a frame of a relative or subordinate clause ("along with another that says the president ...", "beamed with pride
    as he told me he had ..."), a time after the frame ("said the next day"), nor an act that heads the phrase before
    the comma ("Having met Assad in Damascus on Tuesday, Lavrov said the talks were useful": the meeting, which the
    closing reading keeps a row of its own; not one embedded in it: "Speaking as she welcomed ...")."""
    tokens = reader.tokens
    if any(q.form == "verb" and not q.embedded and not q.quoted and q.type != "statement"
           and reader.start <= q.trigger.start < tokens.starts[j] for q in preds):
        return False
    words = tokens.words[j + 1:i]
    if not words or words[0] in _NO_SUBJECT or words[0] in _OPENING_PREPOSITIONS or words[0] in BE \
            or any(w in ("who", "which", "whom", "whose", "that") or w in SUBORDINATORS for w in words):
        return False
    if reader.low.startswith(TELLING, tokens.starts[i]):
        # the one told, then the reported clause's pronoun subject: "..., Christof Heyns - told the BBC he welcomed"
        return _TOLD_PRONOUN.match(reader.low, after, reader.end) is not None
    m = _DETERMINER_AFTER.match(reader.low, after, reader.end)
    if m is None or m.group(1) not in _OBJECT_DETERMINERS:
        return False
    phrase = _STRETCH_WORD.findall(reader.low, m.end(1), min(reader.end, m.end(1) + 40))[:3]
    return not any(w in _TIME_HEADS or w in _TIME_WORDS for w in phrase)


# words that may stand between a subject's closing comma and its verb of saying ("..., has told the BBC", "..., also said"):
# the plain words of ``cues.SUBJECT_TO_VERB`` but its adverbs of frequency and manner
_SUBJECT_AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "then", "again", "earlier"})
# an auxiliary or a modal, as an alternation for the verb-group regexes below
_AUXILIARY = r"is|are|was|were|has|have|had|" + MODAL_GROUP + r"|did|does"
# the reported clause's own finite verb, before any relative pronoun of the stretch ("said shelling had been heaviest",
# "said the authorities were behind the killings"; not "said a resident who gave his name as Osama", an inverted frame)
# (an -ed word in lower case, searched in the text as written, not a name: "Ahmed"; not a noun's participle: "the
# Associated Press", "its editorial headlined", "monitors being attacked"); ``_VERB_GROUP_WORD`` is the looser test
# ``_clause_after`` makes of the rest of the sentence
_CLAUSE_VERB = re.compile(r"\b(?:" + _AUXILIARY + r")\b|(?<![\w-])(?<!being\s)"
                          r"(?!(?:headlined|entitled|titled|named|called|dubbed|based|armed|related)\b)[a-z]{2,}ed\b(?!\s+by\b)")


def _subject_comma(reader: PredicateReader, j: int, i: int, after: int, stretch: _Stretch | None) -> bool:
    """Does the comma at token ``j`` close the frame's subject, the verb of saying (token ``i``) right after it, and the
    reported clause follow the frame at ``after`` (its ``stretch``: "Nabih Berri, the parliament speaker and head of
    Lebanon's Shi'ite Amal group, a Hezbollah ally and very close to Syria, said on Tuesday Lebanese had to ...",
    "Melissa Fleming, a spokeswoman for the UN refugee agency, the UNHCR, said thousands of frightened residents had
    sought shelter ...",
    "The Local Coordination Committees and other activist groups, said the authorities were behind the killings")?
    A closing frame has its subject between the comma and the verb ("..., Putin said") or inverted after the verb
    ("..., said Rami Abdulrahman, who heads the Observatory"); a verb right after the comma, a finite verb of its own
    in the stretch after it (before the next comma and any relative pronoun), is the frame of what follows. The
    appositions with commas or clauses of their own are what ``_no_clause_before`` leaves to the closing reading."""
    tokens = reader.tokens
    if any(w not in _SUBJECT_AUXILIARIES for w in tokens.words[j + 1:i]) or tokens.words[i] in BE:
        return False  # (", were reported killed": a passive of report, no frame of a clause after it)
    if any(reader.start <= t.start < tokens.starts[j] and t.form == "V" and t.type != "statement" for t in reader.acts):
        return False  # "But Ali al-Atassi, a prominent Syrian activist whose father was a former president jailed for 22
        # years by the elder Assad, said ...": a verb of an act in the subject's apposition is a row the closing reading
        # keeps (events_gold_fresh19 135#14), which the forward reading loses
    if _MEDIUM_ADDRESSEE.match(reader.text, after):
        return False  # "told France 24 television the newly formed SNC hoped ...": a broadcaster's name that names a
        # country would be read as a party of what was told (events_gold_fresh11 t17-reuters-81)
    return _clause_told(reader, stretch)


# words between a comma and the frame that are no subject of its own: a conjunction, an adverb or an auxiliary (",
# and stressed": the frame shares the clause's subject), a relative pronoun (", who said": the relative clause's)
_NO_SUBJECT = _SUBJECT_AUXILIARIES | {"and", "but", "or", "who", "which", "whom", "that"}


# words after a comma that set a second clause against the first: its subject, then its frame (", but Moscow insists")
_CLAUSE_LINKS = frozenset({"but", "and", "though", "although", "while", "whereas"})


def _own_subject(words: list[str]) -> bool:
    """Do the words between the comma and the frame hold a subject of the frame's own ("..., but Moscow insists",
    "Although ..., the government claims")? Not none, not a conjunction, adverb or auxiliary alone, not a relative
    pronoun first, not an opening preposition first, and not a pronoun alone (", but she said the comments were ...":
    the pronoun's speaker is the first clause's subject, whose saying the closing reading already gives; read forward,
    its resolution moved to the next sentence's unnamed spokeswoman, events_gold_fresh14 t17-bbc-62#14)."""
    return bool(words) and words[0] not in _OPENING_PREPOSITIONS and words[0] not in ("who", "which", "whom", "that") \
        and any(w not in _NO_SUBJECT for w in words) and not (len(words) == 1 and words[0] in PRONOUNS)


# a broadcaster or paper told, by a name of its own ("France 24 television", "Al Arabiya television", "the Al-Shorouk
# newspaper")
_MEDIUM_ADDRESSEE = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:\d+\s+)?(?:television|TV|radio|newspaper|daily|"
                               r"magazine|channel|news\s+agency)\b")


class _Stretch(NamedTuple):
    """The words after a frame, past its day and addressee, up to the next comma or stop (``_stretch_after``)."""
    start: int
    end: int
    first: str  # its first word, in lower case


# the stretch after a frame (a quotation mark does not end it: "said the amnesty \"comes too late ...\"")
_STRETCH = re.compile(r"\s*(" + greedy_run(r",;:.!?") + r")")
_STRETCH_WORD = re.compile(r"[\w’'-]+")


def _stretch_after(reader: PredicateReader, pos: int) -> _Stretch | None:
    """The stretch after the frame at ``pos`` (past its day and addressee), when it may open a clause of its own: three
    words or more before the next comma, the first no preposition of an adjunct of the saying's ("said in a statement",
    "said by telephone"; but "at least" and "as many as" open the clause's subject: ``_QUANTITY_AT``)."""
    m = _STRETCH.match(reader.low, pos, reader.end)
    words = _STRETCH_WORD.findall(m.group(1))
    if len(words) < 3 or words[0] in FRAME_ADJUNCT and _QUANTITY_AT.fullmatch(" ".join(words[:2])) is None:
        return None  # ("..., said to show the bodies", "..., told the BBC earlier this week.", "..., said by telephone")
    return _Stretch(m.start(1), m.end(1), words[0])


def _clause_told(reader: PredicateReader, stretch: _Stretch | None) -> bool:
    """Does a clause of its own follow a frame, its ``stretch`` opening with no relative pronoun and holding a finite verb
    before any relative pronoun ("said shelling had been heaviest"; not "said a resident who gave his name as Osama", an
    inverted frame)?"""
    if stretch is None or stretch.first in ("who", "which", "whose"):
        return False
    text = reader.text[stretch.start:stretch.end]
    rel = _RELATIVE_OR_THAT.search(text)
    return _CLAUSE_VERB.search(text, 0, rel.start() if rel else len(text)) is not None


# a mark that opens a quotation after a word of the sentence ("backed the Arab League's \"bold\" plan")
_OPENING_MARK = re.compile(r"(?:^|[\s(])[\"“](?=\S)")


def _scare_quote(reader: PredicateReader, pos: int) -> bool:
    """Is the quotation mark at ``pos`` the end of words quoted inside a clause (a scare quote, a name: "blame \"armed
    terrorist groups\" and Islamists for the bloodshed and say ...", "Damascus dubbed the summit the \"enemies of Syria\"
    and has declared ...") rather than the end of a quotation a frame after it reports? The quotation opened after a
    word of the sentence, and no punctuation closes it inside the marks (a reported quotation ends on its comma or
    stop: "were basing their views on \"inaccurate information,\" it said")."""
    text = reader.text
    if pos <= reader.start or text[pos - 1] in ",.!?;:":
        return False
    opening = last_match(_OPENING_MARK, text, reader.start, pos)
    if opening is None:
        return False  # a quotation the sentence opened (or one whose opening mark the splitter left in the sentence
        # before): its end
    return re.search(r"\w", text[reader.start:opening.start() + 1]) is not None


_OPENING_PREPOSITIONS = frozenset(CUES["opening_preposition"])
_OPENING_PARTICIPLES = frozenset(CUES["opening_participle"])
_VOCATIVE = frozenset(CUES["vocative"])
# a word that shows a verb group of its own: an auxiliary, a past tense (not "Cairo-based", "a detained activist",
# "wreaked by"); unlike ``cue_words.FINITE_VERB`` (is one word a finite verb?) it is searched for in a stretch of text
_IRREGULAR_PAST = (r"hit|fled|met|said|says|told|took|shot|held|led|fought|struck|gave|came|went|saw|began|left|sent|"
                   r"made|broke|ran|died")
_VERB_GROUP_WORD = re.compile(r"\b(?:" + _AUXILIARY + "|" + _IRREGULAR_PAST + r")\b"
                              r"|(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)[a-z]{2,}ed\b(?!\s+by\b)")
# in an opening phrase an -ed word is an adjective or a participle ("armed opposition", "damage wreaked by") unless
# an object follows it ("In Homs troops killed 20 people")
_OPENING_VERB = re.compile(r"\b(?:" + _AUXILIARY + "|" + _IRREGULAR_PAST + r")\b"
                           r"|[a-z]{2,}ed\s+(?:the|a|an|his|her|their|its|at\s+least|"
                           r"\d[\d,]*|several|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten)\b")
_RELATIVE_OPEN = re.compile(r"\b(?:who|which|whose|whom)\b")


def _clause_after(reader: PredicateReader, stretch: _Stretch | None) -> bool:
    """Does a clause follow a frame, its ``stretch`` (``_stretch_after``) with a verb group from there to the sentence's
    end ("told the BBC earlier this week." has none)? A quotation mark does not end the stretch: the clause goes on into
    the words it quotes ("Khalaf, an organizer of a conference taking place in Turkey, said the amnesty \"comes too
    late ...\"": what he said follows the frame, not the subject before it)."""
    return stretch is not None and _VERB_GROUP_WORD.search(reader.low, stretch.start, reader.end) is not None


# "at least"/"at most" before a number opens the reported clause's subject, not an adjunct of the saying ("said at a news
# conference"): "The government, however, says at least 1,345 members of the security forces have been killed"; so do
# "as many as", "as much as", "as few as" (not "said as he arrived"): "..., while the Local Co-ordination Committees
# said as many as 78 people were killed" is a clause of its own set against the one before the comma, no closing frame
# of it (events_gold_fresh22 t17-bbc-197#1, #2)
_QUANTITY_AT = re.compile(r"at\s+(?:least|most)|as\s+(?:many|much|few)")


def _object_after(reader: PredicateReader, pos: int) -> bool:
    """Does a noun phrase with a determiner and an event noun follow the frame at ``pos``, its object ("posted a string
    of critiques", "wrote an open letter"; not "told the BBC earlier this week", an addressee)?"""
    m = re.match(r"\s+([a-z]+)\s+(?:[\w’'-]+\s+){0,4}", reader.low[pos:reader.end])
    return m is not None and m.group(1) in DETERMINERS and m.group(1) not in ("that", "this", "these", "those") \
        and any(t.form == "N" and pos + m.end(1) < t.start <= pos + m.end() for t in reader.triggers)


# "as" and a name right before a reporting verb: the subject of an "as" clause ("fumed as Alloush said"; not "as I
# said", an aside of the speaker's)
_AS_SUBJECT = re.compile(r"\sas\s+(?:(?!I\s)[A-Z][\w.'’-]*\s+){1,4}$")
# what an aside's reporting verb is followed by ("as Lavrov said, ...", "as I said when ...")
_ASIDE_AFTER = re.compile(r"\s*(?:[,:;—–-]|(?:when|while|before|after|in|at|on|last|earlier|yesterday|today)\b)")


def _as_clause_frame(reader: PredicateReader, j: int, i: int) -> bool:
    """Does the frame at token ``i`` head an "as" clause after the main clause's verb, its subject a name right before
    it ("..., fumed as Alloush said ...")? Then the comma at token ``j`` closes nothing it reports."""
    tokens = reader.tokens
    return _AS_SUBJECT.search(reader.text, tokens.ends[j], tokens.starts[i]) is not None \
        and _VERB_GROUP_WORD.search(reader.low, tokens.ends[j], tokens.starts[i]) is not None


def _as_clause_saying(reader: PredicateReader, p: Predicate, preds: list[Predicate]) -> bool:
    """Is the reporting verb ``p``, embedded by "as" right before its named subject, the only act of the sentence before
    it ("Shukr fumed as Alloush said Assad was \"a liar.\"": the main clause's verb is no act), with the clause it
    reports right after it (not an aside: "as Lavrov said, ...")? Then it frames the sentence as a main clause's
    frame would, and what it reports is typed so."""
    return not _ASIDE_AFTER.match(reader.low, p.trigger.end) \
        and not any(q.trigger.start < p.trigger.start and not q.quoted and q.form in ("verb", "report") for q in preds) \
        and _AS_SUBJECT.search(reader.text, reader.start, p.trigger.start) is not None  # (the scan from the start last)


# the words of a participle of saying that reports what the clause's own subject said (", saying the council should not
# give up on Syria")
_SAYING_PARTICIPLES = frozenset({"saying"})
_COMMA_BEFORE = re.compile(r",[ \t]?\Z")


def participle_saying(low: str, p: Predicate) -> bool:
    """Is ``p`` a participle of saying after a comma (", saying ...")?"""
    return p.rule == "participle" and low[p.trigger.start:p.trigger.end].split()[0] in _SAYING_PARTICIPLES \
        and _COMMA_BEFORE.search(low, max(0, p.trigger.start - 8), p.trigger.start) is not None


def _participle_saying(reader: PredicateReader, p: Predicate, preds: list[Predicate], opening: int) -> bool:
    """Is ``p`` a participle of saying after a comma (", saying ...") whose clause has no act of its own before it but
    a saying ("German Ambassador Peter Wittig echoed Cabral's remarks, saying the council should not give up on
    Syria", "Juppe spoke to reporters on Tuesday, saying Assad must step down")? Then it frames the sentence as the
    main clause's reporting verb would: what it reports types the subject's saying (a demand, an accusation ...), and
    an act in it is not the subject's own act. After an act of another type ("criticized the decision, saying ...",
    "met his counterpart, saying ...") the participle stays that act's manner (events_gold_fresh 340#5, 29#3)."""
    if not participle_saying(reader.low, p) or not reader.text[p.trigger.start].islower():
        return False  # (not a video script's label, "HILLARY CLINTON, SAYING: ...": a soundbite's speaker, ``soundbites``)
    if any(opening <= q.trigger.start < p.trigger.start and not q.quoted
           and (q.form == "verb" and not q.reporting or q.type != "statement") for q in preds):
        return False
    first = min((a for a in reader.actors if opening <= a.start < p.trigger.start), key=lambda a: a.start, default=None)
    return first is not None and _SUBJECT_OPENS.fullmatch(reader.low, opening, first.start) is not None
    # (its clause's subject a named party: not "Other opposition figures believe Assad has ...", "Human rights activists
    # aired a YouTube video described as from a Lieutenant Colonel Hussein Armoush, saying ...", "But pro-Assad Syrians
    # have sought to discredit ...": no one named says it, events_gold.md rule 9 (b))


# what may stand before a clause's named subject: a conjunction, an adverb of linking, an article
_SUBJECT_OPENS = re.compile(r"[\s\"“”]*(?:(?:but|and|yet|however|meanwhile|also)\s*,?\s*)*(?:the\s+)?")


# a relative clause of place or occasion that a saying heads, its subject before the verb: ", where a rights group said
# ...", ", in which the UN says ..." (not ", where he said": a pronoun's saying is the clause's own act, read as before)
_WHERE_SUBJECT = re.compile(r",\s+(?:where|in\s+which|during\s+which)\s+(?!(?:he|she|it|they|we|i|you)\s)"
                            r"(?:[\w.'’-]+\s+){1,6}")


_CLAUSE_COMMA = re.compile(r",(?!\d)")
_WHERE_OPENS = re.compile(_WHERE_SUBJECT.pattern + "$")


def where_source(low: str, sent_start: int, verb: Predicate) -> bool:
    """Does the reporting verb ``verb`` head a "where" or "in which" clause after its subject (``_where_clause_saying``)?
    Its day is the saying's, and the place beside that day (the clause's antecedent, "The upheaval in Syria, where a
    rights group said on Tuesday ...") is no place of the act it reports (events_gold_fresh14 106#1: no location)."""
    return _WHERE_OPENS.search(low, sent_start, verb.trigger.start) is not None


def _where_clause_saying(reader: PredicateReader, p: Predicate, preds: list[Predicate]) -> bool:
    """Is the reporting verb ``p`` the head of a "where" or "in which" clause on a noun of a main clause that has no act
    of its own before it ("The upheaval in Syria, where a rights group said on Tuesday 400 people have been killed by
    security forces, has sectarian undercurrents", "Here is an overview of the uprising, in which the UN says more than
    9,000 people have been killed by security forces")? Then it frames the sentence as a main clause's frame would: what
    it reports is the act (events_gold.md rule 18; rule 9 (b) when its subject is no one named), as for an "as" clause
    (``_as_clause_saying``)."""
    i = reader.tokens.index(p.trigger.start)
    j = i - 1
    while j > 0 and reader.tokens.words[j] != "," and i - j <= 9:
        j -= 1
    if j < 0 or reader.tokens.words[j] != "," \
            or _WHERE_SUBJECT.fullmatch(reader.low, reader.tokens.starts[j], p.trigger.start) is None:
        return False  # the cheap test first: most sayings head no "where" clause
    day = frame_day(reader.low, p.end)
    return _clause_after(reader, _stretch_after(reader, day[1] if day else p.end)) \
        and not any(q.trigger.start < p.trigger.start and not q.quoted
                    and (q.form in ("verb", "report") or q.type in SPEECH_ACTS) for q in preds)
    # (not "Syria faced a chorus of condemnation ... for its crackdown, in which the United Nations said ...": the
    # condemnation is the sentence's act, and the clause tells what the crackdown did, by the UN's count)


def _no_clause_before(reader: PredicateReader, j: int, i: int) -> bool:
    """Is the text before the comma at token ``j`` no clause, only an opening phrase with the frame's subject after
    it (token ``i`` opens the frame: "In a sign of the economic damage wreaked by the unrest, the IMF said") or a
    subject and its apposition ("The Local Co-ordination Committees, a network of activists, says")? Neither has a
    verb group of its own (a relative clause in the apposition may)."""
    tokens = reader.tokens
    first = tokens.index(reader.start)
    commas = [k for k in range(first, j) if tokens.words[k] == ","]
    head = tokens.words[first] if first < j else ""
    start, end = tokens.starts[first], tokens.starts[j]
    if not commas:
        opening = head in _OPENING_PREPOSITIONS or _opening_participle(reader, first, j) or _opening_time(reader, first, j)
        return j + 1 < i and (opening and not _OPENING_VERB.search(reader.low, start, end)
                              or DAY_OF_CLAUSE.fullmatch(reader.low, start, end) is not None)
    if j + 1 < i and _opening_series(reader, [first - 1, *commas, j]):
        return True  # "On Thursday, in Paris, Juppe said ...", "On Monday, after talks in Geneva, Lavrov told reporters
        # ...": two opening phrases, then the frame's subject
    if len(commas) != 1 or commas[0] - first > 8 or commas[0] == first:
        return False
    subject_end = tokens.starts[commas[0]]
    if not (reader.text[start:start + 1].isupper() or head == "the") or head in _OPENING_PREPOSITIONS \
            or head in _VOCATIVE or tokens.words[commas[0] + 1] in _VOCATIVE | _OPENING_PREPOSITIONS:
        return False  # "And, Mr. President, if you could tell us", "Madam Vice President, from the outset, let me say"
    if _VERB_GROUP_WORD.search(reader.low, start, subject_end):
        return False
    rel = _RELATIVE_OPEN.search(reader.low, subject_end, end)
    return not _VERB_GROUP_WORD.search(reader.low, subject_end, rel.start() if rel else end)


_OWN_TIME_HEADS = frozenset(w for w in CUES["opening_own_time"] if " " not in w) | {"ahead", "prior"}


def _opening_series(reader: PredicateReader, bounds: list[int]) -> bool:
    """Are the stretches between the commas at tokens ``bounds`` (the first bound is the token before the sentence)
    each an opening phrase of the sentence: a time ("On Thursday", "Last week"), a phrase headed by a preposition
    ("in Paris", "at a news conference in Ankara", "two days before talks that resume on Wednesday") or a participle
    ("speaking in Moscow"), with no verb group of its own outside a relative clause? Then the frame after them opens
    the main clause ("On Thursday, in Paris, Juppe said France would ...")."""
    tokens, low = reader.tokens, reader.low
    for a, b in zip(bounds, bounds[1:]):
        first = a + 1
        if b - first < 1 or b - first > 14:
            return False
        words = tokens.words[first:b]
        head = next((k for k, w in enumerate(words[:4]) if w in _OPENING_PREPOSITIONS or w in _OWN_TIME_HEADS), None)
        if head is not None and head > 0 and not all(w.isdigit() or w in _MEASURE_WORDS for w in words[:head]):
            head = None  # ("the talks after": no measure before the preposition)
        participle = words[0].isalpha() and words[0].endswith("ing") and len(words[0]) > 5
        if head is None and not participle and not _opening_time(reader, first, b):
            return False
        start, end = tokens.starts[first], tokens.starts[b]
        rel = _RELATIVE_OR_THAT.search(low, start, end)  # ("before talks that resume on Wednesday": the talks' verb)
        if _OPENING_VERB.search(low, start, rel.start() if rel else end):
            return False
    return True


_MEASURE_WORDS = frozenset(CUES["opening_measure"])
_RELATIVE_OR_THAT = re.compile(r"\b(?:who|which|whose|whom|that)\b")
_TIME_HEADS = frozenset(UNITS) | frozenset(PARTS_OF_DAY) | frozenset(WEEKDAYS) | frozenset(MONTHS)


def _opening_time(reader: PredicateReader, first: int, j: int) -> bool:
    """Is the phrase before the comma at token ``j`` a time that opens the sentence ("The same day, French Foreign
    Minister Alain Juppe said ...", "Last week, ...")? At most five words, the last a time word or a year."""
    words = reader.tokens.words[first:j]
    return 0 < len(words) <= 5 and (words[-1] in _TIME_HEADS or words[-1].isdigit() and len(words[-1]) == 4)


def _opening_participle(reader: PredicateReader, first: int, j: int) -> bool:
    """Does a participle open the sentence with an adjunct on the speaker ("Speaking at a press conference, Mr Hague
    said ...", "Visiting Syria, Mr Lavrov said ...", "Asked about the promised amnesty, the United States said Assad
    needed to take concrete action")? A capitalised word in -ing that names no one, or a past participle of asking
    (``opening_participle``), with words of its own before the comma at token ``j``; a gerund subject with a verb
    of its own ("Overthrowing the regime is the only goal, says ...") is left to the caller's verb check."""
    tokens = reader.tokens
    head, start = tokens.words[first], tokens.starts[first]
    if j - first < 2 or not reader.text[start:start + 1].isupper() or any(a.start == start for a in reader.actors):
        return False
    return head in _OPENING_PARTICIPLES or head.isalpha() and head.endswith("ing") and len(head) > 5  # (not
    # "Veto-holding Russia abstained ...": a compound adjective on the subject)


# the prepositions of an aside set off by commas on a named subject before its frame ("Erdogan, on a trip to China, said")
_ASIDE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "from", "after", "while"})


def _apposition(reader: PredicateReader, j: int, p_start: int) -> bool:
    """Does the comma at token ``j`` close an apposition on the sentence's subject ("Opposition spokesman Mohammed
    al-Sabry, rejecting Saleh's offer ..., said", "The council, grouping Assad's foes, said")? The sentence opens
    with a name (or "the" and a noun) and a comma, and a participle follows it; or a person's name stands
    between two commas before the frame ("Moscow's UN envoy, Vitaly Churkin, told reporters")."""
    tokens = reader.tokens
    k = j - 1
    while k > 0 and tokens.words[k] != ",":
        k -= 1
    if k > 0 and tokens.index(p_start) == j + 1 and any(a.start <= tokens.starts[k + 1] and a.end == tokens.ends[j - 1] and a.kind == "person"
                     for a in reader.actors):
        return True  # "Moscow's UN envoy, Vitaly Churkin, told reporters the resolution was one-sided"
    first = next((k for k in range(j) if tokens.words[k] == ","), None)
    if first is None or first == 0 or first + 1 >= j:
        return False
    head = tokens.words[:first]
    named = any(a.start <= tokens.starts[0] + 40 and a.end == tokens.ends[first - 1] for a in reader.actors)
    if not named and not (head[0] == "the" and len(head) <= 3 and all(w.isalpha() for w in head)):
        return False
    nxt = tokens.words[first + 1]
    if named and nxt in _ASIDE_PREPOSITIONS and first + 2 < j \
            and not _VERB_GROUP_WORD.search(reader.low, tokens.starts[first + 1], tokens.starts[j]):
        return True  # "Turkish Prime Minister Recep Tayyip Erdogan, on a trip to China, said the incidents were a \"clear
        # violation\"", "Walid Muallem, in Russia for talks, said", "King Abdullah, in an extraordinary statement read
        # on Al Arabiya television, said": a place or an occasion set off on the named subject (audit t17-bbc-75), not
        # a clause the frame closes
    return nxt.endswith("ing") and len(nxt) > 4  # (a relative clause "who is due in Syria on Saturday" has a time of its own)


def statement_content(reader: PredicateReader, p: Predicate, preds: list[Predicate]) -> Predicate:
    """A statement whose words say what it was: "issued a declaration demanding that ..." is a demand;
    "offered to negotiate", "proposed to meet" announce a planned act."""
    if tabled_draft(p.trigger):
        return p  # "is circulating a draft resolution calling for ...": a proposal, not the demand it would make
    tokens = reader.tokens
    i = tokens.index(p.trigger.end)
    for q in preds:
        if q is p or q.trigger.start < p.trigger.end or q.reporting or q.quoted:
            continue
        gap = tokens.words[i:tokens.index(q.trigger.start)]
        if len(gap) > 2:
            break
        if q.type in SPEECH_ACTS and q.form == "verb" and not gap:
            return replace(q, embedded=False, rule="statement of " + q.rule)
        if gap == ["to"] and q.form == "verb" and p.trigger.text.split()[0] in INTENT and q.type != "statement":
            return replace(q, embedded=False, status="planned", start=p.start, rule="intent")
    return p


def named_subject(low: str, actors: list[ActorMention], content: tuple[int, int], pos: int) -> list[ActorMention]:
    """The named actors that may be the subject of a word at ``pos`` in the reported clause ``content``: before it,
    at most 40 characters away, no place, and no comma, semicolon or relative word between. Public: a transcript
    speaker's own sentence reads its demand's subject so too (``turn_charges``)."""
    return [a for a in actors if content[0] <= a.start and a.end <= pos
            and pos - a.end <= 40 and not a.placed
            and not re.search(r"[,;]|\b(?:that|which|who)\b", low[a.end:pos])
            and not (_OF_BEFORE.search(low, max(content[0], a.start - 8), a.start) and not of_people(a, low))]


# an actor after "of" modifies the noun that heads the subject ("The current betrayal of Syria should come as no
# surprise": the betrayal, not Syria, is what should; no demand on Syria), unless the noun is the actor's people,
# government or forces ("The government of Syria must stop the killing": Syria)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def blamed_failure(low: str, actors: list[ActorMention], content: tuple[int, int],
                   speaker: ActorMention | None) -> ActorMention | None:
    """The actor ``_failure_blamed`` finds blamed, or None, over the sentence's lower-cased text and actors (a
    soundbite's words: ``soundbites.soundbite``; a role reader's: ``roles``)."""
    found = _failure_blamed(low, actors, content, speaker)
    return found[0] if found else None


def _failure_blamed(low: str, actors: list[ActorMention], content: tuple[int, int],
                    speaker: ActorMention | None) -> tuple[ActorMention, re.Match] | None:
    """ "said Assad had made his position clear by failing to live up to commitments", "told the meeting that Riyadh
    was pulling out because the Syrian government had not followed an Arab peace plan": the reported clause blames a
    named actor, not the speaker's side, for a failure of its own (``blamed_failure``, ``unkept_duty``). The actor
    and the words of the failure ("failing to live up to", "had not followed", "failure"), or None."""
    for m in [*_FAILURE.finditer(low, *content), *_UNKEPT.finditer(low, *content)]:
        subject = named_subject(low, actors, content, m.start())
        if subject and other_side(subject[-1], speaker):
            return subject[-1], m
    for m in _OWNED_FAILURE.finditer(low, *content):  # "the Syrian government's failure to carry out": its owner's
        owner = [a for a in actors if content[0] <= a.start and m.start() - 3 <= a.end <= m.start() - 2 and not a.placed]
        if owner and other_side(owner[-1], speaker):
            return owner[-1], m
    return None


def _insulting(reader: PredicateReader, content: tuple[int, int], speaker: ActorMention | None) -> re.Match | None:
    """ "Alloush said Assad was \"a liar\"": the reported clause calls its named subject, someone the speaker may blame,
    a name (``insult``): an accusation, whoever the speaker is. The name ("a liar"), or None."""
    for m in _INSULT.finditer(reader.low, *content):
        subject = named_subject(reader.low, reader.actors, content, m.start())
        if subject and other_side(subject[-1], speaker) \
                and not re.search(r"\bnot\b|n[’']t\b", reader.low[subject[-1].end:m.start()]):
            return m
    return None


def _official(speaker: ActorMention | None) -> bool:
    """Does the speaker speak for a state or a body: a country, an organisation, or a person the gazetteer places
    in one (not an analyst or a trader the text names: "said Joshua Landis, a Syria expert")?"""
    if speaker is None:
        return False
    return speaker.kind in ("country", "organization") or speaker.kind == "person" and bool(speaker.country or speaker.org)


def own_response(low: str, content: tuple[int, int], speaker: ActorMention | None) -> tuple[int, int] | None:
    """The span of a response of the speaker's own side promised in ``low[content]`` ("his country would \"take the
    necessary measures\"", ``_OWN_RESPONSE``) when an official speaks (``_official``): a threat; else None."""
    m = _OWN_RESPONSE.search(low, *content)
    return (m.start(), m.end()) if m is not None and _official(speaker) else None


def enemy_label(reader: PredicateReader, content: tuple[int, int],
                speaker: ActorMention | None) -> tuple[int, int] | None | bool:
    """ "President Assad insists his troops are fighting \"armed gangs\"", "Damascus says some 120 security personnel
    were killed by \"armed gangs\"", "the Interior Ministry now says Syria is facing an armed insurrection by Salafi
    Muslims", "It says the protests are part of a violent conspiracy backed by foreign powers": a state or its official
    names the side it fights as gangs, terrorists or a foreign plot (``enemy_label``, or a quotation of
    ``enemy_label_quoted``), which blames that side (events_gold_fresh12 bbc-249#12, fresh14 19#10, fresh15
    bbc-199#17); so does telling that side as armed or backed from outside ("says they are armed and financed by
    foreign powers": ``foreign_backing``). A news medium's report ("The official SANA news agency said two soldiers were killed in an
    operation to arrest \"armed terrorist groups\"": events_gold_fresh3 186#10) stays a statement. Any named speaker
    but a medium: a head of state the gazetteer does not place ("President Assad insists ...") is no less the state's
    voice. The span of the label ("armed gangs", "terrorist organizations" after its quotation mark); False when the
    side is told as armed or backed from outside (``foreign_backing``: no one word); None when there is neither."""
    if speaker is None or any(_MEDIUM_SPEAKER.search(w or "") for w in (speaker.name, speaker.text, speaker.surface)):
        return None
    label = next(((m.start() + _QUOTE_OPENING.match(m.group()).end(), m.end())
                  for pattern in (_ENEMY_LABEL, _QUOTED_LABEL)
                  for m in pattern.finditer(reader.low, *content) if not fought_label(reader.low, m.start())), None)
    # (not the side a toll's men died fighting: "killed combating \"armed gangs\"" is the state's toll, its statement:
    # ``toll_reports``)
    return label if label is not None else False if foreign_backing(reader.low, content, reader.actors) else None


def _condemning(reader: PredicateReader, content: tuple[int, int], speaker: ActorMention | None) -> re.Match | None:
    """ "King Abdullah ... said Syria's fierce military crackdown ... had \"nothing to do with religion, or values, or
    ethics\"": an official condemns the conduct of a named actor of another side, named in the clause before the
    words of condemnation (``condemnation``). An analyst's verdict stays a statement. The words of condemnation
    ("nothing to do with"), or None."""
    if not _official(speaker):
        return None
    for m in _CONDEMNATION.finditer(reader.low, *content):
        named = [a for a in reader.actors if content[0] <= a.start and a.end <= m.start() and not a.placed]
        if any(other_side(a, speaker) for a in named):
            return m
    return None


def other_side(subject: ActorMention, speaker: ActorMention | None) -> bool:
    """Is the named subject of a reported clause someone the speaker may blame: not the speaker, nor of the speaker's
    country (a speaker of no known country blames anyone else: "Prince Turki al-Faisal ... said Assad had ...")?
    Public: a transcript speaker's charge or call is read against the speaker's side so too (``turn_charges``)."""
    if speaker is None or subject.key == speaker.key:
        return False
    country = state_of(speaker)
    return country is None or country not in (subject.name, subject.country)


# a passive after the modal of obligation ("those responsible must be identified, arrested and brought to justice",
# "a time limit should be set", "humanitarian corridors need to be opened", "the military option must be halted"): an
# act asked of whoever is to do it; not a participle of saying or of a state of mind ("it must be said", "should be
# concerned", "must be prepared to"), nor a word that only ends like a participle ("should be even stronger", "seven",
# "eleven"); "held" is a state (``obligation_passive_state``), and "lifted", "freed", "shed" are read by "-ed"
_PASSIVE_OBLIGATION = re.compile(r"\s+(?:(?:not|also|now|first|immediately|urgently|then|quickly|fully|still)\s+){0,2}be\s+"
                                 r"(?:[a-z]+ly\s+)?(?!(?:even|seven|eleven)(?![\w'’-]))"
                                 r"(?P<p>[a-z]+(?:ed|en|wn)|set|put|brought|made|kept|cut|shut|sent|built|paid|left|met|found|"
                                 r"done)(?![\w'’-])")
_STATE_PARTICIPLES = frozenset(CUES["obligation_passive_state"])


def passive_state(low: str, end: int, stop: int) -> bool:
    """Is the modal of obligation that ends at ``end`` followed, before ``stop``, by a passive of the cue list
    ``obligation_passive_state`` (praise, an enemy's defeat, a meeting held, a saying, a state of mind: "should be
    complimented", "must be eliminated", "must be said", "should be concerned")? That passive asks no act of whoever
    is to do it, so it makes no demand by itself (``_passive_obligation``; a transcript turn's, ``turn_charges``)."""
    m = _PASSIVE_OBLIGATION.match(low, end, stop)
    return m is not None and m.group("p") in _STATE_PARTICIPLES


_RELATIVE_BEFORE = re.compile(r"(?<![\w'’])(?:that|which|who|whom)\s+$")
# a modal of future or possibility before "have to": a necessity foretold, not asked ("which will, however, have to be
# paid for", "they may have to be buried in Syria")
_MODAL_BEFORE = re.compile(r"(?<![\w'’])(?:will|would|may|might|could|can|'ll|’ll)(?:,?\s+[a-z]+){0,2}?,?\s+$")


def _passive_obligation(low: str, content: tuple[int, int], start: int, end: int) -> bool:
    """Is the modal of obligation at ``low[start:end]`` followed by a passive ("must be released") in ``content``? Not
    in a relative clause ("there are mines in Baba Amr that need to be cleared before the Red Cross can enter": what
    the speaker says is to be done, a statement about the mines, t17-bbc-102), not a past "had to" ("Syrian officials
    told the Red Cross that Baba Amr had to be cleared of booby traps": their reason, events_gold_bbc 102#3 a
    statement), not after a modal of future or
    possibility, and not in what someone else inside the clause says ("an offer rejected by opposition leaders ...,
    who say security forces must first stop shooting protesters and political prisoners must be released": the
    opposition's demand, not the authorities', t17-reuters-260)."""
    m = _PASSIVE_OBLIGATION.match(low, end, content[1])
    return m is not None and not low.startswith("had", start) and m.group("p") not in _STATE_PARTICIPLES \
        and _RELATIVE_BEFORE.search(low, max(0, start - 8), start) is None \
        and _MODAL_BEFORE.search(low, max(content[0], start - 30), start) is None \
        and not said_inside(low, content[0], start)


def obligation(low: str, actors: list[ActorMention], content: tuple[int, int], speaker: ActorMention | None,
               frame: Predicate | None = None) -> Predicate | None:
    """ "Sudan must return the helicopter": a demand on an actor other than the speaker; "it is time for the world to
    exert greater pressure", "there must be no repeat": a demand with no subject of its own, the speaker's; "told
    Assad he must stop the killing", "said violence must end": a demand on the addressee, or that a harm halt
    (``obliged``; ``frame``: the verb that reports the clause). It reads the lower-cased text and the sentence's actors
    only, as ``obliged.addressed_pronoun`` does, so a pass after the sentence reader (``second_speech``) calls it with
    them and no reader."""
    m = _DEMAND_IMPERSONAL.search(low, *content)
    if m is not None:
        t = Trigger(m.start(), m.end(), m.group(), "demand", "V")
        return Predicate(t, "demand", "verb", "reported", m.start(), rule="obligation")
    if (need := stated_need(low, content, frame)) is not None:  # "said it was important that action followed"
        return need
    for m in _OBLIGATION.finditer(low, *content):
        subject = named_subject(low, actors, content, m.start())
        # (a pronoun subject is an actor mention too, resolved to the speaker or to no one: "Juppe told Lavrov that he
        # must act" asks Lavrov, the one addressed)
        if subject and (speaker is None or subject[-1].key != speaker.key) \
                or addressed_pronoun(low, actors, content, m.start(), frame, speaker) is not None \
                or not subject and (_OBLIGATED.search(low[max(content[0], m.start() - 60):m.start()])
                                    or _PUBLIC.fullmatch(low, content[0], m.start())
                                    or halted_harm(low, content, m.start(), m.end())
                                    or group_subject(low, content, m.start())
                                    or _passive_obligation(low, content, m.start(), m.end())):
            t = Trigger(m.start(), m.end(), m.group(), "demand", "V")
            return Predicate(t, "demand", "verb", "reported", m.start(), rule="obligation")
    return None

def refusal(reader: PredicateReader, content: tuple[int, int], speaker: ActorMention | None = None) -> Predicate | None:
    """ "it will not renew the contract": a refusal by the clause's subject when that is the speaker or the
    speaker's side ("Syria will not bow down," Assad told ...); "it was not the time to sanction Syria": a refusal
    with no subject of its own, the speaker's. What the speaker says someone else will not do ("the regime did not
    fall, and it will not fall", "the violent extremists who will not accept the other") is no refusal of theirs."""
    m = _REFUSAL_IMPERSONAL.search(reader.low, *content)
    if m is not None:
        t = Trigger(m.start(), m.end(), m.group(), "reject", "V")
        return Predicate(t, "reject", "verb", "reported", m.start(), rule="refusal")
    m = passive_refusal(reader.low, content, speaker)
    if m is not None:  # "will not be supported by my country" (``own_side``)
        t = Trigger(m.start(), m.end(), m.group(), "reject", "V")
        return Predicate(t, "reject", "verb", "reported", m.start(), rule="refusal")
    for going, m in defiance(reader.low, content):
        # "said the crackdown would continue in the face of pressure from the Arab League to end it": the pressure's
        # demand refused (``defiance``), by the speaker's side or an act with no actor as subject
        i, prev = reader.tokens.before(going.start(), skip_adverbs=False)
        if prev in PRONOUNS:
            if not pronoun_is_speaker(prev, speaker):
                continue
        elif i >= 0 and reader.tokens.ends[i] in reader.actor_ends:
            if not speakers_side([a for a in reader.actors if a.end == reader.tokens.ends[i]][-1], speaker):
                continue
        t = Trigger(m.start(), m.end(), m.group(), "reject", "V")
        return Predicate(t, "reject", "verb", "reported", m.start(), rule="refusal")
    for m in sorted([*_REFUSAL_MODAL.finditer(reader.low, *content), *_REFUSAL_OWN.finditer(reader.low, *content),
                     *_UNWANTED.finditer(reader.low, *content)], key=lambda m: m.start()):
        if m.re is _REFUSAL_MODAL and not _REFUSAL_ACT.match(reader.low, m.end(), content[1]):
            continue  # "it will not be possible", "Syria will not remain the kingdom of silence": no act refused
        i, prev = reader.tokens.before(m.start(), skip_adverbs=False)
        if prev in PRONOUNS:
            own = pronoun_is_speaker(prev, speaker)
        elif i >= 0 and reader.tokens.ends[i] in reader.actor_ends:
            subject = [a for a in reader.actors if a.end == reader.tokens.ends[i]]
            own = speakers_side(subject[-1], speaker)
        elif possessed_own_side(reader.low, content[0], m.start(), speaker):
            own = True  # "Assad has said his country will not bow to pressure" (``own_side``)
        else:
            continue
        if own:
            t = Trigger(m.start(), m.end(), m.group(), "reject", "V")
            return Predicate(t, "reject", "verb", "reported", m.start(), rule="refusal")
    return None


_SPEAKER_PRONOUNS = frozenset(CUES["speaker_pronoun"])
_PERSON_PRONOUNS = frozenset(CUES["person_pronoun"])
_BODY_PRONOUNS = frozenset(CUES["body_pronoun"])
_RELATIVE_PRONOUNS = frozenset(CUES["relative_pronoun"])
_DISOWNING = frozenset(CUES["disowning_name"])
# a perfect verb group right after a reported clause's subject ("Iran had threatened", "Syria had also repeatedly
# blocked"): the subject's own act, which the speaker reports, not a stance the speaker voices for it
_SUBJECT_PERFECT = re.compile(r"\s+(?:had|has|have)\s+(?:(?:[a-z]+ly|also|already|again|now|long)\s+)*")
_OWN_BODIES = frozenset(CUES["own_body_noun"])


# the same word as the subject of a reported clause's verb, past a comma-set aside or an opening quote ("the regime, if
# cornered further, \"will not hesitate ...\""), when no actor was resolved for it
_DISOWNED_BEFORE = re.compile(r"\b(?:%s)\s*(?:,[^,;]{1,60},)?\s*[\"\u201c]?\s*$" % phrase_alternation(CUES["disowning_name"]))


def _disowned(subject: ActorMention) -> bool:
    """Is the subject named by a word no one calls its own side by ("the regime", "the Assad regime")?"""
    return any(w in _DISOWNING for w in re.findall(r"[a-z]+", subject.text.lower()))


def pronoun_is_speaker(pronoun: str, speaker: ActorMention | None) -> bool:
    """Can the pronoun subject of a reported clause be the speaker or the speaker's side? "he" of a person, "it" and
    "they" of a country, organisation or group ("Russia said it could not back", but "he said it will not fall",
    "They are refusing reform," Naoum said); "we" and "I" always; a relative pronoun never."""
    if pronoun in _RELATIVE_PRONOUNS:
        return False
    if pronoun in _SPEAKER_PRONOUNS or speaker is None:
        return True
    if pronoun in _PERSON_PRONOUNS:
        return speaker.kind == "person"
    if pronoun in _BODY_PRONOUNS:
        # (an official the text does not name acts for the country or body: "Syria's representative to the League
        # said ... it could not engage", as ``roles.coded`` codes it)
        return speaker.kind != "person" or "unresolved" in speaker.flags and bool(speaker.country or speaker.org)
    return True


def speakers_side(subject: ActorMention, speaker: ActorMention | None) -> bool:
    """Is the named subject of a reported clause the speaker or the speaker's side ("Syria will not bow down," Assad
    said; Syria's representative said Damascus could not accept ...)? Not a third party ("Turkey will not do
    anything unilateral," the analyst Idiz said)."""
    if speaker is None or subject.key == speaker.key:
        return True
    if _disowned(subject):
        return False  # "He says the regime ... will not step down": a party the speaker calls "the regime" is not his
    country = state_of(speaker)
    if country is None:
        return speaker.kind == "person"  # "Youssef Ahmad, Syria's representative to the Arab League, said ... Damascus"
    return subject.name == country or subject.country == country


# a frame's subject that is a journalist of the story's outlet with no name ("our correspondent says", "our UN
# correspondent says", "BBC correspondents say"): the outlet's own reporting (a bare "Correspondents say" is left to the
# unnamed sources)
_REPORTER_SUBJECT = re.compile(r"\b(?:our|bbc|the\s+bbc['’]s)\s+(?:[a-z-]+\s+){0,3}?(?:correspondents?|reporters?)\b")


def reporting(low: str, start: int, frame: Predicate, content: tuple[int, int], speaker: ActorMention | None,
              actors: list[ActorMention]) -> bool:
    """Does a journalist of the story speak in ``frame``: a mention marked "reporter" (``reporters.journalists``) as its
    speaker or in its subject ("The BBC's Jim Muir in neighbouring Lebanon says"), or a journalist with no name as its
    subject ("..., our correspondent says")?"""
    if speaker is not None and "reporter" in speaker.flags:
        return True
    if content[1] <= frame.start:  # a closing frame: its subject runs from the comma or quote before it
        stretch = max(low.rfind(",", start, frame.start), low.rfind("\u201d", start, frame.start),
                      low.rfind('"', start, frame.start)) + 1
    else:
        stretch = max(start, low.rfind(",", start, frame.start) + 1)
    stretch = max(start, stretch)
    return _REPORTER_SUBJECT.search(low[stretch:frame.start]) is not None \
        or any("reporter" in a.flags and stretch <= a.start < frame.start for a in actors)


_FIRST_PERSON = re.compile(r"\b(?:our|we|my|i)\b")


def framed_content(reader: PredicateReader, preds: list[Predicate], frame: Predicate, content: tuple[int, int],
                   speaker: ActorMention | None, sent_actors: list[ActorMention]) \
        -> SentenceReading | tuple[Predicate | None, Predicate | None, Predicate | None, tuple[int, int]]:
    """What ``frame`` reports in ``content`` of the sentence ``reader`` reads, its speaker ``speaker``: the
    frame typed by its content (``main``), the content's own act when the frame does not take it over
    (``reported``), the predicate that typed the frame (``taken``) and the content as narrowed; or the whole reading
    when the frame is an unnamed source's or a journalist's (``read_sentence``; ``continued`` reads a run-on
    quotation as its speaker's closing frame would)."""
    low, start, end = reader.low, reader.start, reader.end
    main = reported = taken = None
    # (not a verb coordinated with the frame itself: "said ... had failed in its duty, and called for unity" is
    # a second act of the speaker's, ``speakers_conjunct``, not what was said)
    inside = [_unembedded(reader, p, content) for p in preds
              if content[0] <= p.trigger.start < content[1] and p is not frame
              and not speakers_conjunct(low, frame, content, p, bare=True, actors=sent_actors)]
    extra = [x for x in (obligation(reader.low, reader.actors, content, speaker, frame),
                         refusal(reader, content, speaker)) if x is not None]
    candidate = _candidate(reader, inside, extra, content)
    if frame.trigger.text.lower().startswith("according") and candidate is not None \
            and (candidate.type != "statement" or candidate.form == "verb"):
        # "According to the United Nations, the Syrian government has killed at least 3,000 people": "according to X"
        # is no saying of X's (events_gold.md rule 18: no saying row; fresh8 344#9, fresh9 bbc-125#1); the sentence
        # reports the act X reports, as an unnamed source's does. (When no act is read in it, the frame stays the
        # reading's, typed by content: "want to remove" makes fresh13 46#29's row; a plain statement of X's is
        # dropped by the builder, ``extract._Builder`` before ``_unnamed_saying``.)
        return SentenceReading(start, end, tuple(preds), None, None, None, candidate, source=frame)
    if reporting(low, start, frame, content, speaker, sent_actors):
        # "The BBC's Jim Muir in Beirut says ...", "..., our correspondent says": a journalist reports, as an
        # unnamed source does: no act of the sentence's, and what is reported is the event, if anyone does it
        return SentenceReading(start, end, tuple(preds), None, None, None, candidate, source=frame)
    if speaker is None and candidate is not None and (candidate.type != "statement" or candidate.form == "verb"
                                                      and content[1] <= frame.start) \
            and reader.subject_token(frame.start)[1] not in ("we", "i"):
        # an unnamed source ("military sources said", "a close aide to the Prime Minister said"):
        # the sentence reports the event itself, even a statement when the source closes the sentence
        # ("Libya has offered to hand over ..., a state-owned Egyptian newspaper said"). The source's saying is
        # then no act of the sentence, and a date beside it dates the act it reports ("Syrian army deserters
        # killed seven soldiers ... earlier Wednesday, an activist said"; "On Friday, activists said at least 52
        # people were killed"); the day of an opening source's own ("Activists said on Friday that four gunmen
        # ... shot dead Tammo") dates the act it reports, as a closing source's does, unless that act is a plan
        # or has a day of its own (``extract._source_day``; events_gold_fresh4 157#6, fresh3 186#20, fresh10
        # 168#2: the report's day is the news's); not a first-person subject ("Our three countries announce today
        # that ...": the speakers' own statement, named by the passes after)
        if content[1] <= frame.start or frame_day(low, frame.end) is None \
                or not _FIRST_PERSON.search(low, start, frame.start):
            return SentenceReading(start, end, tuple(preds), None, None, None, candidate, source=frame)
        return SentenceReading(start, end, tuple(preds), None, None, None, candidate)
    own = _own_clause(reader, preds, content)
    if own is not None:  # "... if he were forced to quit and Washington voiced concern": Washington's own clause
        content, inside, candidate = _narrowed(reader, content, own, inside, extra)
    other = _other_source(reader, preds, content)
    if other is not None:  # "..., but activists said troops ...": the activists' saying, no part of the first
        content, inside, candidate = _narrowed(reader, content, other[0], inside, extra)
    stance = next((p for p in inside if stance_after_but(low, frame, content, p)), None)
    if stance is not None:  # "has said it is willing to resume discussions, but insists that ...": said ends there
        stop = BUT_BEFORE.search(low, content[0], stance.start).start()
        content, inside, candidate = _narrowed(reader, content, stop, inside, extra)
    clause = _NEW_CLAUSE.search(low, content[0], candidate.start) if candidate is not None else None
    if clause is not None:
        # "underscored that she understood the ROK's concerns ..., and they pledged to continue to consult":
        # a coordinated clause with a subject of its own is no part of what was underscored. The candidate is
        # not read again: the clause's act stays the sentence's second event (``reported``, below), not taken
        # over by the frame
        content = (content[0], clause.start())
    if candidate is not None and frame.trigger.end <= content[0] and (
            announced_intent(low, content, candidate) or announced_readiness(low, frame, content, candidate)):
        # "announced its intent to provide additional humanitarian assistance": the speaker's planned act
        candidate = replace(candidate, status="planned" if candidate.type not in SPEECH_ACTS else candidate.status,
                            embedded=False, rule=f"intent {candidate.rule}")
    passed = None
    defied = next((x for x in extra if x.rule == "refusal" and defying_words(x.trigger.text)
                   and content[0] <= x.start < content[1]), None)
    if defied is not None and candidate is not None and candidate is not defied \
            and content[0] <= candidate.start < content[1] \
            and _takes_over(candidate, speaker, sent_actors, reader, content, opening=frame.end <= content[0]):
        # "was quoted as saying he would press on with a crackdown ... despite increased pressure from the Arab League
        # to end it": the speaker's own act carried on is what the pressure asks to stop; the saying refuses the
        # demand (``defiance``; events_gold_fresh28 t17-reuters-209#1), the act no row of its own. (Another side's
        # act carried on, "said the rebels would continue their attacks despite pressure", is not taken over: a
        # report, as before)
        candidate = defied
    if candidate is not None and candidate.rule not in ("obligation", "refusal") \
            and not candidate.rule.startswith("intent ") and content[0] <= candidate.start < content[1] \
            and not _takes_over(candidate, speaker, sent_actors, reader, content, opening=frame.end <= content[0]):
        # "Col Asaad said that while the rebels were \"committed\", they did not recognize the Assad government \"and
        # for that reason we will not give guarantees\"" (audit t17-bbc-279): another's act outranked the speaker's
        # own refusal (``refusal``: the speaker's side's by how it is read); the saying is typed by the
        # speaker's, and the other's act stays an event of its own. (Not an obligation: "said the two men had
        # discussed \"the need to ... stop the killing\"" is the meeting's topic, audit t17-bbc-116; nor a defiance,
        # whose going-on may be another side's: "said the rebels would continue their attacks despite pressure")
        own = next((x for x in extra if x.rule == "refusal" and not defying_words(x.trigger.text)
                    and content[0] <= x.start < content[1]), None)
        if own is not None:
            passed, candidate = candidate, own
    if candidate is not None and content[0] <= candidate.start < content[1] \
            and (candidate.rule.startswith("intent ") or _takes_over(candidate, speaker, sent_actors, reader, content,
                                                                  opening=frame.end <= content[0])):
        # A reported speech act was made when it was reported; the speaker's own act may be a plan.
        status = "reported" if candidate.type in SPEECH_ACTS else candidate.status
        main = replace(frame, type=candidate.type, status=status, rule=f"reported {candidate.rule}")
        family = type_info(candidate.type).family
        if status == "planned" and (family in ANNOUNCED_THREATS
                                    or family in FORCE_FAMILIES and contingent_force(low, *content)):
            # announcing one's own coercion threatens it ("said they would blockade Paris": THREATEN in the
            # PLOVER and events gold); an announced sanction stays a planned one (events_gold.md, rule 12)
            main = replace(frame, type="threaten", status="reported", rule=f"announced {candidate.rule}")
        elif status == "planned" and candidate.type == "sanction" and any(
                p.type == "threaten" and p.form == "verb" and not p.embedded for p in preds):
            # ... unless a threat or warn verb goes with it ("The EU warned Syria it would face sanctions and said
            # it would tighten restrictions on Damascus"; events_gold.md, rule 12; a retelling elsewhere in the
            # document: ``retold_threats``)
            main = replace(frame, type="threaten", status="reported", rule=f"warned {candidate.rule}")
        taken = candidate
        if passed is not None and passed.type != "statement" \
                and not (content[0] >= frame.end and _others_noun(reader, passed, speaker, content)):
            reported = passed
    else:
        main = frame
        if candidate is not None and candidate.type != "statement" and not (content[0] >= frame.end and _others_noun(reader, candidate, speaker, content)):
            reported = candidate
        elif other is not None and other[1] is not None:
            reported = other[1]  # what the other source reports: an act of its own ("troops shelled the town")
        elif candidate is not None and _others_speech(reader, candidate, speaker, sent_actors, content):
            reported = candidate  # "Putin congratulated Tinubu on his victory ..., the Kremlin press service said"
        elif content[0] >= frame.end:
            reported = _relative_act(reader, preds, frame) or reported
        noun = _object_speech_noun(reader, frame, content, preds)
        if noun is not None:
            # "wrote an opinion piece in the New York Times warning that Washington's promised veto ... would
            # make its relationship with Riyadh \"toxic\"": the frame's object is the speech act
            main = replace(frame, type=noun.type, rule=f"reported {noun.rule} noun clause")
        elif _THREAT_IDIOM.search(low, *content) and _official(speaker):
            # "\"Those leaders ... should know their days are numbered,\" U.S. Secretary of State Hillary Clinton
            # said": a threat
            main = replace(frame, type="threaten", rule="reported threat idiom")
        elif (charge := charge_cue(reader, content, speaker, preds, sent_actors)) is not None:
            main = replace(frame, type="accuse", rule=charge[0])
        elif frame.trigger.text.lower() in _INSISTING and _own_denial(low, content, speaker, sent_actors):
            # "Moscow insisted that the arms were not being used internally against people", "Assad has always
            # insisted that Damascus had no role in the blast": holding to a denial is a rejection (events_gold_fresh14
            # bbc-62#5, events_gold_fresh4 167#21); "insists he is politically neutral" stays a statement
            main = replace(frame, type="reject", rule="insisted denial")
        elif warns_of_harm(low, *content) or _ULTIMATUM.search(low, *content) \
                or _OWN_RESPONSE.search(low, *content) and _official(speaker):
            # "said his country would descend into civil war if he were forced to quit", "said the Arab League
            # had given Assad a \"last chance\"": a warning
            main = replace(frame, type="threaten", rule="reported warning")
        elif contingent_force(low, *content):
            # "has said it will target all of Lebanon in any new conflict", "said it would not use them against its
            # own people, only against foreign invaders": force held for a hostile contingency is a threat
            main = replace(frame, type="threaten", rule="reported contingent force")
    return main, reported, taken, content


def read_sentence(text: str, low: str, start: int, end: int, triggers: list[Trigger],
                  actors: list[ActorMention], joint_we: bool = False) -> SentenceReading:
    """Read the predicates of ``text[start:end]`` (``low`` is the lower-cased text; ``triggers`` and
    ``actors`` may cover more than the sentence; ``joint_we``: "we" is two or more parties, the signatories of a
    joint statement)."""
    sent_triggers = [t for t in triggers if start <= t.start < end]
    if not sent_triggers:
        return SentenceReading(start, end, ())
    sent_actors = [a for a in actors if start <= a.start < end]
    reader = PredicateReader(text, low, start, end, sent_actors, sent_triggers, joint_we)
    preds = [p for p in (reader.read(t) for t in sent_triggers) if p is not None]
    # A light verb that is itself a reporting verb ("announced a package of assistance") is the noun's verb.
    lit = {p.start for p in preds if p.rule == "light verb"}
    preds = [p for p in preds if not (p.reporting and p.trigger.start in lit)]
    preds = _hosted(reader, preds)
    preds = _sidelines(reader, preds)
    preds = [reader.seized_place(reader.expelled(reader.armed(p))) for p in preds]
    preds = [reader.raid(p, preds) for p in preds]
    preds = [reader.acted_on(p, preds) for p in preds]
    preds = [reader.gathering_subject(p, preds) for p in preds]
    preds = [by_phone(low, p, end) for p in preds]
    preds = communicated(reader, preds)
    preds = [kept_commitment(low, p, preds, start) for p in preds]
    preds = document_topics(low, preds)
    preds = [state_protest(low, p, subject_of(p.start, [a for a in reader.actors if start <= a.start < p.start], low, start))
             if p.type == "protest" and p.form == "verb" else p for p in preds]
    frame, content = frame_and_content(reader, preds)
    if frame is not None and frame.embedded and participle_saying(low, frame):
        # "echoed the remarks on Friday, saying ...": the saying the clause before the participle names is the one the
        # participle tells (``_participle_saying``), no second row
        preds = [q for q in preds if not (q.trigger.start < frame.trigger.start and q.type == "statement")]
    main = reported = taken = None
    if frame is not None and content is not None:
        read = framed_content(reader, preds, frame, content, speaker_of(frame, sent_actors, low), sent_actors)
        if isinstance(read, SentenceReading):
            return read
        main, reported, taken, content = read
    elif frame is not None:
        main = frame
    if frame is not None and taken is None and _COORDINATED_FRAME.search(low, max(start, frame.start - 12), frame.start) \
            and any(q.form == "verb" and not q.embedded and not q.quoted and q.trigger.start < frame.trigger.start
                    for q in preds):
        # "condemned Hamas' attack and reiterated that ...": a second verb that reports no act of its own
        # ("... but said Damascus should draw lessons": a demand) frames nothing
        dropped = frame.end
        frame = content = reported = taken = main = None
    else:
        dropped = None
    if frame is None:
        main = best(preds, low)
        if main is not None and dropped is not None and main.passive and main.trigger.start >= dropped:
            # "Saffour put the toll at more than 700, and added that 5,000 people had been arrested": a passive in what
            # the dropped second verb says is no act of the subject's; the verb before it is the sentence's
            main = best([p for p in preds if p.trigger.start < dropped], low) or main
        if main is not None:
            main = reader.conditional(main, (start, end))
            if main.type == "statement":
                main = statement_content(reader, main, preds)
    return SentenceReading(start, end, tuple(preds), frame, content, reported, main, taken)


def charge_cue(reader: PredicateReader, content: tuple[int, int], speaker: ActorMention | None,
               preds: list[Predicate], actors: list[ActorMention]) -> tuple[str, tuple[int, int] | None] | None:
    """The rule by which what ``speaker`` says in ``content`` charges another party (an accusation), or None: words of
    disapproval, a harm put on another side, a condemnation, conduct condemned in words of horror, a failure blamed, an
    insult, a state's name for the side it fights, force told as wrongful. Read for a reported clause (``read_sentence``:
    the rule types the saying) and for a transcript speaker's own sentence (``turn_charges``: the span is the row's
    trigger). With the rule, the span of the words it read, the words that make the clause a charge: the word of disapproval ("brutality", "no respect for"), "behind the killings", the speaker's "blames", the words of
    condemnation, of the failure blamed ("failed to"), the insult ("a liar"), the enemy's label ("armed gangs"). The span
    is None where no one phrase decided it: a harm put on a party by "by" after a passive (``perpetrators``), conduct
    condemned in words of horror (``condemned_conduct``, three shapes), a side told as armed from outside
    (``foreign_backing``), force told as wrongful (``charged_force``)."""
    low = reader.low
    # (the two patterns after the first searched only where their literal word is: "behind", "blame" or "accuse")
    m = _DISAPPROVAL.search(low, *content) \
        or (_BEHIND_HARM.search(low, *content) if low.find("behind", *content) >= 0 else None) \
        or (_OWN_BLAME.search(low, *content)
            if low.find("blame", *content) >= 0 or low.find("accuse", *content) >= 0 else None)
    if m is not None:
        if m.re is _BEHIND_HARM:
            return "reported disapproval", (low.index("behind", m.start()), m.end())  # ("behind the killings")
        if m.re is _OWN_BLAME:
            return "reported disapproval", (m.start() + _LAST_WORD.search(m.group()).start(), m.end())  # ("blames")
        return "reported disapproval", m.span()
    if speaker is not None and any(a is None or other_side(a, speaker) for a in perpetrators(low, content, actors)):
        # "\"All the bombings ... are perpetrated by the regime,\" he says": a harm put on a named party of another
        # side in the passive, as "was behind the bombings" is (``perpetrators``)
        return "reported perpetrator", None
    if (m := _condemning(reader, content, speaker)) is not None:
        return "reported condemnation", m.span()
    if speaker is not None and (m := _WRONGDOING.search(low, *content)) is not None \
            and not any(_MEDIUM_SPEAKER.search(w or "") for w in (speaker.name, speaker.text, speaker.surface)):
        # "\"... use Libya as an excuse, as a ploy ...,\" Rice said", "\"... the Assad regime has continued to act
        # seemingly with impunity ...,\" Mr Hague said": wrongdoing in words no plain report uses. (Not a news medium's
        # report, which stays its statement, as its enemy label does: ``enemy_label``)
        return "reported wrongdoing", m.span()
    if speaker is not None and condemned_conduct(low, content, reader.quotes):
        # "told the UN Security Council that Syria's \"horrific campaign of violence\" had \"shocked the conscience of
        # the world\"", "said that the massacre at Houla ... was appalling": conduct condemned in words of horror
        return "reported horror", None
    if (blamed := _failure_blamed(low, reader.actors, content, speaker)) is not None:
        return "reported failure", blamed[1].span()
    if (m := _insulting(reader, content, speaker)) is not None:
        return "reported insult", m.span()
    if (label := enemy_label(reader, content, speaker)) is not None:
        # "President Assad insists his troops are fighting \"armed gangs\"": a state's name for the side it fights is
        # its blame (``enemy_label``)
        return "reported enemy label", label or None
    if speaker is not None and charges_force(low, content, preds):
        # "\"Security forces continue to arbitrarily detain peaceful protesters ...,\" said Julie de Rivero": force
        # told as wrongful, by a named speaker, is an accusation (``charged_force``)
        return "reported charged force", None
    return None


# a verb of holding to a position, and what it holds to when that is a denial (a negated clause, "no role in",
# "unrelated to", "nothing to do with")
_THAT_OPENING = re.compile(r"[\s,:\"“]*(?:that\s+)?")
_INSISTING = INSIST | {"maintain", "maintained", "maintains", "maintaining"}
_DENIAL = re.compile(r"(?<![\w'’])(?:not|never|no\s+(?:role|part|link|links|hand|involvement|connection|responsibility)|"
                     r"nothing\s+to\s+do\s+with|unrelated\s+to|had\s+no\s+knowledge)(?![\w'’])|n['’]t(?![\w'’])")


def _own_denial(low: str, content: tuple[int, int], speaker: ActorMention | None, actors: list[ActorMention]) -> bool:
    """Does the clause the speaker holds to deny something of the speaker's side ("that Damascus had no role", "that
    the arms were not being used", "it had nothing to do with")? Not a denial said of another party ("insisted that
    Assad was not complying": a charge against Assad)."""
    m = _DENIAL.search(low, *content)
    if m is None or speaker is None:
        return False
    own = {speaker.key, speaker.name, speaker.country}
    opening = content[0] + len(_THAT_OPENING.match(low, content[0]).group())
    # the clause's subject: a name at its head ("Assad was not", "Syrian President Bashar al-Assad had no"), not one
    # inside a longer subject ("its arms shipments to Syria are unrelated"). With no name there all() is True: a
    # clause without a named subject ("that the arms were not being used") is the speaker's own denial
    return all(a.key in own or a.name in own for a in actors if opening <= a.start < min(m.start(), opening + 12))


_NOUN_CLAUSE = re.compile(r"\s+that\s")
# what may follow a speech-act noun that ends the frame's object: its own "of"/"against"/"on" phrase, or nothing
_OBJECT_END = re.compile(r"\s*(?:$|[.,;]|(?:of|against|on|over|at|about|in|to)\s)")
# what a verb of announcing takes: a noun of a plan, its infinitive, and at most one infinitive of purpose after that
# infinitive's object ("our intent to open a maritime corridor to deliver ...")
_INTENT = re.compile(r"\s*(?:(?:%s|[\w-]+)\s+){0,3}?(?:%s)\s+to\s+(?:[a-z]+\s+(?:[\w'’-]+\s+){0,5}?to\s+)?"
                     % ("|".join(sorted(DETERMINERS | {"our", "my", "your"}, key=len, reverse=True)),
                        phrase_alternation(CUES["announced_intent"])))


def announced_intent(low: str, content: tuple[int, int], p: Predicate) -> bool:
    """Does what a verb of announcing reports open with a noun of a plan whose infinitive is ``p`` ("announced its
    intent to provide additional humanitarian assistance", "announce our intent to open a maritime corridor to deliver
    aid", "announced plans to deliver aid by sea", "announced a new initiative to deliver aid")? The announcement is
    the speaker's planned act of ``p``'s kind, as "announced that it will provide aid" is (``announced_intent``)."""
    return p.form == "verb" and not p.quoted and not p.negated and _INTENT.fullmatch(low, content[0], p.start) is not None


# what a verb of announcing reports as its subject's readiness, up to the act's infinitive: "the United States is
# announcing it is prepared to provide more than $1 billion", "announced that it stands ready to deliver"
_READINESS = re.compile(r"\s*(?:that\s+)?(?:it|we|they|he|she|i)\s+(?:is|are|am|was|were|stands?|stood)\s+(?:now\s+)?"
                        r"(?:prepared|ready|poised)\s+to\s+")
_ANNOUNCING = re.compile(r"announc(?:e|es|ed|ing)\b")


def announced_readiness(low: str, frame: Predicate, content: tuple[int, int], p: Predicate) -> bool:
    """Does a verb of announcing report its subject's readiness to do ``p`` ("Today, the United States is announcing it
    is prepared to provide more than $1 billion in new funding toward humanitarian assistance")? Announced, the
    readiness is the planned act, as "announced that it will provide" is (events_gold.md rule 14); "said it is ready
    to" stays a saying (an offer, rule "proposals/offers -> statement")."""
    return p.form == "verb" and not p.quoted and not p.negated and p.type not in SPEECH_ACTS \
        and _ANNOUNCING.match(frame.trigger.text.lower()) is not None \
        and _READINESS.fullmatch(low, content[0], p.start) is not None


def _object_speech_noun(reader: PredicateReader, frame: Predicate, content: tuple[int, int],
                        preds: list[Predicate]) -> Predicate | None:
    """A noun of a speech act that heads the frame's object and takes a clause of its own ("wrote an opinion piece
    ... warning that ...", "sent a letter of protest that ..."): the noun phrase opens what the frame reports with a
    determiner, has no verb, clause word or comma of its own before the noun, and the noun is followed by "that".
    A noun of a speech act of another kind than a statement may also be the whole object ("posted a string of
    critiques on the social network", "tweeted a sharp criticism of the vote"): the posting is the criticism."""
    if content[0] < frame.end:
        return None
    low = reader.low
    words = re.findall(r"[\w’'-]+|[^\w\s]", low[content[0]:content[1]])
    if not words or words[0] not in DETERMINERS:
        return None
    for p in preds:
        if p.form != "noun" or p.type not in SPEECH_ACTS or p.quoted or not content[0] < p.trigger.start < content[1]:
            continue
        if not _NOUN_CLAUSE.match(low, p.trigger.end) and not (
                p.type != "statement" and _OBJECT_END.match(low, p.trigger.end, content[1])
                and len(re.findall(r"[\w’'-]+", low[content[0]:p.trigger.start])) <= 4
                and " and " not in low[content[0]:p.trigger.start]
                and not _CLAUSE_WORDS.search(low, p.trigger.end, content[1])
                and not any(q.form == "verb" and p.trigger.end <= q.trigger.start < content[1] for q in preds)):
            # (the head of the object, near its determiner, and no clause after it: not "underscored the universality of
            # human rights and the responsibility of all nations to respect their ... commitments", nor "said the threat
            # of an ultimatum of sanctions ... was \"unacceptable\"", the subject of what was said)
            continue
        between = low[content[0]:p.trigger.start]
        if "," in between or _CLAUSE_WORDS.search(between) or any(
                q.form == "verb" and content[0] <= q.trigger.start < p.trigger.start for q in preds):
            return None
        return p
    return None


def _narrowed(reader: PredicateReader, content: tuple[int, int], stop: int, inside: list[Predicate],
              extra: list[Predicate]) -> tuple[tuple[int, int], list[Predicate], Predicate | None]:
    """What was reported ends at ``stop``: the content, the predicates inside it and the act it reports, read
    again over the shorter content."""
    content = (content[0], stop)
    inside = [p for p in inside if p.trigger.start < stop]
    extra = [x for x in extra if x.trigger.start < stop]  # (a refusal in the other clause is not what was reported)
    return content, inside, _candidate(reader, inside, extra, content)


def _candidate(reader: PredicateReader, inside: list[Predicate], extra: list[Predicate],
               content: tuple[int, int]) -> Predicate | None:
    """The act the reported clause ``content`` reports, if any: its best predicate (a quoted one only when it is a
    verb of a speech act), or none when that says what the statement is about rather than an act: a quoted or bare
    noun ("the use or threat of use of nuclear weapons"), a noun heading the clause's subject ("said Iran's support
    for Syria was based on ..."), or an act the clause only holds possible ("say the UK and US could grant Assad
    clemency"). Such a statement stays a statement, and what it is about is no event of its own."""
    inside = [_witnessed(_own_quoted_act(reader, p)) for p in inside]
    candidate = best([p for p in inside if not p.quoted or (p.form == "verb" and p.type in SPEECH_ACTS)] + extra)
    if candidate is not None and candidate.embedded and candidate.rule.startswith("quoted "):
        # '"We reject any dialogue while tanks shell our towns ...," he said': the speaker's own speech act heads the
        # quote; what the witness saw in a clause under it does not outrank it
        own = next((p for p in inside if p.quoted and p.form == "verb" and p.type in SPEECH_ACTS and not p.embedded
                    and p.start < candidate.start and reader.subject_token(p.start)[1] in ("we", "i")), None)
        candidate = own or candidate
    if candidate is None or candidate.quoted and candidate.form == "noun" or candidate.topic \
            or candidate.form == "noun" and not candidate.owned:
        return None
    if _reported_subject(reader, candidate, content):
        return None
    possible = _possible(reader, candidate, content)
    if possible == "own threat":  # "Turkey ... has said it could impose sanctions": its own act, planned
        return reader.conditional(replace(candidate, status="planned", rule=f"possible {candidate.rule}"), content)
    if possible:
        return None
    return reader.conditional(candidate, content)




def _own_quoted_act(reader: PredicateReader, p: Predicate) -> Predicate:
    """A quoted act of the speaker's side, "we" or "I" its subject ('"In the coming days we will further consult
    with the council," Mr Ban said', '"Right now, we are providing electricity" to Syria, Mr Yildiz said'), reads as
    the same act told in indirect speech does ("Ban said he would consult with the council": the speaker's planned
    act, ``_takes_over``), not as a bare statement that folds into the speech; other quoted words stay the speaker's
    and no act of their own (not a negated, passive or embedded verb: '"We will not meet them"' is a refusal, '"We
    hope to meet them"' a hope; nor one under "can": '"I think we can agree to a wider set of measures"' offers what
    the side is able to do, no agreement, as '"we can send"' sends nothing. "could", "may" and "might" are read
    after this, as in indirect speech: ``_possible``, a hostile act of the speaker's side so held a planned one)."""
    if p.quoted and p.form == "verb" and not p.negated and not p.passive \
            and not p.embedded and p.type != "statement":
        i, subject = reader.subject_token(p.start)
        if subject in ("we", "i") and ABILITY.isdisjoint(  # (no "can": senses.ABILITY, as ``_possible`` reads it)
                reader.tokens.modal_words(i + 1, reader.tokens.index(p.start))):
            return replace(p, quoted=False, rule=f"own plan {p.rule}")
    return p


def _witnessed(p: Predicate) -> Predicate:
    """A quoted verb of force is what the quoted witness saw, reported as the saying reports an unquoted one
    ('"Soldiers attacked houses and men, women and children regardless," he said'); other quoted words are
    the speaker's and stay no act of their own (a quoted noun, a promise, a meeting)."""
    if p.quoted and p.form == "verb" and type_info(p.type).family in FORCE_FAMILIES and not p.negated and not p.passive:
        return replace(p, quoted=False, rule=f"quoted {p.rule}")
    return p


def _possible(reader: PredicateReader, p: Predicate, content: tuple[int, int]) -> str:
    """Does the clause only hold ``p`` possible ("can", "could", "might" or "may" in its verb group, no negation:
    "could not accept", "cannot accept" are refusals)? Then "own threat" when it is a hostile act of the clause's
    pronoun subject, the speaker's side ("has said it could impose sanctions"; not under "can" alone), "possible"
    otherwise, unless a condition makes a hostile
    act a threat ("may halt mediation if cooperation founders"); "" when it is no bare possibility."""
    if p.form != "verb" or p.rule in ("obligation", "refusal") or p.type == "threaten":
        return ""
    tokens = reader.tokens
    first, verb = tokens.index(content[0]), tokens.index(p.start)
    n = possibility_group(tokens.modal_words(first, verb), able=True)  # (senses.possibility_group: as acts of force)
    if not n:
        return ""
    i = verb - n - 1  # the word before the verb group
    subject = tokens.words[i] if i >= first else ""
    # "can" alone: what a party is able to do, no act and no planned one for any subject ("said Britain can agree to
    # wider measures", "said it can impose sanctions"), as a quoted one is none (``_own_quoted_act``); a condition still
    # makes a hostile one a threat; a transcript speaker's own unquoted "we can" ("how we can work together") is read
    # as before
    able = not POSSIBILITY.intersection(tokens.words[verb - n:verb])
    if able and subject in ("we", "i"):
        return ""
    if type_info(p.type).family in HOSTILE:
        if subject in PRONOUNS and subject not in ("who", "which") and not p.embedded and not able:
            return "own threat"
        if reader.conditional(replace(p, status="planned"), content).type == "threaten":
            return "own threat" if able else ""  # ("said Turkey can impose sanctions if ...": the threat, planned)
    return "possible"


def _reported_subject(reader: PredicateReader, p: Predicate, content: tuple[int, int]) -> bool:
    """Is ``p`` a noun that heads the subject of the reported clause ("said Syria's fierce military crackdown on ...
    had nothing to do with religion")? What is said of it is the statement; with no date of its own it is no
    event (an act named in an adjunct, "despite Kiev's armed provocations", still is)."""
    if p.form != "noun" or not content[0] <= p.trigger.start < content[1]:
        return False
    words = re.findall(r"[\w’'-]+|[^\w\s]", reader.low[content[0]:p.trigger.start])
    return len(words) <= 4 and all(w[0].isalnum() and w not in BOUNDARY_WORDS and w not in PRONOUNS and w not in BE
                                   and w not in HAVE for w in words)


_OWN_AUXILIARIES = re.compile(r"\s+(?:(?:also|then|later|has|have|had|will|would|on\s+[a-z]+day)\s+)*")
# the same after a contrasting opening, where the speaker may cite its source in an aside first ("although the
# Washington Post, citing leaked U.S. diplomatic cables, said ...")
_CONTRAST_AUXILIARIES = re.compile(r"(?:,\s*(?:citing|quoting)\s" + run_class(r",;:\"“”") + r"{1,80},)?" +
                                   _OWN_AUXILIARIES.pattern)


def _own_clause(reader: PredicateReader, preds: list[Predicate], content: tuple[int, int]) -> int | None:
    """Where a clause with a subject of its own starts inside what a reporting verb reports: "and" (not after a
    name: "Russia and China had vetoed" is one subject), a named actor and a finite verb of the lexicon ("said his
    country would descend into civil war if he were forced to quit and Washington voiced concern")."""
    low = reader.low
    for a in reader.actors:
        if not content[0] < a.start < content[1]:
            continue
        near = words_back(low, content[0], a.start, _OPENER_WORDS + 1)
        m = _AND_BEFORE.search(low[near:a.start])
        contrast = m is None and (m := contrast_search(low, near, a.start)) is not None
        if m is None or not contrast and near + m.start() in reader.actor_ends:
            continue
        gap = (_CONTRAST_AUXILIARIES if contrast else _OWN_AUXILIARIES).match(low, a.end)
        if gap is None:
            continue  # "and Washington's envoy": no verb of its own
        verb = next((p for p in preds if p.trigger.start == gap.end() and not p.quoted
                     and (p.form == "verb" or contrast and p.reporting)), None)
        if verb is not None and PAST_VERB.fullmatch(low[verb.trigger.start:verb.trigger.end].split()[0]):
            # (", while the Syrian National Council said it could not engage in talks": another speaker's saying)
            return m.start() if contrast else near + m.start()
    return None


# "and" or "but" (after a comma or a space) and an optional "the" just before an actor: at most three runs of
# characters other than white space (",", "and", "the")
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:the\s+)?$")
# the most runs of characters other than white space that a match of _AND_BEFORE or CONTRAST spans (CONTRAST: the
# comma or dash, "while", "the" and two words)
_OPENER_WORDS = 5


def words_back(low: str, start: int, end: int, words: int) -> int:
    """Where the ``words``-th run of characters other than white space before ``end`` starts (``start`` if fewer come
    after it). A pattern anchored at ``end`` whose matches span fewer such runs finds the same leftmost match searched
    from here as from ``start``: one starting before here would span all of them. So the searches before each actor of
    a reported clause read a few words, not the clause from its start (a list of 1,400 names after "Lavrov said" took
    1 s in them)."""
    at = end
    for _ in range(words):
        while at > start and low[at - 1].isspace():
            at -= 1
        while at > start and not low[at - 1].isspace():
            at -= 1
        if at == start:
            break
    return at


def _other_source(reader: PredicateReader, preds: list[Predicate], content: tuple[int, int]) \
        -> tuple[int, Predicate | None] | None:
    """Where a saying of another source no name gives starts inside what a reporting verb reports (", but activists
    said troops were carrying out reprisal attacks"), and the act of someone else that the second saying reports
    (``_OTHER_SOURCE``), if any."""
    low = reader.low
    for p in preds:
        if content[0] < p.start < content[1] and p.reporting and not p.quoted and p.form == "report":
            m = _OTHER_SOURCE.search(low, max(content[0], p.start - 60), p.end)
            if m is None or m.end() != p.start or any(m.start() < a.start < p.start for a in reader.actors):
                continue
            after = _THAT.match(reader.low, p.end)  # "told Reuters that tanks shelled ...": the clause after its "that"
            clause = (after.end() if after is not None else p.end, content[1])
            act = best([_unembedded(reader, q, clause) for q in preds if clause[0] <= q.trigger.start < content[1]
                        and not q.quoted and not q.reporting and q.form == "verb" and q.type not in SPEECH_ACTS])
            return m.start(), act
    return None


# a saying of another source set by ", but" or ", while" against what the frame reports, its subject a few words
# with no name ("Syrian officials told the Red Cross that ..., but activists said troops were carrying out reprisal
# attacks": the second saying is the activists', and what it reports is no part of what the officials told)
_THAT = re.compile(r"(?:\s+(?!that\b)[\w'’.-]+){0,3}?\s+that\b")
# a clause of another subject set against the one before it: ", while", ", whereas" (the words; extract's openers too)
CONTRASTING = r"(?:while|whereas)"
_OTHER_SOURCE = re.compile(r",\s*(?:but|%s)\s+(?:[a-z][\w-]*\s+){1,4}(?=(?:said|say|says|reported|told)\b)" % CONTRASTING)
# another speaker's saying set against the frame's: ", while", ", whereas", and the concessive ", although", "-- though"
# ("said on Monday it was not working to undermine the Syrian government -- although the Washington Post ... said"),
# before a subject with at most two words ahead of its name (", while the opposition Syrian National Council said")
SAYING_CONTRAST = r"(?:,|\s*--|\s*[—–])\s*(?:while|whereas|although|though)\s+"
CONTRAST = re.compile(SAYING_CONTRAST + r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# the same, its dashes' white space read from a run's first character only: tried at every space of a long run it was
# quadratic (20,000 spaces in a reported clause: 10 s); a later start inside a run can only match where the run's first
# does (``contrast_search``)
_CONTRAST_FROM_RUN = re.compile(r"(?:,|(?<!\s)\s*--|(?<!\s)\s*[—–])\s*(?:while|whereas|although|though)\s+"
                                r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def contrast_search(low: str, start: int, end: int) -> re.Match | None:
    """``CONTRAST.search(low, start, end)`` in linear time: the leftmost match starts at ``start`` or where no white
    space comes before it."""
    return CONTRAST.match(low, start, end) or _CONTRAST_FROM_RUN.search(low, start, end)


def _relative_act(reader: PredicateReader, preds: list[Predicate], frame: Predicate) -> Predicate | None:
    """ "Ankara, which has already imposed an arms embargo, has said ...": the act of a non-restrictive relative
    clause on the speaker, set off by commas before the frame, is an event of its own."""
    for p in preds:
        if p is frame or p.form != "verb" or p.quoted or p.type == "statement" or p.trigger.start >= frame.start:
            continue
        comma = reader.low.find(",", p.end, frame.start)
        if comma < 0 or reader.low[comma + 1:frame.start].strip(" ") and "," in reader.low[comma + 1:frame.start]:
            continue
        if in_aside(reader.low, reader.start, p.start):
            return replace(p, embedded=False, rule="relative clause")
    return None


def _unembedded(reader: PredicateReader, p: Predicate, content: tuple[int, int]) -> Predicate:
    """A verb of the reported clause is not embedded by the frame's own "that" ("announcing that the Republic
    of Korea will host ..."), only by a subordinator or "to" of the clause itself."""
    if not p.embedded or p.form != "verb" or p.rule == "participle":
        return p
    words = reader.tokens.words[reader.tokens.index(content[0]):reader.tokens.index(p.start)]
    if words[-1:] and words[-1].endswith("ly") and len(words[-1]) > 4 and words[-2:-1] == ["to"]:
        words = words[:-1]  # ("continue to arbitrarily detain": a split infinitive's adverb)
    if words[-2:-1] and words[-1] == "to" and words[-2] in _INCEPTIVE:
        words = words[:-2]  # "said ... Turkey had begun to exert pressure on the Syrian government": the act itself
    elif words[-2:-1] and words[-1] == "to" and words[-2] in _CONTINUING and not (words[-3:-2] and words[-3] in _NOT_YET):
        words = words[:-2]  # "\"Security forces continue to arbitrarily detain peaceful protesters,\" said Julie de
        # Rivero": the detentions go on, an act of the clause's subject (events_gold_fresh13 46#26), as outside a saying
        # ("Syrian forces continue to shell Homs, activists say"); not one to come ("would continue to", "pledged to
        # continue to": a modal or "to" before it keeps the plan the frame's)
    if words[:1] and words[0] in SUBORDINATORS and "," in words:
        # a fronted clause that a comma closes is not the clause of a verb after it ("said that while most Arab nations
        # opposed action against Syria, Turkey was moving closer to the Western position and had begun to exert ...")
        words = words[len(words) - words[::-1].index(","):]
    if any(w in SUBORDINATORS or w == "to" and after not in DETERMINERS
           for w, after in zip(words, [*words[1:], ""])):  # (not a "to" before a noun phrase: "closer to the Western position")
        return p
    return replace(p, embedded=False)


_INCEPTIVE = frozenset(CUES["inceptive"])  # "began to", "started to": the act begins, it is no plan
_CONTINUING = frozenset({"continue", "continues", "continued"})  # "continue to detain": the act goes on, no plan
_NOT_YET = MODALS | {"to", "not", "never", "n't"}  # before "continue": a plan, a purpose or a denial, not an act going on


_PRESENT_FORM = re.compile(r"(?<!s)s$")


def _others_speech(reader: PredicateReader, p: Predicate, speaker: ActorMention | None, actors: list[ActorMention],
                   content: tuple[int, int]) -> bool:
    """Is ``p`` a speech act of someone the clause names, not the speaker, done to a named addressee ("Putin
    congratulated Tinubu on his victory ..., the Kremlin press service said", "Xi sent a message of condolences to
    Erdogan, Xinhua reported")? It is that person's act, which the source reports, not the source's saying."""
    if p.form != "verb" or p.quoted or p.embedded or p.passive or p.status != "reported" \
            or _PRESENT_FORM.search(p.trigger.text.lower()):
        return False  # ("Japan hopes to see ...": a stance held, not an act of the day)
    subject = subject_of(p.start, [a for a in actors if content[0] <= a.start < p.start], reader.low, content[0])
    if subject is None or subject.kind != "person" or subject.basis not in ("name", "surname") \
            or "unresolved" in subject.flags:
        return False  # ("US officials have refused to discuss details ..., the BBC's Kim Ghattas says": no one named)
    if speaker is not None and (subject.key == speaker.key or subject.name == speaker.name):
        return False
    return any(p.end <= a.start < content[1] and a.key != subject.key for a in actors)


# a possessive and at most two words before a noun: "India's request", "Syria's latest proposal"
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")


def _others_owner(actors: list[ActorMention], low: str, p: Predicate, speaker: ActorMention | None,
                  content: tuple[int, int]) -> ActorMention | None:
    """The named actor, not of ``speaker``'s side, whose noun ``p`` is in the reported clause ("India's request"), or
    None: the actor that ends right before a possessive and at most two words before the noun."""
    if p.form != "noun":
        return None
    owner = next((a for a in actors if content[0] <= a.start and a.end <= p.trigger.start
                  and _POSSESSIVE_BEFORE.fullmatch(low, a.end, p.trigger.start)), None)
    return owner if owner is not None and not speakers_side(owner, speaker) else None


def answered_party(reading: SentenceReading, actors: list[ActorMention], low: str,
                   speaker: ActorMention | None) -> ActorMention | None:
    """The party whose speech act a statement's reported clause takes up ("affirms that it intends to take into
    consideration ... India's request that ...": India), the statement's counterpart; None when there is none."""
    if reading.content is None or reading.frame is None or reading.content[0] < reading.frame.end:
        return None
    for q in reading.predicates:
        if q.form == "noun" and q.type in SPEECH_ACTS and not q.quoted \
                and reading.content[0] <= q.trigger.start < reading.content[1]:
            owner = _others_owner(actors, low, q, speaker, reading.content)
            if owner is not None:
                return owner
    return None


def _others_noun(reader: PredicateReader, p: Predicate, speaker: ActorMention | None, content: tuple[int, int]) -> bool:
    """Is ``p`` a noun another party owns in the reported clause after the frame ("said that it will consider India's
    request")? What the speaker says of it is the statement; the noun is its topic, no event of the day. (Not an
    opening phrase before a closing frame: "Asked about Russia's veto of the resolution, ... replied: ..." keeps the
    veto.)"""
    return _others_owner(reader.actors, reader.low, p, speaker, content) is not None


def _takes_over(p: Predicate, speaker: ActorMention | None, actors: list[ActorMention], reader: PredicateReader,
                content: tuple[int, int], opening: bool = True) -> bool:
    """Does the statement take the kind of what it reports? A speech act (demand, accusation,
    rejection, threat, support) does, unless someone else is its subject; so does the speaker's own
    act ("it will not renew", "they would meet the mediator"). A speech act whose subject is the
    speaker's side ("the United States will act firmly", said by the President) is the speaker's; one whose subject
    is a third party the text does not name, after the verb of saying ("said even Yemeni tribal figures close to Riyadh
    have expressed frustration"), or "the regime" (a word no one calls his own side by), is that party's, not the
    speaker's. (``opening``: the reported clause follows the verb of saying.)"""
    if p.rule in ("obligation", "refusal"):
        return True
    if p.type == "cooperate" and p.form != "noun" and p.trigger.text.lower() in COMMITMENT_NOUNS:
        p = replace(p, type="support")  # "emphasized the United States' continued commitment to working closely with
        # Kenya": a commitment the speaker voices, read as the speech act it is made in (predicates._JOINT_COMMITMENT)
    if p.rule.startswith("quoted "):
        return False  # what a quoted witness saw is an event of its own, not the speaker's act ('"They attacked the army
        # and killed many people," he added')
    if p.passive and p.type not in SPEECH_ACTS:
        return False  # "Damascus says 500 police and soldiers have been killed": its side is the victim, not the agent
    # the speaker's own act is what the statement announces when it is a plan or an act of speech ("they
    # would meet", "we call on"); a past meeting or visit of theirs is an event of its own ("said he has
    # visited Syria")
    own = p.status == "planned" or p.type in SPEECH_ACTS or p.family != "consult"
    if _others_noun(reader, p, speaker, content):
        return False  # "said that it intends to take into consideration India's request that ...": India's request,
        # which the speaker takes up, is no demand of the speaker's
    i, prev = reader.subject_token(p.start)
    if prev in ("who", "which") and p.rule not in ("obligation", "refusal"):
        return False  # "said ... the Free Syrian Army, an armed rebel group which is opposed to President Bashar al-Assad":
        # a relative clause describes its antecedent; it is not what the speaker did
    if prev in PRONOUNS and prev not in ("who", "which"):
        # "it will not renew", "they would meet", "we call on"; not '"They are refusing reform," Naoum said'
        if opening and claimed_act(reader.low, content, p):
            return False  # "The Free Syrian Army said it had shot the aircraft down": a claim (``claimed_act``)
        return own and (p.type != "reject" or pronoun_is_speaker(prev, speaker))
    subject = subject_of(p.start, [a for a in actors if content[0] <= a.start < p.start], reader.low, content[0])
    if subject is not None:
        if speaker is not None and subject.key == speaker.key:
            # (a done act the speaker's side claims is a row of its own, rule 18: ``claimed_by_side``)
            return own and not (opening and claimed_by_side(reader.low, content, p, subject))
        if p.type not in SPEECH_ACTS or speaker is None or _disowned(subject):
            return False  # ("He says the regime, if cornered further, \"will not hesitate to use chemical weapons\"": the
            # regime's threat, which he reports; no one calls his own side "the regime")
        return subject.name == speaker.country or (subject.kind != "person" and speaker.kind == "person"
                                                   and speaker.country is None
                                                   and not _SUBJECT_PERFECT.fullmatch(reader.low, subject.end, p.trigger.start))
    if i >= 0 and reader.tokens.starts[i] >= content[0] and prev.isalpha() and prev not in BOUNDARY_WORDS \
            and prev not in PRONOUNS \
            and (p.type == "reject" and not _REFUSAL_IMPERSONAL.fullmatch(p.trigger.text.lower())
                 or opening and p.type in SPEECH_ACTS and p.type != "reject" and p.form == "verb" and not p.embedded
                 and not p.passive and prev not in _OWN_BODIES):
        return False  # "said that when the soldiers arrived, many refused to open fire", "said even Yemeni tribal figures
        # close to Riyadh have expressed frustration with Saudi inaction": a subject of its own, not the speaker, acts
    if p.type in SPEECH_ACTS and _DISOWNED_BEFORE.search(reader.low, content[0], p.start):
        return False  # "said the regime, if cornered, would not hesitate to use chemical weapons": the regime's threat
    return p.type in SPEECH_ACTS and not p.embedded
