"""Rule 25's point verbs (events/point_verbs.py): which verbs the lexicon leaves to the pass."""

from __future__ import annotations

import pytest

from timeline.events.point_verbs import _VERB


@pytest.mark.parametrize("text,unread", [
    ("he was clear about the need to protect american workers", True),  # read1 item 4: the lookahead sees the text
    ("the leaders were clear that the ceasefire must hold", True),
    ("president biden raised the humanitarian crisis in gaza", True),
    ("the two sides highlighted the joint efforts", True),
    ("he also communicated the continued determination", True),
    ("president biden underscored the united states' commitment", False),  # the lexicon's saying verb
    ("she reiterated that the united states stands with", False),
])
def test_unread_point_verbs(text, unread):
    m = _VERB.search(text)
    assert m is not None and (m.group("unread") is not None) is unread


def test_was_clear_needs_its_complement():
    """"was clear" alone (no about / that / on / with after it) is no point verb: "the road was clear." """
    assert _VERB.search("the road was clear.") is None
