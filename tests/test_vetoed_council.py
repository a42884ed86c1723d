"""The counterpart of a veto is the UN Security Council (timeline/events/vetoed_council.py): the cast of a joint veto,
which the construction rows (actor1 / actor2 only) cannot pin. Its ``actor2`` is the Council, not the co-vetoer: every
development row of a joint veto codes it so (fresh21 ``t17-bbc-193#6``, fresh29 ``t17-bbc-141#1``, fresh30
``t17-bbc-171#22``, bbc ``t17-bbc-111#3`` ...); until the thirty-fifth session this test pinned "China"."""

from __future__ import annotations

import pytest

from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings

SETTINGS = Settings(run_date="2026-12-01")


def _rejections(text: str) -> list:
    result = process_article(Article(id="v", text=text, published="2012-02-06", source="Reuters"), SETTINGS)
    return [e for e in result.events if e.event_type == "reject"]


@pytest.mark.parametrize("text", [
    "Russia and China have blocked resolutions condemning President Bashar al-Assad.",
    "Russia and China vetoed a U.N. resolution on Syria on Saturday.",
    "That resolution was vetoed by Russia and China, who oppose outside involvement.",
    "Russia and China have vetoed two previous resolutions, saying they were unbalanced.",
])
def test_joint_veto_cast_is_the_vetoers_and_the_council(text):
    (event,) = _rejections(text)
    assert set(event.actors) == {"Russia", "China", "UN Security Council"}
    assert event.actor1 == "Russia"
    assert event.actor2 == "UN Security Council"


def test_resolution_of_another_body_gets_no_council():
    (event,) = _rejections("Lebanon blocked an Arab League resolution condemning Syria.")
    assert "UN Security Council" not in event.actors
