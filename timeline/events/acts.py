"""Dated act nouns: a noun that names an act is an event of its own when a date modifies it.

"following the DPRK's long-range ballistic missile launch over Japan on October 3" (a launch on
October 3), "noted the adoption of the Guidelines in July" (an adoption in July; the noting is the
day's), "the 2006 adoption". The nouns are data (``resources/dated_acts.tsv``); the predicate lexicon
is read first, so these are only the act nouns it does not know. Undated, such a noun is background
("the recent ballistic missile launch") and no event: only a date makes it one.

``object_act`` reads a known act noun in the object of a verb of thanks or welcome that a date modifies and
that names its own agent ("thanked President Biden ... for the visit of Vice President Kamala Harris ... to Abu
Dhabi in May": Harris's visit, in May).
"""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources

from ..cue_words import break_class
from ..actors import ActorMention
from ..model import Mention
from .predicates import Predicate
from .triggers import Trigger, event_type as type_info


def _load() -> list[tuple[str, re.Pattern]]:
    text = resources.files("timeline.resources").joinpath("dated_acts.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t")
            out.append((kind, re.compile(rf"\b(?:{pattern.strip()})\b")))
    return out


ACTS = _load()
_PREPOSITION = re.compile(r"\b(?:on|in|at|during|of)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?$")
# wire copy names a day with no preposition ("Davutoglu's discussion with the opposition Syrian National Council
# Monday night")
_BARE_DAY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# what may stand between the noun and its date: a short phrase ("over Japan", "of the Guidelines", "by the DPRK"),
# no verb, no clause, no comma
_PHRASE_GAP = 7  # words
_CLAUSE_WORD = re.compile(break_class(r",;:()") + r"|\s[—–-]\s|\b(?:that|which|who|whom|whose|is|are|was|were|be|been"
                          r"|has|have|had|will|"
                          r"would|to|but|when|while|after|before|since|because|as|said|says)\b")
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|[’']s)\s+$")
_PRENOMINAL_GAP = re.compile(r"(?:<sup>\w+</sup>|st|nd|rd|th)?(?:\s+[\w’'.-]+){0,3}?\s+$")


def act_nouns(low: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The act nouns in [start, end) as (start, end, kind), in text order: read once per sentence (``dated_act``
    is asked for each of its dates)."""
    hits = []
    for kind, pattern in ACTS:
        hits.extend((m.start(), m.end(), kind) for m in pattern.finditer(low, start, end))
    return sorted(hits)


def _predicate(text: str, start: int, end: int, kind: str) -> Predicate:
    trigger = Trigger(start, end, text[start:end], kind, "N")
    return Predicate(trigger=trigger, type=kind, form="noun", status="reported", start=start, owned=True,
                     rule="dated act")


def dated_act(text: str, low: str, mention: Mention, preds: list[Predicate], lo: int, hi: int,
              found: list[tuple[int, int, str]] | None = None) -> Predicate | None:
    """The act noun ``mention`` dates within the sentence [lo, hi): one right before it with only a short phrase
    and a preposition between ("launch over Japan on October 3"), or one right after it ("the 2006 adoption");
    None when there is none, or when a predicate of the lexicon stands between them (that one is the date's).
    ``found``: the sentence's ``act_nouns``, when the caller has read them already."""
    spans = [(p.trigger.start, p.trigger.end) for p in preds]
    hits = [h for h in (act_nouns(low, lo, hi) if found is None else found) if not any(s < h[1] and h[0] < e for s, e in spans)]  # "launched its
    # ground offensive" is the lexicon's predicate already
    if _PREPOSITION.search(low, max(lo, mention.start - 40), mention.start) or _BARE_DAY.match(low, mention.start):
        before = [h for h in hits if h[1] <= mention.start]
        if before:
            s, e, kind = before[-1]
            gap = low[e:mention.start]
            if len(gap.split()) <= _PHRASE_GAP and not _CLAUSE_WORD.search(gap) \
                    and not any(e <= p.trigger.start < mention.start for p in preds):
                return _predicate(text, s, e, kind)
    after = [h for h in hits if mention.end <= h[0] <= mention.end + 40]
    if after and _DETERMINER.search(low, max(lo, mention.start - 8), mention.start):
        s, e, kind = after[0]
        if _PRENOMINAL_GAP.fullmatch(low, mention.end, s) and not _CLAUSE_WORD.search(low, mention.end, s) \
                and not any(mention.end <= p.trigger.start < s for p in preds):
            return _predicate(text, s, e, kind)
    return None


# families of act nouns that can be thanked for with a date and an agent of their own ("the visit of Vice President
# Kamala Harris ... in May"); a support or a statement is what the thanks are about, not an act of its own
_OBJECT_FAMILIES = frozenset({"consult", "aid", "agree", "cooperate", "concede"})
_OF_AGENT = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?$")
_TO_PLACE = re.compile(r"\s+(?:to|in)\s+$")


def object_act(low: str, verb: Predicate, mention: Mention, preds: list[Predicate],
               actors: list[ActorMention]) -> tuple[Predicate, ActorMention, ActorMention | None] | None:
    """The act noun in the object of a verb of thanks or welcome that ``mention`` dates, when the noun names its own
    agent ("thanked President Biden ... for the visit of Vice President Kamala Harris and her delegation to Abu Dhabi
    in May": Harris's visit to the UAE in May; "Vice President Harris's visit"): that noun as the act, its agent and
    the actor after "to"/"in" before the date, if any. None for a noun with no agent of its own ("welcomed completion
    of the ... process on 29 August 2023"): the date then only says what was welcomed."""
    nouns = [q for q in preds if q.form == "noun" and verb.trigger.end <= q.trigger.start and q.trigger.end <= mention.start
             and type_info(q.type).family in _OBJECT_FAMILIES]
    if not nouns:
        return None
    q = nouns[-1]
    if any(q.trigger.end <= o.trigger.start < mention.start for o in preds):
        return None  # another predicate between the noun and its date
    agent = next((a for a in actors if q.trigger.end < a.start < mention.start
                  and _OF_AGENT.fullmatch(low, q.trigger.end, a.start)), None) \
        or next((a for a in actors if verb.trigger.end <= a.end <= q.trigger.start
                 and _POSSESSIVE.fullmatch(low, a.end, q.trigger.start)), None)
    if agent is None:
        return None
    other = next((a for a in actors if agent.end <= a.start < mention.start and a.name != agent.name
                  and _TO_PLACE.search(low, max(0, a.start - 6), a.start)), None)
    return replace(q, topic=False, owned=True, rule="dated act"), agent, other
