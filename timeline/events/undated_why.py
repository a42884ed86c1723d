"""Why an event is left undated: the reason ``date_rule`` gives an event whose ``date_basis`` is ``undated``.

The passes decide a basis as a plain string ("report", "dateline", "explicit", ...), but "undated" only as
``undated(WHY)``: an ``Undated``, a string equal to ``"undated"`` (every ``basis == "undated"`` test reads it as
before) that carries the reason in ``why``. A place that decides no reason of its own says so, ``undated()``: the
rule is then a plan's when the event is planned, else the clause gives no date (``NO_DATE``). ``_Builder.add``
writes the rule ``undated:WHY`` (``rule_of``), and ``rule_of`` takes no plain ``"undated"``: a string rebuilt from
the basis (``str(basis)``, an f-string, ``"undated"`` written again, a copy of an event's stored ``date_basis``)
has lost its reason and raises ``LostReason`` rather than fall back in silence. (An event stores its basis as a
plain string: the reason lives on in its ``date_rule``; a pass that gives another act an event's undated basis
reads it back with ``head_undated``.)
"""

from __future__ import annotations

from types import MappingProxyType

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
    """The basis ``"undated"`` with the reason it was decided (``why``; None: none of its own, ``rule_of``'s
    fallback)."""

    why: str | None

    def __new__(cls, why: str | None = None) -> Undated:
        value = super().__new__(cls, "undated")
        value.why = why
        return value


def undated(why: str | None = None) -> Undated:
    """The basis "undated" for the reason ``why``; with none, the fallback's (a plan, else no date given)."""
    return Undated(why)


class LostReason(TypeError):
    """A plain ``"undated"`` reached ``rule_of``: a pass rebuilt the basis and dropped its reason."""


def head_undated(head) -> Undated:
    """The basis of an act that goes with the undated event ``head`` (a participle after its clause: "has resisted
    diplomatic pressure ..., calling for more time"; a second act that shares its day, ``_SentenceState.day_of``;
    support kept up beside it, ``kept_support``): the head's reason, read back from its ``date_rule`` (its stored
    basis is a plain "undated"), but no plan's ("planned" is the act's own status to give), else none
    (``undated()``)."""
    why = (head.date_rule or "").partition("undated:")[2]
    return undated(why if why and why != PLANNED else None)


def rule_of(basis: Undated, planned: bool) -> str:
    """The ``date_rule`` of an event left undated with ``basis``: its reason, else ``planned`` or ``NO_DATE``. A
    basis that is no ``Undated`` lost its reason on the way (``LostReason``)."""
    if not isinstance(basis, Undated):
        raise LostReason(f"basis {basis!r} carries no reason: decide it as undated(WHY), or undated() for none")
    return "undated:" + (basis.why or (PLANNED if planned else NO_DATE))


# The dating of an event a later word makes a plan with no day yet, as ``dataclasses.replace`` fields: a meeting "called
# off" with no new day (``called_off``), an act one is "asked on Tuesday" to do (``requests``: the day is the asking's)
PLAN_WITHOUT_DAY = MappingProxyType(dict(event_date=None, date_start=None, date_end=None, precision="none",
                                         date_text=None, date_basis="undated", date_char_start=None,
                                         date_char_end=None, date_rule=rule_of(undated(), True)))
