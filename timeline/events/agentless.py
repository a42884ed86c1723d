"""Acts the text reports with no named agent: "Reuters correspondents were expelled", "Syria was suspended".

An undated predicate is an event only when an actor does it (``extract._is_event``). A passive act of force,
coercion, sanction or aid, or a release, with no "by" phrase names its victim, not its agent; the gold sets code
such acts all the same, with ``actor1`` empty unless the text names the agent (``events_gold.md``, "Conventions the
sets disagree on", rule 2) and the victim as the counterpart. So such a passive is an event when a named actor is its
subject and stands right before its verb group (only an apposition that describes it, "Aref Dalila, a leading
economist, was jailed", "Riad Seif, 64, was arrested", the comma closing an apposition, auxiliaries, adverbs and a
floating "all" between them), not
when the clause is a casualty tally ("At least 2,000 Syrians have been killed": a count before the victim and a
perfect verb sums up many acts; no act of its own), unless the victims are armed men killed ("at least 2,000 members of
the security forces have been killed": the fighting against them, military, as the dev sets code it). A street protest by a crowd the text does not name ("Hundreds of
people demonstrated against the government", "Protesters marched in Cairo", "Tens of thousands of Syrians took to the
streets") is an act too, of no named agent (``crowd_protest``; the gold sets code unnamed crowds with ``actor1`` null),
but not the crowd's own noun read with a light verb ("have prevented demonstrators establishing a platform").
An assault or arrest of people the text counts but does not name, by an agent it does not name, is no act
(``unnamed_toll``: rule 20 of events_gold.md, "the killing of 11 villagers", "Two aid workers were kidnapped").
Word lists: ``event_cues.tsv`` (``agentless_type``,
``agentless_release``, ``floating_quantifier``, ``count_word``, ``count_phrase_stop``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..cue_words import break_class, run_class
from ..actors import ActorMention
from ..temporal.grammar import TZ
from ..temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS, NUMBERS
from .cues import ADVERBS, BE, COUNT_WORD, CUES, HAVE, MODAL_GROUP
from .predicates import ARMED_VICTIMS, CROWDS, FORCE_FAMILIES, Predicate
from .undated_why import STANDING, undated

_TYPES = frozenset(CUES["agentless_type"])
_RELEASE = frozenset(CUES["agentless_release"])
_GAP_WORDS = "|".join(sorted({w.replace("'", "['’]") for w in BE | HAVE | ADVERBS | set(CUES["floating_quantifier"])
                              if "’" not in w} | {"since"}, key=len, reverse=True))
# one word of a passive's verb group between its subject and its participle: an auxiliary, an adverb, a floating
# quantifier ("were", "have been", "were reportedly all", "had since been"); ``forces_killed`` reads it too
VERB_GROUP_WORD = rf"(?:{_GAP_WORDS}|[a-z]+ly)"
# between the victim and the trigger: the comma that closes an apposition ("its vice-president, Abdulrazak Jbeiro,
# has been shot dead"), the verb group's auxiliaries and adverbs ("were reportedly all arrested")
# or an apposition that describes the victim first ("Aref Dalila, a leading economist, was jailed", "Riad Seif, 64,
# was arrested"): a determiner or a possessive, then words with no punctuation, up to the closing comma
_APPOSITION = (r"(?:,\s+(?:(?:a|an|the|his|her|its|their|[a-z][\w-]*['’]s)\s+" + run_class(r",;:.!?\"“”()") +
               r"{1,80}?|\d{1,3}),(?=\s))?")
_GAP = re.compile(rf"{_APPOSITION},?(?:\s+{VERB_GROUP_WORD})*\s+")
_PERFECT = re.compile(rf"\b(?:{'|'.join(sorted(HAVE - {'having'}, key=len, reverse=True))})\s+(?:[a-z]+\s+)?been\b")
_COUNT = re.compile(r"(?<![\w'])(?:\d[\d,.]*|" + COUNT_WORD
                    + r")(?:\s+(?!(?:%s)\b)[\w'-]+){0,5}\s+$" % "|".join(CUES["count_phrase_stop"]))


def agentless_act(p: Predicate, actors: list[ActorMention], low: str, victims: list[str], floor: int) -> bool:
    """Is ``p``, which names no agent, an act all the same: a reported passive of an ``agentless_type`` (or a
    release) whose subject, one of ``victims``, is a named actor right before its verb group? ``floor`` is where
    the sentence starts (a count before the victim is read no further back)."""
    if not victims or p.form != "verb" or not p.passive or p.negated or p.quoted or p.status != "reported":
        return False
    if p.type not in _TYPES and not (p.family == "concede"
                                     and low[p.trigger.start:p.trigger.end].split()[0] in _RELEASE):
        return False
    victim = next((a for a in actors if a.name in victims and a.end <= p.trigger.start
                   and _GAP.fullmatch(low, a.end, p.trigger.start)), None)
    if victim is None:
        return False
    if p.rule != "armed victim" and _PERFECT.search(low, victim.end, p.trigger.start) \
            and _COUNT.search(low, max(floor, victim.start - 60), victim.start):
        return False  # "At least 2,000 Syrians have been killed": a tally (but a toll of armed men, "at least 2,000
        # members of the security forces have been killed", "more than 120 police and soldiers have been killed", is
        # the fighting against them: the dev sets code it military, the state's forces actor2)
    return True

_CROWD_HEADS = frozenset(CUES["protest_crowd"])
# a crowd that demands need not protest: "The mourners continue to call for the end of President Bashar al Assad's rule"
_DEMAND_HEADS = _CROWD_HEADS | frozenset(CUES["demand_crowd"])
_VERB_GROUP_WORDS = BE | HAVE | ADVERBS | frozenset(CUES["auxiliary"]) | frozenset(CUES["modal"])
# a verb of phase before the act in its verb group: "People began demanding", "The mourners continue to call for"
_PHASE_WORDS = frozenset(CUES["phase_verb"])
_WORD = re.compile(r"[\w'’-]+|[,;:()\"“”]")
# a count of a people before its name: "Tens of thousands of Syrians", "hundreds of Kurds", "50,000 Yemenis"
_COUNT_OF = re.compile(r"(?:(?:%s)\s+of|\d[\d,]*)\s+(?:[a-z][\w-]*\s+)?$" % COUNT_WORD)

# a preposition before the head (and a word that may modify it): the head is its object, not the verb's subject
_OBJECT_OF = re.compile(r"\b(?:of|against|on|at|to|for|with|by|from|in|into|toward|towards|among|over|upon|about)\s+"
                        r"(?:[a-z][\w-]*\s+)?$")


def _crowd_subject(text: str, low: str, p: Predicate, floor: int) -> bool:
    """Is the subject of ``p`` a crowd of the street (``protest_crowd``: "Hundreds of people", "Protesters",
    "Thousands", "Tens of thousands of Syrians"), the word before its verb group its head?"""
    return _crowd_head(text, low, p, floor) is not None


def _crowd_head(text: str, low: str, p: Predicate, floor: int, heads: frozenset[str] = _CROWD_HEADS) -> int | None:
    """Where the head of ``p``'s crowd subject starts (``_crowd_subject``), or None; ``heads``: the crowd nouns read."""
    head = _subject_word(low, p, floor)
    if head is None:
        return None
    before = low[max(floor, head.start() - 40):head.start()]
    if _OBJECT_OF.search(before) and not _COUNT_OF.search(before):
        return None  # "use of live ammunition against demonstrators had reportedly killed": not the subject
    if head.group() in heads or head.group().replace(",", "").isdigit():
        return head.start()
    # a people's name counted: capitalised and plural ("of Syrians", "of Kurds")
    counted = text[head.start()].isupper() and head.group().endswith("s") and _COUNT_OF.search(before) is not None
    return head.start() if counted else None


def _subject_word(low: str, p: Predicate, floor: int) -> re.Match | None:
    """The last word before the verb group of ``p`` (its auxiliaries and adverbs in -ly), from ``floor`` on: the head
    of its subject if it has one ("protesters have repeatedly demanded": "protesters"), or None."""
    words = list(_WORD.finditer(low, floor, p.start))
    i = len(words) - 1
    while i >= 0 and (words[i].group() in _VERB_GROUP_WORDS or words[i].group().endswith("ly") and len(words[i].group()) > 4
                      or words[i].group() in _PHASE_WORDS):
        i -= 1  # (a verb of phase in the group: "began demanding", "continue to call")
    return words[i] if i >= 0 else None


def _active_demand(p: Predicate) -> bool:
    """Is ``p`` an active demand verb, reported as done (not passive, negated, quoted nor planned)?"""
    return p.type == "demand" and p.form == "verb" and not p.passive and not p.negated and not p.quoted \
        and p.status == "reported"


def crowd_headed(low: str, p: Predicate, floor: int, actors: list[ActorMention]) -> bool:
    """Is the subject of the verb ``p`` a crowd the text does not name, its head a crowd noun or a number right
    before the verb group ("but protesters marched", "Thousands rallied")? Not one an actor names right before its
    head ("Egyptian protesters marched", "Assad supporters threw stones": whose crowd it is, for the caller's rules).
    (``_crowd_head`` on the lower-cased text only: a people's name counted, "Tens of thousands of Syrians", needs its
    capital and is not read here.)"""
    head = _crowd_head(low, low, p, floor)
    return head is not None and not any(a.start <= head < a.end or a.end <= head and not low[a.end:head].strip()
                                        for a in actors)  # ("Egyptian protesters" is one actor, demonym and head)


def crowd_protest(p: Predicate, text: str, low: str, floor: int) -> bool:
    """Is ``p``, which names no agent, a protest all the same: an active protest verb, reported as done, whose crowd
    the text does not name ("Hundreds of people demonstrated against the government in Jassem", "thousands rallied to
    demand an end to emergency law")? Not the crowd's noun ("have prevented demonstrators": no act), nor a protest planned, negated, quoted or held to be done to someone ("a rally
    was held" names no crowd either, but says no more than its noun)."""
    return p.type == "protest" and p.form == "verb" and not p.passive and not p.negated and not p.quoted \
        and p.status == "reported" and p.trigger.text.split()[0] not in CROWDS \
        and (_crowd_subject(text, low, p, floor) or absolute_crowd(low, p, floor))


def crowd_demand(p: Predicate, text: str, low: str, floor: int, targets: list[str], actors: list[ActorMention],
                 ceiling: int) -> bool:
    """Is ``p``, which names no agent, a demand all the same: an active demand verb, reported as done, whose subject is a
    crowd the text does not name and whose target the text names ("people demanded that Mr Assad resign", "crowds
    demanded the overthrow of President Ali Abdullah Saleh")? events_gold.md rule 13: a demand by an unnamed group is a
    row with ``actor1`` null when its target is named, none when neither side is ("protesters have demanded outside
    protection"). Not a demand planned, negated or quoted. ``actors`` are the sentence's, which ends at ``ceiling``."""
    if p.trigger.text.lower().startswith("want") and not _wanted_of(p, low, actors, targets, ceiling):
        return False  # "Most opposition activists simply want the downfall of the regime, not a compromise That formula
        # worked in Yemen" (a caption glued to the sentence after it): Yemen is no party to the act wanted
    return bool(targets) and crowd_demander(p, text, low, floor)


# where the phrase of the act a crowd wants ends: "Activists want prosecutions by the International Criminal Court (ICC)
# and hope ...", "want the downfall of the regime, not some compromise"
_WANTED_END = re.compile(break_class(r",;:(\"“”") + r"|\s(?:and|but|while|because|as|who|which|that|not)\s")


def _wanted_of(p: Predicate, low: str, actors: list[ActorMention], targets: list[str], ceiling: int) -> bool:
    """Does the phrase of the act a crowd wants ("want prosecutions by the International Criminal Court") name one of
    ``targets``, the party of the act wanted? The phrase ends at the sentence's end (``ceiling``) at the latest."""
    stop = _WANTED_END.search(low, p.trigger.end, ceiling)
    end = stop.start() if stop is not None else ceiling
    return any(a.name in targets and p.trigger.end <= a.start < end for a in actors)


def crowd_demander(p: Predicate, text: str, low: str, floor: int) -> bool:
    """Is ``p`` an active demand verb, reported as done, whose subject is a crowd the text does not name (``crowd_demand``
    without its target)? Such a demand is the crowd's street act, dated as its protest is: in the body of a story, by
    its own date words only (events_gold_fresh11 t17-reuters-216#12, "The protesters demanded political freedoms",
    undated like the protest it is of)."""
    return _active_demand(p) and _crowd_head(text, low, p, floor, _DEMAND_HEADS) is not None


# the pronouns of a group that may stand for no one the text names ("They also called on Damascus ...")
_GROUP_PRONOUNS = frozenset({"they", "both"})
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")  # between the demand verb and the party it names


def pronoun_demand(p: Predicate, low: str, floor: int, actors: list[ActorMention], targets: list[str]) -> bool:
    """Is ``p``, which names no agent, an active demand verb, reported as done, whose subject is "they" or "both" that
    no actor resolves, and whose target the text names ("They also called on Damascus to stop the violence", "as they
    call for Syria's president to step down", "In public, both have urged him to implement the Annan plan")? A demand
    by a group the text does not name on a named party is a row with ``actor1`` null (events_gold.md rule 13;
    events_gold_fresh18 t17-reuters-62#1, the children's "they call for Syria's president to step down"). Not a
    demand planned, negated, passive or quoted, nor one whose target is not named right after the verb (rule 13: no
    row with no target named; "both have urged him to implement the Annan plan": "him", not Annan, is asked)."""
    if not targets or not _active_demand(p):
        return False
    if not any(a.name in targets and _OBJECT_GAP.fullmatch(low, p.trigger.end, a.start) for a in actors
               if a.start >= p.trigger.end):
        return False
    subject = _subject_word(low, p, floor)
    return subject is not None and subject.group() in _GROUP_PRONOUNS


# an absolute phrase whose subject is a crowd: ", with mourners chanting", ", with thousands of people marching"
_WITH_CROWD = re.compile(r",\s+with\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*s)\s+$")
_CHANTING = re.compile(r"chant")


def absolute_crowd(low: str, p: Predicate, floor: int) -> bool:
    """Is the verb ``p`` a protest in an absolute phrase whose subject is a crowd the text does not name ("The funeral
    ... turned into a protest against Assad, with mourners chanting anti-Assad slogans": the mourners chant, not the
    subject of the clause before, nor a place in it)? Its crowd is a head of ``protest_crowd``, or any plural when the
    verb is chanting, which is a protest only with slogans, demands or a call (event_triggers.tsv): mourners who chant
    slogans protest, where mourners who march need not."""
    if p.type != "protest" or p.form != "verb" or p.passive or p.negated or p.quoted:
        return False
    m = _WITH_CROWD.search(low, max(floor, p.start - 60), p.start)
    return m is not None and (m.group("head") in _CROWD_HEADS or _CHANTING.match(p.trigger.text.lower()) is not None)


# "anti-" right before a name that modifies the protest noun after it: "months of anti-Assad protests"
_ANTI = re.compile(r"(?<![\w-])anti-$")
_MODAL_AFTER = re.compile(r"\s+(?:%s|cannot)\b" % MODAL_GROUP)


def anti_protest(p: Predicate, actors: list[ActorMention], low: str) -> bool:
    """Is ``p`` a protest noun (or its plural read as a verb) right after an "anti-" modifier that names an actor
    ("After months of mostly peaceful anti-Assad protests, army deserters ...", "despite months of anti-Assad
    demonstrations")? The protest is an act of a crowd the text does not name against that actor (the gold sets code
    such undated rows with ``actor1`` null and the named target as the counterpart: events_gold_fresh3 322#12,
    events_gold_fresh10 bbc-97#20), though no agent or owner is named. Not "pro-" ("pro-democracy protests": not
    against the name), nor a protest quoted, negated or planned."""
    if p.type != "protest" or p.quoted or p.negated or p.status != "reported" or _MODAL_AFTER.match(low, p.trigger.end):
        return False  # ("said anti-Assad protests would not be tolerated": protests held possible, none told)
    return anti_target(actors, low, p.trigger.start) is not None


def anti_target(actors: list[ActorMention], low: str, at: int) -> ActorMention | None:
    """The actor an "anti-" modifier names right before the noun at ``at`` ("anti-Assad protests": Assad), or None:
    the target of the protest (``anti_protest``, ``protest_clauses``)."""
    return next((a for a in actors if a.end < at and not low[a.end:at].strip()
                 and _ANTI.search(low, max(0, a.start - 5), a.start)), None)


# "international condemnation of Syria's long crackdown", "has drawn widespread international criticism": a
# condemnation of condemners the text does not name, told as a standing fact of the world
_UNNAMED_CONDEMNERS = re.compile(r"(?<![\w-])(?:(?:growing|widespread|wide|strong|broad|fierce|mounting|harsh)\s+)?"
                                 r"(?:international|worldwide|global)\s+$")


def unnamed_condemnation(p: Predicate, low: str) -> bool:
    """Is ``p`` a condemnation or criticism its "international" modifier gives to condemners the text does not name:
    a noun no one owns, or the noun a refusal to join or a drawing of it holds ("refused to join international
    condemnation of Syria's long crackdown", "a military crackdown which has drawn international condemnation")? The
    gold sets code it accuse with ``actor1`` null and the condemned as the counterpart (events_gold_fresh3 186#2,
    events_gold_fresh11 81#15); not one quoted, negated or planned, nor one owned ("Turkey's condemnation") or joined
    ("Jordan joined the international condemnation": Jordan's)."""
    if p.type != "accuse" or p.quoted or p.negated or p.status != "reported":
        return False
    words = p.trigger.text.split()
    if words[-1] not in _CONDEMNATION:
        return False
    noun = p.trigger.end - len(words[-1])
    modifier = _UNNAMED_CONDEMNERS.search(low, max(0, noun - 40), noun)
    if modifier is None or _ADJUNCT_BEFORE.search(low, max(0, modifier.start() - 30), modifier.start()):
        return False  # ("Despite growing international condemnation, ... Assad's rule shows no sign of collapse": a
        # nominal background in an adjunct, no clause tells it)
    if _NAMED_AFTER.match(low, p.trigger.end):
        return False  # "has drawn international criticism from Washington and Paris": the condemners are named
    if p.form == "noun":
        return not p.owned
    return p.form == "verb" and (words[0].startswith("join") and _REFUSED.search(low, max(0, p.trigger.start - 30),
                                                                               p.trigger.start) is not None
                                 or _DRAWN.search(low, max(0, noun - 60), noun) is not None)


_CONDEMNATION = frozenset({"condemnation", "criticism"})
_NAMED_AFTER = re.compile(r"\s+(?:from|by)\s+\w")  # (in the lowered text)
_ADJUNCT_BEFORE = re.compile(r"\b(?:despite|amid|amidst|in\s+the\s+face\s+of)\s+(?:the\s+)?$")
_REFUSED = re.compile(r"\b(?:refused|refuses|refuse|refusing|declined|declines|decline|declining)\s+to\s+$")
_DRAWN = re.compile(r"\b(?:drawn|drew|draws|draw|drawing|attracted|attracts|sparked|sparks|provoked|provokes|triggered|"
                    r"triggers)\s+(?:[a-z]+\s+){0,2}$")


def unnamed_condemnations(st, is_event) -> None:
    """The event of an ``unnamed_condemnation`` beside the clause's own act ("Russia, which has refused to join
    international condemnation of Syria's long crackdown": Russia's refusal, and the condemnation of Syria by
    condemners the text does not name), undated: a standing fact no date of the clause places (the development
    sets code it unresolved). ``st`` is extract's sentence state, ``is_event`` its test."""
    done = st.done()
    for q in st.preds:
        if q.trigger.start in done or not unnamed_condemnation(q, st.low):
            continue
        q = replace(q, form="noun", embedded=False, owned=False, topic=False)  # (the noun a verb held)
        if is_event(q, st.sent, st.builder):
            st.record(q, basis=undated(STANDING))


# rule 20 of events_gold.md: an act on people the text counts but does not name, by an agent it does not name; the
# count words are the tally's and every number word of the lexicon ("Twenty people were arrested", "a dozen"), not
# "a", "an", "some" or a fraction, and the counted head is a noun of people (not "Three villages were besieged")
_TOLL_TYPES = frozenset({"assault", "coerce"})
_TOLL_ACT_TYPES = _TYPES & _TOLL_TYPES  # the acts a toll can be told as
_TOLL_COUNTS = {w for w in set(CUES["count_word"]) | set(NUMBERS)
                if w not in ("a", "an", "some") and NUMBERS.get(w, "1") != "0.5" and "half" not in w}
_TOLL_WORDS = "|".join(sorted({w.replace(" ", r"\s+") for w in _TOLL_COUNTS}, key=len, reverse=True))
# a toll's count of people as one alternation: a figure or a count word, after an approximation ("at least 80", "more
# than a dozen", "several"), and the "of" a count word takes ("dozens of", "hundreds of"); ``forces_killed`` reads it
# too, for a count of a state's armed men
_APPROXIMATE = r"at\s+least|more\s+than|over|some|about|nearly|almost|up\s+to"
TOLL_COUNT = rf"(?:(?:{_APPROXIMATE})\s+)?(?:\d[\d,]*|(?:{_TOLL_WORDS})(?:\s+of)?)"
# the count's own words and its "of" ("hundreds of thousands", "a dozen"), which name no head; and the prepositions
# that end the counted phrase ("the killing of dozens on Friday": no head noun after the count)
_COUNT_PARTS = frozenset(w for c in _TOLL_COUNTS for w in c.split()) | {"of"}
_WORDS = re.compile(r"[a-z][a-z-]*")
_COUNT_END = frozenset({"on", "in", "at", "during", "near", "across", "around", "over", "from", "for", "last", "this",
                        "earlier", "overnight", "yesterday", "today"})
_TOLL_PEOPLE = frozenset(CUES["toll_people"])
# (no clock's minutes nor hour: "At 10:30 on Wednesday troops shelled Homs", "at 10 am on Wednesday troops" count no one)
_TOLL_COUNT = re.compile(r"(?<![\w'])(?<!\d:)(?:\d[\d,.]*(?!\s*(?:a\.?m\b|p\.?m\b|%s))|" % TZ + _TOLL_WORDS
                         + r")(?:\s+(?!(?:%s)\b)[\w'-]+){0,5}\s+$" % "|".join(CUES["count_phrase_stop"]))
# (the counted words stop at "by": "the killing of 10 protesters by the army" keeps its "by" phrase for _BY_AGENT)
_OF_COUNT = re.compile(r"\s+of\s+(?:(?:%s)\s+)?(?:\d[\d,]*|%s)"
                       r"(?:\s+(?!(?:%s|by)\b)[\w'-]+){0,2}" % (_APPROXIMATE, _TOLL_WORDS, "|".join(CUES["count_phrase_stop"])))
# uncounted victims of an act noun: "the killing of protesters", "the arrest of peaceful demonstrators" (not "of the
# protesters", people the text may have named before; not "of Syrian protesters", a people named: ``_unnamed_people``)
_OF_PEOPLE = re.compile(r"\s+of\s+(?:(?:unarmed|peaceful|innocent|civilian|[a-z]+-[a-z]+)\s+){0,2}(?:%s)\b"
                        % "|".join(sorted((re.escape(w) for w in CUES["toll_people"] if w not in ("dead", "more", "others",
                                                                                               "members")),
                                          key=len, reverse=True)))
_CAPITAL = re.compile(r"\s[A-Z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")  # "the killing of": a noun the participle reading took
_ACT_RELATIVE = re.compile(r"\b(?:in|during)\s+which\s+(?:(?:at\s+least|more\s+than|over|some|about)\s+)?$")
# a "by" phrase in the clause after the act (or its victims): "were killed by security forces", "were killed in Homs on
# Monday by security forces", "the killing of 10 protesters by the army"; not a time, a means or an amount ("by Friday",
# "by the end of", "by phone", "by 10 percent")
_BY_AGENT = re.compile((run_class(r",;:.!?\"“”()") +
                       r"{0,60}?\bby\s+(?!(?:the\s+)?(?:end|time|then|now|far|mid|late|early|phone|"
                       r"telephone|mail|email|road|air|sea|car|bus|train|foot|hand|day|night|midnight|noon|"
                       r"%s|\d)\b)") % "|".join(FULL_WEEKDAYS + FULL_MONTHS))


def by_agent(low: str, pos: int) -> re.Match | None:
    """The "by" phrase that gives an act its agent in the clause after ``pos`` (``_BY_AGENT``), up to its "by", or
    None: the one test of it for the tolls that rule 20 reads (``unnamed_toll``, ``forces_killed``)."""
    return _BY_AGENT.match(low, pos)


# a definite before a count: people the text has named before ("The two men were arrested", "their two sons"), not a
# toll; ``forces_killed`` reads it too
DEFINITE_BEFORE = r"\b(?:the|these|those|both|its|their)\s+$"
_DEFINITE = re.compile(DEFINITE_BEFORE)
_AUX_TAIL = re.compile(rf"(?:\s+{VERB_GROUP_WORD})*\s+$")  # "were", "have been", "were reportedly"


def unnamed_toll(p: Predicate, text: str, low: str, floor: int, actors: list[ActorMention], others: list[Predicate],
                 agents: list[str]) -> bool:
    """Is ``p`` an assault or arrest on people the text counts (or, for a noun, names by a noun of people: "the killing
    of protesters") but names no actor among ("the killing of 11 villagers earlier Wednesday", "Tens of people arrested
    on Friday have been released", "All six were killed today"), by an agent it does not name? Rule 20 of events_gold.md: no row (the figure is its source's statement). The noun
    names no agent whoever the sentence's subject is ("Syrian army deserters killed seven soldiers ... in response to
    the killing of 11 villagers"); the verb, when no other act of force in the sentence tells who did it ("at least
    five people were killed on Tuesday when tanks shelled ...": the state's, as the gold sets read it). A people
    named ("three more Syrian nationals were arrested") or a person is a victim named, and so are people the text
    named before ("The two men were arrested", after a meeting of two named men) or an age in apposition ("Riad Seif,
    64, has been detained"); an agent in a "by" phrase keeps the row ("Three protesters were killed by security forces",
    rule 2). ``agents``: those the clause reader found for ``p``, which only the verb's reading heeds."""
    if p.type not in _TOLL_ACT_TYPES or p.rule == "armed victim" or p.negated or p.owned:
        return False
    if p.form == "noun" or _ARTICLE_BEFORE.search(low, max(floor, p.trigger.start - 6), p.trigger.start):
        of = _OF_COUNT.match(low, p.trigger.end)
        if of is None:
            of = _OF_PEOPLE.match(low, p.trigger.end)
            if of is not None and _CAPITAL.match(text, of.end()):
                return False  # "the killings of activists Ghiyath Matar and Mashaal Tammo": named persons
        return of is not None and not by_agent(low, of.end()) \
            and _unnamed_people(text, low, of.start(), of.end(), actors)
    if p.form != "verb" or agents or any(q.trigger.start != p.trigger.start and q.family in FORCE_FAMILIES for q in others):
        return False
    if by_agent(low, p.trigger.end):
        return False  # "Three protesters were killed by security forces": rule 20 keeps an act whose "by" phrase
        # names its agent (rule 2: the row stays, actor1 null unless the phrase resolves to a named actor)
    tail = _AUX_TAIL.search(low, max(floor, p.trigger.start - 40), p.trigger.start)
    if tail is None:
        return False
    end = tail.start()
    count = _TOLL_COUNT.search(low, max(floor, end - 60), end + 1)
    if count is None or _ACT_RELATIVE.search(low, max(floor, count.start() - 20), count.start()):
        return False  # ("the suppression of an armed Islamist revolt in the city of Hama, in which many thousands were
        # killed in 1982": the victims of the act the noun names, whose agent the gold sets read from it)
    if _DEFINITE.search(low, max(floor, count.start() - 8), count.start()):
        return False  # "The two men were arrested": people the text has named before, not a toll
    if any(a.end <= count.start() and not low[a.end:count.start()].strip(" ,") for a in actors):
        return False  # "Riad Seif, 64, has been detained": an age in apposition to a named victim
    head = text.find(" ", count.start())
    return _unnamed_people(text, low, head if 0 <= head < end else end, end, actors)


def _unnamed_people(text: str, low: str, start: int, end: int, actors: list[ActorMention]) -> bool:
    """Are the counted victims between ``start`` and ``end`` people no actor names: no capital ("three more Syrian
    nationals": a people), no actor, no armed men ("more than 1,100 security personnel had been killed": a state's
    forces' toll, military with the state as the counterpart, which rule 20 keeps)?"""
    end = next((m.start() for m in _WORDS.finditer(low, start, end) if m.group() in _COUNT_END), end)
    words = [w for w in _WORDS.findall(low, start, end) if w not in _COUNT_PARTS]
    return not _CAPITAL.search(text, start, end) and not any(start <= a.start < end for a in actors) \
        and not ARMED_VICTIMS & set(words) and (not words or not _TOLL_PEOPLE.isdisjoint(words))
    # (no words but the count's: the count is the head, "All six were killed", "A dozen were killed", "the killing
    # of dozens on Friday", "Hundreds of thousands were arrested"; else a noun of people among them, not "Three
    # villages")
