"""Reports of one family that are two acts, however the merge rules would join them: their parties differ, or one
article tells them on two days.

``merge.cluster`` asks this of every member of a cluster before a report joins it, so no report that names fewer
parties bridges two that name different ones ("The rebel Free Syrian Army rejected the demand" joined "they did not
recognize the Assad government" and "it refused to meet the government's new demands" of the UN-Arab League envoy:
three rows of the gold, rule 25, one per counterpart).
"""

from __future__ import annotations

from functools import lru_cache

from .actors.people import listed_state
from .merge_marks import other_toll, repeat_of_earlier
from .model import DAY_PRECISIONS, Event

# families of acts one party aims at another: two reports whose agents differ, the one's agent the other's target, are
# two acts ("Obama has described the Syrian army's attacks as \"outrageous bloodshed\"" and "The Syrian government
# blames the violence on foreign-backed groups" the same day: Obama's charge and Syria's, not one; "Some accused Hariri
# himself of being behind the demonstrations" and "Hariri accused Syria of killing his father")
AIMED_FAMILIES = frozenset({"accuse", "reject", "threaten", "demand", "sanction"})


def apart(a: Event, b: Event, family: str) -> bool:
    """Are ``a`` and ``b`` (of one ``family``) two acts: aimed the other way, at different counterparts, told by one
    article on two days, or the later marked as a repeat ("meet Mr Assad again on Sunday", ``merge_marks``)? Two
    statements are two when two articles give different figures for one toll, or when each names a counterpart the
    other does not: a speaker's sayings of a day are one speech, but its points to or about different parties are a
    row each (events_gold.md, "Speech": another addressee; rules 25 and 30: one row per type and counterpart;
    "President Biden raised concerns about PRC practices in Xinjiang" and "President Biden raised Russia's brutal war
    against Ukraine" of one readout)."""
    if family == "statement":
        return other_toll(a, b) or _other_counterparts(a, b)
    return ((family in AIMED_FAMILIES and _crossed(a, b)) or _other_counterparts(a, b) or _two_days(a, b)
            or repeat_of_earlier(a, b))


def _crossed(a: Event, b: Event) -> bool:
    """Is the one's agent the other's counterpart, the only party they share ("Obama ... Syria", "Syria"; an unnamed
    accuser of Hariri, "Hariri ... Syria")? Reports sharing more name agents acting together, whom the extractor
    gives as each other's counterparts ("Since Saturday, Saudi Arabia, Bahrain and Kuwait have recalled their
    ambassadors", "Kuwait and Bahrain followed the kingdom in recalling their ambassadors")."""
    shared = {x for x in a.actors if x} & {x for x in b.actors if x}
    if len(shared) != 1 or a.actor1 == b.actor1:
        return False
    (party,) = shared
    return (b.actor1 == party == a.actor2) or (a.actor1 == party == b.actor2)


def _other_counterparts(a: Event, b: Event) -> bool:
    """Does one agent act in both, sharing no other party with the other report, and each name a counterpart the
    other does not, a person counting as his state ("Biden ... Ukraine" and "Biden ... Chancellor Merkel"; not
    "Harris ... Ghana" and "Harris ... President Akufo-Addo" when people.csv gives his state)? Reports that share both
    sides of an act may name others besides ("Obama ... Erdogan ... Syria", "Obama ... Erdogan ... the White House");
    reports of different agents on one target are left to the rules ("the United States said Assad needed to take
    concrete action", "U.S. State Department spokesman Mark Toner said")."""
    if not a.actor1 or a.actor1 != b.actor1:
        return False
    pa, pb = {x for x in a.actors if x}, {x for x in b.actors if x}
    if pa & pb != {a.actor1} or not pa - pb or not pb - pa:
        return False
    return not _sides(frozenset(pa - pb)) & _sides(frozenset(pb - pa))


@lru_cache(maxsize=4096)
def _sides(names: frozenset[str]) -> frozenset[str]:
    """The parties and the states the people among them act for (people.csv)."""
    return names | {c for c in map(listed_state, names) if c}


def _two_days(a: Event, b: Event) -> bool:
    """Does one article tell the two, in different sentences, on two days it names ("Two days ago, I announced a
    historic donation of air defense equipment to Ukraine", "Today, I'm proud to announce a new security systems
    package for Ukraine"; "Tanks and navy ships shelled southern parts of Latakia on Sunday", "Syrian forces shelled
    Sunni Muslim districts in Latakia Monday")? Across articles two days may be one act misdated (``nearby_day``)."""
    return (a.article_id == b.article_id and a.char_start != b.char_start and a.date_basis == b.date_basis == "explicit"
            and a.precision in DAY_PRECISIONS and b.precision in DAY_PRECISIONS and a.date_start != b.date_start)
