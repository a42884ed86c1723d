"""The event cue word lists (``resources/event_cues.tsv``), loaded once.

``CUES`` maps each category of the file to its entries and ``phrases`` makes one expression of a category of
phrases. The sets here are the grammar words several event modules read (negation, auxiliaries, pronouns,
determiners, topic prepositions, light verbs); a list only one module's rules read is defined in that module.
``load_tsv``, ``PAST_VERB``, ``FINITE_VERB`` and ``COLON`` live in ``timeline/cue_words.py`` (the actors package reads
them too); the event modules import them from there.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import NUMBERS, first_character, opening_class, phrase_alternation, phrase_alternatives
from ..cue_words import MODALS, break_class, load_tsv


CUES = load_tsv("event_cues.tsv")
NEGATION = frozenset(CUES["negation"])
FAILURE = frozenset(CUES["failure"])
BE = frozenset(CUES["be"])
HAVE = frozenset(CUES["have"])
AUXILIARY = frozenset(CUES["auxiliary"])
MODAL_GROUP = "|".join(sorted(MODALS, key=lambda w: (-len(w), w)))  # the modals as one alternation, for regexes
# the finite auxiliaries, where a finite verb group starts: a finite "be", "have" or "do", or a modal, as one
# alternation for regexes (``subject_infinitive`` adds the sayings "says" and "said", ``clauses`` the bare "be" and
# "been"; ``recent_span`` reads it as is)
FINITE_AUXILIARY = "is|are|was|were|has|have|had|did|does|" + MODAL_GROUP
ED_FORM = re.compile(r"[a-z]+ed\b")  # an "-ed" word, a past tense or participle: matched where a word starts, or a token
_MONTH_BEFORE = frozenset(CUES["month_before"])
_MONTH_AFTER = re.compile(r"May,?\s+\d{1,4}\b")  # "May 5", "May 2011", "May, 2011"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")


def month_may(text: str, pos: int) -> bool:
    """Is the "may" at ``text[pos:]`` the month, no modal: capitalised, after a word of ``month_before`` ("The EU
    imposed an oil embargo in May and banned", "since May", "mid-May") or before a day or a year ("May 5")? Not
    "Russia may impose", nor a sentence's first word with no date after it ("May God ...", "May I ask")."""
    if not text.startswith("May", pos) or text[pos + 3:pos + 4].isalpha():
        return False
    if _MONTH_AFTER.match(text, pos):
        return True
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1).lower() in _MONTH_BEFORE


# adverbs between a perfect's "has"/"have"/"had" and its participle ("has repeatedly condemned", "had already accused",
# "has so far obstructed"), as one alternation for regexes (``aspect``; ``predicates._PERFECT_ADVERB`` keeps a narrower
# list for now, its comment says why)
PERFECT_ADVERBS = r"[a-z]+ly|also|already|always|long|often|now|just|twice|thrice|both|all|so\s+far|thus\s+far"
# what may stand between a subject and its verb, one word or phrase at a time ("Syria's army has also said", "and
# Britain later said", "Critics have long said", "the ministry on Monday said"), as one alternation for regexes
# (``subjects``, ``owned_acts``, ``extract``, ``blamers``)
SUBJECT_TO_VERB = (r"has|have|had|also|again|earlier|later|then|separately|long|often|(?:late\s+|early\s+)?on\s+[a-z]+day"
                   r"|[a-z]+ly")
# a sentence's linking word before its subject ("But critics say", "However, opposition figures refuse", "Meanwhile,
# activists accused"), and a quantifier of a group the subject names only by its kind ("Many of Assad's opponents",
# "Some officials", "a few"), as alternations for regexes (``blamers``, ``opposition_figures``, ``unnamed_sources``)
SUBJECT_LINK = r"but|yet|however|still|meanwhile"
GROUP_QUANTIFIER = r"some|many|several|most|other|few|a\s+few"
# the count words before a counted noun ("hundreds", "dozens of", "several", "twelve": ``count_word``), longest first, as
# one alternation for regexes (``agentless``'s tallies, ``since_onset``'s counted participants)
COUNT_WORD = "|".join(sorted(CUES["count_word"], key=len, reverse=True))
# ... split: those that are numbers ("one", "twelve", "forty": time_words.tsv's numbers) and those that count by
# themselves ("hundreds", "dozens", "several", "many"), for a reader that takes a number only before a counted noun
COUNT_NUMBER = "|".join(sorted((w for w in CUES["count_word"] if NUMBERS.get(w, "X").isdigit()), key=len, reverse=True))
COUNT_QUANTITY = "|".join(sorted((w for w in CUES["count_word"] if not NUMBERS.get(w, "X").isdigit()), key=len,
                                 reverse=True))
# the head noun of a state's armed force ("the army", "security forces", "500 soldiers and police"), as one alternation for
# regexes (``killed_in``, ``unnamed_attackers``, ``attempted_crackdown``, each adding its own heads of the state itself)
FORCE_HEADS = (r"army|military|forces?|troops?|police|policemen|security(?:\s+(?:forces?|personnel|police))?|soldiers?"
               r"|personnel|servicemen")
FORCE_HEAD_END = re.compile(r"(?:%s)$" % FORCE_HEADS)  # a mention that ends in one ("the Free Syrian Army"; ``.search``)
# a joint statement's working group or task force set a task ("The Technology Standards working group is tasked to
# develop approaches"), up to its "to", as one alternation for regexes (``senses._TASKED_BODY``, ``roles._PLURAL_SUBJECT``)
TASKED_BODY_HEAD = r"working\s+group|group|task\s+force"  # the body's head noun (``joint_plans._TASKED_BODY`` too)
TASKED_BODY = rf"(?:{TASKED_BODY_HEAD})\s+(?:is|are)\s+(?:also\s+)?tasked\s+to"
# the principals setting their teams a task ("tasked their teams to explore", "directed their respective ministers
# to"): the verbs and the teams' head nouns, as alternations (``senses._TASKED_TEAMS`` adds "asked" and envoys,
# representatives, delegations, staffs; ``joint_plans._TASKED_TEAMS`` reads them at a clause's start)
TASKING_VERBS = r"tasked|directed|instructed|charged|mandated"
TASKED_TEAMS = r"teams|officials|ministers|negotiators"
# a point verb's object that is an act, in up to three words before it, none a preposition ("underscored strong U.S.
# support", not "expressed concern about the build-up"), each reader adding the words it also stops at
# (``extract._OBJECT_ACT``, ``point_verbs._OBJECT_WORDS``)
OBJECT_STOPS = r"about|over|of|for|on|in|at|to|with|regarding|from|by|against"


def object_words(*stops: str) -> re.Pattern:
    """Up to three words, none one of ``OBJECT_STOPS`` or ``stops``, from the verb's end to the act (``.fullmatch``)."""
    return re.compile(r"\s+(?:(?!(?:%s)\s)[\w.’'-]+\s+){0,3}$" % "|".join((OBJECT_STOPS,) + stops))


def stance_object(*nouns: str) -> re.Pattern:
    """A verb's object that is a stance whose act types it ("emphasized her determination to continue", "reiterated
    their commitment to"): the ``resolve`` cue's nouns, "commitment(s)" and ``nouns``, before "to" (``.match`` at
    the verb's end; ``extract._RESOLVE_OBJECT``, ``point_verbs._STANCE``)."""
    return re.compile(r"\s+(?:the|our|their|its|his|her|this)\s+(?:[\w-]+\s+){0,2}?(?:%s)\s+to\b"
                      % "|".join((*CUES["resolve"], "commitments?", *nouns)))


# a noun of money after a giver's name ("$6 million in U.S. funds"), as one alternation for regexes (``roles``' aid
# receipt marker, ``places._MONEY_AFTER``)
MONEY_NOUNS = phrase_alternation(CUES["money_noun"])
PRONOUNS = frozenset(CUES["pronoun"])
# a subject word that stands for actors named before ("they", "the two leaders", "both sides"): ``clauses``,
# ``other_subject``, ``unnamed_sayers``
PLURAL_ANAPHORS = frozenset(CUES["plural_anaphor"])
ADVERBS = frozenset(CUES["adverb"])
# the one-word adverbs as one alternation for regexes, longest first: a verb group's adverbs ("who was later", "was
# earlier": ``victim_clauses``, ``agent_passives``)
ADVERB_WORDS = "|".join(sorted((w for w in ADVERBS if w.isalpha()), key=len, reverse=True))
LIGHT = frozenset(CUES["light"])
LIGHT_PROGRESSIVE = frozenset(CUES["light_progressive"])  # "were carrying out reprisal attacks"
REPORT_OBJECT = frozenset(CUES["report_object"])
SUBORDINATORS = frozenset(CUES["subordinator"])
TOPIC = frozenset(CUES["topic"])
PLAN_TO = frozenset(CUES["plan_to"])  # words before "to" that make a plan of the verb after it ("expected to make")
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
                         "your", "my", "any", "some", "every", "each", "further", "additional", "new", "another"})
# tokens that close a comma-delimited stretch; "--" is the typewriter's dash of wire copy ("On Tuesday Mohsen -- seen by
# northern rebels as a ruthless military leader -- declared"), one token (``WORD_TOKEN``)
BOUNDARY = frozenset({",", ";", ":", "—", "–", "--", "-", "(", ")"})
# Where an opening phrase or a condition closes ("Despite a deadly border clash last August, Williams said", "if he
# were forced to quit, ..."): a comma, semicolon or colon, or a dash with spaces around it (not the hyphen of
# "2011-2012"). It is not the clause break of tense cues (``temporal.direction._CLAUSE_BREAK``, which bounds a
# date's own clause): that one is not closed by a colon, is closed by a dash with no spaces around it, and by "but",
# "while", "although", "though" and "whereas" too. Kept apart so that neither moves when the other is changed.
PHRASE_CLOSE = re.compile(break_class(",;:") + r"|\s[-–—]\s")
# A comma that closes a clause or an aside, as a pattern's alternative: any but the thousands comma of a number
# ("after it passed 5,400 in January", "killed at least 3,500 people": ``dating``'s subordinate clauses,
# ``relatives``' asides)
CLAUSE_COMMA = r"(?<!\d),|,(?!\d{3}\b)"
# Where a clause of the sentence stops for the clause reading of a verb before it: a comma (not a number's), a
# semicolon, colon, bracket or quotation mark, or a dash with spaces around it ("the meeting, which was set for Sunday,
# ...": the actors of a called-off event noun's own clause; a date no verb before it reaches,
# ``extract._clause_date_act``; a subordinate clause of another time holding a date, ``dating``)
PUNCT_BREAK = re.compile(CLAUSE_COMMA + "|" + break_class(r";:()\"“”") + r"|\s[—–-]+\s")
# Where a clause stops for a date or a participle after it: a semicolon, a colon or a dash with spaces around it, not
# a comma ("vetoed ... on Saturday, drawing protests": ``dating``, ``trailing_participles``; and the break between
# "now" and the act it puts at the moment, ``aspect``)
CLAUSE_BREAK = re.compile(break_class(";:") + r"|\s[—–]\s|\s--?\s")
# The same, for an actor's reach in its act's clause, without the hyphen and typewriter's dash ("--"): ``roles``' own
# (a coordinated subject's hard floor), ``extract``'s (the recipient of aid after its act)
CLAUSE_STOP = re.compile(break_class(";:") + r"|\s[—–]\s")
# The words of a verb group before its verb (auxiliaries, have, be, adverbs, negation: "has not yet", "would
# never"), as one alternation with either apostrophe ("won't", "won’t"); the curly spellings of the list are the
# straight ones again.
VERB_GROUP = "|".join(sorted({w.replace("'", "['’]") for w in CUES["auxiliary"] + CUES["have"] + CUES["be"]
                              + CUES["adverb"] + CUES["negation"] if "’" not in w}, key=len, reverse=True))


# The word tokens of a sentence (``predicates._Tokens``, ``senses.possibility_group``): words ("couldn't" is "could"
# and "n't"), a clitic ("'s"), a typewriter's dash ("--"), a mark of punctuation. The word before "n't" is tried only
# where a run of word characters and hyphens reaches an "n't" (the look-ahead at its head): without it every word
# backtracked letter by letter looking for one, and the tokens of each sentence cost a quarter more (the same tokens:
# tests/test_pattern_openings.py)
WORD_TOKEN = re.compile(r"(?=[a-z0-9-]*n['’]t\b)[a-z0-9]+(?:-[a-z0-9]+)*(?=n['’]t\b)|n['’]t\b|[a-z0-9]+(?:-[a-z0-9]+)*"
                        r"|['’][a-z]+\b|--(?!-)|[^\sa-z0-9]")


def phrases(name: str) -> re.Pattern:
    """One expression for a cue category of phrases (``event_cues.tsv``): ``(?<![\\w'])(?:phrases)(?![\\w'])``, written to open
    on the class of the phrases' first characters (``opening_class``, the same matches) when they open on a few letters
    only: searched over every sentence, such a pattern then costs about half; when they open on many, the class lets
    most letters of the text through and the plain form is cheaper (measured over the audit sample's sentences)."""
    alternatives = phrase_alternatives(CUES[name])
    if len({first_character(a) for a in alternatives}) <= _FEW_OPENINGS:
        return re.compile(opening_class(alternatives, r"[\w']") + r"(?![\w'])")
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


_FEW_OPENINGS = 6  # (six letters of 14,386 sentences: 0.037 against 0.043 s; eight: 0.056 against 0.047 s)


FRAME_ADJUNCT = frozenset(CUES["frame_adjunct"])  # words that open a reporting frame's own adjunct
CONDITION = phrases("condition")  # "if", "unless": a condition's opening word
