"""Who is the subject of a verb, and who speaks: the actor before a predicate in its clause that acts.

- the speaker of a reporting verb (``speakers``): "Lavrov said", "said Lavrov", "according to Lavrov", "SANA quoted
  Walid al-Moualem as saying" (the one quoted, not the medium),
  "Nauert has told reporters"; not the addressee of "told", nor the subject of what is said ("said Damascus
  should draw lessons"), nor the last actor before ", the ministry said" (a speaker we cannot name);
- the subject of a verb (``subject_group``): the actor before it in its clause that is not inside a
  prepositional phrase ("in Syria", "of Lebanon") nor a possessive ("Ukraine's sovereignty"), with its
  coordination ("Lavrov and his Turkish counterpart Cavusoglu"); a plural description ("the two leaders")
  stands for the people it resolved to, in the order the article named them (``ordered``);
- not an actor inside a relative clause, an apposition or a phrase set off by commas after the subject
  (``_interrupter``: "Hafez al-Assad, who ruled Syria ..., sent troops", "Russia, a strong ally of Syria,
  said", "Syria, under pressure over its crackdown on protesters, dropped its bid");
- an actor after "after", "before" or "until" is the subject of the verb right after it, not the object of a
  preposition ("after Russia and China vetoed a UN Security Council resolution").

``roles.py`` builds the agent and counterpart of an event on these; ``speech.py`` asks who speaks and whether
the speaker is the subject of what is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..cue_words import PAST_VERB, break_class, run_class
from ..actors import ActorMention
from ..actors.forces import PARTITIVE
from ..actors.gazetteer import TITLES, phrase_alternation
from ..last_match import last_match
from .cues import CUES, DETERMINERS, MODAL_GROUP, SUBJECT_TO_VERB, SUBORDINATORS, VERB_GROUP
from .predicates import QUOTED_OBJECT, Predicate

_PREPOSITION = re.compile(
    r"(?:^|\W)(?:in|at|of|from|for|on|about|over|regarding|into|against|toward|towards|with|by|to|between|among|"
    r"near|across|inside|outside|throughout|via|under|after|before|during|amid|than|like|including)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:neighbou?ring\s+)?$"
)  # ("based in neighboring Turkey": a neighbour named in a phrase of the apposition is no subject)
COORDINATION = re.compile(
    # ", along with", ", as well as", ", together with": the members after it join the subject, which its first
    # names ("The United States and EU, along with the governments of Britain, France and Germany, have called")
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|(?:\s*,\s*|\s+)(?:together|along)\s+with\s+|(?:\s*,\s*|\s+)as\s+well\s+as\s+"
    r"|\s+with\s+)"
    r"(?:(?:his|her|their|its|the)\s+)?"
    rf"(?:(?:[a-z][\w-]*\s+)?(?:{phrase_alternation(CUES['coordination_noun'])})\s+)?"  # "and oil-rich neighbor Kuwait"
    rf"(?:(?:[\w’'-]+\s+){{0,2}}(?:{phrase_alternation(CUES['state_of'])})s?\s+of\s+(?:the\s+)?)?$")  # "and the People's Republic of"
_AND_MORE = re.compile(r",?\s+and\s+(?:other\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:allies|partners|countries|nations|states|governments|powers)\b")
HARD = re.compile(break_class(r";:—–") + r"|\s-\s")
QUOTE = re.compile(r"[\"“”]")
_SPEAKER_GAP = 45  # characters between a speaker and "said"
_OWNED_FORCE = re.compile(r"\w['’]s\s")
# what may stand between a subject and its verb: "Syria's army (has also) said", not "... security forces and said"
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:%s))*\s+" % SUBJECT_TO_VERB)


def owned_force(a: ActorMention) -> bool:
    """Is ``a`` forces their owner names ("Syria's army", "Assad's forces": actors/forces.py), which speak for the
    owner as a spokesman does, unlike the story's unnamed forces ("troops", "the army")?"""
    return "forces" in a.flags and _OWNED_FORCE.search(a.text) is not None


_CLAUSE_VERB = re.compile(r"['’]s\s+\w|\s+(?:%s|is|are|was|were|has|have|had|did|does|do|not|never)\b|\s+[a-z]+ed\b"
                          % MODAL_GROUP)  # the subject of what is said, not its speaker


def usable(a: ActorMention) -> bool:
    return "dateline" not in a.flags


# "the United States of America (the United States, or U.S.)": a short name defined in brackets
BRACKET = re.compile(r"\s*\([^()]{1,80}\)")
_BRACKETED = re.compile(r"^\s*\([^()]{1,12}\)")  # a short name in brackets right after an actor ("(JWC)")


def _in_pp(a: ActorMention, low: str, floor: int) -> bool:
    return bool(_PREPOSITION.search(low, max(floor, a.start - 24), a.start))


# a list of examples ("such as", "including") of a noun that stands in a prepositional phrase ("work through its U.S.
# institutions such as ..."), and what may stand in the list before one of its actors: no clause break, and commas
# only as the list's own (", and", ", or")
_EXAMPLES = re.compile(r"\b(?:such\s+as|including)\s+")
_HEAD_IN_PP = re.compile(r"(?:^|\W)(?:%s)\s+(?:[\w.'’-]+\s+){0,3}$" % phrase_alternation(CUES["example_head_prepositions"]))
_LIST_COMMA = re.compile(r",(?!\s*(?:and|or)\s)")


def _in_example_list(a: ActorMention, low: str, floor: int) -> bool:
    """Is ``a`` in a list of examples of a noun inside a prepositional phrase ("through its U.S. institutions such as
    the Export-Import Bank ... and the DFC")? Such a list is no subject; the examples of a subject noun that opens its
    clause are ("countries such as France and Britain have called for")."""
    lo = max(floor, a.start - 200)
    if low.find("such", lo, a.start) < 0 and low.find("including", lo, a.start) < 0:
        return False  # (no list of examples: asked of each actor before each verb, the pattern's pass was most of it)
    examples = last_match(_EXAMPLES, low, lo, a.start)
    if examples is None or _HEAD_IN_PP.search(low, max(floor, examples.start() - 40), examples.start()) is None:
        return False
    between = low[examples.end():a.start]
    return not HARD.search(between) and not QUOTE.search(between) and not _LIST_COMMA.search(between)


_PEOPLE_OF = re.compile(rf"\b(?:(?:{phrase_alternation(CUES['acting_of'])})\s+(?:of|from)"
                        rf"|(?:{phrase_alternation(CUES['office_holders_in'])})\s+in)\s+(?:the\s+)?$")
# a partitive before a body ("Many in the Syrian opposition are calling for", "Elite divisions of the army crushed
# protests", ``part_of`` of event_cues.tsv): a part of the body acts, and the body is the subject (``_part_of``)
_PART_OF = re.compile(PARTITIVE + r"(?:the\s+)?$")
# a restrictive relative right after the body: the part it singles out is no voice of the body ("some in the opposition
# who are in a hurry to end the regime ... will resort to arms")
_RESTRICTIVE = re.compile(r"\s+(?:who|that|which|whose)\b")
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")


# a preposition that also opens a clause: "after Syria dropped its bid", "before Russia and China vetoed"
_SUBORDINATING = re.compile(r"(?:^|\W)(?:after|before|until)\s+(?:the\s+)?$")
_VERB_LEAD = re.compile(rf"\s*(?:(?:{VERB_GROUP}|[a-z]+ly)\s+)*")


def _clause_subject(a: ActorMention, low: str, pos: int, end: int | None = None) -> bool:
    """Is ``a``, after "after", "before" or "until", the subject of the verb at ``pos`` that follows it with nothing
    but its verb group between ("after Syria, under pressure over its crackdown on protesters, dropped its bid": the
    aside is skipped before this is asked), not the object of a preposition? ``end`` is where the subject ends when
    ``a`` opens a coordination ("before Russia and China vetoed": China's end; by default ``a``'s own)."""
    return _SUBORDINATING.search(low, max(0, a.start - 12), a.start) is not None \
        and _VERB_LEAD.fullmatch(low, a.end if end is None else end, pos) is not None


# ", and" before a name that its own verb group follows: a coordinated clause, not a list (``vetoed_council`` too)
COMMA_AND = re.compile(r",\s*and\s+(?:the\s+)?$")
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\b")


def _opens_clause(a: ActorMention, low: str, pos: int) -> bool:
    """Does ``a``, after ", and", head the clause of the verb at ``pos`` (nothing but its verb group between: "on
    Syria, and China also vetoed it"), rather than close a list in the phrase before ("with support from Egypt, and
    Qatar")?"""
    return COMMA_AND.search(low, max(0, a.start - 12), a.start) is not None \
        and pos > a.end and _VERB_LEAD.fullmatch(low, a.end, pos) is not None \
        and _PLURAL_VERB.match(low, a.end) is None  # (one name with a plural verb closes a list: "Erdogan, who once
    # vacationed together with Assad, and U.S. President Barack Obama have discussed Syria": both discussed it)


def of_people(a: ActorMention, low: str) -> bool:
    """ "representatives of the United States", "officials from Egypt", "the island kingdom of Bahrain", "officials in
    Moscow", "many in the Syrian opposition": the actor is who acts (``acting_of``, ``office_holders_in`` and, read by
    ``_part_of``, ``part_of`` in ``event_cues.tsv``).
    Public: also the subject of an obligation in what is said (``speech.named_subject``)."""
    return bool(_PEOPLE_OF.search(low, max(0, a.start - 40), a.start)) or _part_of(a, low)


def _part_of(a: ActorMention, low: str) -> bool:
    """Is ``a`` a body (a group, or a state's forces: not a country or a place by its name, "much of the Damascus
    suburb") after a partitive that stands in no prepositional phrase of its own ("morale among many in the
    opposition") and that no restrictive relative after the body narrows (``_RESTRICTIVE``)?"""
    if a.kind == "country" and "forces" not in a.flags:
        return False
    part = _PART_OF.search(low, max(0, a.start - 40), a.start)
    if part is None or _RESTRICTIVE.match(low, a.end):
        return False
    pp = _PREPOSITION.search(low, max(0, part.start() - 24), part.start())
    return pp is None or _BY_AGENT.search(pp.group(0)) is not None  # (a passive's agent acts: "espoused by much of the
    # Syrian opposition")


class _ByEnd:
    """Actors by where they end, for ``_group``'s walk back over a coordination: the last actor before a point in a few
    steps, not a pass over the clause at each step (``_subject_past`` asks ``_group`` about each actor before a verb:
    a 2,800-word sentence of 400 "Britain closed its embassy in Damascus and" took 15 s, cubic)."""

    def __init__(self, actors: list[ActorMention]):
        self.by_end: dict[int, list[ActorMention]] = {}
        self.by_span: dict[tuple[int, int], list[ActorMention]] = {}
        for a in actors:
            self.by_end.setdefault(a.end, []).append(a)
            self.by_span.setdefault((a.start, a.end), []).append(a)
        self.ends = sorted(self.by_end)

    def last(self, limit: int, floor: int) -> ActorMention | None:
        """Of the actors that start at ``floor`` or after and end by ``limit``, the first (in the list's order) of those
        that end last: ``max(..., key=end)``'s choice. (An actor ends at or after its start: none that ends before
        ``floor`` starts there.)"""
        i = bisect_right(self.ends, limit)
        while i and self.ends[i - 1] >= floor:
            i -= 1
            for a in self.by_end[self.ends[i]]:
                if a.start >= floor:
                    return a
        return None


def _group(actors: list[ActorMention], anchor: ActorMention, low: str, floor: int,
           index: _ByEnd | None = None) -> list[ActorMention]:
    """The coordination (and same-span plural) around ``anchor``, leftmost first; ``index``: ``actors`` indexed, when
    the caller asks about many anchors."""
    index = index or _ByEnd(actors)
    group = list(index.by_span.get((anchor.start, anchor.end), ()))
    left = anchor
    joined = False  # a list joins with "and" at its end: "Antonov, Satterfield and Jeffrey", not "in Doha, the United States"
    if _AND_MORE.match(low, anchor.end):
        joined = True  # the list goes on past its last actor: "The United States, Britain and European allies say"
    prev = index.last(anchor.start, floor)  # the nearest actor before (each step only looks further left)
    while prev is not None:
        gap = low[prev.end:left.start]
        bracket = BRACKET.match(gap)  # "the Republic of Indonesia (RI) and": the bracket aside
        gap = gap[bracket.end():] if bracket else gap
        if not COORDINATION.match(gap) or "possessive" in prev.flags:
            break
        if gap.strip(" ,").split()[:1] in (["and"], ["together"], ["along"], ["as"], ["with"]):
            joined = True
        elif not joined:
            break
        group = index.by_span[(prev.start, prev.end)] + group
        left = prev
        prev = index.last(prev.start, floor)
    return group


def ordered(group: list[ActorMention], first_seen: dict[str, int]) -> list[ActorMention]:
    """Mentions of one span (a plural description) in the order the article first named them."""
    out: list[ActorMention] = []
    i = 0
    while i < len(group):
        j = i
        while j < len(group) and (group[j].start, group[j].end) == (group[i].start, group[i].end):
            j += 1
        out.extend(sorted(group[i:j], key=lambda a: first_seen.get(a.key, a.start)))
        i = j
    seen: set[str] = set()
    return [a for a in out if not (a.key in seen or seen.add(a.key))]


# what keeps an actor after the verb from being its speaker: "that", or a subordinator that opens another clause
# ("..., activists say, since the Arab League said on November 2 ...": the League is the next clause's subject)
_NOT_INVERTED = re.compile(r"\b(?:that|since|after|before|when|while|because|although|though|until|as)\b")
# what English puts before an inverted saying verb ("..., said Lavrov", "'...' said Lavrov", "Said Lavrov:"): a
# quote, a comma or a clause mark; "Activists said Hezbollah fighters swept in" has its (unnamed) subject there instead
_INVERTS = re.compile(r"[,\"\u201c\u201d'\u2018\u2019:;(\u2014\u2013-]\s*$")  # (the sentence's start: the caller's test)
# the agent of a passive saying or a noun of saying: "the decision was announced by Defense Minister Boris Pistorius",
# "sparking claims from the UN rights chief"
_BY_AGENT = re.compile(r"\s+(?:by|from)\s+")
# a reported clause whose act is itself a saying ("Diplomats said Russian Ambassador Vitaly Churkin made the latest
# announcement", "diplomats said the Russians made clear they did not want"): the one named made the statement
_MADE_SAYING = re.compile(r"\s+(?:made|gave|issued|delivered)\s+(?:(?:the|a|an|his|her|its|their|latest|new|it)\s+){0,3}"
                          r"(?:clear|announcement|statement|warning|speech|remarks|appeal|pledge|promise)s?\b")


def speaker(frame: Predicate, actors: list[ActorMention], low: str,
            first_seen: dict[str, int] | None = None, floor: int = 0) -> ActorMention | None:
    """Who says it: "Lavrov said", "said Lavrov", "according to Lavrov"."""
    group = speakers(frame, actors, low, first_seen or {}, floor)
    return group[0] if group else None


def speakers(frame: Predicate, actors: list[ActorMention], low: str, first_seen: dict[str, int],
             floor: int = 0) -> list[ActorMention]:
    """The speaker, or the speakers of a plural subject ("the foreign ministers stated"), first named first;
    ``floor``: where the sentence starts."""
    owned = max((a for a in actors if owned_force(a) and usable(a) and not a.placed and a.end <= frame.start),
                key=lambda a: a.end, default=None)
    # unnamed forces ("troops", "security forces": the story's country, actors/forces.py) act but are no speakers
    actors = [a for a in actors if usable(a) and not a.placed and "forces" not in a.flags]
    if owned is not None and _SUBJECT_TAIL.fullmatch(low, owned.end, frame.start) \
            and not any(a.end > owned.end for a in actors if a.end <= frame.start):
        # forces their owner names, the subject right before the verb ("Syria's army said on Monday it had killed
        # 20 terrorists"), speak for it as a spokesman does ("Putin's spokesman said"): the owner's statement, no
        # unnamed source's (events_gold_bbc 294#22)
        return [owned]
    before = [a for a in actors if a.end <= frame.start]
    after = [a for a in actors if a.start >= frame.end]
    if QUOTED_OBJECT.match(low, frame.trigger.start) and " " in frame.trigger.text:
        quoted = _quoted(frame, actors, low)
        if quoted is not None:
            return ordered(_group(actors, quoted, low, frame.trigger.start), first_seen)
        # the one quoted unnamed ("SANA quoted an official military source as saying on Saturday that ..."): the named
        # medium reports, a statement of its own (events_gold_fresh10 133#18; events_gold_bbc.md convention 6), as
        # "SANA said" is; the subject before the verb, as below
    if frame.trigger.text.startswith("according"):
        if frame.start == floor or _OPENS_CLAUSE.search(low, max(0, frame.start - 40), frame.start):
            # an opening source is named in its own phrase, up to its comma, not in the clause after it ("According to
            # initial accounts from activists and witnesses, a convoy ... the Free Syrian Army": no one named; "where,
            # according to reports, he will talk"); a closing one may have an apposition after its comma ("...,
            # according to Radwan Ziadeh, an exiled Syrian activist who heads the ... Center")
            stop = low.find(",", frame.end)
            after = [a for a in after if stop < 0 or a.start < stop]
        return ordered([a for a in after if (a.start, a.end) == (after[0].start, after[0].end)], first_seen) if after else []
    if before:
        near = max(before, key=lambda a: a.end)
        if "possessive" in near.flags and _OWNED_VOICE.fullmatch(low, near.end, frame.start):
            # "Putin's spokesman said", "Zelenskyy's office said": the owner's voice, the owner speaks
            return ordered(_group(actors, near, low, 0), first_seen)
        if frame.start - near.end <= _SPEAKER_GAP and not HARD.search(low, near.end, frame.start) \
                and "," not in low[near.end:frame.start] and "possessive" not in near.flags:
            if _in_pp(near, low, 0) and not of_people(near, low) and not _voice_for(near, low):
                # ("activists from the Observatory said", "a spokesman for Putin said": it speaks)
                # "a close aide to Prime Minister Ehud Barak said": the speaker is unnamed
                stretch = low.rfind(",", 0, near.start)
                head = [a for a in before if a.start > stretch and not _in_pp(a, low, stretch + 1)]
                if not head:
                    return []
                near = max(head, key=lambda a: a.end)
            subject = _coordinated_subject(before, near, low, frame.start)
            return ordered(_group(actors, subject or near, low, 0), first_seen)
        if _named_in_apposition(near, low, frame.start):
            # "The U.N. human rights chief, Navi Pillay, said the veto by China ...": the comma closes the name set off
            # after the office, one mention with it; the subject speaks (not "said ... by China", read as inverted)
            return ordered(_group(actors, near, low, 0), first_seen)
    gap = _interrupter(before, low, frame.start, floor)
    if gap is not None:
        # "Israel, which fought a war with Hezbollah, has said it will target all of Lebanon": the subject before
        # the relative clause or apposition, not an actor after the verb
        return ordered(_subject_past(gap, before, low, frame.start, floor), first_seen)
    if after and after[0].start - frame.end <= 25 and not _NOT_INVERTED.search(low, frame.end, after[0].start) \
            and not (frame.rule == "participle" and low.startswith("saying", frame.trigger.start)) \
            and not _CLAUSE_VERB.match(low, after[0].end) and not _TOLD.match(frame.trigger.text.lower()) \
            and (frame.start <= floor or _INVERTS.search(low, max(floor, frame.start - 12), frame.start)
                 or _BY_AGENT.match(low, frame.end, after[0].start) or _MADE_SAYING.match(low, after[0].end)):
        # "said Lavrov"; not "announcing that the Republic of Korea will host", "said Damascus should draw lessons",
        # nor ", saying the installation is a NATO concept": a participle of saying is its clause's subject's
        return ordered([a for a in after if (a.start, a.end) == (after[0].start, after[0].end)], first_seen)
    if _unnamed_closing(before, low, frame.start):
        return []  # "..., the ministry said": a speaker we cannot name, not the last actor of the clause
    return ordered(subject_group(before, low, frame.start, 0), first_seen)


def _named_in_apposition(near: ActorMention, low: str, pos: int) -> bool:
    """Is ``near`` a person named in apposition after an office ("the U.N. human rights chief, Navi Pillay,"; one
    mention from the office to the name, its text holding the opening comma) whose closing comma stands right before
    the verb at ``pos``, with at most auxiliaries and adverbs between ("..., Navi Pillay, has said")?"""
    return near.kind == "person" and near.basis == "name" and ", " in near.text and "possessive" not in near.flags \
        and _CLOSING.match(low, near.end, pos) is not None and pos - near.end <= _SPEAKER_GAP


# what goes before a phrase that opens its clause: the sentence's start, or a clause word and its comma ("where,")
_OPENS_CLAUSE = re.compile(r"(?:^|" + break_class(r".!?:;\n\"\u201d") + r"\s*|\b(?:where|when|while|and|but|that"
                           r"|as)\s*,?\s*)$")


# a saying coordinated after another verb's object: "Obama met Erdogan on Monday and said"
_AND_SAYING = re.compile(r"\s+and\s+(?:(?:also|then|later|has|have|had)\s+)*$")
_OBJECT_VERB = re.compile(r"\s+(?:(?:has|have|had|also|then|later|[a-z]+ly)\s+)*(%s)(?:\s+(?:with|to|on|for|by))?\s+"
                          r"(?:the\s+)?$" % PAST_VERB.pattern)


def _coordinated_subject(before: list[ActorMention], near: ActorMention, low: str, pos: int) -> ActorMention | None:
    """The subject of a saying coordinated after another verb ("Obama met Erdogan on Monday and said Turkey must
    ..."): when the actor nearest the saying is the object of a past verb right after an earlier actor, that earlier
    actor says it, not the object; None otherwise ("Obama and Erdogan met on Monday and said": the subject)."""
    if not _AND_SAYING.search(low, near.end, pos):
        return None
    prior = [a for a in before if a.end <= near.start]
    if not prior:
        return None
    subject = max(prior, key=lambda a: a.end)
    if "possessive" in subject.flags or not _OBJECT_VERB.fullmatch(low, subject.end, near.start):
        return None
    return subject


def _quoted(frame: Predicate, actors: list[ActorMention], low: str) -> ActorMention | None:
    """The one a medium quotes ("SANA quoted Foreign Minister Walid al-Moualem as saying", "quoted Ali Abdullah Saleh
    and his deputy as saying"): the last actor between "quoted" and "as saying" that is no possessive nor inside a
    preposition's phrase ("quoted an aide to Saleh as saying": an unnamed speaker), else None (the one quoted is
    unnamed, and the medium is no speaker). Asked only of "quoted X as saying", not of "(was) quoted by media as
    saying", "was quoted on Saturday as saying" (the subject speaks; ``predicates.QUOTED_OBJECT``)."""
    t = frame.trigger
    inside = [a for a in actors if t.start < a.start and a.end <= t.end]
    if not inside:
        return None
    last = max(inside, key=lambda a: a.end)
    if "possessive" in last.flags or _in_pp(last, low, t.start):
        return None
    return last


# "Putin's spokesman said", "Zelenskyy's office has said": the possessive's owner speaks (``owned_voice``)
_OWNED_VOICE = re.compile(rf"(?:['’]s?)?\s+(?:{phrase_alternation(CUES['owned_voice'])})\s+(?:(?:has|have|had|also|again|earlier|later|(?:late\s+|early\s+)?on\s+[a-z]+day|[a-z]+ly)\s+)*$")


# "a spokesman for Putin said", "a spokeswoman for the Kremlin told reporters": the one a spokesperson speaks for
# speaks, as "Putin's spokesman said" does (``owned_voice``; an unnamed spokesman of a named actor is that actor,
# events_gold.md 9); "a spokesman at the Brookings Doha Centre said" is its spokesman as well (a place after "at" is
# no speaker: ``placed``); not "an aide to Saleh said", "a source close to the Kremlin said" (an unnamed speaker)
_VOICE_FOR = re.compile(rf"(?:^|\W)(?:a|an|the|one|two)\s+(?:[a-z-]+\s+)?(?:{phrase_alternation(CUES['owned_voice'])})"
                        r"\s+(?:for|of|at)\s+(?:the\s+)?$")


def _voice_for(a: ActorMention, low: str) -> bool:
    """Is ``a`` the one a spokesperson or press office "for" or "of" it speaks for ("a spokesman for Putin")?"""
    return _VOICE_FOR.search(low, max(0, a.start - 60), a.start) is not None


# "Assad, from the minority Alawite sect ..., told U.N. Secretary-General Ban Ki-moon this week that": who is told
# is the addressee, never the speaker (unlike "said Lavrov")
_TOLD = re.compile(rf"(?:{phrase_alternation(CUES['telling'])})\b")  # event_cues.tsv: telling
_UNNAMED = re.compile(r"\s*(?:the|a|an|its|his|her|their|one|two|three|several|some|other)\s+[a-z][a-z\s-]*$")
# a bare plural source, with up to two modifiers ("residents", "local activists", "medical sources"): not "and", "but";
# or two or more such sources in a list ("rights activists and witnesses said", "residents, activists and doctors said":
# no name among them, so the clause before has no speaker either)
_MODIFIERS = r"(?:(?!(?:and|but|or|as|while|who|which|also|then|later)\b)[a-z][a-z-]*\s+){0,2}?"
_SOURCES = "|".join(CUES["unnamed_source"])
# each listed source is matched once and kept (an atomic group): a source word may also read as the next one's
# modifier, and trying both readings of every word took time exponential in the list ("witnesses activists ...")
_BARE_SOURCE = re.compile(rf"\s*(?>{_MODIFIERS}(?:{_SOURCES})(?:\s*,\s*|\s+)(?:and\s+|or\s+)?)*?"
                          rf"{_MODIFIERS}(?:{_SOURCES}|he|she|they)\s+")


def _unnamed_closing(before: list[ActorMention], low: str, pos: int) -> bool:
    """Does a closing frame have a subject of its own that names no actor (", the ministry said", ", a
    spokesman told reporters", ', officials said', ", residents said")? Then the clause before has no speaker among its actors."""
    comma = max(low.rfind(",", 0, pos), low.rfind("\u201d", 0, pos), low.rfind('"', 0, pos))
    if comma < 0 or (before and max(a.end for a in before) > comma):
        return False
    # ('"Soldiers attacked houses ...," he said' after "said the boy": a pronoun no one was found for)
    return _UNNAMED.fullmatch(low, comma + 1, pos) is not None or _BARE_SOURCE.fullmatch(low, comma + 1, pos) is not None


def subject_of(pos: int, before: list[ActorMention], low: str, floor: int) -> ActorMention | None:
    """The first actor of the subject of a predicate at ``pos`` (None when no actor is its subject)."""
    group = subject_group(before, low, pos, floor)
    return group[0] if group else None


_RELATIVE = "|".join(CUES["interrupter_relative"])
_OPENERS = frozenset(CUES["apposition_opener"]) | {"another", "other", "some", "many", "several"}
_OPENER = "|".join(re.escape(w) for w in CUES["apposition_opener"])
_CLAUSE_ADVERBS = frozenset(CUES["clause_adverb"]) | frozenset(CUES["adverb"])
# between the comma that closes an interrupter and the verb: "..., has called for", "..., would veto"
_CLOSING = re.compile(rf",\s*(?:(?:{VERB_GROUP}|[a-z]+ly)\s+)*$")
_RELATIVE_OPEN = re.compile(rf",\s*(?:{_RELATIVE})\b")
_NAMED_AS = re.compile(r"\b(?:as|named|called)\s+$")  # "who asked to be referred to as Ammar": the stretch names the subject
# "a close aide", "Syria's envoy"; after an adverb of time, "previously a supporter", "formerly an ally"
_APPOSITION = re.compile(rf"\s*(?:[a-z]{{3,}}ly\s+)?(?:(?:{_OPENER})\b|[a-z][\w.-]*['’]s?\s)")
# an aside of a phrase, not a clause: a preposition or a participle opens it ("Syria, under pressure over its crackdown
# on protesters, dropped its bid", "Turkey, citing ..., said")
# an apposition that opens on a title, which a preposition or the apposition's end follows ("Joe Stork, deputy Middle
# East director at pressure group Human Rights Watch, said"; "Jay Carney, President Barack Obama's spokesman, said"): the
# office of the name before it, whatever organisation it names after a noun of its own (not read as in a prepositional
# phrase, "at pressure group X"); not a title before a name ("Prime Minister Kishida, President Biden, nice to meet you")
_TITLE_OPENER = re.compile(r"\s*(?:[a-z][\w'’-]*\s+){0,3}?(?:%s)(?:\s+(?:at|of|for|to|in|with)\b|\s*$)" % phrase_alternation(
    sorted(t for t, title in TITLES.items() if title.kind not in ("modifier", "honorific", "counterpart", "military")
           and " " not in t and t.isalpha())))
_ASIDE = re.compile(rf"\s*(?:(?:{phrase_alternation(CUES['aside_opener'])})\s|[a-z]{{3,}}(?:-[a-z]+)?(?:ed|en|ing)\s)")
_NAME_HEAD = re.compile(r"[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2}")
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+|\s*(?:the|his|her)\s+)*")


def _interrupter(before: list[ActorMention], low: str, pos: int, floor: int) -> tuple[int, int, bool] | None:
    """``_nearest_interrupter``, else a long apposition after the sentence's first actor (``_long_apposition``)."""
    m = _CLOSING.search(low, max(floor, pos - 60), pos)
    if m is None or HARD.search(low, max(floor, pos - 400), pos):
        return None  # (both readings need the closing comma and no hard break: looked for once, not by each)
    gap = _nearest_interrupter(before, low, m, floor)
    if gap is not None:
        return gap
    if QUOTE.search(low, floor, m.start()):
        return None
    start = _long_apposition(before, low, m.start(), floor)
    return (start, m.start(), True) if start is not None else None


def _quotes_closed(low: str, start: int, end: int) -> bool:
    """Does every quote opened in ``low[start:end]`` close there (straight quotes paired, each curly one closed)?"""
    part = low[start:end]
    return part.count('"') % 2 == 0 and part.count("\u201c") == part.count("\u201d")


def _nearest_interrupter(before: list[ActorMention], low: str, m: re.Match, floor: int) -> tuple[int, int, bool] | None:
    """A stretch set off by commas between the subject and its verb that is not the subject: a relative
    clause ("Hafez al-Assad, who ruled Syria for 30 years ..., sent troops") or an apposition ("Russia, a strong
    ally of Syria, said"; "Ribal, an Alawite, said"). Its span (from its opening comma), and whether an actor heads
    the subject before it; None when there is no such stretch, or when nothing names a subject before it
    ("the head of the Observatory, Rami Abdel Rahman, told": the name is the subject), or when the stretch is a
    list ("Russia, China, said") or a name ("The U.N. envoy, Kofi Annan, said"). ``m`` is the ``_CLOSING`` match before
    the verb, with no hard break within 400 characters before it (``_interrupter`` finds both)."""
    close = m.start()
    opens = [o.start() for o in _RELATIVE_OPEN.finditer(low, max(floor, close - 300), close)]
    if opens:
        start = opens[-1]
    else:
        start = low.rfind(",", max(floor, close - 200), close)
        if start < 0 or not (_APPOSITION.match(low, start + 1, close) or _ASIDE.match(low, start + 1, close)
                             or _TITLE_OPENER.match(low, start + 1, close)) \
                or _only_actors(before, low, start, close) or not low[start + 1:close].strip():
            return None
    if QUOTE.search(low, start, close) and not (opens and _quotes_closed(low, start, close)):
        return None  # (but a relative clause whose quote closes inside it is set off whole: "The EU, which has urged
        # Turkey to adopt a "restrained response", is to extend its sanctions": the EU extends them)
    # (a short name in brackets may stand between the head and the comma: "The Joint War Committee (JWC), which ...")
    head = [a for a in before if floor <= a.start and a.end <= start
            and not _BRACKETED.sub("", low[a.end:start]).strip(" )\"”’")]
    if head:
        a = max(head, key=lambda a: a.end)
        # (from the character before ``floor``: a phrase may open the sentence, "At the UN Security Council, the
        # battle ... has heated up, says": no subject heads the stretch)
        if "possessive" in a.flags or a.placed or (_in_pp(a, low, max(0, floor - 1))
                                                               and not of_people(a, low)
                                                               and not _clause_subject(a, low, start)):
            return None
        return start, close, True
    # no actor heads it: a name we do not know opens the sentence ("Ribal, an Alawite, said")
    # ("Another activist, who asked to be referred to as Ammar, said": a description, whom the stretch may name)
    words = low[floor:start].split()
    if opens and 1 < len(words) <= 4 and words[0] in DETERMINERS and not any(floor <= a.start < start for a in before) \
            and not any(start < a.start < close and _NAMED_AS.search(low, max(start, a.start - 20), a.start)
                        for a in before):
        # "The tycoon, who has been under U.S. sanctions since 2008, has repeatedly said", "The envoy, who met Russian
        # officials on Monday, told reporters": a description we do not name heads the relative clause; an actor
        # inside it is no subject (but "Another activist, who asked to be referred to as Ammar, said" names one)
        return start, close, False
    if not 0 < len(words) <= 3 or _NAME_HEAD.fullmatch(" ".join(words)) is None \
            or any(w in _CLAUSE_ADVERBS for w in words) or words[0] in DETERMINERS or words[0] in _OPENERS:
        return None
    if any(floor <= a.start < start for a in before):
        return None
    return start, close, False


def _only_actors(before: list[ActorMention], low: str, start: int, close: int) -> bool:
    """Is the stretch between the commas at ``start`` and ``close`` nothing but actors (a list or a name, not an
    apposition: "Russia, China, said", "The U.N. envoy, Kofi Annan, said")?"""
    inside = sorted((a for a in before if start < a.start and a.end <= close), key=lambda a: a.start)
    at = start + 1
    for a in inside:
        if not _LIST_GAP.fullmatch(low, at, a.start):
            return False
        at = a.end
    return bool(inside) and _LIST_GAP.fullmatch(low, at, close) is not None


# before the actor that heads a long apposition: the sentence's first words, a title or a description ("Lebanese
# parliament speaker Nabih Berri", "The United States")
_LEAD_WORDS = re.compile(r"\s*(?:[\w'’.-]+\s+){0,4}")
_SENTENCE_END = re.compile(r"[a-z0-9)]{2}[.!?][\"”’]?\s")
# a clause inside the stretch: a subordinator, or a past verb with its object ("suggested the", "said that")
_CLAUSE_INSIDE = re.compile(r"\b(?:%s)\b|\b(?:[a-z]{3,}ed|said|says|told)\s+(?:the|a|an|that|to|it|he|she|they)\b"
                            % "|".join(sorted(SUBORDINATORS)))


def _long_apposition(before: list[ActorMention], low: str, close: int, floor: int) -> int | None:
    """The opening comma of an apposition or aside that holds commas of its own, after the actor that opens the
    sentence, up to the comma at ``close``: "The United States, its hands full in Afghanistan, Iraq and Libya, said"
    (the last comma opens a list, "Iraq and Libya", no apposition), "Nabih Berri, the parliament speaker and head of
    Lebanon's Shi'ite Amal group, a Hezbollah ally and very close to Syria, said" (the actor before the last stretch
    is inside "head of"); None when there is none. Only the sentence's first actor heads it, right before the
    apposition's first comma, so that a list of subjects ("Russia, China and Iran, all allies of Damascus, said") is
    never read as one."""
    first = min((a for a in before if floor <= a.start), key=lambda a: a.start, default=None)
    if first is None or first.end >= close or low[first.end:first.end + 1] != "," or first.placed \
            or "possessive" in first.flags or not _LEAD_WORDS.fullmatch(low, floor, first.start) \
            or "," in low[floor:first.start] or close - first.end > 200 or _SENTENCE_END.search(low, first.end, close) \
            or _CLAUSE_INSIDE.search(low, first.end, close):
        return None  # (the first actor of an earlier sentence when ``floor`` is not the sentence's start; a clause
        # of its own inside: "Lieberman, an independent, suggested ... if Assad, who ..., his father, Hafez, attacked")
    start = first.end
    if not (_APPOSITION.match(low, start + 1, close) or _ASIDE.match(low, start + 1, close)):
        return None
    return start


def subject_group(before: list[ActorMention], low: str, pos: int, floor: int) -> list[ActorMention]:
    """The subject group before ``pos``: the nearest actor not in a PP nor a possessive, with its coordination;
    not an actor inside a relative clause or an apposition after the subject ("Mr Annan, who is representing the
    UN and Arab League, has called for": Annan)."""
    aside = _DASHED_ASIDE.search(low, max(floor, pos - 160), pos) if not _PARTICIPLE_BY.match(low, pos) else None
    if aside is not None:
        # "the United States — and I am announcing today — will be investing": the subject is before the aside set off
        # by dashes; but a name that closes the aside after a comma names a described subject, as it does between
        # commas ("A senior UN official - the special rapporteur on extra-judicial executions, Christof Heyns - told")
        named = _dash_named(before, low, aside)
        if named is not None:
            return _group(before, named, low, floor)
        pos = aside.start()
    said = _SAYING_ASIDE.search(low, max(floor, pos - 90), pos)
    if said is not None and said.start() > floor:
        pos = said.start()  # "The US, she said, was also increasing aid": the subject is before the saying set off by
        # commas, not its speaker
    before = [a for a in before if a.end <= pos]
    sayer = _SAYER_IN_RELATIVE.search(low, max(floor, pos - 90), pos)
    if sayer is not None and any(a.start == sayer.start("sayer") for a in before):
        return []  # "the crackdown ..., which the United Nations says has killed 3,500 people": the UN says it, the
        # crackdown (no actor) did it
    return _subject_past(_interrupter(before, low, pos, floor), before, low, pos, floor)


# a participle with its agent right after a closing dash is no verb of the subject's but a reduced relative of the aside
# ("Arab adversaries - notably the Gulf states and especially Qatar - backed by Western powers, would stop")
_PARTICIPLE_BY = re.compile(r"[a-z]+(?:ed|en)\s+by\b")
_CLOSING_DASH = re.compile(r"\s(?:[—–]|--?)\s")


def _dash_named(before: list[ActorMention], low: str, aside: re.Match) -> ActorMention | None:
    """The person an aside set off by dashes ends with, after a comma, when no person heads the subject before it."""
    close = max((m.start() for m in _CLOSING_DASH.finditer(low, aside.start() + 1, aside.end())), default=None)
    if close is None:
        return None
    last = max((a for a in before if aside.start() < a.start and a.end <= close), key=lambda a: a.end, default=None)
    if last is None or last.kind != "person" or low[last.end:close].strip():
        return None
    i = last.start  # (a comma before the subject, stepping back over whitespace: no copy of the text before it)
    while i and low[i - 1].isspace():
        i -= 1
    if not i or low[i - 1] != ",":
        return None
    if any(a.kind == "person" and a.end <= aside.start() and not HARD.search(low, a.end, aside.start())
           and not low[a.end:aside.start()].count(",") for a in before):
        return None
    return last


# the sayer of a relative clause whose verb its estimate frames: "which the UN estimates has killed", "which the United
# Nations says has killed" (the relative's antecedent is the verb's subject, not the sayer)
_SAYER_IN_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:the\s+)?(?P<sayer>" + run_class(r",;:.!?()") +
                                r"{1,50}?)\s+(?:says|said|estimates|"
                                r"estimated|believes|believed|reckons|reports|reported)\s+(?:has|have|had)\s+"
                                r"(?:now\s+|already\s+|so\s+far\s+)?$")


# a name a prefix makes a modifier of a noun: "an anti-Assad demonstration", "pro-Kremlin youth groups"
MODIFIER_PREFIX = re.compile(r"(?<![\w-])(?:anti|pro)-$")


# a saying set off by commas between the subject and its verb group (", she said,", ", Les Echos said,", ", the agency
# reported on Monday,"): its speaker is no subject of the verb after it (speech.parenthetical_frame reads the frame)
_SAYING_ASIDE = re.compile(rf",\s*(?!(?:and|but|or|as|who|which|that)\s)(?:[\w.'’-]+\s+){{1,5}}?(?:said|says|say|added|adds|"
                           rf"reported|reports|told\s+(?:[\w.'’-]+\s+){{0,3}}?[\w.'’-]+)(?:\s+on\s+[a-z]+day)?\s*,\s*"
                           rf"(?:(?:{VERB_GROUP}|[a-z]+ly)\s+)*$")
# an aside set off by dashes between the subject and its verb group ("— and I am announcing today — will be"); BBC copy
# sets it off by hyphens with spaces ("Iran - Syria's closest ally - has also called on", "Simon Collis - who has been
# recalled to London - said": the subject is before the first)
_DASHED_ASIDE = re.compile(r"\s(?:[—–]|--?)\s+" + run_class(r"—–.;:") +
                           r"{1,100}?\s(?:[—–]|--?)\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|be|been|"
                           r"also|now|then)\s+){0,3}$")


def _subject_past(gap: tuple[int, int, bool] | None, before: list[ActorMention], low: str, pos: int,
                  floor: int) -> list[ActorMention]:
    """``subject_group`` when ``gap``, the ``_interrupter`` just before ``pos``, is already read (``speakers`` reads it
    first to choose the subject over an actor after the verb); ``before`` holds only actors that end by ``pos``."""
    while gap is not None:
        if not gap[2]:
            return []  # the subject is a name we do not know
        before = [a for a in before if a.end <= gap[0]]
        pos = gap[0]
        gap = _interrupter(before, low, pos + 1, floor)  # a stacked one: "X, Y's envoy, who ..., said"
    index = _ByEnd(before)
    clear = pos  # no HARD mark in low[clear:pos] (a mark is at most three characters: each actor's test reads only the
    # text up to two past it, linear, not the whole stretch back to the verb again)
    for a in sorted(before, key=lambda a: -a.end):
        if a.start < floor:
            break
        if "possessive" in a.flags and _OWNED_VOICE.fullmatch(low, a.end, pos):
            return _group(before, a, low, floor, index)  # "Zelenskyy's office accused Russia": the owner's voice acts
        if MODIFIER_PREFIX.search(low, max(floor, a.start - 5), a.start):
            continue  # "staged an anti-Assad demonstration ... and chanted": a name inside a modifier is no subject
        if _in_example_list(a, low, floor):
            continue  # "shall work through its U.S. institutions such as the EXIM Bank and the DFC, if eligible, to":
            # the examples of a noun in a phrase of the verb are no subject (but "countries such as France have called")
        if a.placed or "possessive" in a.flags or (_in_pp(a, low, floor) and not of_people(a, low)
                                                               and not _clause_subject(a, low, pos)
                                                               and not _voice_for(a, low)):
            continue
        if HARD.search(low, a.end, min(clear + 2, pos)):
            break
        clear = min(clear, a.end)
        full = _group(before, a, low, floor, index)
        if full[0] is not a and _in_pp(full[0], low, floor) and not of_people(full[0], low) \
                and not _clause_subject(full[0], low, pos, a.end):
            if _opens_clause(a, low, pos):
                return [a]  # "vetoed the draft on Syria, and China also vetoed it": a clause of China's own
            continue  # "with support from Egypt and Qatar": the whole coordination is in the phrase
        return [b for b in full if not b.placed] or [a]
    return []
