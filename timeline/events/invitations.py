"""What an invitation invites is no act of anyone's.

"President Sheikh Mohamed bin Zayed extended President Biden an invitation to attend the COP28" is a statement, an
offer of the inviter's to the one invited (the trigger row in ``event_triggers.tsv``); "President Biden ... conveyed an
invitation for him to visit the United States later this year" invites a visit that is neither done nor planned
(events_gold_fresh4.md: "the invited visit 'later this year' is an invitation, not a planned event, no row"). A named
occasion the invitation is to, with a day of its own ("the COP28 to be convened in the UAE in November 2023"), is an
event still: only the act of the infinitive right after the invitation goes. The verbs that give one are a cue list
(``event_cues.tsv``, ``invitation_verb``); "accepted an invitation to visit" (the one who accepts plans it) and "at
the invitation of" are not read. Run by ``extract._sentence_events`` right after ``requests.requested_acts``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cue_words import run_class
from ..actors.gazetteer import phrase_alternation
from .cues import CUES

if TYPE_CHECKING:  # pragma: no cover
    from .extract import _SentenceState

# what follows a verb that gives an invitation, to the invitation: its indirect object, a determiner or an adjective
# that stands for one ("formal invitations"), up to two more words, the noun
_INVITATION = (r"(?:" + run_class(r",;:.()\"“”") +
               r"{0,60}?\s)?(?:an|the|his|her|its|their|a|formal|official)\s+(?:[\w-]+\s+){0,2}?"
               r"invitations?")
# "extended President Biden an invitation to ", "conveyed an invitation for him to ", "issued an invitation to Xi
# Jinping to ": a verb that gives an invitation, the invitation, the one invited and "to"
_INVITED = re.compile((r"\b(?:%s)\s+%s\s+(?:(?:to|for)\s+" + run_class(r",;:.()\"“”") + r"{1,60}?\s+)?to\s+$")
                      % (phrase_alternation(CUES["invitation_verb"]), _INVITATION))

_GIVING = frozenset(CUES["invitation_verb"])
_GIVEN = re.compile(r"\s+%s\b" % _INVITATION)  # after a verb of _GIVING: the invitation it gives

# the infinitive of what is invited ("an invitation to President Biden to visit Japan next year"): a date after it is of
# the invited act, not of the giving ("extended an invitation to Assad last year" keeps its date)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that)\b)[a-z]+\b")


def invited_acts(st: _SentenceState) -> None:
    """Drop the act an invitation invites: the verb of the infinitive right after "an invitation (to X | for X)"
    given by an ``invitation_verb`` ("extended an invitation to President Biden to visit Japan next year": no visit).
    The giving is the inviter's statement, of the day the sentence's acts take: made when another predicate of the
    clause was read as its main act ("an invitation to attend the COP28 to be convened in the UAE in November 2023":
    the conference, no act of the inviter's), and not dated by a date of what is invited."""
    low, sent, events = st.low, st.sent, st.builder.events
    for q in st.preds:
        if q.reporting:
            continue
        m = _INVITED.search(low, max(sent.start, q.trigger.start - 160), q.trigger.start)
        if m is None:
            continue
        text = q.trigger.text.lower()
        for i in reversed(range(st.first, len(events))):
            if (events[i].trigger or "").lower() == text and events[i].event_type == q.type:
                del events[i]
    for q in st.preds:
        if q.type != "statement" or q.reporting or q.trigger.text.lower() not in _GIVING:
            continue
        m = _GIVEN.match(low, q.trigger.end)
        if m is None:
            continue
        made = [i for i in range(st.first, len(events)) if (events[i].trigger or "").lower() == q.trigger.text.lower()
                and events[i].event_type == "statement"]
        verb = _INFINITIVE.search(st.text, m.end(), sent.end)
        later = [i for i in made if verb is not None and (events[i].date_char_start or -1) >= verb.end()]
        for i in reversed(later):
            del events[i]  # "extended ... an invitation to attend the COP28 in the UAE in November 2023": the
            # conference's month, not the day the invitation was given
        if not made or later:
            st.builder.add(sent, q, None, basis=st.basis(q))
