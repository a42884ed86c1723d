"""A state's armed men counted as the victims of a passive act of force whose agent the text does not name: "It said
two members of the security forces and one gunman were killed in a clash in Harasta", "the government said over 120
servicemen were killed at a town near the Turkish border", "an army officer and four police were killed in Homs by a
'criminal gang'", "at least 80 soldiers had been killed in clashes with Free Syrian Army fighters". The gold sets code a
toll of a state's forces as its military row with no agent and the state as actor2 (events_gold.md rule 20: "Tolls of
a state's forces ... are military with the state as actor2"; events_gold_fresh16 t17-reuters-27#2, fresh3
t17-reuters-186#11), as the perfect "at least 2,000 members of the security forces have been killed" already gives
when the forces' words stand right before the verb (``agentless.agentless_act``). The simple past or pluperfect, a
bare "soldiers", "servicemen", "police" or "officers" (no actor mention: a soldier may be of any side, so the finder
names none), or a second victim after the forces ("and one gunman") left the row with no actor and no row.

Only a count of such men as the subject of the passive, right before its verb group (a number or a count word:
"two", "over 120", "several", "dozens of"; "an army officer and four police"), in a story whose state the text makes
clear (``story_country``). Not men the text named before ("five of the soldiers were killed", "the soldiers had been
killed": a definite), nor a tally that counts them among others ("89 people, including 57 soldiers, were killed": the
tally's, no act), nor an act a "by" phrase gives to someone the text names or to the state ("killed by their own
superiors"): only an unnamed armed group may follow "by" ("by a 'criminal gang'", "by armed groups"). The forces may
be the state's by a possessive ("members of its security forces") only when that state is the one whose saying reports
the toll. Negated, quoted or possible acts are none. The row is dated as its clause is (``st.basis``); a row a dating
pass already made for the verb with no side named gets the state as its counterpart and the military type (armed men
killed are fighting, as in ``predicates.armed``'s "armed victim").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .agentless import DEFINITE_BEFORE, TOLL_COUNT, VERB_GROUP_WORD, by_agent
from .predicates import FORCE_FAMILIES
from .triggers import retyped

# the passive verbs of a toll: killing, shooting, wounding
_TOLL_VERB = re.compile(r"(?:killed|shot\s+dead|shot|wounded|injured|executed|murdered|massacred|assassinated)\b")
# a count of the state's armed men, then (optionally) a second victim joined by "and", then the passive's verb group
# (``agentless.VERB_GROUP_WORD``), not a gerund's "being": "reports of at least one soldier being executed for refusing
# to fire on civilians" (audit t17-reuters-330) tells of his own side's act, no toll of the state's forces
# the count: a toll's (``agentless.TOLL_COUNT``), or "another" and a count, or "a" / "an" alone, for one man ("an army
# officer and four police were killed")
_COUNT = rf"(?:another\s+{TOLL_COUNT}|{TOLL_COUNT}|another|an?)"
_MEN = (r"(?:members\s+of\s+(?:the|its|their)\s+(?:security|armed)\s+forces|"
        r"security\s+forces?\s+(?:personnel|members)|security\s+personnel|army\s+personnel|"
        r"(?:army\s+|police\s+|security\s+)?officers?|soldiers?|servicem[ae]n|troops|"
        r"police(?:m[ae]n)?|conscripts|guards|(?:army|police|security)\s+(?:officer|officers))")
_ADJECTIVE = r"(?:(?:syrian|government|army|regular|senior|high-ranking|other|more)\s+)?"
_VICTIMS = re.compile(
    rf"(?<![\w-]){_COUNT}\s+{_ADJECTIVE}{_MEN}(?:\s+of\s+similar\s+rank)?"
    rf"(?:,?\s+and\s+(?:{_MEN}|{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+))?"
    rf"(?:\s+(?!being\b){VERB_GROUP_WORD})+\s+$")
# a tally that counts the men among others, or men the text named before
_NOT_A_TOLL = re.compile(rf"(?:\bincluding|\bof\s+them)\s+$|{DEFINITE_BEFORE}")  # (a definite: ``agentless``'s)
# an unnamed armed group after "by" keeps the row (its agent unnamed); any other "by" phrase that gives an agent
# (``agentless.by_agent``, not a time or a means: "by Friday", "by phone") is left to the passes that read agents
_UNNAMED_GROUP = re.compile(r"(?:an?\s+|the\s+|unknown\s+|armed\s+)*[\"“']?(?:armed\s+|criminal\s+|terrorist\s+)*"
                            r"(?:groups?|gangs?|gunmen|terrorists|militants|assailants|attackers|men)\b")


_FIGURE = re.compile(r"\d[\d,]*")


def _told_before(st, victims: str, state: str) -> bool:
    """Has an earlier sentence of the story a row of force against ``state`` whose sentence gives the same figure of
    men ("At least 80 Syrian soldiers were killed by rebels over the weekend", then "the Syrian Observatory ... said at
    least 80 soldiers had been killed in clashes with Free Syrian Army fighters": one toll told twice, one row)?"""
    figure = _FIGURE.search(victims)
    if figure is None:
        return False
    told = re.compile(rf"(?<![\d,]){re.escape(figure.group())}(?![\d,])")
    return any(e.event_family in FORCE_FAMILIES and e.actor2 == state and told.search(e.sentence)
               for e in st.builder.events[:st.first])


_SAYS = frozenset({"says", "say", "said"})
# a second verb of saying between the charged saying and the toll: "say terrorist and armed gangs are behind the
# violence, and say hundreds of security personnel have been killed fighting them"
_SECOND_SAYING = re.compile(r"\band\s+(?:also\s+)?(?:says?|said)\b")
# the state's own men, by a possessive: "at least 2,000 members of its security forces have been killed"
_OWN_MEN = re.compile(r"\b(?:its|their)\s+(?:security|armed)\s+forces\b")


def _charged_saying(st, q) -> bool:
    """Is ``q`` what the sentence's plain saying reports, that saying's row an accusation ("The government says at least
    2,000 members of the security forces have been killed combating 'armed gangs and terrorists'")? Not when a second
    verb of saying reports the toll, in a clause of its own ("The president and his allies say terrorist and armed
    gangs are behind the violence, and say hundreds of security personnel have been killed fighting them": the
    accusation and the toll it does not make, two rows, events_gold.md rule 18; events_gold_fresh21 t17-bbc-193#19,
    #20)."""
    frame, reported = st.reading.frame, st.reading.reported
    if frame is None or reported is None or reported.trigger.start != q.trigger.start \
            or frame.trigger.text.lower() not in _SAYS:
        return False
    if _SECOND_SAYING.search(st.low, frame.trigger.end, q.trigger.start):
        return False
    return any(e.trigger == frame.trigger.text and e.event_type == "accuse" for e in st.builder.events[st.first:])


def _own_forces(st, state: str) -> bool:
    """Is the story's ``state`` the party whose saying reports the toll, so that "its security forces" are that state's
    ("The Syrian government says at least 2,000 members of its security forces have been killed", audit t17-bbc-95),
    not another's ("Turkey says two members of its security forces were killed", in a story of Syria)?"""
    frame = st.reading.frame
    return frame is not None and st.builder.parties(st.sent, frame)[0][:1] == [state]


def forces_killed_rows(st) -> None:
    """The military rows of a state's armed men counted as the victims of a passive act of force with no agent named
    (module docstring); ``st`` is extract's sentence state. The story's state is the counterpart; no agent."""
    low = st.low
    for q in st.preds:
        if q.form != "verb" or not q.passive or q.family not in FORCE_FAMILIES or q.negated or q.quoted \
                or q.status != "reported" or not _TOLL_VERB.match(low, q.trigger.start):
            continue
        victims = _VICTIMS.search(low, max(st.sent.start, q.trigger.start - 120), q.trigger.start)
        if victims is None or _NOT_A_TOLL.search(low, max(st.sent.start, victims.start() - 12), victims.start()):
            continue
        by = by_agent(low, q.trigger.end)
        if by is not None and not _UNNAMED_GROUP.match(low, by.end()):
            continue  # "killed by their own superiors", "killed by security forces": an agent the text names
        state = st.builder.story_country  # (read once an article, at its first toll)
        if state is None:
            return
        if _OWN_MEN.search(victims.group()) and not _own_forces(st, state):
            continue  # "its security forces" are the speaker's: the story's state's only when it is the speaker
        force_rows = [e for e in st.builder.events[st.first:] if e.event_family in FORCE_FAMILIES]
        if any(e.actor2 == state and e.trigger != q.trigger.text for e in force_rows):
            continue  # "one policeman had been killed in a clash with armed groups who opened fire on security forces":
            # the fight against the state's forces has its row already (``forces.TARGET_BEFORE``)
        made = next((e for e in force_rows if e.trigger == q.trigger.text), None)
        if made is not None:
            if not made.actor1 and not made.actor2:  # a dated row that names no side: the state's forces were its victims
                events = st.builder.events
                events[events.index(made)] = retyped(made, "military", actor2=state, actors=(state,))
            continue
        if q.trigger.start in st.claimed_starts or _told_before(st, victims.group(), state):
            continue
        if _charged_saying(st, q):
            continue  # "The government says at least 2,000 members of the security forces have been killed combating
            # 'armed gangs and terrorists'": the saying this report made an accusation is the sentence's one row, as
            # before (events_gold_bbc t17-bbc-111#17 codes one row there, the toll; a second row beside the accusation
            # would be an extra; which of the two the sentence should give is left to the saying passes)
        event = st.record(replace(q, type="military", embedded=False, rule="forces killed"), basis=st.basis(q),
                          agent=state)
        if event is not None:
            st.builder.amend(event, actor1=None, actor2=state, actors=(state,))
