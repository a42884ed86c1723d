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
from ..actors.title_kinds import HEAD_TITLES

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
    sides: int = 1  # how many states or bodies the people listed stand for (their country, else their organisation)

    @property
    def group(self) -> bool:
        """Does the list name the people of several states or bodies (``sides``), as a group's leaders are listed
        ("Joining the call were the following leaders: - Bulgarian President Rumen Radev - Czech Republic Prime
        Minister Andrej Babis - ...")? Then the call is with a group, which is its members (events_gold.md: "Groups
        are resolved to their members when the document lists them"), and none of them is the call's one counterpart
        (``extract``: its ``actor2`` stays null, as the gold codes every such call: check B9 ``#1``, check allies and
        partners ``#1``, dev transatlantic leaders ``#1``), unless the clause names a person (one of them, or a
        leader whom two states' aides joined: any people count, not only leaders). Not a list of one side's people
        ("Joining President Biden on the call were Secretary Blinken and National Security Advisor Sullivan")."""
        return self.sides > 1


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
    listed = [a for a in people if a.start < stop]
    names = tuple(dict.fromkeys(a.name for a in listed))
    sides = len({a.country or a.org for a in listed} - {None})
    return Roster("call" if word in _CALL else "meeting", m.start(), names, sides)


_JOINT = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé])|\bcommuniqu[eé]\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)


def joint_title_actors(title: str | None) -> list[ActorMention]:
    """The actors of a joint statement's title, its authors and its topic ("Joint Statement by President Biden and
    President Yoon on ..."); none for any other title."""
    if not title or not _JOINT.search(title):
        return []
    from ..actors import find_actors

    return find_actors(title)


def signatories(title: str | None, title_actors: list[ActorMention] | None = None,
                text_actors: list[ActorMention] | None = None) -> tuple[str, ...]:
    """The actors a joint statement's title names as its authors ("Joint Statement by President Biden and
    President Yoon on ...", "U.S.-Canada Joint Statement on ...", "Joint Statement from the Leaders of Japan, the
    Philippines and the United States"): who "we" and "the Parties" are in it. ``title_actors``: the title's actors
    (``joint_title_actors``), when the caller has read them already; ``text_actors``: the text's, which name the
    leaders a title counts by their states ("the Leaders of Japan": the Japanese leader the text names)."""
    joint = _JOINT.search(title) if title else None
    if joint is None:
        return ()
    if title_actors is None:
        title_actors = joint_title_actors(title)
    found = [a for a in title_actors if _author(a) and not _PLACE_BEFORE.search(title, 0, a.start)]
    if found and _topic_only(title, joint, found):  # "Joint Statement on Israel": the topic, not the authors
        return ()
    if found:  # "... by President Biden and President von der Leyen on U.S.-EU Cooperation": what follows is the topic
        cut = _TOPIC.search(title, found[0].end)
        found = [a for a in found if cut is None or a.start < cut.start()]
    names = tuple(dict.fromkeys(_author(a, text_actors) for a in found))
    if _PRESIDENTIAL.search(title) and found and all(a.kind == "country" for a in found):
        # "U.S.-Russia Presidential Joint Statement on ...": the states' leaders wrote it, by the names the text gives
        # them ("We, President of the United States of America Joseph R. Biden and President of the Russian
        # Federation Vladimir Putin, note ..."; events_gold.md rule 34); a state whose leader the text does not name
        # keeps the statement as the state's
        names = tuple(dict.fromkeys(_leader_of(n, text_actors) for n in names))
    return names


def lead_signatories(low: str, actors: list[ActorMention]) -> tuple[str, ...]:
    """The authors an editor's lead names: "Today, the leaders of France, Germany and the United States released the
    following joint statement", "The United States, France and the United Kingdom released the following joint
    statement today": the actors before the verb, in its sentence (the leaders by their names when the text gives
    them); () without such a lead in the text's first lines."""
    m = _RELEASED.search(low, 0, 600)
    if m is None:
        return ()
    start = max(low.rfind("\n", 0, m.start()), low.rfind(". ", 0, m.start())) + 1
    names = (_author(a, actors) for a in actors if start <= a.start < m.start() and not a.placed)
    return tuple(dict.fromkeys(n for n in names if n))


# an editor's lead over the statement it introduces
_RELEASED = re.compile(r"\b(?:released|issued)\s+the\s+following\s+joint\s+(?:statement|communiqu[eé]|declaration)\b")
# "Joint Statement on Israel": the joint statement's topic right after its noun, no authors before it
_TOPIC_FIRST = re.compile(r"\s+(?:on|regarding|concerning|about)\s", re.IGNORECASE)
_PAIRED = re.compile(r"\s*[-\u2013\u2014]\s*")  # "U.S.-China", "United States \u2013 Bangladesh": the parties of the topic


def _topic_only(title: str, joint: re.Match, found: list[ActorMention]) -> bool:
    """Does the title name its actors only in its topic ("Joint Statement on Israel"), none of them joined to
    another as the parties of a bilateral topic are ("Joint Statement on U.S.-China Economic and Trade Meeting")?
    ``joint``: the title's joint statement noun (``_JOINT``'s match)."""
    topic = _TOPIC_FIRST.match(title, joint.end())
    if topic is None or found[0].start < topic.end():
        return False
    return not any(_PAIRED.fullmatch(title, a.end, b.start) for a, b in zip(found, found[1:]))


def _leader_of(country: str, text_actors: list[ActorMention] | None) -> str:
    """The one person the text names as ``country``'s leader (a title of ``HEAD_TITLES``), else the country."""
    heads = {t.name for t in text_actors or () if t.kind == "person" and t.country == country
             and t.role in HEAD_TITLES and "unresolved" not in t.flags}
    return heads.pop() if len(heads) == 1 else country


def _author(a: ActorMention, text_actors: list[ActorMention] | None = None) -> str | None:
    """The signatory a title's actor stands for: its name; for "the Leaders of Japan, ..." (a leader the title names
    by his state alone), the person the text names as that state's leader, or else the state; None for an
    unresolved description of anyone else."""
    if "unresolved" not in a.flags:
        return a.name
    if a.kind != "person" or a.role != "Leader" or not a.country:
        return None
    return _leader_of(a.country, text_actors)


# a title that says the states' leaders wrote it: "U.S.-Russia Presidential Joint Statement", "Leaders' Joint Statement"
_PRESIDENTIAL = re.compile(r"\b(?:presidential|leaders['’]?)\s+joint\b", re.IGNORECASE)
# after the authors, the topic or the occasion: "on U.S.-EU Cooperation", "following the First ... Committee Meeting"
_TOPIC = re.compile(r"\s(?:on|following|after|regarding|concerning|about|at|in)\s", re.IGNORECASE)
