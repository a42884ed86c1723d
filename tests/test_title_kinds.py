"""One table of title kinds (titles.csv) behind the readers that ask whether words carry a party's or an office's
title (``actors.title_kinds.has_title``): ``analysts`` (a party's title before a commentator's surname) and ``places``
(titles no district is named after)."""

import pytest

from timeline.actors import places
from timeline.actors.title_kinds import has_title
from timeline.events import analysts


@pytest.mark.parametrize("subject, analyst", [
    ("pope ", True),  # the analyst Hugh Pope: "Pope" is a religious title, no party's
    ("mr. landis ", True),  # an honorific marks a person, no party
    ("radikal's yetkin ", True),
    ("king salman ", False),  # a monarch's title: the king, whatever commentator shares his name
    ("prince salman ", False),
    ("sheikh salman ", False),  # an honorific in titles.csv, a ruler's title before a speaking name
    ("president landis ", False),
    ("foreign minister landis ", False),
    ("gen. landis ", False),
    ("spokeswoman landis ", False),
    ("secretary landis ", False),
    ("senator landis ", False),  # a legislator is a party's voice too
])
def test_party_title_before_an_analysts_surname(subject, analyst):
    names = frozenset({"pope", "landis", "yetkin", "salman"})
    assert analysts._named(subject, names) is analyst


@pytest.mark.parametrize("name, titled", [
    ("President Assad", True), ("Prime Minister Erdogan", True), ("Sheikh Maqsoud", False), ("General Hospital", False),
])
def test_titles_no_district_is_named_after(name, titled):
    assert has_title(name, places._OFFICES) is titled
