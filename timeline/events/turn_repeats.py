"""A speaker of a remarks transcript saying again what they said before: one row.

The gold sets do not annotate a remarks transcript sentence by sentence (``events_gold.md``, the speech rule): "one
row per act and per other type or other addressee, for each speaker; continuations of the same act to the same
addressee are no rows" (fresh9-fresh17). Three acts come back in almost every pair of remarks:

- **thanks** (rule 16): a speaker thanks the other many times ("I want to thank you for your diplomacy ... . And I
  want to thank you for your leadership, Mr. President.", "Thank you very much for the invitation ... . And I'm
  grateful to you; your team ... . Thanks to your support ... . Thank you for your participation."); the first
  thanks of a speaker to an addressee is the row, the later ones fold into it. Another addressee ("let me also thank
  the U.S. Congress") is a row of its own. A thanks told inside a "that" or "which" clause ("it is time for you to
  know that Germany ... is deeply grateful to you", "our conversation ... that we appreciate") is not the one the
  speaker addresses, and opens no row the later ones fold into;
- **a commitment to the same party** (rule 7 (c)): "we're not going to walk away from you. ... the United States is
  going to stand with you. ... The United States is standing with you."; "the United States is here today to
  reaffirm our commitment to NATO ... . we're committed to Lithuania and to the Baltics and to NATO";
- **the planned talks** of the meeting: "This morning, we're going to discuss how ... . And I look forward to
  discussing how we can work together ..."; "Today we're going to be discussing ... . And I look forward to our
  discussions after this introductory meeting": the same talks and their topics.

And a speaker's planned talks at the meeting the remarks open, told after his side of that meeting ("it's an honor to
welcome you to the White House. ... I very much look forward to our talks here today"; "Good to see you, too. ... And,
of course, I want to discuss some future events"), are that meeting told twice (rule 30's answer (g): one row, the
leader's side of the meeting, which keeps the earliest telling): a planned talks or meeting row of the speaker of a
reported meeting row before it, to the same counterpart, undated or of the meeting's day, is no row (check Kristersson
#7, fresh7 Modi #10, fresh10 #11 and #15, fresh11 #8, fresh14 #4, fresh12 #32, blind Harris #7 were folded so). Talks
tied to a later time ("we look forward to meeting with you the next five years", "in the coming days, we're also going
to discuss": fresh12 #31, the allies' talks at the summit; "at the upcoming G7 Summit") stay
their own row, and so does a sentence that goes on to another planned act ("I look forward to our conversation today
and to continuing to stand with you and all the people of Lithuania": fresh12 #33, planned support), whose row the
extractor reads no other way.

So in a transcript a support row of one of these two kinds, by the same speaker (``actor1``) to the same named
party (``actor2``) as an earlier row of the same kind, and a planned talks row of a speaker who has one already, are
no rows, unless the later one is dated by its own words (another day's act: "as I said yesterday"). A thanks with no
party named ("We are thankful for this.", "I thank to all American people") after the speaker's first thanks goes
on with them (fresh10: "the thanks for the Vice President's participation continue it"), unless its clause names an
occasion, whose row it is (rule 10: "we are thankful for participation in peace summit"). A commitment with no
party named is left as it is, and so is a saying typed by what it says ("I shared with the President then ... that
the United States stands with Ukraine": a verb of speech, not a thanks or a commitment).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Event

# the words of a trigger that thanks: "thank", "thanks", "thanked", "say thank you", "i'm grateful", "are thankful",
# "gratitude", "appreciate", "appreciation" (an alternation for regexes: ``turn_counterparts`` reads them too)
THANKS_WORDS = (r"thank|thanks|thanked|thanking|grateful|thankful|gratitude|appreciate|appreciates|appreciated|"
                r"appreciation")
_THANKS = re.compile(rf"\b(?:{THANKS_WORDS})\b")
# the words of a trigger that commits to a party: "stand with", "going to stand with", "standing with", "stick with",
# "committed to", "commitment", "walk away from" (negated), "support", "supports", "defend"
_COMMITS = re.compile(r"\b(?:stand|stands|standing|stood|stick|committed|commitment|commitments|walk\s+away|"
                      r"support|supports|supporting|defend|defending)\b")
# the verb of a speaker's "we discussed", "we have today discussed" (not the noun: "our discussions reaffirm ...")
_DISCUSSED = re.compile(r"(?:have\s+|had\s+)?discussed")
# a later time or occasion the planned talks are for: not the meeting of the day ("meeting with you the next five
# years", "in the coming days, we're also going to discuss", "our discussions at the upcoming G7 Summit"; not "some
# future events", a topic)
_LATER = re.compile(r"\b(?:next|coming|upcoming|later|again|tomorrow|summit|conference|forum|visit|trip)\b")
# another planned act the sentence goes on to: "and to continuing to stand with you"
_AND_TO = re.compile(r"\band\s+to\s+[a-z]+ing\b")
# an occasion a thanks with no party may be for, the row of its clause (rule 10: "we are thankful for participation in
# peace summit on the level of Vice President" is the planned summit, fresh10 #16)
_OCCASION = re.compile(r"\b(?:summit|conference|forum)s?\b", re.IGNORECASE)
# a clause that tells the thanks rather than addresses it: "to know that Germany ... is deeply grateful to you",
# "which we appreciate" (a "that" or "which" before its subject; not a determiner, "to that end, I thank")
_TOLD = re.compile(r"\b(?:[Tt]hat|[Ww]hich)\s+(?:I|we|you|he|she|they|[A-Z][\w’'-]*)\b")


def _kind(e: Event) -> str | None:
    """The kind of repeatable act ``e`` is: "thanks", "commits", "talks", or None."""
    trigger = (e.trigger or "").lower()
    if e.event_type == "support" and _THANKS.search(trigger):
        return "thanks"
    if e.event_type == "support" and e.actor2 is not None and _COMMITS.search(trigger):
        return "commits"
    if e.event_type == "talks" and e.status == "planned":
        return "talks"
    return None


def addressed(e: Event) -> bool:
    """Is the thanks (or saying) of ``e`` in the sentence's own clause, not told inside a "that" or "which" clause
    (``turn_folds`` reads it too)?"""
    if e.trigger_char_start is None:
        return True
    return _TOLD.search(e.sentence[:max(0, e.trigger_offset())]) is None


def _discussed_at(e: Event, meeting: Event | None) -> bool:
    """Is ``e`` the speaker's "we discussed ..." of the day of ``meeting``, their reported meeting row before it: that
    meeting's content, no talks of its own?"""
    if meeting is None or e.event_type != "talks" or e.status != "reported" \
            or not _DISCUSSED.fullmatch((e.trigger or "").lower()):
        return False
    day = meeting.event_date or (meeting.anchor_date.isoformat() if meeting.anchor_date else None)
    # ("I'm glad to have this meeting with Madam Vice President", undated: the day's)
    return e.event_date is not None and e.event_date == day


def _side_told_again(e: Event, meeting: Event | None) -> bool:
    """Is ``e`` the speaker's planned talks at the meeting the remarks open, after ``meeting``, their reported meeting
    row (rule 30's answer (g); see the module docstring)?"""
    if meeting is None or e.status != "planned" or e.event_type not in ("talks", "meeting") or e.char_start <= meeting.char_start:
        return False
    if e.actor2 is not None and meeting.actor2 is not None and e.actor2 != meeting.actor2:
        return False
    if e.event_date is not None and e.event_date != meeting.event_date:
        return False
    low = e.sentence.lower()
    return _LATER.search(low) is None and _AND_TO.search(low[max(0, e.trigger_offset()):]) is None


def _speaker_at(labels: list[tuple[int, str]], starts: list[int], position: int) -> str | None:
    """The speaker whose turn label last stands before ``position`` (None before the first)."""
    i = bisect_right(starts, position) - 1
    return labels[i][1] if i >= 0 else None


def turn_repeats(events: list[Event], labels: list[tuple[int, str]], before_meeting: bool) -> list[Event]:
    """``events`` of a remarks transcript (``labels``: its turn labels, (start, who speaks), in text order; none
    outside a transcript) without a speaker's later thanks or commitment to a party they have thanked or committed to
    already, nor, in remarks before a meeting (``before_meeting``), their later planned talks (see the module
    docstring)."""
    if not labels:
        return events
    starts = [start for start, _ in labels]
    first: dict[tuple, Event] = {}  # (kind, speaker, actor1, party) -> the row the later ones fold into
    firsts: set[tuple] = set()  # the (kind, speaker, actor1) of ``first``'s keys
    met: dict[tuple, Event] = {}  # (speaker, actor1) -> the speaker's first reported meeting row
    out = []
    for e in sorted(events, key=lambda e: e.char_start):
        speaker = _speaker_at(labels, starts, e.char_start)
        if e.event_type == "meeting" and e.status == "reported" and e.actor1 is not None:
            met.setdefault((speaker, e.actor1), e)
        if _discussed_at(e, met.get((speaker, e.actor1))):
            continue  # "We also discussed quite extensively the impact of the climate crisis": the meeting itself
        if before_meeting and _side_told_again(e, met.get((speaker, e.actor1))):
            if e.event_type == "talks":  # the planned talks the later ones fold into ("This morning, we're going to
                first.setdefault(("talks", speaker, e.actor1, None), e)  # discuss ... . And I look forward to
                firsts.add(("talks", speaker, e.actor1))  # discussing how we can work together": fresh11 #8)
            continue  # "I very much look forward to our talks here today": the speaker's side of the meeting again
        kind = _kind(e) if e.actor1 is not None else None
        if kind is None or (kind == "talks" and not before_meeting):
            out.append(e)
            continue
        if kind == "thanks" and e.actor2 is None:
            if e.date_basis != "explicit" and (kind, speaker, e.actor1) in firsts \
                    and not _OCCASION.search(e.sentence):
                continue  # thanks with no party named after the speaker's thanks ("We are thankful for this."): theirs
            out.append(e)
            continue
        key = (kind, speaker, e.actor1, None if kind == "talks" else e.actor2)
        if key in first and (e.date_basis != "explicit" or e.event_date == first[key].event_date):
            continue  # the same act again ("Madam Vice President, I thank you for your time today"), no row
        if key not in first and (kind != "thanks" or addressed(e)):
            first[key] = e
            firsts.add(key[:3])
        out.append(e)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(out, key=lambda e: order[id(e)])
