"""``events.own_state_targets``: a person's act is not aimed at the person's own state."""

from dataclasses import replace

from timeline.events.own_state_targets import without_own_state
from timeline.model import Event

STATES = {"Bashar al-Assad": "Syria", "Recep Tayyip Erdogan": "Turkey"}


def _event(actor1, actor2, actors):
    return Event(event_id="x", event_date=None, date_start=None, date_end=None, precision="none", date_text=None,
                 date_basis="unresolved", event_type="mobilize", status="reported", actors=actors, actor1=actor1,
                 actor2=actor2, location=None, location_basis=None, sentence="", article_id="a", title=None,
                 source=None, url=None, char_start=0, char_end=0)


def test_own_state_dropped_from_actor2_and_cast():
    [e] = without_own_state([_event("Bashar al-Assad", "Syria", ("Bashar al-Assad", "Syria"))], STATES.get)
    assert (e.actor2, e.actors) == (None, ("Bashar al-Assad",))


def test_another_state_kept():
    [e] = without_own_state([_event("Recep Tayyip Erdogan", "Syria", ("Recep Tayyip Erdogan", "Syria"))], STATES.get)
    assert e.actor2 == "Syria"


def test_a_state_acting_is_no_person():
    [e] = without_own_state([_event("Syria", "Syria", ("Syria",))], lambda name: "Syria")
    assert e.actor2 == "Syria"


def _state_event(actor1, actor2, actors, family):
    return replace(_event(actor1, actor2, actors), event_family=family)


def test_own_leader_no_target_of_his_state_but_stays_in_cast():
    [e] = without_own_state([_state_event("Syria", "Bashar al-Assad", ("Syria", "Bashar al-Assad"), "threaten")],
                            STATES.get)
    assert (e.actor2, e.actors) == (None, ("Syria", "Bashar al-Assad"))


def test_a_states_rally_for_its_leader_kept():
    [e] = without_own_state([_state_event("Syria", "Bashar al-Assad", ("Syria", "Bashar al-Assad"), "support")],
                            STATES.get)
    assert e.actor2 == "Bashar al-Assad"


def test_force_at_own_leader_after_protest_leaves_cast():
    # (once own_leader_targets: "Syrian forces shot dead six people protesting against President Bashar al-Assad")
    e = replace(_event("Syria", "Bashar al-Assad", ("Syria", "Bashar al-Assad")), event_type="military",
                sentence="Syrian forces shot dead six people protesting against President Bashar al-Assad.")
    [out] = without_own_state([e], STATES.get)
    assert (out.actor2, out.actors) == (None, ("Syria",))
    # near miss: no protest word before the leader: the leader stays in the cast
    [out] = without_own_state([replace(e, sentence="Syrian forces shot dead six people, Bashar al-Assad said.")],
                              STATES.get)
    assert (out.actor2, out.actors) == (None, ("Syria", "Bashar al-Assad"))
