"""Officials named by office alone ("the UN's humanitarian chief", "Turkey's foreign minister") and relatives
who share a surname ("his father, Hafez"). Passages from the Syria corpus (Timeline17 BBC and Reuters copy)."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.model import Article
from timeline.pipeline import process_article
from timeline.settings import Settings


def _actor(text: str, phrase: str, nth: int = 0):
    start = [i for i in range(len(text)) if text.startswith(phrase, i)][nth]
    return next(m for m in find_actors(text) if m.start <= start < m.end)


# ---- an office named with no name --------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, name", [
    # t17-bbc-22: the next sentence opens with the name the office fits (cataphora)
    ("The UN's humanitarian chief has arrived in Syria to urge the government to allow aid access to its "
     "battle-scarred cities. Valerie Amos met the Syrian foreign minister in Damascus and is to visit the "
     "violence-hit city of Homs.", "UN's humanitarian chief", "Valerie Amos"),
    # t17-bbc-161: after an opening phrase with no actor in it
    ("Al-Qaeda's leader has backed the anti-government uprising in Syria, urging the opposition not to rely on "
     "the Arab League or the West for help. In a video message, Ayman al-Zawahiri said the Syrian rebels had the "
     "right to use whatever means they saw fit.", "Al-Qaeda's leader", "Ayman al-Zawahiri"),
    # t17-reuters-173: the next sentence opens with the minister's name in the possessive
    ("Turkey's foreign minister held his first acknowledged meeting with Syrian opposition leaders. Ahmed "
     "Davutoglu's discussion with the opposition Syrian National Council Monday night, reported by an unnamed "
     "Turkish foreign ministry official, followed a threat by Syria.", "Turkey's foreign minister",
     "Ahmed Davutoglu"),
    # keep: the Syrian president named before is still the one the description means (t17-bbc-115)
    ("President Bashar al-Assad spoke on Sunday. The Syrian president said it was designed to show that the "
     "Arabs were divided.", "Syrian president", "Bashar al-Assad"),
    # t17-reuters-197: "representative" is an office, and the quotation closing the sentence does not hide the next one
    ('BEIRUT (Reuters) - Syria\'s representative to the Arab League said Saturday\'s decision to suspend Damascus '
     'violated the organization\'s charter and showed it was "serving a Western and American agenda."\nYoussef Ahmed '
     'told Syrian state television that the move could only be taken by consensus at a summit.',
     "Syria's representative", "Youssef Ahmed"),
], ids=["un-humanitarian-chief", "al-qaeda-leader", "turkey-foreign-minister", "keep-syrian-president",
        "representative-after-closing-quote"])
def test_office_is_the_person_named_next(text, phrase, name):
    assert _actor(text, phrase).name == name


@pytest.mark.parametrize("text, phrase", [
    # t17-bbc-65: the next sentence opens with another actor ("The BBC's Jonathan Head"): no guess
    ("Lebanon's prime minister condemned the killing of Mr Shaaban. The BBC's Jonathan Head, on the Turkey-Syria "
     "border, says the Syrian army has been careful to keep away from the border.", "Lebanon's prime minister"),
    # t17-bbc-120: a leader of the FSA is not the president, the leader named before
    ("President Bashar al-Assad blamed terrorists. The FSA's deputy leader told the BBC its fighters had been "
     "attacking the bases at the time.", "FSA's deputy leader"),
    # t17-bbc-171: the US president is not Bashar al-Assad, named with no country
    ("Bashar al-Assad said the army would go on. The US president has described the situation in Syria as "
     "\"heartbreaking\".", "US president"),
], ids=["bbc-reporter-next", "fsa-deputy-leader", "us-president"])
def test_office_with_no_fitting_name_stays_unresolved(text, phrase):
    m = _actor(text, phrase)
    assert "unresolved" in m.flags


def test_office_of_an_organisation_of_a_country_acts_for_the_organisation():
    """t17-bbc-120: the FSA's deputy leader speaks for the FSA, not for Syria."""
    text = ("The FSA's deputy leader told the BBC its fighters had been attacking the bases at the time, but were "
            "not responsible for the blasts.")
    events = process_article(Article(id="t", text=text, published="2012-03-18"), Settings()).events
    assert [e.actor1 for e in events if e.event_type == "statement"] == ["Free Syrian Army"]


def test_office_of_an_organisation_acts_for_it():
    """t17-reuters-340: no one is named; the UN's human rights chief acts for the UN."""
    text = ("The U.N. human rights chief has demanded that the world act to stop the carnage and warned of "
            "full-blown civil war in the country.")
    m = _actor(text, "human rights chief")
    assert (m.role, m.org) == ("United Nations Human Rights Chief", "United Nations")
    events = process_article(Article(id="t", text=text, published="2011-12-02"), Settings()).events
    assert any(e.event_type == "demand" and e.actor1 == "United Nations" for e in events)


def test_meeting_on_a_visit_is_an_event_of_its_own():
    """t17-bbc-22: the visit of the lead and the meeting of the next sentence are two events."""
    text = ("The UN's humanitarian chief has arrived in Syria to urge the government to allow aid access to its "
            "battle-scarred cities. Valerie Amos met the Syrian foreign minister in Damascus and is to visit the "
            "violence-hit city of Homs.")
    events = process_article(Article(id="t", text=text, published="2012-03-07"), Settings()).events
    kinds = {(e.event_type, e.actor1) for e in events}
    assert ("visit", "Valerie Amos") in kinds and ("meeting", "Valerie Amos") in kinds


# ---- relatives who share a surname ----------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, name", [
    # t17-bbc-232
    ("The family of President Bashar al-Assad has been in power since his father, Hafez, took over in a coup in "
     "1970.", "Hafez", "Hafez al-Assad"),
    # t17-reuters-187, with "Assad" alone before it
    ("Assad has promised reforms. Under the rule of Assad's father, Hafez, Syrian forces razed the old quarter of "
     "the city of Hama in 1982.", "Hafez", "Hafez al-Assad"),
    # t17-reuters-26: "his" is the person named nearest before, not the last one named in full
    ("Ford and Seif Khouri spoke. Tall and softly spoken Assad was thrust into the spotlight after the death of his "
     "elder brother Basel in a car crash in 1994.", "Basel", "Basel al-Assad"),
    # t17-bbc-223
    ("Assef Shawkat rose through the ranks. But there were reports of friction with Bashar's younger brother, "
     "Maher, who is alleged to have shot him in the stomach in 1999. Bashar al-Assad said.", "Maher",
     "Maher al-Assad"),
], ids=["his-father-hafez", "assads-father-hafez", "his-brother-basel", "bashars-brother-maher"])
def test_relative_by_given_name_is_another_person(text, phrase, name):
    assert _actor(text, phrase).name == name


def test_surname_after_a_relative_stays_with_the_story_person():
    text = ("Assad has promised reforms. Under the rule of Assad's father, Hafez, Syrian forces razed the old "
            "quarter of Hama in 1982. Assad said on Sunday that the army would withdraw.")
    assert _actor(text, "Assad", 2).name == "Bashar al-Assad"
    assert _actor(text, "Assad", 0).name == "Bashar al-Assad"


def test_relative_of_an_unknown_person_is_not_guessed():
    text = "Zorg said so. Under the rule of Zorg's father, Hafez, the forces razed the old quarter."
    assert not any(m.text == "Hafez" for m in find_actors(text))
