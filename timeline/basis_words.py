"""How a dated event's date was found, in words for a reader of timeline.html: the list's date cell and the hover.

Half the dated events of a big set have no date of their own in their sentence: 1,373 of the 3,546 of the
460-article bench are dated by their article's date (``date_basis`` ``dateline``, ``published`` or ``reference``:
where that date came from; "Special Coordinator Michael Williams said the attack ..."), 411 by the day of the
meeting or call their sentence retells (``inferred``, ``date_rule`` ``article/meeting``). The list showed them as
"2011-06-01" beside a sentence with no date phrase, exactly as it shows a date the text gives, the basis only in the
cell's tip; a reviewer could not tell a date the text states from the article's date put on a statement. ``words``
names the basis in a few words for the cell, and a sentence for its tip; an explicit date whose phrase the list
marks in the sentence needs none. (The days other reports of a merged event give when they disagree:
``merged_sources.other_days``.)
"""

from __future__ import annotations

from .cells import cell_text
from .table import ANCHOR_BASES, written_basis

# The consult family (``events.predicates.CONSULT_TYPES``, not imported here: it loads the extractor): the events
# whose day an act their sentence retells takes (``date_rule`` ``article/meeting``, ``article/retold_call``).
CONSULT_KINDS = frozenset({"meeting", "talks", "summit", "visit", "call"})
# An anchor-dated event's date by where it came from (``table.written_basis``): the date cell's words, and what the
# hover's "date from:" line and the cell's tip call it. A table written before the three were told apart says
# ``dateline`` for each, and its ``date_rule`` which (``_basis``).
ANCHOR_WORDS = {"dateline": ("dateline's day", "the day of the article's dateline"),
                "published": ("publication date", "the article's publication date"),
                "reference": ("reference date", "the reference date (--reference-date): the article gives no date")}


def _basis(row: dict) -> str:
    """The row's ``date_basis``, an older table's ``dateline`` told apart by its ``date_rule`` as a build writes it."""
    return written_basis(cell_text(row.get("date_basis")), cell_text(row.get("date_rule")))


def _retold_kind(rule: str) -> str:
    """The consult event whose day a ``date_rule`` ``article/<kind>`` (or ``article/retold_<kind>``) carries; ""."""
    kind = rule.partition("article/")[2].removeprefix("retold_") if rule.startswith("article/") else ""
    return kind if kind in CONSULT_KINDS else ""


OTHER_ARTICLE_DATE = "another article's date"


def _another_article(row: dict) -> bool:
    """Is an anchor date (``dateline``, ``published``, ``reference``) another article's? A merged event whose reports
    disagree on the day takes the day most articles give (``merge.day_votes``), with that report's basis, and keeps
    its representative's article and ``anchor_date``: "2022-07-15" from the Jeddah communiqué's date on a row of a
    joint statement of 2022-07-16."""
    anchor = cell_text(row.get("anchor_date"))[:10]
    return bool(anchor) and anchor != cell_text(row.get("date_start"))[:10]


def source(row: dict) -> str:
    """What a date no phrase of the text gives was taken from, for the hover's "date from:" line: "the article's
    publication date", "another article's date", "the day of the meeting"; "" for a date from a phrase (the hover
    quotes it)."""
    basis = _basis(row)
    if basis in ANCHOR_BASES:
        return OTHER_ARTICLE_DATE if _another_article(row) else ANCHOR_WORDS[basis][1]
    kind = _retold_kind(cell_text(row.get("date_rule"))) if basis == "inferred" else ""
    return f"the day of the {kind}" if kind else ""


def words(row: dict, marked: bool = False) -> tuple[str, str]:
    """(a few words for the date cell, a sentence for its tip) of how the row's date was found; ("", "") when the
    sentence shows it (an explicit date whose phrase is ``marked`` there) or the row gives no basis.

    ``dateline``, ``published``, ``reference`` (the article's date, by where it came from): "dateline's day",
    "publication date", "reference date"; ``inferred`` from a meeting or call the sentence retells: "day of the
    meeting"; other ``inferred`` ("the next day", counted from another date of the text): "inferred"; an
    ``explicit`` date whose phrase is not marked in the sentence (a merged event's date from another report): the
    phrase in quotes."""
    basis, rule, said = _basis(row), cell_text(row.get("date_rule")), cell_text(row.get("date_text"))
    if basis in ANCHOR_BASES:
        if _another_article(row):
            return OTHER_ARTICLE_DATE, ("no date in its clause: the date of another article that reports it, the day "
                                        "most of its reports give (the \"+N more\")")
        cell, told = ANCHOR_WORDS[basis]
        return cell, f"no date in its clause: {told}"
    if basis == "inferred":
        kind = _retold_kind(rule)
        if kind:
            return f"day of the {kind}", f"no date in its clause: the day of the {kind} it tells of"
        return "inferred", "counted from another date of the text" + (f" (“{said}”)" if said else "")
    if basis == "explicit" and said and not marked:
        return f"“{said}”", "the date phrase, not in this sentence: another report's (the article's \"+N more\")"
    return "", ""
