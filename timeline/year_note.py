"""The run's line on yearless datelines given the set's commonest year (``anchor`` step 2e, ``year_source``
``corpus``): the weakest evidence of all, and it was said nowhere but in ``articles.csv``.

A new user's folder of White House readouts of 2021-2025 with a TASS story ("IGORA ..., December 26. /TASS/.",
of 2024) gave the story 2022, the set's commonest year, and its events 2022-12-26, with no word in the run's
report (the forty-third session's ``newuser47``). The line names the articles, the dateline and the year given,
and the fix.
"""

from __future__ import annotations

import pandas as pd

from .errors import examples

CORPUS = "corpus"  # articles.csv's year_source for a year taken as the set's commonest


def corpus_year_line(articles: pd.DataFrame) -> str | None:
    """One line for the articles whose dateline year is the set's commonest year, or None when there is none."""
    if "year_source" not in articles or not len(articles):
        return None
    guessed = articles[(articles["status"] == "ok") & (articles["year_source"] == CORPUS)]
    if not len(guessed):
        return None
    first = guessed.iloc[0]
    years = sorted({str(date)[:4] for date in guessed["anchor_date"].dropna()})
    ids = examples(list(guessed["article_id"].astype(str)), 3)
    return (f"  {len(guessed)} article(s) have a dateline with no year and no article of the set dated within a week "
            f"of its day ({ids}; {str(first['dateline'])!r}), so they were given the set's commonest year, "
            f"{' and '.join(years)}: if that is wrong, pass --year YYYY (articles.csv's year_source says 'corpus')")
