"""Carrying out a commitment is doing the act committed to.

"Cambodia commits to eliminate tariffs on ... U.S. industrial goods ... and has already implemented this commitment":
the implemented commitment is the tariffs eliminated, a ``concede`` (events_gold_fresh2.md, the Cambodia statement),
not a word of ``support``; so is "has fulfilled its pledge to lift the ban". The kept commitment takes the type of the
infinitive act it names ("its pledge to lift the ban") or, for "this commitment", of the act the sentence's earlier
commitment names ("commits to eliminate tariffs"). A commitment that names no act of the sentence ("implemented its
commitment", "reaffirmed its commitment to the alliance") stays as it was. The words are cue lists
(``event_cues.tsv``: ``keep_commitment_verb``, ``commitment_noun``, ``committing_word``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.gazetteer import phrase_alternation
from .cues import CUES
from .predicates import Predicate

_KEEP_BEFORE = re.compile(r"\b(?:%s)\s+(?:(?:already|since|now|fully|this|that|the|its|their|his|her|our|these|those|own)\s+)*$"
                          % phrase_alternation(CUES["keep_commitment_verb"]))
_NOUNS = frozenset(CUES["commitment_noun"])
_NOT_DONE = re.compile(r"\b(?:not|never|n['’]t|yet\s+to|failed\s+to|refused\s+to|will|would|must|should)\s+(?:[a-z]+\s+){0,2}$")
_COMMITTED_TO = re.compile(r"\b(?:%s)\s+to\s+(?:[a-z]+ly\s+)?$" % phrase_alternation(CUES["committing_word"]))


def kept_commitment(low: str, p: Predicate, preds: list[Predicate], start: int) -> Predicate:
    """``p`` typed as the act committed to when it is a commitment that is carried out ("has already implemented this
    commitment", "fulfilled its pledge to lift the ban"); else ``p``. ``start``: where the sentence starts."""
    if low[p.trigger.start:p.trigger.end] not in _NOUNS or p.negated or p.quoted:
        return p
    keep = _KEEP_BEFORE.search(low, max(start, p.trigger.start - 60), p.trigger.start)
    if keep is None or _NOT_DONE.search(low, max(start, keep.start() - 24), keep.start()):
        return p  # "has not implemented this commitment", "has yet to fulfil its pledge": nothing carried out
    after = next((q for q in preds if q.form == "verb" and q.trigger.start > p.trigger.end
                  and low.startswith(" to ", p.trigger.end) and q.trigger.start <= p.trigger.end + 24
                  and _COMMITTED_TO.search(low, p.trigger.start, q.trigger.start)), None)
    before = next((q for q in reversed(preds) if q.form == "verb" and q.trigger.end <= p.trigger.start
                   and _COMMITTED_TO.search(low, max(start, q.trigger.start - 30), q.trigger.start)), None)
    act = after if after is not None else before if re.search(r"\b(?:this|that|these|those)\s+$", low[
        max(start, p.trigger.start - 8):p.trigger.start]) else None
    if act is None or act.type in ("support", "agreement", "statement") or act.negated:
        return p
    return replace(p, type=act.type, rule=f"kept commitment {p.rule}")
