"""A state's government named by a noun with no name of the state: "Authorities responded by ...", "The government
has expelled independent journalists", "the kingdom has employed pocketbook diplomacy", "the regime".

Wire copy names the state once and then its government by a bare noun (``resources/government_nouns.csv``). The
gold sets code such a noun as the country (events_gold_fresh2.md: "Authorities responded" = Syria;
events_gold_fresh3: "the kingdom ..., pledging billions" = Saudi Arabia, "The government reopened Facebook" =
Syria). A noun the text ties to a state ("Syria's government", "Saudi authorities", "the Syrian government",
"the Government of Mexico") is read by the passes before this one and left alone. A bare one is:

- for a noun of any state ("the government", "authorities", "the regime"), the story's country
  (``forces.story_country``), as the bare forces of a story are; with no story country, the country that is the
  subject of the sentence before it (``itref``'s reading of a sentence's subject). The story's country comes
  first: in a story about one state the sentence before is often led by another that acts on it ("Russia and
  China say ... . They say the Security Council should also be making demands of the armed opposition, not
  just the regime");
- for a noun of one form of state ("the kingdom", "the emirate"), the country that is the subject of the sentence
  before it ("Saudi Arabia ... . The kingdom"), or the country of the person who is ("King Abdullah ... . The
  kingdom"), else the story's country, each only when a state of that form; "the country" and "the nation" are
  read so too, as nouns of every form of state ("Russia's President Vladimir Putin has resisted ... . The country
  voted against"), and only where a clause opens on them ("The country voted", "but the country has"; not "fled
  from the country", "by the country"); for these two a person's country only when the sentence before names no
  other state, else the country that leads it by name ("Russia's President ..."), or no one ("Chinese President Xi
  Jinping flew to Moscow ... . But the country condemned");
- no one when the sentence names another state before the noun ("Sir Malcolm Rifkind, a former British foreign
  secretary, says the government should ...", "In Libya last year ... the government was bombing").

Read only where a subject stands: "the" right before the noun ("the new government", "the Assad regime", "its
government" are not bare), or, for "authorities", nothing before it that could qualify it; the noun opening its
sentence or clause, after a conjunction or a verb of saying (as ``forces`` reads bare forces), or addressed by a
demand or warning (``resources/government_addressed.txt``: "urged the authorities to stop"), not the object of
another verb or a preposition ("bring down the regime", "talk to the authorities"); followed by a verb, a word
that ends a subject (``it_stops.txt``, ``government_followers.txt``), punctuation or "'s", not by a noun it
modifies ("the government crackdown") nor by "of", "in", "from" or "for", a capitalised word or a hyphen ("the
kingdom of Bahrain", "the Kingdom Tower"); not a heading's "Authorities to intensify ..." (a plan's point, no act).

A noun of any state placed by "in" and its state's capital or name ("Authorities in Damascus blame armed groups",
"The government in Damascus says it is fighting", "the regime in Iran condemned") is that state, whatever the story's
country or the states named before it, read where a subject stands as above with the verb after the place; the one
mention spans the noun and its seat (the place's own mention dropped), so that the verb finds its subject. The
development sets code the unplaced form so (events_gold_fresh5 "Authorities blame the violence on armed groups" =
Syria, events_gold_bbc "The government blames" = Syria).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..cue_words import FINITE_VERB, PAST_VERB, load_tsv
from ..dateline import AGENCY
from .forces import CAPITAL_NOT_WEEKDAY, CLAUSE_OPENS, SUBJECT_BEFORE, after_saying_day
from .gazetteer import GAZ_RE, GAZETTEER, phrase_alternation, rows, word_list
from .itref import STOPS, mention_index, sentence_subject, sentences_before
from ..temporal.lexicon import FULL_WEEKDAYS
from .mention import KINDS, ActorMention, SpanIndex, in_text_order, overlaps, state_description, state_of
from .scan import sentence_starts

_TABLE = rows("government_nouns.csv")
_NOUNS = phrase_alternation(r["noun"] for r in _TABLE)
_NOUN = re.compile(r"(?<![\w'’-])(?:(?P<the>[Tt]he)[ ]+)?(?P<noun>(?i:%s))(?![\w-])" % _NOUNS)
# what makes the noun part of a name or a phrase of another state: "the government in Damascus", "the Kingdom Tower";
# not a weekday, the wire style of dating a subject's act ("The government Tuesday said ...", "Authorities Monday
# arrested ...")
# a noun of any state placed by its seat: "Authorities in Damascus", "the government in Damascus" (``_seat``)
_IN_SEAT = re.compile(r"[ ]+in[ ]+")
_AFTER = re.compile(r"[ ]+(?:of|in|from|for)\b|[ ]+%s|-" % CAPITAL_NOT_WEEKDAY)
# the charge after the party an accusing verb charges: "accused the regime of deploying tanks", "blamed the
# authorities for the violence" (the noun is the accused, not "the government of Mexico")
_CHARGING = word_list("government_charged.txt")
_CHARGED = re.compile(r"\b(?:%s)\s*$" % phrase_alternation(_CHARGING), re.I)
_CHARGE = re.compile(r"[ ]+(?:of|for)[ ]+[a-z]")
_ANY_FORM = frozenset(r["noun"] for r in _TABLE if r["style"] == "*")  # "the country", "the nation"
_BARE = frozenset(r["noun"] for r in _TABLE if r["bare"] == "yes")  # the nouns that may stand without "the"
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_ADDRESSED = re.compile(r"\b(?:%s)\s*$" % phrase_alternation(word_list("government_addressed.txt") + _CHARGING), re.I)
_FOLLOWERS = frozenset(w.lower() for w in word_list("government_followers.txt")) | {w.lower() for w in STOPS} | set(
    FULL_WEEKDAYS)
_NEXT = re.compile(r"\s*(?P<word>[\w'’-]*)")
# An -s word after the noun is a verb in the present ("the government says", "the regime falls") unless it is the
# plural noun the government noun modifies: a force noun ("the government troops started", "the government
# forces,": resources/force_nouns.txt), a noun followed by an auxiliary or an irregular past of its own ("the
# government officials said", "the regime loyalists have"; not a regular -ed word, as often an adjective: "the
# government blames armed gangs"), or a word in -s of another kind ("forcing the regime towards a compromise",
# resources/they_not_plurals.txt)
_NOT_VERBS = frozenset(p.split()[-1].lower() for p in word_list("force_nouns.txt")) | frozenset(
    word_list("they_not_plurals.txt"))
_CUES = load_tsv("event_cues.tsv")
_VERB_AFTER = frozenset(_CUES["be"] + _CUES["have"] + _CUES["auxiliary"] + _CUES["irregular_past"]) - {
    "to", "not", "n't", "n’t"}


@lru_cache(maxsize=1)
def _styles() -> dict[str, frozenset[str] | None]:
    """noun -> the states it may name (None: any state)."""
    names: dict[str, set[str]] = {}
    for surface, entry in GAZETTEER.items():
        if entry.kind == "country" and entry.form in ("name", "alias"):
            names.setdefault(entry.name, set()).add(surface)
    out: dict[str, frozenset[str] | None] = {}
    for row in _TABLE:
        if not row["style"]:
            out[row["noun"]] = None
            continue
        if row["style"] == "*":
            out[row["noun"]] = frozenset(names)
            continue
        word = re.compile(r"\b%s\b" % re.escape(row["style"]))
        states = {name for name, surfaces in names.items() if any(word.search(s) for s in surfaces)}
        out[row["noun"]] = frozenset(states | {s for s in row["also"].split("|") if s})
    return out


def government_references(text: str, mentions: list[ActorMention], country: str | None) -> list[ActorMention]:
    """``mentions`` with the bare government nouns added as their states, in text order; ``country``: the story's
    (``forces.story_country``)."""
    taken = SpanIndex([(m.start, m.end) for m in mentions])  # (a pass over every mention per noun: quadratic)
    added: list[ActorMention] = []
    seats: list[ActorMention] = []  # the places that seat a noun (``_seat``), now inside its mention
    context = None  # read at the first bare noun: most articles have none
    low = None
    for match in _NOUN.finditer(text):
        start, end = match.start(), match.end()
        noun = match.group("noun").lower()
        if taken.overlaps(start, end):
            continue
        charged = _CHARGE.match(text, end) is not None and _CHARGED.search(text, max(0, start - 40), start) is not None
        seat = _seat(text, end, noun, mentions)  # "Authorities in Damascus blame": the state of the place
        if _AFTER.match(text, end) and not charged and seat is None:
            continue
        if match.group("the") is None and noun not in _BARE:
            continue
        if match.group("the") == "the" and match.group("noun")[:1].isupper():
            continue  # "the Kingdom", "the Government" inside a sentence: a name's part ("the Government of ...")
        before = text[max(0, start - 40):start]
        if noun in _ANY_FORM and not CLAUSE_OPENS.search(before):
            continue  # "fled from the country", "a visit by the country's leader"
        addressed = _ADDRESSED.search(before) is not None
        if not addressed and not SUBJECT_BEFORE.search(before):
            low = text.lower() if low is None else low  # (lowered once, at the first noun that needs it)
            if not after_saying_day(low, start):
                continue  # "bring down the regime", "talk to the authorities", "local authorities"
        after = seat.end if seat is not None else end
        possessive = _POSSESSIVE.match(text, after) is not None
        if not possessive and not charged and not subject_follows(text, after, addressed):
            continue  # "the government crackdown", "Authorities to intensify the pace ..."
        if context is None:
            by_start = mention_index(sorted(mentions, key=lambda m: m.start))
            context = (sentence_starts(text), by_start, list(by_start.values()), country)
        state = seat.name if seat is not None else _state(text, start, noun, *context)
        if state is None or seat is None and other_state(text, start, state, context[0], mentions):
            continue  # (a seat names its state itself: no other state named before it unseats it)
        flags = ("possessive",) if possessive else ()
        if seat is not None:  # one mention of the whole subject, in place of its seat's ("Authorities in Damascus")
            seats.append(seat)
            end = seat.end
        added.append(state_description(start, end, text[start:end], state, noun, flags))
    if not added:
        return mentions
    return in_text_order([m for m in mentions if not any(m is s for s in seats)] + added)


def _seat(text: str, end: int, noun: str, mentions: list[ActorMention]) -> ActorMention | None:
    """The country a noun of any state ("authorities", "the government", "the regime") is placed in by "in" and a
    mention of the country, by its capital or its name ("Authorities in Damascus blame armed groups", "The government
    in Damascus says"), if any: the noun is that state, whatever the story's country is."""
    match = _IN_SEAT.match(text, end)
    if match is None or _styles().get(noun, ()) is not None:
        return None
    return next((m for m in mentions if m.start == match.end() and m.kind == "country"
                 and m.basis in ("metonym", "name")), None)


def subject_follows(text: str, end: int, addressed: bool) -> bool:
    """Does what follows the noun ending at ``end`` make it a subject: punctuation, a verb, or a word that ends a
    subject ("has", "which", "now"), not a noun it modifies ("the government crackdown", "the government troops
    started": ``_NOT_VERBS``, ``_VERB_AFTER``), nor "to" unless a demand addresses the noun ("urged the authorities
    to stop"; a heading's "Authorities to intensify the pace ..." is a plan's point)?"""
    nxt = _NEXT.match(text, end)
    word = nxt.group("word").lower()
    if not word:
        return True  # punctuation or the end
    if word == "to":
        return addressed
    if word in _FOLLOWERS or word.endswith("ly") or PAST_VERB.fullmatch(word):
        return True
    if word in _NOT_VERBS or FINITE_VERB.fullmatch(word) is None:
        return False
    after = _NEXT.match(text, nxt.end()).group("word").lower()  # an -s word: a present verb, or a plural noun
    return after not in _VERB_AFTER


def other_state(text: str, start: int, state: str, starts: list[int], mentions: list[ActorMention],
                people: bool = True) -> bool:
    """Does the sentence name a state other than ``state`` before ``start``, as an actor or by a country's name,
    demonym or capital ("In Libya last year ... the government was bombing", "Former British foreign secretary, Sir
    Malcolm Rifkind, says the government should")? With ``people`` false, only a country itself counts, not the
    country of another actor nor a demonym inside another actor's name ("Russian Foreign Minister Sergei Lavrov said
    the opposition had rejected talks": a foreign speaker on the story's opposition, ``oppref``)."""
    begin = starts[bisect_right(starts, start) - 1] if starts and starts[0] <= start else 0
    return names_other_state(text, begin, start, state, mentions, people)


def names_other_state(text: str, begin: int, end: int, state: str, mentions: list[ActorMention],
                      people: bool = True) -> bool:
    """Does ``text[begin:end]`` name a state other than ``state``, as an actor or by a country's name, demonym or
    capital (``other_state``)?"""
    inside = [(m.start, m.end) for m in mentions if m.kind != "country"] if not people else []
    if any(begin <= m.start and m.end <= end and state_of(m, KINDS if people else ())
           not in (None, state) and not reporter_post(text, m.start, m.end) for m in mentions):
        return True
    for match in GAZ_RE.finditer(text, begin, end):
        entry = GAZETTEER.get(match.group())
        if entry is not None and entry.kind == "country" and entry.name != state \
                and not text[match.start() - 1:match.start()].isalnum() and not overlaps(inside, *match.span()) \
                and not reporter_post(text, *match.span()):
            return True
    return False


# the post of the story's own journalist in the aside that opens his report: "The BBC's Jim Muir, reporting from
# Beirut, says", "The BBC's Jim Muir, in neighbouring Lebanon, says" (dateline.AGENCY: the outlets of agencies.txt)
_POST_BEFORE = re.compile(r"(?:%s)['’]s\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s+(?:reporting\s+from|in)\s+"
                          r"(?:neighbouring\s+|neighboring\s+)?$" % AGENCY)
_POST_AFTER = re.compile(r",\s+(?:says|said|reports|reported)\b")


def reporter_post(text: str, start: int, end: int) -> bool:
    """Is the place at ``[start, end)`` the post of the story's journalist in the aside that opens his report ("The
    BBC's Jim Muir, reporting from Beirut, says ... the government has pledged": Beirut is no state of the sentence)?"""
    return _POST_AFTER.match(text, end) is not None and _POST_BEFORE.search(text, max(0, start - 80), start) is not None


def _state(text: str, start: int, noun: str, starts: list[int], by_start: dict[int, ActorMention],
           indexed: list[ActorMention], story: str | None) -> str | None:
    """The state a bare government noun at ``start`` names: for a noun of any state the story's country, else the
    country that leads the sentence before; for a noun of one form of state the other way round, each only when of
    that form; a person who leads the sentence before stands for the person's country for a noun of one form. For
    "the country" and "the nation" a person's country counts only when that sentence names no other state: else the
    country that leads it ("Russia's President Vladimir Putin has resisted ... against Syria's government. The
    country voted": Russia), or no one ("Chinese President Xi Jinping flew to Moscow ... . But the country
    condemned": not China). ``by_start``: the mentions by start (``itref.mention_index``), in text order; ``indexed``:
    its mentions as a list (built once per article)."""
    allowed = _styles().get(noun)
    if allowed is None and story is not None:
        return story
    i = bisect_right(starts, start) - 1
    before = sentences_before(text, starts, i)[:1]
    if before:
        j = before[0]
        begin, end = starts[j], starts[j + 1] if j + 1 < len(starts) else len(text)
        lead = sentence_subject(text, begin, end, by_start, people=allowed is not None)
        state = state_of(lead, ("person",)) if isinstance(lead, ActorMention) else None
        if state is not None and lead.kind == "person" and noun in _ANY_FORM \
                and names_other_state(text, begin, end, state, by_start.values()):
            return _leading_country(text, begin, lead, indexed)
        if state is not None and (allowed is None or state in allowed):
            return state
    if story is not None and story in allowed:
        return story
    return None


def _leading_country(text: str, begin: int, lead: ActorMention, indexed: list[ActorMention]) -> str | None:
    """The country that leads the sentence from ``begin`` whose subject is the person ``lead``: one named before the
    person, or by its name (not a demonym) opening the person's own words ("Russia's President Vladimir Putin",
    "U.S. President Barack Obama"; not "Turkish Foreign Minister Ahmet Davutoglu", a title's adjective), if any.
    ``indexed``: the mentions in text order, one a start (``itref.mention_index``)."""
    for i in range(bisect_left(indexed, begin, key=lambda m: m.start), len(indexed)):
        if indexed[i].start >= lead.start:
            break
        if indexed[i].kind == "country":
            return indexed[i].name
    match = GAZ_RE.match(text, lead.start, lead.end)
    entry = GAZETTEER.get(match.group()) if match else None
    if entry is not None and entry.kind == "country" and entry.form in ("name", "alias"):
        return entry.name
    return None
