"""Aspect: does a predicate say *when* it happened, or only *that* it did, does or keeps doing?

An event with no date of its own takes the day it was reported (``extract``), unless its verb group says it
has no one day: the perfect ("has repeatedly condemned", "had already accused"), the progressive ("were
refusing to discuss"), an act said to happen again and again ("many times") or a present tense in a relative
clause ("a draft resolution that calls for sanctions"). The present perfect with no adverb of time ("have
reached an Agreement") is the news a joint statement announces. A position held in the simple present ("Syria
blames the violence on armed groups": ``standing``) is no act of a day in the body of wire copy, and
``main_perfect`` tells whether a main clause's own verb group is in the perfect. Each test reads the words just
before the predicate in the lower-cased text ``low``.
"""

from __future__ import annotations

import re

from ..cue_words import break_class
from ..actors.gazetteer import word_list
from ..last_match import last_match
from .cues import CLAUSE_BREAK, CUES, MODAL_GROUP, MODALS, PERFECT_ADVERBS
from .predicates import SPEECH as _SPEECH_FAMILIES, Predicate
from .promises import PROMISES
from .relatives import heads_aside

# adverbs between "has"/"have"/"had" and the participle (``cues.PERFECT_ADVERBS``); each perfect below adds its own:
# "since", "not", "never"
_PERFECT = re.compile(r"\b(?:has|have|had|[’']d)\s+(?:(?:%s|since|not|never)\s+)*$" % PERFECT_ADVERBS)


_GROUP_PERFECT = re.compile(r"(?:has|have|had)\s+(?:(?:%s|not|never)\s+)*" % PERFECT_ADVERBS +
                            r"(?=[a-z]+(?:ed|en|wn|ght|ne|nt|lt|pt|ade|ook|eld|ung|un)\b)[a-z]")


# a present perfect right before a verb ("have committed", "you've imposed"; ``recalled``)
_PRESENT_PERFECT = re.compile(r"(?:\b(?:has|have)|[’']ve)\s+(?:(?:%s)\s+)*$" % PERFECT_ADVERBS)


def present_perfect_before(low: str, at: int) -> bool:
    """Does a present perfect's "has"/"have"/"'ve" (and its adverbs) end right at ``at``, the verb's start?"""
    return _PRESENT_PERFECT.search(low, max(0, at - 30), at) is not None


# a perfect of a verb of beginning before the act ("had begun to exert", "have started to withdraw", "had started
# providing")
_PERFECT_BEGUN = re.compile(r"\b(?:has|have|had|[’']d)\s+(?:(?:%s)\s+)*(?:begun|started)\s+(?:to\s+)?$" % PERFECT_ADVERBS)


def _perfect_group(low: str, p: Predicate) -> re.Match | None:
    """The perfect that opens ``p``'s own verb group when a light verb heads it ("have already pushed four rounds
    of sanctions", "has held talks"; not "had talks", where "had" is the light verb itself, nor "has a veto")."""
    m = _GROUP_PERFECT.match(low, p.start, p.trigger.start)
    return m if m is not None and m.end() - 1 < p.trigger.start else None


# the verb group that opens a main clause right after its subject, in the perfect ("Beijing has stepped up", "Turkey
# also has restricted"): the perfect of ``_GROUP_PERFECT``, with an adverb before "has" too
_MAIN_PERFECT = re.compile(r"\s+(?:(?:%s)\s+)*" % PERFECT_ADVERBS + _GROUP_PERFECT.pattern)


def main_perfect(low: str, subject_end: int) -> bool:
    """Is the main clause whose subject ends at ``subject_end`` in the perfect ("Beijing has stepped up its
    diplomatic efforts, saying ...")? Its own verb group only, not a perfect later in the sentence."""
    return _MAIN_PERFECT.match(low, subject_end) is not None


# the verb group of a clause in the perfect ("has employed", "have been championing", "has been allied", "has called")
_CLAUSE_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:%s|not|never)\s+)*(?:been\s+)?" % PERFECT_ADVERBS +
                             r"[a-z]+(?:ed|en|wn|ght|ne|nt|lt|pt|ade|ook|eld|ung|un|ing)\b")
# what leaves the clause of that verb group between it and the act: a subordinator, a relative or a reporting verb, a
# clause break (the act is then another clause's, with its own time)
_CLAUSE_LEFT = re.compile(break_class(r";:\n") + r"|\s[—–]\s|\s--?\s|\b(?:that|which|who|whom|whose|where|when"
                          r"|whenever|while|after|"
                          r"before|because|since|until|although|though|if|said|says|told|according)\b")
# the act hangs on that clause: a verb coordinated with no subject of its own ("has been allied to Iran and backed
# militant groups", "has called it a decisive battle and urged"), or a participle clause after a comma and what it
# governs ("has employed pocketbook diplomacy, pledging billions", "has been championing ..., leading calls for")
_SHARED_VERB = re.compile(r"\s(?:and|but|or)\s+(?:also\s+|then\s+)?$")
# the act is the infinitive a promise in the perfect names ("its top arms exporter has vowed to continue supplying it
# with weapons", "has pledged to keep providing"): planned under a held pledge, as undated as the pledge (rules 4, 5)
_PROMISED_INFINITIVE = re.compile(r"\s+to\s+(?:(?:continue|keep)\s+)?$")
_PARTICIPLE_OPENS = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+(?:[\w'’-]+\s+){0,2}$|,\s+(?:[a-z]+ly\s+)?$")
_UNDER_PERFECT_REACH = 160  # characters from the perfect's verb group to the act


def under_perfect(low: str, p: Predicate, start: int, content: tuple[int, int] | None = None) -> bool:
    """Is ``p`` an act of a clause whose verb group is a perfect, though no "has" stands right before it: a verb
    coordinated with the perfect's participle ("Syria has been allied to Iran and backed militant groups ... but also
    held peace talks with Israel"), or a participle clause hung on it ("the kingdom has employed pocketbook diplomacy,
    pledging billions of dollars to Egypt", "France ... has been championing the cause of ..., leading calls for a
    resolution"), or the infinitive a promise in the perfect names ("has vowed to continue supplying it with weapons")?
    The perfect's "has" governs both, so the act is as undated as the perfect's own (events_gold.md
    rule 5: background perfect). ``start``: where ``p``'s sentence starts; in what a reporting verb reports
    (``content``) "had" is the tense of reported speech (``perfect``). A reporting verb is not read so."""
    if p.reporting:
        return False
    lo = max(start, p.start - _UNDER_PERFECT_REACH)
    groups = list(_CLAUSE_PERFECT.finditer(low, lo, p.start))
    if not groups:
        return False
    m = groups[-1]
    if m.end() >= p.start or _CLAUSE_LEFT.search(low, m.end(), p.start):
        return False
    if low.startswith("had", m.start()) and content is not None and content[0] <= m.start() < content[1]:
        return False
    if re.search(r"\b(?:which|who|that)\s+(?:[a-z]+\s+)?$", low[max(start, m.start() - 20):m.start()]):
        return False  # "The United States, which has called Assad's repression barbaric, and the EU, have announced":
        # the perfect of a relative clause, not the act's clause
    gap = low[m.end():p.start]
    if p.form == "verb" and _SHARED_VERB.search(gap):
        return True
    if p.form == "verb" and _PROMISED_INFINITIVE.fullmatch(gap) and m.group().split()[-1] in PROMISES:
        return True
    opens = _PARTICIPLE_OPENS.search(gap)
    if opens is None or gap.count(",") != 1:
        return False
    # the comma right before the act: the act is the participle itself ("..., pledging billions"), not the verb of a
    # clause after an aside ("Mr Annan, who admitted that his plan had failed to stop the violence, expressed")
    return opens.group().rstrip().endswith("ing") or low[p.start:p.trigger.end].split(" ")[0].endswith("ing")


def perfect(low: str, p: Predicate, content: tuple[int, int] | None = None) -> bool:
    """Is ``p`` in the present or past perfect ("has repeatedly condemned", "has also called for", "Damascus had
    already accused those Arab powers")? It says that it happened (before the time of the story), not when (a
    reporting verb is the exception: "has told reporters" is the news of the day). In what a reporting verb
    reports (``content``), "had" is the tense of reported speech ("Syria said it had agreed to the plan": "we
    agreed"), not a background act."""
    if _PERFECT_BEGUN.search(low, max(0, p.start - 50), p.start) and not p.reporting:
        return True  # "said ... Turkey had begun to exert pressure on the Syrian government", "Iran had started providing
        # ...": begun before, no day, in reported speech too ("we have begun to")
    if low.startswith("already ", p.trigger.start) and not p.reporting:
        return True  # a participle after its object, "the nearly $300 million already contributed": given before, no day
    m = _PERFECT.search(low, max(0, p.start - 40), p.start) or _perfect_group(low, p)
    if m is None or p.reporting:
        return False
    if low[m.start():m.start() + 3] != "had" and not low.startswith(("’d", "'d"), m.start()):
        return True
    return content is None or not content[0] <= p.start < content[1]


# a present perfect with no adverb but "also", "now", "today", "jointly", "together" (``present_perfect``; the wider
# ``_PRESENT_PERFECT`` above is ``present_perfect_before``'s)
_BARE_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+|now\s+|today\s+|jointly\s+|together\s+)*$")


def present_perfect(low: str, p: Predicate) -> bool:
    """Is ``p`` in the present perfect, with no adverb of time or manner but "also", "now", "today" ("have
    reached", "has also committed"; not "has repeatedly condemned", "had agreed")?"""
    group = _perfect_group(low, p)  # "has held talks": the light verb's own group
    return _BARE_PRESENT_PERFECT.search(low, max(0, p.start - 40), p.start) is not None or (
        group is not None and _BARE_PRESENT_PERFECT.fullmatch(low, group.start(), group.end() - 1) is not None)


_BACKGROUND = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                             for w in sorted(word_list("background_perfect.txt"), key=len, reverse=True))
                         + r")\b")
_NEWS_REACH = 100  # characters past the verb where a word of time still goes with it


def news_perfect(low: str, p: Predicate, sentence: tuple[int, int]) -> bool:
    """Is ``p`` a present perfect of one act that the story opens with, the day's news ("The UN's humanitarian
    chief has arrived in Syria", "Russia and China have vetoed a resolution")? Not when a word of time in its
    ``sentence`` makes it background ("has sought to improve its relations since 2008", "have been fighting for
    months", "has so far refused"; ``background_perfect.txt``), nor with an adverb before the verb ("has long",
    "has repeatedly", ``present_perfect``). The caller says whether the sentence is the story's lead."""
    return present_perfect(low, p) and _BACKGROUND.search(
        low, sentence[0], min(sentence[1], p.trigger.end + _NEWS_REACH)) is None


# a perfect's "has"/"have"/"had" and its adverbs right before a verb ("has said", "has long hinted", "have since
# expressed"; ``perfect_before``)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:%s|since)\s+)*$" % PERFECT_ADVERBS)


def perfect_before(low: str, at: int, start: int = 0) -> bool:
    """Does a perfect's "has"/"have"/"had" (and its adverbs: "have long expressed", "had already accused") end right at
    ``at``, a verb's start, after ``start`` (where its sentence starts)?"""
    return _PERFECT_BEFORE.search(low, max(start, at - 40), at) is not None


def background_saying(low: str, p: Predicate) -> bool:
    """Is the reporting verb ``p`` in the perfect or the simple present ("Iran has said it is willing to resume
    discussions", "He has responded with promises of reform", "Moscow says it will not back intervention")?
    Told after a story has dated its news in the simple past ("European leaders warned Iran on Sunday"), such a
    saying is a standing position or an earlier one, not the day's statement (``extract``: only outside the
    lead, and only once the story has given its news a day)."""
    if not p.reporting:
        return False
    if perfect_saying(low, p):
        return True
    verb = low[p.trigger.start:p.trigger.end].split(" ")[0]
    return p.start == p.trigger.start and verb in _PRESENT_SAYING


def perfect_saying(low: str, p: Predicate) -> bool:
    """Is the reporting verb ``p`` in the perfect ("has said", "has long hinted")?"""
    return p.reporting and perfect_before(low, p.start)


def perfect_position(low: str, p: Predicate) -> bool:
    """Is the reporting verb ``p`` a saying of position in the perfect ("Mr Annan has said that if the truce is
    successful ...", "Syria has insisted the plane was engaged while in its airspace", "has denied"): the participle
    of a verb of ``present_sayings.txt``? In the body of a reporter's web story it states a position held, no act of
    the day (events_gold.md rules 5 and 35), as it does in wire copy; not "has told the BBC", "has confirmed",
    "has announced": news the story gives (the day's)."""
    if not perfect_saying(low, p) or _PAST_PERFECT.search(low, max(0, p.start - 40), p.start):
        return False  # ("Lavrov ... had said that President Assad was ready to talk": an earlier saying, dated as such;
        # "he is reported to have said": a report of the saying, read as one)
    verb = low[p.trigger.start:p.trigger.end].split(" ")[0]
    return any(base in _PRESENT_SAYING for base in _bases(verb))


_PAST_PERFECT = re.compile(r"\b(?:had|to\s+have)\s+(?:[a-z]+ly\s+|also\s+|since\s+)*$")


def _bases(participle: str) -> tuple[str, ...]:
    """The base forms a past participle may have: "said" say, "denied" deny, "insisted" insist, "argued" argue."""
    if participle == "said":
        return ("say",)
    if participle.endswith("ied"):
        return (participle[:-3] + "y",)
    if participle.endswith("ed"):
        return (participle[:-2], participle[:-1])
    return ()


# "has previously said", "had earlier said": a saying before the story's news
_EARLIER_SAYING = re.compile(r"(?<![\w'])(?:%s)\s+(?:(?:has|have|had)\s+)?$" % "|".join(CUES["earlier_saying"]))


def earlier_saying(low: str, p: Predicate, start: int = 0) -> bool:
    """Is the saying ``p`` placed before the story's news ("The ICRC has previously said", "had earlier said", "has
    always said")?
    ``start``: where its sentence starts."""
    # (up to the trigger: an adverb inside the verb group, "Assad has always said", is its too)
    return _EARLIER_SAYING.search(low, max(start, p.start - 30), max(p.start, p.trigger.start)) is not None


_PRESENT_SAYING = frozenset(word_list("present_sayings.txt"))
_PRESENT_STANCE = _PRESENT_SAYING | frozenset(word_list("present_stances.txt"))
# a copula or verb of state in the present before a participle that names a position ("Moscow and Beijing remain
# adamantly opposed to the idea", "Syria is opposed to")
_PRESENT_STATE = re.compile(r"\b(?:is|are|remains?|stands?)\s+(?:(?:[a-z]+ly|still|also|firmly|now)\s+)*$")


def standing(low: str, p: Predicate) -> bool:
    """Is ``p`` a position held in the simple present ("Syria blames the violence on armed groups", "Both Iran and
    Syria deny", "Moscow and Beijing remain adamantly opposed"; ``present_stances.txt``)? With no day of its own,
    in the body of wire copy, it is no act of the day (``basis.basis_of``, ``extract._saying_events``). The verb
    heads its own group (no auxiliary, no "to"); a verb of another clause's content is read there."""
    if p.form == "noun" or p.embedded and not p.reporting:
        return False
    verb = low[p.trigger.start:p.trigger.end].split(" ")[0]
    if p.start == p.trigger.start and (verb in _PRESENT_STANCE or verb in _CLAIMS and _CLAIM_TO.match(low, p.trigger.end)):
        return not _AUXILIARY_BEFORE.search(low, max(0, p.start - 25), p.start)
    return verb.endswith("ed") and _PRESENT_STATE.search(low, max(0, p.trigger.start - 40), p.trigger.start) is not None


# an assertion in the simple present with an infinitive ("Syria claims to be putting the plan into action", "Moscow
# claims to have a special influence", "claims to have 15,000 men"): what a side maintains over weeks (rules 6 and 35);
# not "the government claims these were car bomb explosions", a claim about the day's news, which is the day's statement
_CLAIMS = frozenset({"claims", "claim"})
_CLAIM_TO = re.compile(r"\s+to\s+(?:be|have)\b")


# an auxiliary, a modal or "to" right before a base form: "did not deny", "will oppose", "to reject" (no present)
_AUXILIARY_BEFORE = re.compile(r"\b(?:to|do|does|did|%s|not|n't|never)\s+(?:[a-z]+ly\s+)*$" % MODAL_GROUP)


_ITERATIVE = re.compile(r"\b(?:(?:many|several|numerous|countless|multiple|a\s+(?:few|number\s+of))\s+times"
                        r"|(?:time\s+and\s+(?:time\s+)?again)|repeatedly|often|frequently|regularly|routinely"
                        r"|on\s+(?:several|many|numerous|multiple)\s+occasions"
                        # "China has twice vetoed UN resolutions", "three times rejected": more than one act (not a
                        # multiplier, "twice as much aid", "three times the number", nor "twice a year", ``_HABITUAL``)
                        r"|(?:twice|thrice|(?:two|three|four|five|six)\s+times)"
                        r"(?!\s+(?:as|the|that|a|an|per|every|more|less|over|higher|lower|larger|bigger)\b))\b")
# "travels to Arbil in northern Iraq at least once a month", "meet twice a year": a habit, no one day (read a little
# further after the verb, past its object and place)
_HABITUAL = re.compile(r"\b(?:at\s+least\s+|about\s+|roughly\s+)?(?:once|twice|three\s+times|four\s+times|several\s+times)"
                       r"\s+(?:a|an|per|every)\s+(?:day|week|fortnight|month|year)\b")


def iterative(low: str, p: Predicate) -> bool:
    """Is ``p`` said to happen again and again ("We met many, many times in Afghanistan")? No one day."""
    return not p.reporting and bool(_ITERATIVE.search(low, max(0, p.start - 30), p.end + 40)
                                    or _HABITUAL.search(low, max(0, p.start - 30), p.end + 60))


_PROGRESSIVE = re.compile(r"\b(?:is|are|am|was|were|been|be|[’']re|[’']m)\s+(?:[a-z]+ly\s+|still\s+|now\s+|also\s+|not\s+)*$")  # ("we’re doing": contracted too)


# the speaker's own act in the present progressive: "we are calling on", "I am urging", "we're demanding"
_SPEAKERS_NOW = re.compile(r"\b(?:we\s+are|i\s+am|we[’']re|i[’']m)\s+(?:(?:also|now|today|again|once\s+again)\s+)*$")


def speakers_own_now(low: str, taken: Predicate) -> bool:
    """Is ``taken`` an act of speech the speaker makes in the first person present progressive ("\"We are calling on
    the international community to bear its responsibility,\" he said")? It is made in the saying, on its day, not an
    act going on at no day (as "Moscow has sent a clear warning ..., Lavrov said", ``frame_basis``). So too the
    signatories' setting up of a body of theirs ("We are also establishing an Advanced Technology Data and Security
    Dialogue", events_gold_fresh15 #23; "we are establishing an initiative", fresh13 von der Leyen #13): done in the
    statement, on its day."""
    own = taken.family in _SPEECH_FAMILIES or taken.type == "agreement" and taken.trigger.form == "J"
    return own and taken.form != "noun" and \
        _SPEAKERS_NOW.search(low, max(0, taken.start - 24), taken.start) is not None


# "are in talks", "remain in negotiations" (not "are united in our support of": a stance of the speakers' own, no talks)
_IN_TALKS = re.compile(r"(?:is|are|was|were|remains?|remained)\s+(?:(?!united\s)[a-z]+\s+)?in\s")


def ongoing(low: str, p: Predicate) -> bool:
    """Is ``p`` in the progressive ("is meeting fierce resistance", "were refusing to discuss the draft"), or talks
    one is in ("are in discussion to finalize their mutual understanding")? It says what is or was going on, not on
    which day (a reporting verb is the exception: "is saying")."""
    return not p.reporting and (low[p.start:p.trigger.end].split(" ")[0].endswith("ing")
                                and bool(_PROGRESSIVE.search(low, max(0, p.start - 40), p.start))
                                or _IN_TALKS.match(low, p.trigger.start) is not None)


_RELATIVE_PRESENT = re.compile(r"\b(?:that|which)\s+(?:also\s+|now\s+|still\s+)?$")


# an act its verb group says goes on: "as he continues to urge the Syrian leadership", "Moscow has continued to supply
# weapons", "troops are continuing to attack villages" (not "will continue to", a plan, nor "continued to" in the simple
# past, which may be a day's: "On Monday troops continued to shell the city")
_CONTINUING = re.compile(r"\b(?:continues|(?:is|are|[’']s|[’']re)\s+(?:still\s+)?continuing|(?:has|have)\s+(?:(?:%s)\s+)*continued)"
                         r"\s+to\s+(?:[a-z]+ly\s+)?$" % PERFECT_ADVERBS)


# the plural present "continue to" after its subject ("We continue to mobilize humanitarian relief", "The mourners continue
# to call for"); not after a modal, "to", "not" or "do" ("will continue to", "to continue to", "did not continue to")
_CONTINUE_PLURAL = re.compile(r"(?<![\w’'])(?P<before>[\w’']+)\s+(?:(?:also|still|further|now|[a-z]+ly)\s+)?continue\s+to\s+"
                              r"(?:[a-z]+ly\s+)?$")
_NOT_SUBJECT = MODALS | {"to", "not", "never", "do", "does", "did", "and", "or", "’ll", "'ll", "let", "help", "helps",
                         "please"}


def continuing(low: str, p: Predicate) -> bool:
    """Is ``p`` the infinitive of "continues to", "continue to" in the present, "is continuing to" or "has continued to"
    ("as he continues to urge the Syrian leadership to take bold steps", "We continue to mobilize humanitarian relief")?
    It says the act goes on, not on which day (events_gold.md rules 5 and 6: a standing act in the present or a
    background perfect)."""
    if p.reporting:
        return False
    if _CONTINUING.search(low, max(0, p.start - 40), p.start) is not None:
        return True
    plural = _CONTINUE_PLURAL.search(low, max(0, p.start - 40), p.start)
    return plural is not None and plural["before"] not in _NOT_SUBJECT and not plural["before"].endswith(("n't", "n’t"))


def describes(low: str, p: Predicate) -> bool:
    """Is ``p`` a present tense in a relative clause ("a draft resolution that calls for sanctions")? It says
    what a text or a state of things is, not an act of a day."""
    verb = low[p.start:p.trigger.end].split(" ")[0]
    return p.form == "verb" and p.embedded and verb.endswith("s") and not verb.endswith("ss") \
        and bool(_RELATIVE_PRESENT.search(low, max(0, p.start - 20), p.start))


def aside(low: str, p: Predicate) -> bool:
    """Is ``p`` the verb that heads a relative clause set off by a comma ("Russia and China, which backed previous
    rounds of sanctions", "Hafez al-Assad, who ruled Syria for 30 years"; ``relatives.heads_aside``)? With no date of
    its own, such a clause says what its actor has done before, not the day's act (a reporting verb aside)."""
    # wider than ``relatives.relative_clause`` on purpose: that asks whose act the verb is and takes only a past, active,
    # affirmed verb with a named antecedent; here any verb heading an aside ("which was adopted", "who rules") has no day
    return p.form == "verb" and not p.reporting and heads_aside(low, p.start) is not None


# "now" in a verb group of the moment: "Turkey has now determined to take the matter to Nato", "we're announcing now";
# "now" or "currently" inside a present progressive or a present "be in" ("We are now cooperating trilaterally on
# supply chain resilience", "A UN team is currently in Damascus"), where a present progressive alone is ongoing work
# with no day ("The United States and Canada are working together", events_gold rule 6)
_NOW_GROUP = re.compile(r"\b(?:(?:has|have)\s+now\s+[a-z]+(?:ed|en)|(?:is|are|[’']re)\s+[a-z]+ing\s+now"
                        r"|(?P<ongoing>(?:is|are|[’']re)\s+(?:now|currently)\s+(?:[a-z]+ing|in)))\b")


def _now_group(low: str, p: Predicate, start: int) -> re.Match | None:
    """The last verb group of the moment ("now", "currently": ``_NOW_GROUP``) that ``p`` is in or hung on, with no
    break between them; ``start``: where ``p``'s sentence starts."""
    if low.find("now", start, p.trigger.end) < 0 and low.find("currently", start, p.trigger.end) < 0:
        return None  # (the pattern needs one of the words: no scan of the sentence per predicate)
    m = last_match(_NOW_GROUP, low, start, p.trigger.end)
    if m is not None and m["ongoing"] is not None and m.end() < p.trigger.start:
        return None  # (ongoing work dates its own verb only: not the saying after a quote, '"we are now seeing this
        # kind of violence," Toner said', nor an act hung on it)
    return m if m is not None and not CLAUSE_BREAK.search(low, m.end(), max(m.end(), p.trigger.start)) else None


def now_act(low: str, p: Predicate, start: int) -> bool:
    """Is ``p`` in or hung on a clause whose verb group "now" puts at the moment of the story ("Turkey has now
    determined to take the matter to Nato, calling for an urgent meeting", "we have committed and we're announcing
    now to provide $10 million", "We are now cooperating trilaterally", "A UN team is currently in Damascus")? Its act
    is of the story's day (events_gold_fresh13 bbc-91#5, fresh9 Holness #7, fresh19 Camp David #49, fresh15 bbc-235#18,
    fresh21 bbc-244#13), not the background a perfect in the body tells nor the undated ongoing work of a present
    progressive alone. ``start``: where ``p``'s sentence starts."""
    return _now_group(low, p, start) is not None


ONGOING = "ongoing: work going on at the story's moment, done at no occasion's venue"  # the flag of ``ongoing_now``


def ongoing_now(low: str, p: Predicate, start: int) -> bool:
    """Is ``p`` work going on at the story's moment ("We are now cooperating trilaterally on supply chain resilience",
    ``now_act``)? It is of the story's day but not done at its occasion: no venue of the meeting or dateline
    (events_gold_fresh19 Camp David #49: no place)."""
    m = _now_group(low, p, start)
    return m is not None and m["ongoing"] is not None
