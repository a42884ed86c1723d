"""The apposition after a name: the words that describe the person or body it names.

"Hugh Pope, an analyst at International Crisis Group", "Walid Saffour, the London-based president of the Syrian Human
Rights Committee", "Paul Harris from Bank of Ireland", "Julie de Rivero of the New York-based group", "J. Peter Pham,
with the Atlantic Council think tank": after a comma, or with no comma a phrase opened by "of", "at", "from" or
"with", up to a clause's punctuation or a sentence's full stop (not the dot of "U.S."), at most 90 characters (a
description, not the rest of a run-on sentence). ``analysts`` reads it to know a commentator by name, ``commentators``
to leave a commentator's saying without the dateline's place.
"""

from __future__ import annotations

import re

from ..cue_words import run_class

# the apposition, in the group ``apposition`` (a pattern, so that a reader may put it in a look-ahead after a name)
APPOSITION = (r"(?:\s*,\s*|\s+(?=(?:of|at|from|with)\s))"
              r"(?P<apposition>(?:" + run_class(r",;:!?\"“”()") + r"|\.(?!\s+[A-Z\"“]|\s*$)){0,90})")
APPOSITION_AFTER = re.compile(APPOSITION)  # matched where a name ends
