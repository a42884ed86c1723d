"""The shared state of one scan: the text, its sentences, gazetteer and title matches, claims.

``Scanner(text)`` does the work every pass needs once: title-cases all-caps
datelines and speaker labels (same length, so offsets hold), finds sentence
starts, gazetteer matches and title matches. The passes (``titled.py``,
``recognize.py``) add ``Raw`` candidates and claim the spans they take, so that
later passes skip claimed text.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..cue_words import break_class, run_class
from ..sentences import abbreviation_continues
from .credits import credit_spans
from .gazetteer import (GAZ_RE, NOT_NAME_WORDS, UPPER, TITLE_CASED_RE, TITLE_HYPHEN_RE, TITLE_LOWER_RE, TITLES, Entry, Title,
                        opening_first, phrase_alternation, word_list)
from .names import NAME_RE, PREFIXED_RE, TITLED_NAME_RE, TOKEN_RE

_SENT_END = re.compile(r"[.!?][\"”’)\]]*(?:[ \t\u00a0]+|(?<=[a-z][.!?])(?=[A-Z\"“]))|\n\s*")
# the agency's dash after a wire dateline: "DAMASCUS (Reuters) - ", "Beirut (AP) — "; the lead sentence starts after it
_AGENCY_DASH = re.compile(r"\((?:Reuters|AP|AFP|Reuters/[\w ]+)\)[ \t]*[-–—]+[ \t]*")
_UP = UPPER[1:-1]  # the upper-case letters, accented ones too: "GENERAL SECRETARY LÂM:"
_SPEAKER = re.compile(rf"(?m)^[ \t]*((?:[{_UP}][{_UP}.'’-]*[ ]){{1,5}}[{_UP}][{_UP}'’-]+):")
# a reporter's question in a transcript: a line opening with "Q " (the one grammar of it: ``events/questions.py``
# and ``extract._Builder._turn_speaker`` read question turns with it too)
QUESTION_LINE = re.compile(r"(?m)^[ \t]*Q[ ]")
# a video script's soundbite label: "(SOUNDBITE) (Arabic) ARAB LEAGUE SECRETARY GENERAL, NABIL EL-ARABY, SAYING:",
# the label in capitals (group 1) between the marker (and the language) and "SAYING:"; the one grammar of it, which
# events/soundbites.py reads too
SOUNDBITE = re.compile(rf"(?m)^[ \t]*\(?SOUNDBITE\)[ \t]*(?:\([A-Za-z ,/-]{{1,30}}\)[ \t]*)?"
                       rf"([{_UP}][{_UP}.'’, -]*[{_UP}.]),?[ ]SAYING:")
_SMALL_WORD = re.compile(r"(?<= )(?:(?:And|Of|The|For|Bin|Ibn|Al|El|De)(?= )|(?:Al|El|Ad|As|Ash|Az)(?=-))")
_SAYING = re.compile(opening_first("[ ]SAYING", 7, "[A-Z.,]", absent=False) + "(?=:)")  # (searched for fast)
_DATELINE = re.compile(  # "WASHINGTON, ...", "IGORA /Leningrad Region/, ...", "DAMASCUS (Reuters) -"
    r"(?m)^[ \t]*([A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})(?=(?:[ ]/[^/\n]{1,40}/)?,[ ]|[ ]\()")
_VERB_AFTER = re.compile(
    r",?[ ]+(?:has[ ]|have[ ]|had[ ]|also[ ]|later[ ]|then[ ]|was[ ]|is[ ]|will[ ]|would[ ]|can[ ]|could[ ])?"
    r"(?:\w+ed|said|says|told|tells|adds|spoke|speaks|met|meets|held|holds|made|makes|sought|seeks|gave|gives|took|wrote"
    # irregular pasts: "President Ali Abdullah Saleh left his country on Monday", "the minister did not" is left out
    # (an auxiliary); the participles only after has / have / had ("Annan has given", never "Annan, given the ...")
    r"|went|began|sent|led|stood|kept|won|lost|fled|flew|came|left|became|felt|thought|chose|fought|broke|spent|quit"
    r"|shook|ran|brought|saw|found|knew|heard|paid|swore|withdrew|drew|struck|rose|fell|put|set|got|understood|sat|forgot"
    r"|urged|urges|warned|warns|noted|notes|stressed|stresses|stated|states|called|calls|thanked|thanks"
    r"|pointed|expressed|discussed|agreed|welcomed|reaffirmed|emphasized|emphasised|continued|announced"
    r"|(?<=has[ ]|ave[ ]|had[ ])(?:gone|begun|flown|come|become|chosen|broken|shaken|seen|known|sworn|withdrawn|drawn"
    r"|risen|fallen|forgotten|taken|given|written|spoken))(?!\w)")
# The inverted frame after a quote or a reported clause: '..., said Qatar's Prime Minister Sheikh Hamad bin Jassim
# al-Thani.', '... everywhere else," says Rime Allaf.': the name right after the verb is its subject when a comma or
# a closing quote stands before the verb and a comma or the sentence's end after the name (not "said Assad must go",
# nor "told Reuters", whose name is the one spoken to: resources/inverting_speech_verbs.txt)
_SPEAKS_BEFORE = re.compile(r"[,\"”'’][ ]*(?:%s)[ ]+$" % phrase_alternation(word_list("inverting_speech_verbs.txt")))
# "Lavrov said", "Mr Annan, the UN envoy, also told": a reporting verb right after the subject (speech_verbs.txt)
_SAYS_AFTER = re.compile(r",?[ ]+(?:has[ ]|have[ ]|had[ ]|also[ ]|later[ ]|then[ ]|earlier[ ]|again[ ])?(?:%s)(?!\w)"
                         % phrase_alternation(word_list("speech_verbs.txt")))
_SPEAKER_ENDS = re.compile(r"[ ]*(?:" + break_class(r",;:!?\n") + r"|\.(?:[ \n\"”’]|$)|$)")
# "Ramadan Abdel Qader, who had been shot in the foot, told Reuters": a clause between subject and verb
_ASIDE = re.compile(r",[ ]+(?:who|an?|the|one)[ ]" + run_class(r',.;:"“”()\n') + r"{1,100}(?=,)")
_SUFFIX_TAIL = re.compile(r",?[ ](?:Jr\.?|Sr\.?|II|III|IV)$")
_PORTFOLIO = re.compile(r"(?<![\w.])([A-Z][a-z]+)[ ]$")
_FUNCTION_WORDS = frozenset("The A An In On At By For From To Of And But With As After Before When While If This That "
                            "Meanwhile However Also Then Former New Acting Senior Junior".split())
_SENT_OPENERS = "\"“‘'( \t"


@dataclass(slots=True)
class Raw:
    """A candidate mention; coreference turns it into an ``ActorMention``."""

    start: int
    end: int
    kind: str  # person | country | organization | group | description | pronoun
    surface: str  # a person's name as written, or the gazetteer surface
    entry: Entry | None = None
    role: str | None = None
    country: str | None = None
    head: str | None = None  # canonical head title: "Foreign Minister"
    tkind: str | None = None  # its kind: leader, minister, counterpart, ...
    basis: str = "name"
    flags: tuple[str, ...] = ()
    count: int = 1  # how many people a description names ("the two leaders")
    org: str | None = None  # the organisation a title belongs to ("Arab League" Secretary-General)
    indefinite: bool = False  # "a French minister": someone new, not an earlier person
    gender: str | None = None
    subject: bool = False
    speaker: bool = False  # followed by "said", "told", ...: a person even with no title or known first name
    turn: int | None = None  # "I", "me", "my" in a transcript: where the label of the speaking turn starts
    own_state: bool = False  # a description one of a list of states owns ("the foreign ministers of Russia and
    # China"): only a person of that state, as the text or the people list tells it, is the office holder


@dataclass(slots=True)
class TitleMatch:
    start: int
    end: int
    title: Title
    plural: bool
    hyphen: bool


class Claims:
    """Sorted, non-overlapping claimed spans."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end


def possessive_at(work: str, end: int) -> bool:
    """Does a possessive follow the name ending at ``end``: "Russia's", "Russia’s", or the bare apostrophe
    after a final s ("the United States’ commitment", "Hamas' attack")?"""
    if work[end:end + 2] in ("'s", "’s"):
        return True
    return (end > 0 and work[end - 1] in "sS" and work[end:end + 1] in ("'", "’")
            and not work[end + 1:end + 2].isalnum())


def weak_end(word: str) -> bool:
    """A particle ("de") or an initial ("R.") cannot start or end a name; "al-Assad" can."""
    return (not word[:1].isupper() and not PREFIXED_RE.fullmatch(word)) or word.endswith(".")


def in_word(text: str, start: int) -> bool:
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")


def normalise_caps(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Title-case all-caps datelines and transcript speaker labels, same length.

    "WASHINGTON, August 30." -> "Washington, August 30."; "VICE PRESIDENT
    HARRIS:" -> "Vice President Harris:". Returns the copy and the dateline spans.
    """
    datelines: list[tuple[int, int]] = []
    pieces: list[tuple[int, int, str]] = []
    for regex, is_dateline in ((_DATELINE, True), (_SPEAKER, False), (SOUNDBITE, False)):
        for m in regex.finditer(text):
            surface = m.group(1)
            titled = surface.title().replace("'S ", "'s ").replace("’S ", "’s ")
            if regex is SOUNDBITE:  # "MINISTER AND DEPUTY PRIME MINISTER", "HAMAD BIN JASIM AL THANI"
                titled = _SMALL_WORD.sub(lambda w: w.group().lower(), titled)
            if len(titled) != len(surface) or not any(c.isalpha() for c in surface):
                continue
            pieces.append((m.start(1), m.end(1), titled))
            if is_dateline:
                datelines.append((m.start(1), m.end(1)))
    for m in _SAYING.finditer(text):  # the soundbite's "SAYING:" reads as the participle it is
        if any(start <= m.start() <= end + 1 for start, end, _ in pieces):
            pieces.append((m.start(), m.end(), m.group().lower()))
    if not pieces:
        return text, datelines
    out, pos = [], 0
    for start, end, titled in sorted(pieces):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(titled)
        pos = end
    out.append(text[pos:])
    return "".join(out), datelines


@functools.lru_cache(maxsize=4)
def sentence_starts(text: str) -> tuple[int, ...]:
    """Where the sentences of ``text`` start, by the scan's rough rule (``_SENT_END``: a full stop, "!" or "?"
    and the spaces after it, or a line break, but not a full stop the sentence goes on after:
    ``sentences.abbreviation_continues``, "U.S. officials", "Mr. Lavrov", "the U.S. National Science Foundation");
    the first starts at 0. Not ``timeline.sentences``' spans, which know wraps, bullets and glued quotes: the passes
    that find actors and what "it" refers to read sentences as this rule cuts them.
    (Cached: about a dozen actor passes ask for the same text's starts; a tuple, so no caller can change them.)"""
    ends = [m.end() for m in _SENT_END.finditer(text) if text[m.start()] != "." or not abbreviation_continues(text, m.start())]
    leads = [m.end() for m in _AGENCY_DASH.finditer(text)]  # "AMMAN (Reuters) - Tycoon Rami Makhlouf": the lead opens
    return tuple(sorted({0, *ends, *leads})) if leads else (0, *ends)


def transcript_turns(text: str) -> list[tuple[int, int]]:
    """The transcript turns of ``text``: (label start, turn end) for "PRESIDENT BIDEN: ..." up to the next label, the
    next question line ("Q ...", at or after the label) or the end of the text, in the text's order. One pass for the
    labels and one for the questions."""
    labels = [m.start(1) for m in _SPEAKER.finditer(text)] if ":" in text else []
    if not labels:
        return []
    questions = [q.start() for q in QUESTION_LINE.finditer(text)]
    ends = labels[1:] + [len(text)]
    turns = []
    for start, end in zip(labels, ends):
        i = bisect.bisect_left(questions, start)
        turns.append((start, min(end, questions[i]) if i < len(questions) else end))
    return turns


class Scanner:
    """What the passes over one text share."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.work, self.datelines = normalise_caps(text)
        self.turns = transcript_turns(text)
        self.turn_starts = [start for start, _ in self.turns]
        self.sent_starts = sentence_starts(self.work)
        self.claims = Claims()
        self.gaz = [m for m in GAZ_RE.finditer(self.work) if not in_word(self.work, m.start())]
        self.gaz_starts = [m.start() for m in self.gaz]
        self.gaz_by_start = {m.start(): m for m in self.gaz}
        self.gaz_by_end = {m.end(): m for m in self.gaz}
        self.titles = self._titles()
        self.raws: list[Raw] = []  # the candidates the passes found
        self.credits = credit_spans(text)  # photo captions and credits: no candidate there

    # ---- helpers -------------------------------------------------------------

    def _titles(self) -> list[TitleMatch]:
        work = self.work
        lower = work.lower()
        found: list[TitleMatch] = []
        if len(lower) != len(work):  # a few characters lower-case to two ("İ"): keep offsets right
            lower = "".join(ch.lower()[:1] for ch in work)
        padded, padded_lower = " " + work, " " + lower  # each regex matches the character before a title
        for regex, subject in ((TITLE_CASED_RE, padded), (TITLE_LOWER_RE, padded_lower),
                               (TITLE_HYPHEN_RE, padded_lower)):
            for m in regex.finditer(subject):
                start, end = m.start(), m.end() - 1
                hyphen = regex is TITLE_HYPHEN_RE
                plural = not hyphen and bool(m.group("plural"))
                title = TITLES.get(work[start:end - 1 if plural else end].lower())
                if title is None:
                    continue
                if title.canonical == "Minister":  # any portfolio: "Labour Minister", "Culture Minister"
                    portfolio = self._portfolio(start)
                    if portfolio is not None:
                        title = Title(f"{work[portfolio:start - 1]} Minister", "minister")
                        start = portfolio
                found.append(TitleMatch(start, end, title, plural, hyphen))
        found.sort(key=lambda t: (t.start, -t.end))
        kept: list[TitleMatch] = []
        for t in found:
            if kept and t.start < kept[-1].end:
                continue
            # A title inside an organisation's name ("UN General Assembly") is no title,
            # unless it reaches past it ("Security Council Secretary").
            g = self.gaz_covering(t.start)
            if g is not None and t.end <= g.end():
                continue
            kept.append(t)
        return kept

    def _portfolio(self, start: int) -> int | None:
        """Where a capitalised portfolio word before "Minister" starts, if there is one."""
        m = _PORTFOLIO.search(self.work, max(0, start - 30), start)
        if m is None or m.group(1) in _FUNCTION_WORDS or m.group(1).lower() in TITLES:
            return None
        if self.gaz_covering(m.start(1)) is not None or self.starts_sentence(m.start(1)):
            return None
        return m.start(1)

    def gaz_covering(self, pos: int):
        i = bisect.bisect_right(self.gaz_starts, pos) - 1
        if i >= 0 and self.gaz[i].end() > pos:
            return self.gaz[i]
        return None

    def turn_at(self, position: int) -> int | None:
        """Where the label of the transcript turn (``turns``: from its label to the next label or question) that
        holds ``position`` starts, or None outside a labelled turn (the turns do not overlap: only the last one
        starting at or before ``position`` can hold it)."""
        i = bisect.bisect_right(self.turn_starts, position) - 1
        return self.turns[i][0] if i >= 0 and position < self.turns[i][1] else None

    @functools.cached_property
    def _title_starts(self) -> list[int]:
        return [t.start for t in self.titles]  # ascending: ``_titles`` keeps them sorted and apart

    def titles_between(self, start: int, end: int) -> list[TitleMatch]:
        """The title matches that start at or after ``start`` and before ``end``, in the text's order (none when
        ``end`` is not past ``start``: an empty transcript turn): a bisect, not a scan over every title."""
        return self.titles[bisect.bisect_left(self._title_starts, start):bisect.bisect_left(self._title_starts, end)]

    @functools.cached_property
    def _labels_by_colon(self) -> dict[int, list[int]]:
        """A label's colon (the first at or after the label's start) -> the starts of the labels it ends."""
        by_colon: dict[int, list[int]] = {}
        for start in dict.fromkeys(start for start, _ in self.turns):
            by_colon.setdefault(self.work.find(":", start), []).append(start)
        return by_colon

    def label_named(self, start: int, end: int) -> int | None:
        """Where the transcript turn label whose name ``start:end`` is starts ("PRESIDENT BIDEN" in "PRESIDENT BIDEN:
        ..."): the name ends at the label's colon and starts inside the label; None for any other span. A lookup by
        the colon, not a scan over every turn per name (``coref._labels``'s, quadratic in a long transcript)."""
        return next((s for s in self._labels_by_colon.get(end, ()) if s <= start < end), None)

    def sentence_start(self, pos: int) -> int:
        return self.sent_starts[bisect.bisect_right(self.sent_starts, pos) - 1]

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def starts_sentence(self, pos: int) -> bool:
        s = self.sentence_start(pos)
        return not self.work[s:pos].strip(_SENT_OPENERS)

    def subject(self, start: int, end: int) -> bool:
        """Is the mention at ``start:end`` the subject of its clause: it opens the sentence, a verb follows it
        (after an aside: "X, who had been shot in the foot, told"), or it is the speaker after a quotation
        or a clause ('..., said Qatar's Prime Minister Sheikh Hamad bin Jassim al-Thani.')?"""
        work = self.work
        if self.starts_sentence(start) or _VERB_AFTER.match(work, end):
            return True
        aside = _ASIDE.match(work, end)
        if aside is not None and _VERB_AFTER.match(work, aside.end()):
            return True
        return self.inverted_speaker(start, end)

    def speaks(self, start: int, end: int) -> bool:
        """Is the mention at ``start:end`` the subject of a reporting verb: one right after it (after an aside:
        "Mr Annan, the UN envoy, said"), or an inverted one right before it ('," said Elaraby, previously ...')?"""
        work = self.work
        if _SAYS_AFTER.match(work, end):
            return True
        aside = _ASIDE.match(work, end)
        return bool(aside is not None and _SAYS_AFTER.match(work, aside.end())) or self.after_speech_verb(start)

    def after_speech_verb(self, start: int) -> bool:
        """Does an inverted reporting verb open right before ``start`` ('," said one resident by satellite phone')?"""
        return bool(_SPEAKS_BEFORE.search(self.work, max(0, start - 40), start))

    def inverted_speaker(self, start: int, end: int) -> bool:
        """Is the name at ``start:end`` the subject of an inverted reporting frame ('," said Fadi Hakura, analyst')?"""
        return bool(_SPEAKER_ENDS.match(self.work, end) and _SPEAKS_BEFORE.search(self.work, max(0, start - 40), start))

    def name_tokens(self, start: int, limit: int | None = None) -> list[re.Match]:
        """The name-like tokens of the capitalised run at ``start``, cut at the first non-name word."""
        m = TITLED_NAME_RE.match(self.work, start)
        if not m:
            return []
        end = m.end() if limit is None else min(m.end(), limit)
        tokens = []
        for t in TOKEN_RE.finditer(self.work, start, end):
            word = t.group()
            if word in NOT_NAME_WORDS or word.lower() in TITLES or self.gaz_covering(t.start()) is not None:
                break
            tokens.append(t)
        while tokens and weak_end(tokens[-1].group()):
            tokens.pop()  # no trailing particle or initial
        return tokens

    def name_end(self, tokens: list[re.Match]) -> int:
        """End of the name, taking a ", Jr." suffix that follows the last token."""
        end = tokens[-1].end()
        m = NAME_RE.match(self.work, tokens[0].start())
        if m and m.end() > end and _SUFFIX_TAIL.match(self.work, end, m.end()):
            return m.end()
        return end
