"""Long runs of white space or full stops in a scraped page read in linear time: the sentence splitter's boundary and
accepted_plans' verb group (each tried at every character of a run that fails it, they were quadratic), and the shapes
they matched before still match."""

from __future__ import annotations

import re

import pytest

from timeline.events.accepted_plans import _VERB
from timeline.events.analysts import _AND, _named
from timeline.events import speech
from timeline.events.speech import CONTRAST, contrast_search
from timeline.events.reporting_subjects import subject_after
from timeline.events.unnamed_sources import _TAIL, _tail
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.sentences import split_sentences
from timeline.settings import Settings

from runaway import QUARTER, growth

_STORY = ("The Syrian government had not followed an Arab peace plan it agreed to before the monitors were sent, the "
          "League said on Monday. ")


def _read(text: str, title: str | None = None) -> None:
    process_article(Article(id="run", text=text, title=title, published="2012-01-10"), Settings(run_date="2026-12-01"))


# Each guard times the pathological text against the same text at a quarter of its length (tests/runaway.py: CPU time,
# best of alternate tries), not against a number of seconds, which a slow or busy machine failed on correct code.
# LINEAR: the runs of white space or marks are read in linear time, so the full text takes at most four times its
# quarter (3.1-4.1 measured; the story around the run only lowers it); a quadratic rule takes up to 16 times (each
# one's old pattern, put back, made it 13-16; the cubic attributive one 61-63). 8 is twice the one and half the other.
LINEAR = 8.0
# NOT_CUBIC: two guards are against cubic work (a pass over the clause for each pair of verb and actor): the text is
# many clauses, and reading them is still quadratic (each verb is asked about the actors before it), so the full text
# takes about 16 times its quarter (10.5-13.7 measured) and cubic work 64. 32 is twice the one and half the other.
NOT_CUBIC = 32.0


def _grows(make, n: int, bound: float, run=_read) -> float:
    """``growth`` of ``run`` from ``make(n / 4)`` to ``make(n)``: ``make`` builds the text with ``n`` repeats."""
    return growth(run, make(n // QUARTER), make(n), bound)


@pytest.mark.parametrize("fill", [" ", "\t", "\u00a0", "\n"])
def test_long_white_space_run_in_a_sentence_is_fast(fill):
    # _VERB's leading \s+ was tried at every space of the run: 8,000 tabs took 1.5 s in accepted_plans alone
    ratio = _grows(lambda n: _STORY + "Officials said" + fill * n + "they left.", 20000, LINEAR)
    assert ratio < LINEAR, ratio


@pytest.mark.parametrize("mark", [".", "!", "?"])
def test_long_run_of_full_stops_is_fast(mark):
    # "[.!?]+" opening the boundary was tried at every mark of a run followed by a lower-case word: 8,000 took 0.7 s
    # in split_sentences, 20,000 about 4 s
    def make(n):
        return _STORY + "Officials said" + mark * n + " they left. It ended."
    ratio = _grows(make, 20000, LINEAR, split_sentences)
    assert ratio < LINEAR, ratio
    ratio = _grows(make, 20000, LINEAR)
    assert ratio < LINEAR, ratio


@pytest.mark.parametrize("text, expected", [
    ("He left... Then she came.", ["He left...", "Then she came."]),
    ("He left!?! Then she came.", ["He left!?!", "Then she came."]),
    ('He said "yes."  Then she came.', ['He said "yes."', "Then she came."]),
    ("He left .... then she came. It ended.", ["He left .... then she came.", "It ended."]),
    ("Was it?! (Yes.) It was.", ["Was it?!", "(Yes.)", "It was."]),
])
def test_boundary_shapes(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize("text, start", [
    ("an arab peace plan it agreed to before", 21), ("the agreement he signed with the league", 16),
    ("a deal which syria had already accepted,", 18), ("the plan it  formally  endorsed.", 11),
])
def test_accepted_verb_shapes(text, start):
    assert [m.start() for m in _VERB.finditer(text)] == [start]


@pytest.mark.parametrize("fill", [" ", "\t", "\u00a0"])
def test_long_white_space_run_before_a_saying_is_fast(fill):
    # unnamed_sources' _TAIL ("(?:\s+...)*\s*$") and speech's CONTRAST ("\s*--") were searched from every space of the
    # run: 8,000 spaces before "said" took 2 s in unnamed_source, 20,000 in a reported clause 10 s in _own_clause
    # (runaway31: with _tail or contrast_search put back to a plain _TAIL.search / CONTRAST.search this text stays
    # linear, 3.4: the searches no longer cross the run here; it still guards the whole reading of such a text)
    ratio = _grows(lambda n: _STORY + "Diplomats" + fill * n + "said the plan" + fill * n
                   + "failed and Russia said it had agreed.", 20000, LINEAR)
    assert ratio < LINEAR, ratio


@pytest.mark.parametrize("low, start", [
    ("he said the talks failed, while the ", 24), ("he said the talks failed -- although ", 24),
    ("he said the talks failed  — whereas russia ", 24), ("he said, though the ", 7),
])
def test_contrast_shapes(low, start):
    assert contrast_search(low, 0, len(low)).start() == start == CONTRAST.search(low).start()


@pytest.mark.parametrize("low, start", [
    ("a senior official also said", 17), ("diplomats   have said", 9), ("officials said", 9), ("   officials said", 12),
    ("  also said", 0),
])
def test_unnamed_tail_shapes(low, start):
    stop = low.rindex(" said") + 1
    assert _tail(low, 0, stop).start() == _TAIL.search(low, 0, stop).start() == start


def test_analyst_pair_split_is_fast():
    # the pair's "\s+and\s+" was tried at every space of the run: 20,000 spaces 0.3 s a call (quadratic)
    ratio = _grows(lambda n: "harris" + " " * n + "x", 50000, LINEAR,
                   lambda subject: _named(subject, frozenset({"harris"})))
    assert ratio < LINEAR, ratio


@pytest.mark.parametrize("subject", ["harris and kirsch", "harris  and\tkirsch", " and harris", "harris and  and kirsch",
                                     "sand andy", "harris   x  and   kirsch and pope"])
def test_analyst_pair_split_shapes(subject):
    assert _AND.split(subject) == re.split(r"\s+and\s+", subject)


def test_long_white_space_run_before_a_readout_point_is_fast():
    # point_verbs' _CONJUNCT and _DESCRIBED ("..., and he also raised") are searched over the sentence before the verb;
    # their leading \s+ was tried at every space of the run: 40,000 spaces before "raised" in a readout took 2 s
    def make(n):
        return ("President Biden met with President Xi on Monday. The President also" + " " * n
                + "raised the humanitarian crisis in Gaza, and" + " " * n + "raised the war.")
    ratio = _grows(make, 40000, LINEAR, lambda text: _read(text, "Readout of President Biden's Meeting with President Xi"))
    assert ratio < LINEAR, ratio


@pytest.mark.parametrize("before, conjunct, described", [
    ("president biden met xi, and ", True, False), ("he met xi and also ", True, False), ("he met xi,and ", False, False),
    ("he met xi, and he also ", False, True), ("the president  ", False, True), ("they met. and  the two leaders ", False, True),
    ("the president and", False, False),
])
def test_readout_point_subject_shapes(before, conjunct, described):
    from timeline.events.point_verbs import _CONJUNCT, _DESCRIBED
    assert (_CONJUNCT.search(before) is not None) == conjunct
    assert (_DESCRIBED.search(before) is not None) == described


@pytest.mark.parametrize("fill", [" ", "\u00a0", "\n"])
def test_long_white_space_run_after_an_embassy_place_is_fast(fill):
    # places._MISSION_IN had "\s+(?:al|el|de)?-?\s*" between the words of the place: two white-space quantifiers side
    # by side when the optional words are absent, 4 s on 20,000 spaces after "closed its embassy in Deir"
    ratio = _grows(lambda n: _STORY + "Britain closed its embassy in Deir" + fill * n + "and left.", 20000, LINEAR)
    assert ratio < LINEAR, ratio


@pytest.mark.parametrize("after, place", [
    (" in Deir al-Zor on Monday", "Deir al-Zor"), (" in Ras al Ain on", "Ras al Ain"), (" in Damascus, Syria", "Damascus"),
    (" in the United States", "United States"), (" in Washington -Jones", "Washington -Jones"), (", in protest", None),
    (" in  Deir  el- Zor", "Deir  el- Zor"),
])
def test_embassy_place_shapes(after, place):
    from timeline.events.places import _MISSION_IN
    m = _MISSION_IN.match("closed its embassy" + after, len("closed its embassy"))
    assert (m.group("place") if m else None) == place


def test_long_reported_clause_with_many_presents_is_fast():
    # speech._PRESENT_BE looked ahead over the rest of the clause after every "is"/"are" for a past auxiliary, once per
    # speech act after "and": 6 s on this 3,800-word sentence; now the last "is"/"are" only
    # (cubic: each "is" times each speech act times the clause; the clause is still read in quadratic time)
    ratio = _grows(lambda n: _STORY + "Lavrov said that " + "the plan is good and " * (3 * n) + "the troops had left "
                   + "and warned of war " * n + "and condemned the attack.", 200, NOT_CUBIC)
    assert ratio < NOT_CUBIC, ratio


@pytest.mark.parametrize("clause, present", [
    ("the era of military coups is over and ", True), ("the man, who is a party member, had threatened him and ", False),
    ("the resolution was one-sided and ", False), ("this island has no port and ", False), ("they are here, he has", False),
    ("it had failed but they are ready and ", True),
])
def test_present_be_shapes(clause, present):
    from timeline.events.speech import _present_be
    assert _present_be(clause, 0, len(clause)) == present


@pytest.mark.parametrize("fill", [" ", "\u00a0"])
def test_long_white_space_run_in_an_inverted_subject_is_fast(fill):
    # reporting_subjects' _INVERTED_END ("\s+(?:on ...)", "\s*$") was tried at every space of the run: 20,000 spaces
    # after '..." said Abu Ahmed, a shopkeeper' took 6 s
    ratio = _grows(lambda n: '"We are afraid," said Abu Ahmed, a shopkeeper' + fill * n + "in Beirut on Monday.", 20000,
                   LINEAR)
    assert ratio < LINEAR, ratio


@pytest.mark.parametrize("low, subject", [
    ('"no," said abu ahmed, a shopkeeper in beirut on monday.', " abu ahmed, a shopkeeper in beirut"),
    ('"no," said a resident   on condition of anonymity.', " a resident"),
    ('"no," said a resident, speaking by phone', " a resident"),
    ('"no," said a shopkeeper  ,  ', " a shopkeeper  "),
    ('"no," said a shopkeeper', " a shopkeeper"),
])
def test_inverted_subject_shapes(low, subject):
    at = low.index("said")
    span = subject_after(low, 0, len(low), at, at + 4, 16)
    assert low[span[0]:span[1]] == subject


def test_long_sentence_of_repeated_clauses_is_fast():
    # subjects._subject_past asked _group about each actor before each verb, and _group passed over the clause's actors
    # at each step, with HARD searched from each actor back to the verb: 15 s on this 2,800-word sentence (cubic)
    # (cubic; each verb is still asked about each actor before it, quadratic: NOT_CUBIC)
    ratio = _grows(lambda n: _STORY + "Britain closed its embassy in Damascus and " * n + "left.", 400, NOT_CUBIC)
    assert ratio < NOT_CUBIC, ratio


@pytest.mark.parametrize("text, verb, subject", [  # (the answers before the indexing, too)
    ("Britain and France closed their embassies in Damascus.", "closed", ["Britain", "France"]),
    ("Russia, China and Iran warned the West.", "warned", ["Russia", "China", "Iran"]),
    ("Russia, China, Iran warned the West.", "warned", ["Iran"]),
    ("Britain and France, Germany and Italy agreed.", "agreed", ["Britain", "France", "Germany", "Italy"]),
    ("With support from Egypt and Qatar, Hamas agreed; Britain said", "said", ["Britain"]),
    ("The Republic of Indonesia (RI) and Malaysia signed.", "signed", ["Republic of Indonesia", "Malaysia"]),
    ("Syria's army and Russia attacked.", "attacked", ["Syria's army", "Russia"]),
    ("The United States, Britain and European allies say", "say", ["United States", "Britain"]),
])
def test_subject_group_shapes(text, verb, subject):
    from timeline.actors import find_actors
    from timeline.events.subjects import subject_group
    pos = text.rindex(" " + verb)
    before = [a for a in find_actors(text) if a.end <= pos]
    assert [a.text for a in subject_group(before, text.lower(), pos, 0)] == subject


_NAMES = ["Sergei Lavrov", "John Kerry", "Ban Ki-moon", "Kofi Annan", "Bashar al-Assad", "Recep Tayyip Erdogan",
          "Hillary Clinton", "William Hague", "Alain Juppe", "Nabil Elaraby"]


@pytest.mark.parametrize("frame, rest", [("Lavrov said ", " attended the talks."),
                                         ("Lavrov said that ", " had attended the talks and signed the deal.")])
def test_long_list_of_names_in_a_reported_clause_is_fast(frame, rest):
    # speech._own_clause searched the reported clause from its start up to each actor, for "and"/"but" and for
    # contrast_search: 4.5 s on 2,800 names (quadratic); now a few words back from each actor (speech.words_back)
    ratio = _grows(lambda n: _STORY + frame + ", ".join(_NAMES * n) + rest, 280, LINEAR)
    assert ratio < LINEAR, ratio


def _openers(low: str, start: int, end: int) -> tuple[int | None, int | None]:
    """The two searches _own_clause makes before an actor at ``end``: where "and"/"but" starts and where a contrast
    starts."""
    m = speech._AND_BEFORE.search(low[start:end])
    c = contrast_search(low, start, end)
    return (start + m.start() if m else None), (c.start() if c else None)


_PIECES = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", ",", ", ", " ,", "--", " -- ", "—", "–", "and", "but", "the",
           "while", "whereas", "although", "though", "x", "russia", "al-assad", "ki-moon", "said", "sand", "them", "a",
           "1", ".", '"', "band", "butt"]


def test_windowed_opener_searches_equal_the_full_ones():
    # words_back's proof, checked: over generated clauses, at every end, the searches from a few words back find what
    # the searches from the clause's start find (the leftmost match, or none)
    import random
    rng = random.Random(25)
    # (the longest matches first: a contrast spanning five words opened by white space, which a window of five words
    # would miss by that white space)
    written = ["he said x -- while the syrian army ", "he said x  — whereas the two sides ", "a, while the b c ",
               "a b, and the ", "a b and the c, but ", "x\n--although the a-b c "]
    for low in written + ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(1500)]:
        start = rng.randint(0, min(3, len(low)))
        for end in range(start + 1, len(low) + 1):
            near = speech.words_back(low, start, end, speech._OPENER_WORDS + 1)
            assert start <= near <= end
            assert _openers(low, near, end) == _openers(low, start, end), (low, start, end)


@pytest.mark.parametrize("low, near", [
    ("lavrov said kerry, annan, ban, hague and ", 7), ("a b", 0), ("one two three four five six seven ", 4),
    ("one  two\tthree\u00a0four\nfive six seven  ", 5), ("x" * 10, 0),
])
def test_words_back_shapes(low, near):
    assert speech.words_back(low, 0, len(low), 6) == near
