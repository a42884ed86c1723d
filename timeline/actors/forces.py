"""Armed forces named with no owner are the forces of the story's country.

Wire copy on one country's unrest names its forces without saying whose they
are once the story is under way: "Troops with tanks have deployed near the
town", "One activist said security forces killed three civilians",
'"Soldiers attacked houses ...," he said.' The gold rule codes them as the
country the story is about (Syria in Syria copy, Yemen in Yemen copy). The
story's country is the one the article names clearly most often (countries,
demonyms, capitals, and the country of the people it names): at least
``MIN_MENTIONS`` mentions and ``LEAD`` times as many as the next. With no such
country the forces stay unnamed.

A phrase of ``resources/force_nouns.txt`` is bare when nothing that could
own or qualify it comes before it: it opens its sentence or follows "the",
punctuation, a conjunction, a subordinator, a verb of saying ("said troops
had deployed") or the "by"/"from" of an agent ("weeks of shelling from
government forces"); not "Turkish troops" (an actor already), "its troops", "some
400 troops", "rebel soldiers", "trucks carrying troops", "in the army",
"soldiers of the Free Syrian Army". A phrase that stands as the target of an act of force ("gunmen had fired on
security forces", "attacking soldiers", "clashed with the army": ``TARGET_BEFORE``) is the story's forces too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate

from ..cue_words import break_class, load_tsv
from ..temporal.lexicon import FULL_WEEKDAYS, NUMBERS, alternation
from .gazetteer import (DEMONYMS, demonym_state, opening_class, phrase_alternation, phrase_alternatives, rows,
                        word_list)
from .mention import ActorMention, SpanIndex, in_text_order, state_description, state_of
from .names import canonical_key
from .nearstate import GOVERNMENTS_OWNED, body_state
from .people import own_state
from .placedstate import is_scene, placed_state, sole_placed_state
from .scan import sentence_starts

MIN_MENTIONS = 3
LEAD = 1.5
# the bodies that decide between countries named about as often (``story_country``)
MIN_BODIES = 2
LEAD_BODIES = 2


_PHRASES = sorted((p.lower() for p in word_list("force_nouns.txt")), key=len, reverse=True)
_PHRASE = re.compile(r"%s(?![\w-])" % opening_class(phrase_alternatives(_PHRASES), r"[\w-]"), re.I)  # (searched for
# fast: "(?<![\w-])(?:phrases)", one class tested per position)
# a number in words from two to twelve (time_words.tsv; "dozen" counts only after its "a"), as SUBJECT_BEFORE and
# _COUNT_OPENS count forces
_SMALL_NUMBERS = alternation(w for w, v in NUMBERS.items() if " " not in w and w != "dozen"
                             and v.isdigit() and 2 <= int(v) <= 12)
# what may stand before a bare phrase: nothing, "the", punctuation, a conjunction or subordinator (an object relative's
# "which"/"whom": "attacks ..., which the government also blamed on terrorists"), a verb of saying
# (or one with its day, ``after_saying_day``), "between" (the sides of a fight noun: "clashes between government
# forces and rebels", ``events.fights_between``; shared by every caller, so govref, peoples and govofficials also take
# a force after "between" as a subject candidate)
SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;:,(\"“”—–]|\)\s+-|\b(?:the|and|but|or|that|where|when|while|as|after|before|"
                            r"until|since|because|if|then|which|whom|said|says|say|told|saw|see|seen|by|from|between|prompting|"
                            r"forcing|leaving)\b|"
                            r"\b(?:the|with|saw|said|say|says|estimate|estimates|estimated)\s+(?:some\s+|about\s+|around\s+)?(?:\d[\d,]*|%s))\s*$"
                            % _SMALL_NUMBERS,
                            re.I)  # a number after "the", "with", "saw", "said" (or "say", "estimate": a reported toll,
# "Human rights groups estimate 500 soldiers have been killed"): "saw 40 tanks", "with 60 tanks", "SANA
# said two soldiers were killed" (a number in words as in figures: two to twelve of time_words.tsv; "dozen" counts
# only after its "a"); a wire dateline's dash opens the lead ("AMMAN (Reuters) - Tanks pounded a Syrian town")
# where a clause opens, for a subject that may stand nowhere else ("The country voted", "but the two countries have";
# not "fled from the country", "between the two countries"): govref's "the country", counted's "the two countries"
CLAUSE_OPENS = re.compile(r"(?:^|" + break_class(r".!?;:\"“”—–") + r"|\b(?:and|but|that|while|as|after|when|since"
                          r"|because|although|"
                          r"said|says|say)\b)\s*$", re.I)
# a capitalised word that is no weekday, the wire style of dating a subject's act ("The government Tuesday said",
# "The opposition Tuesday accused"): what makes a noun part of a name ("the government Ministry", "the opposition
# Syrian National Council")
CAPITAL_NOT_WEEKDAY = r"(?!(?:%s)\b)[A-Z]" % "|".join(w.capitalize() for w in FULL_WEEKDAYS)
_SAYING = re.compile(r"\b(?:said|says|reported)\b")
# the day of the clause between an opening and the noun: "On Friday soldiers killed 19 people", "Rights groups say on
# Friday security forces opened fire" (the weekdays written in full)
DAY_BEFORE = re.compile(r"\bon\s+(?:%s)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*$" % "|".join(FULL_WEEKDAYS),
                        re.I)


def after_saying_day(low: str, start: int) -> bool:
    """Does a verb of saying and its own day end right before ``start`` ("said Saturday government forces had
    regained control", "said on Monday troops ...")? The day is read as every saying's day is (``frame_time.frame_day``)."""
    from ..events.frame_time import frame_day  # imported here: the events package loads after the actors package
    for m in _SAYING.finditer(low, max(0, start - 40), start):
        day = frame_day(low, m.end())
        if day is not None and day[1] <= start and not low[day[1]:start].strip():
            return True
    return False


_OF_AFTER = re.compile(r"\s+(?:of|from)\b", re.I)  # "soldiers of the Free Syrian Army": owned after the noun
# a noun the phrase modifies ("the police van", "police officers"): resources/force_noun_heads.txt
_HEAD_AFTER = re.compile(r"\s+(?:%s)(?![\w-])" % phrase_alternation(word_list("force_noun_heads.txt")), re.I)


# a count that opens a sentence or a clause ("At least 200 security personnel have also been killed, the government
# says", "Hundreds of troops and security forces have defected", "said that more than 1,100 security personnel had been
# killed"): the forces counted stand where a subject does, as after "said 120 soldiers" (``SUBJECT_BEFORE``, which
# peoples.py shares and so keeps "thousands of Kurds" out), or the victims a verb of killing counts ("armed groups which it
# says have killed at least 700 security personnel": the story's forces, audit t17-reuters-329, -219); not after "and"
# or another verb ("sent 400 troops", "with 60 tanks")
_COUNT_OPENS = re.compile(r"(?:^|" + break_class(r".!?;:\"“”—–") + r"|\b(?:that|after|when|while|since|because|killed"
                          r"|killing|kill|shot\s+dead)\b)\s*(?:(?:at\s+least|more\s+than|"
                          r"over|some|about|around|nearly|almost|up\s+to|as\s+many\s+as)\s+)?(?:\d[\d,]*|%s|"
                          r"(?:dozens|hundreds|thousands|scores)\s+of)\s+$"
                          % _SMALL_NUMBERS,
                          re.I)


# a partitive: a word of a part (``part_of`` of ``event_cues.tsv``: "divisions", "elements", "many"; a hyphenated one
# too, "sub-units") and its "of", "in" or "within"; the phrase after it names the whole, whose part acts for it ("Elite
# divisions of the army crushed protests", "some elements of the opposition began a military fight back", "Many in the
# opposition"): ``_PART_BEFORE`` here, and ``subjects._PART_OF`` before a body's name
PARTITIVE = r"\b(?:%s)\s+(?:of|in|within)\s+" % phrase_alternation(load_tsv("event_cues.tsv")["part_of"])
# a partitive right before a phrase that opens on "the": a part of the story's forces or opposition, which acts for
# them as the subject; a phrase without its "the" ("divisions of the security forces") is bare after "the" already
_PART_BEFORE = re.compile(PARTITIVE + "$", re.I)


def bare_before(before: str, phrase: str) -> bool:
    """Does nothing that could own or qualify a phrase stand in ``before`` (what precedes it): SUBJECT_BEFORE, a
    day of the clause ("On Friday soldiers killed"), or a capital "The" that opens the phrase after a word with no
    stop, the start of a sentence a scraped page glued to a caption ("... French authorities confirm The army and
    rebels have battled"), or a count that opens the clause (``_COUNT_OPENS``), or a partitive before a phrase that
    opens on "the" ("Elite divisions of the army", ``_PART_BEFORE``)?"""
    return bool(SUBJECT_BEFORE.search(before) or DAY_BEFORE.search(before) or phrase.startswith("The ")
                or _COUNT_OPENS.search(before) or phrase[:4].lower() == "the " and _PART_BEFORE.search(before))


def story_country(mentions: list[ActorMention], text: str | None = None) -> str | None:
    """The country the article names clearly most often, if one does; else, of the countries named about as often as
    the first, the one whose own government or forces the article names clearly most often (``nearstate.body_state``:
    Syria coverage from Turkey's or Lebanon's border names both states as often, but "Syrian troops", "the Syrian
    government", "Assad's forces" far more than Turkey's), if one does. Given the ``text`` (the owner of bare forces,
    ``story_forces``): else, of those, the one the article clearly most often says things happen in
    (``placedstate.placed_state``: Clinton's talks in Istanbul on Syria); and fewer than ``MIN_MENTIONS`` mentions
    decide when they name one state, as the place things happen in (``placedstate.sole_placed_state``)."""
    mentions = [m for m in mentions if "scene" not in m.flags]  # (forces owned by the place: no evidence)
    counts = Counter(state for state in map(state_of, mentions) if state)
    ranked = counts.most_common()
    if not ranked:
        return None
    if ranked[0][1] < MIN_MENTIONS:
        return sole_placed_state(text, mentions) if text is not None else None  # "footage from inside Syria"
    if len(ranked) == 1 or ranked[0][1] >= LEAD * ranked[1][1]:
        return ranked[0][0]
    close = {state for state, n in ranked if ranked[0][1] < LEAD * n}
    bodies = Counter(state for state in (body_state(m) for m in mentions) if state in close).most_common(2)
    if bodies and bodies[0][1] >= MIN_BODIES and (len(bodies) == 1 or bodies[0][1] >= LEAD_BODIES * bodies[1][1]):
        return bodies[0][0]
    return placed_state(text, mentions, close) if text is not None else None  # led by another state: where it is set


# what a leader owns ("Assad's forces", "Putin's troops", "Assad's government"): the force nouns, bare "forces" and
# "loyalists", and a government
# the force nouns no one owns as a leader's or state's forces: "armed forces" ("an officer who defected from Syria's
# armed forces" is no act of the state, and "Syria's" stays the possessive it was: events_gold_fresh9 t17-reuters-226#1)
_NOT_OWNED = frozenset({"armed forces"})
_OWNED = sorted({p.removeprefix("the ") for p in _PHRASES if p not in _NOT_OWNED} | {"forces", "loyalists"}
                | GOVERNMENTS_OWNED, key=len, reverse=True)
# ("Mikati's new government": a government with a word of its own between, resources/government_modifiers.txt)
_GOVERNED = re.compile(r"[’']s\s+(?:(?P<modifier>%s)\s+(?=(?:%s)(?![\w-])))?(?P<noun>%s)(?![\w-])"
                       % (phrase_alternation(word_list("government_modifiers.txt")),
                          phrase_alternation(GOVERNMENTS_OWNED), phrase_alternation(_OWNED)))


def _nouns_before_leader(extra: frozenset[str]) -> str:
    r"""The force nouns (without their "the") and ``extra`` as "(?<![\w-])(?P<noun>nouns)", the nouns opening on the
    class of their first letters (``opening_class``: ``_LOYAL`` and ``_OF_LEADER`` are tried at every position of the
    characters before a name, about a third of the time so)."""
    return opening_class(phrase_alternatives({p.removeprefix("the ") for p in _PHRASES} | extra), r"[\w-]")


# forces named before the leader they serve: "forces loyal to President Bashar al-Assad", "troops still loyal to",
# "troops loyal to al-Assad" (a surname's particle is no part of its mention: "Assad")
_LOYAL = re.compile(r"(?P<noun>%s)\s+(?:still\s+|fiercely\s+)?loyal\s+to\s+(?:the\s+)?(?:[ae]l-)?$"
                    % _nouns_before_leader(frozenset({"forces", "loyalists", "militias", "units"})), re.I)
# a government or forces named before the leader they are "of": "The government of Syrian President Bashar al-Assad says",
# "the regime of President Bashar al-Assad", "troops of President Bashar al-Assad launched attacks" (the leader's
# country, as "Assad's government" is: events_gold.md rule 15); the leader's title is part of his mention
_OF_LEADER = re.compile(r"(?P<noun>%s)\s+of\s+(?:the\s+)?$"
                        % _nouns_before_leader(frozenset({"forces", "loyalists"}) | GOVERNMENTS_OWNED), re.I)


def leaders_forces(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Assad's government", "Assad's forces", "Putin's troops": the country of the leader who owns them (the
    leader stays the noun's owner, not an actor of the clause); a country's forces are the country ("Turkey's
    military will conduct an exercise")."""
    added = []
    for m in mentions:
        country = own_state(m)
        if m.kind == "country" and m.name:
            country = m.name
        if not country or "unresolved" in m.flags:
            continue
        # the owner's "'s" right after the name (a titled name, "President Bashar al-Assad's security forces", "Mr
        # Assad's government", is not flagged possessive; "his government" is left alone: "his" is not always the
        # leader, fresh4 t17-reuters-157#21 against fresh10 t17-reuters-168#11)
        g = _GOVERNED.match(text, m.end)
        if g is None and m.kind == "person":
            loyal = _LOYAL.search(text, max(0, m.start - 60), m.start) or _OF_LEADER.search(text, max(0, m.start - 40), m.start)
            if loyal is not None:  # "forces loyal to President Bashar al-Assad": the leader's forces
                noun = " ".join(loyal.group("noun").lower().split())
                added.append(state_description(loyal.start(), m.end, text[loyal.start():m.end], country, noun,
                                               () if noun in GOVERNMENTS_OWNED else ("forces",)))
            continue
        if g is None:
            continue
        noun = " ".join(g.group("noun").lower().split())
        if m.kind == "country" and noun in GOVERNMENTS_OWNED:
            continue  # "Syria's government" is read as the country already
        flags = () if noun in GOVERNMENTS_OWNED else ("forces",)  # a government speaks; armed forces do not
        added.append(state_description(m.start, g.end(), text[m.start:g.end()], country, noun, flags))
    return added


# a demonym that heads a coordinated name the force phrase ends ("the Afghan Defense and Security Forces")
_DEMONYM_HEAD = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+[A-Z][a-z]+\s+and\s+$")


def _coordinated_demonym(before: str) -> str | None:
    """The country whose demonym (``demonym_state``: any of its demonyms) heads the coordinated name that ends right
    before a force phrase ("the Afghan Defense and | Security Forces"), or None."""
    m = _DEMONYM_HEAD.search(before)
    return demonym_state(m.group(1)) if m is not None else None


def bare(pattern: re.Pattern, text: str, mentions: list[ActorMention],
         targets: bool = False) -> Iterator[tuple[re.Match, str]]:
    """The phrases of ``pattern`` in ``text`` that stand bare (``bare_before``, or right after a saying and its day, or
    with ``targets`` as the target of an act of force, ``TARGET_BEFORE``), with the 40 characters before each: not an
    actor of ``mentions`` already ("Syrian forces", "Turkish troops"), not owned after the noun ("soldiers of the Free
    Syrian Army") nor a modifier of a noun after it ("the police van": ``_HEAD_AFTER``)."""
    taken = SpanIndex([(m.start, m.end) for m in mentions])  # (asked once per match: a scan was quadratic)
    low = text.lower()
    for match in pattern.finditer(text):
        start, end = match.span()
        if taken.overlaps(start, end):
            continue
        before = text[max(0, start - 40):start]
        if (bare_before(before, match.group(0)) or after_saying_day(low, start)
                or targets and TARGET_BEFORE.search(before)) \
                and not _OF_AFTER.match(text, end) and not _HEAD_AFTER.match(text, end):
            yield match, before


# a force with no owner that modifies the noun of its act of force, after a preposition or an article: "killed in security
# force raids", "during an army raid", "most in a government crackdown in the city of Hama", "as a result of government
# shelling", "under regime bombardment" (the story's state; its owned noun, undated, still gives no row:
# events/owned_acts.py); not "military", an adjective of the act ("in fear of a military assault", "in military
# operations": no force named); never after "the", where the force may be a subject ("the army raids houses") or the
# noun the subject of another clause's verb ("as the government crackdown intensified, opposition groups ...": audit
# t17-bbc-279, whose row the groups' stays)
_FORCE_MODIFIER = re.compile(opening_class(["in", "during", "amid", "by", "from", "of", "an?", "after", "under",
                                            "against", "before", "to"], r"[\w-]")  # (searched for fast)
                             + r"\s+(?P<force>security[\s-]force|army|police|government|regime)"
                             r"\s+(?=(?:raids?|assaults?|attacks?|operations?|offensives?|crackdown|bombardments?|"
                             r"shelling|incursions?|air\s?strikes?|airstrikes?|artillery\s+(?:fire|barrages?)|siege)"
                             r"(?![\w-]))", re.I)


# the nouns of an act of force whose target follows "on" or "against" ("attacks on security forces", "an offensive on
# the only rebel city"), as one alternation (``TARGET_BEFORE`` and ``_PLACE_TARGET_BEFORE`` each add their own)
_FORCE_ACT_NOUNS = r"attacks?|assaults?|raids?|offensives?|advance|push"
# where a state's forces stand as the target of an act of force: after a verb of attack or its noun and the preposition
# that takes its target ("gunmen fired on security forces", "clashed with the army", "attacks on security forces",
# "have taken up arms against the security forces", "an armed group attacked a military base" is no force noun)
TARGET_BEFORE = re.compile(r"\b(?:(?:fir(?:e|ed|es|ing)|shot|shoot(?:ing|s)?|open(?:ed|ing|s)?\s+fire)\s+(?:at|on|upon)|"
                           r"(?:clash(?:ed|es|ing)?|skirmish(?:ed|es)?|gun\s?battles?|battl(?:ed|es|ing))\s+with|"
                           r"(?:%s|ambush(?:es)?|operations?|campaign|"
                           r"crackdown|fight|fighting|war|battle)\s+(?:on|against)|(?:losses|casualties)\s+on|"
                           r"arms\s+against|"
                           r"(?:attack(?:ed|ing|s)?|ambush(?:ed|ing)?|assault(?:ed|ing)?|target(?:ed|ing|s)?))\s+(?:the\s+)?$"
                           % _FORCE_ACT_NOUNS, re.I)


# a bare infinitive right after a force that opens its sentence or clause (after a stop, a semicolon or colon, or
# nothing): the point of a plan or a headline ("2. End to violence by all sides; army troops to stop using heavy
# weapons and withdraw to barracks 3.", "Troops to leave Homs"), which tells no act of the force; not a place or a noun
# phrase after "to" ("troops to the north", "troops to Aleppo"), nor the purpose of a verb before ("has sent tanks and
# troops to crush protests": the force is that verb's object)
_CLAUSE_OPEN = re.compile(r"(?:^|" + break_class(r".!?;:") + r")\s*(?:the\s+)?$", re.I)
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|whom|which)\b)[a-z]+\b")


def story_forces(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the forces of a leader ("Assad's government") and the bare forces of the story's country
    added, in text order; bare forces whose name a demonym heads ("the Afghan Defense and Security Forces") are that
    state's, and the only ones added when no story's country is decided."""
    added = leaders_forces(text, mentions)
    counted = story_country(mentions)
    # with the text: where the story is set, when counting does not decide; forces so owned are flagged "scene" and
    # are no evidence of the story's country for the passes after (``story_country`` skips them): the place decides
    # whose the bare forces are, not whose the bare "the government" or "rebels" are
    country = counted or story_country(mentions, text)
    flags = ("forces",) if counted else ("forces", "scene")
    for match, before in bare(_PHRASE, text, mentions + added, targets=True):  # bare, or a target of force
        start, end = match.span()
        if _CLAUSE_OPEN.search(before) and _INFINITIVE_AFTER.match(text, end):
            continue  # "army troops to stop using heavy weapons and withdraw to barracks": a plan's point, no act
        noun = " ".join(match.group(0).lower().split())
        owner = _coordinated_demonym(before) or country  # "the Afghan Defense and Security Forces": Afghanistan's
        if owner is None:
            continue  # no story's country: only the forces a demonym of their own name are a state's
        added.append(state_description(start, end, match.group(0), owner, noun.removeprefix("the "), flags))
    if country is None:
        return in_text_order(mentions + added) if added else mentions
    taken = SpanIndex([(m.start, m.end) for m in mentions + added])
    for match in _FORCE_MODIFIER.finditer(text):
        start, end = match.span("force")
        if not taken.overlaps(start, end):  # "killed in security force raids", "during an army raid": the story's
            added.append(state_description(start, end, match.group("force"), country, "forces", flags))
    if not added:
        return mentions
    return in_text_order(mentions + added)


# a fight's pair by "between": "between Syrian security forces and armed rebels", "between rebel fighters and forces
# loyal to President Bashar al-Assad" (the state's forces on one side, the bare rebels on the other)
_PAIR_OPEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_PAIR_AND = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
_FORCE_END = re.compile(r"(?:forces|troops|army|military|soldiers|police|security\s+services)$", re.I)


class _StateForces:
    """An article's mentions of a state's forces ("Syrian security forces", "forces loyal to President Bashar al-Assad"),
    found once per ``story_rebels`` and indexed by end and by start with their place in ``mentions``: each bare
    "rebels" asks only the few that end or start within a "between ... and ..." gap of it (a pass over all of them
    per noun was quadratic in a long article)."""

    def __init__(self, text: str, mentions: list[ActorMention]):
        forces = [(i, m) for i, m in enumerate(mentions) if m.kind == "country" and state_of(m)
                  and ("forces" in m.flags or _FORCE_END.search(text, m.start, m.end))]
        self.by_end = sorted(forces, key=lambda f: f[1].end)
        self.ends = [m.end for _, m in self.by_end]
        self.by_start = sorted(forces, key=lambda f: f[1].start)
        self.starts = [m.start for _, m in self.by_start]


# what a gap that ``_PAIR_AND`` fullmatches holds: whitespace and the letters of "and" and "the" (no other letter
# matches them under re.I); a force whose end (or start) lies beyond a run of them is no pair of the noun
_GAP_LETTERS = frozenset("andthe")


def _gap_edge(text: str, at: int, step: int) -> int:
    """How far from ``at`` (back with ``step`` -1, on with 1) the characters a ``_PAIR_AND`` gap may hold run."""
    def gap(c: str) -> bool:
        return c.isspace() or c.lower() in _GAP_LETTERS
    i = at
    if step < 0:
        while i > 0 and gap(text[i - 1]):
            i -= 1
    else:
        while i < len(text) and gap(text[i]):
            i += 1
    return i


def _paired_state(text: str, forces: _StateForces, start: int, end: int) -> str | None:
    """The state whose forces the bare rebels at ``[start, end)`` are paired with by "between ... and ...", if any:
    of the forces on either side, the first in the article's mentions."""
    found = []
    lo = bisect_left(forces.ends, _gap_edge(text, start, -1))
    for i, m in forces.by_end[lo:bisect_right(forces.ends, start)]:
        if _PAIR_AND.fullmatch(text, m.end, start) and _PAIR_OPEN.search(text, max(0, m.start - 20), m.start):
            found.append((i, m))
    if _PAIR_OPEN.search(text, max(0, start - 20), start):
        hi = bisect_right(forces.starts, _gap_edge(text, end, 1))
        for i, m in forces.by_start[bisect_left(forces.starts, end):hi]:
            if _PAIR_AND.fullmatch(text, end, m.start):
                found.append((i, m))
    return state_of(min(found, key=lambda f: f[0])[1]) if found else None


_REBELS = re.compile(r"%s(?![\w-])" % opening_class(phrase_alternatives(p.lower() for p in word_list("rebel_nouns.txt")),
                                                    r"[\w-]"), re.I)
# another state's place right before the noun: "Libya, where rebels captured ... Gaddafi"
_WHERE = re.compile(r",?\s+where\s+(?:the\s+)?")
# another state named as the scene earlier in the noun's sentence, whose "where" clause the noun stands in: "In Libya,
# where ... crude production has been cut by a six-month civil war, rebel forces took control of a refinery" (audit
# t17-reuters-153, an oil story led by the United States: "American rebels" before); not "refugees in Turkey said rebels
# attacked" (no such clause: the story's rebels). An "as" clause ("Gaddafi's position in Libya appeared to erode, as
# rebels seized the key western city of Zawiyeh", fresh17 t17-reuters-172#4) reads the same but its one instance is
# typed coerce against the gold's military, a row the floors refuse: left out
_SCENE_WHERE = re.compile(r",?\s+where\s")
_STOP = re.compile(r"[.!?;]\s")
# a place the rebels hold, named as the target of an act of force, stands for them as its counterpart: "Muammar Gaddafi's
# forces besieged the only major rebel city in the west" (events_gold_fresh5 t17-reuters-294#5: the Libyan rebels), "carry
# out frequent attacks on rebel positions" (fresh9 t17-bbc-190#11: the Syrian rebels), "shelled rebel-held districts";
# never where it is no target ("in the rebel-held city of Homs, residents said"); the verbs: ``force_on_rebel_place`` in
# ``event_cues.tsv``
_REBEL_PLACE = re.compile(r"(?<![\w-])(?:rebel|rebel-held|rebel-controlled|insurgent-held)\s+(?:[\w-]+\s+)?"
                          r"(?:cit(?:y|ies)|towns?|villages?|strongholds?|bastions?|enclaves?|positions?|areas?|districts?|"
                          r"neighbou?rhoods?|quarters?|suburbs?|bases?|territory)(?![\w-])", re.I)
_PLACE_TARGET_BEFORE = re.compile(
    r"\b(?:storm(?:ed|ing|s)?\s+into|" + phrase_alternation(load_tsv("event_cues.tsv")["force_on_rebel_place"]) + r"|"
    r"(?:%s|shelling|bombardment|siege|strikes?|airstrikes?)\s+"
    r"(?:on|against|of))\s+(?:(?:the|a|an|its|their|only|main|last|major|biggest|largest|key|remaining|other|several|"
    r"two|three|four|many)\s+){0,4}$" % _FORCE_ACT_NOUNS, re.I)
# the armed groups of organizations.csv, by their name ("Free Syrian Army")
# (not a government's own militia: ``resources/loyalist_militias.txt``)
_ARMED_GROUPS = frozenset(r["name"] for r in rows("organizations.csv") if r.get("kind") == "armed_group") \
    - frozenset(word_list("loyalist_militias.txt"))


class _ArmedNames:
    """The armed groups of the story's country named in ``mentions``, by start: ``near`` tells which of them a bare
    noun may be, without a pass over all of them per noun."""

    def __init__(self, mentions: list[ActorMention], country: str | None):
        armed = sorted((m.start, m.name) for m in mentions
                       if m.kind == "group" and m.country == country and m.name in _ARMED_GROUPS)
        self.starts = [start for start, _ in armed]
        self.names = [name for _, name in armed]
        # the first later index with another name (len when none): two of a range's names tell whether it has one
        self.other = [len(armed)] * len(armed)
        for i in range(len(armed) - 2, -1, -1):
            self.other[i] = i + 1 if self.names[i + 1] != self.names[i] else self.other[i + 1]

    def __bool__(self) -> bool:
        return bool(self.starts)

    def _names(self, a: int, b: int) -> set[str]:
        """The names of the groups ``a`` to ``b`` (by start), two at most."""
        if a >= b:
            return set()
        return {self.names[a], self.names[self.other[a]]} if self.other[a] < b else {self.names[a]}

    def near(self, lo: int, hi: int, after: int) -> set[str]:
        """The names of the groups that start in ``[lo, hi)`` or after ``after``, two at most (as many as tell
        whether there is one)."""
        return (self._names(bisect_left(self.starts, lo), bisect_left(self.starts, hi))
                | self._names(bisect_right(self.starts, after), len(self.starts)))


class _CountriesBefore:
    """The mentions of countries by end, with the latest place in ``mentions`` reached so far: ``last_ending_by``
    is the last of them in ``mentions`` that ends by a position (a pass back over all mentions per noun was
    quadratic)."""

    def __init__(self, mentions: list[ActorMention]):
        countries = sorted((m.end, i) for i, m in enumerate(mentions) if m.kind == "country")
        self.mentions = mentions
        self.ends = [end for end, _ in countries]
        self.latest = list(accumulate((i for _, i in countries), max))

    def last_ending_by(self, at: int) -> ActorMention | None:
        k = bisect_right(self.ends, at)
        return self.mentions[self.latest[k - 1]] if k else None


def _attacking_state(text: str, forces: _StateForces, start: int) -> str | None:
    """The state of the forces nearest before ``start`` in its sentence, within 120 characters: the side whose act of
    force targets the rebels' place at ``start``."""
    k = bisect_right(forces.ends, start)
    if not k:
        return None
    m = forces.by_end[k - 1][1]
    if start - m.end > 120 or re.search(r"[.!?]\s", text[m.end:start]):
        return None
    return state_of(m)


# the rebels as the object of a verb of arming, backing, blaming or fighting them, or of a giving "to"/"for" ("will not arm
# the rebels", "countries backing the rebels", "provide more communications equipment to the rebels", "funnelling weapons
# to the rebels", "Damascus blames rebels", "the regime's drive to crush armed rebels", "while pursuing rebels", "tried to
# root out rebel fighters", "searching for rebel fighters"): the other side of that act (events_gold_fresh9
# t17-bbc-190#9 aid to the Syrian rebels, fresh16 t17-bbc-49#18 the Free Syrian Army not armed)
_OBJECT_BEFORE = re.compile(
    r"\b(?:arm(?:s|ed|ing)?|back(?:s|ed|ing)|support(?:s|ed|ing)?|help(?:s|ed|ing)?|aid(?:s|ed|ing)?|"
    r"fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|train(?:s|ed|ing)?|equip(?:s|ped|ping)?|encourag(?:e|es|ed|ing)|"
    r"join(?:s|ed|ing)?|blam(?:e|es|ed|ing)|crush(?:es|ed|ing)?|pursu(?:e|es|ed|ing)|"
    r"tackl(?:e|es|ed|ing)|dislodg(?:e|es|ed|ing)|pound(?:ed|ing)|root(?:ing|ed)?\s+out|clear(?:ing|ed)?\s+out|"
    r"search(?:ing|ed)?\s+for|victory\s+over|defeat\s+of|arming\s+of|"
    r"(?:weapons|arms|equipment|assistance|aid|supplies|money|salaries|support)\s+(?:to|for))\s+"
    r"(?:the\s+)?(?:so-called\s+)?$", re.I)

# a participle after a plural noun describes that noun and tells no act: "so far countries backing the rebels have been
# reluctant" (fresh9 t17-bbc-190: no row), not "Arab states of paying and arming the rebels" (after "and")
_NOUN_PARTICIPLE = re.compile(r"\b(?!(?:is|was|has|as|us|this|its|his)\b)[a-z]+s\s+[a-z]+ing\s+(?:the\s+)?(?:so-called\s+)?$")


def _rebel_matches(text: str, mentions: list[ActorMention]) -> list[re.Match]:
    """The bare rebels (``bare``: where a subject stands, or as the target of an act of force: "launched a ground
    offensive on rebels"; or as the object of arming, backing or fighting them, ``_OBJECT_BEFORE``) and the places they
    hold named as such a target (``_REBEL_PLACE``), in text order."""
    found = [match for match, _ in bare(_REBELS, text, mentions, targets=True)]
    if "rebel" in text.lower():
        taken = SpanIndex([(m.start, m.end) for m in mentions] + [m.span() for m in found])
        for m in _REBELS.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            if not taken.overlaps(*m.span()) and _OBJECT_BEFORE.search(before) and not _NOUN_PARTICIPLE.search(before) \
                    and not _OF_AFTER.match(text, m.end()) and not _HEAD_AFTER.match(text, m.end()):
                found.append(m)
        taken = SpanIndex([(m.start, m.end) for m in mentions] + [m.span() for m in found])
        found += [m for m in _REBEL_PLACE.finditer(text) if not taken.overlaps(*m.span())
                  and _PLACE_TARGET_BEFORE.search(text, max(0, m.start() - 60), m.start())]
    return sorted(found, key=lambda m: m.start())


def _scene_state(text: str, places: _CountriesBefore, start: int) -> str | None:
    """Another state's scene whose "where" clause the rebels at ``start`` stand in (``_SCENE_WHERE``):
    the last country named before them, within 200 characters of their sentence, named as where things happen."""
    place = places.last_ending_by(start)
    if place is None or start - place.end > 200 or not is_scene(text, place) or not DEMONYMS.get(place.name):
        return None
    if _STOP.search(text, place.end, start):
        return None
    return place.name if _SCENE_WHERE.match(text, place.end) else None


def story_rebels(text: str, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``mentions`` with the bare rebels of the story's country added (``resources/rebel_nouns.txt``): where a
    subject stands, as the bare forces are read ("rebels had killed six soldiers", "In Aleppo, rebels vowed"), the
    one armed group of that country the text names beside them, else the country's rebels ("Syrian rebels"), or
    another state's ("Libya, where rebels captured ... Gaddafi": Libyan rebels); not "rebels
    from the Free Syrian Army", "rebels of ..." (owned after the noun), "Syrian rebels" (an actor already).
    ``country``: the story's (``story_country``)."""
    demonym = DEMONYMS.get(country) if country else None
    armed = _ArmedNames(mentions, country) if demonym is not None else None
    starts = sentence_starts(text) if armed else []
    forces = places = None  # (made at the first bare noun: most articles have none)
    added = []
    for match in _rebel_matches(text, mentions):
        start, end = match.span()
        if forces is None:
            forces, places = _StateForces(text, mentions), _CountriesBefore(mentions)
        foe = _paired_state(text, forces, start, end)
        if foe is None and _REBEL_PLACE.fullmatch(match.group(0)):
            foe = _attacking_state(text, forces, start)  # "Muammar Gaddafi's forces besieged the only major rebel city"
        if foe is not None and foe != country and DEMONYMS.get(foe):
            # "clashes between Syrian security forces and armed rebels" in a story of Lebanon's border: the rebels
            # the state's forces fight are that state's, whatever the story's country
            rebels = f"{DEMONYMS[foe]} rebels"
            added.append(ActorMention(start, end, match.group(0), rebels, canonical_key(rebels), "group", None, foe,
                                      "description"))
            continue
        scene = _scene_state(text, places, start)
        if scene is not None and scene != country:
            rebels = f"{DEMONYMS[scene]} rebels"  # "in Libya, where NATO air strikes ... helped rebels unseat Gaddafi"
            added.append(ActorMention(start, end, match.group(0), rebels, canonical_key(rebels), "group", None, scene,
                                      "description"))
            continue
        if demonym is None:
            continue
        # the armed group the text names beside the noun: in its sentence, the one before or the one after ("In
        # Aleppo, rebels vowed to fight back ... . The Free Syrian Army withdrew"), or anywhere after it (a story that
        # names the group later tells of it); else the country's rebels (a group named only paragraphs before may not
        # be the one meant: fresh10 t17-bbc-162#14). The "anywhere after" reach rests on four development articles
        # that disagree (README, Known wrong after the twelfth session). Since rule 36 (thirtieth session) the
        # country's rebels of a story that names its group anywhere are renamed to it afterwards
        # (``rebel_group.story_rebel_group``), so for Syria this window decides only the stories that do not.
        k = bisect_right(starts, start) - 1
        lo, hi = starts[max(0, k - 1)] if starts else 0, starts[k + 2] if k + 2 < len(starts) else len(text)
        near = armed.near(lo, hi, start)
        owner, rebels = country, next(iter(near)) if len(near) == 1 else f"{demonym} rebels"
        place = places.last_ending_by(start)
        if place is not None and place.name != country and DEMONYMS.get(place.name) \
                and _WHERE.fullmatch(text, place.end, start):
            owner, rebels = place.name, f"{DEMONYMS[place.name]} rebels"  # "compared Syria with Libya, where rebels"
        added.append(ActorMention(start, end, match.group(0), rebels, canonical_key(rebels), "group", None, owner,
                                  "description"))
    return in_text_order(mentions + added) if added else mentions
