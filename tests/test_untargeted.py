"""The one pass over untargeted acts (``untargeted.aim_untargeted``): a rule a type, the shared guards once; and the
helpers the final read of the thirty-fifth session's change asked for (``Predicate.gerund``, ``first_word``,
``continued._first_person``)."""

import datetime as dt
from dataclasses import replace

import pytest

from timeline.events.continued import _FIRST_PERSON, _FIRST_PERSON_GROUP, _first_person
from timeline.events.predicates import Predicate
from timeline.events.triggers import Trigger
from timeline.events.untargeted import RULES, Story, aim_untargeted
from timeline.model import Event

SENTENCE = "Rebels launched a major offensive on Friday."


def row(etype, actor1, actor2=None, sentence=SENTENCE, trigger="launched"):
    return Event(event_id="e1", event_date="2012-07-27", date_start=dt.date(2012, 7, 27), date_end=dt.date(2012, 7, 27),
                 precision="day", date_text="Friday", date_basis="explicit", event_type=etype, status="reported",
                 actors=tuple(a for a in (actor1, actor2) if a), actor1=actor1, actor2=actor2, location=None,
                 location_basis=None, sentence=sentence, article_id="a1", title=None, source=None, url=None,
                 char_start=0, char_end=len(sentence), trigger=trigger)


def story(country="Syria", people=None):
    people = people or {}
    return Story(country, [], [], people.get, SENTENCE, SENTENCE.lower())


def test_each_type_has_one_rule_and_the_rebels_act_of_force_is_at_their_state():
    assert {"sanction", "retreat", "protest", "assault", "military", "accuse", "demand"} == set(RULES)
    aimed, = aim_untargeted([row("military", "Syrian rebels")], story())
    assert (aimed.actor2, aimed.actors) == ("Syria", ("Syrian rebels", "Syria"))
    # another state's rebels, a row with a target, a story with no country, a type with no rule: left as they are
    for e, s in ((row("military", "Libyan rebels"), story()), (row("assault", "Syrian rebels", "Turkey"), story()),
                 (row("military", "Syrian rebels"), story(None)), (row("mobilize", "Syrian rebels"), story())):
        assert aim_untargeted([e], s) == [e]


def test_a_condemnation_of_the_violence_is_at_the_story_state_after_the_charge_rule_found_none():
    """``condemned_violence.violence_target``, a rule of the same pass: for a charge after ``charged_state``."""
    text = "The United Nations and United States also condemned the violence."
    s = Story("Syria", [], [], {}.get, text, text.lower())
    accuse = replace(row("accuse", "United Nations", sentence=text, trigger="condemned"),
                     trigger_char_start=text.index("condemned"))
    aimed, = aim_untargeted([accuse], s)
    assert aimed.actor2 == "Syria"
    demand = replace(row("demand", "Saudi Arabia", sentence="Saudi Arabia demanded an immediate end to the bloodshed.",
                         trigger="demanded"), trigger_char_start=13)
    text2 = demand.sentence
    aimed, = aim_untargeted([demand], Story("Syria", [], [], {}.get, text2, text2.lower()))
    assert aimed.actor2 == "Syria"
    # the state's own condemnation, and a killing (one deed whose doer the gold leaves unnamed): left as they are
    own = replace(accuse, actor1="Syria", actors=("Syria",))
    assert aim_untargeted([own], s) == [own]
    killing = "France condemned the killing of a cameraman."
    k = replace(row("accuse", "France", sentence=killing, trigger="condemned"), trigger_char_start=7)
    assert aim_untargeted([k], Story("Syria", [], [], {}.get, killing, killing.lower())) == [k]


def test_the_story_states_own_act_is_no_act_at_itself():
    """``Story.own_act``: the guard the protest and charge rules (and the sanction rule's agents) share."""
    protest = row("protest", "Bashar al-Assad", sentence="Bashar al-Assad marched on Friday.", trigger="marched")
    assert story(people={"Bashar al-Assad": "Syria"}).own_act(protest)
    assert aim_untargeted([protest], story(people={"Bashar al-Assad": "Syria"})) == [protest]
    assert not story().own_act(row("protest", None))


def test_a_retreat_is_a_sanctions_rule_only_when_it_suspends_a_mission():
    assert aim_untargeted([row("retreat", "Arab League", trigger="withdrew")], story()) == \
        [row("retreat", "Arab League", trigger="withdrew")]


@pytest.mark.parametrize("group, gerund", [("after suspending syria's membership", True),
                                            ("after they suspended syria's membership", False)])
def test_predicate_gerund_reads_the_first_word_of_the_verb_group(group, gerund):
    low = "the league met " + group
    at = low.index("suspend")
    p = Predicate(Trigger(at, at + len("suspending" if gerund else "suspended"), "suspend", "sanction", "V"),
                  "sanction", "verb", "reported", at if gerund else low.index("they") + 5)
    assert p.gerund(low) is gerund
    assert p.first_word(low) == ("suspending" if gerund else "suspended")


def test_first_person_patterns_are_one_definition_with_two_counts():
    assert _FIRST_PERSON.search("we also strongly condemn", 0, len("we also strongly ")) is not None
    assert _FIRST_PERSON.search("we continue to insist", 0, len("we continue to ")) is None
    assert _FIRST_PERSON_GROUP.search("we continue to insist", 0, len("we continue to ")) is not None
    assert _first_person({"also"}, 1).pattern.endswith("(?:(?:also|[a-z]{3,}ly)\\s+){0,1}$")
