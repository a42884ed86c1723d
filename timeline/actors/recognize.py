"""Passes 2-5 over one text, and ``find_candidates`` that runs all passes.

2. capitalised phrases ending in an organisation word ("Latvian Constitutional
   Court") that the list does not know;
3. countries, organisations, capitals used as metonyms ("Moscow said"),
   demonyms that head an actor noun ("Russian forces", not "Russian reports");
4. capitalised names with no title ("Walid Muallem", "Lavrov"), as candidates
   that coreference accepts or drops;
5. he / she.

Pass 1, people with titles, is in ``titled.py``. Each pass goes over regex
matches rather than over every token.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .gazetteer import (ACTOR_NOUN_RE, AGENCY_WORDS, DEMONYMS, GAZETTEER, SPEAKS_AFTER, SPEECH_VERBS, GIVEN_NAMES,
                        NOT_NAME_WORDS, ORG_HEAD_RE, ORG_HEADS, TITLES, Entry, guarded, opening_first, phrase_alternation,
                        rows, trie_pattern, word_list)
from ..cue_words import load_tsv
from .mention import SpanIndex
from .names import NAME_END, NAME_RE, TOKEN_RE, gender, hyphen_given_name
from .people import reordered_person
from .places import place_spans
from .personref import described_person
from .scan import Raw, Scanner, in_word, possessive_at, weak_end
from .titled import find_titled
from .counted import find_counted
from .capital_names import name_end

_LOCATIVE = re.compile(
    r"(?:^|[^\w])(?i:in|at|from|to|into|near|outside|inside|across|throughout|via|towards?|visit(?:s|ed|ing)?"
    r"|arrived[ ]in|left[ ]for|returned[ ]to|trip[ ]to)[ ](?:the[ ])?$")
# a country that is the alternative to a place after a locative ("troops on the ground in Libya or Syria"): a place
# too. (Not "and": "has met officials in Iran and Iraq" names the counterparts' countries, "into Turkey, and Ankara
# says" opens a clause.)
_LOCATIVE_CONJUNCT = re.compile(
    r"(?:^|[^\w])(?i:in|at|inside|across|throughout|into)[ ](?:the[ ])?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?"
    r"[ ]or[ ](?:the[ ])?$")
# a state's office holders named by the state after "from" or "in" ("ministers from Algeria and Iran were against",
# "Envoys from India, Brazil and South Africa are due in Damascus", "has met officials in Iran and Iraq"): the state
# they serve, a party of the clause (events_gold.md rule 9 (a)), not a place; the later states of the list are
# parties already (`_LOCATIVE_CONJUNCT` takes "or", not "and"), so the first was lost to the second. Office nouns
# only (`office_holders`, `office_holders_in` in event_cues.tsv): "troops in Syria", "refugees from Syria",
# "Diplomats in Riyadh" stay places.
_OFFICE_HOLDERS_OF = re.compile(
    r"(?:^|[^\w])(?i:(?:" + phrase_alternation(load_tsv("event_cues.tsv")["office_holders"]) + r")[ ]from"
    r"|(?:" + phrase_alternation(load_tsv("event_cues.tsv")["office_holders_in"]) + r")[ ]in)[ ](?:the[ ])?$")
_BASED = re.compile(r"-(?i:based)(?!\w)")
# a body named as the seat where something happens, "at" its headquarters ("Negotiations between diplomats at the UN
# headquarters in New York", "told reporters at the League's headquarters in Cairo"): a place, no party of the clause
_AT_BEFORE = re.compile(r"(?:^|[^\w])(?i:at)[ ](?:the[ ])?$")
_HEADQUARTERS_AFTER = re.compile(r"(?:['’]s)?[ ]+(?i:headquarters)(?!\w)")
_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he[ ]$")
_MODIFIER_NOUNS = tuple(word_list("name_modifier_nouns.txt"))
_MODIFIED = re.compile(r"(?:['’]s)?[ ]+(?:[A-Z]|(?i:" + "|".join(_MODIFIER_NOUNS) + r")(?!\w))")
_PREPOSITION = re.compile(r"(?:^|[^\w])(?i:in|at|from|to|of|near|inside|outside|into|across|for|by|with)[ ]$")
_PRONOUN = re.compile(r"[\s\"“‘(](?:[Hh]e|[Ss]he)(?!\w)")  # starts with a class: scanned fast
# "Ms Harrison quoted him as saying": the one quoted speaks, found as "he" is (events/subjects.py, _quoted)
# (this and _POSSESSIVE open on the word, the look-behind after it: ``opening_first``)
_QUOTED_PRONOUN = re.compile(opening_first("(?:him|her)", 3, r"\squoted ", absent=False) + r"(?= as saying\b)")
_PRONOUN_AT_START = re.compile(r"(?:[Hh]e|[Ss]he)(?!\w)")
# "his visit", "her meeting with": a possessive before a lowercase word, not an object ("told her that")
# (at the start of the text or after a space, a quote or a bracket: no other character four back)
_POSSESSIVE = re.compile(opening_first("(?P<word>[Hh](?:is|er))", 3, r"[^\s\"“‘(]") + r"[ ](?P<next>[a-z][\w-]*)")
_HER_OBJECTS = frozenset(word_list("her_objects.txt"))
_CAPTOK = r"[A-Z](?:[\w&-]|['’](?=[A-Z])|\.(?=[\w-]))*(?:(?<=s)['’](?=[ ]))?"  # "Workers' Union"
_ORG_LEFT = re.compile(rf"(?:{_CAPTOK}[ ])+$")
_ORG_RIGHT = re.compile(rf"(?:[ ](?:of|for)[ ](?:the[ ])?{_CAPTOK}(?:[ ](?:(?:of|for|and|the)[ ])*{_CAPTOK})*)?")
# never a person's name, but may open an organisation's, unless a known name opens there: "the United Nations
# Mission", "the Arab League Council" are the known body ("United" and "Nations" cut, "Mission" alone is none)
_ORG_KEEP = frozenset(word_list("org_name_openers.txt"))
_DATE_WORDS = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_ORG_STOP = frozenset("The A An In On At By For From To Of And But With As After Before When While If He She It They "
                      "We "
                      "This That These Those Both All Some Many Most Several No Not However Meanwhile According Also "
                      "Earlier Later Despite Following Among Amid Under Over During Since Until Where What Who Why "
                      "How Its His Her Their Our You Your My".split())


def find_candidates(text: str) -> tuple[Scanner, list[Raw], list[Raw]]:
    """All passes: (scanner with its claimed candidates, bare-name candidates, pronouns). Nothing inside a
    photo caption or credit ("Photo: Mikhail Metzel/TASS", "REUTERS/Bob Strong") is a candidate, and no
    person overlaps a place name ("Jisr al-Shughour", "King Abdullah Park": ``places.py``)."""
    sc = Scanner(text)
    for m in _GEOGRAPHIC.finditer(sc.work):  # "the South China Sea", "the Gulf of Oman": a feature, no actor in it
        sc.claims.add(m.start(), m.end())
    find_body_members(sc)
    find_titled(sc)
    find_counted(sc)  # "the two men", "both diplomats": people named before
    find_organisations(sc)
    find_gazetteer(sc)
    find_named_papers(sc)
    bare, pronouns = find_bare_names(sc), find_pronouns(sc)
    places = place_spans(sc.work)
    if places:
        places = SpanIndex(places)
        sc.raws = [r for r in sc.raws if r.kind != "person" or not places.overlaps(r.start, r.end)]
        bare = [r for r in bare if not places.overlaps(r.start, r.end)]
    credits = sc.credits
    if credits:
        credits = SpanIndex(credits)
        sc.raws = [r for r in sc.raws if not credits.overlaps(r.start, r.end)]
        bare = [r for r in bare if not credits.overlaps(r.start, r.end)]
        pronouns = [r for r in pronouns if not credits.overlaps(r.start, r.end)]
    for r in sc.raws + bare:  # "Prime Minister Kishida Fumio": the listed "Fumio Kishida", whatever the order
        if r.kind == "person" and " " in r.surface and (listed := reordered_person(r.surface)) is not None:
            r.surface = listed.name
    return sc, bare, pronouns


# (both with no word character or hyphen before them, the look-behind after each name's capital: ``guarded``; a trie's
# top alternatives are its words' first letters, one trie per letter)
_GEOGRAPHIC = re.compile(r"(?:%s)(?![\w-])" % guarded(
    [phrase_alternation([w]) for w in sorted(word_list("geographic_names.txt"), key=len, reverse=True)], r"[\w-]"))
BODIES = {row["adjective"]: row["body"] for row in rows("body_members.csv")}
_BODY_MEMBERS = re.compile(r"(?P<adj>(?:" + guarded([trie_pattern([w for w in BODIES if w[0] == c])
                                                      for c in sorted({w[0] for w in BODIES})], r"[\w-]")
                           + r"))[ ]+(?i:" + trie_pattern(word_list("body_member_nouns.txt")) + r")(?![\w-])")
_CAPITAL_BEFORE = re.compile(r"(?P<word>[A-Z][\w.'’-]*)[ ]$")


def find_body_members(sc: Scanner) -> None:
    """A body named by its members: "Arab foreign ministers" (Arab League), "European foreign ministers" (European
    Union), as "EU foreign ministers" is; not after a capitalised word ("Syrian Arab Republic ministers")."""
    work = sc.work
    for m in _BODY_MEMBERS.finditer(work):
        start, end = m.span()
        before = _CAPITAL_BEFORE.search(work, max(0, start - 30), start)
        if before and before.group("word") not in _ORG_STOP or sc.claims.overlaps(start, end):
            continue  # ("The Arab foreign ministers" is one)
        name = BODIES[m.group("adj")]
        entry = GAZETTEER[name]
        sc.claims.add(start, end)
        sc.raws.append(Raw(start, end, entry.kind, m.group(), entry=entry, role=work[m.end("adj"):end].strip().lower(),
                           country=entry.country, basis="demonym"))


def find_organisations(sc: Scanner) -> None:
    """Capitalised phrases ending in an organisation word: "Latvian Constitutional Court" (not its seat: "the
    Moscow-based| Centre for Analysis of Strategies and Technologies")."""
    work = sc.work
    for h in ORG_HEAD_RE.finditer(work):
        hs, he = h.start(), h.end()
        if in_word(work, hs) or sc.claims.overlaps(hs, he):
            continue
        left = _ORG_LEFT.search(work, max(0, hs - 100), hs)
        start = left.start() if left else hs
        words = list(re.finditer(r"[^ ]+", work[start:hs]))
        cut = max((k + 1 for k, w in enumerate(words) if w.group() in _ORG_STOP or w.group() in _DATE_WORDS),
                  default=0)
        words = words[cut:]
        while words and (words[0].group().lower() in TITLES or words[0].group().lower().endswith("-based")
                         or words[0].group() in NOT_NAME_WORDS and words[0].group() not in AGENCY_WORDS
                         and (words[0].group() not in _ORG_KEEP or start + words[0].start() in sc.gaz_by_start)
                         or sc.claims.overlaps(start + words[0].start(), hs)):
            words.pop(0)
        start = start + words[0].start() if words else hs
        right = _ORG_RIGHT.match(work, he)
        end = he
        if right and right.end() > he:
            tail = list(re.finditer(r"[^ ]+", work[he:right.end()]))
            for w in tail:  # stop before a month or weekday ("Council of Europe in March")
                if w.group() in _DATE_WORDS or w.group() in _ORG_STOP:
                    break
                end = he + w.end()
        end = min([end] + [max(he, s) for s, _ in sc.credits if he <= s < end])  # "... of State AP Photo/..."
        while end > he and work[end - 1] == " ":
            end -= 1
        if start == hs and end == he:
            continue  # a lone "Council"
        if sc.claims.overlaps(he, end):
            end = he
        g = sc.gaz_covering(start)
        if g is not None and g.end() >= end:
            continue  # all of it is (inside) a known name ("UN Security Council", "the U.N. Human Rights Council")
        if start == hs and end == he:
            continue
        country = None
        # the first country named inside it: from the first name at or after its start (the names are in text order),
        # to the first past its end (not every name of the text per organisation: quadratic in a long article)
        for k in range(bisect_left(sc.gaz_starts, start), len(sc.gaz)):
            g = sc.gaz[k]
            if g.start() > end:
                break
            if g.end() <= end and GAZETTEER[g.group()].kind == "country":
                country = GAZETTEER[g.group()].name
                break
        name = work[start:end]
        kind = ORG_HEADS[h.group()]
        if kind == "alliance" and _two_countries(name):
            continue  # the alliance of two countries is a relation: the countries are the actors
        if kind == "program" and not SPEAKS_AFTER.match(work, end):
            sc.claims.add(start, end)  # a programme that does not act: no actor, and none of its words
            continue
        kind = "organization" if kind in ("program", "alliance") else kind
        sc.claims.add(start, end)
        sc.raws.append(Raw(start, end, kind, name, entry=Entry(name, kind, country, "name"), country=country,
                           flags=("possessive",) if possessive_at(work, end) else ()))  # "the Baath Party's authority"


def _two_countries(name: str) -> bool:
    """Does ``name`` open with two countries joined by a hyphen ("U.S.-France Alliance", "U.S.-ROK")?"""
    first = name.split(" ", 1)[0]
    parts = first.split("-")
    return len(parts) == 2 and all(GAZETTEER.get(p) is not None and GAZETTEER[p].kind == "country" for p in parts)


# Institution heads: a capitalised "<Demonym> ... Ministry" is the ministry, not the country.
# after a demonym's force noun: "Syrian army| defectors", "Syrian Army Defectors" (a heading's capitals)
_DEFECTORS = re.compile(r"[ ]+(?:defectors?|deserters?)\b", re.I)
_INSTITUTION = re.compile(r"\b(?:ministry|parliament|embassy|consulate|senate|duma|cabinet|central bank|"
                          r"foreign office|general staff|security service|intelligence service|prosecutor)")


# "Air" before a country's name: an airline ("Air France", "Air India"), not after a letter ("Hair France")
_AIRLINE = re.compile(r"(?<![\w-])Air[ ]$")


def _owned_institution(sc: Scanner, end: int) -> re.Match | None:
    """The institution noun after a country's possessive ("Syria's| foreign ministry", "Russia's| Foreign
    Ministry", "the United States'| embassy"), which makes the phrase the institution as the demonym does
    ("the Syrian foreign ministry"); not another actor noun ("Israel's air strikes on Gaza": an event of Israel's)."""
    if not possessive_at(sc.work, end):
        return None
    after = end + (2 if sc.work[end + 1:end + 2] in ("s", "S") else 1)
    noun = ACTOR_NOUN_RE.match(sc.work, after)
    if noun is None or not _INSTITUTION.search(noun.group(1).lower()) or sc.claims.overlaps(after, noun.end()):
        return None
    return noun


OPPOSITION_NOUNS = frozenset(word_list("opposition_nouns.txt"))
# "Total", "Shell": organisations whose names are words; at a sentence start a name only before "'s", a comma,
# "and" or a verb of saying ("Shell and Total told Reuters", not "Total trade fell"), or when the text names the
# organisation inside a sentence too
_WORD_NAMES = frozenset(word_list("common_word_orgs.txt"))
_NAME_AFTER = re.compile(r"(?:['’]s(?!\w)|,|[ ]and[ ]|[ ]+(?:has[ ]|had[ ]|also[ ])?" + SPEECH_VERBS + ")")
_DEMONYM_LIST = re.compile(r"(?:(?:,[ ]|[ ]and[ ]|,[ ]and[ ])(?P<word>[A-Z][\w-]+))+")


def _demonym_run(work: str, end: int) -> re.Match | None:
    """The rest of a list of demonyms that goes on at ``end`` ("Chinese| and Russian", "British|, French and
    German"), or None when what follows is no such list."""
    run = _DEMONYM_LIST.match(work, end)
    if run is None:
        return None
    words = re.findall(r"[A-Z][\w-]+", run.group())
    if not all(GAZETTEER.get(w) is not None and GAZETTEER[w].form == "demonym" for w in words):
        return None
    return run


def _coordinated_noun(work: str, end: int) -> re.Match | None:
    """The actor noun after a list of demonyms that starts at ``end`` ("Chinese| and Russian envoys",
    "British|, French and German diplomats", "Chinese| and Russian trade negotiators"), or None."""
    run = _demonym_run(work, end)
    return None if run is None else _actor_noun(work, run.end())


def _demonym_list_end(work: str, end: int) -> int:
    """Where a list of demonyms that goes on at ``end`` ends ("Russian| and Iranian strikes": after "Iranian"), or
    ``end`` when none goes on there."""
    run = _demonym_run(work, end)
    return end if run is None else run.end()


# "Chinese trade negotiators", "Iranian nuclear negotiators": one modifier (actor_noun_modifiers.txt) before the noun
_NOUN_MODIFIER = re.compile(r"[ ]+(?:%s)(?=[ ])" % "|".join(map(re.escape, word_list("actor_noun_modifiers.txt"))))


def _actor_noun(work: str, end: int) -> re.Match | None:
    """The actor noun right after a demonym ending at ``end``, past one modifier of it ("trade negotiators")."""
    noun = ACTOR_NOUN_RE.match(work, end)
    if noun is None:
        modifier = _NOUN_MODIFIER.match(work, end)
        noun = ACTOR_NOUN_RE.match(work, modifier.end()) if modifier is not None else None
    return noun


def _hyphen_pair(sc: Scanner, start: int, end: int) -> bool:
    """Is the demonym at ``start``-``end`` joined by a hyphen to another state's name or demonym before a lower-case
    word ("Russian-Turkish consultations", "U.S.-Chinese talks")? The pair names the two states, as "Russia-Turkey
    consultations" does; not an ethnic group ("German-American Day", "the Filipino-American community")."""
    work = sc.work
    if work[end:end + 1] == "-":
        other = sc.gaz_by_start.get(end + 1)
        first, last = start, other.end() if other is not None else end
    elif start > 0 and work[start - 1] == "-":
        other = sc.gaz_by_end.get(start - 1)
        first, last = other.start() if other is not None else start, end
    else:
        return False
    entry = GAZETTEER[other.group()] if other is not None else None
    if entry is None or entry.kind != "country" or entry.form not in ("name", "alias", "demonym"):
        return False
    return work[last:last + 1] == " " and work[last + 1:last + 2].islower() and work[first - 1:first] != "-" \
        and work[last:last + 1] != "-" and work[first:last].split("-")[-1] not in _ETHNIC_SECONDS


_ETHNIC_SECONDS = frozenset(word_list("ethnic_compound_demonyms.txt"))
# "the Russian invasion", "a Russian missile strike": a noun of an act of force right after a demonym
FORCE_ACT_NOUNS = tuple(sorted((w.lower() for w in word_list("force_act_nouns.txt")), key=len, reverse=True))
MEMBER_RE = re.compile(r"[ \u00a0]+(?i:(" + trie_pattern(sorted((w.lower() for w in word_list("member_nouns.txt")),
                                                                      key=len, reverse=True)) + r"))(?![\w-])")
FORCE_ACT_RE = re.compile(r"[ \u00a0]+(?i:(" + trie_pattern(list(FORCE_ACT_NOUNS)) + r"))(?![\w-])")
# "our NATO Ally", "a NATO member", "an EU member state", "a NATO ally's airspace": one member state, not the
# organisation (the noun's possessive ends it as a space does: ``names.NAME_END``)
_OWNED_ALLY = re.compile(r"(?:^|[^\w])(?i:our|its|their|his|her)[ ]$")
ORG_MEMBER_RE = re.compile(r"[ \u00a0]+(?i:(?:" + trie_pattern(sorted((w.lower() for w in word_list("org_member_nouns.txt")),
                                                                      key=len, reverse=True)) + r"))" + NAME_END
                           + r"(?![ ]+(?i:states|countries|nations)\b)")


def _named_inside(sc: Scanner) -> frozenset[str]:
    """The names the text gives somewhere other than at a sentence start."""
    return frozenset(GAZETTEER[g.group()].name for g in sc.gaz if not sc.starts_sentence(g.start()))


# a word in capitals before and after a name in capitals: a line set in capitals ("QOTAYBA - A SOLDIER WHO SWITCHED
# SIDES"), where an acronym is a plain word ("WHO")
_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w])[A-Z]{3,}[ ]+$")
_CAPITAL_AFTER = re.compile(r"[ ]+[A-Z]{3,}(?![\w])")


def _in_capitals(work: str, start: int, end: int) -> bool:
    """Is the name at ``start:end``, in capitals itself, a word of a line set in capitals?"""
    return work[start:end].isupper() and _CAPITAL_BEFORE.search(work, max(0, start - 40), start) is not None \
        and _CAPITAL_AFTER.match(work, end) is not None


def find_gazetteer(sc: Scanner) -> None:
    work = sc.work
    inside: frozenset[str] | None = None  # ``_named_inside``, read once, at the first word name opening a sentence
    for m in sc.gaz:
        if sc.claims.overlaps(m.start(), m.end()):
            continue
        if _in_capitals(work, m.start(), m.end()):
            continue  # "A SOLDIER WHO SWITCHED SIDES": not the World Health Organization
        entry = GAZETTEER[m.group()]
        start, end = m.start(), m.end()
        if entry.form == "capital" and (named := name_end(work, start, end)) is not None:
            sc.claims.add(start, named)  # "the Bucharest Nine", "the Paris Agreement": a name, not the state
            continue
        if m.group() in _WORD_NAMES and sc.starts_sentence(start) and not _NAME_AFTER.match(work, end):
            if inside is None:
                inside = _named_inside(sc)
            if entry.name not in inside:
                continue  # "Total trade fell": the word ("Shell produces around 55,000 bpd" after "Shell and Total")
        if entry.kind not in ("country", "person") and entry.form in ("name", "alias") and ORG_MEMBER_RE.match(work, end):
            # "Turkey, a NATO ally": a member state, not the organisation; "we stand with our NATO Ally": the one
            # a possessive owns as its ally is the counterpart named before it (coref.py, ``_ally``)
            member = ORG_MEMBER_RE.match(work, end)
            sc.claims.add(start, member.end())
            if _OWNED_ALLY.search(work, max(0, start - 8), start):
                sc.raws.append(Raw(start, member.end(), "ally", work[start:member.end()], basis="description"))
            continue
        if entry.kind == "country" and entry.form == "name" and _AIRLINE.search(work, max(0, start - 4), start):
            # "Air France announced it was stopping all flights", "Air Cambodia commits to": the airline, a company
            # of the country, not the state
            name = work[start - 4:end]
            sc.claims.add(start - 4, end)
            sc.raws.append(Raw(start - 4, end, "organization", name, entry=Entry(name, "organization", entry.country,
                                                                                "name"), country=entry.country))
            continue
        role = None
        noun = ACTOR_NOUN_RE.match(work, end)
        owned = _owned_institution(sc, end) if noun is None and entry.kind == "country" and entry.form in (
            "name", "alias") else None
        if owned is not None:
            noun = owned
        if entry.form == "demonym":
            if noun is None:
                noun = _actor_noun(work, end)  # "Chinese trade negotiators"
            if noun is None and _hyphen_pair(sc, start, end):
                pass  # "Russian-Turkish consultations", "U.S.-Chinese talks": the two states, as "Russia-Turkey" is
            elif noun is None:
                noun = _coordinated_noun(work, end)  # "the Chinese and Russian envoys": Chinese ones too
                if noun is None:
                    # "Russian and Iranian strikes", "Turkish, Hungarian and Slovak companies": every demonym of a
                    # list before the noun names a state of it, as the last one does
                    tail = _demonym_list_end(work, end)
                    hyphened = end < len(work) and work[end] == "-"  # (one half of a pair, "Russian-Turkish")
                    act = None if hyphened else FORCE_ACT_RE.match(work, tail)
                    member = None if hyphened or act is not None else MEMBER_RE.match(work, tail)
                    if act is not None:
                        # "the Russian invasion of Ukraine", "a Russian missile strike on Kyiv": the demonym alone
                        # is the state that commits the act (the noun stays the event; events/nouns.py: its owner)
                        sc.claims.add(start, end)
                        sc.raws.append(Raw(start, end, entry.kind, m.group(), entry=entry, role=act.group(1).lower(),
                                           country=entry.country, basis="demonym"))
                    elif member is not None:
                        # "imposed sanctions on 15 Chinese companies": the state of the firms or people is the
                        # target of a hostile act, never an agent ("member": no party, as a place is none, but no
                        # place either; ActorMention.placed)
                        sc.claims.add(start, end)
                        sc.raws.append(Raw(start, end, entry.kind, m.group(), entry=entry, role=member.group(1).lower(),
                                           country=entry.country, basis="demonym", flags=("member",)))
                    continue
                role = noun.group(1).lower()
                sc.claims.add(start, end)
                sc.raws.append(Raw(start, end, entry.kind, m.group(), entry=entry, role=role, country=entry.country,
                                   basis="demonym"))
                continue
            basis = "demonym"
        elif entry.form == "plural":
            basis, noun = "demonym", None
        elif entry.form in ("capital", "metonym"):
            basis = "metonym"
        else:
            basis = "name" if entry.form == "name" else "alias"
        if noun is not None and entry.kind == "country":
            role, end = noun.group(1).lower(), noun.end()
            defectors = _DEFECTORS.match(work, end) if basis == "demonym" else None
            if defectors is not None or basis == "demonym" and role in OPPOSITION_NOUNS:
                # "the Syrian opposition", "Syrian rebels": a group against the government, not the country; "Syrian
                # army defectors attacked an intelligence complex", "Syrian army deserters killed seven soldiers":
                # soldiers who left the state's forces and fight them are the country's rebels, never the state they
                # fight
                if defectors is not None:
                    end, role = defectors.end(), "rebels"
                name = f"{m.group()} {role}"
                sc.claims.add(start, end)
                sc.raws.append(Raw(start, end, "group", name, entry=Entry(name, "group", entry.country, "name"),
                                   country=entry.country))
                continue
            if _INSTITUTION.search(role) and work[noun.start(1)].isupper():
                # "the Russian Foreign Ministry", "Turkish Defense Ministry": an institution of the country, as
                # "Russia's Foreign Ministry" is
                name = work[start:end]
                if owned is not None:
                    name = f"{DEMONYMS.get(entry.name, m.group())} {work[noun.start(1):end]}"
                sc.claims.add(start, end)
                sc.raws.append(Raw(start, end, "organization", name, entry=Entry(name, "organization", entry.country, "name"),
                                   country=entry.country))
                continue
        flags = []
        if any(s <= start < e for s, e in sc.datelines):
            flags += ["dateline", "location"]
        elif entry.kind == "country" and (_LOCATIVE.search(work, max(0, start - 16), start)
                                          or _LOCATIVE_CONJUNCT.search(work, max(0, start - 60), start)) \
                and not possessive_at(work, end) \
                and not _OFFICE_HOLDERS_OF.search(work, max(0, start - 30), start):
            # "commitment to Israel’s security": Israel is no place here; nor the state of "ministers from Algeria"
            flags.append("location")
        elif _BASED.match(work, end) or _HEADQUARTERS_AFTER.match(work, end) and _AT_BEFORE.search(
                work, max(0, start - 8), start):
            flags.append("location")  # "Cairo-based head of ...", "the London-based Syrian Observatory", "at the UN
            # headquarters": a seat, no actor
        if possessive_at(work, end):
            flags.append("possessive")
        raw = Raw(start, end, entry.kind, m.group(), entry=entry, role=role, country=entry.country,
                  basis=basis, flags=tuple(flags))
        sc.claims.add(start, end)
        sc.raws.append(raw)


# the words that make a name a newspaper's (also events/places.py's paper that says what it prints)
PAPER_WORDS = "daily|newspaper|weekly"
# a newspaper named by a capitalised name with "daily", "newspaper" or "weekly" after it
_PAPER = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})[ ]+(?:%s)(?![\w-])" % PAPER_WORDS)


def find_named_papers(sc: Scanner) -> None:
    """A paper the list does not know, named with "daily", "newspaper" or "weekly" after its name, where it reports
    ("The hardline Qods daily said", "Siyasat-e Ruz daily said in an editorial", "Radikal newspaper said", '"...," says
    Taraf daily'): an organisation, the speaker of its statement (named papers are the actors of what they report:
    ``outlets.py``). Not a country's or a known name ("Turkish newspaper", "the Washington Post newspaper"), nor a day
    ("Sunday newspaper"); a paper only spoken to or read from names no actor here."""
    work = sc.work
    for m in _PAPER.finditer(work):
        if not (SPEAKS_AFTER.match(work, m.end()) or sc.inverted_speaker(m.start("name"), m.end())):
            continue
        words = list(re.finditer(r"[^ ]+", m.group("name")))
        while words and (words[0].group() in _ORG_STOP or words[0].group() in NOT_NAME_WORDS
                         or words[0].group().lower() in TITLES):
            words.pop(0)  # "The Radikal newspaper": the name after the article
        if not words:
            continue
        start, end = m.start("name") + words[0].start(), m.end("name")
        if in_word(work, start) or sc.claims.overlaps(start, end) \
                or any(sc.gaz_covering(m.start("name") + w.start()) is not None or w.group() in _DATE_WORDS
                       or w.group() in NOT_NAME_WORDS for w in words):
            continue
        name = work[start:end]
        sc.claims.add(start, end)
        sc.raws.append(Raw(start, end, "organization", name, entry=Entry(name, "organization", None, "name")))


def find_bare_names(sc: Scanner) -> list[Raw]:
    """Capitalised runs not claimed yet: candidates for coreference to accept or drop."""
    work = sc.work
    out: list[Raw] = []
    for m in NAME_RE.finditer(work):
        start, end = m.start(), m.end()
        if in_word(work, start):
            continue
        if " " not in m.group() and "\u00a0" not in m.group():  # one word: the common case, kept cheap
            word = m.group()
            if not (word in NOT_NAME_WORDS or word.lower() in TITLES or sc.claims.overlaps(start, end)
                    or sc.gaz_covering(start) is not None or _the_noun(work, start, end)):
                flags = ("possessive",) if possessive_at(work, end) else ()
                raw = Raw(start, end, "person", word, basis="surname", flags=flags)
                raw.speaker = bool(SPEAKS_AFTER.match(work, end)) and not (
                    word.endswith("s") and sc.starts_sentence(start)) and not _PREPOSITION.search(
                    work, max(0, start - 12), start) or sc.inverted_speaker(start, end)
                out.append(raw)
            continue
        group: list[re.Match] = []
        for t in TOKEN_RE.finditer(work, start, end):
            word = t.group()
            bad = (word in NOT_NAME_WORDS and not _apposed_surname_title(sc, group, t, end)
                   or word.lower() in TITLES and not _surname_title(group, t, end)
                   or sc.claims.overlaps(t.start(), t.end()) or sc.gaz_covering(t.start()) is not None)
            if bad:
                _emit_group(sc, group, out)
                group = []
            else:
                group.append(t)
        _emit_group(sc, group, out)
    return out


def _surname_title(group: list[re.Match], token: re.Match, end: int) -> bool:
    """Is the title word ``token`` a surname: the last word of a capitalised run, right after a given name
    ("Hugh Pope", "John King", "Sam Speaker"), where a title stands before the name it titles ("Pope Francis",
    "King Abdullah")?"""
    return token.end() == end and bool(group) and group[-1].end() + 1 == token.start() \
        and group[-1].group() in GIVEN_NAMES


def _apposed_surname_title(sc: Scanner, group: list[re.Match], token: re.Match, end: int) -> bool:
    """Is a title word that is never a name elsewhere ("President", "Minister": ``not_name_words.txt``) a surname
    here: one word, right after a given name, ending its capitalised run, and a description of a person in
    apposition after it ("said Sam President, a lawyer for the family")? Without the apposition it stays a title
    ("Sam President" alone may be a slip), and a title after a surname or a full name is the person's office
    ("Narendra Modi, Prime Minister of India")."""
    return token.group().lower() in TITLES and _surname_title(group, token, end) and len(group) == 1 \
        and described_person(sc.work, token.end())


def _the_noun(work: str, start: int, end: int) -> bool:
    """"The League said", "the Observatory": a capitalised noun after "the" names no person, unless a
    noun it modifies follows ("the Assad regime", "the Obama administration")."""
    return bool(_THE_BEFORE.search(work, max(0, start - 5), start)) and not (
        _MODIFIED.match(work, end) or ACTOR_NOUN_RE.match(work, end))


def _emit_group(sc: Scanner, group: list[re.Match], out: list[Raw]) -> None:
    while group and weak_end(group[0].group()):
        group = group[1:]
    while group and weak_end(group[-1].group()):
        group = group[:-1]
    if not group:
        return
    first = group[0].group()
    apposed = len(group) in (2, 3) and described_person(sc.work, sc.name_end(group))
    if sc.starts_sentence(group[0].start()) and len(group) > 1 and first not in GIVEN_NAMES and not apposed \
            and not (len(group) == 2 and hyphen_given_name(first, group[1].group())):
        group = group[1:]  # "Commenting Nauert": drop the capitalised sentence opener (not "Ban Ki-moon met")
    start, end = group[0].start(), sc.name_end(group)
    if len(group) == 1 and _the_noun(sc.work, start, end):
        return
    surface = sc.work[start:end]
    flags = ("possessive",) if possessive_at(sc.work, end) else ()
    raw = Raw(start, end, "person", surface, basis="name" if len(group) > 1 else "surname", flags=flags,
              gender=gender(surface) if len(group) > 1 else None)
    raw.speaker = bool(SPEAKS_AFTER.match(sc.work, end)) and not (
        len(group) == 1 and surface.endswith("s") and sc.starts_sentence(start)) or sc.inverted_speaker(start, end) \
        or apposed  # "Hugh Pope, an analyst at ...": a person, as one who speaks is
    out.append(raw)


_PERSON_IN_TURN = re.compile(r"(?<![\w’'-])(?:(?P<i>I(?=[\s’',.;:!?])|me|my|My)|(?P<you>[Yy]ou|[Yy]our))(?![\w-])")
# a spoken filler, no one's act: "And together, you know, we've worked together", "I — you know, as I said yesterday"
# (and "you know that we've worked together": the knower is no party to what the clause says was done; not "you see
# them", "you know each other")
_FILLER_YOUR = re.compile(r"[Ff]or [Yy]our information")
_FILLER_YOU = re.compile(r"\s+(?:know|see)\b(?!\s+(?:him|her|them|me|us|each|one)\b)")


# "Mr. President", "Madam Vice President", "Mister Prime Minister": a title spoken to someone
_HONORIFIC_BEFORE = re.compile(r"(?:(?<![\w.])(?:Mr\.?|Mister|Madam|Madame|Mme\.)[ ]|[,:;—–!?.\n][ ]*|^[ ]*)$")


def find_vocatives(sc: Scanner) -> list[Raw]:
    """Titles spoken to someone in a transcript turn, "Mr. President, ...", "Thank you, Madam Vice President.",
    "General Secretary, ...": the title after an honorific, or alone between a sentence start or a comma and
    a comma or the end of the sentence (no name follows: "President Biden, ..." is a name, found elsewhere)."""
    out = []
    for label, end in sc.turns:
        start = sc.work.index(":", label) + 1
        for t in sc.titles_between(start, end):
            if t.plural or t.title.kind in ("honorific", "counterpart", "modifier"):
                continue
            if not re.match(r"[ ]?[,.!?;:—–]", sc.work[t.end:t.end + 2]):
                continue
            if _HONORIFIC_BEFORE.search(sc.work[max(start, t.start - 8):t.start]) is None \
                    or sc.claims.overlaps(t.start, t.end):
                continue
            out.append(Raw(t.start, t.end, "addressee", sc.work[t.start:t.end], basis="description",
                           head=t.title.canonical, turn=label, flags=("vocative",)))
    return out


def find_pronouns(sc: Scanner) -> list[Raw]:
    out = []
    for label, end in sc.turns:  # in a transcript turn "I" is its speaker, "you" the one spoken to
        for m in _PERSON_IN_TURN.finditer(sc.work, sc.work.index(":", label) + 1, end):
            if m.group("you") == m.group() and (_FILLER_YOU.match(sc.work, m.end()) or _FILLER_YOUR.fullmatch(
                    sc.work, max(0, m.start() - 4), min(len(sc.work), m.end() + 12))):
                continue  # "you know," said in passing, "Just for your information: Today, the Afghan forces have
                # retaken six districts": not the one spoken to doing anything
            kind = "speaker" if m.group("i") else "addressee"
            out.append(Raw(m.start(), m.end(), kind, m.group(), basis="pronoun", subject=m.group() in ("I", "You"),
                           turn=label))
    out += find_vocatives(sc)
    spans = [(m.start() + 1, m.end()) for m in _PRONOUN.finditer(sc.work)]
    first = _PRONOUN_AT_START.match(sc.work)
    if first:
        spans.insert(0, first.span())
    spans = sorted(spans + [m.span() for m in _QUOTED_PRONOUN.finditer(sc.work)])
    for start, end in spans:
        word = sc.work[start:end]
        out.append(Raw(start, end, "pronoun", word, basis="pronoun",
                       gender="f" if word.lower() in ("she", "her") else "m", subject=True))
    for m in _POSSESSIVE.finditer(sc.work):  # "his visit": the owner of an event noun, no subject
        word = m.group("word")
        if word.lower() == "her" and m.group("next") in _HER_OBJECTS:
            continue
        out.append(Raw(m.start(), m.start() + len(word), "pronoun", word, basis="pronoun",
                       gender="f" if word.lower() == "her" else "m", flags=("possessive",)))
    return out
