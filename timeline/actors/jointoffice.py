"""An office two organisations share: "UN and Arab League special envoy Kofi Annan", "the joint UN-Arab League envoy
Kofi Annan", "AU-UN mediator X".

The title's owners come first, coordinated, before the title and the holder's name. The finder reads the holder's
phrase from the organisation next to the title ("Arab League special envoy Kofi Annan") and leaves the first
organisation ("UN") a mention of its own, which reads as the first of a coordinated subject ("UN and Arab League
special envoy Kofi Annan renewed calls ...": the UN with Annan) or as the "by" agent of "a peace plan proposed by
UN-Arab League envoy Kofi Annan". It is a modifier of the title, as the second organisation is: the act is the
holder's (events_gold_fresh12 t17-bbc-249#13 "renewed calls": Kofi Annan). The first organisation's mention is
dropped when

- "and", "&", a hyphen, an en dash or a slash joins it to the holder's phrase (no comma, no em dash, no other word);
- the holder's phrase is a person's with a title, and opens with an organisation's name before the title (the
  gazetteer's organisations, by name or alias); not "the UN and Secretary-General Ban" (two parties) nor "NATO and
  President Biden". The phrase as written, not the holder's ``org``: that is the person's entity's, which an earlier
  mention may have given ("UN envoy Kofi Annan ... the Arab League and special envoy Kofi Annan": two parties).
"""

from __future__ import annotations

import re

from .gazetteer import GAZETTEER
from .mention import ActorMention

_JOIN = re.compile(r"[ ]+(?:and|&)[ ]+(?:the[ ]+)?|[ ]?[-–/][ ]?")  # (a hyphen, an en dash, a slash)
_WORDS = 4  # words an organisation's name may run, at most, at the head of the holder's phrase


def _opens_with_organisation(phrase: str) -> bool:
    words = phrase.split()
    for k in range(min(_WORDS, len(words) - 1), 0, -1):
        entry = GAZETTEER.get(" ".join(words[:k]))
        if entry is not None and entry.kind == "organization":
            return True
    return False


def joint_offices(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` without the first organisation of an office two organisations share."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions[:-1]):
        if m.kind != "organization":
            continue
        holder = mentions[i + 1]
        if holder.kind != "person" or not holder.role or holder.start <= m.end:
            continue
        join = _JOIN.match(text, m.end)
        if join is None or join.end() != holder.start:
            continue
        phrase = text[holder.start:holder.end]
        if phrase.startswith(holder.surface) or not _opens_with_organisation(phrase):
            continue
        dropped.add(i)
    return [m for i, m in enumerate(mentions) if i not in dropped] if dropped else mentions
