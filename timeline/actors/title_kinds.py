"""Title kinds (``resources/titles.csv``: leader, monarch, minister, military, ...) as sets, and whether words hold one.

``STATE_AGENTS`` are the kinds whose holders act for their state (``titled``: an office with no name is its state's;
``coref``: several of them unnamed are the state). A reader that asks whether a name or a subject carries a party's or an office's title reads the titles' kinds from the
one table, each naming the kinds it takes: ``places`` (titles no district is named after: "President Assad district
officials" is a person), ``analysts`` (a party's title before a commentator's surname: "King Salman said" is the king).
"""

from __future__ import annotations

import re

from .gazetteer import TITLES

# the kind of each canonical title ("Foreign Minister": "minister"): ``registry``, and ``coref``'s offices an unnamed
# counterpart may hold
TITLES_BY_CANONICAL = {t.canonical: t.kind for t in TITLES.values() if t.canonical}
# title kinds whose holders act for their state
STATE_AGENTS = frozenset({"leader", "monarch", "minister", "diplomat", "official", "spokesperson", "military"})
# the canonical titles of a state's head, of state or government (kinds leader and monarch): "President", "Prime
# Minister", "King", "Emir", "Crown Prince", "Supreme Leader" ... (``roster``, ``pronoun_forces``)
HEAD_TITLES = frozenset(t.canonical for t in TITLES.values() if t.kind in ("leader", "monarch"))
_WORD = re.compile(r"[\w'’-]+")


def has_title(text: str, kinds: frozenset[str], longest: int = 2) -> bool:
    """Do the words of ``text`` (any case) hold a title of one of ``kinds``: a word, or a run of up to ``longest`` words
    ("Prime Minister"), that titles.csv lists with such a kind?"""
    words = [w.lower() for w in _WORD.findall(text)]
    runs = (" ".join(words[i:i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1))
    return any((t := TITLES.get(run)) is not None and t.kind in kinds for run in runs)
