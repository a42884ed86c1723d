"""A capital that opens a name ("the Bucharest Nine", "the Paris Agreement") is no metonym (actors/capital_names.py)."""

from __future__ import annotations

import pytest

from timeline.actors.capital_names import name_end


@pytest.mark.parametrize("text, capital, named", [
    ("spoke today with the Bucharest Nine (B9) group", "Bucharest", "Bucharest Nine"),
    ("the co-chairs of the OSCE Minsk Group said", "Minsk", "Minsk Group"),
    ("the goals of the Paris Agreement", "Paris", "Paris Agreement"),
    ("signatories of the 2005 Damascus Declaration, which", "Damascus", "Damascus Declaration"),
    ("in fulfillment of commitments reflected in the November 2022 Phnom Penh Statement", "Phnom Penh",
     "Phnom Penh Statement"),
    ("And the Berlin Wall came down", "Berlin", "Berlin Wall"),
    # the name's possessive, or a quote closing it, ends it as a space does
    ("the OSCE Minsk Group's co-chairs met", "Minsk", "Minsk Group"),
    ("the Paris Agreement’s goals", "Paris", "Paris Agreement"),
    ("the Bucharest Nine's leaders", "Bucharest", "Bucharest Nine"),
    ("the so-called 'Paris Club' of creditors", "Paris", "Paris Club"),
    # near misses: a capital followed by a capitalised word that opens no name keeps its reading
    ("shooting in Damascus Three people were killed", "Damascus", None),  # a caption run into its sentence
    ("Jim Muir BBC News, Beirut The issue of the video", "Beirut", None),
    ("will discuss in Brussels Friday possible sanctions", "Brussels", None),
    ("Walter E. Washington Convention Center", "Washington", None),  # a venue
    ("Bucharest and Washington agreed", "Bucharest", None),
    ("Moscow Mayor Sergei Sobyanin", "Moscow", None),
    ('before his "Damascus Spring" faded amid a wave of repression', "Damascus", None),  # a period: the state's own
])
def test_name_end(text, capital, named):
    start = text.index(capital)
    end = name_end(text, start, start + len(capital))
    assert (text[start:end] if end is not None else None) == named
