"""Where a joint statement's acts were done: the venue of the meeting, summit or visit that issued it.

A joint statement or communique issued at a meeting says once, at its head, where its authors met: its title ("Joint
Statement Following Meeting Between President Biden and ... in Jeddah", "... at Camp David"), a header line before the
text ("September 29, 2021 Pittsburgh, Pennsylvania", audit wh-2021-09-29 TTC), or its opening sentence ("met today
... in Jeddah", "met in Geneva", "welcomed ... to the White House", "welcomed United States President ... to India
today", audit wh-2023-09-08; "On the occasion of ...'s visit to ..."). The acts the statement then tells of its
authors on that day (their commitments, condemnations, agreements, calls, in the present or the past, "We condemn",
"The leaders reaffirmed") were done there, and the development sets place them at that venue (events_gold.md rule 8:
fresh4 UAE 25 rows at Jeddah, dev `united-states-ukraine-meeting` at Geneva, check Steinmeier at the White House,
fresh fentanyl committee at the White House). The extractor already gives that venue to the acts it dates from the
meeting (``extract``: ``carried``); this module gives it to the rest of the authors' acts of the meeting's days, dated
by the release day.

Not placed: a statement whose head names no venue (a call, "by secure video conference", the trade frameworks, "Joint
Statement by President Biden and Prime Minister Trudeau"); a statement issued on another day than the meeting it
recalls ("Meeting in Stockholm" of a statement of August 11 on talks "in Stockholm on July 28 and 29", dev
`...meeting-in-stockholm#4`); an act of another day (a past act recalled, a plan), a call, an act of force, a sanction,
another meeting; an act with a place of its own; an act of someone who is not an author.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable

from ..cue_words import run_class
from .aspect import ONGOING
from .places import HEADER_LINE, known_place, named_place
from .predicates import FORCE_FAMILIES

if TYPE_CHECKING:
    from ..model import Event, Mention

# a joint statement's title, or a leaders' statement's ("United States-Japan Joint Leaders' Statement", "G7 Leaders'
# Communique", "Quad Leaders' Joint Statement")
_STATEMENT_TITLE = re.compile(r"\bjoint\s+(?:[\w'’-]+\s+){0,2}(?:statement|declaration|communiqu[eé])|\bcommuniqu[eé]\b"
                              r"|\bleaders['’]?\s+(?:joint\s+)?(?:statement|declaration)", re.IGNORECASE)

# the words between the verb and the place: no sentence end, but the points of initials and titles ("President Joseph
# R. Biden, Jr., to India today")
_BETWEEN = r"(?P<between>(?:" + run_class(r".;:") + r"|(?<=[A-Z])\.|(?<=Jr|Sr|Dr|Mr|Ms|St)\.){0,%d}?)"
_NAME = r"(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:of\s+)?[A-Z][\w'’.\-]*){0,3})"
# the head's words for the occasion and its place: "met (today) (with ...) in/at X", "gathered at X", "meeting in X",
# "welcomed X to Y", "hosted X at Y", "On the occasion of X's visit to Y", "During X's Official Visit to Y", "At the
# Quad Leaders' Summit in Y", "on the margins of the G20 Summit in Y"
_MET = re.compile(r"\b(?:met|meet|meeting|gathered|gathering|convened|assembled|came\s+together)\b" + _BETWEEN % 160 + r"\s(?:in|at)\s+"
                  r"(?:the\s+)?" + _NAME)
_WELCOMED = re.compile(r"\b(?:welcomed|welcomes|hosted|hosts|received)\b" + _BETWEEN % 160 + r"\s(?:to|at|in)\s+"
                       r"(?:the\s+)?" + _NAME)
_VISIT = re.compile(r"\b(?:[Oo]n\s+the\s+occasion\s+of|[Dd]uring|[Ii]n\s+the\s+course\s+of|[Aa]t|[Oo]n\s+the\s+(?:margins|sidelines)"
                    r"\s+of)\s+" + _BETWEEN % 100 + r"\b(?:[Vv]isit|[Ss]ummit|[Mm]eeting|[Cc]onference)\s+(?:to|in|at)\s+(?:the\s+)?"
                    + _NAME)
_NOT_IN_PERSON = re.compile(r"\b(?:virtual(?:ly)?|video|telephone|phone|call|online)\b", re.IGNORECASE)
# words between the verb and the place that make the place a topic or another act's ("met to discuss the situation in
# Gaza", "welcomed progress in Gaza", "welcomed the Prime Minister's plan to travel to Washington"), not the venue
# (but "on the margins of the G20 Summit in Rio de Janeiro" is the venue's)
_NOT_VENUE = re.compile(r"\bto\s+[a-z]+|['’]s\b|\b(?:about|regarding|concerning|over|situation|crisis|conflict|war|"
                        r"progress|efforts?|plans?|decision|announcement|launch|opening)\b"
                        r"|\bon\b(?!\s+the\s+(?:margins|sidelines)\b)")
# the title's venue: "... in Jeddah", "... at Camp David" at its end
_TITLE_VENUE = re.compile(r"\s(?:in|at)\s+(?:the\s+)?" + _NAME + r"\s*$")
# a venue word that makes a capitalised name a place although no list knows it ("the White House", "Akasaka Palace")
_VENUE_NOUN = re.compile(r"\b(?:House|Palace|Center|Centre|Hall|Castle|Residence|Office)$")
_REGION_AFTER = re.compile(r",\s+[A-Z][\w.]*")  # "Wilmington, Delaware": a city named with its region
# a header line: "September 29, 2021 Pittsburgh, Pennsylvania", "Camp David, Maryland"
_HEADER = re.compile(r"\s*(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s+)?(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
                     r",\s+(?:[A-Z][\w.]*|D\.C\.)(?:\s+[A-Z][\w.]*){0,2}\s*$")
HEAD_SENTENCES = 2  # the opening sentences in which a statement says where its authors met


def is_statement(title: str | None) -> bool:
    """Is ``title`` a joint statement's, a communique's or a leaders' statement's?"""
    return bool(title) and _STATEMENT_TITLE.search(title) is not None


def _place(m: re.Match, text: str) -> str | None:
    place = named_place(m.group("place"))
    if place is None:
        return None
    if known_place(place) or _VENUE_NOUN.search(place) or _REGION_AFTER.match(text, m.end("place")):
        return place
    return None


def _sentence_days(mentions: list[Mention], start: int, end: int) -> tuple[date, date] | None:
    """The days the dates of ``text[start:end]`` cover (the first's start to the last's end), if it has any."""
    days = [m for m in mentions if start <= m.start < end and m.resolved and m.precision in ("day", "time")]
    if not days:
        return None
    return min(m.date_start for m in days), max(m.date_end or m.date_start for m in days)


def _dated_elsewhere(text: str, place: str, mentions: list[Mention], anchor: date) -> bool:
    """Does the text date a meeting at ``place`` to days before the anchor ("in Stockholm on July 28 and 29, 2025", in
    a statement of August 11)?"""
    for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(place), text):
        near = [x for x in mentions if m.end() <= x.start <= m.end() + 40 and x.resolved]
        if any(x.date_end is not None and x.date_end < anchor for x in near):
            return True
    return False


def statement_venue(title: str | None, text: str, starts: list[int], mentions: list[Mention],
                    anchor: date) -> tuple[str, date, date, int | None] | None:
    """The venue a joint statement's head names for the meeting that issued it, the first and last day of that
    meeting (the anchor's, unless the head dates it), and the start of the sentence that names it (None for the
    title or a header line)."""
    first = starts[0] if starts else 0
    head = text[:first] if first else text[:text.find("\n")] if "\n" in text else ""
    line = head.strip().strip("*").strip()
    if line and len(line) <= HEADER_LINE and not line.endswith((".", ":")):
        m = _HEADER.fullmatch(line)
        if m is not None:
            place = named_place(m.group("place"))
            if place:
                return place, anchor, anchor, None
    for k, start in enumerate(starts[:HEAD_SENTENCES]):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        for pattern in (_MET, _WELCOMED, _VISIT):
            m = pattern.search(text, start, end)
            if m is None or _NOT_IN_PERSON.search(m.group("between")) \
                    or pattern is not _VISIT and _NOT_VENUE.search(m.group("between")):
                continue  # (a visit's owner is a possessive: "On the occasion of President Biden's visit to Ottawa")
            place = _place(m, text)
            if place is None:
                continue
            days = _sentence_days(mentions, start, end) or (anchor, anchor)
            return place, days[0], days[1], start
    m = _TITLE_VENUE.search(title or "")
    if m is not None:
        place = _place(m, title)
        if place and not _dated_elsewhere(text, place, mentions, anchor):
            return place, anchor, anchor, None
    return None


def _past_frame(e: Event, mentions: list[Mention], first: date) -> bool:
    """Is ``e`` told inside a frame of an earlier day, a date before its verb that ends before the meeting ("In
    paragraph 22 of the Joint Statement issued following their June 15, 2021 summit meeting, President Biden ...
    resolved", in a statement of September 29)? Then it is not an act of the meeting."""
    verb = e.trigger_offset()
    end = e.char_start + (verb if verb >= 0 else len(e.sentence))
    return any(e.char_start <= m.start < end and m.resolved and m.date_end is not None and m.date_end < first
               for m in mentions)


# acts that take no venue from the statement's meeting: a call has none; an act of force or a sanction is done on the
# ground; another meeting, call or talks is an occasion of its own (``extract.NOT_AT_MEETINGS``)
_NOT_AT_MEETING = FORCE_FAMILIES | {"consult", "sanction"}


def place_statement_acts(events: list[Event], title: str | None, text: str, starts: list[int],
                         mentions: list[Mention], anchor: date | None, authors: set[str],
                         people: Iterable[str], state_of: Callable[[str], str | None]) -> list[Event]:
    """The events of a joint statement with its authors' acts of the meeting's days placed at its venue
    (``statement_venue``). ``authors``: the signatories the title names; ``people``: the article's persons;
    ``state_of``: the state a person acts for, or None."""
    if anchor is None or not is_statement(title):
        return events
    found = statement_venue(title, text, starts, mentions, anchor)
    if found is None:
        return events
    venue, first, last, at = found
    occasion = [e for e in events if at is not None and e.char_start == at]  # the acts of the sentence that names the venue
    authors = set(authors) | {n for e in occasion for n in e.actors}
    country_of = {n: c for n in people if (c := state_of(n))}
    authors |= {country_of[n] for n in authors if n in country_of} | {n for n, c in country_of.items() if c in authors}
    out = []
    for e in events:
        if e.location is None and e.actor1 is not None and e.status == "reported" and e.event_type != "call" \
                and e.precision in ("day", "time") and e.date_start is not None and first <= e.date_start <= last \
                and (e.event_family not in _NOT_AT_MEETING or at is not None and e.char_start == at) \
                and (e.actor1 in authors or not authors) and not _past_frame(e, mentions, first) \
                and ONGOING not in e.flags:  # ("We are now cooperating trilaterally": work going on, not done there)
            e = replace(e, location=venue, location_basis="meeting")
        out.append(e)
    return out
