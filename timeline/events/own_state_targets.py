"""A person's act is not aimed at the person's own state.

"Assad sent tanks and troops into several cities", "The United Nations says Assad's crackdown has killed 3,000 people
across Syria", "President Bashar al-Assad has tried brute force and political concession ... to quell protests in
Syria": the role readers take the state the act happens in (a place phrase, bare forces of the story's state) as its
counterpart (``Bashar al-Assad -> Syria``). The development sets give a listed person's own state as ``actor2`` in 2
of their 633 rows whose ``actor1`` is a person people.csv lists and that have an ``actor2`` (a leader praising his own
soldiers, a ruler leaving his country), and the extractor did so in 25 matched rows, 24 of them wrong (the
thirty-ninth session's census, ``who39``). So a row whose ``actor1`` is a person and whose ``actor2`` is the state that
person acts for (``_Builder.state_of_person``) loses that ``actor2``, and the state leaves its cast unless it is a
party in its own right (it is not: the person stands for it).

The other way round, a state's act is not aimed at its own leader ("Syria could slip into civil war ... if there is no
rapprochement between President Bashar al-Assad and an uprising", "Tanks and troops deployed in Homs after large
anti-Assad protests": ``Syria -> Bashar al-Assad``): the development sets code it in 2 of their 539 rows whose
``actor2`` is a listed person with an ``actor1``, both a state's rally for its leader (``support``, kept); the
extractor did in 10 matched rows, 9 wrong. The leader loses ``actor2`` but stays in the cast: where such a row is
wrong the text most often names the leader as the one acting ("Iran had hoped the Arab Spring, something Supreme
Leader Ayatollah Ali Khamenei dubbed ...": the gold's ``actor1`` is Khamenei). ``own_leader_targets`` is the older,
narrower reading of this (an act of force, the leader named after a protest word).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..actors.gazetteer import country_entry
from ..model import Event


def without_own_state(events: list[Event], state_of_person: Callable[[str], str | None]) -> list[Event]:
    """``events`` with each person's own state dropped as the ``actor2`` of that person's act, and each state's own
    leader as the ``actor2`` of the state's act other than support (module doc)."""
    out = []
    for e in events:
        if e.actor1 is not None and e.actor2 is not None and country_entry(e.actor1) is None \
                and state_of_person(e.actor1) == e.actor2:
            e = replace(e, actor2=None, actors=tuple(a for a in e.actors if a != e.actor2))
        elif e.actor1 is not None and e.actor2 is not None and e.event_family != "support" \
                and country_entry(e.actor1) is not None and country_entry(e.actor2) is None \
                and state_of_person(e.actor2) == e.actor1:
            e = replace(e, actor2=None)
        out.append(e)
    return out
