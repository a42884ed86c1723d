"""A speaking "it": the subject of the sentence before it, no actor after a thing, else the last speaker.

Passages are from the Syria (Reuters, BBC) and TASS corpora, cut to the sentences that matter.
"""

import re

import pytest

from timeline.actors import find_actors

_SPEAKING_IT = re.compile(r"(?<![\w(])[Ii]t (?:said|says|added|announced|urged)")


def _it(text: str):
    """The actor the last speaking "it" of ``text`` resolves to (None: no actor)."""
    at = [m.start() for m in _SPEAKING_IT.finditer(text)][-1]
    found = [m for m in find_actors(text) if m.start == at]
    return found[0].name if found else None


@pytest.mark.parametrize("text, expected", [
    # the previous sentence's subject, not the last organisation that spoke (t17-bbc-57)
    ("Earlier on Wednesday, the Syrian Observatory for Human Rights said that at least 20 soldiers were killed. "
     "It said that dozens of soldiers had been wounded.\nLatakia has recently seen some of the worst of the fighting.\n"
     "Last week, the Syrian government said it had taken control of the western mountain town of Haffa.\n"
     "It said Haffa had been \"purged of terrorists\" and calm restored.", "Syria"),
    # t17-reuters-298: the group the sentence before is about
    ("\"It's not a nationwide civil war,\" said the diplomat, the State Department said. "
     "The Free Syrian Army was set up by deserters and is led by Colonel Riad al-Asaad, who is based in southern "
     "Turkey.\nIt announced this week that it had formed a \"temporary military council\".", "Free Syrian Army"),
    # t17-reuters-199
    ("The Syrian Observatory for Human Rights said 30 people were killed. "
     "Human Rights Watch cited figures from Syrian rights groups saying 350 people had been killed there.\n"
     "It urged authorities on Friday to \"lift the siege\" on the city.", "Human Rights Watch"),
    # t17-reuters-211: an agency the text names
    ("Syria's state news agency SANA quoted a military source as saying eight soldiers had been killed on Tuesday.\n"
     "It said five of the soldiers were killed when an \"armed terrorist group\" opened fire.", "Syrian Arab News Agency"),
    # t17-bbc-297: after an opening phrase
    ("After a meeting in Cairo, the Arab League called on the Syrian authorities to form a national unity "
     "government.\nIt said both sides should end the bloodshed.", "Arab League"),
    # t17-bbc-11: "the official Syrian news agency" is SANA (events_gold_blind.md)
    ("Amnesty International said the crackdown was brutal. The official Syrian news agency said the army had found "
     "digital cameras containing fabricated videos.\nIt said armed gangs were carrying bottles of blood.",
     "Syrian Arab News Agency"),
])
def test_speaking_it_is_the_subject_before(text, expected):
    assert _it(text) == expected


@pytest.mark.parametrize("text", [
    # t17-bbc-296: state television
    "The United Nations said 10,000 people had fled. State television showed pictures of troops moving into Maarat "
    "al-Numan.\nIt said the army had also moved into Khan Sheikhoun.",
    # t17-reuters-326: a memorandum, across a quotation
    "The International Monetary Fund said growth would fall. An internal memorandum from an oil company, seen by "
    "Reuters, predicts that Syria may soon face shortages.\"\n(It) will make the winter much harder.\nThis will "
    "leave the Assad administration in a more difficult position,\" it said.",
    # t17-bbc-172: a statement of a meeting
    "The International Committee of the Red Cross said it was ready. \"The mission is open-ended,\" a statement "
    "said.\n\"The Friends' Group called upon the Joint Special Envoy to determine a timeline,\" it added.",
    # t17-bbc-263: "it said" set off inside a sentence whose subject already names the speaker, not "Damascus"
    "Damascus blames rebels for many deaths.\nThe rebel Free Syrian Army left the city last week in the hope, it "
    "said, of protecting civilians from further violence.",
    # a draft resolution
    "The Russian Foreign Ministry said it would veto any text. The draft resolution was circulated to the council on Friday. "
    "It said all sides should stop the violence.",
])
def test_speaking_it_after_a_thing_is_no_actor(text):
    assert _it(text) is None


@pytest.mark.parametrize("text, expected", [
    # TASS: a quotation after the ministry spoke (tass-1893923)
    ("The Russian Foreign Ministry said the decision was unfriendly. \"By joining the 'sanctions war' against "
     "Russia, Bern continued the line of deviation from neutrality,\" it added.", "Russian Foreign Ministry"),
    # t17-reuters-255: a report closed by "it added" after the Observatory spoke
    ("The London-based Syrian Observatory for Human Rights said five people had been killed in Homs.\n"
     "A 45-year-old man was shot dead by security forces at a checkpoint in Idlib, it added.",
     "Syrian Observatory for Human Rights"),
    # t17-reuters-180: past a quotation with a possessive in it
    ("Geneva-based group UN Watch said Kuwait and Congo were \"not qualified\" to be on the council.\n"
     "Kuwait's \"ruling family largely sets the policy agenda.\nFormal political parties are banned,\" it said.",
     "UN Watch"),
    # t17-reuters-268: a participial opening before "it said"
    ("In a report released on Wednesday, Amnesty International said the crackdown may have constituted a crime "
     "against humanity.\nUrging the United Nations to refer Syria to the International Criminal Court, it said nine "
     "people died in custody.", "Amnesty International"),
])
def test_speaking_it_keeps_the_organisation_that_spoke(text, expected):
    assert _it(text) == expected


def _acting_it(text: str):
    """The actor the last sentence-opening "It" of ``text`` resolves to (None: no actor)."""
    at = text.rindex("It ")
    found = [m for m in find_actors(text) if m.start == at]
    return found[0].name if found else None


@pytest.mark.parametrize("text, expected", [
    # t17-reuters-340: the organisation that led the sentence before
    ("The EU imposed an embargo on crude oil imports from Syria in September and banned EU firms from new investment "
     "in its oil industry. It also imposed sanctions on the main mobile phone firm, Syriatel, and the largest private "
     "company, Cham Holding.", "European Union"),
    # t17-bbc-231
    ("The Red Crescent said he was killed as he drove from Damascus to Idlib - a focal point of the Syrian conflict. "
     "It condemned the killing.", "Red Crescent"),
    # a coordination is no one actor
    ("Britain and France pressed for a vote on Tuesday. It also imposed sanctions on Syria.", None),
    # a person leads the sentence before
    ("President Bashar al-Assad met the envoy on Monday. It also imposed sanctions on the opposition.", None),
    # a verb of a thing's state
    ("Syria rejected the plan on Sunday. It remained unclear what the League would do.", None),
])
def test_acting_it_is_the_subject_before(text, expected):
    assert _acting_it(text) == expected
