"""Newspapers as actors: only the paper that reports.

"The Sunday Times also said Assad promised to fight", "..., the Washington Post reported", "according to the New York
Times": a named paper that reports is the actor of its statement (events_gold_fresh9.md, 258#3). A paper spoken to or
read ("Makhlouf told the New York Times", "Speaking with UK newspaper The Sunday Times, Assad blamed ...") is the
medium of the speaker's act, no party of it (fresh4 301#19, fresh9 258#1): its mention is dropped. The papers are
the organisations of kind newspaper in ``resources/organizations.csv`` and the news agencies among its organisations,
those ``resources/agencies.txt`` names by their display name ("Reuters", "Associated Press"). A bare agency name that is another word as well ("Sana", "Anatolia", "Petra":
``resources/reporting_names.txt``) is the agency only where it reports in the same way ("Sana reports", "Petra said").
"""

from __future__ import annotations

import re

from ..cue_words import run_class
from .gazetteer import AGENCY_WORDS, SPEECH_VERBS, rows, word_list
from .mention import ActorMention

NEWSPAPERS = frozenset(row["name"] for row in rows("organizations.csv")
                       if row["kind"] == "newspaper" or row["name"] in AGENCY_WORDS)
REPORTING_NAMES = frozenset(word_list("reporting_names.txt"))
# an unnamed source a paper quotes ("Interfax quoted a senior diplomatic source as saying"): the source speaks, not the
# paper, which is the medium (constructions events.jsonl quoted-unnamed-source-absent)
_UNNAMED = r"(?:an?|one|two|three|several|some|unnamed|unidentified|sources|officials|diplomats)(?![\w-])"
# the paper reports: a verb of saying after it ("The Sunday Times also said", ", the Guardian reported"), its source
# cited in an aside first ("the Washington Post, citing leaked U.S. diplomatic cables, said")
_REPORTS = re.compile(r"(?:,[ ]+(?:citing|quoting)[ ]" + run_class(r',;:"“”') + r"{1,80},)?"
                      r",?[ ]+(?:also[ ]|has[ ]|had[ ]|later[ ]|first[ ]|earlier[ ])*(?:"
                      r"(?:reported|reports|wrote|writes|cited|cites)(?!\w)|(?:quoted|quotes)(?!\w)(?![ ]+" + _UNNAMED + r")|"
                      + SPEECH_VERBS + ")")
_ACCORDING = re.compile(r"according[ ]+to[ ]+(?:the[ ]+)?$", re.I)


def reporting_papers(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` without the newspapers that do not report (``NEWSPAPERS``)."""
    return [m for m in mentions if (m.name not in NEWSPAPERS and m.text not in REPORTING_NAMES) or _REPORTS.match(text, m.end)
            or _ACCORDING.search(text, max(0, m.start - 20), m.start)]
