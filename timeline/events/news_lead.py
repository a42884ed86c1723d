"""The sentences right after a story's lead that still tell the day's news (events_gold.md rule 5).

A wire or web story opens with its news, and the sentence or two after the lead go on telling it, often in the
present perfect ("Russia and China have vetoed a UN Security Council resolution", "UN Secretary General Ban
Ki-moon has urged Syria to halt the bloodshed", "He has deployed the army for the first time in ... Latakia",
"Arab leaders have called for an end to the bloodshed"): a perfect of one act there is the day's news, dated as
the lead's is, while the same perfect deeper in the body is background. A web page's first line often runs
headline, caption and lead together, so that the lead found (the first sentence with a verb) may be a caption's
and the story's own lead the next one or two (``captions``): web copy gets one sentence more. A lead that names
its day ("Russia stood by President Bashar al-Assad on Thursday as ...") tells the news in the simple past, and a
perfect after it is background ("The Arab League has suspended Syria and given it until the end of the week", the
suspension of days before), as a perfect saying after such a lead is (``aspect.background_saying``). A plain statement in the perfect there
("The United States, Britain, France, Germany and Portugal have circulated a draft resolution", "Iran has said")
stays the body's, a text or position of days before (rule 5's "has circulated", rule 35): the caller leaves it out.
``aspect.news_perfect`` still leaves out a perfect with a word of background ("has long", "since March"), and
``tells_on`` one that tells no further act of the day: in a relative or adverbial clause ("Although Russia has opposed
sanctions, it backed the statement"), one more act "also" added to the lead's ("It has also accused Turkey ...", as
often of days before), or a stance held out over weeks ("Putin has resisted diplomatic pressure"). A lead that tells no
act but names a span ("It was a busy week.", ``sets_span``) sets the scene of a week, as a lead naming its day does,
and opens no news for the sentences after it; one that tells no act and names none ("The battle for Aleppo is now well
and truly joined", a BBC first line's) still does.
"""

from __future__ import annotations

import re

from .predicates import Predicate

WIRE_AFTER = 1  # sentences after the lead of wire copy that tell its news
WEB_AFTER = 2  # and of web copy, whose lead may be a glued caption


def after_lead(index: int, lead_at: int | None, wire: bool, lead_dated: bool) -> bool:
    """Is the story's ``index``-th sentence (1-based, as ``_Builder.sentences`` counts) one of the few right after the
    lead (``lead_at``) that still tell the day's news, the lead naming no date of its own (``lead_dated``)?"""
    if lead_at is None or lead_dated:
        return False
    return 0 < index - lead_at <= (WIRE_AFTER if wire else WEB_AFTER)


# a word that opens a relative or adverbial clause before a lead's verb: its perfect is no main clause's news (rule 5)
CLAUSE_OPENER = re.compile(r"\b(?:which|who|whom|whose|where|when|while|as|after|before|because|since|until|although|"
                           r"though|if|once|whereas)\b")
# a stance held out over weeks, no act of a day ("has resisted diplomatic pressure", "has opposed sanctions", "has
# defied calls")
_HELD_OUT = re.compile(r"(?:resisted|opposed|defied|shunned|stood)\b")
_ALSO = re.compile(r"\balso\s+(?:(?:has|have)\s+)?(?:[a-z]+ly\s+)?$")  # "has also accused", "also has strongly urged"


def tells_on(low: str, p: Predicate, sentence_start: int) -> bool:
    """Does ``p``, in a sentence right after the lead (starting at ``sentence_start``), go on telling the day's news:
    its main clause's act, not one "also" added to the lead's ("It has also accused Turkey"), nor a stance held out
    ("has resisted diplomatic pressure")?"""
    return CLAUSE_OPENER.search(low, sentence_start, p.start) is None and not _HELD_OUT.match(low, p.trigger.start) \
        and _ALSO.search(low, max(sentence_start, p.trigger.start - 30), p.trigger.start) is None


_SPAN = re.compile(r"\b(?:week|month|year|fortnight)s?\b")


def sets_span(low: str, start: int, end: int) -> bool:
    """Does the lead ``low[start:end]``, which tells no act, name a span the story's news is spread over ("It was a
    busy week.", "It has been a month of bloodshed")?"""
    return _SPAN.search(low, start, end) is not None
