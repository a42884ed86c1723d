"""``scan.transcript_turns`` (one pass for the labels, one for the questions) gives what the per-label question
search gave."""

from timeline.actors.scan import _SPEAKER, QUESTION_LINE, transcript_turns

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
