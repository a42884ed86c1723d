"""``private_speakers.private_names`` reads a name's predicate in place, wherever in the text the name stands."""

from timeline.events.private_speakers import _description, private_names


def test_copula_predicate_read_at_the_names_end():
    # (the copula is matched at the name's end, not on a copy of the text's rest: the offsets are the text's own)
    lead = "The city was quiet on Friday. " * 40
    text = lead + 'Kholood (not her real name) is a mother of four. "You have to cover my face," Kholood says.'
    at = text.index(" is a mother")
    assert _description(text, at) == "a mother of four"
    assert "kholood" in private_names(text)


def test_no_copula_no_predicate():
    text = "That was what Lena had said. Lena, a medical student at the University of Aleppo, had said in her email"
    assert _description(text, text.index(" had said")) == ""
