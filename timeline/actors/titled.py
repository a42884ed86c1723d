"""Pass 1: people named with a title, and descriptions of people by title.

A chain of titles ("Assistant Secretary of State (Acting) for Near Eastern
Affairs"), what stands before it (a country, demonym, organisation,
possessive, determiner: "Russia's US ambassador", "his Turkish counterpart",
"the two leaders") and the name after it ("David Satterfield", "... Keir
Starmer of the United Kingdom") or before it ("Kofi Annan, UN
secretary-general"). A chain with no name is a description ("the Russian
foreign minister") for coreference to resolve.
"""

from __future__ import annotations

import re

from ..cue_words import break_class
from ..temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS
from .gazetteer import (COUNT_BACK_NUMBERS, COUNT_WORDS, GAZETTEER, NOT_NAME_WORDS, TITLE_GENDERS, UPPER, with_article,
                        word_list)
from .capital_names import name_end
from .names import PARTICLE, WORD, gender
from .scan import Raw, Scanner, TitleMatch, possessive_at
from .title_kinds import STATE_AGENTS

_ACTING = re.compile(r"[ ]\((?i:acting)\)")
# (not a day: "summoned Moldova's ambassador on Thursday")
_QUAL = re.compile(r"[ ](of|for|to|on)[ ](the[ ])?(?=" + UPPER + r")(?!(?:%s)\b)"
                   % "|".join(w.capitalize() for w in FULL_WEEKDAYS + FULL_MONTHS))
_QUAL_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:[ ](?:(?:and|of|the)[ ])*[A-Z][\w'’.-]*)*")
_NAME_SEP = re.compile(r",[ ]|[ ]|['’]s[ ]")
_AFTER_NAME_OF = re.compile(r",?[ ]of[ ](?:the[ ])?")
# a determiner before a title; the numbers are gazetteer.COUNT_BACK_NUMBERS ("the two leaders", "three envoys"), "both"
# apart ("both [the] ministers")
_DET = re.compile(rf"(?:^|(?<=[^\w]))(?i:(both[ ]the|the[ ](?:{COUNT_BACK_NUMBERS})|the|his|her|their|its|a|an|both|"
                  rf"{COUNT_BACK_NUMBERS}))[ ]$")
_POSSESSIVE = ("'s ", "’s ")
_APPOSITIVE = re.compile(rf"(?:{WORD})(?:[ ](?:{PARTICLE}[ ])*{WORD}){{0,4}}$")
_OWNED_ONLY = frozenset(word_list("owned_titles.txt"))  # a description only after a possessive: "Syria's representative"
_SHORT_NAME = re.compile(r"[ ]\([A-Z][\w.]{1,8}\)")
_STATE_SEP = re.compile(r"(?:[ ]\([A-Z][\w.]{1,8}\))?(?:,[ ]and[ ]|[ ]and[ ]|,[ ])(?:the[ ])?")  # "(ROK), and the"
_CAPITAL_NEXT = re.compile(r"[ ]" + UPPER)


def _count(det: str | None) -> int | None:
    """The number a determiner counts ("the two": 2, "both the": 2, "three": 3: gazetteer.COUNT_WORDS); None for "the",
    "his", "a" ..."""
    return next((COUNT_WORDS[w] for w in (det or "").split() if w in COUNT_WORDS), None)


def find_titled(sc: Scanner) -> None:
    """Join adjacent titles into chains and turn each chain into a person or a description."""
    work, titles = sc.work, sc.titles
    i = 0
    while i < len(titles):
        first = titles[i]
        parts, quals = [first], []
        pos, j = first.end, i + 1
        acting = False
        name_start = None
        owner_of = None  # an "of <country>" qualifier
        states = None  # "the foreign ministers of Russia and China": the countries
        while True:
            if j < len(titles) and (titles[j].start == pos and parts[-1].hyphen
                                    or titles[j].start == pos + 1 and work[pos] == " "):
                parts.append(titles[j])
                pos = titles[j].end
                j += 1
                continue
            m = _ACTING.match(work, pos)
            if m:
                acting, pos = True, m.end()
                continue
            m = _QUAL.match(work, pos)
            if m and parts[-1].title.kind not in ("modifier", "honorific", "counterpart") and name_start is None:
                states = _states(sc, m, parts) if m.group(1) == "of" and parts[-1].plural and owner_of is None else None
                if states:
                    break
                split = _qualifier(sc, m)
                if split is not None:
                    qual_end, qual_text, entry, name_start = split
                    if owner_of is None and _owner(entry, m.group(1), parts):
                        owner_of = entry
                    else:
                        quals.append(f"{m.group(1)} {m.group(2) or ''}{qual_text}")
                    pos = qual_end
                    continue
            break
        i = j
        if all(p.title.kind == "modifier" for p in parts):
            continue
        if states:
            _state_offices(sc, parts, states)
            continue
        if not quals and owner_of is None and not acting and _paired_offices(sc, parts, pos):
            # "Russian and Chinese leaders Vladimir Putin and Xi Jinping": each name its state's office holder
            continue
        _titled_person(sc, parts, quals, acting, owner_of, pos, name_start)


def _owner(entry, prep: str, parts: list[TitleMatch]) -> bool:
    """Does the qualifier's gazetteer entry own the office? "of <country>" ("the foreign minister of Russia"),
    "of <organisation>" ("the secretary-general of NATO", "the leader of Hezbollah") and a spokesperson's
    "for <organisation>" ("a spokesman for the Gulf Cooperation Council"); not "to" ("Ambassador to the United
    Nations"), nor "for <country>" ("envoy for Syria"), which say what the office deals with."""
    if entry is None:
        return False
    if entry.kind == "country":
        return prep == "of"
    if entry.form not in ("name", "alias") or any(p.title.canonical == "Former" for p in parts):
        return False  # "the former head of the UN" no longer acts for it
    return prep == "of" or prep == "for" and parts[-1].title.kind == "spokesperson"


def _states(sc: Scanner, m: re.Match, parts: list[TitleMatch]) -> list[re.Match] | None:
    """The countries of "of Russia and China", "of the United States, Britain and France" (two or more, each named
    by its name, joined by commas and "and") after a plural title of a state's office holders, and nothing
    capitalised after the last; not after "former", a possessive or a number ("Syria's envoys of ...")."""
    heads = [p.title for p in parts if p.title.kind not in ("modifier", "honorific")]
    if not heads or heads[-1].kind not in STATE_AGENTS or not heads[-1].canonical \
            or any(p.title.canonical == "Former" for p in parts):
        return None
    _, _, det, begin = _before(sc, parts[0].start)
    if det not in ("the", None) or begin != parts[0].start:
        return None
    work, pos, found = sc.work, m.end(), []
    while True:
        g = sc.gaz_by_start.get(pos)
        if g is None or GAZETTEER[g.group()].kind != "country" or GAZETTEER[g.group()].form not in ("name", "alias"):
            if found and work[found[-1].end():pos].startswith(","):
                break  # "... and the United States, convened": the comma closes the list
            return None
        found.append(g)
        sep = _STATE_SEP.match(work, g.end())
        if sep is None:
            break
        pos = sep.end()
    if len(found) < 2 or _CAPITAL_NEXT.match(work, found[-1].end()) or possessive_at(work, found[-1].end()):
        return None  # "of Russia and China Daily", "of Britain and France's allies"
    return found


def _state_offices(sc: Scanner, parts: list[TitleMatch], states: list[re.Match]) -> None:
    """Office holders of several states ("The foreign ministers of Russia and China met"): one description of
    each state's office holder, the first spanning the title, which coreference resolves to the one the text
    named ("Lavrov", "Wang Yi") or, when it named none, leaves to the state, as "the Russian foreign minister"."""
    heads = [p.title for p in parts if p.title.kind not in ("modifier", "honorific")]
    head = heads[-1]
    mods = [p.title.canonical for p in parts if p.title.kind == "modifier" and p.title.canonical]
    role = " ".join(mods + [h.canonical for h in heads if h.canonical])
    begin = parts[0].start
    for k, g in enumerate(states):
        entry = GAZETTEER[g.group()]
        start = begin if k == 0 else g.start()
        raw = Raw(start, g.end(), "description", sc.work[start:g.end()], role=role, country=entry.name,
                  head=head.canonical, tkind=head.kind, basis="description", own_state=True)
        raw.subject = sc.subject(start, g.end())
        sc.claims.add(start, g.end())
        sc.raws.append(raw)
        short = _SHORT_NAME.match(sc.work, g.end())
        if short:  # "the Republic of Korea (ROK)": the short name it defines is the same state, no other actor
            sc.claims.add(short.start(), short.end())


_PAIR_AND = re.compile(r"(?:,[ ]|[ ]and[ ]|,[ ]and[ ])")
_NAME_AND = re.compile(r"[ ]and[ ]|,[ ](?:and[ ])?")
# the comma or stop after names in apposition
_APPOSITIVE_CLOSE = re.compile(r"\s*(?:" + break_class(r",;:)") + r"|[.!?](?:\s|$)|$)")


def _paired_offices(sc: Scanner, parts: list[TitleMatch], pos: int) -> bool:
    """Office holders of states named by their adjectives before a plural title, as agency copy writes them: "Russian
    and Chinese leaders Vladimir Putin and Xi Jinping held talks" (each name the office holder of its state, in
    order), "The Russian and Chinese foreign ministers met" (one description of each state's office holder, as
    "the foreign ministers of Russia and China"). False, and nothing found, when the title is not so preceded."""
    heads = [p.title for p in parts if p.title.kind not in ("modifier", "honorific")]
    # "with Iranian and Turkish counterparts Masoud Pezeshkian and Recep Tayyip Erdogan": named counterparts too
    counterparts = bool(heads) and heads[-1].kind == "counterpart"
    plural = parts[-1].plural or counterparts and sc.work[parts[-1].end - 1] == "s"  # ("counterparts" is a title)
    office = counterparts or bool(heads) and heads[-1].kind in STATE_AGENTS and bool(heads[-1].canonical)
    if not plural or not office or any(p.title.canonical == "Former" for p in parts):
        return False
    work, states = sc.work, []
    end = parts[0].start - 1 if parts[0].start and work[parts[0].start - 1] == " " else None
    while end is not None:  # back from the title: "Chinese", "Russian and ", "Indian, "
        g = sc.gaz_by_end.get(end)
        if g is None or GAZETTEER[g.group()].kind != "country":
            break
        states.insert(0, g)
        sep = next((m for k in (7, 5, 2) for m in [_PAIR_AND.fullmatch(work, max(0, g.start() - k), g.start())]
                    if m is not None), None)
        end = sep.start() if sep is not None else None
    if len(states) < 2 or len({GAZETTEER[g.group()].name for g in states}) < len(states):
        return False
    names: list[tuple[int, int]] = []
    appositive = work.startswith(", ", pos)  # "The Russian and Chinese leaders, Vladimir Putin and Xi Jinping, met"
    at = pos + 2 if appositive else pos + 1 if work[pos:pos + 1] == " " else None
    while at is not None and len(names) < len(states):
        tokens = sc.name_tokens(at)
        if not tokens:
            break
        names.append((tokens[0].start(), sc.name_end(tokens)))
        sep = _NAME_AND.match(work, names[-1][1])
        at = sep.end() if sep is not None else None
    if appositive and names and (len(names) != len(states) or not _APPOSITIVE_CLOSE.match(work, names[-1][1])):
        names = []  # "The Russian and Chinese ministers, Lavrov said, ...", "..., Putin and Xi Jinping's aides": no names
    if (names and len(names) != len(states)) or (counterparts and not names):
        return False  # "Russian and Chinese leaders Putin, ...": not one name a state ("his Iranian and Turkish
        # counterparts", unnamed: the states, as the demonyms are read)
    head = heads[-1]
    if not names:
        # "The Russian and Chinese foreign ministers met": each state but the last is the country, its officials
        # speaking for it, as "the Chinese and Russian envoys" (recognize.find_gazetteer); the last, with the
        # title, is the plural description ``_titled_person`` reads
        for g in states[:-1]:
            entry = GAZETTEER[g.group()]
            sc.claims.add(g.start(), g.end())
            sc.raws.append(Raw(g.start(), g.end(), entry.kind, g.group(), entry=entry,
                               role=work[parts[0].start:pos].lower(), country=entry.country, basis="demonym"))
        return False
    mods = [p.title.canonical for p in parts if p.title.kind == "modifier" and p.title.canonical]
    role = " ".join(mods + [h.canonical for h in heads if h.canonical])
    for k, g in enumerate(states):
        entry = GAZETTEER[g.group()]
        start, end = (g.start(), names[0][1]) if k == 0 else names[k]
        surface = work[names[k][0]:names[k][1]]
        # (a named counterpart takes the office of the official before it, as "his Turkish counterpart X": coref.py)
        raw = Raw(start, end, "person", surface, role=role or None, country=entry.name, head=head.canonical,
                  tkind=head.kind, basis="counterpart" if counterparts else "name" if " " in surface else "surname",
                  gender=gender(surface) if " " in surface else None)
        raw.subject = sc.subject(start, end)
        sc.claims.add(start, end)
        sc.raws.append(raw)
    sc.claims.add(states[0].start(), names[-1][1])
    return True


def _qualifier(sc: Scanner, m: re.Match):
    """Split "for Near Eastern Affairs David Satterfield" into qualifier and name."""
    work = sc.work
    start = m.end()
    entry_m = sc.gaz_by_start.get(start)
    run = _QUAL_RUN.match(work, start)
    if run is None:
        return None
    tokens = list(re.finditer(r"[^ ]+", run.group()))
    last_q = -1
    covered_until = start
    for k, t in enumerate(tokens):
        abs_start = start + t.start()
        word = t.group().rstrip(",.;:")
        if abs_start < covered_until:
            last_q = k
            continue
        g = sc.gaz_by_start.get(abs_start)
        if g is not None:
            # a capital that opens a name ends where the name does ("the leaders of the Bucharest Nine", "the head of
            # the Paris Club": no person "Nine" or "Club" after the qualifier, ``capital_names``)
            covered_until = (GAZETTEER[g.group()].form == "capital" and name_end(work, g.start(), g.end())) or g.end()
            last_q = k
        elif word in NOT_NAME_WORDS or word.lower() in ("and", "of", "the") or word.isupper():
            last_q = k
        else:
            break
    if last_q < 0:
        return None
    qual_end = max(start + tokens[last_q].end(), covered_until)
    if work[qual_end - 1] in ",.;:":
        qual_end -= 1
    while work[start:qual_end].endswith((" and", " of", " the")):
        qual_end = work.rindex(" ", start, qual_end)
    qual_text = work[start:qual_end]
    entry = GAZETTEER[entry_m.group()] if entry_m is not None and entry_m.end() == qual_end else None
    if entry is not None and entry.form in ("name", "alias"):
        qual_text = entry.name
    name_start = None
    if qual_end < len(work) and work[qual_end] == " ":
        tokens_after = sc.name_tokens(qual_end + 1)
        if tokens_after:
            name_start = qual_end + 1
    return qual_end, qual_text, entry, name_start


def _before(sc: Scanner, start: int):
    """(outer possessive entry match, inner entry match, determiner, mention start)."""
    work = sc.work
    inner = outer = None
    g = sc.gaz_by_end.get(start - 1) if start and work[start - 1] == " " else None
    if g is None:
        outer = _owner_before(sc, start)
    else:
        inner = g
        outer = _owner_before(sc, g.start())
    first = outer or inner
    begin = first.start() if first is not None else start
    det = _DET.search(work, max(0, begin - 12), begin)
    return outer, inner, (det.group(1).lower() if det else None), begin


def _owner_before(sc: Scanner, at: int) -> re.Match | None:
    """The gazetteer entry whose possessive ends right before ``at``: "Russia's ", "Syria’s ", or the bare
    apostrophe after a final s ("the United Nations' human rights chief", and BBC copy's spaced "the United
    Nations ' human rights chief")."""
    work = sc.work
    if work[max(0, at - 3):at] in _POSSESSIVE:
        return sc.gaz_by_end.get(at - 3)
    end = at - 3 if work[max(0, at - 3):at] in (" ' ", " ’ ") else at - 2
    if work[max(0, end):end + 2] not in ("' ", "’ ", " '", " ’") or work[end - 1:end] not in ("s", "S"):
        return None
    return sc.gaz_by_end.get(end)


def _titled_person(sc: Scanner, parts: list[TitleMatch], quals: list[str], acting: bool, owner_of, pos: int,
                   name_start: int | None) -> None:
    work = sc.work
    start = parts[0].start
    outer, inner, det, begin = _before(sc, start)
    # the name
    tokens: list[re.Match] = []
    if name_start is not None:
        tokens = sc.name_tokens(name_start)
    else:
        sep = _NAME_SEP.match(work, pos)
        if sep and not (sep.group() == ", " and parts[-1].title.kind in ("honorific",)):
            tokens = sc.name_tokens(sep.end())
            if sep.group()[-2:-1] == "s" and len(tokens) < 2:
                tokens = []  # "the Speaker’s Lunch": the Speaker's lunch, no Speaker named Lunch (but "Slovak Prime
                # Minister’s Robert Fico’s visit", a full name after a slip of the possessive, is still the minister)
    end = sc.name_end(tokens) if tokens else pos
    # "... Keir Starmer of the United Kingdom"
    if tokens and owner_of is None:
        m = _AFTER_NAME_OF.match(work, end)
        g = sc.gaz_by_start.get(m.end()) if m else None
        if g is not None:
            entry = GAZETTEER[g.group()]
            if entry.form in ("name", "alias"):
                owner_of = entry
                end = g.end()
    # role and country
    heads = [p for p in parts if p.title.kind not in ("modifier", "honorific")]
    head = heads[-1].title if heads else None
    mods = [p.title.canonical for p in parts if p.title.kind == "modifier" and p.title.canonical]
    if acting:
        mods.insert(0, "Acting")
    core = " ".join(p.title.canonical for p in heads if p.title.canonical)
    country = org = None
    to_entry = None
    for e in (GAZETTEER[m.group()] if m is not None else None for m in (outer, inner)):
        if e is None:
            continue
        if e.kind == "country":
            if country is None:
                country = e.name
            elif e.name != country:
                to_entry = e
        elif org is None:
            org = e
            country = country or e.country
    if owner_of is not None:
        if owner_of.kind == "country":
            country = owner_of.name if country is None else country
        elif org is None:
            org = owner_of
            country = country or owner_of.country
    # "Assistant Secretary of State (Acting) for Near Eastern Affairs David Satterfield": an office of one
    # government (titles.csv) gives a named person its country when the text names none
    office_of = next((p.title.country for p in heads if p.title.country), None) if org is None else None
    if to_entry is not None and head is not None and head.kind in ("diplomat", "spokesperson", "official"):
        quals.insert(0, f"to {with_article(to_entry.name)}")
    role = None
    if core:
        role = " ".join(mods + [core] + quals)
        if org is not None:
            role = f"{org.name} {role}"
    plural = parts[-1].plural
    if tokens:
        surface = work[tokens[0].start():sc.name_end(tokens)]
        kind = "person"
        basis = "counterpart" if head is not None and head.kind == "counterpart" else "name"
        if len(tokens) == 1:
            basis = "surname" if basis == "name" else basis
        raw = Raw(begin, end, kind, surface, role=role, country=country or office_of,
                  head=head.canonical if head else None, tkind=head.kind if head else None, basis=basis,
                  gender=(gender(surface) if len(tokens) > 1 else None) or _title_gender(work, parts),
                  org=org and org.name)
        raw.subject = sc.subject(begin, end)
    else:
        if head is None or head.kind in ("honorific",):
            return
        appositive = _appositive(sc, begin, det) if parts[0].title.kind != "honorific" else None
        if appositive is not None:
            name_start, surface = appositive
            raw = Raw(name_start, end, "person", surface, role=role, country=country or office_of, head=head.canonical,
                      tkind=head.kind, basis="name" if " " in surface else "surname", org=org and org.name,
                      gender=(gender(surface) if " " in surface else None) or _title_gender(work, parts))
            raw.subject = sc.subject(name_start, end)
            sc.claims.add(name_start, end)
            sc.raws.append(raw)
            return
        if det is None and outer is None and inner is None and owner_of is None:
            return
        if org is not None and _after_person(sc, begin, det):
            sc.claims.add(begin, end)  # "Mr Annan, the UN envoy, said": the person named, not the UN
            return
        if head.canonical in _OWNED_ONLY and outer is None:
            return  # "the formal representative of the Syrian people": no one office
        indefinite = det in ("a", "an")
        if indefinite and country is None and org is None:
            return
        if det in ("his", "her", "their", "its") and country is None and head.kind != "counterpart":
            return
        if head.kind == "counterpart" and country is None:
            return
        count = _count(det)
        if count is None:
            count = 2 if plural else 1
        else:  # the span takes the number: "the two leaders" -> "two leaders"
            words = det.split()
            begin -= len(words[-1]) + 1 if words[-1] != "the" else len(det) + 1
        raw = Raw(begin, end, "description", work[start:pos], role=role, country=country, head=head.canonical,
                  tkind=head.kind, basis="description", count=count, org=org and org.name,
                  indefinite=indefinite)
        raw.subject = sc.subject(begin, end)
    sc.claims.add(begin, end)
    sc.raws.append(raw)


def _appositive(sc: Scanner, begin: int, det: str | None) -> tuple[int, str] | None:
    """ "Kofi Annan, UN secretary-general": the name before ", [the] <title>"."""
    b = begin - (len(det) + 1 if det else 0)
    if det not in (None, "the") or sc.work[b - 2:b] != ", ":
        return None
    m = _APPOSITIVE.search(sc.work, max(0, b - 80), b - 2)
    if m is None:
        return None
    tokens = sc.name_tokens(m.start(), limit=b - 2)
    if not tokens or tokens[-1].end() != b - 2:
        return None
    if len(tokens) == 1 and sc.starts_sentence(tokens[0].start()):
        return None  # "Speaking, the minister ...", "Well, the minister ..."
    if not tokens or sc.claims.overlaps(tokens[0].start(), b - 2):
        return None
    return tokens[0].start(), sc.work[tokens[0].start():b - 2]


def _after_person(sc: Scanner, begin: int, det: str | None) -> bool:
    """Does ", the" after a person found already open the description ("Mr Annan, the UN envoy,")?"""
    b = begin - (len(det) + 1 if det else 0)
    return det == "the" and sc.work[b - 2:b] == ", " and any(r.kind == "person" and r.end == b - 2 for r in sc.raws)


def _title_gender(work: str, parts: list[TitleMatch]) -> str | None:
    """The gender the titles tell ("Mr Annan", "Queen Rania"; ``resources/title_genders.csv``), if any."""
    for p in parts:
        found = TITLE_GENDERS.get(re.sub(r"\s+", " ", work[p.start:p.end]).rstrip(".").lower())
        if found:
            return found
    return None
