"""An analyst's saying is no row.

Wire and BBC copy ask outside commentators what an event means: "said Syria expert Joshua Landis, associate professor
of Middle East studies", "said Nicholas Noe, a Beirut-based analyst", "Columnist Asli Aydintasbas of Milliyet newspaper
wrote", "A Damascus based analyst, echoing many observers abroad, said ...", "said another political commentator",
"Analysts say ...". Their comments are no act of a party to the story, and the gold sets give them no row (BBC
convention 4, fresh6 ``315``, fresh11, fresh12 ``198``, fresh15: "academics and commentators as analysts: no rows for
their sayings"); the acts they tell with named actors keep their own rows.

The speaker is read from the words of the reporting verb's subject only: the subject before it, from the sentence's
start or the close of the quote it follows ("Peter Harling, an analyst at ..., said"), or the subject after an inverted
verb (', said X, a Syria expert at ...'), up to a relative clause or a participle ("who", ", speaking"):
``reporting_subjects``, which ``unnamed_sources`` reads too; an analyst's subject has at most 16 words. An analyst
named in another place of the sentence ("Walid al-Moualem told an expert panel", "said the official, who had hired
an analyst") does not count. A researcher of a rights group is the group's voice, not a commentator, and UN experts
are a body of the UN: neither is an analyst here.

What marks the speaker is data (``resources/analyst_speakers.txt``): a commentator's occupation ("trader at Catalyst
Markets", "editor of Beirut's daily as-Safir", "economist"), the kind of body he speaks from ("from Bank of Ireland",
"regional project director at the International Crisis Group", "at Cairo's al-Ahram Center for Political and
Strategic Studies"), a newspaper's editorial ("Siyasat-e Ruz daily said in an editorial", "Reformist daily Arman
said"); a word that makes him a party's or a rights group's voice ("economist and activist", "state-run daily")
keeps his row. An analyst named so once is one by his surname alone later in the story ('"The regime is in a
survival mode," Pope said', "Radikal's Yetkin said", "Both Bank of Ireland's Harris and ... said"):
``analyst_names`` reads the story once for every person it describes so ("Hugh Pope, an analyst at International
Crisis Group", "columnist Murat Yetkin").
"""

from __future__ import annotations

import re

from ..actors.title_kinds import STATE_AGENTS, has_title
from ..cue_words import load_kinds
from .appositions import APPOSITION, APPOSITION_AFTER
from .reporting_subjects import after_quote, inverted, subject_after, subject_start
from .stem_scan import StemScan

_KINDS = load_kinds("analyst_speakers.txt", ("occupation", "organisation", "outlet", "leaning", "editorial", "press",
                                             "private", "lay", "not_analyst"))


def _words(kind: str) -> str:
    return "|".join(f"(?:{value})" for value in _KINDS[kind])


# the describing noun of a commentator, or the kind of body he speaks from, or of a private person speaking for himself
# (rule 32: "said Abu Ahmed, a shopkeeper in Beirut"; ``analyst_speakers.txt``)
_ANALYST = re.compile(rf"\b(?:{_words('occupation')}|{_words('organisation')}|{_words('private')})\b")
_NOT_ANALYST = re.compile(rf"\b(?:{_words('not_analyst')})\b")
# a private person quoted for colour, by his age or a lay occupation (``lay_speaker``), and what makes him a group's voice
_LAY = re.compile(rf"\b(?:{_words('lay')})\b")
_GROUP_VOICE = re.compile(r"\bactive\s+in\b|\b(?:has|have|had)\s+(?:been\s+)?(?:active|protest(?:ed|ing)|campaign(?:ed|ing)|"
                          r"organi[sz](?:ed|ing))\b")  # ("a 25-year-old lawyer who has protested since the start")
# the speaker's own act told in his description ('Hassan Hijazi, 28, said ..., from the Golan Heights where he had
# penetrated from Syria on Sunday'): a row of its own that the saying's row stands for until it is read apart
_OWN_ACT = re.compile(r"\b(?:where|when|after)\s+(?:he|she)\s+(?:had\s+)?\w+ed\b")
_OUTLET = re.compile(rf"\b(?:{_words('outlet')})\b")
_LEANING = re.compile(rf"\b(?:{_words('leaning')})\b")
_EDITORIAL = re.compile(rf"\b(?:{_words('editorial')})\b")
# a commentator, a paper, an editorial or the press named in a group's subject ("papers in Lebanon", "columnists",
# "Western analysts"): their criticism is comment, no act of a party (events_gold.md rule 24; ``blamers``)
COMMENTARY = re.compile(rf"\b(?:{_words('occupation')}|{_words('outlet')}|{_words('editorial')}|{_words('press')})\b")
# the most words a speaker's subject has (``reporting_subjects``): a name and its short description
_MAX_SUBJECT_WORDS = 16
# a subject that is a surname alone, or a surname owned by its outlet or firm ("Pope", "Mr. Pope", "An-Nahar's Naoum",
# "Bank of Ireland's Harris"), and the surnames of a "Both X and Y" subject
_OWNED = re.compile(r"^(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s\s+")
_TITLE = re.compile(r"^(?:mr|mrs|ms|dr|prof)\.?\s+")
# a party's title in the subject: "King Salman said" is the king, whatever commentator shares his name; the kinds of
# titles.csv whose holders act for their state (``STATE_AGENTS``), a royal's and a legislator's, and "Sheikh", an
# honorific there (a cleric's too) but a ruler's title before a name that speaks ("Sheikh Hamad said"); not a
# religious title ("Pope" is the analyst Hugh Pope's surname: '"The regime is in a survival mode," Pope said')
_PARTY_TITLE_KINDS = STATE_AGENTS | {"royal", "legislator"}
_RULER_HONORIFIC = re.compile(r"\b(?:sheikh|shaikh)\b")


def _party_title(words: str) -> bool:
    return has_title(words, _PARTY_TITLE_KINDS) or _RULER_HONORIFIC.search(words) is not None
# the first word of a description after a name that is none: a clause or an aside ("Assad, speaking at Damascus
# University", "Erdogan, in a speech at Harvard University", "Landis, who ...")
_NOT_DESCRIPTION = re.compile(r"(?:in|on|for|by|during|after|before|when|while|who|whose|whom|which|that|and|but|as|"
                              r"said|says|told|tells|added|\w+ing|\w+ed)\b")
# a person named with a commentator's noun before the name ("columnist Murat Yetkin", "Syria expert Joshua Landis") or
# a description after it ("Hugh Pope, an analyst at International Crisis Group", "Paul Harris from Bank of Ireland")
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|bin\s|de\s|van\s)?[A-Z][\w'’-]+){1,3})"
_SPEAKS = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|quoted|saying|predicted|argued|"
                     r"believes|replied|commented|explained)\b")
# an aside in a subject before the verb that describes no one ("President Bashar al-Assad, speaking at Damascus
# University, said": no academic)
_ASIDE = re.compile(r",\s*(?:\w+ing|in|on|during|after|before|when|while|who|whose|which)\b[^,]*(?:,|$)")
# an adjunct opening the sentence before its subject, to its comma ("In an address to the assembled scholars and leaders,
# Assad said": the scholars are the audience, not the speaker; "Asked if there could be a crackdown on the scale of
# Hama, Faysal Itani, deputy head of ... Forecasting at Exclusive Analysis, said": the question, not the speaker)
_OPENING_ADJUNCT = re.compile(r"\s*(?:in|on|at|during|after|before|when|while|to|addressing|speaking|asked)\b[^,]*,\s*")
_NOT_NAME_START = frozenset({"in", "on", "at", "the", "a", "an", "for", "from", "source", "sources", "both"})
_NOT_SURNAME = frozenset({"department", "ministry", "council", "university", "institute", "centre", "center", "group",
                          "house", "studies", "research", "forecasting", "policy", "party", "agency", "committee",
                          "front", "army", "government", "fellow", "director"})
# (tried only where "analyst", "expert" ... stands: ``stem_scan``)
_NAMED_AFTER = StemScan(rf"(?i:\b(?:{{values}}))\s+{_NAME}", _KINDS["occupation"])
_NAMED_BEFORE = re.compile(rf"{_NAME}(?={APPOSITION})")  # (``appositions``)


def analyst_names(text: str) -> frozenset[str]:
    """The names (lower case) of the persons ``text`` describes as analysts or commentators in a sentence that has
    them speak ("Hugh Pope, an analyst at International Crisis Group, said", "columnist Murat Yetkin quoted"): each
    one's surname ("pope", "rasheed" of "Al-Rasheed") and its last two words ("hugh pope"). A person described so in
    a sentence where he does not speak may be a party the story tells of ("Bourhan Ghalioun, a secular professor of
    politics living in France" read out the opposition's declaration; "Aref Dalila, a leading economist, was
    jailed"), and "fellow" before a name is no title ("fellow Baathist Saddam Hussein")."""
    named = [m for m in _NAMED_AFTER.finditer(text) if not m.group().lower().startswith("fellow")]
    named += [m for m in _NAMED_BEFORE.finditer(text)  # (each name read on its own: "Both Bank of Ireland's Harris
              # and David Kirsch, director of markets ... at PFC Energy")
              if not _NOT_DESCRIPTION.match(m.group("apposition").lower())
              and _ANALYST.search(m.group("apposition").lower())]
    names = set()
    for m in named:
        name = m.group("name")
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        stops = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
        sentence = text[sentence_start:min(stops, default=len(text))].lower()
        aside = APPOSITION_AFTER.match(text, m.end())  # "economist Aref Dalila, a fierce critic of ..."
        described = m.group().lower() + (aside.group().lower() if aside else "")
        if name.split()[0].lower() in _NOT_NAME_START or name.split()[-1].lower() in _NOT_SURNAME \
                or _NOT_ANALYST.search(described) or not _SPEAKS.search(sentence):
            continue
        surname = name.split()[-1].lower()
        names.update((surname, re.sub(r"^(?:al|el|as|an|ad)-", "", surname), " ".join(name.lower().split()[-2:])))
    return frozenset(names)


# a pair's "and", from a run of white space's first character only (tried at every space of a long run it was
# quadratic: 20,000 spaces in a subject 0.3 s a call; a split resumes after an "and\s+" that took the run's spaces)
_AND = re.compile(r"(?<!\s)\s+and\s+")


def _named(subject: str, names: frozenset[str]) -> bool:
    """Is the subject a known analyst's surname ("Pope", "An-Nahar's Naoum"), or a pair of them ("Both Bank of
    Ireland's Harris and David Kirsch")?"""
    parts = [_TITLE.sub("", _OWNED.sub("", part)).split()
             for part in _AND.split(re.sub(r"^both\s+", "", subject.strip(" ,.")))]
    # (a surname alone, or the name in full: "Londoner Alex Joseph" is not the biographer Claudia Joseph)
    return len(parts) <= 2 and all(0 < len(words) <= 3 and " ".join(words[-2:]) in names
                                   and not _party_title(" ".join(words)) for words in parts)


def _analyst_subject(subject: str, sentence: str, names: frozenset[str]) -> bool:
    if _NOT_ANALYST.search(subject):
        return False
    if _ANALYST.search(subject) or _named(subject, names):
        return True
    outlet = _OUTLET.search(subject) or subject.strip() == "it"  # '"...," it wrote in a recent editorial'
    return bool(outlet) and bool(_LEANING.search(subject) or _EDITORIAL.search(sentence))


def _subjects(low: str, start: int, end: int, trigger_start: int, trigger_end: int) -> list[str]:
    """The words of the subject of the reporting verb at ``trigger_start:trigger_end``: after it when it is inverted,
    before it from where its clause opens (``reporting_subjects``), past an adjunct that opens the sentence."""
    subjects = []
    if inverted(low, start, trigger_start):  # '..." said X', or '..., said X' (or 'X, an analyst, said')
        span = subject_after(low, start, end, trigger_start, trigger_end, _MAX_SUBJECT_WORDS)
        if span is not None:
            subjects.append(" ".join(low[span[0]:span[1]].split()))
    if not after_quote(low, start, trigger_start):
        begin = subject_start(low, start, trigger_start)
        if begin is None:
            adjunct = _OPENING_ADJUNCT.match(low, start, trigger_start)
            begin = adjunct.end() if adjunct else start
        subject = _ASIDE.sub(",", low[begin:trigger_start])
        if len(subject.split()) <= _MAX_SUBJECT_WORDS:
            subjects.append(subject)
    return subjects


def analyst_speaker(text: str, low: str, start: int, end: int, trigger_start: int, trigger_end: int,
                    names: frozenset[str] = frozenset()) -> bool:
    """Is the subject of the reporting verb at ``trigger_start:trigger_end`` (in the sentence ``text[start:end]``)
    an analyst or commentator (``_ANALYST``, a newspaper's editorial, or one of the story's ``analyst_names``)?"""
    sentence = low[start:end]
    return any(_analyst_subject(s, sentence, names) for s in _subjects(low, start, end, trigger_start, trigger_end))


def pronoun_speaker(low: str, start: int, end: int, trigger_start: int, trigger_end: int) -> bool:
    """Is the subject of the reporting verb a bare "he" or "she" ('"...," he added')? After an analyst's saying, the
    analyst again, whom the finder may read as another actor ('"Naturally Saudi Arabia ... sees any sudden change in
    power ... as a threat," he added' after '... the Saudi commentator who requested anonymity said')."""
    return any(s.strip(" ,.") in ("he", "she") for s in _subjects(low, start, end, trigger_start, trigger_end))


_REPORTING = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")


def analyst_before(text: str, low: str, start: int, names: frozenset[str]) -> bool:
    """Does the sentence before ``start`` (back to its full stop or line break) end on an analyst's saying ('"...,"
    the Saudi commentator who requested anonymity said.'), whether or not it gave an event to drop?"""
    end = start
    while end > 0 and low[end - 1].isspace():
        end -= 1
    if end == 0:
        return False  # the story's first sentence: none before it (and no scan of the whole text for its start)
    begin = max(low.rfind("\n", 0, end - 1), *(low.rfind(c + " ", 0, end - 1) for c in ".!?")) + 1
    verbs = list(_REPORTING.finditer(low, begin, end))
    return bool(verbs) and analyst_speaker(text, low, begin, end, verbs[-1].start(), verbs[-1].end(), names)


def lay_speaker(low: str, start: int, end: int, trigger_start: int, trigger_end: int) -> bool:
    """Is the speaker of the reporting verb at ``trigger_start:trigger_end`` a private person the story marks by his age
    or a lay occupation ("said Sheree Zielke, 55, who came from Canada", "Cairo engineer Ibrahim Sabri said")? His saying
    is no row (events_gold.md rule 32), what he reports keeps its rows, so the caller asks only of a saying that is the
    event itself. The description is read to its first relative clause (an inverted verb's speaker to the sentence's
    end), and that clause too for "active in" ("who has been active in the protest movement" keeps the row, as a word
    of ``not_analyst`` or a party's title does: "a 21-year-old activist", "the 46-year-old leader")."""
    if low[start:trigger_start].rstrip(" ,")[-1:] in ('"', "”", "'"):  # '"...," said X, 55, who ...': the speaker
        described = low[trigger_end:end]  # after the verb
    elif after_quote(low, start, trigger_start):
        return False
    else:
        begin = subject_start(low, start, trigger_start)
        if begin is None:
            adjunct = _OPENING_ADJUNCT.match(low, start, trigger_start)
            begin = adjunct.end() if adjunct else start
        described = low[begin:trigger_start]
    described = " ".join(described.split())
    head = re.split(r"\b(?:who|whose|which)\b", described, maxsplit=1)[0]  # (not "who came ... to watch the event")
    return len(described.split()) <= 2 * _MAX_SUBJECT_WORDS and _LAY.search(head) is not None \
        and not _NOT_ANALYST.search(head) and not _party_title(head) and not _GROUP_VOICE.search(described) \
        and not _OWN_ACT.search(low, start, end)
