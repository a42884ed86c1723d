"""``scan.transcript_turns`` (one pass for the labels, one for the questions), ``Scanner.turn_at`` (a bisect over
the turns' starts) ``Scanner.label_named`` (a lookup by the label's colon) and ``Scanner.titles_between`` (a bisect over the titles'
starts) give what the per-label question search and the scans over every turn and every title gave."""

from timeline.actors.recognize import find_vocatives
from timeline.actors.scan import _SPEAKER, QUESTION_LINE, Scanner, transcript_turns

# a press conference's shape: labels, questions (one indented), a label with no question before the next label,
# a "Q " inside a line (no question line), and a label line that is also a question line ("Q AND ANSWERS:", an empty turn)
TEXT = ("Remarks by President Biden in Press Conference\n"
        "THE PRESIDENT: Thank you. I signed it today. Ask me about the Q and A later.\n"
        "Q Mr. President, will you run again?\n"
        "THE PRESIDENT: My plan is to run. You know, we will see.\n"
        "  Q Thank you, Mr. President.\n"
        "PRESIDENT ZELENSKYY: Thank you. He looked at me.\n"
        "THE PRESIDENT: Good.\n"
        "Q AND ANSWERS: the questions.\n"
        "Q One more?\n"
        "THE PRESIDENT: No.")


def _old_turns(text: str) -> list[tuple[int, int]]:
    """The turns as the scanner found them before: a question search from each label to the end of the text."""
    labels = [m.start(1) for m in _SPEAKER.finditer(text)] if ":" in text else []
    return [(start, min([b for b in labels if b > start] + [q.start() for q in QUESTION_LINE.finditer(text, start)]
                        + [len(text)])) for start in labels]


def test_turns_as_the_per_label_search():
    assert transcript_turns(TEXT) == _old_turns(TEXT)
    assert len(transcript_turns(TEXT)) == 6 and transcript_turns("No labels here: none.") == []
    for cut in range(0, len(TEXT), 7):  # every prefix and suffix: a turn cut short, a question first or last
        assert transcript_turns(TEXT[:cut]) == _old_turns(TEXT[:cut])
        assert transcript_turns(TEXT[cut:]) == _old_turns(TEXT[cut:])


def test_turn_at_as_the_scan_over_every_turn():
    sc = Scanner(TEXT)
    for position in range(len(TEXT) + 1):
        linear = next((label for label, end in sc.turns if label <= position < end), None)
        assert sc.turn_at(position) == linear
    assert sc.turn_at(0) is None and sc.turn_at(TEXT.index("I signed")) == TEXT.index("THE PRESIDENT")
    assert sc.turn_at(TEXT.index("Q Mr.")) is None  # (a question is no labelled turn)


def test_label_named_as_the_scan_over_every_turn():
    """reread44: ``coref._labels`` scanned every turn for every raw mention; the lookup by the colon finds the same
    label for every span of the text, the empty turn's ("Q AND ANSWERS:") and the turns' ends left out of it."""
    for text in (TEXT, TEXT.replace("THE PRESIDENT: Good.", "THE PRESIDENT: Good: fine.")):
        sc = Scanner(text)
        spans = {start: sc.work.find(":", start) for start, _ in sc.turns}
        found = 0
        for end in range(len(text) + 1):
            for start in range(end + 1):
                old = next((s for s, colon in spans.items() if s <= start < colon and end == colon), None)
                assert sc.label_named(start, end) == old
                found += old is not None
        assert found == sum(colon - s for s, colon in spans.items())  # every start inside a label, at its colon
    sc = Scanner(TEXT)
    colon = TEXT.index(": Thank you. I")
    assert sc.label_named(TEXT.index("THE PRESIDENT"), colon) == TEXT.index("THE PRESIDENT")
    assert sc.label_named(TEXT.index("PRESIDENT:"), colon) == TEXT.index("THE PRESIDENT")
    assert sc.label_named(TEXT.index("AND ANSWERS"), TEXT.index(": the questions")) == TEXT.index("Q AND ANSWERS")
    assert sc.label_named(TEXT.index("THE PRESIDENT"), colon - 1) is None


def test_titles_between_as_the_scan_over_every_title():
    """reread44: ``recognize.find_vocatives`` scanned every title for every turn; the bisect gives the same titles in
    the same order for every span, an empty one (the empty turn's, whose end comes before its text) too."""
    text = TEXT + "\nVICE PRESIDENT HARRIS: Thank you, Mr. President, and thank you, General Secretary."
    sc = Scanner(text)
    assert len(sc.titles) >= 10
    for start in range(-1, len(text) + 2):
        for end in range(-1, len(text) + 2):
            assert sc.titles_between(start, end) == [t for t in sc.titles if start <= t.start < end]
    assert [v.surface for v in find_vocatives(sc)] == ["President", "General Secretary"]


def test_no_label_is_no_turn():
    assert Scanner("DAMASCUS (Reuters) - Syria said: no.").turn_at(10) is None
