"""An unnamed source's saying is no row.

Wire copy sources its facts to people it does not name: "a senior U.S. official said", "An Arab League source said",
"French diplomats also said", "a senior official with the rebel National Council ... said", "shippers and Syrian
transportation officials say", "several said they believed", '..." said the official, speaking on condition of
anonymity'. events_gold.md rule 9 (b): an unnamed source that only attributes a report gives no row, whatever its
nationality or body, and what it reports is annotated when it names an actor; (c) and rule 13: its accusation, demand,
threat or support is a row (of its state when the text gives one, else with ``actor1`` null), so only a plain
statement is dropped (``_Builder.add``). The speaker finder reads the state or body that modifies the source's noun
("U.S.", "Arab League") as the speaker, and a source it cannot name left a dated statement with no actor.

The source is read from the words of the reporting verb's subject only, as ``analysts`` reads an analyst's: the
subject before the verb, from the sentence's start, the close of a quote or a clause's saying, or the subject after an
inverted verb ('..." said the official'), up to a participle or relative clause (``reporting_subjects``, the finder
the two readers share; a source's subject has at most 30 words). It is an unnamed source when the
whole subject is a noun phrase headed by a source noun (official, source, diplomat, resident, trader ...), with a
determiner or count, modifiers and a prepositional phrase or relative clause after the head ("a senior official with
the rebel National Council", "an activist who took part in ..."), or a bare plural pronoun group ("several", "some");
several such phrases may be coordinated ("shippers and Syrian transportation officials"). A spokesman or press office
speaks for its body (rule 9 (a), rule 18: "a spokesman for the ministry said" keeps its row); a person named in the
subject ('one resident, Ali Hussain'; "Syrian activist Rami Abdulrahman") is no unnamed source, but a name the speaker
gave for himself or a pseudonym ("a resident of Homs, who gave his name as Osama", "identified only as Ramy") names no
one the story vouches for; an official's named office ("the Syrian foreign minister") is no source noun; a definite
plural ("the Russian diplomats said") stands for those the story named before. A state's or body's officials, diplomats or
sources are unnamed as a bare plural too ("Turkish officials told the journalists they expected ...", "Syrian officials
told the Red Cross ...": rule 29, whatever the counterpart, events_gold.md rule 33's addendum), unless what they report
may be their state's charge or threat (``unnamed_speaker``); a state's other members as a bare plural ("Syrian rebels
said") speak for it.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ..cue_words import run_class
from ..actors import ActorMention
from .cues import CONDITION, CUES, GROUP_QUANTIFIER, SUBJECT_TO_VERB
from .pseudonyms import SELF_NAMED
from .reporting_subjects import after_quote, short, subject_after, subject_start
from .frame_time import ADDRESSEE, frame_day
from .triggers import DEFINED

if TYPE_CHECKING:  # pragma: no cover
    from .predicates import Predicate


def _number(plural: str) -> str:
    """A plural source noun of the cue, and its singular: "officials?", "witness(?:es)?", "businessm[ae]n"."""
    if plural.endswith("men"):
        return plural[:-3] + "m[ae]n"
    if plural.endswith("sses"):
        return plural[:-2] + "(?:es)?"
    return plural[:-1] + "s?" if plural.endswith("s") else plural


# the head noun of a source no one names: the unnamed_source cue (event_cues.tsv), with its singulars; but not "group",
# which after a name is the named body's ("The Human Rights Watch group said", "The Local Co-ordination Committees
# group said": audit t17-bbc-108, t17-bbc-111; only a bare plural "rights groups said" names no one, ``subjects``),
# nor an outlet, which tells the saying of the one it names ("Saleh offered dialogue ..., and state media said he was
# sympathetic to their problems": Saleh's statement, events_gold_blind t17-reuters-213#8)
_NOT_HEAD = frozenset({"groups", "media", "television", "tv", "radio"})
# and the unnamed_official cue's, whom rule 29 names among the unnamed ("one of the senior FSA commanders in the area told
# me"), "commanders" among them, who are no source of the unnamed_source cue's other readers (``subjects``, ``blamers``)
_HEAD = "(?:%s)" % "|".join(_number(w) for w in dict.fromkeys((*CUES["unnamed_source"], *CUES["unnamed_official"]))
                            if w not in _NOT_HEAD)
# a determiner, count or quantifier before the modifiers
_DET = rf"(?:a|an|one|another|the|{GROUP_QUANTIFIER}|two|three|four|five|a\s+number\s+of|both)"
# a modifier word: "senior", "U.S.", "Arab League", "Syrian transportation", "Western", "Beirut-based"
_MOD = r"(?:[a-z][\w.'’-]*|u\.s\.|u\.n\.)"
_NP = rf"(?:{_DET}\s+)?(?:{_MOD}\s+){{0,5}}?{_HEAD}"
# what may follow the head: a prepositional phrase ("with the rebel National Council", "in Amman", "based in Syria",
# "close to the talks", "familiar with the matter"), or a relative clause ("who lives in exile")
_AFTER = (r"(?:,?\s+(?:(?:with|at|in|of|on|inside|close\s+to|familiar\s+with|based\s+in|who|involved\s+in)\b"
          + run_class(r",;:") + r"{0,70})){0,2}")
# a group of people no one names, by a quantifier and a plural ("Some Iraqis", "many Syrians"), or the quantifier alone
_GROUP = (rf"(?:{GROUP_QUANTIFIER})\s+(?:of\s+them|[a-z][\w'’-]*s)"
          r"|(?:some|many|several|most|others|a\s+few)")
_SOURCE = re.compile(rf"{_NP}{_AFTER}(?:\s+and\s+{_NP}{_AFTER})?|{_GROUP}")
# a speaker who asks not to be named is a source no one names, whatever his noun ('said a senior Iraqi Shi'ite
# politician, who asked not to be named', 'said one frustrated man ... who did not want to be identified'): an
# indefinite or counted noun phrase, with the anonymity told right after it or in it (``_ANONYMOUS``: the
# ``anonymity`` definition of event_triggers.tsv, which the "declined to" reject row and withheld.py read too)
_ANY_NP = re.compile(rf"(?:a|an|one|another|the|two|three)\s+(?:{_MOD}\s+){{0,5}}?[a-z][\w'’-]*{_AFTER}")
# a speaker known only by the name he gave or a pseudonym ("who gave his name as Osama", "identified only as Ramy",
# "who asked to be referred to as Rana", "an activist who uses a pseudonym")
_PSEUDONYM = SELF_NAMED  # (pseudonyms.py: the same phrases give the names its later sentences know)
_ANONYMOUS = re.compile(r"\b(?:did\s+not|didn[’']t|does\s+not|declined\s+to|asked\s+not\s+to|refused\s+to)\s+"
                        rf"(?:want\s+to\s+)?(?:{DEFINED['anonymity']}|identified|named)"
                        r"|\b(?:requested|asked\s+for|on\s+condition\s+of)\s+anonymity\b"
                        # a name the speaker gave for himself, or a pseudonym: no name the story vouches for ('a
                        # resident of Homs, who gave his name as Osama', 'the man, who identified himself only as Abu
                        # Fadi', 'an activist, who asked to be referred to as Rana': fresh3 and fresh21's notes,
                        # "unnamed or pseudonymous speakers are no rows")
                        rf"|{_PSEUDONYM}")
_PSEUDONYM_RE = re.compile(_PSEUDONYM)
_PSEUDONYM_BEFORE = re.compile(rf"(?:{_PSEUDONYM})\s*$")  # the phrase right before where a subject would open
_ANONYMITY_REACH = 120  # characters after the span's start where its anonymity is told
# the anonymity a saying's own adjunct tells, right after its verb, addressee and day (``_framed_anonymity``)
_FRAME_ANONYMITY = re.compile(r",?\s+(?:speaking\s+|who\s+spoke\s+)?(?:on\s+condition\s+of|requesting)\s+anonymity\b")
_WHO = re.compile(r",?\s+who\b")
# a spokesman or press office speaks for its body (rule 9 (a), rule 18): no unnamed source
_SPOKES = re.compile(r"spokes(?:wo)?m[ae]n|spokesperson|spokespeople|press\s+(?:office|secretary|service)")
# the tail between a subject and its verb: "also", "have", "on Monday"
_TAIL = re.compile(rf"(?:\s+(?:{SUBJECT_TO_VERB}))*\s*$")
# the same, searched from a run of white space's first character only: tried at every space of a long run it was
# quadratic (8,000 spaces before "said" 2 s); a later start inside a run can only match where the run's first does
# (``_tail``)
_TAIL_FROM_RUN = re.compile(rf"(?<!\s){_TAIL.pattern}")
# the most words a source's subject has (``reporting_subjects``): two coordinated noun phrases, each with its
# modifiers and two prepositional phrases or relative clauses, run to about 27 words ("A Syrian official in the
# northern city of Aleppo near the Turkish border and another Syrian official at the main crossing point on the road to
# Beirut"); ``_SOURCE`` bounds each part
_MAX_WORDS = 30


def unnamed_source(text: str, low: str, start: int, end: int, trigger_start: int,
                   trigger_end: int) -> tuple[int, int] | None:
    """The span of the subject of the reporting verb at ``trigger_start:trigger_end`` (in the sentence
    ``text[start:end]``) when it is a source no one names (``_SOURCE``), and no spokesman nor named person; else None."""
    if after_quote(low, start, trigger_start):
        after = subject_after(low, start, end, trigger_start, trigger_end, _MAX_WORDS)
        return _source(text, low, *after, end, False) if after is not None else None
    if _MADE_SAYING.match(low, trigger_end, end):
        return None  # "Diplomats said Russian Ambassador Vitaly Churkin made the latest announcement": his statement
    # the anonymity a subject before the verb may have: told in the subject ("One frustrated man at the park, who did not
    # want to be identified, said"), or the saying's own adjunct ("A senior Iraqi politician said on condition of
    # anonymity"); not in what the saying reports ("The Syrian Interior Ministry said on Monday a man who asked not to be
    # named had been arrested": the man's)
    framed = _framed_anonymity(low, trigger_end, end)
    opening = subject_start(low, start, trigger_start)
    pseudonym = _PSEUDONYM_BEFORE.search(low, start, opening) if opening is not None else None
    if pseudonym is not None:  # "a resident of Homs, who gave his name as Osama, said": that "as" opens no clause
        opening = subject_start(low, start, pseudonym.start())
    heads = [opening if opening is not None else start]
    comma = low.rfind(",", start, trigger_start)
    if comma >= 0 and comma + 1 > heads[0]:
        heads.append(comma + 1)  # "In conversations with a number of activists, several said": the clause's
        # subject after an opening phrase
    for head in heads:
        tail = _tail(low, head, trigger_start)
        stop = tail.start() if tail else trigger_start
        span = _source(text, low, head, stop, stop, framed) if short(low, head, stop, _MAX_WORDS) else None
        if span is not None:
            return span
    return None


def _framed_anonymity(low: str, trigger_end: int, end: int) -> bool:
    """Does the saying's own adjunct, after its verb (ending at ``trigger_end``), its addressee and its day, tell the
    speaker's anonymity ("said on condition of anonymity", "told Reuters on Friday on condition of anonymity")?"""
    day = frame_day(low, trigger_end)
    return _FRAME_ANONYMITY.match(low, day[1] if day else ADDRESSEE.match(low, trigger_end).end(), end) is not None


def quantified(low: str, span: tuple[int, int]) -> bool:
    """Does the source phrase at ``span`` open with an article, a count or a quantifier ("a senior U.S. official",
    "Some U.S. and European officials"), not as a bare plural ("Turkish officials", "U.S. officials")?"""
    return _QUANTIFIER.match(low, span[0]) is not None


# a saying the one named in the reported clause made ("Diplomats said the Russians made clear they did not want")
_MADE_SAYING = re.compile(r"\s+(?:that\s+)?" + run_class(r",;:") +
                          r"{0,60}?\b(?:made|gave|issued|delivered)\s+(?:(?:the|a|an|his|her|its|"
                          r"their|latest|new|it)\s+){0,3}(?:clear|announcement|statement|warning|speech|remarks|appeal|"
                          r"pledge|promise)s?\b")
# a source whose name the phrase gives after all ("a resident, who gave his full name, Osama Hamdan"; not the name he
# gave as his own, "who gave his name as Osama": ``_PSEUDONYM``)
_NAMED = re.compile(r"\b(?:gave|giving|gives)\s+(?:his|her|their)\s+(?:first\s+)?names?\b(?!\s+(?:only\s+)?as\b)|\b(?:named|called)\s+[a-z]")
_DEFINITE_PLURAL = re.compile(rf"the\s+(?:{_MOD}\s+){{0,5}}?[a-z]+(?:s|men|people)$")
_QUANTIFIER = re.compile(rf"(?:{_DET}|few|a\s+few)\b")


def _source(text: str, low: str, start: int, end: int, told_end: int, framed: bool) -> tuple[int, int] | None:
    """``(start, end)`` trimmed when ``low[start:end]`` is an unnamed source's noun phrase, or any indefinite noun
    phrase whose anonymity is told (``_ANONYMOUS``) in it or after it up to ``told_end`` (an inverted subject's: to the
    sentence's end; a subject before its verb's: its own end) or by the saying's own adjunct (``framed``), else
    None."""
    while start < end and low[start].isspace():
        start += 1
    while end > start and low[end - 1] in " ,":
        end -= 1
    if start >= end or _SPOKES.search(low, start, end) or _NAMED.search(low, start, end):
        return None
    pseudonym = _PSEUDONYM_RE.search(low, start, end)
    who = _WHO.search(low, start, pseudonym.start()) if pseudonym is not None else None
    if who is not None:
        end = who.start()  # "a resident of Homs, who gave his name as Osama": the noun phrase, not the name he gave
    if _DEFINITE_PLURAL.match(low, start, end):
        return None  # "the Russian diplomats said": those the story named before, a delegation or a ministry's
    if _SOURCE.fullmatch(low, start, end) is None:
        if not framed and _ANONYMOUS.search(low, start, min(max(end, told_end), start + _ANONYMITY_REACH)) is None:
            return None
        who = _WHO.search(low, start, end)  # ("one frustrated man at King Abdullah Park who, like most Syrians, did
        end = who.start() if who else end  # not want to be identified": the noun phrase before the anonymity)
        if _ANY_NP.fullmatch(low, start, end) is None:
            return None
    # a name in the phrase: two capitalised words in a row that are no state's or body's ("Ali Hussain"), after a comma
    if re.search(r",\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text[start:end]):
        return None
    return start, end


def unnamed_speaker(text: str, low: str, start: int, end: int, trigger_start: int, trigger_end: int,
                    actors: list[ActorMention], content: tuple[int, int] | None,
                    predicates: tuple[Predicate, ...]) -> tuple[int, int] | None:
    """The span of the reporting verb's subject when it is a source no one names (``unnamed_source``) that speaks for no
    one the text names: not a person named in it ("Hussein and other activists said"), nor a state's or body's members
    as a bare plural ("Rebels with the Free Syrian Army say"); but a state's or body's officials, diplomats, sources,
    commanders, officers or aides are unnamed as a bare plural too ("Turkish officials told the journalists they
    expected ...", "Russian officials say": rule 29), whatever party they tell ("Syrian officials told the Red Cross":
    rule 33's addendum, a named counterpart makes a row only of a named speaker's saying or a spokesman's), unless what
    they report at ``content`` may be their state's charge or threat (``charging``); "Some U.S. and European
    officials", "a senior U.S. official" are unnamed; else None."""
    span = unnamed_source(text, low, start, end, trigger_start, trigger_end)
    if span is None:
        return None
    inside = [a for a in actors if span[0] <= a.start and a.end <= span[1]]
    if any(a.kind == "person" and "unresolved" not in a.flags and not _PERSON_MODIFIER.match(low, a.end, span[1])
           for a in inside):
        return None  # (an office no one fills, "one of the senior FSA commanders", is a description, no name; a person
        # who only modifies the head, "an Obama administration official", names no speaker: audit t17-reuters-172)
    if quantified(low, span) or not inside:
        return span
    if _OFFICIAL.search(low, span[0], span[1]) \
            and not (content is not None and charging(low, content, actors, {a.name for a in inside}, predicates)):
        return span
    return None


# what follows a person's name that only modifies the source's head ("an Obama administration official", "a Putin aide")
_PERSON_MODIFIER = re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}\s+{_HEAD}\b")
# the people events_gold.md rule 29 names: an unnamed official, diplomat, source, commander, officer or aide who tells
# or says something gives no saying row, whatever state or body he serves ("Turkish officials say", "U.S. and European
# diplomats have repeatedly said", "Syrian opposition sources have told the BBC"); a state's other members as a bare
# plural ("Syrian rebels said", "Rebels with the Free Syrian Army say") are the body's, as before (the unnamed_official
# cue, with its singulars)
_OFFICIAL = re.compile(r"\b(?:%s)\b" % "|".join(_number(w) for w in CUES["unnamed_official"]))


def _tail(low: str, head: int, stop: int) -> re.Match | None:
    """``_TAIL.search(low, head, stop)`` in linear time: the leftmost match starts at ``head`` or at the first
    character of a run of white space (from any later character of the run, the run's first would match too)."""
    return _TAIL.match(low, head, stop) or _TAIL_FROM_RUN.search(low, head, stop)


# what opens a reported clause before its subject: a quote mark, "that", an article (``extract`` reads it too)
REPORTED_OPENING = re.compile(r"[\s\"“”'‘’,]*(?:that\s+)?(?:the\s+)?")
# the blame put on another in a cleft ("it is the rebel fighters who are exploiting ...", "it was the army that fired")
_CLEFT = re.compile(r"[\s\"“”'‘’,]*(?:that\s+)?it\s+(?:is|was|'s)\s+(?:the\s+)?[\w\s'’-]{1,40}?\s+(?:who|that)\s")
# the sources' own side as the reported clause's subject ("they have been called to", "we have met")
_OWN_SIDE = re.compile(r"\b(?:they|we)\s+(?:[a-z']+\s+){0,4}$")
# an infinitive of aim before a verb ("need more time to consult"; "called to meetings" is a noun's preposition)
_AIM = re.compile(r"\bto\s+$")


def charging(low: str, content: tuple[int, int], actors: list[ActorMention], own: set[str],
             predicates: tuple[Predicate, ...]) -> bool:
    """Does the reported clause at ``content`` have the shape of a charge or a threat of the speakers' state (rule 9
    (c)), which the content typer may still read as a plain statement: another party than the speakers' own opens it
    and the clause tells an act of a listed type ("U.S. officials told the Washington Post that Iran had started
    providing the Syrian government with ..."; not "UN diplomats said she had been waiting in Lebanon"), a cleft
    puts the blame on another ("government officials say it is the rebel fighters who ..."), or a condition bounds it
    ("Turkish officials say it has been discussed, but would only be considered if ...", "unless the violence stops":
    ``cues.CONDITION``)? Such a saying of a state's officials keeps its row as before rule 29 (events_gold_fresh3 322#2
    accuse, fresh20 bbc-157#7 threaten, fresh21 bbc-244's accusations). Or the clause tells an act of a listed type the sources' own side did or had done to it,
    under "they" or "we" ("Syrian opposition sources have told the BBC they have been called to meetings with foreigners
    in Istanbul": the opposition's meeting, fresh9 bbc-190#6), which gets no row of its own here: the saying's row
    stands for it; not an aim ("they need more time to consult Moscow"), nor a plan."""
    opening = REPORTED_OPENING.match(low, content[0], content[1])
    if any(a.start == opening.end() and a.name not in own for a in actors) and any(
            content[0] <= q.trigger.start < content[1] and q.type not in ("statement", "other") for q in predicates):
        return True
    if _CLEFT.match(low, content[0], content[1]) is not None or CONDITION.search(low, *content) is not None:
        return True
    return any(content[0] <= q.trigger.start < content[1] and q.type not in ("statement", "other")
               and q.status != "planned" and not (q.form == "verb" and _AIM.search(low, max(content[0], q.start - 12), q.start))
               and _OWN_SIDE.search(low, content[0], q.start) is not None for q in predicates)

