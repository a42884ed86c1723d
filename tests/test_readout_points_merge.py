"""A readout's points are a row each (events_gold.md rule 25): the merge does not fold the principal's points of the
day into one statement, as it folds a wire story's sayings of one speech (the speech rule) (merge._one_speech, the
"points" mark extract gives the events of a readout or joint statement). The text is the White House readout of Jake
Sullivan's call with Tzachi Hanegbi of 2023-06-23 (its first paragraph)."""

from __future__ import annotations

from dataclasses import replace

from timeline.merge import merge
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

_TITLE = ("Readout of National Security Advisor Jake Sullivan’s Call with Israeli National Security Advisor "
          "Tzachi Hanegbi")
_TEXT = ("Assistant to the President for National Security Affairs Jake Sullivan spoke with Israeli National "
         "Security Advisor Tzachi Hanegbi on June 23. Sullivan extended sincere condolences to the Israeli "
         "people for the June 20 terrorist attack by Hamas that killed four Israeli civilians in the West "
         "Bank. Sullivan also expressed deep concern over the recent extremist settler attacks against "
         "Palestinian civilians and the destruction of their property in the West Bank. He reiterated the "
         "importance of holding accountable those responsible for such acts of violence.")


def _statements(title: str | None):
    article = Article(id="hanegbi", text=_TEXT, published="2023-06-23", title=title)
    events = process_article(article, Settings(run_date="2026-12-01")).events
    return [e for e in events if e.event_type == "statement" and e.actor1 == "Jake Sullivan"]


def test_a_readouts_points_of_one_principal_stay_a_row_each():
    said = _statements(_TITLE)
    assert len({e.char_start for e in said}) >= 2
    merged, _ = merge(said)
    assert len(merged) == len({e.char_start for e in said})


def test_the_same_sayings_in_wire_copy_are_one_speech():
    said = [replace(e, extra={k: v for k, v in e.extra.items() if k != "points"}) for e in _statements(_TITLE)]
    merged, _ = merge(said)
    assert len(merged) == 1
