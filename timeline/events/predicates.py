"""How each predicate of a sentence reads in its clause.

A trigger from the lexicon (``triggers.py``) is only a candidate. In its
sentence it may be

- a verb heading its clause ("Antonov met with ..."), or under another
  predicate: an infinitive ("agreed to work closely"), a subordinate clause
  ("after a special court cleared him", "a plan that will not allow"), a
  participle clause (", killing about 20 people"), a reduced relative ("the
  Syrian regime, backed by the Russian Government"): ``embedded``;
- a noun: an event when a light verb takes it ("held talks", "announced a
  package of security assistance"), when an agent owns it ("Fico's visit",
  "the attack by Hamas") or when a date dates it (decided in ``extract``);
  not an event when it is a topic ("concerned about a chemical weapons
  attack", "the possibility of an offensive") or hypothetical ("a potential
  offensive");
- a state, not an event: the simple present passive ("that's obviously
  supported by Russian forces") and "as demonstrated";
- negated: a cooperative predicate under negation is a rejection when the
  negation refuses ("would not negotiate", "X and Y failed to reach a deal"),
  else no event ("did not discuss", "no sign of"); a negated hostile one is
  no event (which negation refuses is decided in ``senses.py``);
- passive ("was attacked by X": X is the agent);
- inside a quotation, or part of an actor's name ("the United States",
  "UN Support Mission"): never the event.

Whether a trigger word is the act at all in its sentence (a threat or a danger, a
call or "called on", a verb or a noun) is decided in ``senses.py``; whether an event
noun is owned, a topic, a modifier or part of a name in ``nouns.py``; what a
reporting verb frames and which predicate the sentence reports in ``speech.py``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..cue_words import break_class, run_class
from ..actors import ActorMention
from ..actors.mention import SpanIndex
from ..actors.gazetteer import GAZETTEER, phrase_alternation
from . import nouns, promised_adjectives, senses, siege_states
from .conditions import conditions
from .described_as import described_saying
from .lead_ins import lead_in
from .cues import (ADVERBS, AUXILIARY, BE, BOUNDARY, CONDITION, CUES, DETERMINERS, FAILURE, HAVE, LIGHT, LIGHT_PROGRESSIVE, NEGATION, PLAN_TO,
                   PRONOUNS, REPORT_OBJECT, SUBORDINATORS, TOPIC, WORD_TOKEN, month_may, phrases)
from .summit_meetings import names_summit
from .host_welcome import welcomed_to_place
from .travel import travel_sense
from .triggers import DEFINED, TYPES, Trigger, event_type as type_info

_AVOIDED = re.compile(r"\b(?:%s)\s+$" % "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in CUES["avoidance"]))
_PREVENTED = re.compile((r"\b(?:%s)\b" + run_class(r".;:!?") +
                        r"{0,100}\bfrom\s+$") % "|".join(map(re.escape, CUES["prevention"])))
BE_PRESENT = frozenset(CUES["be_present"])
PLAN_LIGHT = frozenset(CUES["plan_light"])
# speech acts whose participle takes an object ("accusing Damascus of ..."; ``communicated``: a message it types)
CHARGING_PARTICIPLE = frozenset({"accuse", "demand", "reject", "threaten"})
MEASURE_NOUNS = frozenset(CUES["measure_noun"])  # "packages of": what a light verb takes the noun through
PLAN_VERB_HEADS = tuple(CUES["plan_verb_head"])  # "drawing up": a verb trigger that prepares its act
_PLAN_VERB_OPENINGS = tuple(head + " " for head in PLAN_VERB_HEADS)  # (one ``startswith`` of them all: ``_status``)
ARMED = frozenset(CUES["armed"])
VICTIMS = frozenset(CUES["victim"])
ARMED_VICTIMS = frozenset(CUES["armed_victim"])
EXPELLED = frozenset(CUES["expelled_person"])
# light verbs of keeping what others give: "maintain support of X" is the backing of X (event_cues.tsv: kept_backing)
_KEPT_BACKING = frozenset(CUES["kept_backing"])
_PARTICLES = frozenset(CUES["passive_particle"])
_ADDED = frozenset({"added"})  # a reporting verb whose passive is never a saying ("was added to the list")
# the verbs of a condemnation drawn from others ("have drawn increasing condemnation from the West"): the verbs of
# event_triggers.tsv's "drew ... condemnation from" row (its ``drawing``, an alternation of words)
DRAWING = frozenset(DEFINED["drawing"].removeprefix("(?:").removesuffix(")").split("|"))
_BOMB = phrases("bomb")  # a bomb named after a killing makes it an assault whoever the victims are
_SHOOTING = frozenset(CUES["shooting_verb"])  # the verbs of killing that fighting uses too (not "tortured", "executed")
WEAPON_SUBJECTS = frozenset(CUES["weapon_subject"])
CROWDS = frozenset(CUES["crowd"])
RAIDS = frozenset(CUES["raid"])
SUPPRESSING = frozenset(CUES["suppressing_verb"])  # one word or a phrasal verb ("put down", "stamping out")
DISSENT = frozenset(CUES["dissent"])
GATHERINGS = frozenset(CUES["gathering"])
CIVIL_TARGETS = frozenset(w for w in CUES["civil_target"] if " " not in w)
_ATTACK_NOUNS = frozenset(CUES["attack_noun"])
_BOMBARDING = frozenset(CUES["bombarding"])
_POPULATED = frozenset(CUES["bombarded_place"])  # populated_place and its own (siege_states._INHABITED)
_ARMED_SIDE = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % phrase_alternation(sorted(CUES["armed_side"], key=len, reverse=True)))
# a name right after a verb of bombarding ("shelled Latakia", "bombarded Homs"): one to three capitalised
# words, read as a place when the gazetteer or place_names.txt knows it
_OF = re.compile(r"\s+of\b")
_NAME_AFTER = re.compile(r"\s+(?:into\s+)?([A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){0,2})")
_TARGETING = re.compile(r"\s+(?:on|against|targeting|that\s+targeted|which\s+targeted)\s+")
# "... to (try to) crush protests": the purpose of an act of force, up to the object of its verb of putting down
_TO_SUPPRESS = re.compile(r"\bto\s+(?:try\s+to\s+|help\s+|attempt\s+to\s+)?" + phrases("suppressing_verb").pattern
                          + r"\s+((?:[\w'’-]+\s*){1,5})")
# coercion's verb of putting down that, with protest or dissent as its object, is force on it (``armed``)
_QUELL = re.compile(r"quell(?:ed|s|ing)?\b")
# a participle set off by a comma after a clause's purpose, telling what the act did (", killing up to 30,000 people")
_DONE_PARTICIPLE = re.compile(r",\s+(\w+ing)\b")
_SENTENCE_STOP = re.compile(r"[.;:!?]")  # where a clause's participles end, for ``_purpose_done``
# an aside between commas: an apposition or a relative clause inside a clause, not a clause of its own
_COMMA_ASIDE = re.compile(r"," + run_class(r",;:.!?") + r"{1,120},")
PERFORMATIVE = frozenset(CUES["performative"])
ORDINALS = frozenset(CUES["ordinal"])
AGREED_TO = frozenset(CUES["agreed_to"])
_AGREED_COOPERATION = re.compile(r"\s+to\s+(?:(?:further|jointly|also|more|fully)\s+)*" + phrases("agreed_cooperation").pattern)
# "committed to meeting again this summer and continuing to build on existing frameworks of cooperation": a second
# object of a commitment, coordinated in its clause, that keeps up joint work (events/joint_work.py, committed_joint_work)
# what follows "committed to" when the commitment is to a cause (events_gold.md rule 7 (c)): a ``committed_cause`` word,
# meeting goals ("are committed to meeting the goals of the Paris Agreement", events_gold_fresh13 #36), or the fight
# against climate change ("committed to fight climate change and build net-zero economies", events_gold_fresh15 #25)
_COMMITTED_CAUSE = re.compile(r"\s+(?:(?:fully|firmly|strongly|also)\s+)?(?:(?:%s)(?![\w-])|meeting\s+(?:the|its|our|their)\s+"
                              r"(?:[\w-]+\s+)?(?:goals?|targets?|objectives?)\b|(?:fight|fighting|combat|combating|tackle|"
                              r"tackling)\s+(?:the\s+)?climate\b)" % "|".join(CUES["committed_cause"]))
AND_COOPERATION = re.compile(run_class(r";:.!?") +
                             r"{1,80}?,?\s+and\s+(?:to\s+)?(?:(?:further|jointly|also|more|fully)\s+)*"
                             + phrases("agreed_cooperation").pattern)
PLAN_ADJECTIVES = frozenset(CUES["plan_adjective"])
# words that end a plan adjective's phrase: a noun after them is not the one it calls planned ("ahead of upcoming
# elections after talks with Putin": not the talks)
_PLAN_PHRASE_BREAK = frozenset(CUES["coming_phrase_break"])
FUTURE = frozenset(CUES["planned_modal"])  # "will", "won't", "may": the act is planned

# "the (continued) strength of our bilateral relationship": an evaluation of a relationship, up to the end of its phrase
# ("the importance of the strong U.S.- Kenya bilateral relationship": a period inside an abbreviation goes on; "the
# importance we place on the U.S.-Costa Rica partnership": the value someone places on it)
_EVALUATION = re.compile(r"\s+(?:the|our|their|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:" + phrases("evaluation").pattern
                         + r")\s+(?:of|(?:that\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)?\s+(?:places?|placed|attach|attaches|attached)\s+"
                         r"(?:on|to))\s+(?:[^,;.]|\.(?=\S)){0,80}?" + phrases("relation").pattern)
# ... but the importance of joint work on something is a point on that policy, not an evaluation of the partnership:
# "underscored the importance of continued cooperation on the advancement of gender equity", "the importance of strategic
# economic and investment cooperation" (events_gold_fresh15 Trudeau #38, fresh18 Jeddah #13 against #6 "the importance of
# continuing to strengthen their strategic partnership"); "of cooperation between/with" is the relationship itself
_JOINT_WORK = re.compile(r"\s+the\s+importance\s+of\s+(?:[a-z-]+\s+){0,4}?(?:cooperation|collaboration)\b"
                         r"(?!\s+(?:between|with)\b)")
# "reaffirmed our defense partnership and ...", "reaffirmed the growing partnership between the United States and the
# UAE", "... with Canada": the relationship itself affirmed
# ("acknowledged the close and decades-long cooperation in their nations' shared mission", "highlighted the extensive and
# enduring educational, cultural, and health partnerships between the two countries": a list of modifiers with commas,
# but no need, purpose or clause of its own before the noun: "highlighted the need for a new partnership" is a statement)
_RELATION_OBJECT = re.compile(r"\s+(?:the|our|their|its|this|that)\s+(?:(?!(?:need|needs|to|for|that|which|of|in|on|over|about|with|between|among|within|despite|after|before)\b)"
                              r"[\w.’'-]+,?\s+){0,7}?" + phrases("relation").pattern
                              + r"(?=\s*(?:[,;.]|$)|\s+(?:and|as|between|with|in)\b)"
                              # "underscored that the U.S.-ROK Alliance remains the linchpin of peace": affirmed as lasting
                              r"|\s+that\s+(?:the|our|their|its)\s+(?:[\w.’'-]+\s+){0,3}?" + phrases("relation").pattern
                              + r"\s+(?:remains|remained|continues|continued|is|was|(?:has|have)\s+been)\s+(?:the|a|an|to\s+be)\b")
# the verbs that affirm a relationship named as their object; the emphasis verbs as "underscored" ("The two sides
# emphasized their mutual cooperation in the field of cybersecurity", "stressed that the partnership has been a
# cornerstone of regional security": support, events_gold_fresh18 Jeddah #8, #32, #35)
_AFFIRMERS = frozenset({"affirmed", "affirms", "reaffirmed", "reaffirms", "reaffirm", "re-affirmed", "re-affirms",
                        "reconfirmed", "reconfirms", "reconfirm",
                        "underscored", "underscores", "highlighted", "highlights", "celebrated", "celebrates",
                        "acknowledged", "acknowledges", "emphasized", "emphasised", "emphasizes", "emphasises",
                        "stressed", "stresses", "underlined", "underlines"})
# "reiterated their resolve to (continue to) impose costs": the act resolved on, after "to"
_RESOLVE = re.compile(r"\s+(?:the|our|their|its|his|her|this)\s+(?:[\w-]+\s+){0,2}?(?:%s)\s+to\s+(?:continue\s+to\s+)?"
                      % "|".join(CUES["resolve"]))
# "commitment to working closely with Kenya", "commitment to continued close consultation and coordination with", "commitment
# to maintain an active bilateral dialogue", "commitment to deepening the extensive security cooperation": a commitment
# to joint work, cooperation (event_cues.tsv joint_work)
_ALT = phrase_alternation
_JOINT_COMMITMENT = re.compile(
    r"\s+to\s+(?:(?:%s)\s+)*(?:" % _ALT(CUES["joint_work_modifier"])
    + r"(?:%s)\s+(?:(?:more\s+)?closely\s+|hand\s+in\s+hand\s+)?(?:together|with|alongside)\b" % _ALT(CUES["joint_work"])
    + r"|(?:%s)(?:\s+and\s+(?:%s))?\s+(?:(?:closely|together)\s+)?with\b" % (_ALT(CUES["joint_work_with"]),
                                                                           _ALT(CUES["joint_work_with"]))
    + r"|(?:%s)\s+(?:[\w’'-]+\s+){0,3}?(?:%s)\b)" % (_ALT(CUES["agreed_cooperation"]), _ALT(CUES["joint_work_object"])))
# the meeting types: what a stay may be for ("in Doha for talks"); what has a venue (``places``: a call has none)
MEETING_TYPES = frozenset({"meeting", "talks", "summit"})
# the consult family's types: the meeting types, a visit and a call (``called_off``, ``readout_topics``,
# ``readout_counterparts``)
CONSULT_TYPES = MEETING_TYPES | {"visit", "call"}
_OTHER_VERB = re.compile(r"\b(?:[a-z]{2,}ed|it|them|him|her|this|that)\b")  # between a light verb and its quoted noun
_JOINED = frozenset(CUES["joined_forces"])  # "joined forces on a veto": the verb before "forces" that takes the noun
_ENGAGED_IN = frozenset(CUES["engaged_in"])  # verbs that take an event noun through "in": "engaged in intensive talks"
_RESORTED_TO = frozenset(CUES["resorted_to"])  # "resorting to a harsh security crackdown"
_STEPPED_UP = frozenset(CUES["stepped_up"])  # "have stepped up their offensive"
_PRESSED_ON = frozenset(CUES["pressed_on"])  # "has pressed ahead with the crackdown"
COMMITMENT_NOUNS = frozenset(CUES["term_noun"])  # "commitment", "commitments"
# the object "(our combined) efforts to" after a verb of joint work or commitment ("enhance our efforts to",
# "commit to redoubling our combined efforts to"): what follows is the efforts' purpose
_EFFORTS_TO = re.compile(r"\s+(?:to\s+)?(?:[\w’'-]+\s+){0,3}?efforts?\s+to\s+")
_CLAUSE_BREAK = re.compile(break_class(r",;:.!?()"))
# a commitment to give: "reaffirmed their commitment to providing critical assistance to the Ukrainian people", "commit
# to continue providing assistance to Ukraine" (events_gold.md rule 7 (d): aid; the blind set's "commitment to ...
# provide security and economic assistance")
_GIVING_COMMITMENT = re.compile(r"\s+to\s+(?:(?:continue|continuing|keep|keeping)\s+)?(?:(?:further|also|fully)\s+)?"
                                r"(?:provide|providing|deliver|delivering)\s+(?:[\w-]+\s+){0,3}?(?:assistance|aid|support)\b")
# what a commitment is to, right after it: "commitment to (continue to) hold ...", "commit to imposing ..."
_COMMITTED_TO = re.compile(r"\s+to\s+(?:(?:continue|continuing|keep|keeping)\s+(?:to\s+)?)?(?:(?:further|also|fully)\s+)?")
# a condition on the target after a sanction committed to: "imposing further costs on Russia until Putin ceases his
# aggression" (events_gold.md rule 12: a sanction held out on a condition is a threat)
_ON_CONDITION = re.compile(run_class(r".;:") + r"{0,80}?\b(?:until|unless|if|as\s+long\s+as|so\s+long\s+as)\b")
# a relationship itself as what is committed to ("committed to our partnership in the Counter Ransomware Initiative"):
# support, as a commitment to a partnership is (events_gold.md rule 7), not joint work
_RELATION_HEAD = re.compile(r"\s+(?:our|their|the)\s+(?:[\w-]+\s+){0,2}?(?:partnership|partnerships|relationship|alliance|friendship)")
_COMMITTED_NP = re.compile(r"\s+(?:the|our|their|its|his|her|this|these|[A-Z][\w.-]*[’']s)\s")  # a noun phrase after "committed to"
_AGREED_ON = re.compile(r"\s+(?:on|upon)\s+" + phrases("agreed_on").pattern)
# what is agreed or concurred on, told as a noun phrase: "agreed on cooperation in economic security", "concurred on
# closer coordination"; an interpreter's "concurred" takes it with no preposition too ("we also concurred at once
# realistic and effective efforts on nuclear disarmament", events_gold_fresh23 #26); its head within five words
# (adjectives and "at once" before it), a noun of joint work or "efforts" of both (events_gold.md rule 30 (l), rule 7 (b))
_AGREED_OBJECT = re.compile(r"\s+(?:(?:on|upon)\s+)?(?:(?!(?:that|to|with|in|but|which|who)\b)[\w-]+\s+){0,5}?"
                            r"(?:efforts|(?=co-?operation|co-?ordination|collaboration|joint\s))")
_OBJECT_NEEDS_ON = re.compile(r"\s+(?:on|upon)\b")
_EVALUATORS = REPORT_OBJECT | frozenset({"highlighted", "highlights", "recognized", "recognised", "celebrated", "celebrates"})
_QUOTES = "\"“”"
_QUOTE_MARK = re.compile(f"[{_QUOTES}]")  # one quotation mark (found by the regex engine, not char by char)
_HELD = re.compile(r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|will\s+be|would\s+be)\s+(?:held|convened|organi[sz]ed|hosted|"
                   r"conducted|staged|launched|signed|concluded|reached)\b|(?:will|would|is\s+to|are\s+to|is\s+due\s+to|"
                   r"are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)?\s*"
                   r"(?:take|took|takes)\s+place\b)")  # ("the next round of consultations will take place in April")
# a meeting noun a relative clause or an infinitive says is held: "the second Global COVID-19 Summit, which will be
# held virtually on May 12", "the NATO Summit, which takes place in Vilnius": the clause tells the meeting as "a summit
# was held" does (only a meeting's noun: "the resolution, which was adopted on Monday" is no act of the noun's own
# here). Not "the next Global Coalition to Defeat ISIS ministerial meeting to be held in Saudi Arabia": its agent is
# the body before the noun, which the actors do not resolve, and a row of the authors' was wrong (fresh18 participants)
HELD_AFTER = "held after"  # the rule of a meeting noun ``_HELD_AFTER`` makes a verb
_HELD_AFTER = re.compile(r",\s+(?:which|that)\s+(?:was|were|is|are|has\s+been|have\s+been|will\s+be|would\s+be|is\s+to\s+be)"
                         r"\s+(?:held|convened|hosted)\b|,\s+(?:which|that)\s+(?:will\s+)?(?:take|takes|took)\s+place\b")
# a noun made by a passive verb with its maker after "by" in the clause: "New sanctions were imposed by the European
# Union on Monday", "The statement was issued by the Kremlin" (event_cues.tsv: made_by)
_MADE_BY = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
                      r"(?:(?:%s|[a-z]+ly)\s+)*" % "|".join(sorted(ADVERBS)) +
                      (r"(?:%s)\b" + run_class(r",;:()\"“”") +
                      r"{0,40}?\sby\s") % "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                                  for w in CUES["made_by"]))
_AFTER_PARTICIPLE = frozenset({"in", "on", "at", "by", "during", "last", "earlier", "today", "yesterday", "this",
                               "since", ",", ".", ";", ")"})
_CONJUNCTIONS = frozenset({"and", "or", "but", "then"})
# support told as a second object of a verb whose object is the act, after "and" or an aside "too" and a possessive ("We
# wholeheartedly reaffirm ASEAN centrality and unity and our support for the ASEAN-led regional architecture", "We
# reaffirm, too, our support of Pacific Island countries"): that verb takes the support, past the first object's words
# (on the lowered text, within the clause: no stop, semicolon or colon between, no comma but the aside's)
_COORDINATED_SUPPORT = re.compile((r"(?<![\w-])(?:%s)(?:\s" + run_class(r",;.:") +
                                  r"{1,60}?\sand|,\s*too,)\s(?:our|their|its|his|her)\s+"
                                  r"(?:[\w-]+\s+){0,2}$") % "|".join(sorted(REPORT_OBJECT, key=len, reverse=True)))
# a verb phrase that holds its own object ("opened fire on protesters", "set fire to"): active, never a reduced relative
# (event_cues.tsv: own_object)
_OWN_OBJECT = re.compile(r"\s(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in CUES["own_object"]))
# "quoted Foreign Minister Walid al-Moualem as saying on Monday": the verb has its object (the one quoted), no reduced
# relative; not "was quoted on Saturday as saying", "quoted by media as saying" (subjects.speakers)
QUOTED_OBJECT = re.compile(r"quoted\s+(?!(?:by|as|on|in|at|late|early|earlier|later|last|this|today|yesterday|again|also|"
                           r"widely|repeatedly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)")
# verbs of starting or going on whose gerund is the act itself: "had started providing", "began shelling"
_ASPECTUAL = frozenset({"started", "starts", "start", "began", "begun", "begins", "begin", "continued", "continues",
                        "continue", "kept", "keeps", "resumed", "resumes"})
_INTRANSITIVE = frozenset(CUES["intransitive"])  # "people demonstrated in Jassem": no reduced relative
# an act's noun that after a comma and before "that", "of" or "against" is a participle (event_cues.tsv: participle_noun)
_PARTICIPLE_NOUNS = frozenset(CUES["participle_noun"])
_PARTICIPLE_NOUN_NEXT = frozenset(CUES["participle_noun_next"])
# force nouns that are a verb's -ing form too: after "is", "are", "were", "have been" they are its progressive
_PROGRESSIVE_FORCE = frozenset({"fighting"})
# what the progressive's subject is when it is no actor: a third-person pronoun (not "we": a speaker's own stance)
_PROGRESSIVE_SUBJECT = frozenset({"he", "she", "they", "it", "who"})
# ... and of any other -ing trigger read as a noun ("a meeting", "funding"): the speaker's "we" and "I" too ("We're
# meeting with Japan", "I've been meeting with"), whom a transcript's turn or a quotation's speaker names
_PROGRESSIVE_ANY_SUBJECT = _PROGRESSIVE_SUBJECT | {"we", "i"}
# the contracted "be" of a progressive ("we’re meeting", "I'm meeting"; ``cues.BE`` holds "'s" only)
_CONTRACTED_BE = frozenset({"'re", "’re", "'m", "’m"})
# "'s" is "is" only after a pronoun ("he's meeting"), else a possessive ("the Vice President’s meeting with")
_CLITIC_S = frozenset({"'s", "’s"})
# the -ing triggers read as nouns that are also a verb's progressive (event_cues.tsv progressive_noun)
_PROGRESSIVE_NOUNS = frozenset(CUES["progressive_noun"])
# a speaker's own side as the subject of what it says it is fighting: "says it is fighting armed gangs", "insists his
# troops are fighting", "we are fighting terrorists": a stance, the saying's (``speech.enemy_label``), no act of force
_OWN_SIDE = re.compile(r"\b(?:it|we|they|he|(?:its|his|their|our)\s+[\w\s-]*)$")
_VERB_ONLY_EITHER = frozenset(CUES["verb_only_either"])  # "no sign of": an indication, no signing
_CONSEQUENCE = re.compile((r"\s+that\s+" + run_class(r".;:!?") +
                          r"{0,120}?\b(?:%s)\b") % "|".join(sorted(CUES["modal"], key=len, reverse=True)))
# a complement that a passive participle's trigger ends with: "have been declared persona non grata by ...", and the
# object a passive of "deny" keeps: "she has been denied entry into Syria" (she is the one denied)
_COMPLEMENT = re.compile(r"\spersonae?\s+non\s+gratae?$|\sentry$")
_RECEIVE = frozenset(CUES["receive"])  # "received", "receives": a meeting only with a guest (event_cues.tsv)
_CONTENT_REACH = 60  # characters after a signed instrument where the act it orders is named ("imposing new sanctions")
# "killed at least 25 people", "arrested more than 100": an object follows, so an active verb, not a reduced relative
_QUANTITY = re.compile(r"\s+(?:at\s+least|at\s+most|more\s+than|up\s+to|over|nearly|almost|about|some|around)\s+"
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|scores|hundreds|thousands)\b")
_AS_PHRASES = {("a", "result"), ("part", "of"), ("a", "consequence"), ("a", "whole"), ("a", "key")}
_IRREGULAR_PARTICIPLES = frozenset({"put", "laid", "held", "met", "struck", "fought", "shot", "hit", "sent", "led", "made", "taken",
                                    "seen", "beaten", "withdrawn", "overrun", "retaken", "frozen", "seized", "told",
                                    "signed", "hosted", "backed", "killed", "supported"})
SPEECH_ACTS = frozenset({"demand", "accuse", "reject", "threaten", "support"})
SPEECH = SPEECH_ACTS | {"statement"}  # acts of speech: said, demanded, condemned, welcomed ...
COOPERATIVE = frozenset({"consult", "agree", "cooperate", "aid", "support", "concede", "investigate"})
HOSTILE = frozenset({"demand", "accuse", "reject", "threaten", "protest", "mobilize", "sanction", "coerce", "military"})
# acts of force: the dateline is not where they were (``extract``), and a quoted witness reports them (``speech``)
FORCE_FAMILIES = frozenset({"military", "mobilize", "coerce"})
FORCE_TYPES = frozenset({"assault", "military"})  # the event types of force done to someone (not families)
# families of acts a state does (as against speaking, meeting or backing someone): in a transcript, a leader's "we"
# doing one is the leader's country (extract), and one a speaker tells in the past is recalled, not of the day (recalled)
STATE_FAMILIES = frozenset({"aid", "agree", "cooperate", "concede", "sanction"}) | FORCE_FAMILIES


def gerund_of(p: Predicate, low: str) -> bool:
    """Is ``p`` a verb in "-ing" used as a noun with its object after "of" ("the killing of 10 protesters")?"""
    return p.form == "verb" and p.embedded and " " not in p.trigger.text \
        and p.trigger.text.lower().endswith("ing") and low.endswith("the ", 0, p.trigger.start) \
        and low.startswith(" of ", p.trigger.end)


# each event type's family by its name (``Predicate.family``)
_FAMILY = {name: info.family for name, info in TYPES.items()}


@dataclass(frozen=True, slots=True)
class Predicate:
    """One predicate as it reads in its sentence."""

    trigger: Trigger
    type: str  # the event type after context (negation, light verb, reported speech act)
    form: str  # "report" | "verb" | "noun"
    status: str  # "reported" | "planned"
    start: int  # where its verb group starts (a light verb, "will", the trigger)
    embedded: bool = False  # under another predicate: infinitive, subordinate or participle clause
    quoted: bool = False
    passive: bool = False
    negated: bool = False
    topic: bool = False  # a noun that says what something is about, or a hypothetical one
    owned: bool = False  # a noun with an agent: "Fico's visit", "the attack by Hamas"
    rule: str = "lexicon"  # how the type was decided

    @property
    def end(self) -> int:
        return self.trigger.end

    @property
    def reporting(self) -> bool:
        return self.form == "report"

    @property
    def family(self) -> str:
        family = _FAMILY.get(self.type)  # (asked a quarter of a million times in a 460-article build)
        return family if family is not None else type_info(self.type).family

    def first_word(self, low: str) -> str:
        """The first word of its verb group: a light verb, an auxiliary or the trigger's ("has" of "has suspended",
        "gave" of "gave our warnings"). ``low``: the article's text lower-cased."""
        return low[self.start:self.end].split()[0]

    def gerund(self, low: str) -> bool:
        """Does its verb group open with a gerund ("after suspending Syria's membership", "a day after shooting dead 22
        people", "by banning websites")?"""
        return self.first_word(low).endswith("ing")

    def rank(self) -> tuple:
        """Lower is more likely to be what the clause reports: a verb heading the clause, a stronger
        act before a mere statement ("voiced our concerns ... and called on Russia to": a demand)."""
        noun = self.form == "noun"
        return (self.quoted, self.topic, noun and not self.owned, self.embedded, self.type == "statement", noun,
                self.trigger.start)


# the words that open another clause before a crowd noun ("after 21 protesters were shot dead"): nine of the
# subordinators (the whole list would change which crowds are read as their clause's agent)
# what stands before a noun phrase and never before a clause's subject: "killed in Syrian army raids", "during a Syrian
# army raid" (a preposition or an article right before the actor that modifies the noun)
_NOUN_PHRASE_LEAD = re.compile(r"(?:^|\W)(?:in|during|of|from|amid|a|an)\s+$")
# victims killed in an act of force named after them: "12 civilians were killed in security force raids", "six inhabitants
# were killed in raids by", "one person was shot dead during an army raid"
_KILLED_IN = re.compile(r"\b(?P<victim>[a-z]+)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
                        r"(?:killed|shot\s+dead|shot|wounded|injured)\s+(?:overnight\s+|today\s+)?(?:in|during)\s+"
                        r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$")
_CROWD_CLAUSE = frozenset({"after", "before", "when", "while", "as", "since", "until", "because", "if"})
# the fire whose agent comes after "from" or "by", as the subject of a verb of force: "Intense shelling from Syrian troops
# pounded the district" is the shelling's act (``roles.gerund_agent``), the verb only says where it fell
_FIRE_SUBJECT = re.compile(r"\b(?:shelling|bombardment|bombing|shellfire|artillery\s+fire|tank\s+fire|gunfire|fire)\s+"
                           r"(?:from|by)\s+(?:[\w'’.-]+\s+){1,5}$")
_CROWD_PREPOSITIONS = frozenset({"on", "against", "at", "with", "to", "for", "by", "among", "upon", "toward",
                                 "towards"})
# an opening "After"/"Following" before a light verb in -ing ("After holding talks with X, Y said")
_OPENING_GERUND = re.compile(r"[\s\"“]*(?:after|following)\s+")
# a verb of founding before the capitalised name of the body it sets up ("We will also launch an annual Trilateral
# Indo-Pacific Dialogue"): the parties' agreement (event_triggers.tsv, form J), not talks of their own (fresh19
# Camp David #15, one row); a dialogue with someone launched stays talks ("launch a dialogue with the opposition")
_FOUNDING = re.compile(r"(?:launch|launches|launched|launching|establish|establishes|established|establishing|create|"
                       r"creates|created|creating)\s")


_QUOTE_CLOSE = re.compile(r"[\"”]")  # a quotation mark between a modal and a verb: the modal is inside the quote


class _Tokens:
    """The word tokens of one sentence, with offsets into the text."""

    def __init__(self, low: str, start: int, end: int, text: str | None = None):
        found = list(WORD_TOKEN.finditer(low, start, end))
        self.words: list[str] = [m.group() for m in found]
        self.starts: list[int] = [m.start() for m in found]
        self.ends: list[int] = [m.end() for m in found]
        # the tokens "may" that are the month ("in May", "May 5"): no modal (``cues.month_may``)
        self.months: frozenset[int] = frozenset(
            i for i, w in enumerate(self.words) if w == "may" and text is not None and month_may(text, self.starts[i])
        ) if "may" in self.words else frozenset()  # (most sentences have no "may": no pass over their words)

    def modal_words(self, i: int, j: int) -> list[str]:
        """The words of tokens ``i`` to ``j`` with the month "May" left out (no modal: "In May, Turkey suspended")."""
        return [w for k, w in enumerate(self.words[i:j], i) if k not in self.months]

    def index(self, pos: int) -> int:
        """The index of the token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def before(self, pos: int, skip_adverbs: bool = True) -> tuple[int, str]:
        """The token before ``pos`` (skipping adverbs, and the commas between them: "The United States fully,
        fully, fully supports"), as (index, word); (-1, "") at the start."""
        i = self.index(pos) - 1
        words = self.words
        while i >= 0 and skip_adverbs:
            w = words[i]  # (the test of ``_adverb`` inline: this runs for every token before every trigger)
            if not (w in ADVERBS or w.endswith("ly") and len(w) > 4
                    or w == "," and self._adverb(i - 1) and self._adverb(i + 1)):
                break
            i -= 1
        return (i, words[i]) if i >= 0 else (-1, "")

    def _adverb(self, i: int) -> bool:
        w = self.words[i] if 0 <= i < len(self.words) else ""
        return w in ADVERBS or w.endswith("ly") and len(w) > 4


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of the sentence (a quote may have opened in an earlier sentence)."""
    marks = [(m.start(), m.group()) for m in _QUOTE_MARK.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    if not marks:
        return spans
    straight = [i for i, ch in marks if ch == '"']
    curly = [(i, ch) for i, ch in marks if ch != '"']
    if straight:
        first = straight[0]
        if len(straight) % 2 == 1 and first > start and text[first - 1] in ",.!?":
            spans.append((start, first))  # 'risk," Nauert said': the quote opened before this sentence
            straight = straight[1:]
        for k in range(0, len(straight), 2):
            spans.append((straight[k], straight[k + 1] if k + 1 < len(straight) else end))
    opened = None
    for i, ch in curly:
        if ch == "“":
            opened = i if opened is None else opened
        elif opened is not None:
            spans.append((opened, i))
            opened = None
        else:
            spans.append((start, i))
    if opened is not None:
        spans.append((opened, end))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def in_quotation(text: str, pos: int, spans: list[tuple[int, int]], earlier: bool = True) -> bool:
    """Is ``pos`` inside one of the quotations ``spans`` (``quoted_spans`` of its sentence)? ``earlier``: a quotation
    that opened in an earlier sentence counts too (a span that opens at no quote mark of this sentence)."""
    return any(s <= pos < e and (earlier or text[s] in _QUOTES) for s, e in spans)


SCARE_QUOTE_WORDS = 3  # words at most in scare quotes ("a rare "double veto""), not a quotation


def _scare_quote(text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside a quoted stretch of a few words, the writer's scare quotes rather than a quotation?"""
    return any(s <= pos < e and len(text[s:e].split()) <= SCARE_QUOTE_WORDS for s, e in spans)


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 4)


_TENSED = (AUXILIARY - {"to", "not", "n't", "n’t"}) | BE | HAVE


# what may stand between "and"/"but" and the main clause's second past verb: its subject again as a pronoun, its
# auxiliary, "also" ("since March but he has also promised reforms")
_BACK_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_BACK_GROUP = frozenset({"has", "have", "had", "also"})


def _back_to_main(words: list[str], verb: str) -> bool:
    """After a subordinator, does "and" (or "but") + a past verb return to the main clause? Only when the
    subordinate clause before the "and" has no tensed verb of its own for it to join ("demanded that the world act to
    stop the carnage and warned", "has shelled Homs since Friday and arrested", "has sent troops since March but he has
    also promised reforms"; not "said that troops entered the city and killed", "that they would meet and discussed")."""
    if not _participle(verb) or "," in words:
        return False
    j = max((i for i, w in enumerate(words) if w in ("and", "but")), default=-1)
    if j < 1:
        return False
    tail = words[j + 1:]
    if tail[:1] and tail[0] in _BACK_PRONOUNS:
        tail = tail[1:]
    if any(w not in _BACK_GROUP for w in tail):
        return False
    return not any(w in _TENSED or _participle(w) for w in words[:j])


def _clause_start(tokens: _Tokens, i: int) -> int:
    """The index of the first token of the comma-delimited stretch holding token ``i``. An ellipsis ("...", "…") ends a
    stretch as a comma does: wire copy cuts a quotation with one where a clause ends ('"As for the threat of a military
    action... any action against Syria will have greater consequences," he said': "as" opens no clause of "have")."""
    j = i - 1
    while j >= 0 and tokens.words[j] not in BOUNDARY and tokens.words[j] != "…" \
            and not (tokens.words[j] == "." and j > 0 and tokens.words[j - 1] == "."):
        j -= 1
    return j + 1


# an object that says nothing was given: "offered no blueprint" (not "no longer", "no doubt that")
_NONE_GIVEN = re.compile(r"\s+no\s+(?!longer\b|doubt\b|less\b|more\b)[a-z]")
# a subject that negates its verb: "neither side has formally acknowledged", "no-one has explained"
_NEGATED_SUBJECT = re.compile(r"\b(?:neither|no)[\s-]+[a-z]+\s+(?:(?:has|have|had|was|were|is|are|will|would|can|could|did|"
                              r"does|do)\s+)?(?:[a-z]+ly\s+)?$")


_DRAFTS = frozenset(CUES["draft_noun"])
_DRAFT_STOP = re.compile(r"[;.]|,\s*(?:but|and|while|despite|as)\b|\b(?:which|who|after|before|because|when)\b")


# the words of a trade barrier in a concession's trigger ("eliminate tariffs", "address ... barriers"; event_cues.tsv)
_TRADE_BARRIER = re.compile(r"\b(?:%s)\b" % "|".join(CUES["trade_barrier"]))


_BEFORE_DRAFT = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(_DRAFTS, key=len, reverse=True)))  # "sanctions resolution"


def tabled_draft(t: Trigger) -> bool:
    """Is ``t`` the tabling of a draft ("handed the U.N. Security Council a draft resolution", "have circulated a
    draft"): a proposal, a statement, whose words say what the body would do, not what its sponsors did?"""
    return t.type == "statement" and " " in t.text and t.text.rsplit(None, 1)[-1] in _DRAFTS


_NAME_GOES_ON = re.compile(r" (?:of )?[A-Z][a-z]")  # the next word of the name: "Support Forces", "Assistance Force"


# an adverb inside a perfect verb group ("has so far obstructed U.S. and European efforts for ..."): the verb is the
# perfect's participle, active, not a reduced relative. (Narrower than ``cues.PERFECT_ADVERBS``, aspect's, on purpose
# for now: with all of it "Ethnic Kurds have long complained of discrimination and staged violent protests against
# Assad" becomes the active perfect it is, fresh4's accuse 157#12, but the complaint then takes its counterpart from
# the coordinated clause, "against Assad", and fresh4's participant precision falls below its floor. Unify with a
# fix of that.)
_PERFECT_ADVERB = re.compile(r"\b(?:has|have|had)\s+(?:so\s+far|thus\s+far|already|repeatedly|also|now|just|twice)\s+$")
_CONCESSIVE = frozenset({"while", "whereas", "although", "though"})
_CLAIMS = frozenset(w for w in CUES["clause_saying"] if w.endswith("s"))  # "claims", "says", "insists"


def standing_claim(words: list[str], k: int, form: str, first: str) -> bool:
    """Is the subordinate clause a fronted concession whose verb is a present saying of its subject ("But while Syria
    claims to be putting the plan into action, there's little sign of it", bbc 58#8: a standing claim, rule 6), its
    subordinator ``words[k]`` opening the clause, and so the saying's own act, not an embedded one?"""
    return form == "report" and words[k] in _CONCESSIVE and first in _CLAIMS \
        and all(w in ("but", "and", "yet") for w in words[:k]) and 0 < len(words) - k - 1 <= 4 \
        and not any(w in SUBORDINATORS or w in (",", "that") for w in words[k + 1:]) \
        and words[k + 1] not in PRONOUNS  # (", although it insists ...": whose claim is the pronoun's reading)


# the crowd of a rally that backs someone, before the rally's word: "thousands of supporters of Mr Assad attended a",
# "thousands of Assad's supporters", "a pro-Assad", "a pro-government"
_SUPPORTERS = re.compile(r"(?:\bsupporters\s+of\s+(?:[\w.'’-]+\s+){1,4}?|['’]s?\s+supporters\s+|(?<![\w-])pro-[\w.'’-]+\s+)"
                         r"(?:[\w-]+\s+){0,3}$")


# "tens of thousands of Assad supporters rallied": a name right before "supporters", the name an actor's (``named``)
_NAMED_SUPPORTERS = re.compile(r"(?<![\w-])([\w.'’-]+)\s+supporters\s+(?:[\w-]+\s+){0,3}$")


# the words of a gathering that may back someone ("attended a rally", "a pro-Assad demonstration", "Assad's supporters
# marched", "took to the streets of Damascus"); a crowd of supporters that blocks roads or demands something protests
# ("About 200 supporters of former President Ahmed Ben Bella blocked roads ... demanding that he be reinstated": PLOVER
# PROTEST)
_RALLY_WORDS = frozenset({"rally", "rallies", "rallied", "rallying", "demonstration", "demonstrations", "gathering",
                          "gatherings", "marched", "marching", "took", "taking"})
_RALLY_DEMANDS = re.compile(r"\b(?:demand|demanding|demanded|demands|calling\s+for|called\s+for|to\s+protest|against)\b")
# the rule a crowd backing its leader is read by (set here; places.py and roles.py read it: one name, not three strings)
SUPPORTERS_RALLY = "supporters' rally"


def supporters_start(low: str, at: int, start: int, named: frozenset[int] | set[int] = frozenset()) -> int | None:
    """Where the supporters' phrase before the rally word at ``at`` starts, or None: is the protest word a rally of
    supporters ("In Damascus on Saturday, thousands of supporters of Mr Assad attended a rally", "Syrian television
    showed thousands of Assad's supporters rallying", "a pro-Assad demonstration of around 100 people", "tens of
    thousands of Assad supporters rallied", "Mr Assad's supporters took to the streets")? Backing is support, not
    protest (events_gold_fresh15 bbc-235#10, bbc-199#5: "The rallies of supporters ... are typed support"). Not
    "pro-democracy" protests, which are against the rulers. A bare word before "supporters" counts only when an actor's
    name ends there (``named``: the ends of the sentence's actors): "Assad supporters", not "opposition supporters".
    ``roles`` reads the phrase's start for the one backed."""
    m = _SUPPORTERS.search(low, max(start, at - 60), at)
    if m is None and named:
        m = _NAMED_SUPPORTERS.search(low, max(start, at - 60), at)
        if m is not None and m.end(1) not in named:
            m = None
    return m.start() if m is not None and "pro-democracy" not in m.group() and "pro-reform" not in m.group() else None


# a named place right after "seized" ("seized the Golan Heights", "seized Tripoli"), its capitalised words up to the
# next lower-case word or punctuation ("seized Syrian weapons" reads "Syrian", which names no place)
# the object of a seizure of power (rule 37): "seized power", "seized power in a coup" (not "seized power stations")
_SEIZED_POWER = re.compile(r"\s+power(?![\w'’-])(?!\s+(?:stations?|plants?|lines?|grids?|supplies)\b)")
_SEIZED_PLACE = re.compile(r"\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?![\w'’-])")


# a participle set off by a comma, perhaps after an adverb: "Hezbollah, supported by", "Lebanon, also backed by"
# (``backed_names._BACKED`` reads the same adverbs)
COMMA_SET_ADVERBS = r"also|now|largely|heavily|strongly|openly|reportedly|widely|long"
_COMMA_SET = re.compile(r",\s*(?:(?:%s)\s+)?$" % COMMA_SET_ADVERBS)


class PredicateReader:
    def __init__(self, text: str, low: str, start: int, end: int, actors: list[ActorMention], triggers: list[Trigger],
                 joint_we: bool = False):
        self.text, self.low, self.start, self.end = text, low, start, end
        self.joint_we = joint_we  # "we" is two or more parties: the signatories of a joint statement
        self.triggers = triggers  # the sentence's triggers
        # those that name an act by themselves: a joint trigger (form J: "strengthened", "aligned") is one only when
        # ``read`` finds it has a joint subject, so the readings that look for the act a resolve, an agreement or a
        # commitment is to ("reiterated their resolve to ...", "agreed to ...") pass over it
        self.acts = [t for t in triggers if t.form not in ("J", "G")]
        self.tokens = _Tokens(low, start, end, text)
        self.quotes = quoted_spans(text, start, end)
        self.actors = [a for a in actors if "dateline" not in a.flags]
        # each actor end with the first start of an actor that ends there (``_actor_start``), read once per sentence
        self._start_by_end: dict[int, int] = {}
        for a in self.actors:
            self._start_by_end[a.end] = min(a.start, self._start_by_end.get(a.end, a.start))
        self.actor_ends = self._start_by_end.keys()
        self.draft_ends = sorted(t.end for t in triggers if tabled_draft(t))  # the sentence's tabled drafts, found once
        # the sentence's triggers and actors indexed once: each predicate asks for the triggers near it and the actor a
        # token lies in, and a scan of all of them per predicate was quadratic in a run-on sentence
        self._by_start = sorted(triggers, key=lambda o: o.start)
        self._trigger_starts = [o.start for o in self._by_start]
        self._trigger_start_set = set(self._trigger_starts)
        self._reporting = {o.start for o in triggers if o.form == "R"}
        self._spans = SpanIndex([(a.start, a.end) for a in self.actors])
        self._in_actor = self._actors_by_token()

    @cached_property
    def conditions(self) -> list[tuple[int, int]]:
        """The spans of the sentence's real conditions (``conditions.conditions``), read once for all its triggers
        (``senses.in_condition`` asks for each)."""
        return conditions(self.low, self.start, self.end)

    @cached_property
    def _names_armed_side(self) -> bool:
        """Does the sentence name an armed side (``_ARMED_SIDE``), read once for all its military predicates?"""
        return _ARMED_SIDE.search(self.low, self.start, self.end) is not None

    def _actors_by_token(self) -> dict[int, ActorMention]:
        """The first actor (in ``self.actors``' order) each token lies in, by the token's start."""
        starts, at = self.tokens.starts, {}
        for a in reversed(self.actors):
            for k in range(bisect.bisect_left(starts, a.start), bisect.bisect_left(starts, a.end)):
                at[starts[k]] = a
        return at

    def _commitment_to(self, t: Trigger) -> tuple[str, str] | None:
        """The type and rule of a commitment ``t`` ("commitment to", "committed to") typed by what it is to
        (events_gold.md rule 7), read from before its "to": a threat (``_committed_threat``), or a giving, which is aid
        ("reaffirmed their commitment to providing critical assistance to the Ukrainian people": rule 7 (d)); else
        None."""
        at = t.end - 3 if t.text.endswith(" to") else t.end
        if self._committed_threat(at):
            return "threaten", "committed to a threat"
        if _GIVING_COMMITMENT.match(self.low, at):
            return "aid", "committed to give"
        return None

    def _committed_threat(self, at: int) -> bool:
        """Is what the commitment before ``at`` is to a threat: an act of threat right after it ("commitment to hold
        Russia accountable"), or a sanction held out on a condition ("commit to imposing further costs on Russia until
        Putin ceases his aggression")?"""
        m = _COMMITTED_TO.match(self.low, at)
        if m is None:
            return False
        act = next((o for o in self.acts if o.start == m.end()), None)
        return act is not None and (act.type == "threaten" or act.type == "sanction"
                                    and _ON_CONDITION.match(self.low, act.end) is not None)

    def triggers_in(self, lo: int, hi: int) -> list[Trigger]:
        """The sentence's triggers that start after ``lo``, up to ``hi`` (``lo < start <= hi``)."""
        starts = self._trigger_starts
        return self._by_start[bisect.bisect_right(starts, lo):bisect.bisect_right(starts, hi)]

    def _named(self, t: Trigger) -> bool:
        """Does an actor's span hold the whole trigger ("the United States", "UN Support Mission")?"""
        return self._spans.holds(t.start, t.end)

    # ---- one predicate ---------------------------------------------------------

    def _actor_start(self, end: int) -> int:
        """The start of the actor mention that ends at ``end`` (``end`` itself when none does)."""
        return self._start_by_end.get(end, end)

    def read(self, t: Trigger) -> Predicate | None:
        tokens, triggers = self.tokens, self.triggers
        if self._named(t):
            return None  # part of a name: "the United States", "UN Support Mission"
        first = t.text.split()[0]
        if self.text[t.start - 1:t.start] == "(" and self.text[t.end:t.end + 1] == ")":
            return None  # "(Readout)", "(Statement)": a label or a link, not a predicate
        if t.type == "concede" and first == "released" and senses.document_released(self, t):
            t = replace(t, type="statement")  # "the Strategy ..., which President Biden released": a document
        if t.type == "call" and first in ("called", "calls", "calling") and not senses.calls_person(self, t):
            if not senses.names_condemnation(self, t):
                return None  # "called on", "what Washington calls corruption": no phone call
            t = replace(t, type="accuse", form="V")  # "has called Assad's repression of protests \"barbaric\""
        if t.type == "reject" and first in senses.DISMISSING and senses.dismissal_verdict(self, t):
            t = replace(t, type="accuse")  # "A Syrian activist group dismissed Assad's speech as \"a repetition of
            # unrealized promises\"": disparaging it, a criticism (``senses.dismissal_verdict``)
        if t.type == "accuse" and (first in senses.NAMING_VERBS or first in senses.VERDICT_VERBS) \
                and not senses.names_condemnation(self, t):
            if not described_saying(self, t):
                return None  # "what Moscow described as a gesture of friendship", "was described as stable", "regards
                # Iran's nuclear program as a potential existential threat": no charge
            t = replace(t, type="statement", form="R")  # "The US president has described the situation in Syria as
            # \"heartbreaking\"": the speaker's saying, no charge (``described_as``)
        if t.type == "agreement" and first in ("signed", "signing", "signs", "sign") and " " not in t.text:
            signed = senses.signs_own_instrument(self, t)
            if signed is not None:
                if any(signed.end() <= o.start < min(self.end, signed.end() + _CONTENT_REACH) and o.type != "agreement"
                       for o in self.acts):
                    return None  # "signed an executive order imposing new sanctions on Iran": the sanction is the act
                t = replace(t, type="other")  # "signed an executive order blocking property of ...": no agreement
        if t.type == "meeting" and first in _RECEIVE and " " not in t.text:
            if not senses.receives_guest(self, t) and not senses.received_as_guest(self, t):
                return None  # "received a letter", "received U.S. aid": no guest
            t = replace(t, form="V")
        if senses.modifies_noun(self, t):
            return None  # "supply chains", "negotiated outcomes": a modifier, no act
        if t.type == "military" and first in ("pounded", "pounding", "struck", "bombarded") \
                and _FIRE_SUBJECT.search(self.low, max(self.start, t.start - 80), t.start):
            return None  # "Intense shelling from Syrian troops pounded the district": the shelling is the act
        if first in senses.DEFECTION and not senses.person_subject(self, t):
            return None  # "12 Syrian generals have already defected", "soldiers who deserted": unnamed defectors, no act
        if t.type == "accuse" and "critical" in t.text and not senses.party_subject(self, t):
            return None  # "The situation in Homs turned critical": a thing, no party turning against another
        if t.type == "demand" and first in senses.INSIST and not senses.insists_on(self, t):
            t = replace(t, type="statement", form="R")  # "insists he is politically neutral": he asserts it
        if t.type == "call" and t.text in ("spoke", "talked") and not senses.reciprocal(self, t):
            return None  # "Lavrov spoke about ...": a statement, not a conversation
        if t.type == "cooperate" and not senses.works_with_party(self, t):
            return None  # "working with local communities": no party worked with
        if t.type == "call" and not senses.spoken_to(self, t):
            return None  # "spoke to reporters", "talked to Reuters": a saying to an audience, not a conversation
        if t.type not in ("statement", "threaten") and senses.in_condition(self, t):
            return None  # "prices could rise if the European Union puts sanctions on Syrian oil": a premise, no act
        prev_i, prev = tokens.before(t.start)
        form = {"R": "report", "V": "verb", "N": "noun"}.get(t.form)
        if t.form in ("J", "G"):  # an act of its type only when two or more parties do it together (G: or a group
            # of office-holders: "the foreign ministers of the BRICS countries will gather")
            if t.form == "G" and not senses.gathers(self, t, triggers):
                return None  # "will gather allies", "assembled ... for an emergency summit": no meeting of the verb
            if not (senses.joint_subject(self, t) or t.form == "G" and senses.office_group(self, t)) or any(
                    type_info(o.type).family in HOSTILE for o in self.triggers_in(t.end, t.end + 60)):
                return None  # "have strengthened and aligned their sanctions regimes": the sanctions say what it is
            if t.form == "J" and senses.conditional(self, t):
                return None  # "If the talks succeed, we will upgrade our trilateral hotline": held out, not undertaken
            form = "verb"
        if form is None:  # X: a verb after a subject, a modal or "to"; else a noun
            subject = prev_i >= 0 and tokens.ends[prev_i] in self.actor_ends
            if subject and not first.endswith("s") and not self.low[tokens.starts[prev_i]:tokens.ends[prev_i]].endswith("s"):
                subject = False  # "U.S. support", "Russian attack": a singular subject would say "supports"
            if subject and nouns.force_demonym(self.actors, self.low, t.start) is not None:
                subject = False  # "against Russian strikes": a demonym is an adjective, no subject ("Russia strikes")
            if subject and _NOUN_PHRASE_LEAD.search(self.low, max(self.start, tokens.starts[prev_i] - 40),
                                                    self._actor_start(tokens.ends[prev_i])):
                subject = False  # "killed in Syrian army raids", "during a Syrian army raid": a force modifying the noun
            modal = prev in AUXILIARY and not (first.endswith("s") and prev not in ("not", "n't", "n’t"))  # not "to demands"
            form = "verb" if modal or prev in PRONOUNS or subject else "noun"
            if form == "noun" and first in _VERB_ONLY_EITHER:
                return None  # "has shown no sign of spoiling for a fight", "with signs of torture": an indication
        if form == "noun" and t.form == "N" and first in _PROGRESSIVE_FORCE and self._fighting_progressive(t):
            form = "verb"  # "government forces and the opposition are fighting fiercely", "Syrian authorities have been
            # fighting an internal rebellion": the progressive of the verb, its subject's act (not "there was fighting")
        elif form == "noun" and first in _PROGRESSIVE_NOUNS and self._ing_progressive(t):
            form = "verb"  # "Lavrov is meeting with his Turkish counterpart", "We’ve been meeting with our allies",
            # "Britain is warning Damascus": the progressive of the verb, its subject's act, as its simple form is (not
            # "the goal is meeting", "the meeting is", "the Vice President’s meeting with": no subject does it)
        if form == "noun" and first in _PARTICIPLE_NOUNS and prev == "," \
                and tokens.words[tokens.index(t.end):tokens.index(t.end) + 1] \
                and tokens.words[tokens.index(t.end)] in _PARTICIPLE_NOUN_NEXT \
                and (tokens.words[tokens.index(t.end)] != "that" or _CONSEQUENCE.match(self.low, t.end)):
            form = "verb"  # "called for a unity government, warning that ... would mean war": a participle clause, the
            # subject's act (a warning of what will follow; not "warning that he was turning into a tyrant": a rebuke)
        answered = False  # a call noun its modifier makes ("despite U.N. calls for"): no light verb takes it
        if form == "verb" and senses.noun_reading(self, first, prev_i, prev):
            form = "noun"  # "a simultaneous call on all sides", "with unheeded calls for reform"
            answered = senses.call_of_modifier(self, prev_i)
            if answered and nouns.call_modifier(self.actors, self.low, t.start) is None:
                return None  # "ignored Western calls for him to step down": the call of nobody named, no act
        if form == "verb" and senses.adjective_reading(self, first, prev_i, prev, t.end):
            return None  # "it is encouraging to see": an adjective
        if form == "report" and " " not in t.text and first.endswith("s") and senses.plural_noun(self, prev_i, prev):
            return None  # "a powerful political group of Arab states", "the notes": a plural noun
        if form == "report" and senses.hearsay(self, t, prev):
            return None  # "is said to have placed orders": hearsay, no statement of anyone
        if form == "report" and first in _ADDED and prev in BE:
            return None  # "Libya was added in March to the JWC's list", "Habib had been added to an EU sanctions list":
            # the passive of "add" (its subject what was put on a list), not the reporting "added" of a speaker
        if senses.unarmed_movement(self, t):
            return None  # "talks moving toward a deal": no troop movement
        if t.type == "military" and siege_states.unpeopled_cordon(self.text, self.start, t.start, t.end):
            return None  # "The site was quickly cordoned off by security forces": no town besieged (siege_states.py)
        if senses.no_threat(self, t, form, first):
            return None  # "unrest ... threatening to spread", "the threat of climate change": a danger, no threat made
        if t.type == "other" and first in senses.ELECTED and not senses.body_election(self, t):
            return None  # "Putin was re-elected as president": no vote in a body
        travel = travel_sense(self, t)
        if travel is None:
            return None  # "came to power", "refugees arriving in Turkey": nobody visits
        kind = t.type
        rule = "lexicon"
        if travel == "mobilize":
            kind, rule = "mobilize", "movement"  # "Kuwaiti naval vessels arrived in Bahrain": troops on the move
        if kind == "support" and " " not in t.text and welcomed_to_place(first, self.text, t.end, self.end, self.actors):
            kind, rule = "meeting", "host welcome"  # "Modi welcomed ... Biden, Jr., to India today": the host's side
            # of the meeting (``host_welcome``)
        if t.type == "statement" and " " not in t.text and first in _EVALUATORS and _EVALUATION.match(self.low, t.end) \
                and not _JOINT_WORK.match(self.low, t.end):
            kind, rule = "support", "evaluation"  # "affirmed the strength of our bilateral relationship"
        elif t.type == "statement" and " " not in t.text and senses.partner_evaluation(self, t, HOSTILE | {"assault"}):
            kind, rule = "support", "evaluation"  # "recognized the UAE's efforts", "acknowledged the UAE's leadership"
        elif t.type == "statement" and " " not in t.text and first in _AFFIRMERS and _RELATION_OBJECT.match(self.low, t.end):
            kind, rule = "support", "evaluation"  # "reaffirmed our defense partnership and Turkey's importance"
        elif t.type == "statement" and " " not in t.text and first in REPORT_OBJECT and _RESOLVE.match(self.low, t.end):
            at = _RESOLVE.match(self.low, t.end).end()
            act = next((o for o in self.acts if o.start == at and o.type != "statement"), None)
            if act is not None:
                kind, rule = act.type, "resolve"  # "reiterated their resolve to continue to impose costs on Russia"
        elif t.type in ("support", "agreement") and (first in COMMITMENT_NOUNS or t.text.endswith(" to")) \
                and (committed := self._commitment_to(t)) is not None:
            kind, rule = committed  # "stressed the U.S. commitment to hold the Lukashenka regime in Belarus to account",
            # "commit to imposing further costs on Russia until Putin ceases his aggression": a warning of consequences;
            # "reaffirmed their commitment to providing critical assistance": aid (events_gold.md rule 7)
        elif t.type == "support" and first in COMMITMENT_NOUNS and _JOINT_COMMITMENT.match(self.low, t.end):
            kind, rule = "cooperate", "joint commitment"  # "emphasized the continued commitment to working closely
            # with Kenya": a commitment to joint work (events_gold.md rule 7 (b)); "commitment to continuing the
            # partnership" stays support
        elif t.type == "concede" and _TRADE_BARRIER.search(t.text) and senses.joint_subject(self, t):
            kind, rule = "cooperate", "joint easing"  # "The United States and India will address non-tariff barriers":
            # easing barriers together is a joint undertaking, as "will work together to address ... barriers" is
        elif t.type == "agreement" and first.startswith(("commit", "recommit")) and t.text.endswith("to") \
                and _COMMITTED_NP.match(self.text, t.end) and not any(
                    type_info(o.type).family == "cooperate" and not _RELATION_HEAD.fullmatch(self.low, t.end, o.end)
                    for o in self.triggers_in(t.end, t.end + 40)):
            kind, rule = "support", "committed to"  # "remains fully committed to Japan's defense": support, as a
            # commitment to a partner is (events_gold.md); "committed to working closely with" stays cooperate (a
            # joint word after it counts too: ``triggers``, not ``acts``)
        if kind == "meeting" and names_summit(self.low, t.start, t.end, self.start, self.end):
            kind, rule = "summit", "summit named"  # "the first Global COVID-19 Summit convened by the United States",
            # "proposed a summit meeting": the meeting is the summit (events/summit_meetings.py)
        passive = negated = embedded = topic = owned = False
        start = t.start
        quoted = _inside(t.start, self.quotes)
        if form in ("verb", "report"):
            if prev == "as" and _participle(first):
                return None  # "as demonstrated through ...": a comparison, not an event
            if prev in DETERMINERS and prev not in ("that", "further", "new", "additional") and _participle(first) \
                    and not self._bare_some_subject(prev_i, t):
                return None  # "our shared interests", "the planned protests": an adjective
            if " " not in t.text \
                    and promised_adjectives.attributive(self.text, self.low, t.start, t.end, prev, self.start):
                return None  # "to implement promised reforms", "stalled on promised political reform": an adjective
            if prev in ORDINALS and _participle(first) and " " not in t.text \
                    and tokens.before(tokens.starts[prev_i])[1] in DETERMINERS:
                return None  # "his first acknowledged meeting": an adjective
            after = tokens.index(t.end)
            nxt = tokens.words[after] if after < len(tokens.words) else ""
            if prev in _CONJUNCTIONS and _participle(first) and self._after_passive(prev_i):
                passive = True  # "was captured and killed": the passive goes on
            elif prev in BE and _participle(first) and (" " not in t.text or t.text.split()[-1] in _PARTICLES
                                                        or _COMPLEMENT.search(t.text)):
                # ("were fired on", "was shot down": a phrasal verb's participle)
                two_i, two = tokens.before(tokens.starts[prev_i]) if prev_i >= 0 else (-1, "")
                if prev in BE_PRESENT and two not in ("will", "would", "to") and nxt == "by" \
                        and not siege_states.held_by_forces(self.low, first, t.end):
                    return None  # "is supported by": a state, not an event (but "is besieged by the military": the
                    # siege the forces hold, events/siege_states.py)
                passive = True
                start = tokens.starts[prev_i]
            elif _participle(first) and tokens.words[tokens.index(t.start) + 1:tokens.index(t.start) + 2] == ["by"] \
                    and prev not in HAVE and prev not in BE:
                # "the regime, backed by the Russian Government" (the word after the verb itself: "blocked an attempt
                # by Western powers" is active)
                if kind == "support" and _COMMA_SET.search(self.low, max(self.start, t.start - 30), t.start):
                    return None  # "Hezbollah, supported by Syria and Iran": the agent after "by" backs the name before
                    # the comma, a row of its own that events/backed_names.py makes (read as active, the name was
                    # the backer: Hezbollah's support of Syria)
                embedded, rule = True, "participle"
            elif _participle(first) and (nxt in _AFTER_PARTICIPLE or nxt in TOPIC) \
                    and not _QUANTITY.match(self.low, t.end) and not _OWN_OBJECT.search(t.text) \
                    and not QUOTED_OBJECT.match(t.text) and first not in _INTRANSITIVE \
                    and (prev.isalpha() or prev == "," and kind == "agreement" and prev_i > 0
                         and (tokens.words[prev_i - 1] == ")" or self.text[tokens.starts[prev_i - 1]].isupper())) \
                    and prev not in HAVE | BE | AUXILIARY | PRONOUNS | DETERMINERS | _CONJUNCTIONS \
                    and not _PERFECT_ADVERB.search(self.low, max(0, t.start - 30), t.start) \
                    and not (prev_i >= 0 and tokens.ends[prev_i] in self.actor_ends):
                # a reduced relative: "the ceasefire agreement signed in March 2001", "the terms put
                # forward today" (an active verb would have its object after it); after a comma only for an
                # instrument's name or acronym: "the ... Forum Agreement (TICFA), signed in 2013", "the U.S.-Thailand
                # Trade and Investment Framework Agreement, signed in 2002" (not "The ceasefire, agreed on February
                # 27, collapsed in April": that ceasefire is the main clause's subject)
                embedded, rule = True, "participle"
            elif first.endswith("ing") and prev not in BE and prev not in AUXILIARY and not (
                    prev in _ASPECTUAL and tokens.before(tokens.starts[prev_i])[1] not in DETERMINERS):
                embedded, rule = True, "participle"  # ", killing about 20 people", "tourists arriving in" (not "Iran
                # had started providing the Syrian government with ... equipment": the gerund is the act that started;
                # but "the continued killing" is a noun phrase)
            if kind == "accuse" and (t.text.split()[1:2] == ["under"] or first in DRAWING):
                passive = True  # under_fire: "The Arab League came under fire for doing little": its subject is the one
                # criticised, as in "was criticised for"; so too "The assaults ... have drawn increasing condemnation
                # from the West" (its agents after "from": roles)
            if passive and first == "opposed" and nxt == "to":
                passive = False  # "Moscow and Beijing remain adamantly opposed to the idea": the subject's stance
            if rule == "participle" and kind == "mobilize" and first in senses.MOVEMENT and nxt != "by":
                embedded, rule = False, "movement"  # "tanks ... heading north", "were seen moving": what was seen
            if prev == "to" and senses.answered_call_content(self, t):
                return None  # "ignored calls for him to step down": what the call asks, no act
            if prev == "to":
                before_to = tokens.before(tokens.starts[prev_i])[1] if prev_i >= 0 else ""
                # "agreed to work", "urged X to support"; but "are to meet", "plans to visit" head their clause, and so
                # does a joint act decided or agreed by its joint subject ("Both sides decided to consult regularly")
                embedded = before_to not in PLAN_TO and not (t.form == "J" and (
                    before_to in AGREED_TO or senses.tasked_teams(self, tokens.ends[prev_i])))  # ("asked their envoys to explore")
            if kind == "agreement" and first.startswith(("agree", "concur", "commit", "recommit")) \
                    or kind == "aid" and first.startswith("pledge"):
                kind, rule = self._agreed_to(t, kind, rule)
        else:
            owned = nouns.owned(self, t)
            light = None if answered else self._light_verb(t)  # (not "has" of "has ignored U.N. calls")
            held = _HELD.match(self.low, t.end) or _MADE_BY.match(self.low, t.end)
            held_after = light is None and not held and kind in MEETING_TYPES and _HELD_AFTER.match(self.low, t.end)
            if light is None and held:  # "a BRICS Media Summit was held in Moscow", "talks were held"
                form, passive, rule = "verb", True, "light verb"
            elif held_after:  # "the NATO Summit, which takes place in Vilnius": the same, told in a relative clause
                form, passive, rule, held = "verb", True, HELD_AFTER, True  # (extract.held_by_aside, _Builder._roles)
            stay = None
            if light is None and not held and kind in MEETING_TYPES and not owned:
                from .places import stay_purpose  # (places reads this module)
                stay = stay_purpose(self.text, self.start, t.start)
            if stay is not None:
                # "Mr Annan, in Doha for a meeting with Arab League members, warned", "He is due in Washington for talks":
                # the meeting a stay is for, held by the one who stays: ``stays.stay_meetings`` makes its event beside
                # the clause's own act, on its day; till then a topic, which neither heads the clause nor takes the
                # date of the stay ("is due in Washington on Monday for talks": the visit's Monday)
                topic, rule = True, "stay purpose"
            if light is None and not held and senses.names_carrier(self, t):
                return None  # "the killing of Turkish activists on a Gaza-bound aid convoy": no aid
            if light is None and not held and nouns.in_name(self, t):
                if _NAME_GOES_ON.match(self.text, t.end):
                    return None  # "the Rapid Support Forces", "the International Security Assistance Force": a word
                    # inside a name, which the date of the clause must not take for its event
                topic = True  # "the Warsaw Pact", "the Paris Agreement": a name, not an event the clause reports
            if nouns.modifier(self, t):
                topic = True  # "nuclear threat reduction consultations": "threat" is not the event
            elif light is not None and senses.offered_act(self, light, kind):
                return None  # "offered dialogue": an offer, the verb's statement, not the talks
            elif light is not None and kind == "talks" and self.text[t.start].isupper() and _FOUNDING.match(self.low, light):
                return None  # "will also launch an annual Trilateral Indo-Pacific Dialogue": the body founded (_FOUNDING)
            elif light is not None and _OPENING_GERUND.fullmatch(self.low, self.start, light):
                pass  # "After holding talks with Mr Erdogan, Mr Davutoglu said": the opening phrase's occasion, read as
                # the noun it holds ("After talks with ...": extract._occasion_before_saying), not the clause's verb
            elif light is not None and kind == "support" and self.low.startswith(" of ", t.end) \
                    and self.low[light:t.start].split()[0] in _KEPT_BACKING:
                return None  # "played on sectarian fears to maintain support of the minority Alawite sect": the sect's
                # backing kept, no support the subject gives
            elif light is not None:
                form, start, rule = "verb", light, "light verb"
                if quoted and not _inside(light, self.quotes) and _scare_quote(self.text, t.start, self.quotes) \
                        and not _OTHER_VERB.search(self.low, self.low.find(" ", light, t.start) + 1 or light, t.start):
                    quoted = False  # "joined forces on a rare "double veto"": scare quotes around the noun alone; the
                    # act is told in the writer's words, as its verb is (not past another verb: "has called it a
                    # "decisive battle"" names no battle; not a quotation: 'aims to provide "the necessary support
                    # for the revolution to progress ..."')
                to_i, to = tokens.before(light)
                if to == "to" and kind not in SPEECH_ACTS:
                    # "offered Sunday to host talks": the light verb is an infinitive, as a verb would be; but
                    # "agreed to continue intensive work" is what was agreed, the clause's own act, and "presented
                    # facts to send a clear warning" warns by saying so
                    before_to = tokens.before(tokens.starts[to_i])[1]
                    embedded = before_to not in PLAN_TO and before_to not in AGREED_TO
            elif not owned and not topic and not held and stay is None:
                topic = nouns.is_topic(self, t)
            if not topic and _BEFORE_DRAFT.match(self.low, t.end):
                topic, rule = True, "draft topic"  # "a meeting ... on the draft sanctions resolution on Thursday afternoon": what the draft is
                # about, no act, and no date is its (the date is the meeting's: ``dating.attach``)
            if not topic and light is None and self._after_draft(t):
                topic = True  # "handed the Council a draft resolution on condemning Syria's crackdown": the draft's topic
        # subordinate clause: a subordinator between the clause start and the predicate
        ci = _clause_start(tokens, tokens.index(start))
        # (before a noun, "after", "despite", "following" are prepositions: the noun's topic status says it)
        words = tokens.words[ci:tokens.index(start)] if form != "noun" else []
        for k, w in enumerate(words):
            if w in SUBORDINATORS and tokens.starts[ci + k] in self._in_actor:
                continue  # part of a name: "As ` aad said he ..." (tokenised copy's "As'aad"), no "as" clause
            if w == "since" and words[k - 1:k] and words[k - 1] in HAVE:
                continue  # "but has since refused to let the convoy through": an adverb of the perfect, no clause
            if w == "since" and words[k + 1:k + 2] == ["then"]:
                continue  # "vetoed a resolution ..., but since then the Arab League has suspended Syria": an adverb
                # opening the coordinated clause, no "since" clause
            if w in SUBORDINATORS and not (w == "as" and (words[k - 1:k] in (["well"], ["such"], ["early"], ["soon"])
                                                          or tuple(words[k + 1:k + 3]) in _AS_PHRASES
                                                          or words[k + 1:k + 2] in (["well"], ["early"], ["soon"],
                                                                                    ["of"], ["long"]))):
                if w == "whether":
                    return None  # "is split over whether to impose sanctions": a question, no event
                if form != "noun" and _back_to_main(words[k + 1:], first):
                    break  # "has demanded that the world act to stop the carnage and warned of civil war": the main
                    # clause's second verb, not the that-clause's
                if standing_claim(words, k, form, first):
                    break  # "But while Syria claims to be putting the plan into action, there's little sign of it"
                embedded = True
                break
        # negation in the verb group
        group = tokens.words[max(0, tokens.index(start) - 3):tokens.index(start)]
        if form != "noun" and group[-1:] == ["from"] and _PREVENTED.search(self.low, max(self.start, start - 120), start):
            return None  # "decided to prevent ... Joumaa, from traveling to London": kept from it, no visit
        if any(w in NEGATION for w in group) or form != "noun" and _NEGATED_SUBJECT.search(self.low, max(self.start, start - 40), start) or (len(group) >= 2 and group[-1] == "to" and group[-2] in FAILURE) \
                or form != "noun" and _AVOIDED.search(self.low, max(self.start, start - 40), start):
            negated = True
            family = type_info(kind).family
            if (family in COOPERATIVE or family == "consult") and senses.refused(self, start, ci, family, group):
                kind, rule = "reject", "negated"
            elif kind != "reject":
                return None  # "did not attack", "did not say": no event
        if form != "noun" and kind == "statement" and _NONE_GIVEN.match(self.low, t.end):
            return None  # "he offered no blueprint for action", "expressed no view": nothing said, no event
        if kind == "protest" and t.text.split()[0] in _RALLY_WORDS \
                and supporters_start(self.low, t.start, self.start, self.actor_ends) is not None \
                and not _RALLY_DEMANDS.search(self.low, t.end, min(self.end, t.end + 100)):
            kind, rule = "support", SUPPORTERS_RALLY  # "thousands of supporters of Mr Assad attended a rally", "a
            # pro-Assad demonstration": a crowd backing its leader, support (events_gold_fresh15 bbc-235#10, bbc-199#5)
        if kind == "cooperate" and form != "noun" and self._efforts_to_give(t):
            kind, rule = "aid", "efforts to give"  # "will enhance our efforts to coordinate cybersecurity assistance and
            # provide Internet access to the Governments of Ukraine", "commit to redoubling our combined efforts to
            # provide direct food aid": joint efforts whose purpose is giving are the giving (events_gold.md rule 7 (d))
        status = self._status(t, start, form) if rule != "stay purpose" else stay[0]
        if form == "noun" and owned and nouns.relative_plan(self.actors, self.low, t.end):
            status = "planned"  # "a visit that Prime Minister Tayyip Erdogan is expected to make"
        if answered:
            rule = "answered call"  # "Assad ignored U.N. calls for him to step down": earlier calls (basis.basis_of)
        if travel == "traveller" and rule == "lexicon":
            rule = "traveller"  # "foreign dignitaries flew in": a visit with no actor named (extract._is_event)
        return Predicate(t, kind, form, status, start, embedded, quoted, passive, negated, topic, owned, rule)

    def _after_draft(self, t: Trigger) -> bool:
        """Does a tabled draft (``tabled_draft``) end before the noun ``t`` with no clause stop between, so that the
        noun is the draft's topic? Only the draft that ends last before it need be asked: a stop between that draft and
        the noun lies after every earlier draft's end too (one search per noun, not one per trigger of the sentence:
        a run-on sentence of thousands of clauses was read in quadratic time)."""
        i = bisect.bisect_right(self.draft_ends, t.start)
        return i > 0 and not _DRAFT_STOP.search(self.low, self.draft_ends[i - 1], t.start)

    def _efforts_to_give(self, t: Trigger) -> bool:
        """Is the verb's object "(our) efforts to" an act of giving, in the same clause ("enhance our efforts to
        coordinate cybersecurity assistance", "redoubling our combined efforts to provide direct food aid")?"""
        m = _EFFORTS_TO.match(self.low, t.end)
        if m is None:
            return False
        stop = _CLAUSE_BREAK.search(self.low, m.end(), self.end)
        limit = stop.start() if stop is not None else self.end
        return any(type_info(o.type).family == "aid" for o in self.triggers_in(m.end() - 1, limit - 1))  # [m.end(), limit)

    def _bare_some_subject(self, i: int, t: Trigger) -> bool:
        """Is "some" at token ``i`` the whole subject of the past verb ``t`` after it, not its determiner: "Some"
        opening the sentence (after "But", "And") and a named object or a pronoun right after the verb ("Some accused
        Hariri himself of being behind the demonstrations", events_gold_fresh14 106#6; not "Some planned protests
        were called off", "Some armed men")?"""
        words = self.tokens.words
        if words[i] != "some" or " " in t.text or any(w not in ("but", "and", "yet") for w in words[:i]):
            return False
        after = self.tokens.index(t.end)
        if after >= len(words):
            return False
        nxt = self.text[self.tokens.starts[after]:self.tokens.ends[after]]
        return nxt[:1].isupper() or nxt.lower() in ("him", "her", "them", "it", "the", "his", "their", "its")

    def _after_passive(self, i: int) -> bool:
        """Does a passive participle ("was captured") end just before the conjunction at token ``i``?"""
        words = self.tokens.words
        return i >= 2 and _participle(words[i - 1]) and words[i - 2] in BE

    def _agreed_to(self, t: Trigger, kind: str, rule: str) -> tuple[str, str]:
        """ "agreed to work closely", "agreed to continue their close coordination", "pledged to work together":
        agreeing or pledging to cooperate is cooperating; "agreed to a ceasefire" stays an agreement, "pledged
        to continue U.S. support for Lebanon's security forces" aid."""
        tokens, triggers = self.tokens, self.triggers
        on = _AGREED_ON.match(self.low, t.end)
        if on is not None:
            # "agreed on the need for close coordination" is cooperating, "on the need for the release of X" a
            # demand; "on the importance of" something else says no more than a statement
            limit = on.end() + 40
            if any(o.form not in ("J", "G") and type_info(o.type).family == "cooperate"  # self.acts'
                   for o in self.triggers_in(on.end() - 1, limit)):
                return "cooperate", "agreed on cooperation"
            return ("demand", "agreed on a need") if "need" in on.group() or "urgen" in on.group() \
                else ("statement", "agreed on importance")
        if self._agreed_on_cooperation(t):
            return "cooperate", "agreed on cooperation"
        committed = t.text.endswith("to")  # "committed to", "commit to": the trigger holds the "to"
        i = tokens.index(t.end)
        if not committed and (i >= len(tokens.words) or tokens.words[i] != "to"):
            return kind, rule
        limit = tokens.ends[min(len(tokens.words) - 1, i + 5)]
        for other in self.acts:
            if t.end < other.start <= limit and type_info(other.type).family == "cooperate":
                return "cooperate", "agreed to cooperate"
        if committed and t.text.split()[0] in ("committed", "committing", "recommitted") and (
                _COMMITTED_CAUSE.match(self.low, t.end) or i < len(tokens.words) and (
                tokens.starts[i] in self._in_actor and self._in_actor[tokens.starts[i]].start == tokens.starts[i])):
            # "remain committed to ensuring the full ... participation of marginalized communities", "we're committed to
            # Lithuania and to the Baltics and to NATO": a commitment to a cause or to a party is support (events_gold.md
            # rule 7 (c)), not joint work; not a joint document's own terms ("The United States commits to ensure
            # no restrictions ...": an agreement, rule 7 (a))
            return "support", "committed to a cause"
        at = t.end - 3 if committed else t.end  # back before the "to" the trigger holds
        verb = _AGREED_COOPERATION.match(self.low, at)
        if verb is not None and not any(
                verb.end() < other.start <= verb.end() + 15 and type_info(other.type).family in ("aid", "support")
                or verb.end() < other.start <= verb.end() + 80 and type_info(other.type).family in HOSTILE
                for other in triggers):
            # "agree to strengthen ... alignment", "committed to enhance"; but "pledged to continue U.S. support for
            # Lebanon's security forces" stays aid, and "agreed to expand the number of ... officials ... targeted by
            # EU sanctions" is no cooperation with anyone
            return "cooperate", "agreed to cooperate"
        nxt = tokens.ends[min(len(tokens.words) - 1, i + (0 if committed else 1))]  # the word after "to"
        if committed and any(t.end < other.start <= nxt and type_info(other.type).family == "support"
                             for other in triggers):
            # "recommitted to supporting the defense of the UAE": a commitment to another party's cause is support
            # (events_gold.md rule 7 (c)), not joint work
            return "support", "committed to support"
        if committed and t.text.split()[0] in ("committed", "committing", "recommitted") and not any(
                t.end < other.start <= nxt and type_info(other.type).family == "consult" for other in triggers):
            # a readout's "committed to prioritize efforts to repair ..." reads as a joint effort (events_gold.md,
            # check set); the present tense of a joint statement's own terms ("commit to provide each other
            # preferential market access", events_gold_fresh.md) and a commitment to meet again ("committed to
            # meeting again this summer", like "agreed to speak again") are agreements
            return "cooperate", "committed to"
        if committed and self.tokens.before(t.start, skip_adverbs=False)[1] == "jointly":
            return "cooperate", "jointly committed"  # "the two governments jointly commit to take a series of critical
            # steps to humanely reduce irregular migration": a joint undertaking (events_gold_blind Guatemala #4), not
            # one party's term of an agreement (rule 7 (a): "Cambodia commits to eliminate tariffs")
        return kind, rule

    def _agreed_on_cooperation(self, t: Trigger) -> bool:
        """Is what ``t`` agrees or concurs on, after "on" (or, for "concur", right after it), joint work: "agreed on
        cooperation in economic security", "we also concurred at once realistic and effective efforts"? (Not "agreed
        a ceasefire", nor "agreed on a ceasefire".)"""
        if not (t.text.startswith("concur") or _OBJECT_NEEDS_ON.match(self.low, t.end)):
            return False
        head = _AGREED_OBJECT.match(self.low, t.end)
        return head is not None and (head.group().endswith("efforts") or any(
            o.form not in ("J", "G") and type_info(o.type).family == "cooperate"
            for o in self.triggers_in(head.end() - 1, head.end())))

    def _light_verb(self, t: Trigger) -> int | None:
        """Where the light verb that takes this noun starts ("held ... talks", "conveyed the United States'
        unwavering support"), if one does."""
        if t.type == "support":
            coordinated = _COORDINATED_SUPPORT.search(self.low, max(self.start, t.start - 120), t.start)
            if coordinated is not None:
                return coordinated.start()
        tokens = self.tokens
        i = tokens.index(t.start)
        j, seen = i - 1, 0
        reporting = self._reporting
        clause = False  # a pronoun subject passed: the reported clause of a reporting verb before it
        crowd = t.text.lower().split()[0] in CROWDS  # "protesters": a people noun, a protest only as a light verb's object
        acts = self._trigger_start_set if crowd else ()  # (the tokens asked all start before the noun)
        while j >= 0 and seen < 6:
            inside = self._in_actor.get(tokens.starts[j])
            if inside is not None:  # an actor's name is one word here
                j = tokens.index(inside.start) - 1
                seen += 1
                continue
            w = tokens.words[j]
            if w in BOUNDARY or w in (".", "that"):
                return None
            if crowd and (w in _CROWD_CLAUSE or w in _CROWD_PREPOSITIONS or tokens.starts[j] in acts and w not in LIGHT):
                return None  # "security forces had killed 21 protesters", "organized patrols after 21 protesters were
                # shot dead", "began their crack down on protesters": the crowd is the object of another verb or of a
                # preposition, or opens another clause, no light verb's object
            if w.endswith("ing") and any(r.start == tokens.starts[j] and r.type in CHARGING_PARTICIPLE and r.form == "V"
                                         for r in self.triggers_in(tokens.starts[j] - 1, tokens.starts[j])):
                return None  # "issued a statement condemning the killings": the noun is what the participle's speech act
                # is about, no act of the light verb's subject (events/communicated.py types the statement)
            if clause and tokens.starts[j] in reporting and w not in LIGHT and w not in PLAN_LIGHT and w not in REPORT_OBJECT:
                return None  # "has said it is preparing further sanctions": "has" is the saying's, not the noun's
            clause = clause or w in PRONOUNS and w not in ("who", "which")
            # ("troops were carrying out reprisal attacks": a progressive light verb, not a gerund)
            light = w in LIGHT or w in LIGHT_PROGRESSIVE and self._progressive(j)
            if light or w in PLAN_LIGHT or w in REPORT_OBJECT:
                if j + 1 < i and tokens.words[j + 1] in ("to", "that", "with"):
                    return None
                if any(r.end < t.start and _OWN_OBJECT.search(r.text) for r in self.triggers_in(tokens.starts[j] - 1, tokens.starts[j])):
                    return None  # "opened fire on protesters": the verb has its own object, and the noun is its target
                    # (not "opened ... protests", a protest)
                if j > 0 and tokens.words[j - 1] in DETERMINERS:
                    j -= 1  # "the proposed South Asia Free Trade Agreement", "the continued commitment": an adjective
                    seen += 1
                    continue
                if not light and w not in PLAN_LIGHT and type_info(t.type).family not in SPEECH_ACTS | {"statement"}:
                    return None
                return tokens.starts[j]
            if w == "of" and j > 0 and tokens.words[j - 1] in MEASURE_NOUNS:
                j -= 2  # "announced six packages of significant funding": the packages are of the funding
                seen += 2
                continue
            if w == "in" and j > 0 and tokens.words[j - 1] in _ENGAGED_IN:
                return tokens.starts[j - 1]  # "have engaged in intensive talks": "engaged in" takes the noun as a light
                # verb does ("engaged talks" is no English)
            if (w == "to" and j > 0 and tokens.words[j - 1] in _RESORTED_TO
                    or w == "up" and j > 0 and tokens.words[j - 1] in _STEPPED_UP):
                return tokens.starts[j - 1]  # "resorting to a harsh security crackdown", "have stepped up their
                # offensive": the verb and its particle take the noun as a light verb does
            if w == "with" and j > 1 and tokens.words[j - 1] in ("on", "ahead") and tokens.words[j - 2] in _PRESSED_ON:
                return tokens.starts[j - 2]  # "has pressed ahead with the crackdown on protesters"
            if w in ("on", "in") and j > 1 and tokens.words[j - 1] == "forces" and tokens.words[j - 2] in _JOINED:
                return tokens.starts[j - 2]  # "Russia and China joined forces on a rare 'double veto'": the veto is
                # their act together, as "engaged in talks" is
            if w in ("of", "for", "on", "about", "against", "with", "in", "to", "under", "amid", "despite", "by") \
                    and j < i - 1:
                return None  # "held the talks" but not "held a view of the talks", "has been under U.S. sanctions";
                # nor "has been convulsed by nationwide protests": the noun of a "by" phrase is the agent of a passive
                # verb, no object of "has" (events_gold.md rule 22: a protest so told is one only when dated)
            if w == "to" and j == i - 1:
                return None  # "giving ground to demands for political freedoms": the noun is the goal of another object
            if w == "against" and j == i - 1 and t.type == "accuse":
                return None  # "maintained a hard line against criticism at home": what the object stands against, no
                # criticism the light verb makes (fresh4 t17-reuters-167#19's note: a stance, no row)
            j -= 1
            seen += 1
        return None

    def _progressive(self, j: int) -> bool:
        """Is the -ing word at token ``j`` in a progressive verb group ("were carrying out", "is now launching"), not a
        gerund or an adjective ("for carrying out", "despite mounting")?"""
        return self._progressive_be(j) >= 0

    def _progressive_be(self, j: int) -> int:
        """The token of the "be" word of ``_progressive``'s verb group ("were" of "were now carrying out"), or -1."""
        words, k = self.tokens.words, j - 1
        while k >= 0 and (words[k] in ADVERBS or words[k] in NEGATION or words[k].endswith("ly") and len(words[k]) > 4):
            k -= 1
        return k if k >= 0 and words[k] in BE and words[k] not in ("be", "being") else -1

    def _progressive_subject(self, t: Trigger, pronouns: frozenset[str]) -> int:
        """The token of the subject of ``t``'s -ing word read as a progressive (an actor, or one of ``pronouns``, before
        "is", "are", "’re", "was", "have been" and adverbs: "Lavrov is now meeting", "we’ve been meeting"), or -1;
        -1 inside a quotation (``continued`` reads only a named speaker's own acts there)."""
        tokens = self.tokens
        i = tokens.index(t.start)
        k = self._progressive_be(i)  # the "be" word
        if k < 0 and i > 0 and tokens.words[i - 1] in _CONTRACTED_BE:
            k = i - 1  # "we’re meeting", "I'm meeting"
        if k < 0 or _inside(t.start, self.quotes):
            return -1
        if k > 0 and tokens.words[k] == "been" and tokens.words[k - 1] in HAVE:
            k -= 1  # "have been fighting": the subject stands before "have"
        s_i, subject = tokens.before(tokens.starts[k])
        if tokens.words[k] in _CLITIC_S:
            return s_i if subject in pronouns else -1  # "he's meeting", not "the Vice President’s meeting with"
        return s_i if s_i >= 0 and (tokens.ends[s_i] in self.actor_ends or subject in pronouns) else -1

    def _ing_progressive(self, t: Trigger) -> bool:
        """Is the -ing trigger read as a noun ("a meeting", "a warning") the progressive of its verb with a subject
        before it ("Lavrov is meeting with his Turkish counterpart", "we’re meeting with Japan", "Britain is warning
        Damascus")? Not after a "be" with no actor or pronoun as its subject ("the goal is meeting", "the meeting is"),
        nor after a possessive ("the Vice President’s meeting with")."""
        return self._progressive_subject(t, _PROGRESSIVE_ANY_SUBJECT) >= 0

    def _fighting_progressive(self, t: Trigger) -> bool:
        """Is the -ing force noun the progressive of its verb with a subject before it ("government forces and the
        opposition are fighting fiercely", "the Free Syrian Army is fighting back", "Syrian authorities have been
        fighting an internal rebellion")? Not a noun after a "be" with no actor or pronoun as its subject ("there was
        fighting near the cabinet office", "what activists said was fighting among soldiers"), nor a struggle for an end
        ("is fighting to crush a year-long uprising", "is now fighting for political survival"), nor one inside a
        quotation, whose others' acts the speaker tells ("... but the Free Syrian Army is fighting back," said one resident:
        ``continued`` reads only the speaker's own)."""
        tokens = self.tokens
        if self.low.startswith((" to ", " for "), t.end) or (s_i := self._progressive_subject(t, _PROGRESSIVE_SUBJECT)) < 0:
            return False
        at = self._actor_start(tokens.ends[s_i])
        said = any(at - 60 <= r < at for r in self._reporting)  # "says it is fighting": what a saying reports
        return not (said and _OWN_SIDE.search(self.low, max(self.start, at - 6), tokens.ends[s_i]))

    def _progressive_after(self, i: int) -> bool:
        """Is the word at token ``i``, right after "be", an -ing form ("to be discussing"), not a passive ("to be
        discussed": the modal reading of ``_status`` is left as it was)?"""
        return self.tokens.words[i].endswith("ing")

    def _status(self, t: Trigger, start: int, form: str) -> str:
        tokens = self.tokens
        i = tokens.index(start)
        before = tokens.words[max(0, i - 4):i]
        if before[-2:-1] and before[-1] == "to" and before[-2] in PERFORMATIVE and t.type in SPEECH_ACTS | {"statement"}:
            return "reported"  # "I want to thank you for your diplomacy"
        lo = max(0, i - 4)
        while lo < i and _QUOTE_CLOSE.search(self.low, tokens.ends[lo], start):
            lo += 1  # ""The regime will fall," said Ghalioun": the modal is the quote's, not the saying's
        if any(w in FUTURE for w in tokens.modal_words(lo, i)):
            return "planned"
        if self.joint_we and form == "verb" and (i == 0 or before[-1:] == ["and"]) \
                and (lead := lead_in(self.low, self.start)) is not None and lead[2]:
            return "planned"  # "we intend to:" then "1. Share information and best practices ...": the lead-in's plan
        if t.text.startswith(_PLAN_VERB_OPENINGS):
            return "planned"  # "is drawing up sanctions": preparing them
        if t.type == "visit" and t.text.split()[1:2] in (["due"], ["expected"]):
            return "planned"  # "is due in Syria on Saturday"
        if before[-2:] == ["to", "be"] and self._progressive_after(i):
            before = before[:-1]  # "we're going to be discussing": the progressive of a plan, as "going to discuss"
        if before and before[-1] == "to":
            j = len(before) - 2
            while j >= 0 and (before[j] in ADVERBS or before[j] in ("not", "be")):
                j -= 1
            if j >= 0 and before[j] in PLAN_TO:
                return "planned"
            if t.form == "J" and senses.tasked_teams(self, tokens.ends[i - 1]):
                return "planned"  # "asked their respective climate envoys ... to explore new opportunities": a task
        if len(before) == 4 and before[0] in PLAN_TO and before[1] == "to" and before[3] == "and":
            return "planned"  # "the two leaders intend to accelerate and intensify discussions": the second verb of the plan
        if form == "noun" or start != t.start:
            near = before[-3:]
            if any(w in PLAN_ADJECTIVES and _PLAN_PHRASE_BREAK.isdisjoint(near[k + 1:]) for k, w in enumerate(near)):
                return "planned"
            if start != t.start and tokens.words[i] in PLAN_LIGHT and tokens.words[i] not in ("announced",):
                return "planned"
        if t.text.split()[0] in ("look", "looks", "looked", "looking") and " forward " in t.text:
            return "planned"  # "looks forward to working with the President-elect": cooperation to come
        wide = tokens.words[max(0, i - 7):i]  # "looking forward to co-hosting the second Summit"
        if "forward" in (wide if form == "noun" else before[-3:]) and any(w in wide for w in ("look", "looks", "looking")):
            return "planned"
        return "reported"

    # ---- the sentence ----------------------------------------------------------

    def subject_token(self, pos: int) -> tuple[int, str]:
        """The token before a verb group (skipping auxiliaries, negation and adverbs): its subject's last word."""
        tokens = self.tokens
        i = tokens.index(pos) - 1
        while i >= 0 and (tokens.words[i] in AUXILIARY or tokens.words[i] in HAVE or tokens.words[i] in BE
                          or tokens.words[i] in ADVERBS or tokens.words[i] in NEGATION
                          or tokens.words[i].endswith("ly") and len(tokens.words[i]) > 4):
            i -= 1
        return (i, tokens.words[i]) if i >= 0 else (-1, "")

    def armed(self, p: Predicate) -> Predicate:
        """Killing by armed forces or in an attack is fighting (PLOVER FIGHT), not an assault
        ("Serb forces killed three ethnic Albanians", "US Predator attacks ... have killed"); but violence
        whose object is the defenceless is an assault, whoever does it ("security forces killed three
        civilians", "opened fire on hundreds of youths", "to crush protesters"); and force a crowd uses is a protest."""
        if p.type == "protest" and p.form == "verb" and p.trigger.text in _INTRANSITIVE and not p.embedded \
                and self.subject_token(p.start)[1] in ARMED:
            return replace(p, type="mobilize", rule="armed subject")  # "Syrian troops marched into the town": troops on
            # the move, no protest
        if p.family == "military" and p.form == "verb" and not p.passive and p.rule != "participle" and self._crowd_subject(p):
            return replace(p, type="protest", rule="crowd subject")  # "Crowds set fire to a headquarters of the ruling
            # Baath Party", "protesters threw stones": a violent protest, not fighting
        if p.type == "military" and self._civil_target(p):
            return replace(p, type="assault", rule="civil target")  # "attacked the French embassy", "the embassies ...
            # were attacked", "the attacks targeting civilian sites in the UAE"
        if p.type == "military" and self._populated_target(p):
            return replace(p, type="assault", rule="populated target")  # "tanks shelled the old quarter of the southern
            # city", "Syrian forces shelled Sunni Muslim districts in Latakia", "the shelling of Tel Kelakh": force on a
            # town's people, with no armed side named in the sentence (cues ``bombarding``)
        if p.type == "military" and p.form == "noun" and p.trigger.text.split()[-1] in RAIDS and self._killed_in(p):
            return replace(p, type="assault", rule="victims killed in it")  # "12 civilians were killed in security
            # force raids on Saturday": the raid that killed them is force on the defenceless (check t17-reuters-162#5;
            # not a drone attack or air strike, weapons of war: "killed in a Russian drone attack" stays fighting)
        if p.family == "military" and p.form == "verb" and not p.passive and self._victim_object(p):
            if self.subject_token(p.start)[1] in WEAPON_SUBJECTS:  # "aircraft ... killed 46 civilians in an attack"
                return replace(p, type="military", rule="armed subject") if p.type == "assault" else p
            return p if p.type == "assault" else replace(p, type="assault", rule="victim object")
        if p.type != "assault" and p.form == "verb" and not p.passive and (
                p.family == "military" or p.type == "mobilize" and self._purpose_done(p)
                or p.type == "coerce" and _QUELL.match(p.trigger.text)) \
                and self._puts_down_dissent(p):
            return replace(p, type="assault", rule="force on dissent")  # "crushed an armed uprising in Hama", "sent
            # in the army to crush an uprising, killing up to 30,000 people" (a movement only when its purpose is told
            # done, ``_purpose_done``), "stormed it ... to try to crush street protests"; "have been trying to
            # quell demonstrations" (audit t17-reuters-260, t17-reuters-30; events_gold_fresh13 t17-reuters-46#30, fresh5
            # 259#1: quelling protest is the assault on it, where quelling else is coercion's word)
        if p.type != "assault":
            return p
        if p.passive:
            if p.form == "verb" and p.trigger.text.split()[0] in _SHOOTING \
                    and self.subject_token(p.start)[1] in ARMED_VICTIMS \
                    and not _BOMB.search(self.low, p.trigger.end, self.end):
                return replace(p, type="military", rule="armed victim")  # "two members of the security forces were
                # killed", "120 troops were reportedly killed": armed people killed is fighting, as in the active (but
                # "Three US servicemen were killed by an improvised explosive device": a bombing is an assault)
            return p
        if p.form == "verb" and p.trigger.text.split()[0] in _SHOOTING and self._victim_object(p, ARMED_VICTIMS):
            return replace(p, type="military", rule="armed object")  # "deserters killed seven soldiers", "Israel shot
            # dead five Egyptian border guards"
        if not p.trigger.text.startswith("kill"):
            return p
        i, word = self.subject_token(p.start)
        if word in ARMED:
            return replace(p, type="military", rule="armed subject")
        return p

    def _killed_in(self, p: Predicate) -> bool:
        """Is the raid noun ``p`` what people named as victims (``VICTIMS``) were killed in or during ("12 civilians were
        killed in security force raids", "six inhabitants were killed in raids by security forces")?"""
        m = _KILLED_IN.search(self.low, max(self.start, p.trigger.start - 120), p.trigger.start)
        return m is not None and m.group("victim") in VICTIMS

    def expelled(self, p: Predicate) -> Predicate:
        """Expelling people as persons (its object, or the subject of its passive: "Assad has expelled Reuters
        correspondents", "Reuters correspondents were expelled") is coercion; expelling envoys stays a sanction."""
        if p.type != "sanction" or p.form != "verb" or not p.trigger.text.startswith("expel"):
            return p
        person = self.subject_token(p.start)[1] in EXPELLED if p.passive else self._victim_object(p, EXPELLED)
        return replace(p, type="coerce", rule="expelled persons") if person else p

    def seized_place(self, p: Predicate) -> Predicate:
        """Seizing a named place is taking it by force, fighting (PLOVER FIGHT) as "captured" is: "Israel which seized
        the Golan Heights from Syria in a 1967 war" (events_gold_fresh3 186#31: military), "NTC forces, which seized
        Tripoli on August 23"; seizing power is a change of ruler, `other`, as taking it is (events_gold.md rule 37:
        "The Baath Party, which seized power nearly 50 years ago", "since his late father seized power 41 years ago":
        no coercion of a named party); seizing people or goods stays coercion ("seized weapons", "seized control of
        Gaza": no place right after the verb)."""
        if p.type != "coerce" or p.form != "verb" or p.passive or not p.trigger.text.lower().startswith("seiz"):
            return p
        if _SEIZED_POWER.match(self.low, p.trigger.end, self.end):
            return replace(p, type="other", rule="seized power")
        m = _SEIZED_PLACE.match(self.text, p.trigger.end, self.end)
        if m is None:
            return p
        from .places import known_place  # (places reads this module's lists)
        return replace(p, type="military", rule="seized place") if known_place(m.group("place")) else p

    def acted_on(self, p: Predicate, preds: list[Predicate]) -> Predicate:
        """A protest that is the object of an act of force or coercion is what the act was done to, not an act of the
        act's agent ("Bahrain, which itself suppressed a protest movement in March", "troops opened fire on a rally"):
        the noun is a topic, and a date beside it dates the verb (also when the noun was a topic already: "after
        security forces fired on demonstrators on Friday", where the verb, in its subordinate clause, would lose
        the date to the noun beside it)."""
        if p.type != "protest" or p.form != "noun" or p.rule == "object of an act":
            return p
        head = frozenset({p.trigger.text.split()[0]})
        for q in preds:
            act_of = gerund_of(q, self.low) or q.form == "noun" and self.low.startswith(" of ", q.trigger.end)
            if act_of and not q.quoted and q.trigger.end <= p.trigger.start \
                    and type_info(q.type).family in ("military", "coerce") and self._victim_object(q, head) \
                    and self.tokens.index(p.trigger.start) - self.tokens.index(q.end) <= 6:
                return replace(p, topic=True, rule="object of an act")  # "the killing(s) of 10 protesters on Friday":
                # the killing's day, the protesters what it was done to
        for q in preds:
            if q.rule == "force on dissent" and not q.quoted and q.trigger.end <= p.trigger.start \
                    and self.tokens.index(p.trigger.start) - self.tokens.index(q.end) <= 14 \
                    and _TO_SUPPRESS.search(self.low, q.end, p.trigger.end):
                return replace(p, topic=True, rule="object of an act")  # "sent troops and tanks to crush protests in
                # March": the protests are what the assault put down, and the date beside them dates the assault
        for q in preds:
            if q.form != "verb" or q.quoted or q.passive or q.trigger.end > p.trigger.start \
                    or type_info(q.type).family not in ("military", "coerce") or self.low[q.start - 3:q.start] == "to ":
                continue  # (not an act under "to", which has not happened: "Damascus's attempt to crush protests")
            i = self.tokens.index(q.end)
            if self._victim_object(q, head) and self.tokens.index(p.trigger.start) - i <= 6:
                return replace(p, topic=True, rule="object of an act")
        return p

    def gathering_subject(self, p: Predicate, preds: list[Predicate]) -> Predicate:
        """A demand or a statement whose subject is a gathering is the protest ("A silent protest in Damascus by 150
        people this week demanded the release of political prisoners", "A rally of thousands on Monday called for
        ..."): the gathering is the act and what it demanded its content. The gathering noun opens the sentence's
        first clause (after an opening adverbial at most) and no verb stands between it and the demand; not "Police
        broke up a protest and demanded ..." nor "After the protest, the minister demanded ..."."""
        if p.type not in ("demand", "statement") or p.form != "verb" or p.embedded or p.passive or p.quoted or p.negated:
            return p
        first = min(preds, key=lambda q: q.trigger.start)
        q = first
        if q.type != "protest" or q.form != "noun" or q.topic or q.owned or q.quoted \
                or q.trigger.text.split()[-1] not in GATHERINGS or q.trigger.end > p.start:
            return p
        if any(r is not q and r is not p and q.trigger.end <= r.trigger.start < p.start for r in preds):
            return p  # another act between the gathering and the verb
        between = self.low[q.trigger.end:p.start]
        if re.search(r"[,;:()\"“”]", between) or len(between.split()) > 10:
            return p
        opening = self.low[self.start:q.trigger.start]
        clause = opening[opening.rfind(",") + 1:]  # "On Monday, a rally ...": past an opening adverbial
        if len(clause.split()) > 3 or any(w in clause.split() for w in ("after", "before", "at", "during", "since")):
            return p
        return replace(p, type="protest", rule="gathering subject")

    def raid(self, p: Predicate, preds: list[Predicate]) -> Predicate:
        """A raid or a search whose sentence reports arrests is coercion (PLOVER COERCE), not fighting."""
        if p.type not in ("military", "assault") or p.trigger.text.split()[0] not in RAIDS:  # "raided houses ..., arresting"
            return p
        if p.rule == "force on dissent":
            return p  # "stormed the town to quell protests": the storming puts down a protest, no arrests said
        if any(q.type == "coerce" and not q.quoted and q.trigger.text.split()[0] not in ("crackdown",) for q in preds):
            return replace(p, type="coerce", rule="raid with arrests")
        return p

    def _purpose_done(self, p: Predicate) -> bool:
        """Does the clause of the troop movement ``p`` tell its purpose as done, with a participle of killing after it
        ("sent in the army to crush an armed Islamist uprising, killing up to 30,000 people")? Else the purpose is no
        act and the movement is the clause's act, ``mobilize`` ("sent troops into Hama in 1982 to crush an
        Islamist-led uprising", "tanks and soldiers moved in last month to crush the cradle of opposition", "turned to
        the army two weeks ago to crush resistance": events_gold.md rule 28, a purpose is no act done; rule 30 (d), a
        purpose the sentence tells as done is done)."""
        stop = _SENTENCE_STOP.search(self.low, p.end, self.end)
        end = stop.start() if stop else self.end
        return any(w in _SHOOTING for w in _DONE_PARTICIPLE.findall(self.low, p.end, end))

    def _puts_down_dissent(self, p: Predicate) -> bool:
        """Is the act of force ``p`` done to put down protest or dissent: a verb of crushing whose object is a
        movement of dissent ("crushed an armed Muslim Brotherhood uprising"), or any act of force whose purpose,
        an infinitive after it in its clause, crushes protesters or dissent ("sent troops and tanks to crush protests",
        "stormed it two months ago to try to crush street protests")? Not a purpose against fighters ("sent troops
        to crush the rebels"), nor one past the clause's end."""
        if (p.trigger.text.split()[0] in SUPPRESSING or " ".join(p.trigger.text.split()) in SUPPRESSING) \
                and self._victim_object(p, VICTIMS | DISSENT):
            return True
        stop = self.end
        for m in re.finditer(r"[.;:!?]|,\s+(?:but|while|and|as|when|after|before)\b", self.low[p.end:self.end]):
            stop = p.end + m.start()
            break
        m = _TO_SUPPRESS.search(self.low, p.end, stop)
        # an aside set off by commas does not count ("stormed into Deraa, cradle of a six-week-old uprising against
        # ...'s rule, a week ago to try to crush protests")
        if m is None or len(_COMMA_ASIDE.sub(" ", self.low[p.end:m.start()]).split()) > 8:
            return False
        for w in m.group(1).split():  # the object's head, past determiners and modifiers ("street protests")
            if w in VICTIMS or w in DISSENT:
                return True
            if w in BOUNDARY or w in ARMED_VICTIMS:
                return False
        return False

    def _civil_target(self, p: Predicate) -> bool:
        """Is what an attack hits a place or craft of people who do not fight (``CIVIL_TARGETS``), or civilians: the
        object of an active attacking verb ("insurgents attacked a hospital"), the subject of a passive one ("the
        embassies of both countries were attacked"), or what an attack noun is on or aimed at ("the attacks targeting
        civilian sites")? A crowd's attack stays a protest (``_crowd_subject``, read first) and weapons of war as
        subject stay fighting."""
        heads = CIVIL_TARGETS | VICTIMS
        tokens = self.tokens
        if p.form == "verb" and not p.passive:
            if self._crowd_subject(p) or self.subject_token(p.start)[1] in WEAPON_SUBJECTS:
                return False
            return self._victim_object(p, CIVIL_TARGETS)
        if p.form == "verb":
            i = self.subject_token(p.start)[0]
            for j in range(i, max(-1, i - 7), -1):  # "the embassies of both countries in Syria were attacked"
                w = tokens.words[j]
                if w in CIVIL_TARGETS:
                    return True
                if w in BOUNDARY or w in (",", "and", "after", "before", "when", "as", "that", "which"):
                    return False
            return False
        if p.trigger.text.split()[-1] not in _ATTACK_NOUNS:
            return False
        m = _TARGETING.match(self.low, p.end)
        if m is None:
            return False
        k = tokens.index(m.end())
        for w in tokens.words[k:k + 6]:
            if w in heads:
                return True
            if w in BOUNDARY or w in (".", "and", "in", "with", "by", "as", "during", "after", "before", "near", "to", "from"):
                return False
        return False

    def _populated_target(self, p: Predicate) -> bool:
        """Is ``p`` an active verb of bombarding or attacking (or "shelling/bombardment of") whose object is a populated
        place (``_POPULATED``: "the old quarter of the southern city", "two suburbs of the Syrian capital", "a border
        town") or a named town ("shelled Latakia", "started to attack Latakia"), in a sentence that names no armed side (``_ARMED_SIDE``: "a town
        that has become a refuge for army deserters", "the opposition stronghold of Baba Amr", "in pursuit of army
        defectors" stay fighting)? A passive ("districts ... were being pounded by government tanks") is left as it is."""
        words = p.trigger.text.split()
        if p.passive or words[0] not in _BOMBARDING and words[-1] not in _BOMBARDING:
            return False
        end = p.end
        if p.form == "noun":
            m = _OF.match(self.low, end)
            if m is None or words[-1] not in ("shelling", "bombardment"):
                return False
            end = m.end()
        elif p.form != "verb":
            return False
        if self._names_armed_side:
            return False
        name = _NAME_AFTER.match(self.text, end)
        if name is not None:
            parts = name.group(1).split()
            if any(self._town(" ".join(parts[:k])) for k in range(len(parts), 0, -1)):
                return True
        tokens = self.tokens
        i = tokens.index(end)
        for w in tokens.words[i:i + 7]:
            if w in _POPULATED:
                return True
            if w in BOUNDARY or w in (".", ",", "and", "with", "by", "as", "during", "after", "before", "to", "from", "for",
                                      "in", "near", "around", "outside", "at", "on"):
                return False  # "shelled army positions in the town": the positions are what is hit
        return False

    @staticmethod
    def _town(name: str) -> bool:
        """Is ``name`` a town or city the gazetteer or ``place_names.txt`` knows, a capital included ("Latakia", "Hama",
        "Damascus"), but not a country ("NATO bombarded Libya" is fighting)?"""
        from .places import known_named_place  # (places reads this module's lists)
        entry = GAZETTEER.get(name)
        return known_named_place(name) is not None and (entry is None or entry.form == "capital")

    def _crowd_subject(self, p: Predicate) -> bool:
        """Is the subject of the active verb ``p`` a crowd ("Crowds set fire to", "protesters have attacked"; not
        "protesters were shot dead")?"""
        i, word = self.subject_token(p.start)
        return word in CROWDS and not any(w in BE for w in self.tokens.words[i + 1:self.tokens.index(p.start)])

    def _victim_object(self, p: Predicate, heads: frozenset[str] = VICTIMS) -> bool:
        """Is the object of a violent verb a victim noun ("killed at least 25 people", "fired on a crowd of
        mourners"), or one of ``heads``? The words up to the noun are determiners, numbers, quantifiers and
        adjectives."""
        tokens = self.tokens
        i = tokens.index(p.end)
        words = tokens.words[i:i + 7]
        if words[:2] == ["up", "to"]:
            words = tokens.words[i + 2:i + 9]  # "killed up to 37 people": a quantity, not a goal
        for k, w in enumerate(words):
            if w in heads:
                return True
            if w == "," and words[k - 1:k] and words[k - 1].isdigit() and words[k + 1:k + 2] and words[k + 1].isdigit():
                continue  # "killed 3,000 civilians"
            if w in BOUNDARY or w in (".", "and", "in", "with", "by", "as", "during", "after", "before", "near", "to", "from"):
                return False
        return False

    def conditional(self, p: Predicate, span: tuple[int, int]) -> Predicate:
        """A planned act under "unless" is an ultimatum; a planned hostile act under "if" is a threat
        ("may halt mediation if cooperation founders"); a planned offer under "if" stays an offer."""
        if p.status != "planned" or p.type == "threaten":
            return p
        m = CONDITION.search(self.low, *span)
        if m and (m.group() in ("unless", "otherwise") or type_info(p.type).family in HOSTILE):
            return replace(p, type="threaten", rule="condition")
        return p

# the words between a statement verb and an act noun in its own object: no clause break nor relative word ("He also
# addressed reports he had taken holidays with Assad, whose crackdown ...": the crackdown is not in the object)
_IN_OBJECT = re.compile(r"(?:(?![,;:()\"“”—–]|\b(?:who|whom|whose|which|that|when|where|while|after|before|and|but)\b).)*", re.S)


def in_saying_object(low: str, saying: Predicate, q: Predicate) -> bool:
    """Is ``q`` in the object of the statement verb ``saying``, with no clause break nor relative word between?"""
    return saying.trigger.end <= q.trigger.start and _IN_OBJECT.fullmatch(low, saying.trigger.end, q.trigger.start) is not None


def best(preds: list[Predicate], low: str | None = None) -> Predicate | None:
    """The predicate a clause reports: a verb heading the clause before a noun, a quoted or topic one last."""
    candidates = [p for p in preds if not p.reporting]
    chosen = min(candidates, key=Predicate.rank) if candidates else None
    if low is not None and chosen is not None and chosen.form == "noun" and chosen.owned:
        # "Sullivan extended sincere condolences to the Israeli people for the June 20 terrorist attack by Hamas": an
        # act noun with an agent of its own in the object of a statement verb heading the clause is what the statement
        # is about (its own event only when dated); the saying is the clause's act
        saying = [p for p in candidates if p.type == "statement" and p.form == "verb" and not p.embedded
                  and not p.quoted and not p.topic and not p.negated and p.trigger.start < chosen.trigger.start
                  and in_saying_object(low, p, chosen)]
        if saying:
            return saying[0]
    return chosen


