"""``stem_scan.StemScan`` gives the plain pattern's matches (``analysts._NAMED_AFTER``, ``private_speakers``' gates)."""

import re

from timeline.events.analysts import _KINDS, _NAMED_AFTER
from timeline.events.private_speakers import _KEYWORD_BEFORE_NAME, _PRIVATE, _PRIVATE_SCAN
from timeline.events.stem_scan import FOLDS, StemScan, stem

TEXTS = ['"It is a test," said Syria expert Joshua Landis, associate professor of Middle East studies.',
         "Columnist Asli Aydintasbas of Milliyet wrote. UN experts John Smith and weapons experts Ann Lee came.",
         "ANALYST Hugh Pope and anaLysts  Peter Harling; fellow Baathist Saddam Hussein; the professor Ali bin Said",
         "political scientist Fawaz Gerges, director of research Emile Hokayem, Trader Joe Bloggs",
         "said expert \u017fomebody Else; the Kelvin \u212a expert Ann Lee",  # folds: the plain scan
         "\u0130stanbul analyst Ahmet Y\u0131lmaz said", "no one here", "",
         "Resident Abu Omar said", "residents said", "a 45-year-old engineer who asked not to be named",
         "said Ahmed, 34, a", "an elderly woman said", "shop owner Ali said", "aid workers said", "a worker said",
         "Refugee agency officials said", "one local, who", "said Omar, from the town of Douma", "Student Lina Said"]


def test_folds_are_every_non_ascii_character_that_ignorecase_matches_to_an_ascii_letter():
    letter = re.compile(r"(?i)[a-z]").fullmatch
    assert {chr(c) for c in range(128, 0x110000) if letter(chr(c))} == FOLDS


def test_stems():
    assert stem("analysts?") == "analyst"
    assert stem(r"political\s+scientists?") == "political"
    assert stem(r"(?<!un\s)(?<!u\.n\.\s)experts?(?!\s+(?:from|of)\s+the\s+(?:un|united))") == "expert"
    assert stem(r"(?<=\bone\s)local(?=\s*,)") == "local"
    assert stem("analyst|trader") is None  # an alternation of its own
    assert stem(r"(?:senior\s+)?analyst") is None and stem(r"\w+ist") is None and stem(r"\d{1,3}-year-old") is None
    assert all(stem(v) for v in _KINDS["occupation"])  # the analysts' scan is on: no value without a stem


def test_same_matches_as_the_plain_pattern():
    keyword = re.compile(_KEYWORD_BEFORE_NAME.pattern.pattern)
    assert _PRIVATE_SCAN.pattern.pattern == _PRIVATE.pattern
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.title() for t in TEXTS]:
        assert [m.span() for m in _NAMED_AFTER.finditer(text)] == [m.span() for m in _NAMED_AFTER.pattern.finditer(text)]
        assert _PRIVATE_SCAN.found(text.lower()) == (_PRIVATE.search(text.lower()) is not None)
        assert _KEYWORD_BEFORE_NAME.found(text) == (keyword.search(text) is not None)
    assert len(list(_NAMED_AFTER.finditer(TEXTS[0]))) == 1
    assert [_PRIVATE_SCAN.found(t.lower()) for t in TEXTS[8:]] == [True, False, True, True, True, True, False, True,
                                                                   False, True, True, True]


def test_values_with_no_stem():
    scan = StemScan(r"(?i:\b(?:{values}))\s+[A-Z]\w+", [r"\w+ist", "analyst"])
    assert scan.stems == ["analyst"] and scan.rest is not None
    assert [m.group() for m in scan.finditer("the economist Aref Dalila")] == ["economist Aref"]  # (the plain scan)
    assert scan.found("the economist Aref Dalila") and scan.found("analyst Hugh Pope") and not scan.found("economist")
