"""A story sentence whose named subject is glued, with no full stop, to the headline or picture caption before it.

A BBC page runs headline, caption and lead together ("Syria crisis: Russia 'wants Arab League role' BBC's Paul Wood,
in Homs, says Russian-made tanks are firing on residents Russian Foreign Minister Sergei Lavrov has called for ...",
t17-bbc-34; "... US President Barack Obama says ...", "... to the city UN aid chief Valerie Amos has said"), and a box
or caption below the lead into the next line. Read as one sentence, the caption's act becomes what the lead reports
and the lead's own act is lost. ``subject_starts`` finds where such a lead starts, from the actors found before:

- a named subject and its finite verb after a word that ends no phrase the name could belong to: a person named in
  full or with a title ("Russian Foreign Minister Sergei Lavrov has called", two words or more) or a demonym before a
  noun ("Syrian troops have"), right after a lower-case word that takes no object and opens no clause
  (``glued_subject_blockers.txt``: not "talks with Russian Foreign Minister Sergei Lavrov", "He said Kofi Annan has",
  "the first time Kofi Annan has") or right after a place ("... in Bashar al-Assad's Syria Syrian security forces have
  continued": no phrase runs from a place name into a demonym);
- a picture caption's opener, a person marked by where the picture shows him ("... to end crackdown Ahmet Davutoglu
  (right) said he hoped", "... end game Syrian Defense Minister Daoud Rajiha (R), one of the ministers killed").

A name after a comma, a list of names, or a name after a capital word ("UN chief Ban Ki-moon said") starts nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..actors.gazetteer import SPEECH_VERB, TITLES, word_list
from .cues import FINITE_AUXILIARY

# and the last word of a title or a noun that describes a person ("foreign ministry deputy spokeswoman Christine Fages
# said", "Its founder Julian Assange was quoted"): the name is the title's holder
_BLOCKERS = frozenset(word_list("glued_subject_blockers.txt")) | {t.split()[-1] for t in TITLES} \
    | frozenset(word_list("person_descriptions.txt")) | frozenset(word_list("apposed_person_nouns.txt"))
# the word before the subject: a lower-case word (its letters only), right before the one space before the subject
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([a-z][a-z'’-]*)[ ]$")
# a finite verb right after the subject: a finite auxiliary or a modal (``cues.FINITE_AUXILIARY``), or a word in -s or
# -ed ("has called", "says", "addressed"); not a possessive ("Kofi Annan's efforts")
_FINITE = re.compile(rf"[ ](?:{FINITE_AUXILIARY}|[a-z]{{2,}}(?:ed|s))\b")
# after a demonym before a noun, a plural noun in -s may go on the noun phrase ("to freeze Syrian government assets",
# "Several high-ranking Syrian military figures have"): an auxiliary or a past in -ed only
_FINITE_AFTER_NOUN = re.compile(rf"[ ](?:{FINITE_AUXILIARY}|[a-z]{{2,}}ed)\b")
# where a picture shows its subject, right after the name ("Ahmet Davutoglu (right)", "Daoud Rajiha (R)")
_PICTURE_PLACE = re.compile(r"[ ]\((?:right|left|centre|center|R|L|C|second (?:left|right)|pictured)\)")
_LOOK_BACK = 40  # characters before a subject searched for the word before it


class GluedSubjects:
    """An article's actor mentions (in text order) indexed once for ``subject_starts``, so that each sentence looks up
    its own actors by bisection rather than passing over every actor of the article (quadratic in a long transcript)."""

    def __init__(self, actors):
        self.actors = list(actors)
        self.starts = [a.start for a in self.actors]
        # where a place that is no subject ends: a subject one space after it opens a sentence (every subject
        # ``subject_starts`` weighs starts after its sentence's start, so the place ends inside the sentence)
        self.place_ends = {a.end for a in self.actors if a.kind == "country" and not _is_subject(a)}


def subject_starts(text: str, start: int, end: int, subjects: GluedSubjects) -> list[int]:
    """Where a story sentence with a named subject starts inside ``text[start:end]``, glued to a headline or caption
    before it (see the module docstring); ``subjects`` indexes the article's actor mentions."""
    cuts = []
    for a in subjects.actors[bisect_right(subjects.starts, start):bisect_left(subjects.starts, end)]:
        if not text[a.start].isupper() or text[a.start - 1] != " ":
            continue
        if a.kind == "person" and _PICTURE_PLACE.match(text, a.end) \
                and len(a.text.split()) >= 2 and _free_word_before(text, start, a.start):
            cuts.append(a.start)
        elif _is_subject(a) and (_FINITE if a.kind == "person" else _FINITE_AFTER_NOUN).match(text, a.end) \
                and (_free_word_before(text, start, a.start) or a.start - 1 in subjects.place_ends):
            cuts.append(a.start)
    return cuts


def _is_subject(a) -> bool:
    """Can the mention be a glued lead's subject: a person named by two words or more, with or without a title (not a
    description: "A senior Chinese envoy has held talks"), or a demonym before a noun ("Syrian troops", "Syrian security
    forces")?"""
    if a.kind == "person":
        return a.basis == "name" and len(a.text.split()) >= 2 and a.text[0].isupper() \
            and "'" not in a.text and "’" not in a.text
    return a.basis == "demonym" and len(a.text.split()) >= 2 and a.text.split()[-1].islower()


def _free_word_before(text: str, start: int, at: int) -> bool:
    """Is the word right before ``at`` a lower-case word after which a name opens a new sentence (see the module
    docstring)?"""
    m = _WORD_BEFORE.search(text, max(start, at - _LOOK_BACK), at)
    if m is None:
        return False
    word = m.group(1)
    return word not in _BLOCKERS and SPEECH_VERB.fullmatch(word) is None
