"""events/condemned_conduct.py: the attributive shape reads in linear time and matches the shapes it read before."""

from __future__ import annotations

import pytest

from timeline.events.condemned_conduct import _ATTRIBUTIVE, condemned_conduct
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

from runaway import QUARTER, growth


def test_attributive_long_run_of_spaces_is_fast():
    # three whitespace quantifiers side by side once made this cubic: 2,000 spaces took over two minutes
    # timed against the same text with a quarter of the run (tests/runaway.py), not in seconds, which a busy machine
    # fails: linear reading takes at most four times as long (2.4 measured), cubic 64 times; 8 lies well between
    def read(text):
        process_article(Article(id="spaces", text=text, published="2012-05-01"), Settings(run_date="2026-12-01"))
        low = text.lower()
        condemned_conduct(low, (0, len(low)))
    ratio = growth(read, 'Lavrov said on Monday the "appalling' + " " * (2000 // QUARTER) + 'x" was bad.',
                   'Lavrov said on Monday the "appalling' + " " * 2000 + 'x" was bad.', 8.0)
    assert ratio < 8.0, ratio


@pytest.mark.parametrize("phrase", [
    "horrific campaign", '"horrific campaign', 'horrific "campaign', "horrific  campaign", "heinous and cowardly attacks",
    "truly appalling acts", "appalling, barbaric massacre", "appalling ,barbaric massacre", 'appalling, "brutal campaign',
    "appalling new crackdown", "heinous massacre", 'appalling " crackdown', "appallingly acts",
])
def test_attributive_shapes(phrase):
    assert _ATTRIBUTIVE.search(phrase) is not None


@pytest.mark.parametrize("phrase", ["appalling situation", "appalling and", "the horrific", "appallingx"])
def test_attributive_near_misses(phrase):
    assert _ATTRIBUTIVE.search(phrase) is None


def test_predicative_and_it_was_long_runs_of_spaces_are_fast():
    # a \s+ beside _Q's \s* was quadratic: 8,000 spaces took 1.7 s in these two patterns alone
    # (against a quarter of the run, as above: linear 4 times, 3.9 measured; quadratic 16)
    def text(n):
        return "the massacre was" + " " * n + "x. it was" + " " * n + "y"
    ratio = growth(lambda low: condemned_conduct(low, (0, len(low))), text(20000 // QUARTER), text(20000), 8.0)
    assert ratio < 8.0, ratio


@pytest.mark.parametrize("text", [
    "the massacre at houla was appalling", 'the massacre was "appalling', "the massacre was  appalling",
    'the shelling is utterly "unconscionable', 'it was "appalling" the government had refused', "it was appalling that they",
    "it was  appalling  that they",
])
def test_predicative_and_it_was_shapes(text):
    assert condemned_conduct(text, (0, len(text)))


@pytest.mark.parametrize("text", ["it was appalling to see", "the situation was appalling", "it was appalling and sad"])
def test_predicative_and_it_was_near_misses(text):
    assert not condemned_conduct(text, (0, len(text)))


def test_quotations_read_over_the_sentence_when_not_given():
    """With no ``quotes`` (the tests' path) the quotations are those of ``low`` as one sentence, as the sentence reader
    gives them: a content that starts inside a quotation ('the horrific campaign of violence" had ...', its opening
    mark before the content) is read the same on both paths."""
    from timeline.events.predicates import quoted_spans
    low = 'clinton said that "the horrific campaign of violence" had shocked the world'
    content = (low.index("the horrific"), len(low))
    assert condemned_conduct(low, content) is condemned_conduct(low, content, quoted_spans(low, 0, len(low))) is True
