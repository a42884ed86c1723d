"""The start of an untitled article's text, which names it in the chronology list (``article_lead``)."""

from __future__ import annotations

import pytest

from timeline.article_lead import LIMIT, cut, lead
from timeline.dateline import parse_dateline


def body(text: str) -> int:
    found = parse_dateline(text)
    return found.body_start if found else 0


@pytest.mark.parametrize("text, expected", [
    # a wire story: past its dateline, its first sentence
    ("MOSCOW, December 26. /TASS/. Lavrov met Fidan on Monday. They discussed Syria.", "Lavrov met Fidan on Monday."),
    ("BEIRUT (Reuters) - Syrian forces shelled Homs. Activists said 20 died.", "Syrian forces shelled Homs."),
    # a BBC page's stamp and a byline opening the text are no story
    ("24 April 2011 Last updated at 17:55 GMT Help Syrian security forces have arrested dozens of activists.\nMore.",
     "Syrian security forces have arrested dozens of activists."),
    ("09 February 12 07:00 GMT UN chief Ban Ki-moon says the Arab League plans to revive its mission.",
     "UN chief Ban Ki-moon says the Arab League plans to revive its mission."),
    ("By Jim Muir BBC News, Beirut The scars of the Syrian conflict are plain to see.",
     "The scars of the Syrian conflict are plain to see."),
    # a headline running on into its byline: the headline
    ("In hiding with a Syrian activist's family By Sue Lloyd Roberts BBC News, Syria Only men join the protests.",
     "In hiding with a Syrian activist's family"),
    # a headline on a line of its own
    ("Turkey presses Assad\n\nAnkara urged Damascus on Tuesday to end its crackdown.", "Turkey presses Assad"),
    # an abbreviation ends no sentence ("U.S. officials"), white space is one space
    ("The U.S. envoy  met\tAssad. Then he left.", "The U.S. envoy met Assad."),
    ("", ""),
    ("   \n  ", ""),
])
def test_lead_is_the_first_sentence_or_line_past_the_furniture(text, expected):
    assert lead(text, body(text)) == expected


def test_lead_is_cut_on_a_word_boundary_with_an_ellipsis():
    text = ("Parts of Homs were bombarded for weeks The Red Cross has been unable to access the wrecked area of Baba "
            "Amr, in the Syrian city of Homs, for a third day.")
    got = lead(text)
    assert got == "Parts of Homs were bombarded for weeks The Red Cross has been unable to access…"
    assert len(got) <= LIMIT + 1 and text.startswith(got[:-1])


@pytest.mark.parametrize("line, expected", [
    ("short", "short"),
    ("x" * 100, "x" * 80 + "…"),  # one long word: cut inside it
    ("a" * 78 + ", bb cc", "a" * 78 + "…"),  # no comma before the ellipsis
    ("a" * 80, "a" * 80),  # exactly the limit: whole
])
def test_cut(line, expected):
    assert cut(line) == expected
