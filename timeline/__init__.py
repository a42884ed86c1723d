"""timeline: turn news about diplomacy into a chronology people can trust.

    >>> import timeline
    >>> result = timeline.build(["data/samples"])          # doctest: +SKIP
    >>> result.events[["event_date", "event_type", "actor1", "sentence"]]   # doctest: +SKIP
    >>> result.write("outputs/")                            # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .build import Result, build, process_article
from .dateline import parse_dateline
from .errors import InputError, NoInputError, OptionError, TimelineError
from .ingest import read_articles
from .model import Anchor, Article, Dateline, Event, Mention, Skipped
from .settings import Fields, Settings
from .table import COLUMNS, to_frame
from .temporal import find_mentions

__all__ = [
    "COLUMNS", "Anchor", "Article", "Dateline", "Event", "Fields", "InputError", "Mention", "NoInputError",
    "OptionError", "Result", "Settings", "Skipped", "TimelineError", "__version__", "build", "find_mentions",
    "parse_dateline", "process_article", "read_articles", "to_frame",
]
