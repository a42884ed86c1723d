"""``events.sole_town``: an unplaced act of force or protest is at the one town its sentence names."""

from timeline.events.sole_town import sole_town


def test_the_one_town_named_as_a_place():
    assert sole_town("Syrian troops killed 16 people in attacks in the city of Homs on Tuesday.") == "Homs"
    assert sole_town("A youth was later killed in Saqba when soldiers opened fire on him.") == "Saqba"


def test_no_capital_and_no_country():
    assert sole_town("The government in Damascus says it is fighting armed gangs.") is None
    assert sole_town("Officials said the same techniques were used in Iran to crush protests.") is None


def test_two_towns_name_no_one_place():
    assert sole_town("Troops killed five people in Homs and two in Hama, activists said.") is None
