"""Dated events from sentences: predicates (``triggers``), venues (``places``)
and the extraction itself (``extract``)."""

from .extract import event_id, extract_events
from .triggers import TYPES, EventType, Trigger, event_type, find_triggers

__all__ = ["TYPES", "EventType", "Trigger", "event_id", "event_type", "extract_events", "find_triggers"]
