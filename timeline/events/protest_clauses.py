"""Protests told as nouns that the text dates through a clause (``events_gold.md`` rule 22), beside the nouns a date
right after them dates (the dating passes) and the background nouns no date reaches (``protest_nouns``):

- the noun as the subject of a verb of its own ("anti-government protests spread across the country", "Mass protests
  against the Assad government were reported across Syria again on Friday", "the demonstrations there, that unseated
  President Mubarak earlier this year"): dated by a date of that clause, by the dated clause an "as" ties it to ("began
  to rattle another ... on Monday as ... street protests spread in Syria", "were killed on Friday, as large protests
  were held"), or, in the story's lead, by the day the story reports ("faces the gravest crisis ... as anti-government
  protests spread"); undated in the body, it stays background and gives no row;
- a crowd's protest verb in a clause of the same time as a dated act ("Security forces opened fire on Friday when
  people marched through the city"): the protest of that day, its crowd unnamed;
- the noun that a dated act of force is placed inside ("Security forces opened fire on Friday on civilians taking
  part in a peaceful protest in Deraa"), or a crowd noun whose relative clause tells the crowd acting ("On Friday
  soldiers killed 19 people when they fired on protesters who were trying to enter Deraa ... in a show of
  solidarity", fresh10 133#17): the protest of the act's day.

The protesters are not named (``actor1`` null, rules 2 and 13); the target is an actor of the noun's own phrase
("protests against Assad", "unseated President Mubarak", "in Syria"), else none. An onset ("after first erupting ...
nearly two weeks ago", "since protests began in March") is rule 21's frame and dates nothing here. Verbs:
``event_cues.tsv`` ``protest_own_verb``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..cue_words import break_class, run_class
from .cues import CUES
from .agentless import anti_target, crowd_protest
from .dating import CLAUSE_VERB
from .predicates import CROWDS, FORCE_FAMILIES, Predicate
from .protest_nouns import PROTEST_ACT_NOUNS

_VERBS = "|".join(sorted((v.replace(" ", r"\s+") for v in CUES["protest_own_verb"]), key=len, reverse=True))
# the noun's phrase (a place, a target, "there"), then the verb group: "protests against the Assad government were
# reported", "street protests spread", "the demonstrations there, that unseated"
_OWN_VERB = re.compile((r"(?P<phrase>(?:\s+(?:against|in|across|over|of|for|there)\b" + run_class(r",;:.!?\"“”()") +
                       r"{0,50}?)?)"
                       r",?\s+(?:(?:that|which)\s+)?"
                       r"(?:(?:have|has|had|were|was|are|is|been|being|reportedly|again|also|soon|gradually|quickly|"
                       r"now|still)\s+)*(?P<verb>%s)\b") % _VERBS)
# a clause that frames or measures the protests, not one that tells them: "since protests spread", "before the
# protests", "months of protests"
_FRAME_BEFORE = re.compile(r"\b(?:since|until|till|before|after|following|(?:days|weeks|months|years)\s+of|despite|amid|ahead\s+of|if|unless|when|"
                           r"whether)\s+(?:(?:the|mass|street|large|big|fresh|new|popular|nationwide|peaceful|"
                           r"[\w-]+-(?:government|assad|regime|democracy))\s+)*$")
# an onset or another clause between the verb and a date: "spread ... after first erupting in a small city ... nearly
# two weeks ago", "spread ..., and the government crackdown intensified", "went ahead despite Assad's lifting of the
# state of emergency the day before" (the lifting's day)
_OTHER_CLAUSE = re.compile(break_class(r",;:\"“”()") + r"|\b(?:after|since|before|when|while|as|and|but|which|that"
                           r"|who|where|first|"
                           r"despite|amid|following|over|ahead)\b")
_SPREAD = re.compile(r"spread|swept|sweep")  # verbs of extent: the places they name are no venue
_ONSET = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out|broken\s+out|flared\s+up)$")  # a verb of onset
# the "as" that ties the protests' clause to the clause before it, and the words it may stand before
_AS = re.compile(r"(?:,\s*)?\bas\s+")
_TIE_BREAK = re.compile(break_class(r";:\"“”()"))  # what ends the clause an "as" ties to (a comma does not)
# the phrase that places an act inside the protest: "taking part in a peaceful protest", "joining a rally"
_PLACED = re.compile(r"\b(?:taking|took|take|takes)\s+part\s+in\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?$"
                     r"|\b(?:joining|joined)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?$")


# a crowd noun whose relative clause tells what the crowd was doing ("fired on protesters who were trying to enter Deraa
# ... in a show of solidarity", "demonstrators who gathered to call for ..."): the protest the act of force met; not
# what was done to them ("protesters who were killed")
_ACTING = re.compile(r"\s+(?:who|that)\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+[a-z]+ing\b|"
                     r"(?!(?:were|was|are|is|had|have|has)\b)[a-z]+ed\b)")

# the heads of a protest told by a noun: its act noun ("protests") or a crowd noun ("protesters")
_PROTEST_HEADS = PROTEST_ACT_NOUNS | CROWDS


def _protest_noun(p: Predicate) -> bool:
    """Is ``p`` a protest told by its act noun or a crowd noun (as a noun, or read as a light verb's object or a plural
    verb: the predicate reader's readings of "protests" and "protests were staged"), neither quoted, negated nor
    planned? (A crowd noun is read only with a relative clause of its own act: ``_placed``.)"""
    return p.type == "protest" and p.trigger.text.lower().split()[-1] in _PROTEST_HEADS and not p.quoted \
        and not p.negated and p.status == "reported"


def protest_clause_rows(st) -> None:
    """The rows of protest nouns dated through a clause (see the module docstring). ``st`` is extract's sentence
    state; runs after the passes that make the sentence's other acts, before the date no act took makes an ``other``
    event (``_date_only_events``)."""
    if not any(p.type == "protest" for p in st.preds):
        return  # (both readings below are of protest predicates only: most sentences have none)
    made = {e.trigger for e in st.builder.events[st.first:] if e.event_type == "protest"}
    for q in st.preds:
        if q.trigger.start in st.claimed_starts or q.trigger.start in st.dated or q.trigger.text in made:
            continue
        mention = _crowd_in_clause_of_same_time(st, q)
        if mention is not None:
            event = st.record(replace(q, embedded=False, rule="crowd clause"), mention, basis=mention.date_basis)
            if event is not None:  # (the crowd is no actor: rule 2)
                st.builder.amend(event, actor1=None, actors=tuple(a for a in event.actors if a != event.actor1))
            made.add(q.trigger.text)
    for p in st.preds:
        if not _protest_noun(p) or p.trigger.start in st.claimed_starts or p.trigger.start in st.dated \
                or p.trigger.text in made:
            continue
        found = _own_clause(st, p) if p.trigger.text.lower().split()[-1] in PROTEST_ACT_NOUNS else None
        if found is None:
            found = _placed(st, p)
        if found is None:
            continue
        mention, basis, target, spread = found
        if not target:  # "anti-Assad protests": against him
            anti = anti_target(st.sent.actors, st.low, p.trigger.start)
            target = anti.name if anti else None
        if mention is not None:
            _drop_dateless_other(st, mention)
        q = replace(p, form="noun", topic=False, owned=False, embedded=False, passive=False, rule="protest clause")
        event = st.record(q, mention, basis=basis)
        if event is None:
            continue
        names = [target] if target else []
        place = {"location": None, "location_basis": None} if spread else {}  # ("spread in Syria": across it, no venue)
        st.builder.amend(event, actor1=None, actor2=target, actors=tuple(names), **place)
        made.add(p.trigger.text)


# a subordinator of the same time and the crowd clause it opens: "when people marched through the city", "as thousands
# of protesters rallied"
_SAME_TIME = re.compile(r"\b(?:when|as|while)\s+" + run_class(r",;:\"“”()") + r"{1,60}$")
_CLAUSE_CLOSE = re.compile(break_class(r",;:\"“”()"))  # where the crowd's clause ends


def _crowd_in_clause_of_same_time(st, q: Predicate):
    """The date of a crowd's protest verb in a clause of the same time as a dated act of the sentence ("Security forces
    opened fire on Friday when people marched through the city": the protest of that Friday, its crowd unnamed), or
    None. A date of the protest's own clause is read by the dating passes."""
    low, sent = st.low, st.sent
    if q.type != "protest" or q.form != "verb" or not q.embedded:
        return None
    sub = _SAME_TIME.search(low, sent.start, q.start)
    if sub is None or not crowd_protest(q, st.text, low, sub.start() + len(sub.group().split()[0])):
        return None
    stop = _CLAUSE_CLOSE.search(low, q.trigger.end, sent.end)
    end = (stop.start() if stop else sent.end) - q.trigger.end
    if any(sub.start() <= d.start < q.trigger.end + end for d in st.dates):
        return None  # ("when people marched though the city after Friday prayers on 18 March, security forces opened
        # fire": a date of the clause's own, which the dating passes read)
    main = [p for p in st.preds if p.trigger.start in st.dated and not sub.start() <= p.trigger.start < q.trigger.end
            and p.form == "verb" and p.type != "protest"]
    return st.dated[main[0].trigger.start] if len(main) == 1 else None


def _drop_dateless_other(st, mention) -> None:
    """Drop the ``other`` event the dating passes made of ``mention`` with no act ("Sit-ins and protests were reportedly
    held overnight": the noun phrase's date, before this pass read the protests as its act)."""
    events = st.builder.events
    for i in range(len(events) - 1, st.first - 1, -1):
        if events[i].event_type == "other" and events[i].trigger is None and events[i].date_char_start == mention.start:
            del events[i]


def _own_clause(st, p: Predicate):
    """(mention, basis, target, spread) of a protest noun that is the subject of a verb of its own, dated (``spread``:
    the verb is one of extent); None otherwise."""
    low, sent = st.low, st.sent
    m = _OWN_VERB.match(low, p.trigger.end, sent.end)
    if m is None or _FRAME_BEFORE.search(low, max(sent.start, p.trigger.start - 40), p.trigger.start):
        return None
    if _ONSET.search(m.group("verb")):
        return None  # an onset: rule 21's ("Protests erupted in Deraa in March" is read as a clause elsewhere)
    target = _target(st, p.trigger.end, m.end())
    spread = _SPREAD.match(m.group("verb")) is not None
    clause_end = next((c.start() for c in _OTHER_CLAUSE.finditer(low, m.end(), sent.end)), sent.end)
    own = next((d for d in st.dates if m.end() <= d.start < clause_end and d.resolved), None)
    if own is not None:
        return own, own.date_basis, target, spread
    tie = _tied_date(st, p)
    if tie is not None:
        return tie, tie.date_basis, target, spread
    if st.item_lead() and all(d.start > p.trigger.end for d in st.dates):
        # the lead's news, with no date or only dates after the clause (an onset's or another act's): "faces the
        # gravest crisis ... as anti-government protests spread"
        return None, "report", target, spread
    return None


def _tied_date(st, p: Predicate):
    """The date of the clause an "as" ties the protests' clause to, before it in the sentence ("... on Monday as
    leading figures parted ways ... and street protests spread in Syria")."""
    low, sent = st.low, st.sent
    ties = list(_AS.finditer(low, sent.start, p.trigger.start))
    if not ties:
        return None
    tie = ties[-1].start()
    if _TIE_BREAK.search(low, tie, p.trigger.start):
        return None
    return next((d for d in reversed(st.dates) if d.end <= tie and d.resolved and d.precision == "day"), None)


def _placed(st, p: Predicate):
    """(mention, basis, target, False) of a protest noun a dated act of force is placed inside ("opened fire on Friday on
    civilians taking part in a peaceful protest"); None otherwise."""
    low, sent = st.low, st.sent
    acting = p.trigger.text.lower().split()[0] in CROWDS and _ACTING.match(low, p.trigger.end) is not None
    if p.form != "noun" or not acting and not _PLACED.search(low, max(sent.start, p.trigger.start - 60), p.trigger.start):
        return None
    acts = [q for q in st.preds if q.family in FORCE_FAMILIES and q.form == "verb" and q.trigger.end <= p.trigger.start
            and q.trigger.start in st.dated]
    if not acts:
        return None
    mention = st.dated[acts[-1].trigger.start]
    return mention, mention.date_basis, _target(st, p.trigger.end, p.trigger.end), False


def _target(st, start: int, end: int) -> str | None:
    """The actor the noun's phrase or its clause names first after the noun ("protests against Assad", "unseated
    President Mubarak", "spread in Syria"), up to the clause's end."""
    low, sent = st.low, st.sent
    stop = next((c.start() for c in re.finditer(r"[,;:\"“”()]|\b(?:and|but|as|after|when|while)\b", low[end:sent.end])),
                sent.end - end) + end
    return next((a.name for a in st.sent.actors if start <= a.start < stop), None)



# the date of a protest noun's own phrase: right before it ("(Friday's) protests", "the planned January 9 protests") or
# after it with no other clause between ("a protest in the northern province of Idlib on Friday")
_OWN_DATE_BEFORE = re.compile(r"(?:['’]s)?\)?\s+(?:[\w-]+\s+){0,2}")
_OWN_DATE_AFTER = re.compile(run_class(r",;:.!?\"“”()") + r"{0,60}")


def unnamed_protesters(p: Predicate, actor1: str, actors, mention, low: str) -> bool:
    """Is ``actor1``, which a protest noun ``p`` (no owner) dated by a date of its own phrase (``mention``) was given,
    named only before the noun ("Human Rights Watch said Assad ... by allowing (Friday's) protests", "video footage of
    a demonstration on Thursday night", after "where President Bashar al-Assad has faced ...")? The noun names no
    protesters of its own (rules 2 and 13: actor1 null); an actor in its own phrase after it is kept ("the planned
    January 9 protests in Venezuela": the dev set codes the country)."""
    if p.form != "noun":
        return False
    if mention.end <= p.trigger.start:
        own = _OWN_DATE_BEFORE.fullmatch(low, mention.end, p.trigger.start) is not None
    else:
        own = mention.start >= p.trigger.end and _OWN_DATE_AFTER.fullmatch(low, p.trigger.end, mention.start) is not None \
            and not CLAUSE_VERB.search(low, p.trigger.end, mention.start)
    named = [a for a in actors if a.name == actor1]
    return own and bool(named) and all(a.end <= p.trigger.start for a in named)


# a noun of putting protests down before the protest noun: "extending the crack-down on pro-democracy protests", "its
# violent response to protests", "the repression of protests"
_SUPPRESSED = re.compile(r"\b(?:crackdown|crack-down|repression|suppression|response|reaction)\s+(?:on|of|to|against)\s+"
                         r"(?:[\w-]+\s+){0,3}$")


def suppressed_protests(p: Predicate, low: str, mention) -> bool:
    """Is ``p`` a protest noun that a noun of putting it down holds ("extending the crack-down on pro-democracy
    protests"), and ``mention`` a date before that phrase? Rule 22: a date of another act of which the protests are
    the object dates that act only, so the noun is no candidate for it."""
    return _protest_noun(p) and p.form == "noun" and mention.end <= p.trigger.start \
        and _SUPPRESSED.search(low, max(0, p.trigger.start - 60), p.trigger.start) is not None
