"""Why an article that was read gave no event, in words a user can act on.

A build that read a text with no dated act said "1 article(s) read, 0 skipped; 0 event(s)." and nothing more.
``reason`` gives each such article one cause, from what the build already holds (no new reading of the text):
its events all left out as boilerplate; a text too short to be a story (a headline or a summary given as the
text: ``--text-field`` may name the wrong field); no country, organisation or person named in it, so no party
to act; or parties named but no sentence read as an act between them (a meeting, call, statement, agreement,
strike ...). Whether any date was found is said beside it (an act with no date is still an event, undated).
``report_line`` folds the articles into one line of the run's report, commonest cause first; ``said`` gives one
article's cause in a few words, the ``reason`` of its row in articles.csv (status ``ok``, ``events`` 0) and of its
line in the note under timeline.html's list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import examples

SHORT_WORDS = 20  # fewer words past the dateline is a headline, a line or a summary, not a story
NOT_PARTIES = ("location", "member", "dateline", "reporter")  # mentions that name no party (``ActorMention.flags``)

BOILERPLATE, SHORT, NO_PARTY, NO_ACT = "boilerplate", "short", "no_party", "no_act"
_TEXT_FIELD = "a record file's --text-field may name a headline or summary field"  # what to do about a short text
_NO_PARTY = "no country, organisation or person named, so no party to act"
_SAID = {  # each cause as the report's line says it, with what to do
    BOILERPLATE: "with events only in sentences repeated across the set (articles.csv flags 'boilerplate')",
    SHORT: f"under {SHORT_WORDS} words past the dateline (is the whole text there? {_TEXT_FIELD})",
    NO_PARTY: f"with {_NO_PARTY}",
    NO_ACT: "with parties named but no sentence read as an act of theirs (a meeting, call, statement, agreement, "
            "strike: README 'Event types')",
}


@dataclass(frozen=True, slots=True)
class NoEvents:
    """One article with no event: its ``cause`` (one of the four above), its words past the dateline, the parties
    named (display names, in order; not the story's journalists, ``events.reporters``) and whether a date was found."""

    article_id: str
    cause: str
    words: int
    parties: tuple[str, ...] = ()
    dated: bool = False


def reason(article_id: str, text: str, body: int, end: int | None, actors: Iterable, dates: Sequence,
           dropped: int = 0) -> NoEvents:
    """Why the article ``article_id`` gave no event: ``text[body:end]`` its story (past the dateline, before readers'
    comments), ``actors`` its ``ActorMention``s, ``dates`` its temporal mentions, ``dropped`` the events that
    boilerplate took from it."""
    from .actors.credits import credit_spans
    from .events.reporters import journalists

    actors = list(actors)
    reporters = journalists(text, actors, credit_spans(text))  # "The BBC's Ian Pannell": no party, as in extraction
    words = len(text[body:end].split())
    parties = tuple(dict.fromkeys(a.name for a in actors if a.name not in reporters
                                  and not any(flag in a.flags for flag in NOT_PARTIES)))
    dated = any(m.start >= body and (end is None or m.start < end) for m in dates)
    cause = (BOILERPLATE if dropped else SHORT if words < SHORT_WORDS else NO_PARTY if not parties else NO_ACT)
    return NoEvents(article_id, cause, words, parties, dated)


def _words(item: NoEvents) -> str:
    return f"{item.words} word{'s' if item.words != 1 else ''}"


def _undated(item: NoEvents) -> bool:
    """No date found in the article, which is said of every cause but boilerplate (its events were read)."""
    return not item.dated and item.cause != BOILERPLATE


def _example(item: NoEvents) -> str:
    detail = _words(item) if item.cause == SHORT else examples(list(item.parties), 3) if item.cause == NO_ACT else ""
    if _undated(item):
        detail = f"{detail}, no date" if detail else "no date"
    return f"{item.article_id}: {detail}" if detail else item.article_id


_SHORT_SAID = {  # one article's cause, in articles.csv's ``reason``
    BOILERPLATE: "its events are all in sentences repeated across the set (boilerplate)",
    NO_PARTY: _NO_PARTY,
}


def said(item: NoEvents) -> str:
    """"no event: Syria, Assad named, but no sentence read as an act of theirs; no date found": why the article gave
    no event, for its row in articles.csv."""
    if item.cause == SHORT:
        why = f"only {_words(item)} past the dateline, too few for a story ({_TEXT_FIELD})"
    elif item.cause == NO_ACT:
        why = f"{examples(list(item.parties), 3)} named, but no sentence read as an act of theirs"
    else:
        why = _SHORT_SAID[item.cause]
    return f"no event: {why}" + ("; no date found" if _undated(item) else "")


def report_line(items: Sequence[NoEvents], limit: int = 3) -> str | None:
    """"  2 article(s) gave no event: 1 under 20 words past the dateline (...) (short: 1 word, no date); 1 ..." or
        None; ``limit`` articles named for each cause."""
    if not items:
        return None
    by_cause: dict[str, list[NoEvents]] = {}
    for item in items:
        by_cause.setdefault(item.cause, []).append(item)
    parts = []
    for cause, group in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        shown = "; ".join(_example(item) for item in group[:limit])
        more = f" and {len(group) - limit} more" if len(group) > limit else ""
        parts.append(f"{len(group)} {_SAID[cause]} ({shown}{more})")
    if len(parts) == 1:  # one cause: "1 article(s) gave no event, with ..." (not "...: 1 with ...")
        return f"  {len(items)} article(s) gave no event, {parts[0].split(' ', 1)[1]}"
    return f"  {len(items)} article(s) gave no event: " + "; ".join(parts)
