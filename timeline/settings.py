"""One Settings object, built by the CLI or by library users.

Library code never looks at the clock: ``run_date`` (the day the run happens,
used to bound year inference) and ``reference_date`` are passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .errors import OptionError


@dataclass(frozen=True, slots=True)
class Fields:
    """Which record fields hold what, for .jsonl and .csv inputs."""

    text: str = "text"
    title: str = "title"
    published: str = "published"
    url: str = "url"
    source: str = "source"
    id: str = "id"


@dataclass(frozen=True, slots=True)
class Settings:
    reference_date: dt.date | None = None  # anchor for articles with no date of their own
    year: int | None = None  # year for datelines that give none
    run_date: dt.date | None = None  # latest date a year may be inferred into
    fields: Fields = field(default_factory=Fields)
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, canonical) overrides for actor names
    workers: int = 1  # processes for per-article extraction

    def __post_init__(self) -> None:
        if self.year is not None and not (1 <= self.year <= 9999):
            raise OptionError(f"--year {self.year} is not a calendar year (give four digits, e.g. --year 2018)")
        if self.workers < 1:
            raise OptionError(f"--workers must be at least 1, not {self.workers}")


def parse_date_option(value: str | dt.date | None, name: str = "--reference-date") -> dt.date | None:
    """Parse an ISO date given as an option; the error says the expected form."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise OptionError(f"{name} {value!r} is not a date; give it as YYYY-MM-DD, e.g. {name} 2018-08-30") from None
