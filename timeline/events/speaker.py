"""Who, in the words of the text, makes a statement: the speaker's kind and office.

A statement's ``actor1`` codes an organisation's or a country's unnamed official as the body ("a UN
spokeswoman", "the UN rights chief": United Nations; "a U.S. official": United States). Different officials
of one body are different speakers, so merging (``timeline/merge.py``) needs more than ``actor1``: the
phrase that names the speaker. ``speaker_office`` gives it as ``(kind, office)``: ``kind`` is how the speaker is
coded (person, country, organization, group) and ``office`` the official the phrase names ("united nations
spokesperson", "officials"), or "" when the body speaks itself ("The United Nations says", "Washington
voiced concern", "the League said").
"""

from __future__ import annotations

from ..actors import ActorMention
from .roles import coded


def speaker_office(actors: list[ActorMention], actor1: str | None, at: int) -> tuple[str, str] | None:
    """(kind, office) of the mention that codes to ``actor1`` nearest to ``at`` (the reporting verb), or None
    when no mention of the sentence codes to it (the authors of a joint statement, a transcript's speaker)."""
    if actor1 is None:
        return None
    found = [a for a in actors if not a.placed and "dateline" not in a.flags
             and coded(a).name == actor1]
    if not found:
        return None
    a = min(found, key=lambda a: (abs(a.start - at), a.start))
    kind = coded(a).kind
    if kind == "person":
        return kind, ""
    return kind, (a.role or "").lower()
