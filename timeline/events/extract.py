"""Sentences + date mentions + predicates + actors -> events.

Per sentence of the story body:

1. every date mention (DATE or TIME with a calendar value, or a relative
   date left unresolved) is one event, typed by the predicate nearest to it
   in its clause ("met ... on Monday, August 27" is a meeting; "said on
   Wednesday" is a statement; "In 2017, a zone was established" is "other");
2. a reporting verb that no date claimed ("Nauert has told reporters",
   "Lavrov said") is a statement on the anchor date (``date_basis=dateline``);
3. a sentence with neither keeps its strongest other predicate as an
   undated event ("will discuss the situation soon": planned, no date).

Actors come from the same sentence: actor1 is the speaker or subject (the
actor just before the predicate, or after a reporting verb: "said Lavrov"),
actor2 the first actor after the predicate.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..actors import ActorMention
from ..model import Anchor, Article, Event, Mention
from ..sentences import split_sentences
from ..temporal.direction import FUTURE, FUTURE_MODALS, PAST, PAST_VERBS, direction
from ..temporal.grammar import lower
from .places import WINDOW_AFTER_TRIGGER, WINDOW_AROUND_DATE, place_near
from .triggers import Trigger, event_type as type_info, find_triggers

CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\s-\s")  # a date does not reach a predicate across these
CROSS_CLAUSE_PENALTY = 400
REPORTING = re.compile(
    r"(?:said|says|say|told|tells|stated|announced|declared|noted|stressed|emphasi[sz]ed|underlined|"
    r"underscored|pointed\s+out|added|explained|remarked|commented|reiterated|confirmed|acknowledged|"
    r"according\s+to|wrote|tweeted|claimed|argued|insists|expressed|voiced)$"
)
# Undated predicates that make an event of their own only when they are the clause's main verb.
WEAK_UNDATED = {"statement", "support", "aid", "cooperate"}
_WORDS = re.compile(r"[a-z']+")
_FUTURE_BEFORE = FUTURE_MODALS | {"to"}


def trigger_tense(low: str, trigger: Trigger) -> str | None:
    """Past or future from the predicate itself: "met", "will discuss", "is to visit"."""
    before = _WORDS.findall(low, max(0, trigger.start - 30), trigger.start)[-2:]
    if any(w in _FUTURE_BEFORE for w in before):
        return FUTURE
    head = trigger.text.split()[0]
    if head in PAST_VERBS or (head.endswith("ed") and len(head) > 4):
        return PAST
    return None


def _is_heading(text: str, start: int, end: int) -> bool:
    """A crosshead ("Meeting with Russian ambassador"): short, no closing punctuation."""
    return text[end - 1] not in ".!?\"'”’)" and len(text[start:end].split()) <= 10


def _in_quote(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation that opened in this sentence?"""
    segment = text[start:pos]
    return (segment.count('"') % 2 == 1) or segment.count("“") > segment.count("”")


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    mentions: list[Mention]
    triggers: list[Trigger]
    actors: list[ActorMention]


def event_id(article_id: str, position: int, event_type: str) -> str:
    digest = hashlib.sha1(f"{article_id}\x1f{position}\x1f{event_type}".encode()).hexdigest()
    return "ev-" + digest[:12]


def _is_date(m: Mention) -> bool:
    if m.type not in ("DATE", "TIME"):
        return False
    if m.value.endswith("_REF"):
        return False  # "now", "recently": not a date on a timeline
    return True


def _distance(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    lo, hi = (a_end, b_start) if a_end <= b_start else (b_end, a_start)
    gap = max(0, hi - lo)
    if gap and CLAUSE_BREAK.search(text, lo, hi):
        gap += CROSS_CLAUSE_PENALTY
    return gap


def _nearest_trigger(text: str, mention: Mention, triggers: list[Trigger]) -> Trigger | None:
    best, best_key = None, None
    for t in triggers:
        d = _distance(text, mention.start, mention.end, t.start, t.end)
        key = (d + (25 if t.is_statement else 0), t.start)
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best


def _roles(sent: _Sentence, trigger: Trigger | None, low: str) -> tuple[list[str], str | None, str | None]:
    """actors (names, in order), actor1, actor2 for a predicate in a sentence."""
    actors = [a for a in sent.actors if "location" not in a.flags and "dateline" not in a.flags]
    names: list[str] = []
    for a in actors:
        if a.name not in names:
            names.append(a.name)
    if not actors:
        return names, None, None
    if trigger is None:
        subject = next((a for a in actors if "subject" in a.flags), actors[0])
        rest = [n for n in names if n != subject.name]
        return names, subject.name, rest[0] if rest else None
    before = [a for a in actors if a.end <= trigger.start]
    after = [a for a in actors if a.start >= trigger.end]
    actor1 = actor2 = None
    if trigger.is_statement and REPORTING.search(trigger.text):
        # "..., Lavrov said" / "said Lavrov" / "according to Lavrov"
        if trigger.text.startswith("according") and after:
            actor1 = after[0].name
        elif before and before[-1].kind == "person" and trigger.start - before[-1].end < 40:
            actor1 = before[-1].name
        elif after and after[0].start - trigger.end < 25:
            actor1 = after[0].name
        elif before:
            actor1 = before[-1].name
    if actor1 is None and before:
        # The subject: the first actor of the clause before the predicate ("X and Y met").
        clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(low, sent.start, trigger.start)), default=sent.start)
        in_clause = [a for a in before if a.start >= clause_start] or before
        actor1 = in_clause[0].name
        others = [a.name for a in in_clause[1:] if a.name != actor1]
        if others:
            actor2 = others[0]
    if actor2 is None:
        for a in after:
            if a.name != actor1:
                actor2 = a.name
                break
    if actor1 is None and after:
        actor1 = after[0].name
        actor2 = next((a.name for a in after[1:] if a.name != actor1), None)
    return names, actor1, actor2


class _Builder:
    def __init__(self, article: Article, anchor: Anchor, body_start: int):
        self.article = article
        self.anchor = anchor
        self.body_start = body_start
        self.text = article.text
        self.low = lower(article.text)
        self.events: list[Event] = []

    def add(self, sent: _Sentence, trigger: Trigger | None, mention: Mention | None, *, basis: str) -> None:
        text = self.text
        event_type = trigger.type if trigger else "other"
        names, actor1, actor2 = _roles(sent, trigger, self.low)
        flags: list[str] = []
        if mention is not None:
            date_start, date_end, precision = mention.date_start, mention.date_end, mention.precision
            event_date = _reduced(mention) if mention.resolved else None
            flags.extend(mention.flags)
            position = mention.start
        elif basis == "dateline":
            date_start = date_end = self.anchor.date
            precision = "day" if self.anchor.date else "none"
            event_date = self.anchor.date.isoformat() if self.anchor.date else None
            position = trigger.start
            if self.anchor.date is None:
                basis = "unresolved"
                flags.append("unresolved: no anchor date (no dateline, metadata or --reference-date)")
        else:
            date_start = date_end = event_date = None
            precision = "none"
            position = trigger.start
        if mention is not None and mention.resolved and "anaphoric" in mention.rule:
            basis = "inferred"  # counted from another date of the text ("the next day")
        if "year_inferred" in self.anchor.flags and date_start is not None and not (
                mention is not None and "explicit" in mention.rule):
            flags.append("year_inferred")
        status = self._status(trigger, mention)
        info = type_info(event_type)
        if mention is not None:
            date_rule = mention.rule
        elif basis == "dateline" and date_start is not None:
            date_rule = f"dateline/{self.anchor.source}"
        else:
            date_rule = None
        location = location_basis = None
        where = self._place(sent, trigger, mention)
        if where:
            location, location_basis = where, "clause"
        elif basis == "dateline" and self.anchor.dateline and self.anchor.dateline.place:
            location, location_basis = self.anchor.dateline.place, "dateline"
        self.events.append(Event(
            event_id=event_id(self.article.id, position, event_type),
            event_date=event_date, date_start=date_start, date_end=date_end, precision=precision,
            date_text=text[mention.start:mention.end] if mention else None,
            date_basis=basis, event_type=event_type, status=status,
            actors=tuple(names), actor1=actor1, actor2=actor2,
            location=location, location_basis=location_basis,
            sentence=text[sent.start:sent.end], article_id=self.article.id, title=self.article.title,
            source=self.article.source, url=self.article.url,
            char_start=sent.start, char_end=sent.end,
            date_char_start=mention.start if mention else None, date_char_end=mention.end if mention else None,
            trigger=trigger.text if trigger else None,
            event_family=info.family, cameo=info.cameo or None, plover=info.plover or None,
            date_rule=date_rule, anchor_date=self.anchor.date,
            flags=tuple(dict.fromkeys(flags)),
        ))

    def _status(self, trigger: Trigger | None, mention: Mention | None) -> str:
        if mention is not None and mention.resolved and self.anchor.date and mention.date_start > self.anchor.date:
            return "planned"
        tense = trigger_tense(self.low, trigger) if trigger else None
        if tense is None and mention is not None:
            tense = mention.direction if mention.direction in (PAST, FUTURE) else None
        if tense is None:
            at = trigger or mention
            tense = direction(self.text, at.start, at.end, low=self.low) if at is not None else None
        return "planned" if tense == FUTURE else "reported"

    def _place(self, sent: _Sentence, trigger: Trigger | None, mention: Mention | None) -> str | None:
        if trigger is not None and not trigger.is_statement:
            found = place_near(self.text, trigger.end, trigger.end + WINDOW_AFTER_TRIGGER, sent.end)
            if found:
                return found[0]
        if mention is not None:
            found = place_near(self.text, max(sent.start, mention.start - WINDOW_AROUND_DATE),
                               mention.end + WINDOW_AROUND_DATE, sent.end)
            if found:
                return found[0]
        return None


def _reduced(m: Mention) -> str:
    """The event_date: the TimeML value, which is reduced ISO (2017, 2018-08, 2018-08-27, 2018-W35)."""
    return m.value


def extract_events(article: Article, anchor: Anchor, mentions: list[Mention], actors: list[ActorMention],
                   body_start: int = 0) -> list[Event]:
    """The events of one article (see the module docstring)."""
    builder = _Builder(article, anchor, body_start)
    text, low = builder.text, builder.low
    triggers = find_triggers(low, body_start)
    dated = [m for m in mentions if _is_date(m) and m.start >= body_start]
    actors = sorted(actors, key=lambda a: a.start)
    for start, end in split_sentences(text, body_start):
        sent_triggers = [t for t in triggers if start <= t.start < end]
        sent_mentions = [m for m in dated if start <= m.start < end]
        sent_actors = [a for a in actors if start <= a.start < end]
        sent = _Sentence(start, end, sent_mentions, sent_triggers, sent_actors)
        used: set[int] = set()
        for mention in sent_mentions:
            trigger = _nearest_trigger(text, mention, sent_triggers)
            if trigger is not None:
                used.add(trigger.start)
            basis = "explicit" if mention.resolved else "unresolved"
            builder.add(sent, trigger, mention, basis=basis)
        reporting = [t for t in sent_triggers if t.is_statement and REPORTING.search(t.text) and t.start not in used]
        if reporting and not any(t.is_statement for t in sent_triggers if t.start in used):
            builder.add(sent, reporting[0], None, basis="dateline")
        elif not sent_mentions and not reporting and not _is_heading(text, start, end):
            strong = [t for t in sent_triggers if t.type not in WEAK_UNDATED and not _in_quote(text, start, t.start)
                      and any(a.end <= t.start for a in sent_actors)]
            if strong:
                builder.add(sent, strong[0], None, basis="undated")
    return builder.events
