"""A main-clause "they": the plural subject before it, when that subject names actors; else no one.

Passages are from the Syria (Reuters, BBC) corpus and White House statements, cut to the sentences that matter.
"""

import pytest

from timeline.actors import find_actors


def _they(text: str) -> list[str]:
    """The actors the last "they"/"They" of ``text`` stands for ([]: no actor)."""
    at = max(text.rfind("They "), text.rfind(" they ") + 1)
    return [m.name for m in find_actors(text) if m.start == at and m.basis == "pronoun"]


@pytest.mark.parametrize("text, expected", [
    # t17-reuters-161: members of a body act for it
    ("In Cairo, Arab League foreign ministers urged Syria's rulers and opposition to negotiate and decided to create a "
     "committee to work for a halt to the bloodshed. They stopped short of adopting a proposal to suspend Syria from "
     "the pan-Arab group.", {"Arab League Foreign Minister"}),
    # t17-reuters-340
    ("EU leaders called in a statement for the preparation of new sanctions. They also warned Syria the European "
     "Union \"will impose further and more comprehensive measures against the regime\".", {"European Union Leader"}),
    # t17-bbc-233: a list that goes on past its actors
    ("The US, Europe and Arab countries plan to challenge President Bashar al-Assad to provide humanitarian access "
     "within days to the worst affected areas. They plan to present their ultimatum at Friday's international "
     "conference on Syria in Tunisia.", {"United States"}),
    # a coordination of countries
    ("Russia and China have twice blocked UN resolutions condemning the Syrian regime for the violence. They argue "
     "that pushing a government from power using sanctions is not the way.", {"Russia", "China"}),
    # the clause before in the same sentence
    ("Turkish officials say they have given up hope that President Assad can be part of a solution, but they are "
     "pressing the various opposition groups to unite.", {"Turkey"}),
    # t17-reuters: a plural group that codes as a country
    ("Syrian authorities have banned most independent media. They blame the unrest on \"armed terrorist gangs\".",
     {"Syria"}),
    # a joint statement's authors
    ("The United States and the European Union believe that openness to foreign investment is essential for economic "
     "growth and innovation. They take note of the very significant value of investment screening.",
     {"United States", "European Union"}),
    # an opening participle phrase with a list in it ends at the comma before its subject, not at its first comma, and
    # may run past 80 characters (the U.S.-India statement of fresh22: "Sharing a vision of secure and trusted
    # telecommunications, resilient supply chains, and global digital inclusion, Prime Minister Modi and President Biden")
    ("Citing attacks on civilians, shelling of towns and villages, and arrests of hundreds of activists across the "
     "country, Britain and France pressed for a vote on Tuesday. They want the council to act.",
     {"United Kingdom", "France"}),
    ("Reaffirming their commitment to building resilient supply chains and linking their defence industries, Britain "
     "and France signed an accord on Tuesday. They want more trade.", {"United Kingdom", "France"}),
    # near miss: a short opening phrase, its first comma its end, as before
    ("Citing attacks on civilians, Britain and France pressed for a vote on Tuesday. They want the council to act.",
     {"United Kingdom", "France"}),
    # the sentence before goes on past "U.S." before a name ("the U.S. Treasury"): its subject is still the one before
    ("Britain and France met officials of the U.S. Treasury Department on Tuesday. They want new sanctions.",
     {"United Kingdom", "France"}),
    # the plural people of a body act for it: "Foreign ministers of the Arab League" (t17-reuters-255 in the audit)
    ("Foreign ministers of the 22-member Arab League told Syria two weeks ago to end the violence. They will meet "
     "again to discuss Syria on September 13.", {"Arab League"}),
    ("Members of the Syrian National Council gathered in Istanbul on Sunday. They called for international "
     "protection of civilians.", {"Syrian National Council"}),
])
def test_they_is_the_plural_subject_before(text, expected):
    assert set(_they(text)) == expected


@pytest.mark.parametrize("text", [
    # activists, protesters, residents are no actors
    "Activists said Syrian forces fired mortars at protesters in the eastern city of Deir al-Zour, killing at least "
    "10 people. They also reported clashes in central Homs province.",
    # a singular subject
    "The US has already significantly extended its influence in the region. They also have military bases in almost "
    "every country.",
    # the last clause of the sentence before has its own subject (t17-reuters)
    "Qatar and Saudi Arabia have argued strongly for such support, but most of those at the summit remain opposed. "
    "They fear a flood of weapons could fuel a sectarian war.",
    # a plural noun between the subject and "they" is the nearer referent
    "Damascus eventually allowed in the observers in December 2011, but they failed to halt the crackdown on dissent.",
    "The Syrian authorities have long restricted the activities of disparate opposition parties and activists, and "
    "they played a minor role at the start of the uprising.",
    # an opening subordinate clause: its subject is not the sentence's
    "While Syrian forces moved on to the small city of Idlib (another rebel stronghold) and quickly subdued the "
    "fighters there, the heads of state of the US and Britain held what was billed as a \"love-fest\" in Washington. "
    "They discussed the situation in Syria.",
    # the speaker's, not its owner and the speaker
    "Jay Carney, President Barack Obama's spokesman, said: \"Syrian leaders have no excuse for denying humanitarian "
    "assistance. They will once again be showing contempt.\"",
    # the people of a meeting: the readout's participants (events/extract.py), not this rule
    "The two leaders agreed to empower key senior officials to maintain communication. They welcomed ongoing efforts "
    "to address specific issues in U.S.-China bilateral relations.",
    # the people of a place, not of a body: "Residents of Homs" (not among the acting nouns)
    "Residents of Homs fled to Lebanon on Monday. They crossed the border at night.",
    # the people of a state's own thing: "Officials of Syria's neighbours" (a possessive after "of")
    "Officials of Syria's neighbours met in Amman. They discussed the refugees.",
    # the singular: "a member of the council" is one person, and "they" is not his
    "A member of the Syrian National Council said the talks had failed. They blamed the government.",
])
def test_they_names_no_one(text):
    assert _they(text) == []
