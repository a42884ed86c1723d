"""The verbs of force are one list (``force_verb`` in ``event_cues.tsv``): each reader's own category takes its words
from it, so a verb added for one reader is seen to be missing from the others."""

from timeline.cue_words import load_tsv

CUES = load_tsv("event_cues.tsv")
FORCE_VERB = frozenset(CUES["force_verb"])
# what the readers of an object or a target take beside the verbs of force: movements, "control of" phrases, a noun
NOT_FORCE_VERBS = {
    "force_object": {"entered", "enters", "entering", "moved into", "rolled into", "regained control of",
                     "regaining control of", "retook control of", "retaken control of", "wrested control of"},
    "territory_object": {"took control of", "taken control of", "taking control of", "seized control of"},
    "bombarding": {"bombardment"},
}


def test_each_reader_takes_its_verbs_of_force_from_the_one_list():
    for category in ("force_on_the_town", "force_on_apposed_place", "force_on_rebel_place", *NOT_FORCE_VERBS):
        assert set(CUES[category]) - FORCE_VERB <= NOT_FORCE_VERBS.get(category, set()), category
