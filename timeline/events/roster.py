"""Who took part in the call or meeting a text reports, when it lists them apart.

Readouts of a call with many leaders name them in a closing paragraph:
"Participants in the call included Prime Minister Justin Trudeau of Canada,
...", "Joining President Biden on the call were ...", "Joining the call were
the following leaders: - Bulgarian President Rumen Radev - ...". The people
of that paragraph took part in the call (or meeting) the text reports, so
they are its participants, and so are they when "the leaders" or "they" act
in it (``extract``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors import ActorMention

_ROSTER = re.compile(
    r"\b(?:participants|attendees)\s+(?:in|on|of|at)\s+the\s+(?P<a>call|meeting|videoconference|video\s+call|"
    r"video\s+conference|conference)\s+(?:included|were|also\s+included)\b"
    r"|\bjoining\s+(?:[^.\n]{0,60}?\s+)?(?:on|in|for)\s+the\s+(?P<b>call|meeting|videoconference|video\s+call|"
    r"video\s+conference|conference)\s+(?:were|was)\b"
    r"|\bjoining\s+the\s+(?P<c>call|meeting|videoconference|video\s+call|video\s+conference|conference)\s+(?:were|was)\b")
_END = re.compile(r"\n\s*\n|#{3}")
_CALL = ("call", "videoconference", "video call", "video conference", "conference")


@dataclass(frozen=True, slots=True)
class Roster:
    kind: str  # "call" or "meeting": which event of the text the list belongs to
    start: int
    names: tuple[str, ...]  # the people listed, in text order


def find_roster(low: str, actors: list[ActorMention]) -> Roster | None:
    """The list of participants in ``low`` (the lower-cased text), if it has one."""
    m = _ROSTER.search(low)
    if m is None:
        return None
    word = re.sub(r"\s+", " ", m.group("a") or m.group("b") or m.group("c"))
    people = [a for a in actors if a.start >= m.end() and a.kind == "person"]
    if not people or people[0].start - m.end() > 200:
        return None
    end = _END.search(low, people[0].start)  # the list may open a paragraph of its own ("were the following leaders:")
    stop = end.start() if end else len(low)
    names = tuple(dict.fromkeys(a.name for a in people if a.start < stop))
    return Roster("call" if word in _CALL else "meeting", m.start(), names)


_JOINT = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé])|\bcommuniqu[eé]\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)


def joint_title_actors(title: str | None) -> list[ActorMention]:
    """The actors of a joint statement's title, its authors and its topic ("Joint Statement by President Biden and
    President Yoon on ..."); none for any other title."""
    if not title or not _JOINT.search(title):
        return []
    from ..actors import find_actors

    return find_actors(title)


def signatories(title: str | None, title_actors: list[ActorMention] | None = None) -> tuple[str, ...]:
    """The actors a joint statement's title names as its authors ("Joint Statement by President Biden and
    President Yoon on ...", "U.S.-Canada Joint Statement on ..."): who "we" and "the Parties" are in it.
    ``title_actors``: the title's actors (``joint_title_actors``), when the caller has read them already."""
    if not title or not _JOINT.search(title):
        return ()
    if title_actors is None:
        title_actors = joint_title_actors(title)
    found = [a for a in title_actors if "unresolved" not in a.flags and not _PLACE_BEFORE.search(title, 0, a.start)]
    if found:  # "... by President Biden and President von der Leyen on U.S.-EU Cooperation": what follows is the topic
        cut = _TOPIC.search(title, found[0].end)
        found = [a for a in found if cut is None or a.start < cut.start()]
    return tuple(dict.fromkeys(a.name for a in found))


# after the authors, the topic or the occasion: "on U.S.-EU Cooperation", "following the First ... Committee Meeting"
_TOPIC = re.compile(r"\s(?:on|following|after|regarding|concerning|about|at|in)\s", re.IGNORECASE)
