"""The counterpart of a veto: the UN Security Council, not what the vetoed resolution is about.

Only the Security Council's resolutions are vetoed, so a veto, or a block of a resolution, is the vetoing states'
act against the Council ("Russia and China have vetoed a UN Security Council resolution": Russia, China and the
Council, the gold's coding in nine sets). What the resolution names is its topic, not a party to the veto: "Russia
and China have blocked resolutions condemning Syrian President Bashar al-Assad" is no act against Assad, "China has
twice vetoed UN resolutions against the Assad regime" none against the United Nations as a whole, and "A
Western-backed draft resolution condemning Syria's crackdown has been vetoed in the Security Council by China and
Russia" none against Syria. So the phrase of the resolution gives no counterpart, and the Council is one even when the
text does not name it ("Russia and China have vetoed two previous resolutions").

The vetoing states stay as they were read, the first as ``actor1``, and the Council is ``actor2`` however many
states vetoed (``council_target``): a joint veto's partner is a party (in ``participants``) but not its target ("Russia
and China vetoed a resolution" is no act of Russia's against China; every development row of a joint veto codes
``actor2`` UN Security Council, fresh21 ``bbc-193#6`` to bbc ``bbc-111#3``).

Near-misses left alone: a resolution an organisation other than the UN makes ("blocked an Arab League resolution"), a
General Assembly resolution (the Assembly has no veto: "condemned a UN General Assembly resolution"), an attempt or
effort blocked ("blocked an attempt by Western powers to bring about a U.N. Security Council resolution": the
attempt's parties), a veto held rather than cast (no act), and "veto" as a noun ("Russia's veto of the resolution").

This reads a veto's parties while its roles are read (from ``roles``); where the veto was cast is ``veto_places``'s,
which reads the finished events and places the bare verb ("vetoed", not "used its veto") and a dated block of one
resolution ("blocked a UN resolution ... on Saturday"), with this module's ``BLOCK_VERB``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..actors import ActorMention, canonical_key
from ..cue_words import PAST_VERB
from .subjects import COMMA_AND

if TYPE_CHECKING:
    from .predicates import Predicate

COUNCIL = "UN Security Council"
_COUNCIL_KEY = canonical_key(COUNCIL)
_UN_KEYS = frozenset({_COUNCIL_KEY, canonical_key("United Nations")})
# a veto cast: "vetoed", "veto", "vetoes", "vetoing", "used its veto", "cast a double veto"; or a block of a resolution
# or a draft ("blocked resolutions", "blocking UN Security Council resolutions"), as the trigger reads it
_VETO = re.compile(r"(?:[a-z]+\s+(?:[a-z.]+\s+){0,3})?vetoe?[ds]?\b|vetoing\b|veto\b")
BLOCK_VERB = re.compile(r"(?:blocked|blocks|block|blocking)\b")  # at a lower-cased trigger's start
# the resolution vetoed: its noun, right after the trigger (with at most five words before it: "a UN resolution",
# "a western-drafted resolution", "two previous resolutions", "the draft") or ending the trigger ("blocked resolutions")
_RESOLUTION = re.compile(r"\b(?:resolutions?|draft)\b")
_OBJECT = re.compile(r"\s+(?:[\w.'’-]+\s+){0,5}?(?:draft\s+)?(?:resolutions?|draft)\b")
# the resolution as the passive's subject: "That resolution was vetoed", "A Western-backed draft resolution condemning
# Syria's crackdown has been vetoed"
_PASSIVE_SUBJECT = re.compile(r"\b(?:draft\s+)?(?:resolutions?|draft)\b")
# a resolution no veto touches: the General Assembly's
_ASSEMBLY = re.compile(r"general\s+assembly")
# a partner of the veto named after its verb ("used its veto along with China"): no part of the resolution
_PARTNER = re.compile(r"(?:along\s+with|together\s+with|with|and)\s+(?:the\s+)?$")
# ... but a name after ", and" that a past verb of its own follows heads a clause of its own ("Russia vetoed the draft on
# Syria, and China also vetoed it": China's own veto, ``other_subject``), no partner of this one
_OWN_VERB = re.compile(r"\s+(?:(?:also|too|then|later|again|has|have|had|did)\s+){0,2}(?P<verb>[a-z]+)\b")


def vetoed_resolution(p: Predicate, low: str) -> tuple[int, int] | None:
    """The span of the resolution ``p`` vetoes or blocks, when ``p`` is the veto of a resolution (a verb, active or
    passive, of type ``reject``); else None."""
    if p.type != "reject" or p.form == "noun" or p.negated:
        return None
    text = p.trigger.text.lower()
    veto, block = _VETO.fullmatch(text) is not None, BLOCK_VERB.match(text) is not None
    if not (veto or block):
        return None
    if p.passive:
        if block:
            return None
        ends = [m for m in _PASSIVE_SUBJECT.finditer(low, max(0, p.start - 160), p.start)]
        if not ends:
            return None
        span = (ends[-1].start(), p.start)
    elif block and _RESOLUTION.search(text) is not None:
        span = (p.trigger.start, p.trigger.end)
    elif veto:
        m = _OBJECT.match(low, p.trigger.end)
        if m is None:
            return None
        span = (p.trigger.end, m.end())
    else:
        return None
    if _ASSEMBLY.search(low, span[0], span[1]):
        return None
    return span


def council_counterparts(p: Predicate, low: str, actors: list[ActorMention], agents: list[ActorMention],
                         counterparts: list[ActorMention]) -> list[ActorMention] | None:
    """The counterparts of a veto of a resolution (the module's docstring): the vetoing partners read as
    counterparts, then the Council; None when ``p`` is no such veto, or the resolution is another body's."""
    span = vetoed_resolution(p, low)
    if span is None:
        return None
    start, end = span
    inside = [a for a in actors if start <= a.start < end and not a.placed]
    if any(a.key not in _UN_KEYS and a.kind in ("organization", "group") for a in inside):
        return None  # "blocked an Arab League resolution": not the Council's
    own = {a.key for a in agents}
    if p.passive:
        # the by-group after the verb vetoes; the resolution's phrase before it names its topic
        kept = [a for a in counterparts if a.start >= p.end and a.key not in own]
    else:
        kept = [a for a in counterparts if a.start < p.trigger.start
                or (a.start >= p.end and _PARTNER.search(low, max(p.end, a.start - 20), a.start)
                    and not _own_clause(low, a))]
    kept = [a for a in kept if a.key not in _UN_KEYS]
    council = next((a for a in actors if a.key == _COUNCIL_KEY), None)
    if council is None:
        m = _RESOLUTION.search(low, start, end)  # the resolution's noun, which every span holds
        at, to = (m.start(), m.end()) if m else span
        council = ActorMention(start=at, end=to, text=low[at:to], name=COUNCIL, key=_COUNCIL_KEY,
                               kind="organization", role=None, country=None, basis="description",
                               surface=low[at:to])
    return kept + [council]


def council_target(p: Predicate, low: str, names: list[str]) -> str | None:
    """The Council among the parties ``names`` of a veto of a resolution (``council_counterparts`` put it there), which
    is its ``actor2`` however many states vetoed ("Russia and China have vetoed a UN Security Council resolution": not
    China); else None."""
    if vetoed_resolution(p, low) is None:  # (asked of every predicate's roles: its type test comes first)
        return None
    return next((n for n in names[1:] if canonical_key(n) == _COUNCIL_KEY), None)


def _own_clause(low: str, a: ActorMention) -> bool:
    """Does the name ``a``, after ", and", open a clause of its own with a past verb ("..., and China also vetoed it")?"""
    if COMMA_AND.search(low, max(0, a.start - 12), a.start) is None:
        return False
    m = _OWN_VERB.match(low, a.end)
    return m is not None and PAST_VERB.fullmatch(m.group("verb")) is not None
