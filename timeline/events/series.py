"""Series of verb phrases with one subject: "The EU froze the assets of 18 officials, banned the export of arms to
Syria and imposed a travel ban on Assad" (three acts of the EU, the middle one set off by a comma alone). The clause
reading (``clauses.coordinate_subject``) and the subject search (``roles``) both ask ``series_member``."""

from __future__ import annotations

import re

from ..cue_words import FINITE_VERB, PAST_VERB, greedy_run, run_class
from .cues import SUBORDINATORS
from .predicates import Predicate

# a verb phrase of a series set off by a comma alone, no clause break nor subordinator before it ("froze the assets
# of 18 officials, banned ..."), and the "and" that closes the series before its last verb phrase
_SERIES_COMMA = re.compile(greedy_run(r";:()\"“”—–") + r",\s+$")
_BY = re.compile(r"\s+by\b")
_SERIES_AND = re.compile(run_class(r";:()\"“”—–") + r"*?(?:,\s*|\s)and\s+(?:also\s+|then\s+)?$")


def series_member(q: Predicate, earlier: Predicate, preds: list[Predicate], low: str) -> bool:
    """Is ``q`` a middle verb phrase of a series of three or more with one subject ("The EU froze the assets of 18
    officials, banned the export of arms to Syria and imposed a travel ban on Assad": the ban is the EU's act, as
    the first and the last are)? A finite verb of the same tense as the verb before it and the next one, a comma
    alone before it, and the series closed by "and" and a finite verb; no subordinator between (not "froze the
    assets of officials who ordered the crackdown, ..."). A list of objects of one verb ("discussed trade, energy
    and security") has no verb in it and is no series of acts."""
    if q.form != "verb" or earlier.form != "verb" or earlier.embedded or q.passive or _BY.match(low, q.end) \
            or not _SERIES_COMMA.fullmatch(low, earlier.end, q.start) or _subordinated(low, earlier.end, q.start):
        return False  # (not a participle set off by commas: "blocked the resolution, backed by Western powers, and")
    tense = _tense(low, earlier)
    if tense is None or _tense(low, q) != tense:
        return False
    for later in preds:
        if later.start < q.end or later.form != "verb" or later.embedded or later.quoted:
            continue
        if _tense(low, later) != tense or _subordinated(low, q.end, later.start):
            return False
        if _SERIES_AND.fullmatch(low, q.end, later.start):
            return True
        if not _SERIES_COMMA.fullmatch(low, q.end, later.start):
            return False
        q = later  # a longer series: "froze ..., banned ..., expelled ... and imposed ..."
    return False


def _tense(low: str, p: Predicate) -> str | None:
    """"past" or "present" of the verb that heads ``p``'s verb group, None when it is not finite."""
    verb = re.match(r"[a-z]+", low[p.start:p.end])
    if verb is None or not FINITE_VERB.fullmatch(verb.group()):
        return None
    return "past" if PAST_VERB.fullmatch(verb.group()) else "present"


def _subordinated(low: str, start: int, end: int) -> bool:
    return any(w in SUBORDINATORS for w in re.findall(r"[a-z]+", low[start:end]))
