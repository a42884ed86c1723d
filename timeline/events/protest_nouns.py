"""Protests told as nouns (``events_gold.md`` rule 22): a protest told as a noun ("protests", "demonstrations",
"rallies", "a protest", "the protest movement") is an event only when the text dates it: a date of its own phrase or
predicate ("protests on Friday", "anti-Assad protests after Friday prayers", "protests were held on Friday"), a dated
act the sentence places inside it ("shot dead during mass protests on Friday"), or the lead's news of the day. A length
or age is no date ("months of protests", "nationwide protests ... for almost a year"), and undated background protests,
at home or elsewhere, give no event ("Syria has been convulsed by nationwide protests against Bashar al-Assad's
regime", "After months of mostly peaceful anti-Assad protests, army deserters ..."), as rule 11 has it for owned acts
(``owned_acts``).

Scope, as the rule is worded: the act nouns themselves, not the people nouns ("protesters", "demonstrators": whether
they tell a protest at all is left open by the rule), and not a noun a light verb makes a clause of ("held a protest",
"staged protests": the predicate reader reads those as verbs). ``_SentenceState.record`` (extract.py) asks
``undated_protest_noun`` of every act the passes of undated acts would make.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import HAVE

if TYPE_CHECKING:  # pragma: no cover
    from .predicates import Predicate

# the act nouns of a protest (event_triggers.tsv's protest nouns less the people nouns, strikes and petitions)
PROTEST_ACT_NOUNS = frozenset({"protest", "protests", "demonstration", "demonstrations", "rally", "rallies"})


# "have" read as the light verb of a protest noun makes no protest of the subject ("the main cities ... have seen
# fewer protests", "Syria has had months of protests"): the protests stay a noun the text must date
# "anti-" or "pro-" before the one word or name right before the noun: "anti-Assad protests", "pro-Gaddafi rallies"
_ANTI_NAME = re.compile(r"(?<![\w-])(?:anti|pro)-[\w.'’-]+(?:\s+[A-Z]?[\w.'’-]+)?\s+$", re.IGNORECASE)


def protest_act_noun(p: Predicate, low: str) -> bool:
    """Is ``p`` a protest told by an act noun ("protests", "a demonstration", "rallies"), not by a verb, a people noun
    ("protesters") or a light verb that makes the protest ("held a protest", "staged rallies"; but not "have", which
    only has it)?"""
    if p.type != "protest" or p.trigger.text.lower().split()[-1] not in PROTEST_ACT_NOUNS:
        return False
    if p.form == "noun" or _ANTI_NAME.search(low, max(0, p.trigger.start - 40), p.trigger.start):
        return True  # ("months of anti-Assad protests": the predicate reader takes the name for a subject of "protests")
    light = low[p.start:p.trigger.start].split()
    return p.form == "verb" and p.rule == "light verb" and bool(light) and light[0] in HAVE


def undated_protest_noun(p: Predicate, mention: object | None, basis: str, low: str) -> bool:
    """Is ``p`` a protest act noun (``protest_act_noun``) that no date mention dates (``mention`` is the date the pass
    found for it, None when there is none) and that is not the day's news (``basis`` "undated": the lead's protests
    spreading take the day the story reports)? Then it gives no event (rule 22)."""
    return mention is None and basis == "undated" and protest_act_noun(p, low)
