"""The records that flow through the pipeline.

Article -> Dateline -> Mention -> Event -> DataFrame. Each is a small frozen
record; stages are plain functions from one to the next. Offsets are Python
string indices into ``Article.text`` (so ``text[start:end]`` is the surface).
Unknown stays unknown: a month-precision date has no day, an unresolved
mention keeps an underspecified TimeML value ("XXXX-WXX-3") and says why.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

# How precise a resolved date is. "time" means below a day (a clock time or a
# part of the day); "none" is used for durations and sets, which are not dates.
PRECISIONS = ("time", "day", "week", "month", "quarter", "season", "half",
              "year", "decade", "century", "none")
# the precisions of a date that names one day: a day, or a time of one ("at 10:30 on Wednesday")
DAY_PRECISIONS = ("day", "time")


@dataclass(frozen=True, slots=True)
class Article:
    """One input article, as read from a file."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # the metadata date string, as given
    url: str | None = None
    source: str | None = None  # the outlet ("TASS", "Reuters"), if known
    path: str = ""  # the file it came from
    record: int | None = None  # 1-based line/row in that file; None for one-article files
    dct: str | None = None  # a TimeML document creation time, when read from .tml
    # a record without the date field asked for (``Fields.published``) names it here when that says something: the
    # field was named (--date-field) or the record has others whose values read as dates (``date_like``, in order)
    date_field: str | None = None
    date_like: tuple[str, ...] = ()
    # the same for the title field (``Fields.title``): named (--title-field), or others look like titles
    # (``title_field.title_like``: "headline")
    title_field: str | None = None
    title_like: tuple[str, ...] = ()
    # the record's fields read for a default field name they match but for case: (name read, default name), ("Text",
    # "text") (``ingest.field_case``)
    field_case: tuple[tuple[str, str], ...] = ()
    # the fields named with an option (--text-field Body) that the record lacks, read at their default names as it
    # holds them: (role, name given, default) (``ingest.field_default``)
    field_default: tuple[tuple[str, str, str], ...] = ()
    # the id the record gave, when an earlier record has it and ``ingest.unique_ids`` read this one as ID#2 (ID#3 ...):
    # with another text, as a copy is skipped before (``ingest.copies``; two files of one name in different folders,
    # whose ids come from the file name: reuters/story.txt and tass/story.txt)
    repeated_id: str | None = None
    # the ``Date:`` (Outlook's ``Sent:``) of the e-mail header a pasted text opens with (``ingest.mail_header``), as
    # given: no publication date, a day the story was published on or before (``anchor``, step 2a')
    mail_date: str | None = None
    # a plain text that opens with its header, its title and a date line under it or a mail's header
    # (``ingest.text.header_end``): where the story starts past them in the text as given (``pipeline``: the reader
    # took the title and publication date from them), 0 with none. Found in the text as given, not read off the view:
    # the view drops the indent of a folded mail header line (``mail_header``)
    header_end: int = 0
    # a record of a known export schema (``ingest.schemas``): what it was read as and from which fields ("read as a
    # NewsAPI response: text from 'content', date from 'publishedAt', source from 'source.name'")
    read_as: str | None = None
    # the text ended in an API's truncation marker ("… [+1534 chars]"), stripped (``ingest.truncation``): the note
    truncated: str | None = None
    # the fields read that held no text (an object with no name, a list of numbers): one note each, for the flags
    unread: tuple[str, ...] = ()
    # a text read through ``text_view.view`` (no-break spaces, \r\n, zero-width characters ... as given): where each
    # character of ``text`` stands in the text as given, one more for its end; None when ``text`` is that text
    given_starts: Sequence[int] | None = field(default=None, compare=False, repr=False)

    def given_at(self, index: int) -> int:
        """Where ``text[index]`` stands in the text as given: event ids hash that position, as they did before texts
        were read through a view (``events.extract.event_id``)."""
        return index if self.given_starts is None else self.given_starts[index]

    def read_at(self, position: int) -> int:
        """The way in: the index in ``text`` of the first character that stands at or after ``position`` of the text
        as given (``read_index``, as ``text_view.TextView.index``)."""
        return position if self.given_starts is None else read_index(self.given_starts, position)


def read_index(starts: Sequence[int], position: int) -> int:
    """The index in a text read through a view of the first character that stands at or after ``position`` of the
    text as given, ``starts`` being where each of its characters stands there (ascending, one more for the end:
    ``text_view.TextView.starts``, which an article read through the view keeps as ``Article.given_starts``): the way
    in, for ``TextView.index`` and ``Article.read_at`` alike."""
    return bisect_left(starts, position)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input record that could not be read as an article, and why."""

    path: str
    reason: str
    record: int | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    """An article that was read but whose processing raised an unexpected error (a bug in timeline), or a file whose
    reading raised one (no record, no id: the records read from it before stay): ``reason`` names the error and where
    it happened (``failure.describe``); the run goes on without it."""

    path: str
    reason: str
    record: int | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens a wire story: ``WASHINGTON, August 30. /TASS/.``"""

    start: int  # where the dateline begins in the text
    end: int  # where it ends (the story body follows)
    body_start: int  # first character of the story body
    place: str | None
    agency: str | None
    date_text: str | None = None  # "August 30", "Dec. 1, 2018"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday, when the dateline names one
    stamp_start: int | None = None  # where the web header whose date stamp gave the date begins ("NEW YORK | Fri Apr
    # 8, 2011 11:29 pm BST NEW YORK (Reuters) -"), before ``start``; None when the dateline dates itself or is undated


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date an article's relative expressions are resolved against."""

    date: dt.date | None
    source: str  # "metadata" | "dateline" | "option" | "none"
    # "dateline" | "metadata" | "option" | "mail" | "weekday" | "set" | "reference" | "corpus"
    year_source: str | None = None
    flags: tuple[str, ...] = ()
    dateline: Dateline | None = None

    @property
    def body_start(self) -> int:
        """Where the story starts past its dateline (0 with none)."""
        return self.dateline.body_start if self.dateline else 0


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression found in text, with its TimeML type and value.

    ``value`` follows TimeML 1.2.1 (``2018-08-27``, ``2018-W35``, ``P3D``,
    ``XXXX-WXX-1``, ``PRESENT_REF``). ``date_start``/``date_end`` are the
    calendar days the value covers (inclusive), or None when not a date or not
    resolved. ``rule`` names the grammar rule and resolution step; ``anchor`` is
    the date it was resolved against.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    precision: str = "none"
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, ...
    anchor: dt.date | None = None
    rule: str = ""
    direction: str = "none"  # past | future | present | none
    flags: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.date_start is not None

    @property
    def date_basis(self) -> str:
        """The ``date_basis`` of an event this expression dates: "explicit", or "unresolved" when it has no date."""
        return "explicit" if self.resolved else "unresolved"


@dataclass(frozen=True, slots=True)
class Event:
    """One dated event: who did what, when, where, and the sentence that says so."""

    event_id: str
    event_date: str | None  # reduced ISO: 2017, 2018-08, 2018-08-27, 2018-W35
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    date_text: str | None
    date_basis: str  # explicit | dateline | inferred | unresolved
    event_type: str
    status: str  # reported | planned
    actors: tuple[str, ...]
    actor1: str | None
    actor2: str | None
    location: str | None
    location_basis: str | None  # clause | dateline | meeting | header | None
    sentence: str
    article_id: str
    title: str | None
    source: str | None
    url: str | None
    char_start: int  # the sentence's span in the article text
    char_end: int
    date_char_start: int | None = None  # the date mention's span, when explicit
    date_char_end: int | None = None
    trigger: str | None = None  # the predicate that typed the event
    event_family: str | None = None  # statement, consult, agree, ... (the taxonomy)
    cameo: str | None = None  # CAMEO root code ("04" consult)
    plover: str | None = None  # PLOVER category ("CONSULT")
    date_rule: str | None = None  # the rule that produced the date ("weekday/past", "dateline")
    anchor_date: dt.date | None = None  # the date relative expressions were resolved against
    flags: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    trigger_char_start: int | None = field(default=None, compare=False)  # the trigger's offset in the article text

    def aimed_at(self, target: str) -> Event:
        """This event with ``target`` as its ``actor2``, added to the cast if it is not there (the rules that find an
        untargeted act's target: ``untargeted.aim_untargeted``; a verb whose object is another act's noun)."""
        return replace(self, actor2=target, actors=tuple(dict.fromkeys(self.actors + (target,))))

    def trigger_offset(self) -> int:
        """Where the trigger stands in ``sentence`` (-1 when there is none). The trigger is written in lower case
        ("shelling" in "Shelling of Douma continued") and may occur twice ("the shelling had stopped, but renewed
        shelling of Homs"): the recorded offset says which."""
        if self.trigger_char_start is not None:
            return self.trigger_char_start - self.char_start
        return self.sentence.lower().find(self.trigger.lower()) if self.trigger else -1
