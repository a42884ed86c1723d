"""The journalists of a story: what they say is reporting, and they are no party to its events.

Web copy (the BBC's) names its own journalists: with their outlet ("The BBC's Jim Muir in Beirut says"), with a
media title ("BBC UN correspondent Barbara Plett"), or signing a byline ("By Jim Muir BBC News, Beirut").
``journalists`` finds them anywhere in the story, and the driver flags every mention of them "reporter" (read by
``speech``); ``reporter`` tells whether one mention is a journalist's, so that a saying of theirs is no statement
(``extract._Builder.speaks``). The outlets are data (``resources/agencies.txt``), the media titles ``titles.csv``.
"""

from __future__ import annotations

import re

from ..actors import ActorMention
from ..actors.gazetteer import TITLES
from ..dateline import AGENCY


_OUTLET_BEFORE = re.compile(rf"(?:{AGENCY})['’]s\s+$")  # agencies.txt: "The BBC's", "Reuters'"
MEDIA_ROLES = frozenset(t.canonical for t in TITLES.values() if t.kind == "media")
# a media title with a beat before it ("UN correspondent", "Middle East editor"), as the title finder writes it
_MEDIA_ROLE = re.compile(r"(?:.*\s)?(?:correspondent|reporter|journalist|editor)", re.I)
# a title that makes its holder a story's own journalist: a correspondent or an editor ("BBC correspondent", "UN
# correspondent"); not a reporter or journalist of another outlet, who may be a party ("Sunday Times journalist
# Marie Colvin ... was killed")
_OUTLET_ROLE = re.compile(r"(?:.*\s)?(?:correspondent|editor)", re.I)


def reporter(text: str, a: ActorMention) -> bool:
    """A journalist ("BBC correspondent Jim Muir", "The BBC's Jim Muir", "UN correspondent Barbara Plett"): what
    they say is reporting."""
    return a.kind == "person" and (a.role in MEDIA_ROLES or a.role is not None and _MEDIA_ROLE.fullmatch(a.role) is not None
                                   or _OUTLET_BEFORE.search(text, max(0, a.start - 30), a.start) is not None)


def journalists(text: str, actors: list[ActorMention], credits: list[tuple[int, int]]) -> frozenset[str]:
    """The people a story shows as its journalists anywhere in it: named with an outlet or a media title ("The BBC's
    Jim Muir", "BBC UN correspondent Barbara Plett") or signing a byline ("By Jim Muir BBC News, Beirut"). Every
    mention of them is a reporter's, "says Jim Muir" at the end of the story and "He says" after him too: they
    report the events, they are no party to them."""
    signed = "\n".join(text[s:e] for s, e in credits)
    return frozenset(a.name for a in actors if a.kind == "person" and "unresolved" not in a.flags
                     and (_OUTLET_BEFORE.search(text, max(0, a.start - 30), a.start) is not None
                          or a.role is not None and _OUTLET_ROLE.fullmatch(a.role) is not None
                          or _signs(signed, a.name)))


_BY_BEFORE = re.compile(r"\bBy\s\Z")
_AGENCY_AFTER = re.compile(rf"\s+(?:{AGENCY})\b")


def _signs(signed: str, name: str) -> bool:
    """Does ``name`` sign the credits ``signed``: at their very start or after "By", with an agency after it ("By
    Jim Muir BBC News")? (Found with str.find and two patterns compiled once: a pattern built per name was
    compiled anew for every person of every story, a tenth of the whole build.)"""
    at = signed.find(name)
    while at != -1:
        if (at == 0 or _BY_BEFORE.search(signed, max(0, at - 4), at)) and _AGENCY_AFTER.match(signed, at + len(name)):
            return True
        at = signed.find(name, at + 1)
    return False


_OUTLET_NAME = re.compile(rf"\b(?:{AGENCY})\b")


def news_outlet(source: str | None) -> bool:
    """Does the article's source (``Article.source``) name a news outlet of ``resources/agencies.txt`` ("Reuters",
    "BBC", "TASS")? Its copy is a news story, whatever its text keeps of a dateline or a byline: a story whose
    dateline was lost, or a web story that signs no journalist, tells standing positions in the simple present in its
    body ("The UN says at least 9,000 people have been killed", "Syria blames the violence on armed gangs") as wire
    copy and signed web copy do (``extract._Builder.reported_copy``). A government's own releases name no outlet."""
    return source is not None and _OUTLET_NAME.search(source) is not None
