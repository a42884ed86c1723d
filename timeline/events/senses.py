"""Word senses: is a trigger word, in its sentence, the act the lexicon names at all?

A trigger from the lexicon (``triggers.py``) names an act in one sense of its word; these rules tell the other
senses apart, for ``PredicateReader.read`` (``predicates.py``):

- threats: "threaten" said of a thing or a means ("unrest ... threatening to spread", "AI technologies can
  threaten", "use to threaten") and "threat" naming a danger ("the threat of climate change", "detect threats",
  "missile warning data") are no threat made (``no_threat``);
- refusals: a negated cooperative act is a rejection only when the negation refuses (a refusal modal before a
  refusal act, outside a condition: "would not negotiate") or parties fail to agree with each other ("X and Y
  failed to reach a deal"); else it is no event (``refused``);
- nouns, adjectives and verbs: "a simultaneous call on", "with unheeded calls for" are nouns, not a verb
  (``noun_reading``); "it is encouraging to see" is an adjective (``adjective_reading``); "Arab states", "the
  notes" are plural nouns, not reporting verbs (``plural_noun``);
- hearsay: "is said to have placed orders", "is reported to have come to his help", "was believed to have
  authorised": a passive reporting verb before "to" says that others say so; no one named makes a statement, and
  what is said of the subject is read as its own clause (``hearsay``);
- insisting: "insists on keeping his nominee", "insists that other countries recognize its right" demand; "insists
  he is politically neutral" asserts, a statement (``insists_on``);
- modifiers and offers: a trigger word before a head noun it only modifies names no act ("supply chains":
  ``modifies_noun``); talks or a meeting offered are an offer, a statement ("offered
  dialogue": ``offered_act``);
- calls and releases: "called on", "what Washington calls corruption", "has called Assad's repression ...
  barbaric" are no phone call (``calls_person``), "received a letter" receives no guest (``receives_guest``),
  "Lavrov spoke about" no conversation (``reciprocal``), "released a report" releases a document, not people
  (``document_released``).

Word lists in ``event_cues.tsv``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from .cues import (ADVERBS, AUXILIARY, BE, BOUNDARY, CUES, DETERMINERS, ED_FORM, FAILURE, HAVE, LIGHT, NEGATION, PLAN_TO,
                   PRONOUNS, REPORT_OBJECT, TASKED_BODY, TASKED_TEAMS, TASKING_VERBS, TOPIC, WORD_TOKEN, month_may,
                   phrases)
from ..actors.gazetteer import TITLE_LOWER_RE, phrase_alternation
from ..actors.outlets import NEWSPAPERS
from .lead_ins import joint_lead_in
from .nouns import owned
from .triggers import Trigger

if TYPE_CHECKING:
    from .predicates import PredicateReader

NOUN_VERBS = frozenset(CUES["noun_verb"])
_REPORTING_PLURALS = frozenset(CUES["reporting_plural"])
NOUN_DETERMINERS = frozenset(CUES["noun_determiner"])
ADJECTIVE_ENDINGS = tuple(CUES["adjective_ending"])
_CALL_NOUN_BEFORE = frozenset(CUES["call_noun_before"])
EVALUATIVE_ING = frozenset(CUES["evaluative_ing"])
IMPERSONAL_SUBJECTS = frozenset(CUES["impersonal_subject"])
DOCUMENTS = frozenset(CUES["document"])
_REFUSAL_CONDITION = frozenset(CUES["refusal_condition"])
THREAT_VERBS = frozenset(CUES["threat_verb"])
INANIMATE = frozenset(CUES["inanimate_subject"])
INSTRUMENT = frozenset(CUES["instrument_verb"])
THREAT_NOUNS = frozenset(CUES["threat_noun"])
DANGER_NEXT = frozenset(CUES["danger_next"])
DANGER_VERBS = frozenset(CUES["danger_verb"])
THREAT_COMPOUND = frozenset(CUES["threat_compound"])
MOVEMENT = frozenset(CUES["movement"])
MOVERS = frozenset(CUES["mover"])
HEARSAY = frozenset(CUES["hearsay"])
INSIST = frozenset(CUES["insist_verb"])
DEFECTION = frozenset(CUES["defection_verb"])
_INSIST_DEMAND = frozenset(CUES["insist_demand"])
_INSIST_ASSERT = frozenset(CUES["insist_assert"]) | BE | HAVE
_MOVEMENT_STOP = frozenset(CUES["movement_stop"])
MODIFIED_HEADS = frozenset(CUES["modified_head"])
CARRIER_HEADS = frozenset(CUES["carrier_head"])
CONDEMNING = frozenset(CUES["condemning_word"])
CHARGE_NAMES = re.compile(r"(?<![\w'])(?:%s)(?![\w'])" % phrase_alternation(CUES["charge_name"]))
NAMING_VERBS = frozenset(CUES["naming_verb"])
VERDICT_VERBS = frozenset(CUES["verdict_verb"])
# the naming clause "what X calls", "what Washington calls", "what the government described": "what", at most four
# words (the namer, group "namer") and words of its verb group ("what it has long described") right before the verb
# (naming_clauses reads the namer)
WHAT_NAMER = re.compile(r"(?<![\w'])what\s+(?P<namer>[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)"
                        r"(?:\s+(?:has|have|had|long|also|repeatedly|often|itself))*\s+$")
# a verb of rejecting right before the naming clause ("rejecting what they called any interference", "dismissed what
# he described as lies"): the clause is the object rejected
_REJECTED_NAMING = re.compile(r"\b(?:%s)\s+$" % "|".join(CUES["naming_rejected_by"]))
PARTNER_EVALUATION = frozenset(CUES["partner_evaluation"])
PARTNER_EVALUATORS = frozenset(CUES["partner_evaluator"])
_EVALUATED = "(?:%s)" % "|".join(sorted(PARTNER_EVALUATION, key=len, reverse=True))
_OWNED_EVALUATED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?%s\b" % _EVALUATED)  # "the UAE's (continued) efforts"
_IN_ACT = re.compile(r"\s+(?:in|behind|for)\s+(?:[\w-]+\s+){0,3}")  # "Iran's role in (the) attacks"
_EVALUATED_OF = re.compile(r"\s+the\s+(?:[\w-]+\s+)?%s\s+of\s+(?:the\s+)?" % _EVALUATED)  # "the importance of the UAE"
OFFER_VERBS = frozenset(CUES["offer_verb"])
_PREPOSITIONS = TOPIC | frozenset({"in", "at", "by", "to", "near", "across", "under", "within", "through", "between",
                                   "among", "around"})
# a negation that refuses: "would not", "could not immediately", right before the act ("refusal_act")
_REFUSAL_BEFORE = re.compile(phrases("refusal_modal").pattern + r"\s+(?:(?:%s|\w{3,}ly)\s+){0,2}$" % "|".join(ADVERBS))
_REFUSAL_ACT = phrases("refusal_act")
_AFTER_CALLEE = frozenset({"today", "yesterday", "on", "to", "and", "last", "this", "earlier", "from", "at", "in",
                           "about", "after", "before", "for", "during", ",", ".", ";"})


# ---- threats -------------------------------------------------------------------

def no_threat(reader: PredicateReader, t: Trigger, form: str, first: str) -> bool:
    """Is a threat trigger a danger, no threat made ("unrest ... threatening to spread", "the threat of climate
    change")? A verb said of a thing or a means, or a noun naming a danger."""
    return t.type == "threaten" and (form != "noun" and first in THREAT_VERBS and _endangers(reader, t)
                                     or form == "noun" and _danger(reader, t))


def _endangers(reader: PredicateReader, t: Trigger) -> bool:
    """Is "threaten" said of a thing, in the sense of endanger ("unrest ... has now engulfed the north - near the
    border with Turkey - and is threatening to spread", "AI technologies ... can threaten our shared values"), or of
    a means ("the capabilities the Houthis use to threaten")? The nearest actor or thing before it that is not
    the object of a preposition is its subject."""
    tokens = reader.tokens
    i = tokens.index(t.start)
    if i >= 2 and tokens.words[i - 1] == "to" and tokens.words[i - 2] in INSTRUMENT:
        return True
    for j in range(i - 1, max(-1, i - 30), -1):
        w = tokens.words[j]
        if w in (";", ":"):
            break
        governed = any(x in _PREPOSITIONS for x in tokens.words[max(0, j - 2):j])
        if tokens.ends[j] in reader.actor_ends or w in PRONOUNS and w not in ("that", "which"):
            if not governed:
                return False
        elif w in INANIMATE and not governed:
            return True
    return False


def _danger(reader: PredicateReader, t: Trigger) -> bool:
    """Does the noun "threat" name a danger rather than a threat made ("the threat of climate change", "threats
    still emanating from Yemen", "detect threats"), or "threat"/"warning" modify another noun ("missile warning
    data")? Not when an actor owns it ("its threat to intervene", "a threat by Syria")."""
    tokens = reader.tokens
    i, k = tokens.index(t.start), tokens.index(t.end)
    nxt = [w for w in tokens.words[k:k + 3] if w not in ADVERBS]
    if nxt[:1] and nxt[0] in THREAT_COMPOUND:
        return True
    if t.text not in THREAT_NOUNS:
        return False
    for j in range(i - 1, max(-1, i - 5), -1):  # "detect threats", "counter the evolving threat"
        w = tokens.words[j]
        if w in DANGER_VERBS:
            return True
        if not (w in DETERMINERS or w.isalpha() and w not in LIGHT and w not in REPORT_OBJECT and w not in TOPIC):
            break
    return bool(nxt[:1]) and nxt[0] in DANGER_NEXT and not owned(reader, t)


# ---- troop movements ----------------------------------------------------------

def unarmed_movement(reader: PredicateReader, t: Trigger) -> bool:
    """Is a verb of movement no troop movement: no armed noun among the twelve words before it in its clause
    ("talks moving toward a deal"; but "60 tanks and about a dozen trucks carrying troops were seen moving on the
    main Aleppo highway")?"""
    if t.type not in ("mobilize", "military") or t.text.split()[0] not in MOVEMENT:
        return False
    if any(w in MOVERS for w in t.text.split()[1:]):
        return False  # "dispatched warships to the coast": the armed noun is the verb's object
    tokens = reader.tokens
    i = tokens.index(t.start)
    for w in reversed(tokens.words[max(0, i - 12):i]):
        if w in MOVERS:
            return False
        if w in (";", ":", ".") or w in _MOVEMENT_STOP:
            break
    return True


# ---- refusals ------------------------------------------------------------------

def refused(reader: PredicateReader, start: int, ci: int, family: str, group: list[str]) -> bool:
    """Is a negated cooperative act a refusal? A refusal modal right before an act one can be asked to do,
    outside a condition ("would not negotiate", "could not engage in talks"; not "did not discuss", "would not
    welcome", "if the president does not agree"); or parties failing to agree with each other ("Obama and
    congressional leaders failed to reach a deal"; not "Libya's interim leaders fail to agree a new cabinet")."""
    if any(w in _REFUSAL_CONDITION for w in reader.tokens.words[ci:reader.tokens.index(start)]):
        return False
    if _REFUSAL_BEFORE.search(reader.low, max(reader.start, start - 60), start) and _REFUSAL_ACT.match(reader.low, start):
        return True
    if family == "agree" and len(group) >= 2 and group[-1] == "to" and group[-2] in FAILURE:
        return len({a.key for a in reader.actors if a.end <= start}) >= 2
    return False


# ---- nouns, adjectives and verbs ----------------------------------------------

def noun_reading(reader: PredicateReader, first: str, prev_i: int, prev: str) -> bool:
    """Is a noun-verb homograph read as a verb a noun here ("a simultaneous call on all sides", "with unheeded
    calls for reform")?"""
    return first in NOUN_VERBS and _noun_after_modifier(reader, prev_i, prev)


def _noun_after_modifier(reader: PredicateReader, prev_i: int, prev: str) -> bool:
    """Is the word before a noun-verb homograph a determiner, or an adjective after a determiner or a
    preposition ("a simultaneous call on", "with unheeded calls for"), not a subject ("the West calls for")?"""
    if prev_i >= 0 and call_of_modifier(reader, prev_i):
        return True  # "ignored Western calls for him to step down", "despite U.N. calls for a ceasefire"
    if prev_i < 0 or reader.tokens.ends[prev_i] in reader.actor_ends:
        return False
    if prev in NOUN_DETERMINERS:
        return True
    two = reader.tokens.before(reader.tokens.starts[prev_i], skip_adverbs=False)[1]
    return prev.isalpha() and prev.endswith(ADJECTIVE_ENDINGS) and (two in NOUN_DETERMINERS or two in TOPIC)


def call_of_modifier(reader: PredicateReader, prev_i: int) -> bool:
    """Is the noun-verb homograph after a preposition or a verb that answers or refuses a call, with up to three
    modifiers between ("ignored calls for", "ignored Western calls for", "despite U.N. calls for", "rejected repeated
    Arab calls for")? Then the call is a noun, its modifier's or nobody's, not an act of the clause's subject. Not
    "Russia calls for", "Lavrov said Russia calls for", "Annan renewed calls for" (his own call)."""
    tokens, i = reader.tokens, prev_i
    if tokens.words[i] in _CALL_NOUN_BEFORE and tokens.words[i] != "to":
        return True  # ("dismissed calls for"; but "to call publicly for" is the infinitive)
    for _ in range(3):
        word = tokens.words[i]
        start = tokens.starts[i]
        actor = next((a for a in reader.actors if a.end == tokens.ends[i]), None)
        if actor is not None:
            start = actor.start
        elif not (reader.text[start:start + 1].isupper() and word.replace(".", "").isalpha()
                  or word.isalpha() and word.endswith(ADJECTIVE_ENDINGS + ("ing",))):
            return False
        i, before = tokens.before(start, skip_adverbs=False)
        if before in _CALL_NOUN_BEFORE:
            return True
        if i < 0:
            return False
    return False


def answered_call_content(reader: PredicateReader, t: Trigger) -> bool:
    """Is ``t`` the infinitive of what a call noun of ``call_of_modifier`` asks for ("ignored calls for him to step
    down", "despite Western calls for Assad to quit")? It names no act of anyone."""
    for o in reader.triggers:
        if o.end <= t.start and o.text.split()[0] in NOUN_VERBS and o.text.endswith(("for", "on")) \
                and _CALL_CONTENT.fullmatch(reader.low, o.end, t.start):
            prev_i = reader.tokens.before(o.start, skip_adverbs=False)[0]
            return prev_i >= 0 and call_of_modifier(reader, prev_i)
    return False


_CALL_CONTENT = re.compile(r"(?:\s+[\w.'’-]+){1,5}\s+to\s+")


def adjective_reading(reader: PredicateReader, first: str, prev_i: int, prev: str, end: int) -> bool:
    """Is an -ing form after "be" an adjective ("it is encouraging to see")?"""
    return first in EVALUATIVE_ING and prev in BE and _evaluative(reader, prev_i, end)


def _evaluative(reader: PredicateReader, be_i: int, end: int) -> bool:
    """After "be": an impersonal subject before it and no object after the participle ("it is encouraging to
    see", "it is encouraging that"), not "we are encouraging them to get organised"."""
    subject = reader.tokens.before(reader.tokens.starts[be_i], skip_adverbs=False)[1] if be_i >= 0 else ""
    after = reader.tokens.index(end)
    nxt = reader.tokens.words[after] if after < len(reader.tokens.words) else ""
    return subject in IMPERSONAL_SUBJECTS and (nxt in ("that", "to") or not nxt[:1].isalnum())


def plural_noun(reader: PredicateReader, prev_i: int, prev: str) -> bool:
    """Is a reporting verb's -s form ("states", "notes", "claims") a plural noun here? After a determiner, a
    number, or a capitalised word that is not an actor ("Arab states", "member states"); only a word that is a noun too
    ("has denied any role and says ...": a verb)."""
    if reader.tokens.words[prev_i + 1] not in _REPORTING_PLURALS:
        return False
    if reader.tokens.words[prev_i + 1] == "reports":
        # "reports" is a verb only after a paper or news agency that reports ("..., the Associated Press news agency
        # reports", "Sana reports", "Anatolia reports"): "reports of shelling", "say reports", "the BBC's Jim Muir
        # reports from Beirut" (the story's own journalist) are no statement
        return prev_i < 0 or not any(a.end == reader.tokens.ends[prev_i] and (a.name in NEWSPAPERS or a.name.endswith(" Agency"))
                                     for a in reader.actors)
    if prev in DETERMINERS or prev.isdigit() or prev in ("of", "and", "member", "all", "many", "several", "other"):
        return True
    if prev_i < 0:
        return False
    if reader.tokens.ends[prev_i] in reader.actor_ends:
        # "European Union states agreed", "Arab League states": the members of a bloc, not what it states
        word = reader.tokens.words[prev_i + 1] if prev_i + 1 < len(reader.tokens.words) else ""
        return word == "states" and any(a.end == reader.tokens.ends[prev_i] and a.kind == "organization"
                                        for a in reader.actors)
    return reader.text[reader.tokens.starts[prev_i]:reader.tokens.starts[prev_i] + 1].isupper() and prev_i > 0


# ---- hearsay -------------------------------------------------------------------

def hearsay(reader: PredicateReader, t: Trigger, prev: str) -> bool:
    """Is a reporting verb a passive of hearsay ("Bashar al-Assad's regime is said to have placed orders", "Tehran
    ... is reported to have come to his help", "are widely believed to")? No one makes that statement."""
    if prev not in BE or t.text not in HEARSAY:
        return False
    after = reader.tokens.index(t.end)
    return after < len(reader.tokens.words) and reader.tokens.words[after] == "to"


def insists_on(reader: PredicateReader, t: Trigger) -> bool:
    """Does "insist" demand ("insists on keeping", "insists that other countries recognize its right", "insisted that
    he be tried") rather than assert ("insists he is politically neutral", "insists it does not allow FSA attacks",
    "insisted the plane was engaged")? The first verb word of its clause, before a comma, decides: a mandative
    "should", "must" or bare "be" demands, a finite auxiliary, a copula or a past tense asserts; a bare verb with no
    auxiliary ("other countries recognize") is the mandative subjunctive."""
    tokens = reader.tokens
    i = tokens.index(t.end)
    words = tokens.words[i:i + 9]
    if words[:1] == ["that"]:
        words = words[1:]
    seen = 0
    for w in words:
        if w in _INSIST_DEMAND:
            return True
        if not w[:1].isalnum():
            break  # "we'll insist that China play by the international rules: ..."; "careful to insist, at this stage"
        if w in _INSIST_ASSERT or (len(w) > 4 and w.endswith("ed")):
            return False
        seen += 1
    return seen >= 2


# ---- joint acts ----------------------------------------------------------------

_BEFORE_TO = frozenset(CUES["plan_to"]) | frozenset(CUES["agreed_to"]) | frozenset(CUES["work_to"])
# a joint statement's working group or task force set a task ("The Technology Standards working group is tasked to
# develop approaches for coordination"): the body of both signatories, with the act after "to" (roles._PLURAL_SUBJECT)
_TASKED_BODY = re.compile(rf"\b{TASKED_BODY}\s+(?:(?:also|further|jointly)\s+)?(?:seek\s+to\s+)?$")
# both sides' teams or envoys set a task ("asked their respective climate envoys, John Kerry and Sultan al-Jaber, to
# explore", "tasked their teams to explore"): they do the act after "to" together (events_gold_fresh4 UAE #32)
_TASKED_TEAMS = re.compile(rf"\b(?:asked|{TASKING_VERBS})\s+(?:their|the\s+two|both)\s+"
                           rf"(?:respective\s+)?(?:[\w-]+\s+){{0,2}}?(?:{TASKED_TEAMS}|envoys|"
                           r"representatives|delegations|staffs)(?:\s*,\s*" + run_class(r",;:.") + r"{3,80},)?\s+to$")
# a joint statement's sentence whose subject is its signatories' "we" ("We are also establishing ...", "Together, we ...")
_WE_OPENS = re.compile(r"[\s\"“]*(?:(?:and|but|also|together|further|additionally|in\s+addition)\s*,?\s+)?we\s")
_KEEP_ON = frozenset({"continue", "continues", "continuing"})  # before a gerund: the subject keeps on doing it
_QUESTION = re.compile(r"\b(?:how|whether|why|where|what)\s+(?:the\s+)?$")  # "discussed how both countries can promote"
_JOINED = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?")
_JOINT_GROUP = re.compile(r"(?:^|[\s,;(])(?:(?:both|(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:two|three|four|five|six))\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:%s)|the\s+(?:parties|sides))$" % "|".join(CUES["joint_head"]))
# ("the parties", "the sides" are more than one by their sense: "the parties drafted an updated and refined peace
# framework")


def tasked_teams(reader: PredicateReader, to_end: int) -> bool:
    """Does the "to" that ends at ``to_end`` follow both sides' teams or envoys set a task ("asked their respective
    climate envoys, John Kerry and Sultan al-Jaber, to")? The act after it is theirs, to come."""
    return _TASKED_TEAMS.search(reader.low, max(reader.start, to_end - 160), to_end) is not None


def person_subject(reader: PredicateReader, t: Trigger) -> bool:
    """Is the subject of ``t`` one person: a named one, "he" or "she", or "who" after a named person ("Nawaf Fares, who
    defected last week", "It was after this that he deserted", "the regime which he has just deserted")? Not a group
    the text does not name ("12 Syrian generals have already defected", "Syrian soldiers who deserted"): defections
    of unnamed soldiers are no event (events_gold_fresh4.md 282#1)."""
    i, word = reader.subject_token(t.start)
    if i < 0:
        return False
    if word in ("he", "she"):
        return True
    end = reader.tokens.ends[i]
    if word == "who" and i > 0:
        j = i - 1
        if reader.tokens.words[j] == "," and j > 0:
            j -= 1
        end = reader.tokens.ends[j]
    person = max((a for a in reader.actors if a.end == end and a.kind == "person"), key=lambda a: a.start, default=None)
    if person is None:
        return False
    # ("a former aide of President Bashar al-Assad who defected": "who" is the aide, not the one after "of")
    return not (word == "who" and re.search(r"\bof\s+$", reader.low[max(reader.start, person.start - 8):person.start]))


def party_subject(reader: PredicateReader, t: Trigger) -> bool:
    """Is the subject of ``t`` a party: a named actor ending right before the verb group ("Turkey turned sharply
    critical", "Russia and Turkey, have turned harshly critical") or "it" / "they"? Not a thing ("The situation in Homs
    turned critical"): turning critical is an accusation only when a party turns (events_gold_fresh12 53#11)."""
    i, word = reader.subject_token(t.start)
    if i < 0:
        return False
    if word == "," and i > 0:
        i, word = i - 1, reader.tokens.words[i - 1]
    if word in ("it", "they"):
        return True
    end = reader.tokens.ends[i]
    return any(a.end == end and not a.placed for a in reader.actors)


def joint_subject(reader: PredicateReader, t: Trigger) -> bool:
    """Do two or more parties, named as its subject, do this act together? A coordination of actors ("The United
    States and India will establish rules of origin", "the United States, Mexico, and Canada will develop") or a
    counted group ("the three governments will develop", "both countries will expand"); the subject of a verb of
    planning or agreeing before "to" counts ("intend to establish"). Not one party ("Russia will establish a
    base") nor a group that is not counted ("help other countries develop")."""
    tokens = reader.tokens
    i, word = reader.subject_token(t.start)
    while word in _KEEP_ON and i > 0:  # "decided to continue strengthening real-time information sharing"
        i, word = reader.subject_token(tokens.starts[i])
    while word == "to" and i > 0 and tokens.words[i - 1] in _BEFORE_TO:
        i, word = reader.subject_token(tokens.starts[i - 1])
    while 0 <= i < len(tokens.words) - 1 and word in _BEFORE_TO and tokens.words[i + 1] == "to":
        i, word = reader.subject_token(tokens.starts[i])  # "intend to establish" (the "to" is skipped as an auxiliary)
    if tasked_teams(reader, reader.start + len(reader.low[reader.start:t.start].rstrip())):
        return True  # "They asked their respective climate envoys, John Kerry and Sultan al-Jaber, to explore": the
        # envoys of both, set the task together
    if reader.joint_we and (i < 0 or word in ("and", ",")) \
            and joint_lead_in(reader.low, reader.start):
        return True  # "we intend to:" then "1. Share information and best practices ...": the lead-in's subject
    if word == "and" and reader.joint_we and 0 <= i < len(tokens.words) - 1 and tokens.words[i + 1] in _BEFORE_TO \
            and _WE_OPENS.match(reader.low, reader.start):
        return True  # "We are also establishing a Dialogue and intend to deepen our collaboration": the second verb of the
        # signatories' clause, a plan, shares its "we"
    if word == "and" and _opening_joint(reader, i):
        return True  # "The United States and Saudi Arabia welcomed ... and decided to continue strengthening ...": the
        # second verb of the clause shares its joint subject
    if i < 0:
        return False
    if word == "we" and reader.joint_we:
        return True  # a joint statement's "we": its signatories ("Together, we will enhance our efforts to ...")
    if reader.joint_we and _TASKED_BODY.search(reader.low, max(reader.start, tokens.ends[i] - 80), t.start):
        return True  # "The working group is tasked to explore concrete cooperation": a joint statement's body, its signatories'
    end = tokens.ends[i]
    # (from the space before the sentence: a sentence-initial "Both sides decided to consult regularly")
    group = _JOINT_GROUP.search(reader.low, max(0, reader.start - 1, end - 60), end)
    if group is not None:
        return not _QUESTION.search(reader.low, max(reader.start, group.start() - 12), group.start() + 1)
    last = next((a for a in reader.actors if a.end == end), None)
    first = next((a for a in reader.actors if last is not None and a.end <= last.start
                  and _JOINED.fullmatch(reader.low, a.end, last.start)), None)
    return first is not None and not _QUESTION.search(reader.low, max(reader.start, first.start - 16), first.start)


_OPENING = re.compile(r"[\s\"“]*(?:(?:and|but|also|meanwhile|together)\s*,?\s+)?(?:the\s+)?")
_OPENING_BARE = re.compile(r"[\s\"“]*(?:(?:and|but|also|meanwhile|together)\s*,?\s+)?")


def _opening_joint(reader: PredicateReader, i: int) -> bool:
    """Is the "and" at token ``i`` the coordination of a second past verb ("... and decided to") with the first verb
    of a clause whose subject opens the sentence and names two or more parties ("The United States and Saudi Arabia
    welcomed ..."; "Both sides welcomed ...")? The first verb is a past one right after that subject."""
    tokens, low = reader.tokens, reader.low
    if i + 1 >= len(tokens.words) or not ED_FORM.fullmatch(tokens.words[i + 1]):
        return False
    start = _OPENING.match(low, reader.start).end()
    # the group, from the space before it (or the text's start: an article opening "Both sides welcomed ..."), up to
    # the end of one of the words before the "and" (the pattern closes with "$": the end given)
    begin = max(0, _OPENING_BARE.match(low, reader.start).end() - 1)  # ("the two sides": before its "the")
    group = next((g for g in (_JOINT_GROUP.match(low, begin, e) for e in tokens.ends[:i] if start < e < begin + 60)
                  if g is not None), None)
    if group is not None:
        end = group.end()
    else:
        first = next((a for a in reader.actors if a.start == start), None)
        last = first
        while last is not None:
            after = next((a for a in reader.actors if a.start > last.end and _JOINED.fullmatch(low, last.end, a.start)), None)
            if after is None:
                break
            last = after
        if first is None or last is first:
            return False
        end = last.end
    k = tokens.index(end)
    return k < i and ED_FORM.fullmatch(tokens.words[k]) is not None


def conditional(reader: PredicateReader, t: Trigger) -> bool:
    """Is the act of ``t`` undertaken only under a condition of its sentence ("If the talks succeed, we will upgrade our
    trilateral hotline", "we would expand cooperation if ..."): a joint act held out, none undertaken. Not "even if",
    "asked if" (``conditions``)."""
    return any(not a <= t.start < b for a, b in reader.conditions)


def in_condition(reader: PredicateReader, t: Trigger) -> bool:
    """Is ``t`` the act a condition names ("if the European Union puts sanctions on Syrian oil", "if we continue to
    work together", "if Americans were killed"): held out as a premise, not told as done (a speaker's hypothetical
    gives no row; the act the condition governs, "will strike if attacked", is read by ``conditional``). A condition
    with no comma closing it ends at the main clause's modal ("If the talks fail the United States will impose ...")."""
    for a, b in reader.conditions:
        main = _MAIN_MODAL.search(reader.low, a, b)
        if a <= t.start < (main.start() if main else b):
            return True
    return False


_MAIN_MODAL = re.compile(r"\b(?:will|would|could|might|may|shall|must|should|can|wo)\b")


_OFFICE_GROUP = re.compile(r"\b(?:%s)(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?$"
                           % phrase_alternation(CUES["office_group"]))


# what may follow a verb of gathering that has no object: a place, a time, an adverb, the clause's end
_GATHER_NEXT = re.compile(r"\s*(?:[,.;:]|$|(?:in|at|on|for|near|outside|inside|again|together|today|tomorrow|next|this|later|"
                          r"virtually|online|here|there|after|before|from|to|with|ahead|early|late|on)\b)")


def gathers(reader: PredicateReader, t: Trigger, triggers: list[Trigger]) -> bool:
    """Is a verb of gathering (form G) the meeting itself: intransitive ("will gather in Nizhny Novgorod"; not "will
    gather allies"), and not the coming together for a meeting its clause names ("assembled in Brussels for an
    emergency summit": the summit is the event)?"""
    if not _GATHER_NEXT.match(reader.low, t.end, reader.end):
        return False
    return not any(t.end < o.start <= t.end + 60 and o.type in ("meeting", "summit", "talks")
                   and re.search(r"\bfor\b", reader.low[t.end:o.start]) for o in triggers)


def office_group(reader: PredicateReader, t: Trigger) -> bool:
    """Is the subject of a verb of gathering a group of office-holders or envoys ("the foreign ministers of the BRICS
    countries will gather", "EU leaders assembled")? Not a crowd ("protesters gathered")."""
    i, _ = reader.subject_token(t.start)
    return i >= 0 and _OFFICE_GROUP.search(reader.low, max(reader.start, reader.tokens.ends[i] - 80),
                                           reader.tokens.ends[i]) is not None


# ---- modifiers and offers ------------------------------------------------------

def modifies_noun(reader: PredicateReader, t: Trigger) -> bool:
    """Is a one-word trigger only a modifier of the head noun right after it ("strengthening North American supply
    chains")? The compound names a thing, no act."""
    if " " in t.text:
        return False
    i = reader.tokens.index(t.end)
    return i < len(reader.tokens.words) and reader.tokens.words[i] in MODIFIED_HEADS


def names_carrier(reader: PredicateReader, t: Trigger) -> bool:
    """Is a one-word act noun only the trade of the carrier, worker or body named right after it ("an aid convoy",
    "aid workers", ``carrier_head``)? With no verb that takes the compound ("sent an aid convoy" is aid), it names a
    thing, no act."""
    if " " in t.text:
        return False
    i = reader.tokens.index(t.end)
    return i < len(reader.tokens.words) and reader.tokens.words[i] in CARRIER_HEADS


def offered_act(reader: PredicateReader, light: int, kind: str) -> bool:
    """Is a noun of meeting or talking taken by a verb of offering ("Saleh offered dialogue with young people")?
    What is offered has not happened: the offer is a statement of the one who offers (the verb's own predicate)."""
    i = reader.tokens.index(light)
    return kind in ("talks", "meeting", "summit", "visit") and reader.tokens.words[i] in OFFER_VERBS


# ---- a partner's role recognised ---------------------------------------------

def partner_evaluation(reader: PredicateReader, t: Trigger, hostile: frozenset[str]) -> bool:
    """Does a verb of recognition take a named actor's efforts, leadership or role ("President Biden recognized the
    UAE's efforts to strengthen its policies", "acknowledged the UAE's leadership in promoting religious
    co-existence", "recognized the importance of the UAE as a force for change")? A readout's praise of that actor,
    support. Not a role in a hostile act ("underscored Iran's role in attacks on shipping"), nor what has no owner
    ("emphasized the importance of ensuring ...")."""
    if t.text.split()[0] not in PARTNER_EVALUATORS:
        return False
    noun = None
    for actor in reader.actors:  # "the UAE's efforts", "Ghana's role"
        if actor.start < t.end or not re.fullmatch(r"\s+(?:the\s+)?", reader.low[t.end:actor.start]):
            continue
        m = _OWNED_EVALUATED.match(reader.low, actor.end, actor.end + 60)
        if m:
            noun = m.end()
            break
    if noun is None:  # "the importance of the UAE"
        m = _EVALUATED_OF.match(reader.low, t.end, t.end + 80)
        if m and any(a.start == m.end() and not a.placed for a in reader.actors):
            noun = m.end()
    if noun is None:
        return False
    return not any(o.type in hostile and o.start >= noun and _IN_ACT.fullmatch(reader.low, noun, o.start)
                   for o in reader.triggers)


# ---- calls and releases --------------------------------------------------------

def calls_person(reader: PredicateReader, t: Trigger) -> bool:
    """ "called President Claudia Sheinbaum of Mexico today": a person right after "called", and then no
    complement that names them ("called Assad a murderer"), nor a possessive that makes the person the owner of
    what is named ("has called Assad's repression of protests \"barbaric\"")."""
    m = re.match(r"\s+", reader.low[t.end:t.end + 3])
    person = next((a for a in reader.actors if a.start == t.end + (m.end() if m else 0) and a.kind == "person"), None)
    if person is None:
        return False
    if re.match(r"['’]s?\b", reader.low[person.end:person.end + 3]):
        return False
    rest = re.match(r"\s*([a-z]+|[,.;])", reader.low[person.end:person.end + 20])
    return rest is None or rest.group(1) in _AFTER_CALLEE


# before the guest a host receives: "received the Saudi foreign minister", "received visiting Turkish Prime Minister"
_GUEST_LEAD = re.compile(r"\s+(?:the\s+)?(?:visiting\s+)?")


_OWN_INSTRUMENT = re.compile(r"\s+(?:(?:an?|the|two|three|several|new|another|his|her|its|their)\s+)*"
                             r"(?:(?!(?:in|into|on|with|to|for|at|by|agreement|deal|treaty|accord|pact)\b)[\w-]+\s+){0,2}?"
                             r"(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                 for w in sorted(CUES["own_instrument"], key=len, reverse=True)))


def signs_own_instrument(reader: PredicateReader, t: Trigger) -> re.Match | None:
    """Is "signed" the signing of an instrument one government issues alone ("signed an executive order", "signed a
    decree banning imports", "signed the bill into law"; ``own_instrument``), not an agreement between parties? The
    match of the instrument after the verb, or None ("signed a memorandum of understanding", "signed the deal")."""
    m = _OWN_INSTRUMENT.match(reader.low, t.end)
    if m is None or re.match(r"\s+(?:of\s+understanding|of\s+cooperation|on\s+cooperation)\b", reader.low[m.end():m.end() + 30]):
        return None
    return m


def receives_guest(reader: PredicateReader, t: Trigger) -> bool:
    """Is "received" a host receiving a guest: a person right after it ("Putin received Erdogan in the Kremlin",
    "received the Saudi foreign minister in Amman"), as the whole of its object (then an adjunct or the clause's end, as
    after a callee: ``calls_person``), not the owner or a modifier of what was received ("received Erdogan's letter",
    "received a letter", "received U.S. aid", "received $10 million")?"""
    m = _GUEST_LEAD.match(reader.low, t.end)
    guest = next((a for a in reader.actors if m and a.start == m.end() and a.kind == "person"), None)
    if guest is None or re.match(r"['’]s?\b", reader.low[guest.end:guest.end + 3]):
        return False
    rest = re.match(r"\s*([a-z]+|[,.;])", reader.low[guest.end:guest.end + 20])
    return rest is None or rest.group(1) in _AFTER_CALLEE


# a passive "received" with its host after "by": "Lavrov was received by Putin in the Kremlin on Monday"
_RECEIVED_BY = re.compile(r"\s+by\s+(?:the\s+)?")
_GUEST_BEFORE = re.compile(r",?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?$")


def received_as_guest(reader: PredicateReader, t: Trigger) -> bool:
    """Is a passive "received" a guest received by a host: a person as its subject right before its verb group and a
    person right after "by" ("Lavrov was received by Putin in the Kremlin", "The Saudi foreign minister was received
    by Erdogan"), not a thing received ("the letter was received by the ministry")?"""
    m = _RECEIVED_BY.match(reader.low, t.end)
    host = next((a for a in reader.actors if m and a.start == m.end() and a.kind == "person"), None)
    if host is None:
        return False
    return any(a.kind == "person" and a.end <= t.start and _GUEST_BEFORE.fullmatch(reader.low, a.end, t.start)
               for a in reader.actors)


def names_condemnation(reader: PredicateReader, t: Trigger) -> bool:
    """Is "called" naming with a word of condemnation, within its clause ("which has called Assad's repression of
    protests \"barbaric\"", "called the vote a sham", "what it describes as brutal killings")? Naming an actor's conduct
    so accuses, and so does a name of wrongdoing in the naming clause "what X calls ..." ("for what Washington calls
    public corruption"); not "called on", "called for" (a demand), nor naming with another word ("what he called a
    useful meeting", "called the killings a tragedy": no event). ``t`` is "called" or a naming verb ("described")."""
    i = reader.tokens.index(t.end)
    words = reader.tokens.words[i:i + 12]
    if words[:1] in (["on"], ["for"], ["upon"]):
        return False
    if t.text.split()[0] in VERDICT_VERBS:  # "sees it as nothing but a camouflage", "considered ... to be a sham": the
        # verdict only, not any word of condemnation near the verb ("we see the brutal crackdown go on" holds no view)
        return _condemning_verdict(reader, i, to_be=True) or _what_charge(reader, t)
    for w in words:
        if w in (".", ";", ":"):
            break
        if w in CONDEMNING:
            return True
    # "for what Washington calls public corruption", "enraged by what it describes as brutal killings": in the naming
    # clause "what X calls ..." a name of wrongdoing within its first six words is X's charge
    namer = WHAT_NAMER.search(reader.low, max(reader.start, t.start - 60), t.start)
    if namer is not None and _REJECTED_NAMING.search(reader.low, max(reader.start, namer.start() - 20), namer.start()):
        return False  # "rejecting what they called any interference with its sovereignty": the naming is what is
        # rejected, the rejection's object, no charge of its own (events_gold_fresh13 46#2: support and reject only)
    if t.text.split()[0] in NAMING_VERBS and _condemning_verdict(reader, i):
        return True  # (only a naming verb takes its verdict after "as"; after "called" an "as" opens a time clause:
        # "The Arab League called an emergency meeting as the killings continued" names nothing)
    if namer is None:
        return False
    return _what_charge(reader, t)


def _what_charge(reader: PredicateReader, t: Trigger) -> bool:
    """Is ``t`` the verb of a naming clause "what X calls ..." (not one a rejecting verb takes) whose first six words
    name a wrongdoing ("for what Washington calls public corruption", "what it sees as the UN Security Council's
    interference")?"""
    namer = WHAT_NAMER.search(reader.low, max(reader.start, t.start - 60), t.start)
    if namer is None or _REJECTED_NAMING.search(reader.low, max(reader.start, namer.start() - 20), namer.start()):
        return False
    stop = re.search(r"[.;:,]|\b(?:and|but|which|that|who)\b", reader.low[t.end:min(reader.end, t.end + 80)])
    reach = t.end + (stop.start() if stop else min(reader.end, t.end + 80) - t.end)
    head = re.match(r"(?:\s+\S+){1,6}", reader.low[t.end:reach])
    return head is not None and CHARGE_NAMES.search(head.group()) is not None


# the words that end a verdict after "as": a clause's punctuation or a word that opens another clause
_VERDICT_END = frozenset({".", ";", ":", ",", "and", "but", "which", "who", "that", "while", "saying", "adding"})
# what ends the object of a verb of holding a view before its verdict: a clause's comma or a word that opens a clause
_VIEW_END = frozenset({",", "if", "when", "because", "that", "which", "who", "while", "unless", "and", "but"})
# "as" that opens no verdict: "such as", "as well as", "as soon as", "as of"
NOT_VERDICT_AS = frozenset({"such", "well", "soon", "long", "far", "much"})
# "as well", "as of", "as if", "as though", "as long as", "as much as"
_NOT_VERDICT_AFTER_AS = ("well", "of", "soon", "if", "though", "long", "much")


def verdict_as(words: list[str], k: int) -> bool:
    """Does ``words[k]``, an "as" after a naming verb's object, open its verdict ("described X as Y"): not "such as",
    "as well as", "as of", "as if", "as long as"? (``_condemning_verdict``, ``dismissal_verdict``,
    ``described_as.described_saying``)"""
    return (k == 0 or words[k - 1] not in NOT_VERDICT_AS) \
        and (k + 1 >= len(words) or words[k + 1] not in _NOT_VERDICT_AFTER_AS)


def _condemning_verdict(reader: PredicateReader, i: int, to_be: bool = False) -> bool:
    """Is the verdict of a naming verb ("described X as Y") a word of condemnation or a name of wrongdoing, read
    whole after its "as" however long the object before it ("has described the Syrian army's mortar and rocket
    attacks in the city of Homs, as \"outrageous bloodshed\"", "described those demonstrations as a Western plot")?
    The verdict's polarity decides: "described the talks as constructive", "described the killings as a tragedy"
    name no charge. ``i`` is the token after the verb; the "as" must come within its clause (20 tokens). Only for the
    naming verbs ("described", "termed", "dubbed"): "called" names with no "as" ("called the vote a sham")."""
    words = reader.tokens.words
    for k in range(i, min(len(words), i + 20)):
        w = words[k]
        if w in (".", ";", ":") or to_be and w in _VIEW_END:
            return False  # (a view's verdict follows its object: "could see goodwill evaporate if it is perceived to be
            # meddling" holds no view)
        be = to_be and w == "to" and words[k + 1:k + 2] == ["be"]  # a view's verdict: "considered ... to be a sham"
        if be or w == "as" and verdict_as(words, k):
            verdict = []
            for v in words[k + 2 if be else k + 1:k + 9]:
                if v in _VERDICT_END:
                    break
                verdict.append(v)
            return bool(CONDEMNING.intersection(verdict)) or CHARGE_NAMES.search(" ".join(verdict)) is not None
    return False


DISMISSING = frozenset({"dismissed", "dismisses", "dismiss"})
# what ends the object of "dismissed" before its "as": a clause's punctuation or a word that opens another clause ("and"
# may join the object's own nouns: "dismissed talk of sectarian and ethnic violence as scaremongering")
_DISMISSED_END = frozenset({".", ";", ":", ",", "if", "when", "because", "that", "which", "who", "while", "unless", "but"})
# what may stand between "as" and an office in the firing sense ("dismissed as governor", "dismissed him as the
# province's governor", "was dismissed as its ambassador"): a determiner or an owner
_OFFICE_OWNER = re.compile(r"\s+(?:(?:the|its|his|her|their|[a-z]+['’]s)\s+){0,2}")
_ONE_WORD = re.compile(r"\s+[a-z]+(?=\s)")  # "as army chief of staff": a word before the office


def dismissal_verdict(reader: PredicateReader, t: Trigger) -> bool:
    """Does "dismissed" take a verdict after "as" within its clause ("dismissed Assad's speech as \"a repetition of
    unrealized promises\"", "dismissed the move to charity as a cosmetic attempt", "was dismissed by the Syrian
    authorities as part of the \"ongoing conspiracy\"")? Dismissing a thing as something is disparaging it, whatever
    the verdict: a criticism of its author (``accuse``, events_gold_fresh19 83#8, fresh7 6#17), where "dismissed
    Assad's promise" with no verdict refuses it (``reject``, fresh18 149#9). Not "dismissed what he described as
    lies" (the naming clause's "as": the name is what is dismissed) nor "such as", "as well as", "as of". The "as" may
    come right after the verb, in the passive ("The plan was dismissed as blatant interference by Syria", as "was
    dismissed by Syria as ...") or with the object moved ("promises that protesters have dismissed as too little too
    late"); an office after it is the firing sense, no verdict ("was dismissed as governor of Deraa", "dismissed
    Kalthoum as the province's governor")."""
    i = reader.tokens.index(t.end)
    words = reader.tokens.words
    if words[i:i + 1] == ["what"]:
        return False
    for k in range(i, min(len(words), i + 16)):
        w = words[k]
        if w in _DISMISSED_END:
            return False
        if w == "as" and verdict_as(words, k):
            return not _office_after(reader.low, reader.tokens.ends[k])
    return False


def _office_after(low: str, at: int) -> bool:
    """Does an office follow the "as" that ends at ``at`` ("as governor", "as the army's chief of staff", "as army
    chief of staff"), perhaps after a determiner or an owner and one word more, and not as an owner itself ("as the
    leader's propaganda")?"""
    at = _OFFICE_OWNER.match(low, at).end() - 1
    title = TITLE_LOWER_RE.match(low, at) or (word := _ONE_WORD.match(low, at)) and TITLE_LOWER_RE.match(low, word.end())
    return bool(title) and low[title.end():title.end() + 2] not in ("'s", "’s")


def reciprocal(reader: PredicateReader, t: Trigger) -> bool:
    """ "President Joe Biden and President Pedro Sánchez of Spain spoke today": two people who spoke (to
    each other), a conversation."""
    people = [a for a in reader.actors if a.kind == "person" and a.end <= t.start]
    if len(people) < 2:
        return False
    last = max(people, key=lambda a: a.end)
    if re.sub(r"\b(?:also|today|yesterday|again|later|earlier|by\s+phone|on\s+the\s+phone)\b", "",
              reader.low[last.end:t.start]).strip():
        return False
    first = [a for a in people if a.end <= last.start]
    return bool(first) and re.fullmatch(r"\s+and\s+", reader.low[max(first, key=lambda a: a.end).end:last.start]) is not None


_SPOKEN_TO = re.compile(r"(?:spoke|speaking|talked)\s+(?:[a-z]+\s+)?to")
# a title or a counterpart right after "to": a conversation with an office-holder ("spoke to President Erdogan",
# "talked to his Turkish counterpart"), whether or not the finder names the person
_TITLE_AFTER = re.compile(r"\s+(?:president|prime\s+minister|chancellor|king|queen|crown\s+prince|emir|amir|sultan|premier|"
                          r"(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?)\b")
# a phone named after the one spoken to, in the same clause ("spoke to Erdogan by phone on Monday")
_PHONE_AFTER = re.compile(run_class(r".;:!?") + r"{0,80}?\b(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b")


def spoken_to(reader: PredicateReader, t: Trigger) -> bool:
    """ "Obama spoke to Erdogan", "Putin talked to his Turkish counterpart", "spoke to the emir by phone": the one
    spoken to is a person, an office-holder or is reached by phone, so the speaking is a conversation (a call); not
    "spoke to reporters", "talked to Reuters", "spoke to the General Assembly" (a saying to an audience)."""
    if not _SPOKEN_TO.fullmatch(t.text):
        return True
    if _TITLE_AFTER.match(reader.low, t.end) or _PHONE_AFTER.match(reader.low, t.end):
        return True
    after = len(reader.low[t.end:]) - len(reader.low[t.end:].lstrip())
    return any(a.kind == "person" and a.start == t.end + after for a in reader.actors)


_WORKS_WITH = re.compile(r"(?:work|works|worked|working)\s+with")
# what may stand between "with" and the party worked with ("with the State of Michigan", "with its government", "with
# all our Allies"), and the pronouns of a party ("look forward to working with you")
_PARTY_OPENING = re.compile(r"\s+(?:(?:the|its|their|our|his|her|all|both|key|other)\s+)*")
_WORK_ON = frozenset(CUES["work_on"])  # "will continue to work with", "continue working with", "agreed to work with"
_PARTY_PRONOUN = re.compile(r"\s+(?:you|them|him|her|us)\b")
# a partner group no one names, right after "with": "with partners", "with other major energy importers", "with allies
# and partners" (its head a ``work_partner`` cue, after at most three modifiers)
_PARTNER_GROUP = re.compile(r"(?:[\w-]+\s+){0,3}?(?:%s)(?![\w-])" % "|".join(CUES["work_partner"]))
_LY = re.compile(r"\w{3,}ly")  # an adverb in a verb group ("are actively working with")


def works_with_party(reader: PredicateReader, t: Trigger) -> bool:
    """ "will continue to work with Israel", "is working with the State of Michigan", "working with you": the bare
    "work with" is joint work only with a party right after it (an actor, or a pronoun of one); not "working with local
    communities", "work with dignity". Other readings of the trigger ("working hand-in-hand with") pass."""
    if not _WORKS_WITH.fullmatch(t.text):
        return True
    i = reader.tokens.index(t.start)
    # the verb group's words before it, past the adverbs right before it ("are still working with", "will continue to
    # actively work with")
    tokens, j = reader.tokens, i
    while j > 0 and i - j < 3 and (tokens.words[j - 1] in ADVERBS or _LY.fullmatch(tokens.words[j - 1])
                                   and reader.text[tokens.starts[j - 1]].islower()):
        j -= 1
    before = tokens.words[max(0, j - 2):j]
    if before[-1:] == ["to"] and not (before[:1] and (before[0] in PLAN_TO or before[0] in _WORK_ON)):
        return False  # "found it difficult to work with the Free Syrian Army": no act; but "was ready to work with",
        # "will continue to work with"
    if t.text.startswith("working") and not (before[-1:] and (before[-1] in BE or before[-1] in _WORK_ON)):
        return False  # "I do believe that, working with you, we can help": a participle, no act; but "are working with"
    if _PARTY_PRONOUN.match(reader.low, t.end):
        return True
    at = _PARTY_OPENING.match(reader.low, t.end).end()
    return any(a.start == at or a.start == t.end + 1 for a in reader.actors) \
        or _PARTNER_GROUP.match(reader.low, at) is not None


def document_released(reader: PredicateReader, t: Trigger) -> bool:
    """Is what was released a document ("released a report", "the Strategy ..., which President Biden
    released on March 24"), not people? Its object after the verb, or the noun a relative clause hangs on."""
    tokens = reader.tokens
    i = tokens.index(t.end)
    for w in tokens.words[i:i + 4]:
        if w in DOCUMENTS:
            return True
        if w not in DETERMINERS and not w.endswith(("al", "ic", "ed", "ive")) and not w.isdigit():
            break
    j = tokens.index(t.start) - 1
    if j >= 0 and tokens.words[j] in DOCUMENTS:
        return True  # a reduced relative: "In a report released on Wednesday, Amnesty International said"
    while j >= 0 and tokens.words[j] not in ("which", "that") and tokens.words[j] not in BOUNDARY and tokens.index(t.start) - j <= 6:
        j -= 1
    if j >= 0 and tokens.words[j] in ("which", "that"):
        k = j - 1 if j > 0 and tokens.words[j - 1] != "," else j - 2
        head = reader.text[tokens.starts[k]:tokens.ends[k]] if k >= 0 else ""
        return head.lower() in DOCUMENTS or (k >= 0 and tokens.ends[k] not in reader.actor_ends and head[:1].isupper()
                                             and head.lower() not in ("prisoners", "detainees", "hostages"))
    return False


# ---- elections -------------------------------------------------------------------

ELECTED = frozenset(CUES["elected_verb"])
# what follows "elected" as a verb: its body, its day, its fellows ("elected on Friday to", "elected along with India")
_ELECTED_NEXT = re.compile(r"\s*(?:[,.;]|(?:to|for|on|in|as|along|by|at|last|this|unanimously|without|with|were|was)\b)")


def body_election(reader: PredicateReader, t: Trigger) -> bool:
    """Is "elected" an election of a country or an organisation to a body ("Kuwait was among 15 nations elected on
    Friday to the U.N. Human Rights Council", "Libya, elected to the council last year", "Elected for the ... group
    were Austria and Italy")? Not a person's election in a country's politics ("Vladimir Putin was re-elected as
    president", "a democratically elected civilian government"), which has no type of its own."""
    if not _ELECTED_NEXT.match(reader.low, t.end):
        return False  # "elected leaders in the United States Congress", "a democratically elected government": an adjective
    before = [a for a in reader.actors if reader.start <= a.start and a.end <= t.start and not a.placed]
    if before:
        return before[-1].kind in ("country", "organization")
    after = [a for a in reader.actors if t.end <= a.start < reader.end and not a.placed]
    return bool(after) and after[0].kind == "country" and re.match(
        r"[\w\s\"“”'’,.-]{0,60}?\b(?:were|was|are|is)\s+$", reader.low[t.end:after[0].start]) is not None


# ---- acts held possible ------------------------------------------------------------

POSSIBILITY = frozenset(CUES["possibility"])
ABILITY = frozenset(CUES["ability"])  # "can": a possibility only where the caller says so (``able``)
_GROUP = AUXILIARY | HAVE | BE | ADVERBS | NEGATION  # the words of a verb group before its verb
_FILLERS = tuple(tuple(f.split()) for f in CUES["possible_filler"])  # "could well", "might end up"


def possibility_group(words: list[str], able: bool = False) -> int:
    """How many of ``words`` (the word tokens before a verb, the nearest last) make the verb's group when that group
    only holds the act possible: a modal of possibility ("could", "might", "may") among auxiliaries, have, be, adverbs,
    negation and the fillers of ``possible_filler`` ("could well", "might end up"), and no negation ("could not
    accept" is a refusal); 0 when the group holds no bare possibility. The one reading of "held possible" for reported
    speech (``speech._possible``) and for acts of force (``possible_force``); with ``able``, "can" is such a modal too
    ("said Britain can agree", "the weapons the regime can deploy")."""
    i = len(words)
    while i > 0:
        if words[i - 1] in _GROUP:
            i -= 1
            continue
        filler = next((f for f in _FILLERS if tuple(words[max(0, i - len(f)):i]) == f), None)
        if filler is None:
            break
        i -= len(filler)
    group = words[i:]
    if not any(w in POSSIBILITY or able and w in ABILITY for w in group) or any(w in NEGATION for w in group):
        return 0
    return len(group)


def possible_force(low: str, start: int, floor: int, text: str | None = None, able: bool = False) -> bool:
    """Is the verb of force at ``low[start:]`` only held possible, a possibility modal in its verb group (read from
    ``floor`` on: "Speculation keeps resurfacing that Turkey's military could end up entering Syria", "troops might
    attack"; with ``able``, "can" too: "the heavy weapons that the regime can deploy")? A hypothetical act of force is
    no event."""
    words = [m.group() for m in WORD_TOKEN.finditer(low, floor, start)
             if text is None or m.group() != "may" or not month_may(text, m.start())]  # ("in May attacked": no modal)
    return possibility_group(words, able) > 0



# a noun of capacity or right whose infinitive the verb of force is: "does not mean that China has ... the jurisdiction
# to go in and use force to take over Taiwan", "have the right to intervene", "a license to kill"
_CAPACITY_TO = re.compile(r"\b(?:ability|right|jurisdiction|capacity|power|authority|licen[cs]e|wherewithal)\s+to\s+"
                          r"(?:(?:[a-z]+\s+){1,2}(?:and|or)\s+)?$")


def capacity_force(low: str, start: int, floor: int) -> bool:
    """Is the verb of force at ``low[start:]`` the infinitive of a noun of capacity or right ("the jurisdiction to go in
    and use force", "the right to intervene")? A power to act is no act (as ``possible_force``'s modal)."""
    return _CAPACITY_TO.search(low, max(floor, start - 60), start) is not None
