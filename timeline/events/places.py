"""Where an event happened: a place phrase attached to its predicate.

"held talks in Sochi", "met ... in Jakarta", "at the UN Security Council".
Only a phrase right after the predicate (or beside the date) counts, and not
one that hangs on a noun ("the situation in Idlib", "troops in Syria"):
those say what the event was about, not where it was.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actors.docref import DOCUMENTS
from ..actors.gazetteer import GAZETTEER, TITLES, phrase_alternation, word_list
from ..actors.mention import state_of
from ..actors.places import PLACE_RE
from ..actors.recognize import PAPER_WORDS
from ..last_match import last_match
from ..temporal.lexicon import MONTHS, WEEKDAYS
from .cues import CUES, MONEY_NOUNS, phrases
from .bureau_depth import LEAD_SENTENCES, places_throughout, seat_speaker
from .dateline_scene import sets_scene
from .predicates import FORCE_FAMILIES, MEETING_TYPES, SPEECH, SUPPORTERS_RALLY
from .travel import travel_direction
from . import trailing_participles

if TYPE_CHECKING:
    from ..actors import ActorMention
    from ..actors.gazetteer import Entry
    from ..model import Dateline, Event, Mention
    from .predicates import Predicate

WINDOW_AFTER_TRIGGER = 90  # characters after the predicate in which its place phrase may stand
WINDOW_AROUND_DATE = 40

# a French article glued to the capitalised word of a name it opens ("Côte d'Ivoire", "Côte d’Ivoire"): the name goes on
# past it, where the place patterns' words are capitalised only (they stopped at "Côte")
GLUED_ARTICLE = r"d['’](?=[A-Z])"
_PLACE_PP = re.compile(
    # (and the "of" of "the streets of X" when the act holds "the streets": "took to the streets of Damascus")
    r"(?<![\w-])(?P<prep>in|at|on(?=\s+the\s+(?:[a-z]+\s+)?outskirts\s+of\s)|(?<=\bstreets\s)of)\s+(?:the\s+)?"
    # "at the entrances to the southern city of Deraa", "at the gates of Jerusalem": the place entered; "in the
    # streets of Hama": the city whose streets they are
    r"(?:(?:entrances?|gates|edges?|approaches|streets)\s+(?:to|of)\s+(?:the\s+)?)?"
    # "in neighboring villages, including Ariha": the named one of the places
    r"(?:(?:[a-z-]+\s+){0,2}(?:villages|towns|cities|areas|districts|provinces|regions|neighbou?rhoods),?\s+"
    r"(?:including|such\s+as|notably)\s+"
    # "in the southern city of Deraa", "at the town of Rastan", "in the Saudi city of Jeddah": the named one
    # (a demonym may stand before the noun: "the Saudi city of Jeddah", "the Lebanese border village of ...", and
    # a country's possessive: "in Lebanon's northern city of Tripoli", "in Yemen's eastern port of Mukalla")
    # (up to four words, none a function word: "in the heavily fortified northwest port city of Latakia", "in the
    # mainly Kurdish northeastern city of Qamishli"; not a city's name: "the Damascus district of Barzeh" is Damascus)
    r"|(?:[A-Z][a-z]+['’]s\s+)?(?:(?:(?!(?:a|an|the|about|of|on|in|for|with|to|over|against|and|from|by|at)\s)"
    r"[a-z-]+|[A-Z][a-z]+(?:i|an|ese|ish))\s+){0,4}"
    r"(?:city|town|village|port|district|province|region)\s+of\s+"
    # "in the Damascus suburb of Douma", "in the Damascus suburbs of Saqba and Harasta": the suburb, a town of its own
    r"|(?:[a-z-]+\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)?\s+suburbs?\s+of\s+"
    # "in the vicinity of Majdel Shams", "in the suburbs of Damascus": the place named
    r"|(?:[a-z]+\s+)?(?:vicinity|outskirts|suburbs|environs)\s+of\s+(?:the\s+)?"
    # a name a word of where it lies stands before: "in nearby Jassem", "in neighbouring Niger", "in northern Iraq",
    # "in the capital Damascus" (the name is the place all the same)
    r"|(?:nearby|neighbou?ring|" + "|".join(CUES["compass"]) + r")\s+(?=[A-Z])|capital,?\s+(?=[A-Z]))?"
    # a name of capitalised words, "al-" and "el-" parts included ("Maroun al-Ras", "Jisr al-Shughour")
    # (and a French article glued to the next word: "Côte d'Ivoire", "Santa Bárbara d'Oeste")
    r"(?P<place>(?:[A-Z][\w'’.\-]*)(?:\s+(?:of|de|del|es|al|la|el|on|upon|am)?\s*(?:(?:al|el|ad|ar|as|ash|at|az|an)-|"
    + GLUED_ARTICLE + r")?[A-Z][\w'’.\-]*){0,4})"
)


def place_phrases(text: str, lo: int, hi: int) -> list[str]:
    """The names of the place phrases ("in X", "at the town of X", "the Damascus suburb of Douma", "in nearby X") that
    start in ``text[lo:hi]``, as written, in order (untrimmed: ``known_named_place`` checks each)."""
    return [m.group("place") for m in _PLACE_PP.finditer(text, lo, hi)]


# Nouns a place phrase hangs on when it is the topic, not the venue.
_TOPIC_NOUNS = re.compile(
    r"(?:situation|crisis|conflict|war|offensive|operation|province|region|escalation|violence|civilians|"
    r"militants|terrorists|troops|forces|presence|interests|peace|settlement|reconciliation|attacks?|"
    r"strikes?|fighting|clashes|elections?|developments|events|stability|security|infrastructure|"
    r"people|population|refugees|groups?|units|zone|areas?|positions|bases?|targets?|embassy|role|"
    r"policy|involvement|investments?|operations|sanctions|spill|situation)\s*$",
    re.IGNORECASE,
)
# the victims of a verb of force, after which "in X" is where it was done: "killed 108 people in the region of Houla",
# "shot dead three people in Homs on Monday" (t17-reuters-46; a number in words as in figures)
_VICTIM_NOUNS = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds|thousands|several|many|more|some|scores|a\s+dozen|two|three|"
                           r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:[a-z-]+\s+)?"
                           r"(?:people|civilians|militants|troops|soldiers|refugees)\s*$", re.IGNORECASE)
# the side an act of force is done with or by, after which "in the city of X" is where it was done: "rebels clashed with
# government forces in the northern city of Aleppo" (t17-bbc-294), "clashes between the two forces in the southern
# coastal city of Mukalla" (t17-reuters-213), "shot dead by Assad's forces in the southern province of Deraa"
# (t17-reuters-336); not a bare "forces in Syria", which says whose forces they are
_SIDE_NOUNS = re.compile(r"\b(?:forces|troops|soldiers|militants|rebels|fighters)\s*$", re.IGNORECASE)
# a named place described in apposition by where it lies, after which "in X" places that place, not the act: "security
# forces stormed Hirak, a town in the southern Hauran Plain" (fresh3 t17-reuters-186: the act is at Hirak); not an
# unnamed one, whose "in X" is all the place there is ("bombarded a town in the province of Hama", fresh21)
_DESCRIBED_PLACE = re.compile(r",\s+(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|suburb|district|"
                              r"neighbou?rhood|area|region|province)\s*$", re.IGNORECASE)
_NAMED_ONE = re.compile(r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
                        r"(?:city|town|village|port|district|province|region|suburb)\s+of\s")
# a sum of money, after which "in X" says what form it takes, not where: "today's announcement of $44.5 million in U.S.
# Government funding" (dev), "an additional USD $50 million in Defense Production Act funding" (fresh15)
_MONEY_BEFORE = re.compile(r"(?:\$|USD|US\$|€|£)\s*[\d.,]+(?:\s*(?:million|billion|trillion|m|bn))?\s*$")
_NOT_PLACES = {w.capitalize() for w in list(MONTHS) + list(WEEKDAYS)} | {"The", "A", "An", "This", "That", "Our"} \
    | set(word_list("disease_names.txt"))  # "assist Jamaica in COVID recovery": a disease is never a place
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ern)")  # "Kurdish", "Syrian"
_LOWER_NEXT = re.compile(r"\s+[a-z]")  # a lower-case word right after: capitals before it may modify it
_NUMBER_AFTER = re.compile(r"\s+\d")


_MONEY_AFTER = re.compile(rf"\.?\s+(?:{MONEY_NOUNS})\b")


def place_near(text: str, lo: int, hi: int, sentence_end: int, victims: bool = False,
               fight: bool = False) -> tuple[str, int] | None:
    """The first venue phrase starting in text[lo:hi] (not past the sentence end). ``victims``: the phrase follows a
    verb of force, whose victims' noun it may hang on and still be where the act was done ("killed 108 people in the
    region of Houla"); ``fight``: it follows an act of force (verb or noun), whose opposing side's noun it may hang on
    when it names a city, town or province ("clashed with government forces in the northern city of Aleppo")."""
    for match in _PLACE_PP.finditer(text, lo, min(sentence_end, hi + 60)):
        if match.start() >= hi:
            break
        place = match.group("place").rstrip(".,")
        words = place.split()
        for k, word in enumerate(words):  # "the State Department on Monday": the place ends before the date
            if k and (word in _NOT_PLACES or word.lower() in ("on", "upon")):
                place = " ".join(words[:k])
                break
        place = owner_place(place)  # "in Syria's Sunni Muslim tribal heartland": Syria
        part = place == match.group("place") and possessed_part(text, place, match.start("place"), match.end("place"))
        if part:
            return part, match.start("place")  # "in Douma's central square": Douma; "in the Hague's city centre"
        first = place.split()[0]
        if first in _NOT_PLACES or re.fullmatch(r"[\d\W]+", place) or unplaced_owner(place):
            continue  # (an unknown owner's possessive: "in Assad's Alawite heartland" is no venue)
        if re.search(r"['’]s$|^[A-Z][\w.]*-[A-Z]", place):
            continue  # "in Venezuela's flawed election", "in U.S.-Maldives relations": a modifier, not a venue
        if place == match.group("place") and _LOWER_NEXT.match(text, match.end("place")) and (
                _ADJECTIVE.fullmatch(place) or getattr(GAZETTEER.get(place), "form", None) == "demonym"):
            continue  # "in the Cambodian market": a demonym modifies the noun after it
        if _MONEY_AFTER.match(text, match.end("place")):
            continue  # "had received up to $6 million in U.S. funds": whose money, not a venue
        if place == match.group("place") and _NUMBER_AFTER.match(text, match.end("place")):
            continue  # "as set forth in Executive Order 14257", "in Resolution 2254": a text, not a venue
        before = text[max(0, match.start() - 30):match.start()]
        if _MONEY_BEFORE.search(before):
            continue  # "$44.5 million in U.S. Government funding", "$50 million in Defense Production Act funding"
        if _DESCRIBED_PLACE.search(before):
            continue  # "stormed Hirak, a town in the southern Hauran Plain": the "in X" places Hirak, not the act
        if _TOPIC_NOUNS.search(before) and not (victims and _VICTIM_NOUNS.search(before)) \
                and not (fight and _SIDE_NOUNS.search(before) and _NAMED_ONE.match(text, match.end("prep"))):
            continue
        return place, match.start("place")
    return None


# Event families whose clause names where they happened. For the others an "in X" says what they are
# about: "applauded Kenya's leadership in the Horn of Africa", "dismissed demands for reform in Syria". Nor is aid's:
# its "in X" is where the help goes, the recipients' place, not where it was pledged or announced ("would provide
# more than $100 million to support stabilization in Ghana", "to help about one million people in need in Syria",
# "announced an extra $5.5m in help for displaced Syrians in Turkey": blind, fresh9, fresh13, fresh14, fresh15 leave
# all seven such rows unplaced or at the meeting's venue; an opening "In Geneva," still places it)
VENUE_FAMILIES = frozenset({"consult", "agree", "military", "protest", "mobilize", "coerce", "retreat",
                            "investigate"})

_WELCOME_TO = re.compile(r"\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})")
_MARGINS = re.compile(r"\s+(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?[^.;]{0,80}?\s+in\s+(?:the\s+)?"
                      r"(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})")


def venue_phrase(text: str, lo: int, hi: int, sentence_end: int, welcome: bool = False) -> str | None:
    """A venue said another way than "in/at X" right after the predicate: "met ... on the margins of the
    G20 Summit in Rio de Janeiro"; with ``welcome``, "welcomed President Steinmeier to the White House"."""
    patterns = ((_WELCOME_TO, lo + 80),) if welcome else ((_MARGINS, hi),)
    for pattern, window in patterns:
        for match in pattern.finditer(text, lo, min(sentence_end, hi + 120)):
            if match.start() > window:
                break
            place = _trim(match.group("place"))
            if place:
                return place
    return None


def _trim(place: str) -> str | None:
    words = place.split()
    for k, word in enumerate(words):
        if word in _NOT_PLACES or word.lower() in ("on", "upon"):
            words = words[:k]
            break
        if word.endswith(".") and len(word) > 3 and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            words = words[:k + 1]  # "Moscow. Today": the sentence ends
            break
    return owner_place(" ".join(words).rstrip(".,")) or None


# a place's possessive inside the capitalised words a place pattern took (their class holds the apostrophe, so the
# possessive does not end them): "in Hama's Jarajima neighborhood", "in Cairo's Tahrir Square", "in Syria's Sunni
# Muslim tribal heartland" name a part of the known place, which is the place (a district is written as its city);
# so does a name ending in s with the apostrophe alone ("in Homs' Baba Amr district", "in Damascus’ Midan district");
# an owner that is no known place keeps the words as they were ("the Vice President’s Residence", "the Governors'
# Residence")
# (the owner's own apostrophe may be a glued article's: "Côte d'Ivoire's Abidjan")
_OWNER = r"(?P<owner>(?:[^'’]|(?<=\sd)['’](?=[A-Z]))+?)"
_INNER_POSSESSIVE = re.compile(_OWNER + r"(?:['’]s|(?<=s)['’])\s+\S")
# the words end at a bare-apostrophe possessive a lower-case word follows: "in Homs' poorer quarters" took "Homs'"
_BARE_POSSESSIVE = re.compile(r"(?P<owner>(?:[^'’]|(?<=\sd)['’](?=[A-Z]))+s)['’]")


def owner_place(place: str) -> str:
    """``place``, or the known place whose possessive opens it ("Hama's Jarajima" -> "Hama", "Homs' Baba Amr" ->
    "Homs") or is all of it ("Homs'" -> "Homs"; "Venezuela's" is left to the callers, which refuse it as a
    modifier); a known place a country's possessive owns is that place ("Côte d'Ivoire's Abidjan" -> "Abidjan")."""
    m = _INNER_POSSESSIVE.match(place) or _BARE_POSSESSIVE.fullmatch(place)
    if m is None or not known_place(m.group("owner")):
        return place
    owned, country = place[m.end() - 1:], GAZETTEER.get(m.group("owner"))
    if country is not None and country.form in ("name", "alias") and known_place(owned):
        return owned  # a country's city: "Côte d'Ivoire's Abidjan" (a city's part is the city: "Cairo's Tahrir Square")
    return m.group("owner")


# a possessive opening the place words whose owner is no known place, no title and no name of more than one word: "in
# Assad's Alawite heartland" names no venue, as "in Venezuela's flawed election" does not ("the Vice President’s
# Residence", "the President's Palace", "the Governors' Residence" keep theirs)
_OPENING_OWNER = re.compile(r"(?P<owner>[A-Z][\w.\-]*)['’]s\s+\S")


def unplaced_owner(place: str) -> bool:
    """Does a possessive of one word that is no known place and no title open ``place`` ("Assad's Alawite")?"""
    m = _OPENING_OWNER.match(place)
    return m is not None and not known_place(m.group("owner")) and m.group("owner").lower() not in TITLES


# a lower-case noun of a part of a place after a known place's possessive that ends the place words: that place ("in
# Douma's central square", "in the Hague's city centre", "in Homs's old city"; "in Ramadi's eastern suburbs" stays
# unplaced, Ramadi being in no list ``known_place`` reads); not another noun ("in Venezuela's flawed election", "in
# response to Syria's crackdown")
_PART_NOUN = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:squares?|suburbs?|cent(?:re|er)|districts?|outskirts|countryside|"
                        r"old\s+(?:city|town)|quarters?|neighbou?rhoods?)(?![\w-])")


def possessed_part(text: str, place: str, start: int, end: int) -> str | None:
    """The known place whose possessive (``place``, ``text[start:end]``) a noun of a part of a place follows ("Douma's
    central square" -> "Douma"; "the Hague's city centre" -> "The Hague"), else None."""
    m = re.fullmatch(r"(?P<owner>.+?)(?:['’]s|(?<=s)['’])", place)
    if m is None or not _PART_NOUN.match(text, end):
        return None
    owner = m.group("owner")
    if known_place(owner):
        return owner
    the = "The " + owner  # "the Hague's": the name holds its article
    return the if re.search(r"(?<![\w-])[Tt]he\s+$", text[max(0, start - 5):start]) and known_place(the) else None


# An opening "In X," (or "In X on Saturday,") names where the sentence's events happened ("In Istanbul, the
# National Council said ...", "In southern Abyan province, troops clashed with al Qaeda militants", "In Jisr
# al-Shughour, people have long memories of a mass killing in 1980"); not "In a statement,", "In 2011,", a quote
# ('"In Russia, we are ...," Putin noted') or a region ("In the Americas, they agreed"). X is a known place (a
# country or capital of the gazetteer, a place of place_names.txt) or a compass word, a place noun or another place
# marks it as one ("In southern Abyan province,", "In Sanamein, near Deraa,"); not "In Ramadan,", "In Congress,",
# "In English,".
_COMPASS = "|".join(CUES["compass"])
_OPENING_PLACE = re.compile(
    r"\s*(?:In|At)\s+(?:(?P<compass>%s)\s+)?(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:of|de|del|es|al|la|el|am)?\s*"
    r"(?:d['’])?[A-Z][\w'’.\-]*){0,3})(?:\s+(?P<noun>%s))?"
    # its day may stand before the comma: "In Damascus on Saturday, thousands of supporters of Mr Assad attended a
    # rally" (t17-bbc-235), "In Cairo on Thursday, Mr Annan said" (t17-bbc-189)
    r"(?:\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day)?\s*," % (_COMPASS, "|".join(CUES["place_noun"])))
# a place placed by another: "In Sanamein, near Deraa,", "In Talbiseh, north of Homs,"
_NEAR_PLACE = re.compile(r"\s*(?:near|outside|(?:%s)\s+of)\s+(?:the\s+)?[A-Z]" % _COMPASS)
# gazetteer forms that name a place: a country, its capital or another name of it
_PLACE_FORMS = frozenset({"name", "capital", "alias"})


def known_place(place: str) -> bool:
    """Is ``place`` a place the gazetteer or ``place_names.txt`` knows ("Istanbul", "Damascus", "Jisr al-Shughour")?"""
    entry = GAZETTEER.get(place)
    if entry is not None:  # (a city that stands for a body is a place too: "In Brussels,")
        return entry.kind == "country" and entry.form in _PLACE_FORMS or entry.form == "metonym"
    return PLACE_RE.fullmatch(place) is not None


_FIRST_PERSON = re.compile(r"\s*(?:we|i|our|my)\b", re.I)
_QUOTE_CLOSE = re.compile(r"[,.?!][\"”]")
_QUOTE_OPEN = re.compile(r"“|(?:^|(?<=\s))\"")
_POSSESSIVE_END = re.compile(r"['’]s$")  # "Assad's"


def named_place(raw: str) -> str | None:
    """A matched place name, trimmed; none for a word that is no place or a possessive ("Assad's")."""
    place = _trim(raw)
    if not place or place.split()[0] in _NOT_PLACES or _POSSESSIVE_END.search(place):
        return None
    return place


# a place's name as the clause readers take it: up to three capitalised words, an Arabic article joined to the last
# ("Jisr al-Shughour", "Deir el-Zor"); ``named_place`` / ``known_named_place`` trim and check what it matched
PLACE_NAME = r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al-|el-|%s)?[A-Z][\w'’.\-]*){0,2})" % GLUED_ARTICLE
# a town's name as the readers of a town before the act or referred back to take it: up to three capitalised words, a
# word of them an Arabic article joined to the next ("Jisr al-Shughour", "Deir ez-Zor"; ``town_places``,
# ``before_places``, ``into_place``, ``named_place_before``)
TOWN_NAME = (r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an)-|%s)[A-Z][\w'’.\-]*|\s+[A-Z][\w'’.\-]*)"
             r"{0,2})" % GLUED_ARTICLE)
# the UN Security Council by name, as a clause writes it: "the UN Security Council", "the U.N. Security Council",
# "the Security Council" (``said_place``'s "told the Security Council", ``veto_places``'s "vetoed in the Security
# Council")
COUNCIL_NAME = r"(?:(?:UN|U\.N\.|United\s+Nations)\s+)?Security\s+Council"


def known_named_place(raw: str) -> str | None:
    """A matched place name, trimmed (``named_place``), when it is a place the gazetteer or ``place_names.txt`` knows
    (``known_place``); else None."""
    place = named_place(raw)
    return place if place is not None and known_place(place) else None


# a trigger that is a saying, whose speaker need not be at the place the clause names ("where a rights group said",
# "where residents say", "where the United Nations estimates that"): the place passes of ``where_places`` and
# ``part_places`` leave it
SAYING_TRIGGER = re.compile(r"^(?:said|says|say|told|tells|reported|reports|added|stated|announced|claimed|quoted|"
                            r"estimates|estimated)\b")


def opening_place(text: str, start: int, end: int) -> str | None:
    """The place of an opening "In X," phrase of the sentence ``text[start:end]``, if it has one."""
    m = _OPENING_PLACE.match(text, start, end)
    close = _QUOTE_CLOSE.search(text, m.end(), end) if m is not None else None
    if m is None or _FIRST_PERSON.match(text, m.end()) or close and not _QUOTE_OPEN.search(text, m.end(), close.start()):
        return None  # 'In Russia, we are also generally happy ...," Putin noted': the speaker's words (not a quotation
        # of its own that closes the sentence: 'In Istanbul, the National Council said ... "to the edge of civil war."')
    place = named_place(m.group("place"))
    if place is None or not (m.group("compass") or m.group("noun") or known_place(place)
                             or _NEAR_PLACE.match(text, m.end(), end)):
        return None  # "In Ramadan,", "In Congress,": no place
    return place


# A place that is the object of a verb of force is where it happened ("soldiers entered Jisr al-Shughour", "shelled
# Homs", "stormed the town of Rastan", "stormed into Deraa": t17-reuters-133, -135): the place follows the verb at once
# (or "into"), or "the city/town/village of". The verbs
# (``force_object`` in ``event_cues.tsv``) are military and mobilize triggers; not "attacked", "killed", whose object
# is a party, not a place.
_FORCE_VERB = phrases("force_object")
_FORCE_OBJECT = re.compile(
    r"\s+(?:into\s+)?(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village|district|suburb|port|province|region)\s+of\s+"
    # a capital named in apposition: "rebels captured the capital Tripoli in August", "stormed the Libyan capital,
    # Tripoli" (t17-reuters-128, -132)
    r"|the\s+(?:[A-Z][a-z]+(?:an|i|ese|ish)\s+|[a-z-]+\s+)?capital,?\s+"
    # a place named by what it is to someone: "captured his last stronghold and hometown of Sirte" (t17-reuters-128),
    # "overran the rebel bastion of Baba Amr"
    r"|(?:the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:stronghold|bastion|hometown|home\s+town)"
    r"(?:\s+and\s+(?:[a-z-]+\s+)?(?:stronghold|bastion|hometown|home\s+town))?\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al|el|de|of)?-?\s*[A-Z][\w'’.\-]*){0,3})")
# "attack" takes a party as its object ("attacked Syrian security forces", "NATO would attack Syria"), and a town only
# as the place attacked: "forces started to attack Latakia on Saturday" (t17-reuters-18), "the army unit attacking Jisr
# al-Shughour" (t17-reuters-190), "when Israel attacked Gaza" (t17-bbc-24): a known place that is no country's name
_ATTACK_VERB = re.compile(r"(?:attack|attacks|attacked|attacking)\b")

# a name that modifies the noun after it, the verb's real object: "shelled Free Syrian Army positions", "pounded Hamas
# targets" (no place: the place, if any, comes after, "near Idlib")
_NAME_MODIFIES = re.compile(r"\s+(?:positions?|targets?|fighters?|forces|troops|bases?|posts?|units?|strongholds?|"
                            r"headquarters|checkpoints?|militants|members|convoys?|vehicles|offices?)\b")


def force_object_place(text: str, start: int, end: int) -> str | None:
    """The place a verb of force at ``text[start:]`` takes as its object, if it does (within ``end``)."""
    verb = _FORCE_VERB.match(text, start, end)
    m = verb and _FORCE_OBJECT.match(text, verb.end(), end)
    if not m and (attack := _ATTACK_VERB.match(text, start, end)):
        town = _FORCE_OBJECT.match(text, attack.end(), end)
        place = town and known_named_place(town.group("place"))
        entry = GAZETTEER.get(place) if place else None
        return place if place and (entry is None or entry.form == "capital") else None
    if not m or _NAME_MODIFIES.match(text, m.end()):
        return None
    # ("shelled Idlib's countryside", "stormed Homs's old city": the known place whose part it is)
    return named_place(m.group("place")) or possessed_part(text, m.group("place"), m.start("place"), m.end("place"))


_TERRITORY_VERB = phrases("territory_object")
# (the named one of "the town of X", "the Damascus suburb of Douma"; not a district or area of a city, "the Salah el-Din
# area of ... Aleppo", which the development sets place at the city: fresh14 t17-bbc-195#10)
_TERRITORY_OBJECT = re.compile(r"\s+(?:(?:much|most|part|parts)\s+of\s+)?(?:the\s+)?"
                               r"(?:(?:[a-z-]+\s+){0,3}(?:city|town|village|port|province|region)\s+of\s+"
                               r"|[A-Z][\w'’.\-]*\s+suburbs?\s+of\s+)?"
                               r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al|el|de|of)?-?\s*[A-Z][\w'’.\-]*){0,3})"
                               r"(?P<part>\s+(?:area|district|quarter|neighbou?rhood)\b)?")


def territory_place(text: str, start: int, end: int) -> str | None:
    """The known place a verb of taking territory at ``text[start:]`` takes as its object ("seized the Golan Heights",
    "took control of Idlib", "annexed Crimea"), if it does (within ``end``)."""
    verb = _TERRITORY_VERB.match(text, start, end)
    m = verb and _TERRITORY_OBJECT.match(text, verb.end(), end)
    return known_named_place(m.group("place")) if m and not m.group("part") else None


# "the city", "the town" right after a verb of force (its object, or "districts in the city") is the city or town the
# story last named as such ("... in the city of Homs ... . Tuesday, troops sealed off districts in the city"; "the
# besieged Syrian city of Deraa ... . tanks shelled the old quarter of the southern city": t17-reuters-133; "Troops
# with tanks have deployed near the town", t17-reuters-190; "Assad deployed tanks outside the city",
# t17-reuters-322): the nearest "city of X" before the sentence, of the same noun ("town of X", "village of X").
_THE_PLACE = re.compile(r"\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:in|into|across|around|of|near|outside|inside|to)\s+)?"
                        r"the\s+(?:(?:%s)\s+)?"
                        r"(?P<noun>city|town|village)\b"
                        r"(?!\s+(?:of|centre|center|hall|council|authorities|governor)\b)" % _COMPASS)
_NAMED_AS = {noun: re.compile(rf"\b{noun}\s+of\s+(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al|el|de)?-?\s*[A-Z][\w'’.\-]*){{0,3}})")
             for noun in ("city", "town", "village")}


def the_named_place(text: str, start: int, sent_start: int, end: int) -> str | None:
    """The place "the city/town/village" right after a verb of force at ``text[start:]`` refers back to."""
    m = _THE_PLACE.match(text, start, end)
    if m is None:
        return None
    matches, ends = _named_as(text, m.group("noun"))
    k = bisect_right(ends, sent_start)  # the matches that end before the sentence
    if k < len(matches) and matches[k].start() < sent_start:  # one runs into the sentence ("city of Homs. Tuesday"):
        named = list(_NAMED_AS[m.group("noun")].finditer(text, 0, sent_start))  # read it cut at the sentence
        return named_place(named[-1].group("place")) if named else None
    return named_place(matches[k - 1].group("place")) if k else None


@lru_cache(maxsize=8)
def _named_as(text: str, noun: str) -> tuple[list[re.Match], list[int]]:
    """Every "city of X" (``noun`` of X) of an article and where each ends, read once per article."""
    matches = list(_NAMED_AS[noun].finditer(text))
    return matches, [n.end() for n in matches]


# Where a verb of force sends its troops, tanks or shells: "into X" after it ("he sent army tanks into Deraa and two
# suburbs of Damascus", audit t17-reuters-174; "sent troops into Hama", -104; "sent tanks on Friday into Jisr
# al-Shughour", fresh16 t17-reuters-27#3; "fired shells into Lebanon", t17-bbc-306; "sent tanks and troops into the
# northwestern province of Idlib", t17-reuters-131). A verb's only: a noun's "into" may be another act's ("an
# offensive ..., triggered by rocket attacks into Israel").
_INTO = re.compile(r"(?<![\w-])(?P<prep>into|to)\s+(?:the\s+)?"
                   r"(?:(?:[a-z-]+\s+){0,2}?(?:city|town|village|province|district|port)\s+of\s+)?"
                   + TOWN_NAME)


def into_place(text: str, lo: int, hi: int, to: bool = False) -> str | None:
    """The place of the first "into X" in ``text[lo:hi]`` (with ``to``, of the first "into X" or "to X"), if it names
    one."""
    for m in _INTO.finditer(text, lo, hi):
        if m.group("prep") == "into" or to:
            return named_place(m.group("place"))
    return None


# A named city, town or village before an act of force or protest in its sentence is where it was done, when nothing
# after the act placed it: the subject's "Women and children in the besieged Syrian city of Deraa chanted" (fresh10
# t17-reuters-133#1), "a demonstration at the Lebanese border village of Maroun al-Ras ..., killing 11" (audit
# t17-reuters-221), "killed and 15 wounded in the ancient desert city of Palmyra, when Assad's forces opened fire"
# (t17-reuters-336), "in the eastern Syrian city of Qamishli turned into a protest" (fresh4 t17-reuters-157#2). Only
# the named form ("the ... city of X"), the nearest before the act: a bare "in Syria" before it says too little.
_NAMED_BEFORE = re.compile(
    # (or the city whose streets people took to: "Thousands of people took to the streets of Albu Kamal in a night
    # demonstration", fresh32 t17-reuters-30)
    r"(?<![\w-])(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?"
    r"(?:(?:(?!(?:a|an|the|about|of|on|in|for|with|to|over|against|and|from|by|at)\s)[a-z-]+"
    r"|[A-Z][a-z]+(?:i|an|ese|ish))\s+){0,4}(?:city|town|village|port)\s+of\s+|the\s+streets\s+of\s+)"
    + TOWN_NAME)


def named_place_before(text: str, sent_start: int, start: int) -> str | None:
    """The place of the last "in/at the ... city/town/village/port of X" (or "the streets of X") between the sentence
    start and ``start``."""
    found = last_match(_NAMED_BEFORE, text, sent_start, start)
    return named_place(found.group("place")) if found else None


# The place a visit goes to, named right after its verb or noun ("went to Deraa", "has landed in Beijing", "visited
# Mumbai", "Fico's visit to Moscow", "the November visit by Vice President Harris to Paris", "a visit to the Libyan
# capital Tripoli", "is to visit the violence-hit city of Homs", "returned from Riyadh", "a visit to Colombia's coastal
# city of Cartagena").
_DESTINATION = re.compile(
    r"(?:\s+by\s+[^,;.()]{1,50}?(?=\s+(?:to|in)\s))?\s+(?:(?P<prep>to|in|into|at|from)\s+)?(?:the\s+)?"
    r"(?:[A-Z][a-z]+['’]s\s+(?=(?:[a-z]+\s+)?(?:city|town|village|port)\s+of\s))?"  # "to Colombia's coastal city of"
    r"(?:(?:[a-z]+-)?[a-z]+\s+(?=(?:city|town|village|capital|province|port|region|district)\s+of\s))?"
    r"(?:(?:city|town|village|capital|province|port|region|district)\s+of\s+|[A-Z][a-z]+\s+capital\s+)?"
    r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:al|el|de|of)?-?\s*[A-Z][\w'’.\-]*){0,3})")


_PLACE_STOPS = _NOT_PLACES | {"He", "She", "It", "They", "We", "I", "His", "Her", "Their", "Its"}


def destination(text: str, end: int, sentence_end: int, not_places: frozenset[str]) -> str | None:
    """The place named right after a visit's verb or noun ending at ``end`` (``destination_span``), its words joined
    by one space."""
    found = destination_span(text, end, sentence_end, not_places)
    return found[0] if found else None


_WORD = re.compile(r"\S+")


def destination_span(text: str, end: int, sentence_end: int,
                     not_places: frozenset[str]) -> tuple[str, int, int] | None:
    """The place named right after a visit's verb or noun ending at ``end``, with where its kept words start and end
    in ``text`` (the place's words may stand apart by any spacing: "Abu  Dhabi", "New\u00a0Delhi"), unless it is a
    country or an organisation (in ``not_places``: a country is the visit's counterpart, not its place; "visiting UN
    observers"), an adjective before a noun ("visited the Kurdish region") or where the visitor came from."""
    m = _DESTINATION.match(text, end, sentence_end)
    if m is None or m.group("prep") == "from":
        return None  # "came from Canada": where the visitor came from
    words: list[str] = []
    start = stop = m.start("place")
    for word in _WORD.finditer(text, m.start("place"), m.end("place")):
        bare = word.group().rstrip(".,;:")
        if bare in _PLACE_STOPS:
            break  # "would visit Syria Tuesday", "visiting Syria He he has lost": the place ends before
        words.append(bare)
        stop = word.start() + len(bare)
        if bare != word.group():
            break
    place = " ".join(words)
    if not place or _POSSESSIVE_END.search(place) or place in not_places or words[0] in not_places:
        return None
    if _ADJECTIVE.fullmatch(place) and _LOWER_NEXT.match(text, m.end()):
        return None  # "the Kurdish region", "the Syrian capital": an adjective, no place name
    return place, start, stop


# Names that are no visit's place: countries (not their capitals), the counterpart of a visit to them, and the short
# names of organisations ("visiting UN observers"; "the White House", "the Kremlin" are places and stay)
NOT_VISIT_PLACES = frozenset(surface for surface, e in GAZETTEER.items()
                             if e.kind == "country" and e.form != "capital" or e.kind != "country" and e.form == "alias")
# Where a visit went, for its ``location``: a country is a place too ("has arrived in Syria", "visited Syria", "will
# visit China": the gold of the dev, check, blind and bbc sets places such visits in the country, rule 8's "a meeting
# placed only by a country"); its demonym ("visited the Syrian border") and an organisation's short name ("visiting
# UN observers") are not. (``NOT_VISIT_PLACES`` still keeps a country from being the place of a visit's counterpart.)
NOT_VISIT_VENUES = frozenset(surface for surface in NOT_VISIT_PLACES
                             if not (GAZETTEER[surface].kind == "country" and GAZETTEER[surface].form in _PLACE_FORMS))
# a visit a possessive pronoun owns, recalled as a step of a relationship ("His historic visit to the U.S. in 2015
# followed by your visit to Vietnam in September last year were historic milestones"): the blind set leaves its country
# unplaced (events_gold_blind, To Lam remarks #6, #7); a city is still its place ("my visit to Mumbai")
_OWNED_VISIT = re.compile(r"\b(?:my|your|his|her|our|their)\s+(?:[a-z]+\s+)?$", re.I)


# A meeting's venue may stand after a long object: "met today with President His Highness Sheikh Mohamed bin Zayed
# Al Nahyan, President of the United Arab Emirates (UAE), in Jeddah, Saudi Arabia", "convened the first meeting of
# this committee with Mexican Secretary of Security Rosa Icela Rodríguez and Canadian National Security and
# Intelligence Advisor Jody Thomas at the White House". Read past the object (names, titles, appositives; few
# lower-case words: ``object_words.txt``) to the first "in"/"at" within ``WINDOW_PAST_OBJECT`` characters, for a
# meeting of ``MEETING_TYPES`` (not a call: by phone or video, it has no venue).
WINDOW_PAST_OBJECT = 220
MAX_OBJECT_WORDS = 3  # lower-case words of the object that are not in ``object_words.txt``
_OBJECT_WORDS = frozenset(word_list("object_words.txt"))
_FIRST_IN_AT = re.compile(r"(?<![\w-])(?:in|at)\s")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def place_after_object(text: str, end: int, sentence_end: int) -> str | None:
    """The venue in the first "in/at X" after a meeting's object, when what stands between the trigger ending at
    ``end`` and it reads as the object only (names and titles, no clause: "met with X to discuss the crisis in Y"
    has a verb and the topic before the place)."""
    m = _FIRST_IN_AT.search(text, end, min(sentence_end, end + WINDOW_PAST_OBJECT))
    if m is None or re.search(r"[;:!?\"“”]", text[end:m.start()]):
        return None
    words = [w for w in _LOWER_WORD.findall(text, end, m.start()) if w not in _OBJECT_WORDS]
    if len(words) > MAX_OBJECT_WORDS:
        return None
    found = place_near(text, m.start(), m.start() + 1, sentence_end)
    return found[0] if found else None


# The purpose of a stay: "in Doha for a meeting with Arab League members", "arrive in Turkey later on Friday for talks",
# "who is in Cairo for talks with": the place of the stay is the venue of the meeting it is for. The one phrase of it,
# from the place to the meeting noun: a capitalised place of up to three words, perhaps a time ("later on Friday",
# "this week", "from Monday"), "for" and up to two words before the noun ("a two-day meeting"). The regexes below give
# it what stands before the place ("in", "to", "is due in") and after it (a meeting noun, or the end of the match).
# Its parts: the place's words, the time, and "for" with its determiner, before the words ahead of the noun (the
# journey below takes a second place and one word more).
_PLACE_WORDS = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
_STAY_TIME = r"(?:\s+(?:later|earlier|early|on|this|next|from)\b[^,;.]{0,30}?)?"
_FOR = r"\s+for\s+(?:a\s+|an\s+|the\s+)?"
_STAY_PHRASE = r"(?P<place>%s)" % _PLACE_WORDS + _STAY_TIME + _FOR + r"(?:[\w-]+\s+){0,2}?"
# the stay phrase with its meeting noun (``stay_meeting`` in ``event_cues.tsv``), where the stay is in or to the place
_STAY = r"\b(?:in|to)\s+" + _STAY_PHRASE + r"(?:%s)\b" % phrase_alternation(CUES["stay_meeting"])
# the stay told in an aside between the subject and the verb: "Mr Annan, in Doha for a meeting with ..., warned"
_STAY_ASIDE = re.compile(r",\s+(?:who\s+(?:is|was|has\s+been)\s+)?" + _STAY + r"[^,;]{0,80},\s+(?:[\w-]+\s+)?$")
# a meeting noun that a stay is for: "arrive in Turkey later on Friday for talks"
_STAY_FOR = re.compile(_STAY + r"$")


# the stay whose purpose a meeting noun ending the match is, told as the subject's own: an aside ("Mr Annan, in Doha for a
# meeting with ...", "Lavrov, who is in Cairo for talks with ...") or the clause's verb ("He is due in Washington for
# talks", "Lavrov is in Cairo for talks"); not "called for talks", nor an arrival (a journey: ``_JOURNEY_FOR``)
_STAY_OWN = re.compile(r"(?:,\s+(?:who\s+(?P<rel>is|was|has\s+been|will\s+be|is\s+due|was\s+due)\s+)?"
                       r"|\b(?P<be>is|are|was|were|will\s+be)\s+(?:(?P<due>due|expected)\s+)?)"
                       r"in\s+" + _STAY_PHRASE + r"$")
# a journey whose purpose is talks: "is to travel to Moscow this weekend for talks on the crisis", "will go on to
# Washington for talks with the US administration", "arrived in Damascus for two days of negotiations", "is on his way
# to Damascus for talks": the talks held where the journey goes, the traveller's (events_gold_bbc 97#24, "is due to
# arrive in Turkey later on Friday for talks over the weekend": a visit row and a talks row). A journey still to come
# (a modal, "to", "due", "expected", "on his way") makes planned talks. The stay phrase's parts, with a second place
# ("to Moscow and Beijing this weekend": the first place) and up to three words before the noun ("for two days of
# negotiations").
_JOURNEY_FOR = re.compile(r"(?P<ahead>\b(?:will|would|shall|to|due|expected|set|plans?|planned|planning)\s+(?:also\s+|then\s+)?)?"
                          r"(?:travel(?:s|ed|led|ing|ling)?|go(?:es)?(?:\s+on)?|went(?:\s+on)?|going(?:\s+on)?|fl(?:y|ies|ew|ying)"
                          r"|head(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|(?P<way>on\s+(?:his|her|their|its)\s+way))\s+(?:to|in)\s+"
                          r"(?P<place>%s)(?:\s+and\s+%s)?" % (_PLACE_WORDS, _PLACE_WORDS) + _STAY_TIME + _FOR
                          + r"(?:[\w-]+\s+){0,3}?$")


def stay_purpose(text: str, sent_start: int, start: int) -> tuple[str, str] | None:
    """The stay a meeting noun starting at ``start`` is the purpose of ("Mr Annan, in Doha for a meeting with Arab
    League members, warned", "He is due in Washington for talks with ..."): the meeting's status ("planned" for a
    stay to come: "due in", "expected in", "will be in") and the place; none when the place is no place the gazetteer knows ("in Parliament for a debate")."""
    found = _stay_own(text, sent_start, start)
    if found is None:
        journey = _JOURNEY_FOR.search(text, max(sent_start, start - 120), start)
        if journey is None or journey.end() != start:
            return None
        place = known_named_place(journey.group("place"))
        if place is None:
            return None
        return ("planned" if journey.group("ahead") or journey.group("way") else "reported"), place
    place = known_named_place(found.group("place"))
    if place is None:
        return None
    future = found.group("due") or (found.group("be") or "").startswith("will") \
        or (found.group("rel") or "").startswith("will") or (found.group("rel") or "").endswith("due")
    return "planned" if future else "reported", place


def _stay_own(text: str, sent_start: int, start: int) -> re.Match | None:
    """The stay phrase told as the subject's own that ends at ``start`` (``_STAY_OWN``), or None."""
    low = max(sent_start, start - 120)
    for m in re.finditer(r",|\b(?:is|are|was|were|will)\b", text[low:start]):
        found = _STAY_OWN.match(text, low + m.start(), start)
        if found is not None and found.end() == start:
            return found
    return None


def journey_purpose(text: str, sent_start: int, start: int) -> bool:
    """Is the meeting noun starting at ``start`` the purpose of a journey told by a verb of travel ("is to travel to
    Moscow this weekend for talks", "arrived in Damascus for two days of negotiations"), not of a stay ("is in Moscow
    for talks")? Then the talks are the traveller's, with the place's country when no "with" names a partner
    (``stays``)."""
    if _stay_own(text, sent_start, start) is not None:
        return False
    journey = _JOURNEY_FOR.search(text, max(sent_start, start - 120), start)
    return journey is not None and journey.end() == start


def stay_place(text: str, sent_start: int, p: Predicate) -> str | None:
    """The place of the stay that an aside before ``p`` tells ("Mr Annan, in Doha for a meeting with Arab League
    members, warned": the warning is given in Doha), or that a meeting noun ``p`` is the purpose of ("is due to arrive
    in Turkey later on Friday for talks"): a place the gazetteer knows."""
    if p.rule == "stay purpose":  # the meeting the stay is for: "in Doha for a meeting with ..."
        found = stay_purpose(text, sent_start, p.trigger.start)
        return found[1] if found else None
    before = text[sent_start:p.trigger.start]
    found = _STAY_ASIDE.search(before)
    if found is None and p.type in MEETING_TYPES and p.form == "noun":
        found = _STAY_FOR.search(text, sent_start, p.trigger.end)
        found = found if found is not None and found.end() == p.trigger.end else None
    return known_named_place(found.group("place")) if found is not None else None


# a concession that lets a party in or lets it go somewhere: "allowing ICRC officials to visit Damascus central prison",
# "permitted UN monitors to enter Homs", "allowed the Red Cross into Homs"
_LET_IN = re.compile(r"(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|permission)\b(?:[^,;.()]|\.(?!\s+[A-Z])){0,60}?"
                     r"\b(?:to\s+(?:visit|enter|access|reach)|into)(?![\w-])")


def let_in_place(text: str, start: int, sentence_end: int) -> str | None:
    """Where a concession of entry lets its party go: the place named after the verb of going that the letting verb
    at ``start`` governs (as a visit's destination is read)."""
    m = _LET_IN.match(text, start, sentence_end)
    return destination(text, m.end(), sentence_end, NOT_VISIT_PLACES) if m else None


# A diplomatic mission opened, reopened, shut or closed "in X" is an act at X ("shut its embassy in Damascus",
# "officially opening their embassy in Washington, D.C.": fresh11 t17-reuters-216#21, blind wh-2023-06-14 #3), whatever
# the act's family (a sanction or a cooperation, whose "in X" is otherwise its topic). The trigger ends on the mission
# noun (``event_triggers.tsv``) and the place stands right after it; not "its embassy to the Vatican" (the state it
# is accredited to), nor an "in" further on ("closed its embassy, in protest at ...", "in a move ...": no capital).
# A later word of the name may follow "al"/"el"/"de" or a hyphen ("Deir al-Zor", "Ras al Ain"): the white space after
# those only, never a second quantifier right after the first (``\s+\s*`` took 4 s on 20,000 spaces: README "Fragile")
_MISSION_END = re.compile(r"(?:embassy|embassies|consulate|consulates|missions?)$", re.I)
_MISSION_IN = re.compile(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:(?:(?:al|el|de)-?|-)\s*)?"
                         r"[A-Z][\w'’.\-]*){0,2})")


def mission_place(text: str, p: Predicate, sentence_end: int) -> str | None:
    """Where the embassy or consulate that ``p`` opens or closes stands, when "in X" follows its trigger."""
    if not _MISSION_END.search(p.trigger.text):
        return None
    m = _MISSION_IN.match(text, p.trigger.end, sentence_end)
    return known_named_place(m.group("place")) if m else None


def clause_place(text: str, low: str, sent_start: int, sent_end: int, p: Predicate | None,
                 mention: Mention | None) -> str | None:
    """Where the clause says the event of ``p`` (or of a date alone) happened: a visit's destination, a venue phrase
    after the verb of an act that has one (``VENUE_FAMILIES``), the object of a verb of force, the place of a stay
    the act or meeting belongs to (``stay_place``), or a place beside the date ``mention``, in the sentence
    ``text[sent_start:sent_end]``."""
    if p is not None and (found := mission_place(text, p, sent_end)):
        return found  # "shut its embassy in Damascus"
    if p is not None and p.type != "visit":
        found = stay_place(text, sent_start, p)
        if found:
            return found
    if p is not None and p.type == "visit" and travel_direction(p.trigger.text) != "from":
        # "visited Mumbai", "returned from Riyadh" (not "came from Canada": where one came from)
        owned = _OWNED_VISIT.search(text, max(sent_start, p.trigger.start - 25), p.trigger.start) is not None
        found = destination(text, p.trigger.end, sent_end, NOT_VISIT_PLACES if owned else NOT_VISIT_VENUES)
        if found:
            return found
    if p is not None and p.type == "concede":
        found = let_in_place(text, p.trigger.start, sent_end)
        if found:
            return found
    # "applauded Kenya's leadership in the Horn of Africa": after a support or a statement, what it is about
    if p is not None and not p.reporting and p.type != "statement" \
            and (p.family in VENUE_FAMILIES or p.rule == SUPPORTERS_RALLY):  # (a rally is held somewhere)
        welcome = low.startswith("welcom", p.trigger.start)  # "welcomed X to the White House to discuss"
        phrase = welcome and venue_phrase(text, p.trigger.start + 6, p.trigger.end + WINDOW_AFTER_TRIGGER,
                                          sent_end, welcome=True)  # the trigger may hold it: "welcomed X to"
        found = None if phrase else place_near(text, p.trigger.end, p.trigger.end + WINDOW_AFTER_TRIGGER,
                                               sent_end, victims=p.family in FORCE_FAMILIES and p.form == "verb",
                                               fight=p.family in FORCE_FAMILIES)
        if found:
            return found[0]
        if p.family in FORCE_FAMILIES and p.form == "verb":
            found = force_object_place(text, p.trigger.start, sent_end) or territory_place(text, p.trigger.start, sent_end) \
                or the_named_place(text, p.trigger.end, sent_start, sent_end)
            if found:  # "soldiers entered Jisr al-Shughour"; "troops sealed off districts in the city"
                return found
            found = into_place(text, p.trigger.end, min(sent_end, p.trigger.end + WINDOW_AFTER_TRIGGER),
                               to=p.family == "mobilize")  # "sent extra units to Bani Walid": where the forces go
            if found:  # "sent tanks on Friday into Jisr al-Shughour", "fired shells into Lebanon"
                return found
        if p.family in FORCE_FAMILIES or p.family == "protest":
            found = named_place_before(text, sent_start, p.trigger.start)
            if found:  # "Women and children in the besieged Syrian city of Deraa chanted"
                return found
        phrase = phrase or venue_phrase(text, p.trigger.end, p.trigger.end + WINDOW_AFTER_TRIGGER, sent_end)
        if phrase:
            return phrase
        if p.type in MEETING_TYPES:
            found = place_after_object(text, p.trigger.end, sent_end)
            if found:
                return found
    if mention is not None and (p is None or not p.reporting):
        # (not past a participle clause the date's comma opens: "vetoed ... on Saturday, drawing protests in Damascus")
        stop = trailing_participles.opening(text, low, mention.end, mention.end + WINDOW_AROUND_DATE) \
            if p is None or p.trigger.end <= mention.start else None
        found = place_near(text, max(sent_start, mention.start - WINDOW_AROUND_DATE),
                           mention.end + WINDOW_AROUND_DATE if stop is None else stop, sent_end)
        if found:
            return found[0]
    return None


# A saying addressed to a meeting ("Prince Saud al-Faisal told the meeting that Riyadh was pulling out", fresh11
# t17-bbc-185#9; "Mr Singh told the summit", audit t17-bbc-51) is given where that meeting sits: the venue of the
# last meeting, summit or talks the article placed by its own words before it.
_TOLD_MEETING = re.compile(r"\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:meeting|summit|conference|gathering|session)\b")
_ADDRESSING = frozenset({"told", "tells", "telling", "addressed", "addresses", "addressing"})


def addressed_meeting_venue(text: str, p: Predicate | None, events: list[Event]) -> str | None:
    """The venue of the meeting that a saying at ``p`` ("told the meeting") addresses, if the article placed it."""
    if p is None or p.type not in SPEECH or text[p.trigger.start:p.trigger.end].split()[0].lower() not in _ADDRESSING \
            or _TOLD_MEETING.match(text, p.trigger.end) is None:
        return None
    return next((e.location for e in reversed(events)
                 if e.event_type in MEETING_TYPES and e.location and e.location_basis == "clause"), None)


def foreign_body(country: Entry | None, actors: list[ActorMention], actor1: str | None) -> bool:
    """Does a body of another country than the dateline's (``country``) speak ("..., state-run Anatolian news agency
    reported" in a story from Beirut)? A country or one of its institutions speaks at home, not at the reporter's
    desk; a person may travel, so a person keeps the dateline place."""
    if country is None:
        return False
    body = next((a for a in actors if a.name == actor1 and a.kind != "person"), None)
    home = body and state_of(body)
    return bool(home) and home != country.name


VENUE_AGENCIES = frozenset(word_list("venue_dateline_agencies.txt"))


def dateline_venue(text: str, dateline: Dateline | None) -> str | None:
    """The dateline's place when the story happens there, else None.

    A dateline names where the reporter filed. A TASS dateline names the venue ("IGORA, December 26.
    /TASS/." at the CIS summit; ``venue_dateline_agencies.txt``). Any other is taken for the bureau
    ("BEIRUT (Reuters) -" over a Syria story, "DUBAI (Reuters) -" over a Saudi statement) unless the body
    names the place again as a scene ("Crowds camped out in London", "At a Brussels summit"; not only as its
    government, "Ankara has parted ways with ...": ``dateline_scene``): then the story is set there. "UNITED NATIONS" counts when the body names the body by any of its names ("U.N."). A dateline of two
    places ("BERLIN/PARIS", "SANAA/DAMASCUS") is a round-up's, filed from two bureaus: no one venue for its acts
    (no gold row of any set is placed at such a pair: check t17-reuters-206#9, #10, fresh5 t17-reuters-294 rows
    unplaced; audit t17-reuters-100, -211).
    """
    if dateline is None or not dateline.place or "/" in dateline.place:
        return None
    if dateline.agency in VENUE_AGENCIES:
        return dateline.place
    body = text[dateline.body_start:]  # (a place is one name here: ``dateline._place_name`` strips it)
    names = _names_of(dateline.place)
    seat = getattr(GAZETTEER.get(dateline.place), "kind", None) == "organization"
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
            if seat or sets_scene(body, m.start(), m.end()):  # (a city named only as its government, "Ankara has
                return dateline.place  # parted ways", sets no scene: ``dateline_scene``; a body's seat is named as
                # the body, "U.N. human rights chief")
    return None


def venue_throughout(text: str, dateline: Dateline | None, venue: str | None) -> bool:
    """Does the dateline venue ``venue`` place acts all through the story, not only in its lead? So in a story that is
    not wire copy (no agency: a BBC story, a White House readout), under a TASS venue dateline, and in a bureau story
    set at an occasion or a body's seat (``bureau_depth.places_throughout``)."""
    return dateline is None or dateline.agency is None or dateline.agency in VENUE_AGENCIES \
        or places_throughout(text[dateline.body_start:], venue)


def dateline_places(venue: str | None, throughout: bool, nth: int, sentence: str, speech: bool) -> bool:
    """Does the dateline venue ``venue`` (``dateline_venue``) place the acts of the story's ``nth`` sentence,
    ``sentence``? All through a story it places throughout (``venue_throughout``); else in the lead's first
    ``LEAD_SENTENCES`` sentences, and a saying (``speech``) of a spokesman of an office seated in the dateline city
    anywhere ("White House spokesman Jay Carney said" under WASHINGTON: ``bureau_depth.seat_speaker``)."""
    return bool(venue) and (throughout or nth <= LEAD_SENTENCES or speech and seat_speaker(sentence, venue))


def _names_of(place: str) -> list[str]:
    """The names a story may give a dateline's place by: its own, and for a body's seat the body's other names
    ("UNITED NATIONS (Reuters) - ... U.N. human rights chief Navi Pillay said": t17-reuters-192, -282, -107)."""
    entry = GAZETTEER.get(place)
    if entry is None or entry.kind != "organization":
        return [place]
    return [place] + [surface for surface, e in GAZETTEER.items()
                      if e.kind == "organization" and e.name == entry.name and surface != place]


# The kinds of occasion whose venue the acts retold from them share: a meeting's, and a visit's (not a call's)
VENUE_OCCASIONS = MEETING_TYPES | {"visit"}


def meeting_venue(occasion: Event) -> str | None:
    """The venue of the meeting, talks, summit or visit ``occasion`` as its own clause names it ("met with
    President Xi Jinping in Woodside, California"), for the acts a sentence after it retells (its day carried to
    them: ``date_basis`` ``inferred``), when its own words or the dateline date it to a day; of a meeting of the day
    in a remarks transcript, the place its header names, where the speakers stand ("at today's summit meeting, ...
    we confirmed" in Tokyo); no venue from the dateline, which names where the story was filed."""
    if occasion.event_type not in VENUE_OCCASIONS or occasion.location_basis not in ("clause", "header") \
            or occasion.date_basis not in ("explicit", "dateline") or occasion.precision not in ("day", "time"):
        # (not a visit of long ago the text left undated; not a meeting "earlier this week", whose sayings the story
        # tells from another day: '"Juppe's gesture was significant," Ghalioun said' on French television)
        return None
    if occasion.event_type == "visit" and occasion.location in NOT_VISIT_PLACES:
        return None  # a visit to a country ("Lavrov arrived in Syria") places the visit, not the acts told after
        # it: too wide for them, and the story's other parties speak at home ("Gulf Arab states said": t17-bbc-34)
    return occasion.location


# A remarks transcript opens with a header naming where the remarks were given, before its first turn label:
# "Oval Office\n\n10:56 A.M. EDT\n\nPRESIDENT BIDEN: ...", "InterContinental New York Barclay New York, New York\n\n2:17
# P.M. EDT\n\n", "Balai Sidang Jakarta Convention Center\n\nJakarta, Indonesia\n\nPRESIDENT WIDODO: ...".
_ROOMS = word_list("white_house_rooms.txt")
WHITE_HOUSE_ROOMS = frozenset(_ROOMS)  # a location written as a room is the White House (``place_names``)
_WHITE_HOUSE_ROOMS = re.compile(r"(?:^|\s)(?:%s)$" % "|".join(re.escape(r) for r in _ROOMS))
_HEADER_TIME = re.compile(r"\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,5})?$")
_CITY_REGION = re.compile(r"(?P<before>.*?[\w.])\s*,\s*(?P<region>(?:[A-Z][\w.]*|D\.C\.)(?:\s+[A-Z][\w.]*){0,3})$")
HEADER_LINE = 90  # characters: a longer line is prose, not a header


def header_venue(text: str, first_label: int) -> str | None:
    """Where a remarks transcript says its remarks were given, from the header lines before its first turn label at
    ``first_label``: "White House" for one of its rooms, the city and its region of a "(building) City, Region" line
    ("Vilnius, Lithuania" of "Lithuanian Exhibition and Conference Center Vilnius, Lithuania"); none when the
    header is no such line (a time stamp alone, prose)."""
    lines = [line.strip().strip("*").strip() for line in text[:first_label].splitlines()]
    lines = [line for line in lines if line and not _HEADER_TIME.fullmatch(line)]
    if not lines or any(len(line) > HEADER_LINE or line.endswith((".", ":")) and not line.endswith("D.C.")
                        for line in lines):
        return None
    for line in reversed(lines):
        if _WHITE_HOUSE_ROOMS.search(line):
            return "White House"
        m = _CITY_REGION.fullmatch(line)
        if m is None:
            continue
        words, region = m.group("before").split(), m.group("region")
        for k in range(max(0, len(words) - 4), len(words)):  # the longest known place that ends the line
            city = " ".join(words[k:])
            if known_place(city) or GAZETTEER.get(city) is not None and GAZETTEER[city].form == "capital":
                return f"{city}, {region}"
        if len(words) <= 3:  # a bare "Philadelphia, Pennsylvania"
            return f"{m.group('before')}, {region}"
        entry = GAZETTEER.get(region)
        if entry is not None and entry.kind == "country" and entry.form == "name":
            return region  # "(building) Unknown City, Japan": the country
    return None


# "An official statement said", "the statement added", "Kate wrote": a saying in writing
_WRITTEN = re.compile(r"\b(?:%s)\s+(?:(?:also|later|further|then)\s+)?$" % DOCUMENTS)


def written(text: str, low: str, p: Predicate | None) -> bool:
    """Is ``p`` a saying in writing: a document speaks ("An official statement said"), someone writes ("wrote"), or a
    medium quotes someone ("Al Arabiya quoted Saleh as saying", "was quoted by media as saying": said where the
    medium heard it, not where the story is filed)?
    A document is issued, not spoken at a venue, so the dateline gives it no place (events_gold_fresh.md,
    events_gold_fresh2.md)."""
    if p is None or not p.reporting:
        return False
    verb = low[p.trigger.start:p.trigger.end].split(" ")[0]
    return verb in ("wrote", "writes", "write", "quoted") or _WRITTEN.search(low, max(0, p.trigger.start - 40), p.trigger.start) is not None \
        or _PAPER_BEFORE.search(text, max(0, p.trigger.start - 40), p.trigger.start) is not None \
        or _PAPER_AFTER.match(text, p.trigger.end) is not None


# A saying told to the news agency itself ("..., Saleh's media secretary Ahmed al-Sufi told Reuters.", "In an interview
# with Reuters, Jakob Kellenberger ... said"): the reporter reached the speaker wherever he was, often by telephone, so
# the dateline does not place it (blind t17-reuters-213#3, fresh2 -95#2, fresh4 -301#5, fresh13 -46#18: unplaced); a
# place of its own still does ("told Reuters in Turkey last month"). Not "told reporters" (a briefing, where it was
# given) nor another outlet's interview ("told France 24 television").
_AGENCY = r"(?:Reuters|AFP|Agence\s+France-Presse|the\s+Associated\s+Press|AP|the\s+BBC)\b"
_TOLD_AGENCY = re.compile(r"\s+" + _AGENCY)
_AGENCY_INTERVIEW = re.compile(r"\b(?:an?\s+)?(?:telephone\s+|phone\s+|exclusive\s+)?interview\s+with\s+" + _AGENCY)


def told_agency(text: str, sent_start: int, p: Predicate | None) -> bool:
    """Is ``p`` a saying told to the news agency that files the story ("told Reuters", "in an interview with
    Reuters, ... said")?"""
    if p is None or not p.reporting:
        return False
    if p.trigger.text.split(" ")[0] in ("told", "tells") and _TOLD_AGENCY.match(text, p.trigger.end):
        return True
    return _AGENCY_INTERVIEW.search(text, sent_start, p.trigger.start) is not None


# a newspaper says what it prints ("The hardline Qods daily said", "Reformist daily Arman said", "The paper noted",
# '"...," says Taraf daily'): written, as a statement is (events_gold_fresh15 113#24-#27: no place). Only a paper
# word right before the verb (its subject), or one a name stands beside, is a paper: the words between it and the verb
# are capitalised (a name's particle may open it: "Saudi daily al-Jazirah says"), as recognize._PAPER names papers;
# the adverb is none ("said Beirut protests continue daily.", "arrive in the town daily and officials say": revB17 3)
_NAME_WORD = r"(?:[a-z]{2}-)?[A-Z][\w'’-]*"
_PAPER_BEFORE = re.compile(r"\b(?i:%s|paper)\s+(?:%s\s+){0,2}?(?:(?:also|later|then)\s+)?$"
                           % (PAPER_WORDS, _NAME_WORD))
# ('"...," says the liberal Taraf daily': "the" and a word of its own may stand before the name)
_PAPER_AFTER = re.compile(r"\s+(?:the\s+(?:[a-z][\w'’-]*\s+)?)?(?:%s\s+){1,3}?(?i:%s)[.,;]"
                          % (_NAME_WORD, PAPER_WORDS))
