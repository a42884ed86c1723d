"""In-article coreference: every candidate mention gets the actor it refers to.

- full names ("Sergei Lavrov", "Sergey Lavrov") are one person when their
  ``person_key`` is equal; the first full form written is the display name;
  full names in the headline (``prime``) count as named before the text;
- a surname ("Lavrov", "Secretary Pompeo") is the person with that surname
  mentioned most recently (or, before any such mention, the only one), except
  that a namesake named once in passing does not take over from one named
  three times or more ("his father Hafez al-Assad" in a story about Bashar); an
  inner name of a longer full name ("Bárcena" of "Alicia Bárcena Ibarra")
  counts when no one has it as a last name; else a well-known person of
  ``people.csv`` whom the mention fits ("Putin met Fico", "Prime Minister
  Netanyahu of Israel"); two known surnames run together ("with Biden Putin
  responded") are two mentions;
- "he"/"she" is the person in subject position in the nearest of the last few
  sentences whose gender (from the first name or a title, "Mr", when known) fits, else the most
  recent person that fits;
- a description ("the Russian foreign minister", "the President", "the two
  leaders") is the most recent person(s) with that title (and country, if it
  names one); a description with a country and nothing before it may point
  forward (a headline "Meeting with Russian ambassador");
- "his"/"her" before a noun ("his visit") is found like "he"/"she", but the nearest
  one named before it in its own sentence comes first; the event layer uses it only as the
  owner of an event noun;
- "his Turkish counterpart X" gives X the role of the person mentioned just before.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import re

from ..cue_words import run_class
from .gazetteer import (COUNT_WORDS, GAZETTEER, COUNTERPART_ROLES, GIVEN_NAMES, KIN_GENERATIONS, KIN_NOUNS, UNNAMED_PEOPLE,
                        opening_first, with_article)
from .mention import ActorMention
from .names import PARTICLE, PATRONYMIC, PREFIXED_RE, fold, gender, hyphen_given_name, person_key
from .people import has_namesakes, known_person, listed_country, listed_state, listed_surnames, listed_titles
from .personref import described_person
from .scan import Raw, Scanner
from .title_kinds import STATE_AGENTS, TITLES_BY_CANONICAL

_NEARBY_SENTENCES = 2  # sentences back in which a country tells two listed namesakes apart ("King Abdullah")
# a sentence that opens with a quotation, and where that quotation closes (its comma or stop inside: '...,"')
_OPENING_QUOTE = re.compile(r"\s*[\"“]")
_QUOTE_CLOSE = re.compile(r"[,.!?][\"”]\s*")
# "the former Turkish foreign minister", "ex-President": one who held the office once, not whoever the story gives it
_FORMER = re.compile(r"(?i:(?<![\w-])(?:former|ex-|then-|one-time|erstwhile)[ ]?)$")
_PRONOUN_WINDOW = 3  # sentences back in which a subject-position antecedent is preferred
# "One activist said", "said one of the witnesses": a person the text does not name (resources/unnamed_people.csv)
_NOUNS = "|".join(sorted(map(re.escape, UNNAMED_PEOPLE), key=len, reverse=True))
# "his father, Hafez", "Assad's late father Hafez": a given name after a family noun (resources/kin_nouns.csv)
_KIN_NOUNS = "|".join(sorted(map(re.escape, KIN_NOUNS), key=len, reverse=True))
_KIN_BEFORE = re.compile(rf"(?:(?P<owner>[A-Z][\w'’-]*)['’]s|(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir))[ ](?:[a-z-]+[ ]){{0,2}}?"
                         rf"(?P<noun>{_KIN_NOUNS}),?[ ]$")
# "the elder Assad", "The younger Assad": one of two namesakes of the story told apart by generation
_GENERATION = re.compile(r"(?:^|[^\w-])[Tt]he[ ](?P<which>elder|younger)[ ]$")
# "his father, Hafez al-Assad", "his strongman father, the late Hafez al-Assad": a family noun just before a full name
# (a clock's colon is no break between them: ``cue_words.run_class``)
_KIN_GAP = r'.;:!?()"“”'
_KIN_NEAR = re.compile(rf"(?<![\w-])(?P<noun>{_KIN_NOUNS})\b{run_class(_KIN_GAP)}{{0,24}}$", re.IGNORECASE)
# (both scans open on their first letter, the look-behind after it, ``opening_first``: searched for fast; the same matches
# as "(?<![\w-])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ]...|[Oo]ne[ ]of[ ]the[ ]...)" and "(?<![\w-])[Tt]he[ ]...")
_UNNAMED = re.compile(opening_first("[AaOo]", 1, r"[\w-]")
                      + rf"(?:(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Aa])nother)[ ](?:[a-z][\w-]*[ ]){{0,2}}?(?:{_NOUNS})"
                      rf"|(?<=[Oo])ne[ ]of[ ]the[ ](?:[a-z][\w-]*[ ]){{0,2}}?(?:{_NOUNS})e?s)(?![\w-])")
# "The man who'd taken the pictures said", "the resident said": the unnamed person the text introduced, again
# as a speaker (a description the text resolves to a named person is that person's mention, not one between)
# (not a noun of office or occupation: "Russian U.N. Ambassador Vitaly Churkin ... The diplomat said" is Churkin)
_LAY_NOUNS = "|".join(sorted(set(UNNAMED_PEOPLE) - {"diplomat", "official", "analyst", "source", "officer", "soldier",
                                                     "lawyer", "employee", "worker", "commander", "journalist",
                                                     "doctor", "teacher", "engineer"}, key=len, reverse=True))
_UNNAMED_AGAIN = re.compile(opening_first("[Tt]he", 3, r"[\w-]") + rf"[ ](?:[a-z][\w-]*[ ]){{0,2}}?(?:{_LAY_NOUNS})(?![\w-])"
                            rf"(?=(?:[ ]who[^.,;\"“”]{{0,60}})?,?[ ](?:also[ ])?(?:said|says|told|tells|added|adds)\b)")


# '"...," he said', '"...." She added': a quotation that closes right before the pronoun (its comma or stop inside)
_QUOTE_CLOSES = re.compile(r"(?<=\S)[\"”][ ]*$")
_QUOTE_OPENS = re.compile(r"[\"“]")


def _quote_before(text: str, pos: int) -> int:
    """Where the quotation that closes right before a pronoun at ``pos`` opens: the words quoted are the
    speaker's, so a person named inside them ('"the lack of response of Mr. Assad ...," he told') is no
    antecedent of the pronoun that says them. ``pos`` itself when no quotation closes there."""
    close = _QUOTE_CLOSES.search(text, max(0, pos - 4), pos)
    if close is None:
        return pos
    head = text[max(0, close.start() - 1000):close.start()]
    opens = [m.start() for m in _QUOTE_OPENS.finditer(head)]
    return close.start() - len(head) + opens[-1] if opens else pos


# 'Prince Turki, the former intelligence chief, said Assad had made': the subject of the reported clause, right
# after a reporting verb that has a subject of its own before it (not an inverted '," said Elaraby')
_REPORTED_BEFORE = re.compile(r"(?<![\"”'’])(?<![\"”'’][ ])\b(?:said|says|told[ ]\w+|added|adds|stressed|insisted|warned"
                              r"|noted|believed|believes|accused)(?:[ ]on[ ][A-Z]\w+)?(?:[ ]that)?[ ]+$")
# 'a rebellion against Muammar Gaddafi', 'to President Assad': an object after a preposition
_PREPOSITION_BEFORE = re.compile(r"\b(?:against|with|of|to|for|from|by|on|at|about|over|under|between|toward|towards)"
                                 r"[ ]+(?:(?:the|[A-Z][\w.'’-]*)[ ]+){0,4}$")
_OWNER_AFTER = re.compile(r"['’]s?\b")


def _reported_subject(text: str, start: int) -> bool:
    return bool(_REPORTED_BEFORE.search(text, max(0, start - 40), start))


def _oblique(text: str, start: int, end: int, subject: bool) -> bool:
    """Is the name at ``start:end`` an owner ("Assad's own sect"; not of a subject: "President Assad's remarks
    were contained in a message") or after a preposition ("against Gaddafi")?"""
    if _OWNER_AFTER.match(text, end):
        return not subject
    m = _PREPOSITION_BEFORE.search(text, max(0, start - 60), start)
    return m is not None


@dataclass(slots=True)
class Entity:
    """One person in the article, with what the article tells about them."""

    key: str
    name: str
    first: int  # where it is first mentioned
    role: str | None = None
    country: str | None = None
    org: str | None = None  # the organisation whose office the person holds ("Arab League" Secretary-General)
    head: str | None = None
    tkind: str | None = None
    gender: str | None = None
    full: bool = False  # known by more than a surname
    headline: bool = False  # named in full only in the headline, so far
    relative_of: str | None = None  # named by a given name after a family noun of this person ("his father, Hafez")

    @property
    def state(self) -> str | None:
        """The state the person acts for: the country the article gives them, else the one people.csv gives them
        (``people.listed_state``: under their key, else under the fuller name it lists for a shorter one, "Tayyip
        Erdogan": Turkey), or None; as ``people.own_state`` reads a mention."""
        return self.country or listed_state(self.key)


def _surname(surface: str) -> str:
    """The last name word: "Abdullah" of "Abdullah II", "Biden" of "Joseph R. Biden, Jr."."""
    tokens = _tokens(surface)
    return tokens[-1] if tokens else surface


_PARTICLE_RE = re.compile(rf"(?i:{PARTICLE})")


def _ends_with(name: str, key: str) -> bool:
    """Are the last two or more words of the full ``name``, and not all of them, the name of ``key``, after a word
    that is no patronymic's ("Mark Lyall Grant": "lyall grant"; not "Sultan bin Abdulaziz al-Saud": "abdulaziz
    al-saud")?"""
    words = name.split()
    return any(person_key(" ".join(words[i:])) == key and words[i - 1].lower() not in PATRONYMIC
               for i in range(1, len(words) - 1))


def _inner(surface: str) -> list[str]:
    """The inner names of a full name that may stand alone for it: "Bárcena" of "Alicia Bárcena Ibarra",
    "López" of "Andrés Manuel López Obrador"; not a first name, a particle ("Bin") or an initial."""
    tokens = _tokens(surface)
    return [t for t in tokens[1:-1] if len(t) > 2 and t not in GIVEN_NAMES and not _PARTICLE_RE.fullmatch(t)]


def _misspelt(ent: Entity, speakers: list[Entity]) -> Entity | None:
    """The speaker a label known only by its surname misspells ("Zelenskky" for "Zelenskyy"): one edit
    apart, same first letter, five letters or more."""
    if ent.full:
        return None
    name = _surname(ent.name)
    fit = [s for s in speakers if _one_edit(person_key(name), person_key(_surname(s.name))) and len(name) >= 5
           and name[:1] == _surname(s.name)[:1]]
    return fit[0] if len(fit) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` different by one letter changed, added or left out?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_WORDS = re.compile(r"\S+(?:[ ]`[ ]\S+)*")


@lru_cache(maxsize=16384)
def _tokens(surface: str) -> tuple[str, ...]:
    """The name words of a surface, without initials and suffixes ("al-As ` aad", tokenised copy's apostrophe
    between spaces, is one word: names.TICK)."""
    return tuple(t for t in _WORDS.findall(surface.replace(",", " ")) if (t[:1].isupper() or PREFIXED_RE.fullmatch(t))
                 and not t.endswith(".") and t not in ("Jr", "Sr", "II", "III", "IV"))


def _unnamed_gender(phrase: str) -> str | None:
    """The gender the noun of "one activist", "a woman" tells, if any."""
    word = phrase.rsplit(" ", 1)[-1]
    return UNNAMED_PEOPLE.get(word) or UNNAMED_PEOPLE.get(word[:-1]) or UNNAMED_PEOPLE.get(word[:-2]) or None


# how far back (in sentences) the people "the two men" counts back to may be named
_COUNTED_SENTENCES = 6


class Resolver:
    """Turns the candidates of one scan into ``ActorMention``s, in text order."""

    def __init__(self, scanner: Scanner) -> None:
        self.scanner = scanner
        self.entities: dict[str, Entity] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.by_inner: dict[str, list[str]] = {}  # inner names of full names ("barcena") -> entity keys
        self.tails: dict[str, str] = {}  # a full name's last names written alone ("lyall grant") -> its entity key
        self.history: list[tuple[int, str, bool, int]] = []  # (start, entity key, subject, sentence)
        self.deictic: set[int] = set()  # the starts of the history's "I", "you" and vocatives of transcript turns
        # where one is named only in what another reports ("said Assad had made") or as an object or owner
        # ("a rebellion against Muammar Gaddafi", "Assad's own sect")
        self.oblique: set[int] = set()
        self.counts: Counter[str] = Counter()  # entity key -> its entries in ``history`` (both kept by ``_add``)
        self.starts_of: dict[str, list[int]] = {}  # entity key -> the starts of its entries in ``history`` (``_add``)
        self.latest: dict[str, None] = {}  # the entity keys of ``history``, ordered by their last entry (``_add``)
        self.out: list[ActorMention] = []
        self.labels: dict[int, str] = {}  # transcript turn label start -> entity key
        self.label_raws: dict[int, str] = {}  # start of a label's name ("PRESIDENT BIDEN", "PRESIDENT") -> entity key
        self.headline_titled: list[Raw] = []  # one-word titled names of the headline ("President Biden")
        self.unnamed: list[tuple[int, str | None]] = []  # (start, gender) of unnamed people as subjects
        self.again: list[tuple[int, str | None]] = []  # the same, named again as speakers ("The man ... said")
        self.full_at: dict[int, tuple[str, bool]] = {}  # start of a full name -> (entity key, subject)
        self.starts: list[int] = []  # where each candidate mention starts
        # where "the elder Assad" and "the younger Assad" name one of two namesakes: no antecedent of a bare "Assad"
        self.generational: set[int] = set()
        self.elder: set[str] = set()  # the people the text has called "the elder X": a bare "X" after it is the other

    # ---- entities ------------------------------------------------------------

    def _key(self, surface: str) -> str:
        """The entity key of a name: its ``person_key``, or the key of the full name it ends (``_tail_of``)."""
        key = person_key(surface)
        return self.tails.get(key, key)

    def _tail_of(self, raw: Raw) -> Entity | None:
        """The person named earlier in full whose last two or more names this name is ("British Ambassador Mark
        Lyall Grant ... Lyall Grant said", "Herman Van Rompuy ... Van Rompuy", "Andrés Manuel López Obrador ...
        López Obrador"): a compound surname, one person. Not the names after a patronymic ("Abdulaziz al-Saud" of
        "Abdullah bin Abdulaziz al-Saud": the father's name, which his sons share)."""
        if len(_tokens(raw.surface)) < 2:
            return None
        key = person_key(raw.surface)
        fits = [e for e in self.entities.values() if e.full and e.first < raw.start and _ends_with(e.name, key)]
        return fits[0] if len({e.key for e in fits}) == 1 else None

    def _register(self, raw: Raw, full: bool) -> Entity:
        key = self._key(raw.surface)
        if key not in self.entities and (whole := self._tail_of(raw)) is not None:
            self.tails[key] = key = whole.key
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key, raw.surface, raw.start, full=full, gender=raw.gender)
            self._index(ent, raw.surface)
        elif raw.start < ent.first or ent.headline:
            ent.first, ent.name, ent.headline = raw.start, raw.surface, False
        self._learn(ent, raw)
        return ent

    def _index(self, ent: Entity, surface: str, surnames: tuple[str, ...] = ()) -> None:
        self.entities[ent.key] = ent
        if ent.full:  # a listed person named in full: the forms the list gives stand alone for them in this article
            surnames += listed_surnames(person_key(surface))  # ("Ban Ki-moon ... Ban condemned", "Xi Jinping ... Xi")
        for form in dict.fromkeys((_surname(surface),) + surnames):
            keys = self.by_surname.setdefault(person_key(form), [])
            if ent.key not in keys:
                keys.append(ent.key)
        if ent.full:
            for form in _inner(surface):
                self.by_inner.setdefault(person_key(form), []).append(ent.key)

    def prime(self, headline: str) -> None:
        """The people a headline names in full ("Readout of President Biden's Meeting with Prime Minister of
        Ukraine Denys Shmyhal"): a surname in the text ("Prime Minister Shmyhal") is one of them."""
        from .recognize import find_candidates

        sc, bare, _ = find_candidates(headline)
        for r in sc.raws + bare:
            tokens = _tokens(r.surface)
            if r.kind == "person" and len(tokens) == 1 and r.head:
                self.headline_titled.append(r)  # "Remarks by President Biden": who "THE PRESIDENT:" is
            if r.kind != "person" or len(tokens) < 2 or (r.basis != "name" and tokens[0] not in GIVEN_NAMES) \
                    or r in bare and tokens[0] not in GIVEN_NAMES:
                continue
            key = person_key(r.surface)
            if key not in self.entities:
                ent = Entity(key, r.surface, -1, full=True, gender=r.gender, headline=True)
                self._index(ent, r.surface)
                self._learn(ent, r)

    def _known(self, raw: Raw) -> Entity | None:
        """The well-known person (``people.csv``) a one-word name is, as an entity of the article."""
        surname = _surname(raw.surface)
        nearby = self._nearby_countries(raw.start) if has_namesakes(surname) else frozenset()
        person = known_person(surname, raw.head, raw.country, nearby, raw.gender)
        if person is None:
            return None
        key = person_key(person.name)
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key, person.name, raw.start, country=person.country, gender=gender(person.name), full=True)
            self._index(ent, person.name, person.surnames)
        self._learn(ent, raw)
        return ent

    def _nearby_countries(self, pos: int) -> frozenset[str]:
        """The countries named (by name, demonym or capital) in the sentence at ``pos`` and the
        ``_NEARBY_SENTENCES`` before it."""
        sc = self.scanner
        i = sc.sentence_index(pos)
        start = sc.sent_starts[max(0, i - _NEARBY_SENTENCES)]
        end = sc.sent_starts[i + 1] if i + 1 < len(sc.sent_starts) else len(sc.work)
        lo = bisect.bisect_left(sc.gaz_starts, start)
        hi = bisect.bisect_left(sc.gaz_starts, end)
        return frozenset(GAZETTEER[m.group()].name for m in sc.gaz[lo:hi] if GAZETTEER[m.group()].kind == "country")

    @staticmethod
    def _learn(ent: Entity, raw: Raw) -> None:
        if raw.role and ent.role is None and raw.tkind != "counterpart":
            ent.role, ent.head, ent.tkind = raw.role, raw.head, raw.tkind
        if raw.country and ent.country is None:
            ent.country = raw.country
        if raw.org and ent.org is None and raw.tkind != "counterpart":
            ent.org = raw.org
        if raw.gender and ent.gender is None:
            ent.gender = raw.gender

    def _by_surname(self, surface: str, pos: int) -> Entity | None:
        keys = self.by_surname.get(person_key(surface)) or self.by_inner.get(person_key(surface))
        if not keys:
            return self._by_given_name(surface)
        full = [k for k in keys if self.entities[k].full] or keys
        # "Assad" after "Assad's father, Hafez": the one the story is about, not a relative it named in passing
        full = [k for k in full if self.entities[k].relative_of not in full] or full
        if len(full) == 1:
            return self.entities[full[0]]
        counts = self.counts
        if len(full) == 2 and len(self.elder.intersection(full)) == 1:
            return self.entities[next(k for k in full if k not in self.elder)]  # "The elder Assad ... Assad met"
        for at, key, _, _ in reversed(self.history):  # the most recent one ...
            if key in full and at not in self.generational:
                main = max(full, key=lambda k: counts[k])
                if counts[key] == 1 and counts[main] >= 3:
                    # ... unless it was named once in passing and another is the story's ("Assad ... his father
                    # (former president Hafez al-Assad) ... Assad's forces"): that one
                    return self.entities[main]
                return self.entities[key]
        return min((self.entities[k] for k in full), key=lambda e: abs(e.first - pos))

    def _by_given_name(self, surface: str) -> Entity | None:
        """A one-word name that is no one's surname but one full name's first name: "King Hamad" after "His
        Majesty King Hamad Bin Isa Al Khalifa" (Arab and royal names are used by the given name)."""
        key = person_key(surface)
        found = [e for e in self.entities.values() if e.full and person_key(e.key.split()[0]) == key
                 and len(e.key.split()) > 1]
        return found[0] if len(found) == 1 else None

    # ---- building ------------------------------------------------------------

    def run(self, raws: list[Raw], bare: list[Raw], pronouns: list[Raw], text: str) -> list[ActorMention]:
        titled = [r for r in raws if r.kind == "person"]
        multi = [r for r in titled if len(_tokens(r.surface)) > 1]
        for r in multi:
            self._register(r, full=True)
        bare = [part for r in bare for part in self._split_run(r)]
        seen: dict[str, int] = {}
        alone = {r.surface for r in bare if " " not in r.surface}
        # "Ausama Monajed of the Syrian opposition ... Monajed told Reuters": the surname speaks alone
        speaking = {person_key(r.surface) for r in bare if " " not in r.surface and r.speaker}
        # "Herve Ladsous, the UN's head of peacekeeping, ... Mr Ladsous said": a title names the surname alone
        titled_alone = {person_key(r.surface) for r in titled if len(_tokens(r.surface)) == 1}
        for r in bare:
            if len(_tokens(r.surface)) > 1:
                seen[r.surface] = seen.get(r.surface, 0) + 1
        accepted: list[Raw] = []
        for r in bare:
            tokens = _tokens(r.surface)
            # A name that recurs counts when its last word also stands alone ("Manaf Tlas" ... "Tlas"):
            # recurrence by itself also fits "Golan Heights" and "Executive Order".
            recurs = seen.get(r.surface, 0) > 1 and tokens[-1] in alone if tokens else False
            if len(tokens) > 1 and (tokens[0] in GIVEN_NAMES or recurs or len(tokens) == 2 and hyphen_given_name(*tokens)
                                    or self._named_speaker(r, tokens, speaking)
                                    or len(tokens) == 2 and person_key(tokens[-1]) in titled_alone
                                    or r.speaker or self._key(r.surface) in self.entities
                                    or described_person(text, r.end)):
                self._register(r, full=True)
                accepted.append(r)
        named = sorted(titled + accepted + [r for r in bare if len(_tokens(r.surface)) == 1], key=lambda r: r.start)
        relatives = [r for r in bare if len(_tokens(r.surface)) == 1 and self._relative(r, named, text)]
        accepted += relatives
        for r in titled:
            if len(_tokens(r.surface)) <= 1 and self._by_surname(_surname(r.surface), r.start) is None \
                    and self._known(r) is None:
                self._register(r, full=False)
        for r in bare:
            if len(_tokens(r.surface)) == 1 and r not in relatives:
                key = person_key(r.surface)
                if self.by_surname.get(key) or self.by_inner.get(key) or self._known(r) is not None \
                        or r.speaker and self._by_given_name(r.surface) is not None:  # "Qotayba al Akkari ... Qotayba says"
                    accepted.append(r)
                elif r.speaker:  # "Putin said", with no full name in the text
                    self._register(r, full=False)
                    accepted.append(r)
        for r in accepted:
            r.subject = self.scanner.subject(r.start, r.end)
        self.labels = self._labels(titled + [r for r in raws if r.kind == "description"])
        # a subject, or the speaker of an inverted frame whatever follows it ('," said one resident by satellite phone')
        self.unnamed = [(m.start(), _unnamed_gender(m.group())) for m in _UNNAMED.finditer(text)
                        if self.scanner.subject(m.start(), m.end()) or self.scanner.after_speech_verb(m.start())]
        self.again = [(m.start(), _unnamed_gender(m.group())) for m in _UNNAMED_AGAIN.finditer(text)]
        everything = [r for r in raws if r.kind != "person"] + titled + accepted + pronouns
        everything.sort(key=lambda r: (r.start, -r.end))
        self.full_at = {r.start: (self._key(r.surface), r.subject) for r in multi + accepted
                        if len(_tokens(r.surface)) > 1}
        self.starts = [r.start for r in everything if r.kind not in ("pronoun", "speaker", "addressee")]
        for r in everything:
            self._emit(r, text)
        return self.out

    def _relative(self, r: Raw, named: list[Raw], text: str) -> bool:
        """A given name after a family noun names a relative who shares the surname of the one it belongs to
        ("Assad's father, Hafez": Hafez al-Assad; "his son Bashar" after "Hafez al-Assad": Bashar al-Assad),
        not that person. Registers the relative; True when ``r`` is one."""
        m = _KIN_BEFORE.search(text, max(0, r.start - 60), r.start)
        if m is None or self.by_surname.get(person_key(r.surface)):
            return False
        owner = None
        if m.group("owner"):
            owner = self._by_surname(m.group("owner"), m.start()) or self._known(
                Raw(m.start("owner"), m.end("owner"), "person", m.group("owner"), basis="surname"))
            if owner is None:
                return False  # whose relative is unknown: no one's surname to give
        else:  # "his": the person named nearest before ("Tall and softly spoken Assad ... his elder brother Basel")
            for n in reversed([n for n in named if n.end <= m.start() and n is not r]):
                owner = (self.entities.get(self._key(n.surface)) if len(_tokens(n.surface)) > 1
                         else self._by_surname(_surname(n.surface), n.start)
                         or (self._known(n) if n.basis == "surname" else None))
                if owner is not None:
                    break
            if owner is None:
                return False
        surname = _surname(owner.name)
        if person_key(surname) == person_key(r.surface) or _tokens(owner.name)[0] == r.surface:
            return False
        full = f"{r.surface} {surname}"
        kin = KIN_NOUNS.get(m.group("noun").lower()) or None
        ent = self._register(Raw(r.start, r.end, "person", full, basis="name", gender=kin or gender(full)), full=True)
        if ent.first == r.start:
            ent.relative_of = owner.key
        return True

    def _named_speaker(self, r: Raw, tokens: tuple[str, ...], speaking: set[str]) -> bool:
        """Two words inside a sentence one of which speaks alone elsewhere: the last ("called Ausama Monajed" ...
        "Monajed told", "Montaha al-Atrash ... said Atrash") or the first, a given name the story goes on with
        ("Qotayba al Akkari tells me ... Qotayba says"); not a sentence opener ("Watch Kholood ...") nor three
        words ("Tycoon Rami Makhlouf")."""
        return len(tokens) == 2 and (person_key(tokens[-1]) in speaking or person_key(tokens[0]) in speaking) \
            and not self.scanner.starts_sentence(r.start)

    def _split_run(self, r: Raw) -> list[Raw]:
        """A run of capitalised words that is two known surnames ("During that conversation with Biden Putin
        responded"), no one's full name: one candidate per surname."""
        tokens = _tokens(r.surface)
        if len(tokens) != 2 or r.surface != " ".join(tokens) or self._key(r.surface) in self.entities \
                or tokens[0] in GIVEN_NAMES:
            return [r]
        if not all(self.by_surname.get(person_key(t)) or known_person(t) is not None for t in tokens):
            return [r]
        second = r.start + r.surface.rindex(" ") + 1
        return [Raw(r.start, r.start + len(tokens[0]), "person", tokens[0], basis="surname"),
                Raw(second, r.end, "person", r.surface[second - r.start:], basis="surname", flags=r.flags)]

    def _labels(self, raws: list[Raw]) -> dict[int, str]:
        """Transcript turn label start -> the entity key of the person it names ("PRESIDENT BIDEN:"). A label
        names one who speaks, so its title must fit ("PRESIDENT BIDEN" is not "Dr. Jill Biden", named just
        before); "THE PRESIDENT:" is the president the headline names ("Remarks by President Biden in Press
        Conference"); a misspelt label ("PRESIDENT ZELENSKKY:" among "PRESIDENT ZELENSKYY:") is the speaker
        it misspells, so that a two-person transcript keeps two speakers."""
        out: dict[int, str] = {}
        for r in raws:
            label = self.scanner.label_named(r.start, r.end)
            if label is None:
                continue
            ent = None
            if r.kind == "person":
                ent = (self.entities.get(self._key(r.surface)) if len(_tokens(r.surface)) > 1
                       else self._titled(r))
            elif r.kind == "description" and r.count == 1 and not r.country:
                ent = self._headline_principal(r)
            if ent is not None:
                out[label] = ent.key
                self.label_raws[r.start] = ent.key
        speakers = {k for k in out.values() if self.entities[k].full}
        for label, key in list(out.items()):
            twin = _misspelt(self.entities[key], [self.entities[k] for k in speakers if k != key])
            if twin is not None:
                out[label] = twin.key
                self.label_raws = {s: (twin.key if k == key else k) for s, k in self.label_raws.items()}
        return out

    def _titled(self, r: Raw) -> Entity | None:
        """A one-word titled name ("President Biden"): the namesake the text means, one whose title fits
        before a namesake with another ("Dr. Jill Biden" named just before), else a listed person who fits."""
        ent = self._by_surname(_surname(r.surface), r.start)
        if ent is not None and r.head and ent.head != r.head:
            person = known_person(_surname(r.surface), r.head, r.country)
            if person is not None and person_key(person.name) != ent.key:
                return self._known(r)
        return ent if ent is not None else self._known(r)

    def _generation(self, r: Raw, which: str, text: str) -> Entity | None:
        """"the elder Assad" ("elder") or "the younger Assad" ("younger") when the story names two people of that
        surname in full and one of them after a family noun of a generation ("Assad assumed power when his father,
        Hafez al-Assad, died": the elder is Hafez, the younger the other); None when the text does not tell."""
        keys = [k for k in self.by_surname.get(person_key(_surname(r.surface)), []) if self.entities[k].full]
        if len(keys) != 2:
            return None
        marks = []
        for k in keys:
            m = _KIN_NEAR.search(text, max(0, self.entities[k].first - 40), max(0, self.entities[k].first))
            marks.append(KIN_GENERATIONS.get(m.group("noun").lower(), "") if m else "")
        if marks.count("elder") + marks.count("younger") != 1:
            return None
        marked = keys[0] if marks[0] else keys[1]
        other = keys[1] if marked == keys[0] else keys[0]
        return self.entities[marked if (marks[0] or marks[1]) == which else other]

    def _headline_principal(self, r: Raw) -> Entity | None:
        """The person of the headline with the title of a label ("THE PRESIDENT:" under "Remarks by
        President Biden ...")."""
        fit = [h for h in self.headline_titled if h.head == r.head]
        if len(fit) != 1:
            return None
        ent = self._by_surname(_surname(fit[0].surface), r.start)
        return ent if ent is not None and ent.head in (None, r.head) else self._known(fit[0])

    def _emit(self, r: Raw, text: str) -> None:
        if r.kind == "person":
            self._person(r, text)
        elif r.kind == "description":
            self._description(r, text)
        elif r.kind == "pronoun":
            self._pronoun(r, text)
        elif r.kind in ("speaker", "addressee"):
            self._speaker(r, text)
        elif r.kind == "ally":
            self._ally(r, text)
        else:
            entry = r.entry
            self.out.append(ActorMention(r.start, r.end, text[r.start:r.end], entry.name, fold(entry.name),
                                         entry.kind, r.role, entry.country, r.basis, r.surface, r.flags))

    def _person(self, r: Raw, text: str) -> None:
        if r.start in self.label_raws:
            ent = self.entities[self.label_raws[r.start]]
            self._add(r, ent, text, ent.role, ent.country, r.basis)
            return
        if len(_tokens(r.surface)) > 1:
            ent = self.entities[self._key(r.surface)]
        else:
            which = _GENERATION.search(text, max(0, r.start - 16), r.start)
            ent = self._generation(r, which.group("which"), text) if which else None
            if ent is not None:
                self.generational.add(r.start)
                if which.group("which") == "elder":
                    self.elder.add(ent.key)
            ent = ent or self._titled(r)
            if ent is None:
                return
        role, country = r.role, r.country
        if r.basis == "counterpart":
            other = next((self.entities[k] for _, k, _, _ in reversed(self.history) if k != ent.key), None)
            if other is not None and other.head:
                head = COUNTERPART_ROLES.get(other.head, other.head)
                role, r.head, r.tkind = head, head, other.tkind
                if ent.role is None:
                    ent.role, ent.head, ent.tkind = role, head, other.tkind
        self._learn(ent, r)
        self._add(r, ent, text, role or ent.role, country or ent.country, r.basis)

    def _add(self, r: Raw, ent: Entity, text: str, role, country, basis: str) -> None:
        flags = r.flags + (("subject",) if r.subject and "subject" not in r.flags else ())
        self.out.append(ActorMention(r.start, r.end, text[r.start:r.end], ent.name, ent.key, "person", role, country,
                                     basis, r.surface, flags, org=ent.org))  # ("NATO Secretary-General ...": NATO's)
        if r.kind == "pronoun" and "possessive" in r.flags:
            return  # "his son", "his visit": says who owns a thing, no new mention to count or to refer back to
        if _reported_subject(text, r.start) and not self.scanner.inverted_speaker(r.start, r.end) \
                or not (r.subject and self.scanner.speaks(r.start, r.end)) and _oblique(text, r.start, r.end, r.subject):
            self.oblique.add(r.start)
        self.history.append((r.start, ent.key, r.subject, self.scanner.sentence_index(r.start)))
        self.starts_of.setdefault(ent.key, []).append(r.start)
        self.latest.pop(ent.key, None)
        self.latest[ent.key] = None
        if r.kind in ("speaker", "addressee"):
            self.deictic.add(r.start)
        self.counts[ent.key] += 1

    @staticmethod
    def _fits(ent: Entity, r: Raw, strict: bool) -> bool:
        """Does ``ent`` fit the description? ``strict``: its country must be known and equal."""
        if r.country and ent.country != r.country and (strict or ent.country is not None):
            return False
        if r.country and ent.country is None and listed_state(ent.key) not in (None, r.country):
            return False  # "the US president" is not Bashar al-Assad, named with no country in the text
        if r.own_state and ent.state != r.country:
            return False  # "the foreign ministers of Russia and China": Russia's is no minister of unknown state
        if r.org and ent.org != r.org:
            return False  # "the FSA's deputy leader" is not the president
        if r.country and not r.org and ent.org and ent.country is None:
            return False  # "the Chinese envoy" is not "U.N. envoy Alexander Pankin": an organisation's office holder
        if ent.head == r.head:
            return True
        return r.tkind == "leader" and r.head == "Leader" and ent.tkind in ("leader", "monarch")

    def _description(self, r: Raw, text: str) -> None:
        if r.start in self.label_raws:  # "THE PRESIDENT:" in a transcript: the headline's president
            ent = self.entities[self.label_raws[r.start]]
            self._add(r, ent, text, ent.role, ent.country, "description")
            return
        counted = next((f.split(":", 1)[1] for f in r.flags if f.startswith("counted:")), None)
        if counted is not None and r.head is None:  # "The two men last met in July": the last two people named
            for ent in self._counted(r, counted):
                self._add(r, ent, text, ent.role, ent.country, "description")
            return
        if self._state_officials(r, text):
            # "Syrian leaders", "Chinese envoys", "Saudi princes": officials of a state the text does not name one by one
            # speak for it, as "Syrian officials" do (events_gold.md rule 9 (a)), not the one or two of the office named
            # last ("Syrian leaders" is not Erdogan, nor "Chinese envoys" the UN envoy)
            self._add_state(r, text)
            return
        found: list[Entity] = []
        principal = self._principal(r)
        if principal is not None:
            found.append(principal)
        # the most recent people that fit; a known country first ("the Japanese leader" is not
        # a leader of unknown country when a Japanese one was mentioned); the walk back stops once ``r.count`` are
        # found, and goes by each person's last entry (``latest``), not every entry of the history: one that matches
        # no one walked the whole history, quadratic in a long article
        for strict in (True, False) if r.country else (False,):
            for key in ([] if r.indefinite else reversed(self.latest)):
                if len(found) >= r.count:
                    break
                ent = self.entities[key]
                if ent not in found and self._fits(ent, r, strict):
                    found.append(ent)
        if counted is not None and len(found) < r.count:
            # "the two ministers" after a deputy foreign minister and a deputy secretary of state: the last two named
            found = self._counted(r, counted) or found
        if not found and (r.country or r.org) and not r.indefinite:  # a headline before the story names the person
            later = sorted((e for e in self.entities.values() if e.first > r.start and self._fits(e, r, False)),
                           key=lambda e: e.first)
            found = later[:r.count]
        if not found and (r.country or r.org) and r.count == 1 and not r.indefinite \
                and (r.subject or self._opens_sentence(r)):  # ("The head of the UN observer mission has")
            ahead = self._cataphor(r)
            found = [ahead] if ahead is not None else []
        if not found:
            listed = self._listed_holder(r, text)
            found = [listed] if listed is not None else []
        if not found and self._state_plural(r):
            # "the Chinese and Russian envoys boycotted the meeting", "Russian envoys": officials of a state that
            # the text does not name one by one speak for it, as "Syrian officials" do (not "French journalists")
            self._add_state(r, text)
            return
        if not found and r.tkind == "counterpart" and r.country and not r.role and r.count == 1 \
                and not r.surface.endswith("s"):  # (not "with Israeli counterparts": people the text may name)
            r.role = self._counterpart_role(r)  # "his Turkish counterpart": the Turkish office of the one before
        if not found:
            if r.role and r.count == 1 and self.scanner.subject(r.start, r.end) and not self._apposed(r):
                # "Jordan, the former U.S. envoy, said": a person the text names by office alone speaks or acts,
                # so a pronoun after it is that person, not one named before (as for "one diplomat said"), also
                # when nothing places the office ("the crown prince was invited ... until he declined": not the
                # activist quoted six sentences before)
                self.unnamed.append((r.start, None))
            if not (r.country or r.org) or not r.role:
                return
            name = r.role if not r.country or r.country in r.role else f"{r.role} of {with_article(r.country)}"
            self.out.append(ActorMention(r.start, r.end, text[r.start:r.end], name, fold(name), "person", r.role,
                                         r.country, "description", "", r.flags + ("unresolved",), org=r.org))
            return
        for ent in found:
            self._add(r, ent, text, ent.role, ent.country, "description")

    def _listed_holder(self, r: Raw, text: str) -> Entity | None:
        """A state's office the text gives no one ("the visiting Turkish foreign minister pressed Assad") is the one
        person the article names with no title whom ``people.csv`` lists with that office and state ("Turkey's Ahmet
        Davutoglu"): none when the article names two such, for a past holder ("the former Turkish foreign
        minister"), a plural, or an organisation's office (the list gives no organisation)."""
        if r.count != 1 or r.indefinite or not r.country or r.org or not r.head \
                or _FORMER.search(text, max(0, r.start - 12), r.start) or (r.role or "").startswith("Former "):
            return None
        fit = [e for e in self.entities.values() if e.full and e.head is None and e.country in (None, r.country)
               and listed_country(e.key) == r.country and r.head in listed_titles(e.key)]
        if len(fit) != 1:
            return None
        ent = fit[0]
        ent.country = ent.country or r.country  # (not the office: "when I was Vice President of the United States")
        return ent

    @staticmethod
    def _state_plural(r: Raw) -> bool:
        """Is ``r`` a plural office of a state that speaks for it ("Syrian leaders", "the Chinese and Russian
        envoys"), not an organisation's ("Arab League envoys")?"""
        return r.count > 1 and bool(r.country) and not r.org and r.tkind in STATE_AGENTS

    def _add_state(self, r: Raw, text: str) -> None:
        """The state plural office holders ``r`` stand for (``_state_plural``): the state, its office their role."""
        self.out.append(ActorMention(r.start, r.end, text[r.start:r.end], r.country, fold(r.country), "country",
                                     f"{r.head.lower()}s", r.country, "demonym", "", r.flags))

    @staticmethod
    def _state_officials(r: Raw, text: str) -> bool:
        """Is ``r`` a plural office of a state (``_state_plural``) with no number ("Syrian leaders", "the Chinese
        envoys"), not "the two leaders", "both Turkish ministers"?"""
        if not Resolver._state_plural(r) or r.indefinite or not r.head:
            return False
        words = text[r.start:r.end].lower().split()
        if text[r.end:r.end + 1] in ("'", "’"):
            return False  # "the North American Leaders’ Summit": a meeting's name, no officials
        return not (words and (words[0] in COUNT_WORDS or words[0] in ("both", "all")))

    def _counted(self, r: Raw, fits: str) -> list[Entity]:
        """The people a counted description as a subject counts back to ("The two men last met in July", "both
        diplomats agreed": ``counted.py``): the last ``r.count`` distinct people named in the sentences just before,
        when each can be what the noun says (``fits``: any, male, female, leader); else none."""
        if not r.subject:
            return []
        sentence = self.scanner.sentence_index(r.start)
        keys: list[str] = []
        for _, key, _, sent in reversed(self.history):
            if sentence - sent > _COUNTED_SENTENCES:
                break
            if key not in keys:
                keys.append(key)
                if len(keys) == r.count:
                    break
        if len(keys) < r.count:
            return []
        people = sorted((self.entities[k] for k in keys), key=lambda e: e.first)
        if fits == "male" and any(e.gender == "female" for e in people) \
                or fits == "female" and any(e.gender == "male" for e in people) \
                or fits == "leader" and any(e.tkind not in ("leader", "monarch") for e in people):
            return []
        return people

    def _counterpart_role(self, r: Raw) -> str:
        """The office of an unnamed counterpart of a named state ("The Russian president held a phone conversation
        with his Turkish counterpart"): the counterpart of the office of the last official before it
        (``resources/counterpart_roles.csv``), else "Counterpart"; the state is the actor either way."""
        before = next((m for m in reversed(self.out) if m.end <= r.start and m.kind == "person" and m.role), None)
        if before is None or before.role not in TITLES_BY_CANONICAL:  # any canonical title ("Foreign Minister",
            # "Speaker"), not only a head's (``title_kinds.HEAD_TITLES``): a minister's counterpart is a minister
            return "Counterpart"  # (not "Arab League Special Envoy on the Syrian ...": an office of no state)
        return COUNTERPART_ROLES.get(before.role, before.role)

    def _first_start(self, begin: int, end: int) -> int | None:
        """Where the first candidate mention in ``[begin, end)`` starts (``starts`` is in text order: a bisect, not a
        walk over the article's mentions per description)."""
        i = bisect.bisect_left(self.starts, begin)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < end else None

    def _cataphor(self, r: Raw) -> Entity | None:
        """An official described by office alone as a subject ("The UN's humanitarian chief has arrived in
        Syria ...") is the person named in full as the subject that opens the next sentence ("Valerie Amos met
        ..."; after an opening phrase with no actor in it: "In a video message, Ayman al-Zawahiri said"), when
        nothing the text tells of that person contradicts the office (title, country, organisation)."""
        sc = self.scanner
        nxt = sc.sentence_index(r.start) + 1
        while nxt + 1 < len(sc.sent_starts) and not sc.work[sc.sent_starts[nxt]:sc.sent_starts[nxt + 1]].strip(' \n"”'):
            nxt += 1  # a closing quotation mark left as a sentence of its own ('... agenda."' and a line break)
        if nxt >= len(sc.sent_starts):
            return None
        begin = sc.sent_starts[nxt]
        end = sc.sent_starts[nxt + 1] if nxt + 1 < len(sc.sent_starts) else len(sc.work)
        first = self._first_start(begin, end)
        quote = _OPENING_QUOTE.match(sc.work, begin, end)
        if quote is not None:  # '"We had a very professional exchange ...," Maj Gen Robert Mood said.': who says it
            close = _QUOTE_CLOSE.search(sc.work, quote.end(), end)
            first = self._first_start(close.end(), end) if close is not None else None
        if first is None or first not in self.full_at:
            return None
        key, subject = self.full_at[first]
        ent = self.entities.get(key)
        if ent is None or not subject:
            return None
        # (a rank is no office: "The head of the UN observer mission" may be Maj Gen Robert Mood)
        rank = ent.tkind == "military" and r.tkind != "military"
        if ent.head not in (None, r.head) and not rank or ent.org not in (None, r.org) \
                or ent.country not in (None, r.country):
            return None
        if r.own_state and ent.state != r.country:
            return None
        if r.country and listed_state(ent.key) not in (None, r.country):
            return None
        if ent.role is None and r.role:
            ent.role, ent.head, ent.tkind, ent.org = r.role, r.head, r.tkind, r.org
            ent.country = ent.country or r.country
        return ent

    def _opens_sentence(self, r: Raw) -> bool:
        """Does the description open its sentence, after "The" at most ("The head of the UN observer mission")?"""
        sc = self.scanner
        return sc.starts_sentence(r.start) or sc.work[sc.sentence_start(r.start):r.start].strip(' \n"“') == "The"

    def _principal(self, r: Raw) -> Entity | None:
        """ "The President", "the Vice President" (one person, no country, no organisation): the principal
        of the text with that title, the first one it named as a subject ("President Biden spoke today
        with President Mulino of Panama. ... The President thanked ..."), not the most recent one."""
        if r.count != 1 or r.country or r.org or r.indefinite:
            return None
        for _, key, subject, _ in self.history:
            ent = self.entities[key]
            if subject and self._fits(ent, r, False):
                return ent
        return None

    def _ally(self, r: Raw, text: str) -> None:
        """"made clear we stand with our NATO Ally" (``recognize.find_gazetteer``): the member state the speaker
        calls its ally is the counterpart named just before, in the sentence or the one before it: the nearest
        person named there who is no subject ("President Biden expressed his condolences to President Erdogan
        ... and made clear we stand with our NATO Ally": Erdogan); none when there is no such person."""
        sentence = self.scanner.sentence_index(r.start)
        for _, key, subject, sent in reversed(self.history):
            if sentence - sent > 1:
                return
            if not subject:
                ent = self.entities[key]
                self._add(r, ent, text, ent.role, ent.country, r.basis)
                return

    def _speaker(self, r: Raw, text: str) -> None:
        """ "I", "me", "my" in a transcript: the person its turn's label names ("PRESIDENT BIDEN: ... I signed it");
        "you", "your": the other speaker, when the transcript has two."""
        key = self.labels.get(r.turn)
        if r.kind == "addressee":
            key = self._addressee(r, key)
        if key is not None:
            ent = self.entities[key]
            self._add(r, ent, text, ent.role, ent.country, r.basis)

    def _addressee(self, r: Raw, speaker: str | None) -> str | None:
        """Who "you" or a vocative ("Mr. President", "Madam Vice President", "General Secretary") in a turn
        of ``speaker`` is: another speaker of the transcript, the one whose title the vocative gives when
        there are several ("Mr. President" in a turn of Vice President Harris, with President Zelenskyy and
        Prime Minister X also speaking), else the only other one. A vocative names no one when it fits no
        other speaker, in a turn with no label ("Mr. President" to the chair of a session)."""
        others = list(dict.fromkeys(k for k in self.labels.values() if k != speaker))
        if r.head is not None:
            fit = [k for k in others if self.entities[k].head == r.head]
            if len(fit) == 1:
                return fit[0]
            if fit or speaker is None or any(self.entities[k].head is not None for k in others):
                return None
        return others[0] if len(others) == 1 else None

    def _pronoun(self, r: Raw, text: str) -> None:
        """Best first: a subject in the last few sentences, the nearest sentence first and in one sentence one
        whose gender is known to fit ("Mr Annan also called ... He said": not Lavrov, a subject further back;
        "UN Secretary General Ban Ki-moon earlier warned ... he warned": not "Mr Annan" before him); then
        anyone further back, known gender first. A possessive ("his visit", "her meeting with") is first the
        nearest one named before it in its own sentence ("thank President Biden for his support")."""
        sentence = self.scanner.sentence_index(r.start)
        possessive = "possessive" in r.flags
        quoted = _quote_before(text, r.start)
        # "he said", "she added": anyone before one named since only in what was reported ('Erdogan said Assad was
        # invited ... He said': Erdogan), or as an object or owner ('"...," said Elaraby. ... a rebellion against
        # Muammar Gaddafi. "...," he said': Elaraby)
        saying = not possessive and self.scanner.speaks(r.start, r.end)
        # in a transcript turn its speaker is "I" and the one spoken to "you": "he" or "she" there is someone else
        # ("What did Trump do? He eliminated that funding.", "I once said to him that if he talked about ...": not the
        # speaking President), never the speaker, nor anyone only because an "I", a "you" or a vocative of a turn
        # names them ("I was asked by Xi Jinping ... He looked at me": Xi, not the guest whose "I" spoke before)
        turn = self.scanner.turn_at(r.start)
        speaker = self.labels.get(turn) if turn is not None else None
        best, best_rank = None, (9,)
        for start, key, subject, sent in reversed(self.history):
            if quoted <= start:  # '"(Mr Assad's) close entourage is beginning to understand," he added': not Assad
                continue
            if turn is not None and (key == speaker or start in self.deictic):
                continue  # (the speakers of a transcript are "I" and "you" to each other, "he" to no one present)
            ent = self.entities[key]
            if ent.gender is not None and ent.gender != r.gender:
                continue
            distance = sentence - sent
            if distance > 2 * _PRONOUN_WINDOW:
                break
            known = ent.gender is not None
            if possessive and distance == 0:  # "Assad has intensified his crackdown": the nearest one before it
                rank = (0, -1, 0 if known else 1)
            elif saying and start in self.oblique:
                rank = (2, 0 if known else 1)
            elif subject and distance <= _PRONOUN_WINDOW:
                rank = (0, distance, 0 if known else 1)
            else:
                rank = (1, 0 if known else 1)
            if rank < best_rank:
                best, best_rank = ent, rank
        if best is not None and not self._unnamed_between(best, r, sentence):
            self._add(r, best, text, best.role, best.country, "pronoun")

    def _apposed(self, r: Raw) -> bool:
        """Is the description right after a person the text names ("Melissa Fleming, a spokeswoman for the UN
        refugee agency,"): a person named last in the sentence, at most 60 characters before it?"""
        last = self.history[-1][0] if self.history else -1
        return last >= 0 and r.start - last <= 60 \
            and self.scanner.sentence_index(last) == self.scanner.sentence_index(r.start)

    def _unnamed_between(self, best: Entity, r: Raw, sentence: int) -> bool:
        """Is a person the text does not name the subject after ``best`` was last named, in the window
        ("One activist said security forces killed three civilians ... He said that among them ...")?
        Then the pronoun is that person, no actor."""
        # (its own entries of the history, not every entry per pronoun: quadratic in a long article)
        last = max((start for start in self.starts_of.get(best.key, ()) if start < r.start), default=-1)
        return any(last < start < r.start and gender in (None, r.gender)
                   and sentence - self.scanner.sentence_index(start) <= _PRONOUN_WINDOW
                   for start, gender in self.unnamed + self.again)
