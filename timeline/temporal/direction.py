"""Past or future? The direction of a date from the words around it.

"Lavrov said on Wednesday" is the Wednesday before the anchor; "will meet on
Friday" is the Friday after it. We look for the nearest tense cue in the
same sentence: a modal or plan word ("will", "is to", "plans to",
"scheduled", "postponed") says future; a past-tense verb ("said", "met",
"was held", "has told") says past; a present-tense verb says present, and
a scheduling present ("meet Monday") future. A few cues override the
nearest one: a future word right before the date ("next", "upcoming"), "as
early as", "since" and "back in" (past), and a deadline preposition ("by Jan.
14", "until Tuesday") unless its clause is in the past perfect or, fronted
("By March, ..."), in the past. A plan told in the past perfect ("had
been due to expire Friday") or put before the date in the past ("On Friday,
the government planned to ...") has passed; "is expected to" has not.

Clauses are bounded by surface marks, not parsed: a cue after the date that
lies past a comma, a dash, "but" or "while" counts only when the date's own
clause has none ("will discuss the issue on Thursday, but there is little
consensus"), and so does one after "and" that opens a verb group of its own tense when the date's clause is in the
past ("welcomed the first ... Dialogue on March 10 and will cooperate": March 10 is past); a colon followed by a
space ends the clause; an abbreviation's
full stop ("Roe vs. Wade") does not end the sentence. A reporting verb after a
closing quote does not lend its tense to the quote, nor one that closes the
sentence after a comma to the clause it reports ("X will meet Y on Friday, the
ministry said on Tuesday": Friday is coming). ``firm_past`` tells the resolver
when a past reading holds however long ago it is ("since March", "the uprising
began in March", "In August, the EU imposed"). The cue words are lists in
``resources/tense_words.tsv``.
"""

from __future__ import annotations

import re
from importlib import resources

from timeline.cue_words import IRREGULAR_PAST, MODALS, break_class, greedy_run
from timeline.sentences import abbreviation_continues

from .lexicon import WEEKDAYS

PAST, FUTURE, PRESENT = "past", "future", "present"


def _load() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {}
    text = resources.files("timeline.resources").joinpath("tense_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            category, *entries = line.split("\t")
            words.setdefault(category, set()).update(w.strip() for e in entries for w in e.split(",") if w.strip())
    return words


_WORDS = _load()
FUTURE_MODALS = _WORDS["future_modal"]  # will, shall, 'll, would
FUTURE_INTENT = _WORDS["future_intent"]  # plans (to), scheduled (to), due (to)
FUTURE_WORDS = _WORDS["future_word"]  # upcoming, next, tomorrow
# said, met, held: the irregular pasts (``cue_words.IRREGULAR_PAST``, which the event grammar reads), and the forms only
# a tense cue reads: was, were, had, did, participles ("given", "seen") and some regular pasts
PAST_VERBS = _WORDS["past_verb"] | IRREGULAR_PAST
PAST_WORDS = _WORDS["past_word"]  # ago, yesterday, last, earlier
PRESENT_VERBS = _WORDS["present_verb"]  # is, are, says
NOT_PAST = _WORDS["not_past"]  # -ed words that are not past verbs: need, united, hundred
PLAN_VERBS = _WORDS["plan_verb"]  # planned, scheduled: future even without "to"
FURTHERING = _WORDS["furthering_verb"]  # expand, deepen: "agreed to expand cooperation on Thursday" is past
PAST_PLANS = _WORDS["past_plan"]  # "was due to", "was scheduled to": a plan already overtaken
SCHEDULE_PRESENT = _WORDS["schedule_present"]  # "meet Monday": a present tense that schedules
ORDINAL_RELATIVE = _WORDS["ordinal_relative"]  # "the latest protester to be killed": no plan
FUTURE_PHRASES = [tuple(p.split()) for p in _WORDS["future_phrase"]]  # "ahead of", "in advance of"
PAST_PLAN_ADVERBS = _WORDS["past_plan_adverb"]  # "initially scheduled for November": overtaken
ARRIVAL_VERBS = _WORDS["arrival_verb"]  # "flew in ... for Friday's wedding": coming to an event ahead
COMMITMENT = _WORDS["commitment"]  # "dedication to achieve ... in November": an intention looks ahead
PROMISE_OBJECT_VERBS = _WORDS["promise_object_verb"]  # "has promised (a parliamentary election) in February"
PROMISED_OCCASIONS = _WORDS["promised_occasion"]  # election, referendum, talks: an occasion a promise sets ahead
_OBJECT_WORDS = 4  # words of the promised object before its noun ("a (free parliamentary) election")
_DATE_PREPOSITIONS = {"in", "on", "by", "for", "before", "early", "late", "mid", "next", "this"}
_OTHER_TIME = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_WORDS["fronted_other_time"], key=len, reverse=True))
_MEASURE = "|".join(sorted(_WORDS["fronted_measure"], key=len, reverse=True))
# after a fronted date: its comma, then a phrase of another time up to the comma that closes it
_INNER_PHRASE = re.compile(r"\s*,\s*(?:(?:%s|\d+)\s+){0,3}?(?:%s)\s%s," % (_MEASURE, _OTHER_TIME, greedy_run(",;:.!?")))
_FRONTED_WORDS = {"on", "in", "at", "late", "early", "earlier", "later", "last", "this", "by"}
_NOT_VERB_AFTER_TO = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                      "my", "your", "it", "them", "him", "us", "me", "be"}
_DUE_AFTER = {"in", "on", "by", "at", "for", "next", "this", "before", "after", "early", "late", "later"}
CLOSING_REPORT = _WORDS["closing_report"]  # "..., the ministry said": the saying's tense, not the clause's
NEARING = _WORDS["nearing_verb"]  # "as the Tuesday deadline approaches": the day is coming
CONTENT_SUBJECTS = _WORDS["content_subject"]  # "told the League on Monday it would": the pronoun opens what was told
DEADLINE_WORDS = _WORDS["deadline"]  # "by", "until": the date right after them is a coming deadline
BE = {"is", "are", "am", "was", "were", "be", "been", "being"}
_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that"}  # before a date that modifies a noun
# between a progressive and the date, a word that opens another clause, whose date it is ("is weighing new sanctions
# on Damascus and on Friday, Obama conferred with ...")
_CLAUSE_JOINS = {"and", "but", "while", "when", "after", "before", "as", "since", "because", "which", "who", "that"}
# after an attributive plan word ("a planned peace conference"), a preposition that opens the phrase of another occasion,
# whose date it is ("discussed a planned peace conference during a meeting in Paris on Friday": the meeting's Friday is
# past). No relative word: a relative clause on the planned noun ("the planned talks, which start on Friday") tells of
# that same plan, so its date stays the plan's
_OTHER_OCCASION = {"during", "after", "before", "following", "amid", "since", "until"}
NOT_PROGRESSIVE = _WORDS["not_progressive"]  # "is something", "is willing": no progressive verb
_PROGRESSIVE = re.compile(r"[a-z]{2,}ing")
_LINK_ADVERBS = {"then", "also", "now", "still", "already"}  # "is then expected to"
HAVE = {"has", "have", "had", "'s", "'ve", "'d"}
# modals of no tense of their own: the verb after them is a base form, though spelt as a past ("could hit", "can put")
_BASE_BEFORE = MODALS - FUTURE_MODALS | {"cannot"}
# (not "the": a name after "to" reads as "the", ``_names_after_to``: "the ambassador to Venezuela said on Tuesday")
_ARTICLES = {"a", "an"}


def past_form(word: str) -> bool:
    """Is ``word`` a past form: an irregular past (``PAST_VERBS``: "said", "met") or a regular one in "-ed"
    ("launched"; not a word of ``NOT_PAST``: "need", "united")?"""
    return word in PAST_VERBS or len(word) > 4 and word.endswith("ed") and word not in NOT_PAST

_WORD = re.compile(r"[a-z]+(?:['\u2019][a-z]+)?|['\u2019][a-z]+|" + break_class(".!?;:"))  # (not the colon of "1:37")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'\u201d\u2019)]|'')*\s+(?=(?:[\"'(\u201c]|``)?[A-Z0-9])|\n\s*\n")
WINDOW = 160  # characters searched on each side
_QUOTE = re.compile("\"|''|``|\u201c|\u201d")


def _cue(words: list[str], i: int, before: list[str], later: bool = False, progressive: bool = True) -> str | None:
    """The tense cue of word i, if it gives one (``before`` = the words before it;
    ``later``: the word comes after the mention; ``progressive``: a present progressive before it looks ahead, as
    it does for a date of the clause but not for one that modifies a noun, "is continuing ... under a June
    agreement")."""
    w = words[i]
    prev = before[-1] if before else ""
    if w in FUTURE_MODALS or w.endswith("'ll"):  # "will", "I'll", "they'll"
        return FUTURE
    if w in NEARING and later:
        return FUTURE  # "as the Tuesday truce deadline approaches", "with Friday's vote looming": a day still to come
    for phrase in FUTURE_PHRASES if not later else ():  # "On Thursday, ahead of mass protests": Thursday is not ahead
        if tuple(words[i:i + len(phrase)]) == phrase:
            return FUTURE  # "ahead of the vote in March", "in advance of Guatemala's June 25th general elections"
    if w == "to" and prev in FUTURE_INTENT and _furthering(prev, words, i, before):
        return PAST  # "agreed to expand trade cooperation on Thursday": the agreeing's day
    if w == "to" and prev in FUTURE_INTENT | BE:
        if _to_noun(prev, words, i):
            return None  # "agreed to an Arab League plan on November 2": "to" a noun is no plan ("agreed" decides)
        return _plan(before[:-1], prev, later)
    if w == "due" and i + 1 < len(words) and words[i + 1] in _DUE_AFTER:
        return PAST if prev in ("was", "were", "had") else FUTURE  # "the vote is due in June"
    if w == "to" and prev in COMMITMENT and i + 1 < len(words) and words[i + 1] not in _NOT_VERB_AFTER_TO:
        return FUTURE  # "their commitment to hold elections in November"
    if w in FUTURE_INTENT and i + 2 < len(words) and words[i + 1] == "to" and _furthering(w, words, i + 1, before + [w]):
        return PAST
    if w in FUTURE_INTENT and i + 1 < len(words) and words[i + 1] == "to" and not _to_noun(w, words, i + 1):
        return _plan(before, w, later)
    if w in PLAN_VERBS and prev == "as":
        return None  # "will start on Tuesday as planned": a comparison, no tense of its own
    if w in PLAN_VERBS and (i + 1 >= len(words) or words[i + 1] != "to"):
        # "has scheduled a news conference Thursday", "planned a rally on Saturday"
        return _plan(before, w, later)
    if w == "saying" and prev == "as":
        return PAST  # "quoted Assad as saying on Monday that Syria would never kneel": the quoting's tense, not the clause's
    if w in ("was", "were"):
        if i + 1 < len(words) and words[i + 1] in FUTURE_INTENT:
            return None  # "were planning to", "was expected to": the next word decides
        return PAST
    if past_form(w):
        if prev in _BASE_BEFORE or prev in _ARTICLES and w in IRREGULAR_PAST:
            return None  # a base form after a modal of no tense ("could hit", "may put", "should read"), or a noun
            # after "a" ("a bit", "a hit"): the irregular pasts that are spelt so say nothing
        if prev in FUTURE_MODALS or prev == "to":
            return None if _ordinal_relative(before[:-1]) else FUTURE
        if prev == "be":
            # "will be held" is future; "could be located", "must be returned" say nothing; nor does "the
            # latest protester to be killed by security forces on Sunday" (a relative: "marched" decides)
            if len(before) > 1 and before[-2] == "to" and _ordinal_relative(before[:-2]):
                return None
            return FUTURE if len(before) > 1 and before[-2] in FUTURE_MODALS | {"to"} else None
        if prev in ("is", "are", "am") and w not in PAST_VERBS:
            return PRESENT if w.endswith("ed") else PAST  # "is expected" / "is said"
        return PAST
    if w in HAVE and i + 1 < len(words) and (words[i + 1] in PAST_VERBS or words[i + 1].endswith(("ed", "en"))):
        return PAST
    if w in SCHEDULE_PRESENT and prev not in ("to", "will", "would", "did", "didn't", "not"):
        return FUTURE
    if w in PRESENT_VERBS:
        following = [x for x in words[i + 1:i + 3] if x not in _LINK_ADVERBS][:1]
        if w in BE and following and following[0] in FUTURE_INTENT:
            return None  # "is then expected to hold meetings on Thursday": the next word decides
        if w in ("is", "are", "am") and following and progressive and not later and prev != "there" \
                and _PROGRESSIVE.fullmatch(following[0]) and following[0] not in NOT_PROGRESSIVE \
                and not _CLAUSE_JOINS.intersection(words[i + 2:]):
            return FUTURE  # "China is sending an envoy to Damascus on Monday": an arrangement ahead (not "There are
            # conflicting reports about killings on 12 July", which says what there is)
        return PRESENT
    return None


_ARRIVAL_REACH = 8  # words between a verb of coming and its "for"
# a preposition of occasion right before a possessive weekday: "is to meet ... during Wednesday's meeting", "plan to
# present their ultimatum at Friday's conference" (the occasion a planned act is set for; not "about Wednesday's ruling")
_OCCASION_BEFORE = re.compile(r"\b(?:at|during|in|for|after|before)\s+$")


def looks_ahead(text: str, start: int, end: int, *, low: str | None = None) -> bool:
    """Do the words right before the date at [start, end) look ahead to it: a phrase of ``future_phrase`` ("ahead of
    Friday's vote"), "for" after a verb of coming in the same clause ("flew in from around the world for Friday's
    wedding"), or a preposition of occasion in a clause of the future (``direction``), the occasion a planned act is
    set for ("is to meet his counterparts during Wednesday's meeting", "plan to present their ultimatum at Friday's
    conference")? A possessive weekday there names a coming event, not the latest such day."""
    low = text.lower() if low is None else low
    s, _ = sentence_span(text, start, start)
    before = [m.group() for m in _WORD.finditer(low, s, start)]
    if any(tuple(before[-len(phrase):]) == phrase for phrase in FUTURE_PHRASES):
        return True
    if before and before[-1] == "for":
        clause = low[s:start]
        cut = max(clause.rfind(","), clause.rfind(";"))
        words = [m.group() for m in _WORD.finditer(clause, cut + 1)][-_ARRIVAL_REACH - 1:-1]
        if any(w in ARRIVAL_VERBS for w in words):
            return True
    return _OCCASION_BEFORE.search(low, max(0, start - 10), start) is not None \
        and direction(text, start, end, low=low) == FUTURE


def _furthering(verb: str, words: list[str], to: int, before: list[str]) -> bool:
    """Is the "to" at ``to``, after ``verb``, a past verb of intent ("agreed", "pledged", "vowed"; not after a modal or
    "be": "will agree to", "were expected to"), followed by a verb of furthering a standing relation ("expand",
    "deepen"; ``furthering_verb``)? Its object is no act of its own day: a date after it is the agreeing's."""
    prior = before[-2] if len(before) > 1 else ""
    return verb.endswith("ed") and prior not in FUTURE_MODALS | BE | {"to", "had", "'d"} \
        and to + 1 < len(words) and words[to + 1] in FURTHERING


def _to_noun(verb: str, words: list[str], to: int) -> bool:
    """Is the "to" at ``to`` after a past verb of intent a preposition before a noun phrase ("Syria agreed to an
    Arab League plan on November 2", "pledged to Ukraine": a determiner, or a name, read as "the", follows), so that
    the verb tells a past act, not a plan? Not after "forward" ("look forward to the meeting on Friday")."""
    return verb.endswith("ed") and to + 1 < len(words) and words[to + 1] in _NOT_VERB_AFTER_TO - {"be"}


def _ordinal_relative(before: list[str]) -> bool:
    """Do the words before an infinitive end in a noun phrase with "first", "latest", "only" ... ("the latest
    protester", "the first Arab leader")? Then the infinitive is a relative clause of that noun, not a plan."""
    return any(w in ORDINAL_RELATIVE for w in before[-4:]) and "the" in before[-5:]


def _promised_occasion(left: list[str]) -> bool:
    """Do the words before a date end in a verb of promising, its object an occasion and the date's preposition ("he
    has also promised a parliamentary election in February", "pledged a referendum on the new constitution in
    March")? Then the date is the occasion's, which the promise puts ahead. Not after "had" (a promise of the past
    perfect, its occasion as likely past), nor when the object runs over a clause word ("promised reforms and held
    talks in March")."""
    k = len(left) - 1
    while k >= 0 and left[k] in _DATE_PREPOSITIONS:
        k -= 1
    if k < 0 or k == len(left) - 1:
        return False
    noun = k
    if left[noun] not in PROMISED_OCCASIONS:  # "a referendum on the new constitution": its "on" phrase
        noun = next((j for j in range(k, max(-1, k - 5), -1) if left[j] in PROMISED_OCCASIONS), -1)
        if noun < 0 or not {"on", "over", "with", "between", "among"} & set(left[noun + 1:k]):
            return False
    for j in range(noun - 1, max(-1, noun - _OBJECT_WORDS - 2), -1):
        w = left[j]
        if w in PROMISE_OBJECT_VERBS:
            return not (j and left[j - 1] in ("had", "'d"))
        if w in _CLAUSE_JOINS or w in FUTURE_MODALS or w in BE or w in ("to", "of", ",", "!", "?", ";", ":"):
            return False
    return False


def _plan(before: list[str], word: str, later: bool = False) -> str:
    """A plan or schedule is future, unless told in the past perfect or as a
    past obligation ("had been scheduled to expire Friday", "was due to",
    "as previously planned"): then the planned day has passed by the time of
    writing. A date before a past-tense plan verb dates the planning, not the
    plan ("On Friday, the government planned to pay ...")."""
    governing = [w for w in before if w not in _LINK_ADVERBS][-1:]
    if later and word.endswith("ed") and not (governing and governing[0] in ("is", "are", "am")):
        return PAST  # "On Friday, the government planned to pay" (not "is then expected to hold")
    if before and before[-1] in PAST_PLAN_ADVERBS:
        return PAST
    if before and before[-1] in ("had", "'d"):
        return PAST
    if len(before) > 1 and before[-1] == "been" and before[-2] in ("had", "'d"):
        return PAST
    if word in PAST_PLANS and before and before[-1] in ("was", "were"):
        return PAST
    return FUTURE


def _past_perfect(words: list[str]) -> bool:
    """Whether the words hold a past perfect: "had" + participle ("had filed", "had not called")."""
    for i, w in enumerate(words[:-1]):
        if w in ("had", "'d"):
            following = words[i + 1]
            if following == "not" or following in PAST_VERBS or following.endswith(("ed", "en")):
                return True
    return False


# Where a clause ends, for cues on the right of a date: a comma, semicolon or dash, or a conjunction that
# opens another clause ("on Thursday, but there is little consensus").
_CLAUSE_BREAK = re.compile(r"[,;\u2014\u2013]|\s-\s|\b(?:but|while|although|though|whereas)\b")
# "since" (or "back in") right before a date, or before a part of it the date's own words leave out ("since the start
# of the spring": the season rule reads "the spring"). One whitespace quantifier at each place, searched over the 40
# characters before the date only.
_SINCE = re.compile(r"(?:\bsince|\bback\s+in)\s+(?:early\s+|late\s+|mid-?|"
                    r"(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)?$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$")
_PHRASE_WORD = re.compile(r"[a-z][a-z'\u2019-]*|[^\sa-z]")
_FRONTED = re.compile(r"(?:[.!?]\s+|\n)[\"\u201c]?(?:in|on|by|since|until)\s+$")


def after_since(low: str, start: int) -> bool:
    """Does "since" (or "back in") stand right before the date at ``start``, or before its part ("since late", "since
    the start of")? Such a date is the most recent past one ("since late January" written in February: this January;
    "since the summer" written in January: last summer), however far back, and counted from the anchor, not from
    the last date mentioned."""
    return bool(_SINCE.search(low, max(0, start - 40), start))


def firm_past(text: str, low: str, start: int, end: int) -> bool:
    """Is a past reading of the date at [start, end) beyond doubt, however long ago it is? "since March",
    "back in April"; a past verb and its object before the date's preposition ("the uprising began in
    March", "rolled his tanks into Ukraine in February", not "the case is heard in May"); a date fronted
    before a past clause ("In August, the EU imposed sanctions"). Then "March" written in February is
    last March, not the coming one: no plan is in between to point ahead, as in "decided to admit them
    in early March"."""
    if after_since(low, start):
        return True
    before = low[max(0, start - 40):start]
    preposition = _PREPOSITION_BEFORE.search(before)
    if preposition and _governing_past(_without_from_to(
            _PHRASE_WORD.findall(low[max(0, start - 90):start - len(before) + preposition.start()]))[-6:]):
        return True
    opening = "\n" + low[max(0, start - 20):start] if start <= 20 else low[start - 20:start]
    return bool(_FRONTED.search(opening)) and low.startswith(",", end)


def _without_from_to(words: list[str]) -> list[str]:
    """The words before a date's preposition without a closing "from X to Y" of at most four words each, which
    tells what a past verb changed, not a plan ("changed from a fiscal year to a calendar year in December")."""
    for k in range(len(words) - 2, max(-1, len(words) - 6), -1):
        if words[k] == "to":
            for j in range(k - 2, max(-1, k - 6), -1):
                if words[j] == "from":
                    return words[:j]
            break
    return words


def _governing_past(words: list[str]) -> bool:
    """Do the words before a date's preposition end in a past verb and at most four words of its object
    ("began", "imposed sanctions", "rolled his tanks into Ukraine")? Not past when a "to" comes between
    (a plan: "agreed to admit them"), nor a passive present ("is heard"), nor a plan word ("the planned
    vote")."""
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        w = words[k]
        if w == "to" or not w[0].isalpha():
            return False
        if w in PLAN_VERBS or w in FUTURE_INTENT:
            return False
        if past_form(w):
            return k == 0 or words[k - 1] not in BE | FUTURE_MODALS | {"to"}
    return False


def _fronted_past(text: str, low: str, s: int, start: int, right: list[str]) -> bool:
    """Is a deadline at the head of its sentence ("By March,", "Yet by March,") followed by a main clause
    in the past ("his name was already being uttered")? The first tense cue after it decides."""
    comma = text.rfind(",", s, start)
    before = _WORD.findall(low, comma + 1 if comma >= 0 else s, start)
    if len(before) > 2 or not low.startswith(",", _skip_mention(low, start)):
        return False
    for i in range(len(right)):
        cue = _cue(right, i, right[:i], later=True)
        if cue:
            return cue == PAST
    return False


_PHRASE_REST = re.compile(r"[^,;.!?]*")


def _skip_mention(low: str, start: int) -> int:
    """The offset just after the date phrase that starts at ``start`` (up to its comma or clause end)."""
    return _PHRASE_REST.match(low, start).end()


def _clause_words(text: str, low: str, s: int, start: int, end: int, e: int) -> list[str]:
    """The words of the clause a deadline belongs to, in the sentence [s, e). A fronted deadline ("Until
    Thursday, they had not called"; "By Monday, most agreed, the forces had been") belongs to the rest of
    the sentence; one inside a clause, to that clause, from the comma before it to the comma or "but" after
    it: in "The sale, which had been expected, is part of a program to pay down the loan by February" the
    relative clause's past perfect is not the deadline's, nor in "imports are allowed until Nov. 15 but
    traders said they had not seen any" the other clause's."""
    left_comma = text.rfind(",", s, start)
    lo = left_comma + 1 if left_comma >= 0 else s
    left = _names_after_to(text, list(_WORD.finditer(low, lo, start)))
    hi = e
    if len(left) > 3:  # not fronted: "but by", "up until" are
        stop = _CLAUSE_BREAK.search(low, end, e)
        hi = stop.start() if stop else e
    return left + _names_after_to(text, list(_WORD.finditer(low, end, hi)))


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), bounded to WINDOW characters each side. The full stop of an
    abbreviation ("Roe vs. Wade", "Dr. Slepian") ends no sentence."""
    left = max(0, start - WINDOW)
    right = min(len(text), end + WINDOW)
    s = left
    for m in _SENTENCE_END.finditer(text, left, start):
        if not _abbreviation_stop(text, m):
            s = m.end()
    e = right
    for m in _SENTENCE_END.finditer(text, end, right):
        if not _abbreviation_stop(text, m):
            e = m.start() + 1
            break
    return s, e


def _abbreviation_stop(text: str, m: re.Match) -> bool:
    return text[m.start()] == "." and abbreviation_continues(text, m.start())


def _closing_report(low: str, end: int, word: re.Match) -> bool:
    """Is ``word`` (a match of _WORD right of a mention ending at ``end``) the reporting verb of a short
    clause after a comma (", the ministry said", ", Lavrov told reporters")? At most four words lie
    between the comma and the verb, and the comma comes after the mention."""
    if word.group() not in CLOSING_REPORT:
        return False
    comma = low.rfind(",", end, word.start())
    return comma >= 0 and len(_WORD.findall(low, comma, word.start())) <= 4


def _beyond_clause(low: str, end: int, right_words: list[re.Match], j: int) -> bool:
    """Does right word j lie past a clause boundary after the mention (``_CLAUSE_BREAK``), or is it one?
    A cue there belongs to another clause: "Mr Annan, who is due to meet Mr Assad on Sunday, is expected
    to ...", "will discuss the issue on Thursday, but there is little consensus"."""
    return _CLAUSE_BREAK.search(low, end, right_words[j].end()) is not None


# after "and", a verb group that carries its own tense: a second verb phrase, not the date's ("... on March 10 and will
# cooperate")
_OWN_TENSE = {"will", "would", "shall", "is", "are", "was", "were", "has", "have", "had", "plans", "intends"}


def _names_after_to(text: str, found: list[re.Match]) -> list[str]:
    """The words, with a capitalised word after "to" read as a name, not a verb ("commitment to Japan's
    defense following the launch on October 3": no intention to do anything in October)."""
    words = [m.group().replace("\u2019", "'") for m in found]  # "I’ll" is "I'll"
    for i in range(1, len(words)):
        if words[i - 1] == "to" and text[found[i].start():found[i].start() + 1].isupper():
            words[i] = "the"
    return words


_WEEKDAY_START = re.compile(r"(?:%s)\b" % "|".join(sorted({w.lower() for w in WEEKDAYS}, key=len, reverse=True)))


def _comparative_later(left: list[str], k: int, low: str, start: int) -> bool:
    """Is word k of ``left`` the comparative "later" right before a weekday ("Later on Saturday, Juppe met
    Lavrov", "met Lavrov later Monday")? It says the act came after another of that day, not that the day is
    to come: the clause's tense decides ("will meet later on Monday" stays ahead)."""
    return left[k] == "later" and left[k + 1:] in ([], ["on"]) and _WEEKDAY_START.match(low, start) is not None


# a chronology's line: a date that opens its line, a spaced dash and the item's first word, capitalised ("Sept. 8 -
# Interim prime minister Mahmoud Jibril, arrives in Tripoli"; not a comment's time stamp, "10th August 2012 - 14:44")
_CHRONOLOGY_LABEL = re.compile(r"(?:,?[ \t]+\d{4})?[ \t]+[-\u2013\u2014][ \t]+(?=[A-Z\"\u201c])")


def chronology_label(text: str, start: int, end: int) -> int | None:
    """Where the item begins when the date at [start, end) opens a line of a chronology ("Feb. 26 - The U.N. Security
    Council imposes sanctions ..."), else None. Its item is told in the historical present ("arrives", "meet ... to
    discuss"), which is no tense of the day: the label is read untensed (the nearer year, leaning to the past)."""
    if start and text[start - 1] != "\n":
        return None
    m = _CHRONOLOGY_LABEL.match(text, end)
    return m.end() if m is not None else None


def direction(text: str, start: int, end: int, *, low: str | None = None) -> str | None:
    """'past', 'future', 'present' or None, from the nearest cue in the sentence."""
    if chronology_label(text, start, end) is not None:
        return None  # "Sept. 8 - Interim prime minister Mahmoud Jibril, arrives in Tripoli": a chronology's label
    low = text.lower() if low is None else low
    s, e = sentence_span(text, start, end)
    quote = _QUOTE.search(low, end, e)
    if quote:
        e = quote.start()  # '... meet Thursday,'' Castro said': the reporting verb is not the quote's tense
    left = _names_after_to(text, list(_WORD.finditer(low, s, start)))
    inner = _INNER_PHRASE.match(low, end) if len(left) <= 2 and set(left) <= _FRONTED_WORDS else None
    # "On Monday, before talks that resume on Wednesday, the minister announced": the main clause's tense, past the
    # phrase of another time
    right_words = list(_WORD.finditer(low, inner.end() if inner else end, e))
    right = _names_after_to(text, right_words)
    # Clause words beside the mention that fix the direction by themselves.
    for k in range(max(0, len(left) - 2), len(left)):
        if _comparative_later(left, k, low, start):
            continue  # "Later on Saturday, Juppe met Lavrov": later than a thing of that day, not a coming day
        if left[k] in FUTURE_WORDS:
            if left[k] in PLAN_VERBS and k and left[k - 1] in PAST_PLAN_ADVERBS | {"had", "'d"}:
                break  # "initially scheduled for November", "had scheduled for Monday": the plan is overtaken
            return FUTURE
    if left[-3:] == ["as", "early", "as"]:
        return FUTURE  # "could come as early as Tuesday"
    if _promised_occasion(left):
        return FUTURE  # "has also promised a parliamentary election in February": the election's month, ahead
    if after_since(low, start):
        return PAST  # "have died since March", "that night back in April": only ever a past day
    if left and left[-1] in DEADLINE_WORDS:
        # A deadline ("must be returned by Jan. 14", "extended until Tuesday") is
        # coming, unless the clause is in the past perfect ("had filed by Wednesday").
        # A fronted one ("By March, his name was already being uttered") is as past as its clause.
        if _past_perfect(_clause_words(text, low, s, start, end, e)) or _fronted_past(text, low, s, start, right):
            return PAST
        return FUTURE
    best: tuple[int, str] | None = None
    cue_at = -1
    for distance, i in enumerate(range(len(left) - 1, -1, -1)):
        if left[i] in "!?;":  # a "." inside the sentence span ends an abbreviation ("a.m.", "Jan.")
            break
        cue = _cue(left, i, left[:i], progressive=not (left and left[-1] in _DETERMINERS))
        if cue == FUTURE and left[i] in PLAN_VERBS and i and left[i - 1] in _DETERMINERS \
                and not _OTHER_OCCASION.isdisjoint(left[i + 1:]):
            continue  # "a planned peace conference on Syria during a meeting in Paris on Friday": the plan word says
            # its own noun is to come, not the date of another occasion's phrase; the clause's tense decides
        if cue:
            best, cue_at = (distance, cue), i
            break
    words = left[-3:] + right
    offset = len(left[-3:])
    if best is not None and right[:1] == ["that"]:
        return best[1]  # "said in a statement on Sunday that Moscow would respond": the clause "that" opens has a
        # tense of its own, which is not the saying's, however near its "would" is to the date
    if best is not None and best[1] == PAST and right[:1] and right[0] in CONTENT_SUBJECTS \
            and left[cue_at] in CLOSING_REPORT and "that" not in left[cue_at + 1:]:
        return PAST  # "Syria told the Arab League on Monday it would withdraw its troops": a pronoun right after the
        # date opens what was told (a "that" left out), whose "would" is not the telling's tense
    for distance, i in enumerate(range(offset, len(words))):
        if best is not None and distance >= best[0]:
            break
        if words[i] in "!?;":
            break
        if words[i] == ":" and i >= offset and low[right_words[i - offset].end():][:1].isspace():
            break  # "when Putin rolled his tanks into Ukraine in February: American people are ...": another clause
        if best is not None and i >= offset and _closing_report(low, end, right_words[i - offset]):
            continue  # "will meet ... on Friday, the ministry said": the saying is not the meeting's tense
        if best is not None and _beyond_clause(low, end, right_words, i - offset):
            break  # "will discuss the issue on Thursday, but there is little consensus": the cue before wins
        if best is not None and best[1] == PAST and i > offset and words[i - 1] == "and" and words[i] in _OWN_TENSE:
            break  # "welcomed the first ... Strategic Dialogue on March 10 and will cooperate to promote ...": a verb
            # phrase coordinated after the date with a tense of its own; the past verb before the date is the date's
            # (not a present: "has talks in Tunisia on Wednesday and is then expected to ...": the plan's tense)
        cue = _cue(words, i, words[:i], later=i >= offset)
        if cue:
            best = (distance, cue)
            break
    return best[1] if best else None
