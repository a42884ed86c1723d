"""Why an event is left undated: the reason ``date_rule`` gives an event whose ``date_basis`` is ``undated``.

The passes decide a basis as a plain string; a place that decides "undated" for a reason returns ``undated(WHY)``,
a string equal to ``"undated"`` (every ``basis == "undated"`` test reads it as before) that also carries the reason.
``_Builder.add`` writes it as ``date_rule`` ``undated:WHY`` (``rule_of``); a basis that carries none is a plan
when the event is planned, else the clause gives no date (``NO_DATE``).
"""

from __future__ import annotations

PLANNED = "planned"  # a plan with no day yet ("will review progress", "an upcoming visit")
PERFECT = "perfect-background"  # a perfect in the story's body, background (rule 5: "has imposed", "has said")
STANDING = "standing-present"  # a standing position or a state of things in the present (rules 6, 35: "Syria blames")
ONGOING = "ongoing"  # an act going on or repeated ("continues to urge", "were refusing", "repeatedly condemned")
RECALLED = "recalled"  # an act before the day's news, on a day the text does not give ("Earlier, ...", "which backed")
OTHER_CLAUSE = "other-clause-date"  # the sentence's date is another clause's ("a day after the US closed")
TIME_WORD = "time-word"  # a time word that is no date goes with the act ("over the past year", "in recent years")
TOLL = "toll"  # the dead a casualty toll counts, killed over its span, on no one day ("put the death toll at 3,838")
NO_DATE = "no-date-in-clause"  # the clause gives no date and the act is no report of the day (a noun, an attack)

# each reason in words, for a reader of the chronology: a few words for the HTML list's date cell (at most 18, one
# line of the cell: with the cell blank and the reason in the tip only, 1,600 undated rows could not be scanned, ux31)
# and a sentence for its tip; one table, so that no reason has the one without the other
_WORDS = {
    PLANNED: ("no day yet", "planned, with no day yet"),
    PERFECT: ("background", "told in the perfect in the story's body: background, not the day's news"),
    STANDING: ("standing position", "a standing position or state of things, not an act of one day"),
    ONGOING: ("ongoing", "going on or repeated over time, not one day's act"),
    RECALLED: ("earlier", "an earlier act on a day the text does not give"),
    OTHER_CLAUSE: ("other act's date", "the sentence's date belongs to another clause"),
    TIME_WORD: ("vague time", "its time word names no date (\"in recent years\")"),
    TOLL: ("toll over time", "the dead a toll counts, killed over its span, on no one day"),
    NO_DATE: ("no date given", "the text gives its clause no date"),
}
LABEL = {why: short for why, (short, _) in _WORDS.items()}  # the date cell's words
MEANING = {why: said for why, (_, said) in _WORDS.items()}  # the tip's sentence


def meaning(rule: str) -> str:
    """``date_rule`` ``undated:WHY`` in words, with the token ("undated: planned, with no day yet
    (undated:planned)"); a rule this module does not know, as it is."""
    why = rule.partition("undated:")[2]
    return f"undated: {MEANING[why]} ({rule})" if why in MEANING else rule


def label(rule: str) -> str | None:
    """``date_rule`` ``undated:WHY`` in a few words for a date cell ("no day yet"); None for a rule this module does
    not know (an older table's plain "undated")."""
    return LABEL.get(rule.partition("undated:")[2])


class Undated(str):
    """The basis ``"undated"`` with the reason it was decided (``why``)."""

    why: str

    def __new__(cls, why: str) -> Undated:
        value = super().__new__(cls, "undated")
        value.why = why
        return value


def undated(why: str) -> Undated:
    return Undated(why)


def head_undated(head) -> str:
    """The basis of an act that goes with the undated event ``head`` (a participle after its clause: "has resisted
    diplomatic pressure ..., calling for more time"): the head's reason, but no plan's ("planned" is the act's own
    status to give), else the bare "undated"."""
    why = (head.date_rule or "").partition("undated:")[2]
    return undated(why) if why and why != PLANNED else "undated"


def rule_of(basis: str, planned: bool) -> str:
    """The ``date_rule`` of an event left undated with ``basis``: its reason, else ``planned`` or ``NO_DATE``."""
    return "undated:" + getattr(basis, "why", PLANNED if planned else NO_DATE)
