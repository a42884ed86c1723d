"""People counted back to: "The two men last met in July", "both diplomats agreed", "the three leaders signed".

A definite number (``gazetteer.COUNT_WORDS``, the numbers ``titled`` reads too) before a noun of people
(``resources/counted_people.csv``) as the subject of a clause names people the text has named already: the parties
of the latest call or meeting when it has that many (the events pass: ``extract._Builder._parties``), else the last
that many people named (coreference: ``coref``). An
indefinite number ("Two men were killed", "two officials said") is someone new, and a passive ("the two men
were arrested", "the two men, both from Homs, were shot") tells of victims, not of the people of a meeting.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .forces import CLAUSE_OPENS
from .gazetteer import COUNT_BACK_NUMBERS, COUNT_WORDS, opening_first, rows
from .mention import ActorMention, in_text_order, overlaps, state_description, state_of
from .scan import Raw, Scanner, sentence_starts

FITS = {row["noun"]: row["fits"] for row in rows("counted_people.csv")}
_NOUNS = "|".join(re.escape(n) for n in sorted(FITS, key=len, reverse=True))
# the numbers of gazetteer.COUNT_BACK_NUMBERS ("the two", "those three"), "both" apart: "both [the] men"
COUNTED = re.compile(rf"(?<![\w-])(?P<det>(?:[Tt]he|[Tt]hese|[Tt]hose)[ ](?P<n>{COUNT_BACK_NUMBERS})"
                     rf"|(?P<both>[Bb]oth)(?:[ ]the)?)[ ](?P<noun>{_NOUNS})(?![\w-])")
# "were arrested", "had been shot", "were later found dead": what befalls them, not what they do ("were expected to
# meet", "were due to hold talks" are plans of theirs)
_PASSIVE = re.compile(r"(?:,[^,.;]{1,80},)?[ ](?:were|are|was|had[ ]been|have[ ]been|will[ ]be|being|got)[ ]"
                      r"(?:(?:later|also|then|reportedly|allegedly|both|all)[ ])*"
                      r"(?!(?:expected|scheduled|supposed|slated|set|due|likely|able|prepared|united|agreed|engaged|"
                      r"joined|seated|pictured|photographed|seen|shown|accompanied|flanked|locked|deadlocked)\b)"
                      r"(?:\w+(?:ed|en|wn|ht|un|ot|ung)|found|held|hit|shot|hurt|put|cut|left|kept|taken|beaten|killed)\b")
# "The two men, both from Homs, were ...", "the two men, who were": an aside that describes them anew
_NEW_ASIDE = re.compile(r",[ ](?:both|each|aged|who[ ]were|who[ ]had[ ]been|believed|said[ ]to[ ]be|identified)\b")


def find_counted(sc: Scanner) -> None:
    """Mark the counted descriptions of titles (``titled``: "the two leaders") and add those of other nouns ("the two
    men", "both diplomats") as descriptions flagged ``counted:<fits>`` when they are a clause's active subject."""
    work = sc.work
    by_end = {r.end: r for r in sc.raws if r.kind == "description"}
    for m in COUNTED.finditer(work):
        if _PASSIVE.match(work, m.end()) or _NEW_ASIDE.match(work, m.end()):
            continue
        count = COUNT_WORDS[(m.group("n") or m.group("both")).lower()]
        flag = f"counted:{FITS[m.group('noun')]}"
        titled = by_end.get(m.end())
        if titled is not None:
            if titled.count == count and not titled.indefinite:
                titled.flags += (flag,)
                titled.subject = titled.subject or sc.subject(m.start(), m.end())
            continue
        start = m.start("noun") if m.group("n") is None else m.start("n")
        if sc.claims.overlaps(start, m.end()) or not sc.subject(m.start(), m.end()):
            continue
        raw = Raw(start, m.end(), "description", m.group("noun"), basis="description", count=count, flags=(flag,))
        raw.subject = True
        sc.claims.add(start, m.end())
        sc.raws.append(raw)


# "the two countries", "both nations", "the two permanent members" as a subject: the pair of states named just before
_STATE_NOUNS = r"(?:permanent[ ]members|countries|nations|states|governments|powers)"
_COUNTED_STATES = re.compile(opening_first("[TtBb]", 1, r"[\w-]")  # (searched for fast: "(?<![\w-])(?:[Tt]he[ ]two|...)")
                             + rf"(?:(?<=[Tt])he[ ]two|(?<=[Bb])oth(?:[ ]the)?)[ ]{_STATE_NOUNS}(?![\w'’-])")
_PAIR_JOIN = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")  # the whole gap between the two: "Russia and China"
_STATE_LOOK_BACK = 2  # sentences


def counted_states(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with "the two countries", "both nations", "the two permanent members" as a clause's subject
    ("... with Russia and China both blocking UN Security Council resolutions ... . But the two permanent members
    have backed Mr Annan's peace mission": Russia and China) added as the last pair of states joined by "and" before
    it, in its own sentence or the two before (two people of two states: their states), one mention per state on
    the one span, flagged ``counted:state`` (the events pass reads them as one group: ``extract._Builder._parties``).
    No pair named, no one."""
    added: list[ActorMention] = []
    spans = starts = None  # the mentions' spans and the sentence starts: built once, at the first match
    for match in _COUNTED_STATES.finditer(text):
        start, end = match.start(), match.end()
        if not CLAUSE_OPENS.search(text, max(0, start - 40), start):
            continue  # "between the two countries", "relations of both nations"
        if spans is None:
            spans, starts = [(m.start, m.end) for m in mentions], sentence_starts(text)
        if overlaps(spans, start, end):
            continue
        i = bisect_right(starts, start) - 1
        begin = starts[max(0, i - _STATE_LOOK_BACK)] if i >= 0 else 0
        pair = _last_pair(text, [m for m in mentions if begin <= m.start and m.end <= start])
        if pair is None:
            continue
        for state in pair:
            added.append(state_description(start, end, text[start:end], state, "", ("counted:state",)))
    return in_text_order(mentions + added) if added else mentions


def _last_pair(text: str, before: list[ActorMention]) -> tuple[str, str] | None:
    """The states of the last two mentions joined by "and" ("Russia and China", "Obama and Medvedev"); ``before`` in
    text order, as every pass leaves the mentions (``mention.in_text_order``)."""
    for i in range(len(before) - 1, 0, -1):
        a, b = before[i - 1], before[i]
        if _PAIR_JOIN.fullmatch(text, a.end, b.start) and text.find("\n", a.end, b.start) < 0:
            sa, sb = state_of(a, ("person",)), state_of(b, ("person",))
            if sa and sb and sa != sb:
                return sa, sb
            return None
    return None
