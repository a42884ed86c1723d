"""Sentences + date mentions + predicates + actors -> events.

Each sentence of the story body is read once (``speech.read_sentence``): its
predicates as they read in their clauses (``predicates``), the reporting
verb that frames it and the event it reports. Then:

1. every date mention (DATE or TIME with a calendar value, or a relative
   date left unresolved) is one event of the predicate it dates
   (``dating.attach``: "met ... on Monday, August 27" is a meeting; "said on
   Wednesday" is a statement, or the speech act it reports); a date with no
   predicate in reach is an "other" event only when the sentence has no
   other event ("In 2017, a zone was established"); a date inside what a
   reporting verb reports dates only a predicate there ("growth in 2024 will
   be about 4%, Putin told reporters" dates nothing), and a deadline ("by
   August 12") never dates a reported act;
2. a reporting verb that no date claimed ("Nauert has told reporters",
   "Lavrov said") is a statement, typed by the speech act it reports ("said
   that Sudan must return ..." is a demand); a plain statement of a speaker
   already quoted that day in the article ("she added") is the same speech,
   and a plain statement of no one we can name ("residents said") is no
   event; an act of someone else that it reports ("..., military sources
   said") is an event of its own;
3. a sentence with no frame keeps its main predicate as an event when an
   actor does it; a planned meeting, visit or talks beside the main event is
   one too ("agreed that Blinken will visit China"); a retelling of the latest
   dated call or meeting by its own participants ("the two leaders discussed
   ...") is not.

Dates of events with no date of their own are decided in ``basis.py``.
An amount after "in" ("agreed to speak again in a month") dates the plan
that holds it, counted from the anchor at the unit's precision
(``dating.in_amount``); the timex itself stays a DURATION.
An interval is dated by its first day, a time of day by its day.

Which other verbs of a sentence head clauses of their own (participle,
coordinated and reported clauses) and whose acts they are is decided in
``clauses.py``; whether a verb group says when its act happened or only that
it did (perfect, progressive, iterative) in ``aspect.py``.

Roles (``roles.py``): actor1 is the speaker or agent, actor2 the
counterpart; ``actors`` lists the event's participants, agents first.
Codes: ``event_types.csv`` maps the type and status to CAMEO and PLOVER.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable, NamedTuple

from ..actors import ActorMention, story_country
from ..actors.credits import credit_spans
from ..actors.gazetteer import GAZETTEER, phrase_alternation, word_list
from ..actors.people import listed_state
from ..boilerplate import is_furniture
from ..model import Anchor, Article, Event, Mention
from ..sentences import split_sentences
from ..temporal.direction import FUTURE
from ..temporal.entry_stamps import is_entry_stamp
from ..temporal.grammar import lower
from ..temporal.points import Point
from . import nouns
from .acts import act_nouns, dated_act, object_act
from .addressed_force import addressed_counterparts, addressed_state
from .aspect import (ONGOING, background_saying, earlier_saying, main_perfect, now_act, ongoing_now, perfect_before,
                     perfect_position, perfect_saying, standing)
from .goes_on import speaker_goes_on
from .news_lead import after_lead, sets_span, tells_on
from .progressive_news import progressive_news
from .undated_why import (NO_DATE, ONGOING as GOING_ON, OTHER_CLAUSE, PERFECT, PLANNED, RECALLED, STANDING, TIME_WORD,
                          head_undated, rule_of as undated_rule, undated)
from .basis import (CONSULT, SOURCE_REPORTED, at_the_time, basis_of, continues_speaker, occasion_before,
                    shared_date, shares_perfect, first_phrase_date, closing_dates)
from .dayless import names_news_day
from .entry_days import EntryDays
from .clause_saying import clause_sayings
from .toll_reports import relative_toll_sayings, standing_toll
from .clauses import (OPENING_PARTICIPLE, OPENS, PARTICIPLE_ACTS, PARTICIPLE_CLAUSE, clause_subject, committed_act,
                      conjunct_before, coordinate_subject, document_subject, frame_basis, in_report, means_act,
                      opening_subject, speaker_again, verb_before, with_frame)
from .analysts import analyst_before, analyst_names, analyst_speaker, lay_speaker, pronoun_speaker
from .private_speakers import private_named, private_names
from .commentators import commentator
from .continued import first_person_act, recalled_act, run_on, run_on_act, we_act
from .dateonly_agent import apposed_kinsman, no_agent, of_undergoer
from ..cue_words import PAST_VERB, greedy_run, run_class
from .cues import (CLAUSE_STOP, CUES, PHRASE_CLOSE, PRONOUNS, PUNCT_BREAK, REPORT_OBJECT, SUBJECT_TO_VERB, object_words,
                   stance_object)
from .since_onset import since_phrase_act, since_span_act
from .past_narrative import past_narrative
from .since_then import since_then_act, then_event
from .nearly_ago import nearly_ago
from .recent_span import is_recent_span, recent_span, was_duration
from .saying_day import saying_day
from .either_dates import either_years
from ..temporal.direction import chronology_label
from .date_only import no_act_day, period_frame, since_frame
from .dating import (_Names, act_span, attach, blame_object_day, comparison_point, deadline_day, event_date_value, in_amount, in_object, infinitive, is_deadline, is_since, past_clause_act,
                     name_index, names_a_text, inner_phrase, object_day, onset_frame, opening_phrase_end, past_span, period_onset, prenominal,
                     redated_across_verb, series_frame, span_back, under_future, later_today)
from .places import (addressed_meeting_venue, dateline_places, dateline_venue, foreign_body, header_venue, meeting_venue,
                     told_agency, venue_throughout, written)
from .elections import ELECTOR_SEATS, ELECTORS, election_roles, is_election
from .charged_giving import charged_giving
from .granted_acts import granted_acts
from .occasions import occasion_after_saying, occasion_before_saying, occasion_opening, occasion_relative
from .opening_day import opening_day_act
from .questions import in_question, question_lines, without_reporters_turns
from .stays import stay_meetings
from .figures import figures_compared
from .force_acts import another_verb, force_noun_agent, own_subject_act, toll_of_first
from .killed_in import told_by_dated_noun
from .unnamed_attackers import unnamed_attack_rows, victim_force
from .named_victims import named_victim
from .forces_toll import forces_toll_rows
from .forces_killed import forces_killed_rows
from .killed_named import killed_named_rows
from .under_fire import under_fire_rows
from .backed_names import backed_names
from .unnamed_sayers import named_in_clause
from .attempted_crackdown import attempted_crackdown_rows
from .performative import aside_thanks, performed, welcome_ahead
from .recalled import recalled
from .news_night import lead_days, night_ends_on
from .relative_day import (MEASURED_CLOSE, beside_day, counted_point, late_occasion, measured_clause, measured_day,
                           same_day)
from .present import general_present, possible_only, subject_date_state
from .fights_between import fight_between, fight_rows
from .reported_fights import reported_fight_rows
from .victim_clauses import victim_clause_acts
from .agentless import (agentless_act, anti_protest, crowd_demand, crowd_demander, pronoun_demand, crowd_protest, unnamed_condemnation, unnamed_condemnations,
                        unnamed_toll)
from .aid_means import support_as_aid
from .blamers import blamers
from .opposition_figures import opposition_figure_acts
from .unnamed_supporters import unnamed_supporters
from .pseudonyms import pseudonyms
from .praised import praised
from .unnamed_sources import REPORTED_OPENING, unnamed_speaker
from .improved_ties import improved_ties, undated_effort
from .charged_participles import charged_participles
from .kept_support import kept_support
from .listed_objects import listed_object_rows
from .need_points import need_points
from .point_participles import participle_points
from .point_verbs import point_verb_rows
from .welcomed_agreements import welcomed_agreements
from .joint_plans import joint_plans
from .joint_resolve import joint_resolve
from .thanked_giving import thanked_giving
from .object_relatives import object_relative_blame
from .accepted_plans import accepted_plans
from .standing_cooperation import standing_cooperation
from .naming_clauses import naming_clause_charges
from .apposed_rejections import apposed_rejections
from .agent_passives import agent_passives
from .blamed_patients import blamed_patients
from .second_report import second_reported_act
from .second_support import second_support
from .pair_acts import pair_act, pair_counterpart, speaker_of_pair
from .second_speech import second_speech_act
from .second_saying import second_saying_act
from .shared_have_saying import shared_have_saying
from .adverbials import (adverbial_clause, date_before, during_heads, during_phrase, force_phrase_acts, subject_actors,
                         subjectless_clause, unnamed_measured, same_time_day, subordinate_clause, subordinate_force_acts,
                         unreal_force_noun)
from .reporters import journalists, news_outlet, reporter
from .relative_coordination import relative_coordinated, relative_second_acts
from .relatives import aside_span, bare_relative, date_aside, heads_aside, in_aside, in_person_aside, relative_clause, whose_state
from .relative_tolls import drop_relative_tolls, relative_own_act, relative_toll, toll_type
from .called_off import called_off_events
from .captions import body_caption, caption_before, first_line_furniture, story_parts
from .headlines import fold_headline, headline_charges
from .soundbites import soundbite
from .speaker_place import carry_speaker_places
from .place_names import name_places
from .seat_states import seat_states
from .district_places import place_districts
from .statement_venue import place_statement_acts
from .seat_places import place_council_sittings, place_seat_acts
from .clause_places import borrowed_place
from .place_reader import own_place, place_by_phrases
from .requests import requested_acts
from .invitations import invited_acts
from .decrees import decreed_yields
from .promised_yields import promised_yields
from .promises import PROMISES, promised_acts
from .announcements import announcement_of_act, saying_beside_planned_act
from .ahead import before_meeting, talks_ahead
from .openings import opening_visit
from .guest_visit import guest_visit
from .owned_meetings import owned_meeting
from .owned_acts import undated_owned_act, where_owner
from .protest_clauses import protest_clause_rows, suppressed_protests, unnamed_protesters
from .protest_nouns import undated_protest_noun
from .protest_sides import protest_sides
from .own_state_targets import without_own_state
from .pull_quotes import outside_pull_quotes
from .repeated_sentences import once_per_sentence
from .joint_work import commitment_of_the_day, committed_joint_work, joint_body_sides, purpose_of_joint_work
from .lead_ins import lead_in
from .meals import meal_after_meeting
from .retold import date_retold, lead_retold
from .untargeted import Story, aim_untargeted
from .turn_charges import turn_charge
from .turn_counterparts import turn_counterparts
from .leaders_they import leaders_before
from .joint_we import acts_as_state, opening_names
from .veto_places import place_vetoes
from .vetoed_council import council_target
from .claimed_before import own_request_before
from .other_subject import closed_by_named_clause, other_subject_act
from .voiced_state import speaker_voiced
from .date_by_agent import date_by_agent
from .passive_dates import passive_undergoer, unnamed_by
from .turn_repeats import turn_repeats
from .turn_folds import fold_turn_sayings, state_bodies, state_speakers
from .readout_counterparts import readout_counterparts
from .readout_topics import is_readout, readout_topics
from .turn_sayings import turn_sayings
from .proposed_by import proposed_by
from .same_speech import SPEECH_RULES, speech_before, speech_rule
from .retold_threats import retold_threat, threat_retellings
from .warnings import typed_warnings
from .withheld import withheld
from .with_saying import with_acts, with_saying
from .act_speech import ActSpeeches, plain_continuation
from .described_as import described_saying_verb
from .act_response import one_dated_act
from .joint_agents import ONE_SIDED, coordinated
from .joint_target import joint_target, may_have_joint_target
from .predicates import (COMMITMENT_NOUNS, FORCE_FAMILIES, HELD_AFTER, HOSTILE, SPEECH, SPEECH_ACTS, Predicate,
                         in_saying_object)
from .run_on_witness import run_on_witness
from .roles import (coded, coordinated_acts, first_person, of_countries, people_share, plural_head, roles,
                    statement_act, told_they, we_subject)
from .roster import find_roster, joint_title_actors, lead_signatories, signatories
from .senses import capacity_force, possible_force
from .speaker import (SUBJECT_TO_SAYING, introduced, names_again, official_speaker, quote_goes_on, speaker_office,
                      stands_as_subject)
from .statement_issuers import statement_issuers
from .reported_means import means_agent
from .frame_time import frame_day
from .speech import (CONTRASTING, SAYING_CONTRAST, TELLING, SentenceReading, claimed_act, contrast_search,
                     participle_saying, read_sentence, sidelines_host, speakers_conjunct, where_source)
from .subjects import speakers
from .travel import comes_hither
from .triggers import event_type as type_info, find_triggers
from .visited import comes_here, visited_countries
from .here_place import here_header

HEADER_SPAN = 300  # characters: a transcript's first turn label stands this close to the top, after its header
# an act of evaluating before a noun, its object: "welcomed the first ... Dialogue on March 10", "praised the talks"
# (no preposition between: "welcomed Chancellor Scholz to the White House for a bilateral meeting" tells the meeting)
_WELCOMED_OBJECT = re.compile(r"\b(?:welcomed?|welcomes|welcoming|praised?|hailed|applauded|commended)"
                              r"(?:\s+(?!(?:to|for|at|in|on|with|during|after|before|ahead)\b)[\w.’'-]+)*\s+$")
_WELCOMED_REACH = 80  # characters
_MEASURED_FROM = re.compile(r"\s+(?:after|before)\b")  # "three days after an army attack", "a week before the vote"
REPORT_LAG = 14  # days: a call or meeting that ended longer before the anchor is background, not the news
WIRE_RETELLING = 3  # sentences: in wire copy, how far after a meeting a sentence still tells what was said at it
NOT_AT_MEETINGS = FORCE_FAMILIES | {CONSULT, "sanction"}  # families of acts that take no venue from a meeting


def _is_heading(text: str, start: int, end: int) -> bool:
    """A crosshead ("Meeting with Russian ambassador"): short, no closing punctuation. Not a remark a speaker breaks
    off at a dash ("And I want to congratulate you —"): a transcript's cut-off sentence keeps its act. Nor a list's
    lead-in, a clause ending in a colon ("Ecuador has committed to address such barriers, including, for example:",
    "The Parties agree to take the following actions:"): its act is told there, its list gives the detail (``_LEAD_IN``;
    a label, "Non-Tariff Barriers:", "Working Group 7 – Export Controls:", stays a crosshead)."""
    if text[end - 1] == ":" and _LEAD_IN.match(text, start, end - 1):
        return False
    return text[end - 1] not in ".!?\"'”’);—–" and len(text[start:end].split()) <= 10


# a clause before a list's colon: a subject (a capitalised word or two, or "we" / "they") and a verb in lower case with
# an auxiliary or "to" after it, "has committed to", "agree to", "will", "intend to" (not a label's capitalised words)
_LEAD_IN = re.compile(r"[\s\"“]*(?:[A-Z][\w.’'-]*[ ]){1,4}?(?:also[ ]|have[ ]|has[ ]|will[ ])?"
                      r"[a-z]{3,}(?:ed|e|es)?[ ](?:to[ ]|that[ ])" + greedy_run(r":;") + r"$")


def event_id(article_id: str, position: int, event_type: str) -> str:
    digest = hashlib.sha1(f"{article_id}\x1f{position}\x1f{event_type}".encode()).hexdigest()
    return "ev-" + digest[:12]


def unique_ids(events: list[Event]) -> list[Event]:
    """``events`` with no id twice. An id is the article, the position of the date (or trigger) and the type, so two
    acts of one type dated by one phrase share it ("Germany called for more European Union sanctions against Syria
    Monday and urged the U.N. Security Council to discuss ...": two demands, one "Monday"); a repeat takes an id of
    its own from the first one's, its trigger and its count, so the first keeps the id it always had and the table's
    rows, the mentions' ``merged_event_id`` and the page's markers each name one event."""
    seen: dict[str, int] = {}
    out = []
    for e in events:
        n = seen.get(e.event_id, 0)
        seen[e.event_id] = n + 1
        if n:
            digest = hashlib.sha1(f"{e.event_id}\x1f{e.trigger}\x1f{n}".encode()).hexdigest()
            e = replace(e, event_id="ev-" + digest[:12])
        out.append(e)
    return out


_LENGTH_OF = re.compile(r"[\w-]+-(?:year|month|week|day|hour)\s[a-z]")


_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?[a-z]")
_LENGTH_OWNER = re.compile(r"(?:[’']s|\b(?:its|their|his|her|our|my|your|the|a))\s+(?:(?:nearly|almost|about|some|over|more\s+than)\s+)?$")


def _length_of_noun(low: str, m: Mention) -> bool:
    """Is the duration ``m`` the length of the noun after it, owned or determined ("Turkey's nearly two decades of
    contributions", "their 40 years of rule")? It measures that noun, not the time of the clause's act."""
    return _OF_NOUN.match(low, m.end) is not None and _LENGTH_OWNER.search(low, max(0, m.start - 30), m.start) is not None


# a noun and "of" right before a time word that is no date: the time names the noun's ("the protests of the past few
# days", "the violence of recent weeks"), not the clause's act (but "in the course of the past week" times the act)
_NOUN_OF_TIME = re.compile(r"\b(?!(?:course|span|period|space|end|start|beginning|middle|rest|most|all|some|each|one|"
                           r"none|any)\b)[a-z]{3,}\s+of\s+(?:the\s+)?$")


def _time_of_noun(low: str, m: Mention) -> bool:
    """Is the time word ``m`` the time of the noun before it ("arrested dozens of activists following the protests of
    the past few days": the protests', so the arrest in a lead's perfect keeps its news day, events_gold.md rule 5)?"""
    return _NOUN_OF_TIME.search(low, max(0, m.start - 30), m.start) is not None


def _span_back_point(low: str, reading: SentenceReading, m: Mention, timexes: list[Mention],
                     anchor: dt.date | None) -> Mention | None:
    """The date a span back to the day it ends on gives ``m``: its certain first day ("have battled for the past three
    days", ``past_span``), else the week it ends in ("killed ... in the last 48 hours", ``recent_span``); it ends on the
    day of the dated saying whose clause reports it ("said on Sunday 113 civilians had been killed in the last week",
    ``saying_day``), else on ``anchor``, the story's day. None when ``m`` is no such span."""
    if not act_span(low, m):
        return None  # (both spans are the clause's act's: asked first, it spares every other timex the saying's day)
    ended = saying_day(low, reading, m, timexes) or anchor
    return past_span(low, m, ended) or recent_span(low, m, ended)


def _is_date(m: Mention) -> bool:
    if m.type not in ("DATE", "TIME"):
        return False
    if m.value.endswith("_REF"):
        return False  # "now", "recently": not a date on a timeline
    return True


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the story body: its span, how it reads (``read_sentence``) and its actors."""

    start: int
    end: int
    reading: SentenceReading
    actors: list[ActorMention]
    lead: bool = False  # the story's first sentence: its present perfect is the day's news
    owners: tuple[ActorMention, ...] = ()  # "his", "her" before a noun: only ever the owner of an event noun


class _Counted(NamedTuple):
    """The calendar unit an act with no day of its own is counted to from another act or occasion (``relative_day``,
    ``occasions``): a day, or the week, month or year of a measured clause; and the rule that counted it."""

    point: Point
    rule: str


def _reports_after(text: str, start: int, end: int) -> bool:
    """Does an unquoted "that" clause follow the reporting verb ("said Nuseibeh, arguing that top Saudi figures
    supported ..."): indirect speech that reports an act, not the speaker's own quoted words?"""
    tail = text[start:end]
    return re.search(r"\bthat\b", tail) is not None and not any(q in tail for q in '"“”')


def _quoted_between(text: str, a: int, b: int) -> bool:
    """Is an odd number of quotation marks between offsets ``a`` and ``b``: is the one inside a quote the other closes
    or opens ('"Assad has to carry out a white coup," Mroue said': the demand is the speaker's own quoted words)?"""
    lo, hi = min(a, b), max(a, b)
    return sum(text.count(q, lo, hi) for q in '"“”') % 2 == 1



# the precisions of a date coarser than the event table's coarsest (a year): no date of an event
_COARSER_THAN_YEAR = frozenset({"decade", "century", "millennium"})


def _row_key(e: Event) -> tuple:
    """What a reader of the timeline tells two rows apart by (``_Builder.emitted``): not which date words dated it."""
    return (e.event_type, e.event_date, e.date_start, e.date_end, e.status, e.actors, e.actor1, e.actor2, e.location,
            e.char_start, e.trigger, e.trigger_char_start)


class _Builder:
    def __init__(self, article: Article, anchor: Anchor, actors: list[ActorMention]):
        self.article = article
        self.anchor = anchor
        self.text = article.text
        self.low = lower(article.text)
        self.events: list[Event] = []
        self.trigger_starts: set[int] = set()  # where the triggers of the events made so far start
        self.first_seen: dict[str, int] = {}
        for a in actors:
            self.first_seen.setdefault(a.key, a.start)
        self.last_consult: Event | None = None  # the latest dated call, meeting or talks
        self.consult_sentence = 0  # the story sentence (``sentences``) of ``last_consult``
        self.consult_at = -1  # where the trigger of ``last_consult`` is in the text
        self.mentions = actors  # every actor mention, in text order
        self.reporters: frozenset[str] = frozenset()  # the story's journalists (``journalists``)
        self.mention_starts = [a.start for a in actors]
        self.roster = find_roster(self.low, actors)  # the people a closing list says took part in the call
        title_actors = joint_title_actors(article.title)  # none unless the title is a joint statement's
        # the authors a joint statement's title names, or else its editor's lead ("the leaders of France, ... released
        # the following joint statement")
        self.signatories = signatories(article.title, title_actors, actors) or lead_signatories(self.low, actors)
        # does the joint statement open by announcing an agreement its authors reached that day ("have reached
        # agreement on an Agreement on Reciprocal Trade")? Its parties' terms are then that agreement (``agreement_term``)
        self.announced = False
        self.country_of = {a.name: a.country for a in actors if a.kind == "person" and a.country
                           and "unresolved" not in a.flags}  # whose country a person is
        self.org_of = {a.name: a.org for a in actors if a.kind == "person" and a.org}  # "NATO Secretary-General ..."
        for a in title_actors if self.signatories else ():  # a signatory the text gives no country
            if a.kind == "person" and a.country and "unresolved" not in a.flags:
                self.country_of.setdefault(a.name, a.country)
        self.countries = {a.name for a in actors if a.kind == "country"}
        self.people = {a.name for a in actors if a.kind == "person"}
        self.electors = list(dict.fromkeys(a.name for a in actors if a.name in ELECTORS))  # who votes in an election
        # transcript turn labels ("PRESIDENT BIDEN:"): (start, the person who speaks)
        self.labels = [(a.start, a.name) for a in actors if a.kind == "person" and self.text[a.end:a.end + 1] == ":"
                       and a.text.isupper()]  # (in text order, as the actors are)
        self.label_starts = [start for start, _ in self.labels]  # for a bisect (``_past_label``)
        # where each label's line begins, where its turn begins (``_turn_speaker``)
        self.label_lines = [self.text.rfind("\n", 0, start) + 1 for start in self.label_starts]
        self.questions = question_lines(self.text) if self.labels else []  # where a reporter's "Q" turns begin
        self.spoke: set[tuple[str, str | None]] = set()  # (speaker, day) of plain reported statements
        self.spoke_jointly: set[tuple[frozenset[str], str | None]] = set()  # (speakers, day) of joint statements
        self.spoke_as: set[tuple[str, str | None, str | None]] = set()  # (speaker, day, official) of ``spoke``
        self.spoke_dated: set[tuple[str, str | None]] = set()  # (speaker, day) of sayings dated by their own words
        # speakers of an undated saying in the simple present ("Turkey says refugee arrivals ... have doubled"), with
        # the lowered phrases that named them: the speech a later plain "Turkey said" of the day tells on (``repeats``)
        self.says_now: dict[str, set[str]] = {}
        self.act_speeches = ActSpeeches()  # speech acts told by their own verb ("accused"): a later "said" tells them on
        self.sentences = 0  # story sentences read so far (``extract_events``)
        self.lead_at: int | None = None  # ``sentences`` when the story's lead was read (``news_lead``)
        self.lead_dated = False  # does the lead name a date of its own ("stood by Assad on Thursday", ``news_lead``)?
        self.lead_days: frozenset = frozenset()  # the days the lead names ("on Friday"), for ``news_night``
        self.sentence_first = 0  # the index in ``events`` of the sentence being read's first event
        self.clause_timed: set[int] = set()  # the predicates of the sentence being read that a date in a clause before
        # their comma goes with (``dating.past_clause_act``)
        self.sentence_dates: list[Mention] = []  # the sentence being read's dates
        self.last_day: tuple[int, Event] | None = None  # the latest event dated to a day by the text, with its sentence
        self.last_dated: tuple[int, Event] | None = None  # the latest event dated by its own words, with its sentence
        self.last_speech: tuple[int, Event] | None = None  # the latest saying dated by the speech it goes on with
        # (``same_speech``), with its sentence: a saying of the same speaker in the next sentence goes on with it too
        # the latest statement a reporting verb made with a speaker we can name, with its sentence: a quotation running on
        # in the sentences after it is theirs (``continued``)
        self.quoting: tuple[int, Event] | None = None
        self.dayless = False  # does the story name no day of its news (``dayless.names_news_day``)?
        self.entry_days = EntryDays([], anchor.date)  # a live page's entries of another day than the page's
        # wire copy ("BRUSSELS (Reuters) -", "/TASS/.") tells the day's news in the simple past, so a saying in the
        # perfect or the present there is background; a web story (BBC) tells its news in the perfect itself
        self.wire = anchor.dateline is not None and anchor.dateline.agency is not None
        # the gazetteer entry of the country the story is filed from, or of its capital ("LONDON": the United Kingdom)
        entry = GAZETTEER.get(anchor.dateline.place) if anchor.dateline and anchor.dateline.place else None
        self.dateline_country = entry if entry is not None and entry.kind == "country" else None
        self.venue = dateline_venue(article.text, anchor.dateline)  # the dateline place, when the story happens there
        # does that place hold for every sentence, or only for a bureau story's lead (``bureau_depth``)?
        self.venue_throughout = venue_throughout(article.text, anchor.dateline, self.venue)
        self.speakers = {name for _, name in self.labels}  # who speaks in a transcript
        self.before_meeting = bool(self.labels) and before_meeting(article.title)  # remarks before a meeting
        self.speaker_countries = {name: country for name in self.speakers  # the states they speak for
                                  if (country := self.state_of_person(name))}
        self.speaking = self.speakers | set(self.speaker_countries.values())  # the speakers, or their states
        # a remarks transcript's header place ("Oval Office", "... Vilnius, Lithuania"): where its remarks were given
        self.header = header_venue(self.text, self.labels[0][0]) if self.labels and self.labels[0][0] < HEADER_SPAN \
            and anchor.dateline is None else None
        # ``roles`` of the predicates of the sentence being read, each read once (``_roles_of``)
        self.read_roles: tuple[Sentence | None, dict[int, tuple[Predicate, tuple]]] = (None, {})
        # whether a predicate of the sentence being read names a side, under the latest consult's parties (``sided``)
        self.read_sided: tuple[Sentence | None, tuple | None, dict[int, tuple[Predicate, bool]]] = (None, None, {})
        self.analysts: set[str] = set()  # the outside analysts who have spoken in the story so far (``add``)
        self.analyst_names = analyst_names(self.text)  # the surnames of the persons the story calls analysts
        self.private_names = private_names(self.text)  # and of those it describes as private persons (rule 32)
        self.analyst_said = -2  # the sentence (``sentences``) of the latest analyst's saying (``add``)
        self.unnamed_said = -2  # the sentence of the latest saying dropped as an unnamed source's (``add``)
        self.pseudonyms = pseudonyms(self.text)  # the names the story gives as pseudonyms (``add``)

    @cached_property
    def story_country(self) -> str | None:
        """The country the story names clearly (``forces.story_country``), read once an article on its first use: the
        actor mentions do not change while the events are made."""
        return story_country(self.mentions)

    @cached_property
    def first_named(self) -> dict[str, int]:
        """Where each actor name is first met in the text (as ``first_seen`` is by key), read once on its first use:
        which of a group's members the document names first (``point_participles``)."""
        first: dict[str, int] = {}
        for a in self.mentions:
            first.setdefault(a.name, a.start)
        return first

    @cached_property
    def readout_or_joint(self) -> bool:
        """Is the article a readout (``readout_topics.is_readout``) or a joint statement (``signatories``): its points
        are the principal's rows (rule 25: ``point_verbs``, ``need_points``)?"""
        return bool(self.signatories) or is_readout(self.article.title)

    def principal_pair(self, event: Event | None) -> None:
        """Keep only the principal and the one a readout's point is made to or about among ``event``'s actors, no
        third party its words name ("through the Terrorist Financing Targeting Center", "..., upholding the UN
        Charter": rule 25's actor2 only); ``event`` is the one ``add`` just returned (``amend``)."""
        if event is not None:
            self.amend(event, actors=tuple(n for n in (event.actor1, event.actor2) if n))

    def news_copy(self) -> bool:
        """Is the story a reporter's (wire copy or a web story, ``reported_copy``) with no signatories, whose body
        tells the day's news in the past and progressive and holds positions in the present and perfect?"""
        return (self.wire or self.reported_copy()) and not self.signatories

    def reported_copy(self) -> bool:
        """Is the story a reporter's copy that is no wire copy: a web story that names its journalists ("says Jim
        Muir", "The BBC's Frank Gardner"), or one from a news outlet that kept no dateline and signs no one
        (``reporters.news_outlet``), not a transcript? Its body, as wire copy's, holds standing positions in the simple
        present ("The government blames ...", "The UN says ..."), though it tells news in the perfect."""
        return (bool(self.reporters) or news_outlet(self.article.source)) and not self.labels

    def typed(self, sent: Sentence, p: Predicate | None, mention: Mention | None = None) -> Predicate | None:
        """The frame stands for the speech act it reports (``reading.main``), except when a date of the
        frame's own clause dates it and what it reports is a plan: "Lavrov said on Wednesday he will visit
        Ankara" is a statement on Wednesday (the visit is an event of its own, ``_dates_plan_saying``)."""
        main = sent.reading.main
        if p is not None and main is not None and p is sent.reading.frame and main.trigger is p.trigger:
            if _dates_plan_saying(sent.reading, mention):
                return p
            return main
        return p

    def add(self, sent: Sentence, p: Predicate | None, mention: Mention | None, *, basis: str,
            agent: str | None = None, lends_day: bool = True) -> Event | None:
        """One event of ``p`` (or of a date alone; None for one with no actor in a transcript); ``agent`` is who
        does it when the clause names no one (a verb coordinated with the reporting verb: "said ... he was backing
        the protesters and warned of civil war"). ``lends_day=False``: a call or meeting that the sentences after it
        do not retell, so it does not become ``last_consult`` (the meal after a meeting: what follows is of the meeting)."""
        span_at = None
        if p is None and mention is not None and was_duration(mention):
            return None  # a short span that dates no predicate was no date: no row of its own (``recent_span``)
        saying = p is not None and (p.reporting or p.type == "statement")
        if mention is not None and (span_back(mention) or (is_recent_span(mention) and (p is None or saying))):
            # "killing thousands of protesters over the past year": how long the act has gone on, not when (``span_back``):
            # the act keeps its row, undated; a saying of such a span ("Amnesty International put the death toll in the
            # past week at 55") is dated as an undated saying is; a short span ("in the last 48 hours") dates the act it
            # is the span of by its week (``recent_span``), but neither a saying nor a date alone ("dozens have now
            # been killed over the past week": a toll, no act of its own)
            span_at, mention = mention.start, None
            basis = "report" if saying else undated(TIME_WORD)
        text = self.text
        content = sent.reading.content
        framing = p is not None and p is sent.reading.frame
        # an opening "In Istanbul," is where the sentence's own acts happened, not those a speaker reports ("In
        # Istanbul, the Syrian National Council said ... Syrian troops killed 20 people": not in Istanbul)
        reported = p is not None and content is not None and content[0] <= p.trigger.start < content[1]
        unnamed, main = sent.reading.source, sent.reading.main  # the unnamed source (", activists said")
        if p is not None and unnamed is not None and main is not None and p.trigger.start < unnamed.start \
                and p.trigger.start != main.trigger.start:
            reported = True  # "In eastern Syria, ethnic Kurds demonstrated ... despite Assad's offer this week to ease
            # rules ..., activists said": the unnamed source reports the Kurds' act there, not where the offer was made
        saying = p if p is not None and (p is sent.reading.frame or p.trigger.form == "R") else None
        if saying is not None and analyst_speaker(text, self.low, sent.start, sent.end, p.trigger.start, p.trigger.end,
                                                   self.analyst_names):
            speaker = self._roles(sent, p)[1]
            named = speaker is not None and re.search(  # the speaker read is named at the verb, outside the quote
                rf"\b{re.escape(speaker.split()[-1].lower())}\b", self.low[p.trigger.end:p.trigger.end + 60]
                + re.split(r"[\"”]|’(?!s\b)", self.low[sent.start:p.trigger.start])[-1])
            if speaker not in self.people or not named:  # "said Syria expert Joshua Landis" read as Syria's, '"... for
                speaker = self._person_at(sent, p)  # Assad to survive," Barnes-Dacy said': the person named at the
                # verb is the analyst
            if speaker is not None:
                self.analysts.add(speaker)
            self.analyst_said = self.sentences
            return None  # '"It is a step toward civil war," said Syria expert Joshua Landis': an analyst's comment is
            # no act of a party (events_gold.md rule 24, BBC convention 4); the acts the comment tells keep their rows
        p = self.typed(sent, p, mention)
        event_type = p.type if p else "other"
        if p is not None and p.type == "agreement" and _promise(sent.reading, p):
            event_type = "statement"  # "Assad promised reforms": a promise with no concrete act is a saying, not an
            # agreement (events_gold.md rule 4; the promise of a concrete act is that act, planned: "promised to lift
            # the emergency law", "promised a national dialogue"); read as an act of the promiser's own until here
        info = type_info(event_type)
        flags: list[str] = []
        date_rule = None
        names, actor1, actor2, owner = self._roles(sent, p)  # (owner: how a meeting noun is owned, ``_meeting_owners``)
        if saying is not None and agent is None and event_type == "statement" and p.trigger is saying.trigger \
                and (lay_speaker(self.low, sent.start, sent.end, saying.trigger.start, saying.trigger.end)
                     or private_named(self.low, sent.start, sent.end, saying.trigger.start, saying.trigger.end,
                                      self.private_names, actor1)):
            self.unnamed_said = self.sentences  # his "he said" in the next sentence is no row either (below)
            return None  # '"...," said Sheree Zielke, 55, who came from Canada to watch', "Cairo engineer Ibrahim Sabri
            # said Arab leaders were afraid": a private person's saying is no row (events_gold.md rule 32); an act he
            # reports is typed by its own verb and keeps its row ("Ahmad Abdellatif, 27, ..., said ... agents had fired");
            # the same by name alone, wherever the story describes him ('"...," Kholood says' before "Kholood (not her
            # real name) is a mother of four": ``private_speakers``)
        if saying is not None and agent is None and event_type == "statement" and p.trigger is saying.trigger \
                and p.trigger.text.lower().startswith("according"):
            return None  # "An estimated 1.5 million people are homeless within the country, according to the Syrian
            # Arab Red Crescent", "According to the European Commission, in 2010 the EU was Syria's biggest trading
            # partner": "according to X" is no saying of X's, even when no act is read in what it reports
            # (events_gold.md rules 18 and 31; fresh12, fresh14, fresh28, fresh29); one typed by content ("...,
            # according to Radwan Ziadeh", an accusation) is left to the speech rule
        if saying is not None and agent is None and event_type == "statement" \
                and self._unnamed_saying(sent, p, mention, names):
            self.unnamed_said = self.sentences
            return None  # "a senior U.S. official said", "An Arab League source said", '" said the official, speaking
            # on condition of anonymity': a source no one names only attributes what it reports (events_gold.md rule 9
            # (b)); its accusation or demand keeps a row (9 (c), rule 13), and the act it reports keeps its own
        if saying is not None and agent is None and event_type == "statement" \
                and sent.start >= self.pseudonyms.get(actor1, len(text)) and not self._reports_party(sent, p, actor1):
            return None  # '"This scene shocked people in the market," Maya says' after "Maya, a Syrian activist who uses
            # a pseudonym": a source no one names (rule 9 (b); fresh3's and fresh21's notes), his own acts keep rows
        if saying is not None and agent is None and event_type == "statement" and p.trigger is saying.trigger \
                and self.sentences - quote_lines_back(text, sent.start, p.trigger.start) - self.unnamed_said == 1 \
                and pronoun_speaker(self.low, sent.start, sent.end, saying.trigger.start, saying.trigger.end):
            return None  # the same source again as "he" in the next sentence ('"...," one mourner, who gave his name as
            # Abdallah, told Reuters. He said the bodies had been taken to ...'): whoever the finder reads as "he", it
            # is the speech of a source no one names (rule 9 (b); a continuation, the speech rule)
        # a saying, with no agent given, that is the act itself (or quoted before it) and stands for no act it reports
        # in indirect speech after it ("said Nuseibeh, arguing that top Saudi figures supported rival Yemeni factions"
        # keeps its row)
        own_saying = saying is not None and agent is None \
            and (p.trigger is saying.trigger or _quoted_between(text, p.trigger.start, saying.trigger.start)) \
            and not (event_type != "statement" and _reports_after(text, saying.trigger.end, sent.end))
        if own_saying and (actor1 is not None and actor1 in self.analysts
                           or pronoun_speaker(self.low, sent.start, sent.end, saying.trigger.start, saying.trigger.end)
                           and (self.sentences - quote_lines_back(text, sent.start, saying.trigger.start)
                                - self.analyst_said <= 1
                                or analyst_before(text, self.low, quote_opening(text, sent.start, saying.trigger.start),
                                                  self.analyst_names))):
            self.analyst_said = self.sentences
            return None  # the same analyst again ("Landis added", '"Assad has to carry out a white coup," Mroue said'),
            # named or as "he" right after him ('"...," the Saudi commentator who requested anonymity said.
            # "Naturally Saudi Arabia ... sees any sudden change ... as a threat," he added', whoever the finder reads
            # as "he"): his comment is no act either, and no continuation of a row (rule 24)
        if self.reporters and (actor1 if agent is None else agent) in self.reporters:
            return None  # "The BBC's Ian Pannell has travelled to the outskirts of Aleppo": a journalist's own doing
            # (but an act a pass gives its own agent is that agent's: "The BBC's Paul Wood ... reports on citizens
            # subjected to a relentless artillery barrage by government troops")
        if actor2 is not None and actor2 in self.reporters:
            names, actor2 = [n for n in names if n != actor2], None  # "told the BBC's Lyse Doucet": no counterpart
        if self.retold_retreat(sent, p, mention, actor1 if agent is None else agent):
            return None  # "..., rebels vowed to fight back after being largely ousted from Salah al-Din on Thursday. The
            # Free Syrian Army withdrew after intense shelling ...": the same retreat told again, one act (BBC convention 5)
        if p is None and agent is None and self.labels and not sent.reading.predicates \
                and not any((a.start, a.name) not in self.labels for a in sent.actors if a.name in names):
            # "As of yesterday, more than 100 million payments ...", "Right now, today, it is happening": in a
            # transcript, a date with no act and no actor is talk, not an event (but in a story "In 2017, a zone
            # was established" is one, and "The official Syrian news agency said Saturday ..." has a speaker the
            # finder cannot name)
            return None
        if agent is None and p is not None and unnamed_toll(p, text, self.low, sent.start, sent.actors,
                                                            sent.reading.predicates, [actor1] if actor1 else []):
            return None  # "Two aid workers were kidnapped", "in response to the killing of 11 villagers earlier
            # Wednesday" (whoever the clause's subject is): no side named, no row (rule 20 of events_gold.md)
        if agent is not None:
            names, actor1 = [agent] + [n for n in names if n != agent], agent
            actor2 = actor2 if actor2 != agent else None
            actor2 = actor2 or next((n for n in names if n != agent), None)
        if self.agreement_term(sent, p, actor1):
            # "Malaysia has committed to accepting U.S. manufactured vehicles ...", in the statement announcing the
            # agreement: that party's term of it (events_gold.md rule 7 (a)), made to the other party
            p = replace(p, type="agreement", rule="agreement term")
            event_type, info = p.type, type_info(p.type)
            if actor2 is None and len(self.signatories) == 2:
                actor2 = next(n for n in self.signatories if n != actor1)
                names = list(dict.fromkeys(names + [actor2]))
        if p is not None and event_type in ("support", "cooperate") \
                and support_as_aid(self.low, p.trigger.start, p.trigger.end, sent.end):
            event_type, info = "aid", type_info("aid")  # "will continue to support the Afghan people, including through
            # continued development, humanitarian, and security assistance": the aid given (events_gold.md rule 7 (d))
        if p is not None and event_type == "concede" and actor2 is None and len(self.signatories) == 2 \
                and actor1 in self.signatories:
            # "will identify products ... to receive a zero percent reciprocal tariff rate", in a statement of two
            # parties: relief for the other party's goods
            actor2 = next(n for n in self.signatories if n != actor1)
            names = list(dict.fromkeys(names + [actor2]))
        if mention is None and basis in ("report", "dateline") and p is not None \
                and p.trigger.start in self.clause_timed:
            basis = undated(OTHER_CLAUSE)
            # "Erdogan repeatedly contacted Gaddafi after the Libyan uprising began in February, calling for a
            # ceasefire": the act goes with the clause's time, which is not its own day, nor is the story's
        elif mention is None and basis in ("report", "dateline") and p is not None and not p.reporting \
                and under_future(self.low, sent.start, p.start) and not later_today(self.low, sent.start, sent.end):
            basis = undated(PLANNED)
            # "will review progress ... and continue close coordination": a plan has no day yet
            # (but "Later, I'll be visiting ...": later today, the story's day)
        if mention is None and basis in ("report", "dateline") and p is not None and self.labels \
                and self.labels[0][0] < sent.start and recalled(self.low, (sent.start, sent.end), p, by_speaker=actor1 in self.speaking):
            basis = undated(RECALLED)
            # "We also launched a $698 million ... compact": in a transcript, an act the speaker
            # recalls, on a day the text does not give (not "we've just signed", nor the meeting of the day)
        if mention is None and basis == "undated" and p is not None and self.before_meeting \
                and talks_ahead(self.low, (self._past_label(sent), sent.end), event_type, p.status == "planned",
                                actor1, actor2, self.speakers) and actor1 == self._turn_speaker(sent.start):
            basis = "dateline"  # "I'm looking forward to having a detailed discussion with you", in remarks before a
            # bilateral meeting: that meeting's talks, later the same day (``ahead``)
        then = None
        carried = None  # the call or meeting whose day the event takes (``inferred`` from ``last_consult``)
        counted = None  # the unit of an act with no day of its own counted from another act (_Counted)
        if mention is None and basis in ("report", "dateline") and p is not None and at_the_time(self.low, sent, p):
            # "Syrian Ambassador Bashar Ja'afari denied at the time that ...": the time of the occasion the sentence
            # before dated ("told a closed meeting ... on May 11"), not the day of the story; with no such occasion
            # just before, no day at all
            then = occasion_before(self)
            basis = "then" if then is not None else undated(RECALLED)
        elif mention is None and p is not None and p.status != "planned" and basis in ("report", "dateline", "undated"):
            future = under_future(self.low, sent.start, p.start)  # once: three of the branches below ask it
            if not future and same_day(self.low, sent, p) \
                    and (then := occasion_before(self)) is not None and not late_occasion(self.low, then):
                basis = "then"  # "Clinton met Lavrov on Thursday. Hours later, NATO warplanes struck Tripoli": that day
            elif (occasion := occasion_opening(self, sent, p)) is not None:
                # "At his last meeting with President Assad in Damascus on 9 July, the two men agreed ...": that day
                counted = _Counted(Point.of(occasion.date_start, "day"), "article/occasion_opening")
            elif (occasion_day := occasion_relative(self.low, sent, p, self.sentence_dates)) is not None:
                # "Saturday's vote at the Arab League, in which Lebanon was one of only two countries to oppose ...": the
                # occasion's day
                counted = _Counted(Point.of(occasion_day.date_start, "day"), "article/occasion_relative")
            elif basis in ("report", "dateline") and not future \
                    and (speech := speech_before(self, p, actor1)) is not None:
                # "Nabih Berri ... said on Tuesday ... . He added, "We warn against ..."": the Tuesday speech goes on
                # (an act a report would date, not background: "Moscow has three times blocked ...")
                counted = _Counted(Point.of(speech.date_start, "week" if speech.precision == "week" else "day"),
                                   speech_rule(speech))
            elif not future and since_then_act(self.low, sent, p) \
                    and (onset := then_event(self.last_dated, self.sentences)) is not None:
                # "In June, Erdogan offered him a guarantee ... Since then Turkey has stepped up support": June
                counted = _Counted(Point.of(onset.date_start, "day" if onset.precision == "time" else onset.precision),
                                   "article/since_then")
            elif not future \
                    and (beside := beside_day(self.low, sent, p, self.events)) is not None:
                source, days = beside  # "Turks voted ... on Sunday. The day before the vote, Kilicdaroglu met ...": Saturday
                point = counted_point(source.date_start, (days, "day"))  # (None out of the calendar's range)
                counted = _Counted(point, f"article/beside_{source.event_type}") if point is not None else None
        if mention is None and p is not None and basis in ("report", "dateline", "undated") and counted is None \
                and (measured := measured_day(self.low, sent, p, self.events, self.sentence_first, self.sentence_dates,
                                              self.day_at(sent.start))) is not None:
            point = counted_point(*measured)  # "shelled Homs on Thursday, a day after rebels captured Zlitan":
            # Wednesday; "on Sunday, three weeks after Turkey imposed sanctions": that week
            counted = _Counted(point, "article/measured_clause") if point is not None else None
        if counted is not None:
            basis = "counted"
        if basis == "joint":  # "Malaysia has committed to ...": news of the statement when its authors do it
            basis = "report" if actor1 is not None and actor1 in self.signatories else undated(PERFECT)
        if basis == "report":  # the day it was reported: the call or meeting its agent took part in, or the anchor
            source = self.last_consult
            if framing and source is not None and content is not None and content[0] <= self.consult_at < content[1]:
                source = None  # '"I met President Assad on Tuesday," Davutoglu told reporters': the meeting is what
                # the saying tells, not the occasion it was said at
            elif source is not None and p is not None and source.char_start == sent.start \
                    and in_person_aside(self.low, sent.start, self.consult_at) \
                    and not in_person_aside(self.low, sent.start, p.trigger.start) \
                    and not _PLUPERFECT.search(self.low, max(sent.start, p.trigger.start - 20), p.trigger.start):
                source = None  # "The French foreign minister, who visited Cairo on Tuesday, told reporters ...": the
                # visit of the aside is the speaker's earlier act, not the occasion of the saying
            # the call or meeting its agent took part in, or one of its agent's people ("Turkey's foreign minister
            # held his first meeting with ... reported by a Turkish foreign ministry official": Turkey's, that day)
            basis = "inferred" if source is not None and actor1 is not None and (
                actor1 in source.actors or actor1 in {self.state_of_person(n, listed=False) for n in source.actors}
                or self._named_at(actor1, source, sent)) else "dateline"
            if basis == "inferred" and self.labels and p is not None and p.family == CONSULT \
                    and _greets(self.low, p) and source.date_basis in ("dateline", "explicit") \
                    and source.date_start == self.day_at(source.char_start):
                basis = "dateline"  # "It is a great honor for me to be here", after the host's welcome: the guest's
                # side of the meeting of the day, dated and placed as the host's is (where the remarks are given)
        if mention is not None and mention.precision in _COARSER_THAN_YEAR:
            # "almost went to war in the late 1990s", "repeated coups in the 1960s", "nearly eight decades ago": a decade
            # or a century is no date the table's precisions (day, week, month, year) can carry, so the act is
            # undated, as every development set reads it (events_gold_fresh9 226#7, fresh18 149#17, fresh21 67#7,
            # fresh28 152#13, fresh29 223#3, fresh30 310#20, blind 284#12); its words stay in ``date_text``
            date_start = date_end = event_date = None
            precision = "none"
            position = mention.start
            basis = undated(TIME_WORD)
        elif mention is not None:
            date_start, date_end, precision = mention.date_start, mention.date_end, mention.precision
            event_date = event_date_value(mention) if mention.resolved else None
            if (night_end := night_ends_on(mention, mention.anchor, self.lead_days)) is not None:  # (the anchor or
                # the live entry's day it was counted from)
                date_start = date_end = night_end  # "deployed overnight": the day the night ends on, the story's
                event_date = night_end.isoformat()  # (``news_night``; the timex keeps the night before)
            flags.extend(mention.flags)
            position = mention.start
            date_rule = mention.rule
            if mention.resolved and "anaphoric" in mention.rule:
                basis = "inferred"  # counted from another date of the text ("the next day")
            source = self.last_consult
            if source is not None and mention.resolved and precision in ("day", "time") and actor1 is not None \
                    and date_start == source.date_start and (actor1 in source.actors or actor1 in {
                        self.state_of_person(n, listed=False) for n in source.actors}):
                carried = source  # "Lavrov met Tillerson in Manila on Sunday. ... Lavrov told reporters on Sunday":
                # the day of the meeting, by one who took part in it
        elif basis == "counted":
            point = counted.point
            date_start, date_end, precision, event_date = point.start, point.end, point.precision, point.value
            basis = "inferred"
            position = p.trigger.start
            date_rule = counted.rule
        elif basis == "then":
            basis = "inferred"
            date_start, date_end, precision, event_date = then.date_start, then.date_end, then.precision, then.event_date
            position = p.trigger.start
            date_rule = "article/at_the_time"
        elif basis == "inferred":
            source = self.last_consult
            carried = source  # the call or meeting whose day it takes: what its sentence retells was said there
            date_start, date_end, precision, event_date = source.date_start, source.date_end, source.precision, source.event_date
            position = p.trigger.start
            date_rule = f"article/{source.event_type}"
        elif basis == "dateline" and (entry := self.entry_days.stamp_of_other_day(p.trigger.start)) is not None:
            date_start = date_end = entry.date_start  # a live entry past midnight or under a dated stamp: its day
            precision, event_date = "day", entry.date_start.isoformat()
            position = p.trigger.start
            date_rule = entry.rule
        elif basis == "dateline":
            date_start = date_end = self.anchor.date
            precision = "day" if self.anchor.date else "none"
            event_date = self.anchor.date.isoformat() if self.anchor.date else None
            position = p.trigger.start
            if self.anchor.date is None:
                basis = "unresolved"
                flags.append("unresolved: no anchor date (no dateline, metadata or --reference-date)")
            else:
                date_rule = f"dateline/{self.anchor.source}"
        else:
            date_start = date_end = event_date = None
            precision = "none"
            position = p.trigger.start if p is not None else span_at  # (a span alone: "in the past year")
        if "year_inferred" in self.anchor.flags and date_start is not None and not (
                mention is not None and "explicit" in mention.rule):
            flags.append("year_inferred")
        status = self._status(p, mention, sent.start)
        if status == "reported" and date_rule == "article/measured_clause" \
                and (today := self.day_at(sent.start)) is not None and date_start > today \
                and not _past_group(self.low, p):
            status = "planned"  # "They occurred a day before ... Annan is to launch his mission by sending a technical
            # team", on the story's day: counted to a day after it, the act is still to come (not "shelled Homs on
            # Friday, 100 days before the Arab League imposed sanctions": a simple past tells it done, the count or
            # the main clause's day is wrong)
        if basis == "undated":
            date_rule = undated_rule(basis, status == "planned")  # why no date (``undated_why``)
        location = location_basis = None
        near = None if mention is not None and unnamed is not None and unnamed.end <= mention.start \
            and where_source(self.low, sent.start, unnamed) else mention  # (the day of ", where a rights group said on
        # Tuesday ...": the saying's, and the antecedent beside it no place of the act it reports)
        where = own_place(text, self.low, sent.start, sent.end, p, near, reported)  # the act's own phrase
        if where and (here := here_header(text, sent.start, sent.end, where, self.header)):
            location, location_basis = here, "header"  # "the warm welcome you've given me here in Japan": at the
            # header's place (``here_place``)
        elif where:
            location, location_basis = where, "clause"
        elif p is not None and ongoing_now(self.low, p, sent.start):
            flags.append(ONGOING)  # "We are now cooperating trilaterally on supply chain resilience": work going on, not
            # done at the occasion (nor at a joint statement's venue: ``statement_venue``)
        elif p is not None and comes_here(p) and (self.header or self.venue):
            location, location_basis = self.header or self.venue, "header"  # "I was here in 2014": where the
            # remarks are given (the transcript's header line) or the story is set (the dateline's venue)
        elif is_election(p) and self.anchor.dateline and self.anchor.dateline.place in ELECTOR_SEATS \
                and date_start is not None and date_start == self.day_at(sent.start):  # (not "elected ... last year")
            location, location_basis = self.anchor.dateline.place, "dateline"  # "UNITED NATIONS (Reuters) - Kuwait was
            # among 15 nations elected on Friday": the Assembly votes where it sits, and the story is filed from there
        elif p is not None and event_type == "visit" and comes_hither(p.trigger.text) and self.anchor.dateline \
                and self.anchor.dateline.place:  # "Sheree Zielke, 55, who came from Canada": to where the story is filed
            location, location_basis = self.anchor.dateline.place, "dateline"
        elif (basis == "dateline" or _lead_of_the_day(sent, event_type, basis, precision, date_start,
                                                      self.day_at(sent.start), actor1)) \
                and info.family not in FORCE_FAMILIES \
                and dateline_places(self.venue, self.venue_throughout, self.sentences, text[sent.start:sent.end],
                                    info.family in SPEECH) \
                and (event_type != "sanction" or self._sanctions_here(actor1)) \
                and not foreign_body(self.dateline_country, sent.actors, actor1) and not written(text, self.low, p) \
                and not told_agency(text, sent.start, p) \
                and not commentator(text, sent.start, sent.end, sent.actors, actor1, self.venue):
            # (troops move where they are, not at the reporter's desk; a foreign body speaks at home; a document is
            # issued, not spoken at a place: "An official statement said", "William ... and Kate wrote"; nor one told
            # to the agency itself, wherever it reached the speaker: "al-Sufi told Reuters"; nor another state's
            # sanction, imposed at home: "U.S. President Barack Obama also imposed a fresh round of sanctions" under
            # LONDON, ``_sanctions_here``; nor, in a bureau story, a saying after the lead, gathered from elsewhere:
            # "Assad also vowed" from a paper's interview under LONDON, ``bureau_depth``)
            location, location_basis = self.venue, "dateline"
        elif self.header and date_start is not None and date_start == self.day_at(sent.start) \
                and (actor1 in self.speaking or actor1 is None and info.family == CONSULT
                     and any(n in self.speaking for n in names)) \
                and basis in ("dateline", "explicit") and event_type != "call" \
                and info.family not in FORCE_FAMILIES and not written(text, self.low, p):
            # what the speakers of a remarks transcript (or their states, "we're committed to Lithuania") say and do on
            # its day (the anchor's, or "today"), they say and do where they speak (not what others said or did: "Secretary Yellen said recently", "former President Obama
            # warned", told by a speaker; not an act whose day is carried from another, which in a transcript is as
            # often a past act the speaker recalls: "At that time, he said", "I met with our allies earlier this month";
            # not a call, which has no venue: "I spoke with President Zelenskyy this morning")
            location, location_basis = self.header, "header"
        elif (addressed := addressed_meeting_venue(text, p, self.events)) is not None:
            location, location_basis = addressed, "meeting"  # "Prince Saud al-Faisal told the meeting that ..."
        elif carried is not None and info.family not in NOT_AT_MEETINGS and meeting_venue(carried) \
                and (not self.wire or self.sentences - self.consult_sentence <= WIRE_RETELLING):
            # "President Biden met with President Xi Jinping in Woodside, California ... . President Biden emphasized
            # that ...": what its participants said or did at the meeting, on its day, happened at its venue (not a
            # call's: no venue; not another call or meeting after it, an occasion of its own; not an act of force or
            # a sanction, done on the ground; in wire copy only in the sentences right after it, which tell it)
            location, location_basis = meeting_venue(carried), "meeting"
        cameo, plover = info.codes(status)
        roster = self.roster
        if roster is not None and event_type == roster.kind and status == "reported" and sent.start < roster.start \
                and not any(e.event_type == roster.kind for e in self.events):
            names = list(dict.fromkeys(names + list(roster.names)))  # "Joining the call were ..."
            if not roster.group:
                actor2 = actor2 or next((n for n in names if n != actor1), None)
            elif actor2 is not None and actor2 not in roster.names and actor2 not in self.people:
                # a call with a group the readout lists ("spoke today with the Bucharest Nine (B9) group of our
                # eastern flank NATO Allies", "held a secure video call with transatlantic leaders"): the group is its
                # members, and neither one of them nor a name in the group's description (NATO) is its counterpart;
                # a listed leader the clause names stays ("spoke with Chancellor Scholz and other leaders"), and so
                # does a person it names whom others' aides joined ("spoke today with Chancellor Olaf Scholz", then
                # "Joining President Biden on the call were Secretary of State Antony Blinken and German Foreign
                # Minister Annalena Baerbock": two states' people listed, no group)
                names = [n for n in names if n != actor2]
                actor2 = None
        if p is not None and event_type == "visit" and actor2 is None and comes_hither(p.trigger.text) \
                and self.dateline_country is not None:
            actor2 = self.dateline_country.country  # "foreign dignitaries flew in" to London: Britain is the host
            names = list(names) + [actor2]
        event = Event(
            event_id=event_id(self.article.id, self.article.given_at(position), event_type),
            event_date=event_date, date_start=date_start, date_end=date_end, precision=precision,
            date_text=text[mention.start:mention.end] if mention else None,
            date_basis=str(basis), event_type=event_type, status=status,
            actors=tuple(names), actor1=actor1, actor2=actor2,
            location=location, location_basis=location_basis,
            sentence=text[sent.start:sent.end], article_id=self.article.id, title=self.article.title,
            source=self.article.source, url=self.article.url,
            char_start=sent.start, char_end=sent.end,
            date_char_start=mention.start if mention else None, date_char_end=mention.end if mention else None,
            trigger=p.trigger.text if p else None, trigger_char_start=p.trigger.start if p else None,
            event_family=info.family, cameo=cameo, plover=plover,
            date_rule=date_rule, anchor_date=self.anchor.date,
            flags=tuple(dict.fromkeys(flags)),
            # who, in the text's words, speaks: merging keeps apart two officials of one body (merge.py)
            # and where its verb stands (``announcements``: which of two "said" is whose)
            extra={"speaker": speaker_office(sent.actors, actor1, p.trigger.start), "at": p.trigger.start}
            if event_type == "statement"
            else {"victim": victim} if (victim := _victim(sent, p, actor1, actor2)) else {},
        )
        if sent.lead and event.date_basis == "dateline" and (event_type == "statement" or p is not None and p.reporting):
            self.dayless = False  # "French Foreign Minister Alain Juppe has said that ...", "Lavrov has said Moscow will not
            # back sanctions": a lead that reports a saying of the day tells the day's news with no day named (web copy)
        if event.date_basis == "explicit" and event.precision in ("day", "time"):
            self.last_day = (self.sentences, event)
        if event.date_basis == "explicit" and event.status == "reported":
            self.last_dated = (self.sentences, event)  # what a "Since then" of the next sentence counts from
        if date_rule in SPEECH_RULES:
            self.last_speech = (self.sentences, event)
        if framing and actor1 is not None:
            self.quoting = (self.sentences, event)
        if self.repeats(event, p, sent):
            return event  # the same speech again ("she added"), not a new event
        if self.emitted(event):
            return event  # the same row again, by a second date of the same day ("today (Tuesday)")
        if withheld(self.low, p) and self.has_spoken(event):
            return event  # "But he declined to say whether ...", after his saying: what it did not tell (``withheld``)
        self.events.append(event)
        if event_type == "agreement" and status == "reported" and self.signatories and self.sentences <= _ANNOUNCING \
                and event.date_start is not None and event.date_start == self.day_at(sent.start) \
                and any(n in self.signatories for n in names):
            self.announced = True  # "The United States and Malaysia have reached agreement on ..." (the release day)
        if p is not None:
            self.trigger_starts.add(p.trigger.start)
        if lends_day and info.family == CONSULT and event.date_start is not None and status == "reported" \
                and self._recent(event) and event.precision in ("day", "time", "week") \
                and not (p is not None and p.form == "noun" and _WELCOMED_OBJECT.search(
                    self.low, max(sent.start, p.trigger.start - _WELCOMED_REACH), p.trigger.start)) \
                and owner != "their" and not (mention is not None and is_recent_span(mention)):
            # ("a second peace summit this year" is no call; nor do the dated talks a statement welcomes lend their day,
            # "welcomed the first U.S.-Canada Indo-Pacific Strategic Dialogue on March 10": named, not told, and the
            # sentences after it are the statement's own; nor "their meetings in London on June 9 and 10", which the
            # statement recalls: what its authors do next is the statement's, not that meeting's; "Today's meetings"
            # are the day's, and lend it; nor talks or visits over a span, "visited by the ICRC ... in the past week":
            # no one meeting the sentences after it retell, ``recent_span``)
            self.last_consult = event
            self.consult_at = p.trigger.start
            self.consult_sentence = self.sentences
        return event

    def agreement_term(self, sent: Sentence, p: Predicate | None, actor1: str | None) -> bool:
        """Is ``p`` one party's term of the agreement the joint statement announces (``announced``): a signatory,
        named as itself, that commits to something ("Malaysia has committed to address non-tariff barriers",
        "Cambodia commits to ...", "The United States and Malaysia have committed to strengthening ... cooperation")
        or makes commitments ("has made commitments on preventing forced labor")? Rule 7 (a) of events_gold.md types
        such a term as the agreement whatever is committed to, where outside such a document a commitment to work
        together is cooperation and one to a partner's cause support (``predicates``). Not a plan ("will commit"),
        nor a company named after a signatory ("Air Cambodia commits to working jointly with Boeing"), nor money
        committed (aid, rule 7 (d))."""
        if not self.announced or p is None or actor1 is None or actor1 not in self.signatories \
                or p.status == "planned" or p.negated or p.quoted or p.type not in _TERM_TYPES:
            return False
        words = p.trigger.text.lower().split()
        if words[0] in _TERM_VERBS:
            pass
        elif words[0] in COMMITMENT_NOUNS and p.form == "verb" and p.start < p.trigger.start:
            light = self.low[p.start:p.trigger.start].split()
            if not light or light[0] not in _TERM_LIGHT:
                return False  # "reaffirmed their commitment to ...": support, not a term
        else:
            return False
        named = next((a for a in sent.actors if a.name == actor1 and a.start < p.trigger.start), None)
        return named is not None and _NAME_BEFORE.search(self.text, sent.start, named.start) is None

    def emitted(self, event: Event) -> bool:
        """Is ``event`` a row already made: the same type, day, cast, status and location told by the same word of the
        same sentence? Two dates of one day in a clause each date its act ("Kofi Annan will be saying this to the
        Security Council today (Tuesday)", "on 22 June ... at 10:28 local time"), and a row must not be emitted twice by
        any path (the merge joins rows across articles, not a row with itself). Not an undated row of a date alone:
        two time words no date resolves may each mark an act the lexicon does not know ("For all their closeness over
        the past decade, the two countries almost went to war in the late 1990s over Syria giving refuge to Kurdish
        militants": the war and the refuge, events_gold_fresh21 t17-reuters-67).

        Only the rows at the end of ``events`` are read: a row's ``char_start`` is its sentence's start (``add``, the
        one place a row is made, for the sentence being read), the sentences are read in the text's order and no pass
        moves a row before another sentence's, so the rows of ``event``'s sentence are the list's last ones (a pass over
        every row per row was quadratic in a long article: 1 MB of one sentence, 25,000 rows)."""
        if event.trigger is None and event.event_date is None:
            return False
        key = _row_key(event)  # (once, not per row compared)
        for e in reversed(self.events):
            if e.char_start != event.char_start:
                return False
            if _row_key(e) == key:
                return True
        return False

    def has_spoken(self, event: Event) -> bool:
        """Has ``event``'s speaker a saying row in the story told as done, of its day (or any day, for an undated
        one)?"""
        return any(e.actor1 == event.actor1 and e.event_type in SPEECH and e.status == "reported"
                   and (event.event_date is None or e.event_date == event.event_date) for e in self.events)

    def amend(self, event: Event | None, **changes) -> None:
        """Change fields of ``event``, the one ``add`` just returned, where it stands in ``events`` (the last): nothing
        when ``add`` made none, or found it the same speech as an earlier one (``repeats``) and left it out."""
        if changes and event is not None and self.events and event is self.events[-1]:
            self.events[-1] = replace(event, **changes)

    def day_at(self, pos: int) -> dt.date | None:
        """The story's day at ``pos``: that of the live entry holding it when it is another day than the page's (past
        midnight or under a dated stamp, ``EntryDays``), else the anchor's. What the events code judges against the
        story's day (done or planned, the day's news, recent, the lead's or the header's day) reads it here, at the
        act's sentence, not ``anchor.date``: "0040: Lavrov said on Saturday ... . He said" is Saturday's speech, not
        the day the entry's report would take."""
        return self.entry_days.now(pos)

    def _recent(self, event: Event) -> bool:
        """Can this call or meeting be the one the sentences after it retell, and lend them its day? Not one
        that ended weeks before the story ("Building on discussions during the U.S.-Africa Leaders Summit in
        December 2022, the two leaders consulted ..." in a readout of March 2023): that is background."""
        today = self.day_at(event.char_start)  # (a live entry's day, of the sentences it holds)
        return today is None or event.date_end is None or (today - event.date_end).days <= REPORT_LAG

    def _reports_party(self, sent: Sentence, p: Predicate, speaker: str | None) -> bool:
        """Does the clause the saying ``p`` reports open with an actor the sentence names other than ``speaker`` ('"The
        government reopened Facebook because ...," Rana said': the row stands for the state's act it reports,
        events_gold_fresh3 t17-reuters-322#7)?"""
        content = sent.reading.content
        if content is None or p is not sent.reading.frame:
            return False
        start = content[0]
        while start < content[1] and self.low[start] in "\"“‘' ":
            start += 1  # (a quote's opening mark)
        opening = REPORTED_OPENING.match(self.low, start, content[1])
        return any(a.start in (start, opening.end()) and a.name != speaker for a in sent.actors)  # ("The government":
        # the actor's span takes the article the opening skips)

    def _unnamed_saying(self, sent: Sentence, p: Predicate, mention: Mention | None, names: list[str]) -> bool:
        """Is ``p``, a saying typed a plain statement, that of a source no one names (``unnamed_sources``), a row of no
        one? Not in the story's lead, whose source the body names ("..., a senior U.N. official said on Wednesday." then
        "Special Coordinator for Lebanon Michael Williams said"); not when the row's day is no day of the saying's
        ("An activist who took part in an opposition conference in Turkey last week said": the conference's day, the
        row stands for it); not a state's members as a bare plural, nor its officials telling a named party or what may
        be the state's charge or threat (``unnamed_speaker``, rule 29); not when the
        clause it reports opens with one of the row's actors ("He also began taking a more political role, appearing on
        television to promote ties with Turkey ..., diplomats in the Syrian capital said"; "A Saudi official said Jordan
        was given $400 million last month"): the row stands for that actor's reported act, which rule 9 (b) keeps."""
        if sent.lead:
            return False
        content = sent.reading.content if p is sent.reading.frame else None
        span = unnamed_speaker(self.text, self.low, sent.start, sent.end, p.trigger.start, p.trigger.end, sent.actors,
                               content, tuple(sent.reading.predicates))
        if span is None:
            return False
        if mention is not None and mention.start >= span[0]:
            day = frame_day(self.low, p.trigger.end)
            if day is None or not day[0] <= mention.start < day[1]:
                return False  # (a date before the source, "In conversations this week with activists, several said",
                # is the saying's day as well)
        content = sent.reading.content
        if content is None or p is not sent.reading.frame:
            return True
        opening = REPORTED_OPENING.match(self.low, content[0], content[1])
        return not any(a.start == opening.end() and a.name in names for a in sent.actors)

    def speaks(self, sent: Sentence, frame: Predicate) -> bool:
        """Does an actor make this statement? ("residents said", "a spokesman said": no one we can name,
        and a plain statement of no one is no event)"""
        agents, _, _ = self.parties(sent, frame)
        reporters = {a.name for a in sent.actors if reporter(self.text, a)}
        return bool(agents) and not set(agents) <= reporters  # "The BBC's Jim Muir says ...": reporting

    def speaker_mention(self, said: Event) -> ActorMention | None:
        """The mention of the speaker of the saying ``said`` in its own sentence, nearest its reporting verb
        (``continued``: a quotation run on past it is read as that speaker's)."""
        at = said.extra.get("at", said.char_start)
        named = [a for a in _in_span(self.mentions, self.mention_starts, said.char_start, said.char_end)
                 if a.name == said.actor1 and not a.placed]
        return min(named, key=lambda a: abs(a.start - at)) if named else None

    def state_of_person(self, name: str, listed: bool = True) -> str | None:
        """The state the person ``name`` acts for: the article's own reading of a mention of that name, else
        people.csv's (``people.listed_state``), else None (``people.own_state`` is the same for one mention).
        ``listed=False``: the article's reading alone, where a person's meeting or speech lends its day to a state's act
        (``add``'s consult source, ``retold_point``, ``same_speech``): people.csv there moves rows of 7 of the audit's
        documents, joint statements' and readouts' dates from the dateline to the meeting (the fortieth session's
        ``state40``, not taken)."""
        return self.country_of.get(name) or (listed_state(name) if listed else None)

    def _sanctions_here(self, actor1: str | None) -> bool:
        """Is a sanction of ``actor1`` imposed where the dateline's story happens: by an international body, which
        decides it where it meets ("The Arab League suspended Syria" under CAIRO, the council's sanctions under UNITED
        NATIONS), or by the dateline's own state ("Turkey has suspended talks" under ANKARA)? Not by another state or
        its leader, who imposes it at home ("U.S. President Barack Obama also imposed a fresh round of sanctions" under
        LONDON: events_gold_fresh11 t17-reuters-18#5 unplaced)."""
        entry = GAZETTEER.get(actor1) if actor1 else None
        if entry is not None and entry.kind == "organization":
            return True
        country = entry.country if entry is not None else self.state_of_person(actor1) if actor1 else None
        return country is None or self.dateline_country is not None and country == self.dateline_country.country

    def parties(self, sent: Sentence, p: Predicate) -> tuple[list[str], list[str], bool]:
        """``_parties``; of a relationship affirmed, the agents' own countries are no counterparts ("The two leaders
        reaffirmed the deep ties between the United States and Mexico": Biden and Sheinbaum), nor, in what one speaker
        says, that speaker's own country ("President Biden stated that the United States stands ready ...")."""
        agents, others, grouped = self._parties(sent, p)
        if self.labels and p.family == "support" and len(agents) == 1 and agents[0] in self.speaker_countries.values():
            # "I want to reiterate: The United States fully, fully, fully supports Sweden's membership in NATO": the
            # backing a leader voices for their country under their own saying is the speaker's (as "we're going to
            # stick with you" is: the gold's), as is its standing backing ("The United States is standing with you");
            # else the state named acts ("The United States is here today to reaffirm our commitment", "Japan welcomes
            # the launch of ...": ``voiced_state``)
            speaker = self._turn_speaker(p.trigger.start)
            named = next((a for a in self._roles_of(sent, p)[0] if a.name == agents[0]), None)
            if speaker is not None and self.speaker_countries.get(speaker) == agents[0] \
                    and (named is None or speaker_voiced(self.text, sent.start, named.start, p.trigger.text)):
                agents = [speaker]
        if (p.rule == "evaluation" or (p.type in SPEECH or p.type == "cooperate" and p.rule.startswith("reported "))
                and len(agents) == 1) and others:
            # "President Biden stated that the United States stands ready to work together with the PRC": one
            # speaker's own country is what they speak for, not whom they speak to (China is); so too in a commitment
            # to joint work the speaker voices ("emphasized the United States' continued commitment to working
            # closely with Kenya": Kenya)
            own = {self.state_of_person(m) for m in agents}
            others = [n for n in others if n not in own]
        return agents, others, grouped

    def _parties(self, sent: Sentence, p: Predicate) -> tuple[list[str], list[str], bool]:
        """(agents, counterparts, grouped) of ``p`` as names. A plural subject that names no one ("They
        committed to ...", "The leaders affirmed ...") stands for the participants of the latest call or
        meeting (``grouped``), when it names no one else."""
        agents, counterparts = self._roles_of(sent, p)
        if p.type == "statement" and p.form == "verb" and counterparts:
            # "extended sincere condolences to the Israeli people for the June 20 terrorist attack by Hamas": the agent of
            # an act noun in the saying's object is what the saying is about, not the one it is addressed to
            about = {a.name for q in sent.reading.predicates if q.form == "noun" and q.owned and q.trigger.start > p.end
                     and in_saying_object(self.low, p, q) for a in self._roles_of(sent, q)[0]}
            counterparts = [a for a in counterparts if a.name not in about]
        if p.type == "reject" and _PRESSURE_FOR.search(self.low, p.trigger.start, p.trigger.end + 6):
            # "have resisted the Western push for tough council action on Syria": those named in what the pressure
            # asks for are not the ones who resist it, nor the ones it comes from
            counterparts = [a for a in counterparts if a.start < p.end]
        if self.labels:  # "a great part of our conversation, Mr. Prime Minister, that we appreciate": one spoken to
            counterparts = [a for a in agents if "vocative" in a.flags] + counterparts  # does not act
            agents = [a for a in agents if "vocative" not in a.flags]
        names = list(dict.fromkeys(a.name for a in agents))
        others = addressed_counterparts(p, counterparts, self.speaker_countries) if self.labels \
            else list(dict.fromkeys(a.name for a in counterparts))  # "to help you reconstruct the grid": Ukraine
        addressed = addressed_state(p, agents, self.speaker_countries) if self.labels else None
        if addressed is not None:  # "You have inflicted major damage on Russia's fleet": the addressed leader's state
            return [addressed], [n for n in others if n != addressed], False
        group = self._consulted()
        group = list(group) if group is not None else None
        spans = {a.start for a in agents if any(f.startswith("counted:") for f in a.flags)}
        if spans and len(spans) == len({a.start for a in agents}):
            # "The two men last met in July", "both diplomats agreed": everyone the words count back to (``counted.py``)
            # acts, and after a call or meeting of that many people, its parties rather than the last people named
            counted = list(dict.fromkeys(a.name for a in sent.actors if a.start in spans
                                         and any(f.startswith("counted:") for f in a.flags)))
            if len(counted) > 1:  # (one found of "both leaders" is no count: the plural subject below)
                if group and len(group) == len(counted) and set(group) <= self.people:
                    counted = group
                return counted, [n for n in others if n not in counted], True
        head = plural_head(p, sent.reading, self.low, sent.actors) if group or self.signatories else None
        if head is not None:
            # "They committed to ...", "The leaders affirmed ...": who took part in the call or meeting;
            # "The Parties", "our two countries" in a joint statement: its authors. There "they" and "the two sides"
            # are its authors even after a meeting of their leaders (the Jeddah Communique: "They welcomed ...", "Both
            # sides decided ..." = the United States and Saudi Arabia, "The leaders" = Biden and the Crown Prince)
            order = (group, list(self.signatories))
            if self.signatories and _AUTHORS_HEAD.search(head) \
                    and not (group and not names and head.split()[0] == "they" and set(group) <= self.people
                             and leaders_before(self.text, self.low, self.low.find("they", sent.start, p.trigger.start))):
                # (but "The leaders hailed ... . They welcomed ...": the leaders the sentence before describes,
                # ``leaders_they``; events_gold.md rule 34)
                order = order[::-1]
                if group and set(names) <= set(group) and self.sentences - self.consult_sentence <= 1:
                    names = []  # a "They" that ``actors/theyref.py`` reads as the leaders who met in the sentence before
                    # ("President Joseph R. Biden and President William Ruto held an official meeting today. They
                    # welcomed ..."): still the authors; a "They" after a later sentence that names the leaders again
                    # is those leaders ("..., Prime Minister Modi and President Biden reaffirmed ... They further
                    # acknowledged ...", events_gold_fresh22 #31, far from the welcome that opened the statement)
            for members in order:
                if members and set(names) <= set(members):
                    if of_countries(head):  # "The two countries will collaborate": the leaders' countries
                        members = self._countries(members)
                    return members, [n for n in others if n not in members], True
        if not names and self.labels and p.type in SPEECH and (OPENS.fullmatch(self.low, self._past_label(sent), p.start)
                                                              or _IT_IS.fullmatch(self.low, self._past_label(sent), p.start)):
            # "Thanks for the kind invitation", "Congratulations, once again, on ...", "It's very important that you stay
            # with us": the speaker of the turn
            speaker = self._turn_speaker(sent.start)
            if speaker is not None:
                return [speaker], [n for n in others if n != speaker], False
        greeting = _greets(self.low, p)  # "it's an honor to welcome you"
        if greeting:  # "welcome to the Oval Office", "good to have them here in the White House": the venue is no party
            places = {a.name for a in counterparts if _GREETED_INTO.search(self.low, max(0, a.start - 40), a.start)}
            others = [n for n in others if n not in places]
        if names and not greeting and self.labels:
            we = we_subject(p, sent.reading, self.low)
            if opening_names(we, agents, self.low, closed=True) and acts_as_state(p, self.low):
                # "in order to expand and deepen Japan-U.S. economic cooperation, we agreed to hold ...": the names of
                # an opening phrase are no subject; the speaker's "we" is (``joint_we``)
                others = list(dict.fromkeys(names + others))
                names = []
        if (not names or greeting) and self.labels and (p.type != "summit" or p.rule == "summit named") \
                and (greeting or _PERSONAL.search(self.low, sent.start, sent.end)):
            # "We met many, many times in Afghanistan", "It's good to see you again": in a transcript, the one
            # whose turn it is (with the other speaker, for a meeting); "our summit" is the alliance's, not theirs
            # (but "we're going to meet ... for our fourth Leaders' Summit" is the speaker's going: a meeting verb
            # typed summit, events/summit_meetings.py)
            speaker = self._turn_speaker(sent.start)
            we = we_subject(p, sent.reading, self.low, spoken=True) if speaker is not None else None
            if we is not None and acts_as_state(p, self.low) and not names:
                # "We also launched a $698 million ... compact", "we also look forward to working with you": what
                # a leader's "we" does as a state is the speaker's country's act, with the other speaker's country
                # (a speaker of no known country stays the speaker); so is a position the two sides take ("we
                # affirmed that our two countries' basic position ... remains unchanged", "we concurred to monitor
                # ... and strongly oppose": rule 30 (k), ``joint_we``), but not the meeting ("we discussed")
                country = self.speaker_countries.get(speaker)
                if country is not None:
                    others = [self.speaker_countries.get(n, n) for n in others]
                    return [country], list(dict.fromkeys(n for n in others if n != country)), False
            if speaker is not None and (p.family == CONSULT or we is not None):
                members = [speaker]
                if p.family == CONSULT and p.type != "summit" and not (p.type == "visit" and p.form == "verb") \
                        and p.status == "reported" and len({name for _, name in self.labels}) == 2:
                    members += [name for _, name in self.labels if name != speaker][:1]  # this meeting's two (a
                    # visit the speaker tells of is the speaker's own: "it's great to be back in Vilnius")
                return members, [n for n in others if n not in members], False
        state = whose_state(p, sent, self.low) if p.form == "verb" else None
        if state is not None:  # "Erdogan, whose country quietly hosted a conference ...": Turkey hosted it
            country = self.state_of_person(state) or (state if state in self.countries else None)
            if country is not None:
                return [country], [n for n in others if n != country], False
        if not names and not self.labels and p.quoted:
            speaker = self._quote_speaker(sent, p)
            person = first_person(p, sent.reading, self.low) if speaker is not None else None
            if person is not None:
                # '"I spoke to President Obama last night," Erdogan told reporters', '"We gave our warnings to Israel,"
                # he said': the quotation's "I" is its speaker; a leader's "we" doing what a state does (warning,
                # backing, sanctioning) is the leader's country, as in a transcript (a meeting's "we" is the speaker)
                country = self.state_of_person(speaker)
                members = [country] if person == "we" and country is not None and p.family != CONSULT else [speaker]
                return members, [n for n in others if n not in members], False
        if self.signatories and not names:
            lead = lead_in(self.low, sent.start)  # "we intend to:" then "1. Share information ...": the lead-in's subject
            if lead is not None and not we_subject(p, sent.reading, self.low):
                listed = [a.name for a in self.mentions if lead[0] <= a.start < lead[1] and not a.placed]
                members = list(dict.fromkeys(listed)) or list(self.signatories)
                return members, [n for n in others if n not in members], True
        if self.signatories:
            we = we_subject(p, sent.reading, self.low)  # "we" in a joint statement: its authors, or those it lists
            if names and opening_names(we, agents, self.low):
                # "Through the G7 Partnership for Global Infrastructure and Investment, we are collaborating": the
                # names of an opening phrase are no subject; "we" is
                others = list(dict.fromkeys(names + others))
                names = []
            if we is not None and not names:
                listed = [a.name for a in sent.actors if we[0] <= a.start < we[1] and a.kind == "person"]
                members = list(dict.fromkeys(listed)) or list(self.signatories)
                return members, [n for n in others if n not in members], True
        return names, others, False

    def _consulted(self) -> tuple[str, ...] | None:
        """The parties of the latest call or meeting (``last_consult``), when it has more than one: whom a plural
        subject that names no one stands for (``_parties``); else None."""
        source = self.last_consult
        return tuple(source.actors) if source is not None and len(source.actors) > 1 else None

    def sides(self, sent: Sentence) -> Callable[[Predicate], bool]:
        """Whether a predicate of ``sent`` names a side, an agent or a counterpart (``parties``). A date's test for
        unnamed forces (``_date_candidates``) asks it of every force noun of the sentence for every date, so the
        answers are kept for the sentence being read. Of what changes as events are added, ``parties`` reads only
        ``last_consult``, and of it only ``_consulted`` (the roles are the sentence's, ``_roles_of``; the rest of the
        builder is set when it is made), so the answers are kept under that too and asked again when it changes
        (the test is good while no event is added)."""
        consulted = self._consulted()
        sentence, under, known = self.read_sided
        if sentence is not sent or under != consulted:
            known = {}
            self.read_sided = (sent, consulted, known)

        def sided(p: Predicate) -> bool:
            hit = known.get(id(p))
            if hit is None or hit[0] is not p:
                hit = (p, any(self.parties(sent, p)[:2]))
                known[id(p)] = hit
            return hit[1]
        return sided

    def _roles_of(self, sent: Sentence, p: Predicate) -> tuple[list[ActorMention], list[ActorMention]]:
        """``roles`` of ``p`` in ``sent``, read once: they depend on the sentence alone, and a predicate's
        parties are asked for up to three times (``_is_event``, ``_new_agent``, ``add``)."""
        sentence, known = self.read_roles
        if sentence is not sent:
            known = {}
            self.read_roles = (sent, known)
        hit = known.get(id(p))
        if hit is None or hit[0] is not p:
            hit = (p, roles(p, sent.reading, sent.actors, self.low, self.first_seen, sent.owners))
            known[id(p)] = hit
        agents, counterparts = hit[1]
        return list(agents), list(counterparts)

    def _person_at(self, sent: Sentence, p: Predicate) -> str | None:
        """The person named right after the reporting verb ('said Syria expert Joshua Landis') or, failing that, right
        before it ('Hugh Pope, an analyst ..., said'), with no quotation mark between: the verb's speaker."""
        text = self.text
        if re.search(r"[\"”’,]\s*$", text[sent.start:p.trigger.start]):  # the verb before its subject
            after = [a for a in sent.actors if a.name in self.people and p.trigger.end <= a.start <= p.trigger.end + 60
                     and not any(q in text[p.trigger.end:a.start] for q in '"“”,')]
            return min(after, key=lambda a: a.start).name if after else None
        before = [a for a in sent.actors if a.name in self.people and p.trigger.start - 120 <= a.end <= p.trigger.start
                  and not any(q in text[a.end:p.trigger.start] for q in '"“”')]
        return min(before, key=lambda a: a.start).name if before else None

    def _quote_speaker(self, sent: Sentence, p: Predicate) -> str | None:
        """The named speaker of the reporting verb outside the quotation that holds ``p`` ('"We met the ambassador
        yesterday," Juppe said'), or None."""
        frame = sent.reading.frame
        if frame is None or frame.quoted or frame is p:
            return None
        agents, _ = self._roles_of(sent, frame)
        return agents[0].name if agents else None

    def _countries(self, members: list[str]) -> list[str]:
        """The countries of the people ``members`` names, when each has one (else ``members`` as they are)."""
        # (a person's country from the text, else from the people list: "President Biden" of a White House readout)
        countries = [self.state_of_person(m) if m not in self.countries else m for m in members]
        if None in countries or len(set(countries)) != len(countries):
            return members
        return countries

    def _past_label(self, sent: Sentence) -> int:
        """Where the sentence's own words begin: after the transcript label it opens with ("PRIME MINISTER KISHIDA: It
        is vital that ..."), else at its start."""
        for k in range(bisect_left(self.label_starts, sent.start), len(self.labels)):
            start = self.label_starts[k]
            if start >= sent.end:
                break
            if _LABEL_WORDS.fullmatch(self.text, sent.start, start):
                colon = self.text.find(":", start, sent.end)
                return colon + 1 if colon >= 0 else sent.start
        return sent.start

    def _turn_speaker(self, position: int) -> str | None:
        """The person whose transcript turn holds ``position`` (none inside a reporter's question; an answer right
        after a "Q" turn is its speaker's). A turn begins where the line of its label begins ("PRESIDENT BIDEN: Mr. President, it's good to see you again.": the sentence that
        holds the label, from its start, is Biden's, not the turn's before)."""
        k = bisect_right(self.label_lines, position) - 1  # the last label whose line begins at or before ``position``
        if k < 0:
            return None
        # a reporter's "Q" line after the line of the label that holds ``position`` makes a question turn; one before
        # it does not (the answer right after a question is the answering speaker's, even from the start of its
        # label's line, before the label's own colon)
        return None if in_question(self.questions, self.label_lines[k], position) else self.labels[k][1]

    def asked_elsewhere(self, position: int) -> bool:
        """Does the speaker's answer at ``position`` follow a reporter's question asked since the latest call or
        meeting (``last_consult``) that names none of its parties but the speaker? The answer is then on another
        matter, and an undated meeting or talks it tells is not that meeting told again ("We're consulting with our
        allies" after a question on North Korea); a question that names the other party ("Did you raise Taiwan with
        President Xi?") asks about the meeting, and the answer retells it. A reporter's own line is no answer."""
        source = self.last_consult
        if source is None or not in_question(self.questions, self.consult_at, position):
            return False
        speaker = self._turn_speaker(position)
        if speaker is None:
            return False  # ("Prime Minister Kishida, President Biden, nice to meet you.": the reporter's greeting)
        asked_at = self.questions[bisect_right(self.questions, position) - 1]  # the question the answer answers
        k = bisect_right(self.label_starts, asked_at)
        asked_end = min(self.label_starts[k], position) if k < len(self.label_starts) else position
        named = {a.name for a in self.mentions[bisect_left(self.mention_starts, asked_at):
                                               bisect_left(self.mention_starts, asked_end)]}
        return not named & (set(source.actors) - {speaker})

    def parties_named(self, e: Event) -> set[str]:
        """The actors the sentence of ``e`` names as parties (not as places)."""
        return {m.name for m in _in_span(self.mentions, self.mention_starts, e.char_start, e.char_end) if not m.placed}

    def turn_at(self, position: int) -> int | None:
        """The transcript turn that holds ``position``: the index of its label, None outside a speaker's turn (before
        the first label, in a reporter's question)."""
        return bisect_right(self.label_lines, position) - 1 if self._turn_speaker(position) is not None else None

    def _named_at(self, name: str, source: Event, sent: Sentence) -> bool:
        """Is ``name``, named in ``sent`` by a description that refers back ("the council"), an actor of the sentence
        that tells of ``source`` ("Turkey has hosted several meetings ..., including one at the weekend where a
        broad-based Syrian National Council was formed. The council ... said": the council spoke at that meeting)?"""
        return any(a.name == name and a.basis == "description" for a in sent.actors) \
            and any(a.name == name and not a.placed
                    for a in _in_span(self.mentions, self.mention_starts, source.char_start, source.char_end)) \
            and not any(e.actor1 == name and e.event_type == "statement" and e.char_start == source.char_start
                        for e in self.events)  # "discussed Syria in a phone call on Wednesday, the Russian Foreign
        # Ministry said. ... , the ministry added": the ministry that reported the call took no part in it

    def retold_retreat(self, sent: Sentence, p: Predicate | None, mention: Mention | None, actor1: str | None) -> bool:
        """Is ``p`` a retreat with no date of its own whose agent retreated on a day the sentence right before gave
        ("... after being largely ousted from Salah al-Din on Thursday. The Free Syrian Army withdrew after intense
        shelling")? It is the same retreat told again, not a second one."""
        if p is None or p.type != "retreat" or mention is not None or actor1 is None or p.status == "planned":
            return False
        return any(e.event_type == "retreat" and e.actor1 == actor1 and e.date_basis == "explicit"
                   and e.char_end <= sent.start and not self.text[e.char_end:sent.start].strip()
                   for e in self.events[-4:])

    def repeats(self, event: Event, p: Predicate | None, sent: Sentence) -> bool:
        """Is this plain reported statement a continuation ("she added", "Nauert said") of one its speaker
        already made on that day in the article, or of the dated statement of theirs just before it ("said on
        Wednesday ... . ..., he added")? Then it is the same speech, not a new event. (A statement of another
        kind, "voiced concerns", "raised objections", or with its own date, is not; nor is one made jointly with
        another speaker, "Both Bank of Ireland's Harris and David Kirsch ... said", nor an earlier one, "The ICRC has
        previously said".)"""
        if p is None or event.actor1 is None:
            return False
        if not p.reporting:
            self.act_speeches.note(event, p)
            return False
        if described_saying_verb(p.trigger.text) and (state := self.state_of_person(event.actor1)) is not None \
                and any(e.actor1 == state and e.event_type in SPEECH_ACTS and e.status == "reported"
                        and (e.event_date == event.event_date or not self.text[e.char_end:sent.start].strip())
                        for e in self.events[-3:]):
            return True  # "France on Monday became the first Western power to call publicly for Saleh to stand down.
            # Foreign Minister Alain Juppe described his departure as \"unavoidable.\"": his state's speech act of the
            # day (or of the sentence right before, which dates it: "on Monday"), told on (events_gold_blind
            # t17-reuters-213#9; ``described_as``)
        frame = sent.reading.frame
        if frame is not None and p.trigger.start == frame.trigger.start and participle_saying(self.low, frame):
            return False  # "Wittig echoed Cabral's remarks, saying the council should not give up on Syria": the main
            # clause's act told with what it said (``speech._participle_saying``), neither a plain saying that tells on
            # the speaker's speech of the day nor one that a later '"...," he told reporters' tells on
            # (events_gold_fresh13 192#16/#17, events_gold_fresh6 207#10)
        official = None if p.quoted else official_speaker(self.text, sent.actors, event.actor1, p.trigger.start,
                                                          p.trigger.end)
        if official is not None and _in_open_quote(self.text, sent.start):  # (the scan back to the paragraph's
            official = None  # start, only when an official speaks: on one-line text it reads from the text's start)
        if event.date_text is not None:
            self.spoke_as.add((event.actor1, event.event_date, official))  # ("a UN spokeswoman said on Tuesday")
            if official is None and not self.labels:
                # the speaker's own speech of that day, told on by their later plain sayings: "UN chief Ban Ki-moon
                # said on Friday that ... and called for unity. 'Continued division emboldens ...,' he said", or
                # '..., he said' with the dateline's day after "said on Sunday" (below); not in a transcript, where
                # a speaker's "as I have said" is no report of a speech
                self.spoke_dated.add((event.actor1, event.event_date))
            return False
        if earlier_saying(self.low, p, sent.start):
            return False
        if p is sent.reading.frame and standing_toll(self.low, p.trigger.text.lower(), sent.reading.content,
                                                     event.event_date is None):
            self._spoke(event, official)
            return False  # "The Syrian government says 500 solders and police have been killed" after its "says the army
            # has pulled out": a standing figure of its own, no continuation (events_gold.md rule 31, ``toll_reports``)
        if (event.event_type == "statement" or p.rule in _CONTENT_TYPED) and p.trigger.text.lower() in _NOTING \
                and self.retold_point(event, sent, p):
            return True  # (also when a word of what was noted typed it: "They also noted the importance of forming a
            # Lebanese government ... that it does not become a launching point for ... criminal activities")
        named = speakers(p, sent.actors, self.low, {}, sent.start)
        group = frozenset(a.name for a in named)
        if len(group) > 1 and len({(a.start, a.end) for a in named}) > 1:
            # a joint saying of speakers named apart ("Both Bank of Ireland's Harris and David Kirsch ... said", not
            # "The leaders noted") is a new speech unless the same speakers made one that day
            joint = (group, event.event_date)
            if joint in self.spoke_jointly:
                return bool(_SAYING.fullmatch(p.trigger.text.lower()))
            self.spoke_jointly.add(joint)
            self.spoke.add((event.actor1, event.event_date))
            return False
        org = self.org_of.get(event.actor1)
        if event.event_type != "statement" and org is not None and any(
                e.actor1 == org and e.event_type == event.event_type and e.event_date == event.event_date
                and e.status == "reported" and event.actor2 in (None, e.actor2, org) for e in self.events):
            self._spoke(event, official)  # (his own speech of the day all the same: '"I can completely rule that
            # out," he told reporters' after it is no new statement)
            return True  # "NATO ruled out military intervention in Syria Monday ... . Speaking in Tripoli, NATO
            # Secretary-General Anders Fogh Rasmussen said military action in Syria was out of the question": the body's
            # act of the day told again in its head's words, the same speech (events_gold.md, speech)
        if event.event_type != "statement":
            # "..., the ministry said in a statement" typed by what it says (accuse): still the day's speech,
            # so '..., the ministry pointed out' after it is no new statement
            again = self._said_again(event, p, official)
            self._spoke(event, official)
            return again
        # (an undated act with no agent between, "put the death toll at ... 1,345 security forces personnel", is no
        # speaker's; a dated one is the news between two sayings: "Assad said there would be elections in February")
        last = next((e for e in reversed(self.events) if e.actor1 is not None or e.date_basis != "undated"), None)
        if last is not None and last.actor1 == event.actor1 and last.event_family == "statement" \
                and last.date_basis == "explicit" \
                and (event.date_basis == "dateline" or event.date_rule == "article/same_speech") \
                and (official is None or (last.actor1, last.event_date, official) in self.spoke_as):
            # "Lavrov said on Wednesday that ... . Moscow stands for ..., he added.": the speech of Wednesday (not "...,
            # a UN spokeswoman said" after "The United Nations said on Tuesday": another speaker, below)
            return True
        key = (event.actor1, event.event_date)
        background = event.date_basis == "undated" and (today := self.day_at(sent.start)) is not None \
            and background_saying(self.low, p) and ((on_anchor := (event.actor1, today.isoformat())) in self.spoke
                                                    or on_anchor in self.spoke_dated) \
            and (bool(self.labels) or not _body_named(sent, p, event.actor1, self.low))
        # (a story's "The Syrian authorities say there are mines ..." after "Syrian officials told the Red Cross" on the
        # day is a state's standing position of its own, unresolved (events_gold.md rule 6), not the day's speech
        # again; but a person's "..., Monajed says" is their interview told on (rule 18), so is a speaker's "I will
        # say" in a transcript, and a speaker the saying's subject does not name ("correspondents say", "Opposition
        # groups blame the government ... and say") is no new one)
        verb = p.trigger.text.lower()
        if official is not None:
            # a body or a state speaks through many people: "a UN spokeswoman said" after "Mr Ladsous, UN
            # under-secretary, said", "the French foreign ministry said" after "the French government said" are new
            # speeches; "the spokeswoman said" again, or "the league said", are not (merge.py ``_one_speech``)
            said = (event.actor1, event.event_date, official) in self.spoke_as
        else:
            said = key in self.spoke or key in self.spoke_dated and not introduced(self.text, sent.actors,
                                                                                   p.trigger.start)
            if not said and event.date_basis == "dateline" and event.actor1 in self.says_now and self._news_telling(p) \
                    and names_again(self._speaker_mention(sent, p), self.says_now[event.actor1], event.actor1, self.low,
                                    p.start, p.trigger.end):
                # news copy's present "The UN refugee agency says it has now registered ..." then "It said 6,000 had
                # crossed into Turkey", "Turkey says ... . ... Turkey said that if the influx continued, it would need
                # assistance": one speech, the later plain saying no new statement (events_gold.md, "Speech"; rule 18);
                # not a speaker resolved to it from a name the subject does not stand for ("Some NTC combatants said")
                said = True
            if not said and event.event_date is not None and not self.labels and _SAYING.fullmatch(verb) \
                    and quote_goes_on(self.text, sent.start, p.trigger.end) and self._speech_acts(event) \
                    and not self._press_after_address(event, p):
                # "Gen Ali Habib ... denied reports that he was ill. 'I affirm that they are fabricated stories ...,'
                # he said on state TV": the quote is the words of the speech act of the day, no new statement; the
                # day's plain sayings after it tell it on, as after any first saying (``spoke``)
                self._spoke(event, official)
                return True
            # (after a dated saying, one whose subject brings in its speaker by name and title, "Jakob Kellenberger,
            # president of the International Committee of the Red Cross (ICRC), said" after "its president said
            # Wednesday", is left a row: the first clause that names the speaker)
        if not said and official is None and _SAYING.fullmatch(verb) and self._news_telling(p) \
                and self.act_speeches.tells_on(event, frozenset(a.name for a in sent.actors)) \
                and plain_continuation(self._speaker_mention(sent, p), sent.actors, sent.reading.content, self.text,
                                   sent.start):
            # "Clinton accused Russia of supplying attack helicopters ... . She said the move would ...": the plain
            # saying tells on the speech act of the day, no new statement (``act_speech``)
            self._spoke(event, official)
            return True
        if said and _SAYING_MANNER.fullmatch(verb) and self._news_telling(p) and self._told_on(event, verb):
            # news copy: "But he stressed the ECB had not decided ...", "Elaraby reiterated the League's calls ...",
            # "..., the Russian Foreign Ministry concluded" after the speaker's saying of the day are the same speech
            # told on (events_gold.md, "Speech"), whatever verb tells it; a readout's "underscored" point keeps its
            # row (``_READOUT_POINT``, below), and so does "Syria has insisted ...", a stance the perfect sums up
            self.spoke_as.add((event.actor1, event.event_date, official))
            return True
        if (said or background) and _SAYING.fullmatch(verb) \
                and (self.wire or not _READOUT_POINT.fullmatch(verb) or not _POINT_OPENING.fullmatch(
                    self.text, sent.start, p.trigger.start)):
            # not "The Vice President underscored ...", a point of its own in a readout, nor "President Biden stated
            # that ..." there: outside wire copy a named speaker's own sentence is a new point. A repeat is
            # recorded as its official's speech only: adding it to ``spoke`` too drops a later statement of the
            # audit sample ("U.S. officials were looking for new pressure points", t17-reuters-41)
            self.spoke_as.add((event.actor1, event.event_date, official))
            return True
        if official is None and event.date_basis == "undated" and background_saying(self.low, p) \
                and not perfect_saying(self.low, p):
            named = self._speaker_mention(sent, p)
            if named is not None and stands_as_subject(named, self.low, p.start, p.trigger.end):
                # (not "..., Iraqi politicians say" read as Iran's)
                self.says_now.setdefault(event.actor1, set()).add(named.text.lower())
        self._spoke(event, official)
        return False

    def _speaker_mention(self, sent: Sentence, p: Predicate) -> ActorMention | None:
        """The mention that names the speaker of the saying ``p`` (the first of a group), or None."""
        return next(iter(speakers(p, sent.actors, self.low, {}, sent.start)), None)

    def _said_again(self, event: Event, p: Predicate, official: str | None) -> bool:
        """Is this saying, typed by what it reports (accuse, demand, threaten ...), its speaker's speech of the day told
        on: a plain saying verb ('"Syria has not kept the promises it made ...," he said', "Mr Juppe said this was
        "contributing effectively to the weakening of a regime ..."") in news copy, after a row of the same type by
        the same speaker that day ("Erdogan said on Saturday Syria was responsible for the breakdown", "Mr Juppe warned
        that Damascus was actively trying to evade sanctions"), to the same counterpart or to none named? The speech
        rule gives a continuation no row unless it carries another type or another addressee (events_gold.md,
        "Speech"; rule 18: one saying row per speech); one to another counterpart keeps its row ('By joining the
        'sanctions war' against Russia, Bern continued the line of deviation from neutrality," it added', after the
        ministry's accusation of the United States), and so does a verb that is a speech act of its own ("urged",
        "accused": news, ``_SAYING`` only), a saying told in the perfect ("Assad has said Lebanon's government should
        reject ...", a stance of its own) or one of another official of the speaker's body. Not an act the saying
        reports ("Activists said at least five people were killed on Tuesday when tanks shelled ..."): its own row."""
        if event.event_type not in SPEECH_ACTS or event.event_date is None or not _SAYING.fullmatch(p.trigger.text.lower()) \
                or not self._news_telling(p):
            return False
        if official is not None and (event.actor1, event.event_date, official) not in self.spoke_as:
            return False
        return any(e.event_type == event.event_type and event.actor2 in (None, e.actor2) for e in self._day_rows(event))

    def _news_telling(self, p: Predicate) -> bool:
        """Is the saying ``p`` told in news copy (wire copy or a reporter's story: ``reported_copy``; not a transcript)
        and not in the perfect ("Syria has insisted ...", a stance the perfect sums up)? Only such a saying can tell on
        its speaker's speech of the day (``repeats``: a verb of manner, ``_said_again``: a plain saying typed by what
        it reports)."""
        return not self.labels and (self.wire or self.reported_copy()) and not perfect_before(self.low, p.trigger.start)

    def _told_on(self, event: Event, verb: str) -> bool:
        """Has the speaker a plain saying's statement row that day ("said", "recalled": ``_SAYING``) for a later saying
        of theirs to tell on? Not a row a verb of manner typed: after Assad's reject row ("Mr Assad said he would not
        relent") and "The official Syrian account ... quoted Mr Assad as saying", "The president also insisted he was
        serious about a proposed reform program" is a point of another type, a row of its own (events_gold_fresh17
        bbc-173#11). Another's account of the speaker ("The Syrians quoted Mr Davutoglu as saying") tells on a speech
        only where the speaker made no speech act of another type that day: his words at the talks where he pressed
        Assad are not his remarks to reporters (bbc-173#12)."""
        rows = self._day_rows(event)
        if not any(e.event_type == "statement" and (_SAYING.fullmatch(told := (e.trigger or "").lower())
                                                    or verb.startswith("quoted") and told.startswith("quoted"))
                   for e in rows):
            return False  # (a quote told on by another quote: "Miqati was quoted as saying ... . ..., was quoted as
            # saying that he knew beforehand", "Its founder Julian Assange was quoted as saying ... . But Ms Harrison
            # quoted him as saying", t17-bbc-229, t17-bbc-265)
        return not verb.startswith("quoted") or not self._speech_acts(event, rows)

    def _day_rows(self, event: Event) -> list[Event]:
        """The rows so far of ``event``'s speaker and day told as done."""
        return [e for e in self.events if e.actor1 == event.actor1 and e.event_date == event.event_date
                and e.status == "reported"]

    def _speech_acts(self, event: Event, rows: list[Event] | None = None) -> bool:
        """Did ``event``'s speaker make a speech act that day (a demand, accusation, refusal, threat or support row told
        as done, ``SPEECH_ACTS``), by the rows so far (``rows``, when the caller has read ``_day_rows`` already)? The
        one test of it: a quote after the act is its words ("Gen Ali Habib ... denied ... . 'I affirm ...,' he said":
        ``repeats``), and another's account of the speaker tells on no speech of his of that day (``_told_on``)."""
        return any(e.event_type in SPEECH_ACTS for e in (self._day_rows(event) if rows is None else rows))

    def _press_after_address(self, event: Event, p: Predicate) -> bool:
        """Is the quote's saying told to the press ('"...," he told reporters') after the speaker's speech acts of the
        day were all addressed to a named party ("Wittig echoed Cabral's remarks, saying the council should not give up
        on Syria": a demand on the Council)? Then it is his word to the press, another addressee, a statement of its own
        (events_gold_fresh13 192#17; rule 30 (a): one row per type and counterpart), not the words of the speech act."""
        if _TOLD_PRESS.match(self.low, p.trigger.start) is None:
            return False
        acts = [e for e in self._day_rows(event) if e.event_type in SPEECH_ACTS]
        return bool(acts) and all(e.actor2 is not None for e in acts)

    def _spoke(self, event: Event, official: str | None) -> None:
        """Record a plain reported statement: its speaker and day (``spoke``), and its official (``spoke_as``)."""
        self.spoke.add((event.actor1, event.event_date))
        self.spoke_as.add((event.actor1, event.event_date, official))

    def retold_point(self, event: Event, sent: Sentence, p: Predicate) -> bool:
        """Do two or more speakers note a point ("The two sides noted ...", "Both leaders noted ...", "President Biden
        and Prime Minister Kishida noted ...") on the day of a call, meeting, talks or statement of theirs the text has
        already reported? Then "noted" retells a point of it, no new statement (events_gold.md rule 3); a joint saying
        nothing before it reports is one."""
        agents, _, _ = self.parties(sent, p)  # "The two sides": the participants of the call or meeting (``_parties``)
        agents = set(agents) | {a.name for a in speakers(p, sent.actors, self.low, {}, sent.start)}  # "A and B noted"
        if len(agents) < 2 or event.event_date is None:
            return False
        for earlier in reversed(self.events):
            if earlier.event_date != event.event_date or earlier.status != "reported" \
                    or not (earlier.event_family == CONSULT or earlier.event_type == "statement"):
                continue
            present = set(earlier.actors)
            present |= {state for n in earlier.actors if (state := self.state_of_person(n, listed=False))}
            if all(n in present or self.state_of_person(n, listed=False) in present for n in agents):
                return True
        return False

    def _roles(self, sent: Sentence, p: Predicate | None) -> tuple[list[str], str | None, str | None, str | None]:
        """The names, actor1 and actor2 of ``p``'s row, and how ``_meeting_owners`` found its meeting owned ("their":
        recalled, "Reflecting on their meetings in London on June 9", it lends no day in ``add``), or None."""
        if p is None:
            actors = [a for a in sent.actors if not a.placed and "dateline" not in a.flags]
            subject = next((a for a in actors if "subject" in a.flags), actors[0] if actors else None)
            if subject is not None and no_agent(self.text, sent.start, subject):
                # "the fall of Slobodan Milosevic in 2000": no agent named, the actor a party (the counterpart after
                # "of" or when alone); "Assad's cousin, Rami Makhlouf, intends": the kinsman (``dateonly_agent``)
                kinsman = apposed_kinsman(self.text, subject, actors)
                if kinsman is None:
                    others = [a.name for a in actors if a.name != subject.name]
                    undergoer = of_undergoer(self.text, sent.start, subject) or not others
                    return list(dict.fromkeys([subject.name] + others)), None, \
                        subject.name if undergoer else others[0], None
                subject = kinsman
            others = [a.name for a in actors if subject is None or a.name != subject.name]
            names = list(dict.fromkeys(([subject.name] if subject else []) + others))
            return names, subject.name if subject else None, others[0] if others else None, None
        agents, counterparts, grouped = self.parties(sent, p)
        owner = None
        if not agents and p.rule == HELD_AFTER:
            # "we will co-host the second Global COVID-19 Summit, which will be held virtually on May 12": the meeting
            # told in a relative clause is the joint statement's authors', else the sentence's subject's
            agents = list(self.signatories) or [a.name for a in sent.actors if "subject" in a.flags
                                                and a.start < p.trigger.start][:1]
            counterparts = [n for n in counterparts if n not in agents]
        if not agents:
            members, owner = self._meeting_owners(sent, p)
            if members:
                # "They reflected on their first meeting in November 2021", "Today's meetings built on ...": the plural
                # subject's meeting, the parties of the readout's call or the joint statement's authors
                # (``owned_meetings``)
                agents, counterparts, grouped = members, [n for n in counterparts if n not in members], True
        names = list(dict.fromkeys(agents + counterparts))
        if is_election(p):  # "Kuwait was among 15 nations elected ...": the General Assembly elects Kuwait
            return *election_roles(names, [a.name for a in sent.actors if not a.placed], self.countries,
                                   self.electors), owner
        actor1 = agents[0] if agents else None
        recipient = self._recipient(sent, p, agents, counterparts) if grouped and len(agents) > 1 else None
        if recipient is not None:
            # "we will enhance our efforts to ... provide Internet access to the Governments of Ukraine and Moldova":
            # what the signatories give together goes to the party named after "to", not to the co-signatory
            # (events_gold_fresh13 von der Leyen #47)
            return names, actor1, recipient, owner
        visited = visited_countries(self.text, sent.end, p, self.header or self.venue) if actor1 is not None else []
        if visited and visited[0] not in (actor1, self.state_of_person(actor1)):
            # "it's great to be back in Vilnius", "I was here in 2014" (in Vilnius): the state visited is the visit's
            # counterpart, not the one the speaker's turn addresses (Nausėda) nor a later noun ("what Russia was likely
            # to continue to do"); not a return home ("good to be back in Washington")
            return list(dict.fromkeys(agents + visited)), actor1, visited[0], owner
        target = joint_target(p, self.text, self.low, agents, self._roles_of(sent, p)[1]) \
            if actor1 is not None and may_have_joint_target(p, agents) else None  # (asked before ``_roles_of``)
        if target is not None and target in names and target != actor1:
            # "The leaders condemned Russia's ...": the target of a joint hostile act, not the second agent
            return names, actor1, target, owner
        if actor1 is not None and (council := council_target(p, self.low, names)) is not None:
            # "Russia and China have blocked resolutions condemning Mr Assad": the Council, not the co-vetoer
            return names, actor1, council, owner
        second = next((n for n in names if n != actor1), None)
        if second is not None and p.type in ONE_SIDED and not (self.readout_or_joint or self.labels) \
                and self.story_country is not None and coordinated(self.low, sent.actors, actor1, second, p.trigger.start):
            # "The United Nations and United States also condemned the violence": in wire copy the co-agent of a
            # one-sided act is no counterpart; it stays in the cast, and the passes that read a target may name one
            # (``joint_agents``)
            return names, actor1, None, owner
        return names, actor1, second, owner

    def _meeting_owners(self, sent: Sentence, p: Predicate) -> tuple[list[str], str | None]:
        """The parties of a call or meeting told as a noun their "their" or the day's "Today's" owns, or a gerund a
        plural subject's commitment governs (``owned_meetings``): the joint statement's authors, else the parties of
        the latest call or meeting; none in a transcript, or where an actor they do not hold is named before it. With
        them, how the meeting is owned (``owned_meetings.owned_meeting``: "their", "day", "committed")."""
        if self.labels or p.family != CONSULT or not (owner := owned_meeting(self.low, sent.start, p.trigger.start)):
            return [], None
        members = list(self.signatories) or list(self._consulted() or ())
        if not members:
            return [], None
        held = set(members) | {self.state_of_person(m) for m in members}
        if any(a.name not in held for a in sent.actors if a.start < p.trigger.start and not a.placed):
            return [], None  # "Biden and Xi ... their meeting", "Arab ministers ... their meeting": theirs, if anyone's
        return members, owner

    def _recipient(self, sent: Sentence, p: Predicate, agents: list[str], counterparts: list[str]) -> str | None:
        """The party a joint subject's aid goes to: the first counterpart named right after "to" (or "to the") after
        the act's trigger, in its clause; not a signatory or a signatory's country."""
        if p.family != "aid" or not self.signatories:
            return None
        own = set(agents) | {self.state_of_person(m) for m in agents}
        for a in sent.actors:
            if a.start <= p.trigger.end or a.name not in counterparts or a.name in own:
                continue
            if _TO_RECIPIENT.search(self.low, max(p.trigger.end, a.start - 40), a.start) \
                    and not CLAUSE_STOP.search(self.low, p.trigger.end, a.start):
                return a.name
        return None

    def _status(self, p: Predicate | None, mention: Mention | None, start: int) -> str:
        anchor = self.day_at(start)
        if mention is not None and mention.resolved and anchor and mention.date_start > anchor:
            if _told_past(self.low, p, mention):
                return "reported"  # "Turkey, which restored ties with Israel in 2016," in a story dated before 2016
                # (an anchor older than the text: a placeholder date, a reference date): the tense says it is done
            return "planned"
        if mention is not None and mention.resolved and anchor and mention.date_end is not None \
                and mention.date_end < anchor and "explicit" in mention.rule:
            return "reported"  # "On May 31, 2023, as follow up to the May 26, 2023 call", released June 1: past
        if p is not None and p.status == "planned":
            return "planned"
        if mention is None and p is not None and not p.reporting and under_future(self.low, start, p.start):
            return "planned"  # "will review progress on implementation of the Agreement and continue close coordination"
        if mention is not None and mention.direction == FUTURE and (p is None or not p.reporting):
            return "planned"
        return "reported"

def _body_named(sent: Sentence, p: Predicate, speaker: str, low: str) -> bool:
    """Is ``speaker`` a state or a body written as the subject right before the saying ``p`` ("The UN says", "the
    Turkish authorities say", "Hamas has since said"), not a person, nor read from elsewhere in the sentence?"""
    return any(a.name == speaker and a.kind != "person" and a.end <= p.start
               and SUBJECT_TO_SAYING.fullmatch(low, a.end, p.start)
               and not people_share(a, low) for a in sent.actors)  # (not "Some Saudis say": unnamed people)


# the recipient of aid: a name right after "to" ("to the Ukrainian people", "to the Governments of Ukraine"), within
# the act's clause (``_Builder._recipient``)
_TO_RECIPIENT = re.compile(r"\bto\s+(?:the\s+)?(?:(?:governments?|people|peoples|citizens|population)\s+of\s+(?:the\s+)?)?$")


# the verb group of a finite past act: nothing before its past verb but the perfect's or the passive's auxiliaries
# and adverbs ("restored", "had restored", "was restored", "has already restored"; not "will restore", "is to restore",
# "expected to restore")
_PAST_GROUP = re.compile(r"(?:(?:had|has|have|was|were|been|already|also|only|just|then|later|[a-z]+ly)\s+)*")


_PRESSURE_FOR = re.compile(r"\b(?:pressure|push|pushes)\s+(?:for|to)\b")


def _told_past(low: str, p: Predicate | None, mention: Mention) -> bool:
    """Is ``p`` a finite verb in the past ("restored", "had restored", "was restored") dated by an explicit date? Its
    act is done whatever the anchor says: a date after the anchor then tells of an anchor older than the text, not of
    a plan ("Turkey, which restored ties with Israel in 2016, ..." in a story dated 2011)."""
    return _past_group(low, p) and "explicit" in mention.rule and mention.direction != FUTURE


def _past_group(low: str, p: Predicate | None) -> bool:
    """Is ``p`` a finite verb in the past, told as done ("restored", "had restored", "was restored"; not "is to
    launch", "will restore")? Also what keeps an act counted to after the anchor reported ("shelled Homs on Friday, 100
    days before the Arab League imposed sanctions"), where "is to launch" is planned."""
    if p is None or p.form != "verb" or p.status == "planned" or p.quoted:
        return False
    first = low[p.trigger.start:p.trigger.end].split()[0]
    return bool(PAST_VERB.fullmatch(first)) and _PAST_GROUP.fullmatch(low, p.start, p.trigger.start) is not None


def participants(p: Predicate, reading: SentenceReading, actors: list[ActorMention], low: str,
                 first_seen: dict[str, int], owners: tuple[ActorMention, ...] = ()
                 ) -> tuple[list[ActorMention], ActorMention | None, ActorMention | None]:
    """(participants, actor1, actor2) of predicate ``p``: agents first, then counterparts."""
    agents, counterparts = roles(p, reading, actors, low, first_seen, owners)
    people: list[ActorMention] = []
    for a in agents + counterparts:
        if all(a.name != b.name for b in people):
            people.append(a)
    actor1 = agents[0] if agents else None
    actor2 = next((a for a in people if actor1 is None or a.name != actor1.name), None)
    return people, actor1, actor2


@dataclass(frozen=True, slots=True)
class SentenceEvent:
    """The event one sentence reports, as ``extract_events`` reads it."""

    predicate: Predicate
    event_type: str
    status: str
    actor1: ActorMention | None
    actor2: ActorMention | None
    participants: tuple[ActorMention, ...]


def _in_span(items: list, starts: list[int], start: int, end: int) -> list:
    """The ``items`` (in text order; ``starts`` their starts) that start in ``[start, end)``."""
    return items[bisect_left(starts, start):bisect_left(starts, end)]


def split_owners(actors: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]]:
    """(actors, owners): "his", "her" before a noun (``owners``) are only ever the owner of an event noun
    ("his visit"), never a subject, a speaker or a counterpart ("his office said")."""
    owners = [a for a in actors if a.basis == "pronoun" and "possessive" in a.flags]
    return [a for a in actors if not (a.basis == "pronoun" and "possessive" in a.flags)], owners


def sentence_event(text: str, actors: list[ActorMention], start: int = 0, end: int | None = None) -> SentenceEvent | None:
    """The event ``text[start:end]`` (one sentence) reports: its main predicate, or, when a reporting
    verb frames it and does not take over what it reports ("..., military sources said"), the reported
    event. None when no predicate is found."""
    end = len(text) if end is None else end
    low = lower(text)
    actors, owners = split_owners(actors)
    reading = read_sentence(text, low, start, end, find_triggers(low, start, end), actors)
    p = reading.main
    if p is None:
        return None
    if p is reading.frame and p.type == "statement" and reading.reported is not None:
        p = reading.reported
    first_seen: dict[str, int] = {}
    for a in sorted(actors, key=lambda a: a.start):
        first_seen.setdefault(a.key, a.start)
    people, actor1, actor2 = participants(p, reading, actors, low, first_seen, tuple(owners))
    return SentenceEvent(p, p.type, p.status, actor1, actor2, tuple(people))


def _only(text: str, span: tuple[int, int], mention: Mention) -> bool:
    """Is the mention all there is in ``span`` but punctuation?"""
    rest = text[span[0]:mention.start] + text[mention.end:span[1]]
    return not any(c.isalnum() for c in rest)


def _dates_plan_saying(reading: SentenceReading, mention: Mention | None) -> bool:
    """Does ``mention`` date the saying of a frame that announces a plan, outside what it reports ("said on
    Wednesday he will visit Ankara next month": Wednesday is when it was said, not when the visit is)?"""
    main, content = reading.main, reading.content
    return (mention is not None and main is not None and reading.frame is not None and reading.taken is not None
            and main.status == "planned" and content is not None
            and not content[0] <= mention.start < content[1])


def _source_day(st: _SentenceState, mention: Mention) -> bool:
    """Is ``mention`` the day of an unnamed source that closes the sentence ("The Red Cross is pressing Syrian
    authorities for wider access ..., its president said Wednesday") or opens it ("Activists said on Friday that four
    gunmen ... shot dead Tammo")? Its saying is no event, and the day it gives is that of the act it reports."""
    day = st.source_day  # ("council diplomats told Reuters on Monday")
    return day is not None and st.reading.main is not None and day[0] <= mention.start < day[1]


HOSTILE_SPEECH = SPEECH_ACTS & HOSTILE  # demand, accuse, reject, threaten
_QUOTE_OPENS = re.compile(r"[\"“‘'`]")
# not "since 2020,"; "Starting February 19, the United States will begin ...": the onset of what the clause says
_OPENING_DATE = re.compile(r"[\s\"“—–-]*(?:(?:(?:Your\s+)?(?:Excellency|Majesty|Highness)|(?:Mr\.?|Madam|Madame)\s+(?:Vice\s+)?"
                           r"(?:President|Prime\s+Minister|Chancellor|Secretary|Speaker))\s*,\s+)?"  # a vocative in remarks
                           r"(?:(?:on|in|at|during|early|late|earlier|later|starting|beginning|"
                           r"as\s+of|effective)\s+)?(?:(?:almost|nearly|exactly|precisely|just)\s+){0,2}$", re.I)
# ("Almost exactly 10 years ago, ...": the approximation before a date the time finder did not take into it)


def _opening(text: str, sent: Sentence, undated: list[Mention]) -> Mention | None:
    """The date that opens the sentence as an adjunct of its own ("One year ago, in Hanoi, we began ...", "On
    Monday, ..."), when no predicate claimed it; None otherwise."""
    for m in undated:
        if m.resolved and m.type == "DATE" and _OPENING_DATE.fullmatch(text, sent.start, m.start) \
                and text[m.end:m.end + 1] == ",":
            return m
    return None


_WHEN_AFTER = re.compile(r",\s*(?:when|while)\s+" + run_class(r",;:") +
                         r"{3,120}?,\s")  # ", when I visited Mumbai as vice president, "


def _when_opening(text: str, sent: Sentence, dates: list[Mention]) -> Mention | None:
    """An opening date followed by a clause of the same time set off by commas ("Almost exactly 10 years ago, when I
    visited Mumbai as vice president, I emphasized ...", "In March, when protests erupted in Deraa, Assad promised
    reforms"): the clause's act took the date, and it is the main clause's time too."""
    for m in dates:
        if m.resolved and m.type == "DATE" and _OPENING_DATE.fullmatch(text, sent.start, m.start) \
                and (when := _WHEN_AFTER.match(text, m.end)) is not None and when.end() < sent.end:
            return m
    return None


def _lead_of_the_day(sent: Sentence, event_type: str, basis: str, precision: str, start, anchor,
                     actor1: str | None) -> bool:
    """Is this the saying a wire story's lead tells, dated by its own words to the dateline's day ("a senior Saudi
    prince said on Tuesday", "European leaders warned Iran on Sunday")? The lead tells the day's story, filed from
    where it happened, so a dateline that is the story's venue places it as it places an undated saying of the day
    (the gold of the dev, blind, fresh, fresh2, fresh11 sets: tass-1893893#1, t17-reuters-213#1, -126#1, -241#1,
    -340#1, -95#1, -18#1; audit t17-reuters-60, -221); not a saying of a later sentence, which is as often told from
    elsewhere, nor a state's ("France urged Syria on Thursday" from Paris, "Germany joined ... urging Syria
    Thursday": the check set leaves a state's appeal unplaced, t17-reuters-9#1, -206#1)."""
    return sent.lead and event_type in SPEECH and basis == "explicit" and precision == "day" and start is not None \
        and start == anchor and not any(a.name == actor1 and a.kind == "country" for a in sent.actors)


def extract_events(article: Article, anchor: Anchor, mentions: list[Mention], actors: list[ActorMention],
                   body_start: int = 0, body_end: int | None = None) -> list[Event]:
    """The events of one article (see the module docstring), from its text between ``body_start`` (after
    the dateline) and ``body_end`` (where readers' comments begin, if they do)."""
    actors = sorted(actors, key=lambda a: a.start)
    actors, owners = split_owners(actors)
    credits = credit_spans(article.text)
    reporters = journalists(article.text, actors, credits)
    if reporters:  # the story's journalists: what they say is reporting (speech.read_sentence), and they act in no event
        actors = [replace(a, flags=a.flags + ("reporter",)) if a.kind == "person" and a.name in reporters else a
                  for a in actors]
    builder = _Builder(article, anchor, actors)
    builder.reporters = reporters
    text, low = builder.text, builder.low
    triggers = find_triggers(low, body_start)
    timexes = sorted((m for m in mentions if m.start >= body_start), key=lambda m: m.start)
    builder.entry_days = EntryDays(timexes, anchor.date)  # (an entry's day, past midnight or under a dated stamp)
    builder.dayless = not names_news_day(timexes, builder.day_at)  # (a live page's stamps say it tells the day's news)
    timexes = [m for m in timexes if not is_entry_stamp(m)]  # when an entry was posted dates none of its acts
    # each sentence's share of the article's actors, owners, timexes and triggers (all in text order), sliced
    trigger_starts, timex_starts = [t.start for t in triggers], [m.start for m in timexes]
    owner_starts = [a.start for a in owners]
    retellings = threat_retellings(low)  # where the document retells a threat of sanctions (``retold_threat``)
    lead = None  # the start of the story's first sentence: no stamp, no crosshead
    starts: list[int] = []  # of the story's sentences, for ``retold.date_retold``
    glued: set[int] = set()  # where a story sentence glued to a caption before it starts (``captions.glued_starts``)
    charges: list = []  # the charged acts of speech the first line's headline names (``headlines.headline_charges``)
    lead_actors: list = []  # the actors of the story's first sentence
    # a web story's first line may run headline, caption and lead together (``captions.glued_starts``); not wire copy's
    first_line = 0 if builder.wire else (len(text) if "\n" not in text else text.index("\n"))
    for start, end in story_parts(text, split_sentences(text, body_start, body_end), credits, glued, first_line,
                                  () if builder.wire else actors):
        starts.append(start)
        if lead is None and _has_verb(low, start, end) and not _is_heading(text, start, end) \
                and not caption_before(text, end, glued):
            lead = start
        builder.sentences += 1
        if start == lead:
            builder.lead_at = builder.sentences
        sent_actors = _in_span(actors, builder.mention_starts, start, end)
        reading = read_sentence(text, low, start, end, _in_span(triggers, trigger_starts, start, end), sent_actors,
                                joint_we=len(builder.signatories) >= 2)
        # an announced sanction the document retells as a threat (rule 12)
        reading = retold_threat(reading, low, retellings, sent_actors, actors)
        reading = typed_warnings(reading, low, sent_actors)  # a warning of a danger, a charge or a call (rule 19)
        sent = Sentence(start, end, reading, sent_actors, lead=start == lead,
                        owners=tuple(_in_span(owners, owner_starts, start, end)))
        if sent.lead:
            lead_actors = sent_actors
        sent_timexes = _in_span(timexes, timex_starts, start, end)
        either, seconds = either_years(text, low, sent_timexes)  # "elections in February or March": the year
        # "speak again in a month", "have battled for the past three days", "killed ... in the last 48 hours"
        # (``_span_back_point``), "a crackdown nearly 30 years ago" (the last of the 30 years: ``nearly_ago``)
        points = {id(m): either.get(id(m)) or in_amount(low, m, builder.day_at(m.start))
                  or _span_back_point(low, reading, m, sent_timexes, builder.day_at(m.start)) or nearly_ago(m)
                  for m in sent_timexes}
        durations = [m for m in sent_timexes if not _is_date(m) and not _LENGTH_OF.match(low, m.start, m.end + 2)
                     and not _length_of_noun(low, m) and not _MEASURED_FROM.match(low, m.end) and not _time_of_noun(low, m)]
        # (not a length before a noun: "for three-year council terms", "a 10-year plan" say how long a thing lasts; nor
        # one that measures the noun after it: "appreciation for Turkey's nearly two decades of contributions"; nor the
        # distance to another act, "has called on the people ... to return, three days after an army attack restored
        # government control": the act is as dated as it would be without it)
        names = name_index(tuple((a.start, a.end) for a in sent_actors))
        # a time word that is no date goes with a predicate ("over the past several months"), but not an amount
        # after "in" that an infinitive holds ("agreed to speak again in a month": the agreeing is of the day)
        timed = {p.trigger.start for m in durations for p in [attach(text, low, m, list(reading.predicates), names, start=start)]
                 if p and not (points[id(m)] is not None and _TO_VERB.search(low, p.trigger.end, m.start))}
        # (a date in a clause another verb takes goes with the predicate past the clause's comma, which it does not
        # date: "The UN stopped estimating the death toll after it passed 5,400 in January, saying ...": that act is
        # no report of the day, ``_Builder.add``); "in February or March" as one date, as ``dates`` below reads it: the
        # first month with the words of both (``either_years``), not the second, which dates nothing of its own
        builder.clause_timed = {p.trigger.start for m in sent_timexes if _is_date(m) and id(m) not in seconds
                                for p in [past_clause_act(text, low, start, either.get(id(m)) or m, reading.predicates,
                                                          names)] if p}
        dates = [(points[id(m)] or m) if _is_date(m) else points[id(m)] for m in sent_timexes
                 if (_is_date(m) or points[id(m)] is not None) and id(m) not in seconds]
        dates = [m for m in dates if not comparison_point(low, m)  # "the first since 2015": dates no act
                 and not series_frame(low, m)]  # "the second on Syria this year": counts a series, dates no act
        if sent.lead:
            # (``news_lead``: a lead that names a day, "stood by Assad on Thursday", "The talks collapsed on Sunday")
            builder.lead_dated = any(m.resolved and m.precision in ("day", "time") for m in dates) \
                or not reading.predicates and sets_span(low, start, end)
            builder.lead_days = lead_days(dates)
        if (headline := first_line_furniture(text, end, first_line, glued)) \
                or body_caption(text, start, end, first_line, glued):
            # the headline, byline or caption a web story's first line runs into its lead: no event, but a charge it
            # names may type the lead's saying (``headlines``); a caption or pull quote below the lead names none
            if headline and (charge := headline_charges(reading, sent_actors)) is not None:
                charges.append(charge)
            continue
        _sentence_events(builder, sent, dates, timed, names)
        soundbite(builder, sent)
        turn_charge(builder, sent)  # a speaker's charge, call or refusal told with no verb of them (rule 30)
    events = fold_headline(builder.events, charges, lead, lead_actors)  # "UN report condemns ..." over "..., says a UN report"
    events = date_retold(events, builder.day_at if anchor.date is not None else None, starts)  # an act told twice: the
    # date its retelling gives
    events = lead_retold(events, lead, starts)  # the lead's saying told again right after it: one row
    # "I'm looking forward to our conversation today": a speaker's act with no counterpart is the other speaker's
    # (before ``turn_repeats``, which folds a commitment said again to the party it names: "The United States stands
    # with Ukraine. ... We stand with our friends.")
    speaker_states = {name: state for name in builder.speakers if (
        state := builder.speaker_countries.get(name) or builder.org_of.get(name))}
    events = turn_counterparts(events, sorted(builder.speakers), speaker_states, builder._turn_speaker,
                               builder.mentions, builder.mention_starts)
    # "Aleksey Navalny has been a brave leader": the speaker's support of the one praised, not the praised's act
    events = praised(events, sorted(builder.speakers), speaker_states, builder._turn_speaker, builder.mentions,
                     builder.mention_starts)
    events = turn_repeats(events, builder.labels, builder.before_meeting)  # a speaker's thanks again: one row
    events = turn_sayings(events, builder.labels)  # "Let me say one thing.": the transcript's own speech, no row
    # "I'm thankful for the vital support ... of the United States" then "I am extremely thankful to Mr. President
    # Biden ... for the vital support" in one turn: one row per type and counterpart (rule 30 (a), (f), (h))
    events = fold_turn_sayings(events, builder.turn_at, state_speakers(builder.mentions, builder.state_of_person),
                               builder.parties_named, state_bodies(builder.mentions)) if builder.labels else events
    events = readout_topics(events, article.title)  # "The two leaders discussed ...": the readout's call itself
    # "President Biden underscored that ...": a principal's point that names no one else is made to the other principal
    events = readout_counterparts(events, article.title, builder.state_of_person, builder.mentions,
                                  builder.mention_starts)
    events = carry_speaker_places(events, text, starts)  # "Addressing a conference in Paris, Mr Juppe said": his sayings are in Paris
    # "the port of Latakia, where the military deployed", "the attack on Baba Amr", "sent hundreds of fighters to the
    # capital", "hunt army defectors in Homs, killing more than 100", "killed 16 people in attacks in the city of Homs":
    # the place a phrase of the sentence gives an act left unplaced (``place_reader``)
    events = place_by_phrases(events, text)
    events = place_seat_acts(events, text, builder.venue)  # filed from UNITED NATIONS: the council's dated acts there
    events = place_council_sittings(events)  # "The UN Security Council began negotiations on Wednesday": at the UN
    events = place_vetoes(events)  # "China and Russia vetoed a UN resolution 10 days ago": at the UN
    # a joint statement issued at a meeting: its authors' acts of the meeting's days, at the venue its head names
    # (a leader the text gives no country acts for the one people.csv lists: "President Biden welcomed ..." in the
    # Jeddah Communique between the United States and Saudi Arabia is an act of its author's)
    events = place_statement_acts(events, article.title, text, starts, timexes, anchor.date, set(builder.signatories),
                                  builder.people, builder.state_of_person)
    events = place_districts(events, text)  # "withdrew from Baba Amr" in a story that names Homs: at Homs
    events = seat_states(events)  # "the White House said", "the Kremlin is telling": the United States, Russia
    # "Q You've spoken about enduring American support for Ukraine ... this weekend.": no line of a reporter's turn
    # is a row (rule 30 (e))
    events = without_reporters_turns(events, text, builder.questions, builder.label_lines)
    events = protest_sides(events)  # "Syrians ... held a protest": the protesters are no state (rule 22)
    events = outside_pull_quotes(events, text)  # a BBC pull quote ('..." End Quote Susan Rice'): page furniture
    # "Saudi Arabia ... pulled its envoy", "Fresh anti-government protests were held on Friday in cities across Syria",
    # "rebels had shot down one helicopter", "Susan Rice told the Security Council: \"The regime's long track record is
    # one of dependable deceit\"", "The United Nations and United States also condemned the violence": an act with no
    # target named is at the story's state, unless its sentence says otherwise (a rule a type)
    if not (builder.readout_or_joint or builder.labels):
        events = aim_untargeted(events, Story(builder.story_country, builder.mentions, builder.mention_starts,
                                              builder.state_of_person, text, builder.low))
    # "Assad sent tanks and troops into several cities": a person's act is not aimed at the person's own state, nor
    # a state's at its own leader ("Syrian forces shot dead six people protesting against President Bashar al-Assad")
    events = without_own_state(events, builder.state_of_person)
    events = once_per_sentence(events)  # a sentence the page prints again word for word: its rows once, at the first
    if builder.readout_or_joint:  # each point of a readout or joint statement is a row of its own (rule 25), which
        # the merge keeps apart from the principal's other points of the day (``merge._one_speech``)
        events = [replace(e, extra=e.extra | {"points": True}) for e in events]
    # two acts of one type dated by one phrase would share an id
    return unique_ids(name_places(events))  # "the UAE", "the Oval Office": "United Arab Emirates", "White House"


_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|[a-z]{3,}(?:ed|es))\b")


_TO_VERB = re.compile(r"\bto\s+[a-z]+")
_BUT = re.compile(r",\s+but\s+(?:also\s+|then\s+)?$")  # a coordinated verb set against the one before it


def quote_lines_back(text: str, start: int, trigger_start: int, reach: int = 6) -> int:
    """How many lines before the sentence at ``start`` the quotation that its reporting verb at ``trigger_start`` closes
    was opened ('"We have growing numbers of Sunni hardliners ... / All of this is growing ... / We are not immune," he
    said': 2), when the sentence has one quotation mark before the verb, a closing one; else 0. Up to ``reach``
    lines."""
    if sum(text.count(q, start, trigger_start) for q in '"“”') != 1 or text[start:trigger_start].lstrip()[:1] in '"“':
        return 0
    end = start
    for back in range(1, reach + 1):
        line_end = text.rfind("\n", 0, end)
        if line_end < 0:
            return 0
        line_start = text.rfind("\n", 0, line_end) + 1
        if sum(text.count(q, line_start, line_end) for q in '"“”') % 2 == 1:
            return back  # (the line that opened it and left it open)
        end = line_start
    return 0


def quote_opening(text: str, start: int, trigger_start: int) -> int:
    """The start of the line that opened the quotation the reporting verb at ``trigger_start`` closes
    (``quote_lines_back``), else ``start``."""
    for _ in range(quote_lines_back(text, start, trigger_start)):
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def _in_open_quote(text: str, start: int) -> bool:
    """Does the sentence at ``start`` stand inside a quotation its paragraph opened before it ('"In both cases ...
    . The Russian side notes ...'): an odd number of quotation marks between the paragraph's start and it?"""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return sum(before.count(q) for q in '"“”') % 2 == 1


def _has_verb(low: str, start: int, end: int) -> bool:
    """Does the span read like a clause rather than a caption or a time stamp?"""
    return _VERBISH.search(low, start, end) is not None


# Plain saying: a later one by the same speaker on the same day is the same speech ("she added"); a verb that
# makes a point ("underscored", "stressed", "emphasized") is a statement of its own, as the gold sets read readouts
_TOLD_PRESS = re.compile(r"told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference)\b")
_SAYING = re.compile(r"(?:said|says|say|saying|added|adds|told\b.*|tells\b.*|continued|went\s+on|noted|notes|stated|"
                     r"states|pointed\s+out|according\s+to|explained|recalled|remarked|commented|replied|asked|"
                     r"reported|reports|wrote|writes)")
# ... and, in news copy (wire or a reporter's story, not a readout or a transcript), a verb of how it was said: a later
# saying so told by the same speaker on the same day is the same speech too. Not a verb that tells news of its own
# ("announced", "declared", "confirmed", "revealed") or brings an addressee ("conveyed", "briefed")
# ("Moscow insists ...", in the present, is a standing position of its own: not folded)
_SAYING_MANNER = re.compile(r"(?:stress|emphasi[sz]|underlin|underscor|reiterat|insist|argu|conclud|assert|acknowledg|"
                            r"claim|predict|respond|answer|describ)ed|admitted|made\s+clear|"
                            r"quoted\s+(?:[\w.,'’-]+\s+){0,8}?as\s+saying")
_TERM_VERBS = frozenset(CUES["term_verb"])  # "has committed to": a party's term (``_Builder.agreement_term``)
_TERM_LIGHT = frozenset(CUES["term_light"])  # "has made commitments on"
_TERM_TYPES = frozenset(CUES["term_type"])  # what the commitment was read as outside a term
_ANNOUNCING = 2  # the statement's first sentences, where it announces the agreement ("Seeking to ..., X and Y have agreed")
# a capitalised word right before the signatory's name makes another name of it ("Air Cambodia", not Cambodia)
_NAME_BEFORE = re.compile(r"(?<![\w-])(?!The\b)[A-Z][\w-]*\s+$")
_NOTING = frozenset(CUES["noting"])  # "noted", "took note": a point retold (``_Builder.retold_point``)
# the rules of ``speech.read_sentence`` that type a saying by words of what it reports, not by its object noun
_CONTENT_TYPED = frozenset({"reported disapproval", "reported condemnation", "reported failure", "reported insult",
                            "reported charged force", "reported perpetrator", "reported wrongdoing",
                            "reported warning", "reported threat idiom"})
# a joint statement's plural subject that stands for its authors, not for the leaders of the meeting it tells of
_AUTHORS_HEAD = re.compile(r"\b(?:they|sides)\b")
# the saying verbs that, outside wire copy, open a point of a readout of their own ("President Biden stated that ...",
# "The President pointed out ..."): the cue ``readout_saying``
_READOUT_POINT = re.compile(phrase_alternation(CUES["readout_saying"]))
# ... when the sentence opens with its speaker as subject, named or described ("President Biden stated", "The two
# sides stated", "The Saudi side also pointed out"), not in a quote, not a pronoun ("I stated from the outset", "as you
# pointed out"), not after an inverted quote ('explained Mr Maayteh')
_POINT_OPENING = re.compile(r"(?!(?:I|We|You|He|She|They|It|And|But|As|So)\b)[A-Z][\w.’'-]*(?:[ ][\w.’'-]+){0,7}[ ]"
                            r"(?:also[ ]|again[ ]|further[ ])?")
# a courtesy of a transcript, no act, "Thank you for your question." (to a reporter), or a closing or a repeat of thanks, with nothing thanked for but the question, "that" or the listeners' attention
# (rule 16: closings are no rows): "Thank you, Mr. President.", "I thank you again.", "Once again, thank you.",
# "Thank you so very much.", "Thank you, thank you, thank you.", "Thank you so much for that.", "Thank you for your
# attention.", "We appreciate it.", "Prime Minister, President Biden, thank you very much.", "Thank you so much,
# esteemed Madam Vice President, esteemed members of the delegation, dear journalists."; a leading form of address
# opens with a title or "dear" (not "In March, we launched ..., thank you")
_VOCATIVE = r"(?:" + run_class(r".,;:") + r"|(?<=\b(?:mr|ms|dr))\.|(?<=\bmrs)\.){0,40}"
_THANKS_WORDS = (r"(?:(?:i|we)\s+(?:(?:also|again|once\s+again)\s+)?thank\s+you|thank\s+you|thanks"
                 r"|(?:(?:i|we)\s+(?:(?:really|truly|do|very\s+much)\s+)*)?appreciate\s+it)"
                 r"(?:\s+(?:very|so)(?:,?\s+(?:very|so))*\s+much|\s+all|\s+again|\s+both|\s+everybody|\s+everyone"
                 r"|,?\s+once\s+again)*"
                 r"(?:\s+for\s+(?:your|the|that|this)(?:\s+(?:good|great|excellent|kind))?\s+(?:questions?|attention)"
                 r"|\s+for\s+that)?")
_TITLED = (r"(?:mr|mrs|ms|madam|madame|mister|president|prime|vice|secretary|chancellor|your|dear|esteemed|ladies|"
           r"excellenc\w+|general|sir)\b" + _VOCATIVE)
_COURTESY = re.compile(r"[\s\"“—–-]*(?:" + _TITLED + r",\s*){0,3}"
                       r"(?:(?:well|and|oh|okay|ok|all\s+right|so|now|once\s+again|again),?\s+)*"
                       + _THANKS_WORDS + r"(?:,\s*" + _THANKS_WORDS + r")*"
                       r"(?:,\s*" + _VOCATIVE + r")?(?:,\s*" + _TITLED + r"){0,3}[.!]*[\"”]?")
# a host's greeting: "it's an honor to welcome you", "welcome back to the White House" (its "you" unsaid)
# (or "I want to warmly welcome you", "let me welcome you"), or a speaker's count of the day's meeting ("This is our
# ninth meeting in just the 16 months", "This is the second meeting in just eight months": event_triggers.tsv), each
# the speaker's side of the meeting of the day
_MEETING_COUNT_OPENING = r"this\s+is\s+(?:our|my|the)\s"  # "This is our ninth meeting": the trigger's opening
_GREETING = re.compile(r"(?:good|great|nice|wonderful|pleasure|privilege|honou?r|honou?red|glad|delighted|happy|pleased)\s+(?:for\s+me\s+)?to\s|"
                       r"welcome\s+(?:you\s+)?(?:back\s+|again\s+)?to\s|"
                       r"(?:(?:want|wish|like)\s+to|let\s+me)\s+(?:[a-z]+ly\s+|first\s+|also\s+|again\s+)?welcome\s|"
                       + _MEETING_COUNT_OPENING)
_MEETING_COUNT = re.compile(_MEETING_COUNT_OPENING)  # _GREETING's last branch alone: a speaker's count of the meeting


def _greets(low: str, p: Predicate) -> bool:
    """Is ``p`` a host's greeting: one of ``_GREETING`` or the meeting of thanks for the guest's presence ("thank you
    for being here": its pattern is the one row of ``event_triggers.tsv`` that types a meeting by "thank")?"""
    return _GREETING.match(low, p.trigger.start) is not None or _thanks_presence(low, p)


def _thanks_presence(low: str, p: Predicate) -> bool:
    """Is ``p`` the meeting of thanks for the meeting itself: the host's for the guest's presence ("thank you for being
    here"), the guest's for the welcome, hospitality or invitation ("I once again express my heartfelt gratitude to
    you ... for the hospitality")?"""
    return p.type == "meeting" and _THANKS.match(low, p.trigger.start) is not None


_THANKS = re.compile(r"thank|express")
_PRESENCE = re.compile(r"being\s+here|coming")  # the host's thanks for the guest's presence (not the guest's thanks)


# the title words of a transcript label before the speaker's name ("PRIME MINISTER ", "VICE PRESIDENT ")
_LABEL_WORDS = re.compile(r"(?:[A-Z][A-Z.’'-]*\s+)*")
# an impersonal opening of a sentence of a transcript, the speaker's ("It's very important that you stay with us")
_IT_IS = re.compile(OPENS.pattern + r"it(?:’s|'s|\s+is)\s+")


# the place a greeting welcomes into ("welcome back to the Oval Office", "here in the White House"): no party
# (the guest of "welcomed Kishida to the White House" is read by roles._WELCOMED_TO)
_GREETED_INTO = re.compile(r"\b(?:welcome\s+(?:you\s+)?(?:back\s+|again\s+)?to|here\s+(?:in|at))\s+(?:the\s+)?$")
# a phrase of another time that sets when a reported plan is to happen ("said that after Sunday's vote Ankara would talk")
_PLAN_TIME_BEFORE = re.compile(r"\b(?:after|before|until|following|once)\s+(?:the\s+)?$")
_PLAN_MODAL = re.compile(r"\b(?:would|will|could)\s")
# "had said": before the story's day (the occasion of an aside, "Lavrov, who visited Damascus on Tuesday, had said ...",
# may be when)
_PLUPERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+|also\s+)?$")
_PERSONAL = re.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|us|our|you|your|i|i['’](?:m|ve|ll|d)|me|my)\b")
_STAMP_WORDS = re.compile(r"[A-Z]{2,4}|local\s+time|GMT|UTC|[Uu]pdated|[Pp]ublished|[Pp]osted|at|on")


def _only_dates(text: str, sent: Sentence, dates: list[Mention]) -> bool:
    """Is the sentence nothing but its dates (and a time zone or "Updated")?"""
    rest, pos = [], sent.start
    for m in sorted(dates, key=lambda m: m.start):
        rest.append(text[pos:max(pos, m.start)])
        pos = max(pos, m.end)
    rest.append(text[pos:sent.end])
    words = re.findall(r"[^\W\d_]+(?:\s+time)?", " ".join(rest))
    return all(_STAMP_WORDS.fullmatch(w) for w in words)


# the statement, interview or broadcast a frame was said in ("in a statement", "according to an interview")
_EARLIER_OPENER = re.compile(r"[\s\"“]*(?:" + phrase_alternation(word_list("earlier_openers.txt")) + r")\s*,")
# an opener of another news item of a web story ("Meanwhile, ...", "In another development, ..."): a lead of its own
# for the present perfect of one act (``_SentenceState.news``); "Meanwhile" may go without its comma
_NEWS_ITEM_OPENER = re.compile(r"[\s\"“]*(?:" + phrase_alternation(word_list("news_item_openers.txt")) + r")\s*,?\s")
_MEDIUM = re.compile(r"\b(?:in|according\s+to|during|via|through|on)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}$")
# the occasion right after a reporting verb: "Zakharova said at a briefing on Thursday that ...", "told a news
# conference on Friday": the briefing's day is the saying's, one statement, not the briefing's and the article's
_FRAME_VENUE = re.compile(r"\s+(?:(?:at|during|in)\s+)?(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}")


def _sentence_events(builder: _Builder, sent: Sentence, dates: list[Mention], timed: set[int],
                     names: _Names) -> None:
    """The events of one sentence; ``timed`` holds the predicates a time word that is no date goes with
    ("Over the past several months, the United States has delivered ...": undated); ``names``: its actors' spans as
    the caller indexed them for dating (``dating.name_index``), once for the sentence's durations and dates.

    The passes run in this order, each seeing what the ones before it made: the dates first (each dates the
    act it is nearest to), then the undated acts, from the sentence's own (its reporting verb or main
    predicate) to those beside it, and last a date no act took."""
    if _no_act(builder, sent, dates):
        return
    st = _SentenceState.of(builder, sent, dates, timed, names)
    builder.sentence_first, builder.sentence_dates = st.first, dates
    for mention in dates:
        _dated_event(st, mention)
    _announced_plan(st)
    st.after_dating()
    if st.frame is not None:
        _saying_events(st)
        _act_before_saying(st)
        occasion_before_saying(st)
        occasion_after_saying(st)  # "he said after talks in Geneva": the talks the saying followed
    else:
        _main_event(st)
        _continued_quote(st)
    opening_day_act(st, _is_event)
    stay_meetings(st)
    st.families = {e.event_family for e in builder.events[st.first:]}
    _coordinated_acts(st)
    _contrast_saying(st)
    _second_object(st)
    listed_object_rows(st, _is_event)  # "has tried repression, economic handouts and ...": each listed act noun
    _participle_acts(st)
    charged_participles(st)  # ", having been accused of being a foreign agent": the subject charged
    kept_support(st, _is_event)  # ", while maintaining our unwavering support for Ukraine": the subject's support
    need_points(st, _is_event)  # a joint statement's "They stressed the need to support ...": the authors' point
    welcomed_agreements(st)  # a joint statement's "welcomed the signing of an MoU between X and Y": their agreement
    thanked_giving(st, _is_event)  # "expressed gratitude for ... providing temporary shelter to 4,000 Afghans": the thanked's aid
    with_saying(st, _is_event)  # ", with Israeli PM Benyamin Netanyahu speaking of a great threat": his statement
    with_acts(st, _is_event)  # ", with Russia and China both blocking UN Security Council resolutions": their refusal
    clause_sayings(st, _is_event)  # "after the government reported the loss of over 120 men": its statement
    relative_toll_sayings(st, _is_event)  # "where the United Nations estimates that some 3,500 civilians have been killed"
    _gathered(st)
    _means_acts(st)
    _relative_clause_acts(st)
    _done_before_plan(st.builder, st.first)
    relative_coordinated(st)  # (after the clause reader, whose speech acts it reads too: "While Turkey has urged ... and
    # has added its voice to growing international condemnation")
    relative_second_acts(st)
    subordinate_force_acts(st, _is_event)
    granted_acts(st, _is_event)  # "Although he has helped arm Hezbollah guerrillas ..., he has maintained the calm"
    victim_clause_acts(st)  # "Fayez Sara, an opposition figure who was detained earlier in the uprising, said"
    fight_rows(st, _is_event)  # "Clashes between rebel fighters and the army were reported": both sides named
    reported_fight_rows(st)  # "Fresh fighting has been reported around Damascus, ... where rebels are ...": one side named
    force_phrase_acts(st, _is_event, force_noun_agent)
    _travel_adjuncts(st)
    opening_visit(st)
    guest_visit(st)  # "I very much welcome this visit", in remarks at the host's: the guest's visit of the day
    aside_thanks(st)
    purpose_of_joint_work(st, _is_event)
    joint_body_sides(st)
    committed_joint_work(st)
    commitment_of_the_day(st)
    _planned_meetings(st)
    meal_after_meeting(st)
    attempted_crackdown_rows(st)  # "the Syrian government whose army has been struggling to crush ... protests"
    unnamed_attack_rows(st)  # "armed groups who it says have killed 1,100 soldiers": actor1 null (rule 20)
    forces_toll_rows(st)  # "put the death toll at 3,838 - 2,493 civilians and 1,345 security forces personnel" (rule 20)
    killed_named_rows(st)  # "The killing of Tammo, a respected opposition figure, angered ...": no agent (rule 20)
    under_fire_rows(st)  # "citizens subjected to a relentless artillery barrage by government troops": theirs
    protest_clause_rows(st)  # "anti-government protests spread", "taking part in a peaceful protest" (rule 22)
    improved_ties(st)  # "Since 2008, Paris has sought to improve ties with Damascus": dated by its start (rule 17)
    _date_only_events(st)
    forces_killed_rows(st)  # "It said two members of the security forces and one gunman were killed in a clash" (rule 20;
    # after the date-only row, which a dated clause with no recognised predicate keeps: "who inherited power ... in 2000")
    _object_owners(st)
    called_off_events(st)
    requested_acts(st)
    invited_acts(st)
    decreed_yields(st)  # "A decree Assad signed Thursday that lifted emergency law"
    promised_yields(st, _is_event)  # "pledged to ... pull back its tanks, release political prisoners"
    promised_acts(st)
    saying_beside_planned_act(st)
    announcement_of_act(st)
    opposition_figure_acts(st)  # "Many opposition figures have dismissed Assad's promise": the story's opposition (before
    # blamers, whose plain subject would take "Opposition figures accused Assad" as accusers no one names)
    blamers(st)
    unnamed_supporters(st)  # "Largely Sunni Gulf states backed the monarchy": support by a group no one names
    object_relative_blame(st, _is_event)  # "attacks ..., which the government also blamed on terrorists"
    accepted_plans(st, _is_event)  # "an Arab peace plan it agreed to before the monitors were sent": Syria's agreement
    standing_cooperation(st, _is_event)  # "Also, our cooperation recently is improving all the time": in a transcript
    apposed_rejections(st, _is_event)  # "... national dialogue talks, an offer rejected by opposition leaders"
    proposed_by(st)  # "the six-point peace plan proposed by UN-Arab League envoy Kofi Annan": Annan's proposal
    backed_names(st)  # "the Shi'ite Hezbollah movement in neighboring Lebanon, also backed by Iran": Iran's support
    blamed_patients(st, _is_event)  # "the Obama administration, which has been criticized by human rights groups for"
    agent_passives(st, _is_event)  # "the resolution, which was proposed by Saudi Arabia": the agent's act (after the
    # passes of one type of passive with an agent, blamed_patients, proposed_by, backed_names, whose rows it leaves)
    second_saying_act(st, _is_event)  # (after blamers: "Activists accused the regime of ... and claimed that rebels had ...")
    shared_have_saying(st, _is_event)  # "have urged dialogue with Damascus and said that Assad needs time": their saying, undated
    second_reported_act(st, _is_event)  # "said that 200 tanks had been deployed, and that security forces were carrying out raids"
    second_speech_act(st, _is_event)  # "said the incidents were a \"clear violation\" ... and that his country would \"take the necessary measures\""
    charged_giving(st, _is_event)  # "accused Turkey of supplying militant groups with weapons": the accused's aid
    unnamed_condemnations(st, _is_event)  # "refused to join international condemnation of Syria's crackdown"
    naming_clause_charges(st, _is_event)  # "under U.S. sanctions since 2008 for what Washington calls public corruption"
    joint_plans(st)  # a joint statement's "We will invest in the modernization of NORAD", with no row: the authors' work
    joint_resolve(st)  # "We are united in our resolve to disrupt ...", with no row: the authors' declared resolve
    point_verb_rows(st, _is_event)  # a readout's "President Biden raised Russia's brutal war ...": his point (rule 25;
    # last, so that the clause's rows of every pass are known)
    participle_points(st, _is_event)  # "Reiterating the importance of ..., the leaders welcomed ...": a second point
    # (rule 25; after point_verb_rows, whose rows it folds into)
    second_support(st, _is_event)  # "reiterated their commitment to ... Syria and expressed their support for the efforts
    # of the Special Envoy": a second point of support, a row of its own (rule 25; last: it needs the first point's row)


_DEFINITE_OBJECT = re.compile(r"\s+the\s+([a-z]+)\b")


def _object_owners(st: _SentenceState) -> None:
    """A verb whose object is the act noun of another event of the sentence, named again with "the" ("The council had
    scheduled an informal closed-door meeting ..., but the Chinese and Russian envoys boycotted the meeting"), acts
    on that event's agent: the council is the boycott's counterpart."""
    events, low = st.builder.events, st.low
    for i in range(st.first, len(events)):
        e = events[i]
        q = st.verb_of(e)
        m = _DEFINITE_OBJECT.match(low, q.trigger.end) if q is not None else None
        if m is None:
            continue
        noun = next((p for p in st.preds if p.trigger.start < q.trigger.start and p.trigger.text.lower() == m.group(1)
                     and p.type not in SPEECH), None)
        owner = next((f.actor1 for f in events[st.first:] if f is not e and noun is not None
                      and f.trigger == noun.trigger.text), None)
        if owner is None or owner == e.actor1 or owner == e.actor2:
            continue
        events[i] = e.aimed_at(owner)


def _no_act(builder: _Builder, sent: Sentence, dates: list[Mention]) -> bool:
    """A sentence that is no story copy: programme notes, a time or date stamp, a courtesy."""
    text, low = builder.text, builder.low
    if is_furniture(text, sent.start):
        return True  # "Hear daily 10-minute editions Monday to Friday, ...": programme notes, no event
    if dates and _only_dates(text, sent, dates):
        return True  # "4:15 P.M. EDT" above a transcript, "December 26, 2024" under a headline: a stamp, no event
    if not dates and _COURTESY.fullmatch(low, builder._past_label(sent), sent.end):
        return True  # "Thank you, Mr. President." in a transcript (after its label too): a courtesy, not support
    return False


@dataclass(slots=True)
class _SentenceState:
    """What the passes of ``_sentence_events`` over one sentence share: the sentence and its dates, what the
    dating passes claimed, and the sentence's events so far (``builder.events[first:]``)."""

    builder: _Builder
    sent: Sentence
    dates: list[Mention]
    timed: set[int]  # the predicates a time word that is no date goes with
    preds: list[Predicate]
    first: int  # the index in ``builder.events`` of the sentence's first event
    heading: bool  # a crosshead: no undated act
    main: Predicate | None  # the main predicate; ``_main_event`` may take the next verb instead
    # the sentence's actor spans indexed for dating (``dating.name_index``), as the caller built them for its durations
    names: _Names
    claimed: list[Predicate] = field(default_factory=list)  # the predicates a date claimed, and a plan so announced
    dated: dict[int, Mention] = field(default_factory=dict)  # predicate start -> the date that dates it
    # predicate start -> the date of the act noun that heads its phrase of the same time ("shot dead ... during mass
    # protests on Friday"; ``adverbials.during_heads``), set when the date dates the noun
    during: dict[int, Mention] = field(default_factory=dict)
    undated_dates: list[Mention] = field(default_factory=list)  # dates no predicate was in reach of
    # set by ``after_dating``:
    claimed_starts: set[int] = field(default_factory=set)  # trigger starts of the predicates made events
    made: bool = False  # has the sentence an event?
    opening: Mention | None = None  # an opening date no predicate claimed (``_opening``)
    said_on: bool = False  # a date dates the reporting verb: "said on Tuesday he has visited Syria"
    # set after the sentence's own event: the families of its events, so that no pass adds a second of one
    families: set[str] = field(default_factory=set)
    # an opening date and the span of the phrase of another time after it (``inner_phrase``), found once per sentence
    inner: tuple[Mention, tuple[int, int]] | None = None
    # the span of the day right after the verb of an unnamed source ("Activists said on Friday that ...":
    # ``frame_time.frame_day``), read once per sentence for its dates (``_source_day``, ``_date_candidates``)
    source_day: tuple[int, int] | None = None
    # the sentence's act nouns (``acts.act_nouns``), read at its first date that asks (``act_nouns``)
    acts: list[tuple[int, int, str]] | None = None
    # the sanction and agreement nouns a demand verb asks for (``_demanded_nouns``), read at its first date that asks
    demands: dict[int, int] | None = None
    # the article's text, lower-cased too, and the sentence's reading, its frame and content, which nearly every pass
    # reads (plain attributes: a property was asked a million times in a 460-article build)
    text: str = field(init=False)
    low: str = field(init=False)
    reading: SentenceReading = field(init=False)
    frame: Predicate | None = field(init=False)
    content: tuple[int, int] | None = field(init=False)

    def __post_init__(self) -> None:
        self.text, self.low, self.reading = self.builder.text, self.builder.low, self.sent.reading
        self.frame, self.content = self.reading.frame, self.reading.content

    @classmethod
    def of(cls, builder: _Builder, sent: Sentence, dates: list[Mention], timed: set[int],
           names: _Names) -> _SentenceState:
        source = sent.reading.source
        return cls(builder, sent, dates, timed, list(sent.reading.predicates), len(builder.events),
                   _is_heading(builder.text, sent.start, sent.end), sent.reading.main, names=names,
                   inner=inner_phrase(builder.text, builder.low, sent.end, dates) if dates else None,
                   source_day=frame_day(builder.low, source.end) if dates and source is not None else None)

    def act_nouns(self) -> list[tuple[int, int, str]]:
        """The act nouns of the sentence (``acts.act_nouns``), read once for all its dates (``dated_act``)."""
        if self.acts is None:
            self.acts = act_nouns(self.builder.low, self.sent.start, self.sent.end)
        return self.acts

    def demanded(self) -> dict[int, int]:
        """The nouns a demand verb asks for (``_demanded_nouns``), read once for all the sentence's dates: they do
        not depend on the date (a run of "called for more sanctions against Syria on Monday and ..." weighed every
        candidate against every predicate at each date: cubic)."""
        if self.demands is None:
            self.demands = _demanded_nouns(self.preds, self.low)
        return self.demands

    def verb_of(self, e: Event) -> Predicate | None:
        """The first verb of this sentence whose trigger, as written, is ``e``'s (the predicate ``e`` was made of)."""
        return next((p for p in self.preds if p.form == "verb" and p.trigger.text == e.trigger), None)

    def day_of(self, e: Event) -> tuple[Mention | None, str]:
        """The date mention and basis of ``e``, an event of this sentence, for a second act that shares its day (the
        meal after a meeting, the purpose of joint work): its own explicit date, else its basis (an event's stored
        "undated" with the reason its ``date_rule`` keeps: ``head_undated``)."""
        mention = next((d for d in self.dates if d.start == e.date_char_start), None) \
            if e.date_char_start is not None else None
        basis = e.date_basis if mention is None else mention.date_basis
        return mention, (head_undated(e) if basis == "undated" else basis)

    def after_dating(self) -> None:
        """What the dating passes leave the passes of undated acts."""
        self.claimed_starts = {p.trigger.start for p in self.claimed}
        self.made = len(self.claimed) + (len(self.dates) - len(self.undated_dates)) > 0
        self.opening = _opening(self.text, self.sent, self.undated_dates) or _when_opening(self.text, self.sent, self.dates)
        self.said_on = self.frame is not None and self.frame.trigger.start in self.dated

    def has_row(self, family: str, *agents: str | None, agentless: bool = False) -> bool:
        """Has the sentence a row of ``family`` already: one whose first actor is among ``agents`` (a None among them is
        no name given: the pronoun of "he granted"), or one with no agent when ``agentless`` (an unnamed group's act);
        by anyone when neither names one (``has_row("accuse")``, ``has_row(family, None)``). The passes of undated
        acts add no second one."""
        wanted = tuple(a for a in agents if a is not None) + ((None,) if agentless else ())
        return any(e.event_family == family and (not wanted or e.actor1 in wanted)
                   for e in self.builder.events[self.first:])

    def taken(self, start: int) -> bool:
        """Is the trigger at ``start`` a row already: a predicate the dating passes made an event (``claimed_starts``) or
        one a pass built (``builder.trigger_starts``)? The passes of undated acts and sayings skip it."""
        return start in self.claimed_starts or start in self.builder.trigger_starts

    def done(self, *more: Predicate | None) -> set[int]:
        """The trigger starts no further pass takes: the predicates made events, the main one, the reported and
        the taken one of the reading, and ``more``."""
        reading = self.reading
        return self.claimed_starts | {p.trigger.start for p in (self.main, *more, reading.reported, reading.taken)
                                      if p is not None}

    def news(self, p: Predicate) -> tuple[int, int] | None:
        """The lead's span, when ``p`` is in the story's lead and no dated saying reports it."""
        content = self.content
        reported_by_day = self.said_on and content is not None and content[0] <= p.trigger.start < content[1]
        b = self.builder
        opening = self.item_lead() or p.type != "statement" and after_lead(
            b.sentences, b.lead_at, b.wire, b.lead_dated) and tells_on(self.low, p, self.sent.start)
        return (self.sent.start, self.sent.end) if opening and not reported_by_day else None

    def item_lead(self) -> bool:
        """Is the sentence the story's lead or, outside wire copy, one that opens another news item ("Meanwhile, UN
        humanitarian chief Valerie Amos has arrived in Syria")? A web story tells each item's news in the perfect or
        the present, as its lead does (events_gold_bbc.md)."""
        return self.sent.lead or not self.builder.wire and _NEWS_ITEM_OPENER.match(self.low, self.sent.start) is not None

    def basis(self, p: Predicate) -> str:
        """How the undated act ``p`` takes its day (``basis.basis_of``); a troop movement an unnamed source reports is
        read as a reporting verb's content ("The Syrian army deployed overnight in ... Homs, witnesses said": the
        movement the day's source reports, ``basis.undated_basis``)."""
        if not self.sent.lead and means_act(p, self.low, self.sent.start):
            return undated(GOING_ON)  # the means of an attempt, in the body ("He tried to pacify the Kurds by giving citizenship to
            # tens of thousands of people"): an attempt is no act of one day
        if not p.quoted and now_act(self.low, p, self.sent.start):
            # "Turkey has now determined to take the matter to Nato, calling for an urgent meeting": the act of the
            # story's moment, not a perfect of the body's background; work going on now ("the uprising that began with
            # demands ... and is now pressing for his removal") is of the story's own day, not of an opening date
            # ("Last week, Assad ordered the army into Deraa, ...") nor of an earlier occasion
            return "dateline" if ongoing_now(self.low, p, self.sent.start) else "report"
        if not self.sent.lead and crowd_demander(p, self.builder.text, self.low, self.sent.start) \
                and not self.builder.parties(self.sent, p)[0]:
            return undated()  # "The protesters demanded political freedoms ...", in the body: the crowd's demand is of
            # its protest's time, which only date words give (as a protest's: event_types.csv, rule 1 (c))
        if p.status == "planned" and later_today(self.low, self.sent.start, self.sent.end):
            return "report"  # "would meet Foreign Minister Yang Jiechi later", "Later, I'll be visiting ...": a plan for
            # later the same day takes the story's day (events_gold_bbc 294#2)
        if p.type not in SPEECH and not p.reporting and _EARLIER_OPENER.match(self.low, self.sent.start):
            return undated(RECALLED)
            # "Earlier, Putin and Lukashenko held talks in Sochi": before the story's news, on a day
            # the text does not give (events_gold.md rules 1 and 5); a saying so opened is as often the same day's
        content, source = self.content, self.reading.source
        if content is None and source is not None and p.type in SOURCE_REPORTED:
            content = (self.sent.start, source.start) if p.trigger.start < source.start else (source.end, self.sent.end)
        basis = basis_of(self.builder, p, content, self.timed, self.news(p), self.opening is not None,
                         not self.item_lead(), self.sent.start, self.dates)
        if basis in ("report", "dateline") and not self.sent.lead and p.type not in SPEECH and not p.reporting \
                and source is None and content is None and past_narrative(self.builder):
            return undated(RECALLED)  # "The League later imposed economic sanctions when ...", right after a sentence
            # dated a year before the story: the narrative's act, not the day's news (``past_narrative``)
        return basis

    def on_day(self, basis: str) -> dict:
        """An opening date that no predicate was near enough to claim ("One year ago, in Hanoi, we began a new
        era ..., and we elevated our partnership") dates the acts of the sentence that would take the day
        they were reported."""
        if self.opening is None or basis != "report":
            return {"mention": None, "basis": basis}
        return {"mention": self.opening, "basis": "explicit"}

    def record(self, p: Predicate, mention: Mention | None = None, *, basis: str, agent: str | None = None,
               claim: bool = True, lends_day: bool = True) -> Event | None:
        """Add the event of ``p`` for a pass of undated acts (``_Builder.add``) and note what it takes: the sentence
        has an event, one of ``p``'s family, and ``p``'s trigger is claimed. The reporting verb and the main predicate
        are not claimed (``claim=False``): the later passes know them as such (``done``, ``framed``, ``is main``), and
        a claim of their start would also take other predicates that start there and make the frame a first conjunct
        in ``_coordinated_acts``. (The families noted by the passes that run before ``_sentence_events`` sets
        ``families`` from the events are replaced there.) ``lends_day``: ``_Builder.add``'s."""
        if _dated_promise(self, p):
            return None  # "Assad promised to hold a parliamentary election in February": the planned election is the promise
        if mention is None and basis != "explicit" and p.trigger.start not in self.dated and p.status != "planned":
            # (not a planned act: "Lavrov and Kerry discussed upcoming talks in Geneva during a meeting in Rome on
            # Friday": the talks to come are not of the meeting's Friday)
            day = self.during.get(p.trigger.start) if p.form == "verb" and not (p.quoted or p.topic or p.negated) \
                else None
            if day is not None:  # "Syrian forces shot dead at least 11 people during mass protests on Friday": the day of
                mention, basis = day, day.date_basis  # the protests the killing was in
        if undated_owned_act(p, self.sent.actors, self.low, mention):
            return None  # "Syria's assault on the recalcitrant city of Homs", "a threat by Syria": an owned noun act
            # the text does not date is background, no event (events_gold.md rule 11; ``owned_acts``)
        if mention is None and told_by_dated_noun(p, self.sent.actors, self.low, self.sent.end, self.dated):
            return None  # "12 civilians were killed in security force raids on Saturday": the raids' event (killed_in)
        if undated_protest_noun(p, mention, basis, self.low):
            return None  # "Syria has been convulsed by nationwide protests ... for almost a year", "after months of
            # anti-Assad protests": a protest noun the text does not date is background, no event (rule 22; ``protest_nouns``)
        event = self.builder.add(self.sent, p, mention, basis=basis, agent=agent, lends_day=lends_day)
        self.families.add(p.family)
        if claim:
            self.claimed_starts.add(p.trigger.start)
        self.made = True
        return event


# a contrast right after a date: the date closes the clause before it ("on Monday but fighting was continuing")
_CLOSING_BUT = re.compile(r",?\s+(?:but|%s)\s" % CONTRASTING)


def _date_candidates(st: _SentenceState, mention: Mention, in_content: bool) -> list[Predicate]:
    """The predicates ``mention`` may date: a date in what a reporting verb reports dates a predicate there; a
    date of the frame's own clause ("said on Tuesday he has visited Syria") dates a predicate outside it."""
    reading, content, low, sent = st.reading, st.content, st.low, st.sent
    frame_told = reading.frame.trigger.end if reading.frame is not None and content is not None \
        and low.startswith(TELLING, reading.frame.trigger.start) else None  # its addressee runs up to the content
    candidates = st.preds
    source = reading.source  # an unnamed source (", residents said") dates nothing; a date on one side of it dates an act
    if source is not None:   # on that side ("raided houses ... on Wednesday, residents said, arresting hundreds")
        candidates = [p for p in candidates if p is not source]
        side = [p for p in candidates if (p.trigger.start < source.start) == (mention.start < source.start)]
        candidates = side or candidates
        day = st.source_day if reading.main is not None and reading.main.trigger.start > source.start else None
        if day is not None and day[0] <= mention.start < day[1]:
            # "Activists said on Friday that four gunmen ... shot dead Tammo": the opening source's own day dates an act
            # it reports, not a plan ("State television said late on Thursday that Assad would speak") nor an act
            # with a later date of its own ("said on Friday that troops had killed 12 people on Thursday")
            if any(m is not mention and m.resolved and m.start >= day[1] for m in st.dates):
                return []
            candidates = [p for p in candidates if p.trigger.start >= day[1] and p.status != "planned"]
    candidates = [p for p in candidates if content is None or p is reading.frame and not in_content
                  or (content[0] <= p.trigger.start < content[1]) == in_content and p is not reading.frame]
    if frame_told is not None:  # "told a closed meeting of Asian U.N. members on May 11": the audience, no act
        candidates = [p for p in candidates if not (p.form == "noun" and frame_told <= p.trigger.start < content[0])]
    own = opening_phrase_end(low, sent.start, mention)
    if own is not None:  # "Despite a deadly border clash last August, Williams said": the clash's date only
        candidates = [p for p in candidates if p.trigger.start < own]
    inner = st.inner
    if inner is not None:  # "On Thursday, ahead of mass protests that broke out again on Friday, Assad ended ...":
        opening, (lo, hi) = inner  # the opening date is the main clause's, the date in the phrase the phrase's
        if lo <= mention.start < hi:
            candidates = [p for p in candidates if lo <= p.trigger.start < hi]
        elif mention is opening:
            rest = [p for p in candidates if not lo <= p.trigger.start < hi]
            if any(p.trigger.start >= hi for p in rest):  # (a main clause with no act leaves the date as it was)
                candidates = rest
    candidates = [p for p in candidates if not _demanded_noun(p, st.demanded(), mention)]  # ("called for more European Union
    # sanctions against Syria Monday": Monday is the call's, the sanctions only asked for)
    candidates = [p for p in candidates if not suppressed_protests(p, low, mention)]  # ("raided ... on Thursday,
    # extending the crack-down on pro-democracy protests": the raid's day, not the protests', rule 22)
    sided = st.builder.sides(sent)  # (kept for the sentence: a force noun is asked for every date)
    unnamed = [p for p in candidates if p.form == "noun" and p.type == "military" and not p.owned and not p.quoted
               and not sided(p)]
    if unnamed and any(p.family in FORCE_FAMILIES and sided(p) for p in candidates):
        # "had briefly taken control of Douma on Saturday night after fierce fighting": a fight of no side named (rule
        # 20) takes no date an act of force of a named side may take (a predicate that names a side is never one of
        # ``unnamed``; they are told apart by identity, not by comparing whole predicates, once per date)
        unnamed_ids = {id(p) for p in unnamed}
        candidates = [p for p in candidates if id(p) not in unnamed_ids]
    if _CLOSING_BUT.match(low, mention.end):  # "had taken control of the Salah el-Din area ... on Monday but fighting was
        before = [p for p in candidates if p.trigger.start < mention.start]  # continuing": the date closes the act of
        if any(p.family in FORCE_FAMILIES for p in before):  # force before "but" (events_gold_fresh14 t17-bbc-195#10)
            candidates = before
    candidates = closed_by_named_clause(low, mention, candidates, sent.actors)  # ("vetoed the draft on Syria on
    # Saturday, and China also vetoed it": Saturday closes Russia's clause, not China's)
    relative = aside_span(low, sent.start, sent.end, mention)
    if relative is not None:  # "..., with Kuwait, which was set to run for the council in 2013,": the clause's date
        candidates = [p for p in candidates if relative[0] <= p.trigger.start < relative[1] or held_by_aside(p, relative)]
    return candidates


def _held_noun(st: _SentenceState, mention: Mention, candidates: list[Predicate]) -> Predicate | None:
    """The meeting's noun whose relative clause, which says it is held, holds the date when no act of the clause's
    own is among the candidates ("will co-host the third Food Security Summit, which will be held virtually on June
    4": the summit's day, however far the noun is embedded)."""
    if len(candidates) != 1 or candidates[0].rule != HELD_AFTER:
        return None  # (the cheap test first: most dates have no such noun, and the aside is looked for only then)
    relative = aside_span(st.low, st.sent.start, st.sent.end, mention)
    return candidates[0] if relative is not None and held_by_aside(candidates[0], relative) else None


def held_by_aside(p: Predicate, aside: tuple[int, int]) -> bool:
    """Is ``p`` a meeting's noun right before the relative clause ``aside`` that says it is held ("The talks, which were
    held in Geneva on Monday, ended": ``predicates._HELD_AFTER``)? The clause's date is the meeting's."""
    return p.rule == HELD_AFTER and 0 <= aside[0] - p.trigger.end <= 2


# between a demand verb and the noun of the act it asks for: its object's determiner and modifiers ("called for more
# European Union sanctions", "calling for a ceasefire", "pressed for tougher penalties"), no clause break
_DEMANDED_OBJECT = re.compile(r"\s+(?:(?:on|upon|for)\s+)?(?:(?!(?:and|or|but|which|that|who|after|before|while|when)\s)"
                              r"[a-z][\w'’-]*\s+){0,4}")


def _demanded_nouns(preds: list[Predicate], low: str) -> dict[int, int]:
    """The nouns of a sanction or an agreement that a demand verb right before them asks for ("Germany called for more
    European Union sanctions against Syria Monday", "Erdogan repeatedly contacted Gaddafi after the Libyan uprising
    began in February, calling for a ceasefire"), by id, each with the start of the last demand verb that asks for it
    (``_demanded_noun``): the sentence's, whatever the date."""
    verbs = [d for d in preds if d.type == "demand" and d.form in ("verb", "report")]
    demanded = {}
    for p in preds:
        if p.form == "noun" and (p.type == "sanction" or p.type == "agreement"):
            starts = [d.trigger.start for d in verbs if d.trigger.end <= p.trigger.start
                      and _DEMANDED_OBJECT.fullmatch(low, d.trigger.end, p.trigger.start) is not None]
            if starts:
                demanded[id(p)] = max(starts)
    return demanded


def _demanded_noun(p: Predicate, demanded: dict[int, int], mention: Mention) -> bool:
    """Is ``p`` a noun a demand verb asks for (``demanded``: ``_demanded_nouns``)? The act is only asked for: the date
    ``mention`` does not make it done (it is the demand's). A date after an agreement asked for may be the day set for
    it ("a peace plan, which demanded a ceasefire by all parties on 10 April"): only a date before a demand that asks
    for it is kept from it."""
    start = demanded.get(id(p))
    return start is not None and (p.type == "sanction" or mention.end <= start)


def _reach_from(st: _SentenceState, mention: Mention, candidates: list[Predicate]) -> Mention:
    """Where ``mention`` reaches the predicates it may date from: past the dash when the date opens a line of a
    chronology ("Feb. 26 - The U.N. Security Council imposes sanctions on Gaddafi", ``direction.chronology_label``: the
    dash sets the label off and is no clause break between the date and the act its item tells; not a label set off by
    a colon, ``list_label``: in this corpus those are a web page's boxes, "6 Jan: Car bomb in Damascus kills 26", page
    furniture with no rows in the gold sets, BBC convention 1); an opening date past the phrase of another time after
    it (``inner_phrase``: "On Thursday, ahead of mass protests that broke out again on Friday, Assad ended ...": the
    phrase's words are not between the date and the main clause's verb), when ``_date_candidates`` left it only the
    predicates past the phrase; else the mention itself."""
    label = chronology_label(st.text, mention.start, mention.end)
    first = min((p for p in candidates if p.trigger.start >= label), key=lambda p: p.trigger.start, default=None) \
        if label is not None else None
    if first is not None and first.status != "planned" and not _ITEM_MODAL.search(st.low, label, first.trigger.end):
        return replace(mention, start=label, end=label)  # "Feb. 26 - The U.N. Security Council imposes sanctions",
        # a chronology's label dates the act its line tells, past the dash that sets it off (a clause break elsewhere);
        # not a schedule's item ("April 10 - Government must withdraw troops ...": the day set for a plan)
    inner = st.inner
    if inner is None or inner[0] is not mention or not all(p.trigger.start >= inner[1][1] for p in candidates):
        return mention
    return replace(mention, start=inner[1][1], end=inner[1][1])


# a day's violence that a toll tells ("Tuesday's violence brings to 16 the number of civilians killed", "Friday's violence
# brings the death toll to about 300"): the noun after the date, then a verb that brings a count
_DAY_TALLY = re.compile(r"(?:['’]s)?\s+(?:violence|bloodshed|killings|fighting|unrest)\s+(?:brings|brought|raises|raised|"
                        r"pushes|pushed|takes|took)\s+(?:the\s+(?:[\w-]+\s+)?(?:toll|number|tally)|to\s+\d)")


def _dated_event(st: _SentenceState, mention: Mention) -> None:
    """The event a date mention dates: that of the predicate it claims ("met ... on Monday, August 27": a
    meeting; "said on Wednesday": a statement), of a dated act noun ("the ballistic missile launch over Japan
    on October 3"), or of a noun the lexicon does not know ("the July 28 presidential election"). A date no
    predicate is in reach of waits in ``undated_dates`` (``_date_only_events``)."""
    builder, sent, reading, content = st.builder, st.sent, st.reading, st.content
    text, low = st.text, st.low
    if names_a_text(text, mention):
        return  # "tariffs ... as set forth in Executive Order 14257 of April 2, 2025": no act of that day
    in_content = content is not None and content[0] <= mention.start < content[1] and not _only(
        text, content, mention)  # "Earlier this week, Churkin told reporters ...": the date is no content
    candidates = _date_candidates(st, mention, in_content)
    host = sidelines_host(low, mention.start, candidates)
    if host is not None and host.trigger.start in st.dated:
        host = None  # "met Xi on Monday on the sidelines of ...": the meeting has its own day
    if host is None:
        host = _held_noun(st, mention, candidates)  # "the Food Security Summit, which will be held on June 4"
    modifies = False if host is not None else prenominal(text, low, mention, candidates)
    act = host if host is not None else None if isinstance(modifies, Predicate) \
        else dated_act(text, low, mention, candidates, sent.start, sent.end, st.act_nouns())
    if act is None and modifies is False and _source_day(st, mention) \
            and not (candidates and reading.main.trigger.start > reading.source.start):
        # (an opening source's day goes to the act after it that ``attach`` finds, "Activists said on Monday an offensive
        # by the Syrian army on Homs killed 20 people": the offensive; the reported main act when none is found)
        if reading.main.status == "planned" or reading.main.trigger.start in st.dated or any(
                m is not mention and m.resolved and m.start > mention.end for m in st.dates):
            # ("Activists said on Friday that troops had killed 12 people on Thursday": a later date is the act's own)
            # ("arrested on Thursday ..., human rights campaigners said on Friday": the act has its own day)
            return  # "A ... draft resolution will call for ..., council diplomats told Reuters on Monday": the telling's
        act = reading.main  # "..., its president said Wednesday": the day the unnamed source gives dates its act
    spanned = None  # the act over a span a dated "since" clause or phrase of onset opens (``since_span_act``, rule 26)
    if act is not None:
        p = act  # "the ballistic missile launch over Japan on October 3", "noted the adoption ... in July"
    elif isinstance(modifies, Predicate):
        p = modifies
    elif modifies is True:
        if deadline_day(low, mention):
            return  # "as the Tuesday truce deadline approaches": the day of a deadline, no event of its own
        if mention.precision == "century":
            return  # "the global rules for the 21st century economy": an age, not the day of an event
        if _DURING.search(low, max(sent.start, mention.start - 16), mention.start) and _clause_date_act(st, mention):
            return  # "Israel which seized the Golan Heights from Syria in a 1967 war": the seizure, in the war
        if in_content and _PLAN_TIME_BEFORE.search(low, max(sent.start, mention.start - 14), mention.start) \
                and _PLAN_MODAL.search(low, mention.end, content[1]):
            return  # "has said that after Sunday's vote Ankara would talk to Assad": the time of the plan the saying
            # reports, no event of its own
        if _DAY_TALLY.match(low, mention.end):
            return  # "Tuesday's violence brings to 16 the number of civilians killed since ...", "Friday's violence brings
            # the death toll to about 300": a day's violence told by its toll names no agent and no victim (rule 20 of
            # events_gold.md: no row; events_gold_fresh3 186#24's note "the tally is no row"; audit t17-reuters-316)
        if no_act_day(low, sent.start, sent.end, mention):
            return  # "Footage purportedly shot in Hama Wednesday shows tanks": a picture's day ("Wednesday shows" is
            # no noun), no act; "Syrian rights groups put Friday's death toll at 62", "volumes dropped in June by 36
            # percent": a toll's or a figure's
        if period_frame(low, sent.start, sent.end, mention, sent.actors):
            return  # "has kept the border quiet since the 1973 war": the period a state is measured from, no act
        p = None  # the date of a noun the lexicon does not know ("the July 28 presidential election")
        if list_label(text, low, sent.start, mention):
            return  # "10 April: Government must withdraw ...": a schedule's item, no noun of an event
        if general_present(text, low, mention, sent.start, sent.end):
            return  # "Today's volumes are only a fraction of ...": the present state of things, no act
    else:
        spans = st.names
        p = attach(text, low, _reach_from(st, mention, candidates), candidates, spans, start=sent.start)
        blamer = blame_object_day(text, low, mention, p, candidates) if p is not None else None
        if blamer is not None and blamer.trigger.start not in st.dated:
            p = blamer  # "Erdogan condemned the raid on Monday": the condemnation's day, not the raid's
        if p is None and in_content and object_day(text, low, mention, reading.frame):
            p = reading.frame  # "Syria announced the lifting of the emergency law on Thursday": no act in the object
            # takes the date, and the verb of announcing, with a noun phrase for its object, is the act of that day
        verb = p if p is not None else next((c for c in reversed(candidates) if c.type == "support"
                                             and c.trigger.end <= mention.start), None)
        if verb is not None and in_object(text, low, mention, verb, spans):
            thanked = object_act(low, verb, mention, st.preds, sent.actors)
            if thanked is None and p is not None:
                return  # "welcomed completion of the ... process on 29 August 2023": the completion's day
        else:
            thanked = None
        if thanked is not None:
            # "thanked ... for the visit of Vice President Kamala Harris ... to Abu Dhabi in May": her visit, in May
            q, owner, other = thanked
            st.claimed.append(q)
            event = builder.add(sent, q, mention, basis=mention.date_basis, agent=owner.name)
            place = {"location": text[other.start:other.end], "location_basis": "clause"} \
                if other is not None and q.type == "visit" else {}  # the visit's destination is its place
            builder.amend(event, actors=tuple(dict.fromkeys(a.name for a in (owner, other) if a is not None)),
                          actor2=other.name if other is not None else None, **place)
            return
        if p is None:
            spanned = since_span_act(low, sent.start, mention, st.preds)  # "since seizing power in a coup 48 years ago"
            if spanned is not None and spanned.trigger.start not in st.dated:
                p = spanned  # "Syria has barred most foreign media since unrest began in March": the act began
                # when the span did (rule 26 of events_gold.md; a tally over the span stays undated)
            elif in_content or mention.rule.startswith("in_amount"):
                return  # "Russia's economic growth in 2024 will be ..., Putin told reporters": a topic
            else:
                st.undated_dates.append(mention)
                return
    if mention.rule.startswith("in_amount") and (p is None or not (
            builder.typed(sent, p).status == "planned" or infinitive(low, p) or under_future(low, sent.start, p.start))):
        return  # "in a month" is when a plan is to happen ("agreed to meet again in a month"); else it says nothing
    if p is not None and p.form == "noun" and p.type == "statement" and reading.frame is not None \
            and (_MEDIUM.search(low, max(sent.start, p.trigger.start - 60), p.trigger.start)
                 or _FRAME_VENUE.fullmatch(low, reading.frame.trigger.end, p.trigger.start)):
        p = reading.frame  # "said ..., according to an interview published late on Saturday": the saying's day
        # (not "Saturday's announcement that Italy will cut ...", "Assad's speech to parliament on Sunday":
        # another statement, which the saying reports)
    elif p is not None and reading.frame is None:
        p = _medium_act(st, p, mention) or p  # "In a televised speech on Monday, Assad promised reforms": the promise
    agent = None
    agents: tuple[str, ...] = ()
    stated = statement_act(p, st.preds, sent.actors, low) if p is not None else None
    if stated is not None:
        agents = (stated[1].name,) if stated[1] is not None else statement_issuers(builder, sent, p)
    also: list[Predicate] = []
    if agents:
        # "an August 3 statement by the Security Council that condemned the government's crackdown": the statement
        # is the speech act its clause says it made, by the agent of its "by" phrase (or by its issuer: "our
        # governments issued a joint statement on January 3, 2024, which called for ..."); and each act of another
        # kind coordinated with that one ("... and called for it to end": the Council's demand, of the same date)
        said = stated[0]
        p, agent = replace(said, embedded=False, rule="statement of " + said.rule), agents[0]
        also = [replace(q, embedded=False, rule="statement of " + q.rule) for q in coordinated_acts(said, st.preds, low)]
    if p is not None and p.form == "noun" and p.topic and _asked(st.preds, p, low):
        return  # "We call on all parties ... to endorse the temporary ceasefire immediately ... during this period": what
        # a demand asks for has not happened, and its date is the asked act's
    if p is not None and is_deadline(low, mention) and builder.typed(sent, p).status != "planned":
        return  # "agree to take the following actions by August 12": the deadline is not the event's day
    if p is not None and deadline_day(low, mention, p):
        return  # "as the Tuesday truce deadline approaches": the truce was agreed before; Tuesday is its deadline
    if p is not None and p.type == "protest" and onset_frame(low, sent.start, mention, p):
        st.claimed.append(p)  # (the date claims it: no undated pass makes it a row either)
        spanned = since_span_act(low, sent.start, mention, st.preds, p)  # "since the outbreak of the protests in March"
        if spanned is None or spanned.trigger.start in st.dated:
            return  # "... have been killed since pro-democracy protests began six weeks ago": the onset frames the
            # span, no row (rule 21 of events_gold.md; "Protests erupted in Deraa in March", a main clause, stays one)
        p = spanned  # "Turkey has allowed opponents of Assad to meet ... since anti-Assad protests started in March":
        # the act over the span the onset opens takes its date (rule 26)
    if p is not None and is_since(low, mention) and builder.typed(sent, p).type in SPEECH:
        return  # "condolences for the loss of 103 UNRWA staff since October 7": not the day it was said
    if p is not None and p.trigger.start in st.dated and redated_across_verb(low, p, st.dated[p.trigger.start], mention):
        st.undated_dates.append(mention)
        return  # "The ceasefire, agreed on February 27, collapsed in April": April is the collapse's, not a second deal
    if p is not None:
        st.claimed.append(p)
        _date(st, p, mention)
    taken = reading.taken
    if agent is None and p is not None and taken is not None and taken.rule.startswith("intent ") \
            and p.type == taken.type and content is not None and taken.trigger.start <= p.trigger.start < content[1]:
        # "The United States announced its intent to deliver humanitarian aid on Monday": the announced plan (its verb or
        # the noun of its object) is the speaker's, and names no subject of its own
        agent = next(iter(builder.parties(sent, reading.frame)[0]), None)
    aside = date_aside(sent, low, mention) if p is None and agent is None else None
    # ("President Bashar al-Assad, who came to power after the 2000 death of his father": a noun the lexicon does not
    # know in an aside is the antecedent's, as a date alone there is, ``_date_only_events``; the others stay parties)
    clause = relative_clause(p, sent, low) if p is not None and agent is None and p.form in ("verb", "report") else None
    members = tuple(dict.fromkeys(_coded_name(sent, n) for n in clause.members)) \
        if clause is not None and clause.kind == "who" else ()
    # ("He has faced defections, including his former Prime Minister Riad Hijab, who fled to Jordan earlier this week":
    # a dated verb heading a comma's relative clause is its antecedent's act, as the main clause pass reads it, not the
    # sentence subject's)
    event = builder.add(sent, p, mention, basis=mention.date_basis,
                        agent=aside.members[0] if aside else members[0] if members else agent)
    _with_members(builder, sent, p, event, members)
    if event is not None and spanned is not None and p is spanned and event.event_date is not None:
        builder.amend(event, date_rule="since onset/" + (event.date_rule or ""))  # dated by the span's onset
    elif event is not None and p is not None and event.event_date is not None:
        _span_opened(builder, st, sent, low, mention, p)
    if agent is not None:
        builder.amend(event, actors=agents or (agent,), actor2=None)  # not the subject of the verb it is under
    elif event is not None and p is not None and p.type == "protest" and not p.owned and event.actor1 is not None and (any(
            q.family in FORCE_FAMILIES and during_phrase(q, p, low) for q in st.preds)
            or unnamed_protesters(p, event.actor1, sent.actors, mention, low)):
        # "Syrian forces shot dead at least 11 people during mass protests on Friday": the forces are not the protesters;
        # nor is an actor named before an unowned protest noun ("allowing (Friday's) protests", "'NATO help us,' read one
        # banner ... at a protest in Idlib on Friday")
        builder.amend(event, actor1=None, actors=tuple(a for a in event.actors if a != event.actor1))
    for q in also:
        st.claimed.append(q)
        _date(st, q, mention)
        event = builder.add(sent, q, mention, basis=mention.date_basis, agent=agent)
        builder.amend(event, actors=agents or (agent,), actor2=None)


def _span_opened(builder, st: _SentenceState, sent, low: str, mention: Mention, onset: Predicate) -> None:
    """When ``mention`` dates an act inside a "since" phrase ("have contrived an uneasy informal truce since Israel's
    last major incursion into the country in 2006"), the act in the perfect the phrase opens the span of began then
    too: a row of its own at the onset's date (rule 26; ``since_phrase_act``)."""
    q = since_phrase_act(low, sent.start, mention, st.preds, onset)
    if q is None or q is onset or q.trigger.start in st.dated:
        return
    st.claimed.append(q)
    _date(st, q, mention)
    event = builder.add(sent, q, mention, basis=mention.date_basis)
    if event is not None and event.event_date is not None:
        builder.amend(event, date_rule="since onset/" + (event.date_rule or ""))


def _date(st: _SentenceState, p: Predicate, mention: Mention) -> None:
    """Note that ``mention`` dates ``p`` (the first date to do so stays), and, when ``p`` is an act noun with the day
    right after it, the predicates whose phrase of the same time it heads ("shot dead at least 11 people during mass
    protests on Friday": the killing's day, unless it has one of its own)."""
    m = st.dated.setdefault(p.trigger.start, mention)
    if m is mention:
        for q in during_heads(p, m, st.preds, st.low):
            st.during.setdefault(q.trigger.start, m)


# an opening phrase headed by a statement noun: "In a televised speech on Monday, ...", "At a news conference in Ankara
# on Thursday, ...", "In an interview published on Monday, ..."
_MEDIUM_OPENING = re.compile(r"[\s\"“—–-]*(?:in|at|during|via|through)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}")


def _medium_act(st: _SentenceState, p: Predicate, mention: Mention) -> Predicate | None:
    """The act of the main clause that an opening phrase naming the statement it was made in dates ("In a televised
    speech on Monday, Assad promised reforms", "In a statement on Saturday, the Arab League condemned the killings"):
    the speech is where the act was done, one event of the phrase's day, not a statement of that day and the act of
    the article's. ``p``: the statement noun the date took. None when the sentence does not open so (a reporting
    verb's clause, "In a speech on Monday, Obama said ...", is read by ``_MEDIUM``)."""
    sent, low, main = st.sent, st.low, st.main
    if p.form != "noun" or p.type != "statement" or main is None or main is p:
        return None
    if not _MEDIUM_OPENING.fullmatch(low, sent.start, p.trigger.start):
        return None
    close = PHRASE_CLOSE.search(low, mention.end, sent.end)
    if close is None or main.trigger.start < close.end() or main.form == "noun" or main.embedded or main.quoted:
        return None
    if any(q.form != "noun" and not q.embedded and q.trigger.start < close.start() and q is not p for q in st.preds):
        return None  # the phrase has a verb of its own ("In a speech that angered Ankara on Monday, ...")
    return main


def _announced_plan(st: _SentenceState) -> None:
    """The plan a dated saying announces, an event of its own: "Lavrov said on Monday he will visit Ankara" (the
    statement has the day; the visit is undated unless the reported clause dates it)."""
    reading, claimed = st.reading, st.claimed
    taken = reading.taken
    if taken is not None and any(p is reading.frame for p in claimed) \
            and any(_dates_plan_saying(reading, m) for m in st.dates) \
            and not any(p.trigger.start == taken.trigger.start for p in claimed):
        # (a plan announced as an intent, "Today, X and Y announce our intent to deliver aid by sea", names no subject
        # of its own: the speakers' act, as the saying's)
        agent = next((e.actor1 for e in st.builder.events[st.first:] if e.trigger == reading.frame.trigger.text), None) \
            if taken.rule.startswith("intent ") else None
        st.builder.add(st.sent, taken, None, basis=undated(), agent=agent)
        claimed.append(taken)


# the sentences that open a web story: its news, told in the perfect ("Syria has said it will not allow an ICRC aid
# convoy into Homs", the third sentence of t17-bbc-22: the day's), so no perfect there is a held position (rule 35)
_WEB_LEAD = 3


def _saying_basis(st: _SentenceState, reading: SentenceReading, news_copy: bool) -> str:
    """The basis of the saying ``reading.frame``: the frame's (``clauses.frame_basis``), undated when the saying of
    the day is a position held (``_held_saying``)."""
    basis = frame_basis(reading, st.low, news_copy)
    held = _held_saying(st, reading, news_copy) if basis == "report" else None
    return basis if held is None else undated(held)


def _held_saying(st: _SentenceState, reading: SentenceReading, news_copy: bool) -> str | None:
    """Why the saying ``reading.frame`` of the body of news copy is no statement of the story's day (``STANDING``,
    ``PERFECT``), or None when it is: a saying in the present in the body of wire copy, or the participle of a present
    stance ("Syria blames the violence on armed groups, saying ..."), is a standing position (events_gold.md rule 6);
    one in the perfect an earlier or held one ("Iran has said it is willing to resume discussions", deep in a dated
    story), the sentence's own saying or one set against its act ("..., while Obama has said he would block any
    Palestinian bid", ``_contrast_saying``). ``news_copy``: the story is a reporter's (wire or web) with no
    signatories, so an act it reports in the progressive is the day's news, and so is its saying."""
    builder, sent, text, low, frame = st.builder, st.sent, st.text, st.low, reading.frame
    going_news = news_copy and reading.taken is not None and progressive_news(low, reading.taken, reading.content)
    present = standing(low, frame) or reading.taken is not None and frame.rule == "participle" \
        and standing(low, reading.taken)
    if not sent.lead and not _QUOTE_OPENS.match(text, sent.start) and not going_news \
            and (builder.wire and (present or background_saying(low, frame))
                 or builder.reported_copy() and not st.item_lead() and not continues_speaker(low, frame)
                 and (present or perfect_position(low, frame) and builder.sentences > _WEB_LEAD
                      and not speaker_goes_on(text, sent.start, sent.end, frame.start))):
        # ('"The rate of defections is increasing," says Alan Fraser': a quote given to the story, its day; a
        # reporter's story's "Mr Annan has said that if the truce is successful ...", "Syria has insisted": a
        # position held, rule 35, but not "has told the BBC", "has confirmed": ``aspect.perfect_position``)
        if present and one_dated_act(low, frame.trigger.end, builder.events, st.dates):
            return None  # "The White House says the killing ... on Wednesday showed ...": a response to one act the story
            # dates, the day's saying (the lead's ruling, thirty-first session; ``act_response``)
        return STANDING if present else PERFECT
    return None


def _saying_events(st: _SentenceState) -> None:
    """The statement of a reporting verb no date claimed ("Nauert has told reporters", "Lavrov said"), typed by
    the speech act it reports, and an act of someone else that it reports ("..., military sources said")."""
    builder, sent, reading, content, frame = st.builder, st.sent, st.reading, st.content, st.frame
    low, claimed = st.low, st.claimed
    main = st.main
    taken_over = main is not None and main.type != "statement" and reading.taken is not None
    content_claimed = any(content and content[0] <= p.trigger.start < content[1] for p in claimed)
    # (a reporting verb a date claimed inside the quotation tells of an earlier saying, '"We told Assad on Thursday
    # that time was running out," Davutoglu said': the quotation's, not this one)
    if frame.trigger.start not in st.claimed_starts and not any(p.reporting and not (p.quoted and not frame.quoted)
                                                                for p in claimed) \
            and not (taken_over and content_claimed) and (taken_over or builder.speaks(sent, frame)):
        # (not "He said he was also appealing to ...": the speaker told on, whose plain saying of the day would fold it
        # into his speech, ``repeats``: it stays his row, undated)
        basis = _saying_basis(st, reading, builder.news_copy() and not continues_speaker(low, frame))
        if basis == "report" and builder.wire and not sent.lead and main is not None and main.type in HOSTILE_SPEECH \
                and perfect_saying(low, frame):
            # a threat, demand or accusation in the perfect past the lead is background, as the perfect act itself
            # is ("has threatened to veto"): "Russia's U.N. ambassador, Vitaly Churkin, has hinted that Moscow would
            # use its veto power to knock down the draft" (events_gold_blind.md: "has hinted" is unresolved)
            basis = undated(PERFECT)
        if taken_over and basis in ("report", "dateline") and (builder.wire or builder.reported_copy()) \
                and not sent.lead and own_request_before(low, reading.taken, content):
            basis = undated(RECALLED)  # "Baroness Amos said she had asked for full access": her earlier request
            # (claimed_before.py)
        st.record(frame, **st.on_day(basis), claim=False)
    reported = reading.reported
    # the speaker's claimed act ("Rebels told Reuters they had shot down a helicopter") is the speaker's, and so is
    # what "the pair" did ("Davutoglu said the pair discussed ...": the talks with the other of the two, pair_acts)
    own = pair = False
    if reported is not None and reading.content is not None:
        own, pair = claimed_act(low, reading.content, reported), pair_act(low, reading.content, reported)
    speaker = builder.parties(sent, frame)[0] if own or pair else []
    agent = speaker[0] if speaker else None
    means = means_agent(low, reading.content, reported, sent.actors) \
        if reported is not None and reading.content is not None and reading.content[0] >= frame.end \
        and not own and not pair else None  # (an opening frame only: a closing one's lead clause in agency copy is the
    # charge whose act the story tells after it, "... by imposing illegal unilateral sanctions, the Russian Foreign
    # Ministry said" and then "the unilateral coercive measures ... imposed by the US Treasury Department in November")
    if means is not None:
        # "said Damascus had taken steps ... by withdrawing some troops": the clause's subject's act (``reported_means``)
        reported, agent = replace(reported, embedded=False, rule=f"means {reported.rule}"), means.name
    if pair and not speaker_of_pair(builder.events, agent):
        # (not when the latest meeting is others': "the two men" are its parties, as counted.py reads them)
        pair, agent = False, agent if own else None
    if reported is not None and reported.trigger.start not in st.claimed_starts and not reported.embedded \
            and not unreal_force_noun(reported, low, sent.start) and _is_event(reported, sent, builder, agent=agent):
        # (not "Iran said its defences are prepared for any attack by Israel": no attack made)
        basis = st.basis(reported)
        if means is not None and basis in ("report", "dateline"):
            basis = undated(NO_DATE)  # a claim's day does not date the act it tells (rule 18), nor its means
        event = st.record(reported, **st.on_day(basis), agent=agent)
        other = pair_counterpart(builder.events, agent, event) \
            if pair and agent and event is not None and event.actor2 is None else None
        if other is not None:
            builder.amend(event, actor2=other, actors=tuple(dict.fromkeys(event.actors + (other,))))


# ", having contributed ... in 2021" after a plan: a perfect participle clause tells a past act beside it
_HAVING = re.compile(run_class(r";:.!?") + r"*?,\s+having\s+")


def _past_beside_plan(p: Predicate, main: Predicate, low: str) -> bool:
    """Is the dated act ``p`` a past act in a perfect participle clause after the planned main act, and not the plan
    itself? "the United States will remain one of the top providers of humanitarian food and nutrition assistance
    globally, having contributed approximately $4.6 billion ... in 2021" (events_gold_fresh13 von der Leyen #42, #43:
    the planned aid and the aid of 2021, two rows)."""
    return main.status == "planned" and p.status == "reported" and p.trigger.start > main.trigger.end \
        and _HAVING.match(low, main.trigger.end, p.trigger.start) is not None


def _main_event(st: _SentenceState) -> None:
    """The main predicate of a sentence with no reporting verb, when an actor does it: "Antonov met
    Satterfield"; not a retelling of the latest dated call or meeting by its own participants ("the two
    leaders discussed ..."), but then the next verb heading a clause."""
    builder, sent, low, main = st.builder, st.sent, st.low, st.main
    if main is None or st.heading or main.trigger.start in st.claimed_starts:
        return
    if main.rule == "participle" and document_subject(main, sent, low):
        return  # "The draft resolution demands ... while calling on opposition groups to ...": its authors', unnamed
    if not _is_event(main, sent, builder):
        # "King Hamad congratulated President Trump ... and the two leaders discussed ...": when the first
        # choice only retells the call, the next verb heading a clause is the sentence's event
        main = min((q for q in st.preds if q is not main and q.form == "verb" and not q.embedded and not q.quoted
                    and not q.topic and q.trigger.start not in st.claimed_starts
                    and not _DISCUSSED_TOPIC.fullmatch(low, main.trigger.end, q.start) and _is_event(q, sent, builder)),
                   key=Predicate.rank, default=None) if main.family == CONSULT else None
        st.main = main
    # a dated act of the same kind takes the sentence's one event of that kind, unless it is another act embedded in
    # the clause ("deserters killed seven soldiers ... in response to the killing of 11 villagers earlier Wednesday"),
    # or an agentless killing in a relative clause after it ("opened fire on a funeral procession for three people who
    # were killed on Friday": ``relative_tolls``)
    tolls = [p for p in st.claimed if p.family == main.family and relative_toll(p, main, sent.actors, low)] \
        if main is not None and main.family in FORCE_FAMILIES else []
    if main is not None and not any(p.family == main.family and p.rule not in ("dated act", "participle")
                                    and not _aside_act(p, main, sent, low) and not _past_beside_plan(p, main, low)
                                    and not any(p is t for t in tolls) and not relative_own_act(p, main, low)
                                    for p in st.claimed):
        clause = relative_clause(main, sent, low)  # "..., the assent of Russia and China, which backed ...": theirs
        members = clause.members if clause is not None else ()
        if not members and main.embedded and measured_clause(low, sent, main) is not None:
            members = _clause_subject(main, sent, low)  # "Gaddafi appeared on television on Thursday, the day after
            # NATO warplanes struck Tripoli": the strike is NATO's, not the main clause's subject's
        day = same_time_day(main, sent, st.dates, low)  # "signaled its support earlier this month when Juppe shook hands"
        on_day = st.on_day(st.basis(main)) if day is None else {
            "mention": day, "basis": day.date_basis}
        if day is None and st.opening is None and main.embedded and _before_or_after(main, sent, low):
            on_day = {"mention": None, "basis": undated(OTHER_CLAUSE)}
            # "The decision comes a day after the US closed its embassy":
            # an act before or after the one the sentence tells is not of its day (as ``_relative_clause_acts`` reads it)
        event = st.record(toll_type(main, tolls, low) if tolls else main, **on_day,
                          agent=members[0] if members else None, claim=False)
        _with_members(builder, sent, main, event, members)
        if tolls and event is not None and event.actor1 is not None:
            drop_relative_tolls(builder.events, st.first, tolls)  # the killing of the relative clause: no row (rule 20)
        sub = subordinate_clause(main, sent, low) if main.embedded and not members and main.family in FORCE_FAMILIES \
            else None
        if sub is not None and event is not None and event is builder.events[-1] and unnamed_measured(low, sent, main, sub):
            # "Saleh left Sanaa on Saturday, a day after militants attacked the presidential palace": no named agent
            close = MEASURED_CLOSE.search(low, main.trigger.end, sent.end)
            inside = [a.name for a in sent.actors if main.trigger.end <= a.start < (close.start() if close else sent.end)]
            builder.amend(event, actor1=None, actor2=inside[0] if inside else None, actors=tuple(dict.fromkeys(inside)))


# what a retold meeting discussed, right after its verb, is its topic, no act of its own: "The Vice President and President
# Marcos also discussed strengthening the U.S.-Philippines economic partnership" (events_gold_fresh9.md: the meeting)
_DISCUSSED_TOPIC = re.compile(r"\s*(?:(?:also|further|again)\s+)?(?:ways\s+(?:of|to)\s+|how\s+to\s+)?")


def _aside_act(p: Predicate, main: Predicate, sent: Sentence, low: str) -> bool:
    """Is the dated act ``p`` one of a relative aside that the main clause's act ``main`` is outside of ("The Baath
    Party, which seized power nearly 50 years ago, has governed under emergency laws and banned all opposition": the
    seizure is the aside's, the ban the clause's own)?"""
    return p.embedded and not main.embedded and p.start < main.start and p.form in ("verb", "report") \
        and heads_aside(low, p.start, sent.start) is not None and not in_aside(low, sent.start, main.start)


_PROMISE_TO = re.compile(r"\s+to\s+[a-z]")
_PROMISED_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,3}")  # "promised (free parliamentary) elections": the object's words before it


def _promise(reading: SentenceReading, p: Predicate) -> bool:
    """Is ``p`` a verb or noun of promising ("promised", "his promise"), or a frame typed by one it reports ("said it
    had promised")?"""
    taken = reading.taken if p is reading.main and reading.taken is not None else p
    return taken.trigger.text.lower() in PROMISES


def _dated_promise(st: _SentenceState, main: Predicate) -> bool:
    """Is ``main`` a verb of promising whose infinitive the sentence's date made a planned event ("Assad promised to
    hold a parliamentary election in February": the election, planned for February)? The promise of a concrete act is
    that act's planned event (events_gold.md rule 4), not an event of its own."""
    low = st.low
    if low[main.trigger.start:main.trigger.end] not in PROMISES:
        return False
    to = _PROMISE_TO.match(low, main.trigger.end) is not None
    return any(e.status == "planned" and e.date_char_start is not None and e.date_char_start > main.trigger.end
               and (to or _PROMISED_NOUN.fullmatch(low, main.trigger.end, max(main.trigger.end, low.find(
                   (e.trigger or "\0").lower(), main.trigger.end, e.date_char_start))))
               for e in st.builder.events[st.first:])  # ("promised elections in the spring of 2012": the noun object)


def _continued_quote(st: _SentenceState) -> None:
    """A first-person speech act in a quotation that runs on from the sentence before, whose reporting verb names
    its speaker: '"I can completely rule that out," he told reporters. "Having said that, I strongly condemn the
    crackdown on the civilian population in Syria.' (Rasmussen's accusation, of the day and place of his saying;
    ``continued``)."""
    builder, sent = st.builder, st.sent
    last = builder.quoting
    if last is None or last[0] != builder.sentences - 1 or st.heading \
            or not run_on(st.text, st.reading, (last[1].char_start, sent.start)):
        return
    builder.quoting = (builder.sentences, last[1])  # the quotation may run on into the next sentence too
    said = last[1]
    q = first_person_act(st.low, st.reading)
    framed = q is None
    if framed and (speaker := builder.speaker_mention(said)) is not None:
        # '"However, we continue to insist they meet their people's demands."': the speaker's act, read as the
        # speaker's closing frame would read the quotation (a demand; ``run_on_act``)
        q = run_on_act(st.text, st.low, st.reading, sent.actors, speaker)
    if q is None or q.trigger.start in st.claimed_starts or q.family == said.event_family:
        return  # (the same kind as the saying it continues: the same speech act, told on)
    agent = said.actor1
    if we_act(st.low, st.reading, q) and q.family != CONSULT:
        # "We gave our warnings to Israel": a leader's "we" doing an act of state is the leader's country (as in a
        # transcript, and as in a quotation attributed in its own sentence)
        agent = builder.state_of_person(agent) or agent
    counterparts = [n for n in builder.parties(sent, q)[1] if n not in (said.actor1, agent)]
    event = st.record(replace(q, quoted=False, rule=f"continued {q.rule}"), basis="report", agent=agent)
    if event is None:
        return
    if recalled_act(st.low, q):
        # "We gave our warnings to Israel", "I warned him many times": an earlier act the speaker recalls, on a day the
        # text does not give (not the day of the saying, as "I strongly condemn" is)
        builder.amend(event, actors=(agent, *counterparts), actor2=counterparts[0] if counterparts else None,
                      event_date=None, date_start=None, date_end=None, precision="none", date_basis="unresolved",
                      date_rule=None, location=None, location_basis=None)
        return
    explicit = said.date_basis == "explicit"
    builder.amend(event, actors=(agent, *counterparts), actor2=counterparts[0] if counterparts else None,
                  # (a speech act is made when said: "we will fight ..." announces force, a threat of the saying's day)
                  status="reported" if framed else event.status,
                  event_date=said.event_date, date_start=said.date_start, date_end=said.date_end,
                  precision=said.precision, date_basis="inferred" if explicit else said.date_basis,
                  date_rule="article/quoted saying" if explicit else said.date_rule,
                  location=event.location or said.location,
                  location_basis=event.location_basis or said.location_basis)


def _before_or_after(q: Predicate, sent: Sentence, low: str) -> bool:
    """Does ``q`` head a clause of another time than the act it hangs on ("after the US closed its embassy")?"""
    clause = subordinate_clause(q, sent, low)
    return clause is not None and clause.kind == "other_time" and low.startswith(_BEFORE_AFTER, clause.at) \
        and len(low[clause.subject[0]:clause.subject[1]].split()) <= _SUBJECT_WORDS
    # (a longer "subject" is no subject: "Baghdad after a blast near the secure Green Zone Arab League leaders have
    # called for", a headline run into the lead)


_BEFORE_AFTER = ("after ", "before ", "since ")


def _clause_subject(q: Predicate, sent: Sentence, low: str) -> tuple[str, ...]:
    """The names in the subject of the subordinate clause ``q`` heads, when an actor ends it ("after NATO warplanes
    struck": NATO; "after Russia and China vetoed": both); () when it names none."""
    clause = subordinate_clause(q, sent, low)
    if clause is None:
        return ()
    if not any(a.text.lower() not in PRONOUNS for a in subject_actors(clause, low)):
        return ()
    return tuple(dict.fromkeys(a.name for a in clause.actors if a.text.lower() not in PRONOUNS))  # ("Russia and China")
_SUBJECT_WORDS = 6


# between an act and the saying coordinated after it: the act's object, then "and"/"but" ("denied any role and
# said", "ruled out military intervention but said"); no clause break, no subject of its own before the saying
_AND_SAYING = re.compile(run_class(r";:()\"“”—–") + r"*?(?:,\s*|\s)(?:and|but)\s+(?:also\s+|then\s+)?$")


def _act_before_saying(st: _SentenceState) -> None:
    """The act before a coordinated saying whose content the sentence is read for ("Syria has denied any role and
    said Lebanon must hand over the gunmen": the denial and the demand; "NATO ruled out military intervention but
    said ..."): the first verb of the sentence, its subject the speaker's. Without a date of its own nothing else
    makes it (a dated one is the date's act); not a saying itself ("said ... and added": one statement)."""
    if st.heading:
        return
    builder, sent, low, frame = st.builder, st.sent, st.low, st.frame
    # (a participle or infinitive embedded in the act's object is no verb of the clause: "denied any role in the
    # killing and says ...")
    verbs = [p for p in st.preds if p.form in ("verb", "report") and p.end <= frame.start
             and not (p.embedded and p.rule == "participle")]
    if not verbs:
        return
    q = verbs[0]
    if len(verbs) > 1 or q.reporting or q.embedded or q.quoted or q.topic or q.form != "verb" \
            or q.family == "statement" or q.trigger.start in st.claimed_starts \
            or not _AND_SAYING.fullmatch(low, q.end, frame.start):
        return
    if st.has_row(q.family) and not _another_side(builder, sent, q, builder.events[st.first:]):
        return  # (but "The EU warned Iran it would face tougher sanctions and said it would tighten restrictions on
        # Syria": a threat to Iran beside the threat to Syria the saying makes, two acts)
    if not _is_event(q, sent, builder):
        return  # (its own subject: the speaker named before it, "Obama met Erdogan and said ...": Obama)
    basis = st.basis(q)
    day = st.dated.get(frame.trigger.start) or st.on_day(basis)["mention"]
    st.record(q, day, basis=basis if day is None else day.date_basis)


def _coordinated_acts(st: _SentenceState) -> None:
    """A coordinated clause with an act of another kind: "They condemned the launch ... and pledged to work
    together", "The two leaders also discussed ... and President el-Sisi expressed his confidence"; in what a
    reporting verb reports too ("said on Monday he was backing the protesters and warned of civil war")."""
    if st.heading:
        return
    builder, sent, reading, low, frame, main = st.builder, st.sent, st.reading, st.low, st.frame, st.main
    preds, families, dated, first = st.preds, st.families, st.dated, st.first
    framed = {p.trigger.start for p in (frame, reading.taken) if p is not None}
    # a point the subject made before the act the sentence is about ("congratulated President Lula on ... and
    # reaffirmed the United States' support", "expressed concern about ..., and reaffirmed their support")
    firsts = {c.trigger.start for p in preds if p.trigger.start in st.claimed_starts or p is main
              for c in [conjunct_before(p, preds, sent, low)] if c is not None and c is not frame}
    for q in preds:
        if frame is not None:
            if q.trigger.start in framed:
                continue
            q = in_report(q, sent, low)
        if q is main or q.trigger.start in st.claimed_starts:
            continue
        if q.family in families and not _planned_beside(builder.events[first:], q, low) \
                and not _another_side(builder, sent, q, builder.events[first:]) \
                and not _second_measure(q, builder.events[first:], low) \
                and not own_subject_act(q, preds, sent, builder.events[first:], low) \
                and not other_subject_act(builder, q, preds, sent, builder.events[first:], low):
            continue
        if q.reporting and not q.embedded and low[q.trigger.start:q.trigger.end] in _POINT_VERBS:
            q = replace(q, form="verb")  # "thanked President Lula ... and underscored the need to ...": no frame here
        warner = _warner_conjunct(st, q)
        if warner is not None:
            q = replace(q, embedded=False, status=st.main.status)  # "warned that Damascus was trying to evade sanctions and called for ...": the
            # warner's second act, not the clause it reports
        subject = "" if q.trigger.start in firsts and _point(q, preds, low) else coordinate_subject(q, preds, sent, low)
        agent = None
        if subject is None and committed_act(q, sent, low):
            subject = ""  # "reiterated their condemnation of ..., as well as their commitment to ... provide assistance"
        if subject is None:
            continue
        # "said ... he was backing the protesters and warned of civil war": the speaker warned
        if subject and speaker_again(q, sent, low):  # "said the world was obliged ..., but it rejected ...": the speaker
            agent = next(iter(builder.parties(sent, frame)[0]), None)
        if subject == "" and warner is not None:
            agent = warner
        shared = None
        if subject == "" and agent is None and q.trigger.form == "J" and main is not None:
            # "We are also establishing a Dialogue and intend to deepen our collaboration": a joint verb sharing the
            # subject of the clause's act has its parties (the roles find no subject before "and intend to")
            shared = next((e for e in builder.events[first:] if e.trigger == main.trigger.text and e.actor1), None)
            agent = shared.actor1 if shared is not None else None
        if subject == "" and agent is None and with_frame(q, reading, low, sent.actors):
            agent = next(iter(builder.parties(sent, frame)[0]), None)  # only now: roles cost a reading
            if agent is None:
                continue  # "..., he said, and called for": the speaker's act, and we cannot name the speaker
        if q.family == "statement" and families and not (subject and _new_agent(builder, sent, q, first)) \
                and not _BUT.search(low, max(sent.start, q.start - 12), q.start) \
                and not (_point(q, preds, low) and families - {CONSULT, "demand"}) \
                and not (q.rule.startswith("warning ") and "statement" not in families):
            continue  # "met ... and discussed", "condemned ... and said": one event (but "..., and
            # Washington voiced concern": another speaker's statement; "reaffirmed our defense partnership ...,
            # but noted U.S. concerns over ...": a point of its own, set against the first; "thanked ... and
            # underscored the need to ...": a point beside an act of another kind, as the gold sets read readouts;
            # not beside a demand it grounds: "voiced our concerns over ..., and called on Russia to de-escalate"; a
            # warning of a danger beside an act of another kind keeps its statement row: "was backing the protesters and
            # warned of civil war", events_gold.md rule 19)
        conjunct = None  # the roles found no subject past the first verb phrase: that phrase's row (its actor, its day)
        if subject == "" and agent is None:
            is_event = _is_event(q, sent, builder)
            if not is_event:
                conjunct = _conjunct_row(st, q)
                if conjunct is None:
                    continue
                is_event = _is_event(q, sent, builder, conjunct.actor1)
        else:
            is_event = _is_event(q, sent, builder, agent)
        if is_event:
            basis = st.basis(q)
            if subject == "" and agent is None and shares_perfect(builder, sent, q, main):
                basis = undated(PERFECT)  # "has accused armed bands ... and vowed to send in the army": one perfect
            if warner is not None:
                basis = st.basis(main)  # "rejected allegations that forces had committed crimes ... and accused": the
                # warner's verb group, not the reported clause's perfect, dates the second act
            day = dated.get((frame or main).trigger.start) if agent is not None else None  # "said on Monday ... and warned"
            if agent is not None and frame is not None and day is None and any(e.trigger == frame.trigger.text and e.event_date is None
                                                         and e.char_start == sent.start for e in builder.events[first:]):
                basis = undated(PERFECT)
                # "Iran has said it is willing ..., but insists that ...": the saying's background
            if day is None and subject == "":
                closing = closing_dates(low, q, dated)
                day = shared_date(low, q, dated, sent.start, closing)  # "threw open its borders to ... refugees on
                # Wednesday and urged"
                if day is None and first_phrase_date(closing) is not None:
                    basis = undated(OTHER_CLAUSE)
                    # "imposed an embargo ... in September and banned EU firms ...": the first phrase's
            elif day is None and subject and own_subject_act(q, preds, sent, builder.events[first:], low):
                day = shared_date(low, q, dated, sent.start)  # the opening date only: "On Saturday, tanks shelled ... and
                # security forces stormed the Omari mosque"
            if day is None and conjunct is not None:
                day, basis = st.day_of(conjunct)  # the first phrase's day and basis: one clause, one time
            if day is None:
                day = st.on_day(basis)["mention"]
            event = st.record(q, day, basis=basis if day is None else day.date_basis,
                              agent=agent or (conjunct and conjunct.actor1))
            if event is not None and shared is not None:
                builder.amend(event, actors=shared.actors, actor2=shared.actor2)


def _conjunct_row(st: _SentenceState, q: Predicate) -> Event | None:
    """The row the verb phrase before ``q`` made, when ``q`` shares that phrase's subject (``coordinate_subject`` gave
    "") and the roles name no subject for ``q`` itself: a passive's agent ("was detained for a week by the security
    services and interrogated repeatedly": the roles read the passive's subject as its patient and find none for the
    bare participle after "and"), or a clause whose subject the roles read for its first verb phrase only. Not in a
    transcript's turn. The phrase is a clause's own verb: not a saying that frames what ``q`` is part of ("said they
    would continue ... and had discussed"), nor a participle on a noun ("the World Cup being hosted by Qatar ... and
    welcomed"). None when that phrase made no row with an actor."""
    if st.builder.labels:
        return None  # a transcript's turn: its speaker is the roles' (``_Builder._turn_speaker``), "thank you for the
        # welcome and thank your team as well" a greeting, no second act
    earlier = verb_before(q, st.preds)
    if earlier is None or earlier.form != "verb" \
            or _BEING.search(st.low, max(0, earlier.trigger.start - 8), earlier.trigger.start):
        return None
    start = earlier.trigger.start
    return next((e for e in st.builder.events[st.first:] if e.trigger_char_start == start and e.actor1), None)


_BEING = re.compile(r"(?<![a-z])being\s+$")


def _warner_conjunct(st: _SentenceState, q: Predicate) -> str | None:
    """The actor of a speech act verb that reports a clause without being a frame ("Juppe warned that Damascus was
    trying to evade sanctions and called for a firm response", "accused Moscow of ... and demanded"): when ``q``, a
    past verb after "and" with no subject of its own, follows a verb group of the reported clause that it cannot
    share (a modal, a progressive, a perfect before a speech act: ``speech.speakers_conjunct``), it is the warner's
    second act (a warning of a danger too, a statement by rule 19: "warned that the country could slide into civil war
    and condemned the shelling"). None when it is not."""
    main, low, sent = st.main, st.low, st.sent
    if st.frame is not None or main is None or main.form != "verb" or main.embedded \
            or main.type not in SPEECH_ACTS and not main.rule.startswith("warning ") \
            or not q.embedded or q.form != "verb" or q.rule == "participle" or q.trigger.start <= main.end:
        return None
    # "rejected U.N. allegations that Syrian forces had committed crimes ... and accused": the perfect is the allegation's,
    # a clause on the object noun, and the past speech act after it the rejecter's (not the forces')
    alleged = _ALLEGATION_THAT.match(low, main.end) is not None
    if not speakers_conjunct(low, main, (main.end, sent.end), q, bare=True, actors=() if alleged else sent.actors):
        return None
    event = next((e for e in st.builder.events[st.first:] if e.trigger == main.trigger.text and e.actor1), None)
    return event.actor1 if event is not None else None


# the object of a speech act verb that is a noun of what others said, with its "that" clause: "rejected U.N. allegations
# that ...", "denied the reports that ..."
_ALLEGATION_THAT = re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}?(?:allegations?|accusations?|charges?|claims?|reports?|assertions?|"
                              r"suggestions?|rumou?rs?)\s+that\s")


_CONTRAST_OPENS = re.compile(SAYING_CONTRAST)
# a coordinated clause's opening before its named subject ("... and the European Union said"); a contrasting one
# after ", while" ("Turkey has embraced Palestine's position for statehood, while Obama has said he would block any
# Palestinian bid", with the saying's perfect between its subject and its verb) is speech.CONTRAST, which allows at
# most two words before the name ("although veto-wielding Russia has said")
_AND_OPENS = re.compile(r"(?:,\s*)?\b(?:and|but)\s+(?:the\s+)?$")
# what may stand between that subject and its saying verb (adverbs: "and Britain later said")
_SUBJECT_TO_VERB = re.compile(r"\s*(?:(?:%s)\s+)*" % SUBJECT_TO_VERB)


def _contrast_saying(st: _SentenceState) -> None:
    """The saying of another speaker set against the frame's after ", while" ("Syria's envoy said the offer was
    unacceptable, while the Syrian National Council said it could not engage in talks"): what the frame reports ends
    at the comma (``speech._own_clause``), and the clause is read as a sentence of its own, its saying typed by what it
    reports (a rejection here), its speaker its own subject. A saying the sentence has of that speaker already, or one
    a date claimed, is not made again. The same for a saying coordinated with an act that is no saying, with a named
    subject of its own (``_coordinated_saying``: "Qatar shut its embassy in Damascus and the European Union said it
    was considering tougher sanctions": the Union's warning too)."""
    frame, content, low, sent, builder = st.frame, st.content, st.low, st.sent, st.builder
    if st.heading:
        return
    if frame is None:
        clause, q = _coordinated_saying(st)
    elif content is None or content[0] < frame.end:
        return
    else:
        m = _CONTRAST_OPENS.match(low, content[1])
        if m is None:
            return
        clause = m.end()
        q = next((p for p in st.preds if p.reporting and p is not frame and clause < p.trigger.start), None)
    if q is None or q.trigger.start in st.claimed_starts:
        return
    actors = [a for a in sent.actors if clause <= a.start]
    sub = read_sentence(st.text, low, clause, sent.end, find_triggers(low, clause, sent.end), actors)
    if sub.frame is None or sub.main is None or sub.frame.trigger.start != q.trigger.start:
        return
    own = replace(sent, reading=sub, actors=actors)
    if not (builder.speaks(own, sub.frame) if sub.main.type == "statement" else _is_event(sub.main, own, builder)):
        return
    agents = builder.parties(own, sub.main)[0]
    if not agents or st.has_row(sub.main.family, *agents):
        return
    # ("Britain, France, Germany and Portugal have asked the U.N. Security Council to condemn Assad, though
    # veto-wielding Russia has said it would oppose such a move": a held position, as it is told as a sentence's own)
    event = builder.add(own, sub.main, None, basis=_saying_basis(st, sub, builder.news_copy()))
    if event is not None:
        st.families.add(sub.main.family)
        st.claimed_starts.add(q.trigger.start)


def _coordinated_saying(st: _SentenceState) -> tuple[int, Predicate | None]:
    """Where the clause of a saying coordinated with the sentence's main act starts, and the saying: after "and", "but"
    or a contrasting ", while" and the saying's own named subject ("Qatar shut its embassy in Damascus and the European
    Union said it was considering tougher sanctions", "Turkey has embraced Palestine's position, while Obama has said he
    would block any Palestinian bid"); (0, None) when there is none. Not a verb of the main act's subject ("... and
    said", ``_coordinated_acts``'s), and only with no saying before it; not after a call or meeting, whose readout
    the saying is ("Obama spoke by phone with Erdogan and the White House said they expressed deep concern": the
    White House tells the call, no act of its own)."""
    main, low = st.main, st.low
    if main is not None and (main.reporting or main.quoted or main.family == CONSULT):
        return 0, None
    start = main.end if main is not None else st.sent.start  # (with no act before it, only after a contrast: "Two
    # sisters ... were reportedly among the five dead ..., while the Syrian National Organisation for Human Rights
    # told Reuters news agency that at least 26 people had died")
    for q in st.preds:
        if q.trigger.start <= start:
            continue
        if q.reporting:
            if q.quoted:
                return 0, None
            subject = next((a for a in st.sent.actors if start < a.start and a.end <= q.start
                            and _SUBJECT_TO_VERB.fullmatch(low, a.end, q.start)), None)
            source = _UNNAMED_SOURCE.fullmatch(low, start, q.start) if subject is None else None
            if source is not None and low.startswith(",", q.trigger.end) \
                    and not any(source.start(1) <= a.start < q.start for a in st.sent.actors):
                start = q.trigger.end  # "Syrian forces rounded up dozens of people ..., activists said, and Amnesty
                continue  # International said Syria may have committed crimes": the unnamed source of the main act
                # closes its clause (no row, rule 9 (b)), and the named speaker's saying after it is a row of its own
            if subject is None or not (main is not None and _AND_OPENS.search(low, start, subject.start)
                                       or contrast_search(low, start, subject.start)):
                return 0, None
            return subject.start, q
    return 0, None


# the words of an unnamed source whose saying closes the clause before it (", activists said,", ", residents said,")
_UNNAMED_SOURCE = re.compile(greedy_run(r";:") + r",\s*((?:[a-z][\w-]*\s+){1,3})")


# between a speech act noun a reporting verb takes and a second one after "and": the first one's phrase, then "and", a
# determiner and at most two modifiers ("support to the State of Israel, and our unequivocal condemnation")
# ("the importance of bolstering deterrence and defense against strategic competitors and transnational threats": one
# "and" only, no list inside the first object)
_SECOND_OBJECT = re.compile(r"(?:(?!\band\b)" + run_class(r";:()\"“”—–") +
                            r")*?(?:,\s*|\s)and\s+(?:(?:our|their|his|her|its|the|a|an)\s+)?"
                            r"(?:(?!and\s)[a-z-]+\s+){0,2}")


def _second_object(st: _SentenceState) -> None:
    """A second speech act noun that the reporting verb of an event takes as its object ("Obama expressed support for
    the protesters and condemnation of the crackdown", "we express our support to Israel, and our unequivocal
    condemnation of Hamas"): an act of its own kind by the same agent, on the same day. Only after a verb whose object
    is the act it reports (``report_object``: expressed, voiced, reiterated) and only a speech act ("expressed support
    for Ukraine and its fight against Russia" gives Ukraine's fight to no one)."""
    if st.heading:
        return
    builder, low = st.builder, st.low
    for e in list(builder.events[st.first:]):
        p = st.verb_of(e)
        if p is None or e.actor1 is None or p.first_word(low) not in REPORT_OBJECT:
            continue
        for q in st.preds:
            if q.trigger.start <= p.end or q.form != "noun" or q.quoted or q.topic or q.type not in SPEECH_ACTS \
                    or q.family == p.family or q.family in st.families or q.trigger.start in st.claimed_starts:
                continue
            if not _SECOND_OBJECT.fullmatch(low, p.end, q.trigger.start) or any(
                    r.form in ("verb", "report") and p.end <= r.trigger.start < q.trigger.start for r in st.preds):
                break
            act = replace(q, form="verb", status=p.status, rule=f"second object {q.rule}")
            if not _is_event(act, st.sent, builder, e.actor1):
                break
            day = st.dated.get(p.trigger.start)
            basis = st.basis(p) if day is None else day.date_basis
            st.record(act, day, basis=basis, agent=e.actor1)
            break


def _joint_participle(q: Predicate) -> bool:
    """A participle of joint work with its manner ("..., working in coordination with the UN coordinator", "...,
    working closely with Jordan"): the way the clause's act is done, an act of its subject too. The cooperate rows of
    ``event_triggers.tsv`` say which ("working jointly", "working hand in hand with", ...): any of theirs that starts
    "working" and says more than the bare "working with"."""
    words = q.trigger.text.split()
    return q.type == "cooperate" and words[0] == "working" and words[1:] != ["with"]


def _participle_acts(st: _SentenceState) -> None:
    """A participle clause with a speech act of another kind beside the main clause: "has fiercely criticized
    Assad's crackdown, urging him to end the bloodshed", "he said, while ruling out any military action", "In
    ruling out military action, Kuwait echoed ...": an act of the clause's subject, of the clause's time. (Not
    support after the clause: "... discussing how we can work together ..., supporting Ukraine" is a topic.) After a
    main clause that made no event and has no frame, the participle, a saying one too, is the act of the clause's
    opening subject ("Beijing has stepped up its diplomatic efforts, saying it is sending an envoy":
    ``clauses.clause_subject``), undated after a perfect outside the lead."""
    if st.heading:
        return
    builder, sent, low, families, first = st.builder, st.sent, st.low, st.families, st.first
    for q in st.preds:
        head = next((e for e in builder.events[first:] if e.trigger is not None), None)  # the clause's event
        # a plan the saying announced ("said it would impose economic and political sanctions, appealing to its
        # members to ..."): the participle is the speaker's act at the saying's time (events_gold.md, rule 12)
        announced = head is not None and head.status == "planned" and st.frame is not None \
            and head.trigger == st.frame.trigger.text
        alone = head is None and not families and not st.made and st.frame is None  # the main clause made no event
        saying = alone and q.type == "statement" and q.form == "report"  # ("..., saying it is sending an envoy")
        joint = _joint_participle(q)
        if q.rule != "participle" or (q.form != "verb" and not saying) or q.quoted \
                or (q.type not in PARTICIPLE_ACTS and not saying and not joint) \
                or q.trigger.start in st.claimed_starts or q.family in families \
                or not q.trigger.text.split()[0].endswith("ing") or q.trigger.text.startswith("according"):
            continue  # (", according to the Damascus Center": no participle clause, no saying of anyone's: rule 18)
        day = None
        if alone and q.type != "support" and not OPENING_PARTICIPLE.fullmatch(low, sent.start, q.start) \
                and PARTICIPLE_CLAUSE.search(low, max(sent.start, q.start - 12), q.start):
            subject = clause_subject(q, sent, low)  # "Beijing has stepped up its diplomatic efforts, saying ...": its act
            if subject is None:
                continue
            agent = subject.name
            q = replace(q, form="verb", embedded=False)
            if not sent.lead and main_perfect(low, subject.end):
                # "Turkey also has restricted access to refugees ..., saying ...": the perfect's background, undated
                if _is_event(q, sent, builder, agent):
                    st.record(q, basis=undated(), agent=agent)
                continue
        elif OPENING_PARTICIPLE.fullmatch(low, sent.start, q.start):
            agent = opening_subject(q, sent, low)
            if agent is None:
                continue
        elif q.type == "support" or not families or head is None \
                or head.status != "reported" and not joint and not announced \
                or joint and head.event_type in SPEECH \
                or not PARTICIPLE_CLAUSE.search(low, max(sent.start, q.start - 12), q.start):
            continue
        else:
            agent = head.actor1
            day = next((m for m in st.dates if m.start == head.date_char_start), None)
            if joint:
                q = replace(q, status=head.status)  # "will deliver aid by sea, working in coordination with the UN
                # coordinator": the joint work goes with the clause's act, planned with it
        if _is_event(q, sent, builder, agent):
            basis = head_undated(head) if head is not None and head.event_date is None and not announced \
                else st.basis(q)
            if day is not None:
                basis = day.date_basis
            st.record(q, day, basis=basis, agent=agent)


# "Members of the Syrian opposition meeting in Istanbul on Tuesday pleaded ...", "EU foreign ministers meeting in
# Luxembourg on Monday agreed ...": a participle with no comma after its subject's noun, then its venue
_GATHERED = re.compile(r"\s+(?:in|at)\s+[A-Z]")
_GATHERED_SUBJECT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")  # "EU foreign ministers meeting": the group's noun between
# the group's plural head right before the participle, or before "of" and the group's name ("Members of the Syrian
# opposition meeting"; resources/event_cues.tsv office_group, gathered_group)
_GATHERED_GROUP = re.compile(r"\b(?:%s)(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?\s+$"
                             % phrase_alternation(CUES["office_group"] + CUES["gathered_group"]))
_GATHERED_DAY = re.compile(r"\s+(?:in|at)\s+" + run_class(r",;:()") +
                           r"{1,70}?\s+$")  # "meeting in Istanbul on Tuesday": the date after the venue


def _gathered(st: _SentenceState) -> None:
    """The meeting of a reduced relative ("Members of the Syrian opposition meeting in Istanbul on Tuesday pleaded for
    international help"): the subject's meeting, on the day after its venue, beside the act of the main clause."""
    if st.heading or CONSULT in st.families:
        return
    builder, sent, text, low = st.builder, st.sent, st.text, st.low
    for q in st.preds:
        if q.type != "meeting" or q.trigger.text != "meeting" or q.trigger.start in st.claimed_starts or q.quoted \
                or not _GATHERED.match(text, q.trigger.end) \
                or low[max(sent.start, q.trigger.start - 3):q.trigger.start].rstrip().endswith(","):
            continue
        before = [a for a in sent.actors if sent.start <= a.start and a.end <= q.trigger.start and not a.placed
                  and "possessive" not in a.flags]
        subject = max(before, key=lambda a: a.end, default=None)
        if subject is None or not _GATHERED_SUBJECT.fullmatch(low, subject.end, q.trigger.start):
            continue
        if not _GATHERED_GROUP.search(low, max(sent.start, q.trigger.start - 90), q.trigger.start):
            continue  # "an Arab League meeting in Cairo" is a noun; "ministers meeting", "members of the X meeting" are not
        day = next((m for m in st.dates if q.trigger.end < m.start <= q.trigger.end + 80
                    and _GATHERED_DAY.fullmatch(text, q.trigger.end, m.start)), None)
        verb = replace(q, form="verb", embedded=False, topic=False, rule="reduced relative")
        agent = coded(subject).name  # "EU foreign ministers": the European Union
        if _is_event(verb, sent, builder, agent):
            event = st.record(verb, day, basis=day.date_basis if day is not None else st.basis(verb), agent=agent)
            # its parties are the subject and those the phrase itself names ("meeting with Turkish officials in Ankara"),
            # not the main clause's ("... pleaded for help to persuade President Bashar al-Assad")
            end = min([day.end if day is not None else q.trigger.end + 80]
                      + [p.start for p in st.preds if p.start > q.trigger.end])
            inside = [coded(a).name for a in sent.actors if q.trigger.end <= a.start < end and not a.placed]
            others = [n for n in dict.fromkeys(inside) if n != agent]
            builder.amend(event, actor2=others[0] if others else None, actors=tuple([agent] + others))
        return


def _means_acts(st: _SentenceState) -> None:
    """A gerund after "by" that gives the means of a verb of trying or acting (``clauses.means_act``): an act of the
    verb's subject, of the time of the clause: "He tried to pacify the Kurds by giving citizenship to tens of thousands
    of people", "President Bashar al-Assad's government has sought to stifle dissent by banning websites like
    Facebook"; none of a family the sentence has an event of already ("tried to end the protests by arresting
    hundreds": the arrests). Undated outside the story's lead (``_SentenceState.basis``)."""
    if st.heading or st.low.find("by", st.sent.start, st.sent.end) < 0:
        return  # (no "by", no means: ``means_act`` looks for "by" and a gerund)
    done = st.done(st.frame)
    for q in st.preds:
        if q.trigger.start in done or q.family in st.families or not means_act(q, st.low, st.sent.start):
            continue
        q = replace(q, embedded=False, rule="means")
        if _is_event(q, st.sent, st.builder):
            st.record(q, **st.on_day(st.basis(q)))


_BARE_RELATIVE_TYPES = frozenset(CUES["clause_blame_type"])  # event_cues.tsv
_CHARGE_CONTENT = re.compile(r"\b(?:for|of|over)\s")  # what a charge is for: no party of it after these


def _other_act(e: Event, q: Predicate, low: str, start: int) -> bool:
    """Is the act ``q`` of a "who" clause on an agent another act than ``e``, the agent's act of the same family in the
    main clause? It is when the clause is in the perfect and the main act is not ("That resolution was vetoed by Russia
    and China, who have expressed their opposition to UN involvement": a stance held since, beside the veto)."""
    at = low.find(e.trigger.lower(), start, q.trigger.start) if e.trigger else -1
    return at >= 0 and perfect_before(low, q.trigger.start, start) and not perfect_before(low, at, start)


def _done_before_plan(builder: _Builder, first: int) -> None:
    """The sentence's done act of a relative clause goes before the plan of its kind that the saying after it announces,
    in the order of the text ("Ankara, which has already imposed an arms embargo, has said it is preparing further
    sanctions": the embargo, then the planned sanctions)."""
    events = builder.events
    for i in range(first, len(events)):
        plan = events[i]
        if plan.status != "planned" or not plan.trigger:
            continue
        at = plan.sentence.find(plan.trigger)
        for j in range(i + 1, len(events)):
            done = events[j]
            if done.event_family == plan.event_family and done.status == "reported" and done.trigger \
                    and done.sentence == plan.sentence and 0 <= done.sentence.find(done.trigger) < at:
                events.insert(i, events.pop(j))
                return


def _relative_clause_acts(st: _SentenceState) -> None:
    """An act of a relative clause set off by a comma: "said Sheree Zielke, 55, who came from Canada" (the
    antecedent's act, undated unless the clause or an opening dates it), "landed in Beijing, where he called
    for ..." (an act of its own subject, at the time of the act before it); and an act of an adverbial clause with a
    named subject (``adverbials.adverbial_clause``: "after China and Russia blocked ...", undated; "when Foreign
    Minister Sheikh Khaled al-Khalifa announced ...", of the date it follows or of the act before it)."""
    if st.heading:
        return
    builder, sent, text, low = st.builder, st.sent, st.text, st.low
    families, dated, first, opening = st.families, st.dated, st.first, st.opening
    done = st.done(st.frame)
    told = st.reading.reported
    if told is not None and told.embedded and told.trigger.start not in st.claimed_starts \
            and measured_clause(low, sent, told) is not None:
        done.discard(told.trigger.start)  # "Russia said it would respond, a day after NATO expelled eight Russian
        # diplomats": no content of the saying, an act of its own a day before it
    elif told is not None and told.embedded and told.status == "reported" and told.trigger.start not in st.claimed_starts \
            and adverbial_clause(told, sent, low) is not None:
        done.discard(told.trigger.start)  # "Turkey says refugee arrivals have doubled since President Bashar al-Assad
        # agreed to implement a peace plan": the saying's content has no act but the clause's, which a named subject
        # does (the saying pass records no embedded act)
    for q in st.preds:
        if q.trigger.start in done:
            continue
        clause = relative_clause(q, sent, low) or adverbial_clause(q, sent, low) or subjectless_clause(q, sent, low) \
            or (bare_relative(q, sent, low) if q.type in _BARE_RELATIVE_TYPES else None)
        if clause is None:
            continue
        # (a relative clause with no comma is read here only for blame: "like his British counterpart William Hague
        # who deplored Syria's policy" is Hague's charge; other acts of such a clause more often define the name
        # than report, "Libyan rebels who toppled Gaddafi", and a date must make them, ``_clause_date_act``)
        kind, members = clause.kind, clause.members
        agent = members[0] if members else clause.where_subject
        if kind == "where" and q.family == "statement" and families and not _point(replace(q, embedded=False), st.preds, low):
            continue  # "met ... at the White House today, where they discussed ...": the meeting's talk, as
            # "met ... and discussed" (unless the clause's act is of another kind, "where he called for ...", or a
            # point of its own, "held a call with ..., in which King Abdullah congratulated President Trump")
        if kind in ("same_time", "other_time") and q.family == "statement":
            continue  # ("after Lavrov said ...": a saying's clause is read by the frame rules, not here)
        subjectless = kind == "other_time" and clause.where_subject == ""  # ("after suspending ...": ``subjectless_clause``)
        measured = subjectless and measured_clause(low, sent, q) is not None
        if kind in ("same_time", "other_time") and q.family in FORCE_FAMILIES and not measured:
            continue  # ("when troops opened fire": an act of force's clause is read by subordinate_force_acts, which
            # also types it by the victims of the main clause; but a subjectless one a measure sets apart is the main
            # clause subject's other act: "rounded up dozens of people on Wednesday, a day after shooting dead 22
            # people", not "took control of Misrata after evicting forces loyal to Gaddafi", the same operation)
        prior = builder.events[-1] if len(builder.events) > first else None  # the act the clause hangs on
        if subjectless and prior is not None:
            # a subjectless clause hangs on the act whose clause it follows, or on the one after it when it opens the
            # sentence ("Syrian forces rounded up dozens ..., a day after shooting dead 22 people, activists said,
            # and Amnesty International said ...": the forces', not Amnesty's)
            acts = [e for e in builder.events[first:] if e.trigger_char_start is not None]
            before = [e for e in acts if e.trigger_char_start < clause.subordinator_start]
            prior = before[-1] if before else min(acts, key=lambda e: e.trigger_char_start, default=prior)
        group = agent == "*" and prior is not None and len(prior.actors) > 1
        hung = where_owner(q, st.preds, sent.actors, low, sent.owners) if agent == "" and kind == "where" else None
        if hung is not None:
            agent = hung.name  # "the Vice President's visit to Palawan, where she launched ...": the owned noun's
            # owner, though rule 11 gave the undated visit no event for the clause to hang on
        if agent in ("", "*"):
            agent = prior.actor1 if prior is not None else None
            if agent is None:
                continue
        reporting, owned = q.reporting, q.form == "noun"  # (an act noun after "whose": "Assad, whose crackdown ...")
        if kind == "who" and reporting and any(e.actor1 == agent and e.event_type in SPEECH_ACTS
                                               for e in builder.events[first:]):
            continue  # "Mr Annan, who admitted that his plan had failed ..., expressed frustration with ...": the saying
            # of the clause on the speaker is background to the speaker's own speech act, no second event
        q = replace(q, embedded=False, form="verb" if kind == "who" else q.form)  # (a reporting verb of the antecedent
        # is its act: "Assad, who says ...")
        if any(e.event_family == q.family and (agent is None or e.actor1 == agent)
               and not (kind == "who" and _other_act(e, q, low, sent.start))
               and not (e.status == "planned" and q.status != "planned")  # (a done act beside a plan of its kind:
               # "Ankara, which has already imposed an arms embargo, has said it is preparing further sanctions")
               for e in builder.events[first:]) or not _is_event(q, sent, builder, agent):
            continue
        close = low.find(",", q.end, sent.end)
        stop = close if close >= 0 else sent.end
        if kind in ("who", "other_time") and any(q.start <= s < stop for s in dated):
            continue  # "which itself suppressed a protest movement in March": the clause's date made its event
        day = None
        basis = st.basis(q)
        if kind in ("who", "other_time") and opening is None:
            basis = undated() if measured else undated(RECALLED)  # (a measured clause is counted from the main
            # clause's day: "a day after shooting dead 22 people", ``relative_day.measured_day``)
            # what the antecedent did before the day's news, unless the clause dates it; an act
            # "after" or "before" the one the sentence tells is not of its day (``basis_of`` already reads a verb
            # heading an aside so, ``aspect.aside``, but not a reporting verb, which this reader also takes)
        if kind == "where":
            earlier = [s for s in dated if s < q.start]  # the date of the act the clause hangs on
            day = dated[max(earlier)] if earlier else None
            if hung is not None and day is None:
                basis = undated()  # (inside the undated owned act: rule 1 (b), no day of its own)
        if kind == "same_time":
            # the date the clause follows ("Since 2005, when Washington withdrew its ambassador", "in July, when Russia
            # and China vetoed"), else the time of the act the clause hangs on
            day = date_before(st.dates, low, clause.subordinator_start)
            if day is None and prior is not None:
                day = next((m for m in st.dates if m.start == prior.date_char_start), None)
                if day is None and prior.event_date is None:
                    basis = undated()
        if owned and day is None and st.on_day(basis)["mention"] is None:
            continue  # "Assad, whose crackdown on protests in Syria has led to U.S. calls ...": an owned noun act the
            # text does not date, no event (events_gold.md rule 11; ``owned_acts``)
        if day is None:
            event = st.record(q, **st.on_day(basis), agent=agent)
        else:
            event = st.record(q, day, basis=day.date_basis, agent=agent)
        kept = event is not None and event is builder.events[-1]
        _with_members(builder, sent, q, event, members)  # (no members after "where": the clause has its own subject)
        event = builder.events[-1] if kept else None
        if event is not None and kind in ("same_time", "other_time") and q.type in _BARE_RELATIVE_TYPES:
            # a charge of a subordinate clause is between its subject and its object: the names of what it is for
            # are no party ("after he criticized the state for awarding a cellphone contract to Makhlouf")
            target = next((a for a in sent.actors if a.name == event.actor2 and a.start >= q.trigger.end), None)
            if target is not None and _CHARGE_CONTENT.search(low, q.trigger.end, target.start):
                builder.amend(event, actor2=None)  # (the state criticized "for awarding a contract to Makhlouf")
                event = builder.events[-1]
            builder.amend(event, actors=tuple(n for n in event.actors if n in (event.actor1, event.actor2)))
            event = builder.events[-1] if kept else None
        second = kind == "who" and not owned and heads_aside(low, q.start, sent.start) is None  # "and backed ..."
        if event is not None and kind == "who" and (reporting or owned or clause.after_preposition or second):
            # the aside's act has no party the main clause names after it ("Assad, who says his government is serious
            # about political reform, will meet an Arab League committee": not the League), nor, when the antecedent
            # is the object of a preposition, any the clause it hangs in names ("the envoys supported a statement
            # issued by ... Navi Pillay, who called for ...": not the envoys)
            inside = set(members) | {a.name for a in sent.actors if q.start <= a.start < stop
                                     or a.end <= q.start and not clause.after_preposition}
            if owned and event.location not in members:
                inside.discard(event.location)  # "Assad, whose crackdown on protests in Syria": the place, no party
            builder.amend(event, actors=tuple(n for n in event.actors if n in inside),
                          actor2=event.actor2 if event.actor2 in inside else None)
        if event is not None and subjectless and event.location_basis == "clause" \
                and borrowed_place(event, text, clause.subordinator_start, sent.end):
            builder.amend(event, location=None, location_basis=None)  # "In Morocco, the Arab League met after
            # suspending Syria's membership": the opening's place is the meeting's, not the earlier act's
            event = builder.events[-1]
        if event is not None and kind == "where":
            changes = {}
            if event.location_basis == "clause" and borrowed_place(event, text, q.start, sent.end):
                # the place beside the borrowed date is the antecedent's ("met ... at the White House today, where
                # they reaffirmed ..."): the clause names no place of its own
                changes.update(location=None, location_basis=None)
            if (not event.location or "location" in changes) and prior is not None \
                    and event.event_family not in NOT_AT_MEETINGS and meeting_venue(prior):
                # "met ... at the White House today, where they reaffirmed ...": done at the meeting, at its venue
                changes.update(location=meeting_venue(prior), location_basis="meeting")
            if group:  # "they": those who met
                changes.update(actors=prior.actors, actor2=prior.actor2)
            builder.amend(event, **changes)


def _travel_adjuncts(st: _SentenceState) -> None:
    """A noun of travel in a time adjunct after the reporting verb or the main verb of a clause is the travel of that
    verb's subject, at the time of its act ("U.N. Secretary General Ban Ki-moon told reporters during a visit to
    Colombia's coastal city of Cartagena": his visit, the day he said it). Not in what a reporting verb reports ("said
    Kerry would raise it during a visit to Moscow"), nor before the verb: an opening "Speaking during a visit to the
    Libyan capital Tripoli, NATO Secretary-General Anders Fogh Rasmussen said ..." is his visit too, but it is left
    while his saying there, a repeat of the lead's rejection by NATO, is read as a new act (README, Notes)."""
    if st.heading:
        return
    builder, sent, low, done, content = st.builder, st.sent, st.low, st.done(), st.content
    head = st.frame or st.main
    if head is None or head.form == "noun":
        return
    event = next((e for e in builder.events[st.first:] if e.trigger == head.trigger.text), None)
    if event is None or event.actor1 is None:
        return  # the clause's act made no event: no subject and no time to share
    for q in st.preds:
        if q.form != "noun" or q.quoted or q.trigger.start in done or q.trigger.start < head.end \
                or content is not None and content[0] <= q.trigger.start < content[1] \
                or not nouns.travel_adjunct(st.text, low, q.trigger, head.end):
            continue
        q = replace(q, form="verb", embedded=False, topic=False, owned=True, rule="travel adjunct")
        if not _is_event(q, sent, builder, event.actor1):
            continue
        day = next((m for m in st.dates if m.start == event.date_char_start), None)
        if q.status == "planned" or event.event_date is None:
            st.record(q, basis=undated(PLANNED) if q.status == "planned" else undated(), agent=event.actor1)  # "on an
            # upcoming visit to": no day yet
        elif day is not None:
            st.record(q, day, basis=day.date_basis, agent=event.actor1)
        else:
            st.record(q, basis=st.basis(head), agent=event.actor1)


# "discussed upcoming talks in Cairo", "at the upcoming G7 Summit in Germany", "discussed the preparation of the Global
# Peace Summit" (cue coming_preparation): a meeting noun said to be coming, with
# at most four words of its name or kind between, none a preposition, conjunction or saying that ends the adjective's
# phrase ("ahead of upcoming elections after talks with Putin": not the talks) (cues: coming_adjective,
# coming_phrase_break); and no other act noun between (``_planned_meetings``)
_COMING_BREAK = "|".join(map(re.escape, CUES["coming_phrase_break"]))
_COMING = re.compile(r"(?<![\w-])(?:%s|(?P<preparing>%s))\s+(?P<words>(?:(?!(?:%s)\s)[\w.-]+\s+){0,4})$"
                     % ("|".join(map(re.escape, CUES["coming_adjective"])), phrase_alternation(CUES["coming_preparation"]),
                        _COMING_BREAK))


# a past verb of agreeing or deciding, its day, "to" and a verb that starts or holds talks: "agreed on Saturday to start"
_AGREED_TALKS = re.compile(r"\b(?:agreed|decided|voted|pledged|resolved)\s+(?:(?:on|in|at)\s+[\w,-]+(?:\s+[\w,-]+)?\s+)?to\s+"
                           r"(?:(?:start|hold|open|resume|begin|launch|enter\s+into|enter)\s+)(?:[\w-]+\s+){0,3}$")


def _planned_meetings(st: _SentenceState) -> None:
    """A planned meeting, visit or talks beside the main event, undated: "agreed that Blinken will visit China". A
    meeting noun the text calls upcoming is one too ("They discussed upcoming talks in Cairo": talks still to come, not
    the call retold; "continuing our discussions at the upcoming G7 Summit"), of the clause's actors."""
    done = st.done()
    for p in st.preds:
        if p.trigger.start in done or p.family != CONSULT or p.reporting or p.quoted:
            continue
        agent, prepared = None, False
        coming = _COMING.search(st.low, max(st.sent.start, p.trigger.start - 50), p.trigger.start)
        if coming is not None and p.form != "report" and not any(  # ("discussed upcoming talks during the summit")
                coming.start("words") <= q.trigger.start < p.trigger.start for q in st.preds if q is not p) \
                and (p.type == "summit" or not st.low.startswith(" of ", p.trigger.end)):  # ("the forthcoming visit
            # of President Putin": the visitor after "of", whom the clause's actors are not; but "the Summit of the
            # Americas" is the summit's name)
            agent = _our_summit(st, p)
            prepared = coming.group("preparing") is not None
            p = replace(p, status="planned", form="verb", topic=False, embedded=False, rule="coming meeting")
        elif p.status != "planned" and p.embedded and p.rule == "light verb" \
                and _AGREED_TALKS.search(st.low, max(st.sent.start, p.trigger.start - 80), p.trigger.start):
            p = replace(p, status="planned", embedded=False, rule="agreed talks")  # "The Arab League agreed on
            # Saturday to start talks with Syrian dissidents": the talks agreed on, still to come (fresh12 198#8)
        elif p.status != "planned":
            continue
        if (p.form == "verb" or p.owned) and _is_event(p, st.sent, st.builder, agent):
            event = st.record(p, basis=undated(), agent=agent)
            if event is not None and prepared:
                _before_next_act(st, p, event)
            if event is not None and p.rule == "coming meeting":
                _coming_talks_of_states(st.builder, event)


def _our_summit(st: _SentenceState, p: Predicate) -> str | None:
    """In a transcript, the state of the speaker whose "we" prepares or discusses a summit to come ("We have also
    discussed the preparation of the Global Peace Summit in Switzerland", Zelenskyy: Ukraine's), else None (``_parties``
    gives a summit no turn's speaker: "our summit" is an alliance's)."""
    builder = st.builder
    if p.type != "summit" or not builder.labels or we_subject(p, st.sent.reading, st.low) is None:
        return None
    speaker = builder._turn_speaker(st.sent.start)
    return builder.speaker_countries.get(speaker) if speaker is not None else None


def _before_next_act(st: _SentenceState, p: Predicate, event: Event) -> None:
    """A meeting to come named as the object of a preparation ("They discussed their visions for the Summit of the
    Americas and emphasized ongoing cooperation on development in Central America"): its parties are those named before
    the sentence's next act, not those the next act names."""
    cut = min((q.trigger.start for q in st.preds if q.trigger.start > p.trigger.end), default=None)
    if cut is None:
        return
    late = {a.name for a in st.sent.actors if a.start >= cut} - {a.name for a in st.sent.actors if a.start < cut}
    kept = tuple(n for n in event.actors if n not in late)
    if kept != event.actors and event.actor1 in kept:
        actor2 = event.actor2 if event.actor2 in kept else next((n for n in kept if n != event.actor1), None)
        st.builder.amend(event, actors=kept, actor2=actor2)


def _coming_talks_of_states(builder: _Builder, event: Event) -> None:
    """Talks still to come that the parties of a call or meeting discussed ("They discussed upcoming talks in Cairo"),
    with no party of their own named: the talks of the parties' governments (the gold sets' reading), when the
    clause's actors are those of the latest call or meeting and each is a person whose state is known."""
    source = builder.last_consult
    if event.event_type != "talks" or source is None or not event.actors or not set(event.actors) <= set(source.actors):
        return
    states = [builder.state_of_person(name) for name in source.actors]
    if len(states) < 2 or None in states or len(set(states)) != len(states):
        return
    builder.amend(event, actors=tuple(states), actor1=states[0], actor2=states[1])


_PERFECT_BEFORE = re.compile(r"\bhave\s")  # (a predicate may start at its auxiliary: "might [have sought]")


def _date_only_events(st: _SentenceState) -> None:
    """A date no predicate was in reach of is an "other" event, only when the sentence has no other event:
    "In 2017, a zone was established"."""
    text, low, sent = st.text, st.low, st.sent
    made = st.made
    for mention in st.undated_dates if not st.heading else []:
        if made and not _passive_aside(st, mention):
            continue  # (but "Gen Ali Habib, who was removed from his post on Monday, denied reports": the passive aside
            # on a named antecedent is an act of its own beside the main clause's, done to the antecedent)
        if mention.type == "TIME" and not _has_verb(low, sent.start, sent.end):
            continue  # "5:13 P.M. EDT" above a transcript: a time, not an event
        if is_deadline(low, mention) or deadline_day(low, mention):
            continue  # "long-term contracts, until 2035": the end of a state of things, not an event
        if period_onset(low, sent.start, mention):
            continue  # "7,000 people have been killed ... since the uprising began last March": the framing
        if general_present(text, low, mention, sent.start, sent.end):
            continue  # "Today, Ukraine remains a free and vibrant democracy": the present, not a day's act
        if possible_only(text, low, mention, sent.start, sent.end):
            continue  # "Similar protests may take place on Sunday": a forecast or a hypothetical, no act of the day
        if subject_date_state(text, low, mention, sent.start, sent.end):
            continue  # "The number one objective for 2025 is to achieve ...": what a time is or holds, no act of it
        if list_label(text, low, sent.start, mention):
            continue  # "10 April: Government must withdraw troops ...": the day of a schedule's item, no act of it
        if _clause_date_act(st, mention):
            continue  # the act of the clause the date is in
        if figures_compared(low, sent.start, sent.end):
            continue  # "output was around 400,000 bpd in 2010 compared with ... in the 1990s": the date of a figure
        if no_act_day(low, sent.start, sent.end, mention):
            continue  # "Footage shot in Hama Wednesday shows tanks", "Brent traded above $125 a barrel Thursday", "put
            # Friday's death toll at 62": a picture's, a figure's, a toll's day
        by = date_by_agent(low, sent.start, mention.start, sent.actors)
        if since_frame(low, sent.start, sent.end, mention, sent.actors, by):
            continue  # "in force since 1963", "since the war of 1973": a state's start, a period's
        aside = date_aside(sent, low, mention)
        if aside is None:
            # "a country ... run by the Baath Party since a 1963 coup": the "by" phrase's actor (``date_by_agent``)
            event = st.builder.add(sent, None, mention, basis=mention.date_basis, agent=by)
            if by is None:
                _undergone(st.builder, event, passive_undergoer(low, sent.start, mention.start, sent.actors))
            if by is None and event is not None and unnamed_by(low, sent.start, mention.start, sent.actors):
                # "Those have been added to since, by the Bush administration in 2004 and last year by Barack Obama":
                # 2004's agent is the administration the finder does not resolve, not Obama (a later phrase's)
                later = {a.name for a in sent.actors if a.start > mention.start} - {a.name for a in sent.actors
                                                                                    if a.start < mention.start}
                st.builder.amend(event, actor1=None if event.actor1 in later else event.actor1,
                                 actor2=None if event.actor2 in later else event.actor2,
                                 actors=tuple(n for n in event.actors if n not in later))
            continue
        # "He has faced a string of high-status defections, including his former Prime Minister Riad Hijab, who fled to
        # Jordan earlier this week": the aside's date is its antecedent's act, not that of the main clause's subject
        # ("He", Assad), who stays a party
        undergoer = passive_undergoer(low, sent.start, mention.start, sent.actors, aside.members[0])
        event = st.builder.add(sent, None, mention, basis=mention.date_basis,
                               agent=by if undergoer is not None and by is not None else aside.members[0])
        if by is None:
            _undergone(st.builder, event, undergoer)


def _passive_aside(st: _SentenceState, mention: Mention) -> bool:
    """Is ``mention`` in a passive relative clause on a named antecedent ("Gen Ali Habib, who was removed from his post
    on Monday, ...", ``passive_dates``)?"""
    aside = date_aside(st.sent, st.low, mention)
    return aside is not None and passive_undergoer(st.low, st.sent.start, mention.start, st.sent.actors,
                                                   aside.members[0]) is not None


def _undergone(builder: _Builder, event: Event | None, undergoer: str | None) -> None:
    """A dated passive's subject undergoes its act ("Gen Daoud Rajiha was appointed defence minister in August 2011",
    ``passive_dates``): no agent named, so ``actor1`` is empty and the subject the counterpart (events_gold.md rule 2)."""
    if event is None or undergoer is None or event.actor1 != undergoer:
        return
    builder.amend(event, actor1=None, actor2=undergoer)


# a date that labels an item of a list or a box ("10 April: Government must withdraw troops ...", "06:00 local time on
# 12 April: All forms of violence must be stopped", "6 Jan: Car bomb in Damascus kills 26"): a colon and a capital after
# it, and no preposition before it ("led his tanks into Ukraine in February: American ..." is a clause's date)
_LABEL_AFTER = re.compile(r"(?:[ \t]+on[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+)?[ \t]*:[ \t]+[A-Z0-9]")  # ("06:00 local time on 12 April:")
_LABEL_BEFORE = re.compile(r"\b(?:in|on|at|since|by|from|until|till|before|after|during|of|for|to|through|this|last|"
                           r"next|early|late|mid|around|about)\s+$")
_LABEL_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s+(?:local\s+time|gmt|utc))?\s+on\s+$")  # the day of a clock label


# a modal in an item before its act: a schedule's item, the day set for a plan ("April 10 - Government must withdraw")
_ITEM_MODAL = re.compile(r"\b(?:must|will|would|shall|should|is\s+to|are\s+to|to\s+be)\b")


def list_label(text: str, low: str, start: int, mention: Mention) -> bool:
    """Does ``mention`` label an item of a list ("10 April: Government must withdraw ...")? It dates the act its item
    names, if any (the bombing of "6 Jan: Car bomb in Damascus kills 26"), and makes no event of its own."""
    return _LABEL_AFTER.match(text, mention.end) is not None \
        and (_LABEL_BEFORE.search(low, max(start, mention.start - 12), mention.start) is None
             or _LABEL_CLOCK.search(low, max(start, mention.start - 30), mention.start) is not None)


_DURING = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+$")  # a date before a noun in a time adverbial ("in a 1967 war")


def _clause_date_act(st: _SentenceState, mention: Mention) -> bool:
    """A date that would make an "other" event (a date no predicate took, or that of a noun the lexicon does not know
    in a time adverbial) in a relative or adverbial clause whose verb is an act dates that act, of the clause's
    subject: "peace talks with Israel which seized the Golan Heights from Syria in a 1967 war" (Israel's seizure,
    1967). Is there one (now made an event)?"""
    sent, low = st.sent, st.low
    for q in sorted(st.preds, key=lambda q: -q.start):
        if q.end > mention.start or q.trigger.start in st.claimed_starts:
            continue
        if PUNCT_BREAK.search(low, q.end, mention.start):
            return False  # the date is in no clause of a verb before it
        clause = relative_clause(q, sent, low) or bare_relative(q, sent, low) or adverbial_clause(q, sent, low)
        if clause is None or clause.kind == "where":
            continue
        q = replace(q, embedded=False)
        agent = clause.members[0] if clause.members else None
        if not _is_event(q, sent, st.builder, agent):
            continue
        st.claimed.append(q)
        st.claimed_starts.add(q.trigger.start)
        _date(st, q, mention)
        st.made = True
        event = st.builder.add(sent, q, mention, basis=mention.date_basis, agent=agent)
        _with_members(st.builder, sent, q, event, clause.members)
        return True
    return False


def _coded_name(sent: Sentence, name: str) -> str:
    """The name an antecedent ``name`` acts under: an unnamed official's country or organisation ("The French foreign
    minister, who visited Cairo on Tuesday": France), else the name (``roles.coded``)."""
    mention = next((a for a in sent.actors if a.name == name), None)
    return coded(mention).name if mention is not None else name


def _with_members(builder: _Builder, sent: Sentence, p: Predicate, event: Event | None, members: tuple[str, ...]) -> None:
    """The antecedents of a relative clause do its act, all of them ("Russia and China, which backed previous rounds
    of sanctions": both), and no subject the roles read before them ("any new U.N. action would require the assent
    of Russia and China, which ...": not the U.N.); ``event`` is the one just added."""
    if event is None or not members:
        return
    wrong = set(builder.parties(sent, p)[0]) - set(members)
    actors = tuple(dict.fromkeys(members + tuple(n for n in event.actors if n not in wrong)))
    builder.amend(event, actors=actors, actor2=event.actor2 if event.actor2 not in wrong else None)


_POINT_VERBS = frozenset(CUES["point_verb"])
# up to three words, none a preposition, before an event noun: the verb's object ("underscored strong U.S. support",
# not "expressed concern about the build-up")
_OBJECT_ACT = object_words()


def _planned_beside(events: list[Event], q: Predicate, low: str) -> bool:
    """Is ``q`` a plan beside acts of its kind already done ("We commit to intensifying our strategic energy
    cooperation ... and will work together to make available ... energy supplies": the commitment of the day and
    the planned work; not a possibility, "has suspended talks with Syria and may impose sanctions")?"""
    return q.status == "planned" and q.form == "verb" and q.family not in ("statement", CONSULT) \
        and _WILL.search(low, max(0, q.trigger.start - 30), q.trigger.start) is not None \
        and all(e.status == "reported" for e in events if e.event_family == q.family)


_DIRECT_OBJECT = re.compile(r"\s+(?:the\s+)?")


def _another_side(builder: _Builder, sent: Sentence, q: Predicate, events: list[Event]) -> bool:
    """Is the verb ``q``, of a family the sentence already has an event of, an act of the same subject on another
    counterpart than each of those ("expressed continued support for a strong, united NATO and thanked President
    Macron for his support of Ukraine": support of NATO, thanks to Macron)? Not the same act said twice ("condemned
    the attack and denounced ...", "reaffirmed ... and underscored ...": the same two sides)."""
    if q.form != "verb" or q.embedded or q.quoted or q.topic or q.family == "statement":
        return False  # (a second saying has its own tests in _coordinated_acts)
    same = [e for e in events if e.event_family == q.family]
    if not same:
        return False
    subjects, counterparts, _ = builder.parties(sent, q)
    if not subjects or not counterparts or not any(
            a.name == counterparts[0] and _DIRECT_OBJECT.fullmatch(builder.text, q.trigger.end, a.start)
            for a in sent.actors):
        return False  # no counterpart of its own as the verb's object ("welcomed the landmark agreements to connect
        # Iraq's electricity grid to those of the GCC member states": the same support said again)
    known = {n for e in same for n in (e.actor1, e.actor2) if n}
    # the same subject (a subject read otherwise is more often a misreading than another speaker: "reaffirmed his
    # support for a reformed UN Security Council ..., and welcomed once again India's candidature")
    return counterparts[0] not in known and all(e.actor2 is not None and e.actor1 == subjects[0] for e in same)


_MEASURE_FAMILIES = frozenset(CUES["separate_measure_family"])  # event_cues.tsv


def _second_measure(q: Predicate, events: list[Event], low: str) -> bool:
    """Is the verb ``q``, of a family the sentence already has an event of, a measure of its own beside it ("The EU
    imposed an embargo on crude oil imports ... and banned EU firms from new investment": two sanctions; "closed
    its border ... and recalled its ambassador", "killed six people ... and later opened fire on hundreds of youths")?
    Its verb differs from each of theirs, and a verb of force is no killing or wounding that tells the first act's
    victims (``force_acts.toll_of_first``); a family of saying is one act said twice ("condemned ... and denounced",
    ``_another_side``). (The shared subject is ``coordinate_subject``'s.)"""
    if q.form != "verb" or q.embedded or q.quoted or q.topic or q.family not in _MEASURE_FAMILIES \
            or toll_of_first(q, low):
        return False
    return another_verb(q, events, low)


_WILL = re.compile(r"\b(?:will|shall)\s+(?:(?:also|further|jointly|continue\s+to)\s+)?$")


_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+\s+)?$")


def _asked(preds: list[Predicate], p: Predicate, low: str) -> bool:
    """Is the noun ``p`` the object of an infinitive that a demand asks for ("call on all parties ... to endorse the
    temporary ceasefire")?"""
    return any(d.type == "demand" and d.form == "verb" and not d.embedded and d.end <= p.start and any(
        e.embedded and e.form == "verb" and d.end <= e.start and e.end <= p.start
        and _TO_BEFORE.search(low, max(0, e.start - 20), e.start) for e in preds) for d in preds)


def _point(q: Predicate, preds: list[Predicate], low: str) -> bool:
    """Is the statement ``q`` a point of its own ("expressed concern", "congratulated", "underscored the need",
    "acknowledged ... disappointment"), not a plain saying ("said", "noted", "briefed") nor a verb whose object is
    an act of another kind ("underscored strong U.S. support for", "emphasized ongoing cooperation")?"""
    if q.type != "statement" or q.form != "verb" or q.embedded or q.quoted \
            or low[q.trigger.start:q.trigger.end].split()[0] not in _POINT_VERBS:
        return False
    if _RESOLVE_OBJECT.match(low, q.end):
        return False  # "emphasized her determination to continue to strengthen the bonds": a stance, not a point
    return not any(p.type != "statement" and q.end < p.trigger.start and _OBJECT_ACT.fullmatch(low, q.end, p.trigger.start)
                   for p in preds)


_RESOLVE_OBJECT = stance_object()


def _new_agent(builder: _Builder, sent: Sentence, q: Predicate, first: int) -> bool:
    """Does someone who did none of the sentence's events so far do ``q``?"""
    agents = builder.parties(sent, q)[0]
    return bool(agents) and not {e.actor1 for e in builder.events[first:]} & set(agents)


def _victim(sent: Sentence, p: Predicate | None, actor1: str | None, actor2: str | None) -> tuple[str, str] | None:
    """(kind, name) of the victim of a passive act with no named agent ("he was killed"): merging joins two reports
    of one person's killing in one article (merge.py, ``same_victim``)."""
    if p is None or actor1 is not None or actor2 is None or not p.passive:
        return None
    kind = next((a.kind for a in sent.actors if a.name == actor2), None)
    return (kind, actor2) if kind else None


def _is_event(p: Predicate, sent: Sentence, builder: _Builder, agent: str | None = None) -> bool:
    """An undated predicate is an event when it heads its clause (or an agent owns its noun) and an actor
    does it; not when it retells the latest dated call or meeting ("Antonov, Satterfield and Jeffrey
    discussed the situation", "The two leaders discussed ...": the meeting itself)."""
    if builder.labels and p.form == "noun" and performed(builder.text, builder.low, sent.start, p):
        # "I offer my condolences", "Thanks for the kind invitation": the turn's speaker's own act in a transcript
        speaker = builder._turn_speaker(p.trigger.start)
        return speaker is not None and builder.parties(sent, p)[0] == [speaker]
    anti = anti_protest(p, sent.actors, builder.low)  # "months of anti-Assad protests": against Assad, no agent named
    anti = anti or unnamed_condemnation(p, builder.low)  # "international condemnation of Syria's crackdown": likewise
    witnessed = run_on_witness(p, sent.reading, builder.text, builder.low)  # a run-on quotation's act of force (events/run_on_witness.py)
    victim = named_victim(p, sent.actors, builder.low, sent.start, builder.story_country)  # "attacks on security forces"
    if p.quoted and not witnessed or p.topic or (p.form == "noun" and not p.owned and not anti and victim is None
                               and not fight_between(p, builder.low, sent.start,
                                                    lambda: builder.parties(sent, p))):
        return False  # (but "clashes between rebel fighters and the army were reported": both sides named)
    if builder.labels and p.family == CONSULT and _greets(builder.low, p) \
            and welcome_ahead(builder, sent, p):
        return False  # "Mr. Prime Minister, it's great to see you. You're a valued friend, and it's an honor to welcome
        # you to the White House.": the welcome that follows in the turn is the meeting's sentence
    if undated_effort(p):
        return False  # "as he sought to improve relations with the United States": an undated effort is background,
        # no row (events_gold.md rule 17; a dated one is made by the dating passes and ``improved_ties``)
    if p.type == "statement" and (p.form != "verb" or p.embedded and not p.rule.startswith("warning ")):
        return False  # (but "as UN chief Ban Ki-moon warns the crisis is escalating": a warning, rule 19's statement)
    if (p.family in FORCE_FAMILIES or p.type not in ("statement", "threaten", "sanction") and not _PERFECT_BEFORE.search(
            builder.low, max(sent.start, p.start - 12), p.start + 5)) and p.form == "verb" \
            and possible_force(builder.low, p.start, sent.start, builder.text, able=p.family in FORCE_FAMILIES):
        return False  # "Turkey's military could end up entering Syria", "the successful use of force to topple
        # Gaddafi may encourage Syrians to follow": held possible, no act (other than force, not a modal perfect,
        # "might have sought such consultations": read as before; "can" only before force: "the weapons the regime
        # can deploy", not "how we can work together")
    if p.family == "military" and p.form == "verb" and capacity_force(builder.low, p.start, sent.start):
        return False  # "does not mean that China has ... the jurisdiction to go in and use force to take over Taiwan"
        # (not a deployment: "to blunt Russia's ability to deploy its remaining international reserves" is the
        # blunting's row, fresh13 von der Leyen #12)
    agents, counterparts, grouped = builder.parties(sent, p)
    agents = [agent] if agent else agents
    if witnessed and not agents:
        return False  # (the witness's "they" resolved to no one: whose act it was is not told)
    if not agents and p.rule != "traveller" and not (is_election(p) and builder.electors) \
            and not agentless_act(p, sent.actors, builder.low, counterparts, sent.start) and not crowd_protest(p, builder.text, builder.low, sent.start) \
            and not crowd_demand(p, builder.text, builder.low, sent.start, counterparts, sent.actors, sent.end) \
            and not pronoun_demand(p, builder.low, sent.start, sent.actors, counterparts) \
            and victim_force(p, sent.actors, builder.low, sent.start) is None and victim is None \
            and not (told_they(p, sent.reading, builder.low, sent.actors)
                     and named_in_clause(p, sent.actors, builder.low, counterparts)) \
            and not anti:
        # (but "foreign dignitaries flew in": a visit, its visitors unnamed; "the Gulf emirate was elected": by the
        # Assembly the story names; "Reuters correspondents were expelled": a passive act on a named victim; "Gulf
        # states say they are expelling Syria's ambassadors": an unnamed group's act on a named one, rule 2)
        return False
    if builder.labels and _thanks_presence(builder.low, p):
        if builder._turn_speaker(p.trigger.start) is None:
            return False  # "Q Thank you for being here, Mr. President. ...": a reporter's courtesy, no host's greeting
        if not _PRESENCE.search(p.trigger.text) and len({name for _, name in builder.labels}) < 2:
            return False  # "Thank you for the warm welcome to the White House" at a reception: the crowd's welcome,
            # no meeting of two speakers
        if agents and any(e.event_family == CONSULT and e.actor1 == agents[0] and e.date_basis == "dateline"
                          for e in builder.events):
            return False  # thanks for the meeting of a speaker who has a meeting row already: no second one (rule
            # 16: "And thank you for the warm welcome to Jakarta, Mr. President" after the Vice President's own greeting)
    source = builder.last_consult
    if p.family == CONSULT and p.status == "reported" and source is not None:
        if (source.event_type == "visit") != (p.type == "visit"):
            return True  # "The UN's humanitarian chief has arrived in Syria ... . Valerie Amos met the Syrian
            # foreign minister in Damascus": a meeting on the visit is an event of its own, with its counterpart
            # named or not ("conducted an official visit to the Kingdom ... . Following the meeting with King
            # Salman, President Biden and Crown Prince Mohammed bin Salman held an official meeting"); and a trip is
            # no retelling of a meeting held on it ("It's an honor to meet with you again. ... I was in Munich and
            # have been here to talk about ...": the speaker's stay, fresh17 #5): travel and talk are two acts
        if builder.labels and _greets(builder.low, p) and agents and agents[0] == builder._turn_speaker(sent.start) \
                and (source.actor1 != agents[0] or _MEETING_COUNT.match(builder.low, p.trigger.start)):
            return True  # "it is a great pleasure to be hosted here at the White House" after the host's welcome: each
            # speaker's greeting is that speaker's side of the meeting (events_gold_check.md Widodo, blind To Lam); a
            # speaker's count of the meeting ("This is our ninth meeting in just the 16 months") is a row of its own
            # even after that speaker's greeting (events_gold_fresh11 Albanese #12 and #20)
        if (grouped or set(agents + counterparts) <= set(source.actors)) and not _EARLIER_OPENER.match(builder.low, sent.start) \
                and not builder.asked_elsewhere(sent.start):
            return False  # "They discussed ongoing efforts ... in coordination with the UN": the call itself (but
            # "Earlier, Putin and Lukashenko held talks in Sochi": another, earlier meeting of theirs; nor past a
            # reporter's question on another matter: "We're consulting with our allies and partners" answers a
            # question on North Korea, not the meeting an answer on Afghanistan told)
    return True
