"""A relative aside that holds a date runs to its closing comma, not to a number's comma (``relatives.aside_span``:
"which the United Nations says has killed at least 3,500 people since March"); the date in a clause a comma closes
is also tested in tests/data/constructions/closed_clause_dates.jsonl."""

from timeline.events.relatives import aside_span
from timeline.model import Mention


def _mention(text: str, words: str) -> Mention:
    at = text.index(words)
    return Mention(start=at, end=at + len(words), text=words, type="DATE", value="2011-03")


def test_number_comma_does_not_close_an_aside():
    text = ("Activists said police killed 11 people on Friday, in the latest violence in a crackdown, which the "
            "United Nations says has killed at least 3,500 people since March.")
    span = aside_span(text.lower(), 0, len(text), _mention(text, "March"))
    assert span is not None and span[0] == text.index(", which") and span[1] == len(text)


def test_comma_still_closes_an_aside():
    text = "The party, which seized power in March, has ruled since."
    span = aside_span(text.lower(), 0, len(text), _mention(text, "March"))
    assert span == (text.index(", which"), text.index(", has"))



def test_number_comma_does_not_close_a_subordinate_clause():
    from timeline.events.dating import _closed_clause_end
    text = "The UN stopped estimating the death toll after it passed 5,400 in January, saying it was too difficult."
    mention = _mention(text, "January")
    assert _closed_clause_end(text.lower(), 0, mention) == text.index(", saying")


def test_clause_comma_is_no_thousands_comma():
    """``cues.CLAUSE_COMMA``, the one comma test of ``dating``'s subordinate clauses and ``relatives``' asides: a
    number's thousands comma closes neither ("killed at least 3,500 people", "after it passed 5,400 in January"), a
    comma after a number or a word does ("in January 2011, saying", "in March, 3 people")."""
    import re

    from timeline.events.cues import CLAUSE_COMMA

    comma = re.compile(CLAUSE_COMMA)
    assert comma.search("killed at least 3,500 people") is None
    assert comma.search("after it passed 5,400 in January") is None
    assert comma.search("in January 2011, saying") is not None
    assert comma.search("in March, 3 people") is not None
    assert comma.search("between 2011,2012") is not None


def test_punct_break_one_clause_break():
    """``cues.PUNCT_BREAK``, the one break of a clause for a verb's clause reading and ``dating``'s subordinate clauses
    (once ``dating._SUB_BREAK``, a near-copy): a number's comma is none, a spaced dash of any length is one."""
    from timeline.events.cues import PUNCT_BREAK

    assert PUNCT_BREAK.search("after it passed 5,400 in January") is None
    assert PUNCT_BREAK.search("after it passed 5,400 in January, saying").group() == ","
    for dash in (" - ", " -- ", " — "):
        assert PUNCT_BREAK.search(f"since the party seized power in 1963{dash}was") is not None
    assert PUNCT_BREAK.search("a pro-government rally") is None


def test_double_dash_closes_a_subordinate_clause():
    from timeline.events.dating import _closed_clause_end
    text = "The law, in place since the Baath Party seized power in 1963 -- was lifted on Thursday."
    assert _closed_clause_end(text.lower(), 0, _mention(text, "1963")) == text.index(" -- ")
