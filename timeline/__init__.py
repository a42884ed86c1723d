"""timeline: turn news about diplomacy into a chronology people can trust.

    >>> import timeline
    >>> result = timeline.build(["data/samples"])          # doctest: +SKIP
    >>> result.events[["event_date", "event_type", "actor1", "sentence"]]   # doctest: +SKIP
    >>> result.write("outputs/")                            # doctest: +SKIP

The public names are imported on first use, so that ``import timeline.temporal``
(the date tagger alone) does not pull in pandas and plotly.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "build": "pipeline", "Result": "pipeline", "process_article": "pipeline",
    "parse_dateline": "dateline",
    "TimelineError": "errors", "InputError": "errors", "NoInputError": "errors", "OptionError": "errors",
    "read_articles": "ingest",
    "Anchor": "model", "Article": "model", "Dateline": "model", "Event": "model", "Mention": "model",
    "Skipped": "model", "Failed": "model",
    "Fields": "settings", "Settings": "settings",
    "COLUMNS": "table", "to_frame": "table", "read_table": "export.tables",
    "find_mentions": "temporal",
}
__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
