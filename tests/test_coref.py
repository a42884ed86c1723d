"""Pronoun resolution on real passages of the corpora (t17 Syria, White House readouts): each case
failed before the rule it pins."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors


def _resolved(text: str, pronoun: str, nth: int = -1) -> str | None:
    """The name the ``nth`` occurrence of ``pronoun`` (as a whole word) resolves to, None when unresolved."""
    import re

    starts = [m.start() for m in re.finditer(rf"(?<!\w){pronoun}(?!\w)", text)]
    start = starts[nth]
    found = [m.name for m in find_actors(text) if m.start == start]
    return found[0] if found else None


@pytest.mark.parametrize("text, pronoun, name", [
    # t17-bbc-98: "Mr" makes Annan a man, so "He" is not Lavrov, named before with a known given name
    (" came under mortar attack and 30 people died.\nThe UK-based Syrian Observatory for Human Rights relea"
     "sed amateur video footage claiming to show the explosion in Zamalka, a town 10km (six miles) east of"
     " the Syrian capital.\nThere has been no independent confirmation of the incident.\nIn Geneva, Russian "
     "Foreign Minister Sergei Lavrov said there were no preconditions to the proposed transition that dict"
     "ated who should or should not be in the transitional government.\nAll parties must recommit to sustai"
     "ned cessation of armed violence and immediately implement UN envoy Kofi Annan's six-point peace plan"
     " Transitional government formed on basis of mutual consent; can include officials serving under Pres"
     "ident Assad and opposition members Syrians will determine future of their country; all groups allowe"
     "d to join national dialogue process Constitutional order and legal system to be reviewed; changes su"
     "bject to popular approval All parties must engage genuinely with Mr Annan to work towards a Syrian-l"
     "ed settlement Saturday's \"action group\" conference was attended by both Western powers and Russia an"
     "d China.\nMr Annan also called for an immediate ceasefire and adherence to the UN's six-point peace p"
     "lan.\nHe said there should be access to Syria for humanitarian organizations and media.",
     "He", "Kofi Annan"),
    # t17-bbc-166: "Mr Zhai met his Syrian counterpart ... He also met members of the opposition"
    ("One opposition group said the bombardment was the heaviest since troops of President Bashar al-Assad "
     "launched attacks on anti-government strongholds 13 days ago.\nMr Zhai met his Syrian counterpart, Faisal "
     "Mekdad, in the capital, Damascus - the outcome of their meeting was not immediately announced.\n"
     "He also met members of the opposition during his visit.", "He", "Zhai"),
])
def test_coref_title_tells_gender(text, pronoun, name):
    assert _resolved(text, pronoun) == name


@pytest.mark.parametrize("text, pronoun, name", [
    # t17-reuters-52: the speaker after the verb is the subject, not the president named before
    ("U.S. President Barack Obama praised the League's move and France said it was time for international bodies "
     "to take more action against Syria's government.\nThe Arab League will impose economic and political "
     "sanctions on Damascus and has appealed to member states to withdraw their ambassadors, said Qatar's Prime "
     "Minister Sheikh Hamad bin Jassim al-Thani.\nIt will also call a meeting of Syrian opposition parties, he "
     "said.", "he", "Hamad bin Jassim al-Thani"),
    # t17-reuters-171: the subject of "told" after an aside, not the man named inside the quotation
    ("Refinery worker Ramadan Abdel Qader, who had been shot in the foot, told Reuters that gunmen in 14 or 15 "
     "trucks had come from the direction of the Gaddafi-held coastal city of Sirte.\n\"We heard firing and "
     "shelling at around 9 in the morning from Gaddafi loyalists,\" he said.", "he", "Abdel Qader"),
])
def test_coref_subject_after_verb_or_aside(text, pronoun, name):
    assert _resolved(text, pronoun) == name


@pytest.mark.parametrize("text, pronoun", [
    # t17-reuters-94: "He" is the activist, no one the text names
    ("Idlib, together with the central region around the town of Rastan on the Orontes River, 110 miles no"
     "rth of Damascus, have seen some of the biggest protests against Assad, followed by a fierce crackdow"
     "n and fighting between loyalist forces and defectors and other insurgents.\nThe two regions are a mai"
     "n reservoir of Sunni recruits to the military, which is led by mostly Alawite officers.\nLocal activi"
     "sts said troops backed by tanks raided villages and towns looking for army defectors around Rastan S"
     "unday, with tens of villagers arrested in the Houla and Talbiseh region, and the villages of al-Zafa"
     "ran and Deir al-Foul.\nOne activist said security forces killed three civilians on Sunday in the town"
     " of Khan Sheikhoun north of Rastan.\nHe said that among them was activist Mohammad Tellawi, 35, whose"
     " brother Mukhles was also killed three months ago.",
     "He"),
    # t17-reuters-140: "he" is the witness, not the boy named in the sentence before
    ("But at Saturday's funeral for a ten-year-old boy, Ibrahim Sheiban, killed in a protest rally the day before, "
     "\"passions were running high,\" said one of the witnesses, a private sector employee who asked not to be "
     "identified for his own protection.\n\"The body was wrapped in white and thousands behind it were chanting "
     "` the people want the execution of the president ' and ` we will be free despite you Bashar ',\" he said.",
     "he"),
])
def test_coref_unnamed_person_takes_the_pronoun(text, pronoun):
    assert _resolved(text, pronoun) is None


def test_coref_nearest_subject_before_known_gender_further_back():
    # t17-bbc-73: "he" is Ban, the subject just before, though only "Mr Annan" has a known gender
    text = ("Mr Annan has spent the last few weeks meeting all sides in the conflict - putting forward proposals to "
            "try to bring about an immediate ceasefire by both sides, access for humanitarian aid and the beginning "
            "of political dialogue.\nUN Secretary General Ban Ki-moon earlier warned of serious repercussions if the "
            "crisis in Syria is not resolved.\nSpeaking at a conference in Indonesia he warned the world could not "
            "afford to look away.")
    assert _resolved(text, "he") == "Ban Ki-moon"


def test_coref_unnamed_person_needs_its_determiner():
    # t17-reuters-239: "a move analysts said" is no unnamed subject; "he" is King Abdullah
    text = ("King Abdullah, in an extraordinary statement read on Al Arabiya television, said Syria's fierce military "
            "crackdown on nearly five months of demonstrations for more political freedoms had \"nothing to do with "
            "religion, or values, or ethics.\"\nAbdullah, who has approved billions of dollars in handouts to Saudi "
            "citizens this year in a move analysts said was aimed at buffering his monarchy from political reform "
            "pressure, issued a stern warning that Syria must be open to change.\n\"Syria should think wisely before "
            "it's too late and issue and enact reforms,\" he said.")
    assert _resolved(text, "he") == "Abdullah"


def test_coref_fact_box_word_is_no_person():
    # t17-bbc-261: a fact box ("Member of Syria's most powerful Sunni family ...") names no one, so "She" after
    # it is still Clinton
    text = ("US Secretary of State Hillary Clinton urged the representatives to persuade Russia and China to end their "
            "support for the Syrian regime.\nMember of Syria's most powerful Sunni family Son of former defense "
            "minister Member of the ruling Baath Party's Central Committee Close friend of Bashar al-Assad \"I ask "
            "you to reach out to Russia and China\".\nShe also called on the UN Security Council to pass a "
            "resolution imposing immediate sanctions on Syria.")
    assert _resolved(text, "She") == "Hillary Clinton"



def _named(text: str, surface: str) -> str | None:
    """The name the last mention written exactly ``surface`` resolves to."""
    found = [m.name for m in find_actors(text) if text[m.start:m.end] == surface]
    return found[-1] if found else None


@pytest.mark.parametrize("text, surface, name", [
    # the last names of a full name, written alone after it, are its person (coref._tail_of): a later saying
    # continues his speech (events_gold_fresh31 t17-reuters-107: a second row for "Lyall Grant" before)
    ("UNITED NATIONS (Reuters) - Britain's U.N. envoy Mark Lyall Grant briefed the council on Monday. \"The talks "
     "will go on,\" Lyall Grant told reporters.", "Lyall Grant", "Mark Lyall Grant"),
    ("BRUSSELS (Reuters) - European Council President Herman Van Rompuy opened the summit on Thursday. \"We will "
     "return to the issue in March,\" Van Rompuy said.", "Van Rompuy", "Herman Van Rompuy"),
])
def test_coref_last_names_of_a_full_name_are_its_person(text, surface, name):
    assert _named(text, surface) == name


def test_coref_names_after_a_patronymic_are_not_the_person():
    # "Abdulaziz al-Saud" is the father's name every son of his bears: not King Abdullah's own surname
    text = ("RIYADH (Reuters) - King Abdullah bin Abdulaziz al-Saud chaired the cabinet on Monday. \"The kingdom "
            "stands by its neighbours,\" Abdulaziz al-Saud said.")
    assert _named(text, "Abdulaziz al-Saud") == "Abdulaziz al-Saud"


def test_coref_short_form_of_a_listed_name_has_its_listed_state():
    """A shorter form of a full name people.csv lists ("Tayyip Erdogan" of Recep Tayyip Erdogan) is that person's
    state's (Turkey) to coreference as to ``people.own_state``: "the US president" is not him (it was, when coref
    looked the person up under the short form's key only). A minimal pair written for the rule: the audit has no
    such passage."""
    text = "President Tayyip Erdogan said the talks would go on. The US president said he hoped so."
    found = {m.start: m.name for m in find_actors(text)}
    assert found[text.index("US president")] == "President of the United States"
    assert text.index("he hoped") not in found or found[text.index("he hoped")] != "Tayyip Erdogan"
