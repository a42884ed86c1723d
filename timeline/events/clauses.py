"""Clause structure: which clause an act belongs to, and whose act it is.

``extract`` reads a sentence's main event; these rules decide which other verbs of the sentence head
clauses of their own and who does them:

- a participle clause with a speech act beside the main clause (", urging him to end the bloodshed", "In
  ruling out military action, Kuwait echoed ..."): an act of the clause's subject (``PARTICIPLE_ACTS``,
  ``PARTICIPLE_CLAUSE``, ``OPENING_PARTICIPLE``, ``opening_subject``); a saying participle after a main clause
  with no act of its own is the act of that clause's opening subject ("Beijing has stepped up its diplomatic
  efforts, saying ...": ``clause_subject``);
- a verb coordinated with the reporting verb itself ("..., he said, and called for ..."): the speaker's act
  (``with_frame``); a verb of what a reporting verb reports is embedded only by the reported clause's own
  subordinators (``in_report``);
- a coordinated clause ("They condemned ... and pledged ...", "... and President el-Sisi expressed ..."): its
  subject, shared or its own (``coordinate_subject``), and a commitment that is a second object ("as well as
  their commitment to ... provide assistance": ``committed_act``);
- a reporting frame with no date of its own: the day it was reported, unless it announces a plan or what it
  reports is ongoing or in the perfect (``frame_basis``).

``OPENS`` is the run of words a sentence may open with before its verb ("And", "Well", "Once again").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import ongoing, perfect, speakers_own_now
from ..cue_words import FINITE_VERB, PAST_VERB, greedy_run, run_class
from .cues import CUES, FINITE_AUXILIARY, MODAL_GROUP, PLURAL_ANAPHORS, PRONOUNS, SUBORDINATORS
from .predicates import SPEECH, SPEECH_ACTS, Predicate
from .progressive_news import progressive_news
from .series import series_member
from .speech import BUT_BEFORE, SentenceReading, pronoun_is_speaker, speakers_conjunct, stance_after_but
from .subjects import speaker as speaker_of
from .undated_why import ONGOING, PERFECT, undated

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import ActorMention
    from .extract import Sentence

PARTICIPLE_ACTS = SPEECH_ACTS | {"sanction"}  # acts a participle clause adds to its clause's event
PARTICIPLE_CLAUSE = re.compile(r",\s*(?:while\s+|and\s+|also\s+|thereby\s+)?$")
_TITLE_LEAD = re.compile(r"\s*(?:the\s+)?(?:(?:president|prime\s+minister|vice\s+president|secretary|minister|king|chancellor)\s+)?")
# (a concessive or "besides" phrase presupposes its act as done: "Despite accusing the Arab League of bias, the Syrian
# foreign minister did not close the door", "Besides condemning the attack, Moscow demanded ...")
OPENING_PARTICIPLE = re.compile(r"[\s\"“]*(?:(?:in|by|while|when|after|despite|in\s+spite\s+of|besides)\s+)?", re.I)


def opening_subject(q: Predicate, sent: Sentence, low: str) -> str | None:
    """The subject of the main clause after an opening participle phrase ("In ruling out military action,
    Kuwait echoed ...", "Thanking President Lula for ..., President Biden highlighted ..."): the actor right
    after the phrase's comma (after a title or "the")."""
    comma = low.find(",", q.end, sent.end)
    if comma < 0:
        return None
    for a in sent.actors:
        if comma < a.start and not a.placed and _TITLE_LEAD.fullmatch(low, comma + 1, a.start):
            return a.name
    return None


def clause_subject(q: Predicate, sent: Sentence, low: str) -> ActorMention | None:
    """The subject of the main clause that a participle clause after it hangs on, when that clause names no act of its
    own ("Beijing has stepped up its diplomatic efforts, saying it is sending an envoy ...": Beijing says so): the actor
    that opens the sentence (after a title or "the"), before the participle. Its end is where the main clause's verb
    group starts (``aspect.main_perfect``)."""
    lead = OPENS.match(low, sent.start).end()
    for a in sorted(sent.actors, key=lambda a: a.start):
        if a.start >= q.start:
            break
        if not a.placed and _TITLE_LEAD.fullmatch(low, lead, a.start):
            return a
    return None


# a sentence that opens with a document as its subject: "The draft resolution demands ...", "The text calls on ..."
_DOCUMENT_SUBJECT = re.compile(r"[\s\"“]*the\s+(?:[\w-]+\s+){0,2}?(?:%s)\b" % "|".join(
    sorted(CUES["document_subject"], key=len, reverse=True)))


def document_subject(q: Predicate, sent: Sentence, low: str) -> bool:
    """Does a participle clause ``q`` hang on a main clause whose subject is a document no actor stands for ("The draft
    resolution demands the Syrian government ends violence while calling on opposition groups to refrain ...")? Its
    act is the document's authors', not that of an actor the document names after its verb."""
    m = _DOCUMENT_SUBJECT.match(low, sent.start)
    return m is not None and m.end() <= q.start and not any(a.start < m.end() for a in sent.actors)


_AFTER_CLOSING_FRAME = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s*(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)*")


def with_frame(q: Predicate, reading: SentenceReading, low: str, actors: list[ActorMention] | tuple = ()) -> bool:
    """Is the verb ``q`` coordinated with the reporting verb itself, its subject the speaker? After a closing
    frame ('..., he said, and called for a UN resolution'), or a past tense in what the frame reports after a
    verb group it cannot share ("said that Assad would be ousted ... and warned that ...", "said he was backing
    the protesters and warned of civil war", "said ... had failed in its duty, and called for unity":
    ``speech.speakers_conjunct``)."""
    frame, content = reading.frame, reading.content
    if frame is None or content is None:
        return False
    if content[1] <= frame.start and frame.end <= q.start:
        return _AFTER_CLOSING_FRAME.fullmatch(low, frame.end, q.start) is not None
    if frame.end <= content[0] and stance_after_but(low, frame, (content[0], q.end), q) \
            and BUT_BEFORE.fullmatch(low, content[1], q.start):
        return True  # "Iran has said it is willing to resume discussions, but insists that ...": the speaker's stance
    return speakers_conjunct(low, frame, content, q, actors=actors)


_BUT_PRONOUN = re.compile(r",\s*but\s+(?P<pronoun>it|he|she)\s+(?:(?:also|then|later)\s+)?$")


def speaker_again(q: Predicate, sent: Sentence, low: str) -> bool:
    """Is ``q`` a speech act of the speaker, set by ", but" and the speaker's pronoun against what the frame reports
    ("The council ... said the world was obliged to protect the Syrian people, but it rejected foreign
    intervention": the council rejected)? "it" of a country, an organisation or a group, "he" or "she" of a person
    (``speech.pronoun_is_speaker``); a speech act only, which the speaker makes by saying."""
    frame, content = sent.reading.frame, sent.reading.content
    if frame is None or content is None or q.type not in SPEECH_ACTS or q.form != "verb" or q.quoted \
            or not (content[0] >= frame.end and content[0] <= q.start < content[1]):
        return False
    m = _BUT_PRONOUN.search(low, max(content[0], q.start - 30), q.start)
    if m is None:
        return False
    speaker = speaker_of(frame, sent.actors, low)
    return speaker is not None and (m.group("pronoun") == "it") == (speaker.kind != "person") \
        and pronoun_is_speaker(m.group("pronoun"), speaker)


def in_report(q: Predicate, sent: Sentence, low: str) -> Predicate:
    """A verb of what a reporting verb reports is not embedded by the frame's own "that" ("said that Assad
    would be ousted ... and warned that ..."), only by a subordinator or "to" of the reported clause; and a
    clause coordinated with a subject of its own starts afresh ("said his country would descend into civil war
    if he were forced to quit and Washington voiced concern": Washington's statement)."""
    content = sent.reading.content
    frame = sent.reading.frame
    if not q.embedded or q.form != "verb" or q.rule == "participle" or content is None or frame is None \
            or not (content[0] <= q.trigger.start < content[1] or content[1] <= q.trigger.start and frame.end <= content[0]):
        return q
    start = content[0]
    own = next((a for a in sent.actors if content[0] <= a.start and a.end <= q.start and a.start > frame.end
                and _OWN_SUBJECT.fullmatch(low, a.end, q.start)), None)
    if own is not None:
        m = _AND_BEFORE.search(low, content[0], own.start)
        if m is not None:
            start = m.end()
    words = re.findall(r"[a-z]+", low[start:q.start])
    subordinators = [w for w in words if w in SUBORDINATORS]
    if subordinators and not (subordinators == ["that"]
                              and speakers_conjunct(low, frame, content, q, bare=True, actors=sent.actors)):
        return q  # (but the frame's own "that" after its adjuncts, before a past verb the frame's clause takes: "declared
        # in a statement read out to the protesters that the \"era of military coups is over\" and vowed to protect")
    if "to" in words and not speakers_conjunct(low, frame, content, q, bare=True, actors=sent.actors):
        return q  # (a past verb after "and" that the frame's own clause takes is no infinitive's: "said that Damascus
        # was trying to evade sanctions and called for a solid response")
    return replace(q, embedded=False)


_OWN_SUBJECT = re.compile(r"\s+(?:(?:also|then|later|has|have|had|will|would)\s+)*")
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:the\s+)?$")


OPENS = re.compile(r"[\s\"“—–-]*(?:(?:and|so|but|well|again|once\s+again|(?:first|most|above)\s+of\s+all|first"
                   r"|(?:mr\.?|madam|madame|mister)\s+(?:vice\s+)?(?:president|prime\s+minister|chancellor|secretary|speaker))[\s,]+)*")
# (a transcript's address to the other speaker opens a turn's sentence too: "So, Mr. President, thank you so much for ...")
# "and" or "but", perhaps with a phrase set off by commas after it ("..., and, subject to the successful conclusion of
# the Interim Agreement, will remove ..."), then the subject of the second clause (or none: a shared subject)
_CONJOINED = re.compile(r"(?:,\s*|\s)(?:and|but)(?:,\s*" + run_class(r",;:()") + r"{1,100},)?\s+(?P<subject>" +
                        greedy_run(r",;:()") + r")$")
# the last "and"/"but" before a verb, with the subject again as a pronoun and its auxiliary: "but he has also"
_LAST_CONJOINED = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?P<subject>(?:(?!(?:and|but)\s)" + run_class(r",;:()") +
                             r")*)$")
_PERSON_SUBJECT = re.compile(r"i|we|you|they")  # a subject that a bare present follows as a finite verb
_PRONOUN_AGAIN = re.compile(r"(?:he|she|it|they|we)\s+(?:(?:has|have|had|also|then|later)\s+){0,2}")
# (with the adverbs of a perfect's aftermath: "gave permission ..., but has since refused to let the convoy through")
# a modal with "continue (to)" is one verb group too: "We condemn Russia ..., and will continue imposing economic costs on
# Russia" (the Biden-Trudeau statement), "..., and will continue to impose sanctions": the gerund or infinitive after it
# heads the second clause, with the first's subject; and a finite auxiliary (``cues.FINITE_AUXILIARY``) or "do"
_AUXILIARY_AFTER = re.compile(r"(?:\s+|^)(?:also|then|later|further|jointly|again|both|all|each|since|subsequently|"
                              rf"(?:{MODAL_GROUP})\s+(?:also\s+)?continue(?:\s+to)?|{FINITE_AUXILIARY}|do)$")


# a lone past participle before a bare plural noun may be its adjective ("release of political prisoners and detained
# protesters"): no verb of a coordinated clause by that reading alone
# a past verb of deciding or pledging and its "to", as all a coordinated clause has before its act's verb ("and decided
# to continue strengthening"; event_cues.tsv agreed_to, past forms)
_DECIDED_TO = re.compile(r"(?:also\s+)?(?:%s)\s+to(?:\s+(?:continue|further|jointly|also))*"
                         % "|".join(w for w in CUES["agreed_to"] if w.endswith("ed")))
# the present of a plan, as a joint statement's "we" says it: "We are also establishing a Dialogue and intend to deepen
# our collaboration" (events_gold_fresh15 #24), "We reaffirm ... our support of Pacific Island countries and intend to
# work in genuine partnership with the Pacific" (the Camp David statement)
_INTEND_TO = re.compile(r"(?:also\s+)?(?:intend|intends|plan|plans|aim|aims|seek|seeks)\s+to(?:\s+(?:continue|further|jointly|also))*")
# the last "and"/"but" of a conjoined stretch, then a perfect's auxiliary or a modal (adverbs between): "... and has
# abolished", "... and will also provide"
_TENSED_AFTER_AND = re.compile(r"(?:^|\s)(?:and|but)\s+(?:has|have|had|%s)(?:\s+(?:also|since|already|then|later))?$"
                               % MODAL_GROUP)
_ADJECTIVE_PARTICIPLE = re.compile(r"[a-z]+ed\s+[a-z]+s\b(?!\s+(?:on|against|to|from|in|at|with|for)\b)")


def _less_auxiliaries(subject: str) -> tuple[str, bool]:
    """``subject`` (the words between "and" / "but" and the verb) with the auxiliaries and adverbs at its end taken off
    (``_AUXILIARY_AFTER``: "Washington has also" -> "Washington"), and whether any were."""
    auxiliary = False
    while (a := _AUXILIARY_AFTER.search(subject)) is not None:
        subject, auxiliary = subject[:a.start()].rstrip(), True
    return subject, auxiliary


def coordinate_subject(q: Predicate, preds: list[Predicate], sent: Sentence, low: str) -> str | None:
    """The subject of the coordinated clause ``q`` heads ("" when it shares the subject before it), or None when
    ``q`` heads no finite clause coordinated with an earlier one ("... and pledged to work together": "", "... and
    President el-Sisi expressed his confidence": "President el-Sisi"; not "efforts to mobilize support and condemn
    repression", "the release of detained protesters")."""
    if q.reporting or q.quoted or q.embedded or q.topic or q.form != "verb":
        return None
    earlier = verb_before(q, preds)
    if earlier is None:
        return None
    m = _CONJOINED.search(low, earlier.end, q.start)
    if m is None:
        return "" if series_member(q, earlier, preds, low) else None
    last = _LAST_CONJOINED.search(low, m.start(), q.start)
    if last is not None and last.start() > m.start() and (_PRONOUN_AGAIN.fullmatch(last.group("subject"))
                                                         or _INTEND_TO.fullmatch(last.group("subject").rstrip())):
        m = last  # "sent troops and tanks to crush protests ... but he has also promised reforms": the last "but" opens
        # the clause, its subject the pronoun of the first's ("establishing a Data and Security Dialogue and intend
        # to deepen": the last "and", before a present plan, not the one inside the name)
    subject = m.group("subject").rstrip()
    tensed = _TENSED_AFTER_AND.search(subject) is not None  # "... and has abolished": a finite verb group after "and"
    subject, auxiliary = _less_auxiliaries(subject)
    if not auxiliary and (_DECIDED_TO.fullmatch(subject) or _INTEND_TO.fullmatch(subject)):
        return ""  # "welcomed the recent signing of ... and decided to continue strengthening real-time information
        # sharing": the verb after a coordinated past verb of deciding or pledging that is no act of its own heads the
        # second clause, with the first's subject (as "... and agreed to", where "agreed" is the act)
    verb = re.match(r"[a-z]+", low[q.start:q.end])
    # "had" heading the trigger is the clause's own past verb, not an auxiliary ("but he had warm words for U.S. President
    # Barack Obama": a lexicon phrase with "had" in it); the irregular pasts leave it out, an auxiliary elsewhere
    if not auxiliary and not (verb and (FINITE_VERB.fullmatch(verb.group()) or verb.group() == "had")) \
            and not _finite_conjunct(verb, earlier, low) \
            and not (_PERSON_SUBJECT.fullmatch(subject) and verb and not verb.group().endswith(("ed", "ing"))):
        return None  # an infinitive or a participle: part of the clause before (but a bare verb right after a
        # personal pronoun heads its own clause: "This is our ninth meeting ..., and I look forward to continuing",
        # "The United States remains fully committed to Japan's defense, and we welcome the opportunity")
    if not subject:
        return ""  # the shared subject: "They condemned ... and pledged"
    words = subject.split()
    end = m.start("subject") + len(subject)
    frame, content = sent.reading.frame, sent.reading.content
    if earlier is frame and content is not None and content[0] >= frame.end \
            and _AUXILIARY_WORD.search(low, content[0], m.start()) is None \
            and not any(content[0] <= p.start < m.start() and p.form == "verb" for p in preds):
        return None  # "underscored that the United States and China must work together": one subject of two names
    if len(words) <= 8 and (words[-1] in PRONOUNS or words[-1] in PLURAL_ANAPHORS
                            or any(a.end == end for a in sent.actors)):
        return subject
    if words[-1] in ("and", "but") and earlier is not frame \
            and (tensed and not q.passive or (q.type in PARTICIPLE_ACTS or q.rule.startswith("kept commitment"))
                 and not _ADJECTIVE_PARTICIPLE.match(low, q.start)):
        return ""  # "accused Hezbollah of providing "training, advice and extensive logistical support" to the
        # Syrian regime and added further sanctions": the first "and" was a list's inside the object; the verb right
        # after the last one shares the subject before it (a speech act or a sanction only: a point of a readout
        # or an act of force after such a list is left as it was read; a kept commitment, "... and has already
        # implemented this commitment", is a speech act's noun typed by the act it carries out; any act when a
        # perfect's auxiliary or a modal heads it, which no list of nouns goes on into: "has held joint military
        # exercises and joint cabinet meetings with Syria and has abolished visa requirements", fresh5 58#14)
    return _last_named_subject(last, m, sent)


def _last_named_subject(last: re.Match | None, first: re.Match, sent: Sentence) -> str | None:
    """The subject after the last "and" / "but" before the verb when the first one joined names inside the clause
    before ("prompted coordinated calls from the United States and European Union on Thursday for Assad to step down
    and Washington imposed sweeping new sanctions on Syria": the clause is Washington's, events_gold_fresh29
    t17-reuters-336#6): a name of at most four words that ends right before the verb group and is no place; else None
    (``coordinate_subject`` read no clause)."""
    if last is None or last.start() <= first.start():
        return None
    subject, _ = _less_auxiliaries(last.group("subject").rstrip())
    end = last.start("subject") + len(subject)
    if not subject or len(subject.split()) > 4 \
            or not any(a.end == end and not a.placed for a in sent.actors) \
            or any(a.end == last.start() for a in sent.actors):
        return None  # (not a name joined to a name before it: "countries with close ties to Damascus such as Russia
        # and Turkey have warned": the subject is the whole phrase, whose head the roles read)
    return subject


def conjunct_before(q: Predicate, preds: list[Predicate], sent: Sentence, low: str) -> Predicate | None:
    """The verb heading the clause ``q`` is coordinated with when the two share their subject ("President Biden
    congratulated President Lula on ... and reaffirmed the United States' support": "congratulated"), else None."""
    if coordinate_subject(q, preds, sent, low) != "":
        return None
    return verb_before(q, preds)


def verb_before(q: Predicate, preds: list[Predicate]) -> Predicate | None:
    """The verb of the last clause before ``q`` (a verb or a reporting verb, not one embedded in another clause), which
    a clause ``q`` heads after "and" may share its subject with (``coordinate_subject``, ``conjunct_before``,
    ``extract._conjunct_row``); None when there is none."""
    return next((p for p in reversed(preds) if p.form in ("verb", "report") and not p.embedded and p.end <= q.start),
                None)


_AS_WELL_AS = re.compile(r",\s+as\s+well\s+as\s+(?:their|his|her|its|our)\s+(?:[a-z-]+\s+)?(?:commitments?|pledges?|determination|"
                         r"resolve|readiness)\s+to\s+" + greedy_run(r";:,") + r"$")


def committed_act(q: Predicate, sent: Sentence, low: str) -> bool:
    """Is ``q`` the act of a commitment that is a second object of the clause's verb ("The leaders reiterated their
    condemnation of ..., as well as their ongoing commitment to hold Russia accountable ... and provide security and
    economic assistance to Ukraine": the aid is an event of its own)?"""
    return q.form == "verb" and not q.quoted and not q.topic and q.family not in ("statement", "support") \
        and _AS_WELL_AS.search(low, sent.start, q.start) is not None


_AUXILIARY_WORD = re.compile(rf"\b(?:{FINITE_AUXILIARY}|be|been)\b")  # (an auxiliary, finite or not)


_BASE_PAST = frozenset(CUES["base_past"])


def _finite_conjunct(verb: re.Match | None, earlier: Predicate, low: str) -> bool:
    """Is the bare verb after "and" finite in the tense of ``earlier``, the verb of the clause before, so that it heads a
    clause of its own with that clause's subject: a present like it ("The United States and the European Commission
    condemn ... and reaffirm our commitment"), or a past spelt as its base ("set", "cut") after a past ("The Arab League
    has suspended Syria and set a Saturday deadline", "Qatar condemned the killings and cut diplomatic ties")? Not an
    infinitive ("agreed to condemn ... and reaffirm", "agreed to suspend ... and set"), nor a verb under a modal ("will
    condemn ... and reaffirm"); the test is on ``earlier``'s first word."""
    if verb is None or earlier.form != "verb" or earlier.embedded \
            or _NOT_FINITE_BEFORE.search(low, max(0, earlier.start - 20), earlier.start) is not None:
        return False
    word, first = verb.group(), earlier.first_word(low)
    if word in _BASE_PAST and PAST_VERB.fullmatch(first) is not None:
        return True  # a base past after a past (not after a present: "suspends ... and sets")
    return not word.endswith(("ed", "ing")) and first.isalpha() and not first.endswith(("ed", "s", "ing")) \
        and len(first) > 2  # a present after a present


_NOT_FINITE_BEFORE = re.compile(r"\b(?:to|%s|not|n['’]t|did|does|do|let|and|or)\s+$" % MODAL_GROUP)


# "by" and a gerund after a verb of trying or acting in the same clause, no sentence break between
_MEANS = re.compile((r"\b(?:%s)\b" + run_class(r";:.!?\"“”") + r"{0,160}?\bby\s+(?:(?:also|even|simply|[a-z]+ly)\s+)?"
                    r"(?P<gerund>[a-z]+ing\s+to\s+)?$") % "|".join(CUES["means_head"]))


def means_act(q: Predicate, low: str, start: int) -> bool:
    """Is ``q`` a gerund after "by" that gives the means of a verb of trying or acting before it ("He tried to pacify the
    Kurds by giving citizenship to ...", "has sought to stifle dissent by banning websites like Facebook",
    "responded to protests ... by sending in security forces"), or the infinitive such a gerund takes ("sought to calm
    discontent by promising to release immediately the 15 children"): an act of that verb's subject? ``start``: where
    the sentence starts."""
    if q.form != "verb" or q.quoted or q.negated or q.passive:
        return False
    m = _MEANS.search(low, max(start, q.start - 200), q.start)
    return m is not None and (m.group("gerund") is not None or q.gerund(low))


# the speaker's own giving in the progressive, right before its verb: "the UK announced it was giving an extra # 5m"
_OWN_PROGRESSIVE = re.compile(r"(?<![\w'’])(?:it|they|we|he|she)\s+(?:is|are|was|were)\s+(?:now\s+|also\s+|already\s+)?$")


def frame_basis(reading: SentenceReading, low: str, news_copy: bool = False) -> str:
    """How the saying of ``reading`` takes its day: a plan's saying none, a saying of an act going on or in the perfect
    that act's own time (undated), else the day it was said. In a reporter's copy (``news_copy``: wire or web) a
    concrete act in the progressive is the day's news ("Gulf Arab states said they were expelling Syria's
    ambassadors", ``progressive_news``), not an act going on at no day."""
    main = reading.main
    if main is not None and main.status == "planned":
        return undated()
    taken = reading.taken
    if main is None or taken is None or main.type != taken.type:
        return "report"
    going = ongoing(low, taken) and not speakers_own_now(low, taken) and not _own_giving(low, taken) \
        and not (news_copy and progressive_news(low, taken, reading.content))
    if going or perfect(low, taken, reading.content) and taken.family not in SPEECH:
        # "Ankara, which has already imposed an arms embargo, has said ...", "said Russia and China were refusing
        # to discuss the draft": the act's own time, not the day of the saying ("Moscow has sent a clear warning
        # ..., Lavrov said" is a warning made in the saying: its day)
        return undated(ONGOING if going else PERFECT)
    return "report"  # "Nauert has told reporters": the news of the day, even in the present perfect


def _own_giving(low: str, taken: Predicate) -> bool:
    """Is ``taken`` the speaker's own giving in the progressive ("the UK announced it was giving an extra # 5m in
    non-lethal equipment to the Free Syrian Army")? A giving announced as going on is given now, a reported row on the
    day of the announcement (events_gold.md rule 14: "is giving"), not an act going on at no day."""
    return taken.type == "aid" and _OWN_PROGRESSIVE.search(low, max(0, taken.start - 24), taken.start) is not None
