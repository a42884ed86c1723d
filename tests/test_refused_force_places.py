"""refused_force_places: where a refused military act would happen is no counterpart of the refusal (rule 38)."""

from timeline.events.refused_force_places import refused_act_place


class _P:
    type = "reject"
    end = 0


def _at(low: str, name: str) -> bool:
    p = _P()
    p.end = low.index("out") + 3 if "out" in low else low.index("reject") + 6
    return refused_act_place(p, low, low.index(name))


def test_place_after_intervention_is_no_target():
    assert _at("nato ruled out the possibility of military intervention in syria monday", "syria")
    assert _at("we reject any military action in syria", "syria")


def test_direct_object_and_other_types_kept():
    assert not _at("syria rejected the arab league plan", "arab league")
    p = _P()
    p.type = "demand"
    low = "called for military intervention in syria"
    assert not refused_act_place(p, low, low.index("syria"))
