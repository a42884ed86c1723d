"""A body named by its region's leaders: "Arab leaders have called for an end to the bloodshed", "European leaders
warned Iran on Sunday".

Wire copy on a summit or a council meeting tells what the body decided as what its members' leaders did. The gold
sets code such leaders as the body (events_gold_fresh8 t17-reuters-344#1 "Arab leaders have called for" = Arab
League, "the lead's 'Leaders from the Arab League'"; events_gold_fresh t17-reuters-340#1 "'European leaders' at the
EU summit = European Union"). "Arab leaders" in copy that names no such body are the region's rulers, each on his
own ("Arab leaders still clinging to power", "engagement with authoritarian Arab leaders"), so the phrase is read as
the body only

- when the document names the body itself (a mention of it: "Leaders from the Arab League met", "At a Brussels
  summit, the 27 European Union states");
- where a subject stands with nothing before it that counts or qualifies it: it opens its sentence (the lead after
  its dateline too) or clause, or follows a conjunction or a verb of saying (``forces.CLAUSE_OPENS``; not "Some Arab leaders", "three Arab
  leaders", "with European leaders", "North African leaders");
- followed by a verb (``govref.subject_follows``: "have called", "warned"), and not by the members it names
  ("Arab leaders including Jordan's King Abdullah and Egypt's President": those leaders act).

The adjectives and their bodies are ``resources/body_members.csv`` (the same table that makes "Arab foreign
ministers" the Arab League, ``recognize.find_body_members``, which needs no named body: ministers meet as the
body's council); "Western" and "Asian" name no body and are absent.

The same table reads "the pan-Arab body", "the pan-African bloc" (``pan_bodies``): "pan-" and the adjective before
a noun of a body (body, group, bloc, organisation, league, alliance, union) describe that one body wherever the phrase
stands, with no named body needed ("The pan-Arab body had threatened sanctions": the Arab League; not "the pan-Arab
satellite channel").
"""

from __future__ import annotations

import re

from .forces import CLAUSE_OPENS
from .gazetteer import GAZETTEER, guarded, phrase_alternation
from .govref import subject_follows
from .members import MEMBERS_CUE
from .mention import ActorMention, in_text_order, overlaps
from .names import canonical_key
from .recognize import BODIES
from .scan import sentence_starts

# (a space of an adjective matches any run of white space, as hard-wrapped copy has it: "Gulf\nArab leaders"; the
# table is looked up with the adjective's words joined by one space)
# (each adjective written with its look-behind after its first letter, ``gazetteer.guarded``: the engine then searches
# for those letters instead of trying every position)
_LEADERS = re.compile(r"(?P<adj>%s)[ ]+leaders(?![\w-])" % guarded(
    [phrase_alternation([w]) for w in sorted(BODIES, key=len, reverse=True)], r"[\w-]"))
# the members named after the leaders (``members.MEMBERS_CUE``, or "like"): "Arab leaders including Jordan's King"
_MEMBERS_NAMED = re.compile(rf",?\s+(?:{MEMBERS_CUE}|like)\b")


# "the pan-Arab body", "The pan-African bloc": a body described by its region's adjective (the same table), a
# definite description of one body wherever it stands ("had threatened sanctions", "urging the pan-Arab body to")
_PAN = re.compile(r"(?<![\w-])[Pp]an-(?P<adj>%s)[ ]+(?:body|group|grouping|bloc|organi[sz]ation|league|alliance|union)(?![\w-])"
                  % "|".join(re.escape(w) for w in sorted(BODIES, key=len, reverse=True) if " " not in w))


def pan_bodies(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with "the pan-Arab body" and the like added as the body of the adjective, in text order."""
    if "an-" not in text:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for match in _PAN.finditer(text):
        start, end = match.span()
        if overlaps(taken, start, end):
            continue
        body = BODIES[match.group("adj")]
        entry = GAZETTEER[body]
        added.append(ActorMention(start, end, match.group(0), body, canonical_key(body), entry.kind, None,
                                  entry.country, "description"))
    return in_text_order(mentions + added) if added else mentions


def body_leaders(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the region's leaders added as the body the document names, in text order."""
    named = {m.name for m in mentions if m.kind == "organization"}
    if not named & set(BODIES.values()):
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    opens = None  # (the rough sentence starts, read at the first candidate: most texts have none)
    added = []
    for match in _LEADERS.finditer(text):
        start, end = match.span()
        body = BODIES[" ".join(match.group("adj").split())]
        if body not in named or overlaps(taken, start, end) or _MEMBERS_NAMED.match(text, end):
            continue
        opens = set(sentence_starts(text)) if opens is None else opens
        if start not in opens and not CLAUSE_OPENS.search(text, max(0, start - 40), start) \
                or not subject_follows(text, end, False):
            continue
        entry = GAZETTEER[body]
        added.append(ActorMention(start, end, match.group(0), body, canonical_key(body), entry.kind, "leaders",
                                  entry.country, "demonym"))
    return in_text_order(mentions + added) if added else mentions
