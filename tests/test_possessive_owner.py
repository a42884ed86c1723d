""""his"/"her" before an event noun: the owner of the event (real corpus passages)."""

from timeline.actors import find_actors
from timeline.events.extract import sentence_event


def _event(text):
    return sentence_event(text, find_actors(text))


def test_her_meeting_is_the_person_named_before_it():
    # t17-bbc-27: was "United States" / "Syrian opposition"
    text = ("Instead, the US is taking steps outside the structures of the UN to support Syrian opposition groups, "
            "such as the setting up of the working group with Turkey announced by Mrs Clinton in her meeting with "
            "her Turkish counterpart Ahmet Davutoglu on Saturday.")
    owners = [m.name for m in find_actors(text) if m.text == "her"]
    assert owners and {o.split()[-1] for o in owners} == {"Clinton"}


def test_his_support_is_the_nearest_person_before_it():
    # wh-2024-07-11 remarks: "I" (Zelenskyy) thanks Biden for *his* support
    text = "President Zelenskyy said he wanted to thank President Biden for his support and personal statement."
    assert [m.name for m in find_actors(text) if m.text == "his"] == ["Joseph R. Biden"]


def test_his_meeting_with_names_the_owner():
    text = ("Kofi Annan said on Wednesday that the plan had failed. At his last meeting with President Assad in "
            "Damascus on 9 July, the two men agreed to try to arrange localized ceasefires.")
    mention = [m for m in find_actors(text) if m.text == "his"]
    assert [m.name for m in mention] == ["Kofi Annan"]


def test_her_as_object_is_no_owner():
    text = "Secretary Clinton met Foreign Minister Davutoglu, who told her that Turkey would help."
    assert not [m for m in find_actors(text) if m.text == "her"]


def test_possessive_is_no_speaker():
    # PLOVER GSR01-REJECT-0024: "his office said" keeps Katsav (the subject) as actor1, not the "his" span
    text = ("Israeli President Moshe Katsav has refused to meet Jordan's visiting King Abdullah II in Tel Aviv, "
            "saying he would only welcome him in Jerusalem, his office said Tuesday.")
    ev = _event(text)
    assert ev.actor1 is not None and ev.actor1.text != "his"


def test_named_subject_still_owns_his_noun():
    text = "Assad has intensified his crackdown on protests demanding his resignation."
    ev = _event(text)
    assert ev is not None and ev.actor1 is not None and ev.actor1.text == "Assad"
