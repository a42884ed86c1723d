"""A warning typed by what it warns of (events_gold.md, rule 19).

"warned" is a threat trigger, but a warning is ``threaten`` only when it names a harm the speaker or its side would
bring about ("warned Iran it would face tougher sanctions", "relations may never become normal again") or makes a harm
conditional on an act ("if", "unless", "should they", "as long as", or the act as subject: "meddling in its affairs
would cause an earthquake", "a takeover by one side would mean war"): rule 12's test. A warning that only predicts a
danger ("warned of civil war", "warned that Syria could slide into a sectarian civil war") is a ``statement``; one that
charges a named actor with an act ("warned that Damascus was actively trying to evade sanctions") is ``accuse``; one
that calls on someone to act ("warns its citizens to flee") is ``demand``. A warning of none of these kinds keeps its
threat reading. Only the verb and its participle are read ("warned", "warning that"), not "issued a warning" or the
noun. Word lists: ``event_cues.tsv`` (``warning_threat``, ``warning_danger``, ``warning_act_subject``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .conditions import conditions
from .cues import MODAL_GROUP, phrases
from .speech import SentenceReading

_WARN = frozenset({"warn", "warns", "warned", "warning"})
_THREAT = phrases("warning_threat")  # a harm of the speaker's side, or a condition "if" does not open
_DANGER = phrases("warning_danger")
_ACT_SUBJECT = phrases("warning_act_subject")
# where the warning's own clause ends: a coordinated past verb of the speaker's ("and condemned the shelling"), "but"
# (not an adjective in "-ed" that starts a noun phrase: "rebels and armed groups could drag Syria into civil war")
_ED_ADJECTIVE = r"(?!(?:armed|unarmed|united|alleged|suspected|so-called|wounded|injured|detained|displaced|embattled|" \
                r"besieged|beleaguered|isolated|elected|unelected|organized|organised|affiliated|allied|interested|" \
                r"concerned|advanced|sophisticated|unidentified|unnamed|masked|hooded)\b)"
_PAST_VERB = r"(?:%s[a-z]+ed|said|told|made|gave|set|sent|met|held)\b" % _ED_ADJECTIVE  # a past verb, no adjective
_CLAUSE_END = re.compile(r"\s*;|\s+but\s|\s+and\s+(?:also\s+)?" + _PAST_VERB)
_MODAL = re.compile(r"(?<![\w'])(?:%s)(?![\w'])" % MODAL_GROUP)
# "warns its citizens to flee": an object and its infinitive, no reported clause
_CALL = re.compile(r"\s+(?!that\b)(?:[\w'’.-]+\s+){1,5}?(?:not\s+)?to\s+[a-z]")
_AGAINST = re.compile(r"\s+(?:[\w'’.-]+\s+){0,4}?against\s")
# the named subject's verb group, no modal: "Damascus was actively trying", "Syrian troops had stormed"
_FINITE = re.compile(r"\s+(?:was|were|is|are|has|had|have)\s")
_AS_CLAUSE = re.compile(r"\bas\s+(?:[\w'’.-]+\s+){1,6}$")
_THAT = re.compile(r"\s+(?:[\w'’.-]+\s+){0,4}?that\s+|\s+")


def _clause(low: str, p, end: int) -> tuple[int, int]:
    stop = _CLAUSE_END.search(low, p.trigger.end, end)
    return p.trigger.end, stop.start() if stop else end


def _charged(low: str, content: tuple[int, int], actors, speaker_keys: set, preds) -> bool:
    """Does the warning report that a named actor (not the speaker) did or is doing an act of a listed type?"""
    that = _THAT.match(low, content[0], content[1])
    start = that.end() if that else content[0]
    subject = next((a for a in actors if start <= a.start <= start + 4), None)
    if subject is None or subject.key in speaker_keys or _FINITE.match(low, subject.end) is None:
        return False
    own = _OWN_CLAUSE_END.search(low, subject.end, content[1])  # (not "... and its leaders called for ...": theirs)
    stop = own.start() if own else content[1]
    acts = sorted((q for q in preds if subject.end < q.trigger.start < stop and q.type not in ("statement", "threaten")),
                  key=lambda q: q.trigger.start)
    return bool(acts) and not acts[0].passive  # (the first act a passive: done to the subject, whatever follows it,
    # "Lebanon was at risk of being dragged into the fighting": a danger to it, no charge)


_OWN_CLAUSE_END = re.compile(r",|\s+and\s+(?!to\s)(?:[\w'’-]+\s+){0,3}?" + _PAST_VERB)


def warning_type(low: str, p, sent_start: int, end: int, actors, speaker_keys: set, preds) -> str | None:
    """The type rule 19 gives the warning ``p`` (a verb or participle "warn"), or None when it stays a threat."""
    if p.type != "threaten" or p.form != "verb" or p.trigger.text.lower() not in _WARN or p.negated \
            or p.embedded and p.rule != "participle" and _AS_CLAUSE.search(low, max(sent_start, p.start - 60), p.start):
        return None  # (left: "..., officials there say, as UN chief Ban Ki-moon warns the crisis is escalating" loses
        # its row as a statement under an unnamed source; it stays a threat for now)
    start, stop = _clause(low, p, end)
    if not low[start:stop].strip(" .,\"”'"):
        start, stop = sent_start, p.trigger.start  # "Syria is slipping closer to all-out war ..., Kofi Annan has warned"
    if conditions(low, start, stop) or _AGAINST.match(low, start, stop):
        return None
    modal = _MODAL.search(low, start, stop)
    if modal is not None and _ACT_SUBJECT.search(low, start, modal.start()):
        return None  # "that meddling in its affairs would cause an earthquake": the act as the harm's condition
    if modal is None and _charged(low, (start, stop), actors, speaker_keys, preds):
        return "accuse"  # ("warned that Damascus was actively trying to evade sanctions": not the speaker's sanctions)
    if _THREAT.search(low, start, stop):
        return None
    if _CALL.match(low, start, stop) and modal is None:
        return "demand"
    if _DANGER.search(low, start, stop):
        return "statement"
    return None


def typed_warnings(reading: SentenceReading, low: str, sent_actors=()) -> SentenceReading:
    """``reading`` with each warning of its predicates (and its main event) typed by rule 19."""
    if not any(p.type == "threaten" for p in reading.predicates):
        return reading
    speakers = {a.key for a in sent_actors if reading.main is not None and a.end <= reading.main.trigger.start}
    retyped = {}
    for p in reading.predicates:
        kind = warning_type(low, p, reading.start, reading.end, sent_actors, speakers, reading.predicates)
        if kind is not None:
            retyped[p.trigger.start] = kind
    if not retyped:
        return reading

    def retype(p):
        if p is None or p.trigger.start not in retyped or p.type != "threaten":
            return p
        return replace(p, type=retyped[p.trigger.start], rule=f"warning {p.rule}")

    if reading.source is not None:
        # (an unnamed source's reading keeps only an act that is no statement, so its main warning stays a threat for
        # now: "..., officials there say, as UN chief Ban Ki-moon warns the crisis is escalating"; a warning of a named
        # speaker's in the clause it reports is typed as elsewhere: "several diplomats said the envoys supported a
        # statement by Navi Pillay, who ... warned of a possible civil war")
        return replace(reading, predicates=tuple(p if p is reading.main else retype(p) for p in reading.predicates))
    main = retype(reading.main)
    taken = reading.taken
    if main is not None and main.type == "threaten" and taken is not None and taken.trigger.start in retyped:
        # "Kofi Annan said ... Syria is slipping closer to all-out war ..., the UN peace envoy Kofi Annan has warned":
        # the saying typed by the warning it reports
        main = replace(main, type=retyped[taken.trigger.start], rule=f"warning {main.rule}")
    return replace(reading, predicates=tuple(retype(p) for p in reading.predicates), main=main,
                   taken=retype(taken))
