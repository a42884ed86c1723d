"""What names an article that has no title: the start of its text.

A record with no title (the Timeline17 records) showed its id in the chronology list's Article column
("t17_syria-bbc-2012-03-07-3"), which tells a reader nothing. ``lead`` gives the start of the story instead:
after the dateline the anchor reader found (``Dateline.body_start``) and the bylines and page stamps at the top
that are no story ("By Jim Muir BBC News, Beirut", "24 April 2011 Last updated at 17:55 GMT Help":
``actors.credits``), up to the first of the line's end, the first sentence's end or the next such credit (a BBC
headline runs on into its byline: "In hiding with a Syrian activist's family By Sue Lloyd Roberts ..."), cut at
``LIMIT`` characters on a word boundary with an ellipsis. A site's menu that opens the text, a run of section names
("Skip to content / Home / News / Sport ..."), is passed over (``menu_run``).

    >>> lead("BEIRUT (Reuters) - Syrian forces shelled Homs on Monday. Activists said 20 died.", 19)
    'Syrian forces shelled Homs on Monday.'
"""

from __future__ import annotations

from .menu_run import menu_end
from .sentences import split_sentences
from .text_view import TextView

LIMIT = 80  # characters of the text shown, the ellipsis not counted
_READ = 600  # characters read past the start: enough for a first sentence to end in (it is cut at LIMIT anyway)
_SKIP = " \t\r\n,-–—_:|"  # what stands between a dateline or credit and the story


def _past(text: str, i: int, stop: int) -> int:
    while i < stop and text[i] in _SKIP:
        i += 1
    return i


def lead(text: str, start: int = 0, limit: int = LIMIT, given: TextView | None = None) -> str:
    """The start of ``text`` from ``start`` (the story body), as one line of at most about ``limit`` characters
    ("" when there is no text); ``given``, the view ``text`` is the text of (``text_view``): the start is found in
    ``text`` and shown as the user's text has it, as every other text a build writes is."""
    i, end = _span(text, start)
    if given is not None:
        i, end = given.span(i, end)
        text = given.source
    return cut(" ".join(text[i:end].split()), limit)


def _span(text: str, start: int) -> tuple[int, int]:
    """Where ``lead`` of ``text`` from ``start`` begins and ends in ``text``."""
    from .actors.credits import credit_spans  # (imported here: ``actors`` loads every actor pass and pandas, about
    # two seconds that ``timeline dates`` spent on every call, though only an untitled article of a file needs it)

    start = menu_end(text, start)  # a site's menu, a run of section names, is no story ("Skip to content", "Home" ...)
    stop = min(len(text), start + _READ)
    head = text[:stop]  # credit spans of this much only: a page stamp or byline stands at the top
    spans = credit_spans(head)
    i = _past(head, start, stop)
    for s, e in spans:  # the credits that open the story, one after another
        if s <= i < e or (s >= i and not head[i:s].strip(_SKIP)):
            i = _past(head, max(i, e), stop)
    end = head.find("\n", i)
    end = stop if end < 0 else end
    end = min([end] + [s for s, _ in spans if i < s < end])  # a byline glued to the headline
    sentences = split_sentences(head, i, end)
    if sentences:
        end = min(end, sentences[0][1])
    return i, end


def cut(line: str, limit: int = LIMIT) -> str:
    """``line`` when it is at most ``limit`` characters, else its words up to ``limit`` and "…"."""
    if len(line) <= limit:
        return line
    words = line[:limit + 1].rsplit(" ", 1)[0] if " " in line[:limit + 1] else line[:limit]
    return words.rstrip(" ,;:–—-") + "…"
