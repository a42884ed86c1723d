"""Dated events from sentences: predicates (``triggers``), how they read in their clauses
(``predicates``), whether a trigger word is the act at all in its sentence (``senses``: a threat or a
danger, a refusal or a mere negation, a verb or a noun), the cue word lists they share (``cues``), which
clause an act heads and whose it is (``clauses``), whether a verb group gives its act a day (``aspect``),
who does what to whom (``roles``), the subject of a verb and who speaks (``subjects``), venues (``places``)
and the extraction itself (``extract``)."""

from .extract import SentenceEvent, event_id, extract_events, sentence_event
from .predicates import Predicate
from .speech import SentenceReading, read_sentence
from .triggers import TYPES, EventType, Trigger, event_type, find_triggers

__all__ = ["TYPES", "EventType", "Predicate", "SentenceEvent", "SentenceReading", "Trigger", "event_id",
           "event_type", "extract_events", "find_triggers", "read_sentence", "sentence_event"]
