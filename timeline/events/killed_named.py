"""The killing of a named person told as a noun with no agent: "The killing of Tammo, a respected opposition figure,
angered Syrian Kurds", "Lebanon has condemned the killing of a Lebanese cameraman, Ali Shaaban, who was shot on
Lebanon's northern border", "had launched an investigation into the killing of Hamza Khatib". The gold sets code it
as an assault with no agent and the victim as the counterpart, undated when the text gives no day (events_gold.md
rule 20: a row stays when the victim is a named actor; rule 2: no agent the text does not name; rule 11 governs owned
nouns only; events_gold_fresh10 t17-reuters-168#4, fresh17 t17-bbc-75#26, fresh3 t17-reuters-186#21). No pass made
it: an undated noun is an event only when an agent owns it (``extract._is_event``), and "killing" after "the" reads
as a participle with no subject.

One row per act per document (rule 11): none when a clause of the document tells the same person killed ("four
gunmen ... shot dead Tammo", "Gaddafi was captured and killed near his home town": events_gold_fresh4 t17-reuters-157,
check t17-reuters-156 fold the noun into it), nor when a row of the document already has the person as the victim of
an act of force. Not a noun with its agent ("the killing of protesters by security forces", "Syria's killing of"),
nor a dated one (the dating passes' own: "the 2005 assassination of Rafik al-Hariri"), nor the killing of people the
text does not name ("the killing of civilians": rule 20).
"""

from __future__ import annotations

import re

from ..cue_words import run_class
from ..actors.gazetteer import opening_class
from .predicates import FORCE_FAMILIES, Predicate
from .triggers import Trigger
from .undated_why import RECALLED, undated

# the noun after a determiner (a noun, not a participle), adjectives of manner or report between ("\b(?:the|a|an)\s+...",
# searched for fast: ``opening_class``)
_NOUN = re.compile(opening_class(["the", "a", "an"], r"\w") + r"\s+(?:(?:brutal|apparent|reported|suspected|recent|latest|humiliating|"
                   r"capture\s+and|arrest\s+and)\s+)*(?P<noun>killing|assassination|murder)\s+of\s+")
# between "of" and the name: a description ending in a comma ("a Lebanese cameraman, "), or a title or two
# ("long-serving leader ", "Lebanese statesman ", "Mr ")
_TO_NAME = re.compile(r"(?:(?:an?|the)\s+" + run_class(r",.;:()\"“”") + r"{1,50},\s+|(?:[\w'’.-]+\s+){0,3})")
# an agent after the name (and an apposition): "the killing of X by security forces"
_BY = re.compile(r"(?:\s*,[^,.;]{1,80},)?\s+by\s")
# a clause that tells the person killed: the name before a passive ("Gaddafi was captured and killed", "Tammo, a
# critic of Assad, was shot dead") or after an active verb of killing ("shot dead Tammo")
_PASSIVE_AFTER = re.compile(r"(?:\s*,[^,.;]{1,80},)?\s+(?:was|had\s+been|has\s+been)\s+(?:[a-z]+\s+and\s+)?"
                            r"(?:shot|killed|assassinated|murdered|gunned\s+down|executed)\b")
_ACTIVE_BEFORE = re.compile(r"\b(?:shot\s+dead|killed|assassinated|murdered|gunned\s+down|executed)\s+$")


def _told_elsewhere(st, name: str) -> bool:
    """Does the document tell ``name`` killed in a clause of another sentence, or have a row of force on them?"""
    b = st.builder
    if any(e.event_family in FORCE_FAMILIES and e.actor2 == name for e in b.events):  # (an assault's family is military)
        return True
    for a in b.mentions:
        if a.name != name or st.sent.start <= a.start < st.sent.end:
            continue
        if _PASSIVE_AFTER.match(b.low, a.end) or _ACTIVE_BEFORE.search(b.low, max(0, a.start - 30), a.start):
            return True
    return False


def killed_named_rows(st) -> None:
    """The assault rows of such killings (module docstring); ``st`` is extract's sentence state: no agent, the named
    person the counterpart, undated."""
    low = st.low
    for m in _NOUN.finditer(low, st.sent.start, st.sent.end):
        noun = m.start("noun")
        if noun in st.builder.trigger_starts:
            continue
        victim = next((a for a in st.sent.actors if a.kind == "person" and m.end() <= a.start <= m.end() + 60
                       and _TO_NAME.fullmatch(low, m.end(), a.start)), None)
        if victim is None or _BY.match(low, victim.end) or low[victim.end:victim.end + 2] in ("'s", "’s"):
            continue
        if any(d.start < victim.end + 25 and d.end > m.start() - 15 for d in st.dates):
            continue  # "the 2005 assassination of Rafik al-Hariri", "the murder in 2005 of ...": the dating passes'
        if _told_elsewhere(st, victim.name):
            continue
        trigger = Trigger(noun, m.end("noun"), m.group("noun"), "assault", "N")
        p = Predicate(trigger, type="assault", form="verb", status="reported", start=noun, rule="killed named")
        event = st.record(p, basis=undated(RECALLED), agent=victim.name)
        if event is not None:
            st.builder.amend(event, actor1=None, actor2=victim.name, actors=(victim.name,))
