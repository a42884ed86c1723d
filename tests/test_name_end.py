"""``names.NAME_END``: a name's possessive or a quote closing it ends the name as a space does, an apostrophe inside
a word ("O'Brien", "Côte d'Ivoire") goes on with it (names.TICK, capital_names, recognize.ORG_MEMBER_RE)."""

from __future__ import annotations

import re

import pytest

from timeline.actors.names import NAME_END, NAME_RE
from timeline.actors.recognize import ORG_MEMBER_RE

_GROUP = re.compile(r"Group" + NAME_END)


@pytest.mark.parametrize("text, ends", [
    ("Group co-chairs", True), ("Group's co-chairs", True), ("Group’s co-chairs", True), ("Group' of", True),
    ("Group.", True), ("Groups", False), ("Group-led", False), ("Group'x", False), ("Group’d", False),
    ("Group'sx", False),
])
def test_name_end(text, ends):
    assert (_GROUP.match(text) is not None) == ends


@pytest.mark.parametrize("text, name", [
    ("Colonel Riad al-As ` aad's men attacked", "Colonel Riad al-As ` aad"),
    ("Colonel Riad al-As ` aad’s men attacked", "Colonel Riad al-As ` aad"),
    ("Colonel Riad al-As ` aad said", "Colonel Riad al-As ` aad"),
    ("Walid al-Mu ` allem' office", "Walid al-Mu ` allem"),  # a quote closing the name
    # near misses: an opening quote's mark before a word that goes on, and a contraction, join no name
    ("Ab ` cd'x said", "Ab"),
    ("If ` we're going", "If"),
    ("Sean O'Brien's deputy", "Sean O'Brien"),
])
def test_tick_name_possessive(text, name):
    assert NAME_RE.match(text).group() == name


@pytest.mark.parametrize("text, member", [
    ("NATO ally's airspace", True), ("NATO ally’s airspace", True), ("NATO member state", True),
    ("NATO ally", True), ("NATO allies' navies", False), ("NATO member states", False), ("NATO ally-led", False),
])
def test_org_member_possessive(text, member):
    assert (ORG_MEMBER_RE.match(text, text.index(" ")) is not None) == member
