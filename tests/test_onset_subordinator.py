"""``dating.onset_subordinator``: the one test of a finite clause of onset that holds a date, which ``period_onset``
and ``since_onset.since_onset_act`` both ask (since_onset once repeated it with dating's private names)."""

from timeline.events.dating import onset_subordinator, period_onset
from timeline.model import Mention


def _mention(text: str, words: str) -> Mention:
    at = text.index(words)
    return Mention(start=at, end=at + len(words), text=words, type="DATE", value="2011-03")


def test_a_since_clause_of_onset_gives_its_subordinator():
    text = "Relations have deteriorated sharply since the uprising against Assad began in March 2011."
    mention = _mention(text, "March 2011")
    sub = onset_subordinator(text.lower(), 0, mention)
    assert sub is not None and sub.group() == "since " and period_onset(text.lower(), 0, mention)


def test_another_subordinator_of_onset_and_a_clause_of_no_onset():
    text = "They were expelled from Syria shortly after unrest began in March."
    sub = onset_subordinator(text.lower(), 0, _mention(text, "March"))
    assert sub is not None and sub.group() == "after "  # (since_onset_act wants a "since")
    text = "The country has changed since he succeeded his father in March 2000."
    assert onset_subordinator(text.lower(), 0, _mention(text, "March 2000")) is None
