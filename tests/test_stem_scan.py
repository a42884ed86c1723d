"""``stem_scan.StemScan`` gives ``finditer``'s matches (``analysts._NAMED_AFTER``)."""

import re

from timeline.events.analysts import _KINDS, _NAMED_AFTER, _NAMED_AFTER_SCAN
from timeline.events.stem_scan import FOLDS, StemScan, stem


def test_folds_are_every_non_ascii_character_that_ignorecase_matches_to_an_ascii_letter():
    letter = re.compile(r"(?i)[a-z]").fullmatch
    assert {chr(c) for c in range(128, 0x110000) if letter(chr(c))} == FOLDS


def test_stems():
    assert stem("analysts?") == "analyst"
    assert stem(r"political\s+scientists?") == "political"
    assert stem(r"(?<!un\s)(?<!u\.n\.\s)experts?(?!\s+(?:from|of)\s+the\s+(?:un|united))") == "expert"
    assert stem("editor") == "editor"
    assert stem("analyst|trader") is None  # an alternation of its own
    assert stem(r"(?:senior\s+)?analyst") is None and stem(r"\w+ist") is None
    assert all(stem(v) for v in _KINDS["occupation"])  # the scan is on: no value without a stem


def test_same_matches_as_finditer():
    texts = ['"It is a test," said Syria expert Joshua Landis, associate professor of Middle East studies.',
             "Columnist Asli Aydintasbas of Milliyet wrote. UN experts John Smith and weapons experts Ann Lee came.",
             "ANALYST Hugh Pope and anaLysts  Peter Harling; fellow Baathist Saddam Hussein; the professor Ali bin Said",
             "political scientist Fawaz Gerges, director of research Emile Hokayem, Trader Joe Bloggs",
             "said expert \u017fomebody Else; the Kelvin \u212a expert Ann Lee",  # folds: the plain scan
             "\u0130stanbul analyst Ahmet Y\u0131lmaz said", "no one here", ""]
    for text in texts + [t.upper() for t in texts] + [t.title() for t in texts]:
        assert [m.span() for m in _NAMED_AFTER_SCAN.finditer(text)] == [m.span() for m in _NAMED_AFTER.finditer(text)]
    assert len(list(_NAMED_AFTER_SCAN.finditer(texts[0]))) == 1


def test_a_value_with_no_stem_scans_everywhere():
    pattern = re.compile(r"(?i:\b(?:\w+ist))\s+[A-Z]\w+")
    scan = StemScan(pattern, [r"\w+ist"])
    assert scan.stems is None
    assert [m.group() for m in scan.finditer("the economist Aref Dalila")] == ["economist Aref"]
