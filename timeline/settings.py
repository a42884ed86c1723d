"""One Settings object, built by the CLI or by library users.

Library code never looks at the clock: ``run_date`` (the day the run happens,
used to bound year inference) and ``reference_date`` are passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields as dataclass_fields

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
    # the fields the user named (--text-field ...), which win over a known export schema's (``ingest.schemas``);
    # None: those whose name is not the default (a library user's Fields(text="body"))
    named: frozenset[str] | None = None

    def is_named(self, role: str) -> bool:
        """Whether the field for ``role`` ("text", "published" ...) was named by the user, not left at its default."""
        if self.named is not None:
            return role in self.named
        return getattr(self, role) != FIELD_DEFAULTS[role]


# role -> its default field name, as ``Fields`` declares it (one place to change a default)
FIELD_DEFAULTS = {f.name: f.default for f in dataclass_fields(Fields) if f.name != "named"}


@dataclass(frozen=True, slots=True)
class Settings:
    reference_date: dt.date | None = None  # anchor for articles with no date of their own
    year: int | None = None  # year for datelines that give none
    run_date: dt.date | None = None  # latest date a year may be inferred into
    fields: Fields = field(default_factory=Fields)
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, canonical) overrides for actor names
    workers: int = 1  # processes for per-article extraction
    fail_fast: bool = False  # re-raise an article's unexpected error instead of listing it as failed (``failure``)
    encoding: str | None = None  # --encoding: of the inputs without a byte-order mark that are not UTF-8 (ingest/encoding)

    def __post_init__(self) -> None:
        # Dates may come as ISO strings or datetimes; everything downstream does
        # date arithmetic, so they are made dates here or refused here, not deep in a build.
        object.__setattr__(self, "reference_date", parse_date_option(self.reference_date, "reference_date"))
        object.__setattr__(self, "run_date", parse_date_option(self.run_date, "run_date"))
        if self.year is not None:
            if isinstance(self.year, bool) or not isinstance(self.year, int):
                raise TypeError(f"year must be an int such as 2018, not {type(self.year).__name__} {self.year!r}")
            if not YEARS[0] <= self.year <= YEARS[1]:
                raise OptionError(f"--year {self.year} is not a plausible year for a dateline; give all four digits, "
                                  f"{YEARS[0]} to {YEARS[1]}, e.g. --year 2018")
        if isinstance(self.workers, bool) or not isinstance(self.workers, int):
            raise TypeError(f"workers must be an int, not {type(self.workers).__name__} {self.workers!r}")
        if self.workers < 1:
            raise OptionError(f"--workers must be at least 1, not {self.workers}")
        from .ingest.encoding import encoding_option

        object.__setattr__(self, "encoding", encoding_option(self.encoding))
        if not isinstance(self.fail_fast, bool):
            raise TypeError(f"fail_fast must be True or False, not {type(self.fail_fast).__name__} {self.fail_fast!r}")


YEARS = (1800, 2200)  # the years --year accepts: news datelines, not typos like --year 18


def parse_date_option(value: str | dt.date | None, name: str = "--reference-date") -> dt.date | None:
    """A date given as an option or setting: a ``datetime.date`` (a ``datetime`` gives its
    date) or an ISO string; anything else is refused with the expected form."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a datetime.date or an ISO date string like '2018-08-30', "
                        f"not {type(value).__name__} {value!r}")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise OptionError(f"{name} {value!r} {_why_no_date(value.strip(), name)}") from None


def _why_no_date(value: str, name: str) -> str:
    """Why an option's value is no date, with the fix: a YYYY-MM-DD of no calendar day ("2018-02-30") was told to
    be given as YYYY-MM-DD, the form it has (newuser52); a year-first date parted otherwise ("2018/08/30",
    "2018-8-30") gets its own date written right."""
    import calendar
    import re

    parts = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", value)
    if parts is None:
        return f"is not a date; give it as YYYY-MM-DD, e.g. {name} 2018-08-30"
    year, month, day = int(parts[1]), int(parts[3]), int(parts[4])
    if not 1 <= month <= 12:
        return f"is not a date: there is no month {month} (give it as YYYY-MM-DD, e.g. {name} 2018-08-30)"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"is not a date: {calendar.month_name[month]} {year} has {days} days (give it as YYYY-MM-DD)"
    return f"is not in the form YYYY-MM-DD; give it as {name} {year:04d}-{month:02d}-{day:02d}"
