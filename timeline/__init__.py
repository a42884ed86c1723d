"""timeline: turn news about diplomacy into a chronology people can trust."""

__version__ = "0.1.0"
