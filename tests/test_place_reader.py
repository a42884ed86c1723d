"""``events.place_reader``: the one reader of an unplaced event's place phrases, their roles and the place chosen."""

import re
from dataclasses import replace

from timeline.events import place_reader
from timeline.events.place_reader import ArticleText, place_by_phrases, placing_phrases
from timeline.model import Event


def unplaced(sentence: str, trigger: str, family: str, kind: str = "assault") -> Event:
    """An event of ``sentence`` (the whole article) told by ``trigger``, with no place yet."""
    return Event(event_id="t", event_date=None, date_start=None, date_end=None, precision="none", date_text=None,
                 date_basis="undated", event_type=kind, status="reported", actors=(), actor1=None, actor2=None,
                 location=None, location_basis=None, sentence=sentence, article_id="t", title=None, source=None,
                 url=None, char_start=0, char_end=len(sentence), trigger=trigger, event_family=family,
                 trigger_char_start=sentence.index(trigger))


def test_a_sentence_s_phrases_in_their_roles_and_the_first_chosen():
    # fresh4 t17-reuters-301#25: the town before the trigger, and the one town the sentence names
    text = "Tanks and snipers have battled to cow protesters and hunt army defectors in Homs, killing more than 100."
    e = unplaced(text, "killing", "military")
    assert list(placing_phrases(e, ArticleText(text))) == [("before", "Homs"), ("sole_town", "Homs")]
    # fresh31 t17-bbc-131#5: the fight for a town places the offensive, before the sentence's one town would
    text = ("But a fierce battle is taking place for control of Aleppo, Syria's commercial center, after rebels "
            "launched a major offensive at the weekend.")
    e = unplaced(text, "offensive", "military")
    assert [role for role, _ in placing_phrases(e, ArticleText(text))][:1] == ["fought"]
    assert place_by_phrases([e], text)[0].location == "Aleppo"
    assert place_by_phrases([e], text)[0].location_basis == "clause"


def test_what_the_readers_refuse():
    # a saying is placed by its own words only; troops moved go somewhere (fresh t17-reuters-190#27)
    text = "Witnesses in Deraa said troops shot at the crowd."
    assert list(placing_phrases(unplaced(text, "said", "statement", "statement"), ArticleText(text))) == []
    text = "A witness in Hama told Reuters he saw dozens of tanks heading north."
    assert list(placing_phrases(unplaced(text, "heading", "mobilize", "mobilize"), ArticleText(text))) == []
    # a placed event keeps its place
    text = "Syrian troops killed 16 people in attacks in the city of Homs on Tuesday."
    e = replace(unplaced(text, "killed", "military"), location="Syria", location_basis="dateline")
    assert place_by_phrases([e], text)[0].location == "Syria"


def test_the_module_s_table_lists_the_readers_in_their_order():
    table = re.findall(r"^   (\w+)\s{2,}", place_reader.__doc__.split("====\n")[2], re.M)
    assert tuple(table[:len(place_reader.READERS)]) == tuple(r.role for r in place_reader.READERS)


def test_a_place_borrowed_from_the_sentence_s_other_clause():
    from timeline.events.clause_places import borrowed_place

    # a writer "who was detained during this year's protests and took part in the opposition conference in Damascus"
    text = ("a writer who was detained during this year's protests and took part in the opposition conference in "
            "Damascus")
    e = replace(unplaced(text, "detained", "coerce", "coerce"), location="Damascus", location_basis="clause")
    detained = text.index("detained")
    assert borrowed_place(e, text, detained, text.index(" and took"))
    assert not borrowed_place(e, text, detained, len(text))
    assert not borrowed_place(replace(e, location=None), text, detained, text.index(" and took"))


def test_a_known_place_s_possessive_inside_the_place_words_is_the_place():
    # the place patterns' class holds the apostrophe: "Hama's Jarajima" was read whole and known to no list
    from timeline.events.places import known_named_place, owner_place
    assert owner_place("Hama's Jarajima") == "Hama"
    assert owner_place("Cairo’s Tahrir Square") == "Cairo"
    assert owner_place("Vice President’s Residence") == "Vice President’s Residence"  # no known place owns it
    assert owner_place("Assad's") == "Assad's"  # a possessive that ends the words: named_place refuses it
    # a name ending in s with the apostrophe alone, as wire copy writes it: the same possessive
    assert owner_place("Homs' Baba Amr") == "Homs" and owner_place("Damascus’ Midan") == "Damascus"
    assert owner_place("Governors' Residence") == "Governors' Residence"  # no known place owns it
    assert owner_place("Homs'") == "Homs"  # "in Homs' poorer quarters": the words end at its possessive
    assert owner_place("Governors'") == "Governors'" and owner_place("Assad's") == "Assad's"
    assert owner_place("Hama' Jarajima") == "Hama' Jarajima"  # a lone apostrophe after no s: a quote, no possessive
    assert known_named_place("Hama's Jarajima") == "Hama"
    assert known_named_place("Hama's") is None
    text = "The Observatory said 1,500 people had been arrested in Hama's Jarajima neighborhood and troops killed three."
    e = unplaced(text, "killed", "military")
    assert ("before", "Hama") in list(placing_phrases(e, ArticleText(text)))


def test_a_glued_article_an_unknown_owner_and_a_known_place_s_part():
    from timeline.events.places import owner_place, place_near, possessed_part, unplaced_owner

    def near(text):
        return (place_near(text, 0, len(text), len(text)) or (None,))[0]

    # "d'" glued to a capitalised word goes on with the name; a country's possessive before its known city is the city
    assert near("protests in Côte d'Ivoire on Monday") == "Côte d'Ivoire"
    assert near("protests in Côte d’Ivoire on Monday") == "Côte d’Ivoire"
    assert owner_place("Côte d'Ivoire's Abidjan") == "Abidjan"
    assert owner_place("Cairo's Tahrir Square") == "Cairo"  # a city's part is the city
    # a one-word possessive that is no known place and no title opens no venue
    assert unplaced_owner("Assad's Alawite") and near("clashed in Assad's Alawite heartland") is None
    assert not unplaced_owner("President's Palace") and not unplaced_owner("Hama's Jarajima")
    assert not unplaced_owner("Governors' Residence")  # a bare apostrophe: kept, as before
    # a known place's possessive before a noun of a place's part is the place; before another noun, nothing
    assert near("protested in Douma's central square on Friday") == "Douma"
    assert near("protested in the Hague's city centre on Saturday") == "The Hague"
    assert near("fought in Homs's old city") == "Homs"
    assert near("irregularities in Venezuela's flawed election") is None
    assert near("sanctions in response to Syria's crackdown") is None
    text = "shelled Ramadi's eastern suburbs"
    assert possessed_part(text, "Ramadi's", 8, 16) is None  # Ramadi: no list knows it
