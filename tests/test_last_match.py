"""``last_match``: the last of a pattern's non-overlapping matches in a stretch, as the ``for ...: pass`` loops it
replaced left their loop variable (fourteen passes read back from a point with it)."""

import re

from timeline.last_match import last_match

_SINCE = re.compile(r"\bsince\s+")


def test_the_last_match_in_the_stretch():
    text = "Since March the army has shelled Homs, and since the uprising began it has killed hundreds since then."
    found = last_match(_SINCE, text.lower(), 0, text.index("it has"))
    assert found is not None and found.start() == text.index("since the uprising")
    assert last_match(_SINCE, text.lower(), 0, len(text)).start() == text.rindex("since")
    assert last_match(_SINCE, text.lower(), 5, 20) is None  # (none in the stretch)


def test_the_last_of_the_matches_read_from_pos_not_a_search_back():
    # overlapping candidates: read from pos, "aaa" takes the first three; the last match is the lone "a" after it, as
    # the loop found it (a search back from the end would give "aaa" at 1)
    found = last_match(re.compile(r"a{1,3}"), "aaaa", 0, 4)
    assert found is not None and found.span() == (3, 4)
    loop = None
    for loop in re.compile(r"a{1,3}").finditer("aaaa", 0, 4):
        pass
    assert loop.span() == found.span()
